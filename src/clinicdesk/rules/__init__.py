"""Pure domain logic: no I/O, no Qt, no database."""

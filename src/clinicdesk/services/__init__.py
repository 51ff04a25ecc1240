"""Use cases: one keyword-only function per user action, one transaction per call."""

"""Qt widgets, table models and dialogs. They call services and never open a session."""

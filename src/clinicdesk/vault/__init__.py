"""Keys and files that protect a practice: key slots, keychain, single-instance lock."""

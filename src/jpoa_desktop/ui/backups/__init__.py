"""The backups screen (File → Backups…), restoring one from inside the app, and the offer of the
newest sound backup when the database is found damaged at start."""

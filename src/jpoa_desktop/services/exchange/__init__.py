"""Data that survives the laptop: backups of the database file, and restoring one safely."""

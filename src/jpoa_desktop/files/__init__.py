"""Files the user names, written all or nothing; the folders the next start tidies; the log."""

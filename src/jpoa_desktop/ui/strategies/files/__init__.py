"""A draft in and out of files: exporting it (Word, PDF, Excel) and importing an action plan."""

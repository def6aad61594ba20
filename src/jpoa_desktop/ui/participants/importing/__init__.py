"""Importing a ministry's participant list: the file, its columns, the preview, the write."""

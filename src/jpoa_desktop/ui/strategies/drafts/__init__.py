"""Whole drafts: creating, editing their settings, duplicating and deleting them (undoably)."""

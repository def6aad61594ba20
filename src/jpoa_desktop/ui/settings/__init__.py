"""User settings: the typed store and the Preferences dialog."""

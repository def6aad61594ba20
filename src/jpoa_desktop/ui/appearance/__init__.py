"""How the app looks before any screen is built: its icon, and fonts that can draw our letters."""

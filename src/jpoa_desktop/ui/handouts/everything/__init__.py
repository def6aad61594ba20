"""Print everything for tomorrow: choose the handouts, build them into one folder, print them."""

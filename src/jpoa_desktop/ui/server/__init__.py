"""The team server in the GUI: the connect dialog, the session (status, reconnect), live refresh."""

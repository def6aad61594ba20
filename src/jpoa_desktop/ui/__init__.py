"""The Qt user interface: thin screens over the services, with long work run by `ui.tasks`."""

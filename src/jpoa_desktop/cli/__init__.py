"""The `jpoa` command: what the GUI does, scriptable and headless; one module per command group."""

from jpoa_desktop.cli.main import main

__all__ = ["main"]

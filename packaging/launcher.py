"""The bundle's one entry script, started as `jpoa-desktop` (the GUI) or as `jpoa` (the command
line): on Windows two programs built from it (the GUI a windowed one, so that no console opens
behind the window), on Linux one program and a link to it named `jpoa`. The name it was started by
decides, so the link works too (the program's own path would be the link's target)."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.argv[0]).stem.lower() == "jpoa":
        from jpoa_desktop.cli import main as command_line

        return command_line()
    from jpoa_desktop.app import main as desktop

    return desktop()


if __name__ == "__main__":
    sys.exit(main())

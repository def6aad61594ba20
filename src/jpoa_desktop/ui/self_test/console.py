"""Where the self-test's lines go when the GUI program has no console of its own.

On Windows the bundle's `jpoa-desktop.exe` is a windowed program (no console window opens
behind the app), so it starts with no stdout at all: a trainer who typed `jpoa-desktop.exe
--self-test` in a Command Prompt would see nothing. Attaching to the console of the program
that started it (the prompt) puts the lines there. Elsewhere stdout is already a terminal.
"""

from __future__ import annotations

import sys
from typing import TextIO

ATTACH_PARENT_PROCESS = -1


def output_streams() -> tuple[TextIO | None, TextIO | None]:
    """stdout and stderr to write the lines to (None: there is nowhere to write them)."""
    if sys.stdout is None and sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
            console = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            return console, console  # open as long as the program: it is the program's output
    return sys.stdout, sys.stderr

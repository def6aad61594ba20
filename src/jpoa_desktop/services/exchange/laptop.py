"""This laptop's name, as packages and attendance scans record it.

Two check-in laptops merged must still say which one scanned a badge, and a package says who
made it; both use the machine's own name. A machine that has none (some containers) is called
`FALLBACK`, never "", so a scan always names a laptop.
"""

from __future__ import annotations

import platform

FALLBACK = "laptop"
MAX_CHARS = 64


def laptop_name() -> str:
    """The machine's network name, trimmed to `MAX_CHARS`; `FALLBACK` when it has none."""
    name = " ".join(platform.node().split())[:MAX_CHARS]
    return name or FALLBACK

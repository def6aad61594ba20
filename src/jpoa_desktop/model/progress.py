"""How long work reports progress and learns it was cancelled, without knowing about threads.

The GUI's task runner passes real callbacks; the CLI and tests pass nothing and get these
silent defaults.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def no_progress(_done: int, _total: int) -> None:
    """The default `progress`: nobody is watching."""


def never_cancelled() -> bool:
    """The default `cancelled`: nobody can cancel."""
    return False

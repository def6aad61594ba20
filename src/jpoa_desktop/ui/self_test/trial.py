"""What the self-test's steps share: the folder they work in and the database they fill."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the services load in the database step, timed with it
    from jpoa_desktop.services.container import Services


class StepFailed(Exception):
    """A check of the self-test that did not hold: its message is the one-line reason."""


@dataclass
class Trial:
    """One run: each step reads what the steps before it made, and adds its own."""

    folder: Path  # the temporary folder everything is written in
    services: Services | None = None
    workshop_id: int = 0

    @property
    def database_file(self) -> Path:
        return self.folder / "self-test.sqlite"

    def open_services(self) -> Services:
        """The services of the open database; a step before this one failed when there are none."""
        if self.services is None:
            raise StepFailed("no database is open")
        return self.services

    def close(self) -> None:
        """Let go of the database file (Windows cannot remove an open one)."""
        if self.services is not None:
            self.services.db.dispose()
            self.services = None


def expect(condition: bool, reason: str) -> None:
    """Fail the current step with `reason` unless `condition` holds."""
    if not condition:
        raise StepFailed(reason)

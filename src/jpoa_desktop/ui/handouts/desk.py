"""What the Handouts screen reads from the database, in plain Python: the screen only asks.

Each call is one small read (a workshop list, its days, the library's pillars, who meets the
attendance rule), quick enough for the UI thread; building and printing go to a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.services.handouts.certificates import Exclusion

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class CertificateOutlook:
    """How many certificates the attendance rule gives, and who it leaves out."""

    holders: int
    left_out: tuple[Exclusion, ...]


class HandoutsDesk:
    def __init__(self, services: Services, tasks: TaskRunner | None = None) -> None:
        self.services = services
        self.tasks = tasks  # what the register of certificates is read on
        self._workshops = services.workshops
        self._library = services.library
        self._certificates = services.certificates
        self.rules = services.certificate_rules  # each workshop's certificate rule

    def workshops(self, language: str) -> list[WorkshopSummary]:
        """Every workshop, the next one to come first (what a trainer prints for)."""
        today = date.today()
        found = self._workshops.workshops(language)
        upcoming = sorted((w for w in found if w.end >= today), key=lambda w: (w.start, w.id))
        past = sorted((w for w in found if w.end < today), key=lambda w: (w.start, w.id),
                      reverse=True)  # fmt: skip
        return [*upcoming, *past]

    def days(self, workshop_id: int) -> list[date]:
        return self._workshops.get(workshop_id, "en").days

    def pillars(self, language: str) -> list[tuple[int, str]]:
        return [
            (p.number, f"{p.roman}. {p.short or p.title}") for p in self._library.pillars(language)
        ]

    def certificate_outlook(self, workshop_id: int, min_share: float | None) -> CertificateOutlook:
        holders, left_out = self._certificates.eligible(workshop_id, min_share)
        return CertificateOutlook(len(holders), tuple(left_out))

"""Demo data: one realistic workshop to try the app on, or the large yardstick database.

Both are deterministic (same seed, same people, workshops and codes) and written in one
transaction: a cancelled or failed run leaves the database as it was. The large demo is what the
benchmarks measure against: 400 workshops, 20,000 people, 60,000 registrations, 200,000
attendance marks and 150,000 filled-in tests and evaluation forms.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpoa_desktop.content.demo_people import generate_people
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import Person, Workshop
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.demo.demo_evaluations import EvaluationWriter
from jpoa_desktop.services.demo.demo_strategies import add_strategies
from jpoa_desktop.services.demo.demo_writer import DemoWriter, workshop_tables
from jpoa_desktop.services.library.library import LibraryService

SEED = 2011


@dataclass(frozen=True)
class DemoReport:
    workshops: int
    people: int
    registrations: int
    marks: int
    strategies: int = 0
    sheets: int = 0  # filled-in pre-tests, post-tests and evaluation forms


class DemoService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def load(
        self,
        size: str = "small",
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        today: date | None = None,
    ) -> DemoReport:
        """Fill an empty database with the demo of that size, all or nothing."""
        sizes = workshop_tables().sizes
        if size not in sizes:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a demo size (small or large)."),
                value=size,
            )
        wanted = sizes[size]
        report = (progress or (lambda _d, _t: None)), (cancelled or (lambda: False))
        areas = self._area_titles()
        with self._scope() as session:
            self._refuse_if_not_empty(session)
            rng = random.Random(SEED)
            now = datetime.now(UTC)
            writer = DemoWriter(session, rng, now, wanted, *report)
            person_ids = writer.people(generate_people(wanted.people, seed=SEED))
            workshops = writer.workshops(areas, today or date.today(), current=size == "small")
            registrations = writer.registrations(workshops, person_ids)
            marks = writer.marks(registrations, today or date.today())
            writer.agendas(workshops)
            writer.step()
            sheets = EvaluationWriter(session, random.Random(SEED + 16), now).write(
                writer.tested_workshops(), areas
            )
            writer.step()
            strategies = add_strategies(session, size, areas, now)
        return DemoReport(
            len(workshops), len(person_ids), len(registrations), marks, strategies, sheets
        )

    def _area_titles(self) -> list[tuple[str, int, str, str]]:
        """(key, pillar, English title, Russian title) of every framework area."""
        library = LibraryService(self._scope)
        russian = {a.key: a.title for p in library.pillars("ru") for a in p.areas}
        return [
            (a.key, p.number, a.title, russian.get(a.key, a.title))
            for p in library.pillars("en")
            for a in p.areas
        ]

    @staticmethod
    def _refuse_if_not_empty(session: Session) -> None:
        workshops = session.scalar(select(func.count(Workshop.id))) or 0
        people = session.scalar(select(func.count(Person.id))) or 0
        if workshops or people:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This database already holds {workshops} workshops and {people} people; "
                    "demo data goes into a new, empty database.",
                ),
                workshops=workshops,
                people=people,
            )

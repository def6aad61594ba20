"""Demo data: one realistic workshop to try the app on, or the large yardstick database.

Both are deterministic (same seed, same people, workshops and codes) and written in one
transaction: a cancelled or failed run leaves the database as it was. The large demo is what the
benchmarks measure against: 400 workshops, 20,000 people, 60,000 registrations and 200,000
attendance marks.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from jpoa_desktop.content.demo_people import DemoPerson, generate_people, organisations
from jpoa_desktop.db.agenda_models import AgendaSession, AgendaSpeaker
from jpoa_desktop.db.bulk import batched, insert_plain, insert_rows
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import (
    Attendance,
    Organisation,
    Person,
    PersonWordIndex,
    Registration,
    Workshop,
    WorkshopTag,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from jpoa_desktop.model.badge_codes import BADGE_ALPHABET, BADGE_LENGTH
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.demo.demo_agenda import DemoWorkshop, session_rows, speaker_rows
from jpoa_desktop.services.demo.demo_strategies import add_strategies
from jpoa_desktop.services.indexes.person_words import name_words, sort_key
from jpoa_desktop.services.library.library import LibraryService
from jpoa_desktop.texts.transliteration import to_latin

SEED = 2011
BATCH = 5_000  # rows per INSERT: keeps memory flat for the large demo
FIRST_DEMO_DAY = date(2012, 1, 15)


@dataclass(frozen=True)
class DemoSize:
    workshops: int
    people: int
    registrations: int
    marks: int


SIZES = {
    "small": DemoSize(workshops=1, people=40, registrations=40, marks=36),
    "large": DemoSize(workshops=400, people=20_000, registrations=60_000, marks=200_000),
}

CITIES = {
    "KZ": ("Astana", "Almaty", "Shymkent"),
    "KG": ("Bishkek", "Osh", "Cholpon-Ata"),
    "TJ": ("Dushanbe", "Khujand"),
    "TM": ("Ashgabat", "Turkmenbashi"),
    "UZ": ("Tashkent", "Samarkand", "Bukhara"),
}
KINDS = (
    ("workshop", "Workshop", "Семинар"),
    ("training_course", "Training course", "Учебный курс"),
    ("expert_meeting", "Expert meeting", "Совещание экспертов"),
    ("tabletop_exercise", "Table-top exercise", "Настольные учения"),
    ("conference", "Conference", "Конференция"),
)
ROLE_SHARE = (("participant", 0.86), ("speaker", 0.08), ("facilitator", 0.04), ("organiser", 0.02))


@dataclass(frozen=True)
class DemoReport:
    workshops: int
    people: int
    registrations: int
    marks: int
    strategies: int = 0


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp(rng: random.Random, now: datetime) -> dict[str, Any]:
    return {"uuid": _uuid(rng), "created_at": now, "updated_at": now}


def _badge_codes(rng: random.Random, count: int) -> Iterator[str]:
    seen: set[str] = set()
    while len(seen) < count:
        code = "".join(rng.choice(BADGE_ALPHABET) for _ in range(BADGE_LENGTH))
        if code not in seen:
            seen.add(code)
            yield code


def _role(rng: random.Random) -> str:
    draw, total = rng.random(), 0.0
    for role, share in ROLE_SHARE:
        total += share
        if draw < total:
            return role
    return "participant"


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
        if size not in SIZES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a demo size (small or large)."),
                value=size,
            )
        wanted = SIZES[size]
        report = (progress or (lambda _d, _t: None)), (cancelled or (lambda: False))
        areas = self._area_titles()
        with self._scope() as session:
            self._refuse_if_not_empty(session)
            rng = random.Random(SEED)
            now = datetime.now(UTC)
            writer = _Writer(session, rng, now, wanted, *report)
            person_ids = writer.people(generate_people(wanted.people, seed=SEED))
            workshops = writer.workshops(areas, today or date.today(), current=size == "small")
            registrations = writer.registrations(workshops, person_ids)
            marks = writer.marks(registrations, today or date.today())
            writer.agendas(workshops)
            writer.step()
            strategies = add_strategies(session, size, areas, now)
        return DemoReport(len(workshops), len(person_ids), len(registrations), marks, strategies)

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


class _Writer:
    """Bulk inserts for one demo run, reporting progress in steps and stopping when cancelled."""

    STEPS = 6

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        now: datetime,
        size: DemoSize,
        progress: Progress,
        cancelled: CancelCheck,
    ) -> None:
        self.session, self.rng, self.now, self.size = session, rng, now, size
        self._progress, self._cancelled = progress, cancelled
        self._done = 0
        self._topics: list[tuple[str, int, str, str]] = []
        self._speakers: dict[int, list[int]] = defaultdict(list)

    def step(self) -> None:
        if self._cancelled():
            raise Cancelled(
                QT_TRANSLATE_NOOP("Errors", "Making the demo was cancelled; nothing was changed.")
            )
        self._progress(self._done, self.STEPS)
        self._done += 1

    def _insert(self, model: type[Any], rows: Iterable[dict[str, Any]]) -> list[int]:
        return insert_rows(self.session, model, rows, BATCH)

    def people(self, people: list[DemoPerson]) -> list[int]:
        self.step()
        org_rows: dict[tuple[str, str], dict[str, Any]] = {}
        for country in sorted({p.country for p in people}):
            for org in organisations(country):
                org_rows[(org.name, org.country)] = {
                    "name": org.name,
                    "name_en": org.name_en,
                    "kind": org.kind,
                    "country": org.country,
                    **_stamp(self.rng, self.now),
                }
        for p in people:
            key = (p.organisation.name, p.organisation.country)
            org_rows.setdefault(
                key,
                {
                    "name": p.organisation.name,
                    "name_en": p.organisation.name_en,
                    "kind": p.organisation.kind,
                    "country": p.organisation.country,
                    **_stamp(self.rng, self.now),
                },
            )
        keys = list(org_rows)
        org_ids = dict(zip(keys, self._insert(Organisation, list(org_rows.values())), strict=True))
        rows = []
        for p in people:
            latin_family, latin_given = to_latin(p.family_name), to_latin(p.given_name)
            rows.append(
                {
                    "family_name": p.family_name,
                    "given_name": p.given_name,
                    "patronymic": p.patronymic,
                    "latin_family_name": latin_family,
                    "latin_given_name": latin_given,
                    "sex": p.sex,
                    "country": p.country,
                    "organisation_id": org_ids[(p.organisation.name, p.organisation.country)],
                    "position": p.position,
                    "email": p.email,
                    "phone": p.phone,
                    "languages": list(p.languages),
                    "consent_data": True,
                    "consent_photos": self.rng.random() < 0.8,
                    "consent_date": None,
                    "notes": "",
                    "sort_key": sort_key(latin_family, latin_given, p.patronymic),
                    **_stamp(self.rng, self.now),
                }
            )
        ids = self._insert(Person, rows)
        words = (
            {"person_id": person_id, "word": word}
            for person_id, row in zip(ids, rows, strict=True)
            for word in name_words(
                row["family_name"],
                row["given_name"],
                row["patronymic"],
                row["latin_family_name"],
                row["latin_given_name"],
            )
        )
        for batch in batched(words, BATCH):
            insert_plain(self.session, PersonWordIndex, batch)
        return ids

    def workshops(
        self, areas: list[tuple[str, int, str, str]], today: date, current: bool
    ) -> list[tuple[int, date, int]]:
        """(id, first day, number of days) of each new workshop.

        The small demo's one workshop runs from yesterday to tomorrow, so that its check-in
        screen has a day done and a day to do; the large demo's lie in the past since 2012.
        """
        self.step()
        rows, tags, spans = [], [], []
        countries = sorted(CITIES)
        past_days = max(1, (today - FIRST_DEMO_DAY).days - 40)
        for n in range(self.size.workshops):
            key, pillar, title_en, title_ru = areas[n % len(areas)] if areas else ("", 0, "", "")
            kind, kind_en, kind_ru = KINDS[0] if current else KINDS[n % len(KINDS)]
            country = countries[n % len(countries)]
            days = 3 if current else self.rng.choice((2, 3, 4, 4, 5))
            if current:
                start = today - timedelta(days=1)
            else:
                start = FIRST_DEMO_DAY + timedelta(days=self.rng.randrange(0, past_days))
            rows.append(
                {
                    "titles": {"en": f"{kind_en}: {title_en}", "ru": f"{kind_ru}: {title_ru}"},
                    "kind": kind,
                    "start_date": start,
                    "end_date": start + timedelta(days=days - 1),
                    "venue": "",
                    "city": self.rng.choice(CITIES[country]),
                    "country": country,
                    "languages": ["ru", "en"],
                    "organisers": ["UNOCT", "UNRCCA"],
                    "partners": [],
                    "phase_key": "",
                    "status": "planned" if current else "held",
                    "notes": "",
                    **_stamp(self.rng, self.now),
                }
            )
            tags.append([f"pillar-{pillar}", key] if key else [])
            self._topics.append((key, pillar, title_en, title_ru))
            spans.append((start, days))
        ids = self._insert(Workshop, rows)
        tag_rows = [
            {"workshop_id": workshop_id, "item_key": item, **_stamp(self.rng, self.now)}
            for workshop_id, items in zip(ids, tags, strict=True)
            for item in items
        ]
        self._insert(WorkshopTag, tag_rows)
        return [(i, start, days) for i, (start, days) in zip(ids, spans, strict=True)]

    def registrations(
        self, workshops: list[tuple[int, date, int]], person_ids: list[int]
    ) -> list[tuple[int, date, int]]:
        """(registration id, first day, days) for each registration, spread over workshops."""
        self.step()
        per_workshop, extra = divmod(self.size.registrations, len(workshops))
        codes = _badge_codes(self.rng, self.size.registrations)
        spans: list[tuple[date, int]] = []

        def rows() -> Iterator[dict[str, Any]]:
            for n, (workshop_id, start, days) in enumerate(workshops):
                count = per_workshop + (1 if n < extra else 0)
                for person_id in self.rng.sample(person_ids, min(count, len(person_ids))):
                    spans.append((start, days))
                    role = _role(self.rng)
                    if role in ("speaker", "facilitator"):
                        self._speakers[workshop_id].append(person_id)
                    yield {
                        "workshop_id": workshop_id,
                        "person_id": person_id,
                        "role": role,
                        "status": "confirmed",
                        "badge_code": next(codes),
                        **_stamp(self.rng, self.now),
                    }

        ids = self._insert(Registration, rows())
        return [(i, start, days) for i, (start, days) in zip(ids, spans, strict=True)]

    def marks(self, registrations: list[tuple[int, date, int]], today: date) -> int:
        """Attendance marks on days before today, until the demo's number is reached."""
        self.step()
        past_days = [min(days, max(0, (today - start).days)) for _, start, days in registrations]
        total = sum(past_days)
        # Which (registration, day) slots get a mark, as positions in the list of all slots.
        chosen = sorted(self.rng.sample(range(total), min(self.size.marks, total)))

        def rows() -> Iterator[dict[str, Any]]:
            picks = iter(chosen)
            pick = next(picks, None)
            offset = 0
            for (registration_id, start, _days), count in zip(
                registrations, past_days, strict=True
            ):
                while pick is not None and pick < offset + count:
                    day = start + timedelta(days=pick - offset)
                    marked = datetime.combine(day, datetime.min.time(), UTC) + timedelta(
                        hours=8, minutes=self.rng.randrange(0, 90)
                    )
                    yield {
                        "registration_id": registration_id,
                        "day": day,
                        "session_key": "",
                        "marked_at": marked,
                        **_stamp(self.rng, self.now),
                    }
                    pick = next(picks, None)
                offset += count

        marked = len(self._insert(Attendance, rows()))
        present = select(Attendance.registration_id).distinct()
        self.session.execute(
            update(Registration).where(Registration.id.in_(present)).values(status="attended")
        )
        return marked

    def agendas(self, workshops: list[tuple[int, date, int]]) -> int:
        """A programme for every day of every workshop, speakers from its own speakers."""
        self.step()
        demo = [
            DemoWorkshop(i, start, days, *topic, self._speakers.get(i, []))
            for (i, start, days), topic in zip(workshops, self._topics, strict=True)
        ]
        stamp = partial(_stamp, self.rng, self.now)
        sessions = list(session_rows(demo, self.rng, stamp))
        ids = self._insert(AgendaSession, [row for row, _speakers in sessions])
        self._insert(AgendaSpeaker, speaker_rows(ids, [s for _r, s in sessions], stamp))
        return len(ids)

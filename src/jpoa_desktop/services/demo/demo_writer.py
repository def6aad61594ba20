"""The demo's rows, written in bulk: people and organisations, workshops, registrations,
attendance marks and agendas, from one seeded generator (same seed, same rows).

Each step reports progress and stops when cancelled; the caller's transaction then leaves the
database as it was. The sizes, cities, kinds of workshop and role shares are data, in
resources/demo/workshops.toml.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from functools import cache, partial
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from jpoa_desktop.content.demo_data import demo_file
from jpoa_desktop.content.demo_people import DemoOrganisation, DemoPerson, organisations
from jpoa_desktop.db.agenda_models import AgendaSession, AgendaSpeaker
from jpoa_desktop.db.bulk import batched, insert_plain, insert_rows
from jpoa_desktop.db.workshop_models import (
    Attendance,
    Organisation,
    Person,
    PersonWordIndex,
    Registration,
    Workshop,
    WorkshopTag,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled
from jpoa_desktop.model.badge_codes import BADGE_ALPHABET, BADGE_LENGTH
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.demo.demo_agenda import DemoWorkshop, session_rows, speaker_rows
from jpoa_desktop.services.demo.demo_evaluations import TestedWorkshop
from jpoa_desktop.services.indexes.person_words import name_words, sort_key
from jpoa_desktop.texts.transliteration import to_latin

BATCH = 5_000  # rows per INSERT: keeps memory flat for the large demo


FIRST_DEMO_DAY = date(2012, 1, 15)


@dataclass(frozen=True)
class DemoSize:
    workshops: int
    people: int
    registrations: int
    marks: int


@dataclass(frozen=True)
class WorkshopTables:
    sizes: dict[str, DemoSize]
    cities: dict[str, tuple[str, ...]]  # by country
    kinds: tuple[tuple[str, str, str], ...]  # (key, English, Russian)
    role_shares: tuple[tuple[str, float], ...]
    organisers: tuple[str, ...]


@cache
def workshop_tables() -> WorkshopTables:
    """resources/demo/workshops.toml, read once; a damaged file is one ContentError naming it."""
    data = demo_file("workshops")
    sizes, cities, roles = data.table("sizes"), data.table("cities"), data.table("role_shares")
    return WorkshopTables(
        sizes={
            name: DemoSize(*(sizes.table(name).whole(f.name) for f in fields(DemoSize)))
            for name in sizes.keys_in_order()
        },
        cities={country: cities.texts(country) for country in cities.keys_in_order()},
        kinds=tuple((k.text("key"), k.text("en"), k.text("ru")) for k in data.tables("kinds")),
        role_shares=tuple((role, roles.number(role)) for role in roles.keys_in_order()),
        organisers=data.texts("organisers"),
    )


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


DEMO_LAPTOP = "demo"  # the laptop the demo's attendance marks say they were scanned on


def _stamp(rng: random.Random, now: datetime) -> dict[str, Any]:
    return {"uuid": _uuid(rng), "created_at": now, "updated_at": now}


def _badge_codes(rng: random.Random, count: int) -> Iterator[str]:
    seen: set[str] = set()
    while len(seen) < count:
        code = "".join(rng.choice(BADGE_ALPHABET) for _ in range(BADGE_LENGTH))
        if code not in seen:
            seen.add(code)
            yield code


def _phase(start: date, today: date) -> str:
    """The JPoA phase a demo workshop belongs to: the programme's years split in four, in
    order, so a filter by phase picks a stretch of time as a real one would."""
    span = max(1, (today - FIRST_DEMO_DAY).days)
    return f"phase-{1 + min(3, max(0, (start - FIRST_DEMO_DAY).days * 4 // span))}"


def _role(rng: random.Random) -> str:
    draw, total = rng.random(), 0.0
    for role, share in workshop_tables().role_shares:
        total += share
        if draw < total:
            return role
    return "participant"


class DemoWriter:
    """Bulk inserts for one demo run, reporting progress in steps and stopping when cancelled."""

    STEPS = 7

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
        self._tested: list[TestedWorkshop] = []
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

        def row(org: DemoOrganisation) -> dict[str, Any]:
            return {
                "name": org.name,
                "name_en": org.name_en,
                "kind": org.kind,
                "country": org.country,
                **_stamp(self.rng, self.now),
            }

        for country in sorted({p.country for p in people}):
            for org in organisations(country):
                org_rows[(org.name, org.country)] = row(org)
        for p in people:  # a row (and a uuid draw) per person: the seed's demo stays as it was
            org_rows.setdefault((p.organisation.name, p.organisation.country), row(p.organisation))
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
        tables = workshop_tables()
        countries, kinds = sorted(tables.cities), tables.kinds
        past_days = max(1, (today - FIRST_DEMO_DAY).days - 40)
        for n in range(self.size.workshops):
            key, pillar, title_en, title_ru = areas[n % len(areas)] if areas else ("", 0, "", "")
            kind, kind_en, kind_ru = kinds[0] if current else kinds[n % len(kinds)]
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
                    "city": self.rng.choice(tables.cities[country]),
                    "country": country,
                    "languages": ["ru", "en"],
                    "organisers": list(tables.organisers),
                    "partners": [],
                    "phase_key": _phase(start, today),
                    "status": "planned" if current else "held",
                    "notes": "",
                    **_stamp(self.rng, self.now),
                }
            )
            tags.append([f"pillar-{pillar}", key] if key else [])
            self._topics.append((key, pillar, title_en, title_ru))
            spans.append((start, days))
        ids = self._insert(Workshop, rows)
        self._tested = [
            TestedWorkshop(i, start, days, topic[1], ended=not current)
            for i, (start, days), topic in zip(ids, spans, self._topics, strict=True)
        ]
        tag_rows = [
            {"workshop_id": workshop_id, "item_key": item, **_stamp(self.rng, self.now)}
            for workshop_id, items in zip(ids, tags, strict=True)
            for item in items
        ]
        self._insert(WorkshopTag, tag_rows)
        return [(i, start, days) for i, (start, days) in zip(ids, spans, strict=True)]

    def tested_workshops(self) -> list[TestedWorkshop]:
        """The workshops written, as the evaluation writer needs them."""
        return self._tested

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
                        "scans": [{"at": marked.isoformat(), "laptop": DEMO_LAPTOP}],
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

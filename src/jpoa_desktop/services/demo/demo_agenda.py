"""The demo workshops' agendas: a plausible programme for every day, same every time.

A first day opens and sets the scene, middle days go into the workshop's framework area with
exercises and group work, the last day drafts recommendations and closes. Speakers are drawn
from the workshop's own speakers and facilitators; plenaries carry the workshop's pillar/area.
The programme's slots are data, in resources/demo/agenda.toml.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import cache
from typing import Any

from jpoa_desktop.content.demo_data import DemoTable, demo_file

Stamp = Callable[[], dict[str, Any]]


@dataclass(frozen=True)
class Slot:
    start: time
    end: time
    kind: str
    en: str
    ru: str
    topic: bool = False  # tagged with the workshop's area, titled after it


@dataclass(frozen=True)
class Programme:
    first_day: tuple[Slot, ...]
    middle_day: tuple[Slot, ...]
    last_day: tuple[Slot, ...]
    default_area: dict[str, str]  # {area} in a title when the workshop has no area

    def days(self, count: int) -> Iterator[tuple[int, tuple[Slot, ...]]]:
        for n in range(count):
            last = n == count - 1
            yield n, self.first_day if n == 0 else self.last_day if last else self.middle_day


def _time(slot: DemoTable, key: str) -> time:
    try:
        return time.fromisoformat(slot.text(key))
    except ValueError:
        raise slot.damaged(f"'{key}' must be a time like 09:30") from None


def _slots(data: DemoTable, day: str) -> tuple[Slot, ...]:
    return tuple(
        Slot(
            _time(slot, "start"),
            _time(slot, "end"),
            slot.text("kind"),
            slot.text("en"),
            slot.text("ru"),
            slot.flag("topic"),
        )
        for slot in data.tables(day)
    )


@cache
def programme() -> Programme:
    """resources/demo/agenda.toml, read once; a damaged file is one ContentError naming it."""
    data = demo_file("agenda")
    default = data.table("default_area")
    return Programme(
        _slots(data, "first_day"),
        _slots(data, "middle_day"),
        _slots(data, "last_day"),
        {"en": default.text("en"), "ru": default.text("ru")},
    )


@dataclass(frozen=True)
class DemoWorkshop:
    id: int
    start: date
    days: int
    area_key: str
    pillar: int
    area_en: str
    area_ru: str
    speakers: Sequence[int]


def session_rows(
    workshops: Sequence[DemoWorkshop], rng: random.Random, stamp: Stamp
) -> Iterator[tuple[dict[str, Any], list[int]]]:
    """(agenda_session row, speaker person ids) for every session of every workshop."""
    plan = programme()
    for workshop in workshops:
        tags = [f"pillar-{workshop.pillar}"] if workshop.pillar else []
        for n, slots in plan.days(workshop.days):
            for position, slot in enumerate(slots):
                en, ru = slot.en, slot.ru
                if slot.topic:
                    en = en.format(area=workshop.area_en or plan.default_area["en"])
                    ru = ru.format(area=workshop.area_ru or plan.default_area["ru"])
                speakers: list[int] = []
                if slot.kind != "break" and workshop.speakers:
                    count = min(len(workshop.speakers), 2 if slot.kind == "plenary" else 1)
                    speakers = rng.sample(list(workshop.speakers), count)
                area = [workshop.area_key] if slot.topic and workshop.area_key else []
                row = {
                    "workshop_id": workshop.id,
                    "day": workshop.start + timedelta(days=n),
                    "position": position,
                    "start_time": slot.start,
                    "end_time": slot.end,
                    "titles": {"en": en, "ru": ru},
                    "kind": slot.kind,
                    "tags": tags + area if slot.kind != "break" else [],
                    "notes": "",
                    **stamp(),
                }
                yield row, speakers


def speaker_rows(
    session_ids: Sequence[int], speakers: Sequence[list[int]], stamp: Stamp
) -> Iterator[dict[str, Any]]:
    """agenda_speaker rows: each session's speakers in the order they were drawn."""
    for session_id, people in zip(session_ids, speakers, strict=True):
        for position, person_id in enumerate(people):
            yield {
                "session_id": session_id,
                "person_id": person_id,
                "position": position,
                **stamp(),
            }

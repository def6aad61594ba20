"""The demo workshops' agendas: a plausible programme for every day, same every time.

A first day opens and sets the scene, middle days go into the workshop's framework area with
exercises and group work, the last day drafts recommendations and closes. Speakers are drawn
from the workshop's own speakers and facilitators; plenaries carry the workshop's pillar/area.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

Stamp = Callable[[], dict[str, Any]]


@dataclass(frozen=True)
class Slot:
    start: str
    end: str
    kind: str
    en: str
    ru: str
    topic: bool = False  # tagged with the workshop's area, titled after it


COFFEE = ("break", "Coffee break", "Кофе-брейк")
LUNCH = ("break", "Lunch", "Обед")
FIRST_DAY = (
    Slot("08:30", "09:00", "break", "Registration and welcome coffee", "Регистрация, кофе"),
    Slot("09:00", "09:30", "plenary", "Opening and welcome", "Открытие и приветственные слова"),
    Slot(
        "09:30",
        "10:45",
        "plenary",
        "{area}: the regional picture",
        "{area}: ситуация в регионе",
        True,
    ),
    Slot("10:45", "11:00", *COFFEE),
    Slot(
        "11:00",
        "12:30",
        "group_work",
        "Working groups: national experience",
        "Работа в группах: национальный опыт",
    ),
    Slot("12:30", "13:30", *LUNCH),
    Slot(
        "13:30",
        "15:00",
        "plenary",
        "International standards and good practice",
        "Международные стандарты и передовая практика",
        True,
    ),
    Slot("15:00", "15:15", *COFFEE),
    Slot(
        "15:15",
        "16:45",
        "exercise",
        "Case study from the region",
        "Разбор случая из практики региона",
    ),
    Slot("16:45", "17:00", "plenary", "Summing up the day", "Итоги дня"),
)
MIDDLE_DAY = (
    Slot("09:00", "09:15", "plenary", "Where we left off yesterday", "Итоги предыдущего дня"),
    Slot(
        "09:15",
        "10:45",
        "plenary",
        "{area}: laws and institutions",
        "{area}: законы и институты",
        True,
    ),
    Slot("10:45", "11:00", *COFFEE),
    Slot(
        "11:00",
        "12:30",
        "exercise",
        "Scenario exercise, part one",
        "Сценарное упражнение, часть первая",
    ),
    Slot("12:30", "13:30", *LUNCH),
    Slot(
        "13:30",
        "15:00",
        "exercise",
        "Scenario exercise, part two",
        "Сценарное упражнение, часть вторая",
    ),
    Slot("15:00", "15:15", *COFFEE),
    Slot(
        "15:15",
        "16:30",
        "group_work",
        "Working groups: who does what between agencies",
        "Работа в группах: кто за что отвечает в ведомствах",
    ),
    Slot("16:30", "17:00", "plenary", "Group reports and discussion", "Доклады групп и обсуждение"),
)
LAST_DAY = (
    Slot(
        "09:00",
        "10:30",
        "plenary",
        "Cooperating across borders",
        "Сотрудничество через границы",
        True,
    ),
    Slot("10:30", "10:45", *COFFEE),
    Slot("10:45", "12:00", "group_work", "Drafting the recommendations", "Подготовка рекомендаций"),
    Slot(
        "12:00",
        "12:45",
        "plenary",
        "Closing: conclusions and next steps",
        "Закрытие: выводы и дальнейшие шаги",
    ),
    Slot("12:45", "13:45", *LUNCH),
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


def _programme(days: int) -> Iterator[tuple[int, tuple[Slot, ...]]]:
    for n in range(days):
        yield n, FIRST_DAY if n == 0 else LAST_DAY if n == days - 1 else MIDDLE_DAY


def session_rows(
    workshops: Sequence[DemoWorkshop], rng: random.Random, stamp: Stamp
) -> Iterator[tuple[dict[str, Any], list[int]]]:
    """(agenda_session row, speaker person ids) for every session of every workshop."""
    for workshop in workshops:
        tags = [f"pillar-{workshop.pillar}"] if workshop.pillar else []
        for n, slots in _programme(workshop.days):
            for position, slot in enumerate(slots):
                en, ru = slot.en, slot.ru
                if slot.topic:
                    en = en.format(area=workshop.area_en or "Counter-terrorism")
                    ru = ru.format(area=workshop.area_ru or "Противодействие терроризму")
                speakers: list[int] = []
                if slot.kind != "break" and workshop.speakers:
                    count = min(len(workshop.speakers), 2 if slot.kind == "plenary" else 1)
                    speakers = rng.sample(list(workshop.speakers), count)
                area = [workshop.area_key] if slot.topic and workshop.area_key else []
                row = {
                    "workshop_id": workshop.id,
                    "day": workshop.start + timedelta(days=n),
                    "position": position,
                    "start_time": time.fromisoformat(slot.start),
                    "end_time": time.fromisoformat(slot.end),
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

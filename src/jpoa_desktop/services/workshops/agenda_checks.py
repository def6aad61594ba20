"""What is wrong with an agenda, as data the GUI translates and the CLI prints.

These are warnings, not refusals: an overlap or a session outside the dates is normal while
someone is still moving things around, and the agenda must stay editable in between.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, time
from typing import Protocol

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.model.agenda import AgendaWarning

WARNING_OVERLAP = "overlap"
WARNING_OUTSIDE = "outside"
WARNING_END_BEFORE_START = "end_before_start"

OUTSIDE = QT_TRANSLATE_NOOP(
    "Errors", "“{title}” is on {day}, outside the workshop's dates ({start} to {end})."
)
END_BEFORE_START = QT_TRANSLATE_NOOP(
    "Errors", "“{title}” on {day} ends at {end}, before it starts ({start})."
)
OVERLAP = QT_TRANSLATE_NOOP(
    "Errors", "“{first}” ({first_time}) and “{second}” ({second_time}) overlap on {day}."
)


class Timed(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def start(self) -> time: ...
    @property
    def end(self) -> time: ...


def hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def span(item: Timed) -> str:
    return f"{hhmm(item.start)}–{hhmm(item.end)}"


def find_warnings(
    first_day: date, last_day: date, days: Mapping[date, Sequence[Timed]]
) -> list[AgendaWarning]:
    found: list[AgendaWarning] = []
    for day, sessions in sorted(days.items()):
        iso = day.isoformat()
        for item in sessions:
            if not first_day <= day <= last_day:
                values = {"title": item.title, "day": iso}
                values |= {"start": first_day.isoformat(), "end": last_day.isoformat()}
                found.append(AgendaWarning(WARNING_OUTSIDE, day, (item.id,), OUTSIDE, values))
            if item.end < item.start:
                values = {"title": item.title, "day": iso}
                values |= {"start": hhmm(item.start), "end": hhmm(item.end)}
                found.append(
                    AgendaWarning(
                        WARNING_END_BEFORE_START, day, (item.id,), END_BEFORE_START, values
                    )
                )
        timed = [s for s in sessions if s.end > s.start]
        for index, first in enumerate(timed):
            for second in timed[index + 1 :]:
                if first.start < second.end and second.start < first.end:
                    values = {"first": first.title, "first_time": span(first), "day": iso}
                    values |= {"second": second.title, "second_time": span(second)}
                    ids = (first.id, second.id)
                    found.append(AgendaWarning(WARNING_OVERLAP, day, ids, OVERLAP, values))
    return found

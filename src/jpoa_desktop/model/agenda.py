"""A workshop's agenda as the editor, the CLI and the printed agenda read it: plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time


@dataclass(frozen=True)
class SessionInput:
    """What a user edits about a session; `speakers` are person ids, `tags` library keys."""

    day: date
    start: time
    end: time
    titles: dict[str, str]
    kind: str = "plenary"
    speakers: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class SessionView:
    id: int
    uuid: str
    day: date
    position: int
    start: time
    end: time
    title: str
    titles: dict[str, str]
    kind: str
    speakers: tuple[SpeakerView, ...]
    tags: tuple[str, ...]
    notes: str = ""
    warnings: tuple[str, ...] = ()  # WARNING_* kinds that concern this session

    def as_input(self) -> SessionInput:
        return SessionInput(
            day=self.day,
            start=self.start,
            end=self.end,
            titles=dict(self.titles),
            kind=self.kind,
            speakers=tuple(s.person_id for s in self.speakers),
            tags=self.tags,
            notes=self.notes,
        )


@dataclass(frozen=True)
class DayView:
    day: date
    number: int  # 1 for the workshop's first day; 0 for a day outside its dates
    sessions: tuple[SessionView, ...]


@dataclass(frozen=True)
class AgendaView:
    workshop_id: int
    title: str
    start: date
    end: date
    languages: tuple[str, ...]
    days: tuple[DayView, ...]
    warnings: tuple[AgendaWarning, ...]

    def session(self, session_id: int) -> SessionView | None:
        return next((s for d in self.days for s in d.sessions if s.id == session_id), None)


@dataclass(frozen=True)
class DeletedSession:
    """Everything needed to put a deleted session back exactly, under the same uuid."""

    workshop_id: int
    id: int
    uuid: str
    position: int
    data: SessionInput
    created_at: datetime


@dataclass(frozen=True)
class SessionSlot:
    """Where and when a session is: what moves and shifts change, and undo puts back."""

    uuid: str
    day: date
    position: int
    start: time
    end: time


@dataclass(frozen=True)
class SpeakerView:
    person_id: int
    name: str
    role: str = ""


@dataclass(frozen=True)
class AgendaWarning:
    """A problem to show; `template` is marked for translation and filled with `values`."""

    kind: str
    day: date
    session_ids: tuple[int, ...]
    template: str
    values: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values)

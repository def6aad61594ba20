"""The agenda as `jpoa workshop show` prints it, and `--session` of `jpoa attendance mark`."""

from __future__ import annotations

from datetime import date
from typing import Any, TextIO

from jpoa_desktop.model.agenda import AgendaView, SessionView
from jpoa_desktop.services.container import Services


def session_json(session: SessionView) -> dict[str, Any]:
    return {
        "id": session.id,
        "start": session.start.strftime("%H:%M"),
        "end": session.end.strftime("%H:%M"),
        "title": session.title,
        "kind": session.kind,
        "speakers": [s.name for s in session.speakers],
        "tags": list(session.tags),
    }


def agenda_json(agenda: AgendaView) -> list[dict[str, Any]]:
    """Days → sessions; every day of the workshop is there, even an empty one."""
    return [
        {"day": d.day.isoformat(), "sessions": [session_json(s) for s in d.sessions]}
        for d in agenda.days
    ]


def print_agenda(agenda: AgendaView, out: TextIO) -> None:
    for day in agenda.days:
        label = f"Day {day.number}" if day.number else "Outside the workshop's dates"
        print(f"\n{label}, {day.day.isoformat()}", file=out)
        for s in day.sessions:
            speakers = ", ".join(p.name for p in s.speakers)
            line = f"  {s.start:%H:%M}–{s.end:%H:%M}  [{s.id}] {s.title} ({s.kind})"
            print(f"{line} — {speakers}" if speakers else line, file=out)
    for warning in agenda.warnings:
        print(f"Warning: {warning}", file=out)


def session_option(services: Services, text: str | None) -> tuple[str | None, date | None]:
    """`--session` takes the id `workshop show` prints (or a uuid): (uuid, the session's day)."""
    if text is None or not text.strip().isdigit():
        return text, None
    found = services.agenda.get(int(text), "en")
    return found.uuid, found.day

"""`jpoa workshop list|show`: the workshops, and one workshop with its agenda (as `show` prints
it, and the session ids that `jpoa attendance mark --session` takes)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, TextIO

from jpoa_desktop.cli.commands import EXIT_OK, Commands, answer, print_json
from jpoa_desktop.model.agenda import AgendaView, SessionView
from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.services.container import Services


def _workshop_json(workshop: WorkshopSummary) -> dict[str, Any]:
    return {
        "id": workshop.id,
        "title": workshop.title,
        "start": workshop.start.isoformat(),
        "end": workshop.end.isoformat(),
        "city": workshop.city,
        "country": workshop.country,
        "status": workshop.status,
        "participants": workshop.participants,
    }


def listing(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    workshops = services.workshops.workshops(args.lang, year=args.year)
    return answer(
        args,
        out,
        [_workshop_json(w) for w in workshops],
        (
            f"{w.id:>5}  {w.start} – {w.end}  {w.city:<12} {w.participants:>4}  {w.title}"
            for w in workshops
        ),
    )


def show(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    workshop = services.workshops.get(args.id, args.lang)
    agenda = services.agenda.agenda(args.id, args.lang)
    if args.json:
        print_json({**_workshop_json(workshop), "agenda": agenda_json(agenda)}, out)
        return EXIT_OK
    place = f"{workshop.city} ({workshop.country})"
    print(f"{workshop.title}\n{workshop.start} – {workshop.end}, {place}", file=out)
    print(f"{workshop.participants} registered, {workshop.status}", file=out)
    print_agenda(agenda, out)
    return EXIT_OK


def register(commands: Commands) -> None:
    workshop = commands.group("workshop", "workshops")
    command = workshop.command("list", listing, "every workshop, newest first")
    command.add_argument("--lang", default="en", help="language of the titles")
    command.add_argument("--year", type=int, help="only workshops starting that year")
    command = workshop.command("show", show, "one workshop")
    command.add_argument("id", type=int)
    command.add_argument("--lang", default="en", help="language of the title and the agenda")


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

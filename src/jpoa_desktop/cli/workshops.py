"""`jpoa workshop list|show`: the workshops, and one workshop with its agenda (as `show` prints
it, and the session ids that `jpoa attendance mark --session` takes); `jpoa attendance
mark|list`: check-in at the door by badge code, and who was present when."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, TextIO

from jpoa_desktop.cli.commands import EXIT_OK, Commands, answer, print_json
from jpoa_desktop.cli.commands import day as day_option
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
    _register_attendance(commands)


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


def mark(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    session, session_day = session_option(services, args.session)
    day = day_option(args.day) if args.day or session_day is None else session_day
    check_in = services.attendance.mark(args.workshop, args.code, day, session=session)
    when = check_in.marked_at.strftime("%H:%M")
    note = f"already checked in at {when}" if check_in.already else f"checked in at {when}"
    found = {
        "registration": check_in.registration_id,
        "name": check_in.name,
        "organisation": check_in.organisation,
        "day": check_in.day.isoformat(),
        "marked_at": check_in.marked_at.isoformat(),
        "already": check_in.already,
    }
    return answer(args, out, found, [f"{check_in.name}, {check_in.organisation}: {note}"])


def attendance_listing(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    rows = services.attendance.marks(args.workshop)
    found = [
        {
            "registration": r.id,
            "person": r.person_id,
            "name": r.name,
            "organisation": r.organisation,
            "role": r.role,
            "status": r.status,
            "code": r.badge_code,
            "days": [d.isoformat() for d in r.days_present],
        }
        for r in rows
    ]
    lines = (
        f"{r.badge_code}  {r.name:<40} {', '.join(d.isoformat() for d in r.days_present) or '—'}"
        for r in rows
    )
    return answer(args, out, found, lines)


def _register_attendance(commands: Commands) -> None:
    attendance = commands.group("attendance", "check-in at the door")
    command = attendance.command("mark", mark, "mark a badge present")
    command.add_argument("--workshop", type=int, required=True)
    command.add_argument("--code", required=True)
    command.add_argument("--day", help="YYYY-MM-DD (default: today)")
    command.add_argument(
        "--session",
        metavar="SESSION_ID",
        help="an agenda session (id from `workshop show`); the day defaults to its day",
    )
    command = attendance.command("list", attendance_listing, "who was present when")
    command.add_argument("--workshop", type=int, required=True)

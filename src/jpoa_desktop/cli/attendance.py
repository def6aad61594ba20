"""`jpoa attendance mark|list`: check-in at the door by badge code, and who was present when."""

from __future__ import annotations

import argparse
from typing import TextIO

from jpoa_desktop.cli.commands import Commands, answer
from jpoa_desktop.cli.commands import day as day_option
from jpoa_desktop.cli.workshops import session_option
from jpoa_desktop.services.container import Services


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


def listing(args: argparse.Namespace, services: Services, out: TextIO) -> int:
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


def register(commands: Commands) -> None:
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
    command = attendance.command("list", listing, "who was present when")
    command.add_argument("--workshop", type=int, required=True)

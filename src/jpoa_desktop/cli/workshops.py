"""`jpoa workshop list|show`: the workshops, and one workshop with its agenda."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from jpoa_desktop.cli.agenda import agenda_json, print_agenda
from jpoa_desktop.cli.commands import EXIT_OK, Commands, answer, print_json
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

"""`jpoa report workshop|programme`: the donor report as an XLSX workbook or a PDF, the same
file the Reports screen writes. The format follows the suffix of --out; a bad filter, date,
workshop or suffix exits 2 with one line and writes nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from jpoa_desktop.cli.commands import Commands, answer, day
from jpoa_desktop.model.evaluation import ProgrammeFigures, ReportFilter
from jpoa_desktop.services.container import Services

LANGUAGES = ("en", "ru")


def _write(args: argparse.Namespace, services: Services, out: TextIO, report: ReportFilter) -> int:
    target = Path(args.out)
    figures = services.reports.write(report, target, args.lang)
    return answer(args, out, _summary(figures, target), [f"{target}: {_line(figures)}"])


def _summary(figures: ProgrammeFigures, target: Path) -> dict[str, object]:
    gain = figures.mean_gain
    return {
        "file": str(target),
        "workshops": figures.workshops,
        "participants": figures.participations.total,
        "women": figures.participations.women,
        "men": figures.participations.men,
        "attendance_rate": figures.attendance_rate,
        "mean_gain": None if gain is None else gain.mean,
        "satisfaction": figures.satisfaction,
    }


def _line(figures: ProgrammeFigures) -> str:
    counts = figures.participations
    return (
        f"{figures.workshops} workshop(s), {counts.total} participant(s) "
        f"({counts.women} women, {counts.men} men)"
    )


def workshop(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    return _write(args, services, out, ReportFilter(workshop_id=args.id))


def programme(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    report = ReportFilter(
        start=None if args.start is None else day(args.start),
        end=None if args.end is None else day(args.end),
        country=(args.country or "").upper(),
        pillar=args.pillar,
        phase=args.phase,
    )
    return _write(args, services, out, report)


def _output_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", required=True, metavar="FILE", help="FILE.xlsx or FILE.pdf")
    command.add_argument("--lang", choices=LANGUAGES, default="en", help="the report's language")


def register(commands: Commands) -> None:
    group = commands.group("report", "the donor report: a workshop's or the programme's")
    command = group.command("workshop", workshop, "one workshop's report, with its people's scores")
    command.add_argument("id", type=int, help="the workshop's id")
    _output_options(command)
    command = group.command("programme", programme, "the programme's report for a selection")
    command.add_argument("--from", dest="start", metavar="DATE", help="workshops from YYYY-MM-DD")
    command.add_argument("--to", dest="end", metavar="DATE", help="… starting until YYYY-MM-DD")
    command.add_argument("--country", metavar="CC", help="a country code: KZ, KG, TJ, TM, UZ")
    command.add_argument("--pillar", type=int, metavar="N", help="pillar 1-4")
    command.add_argument("--phase", type=int, metavar="N", help="phase 1-4")
    _output_options(command)

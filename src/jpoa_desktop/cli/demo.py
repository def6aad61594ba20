"""`jpoa demo [--size small|large]`: a new database filled with demo workshops and people."""

from __future__ import annotations

import argparse
from typing import TextIO

from jpoa_desktop.cli.commands import EXIT_OK, Commands
from jpoa_desktop.services.container import Services


def demo(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    services.content.load_builtin()  # workshop titles come from the library
    report = services.demo.load(args.size)
    print(
        f"Demo ({args.size}): {report.workshops} workshops, {report.people} people, "
        f"{report.registrations} registrations, {report.marks} attendance marks.",
        file=out,
    )
    return EXIT_OK


def register(commands: Commands) -> None:
    command = commands.command(
        "demo", demo, "fill a new database with demo workshops and people", creates_database=True
    )
    command.add_argument("--size", choices=("small", "large"), default="small")

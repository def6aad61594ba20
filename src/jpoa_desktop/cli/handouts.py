"""`jpoa handout KIND --workshop ID --lang L [--second-lang L2] [--paper a4|letter] --out FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from jpoa_desktop.cli.commands import Commands, print_json
from jpoa_desktop.cli.commands import day as _day
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.handouts.registry import (
    ATTENDANCE,
    CERTIFICATES,
    COLUMNS,
    DAY,
    FORM_COPIES,
    FORMS,
    KEYS,
    OFFSET,
    PILLAR,
    SORT,
    TEMPLATE,
    kind,
    taking,
)
from jpoa_desktop.services.container import Services

if TYPE_CHECKING:  # reportlab loads only when a handout is printed
    from jpoa_desktop.handouts.common.printable import PrintNotices


def _for(option: str) -> str:
    """The kinds an option applies to, as the help's lead-in ("badges, calibration")."""
    return ", ".join(taking(option))


def _offset(text: str) -> tuple[float, float]:
    try:
        right, down = (float(part) for part in text.split(","))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not an offset like 1.5,-0.5 (mm)."),
            value=text,
        ) from None
    return right, down


def _target(args: argparse.Namespace, certificates: bool) -> Path:
    """Where the handout goes: the --out file, or the --per-person folder (certificates)."""
    if args.per_person and not certificates:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Only certificates are printed one person a file.")
        )
    if bool(args.out) == bool(args.per_person):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Say where with --out FILE.pdf, or --per-person FOLDER for certificates."
            )
        )
    return Path(args.per_person or args.out)


def notice_lines(notices: PrintNotices) -> list[str]:
    """What the handout changed to print, one plain line each (the JSON has the fields)."""
    lines = []
    for n in notices.items:
        whose = f"{n.person}: " if n.person else ""
        if n.kind == "latin":
            lines.append(f"printed in Latin letters: {n.person} as {n.detail}")
        elif n.kind == "unprintable":
            lines.append(f"left out, not in the fonts: {whose}{n.field}: {n.detail}")
        else:
            lines.append(f"cut to fit ({n.kept} of {n.length} letters): {whose}{n.field}")
    return lines


def register(commands: Commands) -> None:
    def handout(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        from jpoa_desktop.handouts.common.printable import PrintNotices
        from jpoa_desktop.model.languages import as_report, by_language
        from jpoa_desktop.services.handouts.request import HandoutRequest

        certificates = kind(args.kind) is CERTIFICATES
        target = _target(args, certificates)
        if args.workshop is None and kind(args.kind).needs_workshop:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Say which workshop with --workshop ID.")
            )
        notices = PrintNotices()
        request = HandoutRequest(
            args.kind,
            args.workshop or 0,
            args.lang,
            args.second_lang,
            args.paper,
            day=_day(args.day) if args.day else None,
            sort=args.sort,
            columns=tuple(c.strip() for c in args.columns.split(",") if c.strip()),
            template=args.template,
            min_share=None if args.attendance is None else args.attendance / 100,
            pillar=args.pillar,
            offset_mm=_offset(args.offset),
            forms=args.forms or "",
            verify_url=args.verify_url or "",
        )
        files: list[Path] = []
        if args.per_person:
            files = services.handouts.save_each(request, target, notices=notices)
            english: list[str] = []
        else:
            english = services.handouts.save(request, target, notices=notices)
        left_out = []
        if certificates:
            _holders, excluded = services.certificates.eligible(args.workshop, request.min_share)
            left_out = [{"name": e.name, "reason": e.reason} for e in excluded]
        if args.json:
            report: dict[str, object] = {"file": str(target), "fallback_labels": english,
                                         "notices": notices.as_dicts()}  # fmt: skip
            report["fallbacks"] = as_report(english)  # which text came out in which language
            if certificates:
                report["left_out"] = left_out
            if args.per_person:
                report["files"] = [str(path) for path in files]
            print_json(report, out)
        else:
            print(f"{target}", file=out)
            for path in files:
                print(f"  {path.name}", file=out)
            for code, names in by_language(english).items():
                print(f"printed in {code} for want of a translation: {', '.join(names)}",
                      file=out)  # fmt: skip
            for person in left_out:
                print(f"no certificate: {person['name']} ({person['reason']})", file=out)
            for line in notice_lines(notices):
                print(line, file=out)
        return 0

    command = commands.command("handout", handout, "print a workshop's handout to a PDF file")
    no_workshop = " and ".join(key for key in KEYS if not kind(key).needs_workshop)
    command.add_argument("kind", choices=KEYS)
    command.add_argument("--workshop", type=int, help=f"the workshop (all kinds but {no_workshop})")
    command.add_argument("--lang", default="ru", help="en, ru, kk, ky, tg, uz or tk")
    command.add_argument("--second-lang", help="a second language, side by side")
    command.add_argument("--paper", choices=("a4", "letter"), default="a4")
    command.add_argument(
        "--day", help=f"{_for(DAY)}: only this day, YYYY-MM-DD (default: every day)"
    )
    command.add_argument(
        "--sort", default="name", help=f"{_for(SORT)}: name, country or organisation"
    )
    command.add_argument(
        "--columns",
        default="organisation,position,country",
        help=f"{_for(COLUMNS)}: any of organisation,position,country,role,email,phone",
    )
    command.add_argument(
        "--template",
        help=f"{_for(TEMPLATE)}: the label sheet (a4-2x4, a4-2x5, a4-3x3, letter-2x4, letter-2x5)",
    )
    command.add_argument(
        "--attendance",
        type=float,
        help=f"{_for(ATTENDANCE)}: the share of days a holder must have attended, "
        "in %% (default: the workshop's rule, see `jpoa certificate rule`; else 80)",
    )
    command.add_argument(
        "--pillar", type=int, default=1, choices=(1, 2, 3, 4), help=f"{_for(PILLAR)}: the pillar"
    )
    command.add_argument(
        "--forms",
        choices=FORM_COPIES,
        help=f"{_for(FORMS)}: one per participant with a QR code and one blank (people; tests' "
        "default), blank copies for everyone (blank; the evaluation's default, anonymous), or "
        "one blank copy (one)",
    )
    command.add_argument(
        "--offset",
        default="0,0",
        metavar="RIGHT,DOWN",
        help=f"{_for(OFFSET)}: shift the label cells by this many mm (printer calibration)",
    )
    command.add_argument(
        "--verify-url",
        metavar="URL",
        help="certificates: the office's verifier page (https://…/verify.html); each QR code "
        "then carries URL#CODE, so a phone's camera opens the page and it checks the code "
        "(default: the bare code; the app's setting is not read here)",
    )
    command.add_argument("--out", help="FILE.pdf")
    command.add_argument(
        "--per-person",
        metavar="FOLDER",
        help="certificates: one PDF per person in FOLDER, named '<number> <Latin name>.pdf' "
        "(for e-mailing), instead of --out",
    )

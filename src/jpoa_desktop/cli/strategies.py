"""`jpoa strategy`: national strategy and action-plan drafts.

jpoa strategy list [--json]
jpoa strategy show ID [--lang L] [--json]          the tree, with pillars/areas per measure
jpoa strategy coverage ID [--lang L] [--json]      {"cells": [...], "gaps": [...]}
jpoa strategy diff ID_A ID_B [--json]              what draft B changes compared with draft A
jpoa strategy new --country CC --title T [--kind K] [--years 2023-2027]
                  [--from-framework | --copy ID]
jpoa strategy snapshot ID --name N                 keep a named version
jpoa strategy versions ID [--json]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from jpoa_desktop.cli.commands import Commands, answer, print_json
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.strategies.strategy_export import FORMATS as EXPORT_FORMATS
from jpoa_desktop.texts.labels import HANDOUT_LANGUAGES

if TYPE_CHECKING:  # the services are imported when a strategy command runs, not before
    from jpoa_desktop.model.strategies import (
        Coverage,
        DraftDiff,
        DraftSummary,
        DraftView,
        ItemDiff,
        MeasureView,
    )


def _money(budget: dict[str, Decimal]) -> dict[str, float]:
    return {currency: float(amount) for currency, amount in sorted(budget.items())}


def _summary_json(d: DraftSummary) -> dict[str, Any]:
    return {
        "id": d.id,
        "uuid": d.uuid,
        "country": d.country,
        "title": d.title,
        "titles": d.titles,
        "kind": d.kind,
        "start_year": d.start_year,
        "end_year": d.end_year,
        "status": d.status,
        "lead_agency": d.lead_agency,
        "measures": d.measures,
    }


def _measure_json(m: MeasureView) -> dict[str, Any]:
    return {
        "id": m.id,
        "uuid": m.uuid,
        "number": m.number,
        "text": m.text,
        "texts": m.texts,
        "responsible": list(m.responsible),
        "partners": list(m.partner_names),
        "start": m.start.isoformat() if m.start else None,
        "end": m.end.isoformat() if m.end else None,
        "deadline": m.deadline_text,  # as the plan words it; start and end are derived
        "priority": m.priority,
        "status": m.status,
        "pillars": list(m.pillars),
        "areas": [x.code for x in m.mapping if x.is_area],
        "indicators": [
            {"name": i.name, "baseline": i.baseline, "target": i.target, "unit": i.unit}
            for i in m.indicators
        ],
        "budget": [
            {"amount": float(b.amount), "currency": b.currency, "source": b.source}
            for b in m.budget
        ],
        "comments": len(m.comments),
    }


def draft_json(view: DraftView) -> dict[str, Any]:
    def item(entry: Any, children: str, child: Any) -> dict[str, Any]:
        return {
            "id": entry.id,
            "uuid": entry.uuid,
            "number": entry.number,
            "text": entry.text,
            "texts": entry.texts,
            children: [child(c) for c in getattr(entry, children)],
        }

    return {
        **_summary_json(view.summary),
        "notes": view.notes,
        "goals": [
            item(g, "objectives", lambda o: item(o, "measures", _measure_json)) for g in view.goals
        ],
    }


def coverage_json(coverage: Coverage) -> dict[str, Any]:
    return {
        "cells": [
            {
                "pillar": c.pillar_code,
                "area": c.area,
                "title": c.title,
                "measures": c.measures,
                "budget": _money(c.budget),
                "indicators": c.indicators,
            }
            for c in coverage.cells
        ],
        "gaps": [
            {
                "kind": g.kind,
                "id": g.item_id,
                "uuid": g.item_uuid,
                "number": g.number,
                "text": g.text,
            }
            for g in coverage.gaps
        ],
    }


def diff_json(diff: DraftDiff) -> dict[str, Any]:
    def entry(d: ItemDiff) -> dict[str, Any]:
        return {
            "uuid": d.uuid,
            "kind": d.kind,
            "before": d.number_before or None,
            "after": d.number_after or None,
            "text": d.text,
            "fields": [{"field": f.field, "before": f.before, "after": f.after} for f in d.fields],
        }

    return {
        name: [entry(d) for d in getattr(diff, name)]
        for name in ("added", "removed", "moved", "changed")
    }


def _draft_lines(view: DraftView) -> Iterator[str]:
    s = view.summary
    years = f"{s.start_year or '?'}–{s.end_year or '?'}"
    yield f"[{s.id}] {s.country} {s.title} ({s.kind}, {years}, {s.status})"
    for goal in view.goals:
        yield f"{goal.number}. {goal.text}"
        for objective in goal.objectives:
            yield f"  {objective.number} {objective.text}"
            for m in objective.measures:
                mapped = ", ".join(x.code for x in m.mapping) or "not mapped"
                yield f"    {m.number} {m.text}  [{mapped}]"


def _coverage_lines(coverage: Coverage) -> Iterator[str]:
    from jpoa_desktop.texts.formatting import money as amount_in

    for c in coverage.cells:
        budget = sorted(c.budget.items())
        money = ", ".join(amount_in(a, cur, "en") for cur, a in budget) or "–"
        yield (f"{c.area:<7} {c.measures:>4} measures {c.indicators:>4} indicators  {money}  "
               f"{c.title}")  # fmt: skip
    if coverage.gaps:
        yield "gaps:"
    for g in coverage.gaps:
        yield f"  {g.kind}: {g.number} {g.text}"


def _diff_lines(diff: DraftDiff) -> Iterator[str]:
    if diff.empty:
        yield "no differences"
    for name, sign in (("added", "+"), ("removed", "-"), ("moved", "~"), ("changed", "*")):
        for d in getattr(diff, name):
            where = " → ".join(n for n in (d.number_before, d.number_after) if n)
            yield f"{sign} {d.kind} {where} {d.text}"
            for f in d.fields:
                yield f"    {f.field}: {f.before!r} → {f.after!r}"


def _years(text: str | None) -> tuple[int | None, int | None]:
    if not text:
        return None, None
    first, _, last = text.partition("-")
    try:
        return int(first), int(last or first)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a period of years like 2023-2027."),
            value=text,
        ) from None


def register(commands: Commands) -> None:
    def listing(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        drafts = services.strategies.drafts(args.lang)
        lines = (f"{d.id:>5}  {d.country}  {d.start_year or '?'}–{d.end_year or '?'}  "
                 f"{d.measures:>4} measures  {d.title}" for d in drafts)  # fmt: skip
        return answer(args, out, [_summary_json(d) for d in drafts], lines)

    def show(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        view = services.strategies.draft(args.id, args.lang)
        return answer(args, out, draft_json(view), _draft_lines(view))

    def coverage(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        found = services.coverage.coverage(args.id, args.lang)
        return answer(args, out, coverage_json(found), _coverage_lines(found))

    def diff(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        found = services.versions.diff_drafts(args.id_a, args.id_b)
        return answer(args, out, diff_json(found), _diff_lines(found))

    def new(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        from jpoa_desktop.model.strategies import DraftInput

        service = services.strategies
        titles = {args.lang: args.title}
        if args.copy is not None:
            draft_id = service.copy(args.copy, titles=titles)
        else:
            if args.from_framework:
                services.content.load_builtin()  # the skeleton's titles
            start, end = _years(args.years)
            languages = tuple(dict.fromkeys((args.lang, "en", "ru")))
            draft = DraftInput(args.country.upper(), titles, args.kind, start, end,
                               languages=languages)  # fmt: skip
            draft_id = service.create(draft, "framework" if args.from_framework else "empty")
        return answer(args, out, {"id": draft_id}, [str(draft_id)])

    def snapshot(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        version = services.versions.snapshot(args.id, args.name)
        return answer(args, out, {"version": version}, [str(version)])

    def versions(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        found = services.versions.versions(args.id)
        data = [{"id": v.id, "name": v.name, "created_at": v.created_at.isoformat(),
                 "measures": v.measures} for v in found]  # fmt: skip
        lines = (f"{v.id:>5}  {v.created_at:%Y-%m-%d %H:%M}  {v.measures:>4}  {v.name}"
                 for v in found)  # fmt: skip
        return answer(args, out, data, lines)

    sub = commands.group("strategy", "national strategy and action-plan drafts")

    def with_lang(command: Any) -> Any:
        command.add_argument("--lang", default="en", help="language of titles (default: en)")
        return command

    with_lang(sub.command("list", listing, "every draft"))
    command = with_lang(sub.command("show", show, "a draft's goals, objectives and measures"))
    command.add_argument("id", type=int)
    command = with_lang(sub.command("coverage", coverage, "pillar × area matrix and gaps"))
    command.add_argument("id", type=int)
    command = sub.command("diff", diff, "what draft B adds, removes, moves, changes vs draft A")
    command.add_argument("id_a", type=int, metavar="ID_A")
    command.add_argument("id_b", type=int, metavar="ID_B")
    command = with_lang(
        sub.command("new", new, "start a draft: empty, framework skeleton or a copy")
    )
    command.add_argument("--country", required=True, help="two-letter code, e.g. KG")
    command.add_argument("--title", required=True)
    command.add_argument(
        "--kind", default="action_plan", choices=("strategy", "action_plan", "programme")
    )
    command.add_argument("--years", help="the period, e.g. 2023-2027")
    start = command.add_mutually_exclusive_group()
    start.add_argument("--from-framework", action="store_true", help="each pillar a goal, ...")
    start.add_argument("--copy", type=int, metavar="ID", help="a copy of another draft")
    command = sub.command("snapshot", snapshot, "keep the draft as it is now, under a name")
    command.add_argument("id", type=int)
    command.add_argument("--name", required=True)
    command = sub.command("versions", versions, "a draft's named versions")
    command.add_argument("id", type=int)
    register_file_commands(sub)


# `jpoa strategy export` and `import`: a draft as a Word document, a PDF or an Excel sheet,
# and an action-plan table (XLSX, CSV or a Word table) read into a new draft.


FORMATS = tuple(suffix.lstrip(".") for suffix in EXPORT_FORMATS)  # docx, pdf, xlsx


def export(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    target = Path(args.out)
    written = services.strategy_export.export_draft(
        args.id, target, args.lang, args.second, fmt=args.format
    )
    data = {"draft": written.draft_id, "format": args.format, "file": str(target),
            "measures": written.measures, "missing_labels": written.missing_labels}  # fmt: skip
    return answer(args, out, data, [f"Wrote {target} ({written.measures} measures)"])


def import_file(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """Every row is checked first; with a problem nothing is written (exit 2) unless
    --skip-bad-rows, and each problem is listed with its row and column."""
    service = services.strategy_import
    plan = service.plan(Path(args.file), args.lang)
    problems = [{"row": p.row, "column": p.column, "message": p.message} for p in plan.problems]
    if plan.problems and not args.skip_bad_rows:
        if args.json:
            print_json({"imported": False, "problems": problems}, out)
        else:
            for problem in problems:
                print(problem["message"], file=out)
        service.import_rows(plan, args.country)  # raises: says nothing was imported
    titles = {args.lang: args.title} if args.title else None
    report = service.import_rows(plan, args.country, titles, skip_invalid=args.skip_bad_rows)
    # Kept, but worth a look: deadlines kept as words, columns not imported, rows left out.
    warnings = [{"row": w.row, "column": w.column, "message": w.message} for w in plan.warnings]
    notes = [str(note) for note in plan.notes]
    if args.json:
        print_json({"imported": True, "draft": report.draft_id, "goals": report.goals,
                    "objectives": report.objectives, "measures": report.measures,
                    "skipped": report.skipped, "problems": problems, "warnings": warnings,
                    "notes": notes}, out)  # fmt: skip
    else:
        for line in [*notes, *(w["message"] for w in warnings)]:
            print(line, file=out)
        print(f"Draft {report.draft_id}: {report.goals} goals, {report.objectives} objectives, "
              f"{report.measures} measures; {report.skipped} rows skipped", file=out)  # fmt: skip
    return 0


def register_file_commands(strategy: Commands) -> None:
    """`jpoa strategy export` and `import`, in the group strategies.py registers."""
    command = strategy.command(
        "export", export, "a draft as a Word document, a PDF or an Excel sheet"
    )
    command.add_argument("id", type=int)
    command.add_argument("--format", required=True, choices=FORMATS)
    command.add_argument("--out", required=True, help="the file to write")
    command.add_argument("--lang", default="ru", choices=HANDOUT_LANGUAGES)
    command.add_argument("--second", choices=HANDOUT_LANGUAGES, help="a second language")

    command = strategy.command("import", import_file, "read an action-plan table into a new draft")
    command.add_argument("file", help="an XLSX, CSV or Word (.docx) file with the plan's table")
    command.add_argument("--country", required=True, help="the country's code, e.g. KG")
    command.add_argument("--lang", default="ru", choices=HANDOUT_LANGUAGES,
                         help="the language the file is written in")  # fmt: skip
    command.add_argument("--title", help="the draft's title (default: the file's name)")
    command.add_argument("--skip-bad-rows", action="store_true",
                         help="import the good rows when some have problems")  # fmt: skip

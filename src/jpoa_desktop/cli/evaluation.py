"""`jpoa evaluation create|import|scores`: a workshop's pre-test, post-test and evaluation from
the command line, as the Tests & evaluations screen makes and fills them.

`create` prints the form's answer key (`{"form": id, "items": [{"number", "kind", "correct"}]}`)
so a script can mark paper forms; `import` reads the entry grid the app exports or a long
code/item/answer table, refusing the whole file (exit 2, nothing written) when a row is wrong
unless --skip-invalid; `scores` prints what the scores service works out.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from jpoa_desktop.cli.commands import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    Commands,
    answer,
    positive,
    print_json,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.evaluation import FORM_KINDS
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.evaluation.forms import FormView


def create(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    form = services.forms.create(
        args.workshop,
        args.kind,
        questions=args.questions,
        pillars=tuple(args.pillar or ()),
        shuffle=args.shuffle,
        per_session=args.per_session,
        reuse_pre=not args.new_questions,
        seed=args.seed,
    )
    items = [
        {"number": item.number, "kind": item.kind, "correct": item.correct} for item in form.items
    ]
    return answer(
        args,
        out,
        {"form": form.id, "items": items},
        [
            f"form {form.id}: {form.kind}, {len(items)} items",
            *(f"{i['number']:>3}  {i['kind']:<9} {i['correct']}" for i in items),
        ],
    )


def _form(services: Services, workshop: int, kind: str) -> FormView:
    form = services.forms.form(workshop, kind)
    if form is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Workshop {workshop} has no {kind} form; create it first."),
            workshop=workshop,
            kind=kind,
        )
    return form


def import_answers(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """Every row is checked first; with a problem nothing is written (exit 2) unless
    --skip-invalid; --dry-run says what would be written."""
    form = _form(services, args.workshop, args.kind)
    files = services.response_files
    plan = files.plan(form.id, Path(args.file))
    errors = [{"row": p.row, "column": p.column, "message": p.message} for p in plan.problems]
    blocked = bool(plan.problems) and not args.skip_invalid
    written = not (args.dry_run or blocked)
    if written:
        files.apply(plan, skip_invalid=args.skip_invalid)
    result: dict[str, Any] = {
        "form": form.id,
        "layout": plan.layout,
        "people": 0 if blocked else len(plan.people),
        "answers": 0 if blocked else plan.answers,
        "replaced": 0 if blocked else plan.replacing,
        "skipped": 0 if blocked else len(errors),
        "written": written,
        "errors": errors,
    }
    if args.json:
        print_json(result, out)
    else:
        for error in errors:
            print(error["message"], file=out)
        verb = "would import" if args.dry_run else "imported"
        people = "1 person" if result["people"] == 1 else f"{result['people']} people"
        print(
            f"{plan.source}: {verb} the answers of {people} "
            f"({result['answers']} answers, {result['replaced']} replaced), "
            f"skipped {result['skipped']} rows",
            file=out,
        )
        if blocked:
            print("Nothing was imported: fix the rows above or use --skip-invalid.", file=out)
    return EXIT_BAD_INPUT if blocked else EXIT_OK


def scores(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    result = services.scores.workshop(args.workshop)
    data = result.as_json()

    def fraction(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    def lines() -> list[str]:
        gain = result.mean_gain
        text = [f"{'code':<10} {'pre':>5} {'post':>5} {'gain':>5}"]
        text += [
            f"{p.code:<10} {fraction(p.pre):>5} {fraction(p.post):>5} {fraction(p.gain):>5}"
            for p in result.people
        ]
        if gain is not None:
            interval = "" if gain.low is None else f" (95 %: {gain.low:.2f} to {gain.high:.2f})"
            text.append(f"mean gain {gain.mean:.2f}{interval}, {gain.count} people")
        return text

    return answer(args, out, data, lines())


def register(commands: Commands) -> None:
    group = commands.group("evaluation", "pre-tests, post-tests and evaluation forms")
    command = group.command("create", create, "make a workshop's pre-test, post-test or evaluation")
    command.add_argument("--workshop", type=int, required=True)
    command.add_argument("--kind", required=True, choices=FORM_KINDS)
    command.add_argument("--questions", type=positive, help="how many test questions (10)")
    command.add_argument(
        "--pillar",
        type=int,
        action="append",
        choices=(1, 2, 3, 4),
        help="draw from this pillar; repeatable (default: the workshop's pillars)",
    )
    command.add_argument("--shuffle", action="store_true", help="print the items shuffled")
    command.add_argument(
        "--per-session", action="store_true", help="evaluation: ask again for each session"
    )
    command.add_argument(
        "--new-questions",
        action="store_true",
        help="post-test: draw new questions instead of the pre-test's",
    )
    command.add_argument("--seed", type=int, help="repeat the same draw")

    command = group.command(
        "import",
        import_answers,
        "import answers from the exported grid or a code/item/answer table",
    )
    command.add_argument("file", help="FILE.xlsx or FILE.csv")
    command.add_argument("--workshop", type=int, required=True)
    command.add_argument("--kind", required=True, choices=FORM_KINDS)
    command.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    command.add_argument("--skip-invalid", action="store_true", help="import the good rows only")

    command = group.command("scores", scores, "scores and learning gains of a workshop")
    command.add_argument("--workshop", type=int, required=True)

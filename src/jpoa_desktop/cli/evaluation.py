"""`jpoa evaluation create|import|scores`: a workshop's pre-test, post-test and evaluation from
the command line, as the Tests & evaluations screen makes and fills them; and `jpoa questions
list|export|import`, the question bank as the Question bank screen shows it and its XLSX files.

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
    Commands,
    answer,
    import_answer,
    positive,
    problem_rows,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.evaluation import FORM_KINDS
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.evaluation.bank import QuestionFilter
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
    errors = problem_rows(plan.problems)
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
    verb = "would import" if args.dry_run else "imported"
    people = "1 person" if result["people"] == 1 else f"{result['people']} people"
    summary = (
        f"{plan.source}: {verb} the answers of {people} "
        f"({result['answers']} answers, {result['replaced']} replaced), "
        f"skipped {result['skipped']} rows"
    )
    return import_answer(args, out, result, summary, blocked)


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


def _wanted(args: argparse.Namespace) -> QuestionFilter:
    return QuestionFilter(
        item_key=f"pillar-{args.pillar}" if args.pillar else "",
        purpose=args.purpose or "",
        search=getattr(args, "search", None) or "",
        include_retired=args.retired,
    )


def list_questions(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    questions = services.question_bank.questions(_wanted(args))
    data: list[dict[str, Any]] = [
        {
            "id": q.id,
            "uuid": q.uuid,
            "item_key": q.item_key,
            "purpose": q.purpose,
            "kind": q.kind,
            "aspect": q.aspect,
            "text": q.text(args.lang),
            "correct": q.correct,
            "tags": list(q.tags),
            "retired": q.retired,
        }
        for q in questions
    ]
    lines = (f"{q['id']:>5}  {q['item_key'] or q['aspect']:<12} {q['kind']:<9} {q['text']}"
             for q in data)  # fmt: skip
    return answer(args, out, data, lines)


def export_questions(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    written = services.question_files.export(Path(args.out), _wanted(args))
    return answer(args, out, {"questions": written}, [f"{args.out}: {written} questions written"])


def import_questions(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """Every row is checked first; with a problem nothing is written (exit 2) unless
    --skip-invalid; a row whose uuid the bank knows updates that question."""
    files = services.question_files
    plan = files.plan(Path(args.file))
    errors = problem_rows(plan.problems)
    blocked = bool(plan.problems) and not args.skip_invalid
    added = updated = 0
    if not (args.dry_run or blocked):
        report = files.import_plan(plan, skip_invalid=args.skip_invalid)
        added, updated = report.added, report.updated
    elif not blocked:
        added, updated = plan.count("new"), plan.count("updated")
    result = {
        "added": added,
        "updated": updated,
        "unchanged": plan.count("unchanged"),
        "written": not (args.dry_run or blocked),
        "errors": errors,
    }
    verb = "would add" if args.dry_run else "added"
    summary = (
        f"{plan.source}: {verb} {added}, updated {updated}, unchanged {result['unchanged']}, "
        f"{len(errors)} rows with a problem"
    )
    return import_answer(args, out, result, summary, blocked)


def _filters(command: argparse.ArgumentParser) -> None:
    command.add_argument("--pillar", type=int, choices=(1, 2, 3, 4), help="a pillar and its areas")
    command.add_argument("--purpose", choices=("test", "evaluation"))
    command.add_argument("--retired", action="store_true", help="retired questions too")


def register_questions(commands: Commands) -> None:
    group = commands.group("questions", "the question bank: list it, export it, import it")
    command = group.command("list", list_questions, "the bank's questions")
    _filters(command)
    command.add_argument("--search", help="words in any language of the texts and options")
    command.add_argument("--lang", default="en", help="the language to show (default: en)")
    command = group.command("export", export_questions, "write the bank (or part of it) to XLSX")
    command.add_argument("--out", required=True, help="FILE.xlsx")
    _filters(command)
    command = group.command("import", import_questions, "read questions from an XLSX bank")
    command.add_argument("file", help="FILE.xlsx (a bank exported here or prepared in Excel)")
    command.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    command.add_argument("--skip-invalid", action="store_true", help="import the good rows only")

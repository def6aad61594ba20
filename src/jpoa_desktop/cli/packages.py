"""`jpoa package export` and `jpoa package import`: workshops or a strategy draft to a `.jpoa`
file for another laptop, and such a file merged into this database.

jpoa package export (--workshop ID [--workshop ID …] | --strategy ID) --out FILE.jpoa
                    [--passphrase-file F] [--json]
jpoa package import FILE.jpoa [--dry-run] [--json] [--passphrase-file F]
                    [--conflicts mine|theirs] [--merge-people]

A passphrase is never an argument (anyone on the machine could read it in `ps`): it is the first
line of a file. An import reads and previews the whole package before it writes anything, so a
refused package (hostile, wrong passphrase, from a newer app) is one line and exit 2 with the
database untouched, and a package already merged writes nothing at all (not even a backup).
By default nothing here is lost: conflicts keep this laptop's side and look-alike people stay
apart; both are listed, and `--conflicts theirs` / `--merge-people` take the other way.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from jpoa_desktop.cli.commands import Commands, answer
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError, unreadable
from jpoa_desktop.model.exchange import (
    SIDES,
    ImportOutcome,
    ImportPreview,
    MergeChoices,
    PersonMatch,
)
from jpoa_desktop.model.packages import JsonObject
from jpoa_desktop.services.container import Services

MAX_PASSPHRASE = 1024  # bytes; the first line of a larger file is refused, not cut

NOUNS: dict[str, tuple[str, str]] = {
    "workshop": ("workshop", "workshops"),
    "person": ("person", "people"),
    "organisation": ("organisation", "organisations"),
    "registration": ("registration", "registrations"),
    "attendance": ("attendance mark", "attendance marks"),
    "agenda_session": ("agenda session", "agenda sessions"),
    "agenda_speaker": ("speaker", "speakers"),
    "workshop_tag": ("workshop topic", "workshop topics"),
    "workshop_branding": ("branding", "brandings"),
    "workshop_image": ("image", "images"),
    "strategy_draft": ("strategy draft", "strategy drafts"),
    "strategy_item": ("plan item", "plan items"),
    "strategy_indicator": ("indicator", "indicators"),
    "strategy_budget": ("budget line", "budget lines"),
    "strategy_mapping": ("framework link", "framework links"),
    "strategy_comment": ("comment", "comments"),
    "strategy_version": ("saved version", "saved versions"),
}
"""What a table's records are called in a sentence (a table not listed is called by its name)."""


def read_passphrase(name: str | None) -> bytes | None:
    """The first line of the file `name` (without its line end), or None without a file."""
    if name is None:
        return None
    path = Path(name).expanduser()
    try:
        with path.open("rb") as file:
            head = file.read(MAX_PASSPHRASE + 2)
    except FileNotFoundError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The passphrase file {file} does not exist."),
            file=str(path),
        ) from None
    except OSError as exc:
        raise unreadable(str(path), exc) from None
    line = head.split(b"\n", 1)[0].removesuffix(b"\r")
    if not line:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The passphrase file {file} is empty: its first line is the passphrase."
            ),
            file=str(path),
        )
    if len(line) > MAX_PASSPHRASE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The first line of {file} is longer than a passphrase can be ({limit})."
            ),
            file=str(path),
            limit=MAX_PASSPHRASE,
        )
    return line


def counted(counts: dict[str, int]) -> str:
    """ "3 workshops, 12 people, 240 attendance marks": the tables in the given order, none at 0."""
    parts = []
    for table, count in counts.items():
        if count:
            one, many = NOUNS.get(table, (f"{table} record", f"{table} records"))
            parts.append(f"{count} {one if count == 1 else many}")
    return ", ".join(parts) or "nothing"


def export(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    passphrase = read_passphrase(args.passphrase_file)
    target = Path(args.out).expanduser()
    if args.strategy is not None:
        written = services.packages.export_strategy(args.strategy, target, passphrase)
    else:
        written = services.packages.export_workshops(args.workshop, target, passphrase)
    sealed = "encrypted" if written.sealed else "not encrypted"
    return answer(
        args,
        out,
        {
            "file": written.path,
            "counts": dict(written.counts),
            "sealed": written.sealed,
            "size": written.size,
        },
        [
            f"Wrote {written.path} ({written.size} bytes, {sealed})",
            f"It holds {counted(written.counts)}.",
        ],
    )


def import_package(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    passphrase = read_passphrase(args.passphrase_file)
    path = Path(args.file).expanduser()
    preview = services.packages.preview(path, passphrase)
    matches = frozenset(m.incoming_uuid for m in preview.person_matches)
    merged = matches if args.merge_people else frozenset()
    if preview.changes_anything:
        choices = MergeChoices(all_conflicts=args.conflicts, merge_people=merged)
        outcome = services.packages.apply(path, choices, passphrase, dry_run=args.dry_run)
    else:  # the same package again: nothing to write, not even a backup
        outcome = ImportOutcome(
            added=dict.fromkeys(preview.added, 0),
            updated=dict.fromkeys(preview.updated, 0),
            unchanged=preview.unchanged,
            conflicts=(),
            dry_run=args.dry_run,
        )
    data = outcome.as_json()
    data["person_matches"] = [
        _match_json(m, m.incoming_uuid in merged) for m in preview.person_matches
    ]
    return answer(args, out, data, _outcome_lines(path, preview, outcome, merged))


def _match_json(match: PersonMatch, merged: bool) -> JsonObject:
    return {
        "incoming_uuid": match.incoming_uuid,
        "incoming_name": match.incoming_name,
        "local_uuid": match.local_uuid,
        "local_name": match.local_name,
        "reason": match.reason,
        "merged": merged,
    }


def _outcome_lines(
    path: Path, preview: ImportPreview, outcome: ImportOutcome, merged: frozenset[str]
) -> Iterator[str]:
    made = f"{preview.created_at:%Y-%m-%d %H:%M} UTC"
    yield f"{path.name}: made on {preview.created_by or 'another laptop'}, {made}."
    if outcome.dry_run:
        yield "Dry run: nothing was written. The import would do this:"
    elif not preview.changes_anything:
        yield "Everything in this package is already here; nothing was written."
    yield from merge_lines(outcome, preview.person_matches, merged, ("package", "laptops"))
    if outcome.backup:
        yield f"The database as it was is backed up at {outcome.backup}"


def merge_lines(
    outcome: ImportOutcome,
    matches: Sequence[PersonMatch],
    merged: frozenset[str],
    names: tuple[str, str],
) -> Iterator[str]:
    """What a merge did, a line each: counts, conflicts and look-alike people. `names`: what
    the incoming side and both sides are called ("package", "laptops")."""
    yield f"Added: {counted(outcome.added)}."
    yield f"Updated: {counted(outcome.updated)}."
    yield f"Unchanged: {outcome.unchanged} records."
    incoming, both = names
    if outcome.conflicts:
        here = "this laptop's" if both == "laptops" else "the server's"
        kept = f"the {incoming}'s side taken" if outcome.taken_theirs else f"{here} side kept"
        yield f"Changed on both {both} ({kept}; see --conflicts):"
        for conflict in outcome.conflicts:
            yield f"  {conflict.label}: {', '.join(c.field for c in conflict.changes)}"
    if matches:
        yield "The same person under another record (merged only with --merge-people):"
        for m in matches:
            verdict = "merged" if m.incoming_uuid in merged else "kept apart"
            yield f"  {m.incoming_name} ~ {m.local_name} ({m.reason}): {verdict}"


def register(commands: Commands) -> None:
    package = commands.group("package", "exchange workshops or a draft with another laptop")
    command = package.command(
        "export", export, "write workshops or a strategy draft to a .jpoa package"
    )
    what = command.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--workshop",
        metavar="ID",
        type=int,
        action="append",
        help="a workshop to export (repeat for several)",
    )
    what.add_argument("--strategy", metavar="ID", type=int, help="a strategy draft to export")
    command.add_argument("--out", metavar="FILE.jpoa", required=True, help="the package to write")
    _passphrase_option(command, "encrypt the package with the passphrase on the first line of F")
    command = package.command(
        "import", import_package, "merge a .jpoa package into the database (previewed first)"
    )
    command.add_argument("file", metavar="FILE.jpoa", help="the package to import")
    command.add_argument(
        "--dry-run", action="store_true", help="say what would change; write nothing"
    )
    _passphrase_option(command, "the passphrase of an encrypted package, on the first line of F")
    command.add_argument(
        "--conflicts",
        choices=SIDES,
        default="mine",
        help="records changed on both laptops: keep mine (default) or take theirs",
    )
    command.add_argument(
        "--merge-people",
        action="store_true",
        help="merge the people the import finds here under another record",
    )


def _passphrase_option(command: argparse.ArgumentParser, help_text: str) -> None:
    command.add_argument("--passphrase-file", metavar="F", help=help_text)

"""Moving a laptop's SQLite file onto the team's server (`jpoa server import-sqlite FILE`).

The data goes the way it goes between two laptops, so that one set of rules decides what is the
same record and what is a conflict: packages are exported from the file (every workshop with
every person, organisation and question, also those no workshop names, and each strategy
draft) and imported into the server with the exchange's merge. Into an empty server that is a
first load of everything; into a server that has data, records are matched by uuid and by
natural key, a record changed on both sides is a conflict (the server's side is kept unless
asked otherwise) and each conflict is listed: nothing is overwritten silently.

All the packages are written in one transaction: a run killed midway leaves the server as it
was. What does not travel, as between laptops: the library (the server loads its own with
`jpoa init`), signing keys (a laptop's keys stay on it), the history of merged people, the
search indexes (each database builds its own) and the audit log. Nothing is remembered in the
file as exchanged (a file of an older version is upgraded first, with a backup, as opening it
does), so a later package from the server into the laptop lists a record changed on both sides
as a conflict instead of guessing which side is newer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import func, select

from jpoa_desktop.db.strategy_models import StrategyDraft
from jpoa_desktop.db.workshop_models import Organisation, Person, Workshop
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.exchange import ImportOutcome, MergeChoices, PersonMatch, Side
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.packages.packages import PackageService, phase

_OWN_DATA = (Workshop, Person, Organisation, StrategyDraft)


@dataclass(frozen=True)
class SqliteImport:
    """What moving a file onto the server did (or, for a dry run, would do)."""

    source: str
    first_load: bool  # the server held no workshops, people, organisations or drafts before
    drafts: int
    person_matches: tuple[PersonMatch, ...]
    merged_people: frozenset[str]
    outcome: ImportOutcome


class SqliteImportService:
    """Loads a laptop's file into the open server database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def import_file(
        self,
        source: Path,
        conflicts: Side = "mine",
        merge_people: bool = False,
        dry_run: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> SqliteImport:
        """Export the file's packages into a temporary folder, then merge them all into the
        server in one transaction, settling conflicts for `conflicts` and merging the people
        the merge proposes only with `merge_people`."""
        if self._db.path is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{database} is a database file, not a server; "
                    "move data between files with a package.",
                ),
                database=self._db.display_name,
            )
        laptop = open_database(str(source), create=False)
        try:
            with TemporaryDirectory(prefix="jpoa-import-") as folder:
                paths, drafts = _export(laptop, Path(folder), phase(progress, 0, 3), cancelled)
                first_load = self._holds_nothing()
                packages = PackageService(self._db)
                matches = _person_matches(packages, paths, phase(progress, 1, 3), cancelled)
                merged = frozenset(m.incoming_uuid for m in matches if merge_people)
                choices = MergeChoices(all_conflicts=conflicts, merge_people=merged)
                outcome = packages.apply_all(
                    paths, choices, dry_run, phase(progress, 2, 3), cancelled
                )
        finally:
            laptop.dispose()
        return SqliteImport(str(source), first_load, drafts, matches, merged, outcome)

    def _holds_nothing(self) -> bool:
        with self._db.session_scope() as session:
            return all(
                session.scalar(select(func.count()).select_from(model)) == 0 for model in _OWN_DATA
            )


def _person_matches(
    packages: PackageService, paths: list[Path], progress: Progress, cancelled: CancelCheck
) -> tuple[PersonMatch, ...]:
    """The people in the packages who look like someone on the server under another record."""
    found: list[PersonMatch] = []
    for n, path in enumerate(paths):
        progress(n, len(paths))
        found += packages.preview(path, None, no_progress, cancelled).person_matches
    progress(len(paths), len(paths))
    return tuple(found)


def _export(
    laptop: Database, folder: Path, progress: Progress, cancelled: CancelCheck
) -> tuple[list[Path], int]:
    """The file's packages: one of everything but the drafts, then one per draft."""
    with laptop.session_scope() as session:
        drafts = list(session.scalars(select(StrategyDraft.id).order_by(StrategyDraft.id)))
    packages = PackageService(laptop)
    steps = 1 + len(drafts)
    everything = folder / "workshops.jpoa"
    packages.export_everything(everything, phase(progress, 0, steps), cancelled)
    paths = [everything]
    for n, draft in enumerate(drafts, start=1):
        path = folder / f"strategy-{draft}.jpoa"
        packages.export_strategy(
            draft, path, None, phase(progress, n, steps), cancelled, remember=False
        )
        paths.append(path)
    progress(steps, steps)
    return paths, len(drafts)

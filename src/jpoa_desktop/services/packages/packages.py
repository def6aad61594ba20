"""Exchange packages: export workshops or a strategy draft to a `.jpoa` file, and import one
with a merge that is previewed before anything is written.

The file format lives in `io/packages/` (which never sees the database), the records in
`gathering`, the merge in `merge_plan` (read-only) and `merge_apply` (the writes). An import
reads the package twice, for the preview and for the write, and plans again inside the write
transaction: whatever changed here in between is seen, and the preview never holds a lock.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from jpoa_desktop import __version__
from jpoa_desktop.db.engine import lock_for_writing
from jpoa_desktop.errors import unreadable
from jpoa_desktop.io.packages.envelope import is_sealed
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.io.packages.writing import write_package
from jpoa_desktop.model.exchange import ExportSummary, ImportOutcome, ImportPreview, MergeChoices
from jpoa_desktop.model.packages import JsonObject, PackageContents, PackageKind
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.exchange.backup import backup_before
from jpoa_desktop.services.exchange.laptop import laptop_name
from jpoa_desktop.services.packages.exchange_state import load_bases, save_bases
from jpoa_desktop.services.packages.gathering import (
    Tables,
    gather_everything,
    gather_strategy,
    gather_workshops,
)
from jpoa_desktop.services.packages.merge_apply import PlanWriter
from jpoa_desktop.services.packages.merge_plan import MergePlan, Planner
from jpoa_desktop.services.packages.record_specs import TABLES_OF
from jpoa_desktop.services.packages.record_values import digest
from jpoa_desktop.services.packages.table_writes import page_cache

Gather = Callable[[Session, Progress, CancelCheck], tuple[Tables, JsonObject]]
_HEAD_BYTES = 16


def phase(progress: Progress, index: int, phases: int) -> Progress:
    """`progress` for the `index`-th of `phases` equal steps of one longer piece of work."""

    def report(done: int, total: int) -> None:
        share = 1000 * done // total if total else 1000
        progress(1000 * index + share, 1000 * phases)

    return report


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while, then as it was.

    Reading and planning a large package allocates millions of small dicts, lists and strings
    (the large demo's 300,000 records), and each allocation past a threshold makes the collector
    walk everything still alive, which is all of them: a tenth of the import's time, for
    nothing, since JSON records, rows and tuples never form cycles (reference counting frees
    them). It is process-wide, so it is switched back on exactly when it was on before, even
    when the import fails or is cancelled."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _DryRun(Exception):
    """Leaves the import's transaction so that it rolls back, carrying what it would do."""

    def __init__(self, outcome: ImportOutcome) -> None:
        super().__init__()
        self.outcome = outcome


def _counts(plan: MergePlan, what: str) -> dict[str, int]:
    found = {t.spec.name: len(getattr(t, what)) for t in plan.tables}
    return {name: count for name, count in found.items() if count}


def _after_a_third(progress: Progress) -> Progress:
    """`progress` for work that starts a third of the way and runs to the end."""

    def report(done: int, total: int) -> None:
        share = 1000 * done // total if total else 1000
        progress(1000 + 2 * share, 3000)

    return report


def _summed(outcomes: Sequence[ImportOutcome], backup: str, dry_run: bool) -> ImportOutcome:
    """One outcome for packages imported one after the other."""

    def total(what: str) -> dict[str, int]:
        found: dict[str, int] = {}
        for outcome in outcomes:
            for name, count in getattr(outcome, what).items():
                found[name] = found.get(name, 0) + count
        return found

    return ImportOutcome(
        added=total("added"),
        updated=total("updated"),
        unchanged=sum(o.unchanged for o in outcomes),
        conflicts=tuple(c for o in outcomes for c in o.conflicts),
        taken_theirs=sum(o.taken_theirs for o in outcomes),
        people_merged=sum(o.people_merged for o in outcomes),
        backup=backup,
        dry_run=dry_run,
        deleted_here=sum(o.deleted_here for o in outcomes),
    )


class PackageService:
    """Export and import of `.jpoa` packages for one open database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def export_workshops(
        self,
        workshop_ids: Sequence[int],
        path: Path,
        passphrase: bytes | None = None,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> ExportSummary:
        """Write the workshops with their people, registrations, marks, agenda and branding."""
        ids = list(workshop_ids)
        gather: Gather = lambda session, *report: gather_workshops(session, ids, *report)  # noqa: E731
        return self._export("workshops", gather, path, passphrase, progress, cancelled)

    def export_everything(
        self,
        path: Path,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> ExportSummary:
        """Write every workshop and every person, organisation and question of the database,
        also those no workshop names: the whole of a laptop's file but its strategy drafts.
        Nothing is remembered as exchanged (`import-sqlite` cannot know yet that it will be)."""
        return self._export(
            "workshops", gather_everything, path, None, progress, cancelled, remember=False
        )

    def export_strategy(
        self,
        draft_id: int,
        path: Path,
        passphrase: bytes | None = None,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
        *,
        remember: bool = True,
    ) -> ExportSummary:
        """Write one strategy draft with its items, what hangs on them, and its versions;
        `remember`: what went out is the base of the next merge with whoever imports it."""
        gather: Gather = lambda session, *report: gather_strategy(session, draft_id, *report)  # noqa: E731
        return self._export(
            "strategy", gather, path, passphrase, progress, cancelled, remember=remember
        )

    def is_sealed(self, path: Path) -> bool:
        """Whether the package at `path` needs a passphrase to be read."""
        try:
            with path.open("rb") as file:
                return is_sealed(file.read(_HEAD_BYTES))
        except OSError as error:
            raise unreadable(path.name, error) from None

    def preview(
        self,
        path: Path,
        passphrase: bytes | None = None,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> ImportPreview:
        """What importing the package would do (taking every proposed person match); writes
        nothing."""
        with collector_paused():
            contents = read_package(path, passphrase, phase(progress, 0, 2), cancelled)
            with self._db.session_scope() as session:
                planner = Planner(session, path, contents, lambda _uuid: True)
                plan = planner.plan(phase(progress, 1, 2), cancelled)
        progress(2, 2)
        return ImportPreview(
            path=str(path),
            kind=contents.kind,
            created_by=contents.created_by,
            created_at=contents.created_at,
            holds=contents.holds,
            added=_counts(plan, "adds"),
            updated=_counts(plan, "updates"),
            unchanged=sum(t.unchanged for t in plan.tables),
            conflicts=tuple(c for t in plan.tables for c, _, _ in t.conflicts),
            person_matches=tuple(plan.person_matches),
            deleted_here=sum(t.deleted_here for t in plan.tables),
        )

    def apply(
        self,
        path: Path,
        choices: MergeChoices,
        passphrase: bytes | None = None,
        dry_run: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> ImportOutcome:
        """Import the package: back up first, then plan and write in one transaction, settling
        conflicts and person matches by `choices`. A dry run rolls it all back."""
        with collector_paused():
            return self._apply([path], choices, passphrase, dry_run, progress, cancelled)

    def apply_all(
        self,
        paths: Sequence[Path],
        choices: MergeChoices,
        dry_run: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> ImportOutcome:
        """Import several unsealed packages in one transaction, one after the other (a
        laptop's file moved onto a server): all of them or, if any fails, none."""
        with collector_paused():
            return self._apply(paths, choices, None, dry_run, progress, cancelled)

    def _apply(
        self,
        paths: Sequence[Path],
        choices: MergeChoices,
        passphrase: bytes | None,
        dry_run: bool,
        progress: Progress,
        cancelled: CancelCheck,
    ) -> ImportOutcome:
        # A third of the way reading every package, then planning and writing each in turn.
        reading, writing = phase(progress, 0, 3), _after_a_third(progress)
        packages = [
            (path, read_package(path, passphrase, phase(reading, n, len(paths)), cancelled))
            for n, path in enumerate(paths)
        ]
        shares = [phase(writing, n, len(paths)) for n in range(len(paths))]
        try:
            with self._db.session_scope() as session:
                backup = None if dry_run else backup_before(session, "before-package-import")
                lock_for_writing(session)
                outcomes = [
                    self._write(session, path, contents, choices, share, cancelled)
                    for (path, contents), share in zip(packages, shares, strict=True)
                ]
                outcome = _summed(outcomes, str(backup.path) if backup else "", dry_run)
                if dry_run:
                    raise _DryRun(outcome)
        except _DryRun as rolled_back:
            return rolled_back.outcome
        return outcome

    @staticmethod
    def _write(
        session: Session,
        path: Path,
        contents: PackageContents,
        choices: MergeChoices,
        progress: Progress,
        cancelled: CancelCheck,
    ) -> ImportOutcome:
        """Plan one package against the database as it now is, and write the plan."""
        planner = Planner(session, path, contents, choices.merge_people.__contains__)
        plan = planner.plan(phase(progress, 0, 2), cancelled)
        writer = PlanWriter(session, planner.ids, phase(progress, 1, 2), cancelled)
        with page_cache(session):
            taken = writer.write(plan, choices)
        updated = _counts(plan, "updates")
        for table in plan.tables:
            for conflict, _, _ in table.conflicts:
                if choices.side_for(conflict.uuid) == "theirs":
                    updated[table.spec.name] = updated.get(table.spec.name, 0) + 1
        return ImportOutcome(
            added=_counts(plan, "adds"),
            updated=updated,
            unchanged=sum(t.unchanged for t in plan.tables),
            conflicts=tuple(c for t in plan.tables for c, _, _ in t.conflicts),
            taken_theirs=taken,
            people_merged=plan.people_merged,
            deleted_here=sum(t.deleted_here for t in plan.tables),
        )

    def _export(
        self,
        kind: PackageKind,
        gather: Gather,
        path: Path,
        passphrase: bytes | None,
        progress: Progress,
        cancelled: CancelCheck,
        *,
        remember: bool = True,
    ) -> ExportSummary:
        with self._db.session_scope() as session:
            tables, holds = gather(session, phase(progress, 0, 2), cancelled)
        contents = PackageContents(
            kind=kind,
            app_version=__version__,
            created_at=datetime.now(UTC),
            created_by=laptop_name(),
            tables=tables,
            holds=holds,
        )
        write_package(path, contents, passphrase, phase(progress, 1, 2), cancelled)
        if remember:
            self._remember(kind, tables)
        return ExportSummary(
            path=str(path),
            counts=contents.counts(),
            sealed=passphrase is not None,
            size=path.stat().st_size,
        )

    def _remember(self, kind: PackageKind, tables: Tables) -> None:
        # What went out is what both sides hold now: the base the next merge compares with.
        remembered = [s.name for s in TABLES_OF[kind] if s.remembered]
        digests = {str(r["uuid"]): digest(r) for name in remembered for r in tables[name]}
        with self._db.session_scope() as session:
            save_bases(session, digests, load_bases(session, digests))

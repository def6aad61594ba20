"""Writing a merge plan: inserts in the order records refer to each other, in batches, then the
updates, then what the next merge needs (the new bases and aliases), in the caller's one
transaction.

Rows are written to the tables (Core), many at a time: the large demo's 400 workshops are some
300,000 rows. Cancelling is looked at between batches; the caller's transaction then rolls the
whole import back. What this laptop derives itself is kept right on the way: a person's sort
key and search words, and badge codes, which must be unique across the database (a registration
from elsewhere whose code is taken here gets a fresh one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, DateTime, delete, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import BATCH
from jpoa_desktop.db.workshop_models import PersonWordIndex, Registration
from jpoa_desktop.errors import Cancelled
from jpoa_desktop.model.badge_codes import random_badge_code
from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.indexes.person_words import sort_key, word_rows
from jpoa_desktop.services.packages.exchange_state import save_aliases, save_bases
from jpoa_desktop.services.packages.gathering import STOPPED
from jpoa_desktop.services.packages.merge_plan import MergePlan, TablePlan, Written
from jpoa_desktop.services.packages.record_specs import TableSpec
from jpoa_desktop.services.packages.table_writes import (
    insert_many,
    insert_with_ids,
    stored_date,
    stored_time,
    stores_text,
    update_many,
)
from jpoa_desktop.services.people.erasure import empty_merges

Row = dict[str, Any]


class PlanWriter:
    """Writes one plan; `ids(table)` is the planner's uuid → id map, kept up to date here."""

    def __init__(
        self,
        session: Session,
        ids: Callable[[str], dict[str, int]],
        progress: Progress,
        cancelled: CancelCheck,
    ) -> None:
        self._session, self._ids = session, ids
        self._progress, self._cancelled = progress, cancelled
        self._done = self._total = 0
        self._badges: dict[str, str] | None = None  # badge code → registration uuid
        self._stores_text = stores_text(session)

    def write(self, plan: MergePlan, choices: MergeChoices) -> int:
        """Write `plan`, settling its conflicts by `choices`; returns how many were taken
        from the package's side."""
        taken = 0
        chosen: list[tuple[TablePlan, list[Written]]] = []
        for table in plan.tables:
            theirs = [(r, v) for c, r, v in table.conflicts if choices.side_for(c.uuid) == "theirs"]
            taken += len(theirs)
            chosen.append((table, table.updates + theirs))
        self._total = sum(len(t.adds) + len(u) for t, u in chosen) + len(plan.bases)
        for table, updates in chosen:
            for layer in table.layers:
                self._insert(table.spec, layer)
            self._update(table.spec, updates)
        save_bases(self._session, plan.bases, plan.known_bases)
        save_aliases(self._session, plan.aliases)
        self._step(len(plan.bases))
        return taken

    def _step(self, rows: int) -> None:
        if self._cancelled():
            raise Cancelled(STOPPED)
        self._done += rows
        self._progress(self._done, self._total)

    def _rows(self, spec: TableSpec, batch: list[Written]) -> list[Row]:
        """The rows to write for `batch`: the plan's values (written once, so taken as they
        are) with references as ids and what this laptop derives itself."""
        records = [record for record, _ in batch]
        rows = [row for _, row in batch]
        for ref in spec.references:  # a column at a time: list comprehensions, not calls
            ids = self._ids(ref.table)
            targets = [record.get(ref.field) for record in records]
            _put(rows, ref.column, [None if t is None else ids[str(t)] for t in targets])
        for name, stored in _stored_texts(spec) if self._stores_text else ():
            # the package's own text, not its parsed object printed again
            _put(rows, name, list(map(stored, [record.get(name) for record in records])), True)
        for row in rows:
            if spec.name == "person":
                row["sort_key"] = sort_key(row["family_name"], row["given_name"], row["patronymic"])
            elif spec.name == "registration":
                row["badge_code"] = self._free_badge(str(row["badge_code"]), str(row["uuid"]))
        return rows

    def _insert(self, spec: TableSpec, written: list[Written]) -> None:
        everything = self._rows(spec, written)
        if spec.references:  # in the order of what they belong to, as the indexes are kept:
            # a package lists records by uuid, and 200,000 marks inserted in that random order
            # touch the pages of their indexes at random
            first = spec.references[0].column
            if any(row[first] is None for row in everything):
                everything.sort(key=lambda row: (row[first] is not None, row[first] or 0))
            else:  # the usual case, sorted by the C key (no tuple made per row)
                everything.sort(key=itemgetter(first))
        for start in range(0, len(everything), BATCH):
            rows = everything[start : start + BATCH]
            ids = insert_with_ids(self._session, spec.model, rows)
            known = self._ids(spec.name)
            known.update((row["uuid"], new_id) for row, new_id in zip(rows, ids, strict=True))
            if spec.name == "person":
                self._index_words(zip(ids, rows, strict=True))
            self._step(len(rows))

    def _update(self, spec: TableSpec, written: list[Written]) -> None:
        known = self._ids(spec.name)
        for start in range(0, len(written), BATCH):
            batch = written[start : start + BATCH]
            rows = self._rows(spec, batch)
            for row in rows:
                row["id"] = known[row.pop("uuid")]
            update_many(self._session, spec.model, rows)
            if spec.name == "person":
                ids = [row["id"] for row in rows]
                self._session.execute(
                    delete(PersonWordIndex).where(PersonWordIndex.person_id.in_(ids))
                )
                self._index_words(zip(ids, rows, strict=True))
                # an erasure from there: this laptop's merges of them hold their old data too
                empty_merges(self._session, [r["id"] for r in rows if r["erased_at"] is not None])
            self._step(len(batch))

    def _index_words(self, people: Iterable[tuple[int, Row]]) -> None:
        rows = [word for person_id, row in people for word in word_rows(person_id, row)]
        insert_many(self._session, PersonWordIndex, rows)

    def _free_badge(self, code: str, uuid: str) -> str:
        """`code`, or a fresh one when another registration here has it."""
        if self._badges is None:
            found = self._session.execute(select(Registration.badge_code, Registration.uuid))
            self._badges = dict(found.all())
        while self._badges.get(code, uuid) != uuid:
            code = random_badge_code()
        self._badges[code] = uuid
        return code


def _put(rows: list[Row], name: str, values: list[Any], skip_none: bool = False) -> None:
    """Each row's `name` set to its value (left as it is where the value is None and
    `skip_none`)."""
    for row, value in zip(rows, values, strict=True):
        if value is not None or not skip_none:
            row[name] = value


@cache
def _stored_texts(spec: TableSpec) -> tuple[tuple[str, Callable[[Any], str | None]], ...]:
    """The date and time columns of `spec`'s table, each with what turns a record's text into
    what SQLite stores."""
    found: list[tuple[str, Callable[[Any], str | None]]] = []
    for name in spec.travelling_columns:
        column_type = spec.table.columns[name].type
        if isinstance(column_type, DateTime):
            found.append((name, stored_time))
        elif isinstance(column_type, Date):
            found.append((name, stored_date))
    return tuple(found)

"""What importing a package would change here, found without writing anything.

For each record, in the order records refer to each other:

- its uuid, or the local uuid an earlier exchange aliased it to, is here → the same record;
- else a local record has the same natural key (two check-in laptops marked the same person
  on the same day) → the same record, and its uuid becomes an alias;
- else a person who looks like someone here (see `person_matches`) → a proposed match: taken,
  the person is the local one and their registrations and marks attach to them;
- else it is new.

The same record is settled by `merge_rules` (digests, the base both sides last exchanged, and
which changed last). An attendance mark is never a conflict: the two marks become one holding
every scan of both, `marked_at` the earliest.

Deletions do not travel: a record missing from a package is left as it is. A record deleted
here after it was last exchanged, which the package holds unchanged (its digest is the base),
stays deleted, and so does what belongs to it; changed over there, it comes back. Attendance
marks keep no base: a mark taken back here stays taken back unless scanned again over there
since (`exchange.taken_back`).

After the import every record of the package is remembered with its package digest as the new
base: the next import of the same package finds every record unchanged or "only mine changed".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.models import TakenBackMark
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from jpoa_desktop.model.exchange import Conflict, PersonMatch
from jpoa_desktop.model.packages import Json, JsonObject, PackageContents
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.exchange.taken_back import TakenBackMarks
from jpoa_desktop.services.packages.exchange_state import chunks, load_aliases, load_bases
from jpoa_desktop.services.packages.gathering import STOPPED
from jpoa_desktop.services.packages.mark_scans import merged_mark
from jpoa_desktop.services.packages.merge_rules import conflict, decide
from jpoa_desktop.services.packages.natural_keys import (
    distinct_keys,
    hashable,
    inverse,
    natural_keys,
)
from jpoa_desktop.services.packages.person_matches import PersonMatcher
from jpoa_desktop.services.packages.record_specs import TABLES_OF, TableSpec
from jpoa_desktop.services.packages.record_values import (
    BadValue,
    decode_records,
    decode_values,
    digest,
    encode_row,
    stored_columns,
)

Values = dict[str, Any]
Written = tuple[JsonObject, Values]


@dataclass
class TablePlan:
    """One table's share of the plan; records are in this laptop's uuids, with their values."""

    spec: TableSpec
    adds: list[Written] = field(default_factory=list)
    updates: list[Written] = field(default_factory=list)
    conflicts: list[tuple[Conflict, JsonObject, Values]] = field(default_factory=list)
    unchanged: int = 0
    deleted_here: int = 0  # deleted here since the last exchange, unchanged there: stay deleted
    layers: list[list[Written]] = field(default_factory=list)  # the adds, parents first


@dataclass
class MergePlan:
    tables: list[TablePlan]
    bases: dict[str, str]  # local uuid → the package's digest, to remember
    known_bases: dict[str, str]  # what was remembered before
    aliases: dict[str, str]  # new: uuid from elsewhere → local uuid
    person_matches: list[PersonMatch]
    people_merged: int


def _refused(path: Path, table: str, uuid: str, reason: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is refused: table {table}, record {uuid}: {reason}."),
        file=path.name,
        table=table,
        uuid=uuid,
        reason=reason,
    )


class Planner:
    """Plans one package against one session's database; `merge_person(uuid)` says whether a
    proposed person match is taken (a preview takes them all, to count what follows)."""

    def __init__(
        self,
        session: Session,
        path: Path,
        contents: PackageContents,
        merge_person: Callable[[str], bool],
    ) -> None:
        self._session, self._path, self._contents = session, path, contents
        self._merge_person = merge_person
        self._local = load_aliases(session)  # any uuid → the local uuid it names
        self._ids: dict[str, dict[str, int]] = {}  # table → local uuid → id
        self._adding: dict[str, set[str]] = {}
        self._aliases: dict[str, str] = {}
        self._matches: list[PersonMatch] = []
        self._merged = 0
        self._kept: set[str] = set()  # people just merged into someone here: kept as they are
        self._gone: set[str] = set()  # records deleted here that the package holds unchanged
        self._bases: dict[str, str] = {}
        self._taken_back = TakenBackMarks(session)
        names = {
            str(r["uuid"]): str(r.get("name", "")) for r in contents.tables.get("organisation", [])
        }
        self._people = PersonMatcher(session, names)

    def plan(
        self, progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled
    ) -> MergePlan:
        """The plan, table by table; `cancelled` is asked between tables."""
        specs = TABLES_OF[self._contents.kind]
        known = {spec.name for spec in specs}
        for name in self._contents.tables:
            if name not in known:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{file} is refused: it holds a table {table}."),
                    file=self._path.name,
                    table=name,
                )
        tables = []
        for done, spec in enumerate(specs):
            progress(done, len(specs))
            if cancelled():
                raise Cancelled(STOPPED)
            tables.append(self._table(spec))
        progress(len(specs), len(specs))
        return MergePlan(
            tables,
            self._bases,
            load_bases(self._session, self._bases),
            self._aliases,
            self._matches,
            self._merged,
        )

    def ids(self, table: str) -> dict[str, int]:
        """Local uuid → id of every row of `table` (read once)."""
        if table not in self._ids:
            model = next(s.model for s in TABLES_OF[self._contents.kind] if s.name == table)
            rows = self._session.execute(select(model.uuid, model.id))
            self._ids[table] = dict(rows.all())
        return self._ids[table]

    def _table(self, spec: TableSpec) -> TablePlan:
        plan = TablePlan(spec)
        records = [self._in_local_terms(spec, r) for r in self._contents.tables.get(spec.name, [])]
        here = self.ids(spec.name)
        adding = self._adding.setdefault(spec.name, set())
        elsewhere = [str(r["uuid"]) for r in records if r["uuid"] not in here]
        keyed = natural_keys(self._session, spec, self.ids) if elsewhere else {}
        deleted = load_bases(self._session, elsewhere) if elsewhere and spec.remembered else {}
        natural = spec.natural_key
        new_keys: set[tuple[Json, ...]] = set()
        matched: list[JsonObject] = []
        adds: list[JsonObject] = []
        gone = self._may_be_gone(spec, deleted)
        if not (here or keyed or gone) and distinct_keys(natural, records):
            adds, records = records, []  # none of the table here: every record is new
            adding.update(str(r["uuid"]) for r in adds)
        for record in records:
            uuid = str(record["uuid"])
            if uuid in here:
                matched.append(record)
                continue
            if gone and self._deleted_here(spec, record, deleted):
                plan.deleted_here += 1
                continue
            key = tuple(map(record.get, natural))
            if not hashable(key):  # a list or an object in it: named by either check
                self._check_references(spec, record)
                self._values(spec, record)
            if natural and key in keyed:
                uuid = self._alias(record, keyed[key])
            elif spec.name == "person":
                uuid = self._person(record)
            if uuid in here:
                matched.append({**record, "uuid": uuid})
                continue
            if natural and key in new_keys:
                raise _refused(self._path, spec.name, uuid, "it is there twice")
            new_keys.add(key)
            adding.add(uuid)
            adds.append(record)
        if not self._references_known(spec, (*adds, *matched)):
            for record in (*adds, *matched):  # to name the first record that is wrong
                self._check_references(spec, record)
        plan.adds = self._decoded(spec, adds)
        plan.layers = self._layers(spec, plan.adds)
        self._compare(plan, matched)
        return plan

    def _in_local_terms(self, spec: TableSpec, record: JsonObject) -> JsonObject:
        """`record` with its own uuid and references named as this laptop names them."""
        local = record
        if self._local:  # else (no aliases yet) every uuid is already this laptop's own
            local = dict(record)
            for name in ("uuid", *(ref.field for ref in spec.references)):
                value = local.get(name)
                if isinstance(value, str):
                    local[name] = self._local.get(value, value)
        if spec.remembered:
            self._bases[str(local["uuid"])] = digest(local)
        return local

    def _may_be_gone(self, spec: TableSpec, bases: dict[str, str]) -> bool:
        """Whether any record of `spec` can be one `_deleted_here` finds (asked once a table)."""
        if bases or self._gone:
            return True
        taken_back = select(TakenBackMark.registration_uuid).limit(1)
        return spec.name == "attendance" and self._session.scalar(taken_back) is not None

    def _deleted_here(self, spec: TableSpec, record: JsonObject, bases: dict[str, str]) -> bool:
        """Whether `record` was deleted here after it was last exchanged (its base is
        remembered, and the package holds it unchanged since), or belongs to such a record:
        it then stays deleted instead of coming back."""
        uuid = str(record["uuid"])
        gone = uuid in bases and bases[uuid] == self._bases.get(uuid)
        gone = gone or any(record.get(ref.field) in self._gone for ref in spec.references)
        gone = gone or (spec.name == "attendance" and self._taken_back.holds(record))
        if gone:
            self._gone.add(uuid)
            self._bases.pop(uuid, None)
        return gone

    def _alias(self, record: JsonObject, local_uuid: str) -> str:
        incoming = str(record["uuid"])
        self._aliases[incoming] = self._local[incoming] = local_uuid
        theirs = self._bases.pop(incoming, None)
        if theirs is not None:
            self._bases[local_uuid] = theirs
        return local_uuid

    def _person(self, record: JsonObject) -> str:
        match = self._people.match(record)
        if match is None:
            return str(record["uuid"])
        self._matches.append(match)
        if not self._merge_person(match.incoming_uuid):
            return match.incoming_uuid
        self._merged += 1
        self._kept.add(match.local_uuid)
        return self._alias(record, match.local_uuid)

    def _references_known(self, spec: TableSpec, records: Sequence[JsonObject]) -> bool:
        """Whether every reference of `records` names a record here or in the package, asked a
        column at a time (sets, not one look-up per record and reference)."""
        for ref in spec.references:
            try:
                targets = {record.get(ref.field) for record in records}
            except TypeError:  # a list or an object where a uuid belongs
                return False
            targets.discard(None)
            unknown = targets - self.ids(ref.table).keys()
            if unknown - self._adding.get(ref.table, set()):
                return False
        return True

    def _check_references(self, spec: TableSpec, record: JsonObject) -> None:
        for ref in spec.references:
            target = record.get(ref.field)
            if target is None:
                continue
            if not isinstance(target, str) or (
                target not in self.ids(ref.table) and target not in self._adding.get(ref.table, ())
            ):
                raise _refused(
                    self._path,
                    spec.name,
                    str(record["uuid"]),
                    f"{ref.field} {target} is neither here nor in the package",
                )

    def _layers(self, spec: TableSpec, adds: list[Written]) -> list[list[Written]]:
        """`adds` in groups to insert in turn when the table refers to itself: parents first."""
        inner = [ref.field for ref in spec.references if ref.table == spec.name]
        if not inner or not adds:
            return [adds]
        parent_of = {str(r["uuid"]): r.get(inner[0]) for r, _ in adds}
        depth: dict[Json, int] = {}
        for uuid in parent_of:
            chain: list[str] = []
            node: Json = uuid
            while isinstance(node, str) and node in parent_of and node not in depth:
                if node in chain:
                    raise _refused(self._path, spec.name, node, "it is its own ancestor")
                chain.append(node)
                node = parent_of[node]
            level = depth.get(node, -1)
            for known in reversed(chain):
                level += 1
                depth[known] = level
        layers: dict[int, list[Written]] = {}
        for written in adds:
            layers.setdefault(depth[str(written[0]["uuid"])], []).append(written)
        return [layers[level] for level in sorted(layers)]

    def _decoded(self, spec: TableSpec, records: list[JsonObject]) -> list[Written]:
        try:
            return list(zip(records, decode_records(spec, records), strict=True))
        except BadValue as error:
            uuid = str(records[error.record]["uuid"])
            raise _refused(self._path, spec.name, uuid, str(error)) from None

    def _values(self, spec: TableSpec, record: JsonObject) -> Values:
        try:
            return decode_values(spec, record)
        except BadValue as error:
            raise _refused(self._path, spec.name, str(record["uuid"]), str(error)) from None

    def _compare(self, plan: TablePlan, theirs: Sequence[JsonObject]) -> None:
        spec = plan.spec
        mine = self._local_records(spec, [str(r["uuid"]) for r in theirs])
        if spec.name == "attendance":  # merged by its own rule, with no digests to compare
            for record in theirs:
                local = mine[str(record["uuid"])]
                merged = merged_mark(local, record)  # never a conflict: both scans are kept
                if (merged["scans"], merged["marked_at"]) == (local["scans"], local["marked_at"]):
                    plan.unchanged += 1
                else:
                    plan.updates.append((merged, self._values(spec, merged)))
            return
        bases = load_bases(self._session, mine)
        for record in theirs:
            uuid = str(record["uuid"])
            local = mine[uuid]
            if uuid in self._kept:
                plan.unchanged += 1
                continue
            theirs_digest, mine_digest = self._bases.get(uuid) or digest(record), digest(local)
            decision = decide(local, record, mine_digest, theirs_digest, bases.get(uuid))
            if decision == "theirs":
                plan.updates.append((record, self._values(spec, record)))
            elif decision == "conflict":
                found = conflict(spec, uuid, local, record)
                plan.conflicts.append((found, record, self._values(spec, record)))
            else:
                plan.unchanged += 1
                if decision == "older":  # both sides have moved past it: the base stays
                    del self._bases[uuid]

    def _local_records(self, spec: TableSpec, uuids: list[str]) -> dict[str, JsonObject]:
        table = spec.table
        uuid_of = {r.table: inverse(self.ids(r.table)) for r in spec.references}
        found: dict[str, JsonObject] = {}
        for chunk in chunks(uuids):
            for row in (
                self._session.execute(select(*stored_columns(spec)).where(table.c.uuid.in_(chunk)))
                .mappings()
                .all()
            ):
                found[row["uuid"]] = encode_row(spec, row, uuid_of)
        return found

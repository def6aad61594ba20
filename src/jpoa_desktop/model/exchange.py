"""What importing a package would do, and what the user chose: plain data for screens and the CLI.

The exchange service reads a package and compares it with this laptop's database without
writing anything (`ImportPreview`); the user (or a CLI flag) settles each conflict and each
proposed person merge (`MergeChoices`); the service then writes it all in one transaction and
says what it did (`ImportOutcome`, whose `as_json` is what `jpoa package import --json` prints).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from jpoa_desktop.model.packages import JsonObject, PackageKind

Side = Literal["mine", "theirs"]
SIDES: tuple[Side, ...] = ("mine", "theirs")


@dataclass(frozen=True)
class FieldChange:
    """One field of a record that differs: its value here and in the package, as display text."""

    field: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class Conflict:
    """A record changed both here and on the other laptop since they last exchanged it."""

    table: str
    uuid: str
    label: str  # what a person calls it: "Workshop «…»", "Ivanova Aigerim", "Measure 1.2.3"
    changes: tuple[FieldChange, ...]
    mine_updated_at: datetime | None = None
    theirs_updated_at: datetime | None = None

    def as_json(self) -> JsonObject:
        return {
            "table": self.table,
            "uuid": self.uuid,
            "label": self.label,
            "fields": [c.field for c in self.changes],
        }


@dataclass(frozen=True)
class PersonMatch:
    """A person in the package who looks like someone here under another uuid."""

    incoming_uuid: str
    incoming_name: str
    local_uuid: str
    local_name: str
    reason: str  # why they look the same, e.g. "same name across scripts and same e-mail"


@dataclass(frozen=True)
class ImportPreview:
    """Everything an import would do, found without writing anything.

    `added` and `updated` count records by table name; `unchanged` counts records that are
    already here exactly as in the package. Conflicts and person matches wait for choices.
    """

    path: str
    kind: PackageKind
    created_by: str
    created_at: datetime
    holds: JsonObject
    added: dict[str, int]
    updated: dict[str, int]
    unchanged: int
    conflicts: tuple[Conflict, ...] = ()
    person_matches: tuple[PersonMatch, ...] = ()
    # Records deleted here since they were last exchanged, which the package holds unchanged:
    # they stay deleted (a deletion here is newer than what the package knows of them).
    deleted_here: int = 0

    @property
    def changes_anything(self) -> bool:
        return bool(
            any(self.added.values())
            or any(self.updated.values())
            or self.conflicts
            or self.person_matches
        )


@dataclass(frozen=True)
class MergeChoices:
    """How to settle what the preview could not: per conflict (by uuid) or for all of them.

    A conflict with no choice of its own takes `all_conflicts`; "mine" keeps this laptop's
    record as it is (nothing is lost either way: the other side's values stay in the package).
    `merge_people` holds the incoming uuids of the proposed matches the user accepted; the
    rest are added as people of their own.
    """

    conflicts: dict[str, Side] = field(default_factory=dict)
    all_conflicts: Side = "mine"
    merge_people: frozenset[str] = frozenset()

    def side_for(self, uuid: str) -> Side:
        return self.conflicts.get(uuid, self.all_conflicts)


@dataclass(frozen=True)
class ImportOutcome:
    """What an import wrote (or, for a dry run, would write)."""

    added: dict[str, int]
    updated: dict[str, int]
    unchanged: int
    conflicts: tuple[Conflict, ...]
    taken_theirs: int = 0  # conflicts settled for the package's side
    people_merged: int = 0
    backup: str = ""  # the backup made before writing; "" for a dry run or when none was needed
    dry_run: bool = False
    deleted_here: int = 0  # as in ImportPreview: records that stayed deleted

    def as_json(self) -> JsonObject:
        return {
            "added": dict(self.added),
            "unchanged": self.unchanged,
            "updated": dict(self.updated),
            "conflicts": [c.as_json() for c in self.conflicts],
            "taken_theirs": self.taken_theirs,
            "people_merged": self.people_merged,
            "backup": self.backup,
            "dry_run": self.dry_run,
        }


@dataclass(frozen=True)
class ExportSummary:
    """A package written: where, how many records of each table, and whether it is sealed."""

    path: str
    counts: dict[str, int]
    sealed: bool
    size: int

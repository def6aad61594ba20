"""What an exchange package (`.jpoa`) holds, as plain data both sides agree on.

The services that gather records from one laptop's database and merge them into another's
never see the file format; the reader and writer in `io/packages/` never see the database.
This dataclass is all they share: tables of JSON records, each carrying the `uuid` that names
the same row on every laptop.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypeAlias

Json: TypeAlias = "bool | int | float | str | list[Json] | dict[str, Json] | None"
JsonObject: TypeAlias = "dict[str, Json]"

PackageKind = Literal["workshops", "strategy"]
PACKAGE_KINDS: tuple[PackageKind, ...] = ("workshops", "strategy")


@dataclass(frozen=True)
class PackageContents:
    """One package: who made it and when, what it is about, and its records by table name.

    `holds` says what the package is about in a few words a preview can show before anything
    is read further (e.g. the workshops' uuids and titles); `tables` maps a table name to its
    records, each an object with a `uuid` string and only JSON values (dates and times as ISO
    8601 text). Read back, each table's records come sorted by uuid.
    """

    kind: PackageKind
    app_version: str
    created_at: datetime  # UTC, timezone-aware
    created_by: str  # the laptop's name
    tables: dict[str, list[JsonObject]]
    holds: JsonObject = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """How many records each table holds (what the manifest promises)."""
        return {name: len(records) for name, records in self.tables.items()}

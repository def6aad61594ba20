"""The manifest: what a package says it holds, checked against what it does hold.

It names the format and its version (a newer version is refused with a message to update,
before anything else is trusted), who made the package and when, and for every table its
member, its record count and the SHA-256 of the member's bytes. The reader believes none of
it until each member has been read and matched (`reading`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.packages.limits import FORMAT_NAME, FORMAT_VERSION, TABLE_NAME, member_name
from jpoa_desktop.model.packages import (
    PACKAGE_KINDS,
    Json,
    JsonObject,
    PackageContents,
    PackageKind,
)

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class TableEntry:
    """One table as the manifest promises it."""

    member: str
    count: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """A manifest whose shape has been checked (its promises not yet)."""

    kind: PackageKind
    app_version: str
    created_at: datetime
    created_by: str
    holds: JsonObject
    tables: dict[str, TableEntry]


def manifest_value(contents: PackageContents, members: dict[str, bytes]) -> JsonObject:
    """The manifest of `contents`, whose tables were encoded as `members` (table → bytes)."""
    tables: JsonObject = {
        name: {
            "member": member_name(name),
            "count": len(contents.tables[name]),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        for name, data in sorted(members.items())
    }
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": contents.app_version,
        "kind": contents.kind,
        "created_at": contents.created_at.isoformat(),
        "created_by": contents.created_by,
        "holds": contents.holds,
        "tables": tables,
    }


def parse_manifest(path: Path, value: Json) -> Manifest:
    """Check the manifest's shape; a package from a newer app is refused first."""
    if not isinstance(value, dict) or value.get("format") != FORMAT_NAME:
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "it is not a JPoA package manifest"))
    version = value.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "it has no format version"))
    if version > FORMAT_VERSION:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} was made by a newer JPoA Desktop (package format {version}); "
                "update to import it.",
            ),
            file=path.name,
            version=version,
        )
    kind = value.get("kind")
    app_version, created_by = value.get("app_version"), value.get("created_by")
    holds, tables = value.get("holds"), value.get("tables")
    if kind not in PACKAGE_KINDS:
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "it names no known kind of package"))
    if not isinstance(app_version, str) or not isinstance(created_by, str):
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "it does not say who made it"))
    if not isinstance(holds, dict) or not isinstance(tables, dict):
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "it does not list its tables"))
    return Manifest(
        kind=kind,
        app_version=app_version,
        created_at=_created_at(path, value.get("created_at")),
        created_by=created_by,
        holds=holds,
        tables={name: _entry(path, name, entry) for name, entry in tables.items()},
    )


def _created_at(path: Path, value: Json) -> datetime:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "it does not say when it was made"))
    return moment


def _entry(path: Path, name: str, entry: Json) -> TableEntry:
    if not TABLE_NAME.fullmatch(name) or not isinstance(entry, dict):
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "it lists a table it cannot hold"))
    member, count, sha256 = entry.get("member"), entry.get("count"), entry.get("sha256")
    if member != member_name(name):
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "a table points at the wrong member"))
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "a table has no record count"))
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise _lies(path, QT_TRANSLATE_NOOP("Errors", "a table has no SHA-256 hash"))
    return TableEntry(member=member, count=count, sha256=sha256)


def _lies(path: Path, reason: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is refused: its manifest is wrong ({reason})."),
        file=path.name,
        reason=reason,
    )

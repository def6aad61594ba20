"""Reading a `.jpoa` package: everything checked before anything is returned.

Order matters: the file's size, then the envelope (passphrase, scrypt parameters), then the
zip's directory (names, sizes, ratios), then the manifest (a newer format is refused here),
then every member against the manifest's list, hashes and counts, and every record for its
uuid. Only a package that passes all of it becomes a `PackageContents`; the caller (the
merge) writes nothing before that, so a hostile or damaged package changes nothing.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError, unreadable
from jpoa_desktop.io.packages.archive import (
    check_members,
    damaged,
    open_archive,
    read_member,
    too_large,
)
from jpoa_desktop.io.packages.envelope import MAGIC, is_sealed, open_sealed
from jpoa_desktop.io.packages.json_text import decode
from jpoa_desktop.io.packages.limits import DEFAULT_LIMITS, MANIFEST_NAME, PackageLimits
from jpoa_desktop.io.packages.manifest import Manifest, parse_manifest
from jpoa_desktop.io.packages.records import checked_records
from jpoa_desktop.model.packages import JsonObject, PackageContents
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress


def read_package(
    path: Path,
    passphrase: bytes | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    limits: PackageLimits = DEFAULT_LIMITS,
) -> PackageContents:
    """The contents of the package at `path`, or a ValidationError of one line naming it."""
    with _opened(path, passphrase, limits) as source, open_archive(path, source) as archive:
        names = check_members(path, archive, limits)
        if MANIFEST_NAME not in names:
            raise damaged(path, f"it has no {MANIFEST_NAME}")
        manifest_bytes = read_member(path, archive, MANIFEST_NAME, limits.max_manifest_bytes)
        manifest = parse_manifest(
            path, decode(path, MANIFEST_NAME, manifest_bytes, limits.max_depth)
        )
        _check_member_list(path, names, manifest)
        tables: dict[str, list[JsonObject]] = {}
        total = len(manifest.tables)
        for done, (table, entry) in enumerate(sorted(manifest.tables.items())):
            progress(done, total)
            if cancelled():
                raise Cancelled(
                    QT_TRANSLATE_NOOP("Errors", "Cancelled before the package was read.")
                )
            data = read_member(path, archive, entry.member, limits.max_member_bytes)
            if hashlib.sha256(data).hexdigest() != entry.sha256:
                raise _lie(path, entry.member, QT_TRANSLATE_NOOP("Errors", "its hash"))
            records = checked_records(
                path, table, decode(path, entry.member, data, limits.max_depth)
            )
            if len(records) != entry.count:
                raise _lie(path, entry.member, QT_TRANSLATE_NOOP("Errors", "its record count"))
            tables[table] = records
        progress(total, total)
    return PackageContents(
        kind=manifest.kind,
        app_version=manifest.app_version,
        created_at=manifest.created_at,
        created_by=manifest.created_by,
        tables=tables,
        holds=manifest.holds,
    )


@contextmanager
def _opened(path: Path, passphrase: bytes | None, limits: PackageLimits) -> Iterator[BinaryIO]:
    """The package's zip bytes: the file itself, or what its envelope decrypts to."""
    try:
        with path.open("rb") as file:
            size = file.seek(0, io.SEEK_END)
            if size > limits.max_package_bytes:
                raise too_large(path, size, limits.max_package_bytes)
            file.seek(0)
            if not is_sealed(file.read(len(MAGIC))):
                file.seek(0)
                yield file
                return
            file.seek(0)
            sealed = file.read()
    except OSError as exc:
        raise unreadable(path.name, exc) from exc
    yield io.BytesIO(open_sealed(path, sealed, passphrase))


def _check_member_list(path: Path, names: set[str], manifest: Manifest) -> None:
    listed = {MANIFEST_NAME} | {entry.member for entry in manifest.tables.values()}
    for name in sorted(names - listed):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is refused: it holds {member}, which its manifest does not list."
            ),
            file=path.name,
            member=name,
        )
    for name in sorted(listed - names):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is damaged: its manifest lists {member}, which it does not hold."
            ),
            file=path.name,
            member=name,
        )


def _lie(path: Path, member: str, what: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is refused: {member} does not match {what} in the manifest "
            "(changed or damaged).",
        ),
        file=path.name,
        member=member,
        what=what,
    )

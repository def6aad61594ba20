"""Reading a package's zip without trusting it: names, sizes and ratios checked first.

The central directory is read and judged before any member is inflated: a member name that
could climb out of a folder (`../../x`, `/etc/x`, `a\\b`, `C:x`) or that no package holds,
too many members, a declared size or a compression ratio past the limits, a compression
method or zip encryption we never write. Then each member is inflated in small chunks and
counted as it comes, so a member that inflates past what it declared is stopped at the limit,
not after (Python's zipfile would also catch it by CRC, but only at the end).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.packages.limits import MANIFEST_NAME, MB, TABLES_FOLDER, PackageLimits

_CHUNK = 64 * 1024
_UNSAFE = re.compile(r"(^|/)\.\.(/|$)|^/|\\|:|\x00")
_MEMBER = re.compile(re.escape(TABLES_FOLDER) + r"[a-z][a-z0-9_]{0,62}\.json")
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


def open_archive(path: Path, source: BinaryIO) -> zipfile.ZipFile:
    """`source` (the package at `path`, decrypted) as a zip, or 'damaged or not a package'."""
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise damaged(path, str(exc) or type(exc).__name__) from exc


def check_members(path: Path, archive: zipfile.ZipFile, limits: PackageLimits) -> set[str]:
    """The member names, once every one of them is safe and within the limits."""
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is refused: it holds {count} members, more than {limit}."
            ),
            file=path.name,
            count=len(members),
            limit=limits.max_members,
        )
    names: set[str] = set()
    total = 0
    for member in members:
        _check_name(path, member.filename, names)
        names.add(member.filename)
        if member.flag_bits & 0x1 or member.compress_type not in _METHODS:
            raise damaged(path, f"{member.filename} is stored in a way JPoA never writes")
        if member.file_size > limits.max_member_bytes:
            raise too_large(path, member.file_size, limits.max_member_bytes)
        total += member.file_size
        if total > limits.max_total_bytes:
            raise too_large(path, total, limits.max_total_bytes)
        if member.file_size > limits.ratio_floor and (
            member.file_size > limits.max_ratio * max(member.compress_size, 1)
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is refused: {member} inflates more than {ratio} times, "
                    "as only a zip bomb does.",
                ),
                file=path.name,
                member=member.filename,
                ratio=limits.max_ratio,
            )
    return names


def read_member(path: Path, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The inflated bytes of member `name`, stopped as soon as they pass `limit`."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise too_large(path, size, limit)
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise damaged(path, f"{name}: {exc}") from exc
    return b"".join(chunks)


def _check_name(path: Path, name: str, seen: set[str]) -> None:
    if _UNSAFE.search(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is refused: member {member} would be written outside its folder."
            ),
            file=path.name,
            member=name,
        )
    if name in seen or not (name == MANIFEST_NAME or _MEMBER.fullmatch(name)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is refused: it holds {member}, which no JPoA package holds."
            ),
            file=path.name,
            member=name,
        )


def damaged(path: Path, reason: str) -> ValidationError:
    """The package is truncated, corrupted or not a package at all."""
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is damaged or not a JPoA package ({reason}); nothing was imported."
        ),
        file=path.name,
        reason=reason,
    )


def too_large(path: Path, size: int, limit: int) -> ValidationError:
    """A member or the whole package would unpack past the limit."""
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is refused: it would unpack to more than {limit} MB ({size} MB at least).",
        ),
        file=path.name,
        size=max(1, -(-size // MB)),
        limit=max(1, limit // MB),
    )

"""The format's version, its member names, and what a package may inflate to.

A package comes from another laptop, a USB stick or a stranger: every size the reader will
accept is written down here, so a hostile file is refused before it costs memory or disk.
Tests lower these limits to build small bombs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMAT_VERSION = 1
FORMAT_NAME = "jpoa-package"
MANIFEST_NAME = "manifest.json"
TABLES_FOLDER = "tables/"
TABLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")

MB = 1024 * 1024


@dataclass(frozen=True)
class PackageLimits:
    """What a package may hold; the defaults fit the large demo (400 workshops) many times."""

    max_package_bytes: int = 1024 * MB  # the file on disk, encrypted or not
    max_members: int = 200
    max_member_bytes: int = 256 * MB  # one member, inflated
    max_total_bytes: int = 1024 * MB  # every member, inflated
    max_ratio: int = 200  # inflated ÷ compressed, for members over `ratio_floor` bytes
    ratio_floor: int = 1 * MB
    max_manifest_bytes: int = 1 * MB
    max_depth: int = 32  # JSON nesting


DEFAULT_LIMITS = PackageLimits()


def member_name(table: str) -> str:
    """The zip member that holds `table`'s records."""
    return f"{TABLES_FOLDER}{table}.json"

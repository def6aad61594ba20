"""The scans behind one attendance mark: when (UTC, ISO 8601) and on which laptop each was made.

Two marks for the same registration, day and session become one in two places: an import (two
check-in laptops marked the same person) and a merge of two records of one person. Either way
nothing a laptop scanned is lost: the mark keeps every scan of both, once each, oldest first,
and is marked at the earliest of them, never at the time of the merge. A mark from before scans
were recorded (no scans) counts as one scan at its `marked_at` by an unnamed laptop.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Scan = tuple[str, str]  # (time, laptop)


def scans_of(mark: Mapping[str, object]) -> list[Scan]:
    """(time, laptop) of each scan behind `mark` (its `scans` and `marked_at` as JSON text);
    what cannot be a scan is left out."""
    scans = mark.get("scans")
    found = []
    if isinstance(scans, list):
        for scan in scans:
            if isinstance(scan, dict):
                at, laptop = scan.get("at"), scan.get("laptop", "")
                if isinstance(at, str) and isinstance(laptop, str):
                    found.append((at, laptop))
    if not found and isinstance(mark.get("marked_at"), str):
        found.append((str(mark["marked_at"]), ""))
    return found


def scan_records(scans: list[Scan]) -> list[Any]:
    """`scans` as a mark's `scans` column and a package record hold them: {"at": …, "laptop": …}
    each (text values; `Any` so that either container type takes them)."""
    return [{"at": at, "laptop": laptop} for at, laptop in scans]


def joined_scans(
    first: Mapping[str, object], second: Mapping[str, object]
) -> tuple[list[Scan], str | None]:
    """Every scan of both marks once, oldest first, and the earliest time of them and of the
    marks' own `marked_at` (None when neither has a time at all)."""
    scans = sorted(set(scans_of(first)) | set(scans_of(second)))
    times = [at for at, _ in scans]
    times += [str(m["marked_at"]) for m in (first, second) if isinstance(m.get("marked_at"), str)]
    return scans, min(times) if times else None

"""One attendance mark made on two check-in laptops: both scans kept, the earliest one first.

A mark is the same when it is for the same registration, day and session (its natural key);
merged, it holds every scan of both sides and is marked at the earliest (`model.scans`, which
merging two records of one person shares).
"""

from __future__ import annotations

from jpoa_desktop.model.packages import JsonObject
from jpoa_desktop.model.scans import joined_scans, scan_records
from jpoa_desktop.services.packages.record_values import updated_at


def merged_mark(mine: JsonObject, theirs: JsonObject) -> JsonObject:
    """`mine` holding every scan of both marks, marked at the earliest of them."""
    scans, earliest = joined_scans(mine, theirs)
    merged: JsonObject = {**mine, "scans": scan_records(scans)}
    if earliest is not None:
        merged["marked_at"] = earliest
    mine_time, their_time = updated_at(mine), updated_at(theirs)
    if their_time is not None and (mine_time is None or their_time > mine_time):
        merged["updated_at"] = theirs["updated_at"]
    return merged

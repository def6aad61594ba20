"""One attendance mark made on two check-in laptops: both scans kept, the earliest one first.

A mark is the same when it is for the same registration, day and session (its natural key);
merged, its `scans` are the union of both sides' scans (by time and laptop, oldest first) and
`marked_at` is the earliest scan, never the time of the merge. A mark from before scans were
recorded (no scans) counts as one scan at its `marked_at` by an unnamed laptop.
"""

from __future__ import annotations

from jpoa_desktop.model.packages import Json, JsonObject
from jpoa_desktop.services.packages.record_values import updated_at


def scans_of(mark: JsonObject) -> list[tuple[str, str]]:
    """(time, laptop) of each scan behind `mark`; what cannot be a scan is left out."""
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


def merged_mark(mine: JsonObject, theirs: JsonObject) -> JsonObject:
    """`mine` holding every scan of both marks, marked at the earliest of them."""
    scans = sorted(set(scans_of(mine)) | set(scans_of(theirs)))
    listed: list[Json] = [{"at": at, "laptop": laptop} for at, laptop in scans]
    merged = {**mine, "scans": listed}
    times = [at for at, _ in scans]
    times += [str(m["marked_at"]) for m in (mine, theirs) if isinstance(m.get("marked_at"), str)]
    if times:
        merged["marked_at"] = min(times)
    mine_time, their_time = updated_at(mine), updated_at(theirs)
    if their_time is not None and (mine_time is None or their_time > mine_time):
        merged["updated_at"] = theirs["updated_at"]
    return merged

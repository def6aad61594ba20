"""Every way two versions of one record are settled, from their digests, the base and times."""

from __future__ import annotations

import pytest

from jpoa_desktop.model.packages import JsonObject
from jpoa_desktop.services.packages.mark_scans import merged_mark
from jpoa_desktop.services.packages.merge_rules import Decision, conflict, decide
from jpoa_desktop.services.packages.record_specs import WORKSHOP_TABLES

EARLY, LATE = "2026-12-01T10:00:00+00:00", "2026-12-02T10:00:00+00:00"


def _at(time: str) -> JsonObject:
    return {"uuid": "u", "updated_at": time}


@pytest.mark.parametrize(
    ("mine", "theirs", "base", "decision"),
    [
        ("m", "m", "x", "same"),  # the same whatever the base says
        ("b", "t", "b", "theirs"),  # only theirs changed, and later
        ("m", "b", "b", "mine"),  # only mine changed
        ("m", "t", "b", "conflict"),  # both changed since the base
        ("m", "t", None, "theirs"),  # first contact: the newer (theirs, here) wins
    ],
)
def test_a_record_is_settled_by_digests_and_base(
    mine: str, theirs: str, base: str | None, decision: Decision
) -> None:
    assert decide(_at(EARLY), _at(LATE), mine, theirs, base) == decision


def test_an_older_package_changes_nothing_and_first_contact_keeps_the_newer_mine() -> None:
    assert decide(_at(LATE), _at(EARLY), "b", "t", "b") == "older"
    assert decide(_at(LATE), _at(EARLY), "m", "t", None) == "mine"


def test_a_conflict_lists_the_fields_that_differ_as_text() -> None:
    workshop = next(spec for spec in WORKSHOP_TABLES if spec.name == "workshop")
    mine: JsonObject = {
        "uuid": "w",
        "titles": {"en": "Border security"},
        "venue": "A",
        "updated_at": EARLY,
    }
    theirs: JsonObject = {**mine, "venue": "B" * 300, "updated_at": LATE}
    found = conflict(workshop, "w", mine, theirs)
    assert found.label == "Border security" and [c.field for c in found.changes] == ["venue"]
    assert found.changes[0].mine == "A" and len(found.changes[0].theirs) == 200
    assert found.as_json() == {"table": "workshop", "uuid": "w", "label": "Border security",
                               "fields": ["venue"]}  # fmt: skip


def test_two_marks_keep_every_scan_once_and_the_earliest_time() -> None:
    scan: JsonObject = {"at": "2026-12-07T08:05:00+00:00", "laptop": "door-1"}
    mine: JsonObject = {"uuid": "m", "marked_at": scan["at"], "scans": [scan], "updated_at": EARLY}
    theirs: JsonObject = {"uuid": "t", "marked_at": "2026-12-07T08:01:00+00:00", "scans": [],
              "updated_at": LATE}  # fmt: skip
    merged = merged_mark(mine, theirs)
    assert merged["uuid"] == "m" and merged["marked_at"] == "2026-12-07T08:01:00+00:00"
    assert merged["scans"] == [{"at": "2026-12-07T08:01:00+00:00", "laptop": ""}, scan]
    assert merged["updated_at"] == LATE
    assert merged_mark(merged, theirs) == merged  # merging again changes nothing


@pytest.mark.parametrize("base", ["b", "m", "t", None])
def test_an_erasure_wins_whatever_the_base_and_times_say(base: str | None) -> None:
    erased: JsonObject = {**_at(EARLY), "erased_at": EARLY}
    # Erased here: kept, even against a later edit there (first contact, conflict, only theirs).
    assert decide(erased, _at(LATE), "m", "t", base) == "mine"
    # Erased there: taken, even when only mine (or both) changed, and from an older package.
    assert decide(_at(LATE), erased, "m", "t", base) == "theirs"
    assert decide(erased, {**erased, "erased_at": LATE}, "m", "t", base) == "mine"

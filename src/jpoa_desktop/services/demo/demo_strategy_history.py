"""Two earlier versions of the demo's Kyrgyz plan, so the Versions window has a history to show.

The plan itself stays as the demo writes it (its 20 measures and its gaps are what the
coverage tests and the screenshots count on). The versions are built backwards from it, as the
plan stood before the last rounds of work: one measure since dropped, one since added, one
moved from another objective, and one whose agencies, end date and status were revised.
"""

from __future__ import annotations

import copy
import json
import random
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from jpoa_desktop.db.strategy_models import StrategyVersion
from jpoa_desktop.services.demo.demo_strategy_plan import demo_plan
from jpoa_desktop.services.strategies.strategy_rows import draft_or_error
from jpoa_desktop.services.strategies.strategy_tree import read_draft
from jpoa_desktop.services.strategies.strategy_versions import Snapshot, snapshot_of


def _renumber(snapshot: Snapshot) -> None:
    """Numbers as the plan printed them: from each item's parent and position."""
    items: dict[str, Any] = snapshot["items"]

    def children(parent: str | None) -> list[tuple[str, Any]]:
        return sorted(
            ((k, e) for k, e in items.items() if e["parent"] == parent),
            key=lambda pair: pair[1]["position"],
        )

    def walk(parent: str | None, prefix: str) -> None:
        for n, (key, entry) in enumerate(children(parent), start=1):
            entry["position"] = n - 1
            entry["number"] = f"{prefix}{n}"
            walk(key, f"{prefix}{n}.")

    walk(None, "")


def _measures(snapshot: Snapshot) -> list[tuple[str, Any]]:
    entries = [(k, e) for k, e in snapshot["items"].items() if e["kind"] == "measure"]
    return sorted(entries, key=lambda p: tuple(int(x) for x in p[1]["number"].split(".")))


def _submitted(now: Snapshot, rng: random.Random) -> Snapshot:
    """The plan as submitted to the ministries: before the latest round of changes."""
    then = copy.deepcopy(now)
    measures = _measures(then)
    del then["items"][measures[-1][0]]  # the last measure came after
    # A measure shared by two agencies was first given to one, a year earlier, and its
    # status has moved on since.
    revised = next((e for _k, e in measures if len(e["responsible"]) > 1), measures[1][1])
    revised["responsible"] = revised["responsible"][:1]
    if revised["end"]:
        end = date.fromisoformat(revised["end"])
        revised["end"] = end.replace(year=end.year - 1).isoformat()
    revised["status"] = "planned" if revised["status"] != "planned" else ""
    moved = measures[2][1]  # it sat at the end of the next objective
    next_objective = measures[4][1]["parent"] if len(measures) > 4 else moved["parent"]
    moved["parent"], moved["position"] = next_objective, 99
    dropped = copy.deepcopy(measures[3][1])  # a measure the working group later dropped
    history = demo_plan().history
    dropped |= {"texts": history.dropped, "responsible": list(history.dropped_responsible),
                "indicators": [], "budget": [], "position": 98}  # fmt: skip
    then["items"][str(uuid.UUID(int=rng.getrandbits(128), version=4))] = dropped
    _renumber(then)
    return then


def _working_group(submitted: Snapshot) -> Snapshot:
    """The working group's first text: two measures fewer than what was submitted."""
    then = copy.deepcopy(submitted)
    for key, _entry in _measures(then)[-2:]:
        del then["items"][key]
    _renumber(then)
    return then


def add_history(session: Session, draft_id: int, now: datetime) -> int:
    """Store the two earlier versions of the draft; return how many."""
    rng = random.Random(draft_id)
    view = read_draft(session, draft_or_error(session, draft_id), "en")
    current = snapshot_of(view, {m.uuid: None for m in view.measures()})
    submitted = _submitted(current, rng)
    names = demo_plan().history
    history = (
        (names.first_reading, _working_group(submitted), now - timedelta(days=75)),
        (names.submitted, submitted, now - timedelta(days=30)),
    )
    for name, snapshot, when in history:
        session.add(
            StrategyVersion(
                uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                draft_id=draft_id,
                name=name,
                snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
                created_at=when,
                updated_at=when,
            )
        )
    session.flush()
    return len(history)

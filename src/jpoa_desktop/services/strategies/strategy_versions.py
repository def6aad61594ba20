"""Named versions of a draft and what changed between two of them.

A version is the whole draft as JSON text, items keyed by uuid: uuids survive moves, edits
and an undone delete, so two versions are compared item by item without guessing. Two
different drafts are compared the same way once their items are matched: by the original's
uuid when one is a copy of the other (`origin_uuid`), else by the normalised text.
Field values in a diff are plain strings, ready for the screen and the exporters.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from sqlalchemy import select

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.strategy_models import StrategyItem, StrategyVersion
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.strategies import (
    DETAILS,
    FIELDS,
    DraftDiff,
    DraftView,
    FieldChange,
    ItemDiff,
    VersionSummary,
)
from jpoa_desktop.model.text_input import VERSION_NAME, checked_line
from jpoa_desktop.services.strategies.strategy_rows import draft_or_error, row_or_error
from jpoa_desktop.services.strategies.strategy_tree import read_draft

Snapshot = dict[str, Any]


def snapshot_of(view: DraftView, origins: dict[str, str | None]) -> Snapshot:
    """The draft as plain JSON-able data (amounts as strings, dates ISO), items by uuid."""
    s = view.summary
    items: dict[str, Any] = {}
    for goal in view.goals:
        items[goal.uuid] = _item("goal", None, goal.position, goal.number, goal.texts)
        for objective in goal.objectives:
            items[objective.uuid] = _item(
                "objective", goal.uuid, objective.position, objective.number, objective.texts
            )
            for m in objective.measures:
                entry = _item("measure", objective.uuid, m.position, m.number, m.texts)
                entry |= {
                    "responsible": list(m.responsible),
                    "partners": list(m.partners),
                    "start": m.start.isoformat() if m.start else "",
                    "end": m.end.isoformat() if m.end else "",
                    "deadline": m.deadline_text,
                    "priority": m.priority,
                    "status": m.status,
                    "indicators": [[i.name, i.baseline, i.target, i.unit] for i in m.indicators],
                    "budget": [[str(b.amount), b.currency, b.source] for b in m.budget],
                    "mapping": [x.code for x in m.mapping],
                }
                items[m.uuid] = entry
    for uuid, entry in items.items():
        entry["origin"] = origins.get(uuid)
    return {
        "draft": {
            "uuid": s.uuid,
            "country": s.country,
            "titles": s.titles,
            "kind": s.kind,
            "start_year": s.start_year,
            "end_year": s.end_year,
            "status": s.status,
            "lead_agency": s.lead_agency,
        },
        "items": items,
    }


def _item(kind: str, parent: str | None, position: int, number: str, texts: dict[str, str]) -> Any:
    return {"kind": kind, "parent": parent, "position": position, "number": number, "texts": texts}


def _show(field: str, value: Any) -> str:
    if field == "indicators":
        return "\n".join(f"{n} ({b or '–'} → {t or '–'} {u})".rstrip() for n, b, t, u in value)
    if field == "budget":
        return "\n".join(f"{a} {c}" + (f" ({s})" if s else "") for a, c, s in value)
    if isinstance(value, list):
        return ", ".join(value)
    return str(value or "")


def _text(entry: Any) -> str:
    texts = entry.get("texts", {})
    return str(texts.get("en") or next(iter(texts.values()), ""))


def _field_changes(a: Any, b: Any) -> tuple[FieldChange, ...]:
    changes = []
    for lang in sorted(set(a["texts"]) | set(b["texts"])):
        before, after = a["texts"].get(lang, ""), b["texts"].get(lang, "")
        if before != after:
            changes.append(FieldChange(f"text[{lang}]", before, after))
    for name in (*FIELDS[1:], *DETAILS):
        before, after = a.get(name, ""), b.get(name, "")
        if before != after:
            changes.append(FieldChange(name, _show(name, before), _show(name, after)))
    return tuple(changes)


def _stable(order: list[int]) -> set[int]:
    """Indexes of a longest increasing run of `order` (what stayed in place)."""
    best: list[list[int]] = []
    for index, value in enumerate(order):
        chain: list[int] = []
        for candidate in best:
            if order[candidate[-1]] < value and len(candidate) > len(chain):
                chain = candidate
        best.append([*chain, index])
    longest: list[int] = []
    for candidate in best:
        if len(candidate) > len(longest):
            longest = candidate
    return set(longest)


def diff_snapshots(old: Snapshot, new: Snapshot) -> DraftDiff:
    a, b = old["items"], new["items"]
    added = [ItemDiff(u, e["kind"], "", e["number"], _text(e)) for u, e in b.items() if u not in a]
    removed = [
        ItemDiff(u, e["kind"], e["number"], "", _text(e)) for u, e in a.items() if u not in b
    ]
    moved, changed = [], []
    siblings: dict[str | None, list[str]] = {}
    for uuid, entry in sorted(b.items(), key=lambda kv: kv[1]["position"]):
        if uuid in a and a[uuid]["parent"] == entry["parent"]:
            siblings.setdefault(entry["parent"], []).append(uuid)
    in_place: set[str] = set()
    for group in siblings.values():
        stable = _stable([a[u]["position"] for u in group])
        in_place.update(u for n, u in enumerate(group) if n in stable)
    for uuid, entry in b.items():
        if uuid not in a:
            continue
        before = a[uuid]
        diff = ItemDiff(uuid, entry["kind"], before["number"], entry["number"], _text(entry))
        if before["parent"] != entry["parent"] or uuid not in in_place:
            moved.append(diff)
        fields = _field_changes(before, entry)
        if fields:
            changed.append(ItemDiff(**{**diff.__dict__, "fields": fields}))
    order = _number_key
    return DraftDiff(
        added=tuple(sorted(added, key=lambda d: order(d.number_after))),
        removed=tuple(sorted(removed, key=lambda d: order(d.number_before))),
        moved=tuple(sorted(moved, key=lambda d: order(d.number_after))),
        changed=tuple(sorted(changed, key=lambda d: order(d.number_after))),
    )


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p.isdigit())


def _normal(entry: Any) -> str:
    text = unicodedata.normalize("NFC", _text(entry)).casefold()
    return f"{entry['kind']}:{' '.join(text.split())}"


def match_snapshots(old: Snapshot, new: Snapshot) -> Snapshot:
    """`new` with its items renamed to the uuids of the matching items of `old`: the same
    original (one draft copied from the other, or both from a third), else the same text."""
    a, b = old["items"], new["items"]
    by_origin = {e["origin"]: u for u, e in a.items() if e.get("origin")}
    by_text: dict[str, str] = {}
    for uuid, entry in a.items():
        by_text.setdefault(_normal(entry), uuid)
    rename: dict[str, str] = {}
    for uuid, entry in b.items():
        origin = entry.get("origin")
        found = (
            (origin if origin in a else None)
            or by_origin.get(uuid)
            or (by_origin.get(origin) if origin else None)
            or by_text.get(_normal(entry))
        )
        if found and found not in rename.values():
            rename[uuid] = found
    items = {
        rename.get(u, u): {**e, "parent": rename.get(e["parent"], e["parent"])}
        for u, e in b.items()
    }
    return {**new, "items": items}


class VersionService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def _current(self, draft_id: int) -> Snapshot:
        with self._scope() as session:
            view = read_draft(session, draft_or_error(session, draft_id), "en")
            origins = dict(
                session.execute(
                    select(StrategyItem.uuid, StrategyItem.origin_uuid).where(
                        StrategyItem.draft_id == draft_id
                    )
                ).all()
            )
        return snapshot_of(view, origins)

    def snapshot(self, draft_id: int, name: str) -> int:
        """Keep the draft as it is now under `name`; return the version's id."""
        name = checked_line(name, VERSION_NAME, "name")
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A version needs a name."))
        data = json.dumps(self._current(draft_id), ensure_ascii=False, sort_keys=True)
        with self._scope() as session:
            row = StrategyVersion(draft_id=draft_id, name=name, snapshot=data)
            session.add(row)
            session.flush()
            return row.id

    def versions(self, draft_id: int) -> list[VersionSummary]:
        """The draft's versions, oldest first."""
        with self._scope() as session:
            draft_or_error(session, draft_id)
            rows = session.scalars(
                select(StrategyVersion)
                .where(StrategyVersion.draft_id == draft_id)
                .order_by(StrategyVersion.created_at, StrategyVersion.id)
            ).all()
            return [
                VersionSummary(
                    r.id,
                    r.uuid,
                    r.name,
                    r.created_at,
                    sum(
                        1
                        for e in json.loads(r.snapshot)["items"].values()
                        if e["kind"] == "measure"
                    ),
                )
                for r in rows
            ]

    def load(self, version_id: int) -> Snapshot:
        with self._scope() as session:
            row = row_or_error(session, StrategyVersion, version_id, "version")
            data: Snapshot = json.loads(row.snapshot)
            return data

    def diff(self, draft_id: int, old: int | None, new: int | None = None) -> DraftDiff:
        """What changed from version `old` to version `new` (None: the draft as it is now)."""
        before = self.load(old) if old is not None else self._current(draft_id)
        after = self.load(new) if new is not None else self._current(draft_id)
        return diff_snapshots(before, after)

    def diff_drafts(self, draft_a: int, draft_b: int) -> DraftDiff:
        """What draft B adds, drops, moves and changes compared with draft A."""
        old = self._current(draft_a)
        return diff_snapshots(old, match_snapshots(old, self._current(draft_b)))

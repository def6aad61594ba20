"""How two versions of one record are settled: by their digests, the digest both sides last
exchanged (the base) and, where that cannot tell, which one changed last.

- the same digest → "same";
- only theirs changed since the base → "theirs", unless theirs is older than mine: a package
  from before the last exchange, which changes nothing ("older");
- only mine changed → "mine";
- no base (first contact, e.g. two copies of one database) → the newer `updated_at` wins, never
  a conflict: there is no telling which side changed;
- both changed since the base → "conflict", for the user to settle.

Erasure is sticky, before any of these: a person erased here (`erased_at` set; only people
have it) stays erased whatever the other laptop holds ("mine"), and a person erased there is
erased here too ("theirs"), even when this laptop changed them since the base: nothing of an
erased person may come back from a package, and no conflict is asked about data that must go.
"""

from __future__ import annotations

from typing import Literal

from jpoa_desktop.model.exchange import Conflict, FieldChange
from jpoa_desktop.model.packages import Json, JsonObject
from jpoa_desktop.services.packages.record_specs import TableSpec
from jpoa_desktop.services.packages.record_values import updated_at

Decision = Literal["same", "theirs", "mine", "older", "conflict"]
_SHOWN_CHARS = 200


def newer(first: JsonObject, second: JsonObject) -> bool:
    """Whether `first` was changed after `second` (by their `updated_at`)."""
    first_time, second_time = updated_at(first), updated_at(second)
    return first_time is not None and (second_time is None or first_time > second_time)


def erased(record: JsonObject) -> bool:
    """Whether `record` is a person whose data was erased."""
    return bool(record.get("erased_at"))


def decide(
    mine: JsonObject, theirs: JsonObject, mine_digest: str, theirs_digest: str, base: str | None
) -> Decision:
    """Which version of a record stays (see the module's docstring)."""
    if theirs_digest == mine_digest:
        return "same"
    if erased(mine):
        return "mine"
    if erased(theirs):
        return "theirs"
    if base == mine_digest:
        return "older" if newer(mine, theirs) else "theirs"
    if base is None:
        return "theirs" if newer(theirs, mine) else "mine"
    return "mine" if base == theirs_digest else "conflict"


def conflict(spec: TableSpec, uuid: str, mine: JsonObject, theirs: JsonObject) -> Conflict:
    """The conflict as a person reads it: what the record is, which fields differ, and when
    each side last changed it."""
    return Conflict(
        spec.name,
        uuid,
        spec.label(mine),
        _changes(mine, theirs),
        updated_at(mine),
        updated_at(theirs),
    )


def _shown(value: Json) -> str:
    text = value if isinstance(value, str) else "" if value is None else str(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _changes(mine: JsonObject, theirs: JsonObject) -> tuple[FieldChange, ...]:
    names = sorted((set(mine) | set(theirs)) - {"uuid", "updated_at"})
    return tuple(
        FieldChange(name, _shown(mine.get(name)), _shown(theirs.get(name)))
        for name in names
        if mine.get(name) != theirs.get(name)
    )

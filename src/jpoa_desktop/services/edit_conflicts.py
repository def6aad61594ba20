"""Saving an edit on top of what the user read, never over someone else's save.

Two officials on one server may edit the same measure. A screen's save names the version it
read (`row_version`) and the values it read (`base`) beside the user's (`mine`). When the row is
still at that version, mine is written. When someone saved in between, only a field both
changed, to different values, is a conflict: the save is refused with `EditConflict` (who,
when, theirs, mine) and nothing is written. A field only they changed keeps theirs, a field only
I changed takes mine: a shifted position or the other language's text is no reason to refuse.
The version read is what a conflict is told against (and the ORM's own check at every flush,
`version_id_col`, guards the write); the fields decide.

Values are compared field by field as flat dicts ("texts.en", "status"...): each screen turns
its input into that shape, so one rule serves measures, workshops and people.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import lock_for_writing
from jpoa_desktop.db.models import Tracked, as_utc
from jpoa_desktop.errors import EditConflict

Fields = dict[str, object]
EMPTY = ""  # a field that is absent (a language without text) reads as empty
T = TypeVar("T", bound=Tracked)
D = TypeVar("D")  # a frozen dataclass of a form's fields (WorkshopInput, PersonInput)


def locked_row(session: Session, model: type[T], row_id: int) -> T | None:
    """The row, held until the commit so that no save slips in between the check and the
    write: the row's lock on a server, the database's write lock on SQLite."""
    if session.connection().dialect.name == "sqlite":
        lock_for_writing(session)
    statement = select(model).where(model.id == row_id).with_for_update()
    return session.execute(statement).scalar_one_or_none()


def changed(base: Mapping[str, object], mine: Mapping[str, object]) -> Fields:
    """The fields the user changed, with the user's values."""
    return {
        name: mine.get(name, EMPTY)
        for name in sorted(base.keys() | mine.keys())
        if mine.get(name, EMPTY) != base.get(name, EMPTY)
    }


def merged(
    row: Tracked,
    seen_version: int,
    edit: tuple[Mapping[str, object], Mapping[str, object]],
    current: Mapping[str, object],
) -> Fields:
    """What the row's fields become when `edit` (base, mine) is saved on the row that now
    holds `current`; raises `EditConflict` when someone saved a different value in a field
    the user changed, since `seen_version`."""
    base, mine = edit
    ours = changed(base, mine)
    # The fields are compared even when the version is the one read: a base that is not what
    # the row holds (an undo after "take theirs") must not write its stale text either.
    clashes = [
        name
        for name, value in ours.items()
        if current.get(name, EMPTY) not in (base.get(name, EMPTY), value)
    ]
    if clashes:
        raise EditConflict(
            table=type(row).__tablename__,  # type: ignore[attr-defined]
            row_id=row.id,
            who=row.updated_by,
            when=as_utc(row.updated_at),
            theirs={name: current.get(name, EMPTY) for name in clashes},
            mine={name: ours[name] for name in clashes},
            version=row.row_version,
        )
    return {**current, **ours}


def on_top_of_theirs(conflict: EditConflict, base: Mapping[str, Any]) -> tuple[Fields, int]:
    """The base and version that re-apply "keep mine" as a new save over their version: the
    fields in conflict now start from theirs (so mine differs and is written), and a third
    save after theirs is a new conflict rather than overwritten."""
    return {**base, **conflict.theirs}, conflict.version


def flat(form: Any) -> Fields:
    """A form's dataclass as flat fields; a dict field (titles by language) gives one field
    per key ("titles.ru"), so two languages are two fields."""
    fields: Fields = {}
    for field in dataclasses.fields(form):
        value = getattr(form, field.name)
        if isinstance(value, dict):
            fields.update({f"{field.name}.{k}": v for k, v in value.items() if v != EMPTY})
        else:
            fields[field.name] = value
    return fields


def unflat(template: D, fields: Mapping[str, object]) -> D:
    """`template` with its values taken from `fields` (the inverse of `flat`)."""
    values: dict[str, Any] = {}
    for field in dataclasses.fields(template):  # type: ignore[arg-type]
        if isinstance(getattr(template, field.name), dict):
            prefix = f"{field.name}."
            values[field.name] = {
                name.removeprefix(prefix): value
                for name, value in fields.items()
                if name.startswith(prefix) and value != EMPTY
            }
        else:
            values[field.name] = fields[field.name]
    return dataclasses.replace(template, **values)  # type: ignore[type-var]


def saved_over(row: Tracked, edit: tuple[D, D], current: D) -> D:
    """What a form's checked save writes: `edit` (as read, as typed) merged into the row that
    now holds `current`; `EditConflict` when a field both changed differs."""
    base, mine = edit
    return unflat(mine, merged(row, row.row_version, (flat(base), flat(mine)), flat(current)))

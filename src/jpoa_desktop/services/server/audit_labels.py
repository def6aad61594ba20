"""Words a person recognises for the rows an audit page names: a measure's text, a person's
name, a session's title, instead of "strategy_item 4711".

One query per table on the page (at most a page's ids each), so a page of 200 entries costs a
handful of reads. A row deleted since is named from the log itself: its insert and delete
entries hold the whole row.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.models import AuditEntry
from jpoa_desktop.db.strategy_models import StrategyDraft, StrategyIndicator, StrategyItem
from jpoa_desktop.db.workshop_models import (
    Attendance,
    Organisation,
    Person,
    Registration,
    Workshop,
)

LABEL_LENGTH = 80
RowKey = tuple[str, int]
Reader = Callable[[Session, list[int], str], dict[int, str]]  # ids, language → labels


def _first_text(texts: object, lang: str = "") -> str:
    """A {language: text} map's text in `lang`, else its first non-empty one (titles, a
    measure's wording)."""
    if isinstance(texts, Mapping):
        for value in [texts.get(lang), *texts.values()]:
            if isinstance(value, str) and value.strip():
                return value.strip()
    return texts.strip() if isinstance(texts, str) else ""


def _name(family: object, given: object) -> str:
    return " ".join(str(part) for part in (family, given) if part).strip()


def _short(text: str) -> str:
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"


def _from_record(table: str, record: Mapping[str, Any], lang: str) -> str:
    """A label from a row's own values (a delete entry's JSON), without reading anything."""
    if table in ("workshop", "strategy_draft", "agenda_session"):
        return _first_text(record.get("titles"), lang)
    if table == "strategy_item":
        return _first_text(record.get("texts"), lang)
    if table == "person":
        return _name(record.get("family_name"), record.get("given_name"))
    if table == "issued_certificate":
        return str(record.get("number") or record.get("holder") or "")
    return str(record.get("name") or "")


def _read(session: Session, table: str, ids: list[int], lang: str) -> dict[int, str]:
    """Labels of the rows of `table` that still exist."""
    reader = _READERS.get(table)
    return reader(session, ids, lang) if reader is not None else {}


def _titles(model: Any, column: str) -> Reader:
    def read(session: Session, ids: list[int], lang: str) -> dict[int, str]:
        rows = session.execute(select(model.id, getattr(model, column)).where(model.id.in_(ids)))
        return {row_id: _first_text(texts, lang) for row_id, texts in rows}

    return read


def _people(session: Session, ids: list[int], _lang: str) -> dict[int, str]:
    rows = session.execute(
        select(Person.id, Person.family_name, Person.given_name).where(Person.id.in_(ids))
    )
    return {row_id: _name(family, given) for row_id, family, given in rows}


def _registrations(session: Session, ids: list[int], _lang: str) -> dict[int, str]:
    rows = session.execute(
        select(Registration.id, Person.family_name, Person.given_name)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.id.in_(ids))
    )
    return {row_id: _name(family, given) for row_id, family, given in rows}


def _marks(session: Session, ids: list[int], _lang: str) -> dict[int, str]:
    rows = session.execute(
        select(Attendance.id, Person.family_name, Person.given_name, Attendance.day)
        .join(Registration, Registration.id == Attendance.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .where(Attendance.id.in_(ids))
    )
    return {
        row_id: f"{_name(family, given)}, {day.isoformat()}" for row_id, family, given, day in rows
    }


def _indicators(session: Session, ids: list[int], _lang: str) -> dict[int, str]:
    rows = session.execute(
        select(StrategyIndicator.id, StrategyIndicator.name).where(StrategyIndicator.id.in_(ids))
    )
    return {row_id: str(name or "") for row_id, name in rows}


def _organisations(session: Session, ids: list[int], _lang: str) -> dict[int, str]:
    rows = session.execute(
        select(Organisation.id, Organisation.name).where(Organisation.id.in_(ids))
    )
    return {row_id: str(name or "") for row_id, name in rows}


_READERS: dict[str, Reader] = {
    "workshop": _titles(Workshop, "titles"),
    "strategy_draft": _titles(StrategyDraft, "titles"),
    "agenda_session": _titles(AgendaSession, "titles"),
    "strategy_item": _titles(StrategyItem, "texts"),
    "strategy_indicator": _indicators,
    "person": _people,
    "registration": _registrations,
    "attendance": _marks,
    "organisation": _organisations,
}


def row_labels(
    session: Session, entries: Iterable[AuditEntry], lang: str = "en"
) -> dict[RowKey, str]:
    """A short label for each (table, row id) of `entries`, titles in `lang` where they have
    one; "" where nothing names the row."""
    wanted: dict[str, set[int]] = defaultdict(set)
    recorded: dict[RowKey, str] = {}  # a row's values as its insert or delete entry holds them
    for entry in entries:
        wanted[entry.table_name].add(entry.row_id)
        record = entry.old_value if entry.action == "delete" else entry.new_value
        if entry.action in ("insert", "delete") and record:
            recorded[(entry.table_name, entry.row_id)] = record
    labels: dict[RowKey, str] = {}
    for table, ids in wanted.items():
        found = _read(session, table, sorted(ids), lang)
        for row_id in ids:
            label = found.get(row_id, "")
            if not label and (table, row_id) in recorded:
                label = _from_record(table, _json_object(recorded[(table, row_id)]), lang)
            labels[(table, row_id)] = _short(label)
    return labels


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}

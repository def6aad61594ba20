"""Reading what a package will hold from the database: workshops with everything they own, or
one strategy draft with its tree and versions.

Each table is read with one query (a sub-select names the rows it owns), not one per row: the
large demo's 400 workshops hold some 20,000 people, 60,000 registrations and 200,000 marks.
People travel when they are registered at, or speak at, one of the workshops; organisations
when one of those people belongs to them; questions when one of the workshops' forms asks them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Select, select, true
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSession, AgendaSpeaker
from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem
from jpoa_desktop.db.strategy_models import StrategyItem
from jpoa_desktop.db.workshop_models import Person, Registration, Workshop, workshop_or_error
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled
from jpoa_desktop.model.packages import JsonObject
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.packages.record_specs import (
    STRATEGY_TABLES,
    WORKSHOP_TABLES,
    TableSpec,
)
from jpoa_desktop.services.packages.record_values import encode_row, stored_columns
from jpoa_desktop.services.strategies.strategy_rows import draft_or_error

Tables = dict[str, list[JsonObject]]
STOPPED = QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was written.")


def _workshop_filters(ids: Sequence[int]) -> dict[str, Callable[[Any], Any]]:
    """For each table, the condition (on its table object) that picks the workshops' rows."""
    sessions = select(AgendaSession.id).where(AgendaSession.workshop_id.in_(ids))
    registered = select(Registration.person_id).where(Registration.workshop_id.in_(ids))
    speaking = select(AgendaSpeaker.person_id).where(AgendaSpeaker.session_id.in_(sessions))
    people = registered.union(speaking)
    registrations = select(Registration.id).where(Registration.workshop_id.in_(ids))
    forms = select(EvaluationForm.id).where(EvaluationForm.workshop_id.in_(ids))
    asked = select(FormItem.question_id).where(FormItem.form_id.in_(forms))
    owned = ("workshop_tag", "registration", "agenda_session", "workshop_branding")
    rules = ("evaluation_form", "certificate_rule", "issued_certificate")
    return {
        "organisation": lambda t: t.c.id.in_(
            select(Person.organisation_id).where(Person.id.in_(people))
        ),
        "person": lambda t: t.c.id.in_(people),
        "workshop": lambda t: t.c.id.in_(ids),
        **dict.fromkeys((*owned, "workshop_image"), lambda t: t.c.workshop_id.in_(ids)),
        "attendance": lambda t: t.c.registration_id.in_(registrations),
        "agenda_speaker": lambda t: t.c.session_id.in_(sessions),
        "question": lambda t: t.c.id.in_(asked),
        **dict.fromkeys(rules, lambda t: t.c.workshop_id.in_(ids)),
        **dict.fromkeys(("form_item", "form_sheet"), lambda t: t.c.form_id.in_(forms)),
    }


def _strategy_filters(draft_id: int) -> dict[str, Callable[[Any], Any]]:
    items = select(StrategyItem.id).where(StrategyItem.draft_id == draft_id)
    under_items = ("strategy_indicator", "strategy_budget", "strategy_mapping", "strategy_comment")
    return {
        "strategy_draft": lambda t: t.c.id == draft_id,
        "strategy_item": lambda t: t.c.draft_id == draft_id,
        **dict.fromkeys(under_items, lambda t: t.c.item_id.in_(items)),
        "strategy_version": lambda t: t.c.draft_id == draft_id,
    }


def _gather(
    session: Session,
    specs: Sequence[TableSpec],
    filters: dict[str, Callable[[Any], Any]],
    progress: Progress,
    cancelled: CancelCheck,
) -> Tables:
    tables: Tables = {}
    uuid_of: dict[str, dict[int, str]] = {}
    for done, spec in enumerate(specs):
        if cancelled():
            raise Cancelled(STOPPED)
        progress(done, len(specs))
        table = spec.table
        statement: Select[Any] = (
            select(*stored_columns(spec)).where(filters[spec.name](table)).order_by(table.c.id)
        )
        rows = session.execute(statement).mappings().all()
        uuid_of[spec.name] = {row["id"]: row["uuid"] for row in rows}
        tables[spec.name] = [encode_row(spec, row, uuid_of) for row in rows]
    progress(len(specs), len(specs))
    return tables


def gather_workshops(
    session: Session, workshop_ids: Sequence[int], progress: Progress, cancelled: CancelCheck
) -> tuple[Tables, JsonObject]:
    """The records of the workshops `workshop_ids` and what they own, and the package's
    `holds`: each workshop's uuid, titles and dates."""
    ids = list(dict.fromkeys(workshop_ids))
    workshops = [workshop_or_error(session, workshop_id) for workshop_id in ids]
    tables = _gather(session, WORKSHOP_TABLES, _workshop_filters(ids), progress, cancelled)
    return tables, _held(workshops)


def gather_everything(
    session: Session, progress: Progress, cancelled: CancelCheck
) -> tuple[Tables, JsonObject]:
    """Every record of the workshop tables, also people, organisations and questions that no
    workshop names (moving a laptop's whole file onto a server), with every workshop held."""
    everything = {spec.name: lambda _table: true() for spec in WORKSHOP_TABLES}
    tables = _gather(session, WORKSHOP_TABLES, everything, progress, cancelled)
    return tables, _held(session.scalars(select(Workshop).order_by(Workshop.id)))


def _held(workshops: Iterable[Workshop]) -> JsonObject:
    """A workshops package's `holds`: each workshop's uuid, titles and dates."""
    return {
        "workshops": [
            {
                "uuid": w.uuid,
                "titles": dict(w.titles),
                "start_date": w.start_date.isoformat(),
                "end_date": w.end_date.isoformat(),
            }
            for w in workshops
        ]
    }


def gather_strategy(
    session: Session, draft_id: int, progress: Progress, cancelled: CancelCheck
) -> tuple[Tables, JsonObject]:
    """The records of one strategy draft, its items and what hangs on them, and its versions."""
    draft = draft_or_error(session, draft_id)
    tables = _gather(session, STRATEGY_TABLES, _strategy_filters(draft_id), progress, cancelled)
    return tables, {"draft": {"uuid": draft.uuid, "titles": dict(draft.titles)}}

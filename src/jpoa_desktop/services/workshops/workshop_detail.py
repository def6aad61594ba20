"""One workshop in full, and what its form offers from the library, in one language.

A workshop refers to the library by key (pillars, areas, the project phase) and to partners by
key or by the name someone typed. Older rows (and the demo) hold a partner's short name, such
as "UNOCT", instead of its key: those are recognised in any language and treated as the key, so
the form ticks them and the detail shows them in the reader's language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.models import LibraryItem, LibraryText
from jpoa_desktop.db.workshop_models import Registration, Workshop
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.library import AREA, PARTNER, PHASE, PILLAR, PillarView
from jpoa_desktop.model.workshops import Choice, WorkshopChoices, WorkshopDetail

FIELDS = ("title", "short", "full_name", "funders")


@dataclass(frozen=True)
class _Item:
    key: str
    kind: str
    meta: dict[str, Any]
    texts: dict[str, dict[str, str]]  # field -> lang -> text

    def title(self, lang: str) -> str:
        title = pick(self.texts.get("title"), lang)
        if self.kind == AREA and self.meta.get("code"):
            return f"{self.meta['code']} {title}"
        if self.kind == PILLAR and self.meta.get("roman"):
            return f"{self.meta['roman']}. {pick(self.texts.get('short'), lang) or title}"
        return title


def _library(session: Session) -> dict[str, _Item]:
    """Pillars, areas, partners and phases with their titles in every language, in order."""
    rows = session.execute(
        select(LibraryItem.key, LibraryItem.kind, LibraryItem.meta, LibraryText.field)
        .add_columns(LibraryText.lang, LibraryText.text)
        .outerjoin(
            LibraryText,
            (LibraryText.item_id == LibraryItem.id) & LibraryText.field.in_(FIELDS),
        )
        .where(LibraryItem.kind.in_((PILLAR, AREA, PARTNER, PHASE)))
        .order_by(LibraryItem.position, LibraryItem.id)
    )
    items: dict[str, _Item] = {}
    for key, kind, meta, field_name, lang, text in rows:
        item = items.setdefault(key, _Item(key, kind, dict(meta or {}), defaultdict(dict)))
        if field_name is not None:
            item.texts[field_name][lang] = text
    return items


def _partner_keys(items: dict[str, _Item]) -> dict[str, str]:
    """Every partner's key and titles (in any language, case-folded) → its key."""
    found: dict[str, str] = {}
    for item in items.values():
        if item.kind == PARTNER:
            found[item.key.casefold()] = item.key
            for text in item.texts.get("title", {}).values():
                found.setdefault(text.strip().casefold(), item.key)
    return found


def _resolve(
    names: Sequence[str], items: dict[str, _Item], lang: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(keys or typed names, what to show) for a list of organisers or partners."""
    known = _partner_keys(items)
    keys = tuple(dict.fromkeys(known.get(n.strip().casefold(), n) for n in names))
    return keys, tuple(items[k].title(lang) if k in items else k for k in keys)


def workshop_detail(session: Session, row: Workshop, lang: str) -> WorkshopDetail:
    items = _library(session)
    roles: dict[str, int] = {}
    statuses: dict[str, int] = {}
    counts = session.execute(
        select(Registration.role, Registration.status, func.count(Registration.id))
        .where(Registration.workshop_id == row.id)
        .group_by(Registration.role, Registration.status)
    )
    for role, status, n in counts:
        roles[role] = roles.get(role, 0) + n
        statuses[status] = statuses.get(status, 0) + n
    organisers, organiser_names = _resolve(row.organisers, items, lang)
    partners, partner_names = _resolve(row.partners, items, lang)
    order = {key: n for n, key in enumerate(items)}
    tags = tuple(
        sorted((t.item_key for t in row.tags), key=lambda k: (order.get(k, len(order)), k))
    )
    phase = items.get(row.phase_key)
    return WorkshopDetail(
        id=row.id,
        title=pick(row.titles, lang),
        titles=dict(row.titles),
        kind=row.kind,
        start=row.start_date,
        end=row.end_date,
        venue=row.venue,
        city=row.city,
        country=row.country,
        languages=tuple(row.languages),
        organisers=organisers,
        partners=partners,
        organiser_names=organiser_names,
        partner_names=partner_names,
        phase_key=row.phase_key,
        phase_title=phase.title(lang) if phase is not None else row.phase_key,
        status=row.status,
        notes=row.notes,
        tags=tags,
        tag_titles=tuple(items[k].title(lang) if k in items else k for k in tags),
        participants=sum(roles.values()),
        roles=roles,
        statuses=statuses,
        language=lang,
    )


def workshop_choices(session: Session, lang: str, pillars: Sequence[PillarView]) -> WorkshopChoices:
    items = _library(session)

    def choices(kind: str, subtitle: str) -> tuple[Choice, ...]:
        return tuple(
            Choice(
                key=item.key,
                title=item.title(lang),
                subtitle=pick(item.texts.get(subtitle), lang),
                names=tuple(item.texts.get("title", {}).values()),
            )
            for item in items.values()
            if item.kind == kind
        )

    return WorkshopChoices(
        pillars=tuple(pillars),
        partners=choices(PARTNER, "full_name"),
        phases=choices(PHASE, "funders"),
    )

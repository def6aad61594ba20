"""What the agenda editor offers: speakers, pillar and area tags, workshops to reuse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.workshop_models import Person, Registration, Workshop
from jpoa_desktop.model.agenda import SpeakerView
from jpoa_desktop.model.languages import first_available, pick
from jpoa_desktop.model.library import PillarView
from jpoa_desktop.services.workshops.agenda_rows import SPEAKER_ROLES
from jpoa_desktop.services.workshops.workshops import full_name

# Titles a new session gets in each working language (domain data, like handout labels).
DEFAULT_TITLES = {
    "break": {"en": "Coffee break", "ru": "Перерыв на кофе"},
    "plenary": {"en": "New session", "ru": "Новая сессия"},
}


@dataclass(frozen=True)
class TagChoice:
    key: str
    label: str
    is_pillar: bool


@dataclass(frozen=True)
class AgendaSource:
    """A workshop whose sessions can be reused."""

    workshop_id: int
    title: str
    start: date
    end: date
    sessions: int


def speaker_choices(session: Session, workshop_id: int) -> list[SpeakerView]:
    found = session.execute(
        select(Person, Registration.role)
        .join(Registration, Registration.person_id == Person.id)
        .where(Registration.workshop_id == workshop_id, Registration.role.in_(SPEAKER_ROLES))
        .order_by(Person.sort_key, Person.id)
    ).all()
    return [SpeakerView(p.id, full_name(p), role) for p, role in found]


def tag_choices(pillars: list[PillarView]) -> list[TagChoice]:
    found = []
    for pillar in pillars:
        found.append(TagChoice(pillar.key, f"{pillar.roman}. {pillar.short or pillar.title}", True))
        found.extend(TagChoice(a.key, f"{a.code} {a.title}", False) for a in pillar.areas)
    return found


def sources(session: Session, lang: str, exclude_workshop_id: int | None) -> list[AgendaSource]:
    counts = (
        select(AgendaSession.workshop_id, func.count(AgendaSession.id).label("n"))
        .group_by(AgendaSession.workshop_id)
        .subquery()
    )
    found = session.execute(
        select(Workshop, counts.c.n)
        .join(counts, counts.c.workshop_id == Workshop.id)
        .where(Workshop.id != (exclude_workshop_id or 0))
        .order_by(Workshop.start_date.desc(), Workshop.id)
    ).all()
    return [AgendaSource(w.id, pick(w.titles, lang), w.start_date, w.end_date, n) for w, n in found]


def default_titles(kind: str, languages: tuple[str, ...] | list[str]) -> dict[str, str]:
    """A new session's title in each working language that has one. A language without its
    own is left out rather than given another language's words (an English "Coffee break"
    stored as Kazakh would print on a Kazakh agenda as if translated); the handout then prints
    the nearest language and says so."""
    texts = DEFAULT_TITLES["break" if kind == "break" else "plenary"]
    own = {lang: texts[lang] for lang in languages if lang in texts}
    if own:
        return own
    nearest = first_available(texts, languages[0] if languages else "en") or "en"
    return {nearest: texts[nearest]}

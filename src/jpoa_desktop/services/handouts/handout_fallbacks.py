"""The workshop's own texts that a handout prints in another language than its own.

A workshop's title and its sessions' titles are typed by the trainer, often in English and
Russian only. A Kyrgyz agenda then prints the Russian titles (`views.pick` follows the language's
fallback chain), and the trainer should hear so, as for the library's texts and the labels: this
names them, with the language each came out in, for the preview and `jpoa handout`.
"""

from __future__ import annotations

from sqlalchemy import select

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.handouts.registry import AGENDA, kind
from jpoa_desktop.model.languages import Fallback, first_available


def _printed(by_language: dict[str, str], language: str) -> str | None:
    """The language `pick` prints for `language`, or None when nothing is there at all."""
    present = [code for code, text in by_language.items() if text]
    return first_available(present, language) or next(iter(present), None)


def workshop_text_fallbacks(
    session_scope: SessionScope,
    key: str,
    workshop_id: int,
    language: str,
    second: str | None = None,
) -> list[str]:
    """`Fallback`s for the workshop title (and, on an agenda, the session titles) that the
    handout `key` prints in another language than `language` (and `second`)."""
    handout = kind(key)
    if not handout.prints_title or not workshop_id:
        return []
    languages = [language]
    if second and second != language and handout.bilingual:
        languages.append(second)
    with session_scope() as session:
        title = session.scalar(select(Workshop.titles).where(Workshop.id == workshop_id)) or {}
        sessions = (
            list(
                session.scalars(
                    select(AgendaSession.titles).where(AgendaSession.workshop_id == workshop_id)
                )
            )
            if handout is AGENDA
            else []
        )
    found: dict[tuple[str, str], Fallback] = {}
    for code in languages:
        for name, texts in [("workshop title", title)] + [("session titles", t) for t in sessions]:
            printed = _printed(texts or {}, code)
            if printed is not None and printed != code and (name, code) not in found:
                found[(name, code)] = Fallback(name, code, printed)
    return list(found.values())

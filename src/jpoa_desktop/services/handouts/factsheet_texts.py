"""The factsheet's texts, each in the handout's language or the nearest one the library has.

The built-in library is written in English and Russian. A factsheet asked for in Kazakh, Kyrgyz,
Tajik, Uzbek or Turkmen therefore prints the Russian text (every participant in the region reads
it), English only where Russian is missing too, and names each text that came out in another
language, so the trainer sees it in the preview instead of finding an English page at the door.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.models import LibraryText
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.handouts.common.images import BrandImage
from jpoa_desktop.handouts.factsheet import FactsheetData
from jpoa_desktop.model.languages import Fallback, first_available
from jpoa_desktop.services.library.library import LibraryService

OVERVIEW_KEY = "jpoa-overview"  # the library article that says what the JPoA is

ByLanguage = dict[str, str]


class _Chooser:
    """Picks each text in the nearest language and remembers the ones that were not `language`."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.fallbacks: list[str] = []

    def __call__(self, by_language: ByLanguage, name: str) -> str:
        present = [code for code, text in by_language.items() if text.strip()]
        printed = first_available(present, self.language) or next(iter(present), None)
        if printed is None:
            return ""
        if printed != self.language and name not in self.fallbacks:
            self.fallbacks.append(Fallback(name, self.language, printed))
        return by_language[printed]


class FactsheetTexts:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def _texts(self, item_ids: Iterable[int]) -> dict[int, dict[str, ByLanguage]]:
        """item id → field → language → text, for the items asked for."""
        found: dict[int, dict[str, ByLanguage]] = defaultdict(lambda: defaultdict(dict))
        with self._scope() as session:
            rows = session.execute(
                select(LibraryText.item_id, LibraryText.field, LibraryText.lang, LibraryText.text)
                .where(LibraryText.item_id.in_(list(item_ids)))
                .order_by(LibraryText.id)
            )
            for item_id, field_name, lang, text in rows:
                found[item_id][field_name][lang] = text
        return found

    def data(
        self, language: str, pillar: int = 1, logos: tuple[BrandImage, ...] = ()
    ) -> FactsheetData:
        """The JPoA overview and pillar `pillar` with its areas, each text in `language` or the
        next of its fallback chain; `fallbacks` names the texts that are not in `language`."""
        library = LibraryService(self._scope)
        chosen = next((p for p in library.pillars("en") if p.number == pillar), None)
        overview_id = library.item_id_for_key(OVERVIEW_KEY)
        if chosen is None or overview_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The library has no pillar {number}; load the built-in library."
                ),
                number=pillar,
            )
        texts = self._texts([overview_id, chosen.id, *(area.id for area in chosen.areas)])
        pick = _Chooser(language)
        overview, own = texts[overview_id], texts[chosen.id]
        title = pick(own["title"], f"{chosen.key} title")
        areas = tuple(
            f"{area.code} {pick(texts[area.id]['title'], f'{chosen.key} areas')}"
            for area in chosen.areas
        )
        return FactsheetData(
            language=language,
            title=pick(overview["title"], f"{OVERVIEW_KEY} title"),
            intro=pick(overview["body"], f"{OVERVIEW_KEY} body"),
            pillar=f"{chosen.roman}. {title}",
            pillar_body=pick(own["body"], f"{chosen.key} body"),
            areas=areas,
            logos=logos,
            fallbacks=tuple(pick.fallbacks),
        )

"""Reading the JPoA library in one language, with English as the fallback for missing texts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.models import LibraryItem, LibraryText
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.library import (
    AREA,
    PILLAR,
    SECTION,
    TERM,
    AreaView,
    GlossaryEntry,
    ItemSummary,
    ItemView,
    PillarView,
    SectionView,
)

# Section order in the navigation; packs not listed here follow, by name.
SECTION_ORDER = ("jpoa", "pillars", "framework", "resolutions", "partners", "glossary")
# The text field shown under a title in lists, per kind.
SUBTITLE_FIELD = {"partner": "full_name", "resolution": "subject", "phase": "funders"}

Texts = dict[int, dict[str, dict[str, str]]]  # item id -> field -> lang -> text


def _texts_for(session: Session, item_ids: Iterable[int]) -> Texts:
    ids = list(item_ids)
    found: Texts = defaultdict(lambda: defaultdict(dict))
    if not ids:
        return found
    rows = session.execute(
        select(LibraryText.item_id, LibraryText.field, LibraryText.lang, LibraryText.text).where(
            LibraryText.item_id.in_(ids)
        )
    )
    for item_id, field_name, lang, value in rows:
        found[item_id][field_name][lang] = value
    return found


def _summary(item: LibraryItem, texts: Texts, lang: str) -> ItemSummary:
    fields = texts.get(item.id, {})
    subtitle_field = SUBTITLE_FIELD.get(item.kind, "")
    return ItemSummary(
        id=item.id,
        key=item.key,
        kind=item.kind,
        title=_display_title(item, fields, lang),
        subtitle=pick(fields.get(subtitle_field), lang) if subtitle_field else "",
    )


def _display_title(item: LibraryItem, fields: dict[str, dict[str, str]], lang: str) -> str:
    title = pick(fields.get("title"), lang)
    if item.kind == AREA and item.meta.get("code"):
        return f"{item.meta['code']} {title}"
    if item.kind == PILLAR and item.meta.get("roman"):
        return f"{item.meta['roman']}. {pick(fields.get('short'), lang) or title}"
    return title


class LibraryService:
    """Queries over the library; each call is its own short read-only unit of work."""

    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def languages(self) -> list[str]:
        with self._scope() as s:
            return sorted(s.scalars(select(LibraryText.lang).distinct()))

    def is_loaded(self) -> bool:
        with self._scope() as s:
            return (
                s.scalar(select(LibraryItem.id).where(LibraryItem.kind == PILLAR).limit(1))
                is not None
            )

    def pillars(self, lang: str) -> list[PillarView]:
        with self._scope() as s:
            pillars = s.scalars(
                select(LibraryItem).where(LibraryItem.kind == PILLAR).order_by(LibraryItem.position)
            ).all()
            areas = s.scalars(
                select(LibraryItem).where(LibraryItem.kind == AREA).order_by(LibraryItem.position)
            ).all()
            texts = _texts_for(s, [i.id for i in (*pillars, *areas)])
        by_pillar: dict[int, list[AreaView]] = defaultdict(list)
        for area in sorted(areas, key=lambda a: _code_sort_key(str(a.meta.get("code", "")))):
            fields = texts.get(area.id, {})
            view = AreaView(
                id=area.id,
                key=area.key,
                code=str(area.meta.get("code", "")),
                pillar=int(area.meta.get("pillar", 0)),
                title=pick(fields.get("title"), lang),
                body=pick(fields.get("body"), lang),
            )
            by_pillar[view.pillar].append(view)
        result = []
        for pillar in sorted(pillars, key=lambda p: int(p.meta.get("number", 0))):
            number = int(pillar.meta.get("number", 0))
            fields = texts.get(pillar.id, {})
            result.append(
                PillarView(
                    id=pillar.id,
                    key=pillar.key,
                    number=number,
                    roman=str(pillar.meta.get("roman", number)),
                    title=pick(fields.get("title"), lang),
                    short=pick(fields.get("short"), lang),
                    body=pick(fields.get("body"), lang),
                    areas=tuple(by_pillar.get(number, ())),
                )
            )
        return result

    def sections(self, lang: str) -> list[SectionView]:
        """The navigation: one section per content pack, items in file order.

        Framework areas are listed under their pillar (see `item(...).children`), so the
        framework section lists the pillars as its entries.
        """
        with self._scope() as s:
            items = s.scalars(select(LibraryItem).order_by(LibraryItem.position)).all()
            texts = _texts_for(s, [i.id for i in items])
        by_pack: dict[str, list[LibraryItem]] = defaultdict(list)
        heads: dict[str, LibraryItem] = {}
        for item in items:
            if item.kind == SECTION:
                heads[item.pack] = item
            else:
                by_pack[item.pack].append(item)
        order = {name: n for n, name in enumerate(SECTION_ORDER)}
        sections = []
        for pack in sorted(heads, key=lambda p: (order.get(p, len(order)), p)):
            head_fields = texts.get(heads[pack].id, {})
            members = [i for i in by_pack.get(pack, []) if i.kind != AREA]
            if pack == "framework":
                members = [i for i in items if i.kind == PILLAR]
            sections.append(
                SectionView(
                    pack=pack,
                    title=pick(head_fields.get("title"), lang),
                    label=pick(head_fields.get("label"), lang),
                    items=tuple(_summary(i, texts, lang) for i in members),
                )
            )
        return sections

    def item(self, item_id: int, lang: str) -> ItemView:
        with self._scope() as s:
            item = s.get(LibraryItem, item_id)
            if item is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "There is no library item with id {id}."),
                    id=item_id,
                )
            children: Sequence[LibraryItem] = ()
            if item.kind == PILLAR:
                children = s.scalars(
                    select(LibraryItem)
                    .where(LibraryItem.kind == AREA, LibraryItem.parent_id == item.id)
                    .order_by(LibraryItem.position)
                ).all()
            texts = _texts_for(s, [item.id, *(c.id for c in children)])
        fields = texts.get(item.id, {})
        langs = sorted({lng for by_lang in fields.values() for lng in by_lang})
        ordered_children = sorted(
            children, key=lambda c: _code_sort_key(str(c.meta.get("code", "")))
        )
        return ItemView(
            id=item.id,
            key=item.key,
            kind=item.kind,
            title=_display_title(item, fields, lang)
            if item.kind == AREA
            else pick(fields.get("title"), lang),
            texts={name: pick(by_lang, lang) for name, by_lang in fields.items()},
            meta=dict(item.meta),
            children=tuple(_summary(c, texts, lang) for c in ordered_children),
            languages=tuple(langs),
        )

    def item_id_for_key(self, key: str) -> int | None:
        with self._scope() as s:
            return s.scalar(select(LibraryItem.id).where(LibraryItem.key == key))

    def glossary(self, lang: str, contains: str = "") -> list[GlossaryEntry]:
        """All terms, sorted by the term in `lang`; `contains` filters on any language."""
        with self._scope() as s:
            terms = s.scalars(select(LibraryItem).where(LibraryItem.kind == TERM)).all()
            texts = _texts_for(s, [t.id for t in terms])
        needle = contains.casefold().strip()
        entries = []
        for term in terms:
            fields = texts.get(term.id, {})
            names = dict(fields.get("title", {}))
            definitions = dict(fields.get("body", {}))
            if needle and not any(
                needle in v.casefold() for v in (*names.values(), *definitions.values())
            ):
                continue
            entries.append(
                GlossaryEntry(id=term.id, key=term.key, terms=names, definitions=definitions)
            )
        entries.sort(key=lambda e: pick(e.terms, lang).casefold())
        return entries

    def framework_label(self, lang: str) -> str:
        with self._scope() as s:
            head = s.scalar(select(LibraryItem).where(LibraryItem.key == "pack-framework"))
            if head is None:
                return ""
            texts = _texts_for(s, [head.id])
        return pick(texts.get(head.id, {}).get("label"), lang)


def _code_sort_key(code: str) -> tuple[Any, ...]:
    """`II.10` after `II.9`: compare the numeric parts as numbers."""
    return tuple(int(p) if p.isdigit() else p for p in code.replace("-", ".").split("."))

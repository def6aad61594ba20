"""The library's search index: every text of every item, spelled and stemmed, rebuilt whole."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from jpoa_desktop.db.models import LibraryItem, LibraryText
from jpoa_desktop.model.library import AREA, PILLAR, SECTION
from jpoa_desktop.services.indexes.server_index import vector_text
from jpoa_desktop.services.indexes.word_forms import index_forms
from jpoa_desktop.texts.text_folding import words


@dataclass(frozen=True)
class IndexedText:
    """One item in one language, as the index stores it."""

    item_id: int
    kind: str
    lang: str
    title: str
    body: str


@dataclass(frozen=True)
class Match:
    """An indexed text a search found, its item's key and how well it matched (higher is better)."""

    entry: IndexedText
    key: str
    score: float


def _display_title(kind: str, meta: dict[str, object], fields: dict[str, str]) -> str:
    title = fields.get("title", "")
    if kind == AREA and meta.get("code"):
        return f"{meta['code']} {title}"
    if kind == PILLAR and meta.get("roman"):
        return f"{meta['roman']}. {title}"
    return title


def _as_sentence(value: str) -> str:
    """A short field (a subject, a full name) closed with a full stop, so snippets read well."""
    value = value.rstrip()
    return value if not value or value[-1] in '.!?…:;)»"' else value + "."


def indexed_texts(session: Session, only: Collection[int] | None = None) -> list[IndexedText]:
    """Every item × language the library holds (or those of `only`), as a title and a body."""
    item_query = select(LibraryItem).where(LibraryItem.kind != SECTION)
    text_query = select(LibraryText.item_id, LibraryText.lang, LibraryText.field, LibraryText.text)
    if only is not None:
        item_query = item_query.where(LibraryItem.id.in_(list(only)))
        text_query = text_query.where(LibraryText.item_id.in_(list(only)))
    items = {item.id: item for item in session.scalars(item_query)}
    fields: dict[tuple[int, str], dict[str, str]] = defaultdict(dict)
    for item_id, lang, field_name, value in session.execute(text_query):
        if item_id in items:
            fields[(item_id, lang)][field_name] = value
    result = []
    for (item_id, lang), by_field in sorted(fields.items()):
        item = items[item_id]
        lead = [_as_sentence(by_field[f]) for f in LEAD_FIELDS if f in by_field]
        rest = [v for f, v in sorted(by_field.items()) if f != "title" and f not in LEAD_FIELDS]
        result.append(
            IndexedText(
                item_id=item_id,
                kind=item.kind,
                lang=lang,
                title=_display_title(item.kind, item.meta, by_field),
                body="\n".join(lead + rest),
            )
        )
    return result


def rebuild_index(session: Session) -> None:
    """Make the search index match the library, inside the caller's transaction.

    The same rows on both databases: SQLite's FTS5 table, or the server's table (revision
    0014), which also holds the rows' tokens as a `tsvector` and their count."""
    session.execute(text("DELETE FROM library_fts"))
    rows: list[dict[str, Any]] = [
        {
            "title": e.title,
            "body": e.body,
            "folded": " ".join(index_forms(w) for w in words(f"{e.title}\n{e.body}")),
            "item_id": e.item_id,
            "lang": e.lang,
        }
        for e in indexed_texts(session)
    ]
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        for row in rows:
            row["words"], row["tokens"] = vector_text(row["title"], row["body"], row["folded"])
        session.execute(text(SERVER_INSERT), rows)
    else:
        session.execute(text(FTS5_INSERT), rows)


FTS5_INSERT = (
    "INSERT INTO library_fts (title, body, folded, item_id, lang) "
    "VALUES (:title, :body, :folded, :item_id, :lang)"
)
SERVER_INSERT = (
    "INSERT INTO library_fts (title, body, folded, item_id, lang, words, tokens) "
    "VALUES (:title, :body, :folded, :item_id, :lang, CAST(:words AS tsvector), :tokens)"
)

# Fields shown before the body in the indexed text (a partner's full name, a resolution's subject).
LEAD_FIELDS = ("short", "full_name", "subject", "funders")

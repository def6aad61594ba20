"""Plain, immutable results handed to the GUI and the CLI (never ORM objects across threads)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Kinds of library items, in the order the library shows its sections.
PILLAR = "pillar"
AREA = "area"
ARTICLE = "article"
PHASE = "phase"
PARTNER = "partner"
RESOLUTION = "resolution"
TERM = "term"
SECTION = "section"


@dataclass(frozen=True)
class AreaView:
    id: int
    key: str
    code: str
    pillar: int
    title: str
    body: str


@dataclass(frozen=True)
class PillarView:
    id: int
    key: str
    number: int
    roman: str
    title: str
    short: str
    body: str
    areas: tuple[AreaView, ...]


@dataclass(frozen=True)
class ItemSummary:
    """A line in the library's navigation: enough to list it and open it."""

    id: int
    key: str
    kind: str
    title: str
    subtitle: str = ""


@dataclass(frozen=True)
class SectionView:
    """A content pack as the navigation shows it: its title, an optional label, its items."""

    pack: str
    title: str
    label: str
    items: tuple[ItemSummary, ...]


@dataclass(frozen=True)
class ItemView:
    """Everything about one library item, texts in the requested language (English fallback)."""

    id: int
    key: str
    kind: str
    title: str
    texts: dict[str, str]
    meta: dict[str, Any]
    children: tuple[ItemSummary, ...] = ()
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class GlossaryEntry:
    id: int
    key: str
    terms: dict[str, str]
    definitions: dict[str, str]


@dataclass(frozen=True)
class SearchHit:
    """One search result. `snippet` is plain text; `marks` are (start, end) spans of matches."""

    kind: str
    id: int
    key: str
    title: str
    snippet: str
    score: float
    marks: tuple[tuple[int, int], ...] = ()
    title_marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class LoadReport:
    loaded: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    items_written: int = 0


@dataclass(frozen=True)
class CheckReport:
    revision: str | None
    head: str
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems

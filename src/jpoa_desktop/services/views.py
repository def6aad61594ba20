"""Plain, immutable results handed to the GUI and the CLI (never ORM objects across threads)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from jpoa_desktop.handouts.city_names import city_in
from jpoa_desktop.handouts.languages import first_available

FALLBACK_LANG = "en"  # the last language every text falls back to

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


def pick(by_lang: dict[str, str] | None, lang: str) -> str:
    """The text in `lang`, else the next of its fallback chain (a national language reads
    Russian, then English), else any language, else an empty string."""
    if not by_lang:
        return ""
    code = first_available((c for c, text in by_lang.items() if text), lang)
    return by_lang[code] if code else next(iter(by_lang.values()), "")


@dataclass(frozen=True)
class PersonSummary:
    """A line of the participant directory or of a search result."""

    id: int
    family_name: str
    given_name: str
    patronymic: str
    latin: str
    organisation: str
    country: str


@dataclass(frozen=True)
class WorkshopSummary:
    id: int
    title: str
    start: date
    end: date
    city: str
    country: str
    status: str
    participants: int
    kind: str = "workshop"


@dataclass(frozen=True)
class WorkshopDetail:
    """Everything about one workshop, with library keys resolved to titles in one language.

    `organisers` and `partners` hold library partner keys where the name is one of the
    library's partners (in any language) and the typed name otherwise; `*_names` are what to
    show. `tag_titles` follow `tags`, one title per key.
    """

    id: int
    title: str
    titles: dict[str, str]
    kind: str
    start: date
    end: date
    venue: str
    city: str
    country: str
    languages: tuple[str, ...]
    organisers: tuple[str, ...]
    partners: tuple[str, ...]
    organiser_names: tuple[str, ...]
    partner_names: tuple[str, ...]
    phase_key: str
    phase_title: str
    status: str
    notes: str
    tags: tuple[str, ...]
    tag_titles: tuple[str, ...]
    participants: int
    roles: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    language: str = "en"  # the language of the titles above, and of `place`

    @property
    def place(self) -> str:
        """Where it is held, as handouts print it: "Hyatt Regency, Dushanbe", the city as the
        detail's language writes it when it is one of the region's (`city_in`)."""
        return ", ".join(p for p in (self.venue, city_in(self.city, self.language)) if p)


@dataclass(frozen=True)
class Choice:
    """A library item offered in a form: its key, its title and a longer name for a tooltip."""

    key: str
    title: str
    subtitle: str = ""
    names: tuple[str, ...] = ()  # its titles in every language, to recognise typed names


@dataclass(frozen=True)
class WorkshopChoices:
    """What the workshop form offers from the library, in one language."""

    pillars: tuple[PillarView, ...]
    partners: tuple[Choice, ...]
    phases: tuple[Choice, ...]


@dataclass(frozen=True)
class RegistrationView:
    id: int
    person_id: int
    name: str
    organisation: str
    role: str
    status: str
    badge_code: str
    days_present: tuple[date, ...] = ()
    latin: str = ""  # the Latin spelling of the name (family and given)


@dataclass(frozen=True)
class CheckIn:
    """What the door shows after a scan: who, and whether they were already marked."""

    registration_id: int
    name: str
    organisation: str
    day: date
    marked_at: datetime
    already: bool
    session: str = ""  # the agenda session's uuid when the mark was for one session

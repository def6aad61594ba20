"""Workshops and the people in them as the screens, the CLI and the handouts read them:
plain, immutable results (never ORM objects across threads).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.model.city_names import city_in
from jpoa_desktop.model.library import PillarView

# What shows wherever an erased person's name would (their names are blank after an erasure):
# a fixed text with their id, so lists and handouts still count them but never name them.
ERASED_NAME = QT_TRANSLATE_NOOP("People", "Erased person #{id}")


def erased_name(person_id: int, template: str = ERASED_NAME) -> str:
    """The placeholder of an erased person; `template` is ERASED_NAME translated, if it is."""
    return template.format(id=person_id)


def workshop_days(start: date, end: date) -> list[date]:
    """Every day a workshop runs, first to last (none when the end is before the start).

    The one place that says what "the days of a workshop" are: the agenda's days, the sign-in
    sheets, the check-in's day list, the attendance rule and the attendance export all ask it.
    """
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


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

    @property
    def days(self) -> list[date]:
        return workshop_days(self.start, self.end)


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

    @property
    def days(self) -> list[date]:
        return workshop_days(self.start, self.end)


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

"""The participant directory as pages: counting, filtering and sorting people in SQL.

The directory screen shows tens of thousands of people, so it never loads them all: it asks for
the total once and then for pages of a few hundred rows. Every page is one statement whatever
the sort; workshop counts come from one grouped subquery over `registration` (for the workshops
sort) or from one grouped query over the page's ids (for every other sort, where only 300 people
need a count). Matching is `PeopleService.search`'s: every folded query word starts one of the
person's indexed name words, in any script.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Subquery, func, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import Organisation, Person, Registration
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.workshops import PersonSummary, erased_name
from jpoa_desktop.services.indexes.person_words import name_word_filters

SORTS = ("name", "latin", "organisation", "country", "workshops")
MAX_PAGE = 2_000


@dataclass(frozen=True)
class DirectoryRow(PersonSummary):
    """One line of the directory table: a person as a search finds them, and a little more."""

    position: str
    email: str
    workshops: int


@dataclass(frozen=True)
class PersonDetail:
    """One person as the directory's detail pane shows them (read-only)."""

    id: int
    family_name: str
    given_name: str
    patronymic: str
    latin_family_name: str
    latin_given_name: str
    organisation: str
    organisation_en: str
    position: str
    email: str
    phone: str
    country: str
    workshops: int


def query_filters(query: str, country: str = "") -> list[ColumnElement[bool]]:
    """WHERE clauses on `Person`: every query word starts a name word; the country, if given."""
    clauses = name_word_filters(query)  # the first few words only, as the people search
    if country:
        clauses.append(Person.country == country)
    return clauses


def _columns() -> tuple[Any, ...]:
    return (
        Person.id,
        Person.family_name,
        Person.given_name,
        Person.patronymic,
        Person.latin_family_name,
        Person.latin_given_name,
        Organisation.name,
        Person.country,
        Person.position,
        Person.email,
    )


def _row(values: Sequence[Any], workshops: int) -> DirectoryRow:
    (person_id, family, given, patronymic, latin_family, latin_given, org, country) = values[:8]
    position, email = values[8], values[9]
    return DirectoryRow(
        id=person_id,
        family_name=family or erased_name(person_id),  # only an erasure leaves it blank
        given_name=given,
        patronymic=patronymic,
        latin=f"{latin_family} {latin_given}".strip(),
        organisation=org or "",
        country=country,
        position=position,
        email=email,
        workshops=workshops,
    )


def _workshop_totals() -> Subquery:
    """Registrations per person, as one grouped subquery (only people with at least one)."""
    return (
        select(Registration.person_id.label("person_id"), func.count().label("n"))
        .group_by(Registration.person_id)
        .subquery("workshop_totals")
    )


def _order_keys(sort: str, descending: bool, totals: Subquery) -> list[tuple[Any, bool]]:
    """(expression, descending) pairs: the chosen column, then name and id as tiebreaks."""
    if sort == "name":
        return [(Person.sort_key, descending), (Person.id, descending)]
    primary: list[Any]
    if sort == "latin":
        primary = [Person.latin_family_name, Person.latin_given_name]
    elif sort == "organisation":
        name = _organisation_name()
        primary = [name]
        keys = [(name.is_(None), False)]  # people without an organisation last either way
    elif sort == "country":
        primary = [Person.country]
    else:
        primary = [func.coalesce(totals.c.n, 0)]
    if sort != "organisation":
        keys = []
    keys += [(key, descending) for key in primary]
    return [*keys, (Person.sort_key, False), (Person.id, False)]


def _organisation_name() -> Any:
    # A scalar subquery rather than a join: joined, SQLite scans people by organisation_id
    # and reads the table in random order, three times slower.
    return (
        select(Organisation.name).where(Organisation.id == Person.organisation_id).scalar_subquery()
    )


class DirectoryService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def count(self, query: str = "", country: str = "") -> int:
        """How many people match `query` (in any script) and `country` (when not empty)."""
        # count(*), not count(id): SQLite answers it from the b-tree counts, 100× faster.
        statement = select(func.count()).select_from(Person).where(*query_filters(query, country))
        with self._scope() as session:
            return int(session.scalar(statement) or 0)

    def page(
        self,
        query: str,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
        country: str = "",
    ) -> list[DirectoryRow]:
        """Rows `offset`..`offset + limit` of the matching people in the chosen order.

        Two steps: the ids of the page, sorted with nothing but the sort keys (SQLite's sorter
        then carries a few bytes a row, not whole rows), then those rows' cells by id.
        """
        if sort not in SORTS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{value}” is not a directory column to sort by ({choices})."
                ),
                value=sort,
                choices=", ".join(SORTS),
            )
        offset, limit = max(offset, 0), min(max(limit, 0), MAX_PAGE)
        if limit == 0:
            return []
        totals = _workshop_totals()
        keys = _order_keys(sort, descending, totals)
        ids = select(Person.id, *(key.label(f"k{n}") for n, (key, _) in enumerate(keys)))
        if sort == "workshops":
            ids = ids.outerjoin(totals, totals.c.person_id == Person.id)
        page_ids = (
            ids.where(*query_filters(query, country))
            .order_by(*(_direction(key, down) for key, down in keys))
            .offset(offset)
            .limit(limit)
            .cte("page_ids")
        )
        # The outer query orders by the page's own copies of the keys: ordered by the person
        # columns, SQLite would walk the whole name index to avoid sorting 300 rows.
        outer_keys = [_direction(page_ids.c[f"k{n}"], down) for n, (_, down) in enumerate(keys)]
        page_totals = (
            select(Registration.person_id.label("person_id"), func.count().label("n"))
            .where(Registration.person_id.in_(select(page_ids.c.id)))
            .group_by(Registration.person_id)
            .subquery("page_totals")
        )
        statement = (
            select(*_columns(), func.coalesce(page_totals.c.n, 0))
            .select_from(page_ids)
            .join(Person, Person.id == page_ids.c.id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .outerjoin(page_totals, page_totals.c.person_id == Person.id)
            .order_by(*outer_keys)
        )
        with self._scope() as session:
            result = session.connection().execute(statement)  # Core: no ORM row processing
            return [_row(values, int(values[10])) for values in result]

    def detail(self, person_id: int) -> PersonDetail | None:
        """The person with that id, or None when they are gone."""
        statement = (
            select(Person, Organisation.name, Organisation.name_en)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.id == person_id)
        )
        with self._scope() as session:
            found = session.execute(statement).first()
            if found is None:
                return None
            person, org, org_en = found
            workshops = _workshop_counts(session, [person_id]).get(person_id, 0)
            return PersonDetail(
                id=person.id,
                family_name=person.family_name or erased_name(person.id),
                given_name=person.given_name,
                patronymic=person.patronymic,
                latin_family_name=person.latin_family_name,
                latin_given_name=person.latin_given_name,
                organisation=org or "",
                organisation_en=org_en or "",
                position=person.position,
                email=person.email,
                phone=person.phone,
                country=person.country,
                workshops=workshops,
            )


def _direction(key: Any, descending: bool) -> Any:
    return key.desc() if descending else key.asc()


def _workshop_counts(session: Session, person_ids: Sequence[int]) -> dict[int, int]:
    """Registrations per person for a page of ids: one grouped query on the indexed column."""
    if not person_ids:
        return {}
    statement = (
        select(Registration.person_id, func.count())
        .where(Registration.person_id.in_(person_ids))
        .group_by(Registration.person_id)
    )
    return {person_id: int(n) for person_id, n in session.execute(statement)}

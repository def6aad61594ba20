"""People in a package who look like someone here under another uuid.

Two laptops that each typed in Aigerim (one as «Иванова Айгерим», one as "Ivanova Aigerim") hold
her under two uuids. An import proposes the match instead of adding her twice: the directory's
own rule (`KnownPeople`: the same e-mail, or the same folded names across scripts and the same
patronymic or organisation) decides what looks alike, and the user decides whether it is her.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.workshop_models import Person
from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.model.exchange import PersonMatch
from jpoa_desktop.model.packages import JsonObject
from jpoa_desktop.services.people.people import PersonInput
from jpoa_desktop.services.people.person_matching import KnownPeople

SAME_EMAIL = QT_TRANSLATE_NOOP("Exchange", "the same e-mail")
SAME_NAME = QT_TRANSLATE_NOOP("Exchange", "the same name, patronymic or organisation")


def _text(record: JsonObject, name: str) -> str:
    value = record.get(name)
    return value if isinstance(value, str) else ""


def _full_name(family: str, given: str, patronymic: str = "") -> str:
    return " ".join(part for part in (family, given, patronymic) if part)


class PersonMatcher:
    """Finds, for a person record from a package, the person here it looks like (or None)."""

    def __init__(self, session: Session, organisation_names: Mapping[str, str]) -> None:
        self._session = session
        self._organisations = organisation_names  # organisation uuid → name, both sides
        self._known: KnownPeople | None = None

    def match(self, record: JsonObject) -> PersonMatch | None:
        if record.get("erased_at") or not self._known_people().uuids:  # nobody here to match
            return None
        email = _text(record, "email")
        organisation = self._organisations.get(_text(record, "organisation"), "")
        spellings = [
            (_text(record, "family_name"), _text(record, "given_name")),
            (_text(record, "latin_family_name"), _text(record, "latin_given_name")),
        ]
        known = self._known_people()
        for family, given in spellings:
            if not (family and given):
                continue
            found = known.match(
                PersonInput(
                    family_name=family,
                    given_name=given,
                    patronymic=_text(record, "patronymic"),
                    email=email,
                    organisation=organisation,
                )
            )
            if found is not None:
                return self._proposal(record, found, email)
        return None

    def _known_people(self) -> KnownPeople:
        if self._known is None:
            self._known = KnownPeople(self._session)
        return self._known

    def _proposal(self, record: JsonObject, person_id: int, email: str) -> PersonMatch | None:
        local = self._session.execute(
            select(
                Person.uuid,
                Person.family_name,
                Person.given_name,
                Person.patronymic,
                Person.email,
                Person.erased_at,
            ).where(Person.id == person_id)
        ).one()
        if local.erased_at is not None:
            return None
        same_email = bool(email) and email.casefold() == local.email.casefold()
        return PersonMatch(
            incoming_uuid=str(record["uuid"]),
            incoming_name=_full_name(
                _text(record, "family_name"),
                _text(record, "given_name"),
                _text(record, "patronymic"),
            ),
            local_uuid=local.uuid,
            local_name=_full_name(local.family_name, local.given_name, local.patronymic),
            reason=SAME_EMAIL if same_email else SAME_NAME,
        )

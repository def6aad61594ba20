"""Who is already in the directory, keyed for linking an imported row to them."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.workshop_models import Organisation, Person
from jpoa_desktop.services.people.people import PersonInput
from jpoa_desktop.texts.text_folding import fold


class KnownPeople:
    """Who is already in the database, keyed for matching an imported row.

    A row is the same person as someone known when the e-mail is the same, or the family and
    given names are the same and so is the patronymic, or (one patronymic missing) the
    organisation. Names alone are not enough: "Karimov Aziz" is many people. Whatever is not
    linked here, the duplicate finder can still merge later, with the user's consent.
    """

    def __init__(self, session: Session) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
        self.uuids: dict[int, str] = {}
        # Folding is most of a plan's time: a row is folded to match it, then again to add it,
        # and organisations and given names repeat; each text is folded once.
        self._folded: dict[str, str] = {}
        rows = session.execute(
            select(
                Person.id,
                Person.uuid,
                Person.family_name,
                Person.given_name,
                Person.patronymic,
                Person.email,
                Organisation.name,
            ).outerjoin(Organisation, Organisation.id == Person.organisation_id)
        )
        for person_id, uuid, family, given, patronymic, email, organisation in rows:
            self.uuids[person_id] = uuid
            self.add(person_id, family, given, patronymic, email, organisation or "")

    def add(
        self,
        person_id: int,
        family: str,
        given: str,
        patronymic: str,
        email: str,
        organisation: str,
    ) -> None:
        if email:
            self.by_email.setdefault(email.casefold(), person_id)
        entry = (person_id, self._fold(patronymic), self._fold(organisation))
        self.by_name[(self._fold(family), self._fold(given))].append(entry)

    def add_new(self, row: int, person: PersonInput) -> None:
        """A new person of an imported list, known by minus its row: a later row of the same
        person then matches -row and links to the one added for this row."""
        self.add(
            -row,
            person.family_name,
            person.given_name,
            person.patronymic,
            person.email,
            person.organisation,
        )

    def match(self, person: PersonInput) -> int | None:
        if person.email and person.email.casefold() in self.by_email:
            return self.by_email[person.email.casefold()]
        patronymic, organisation = self._fold(person.patronymic), self._fold(person.organisation)
        for person_id, known_patronymic, known_organisation in self.by_name.get(
            (self._fold(person.family_name), self._fold(person.given_name)), ()
        ):
            if patronymic and known_patronymic:
                if patronymic == known_patronymic:
                    return person_id
            elif organisation and organisation == known_organisation:
                return person_id
        return None

    def _fold(self, text: str) -> str:
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return folded

"""A person's data on request: everything held on them exported, and erased on request while
every count a report makes stays the same."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from jpoa_desktop.db.workshop_models import PersonWordIndex
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.database import Database, check_database
from jpoa_desktop.services.exchange.backup import backups_folder, list_backups
from jpoa_desktop.services.handouts.certificates import CertificateService
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.directory import DirectoryService
from jpoa_desktop.services.people.duplicates import DuplicateService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.people.personal_data import PersonalDataService
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

SPRING, AUTUMN = date(2026, 4, 6), date(2026, 10, 12)
CYRILLIC = PersonInput(
    "Кенжебаева", "Күләш", "Нұрланқызы", sex="female", country="KZ",
    organisation="Верховный суд", position="Судья", email="kulash@example.kz",
    phone="+7 701 000 00 00", notes="Вегетарианка", languages=("kk", "ru"),
    consent_data=True, consent_date=date(2026, 3, 1),
)  # fmt: skip
LATIN = PersonInput(
    "Oʻrinboyev", "Gʻayrat", sex="male", country="UZ", organisation="IIV",
    email="gayrat@example.uz",
)  # fmt: skip
OTHER = PersonInput("Öwezowa", "Maýsa", sex="female", country="TM", email="maysa@example.tm")


def _workshop(db: Database, title: str, start: date) -> int:
    return WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": title, "ru": f"{title} (ru)"}, start=start, end=start)
    )


@pytest.fixture
def people(empty_db: Database) -> dict[str, int]:
    """Three people at two workshops, marked present, one of them a speaker."""
    directory = PeopleService(empty_db.session_scope)
    workshops = WorkshopService(empty_db.session_scope)
    door = AttendanceService(empty_db.session_scope)
    ids = {name: directory.add(p) for name, p in (("kk", CYRILLIC), ("uz", LATIN), ("tm", OTHER))}
    spring, autumn = _workshop(empty_db, "Spring", SPRING), _workshop(empty_db, "Autumn", AUTUMN)
    for workshop, day in ((spring, SPRING), (autumn, AUTUMN)):
        for name, person in ids.items():
            role = "speaker" if name == "kk" and workshop == spring else "participant"
            code = workshops.register(workshop, person, role=role)
            door.mark(workshop, code, day)
    AgendaService(empty_db.session_scope).add_session(
        spring,
        SessionInput(
            day=SPRING, start=time(9), end=time(10), titles={"en": "Opening"}, speakers=(ids["kk"],)
        ),
    )
    return ids


def _counts(db: Database) -> list[tuple[object, ...]]:
    """Registrations and marks per workshop, and people per workshop by sex and country."""
    query = text(
        "SELECT r.workshop_id, p.sex, p.country, p.organisation_id, count(DISTINCT r.id),"
        " count(a.id) FROM registration r JOIN person p ON p.id = r.person_id"
        " LEFT JOIN attendance a ON a.registration_id = r.id"
        " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
    )
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query)]


def _backups(db: Database) -> list[str]:
    """The reasons of the database file's backups; none on a server (it has no file)."""
    return [] if db.path is None else [b.reason for b in list_backups(backups_folder(db.path))]


def test_export_holds_every_registration_and_mark_of_the_person_and_nothing_else(
    empty_db: Database, people: dict[str, int]
) -> None:
    service = PersonalDataService(empty_db.session_scope)
    for name, person in (("kk", CYRILLIC), ("uz", LATIN)):
        data = service.export_data(people[name])
        dumped = json.dumps(data, ensure_ascii=False)
        assert data["person"]["family_name"] == person.family_name
        assert data["person"]["email"] == person.email
        assert [r["workshop"]["titles"]["en"] for r in data["registrations"]] == [
            "Spring",
            "Autumn",
        ]
        days = [m["day"] for r in data["registrations"] for m in r["attendance"]]
        assert days == [SPRING.isoformat(), AUTUMN.isoformat()]
        marks = [m for r in data["registrations"] for m in r["attendance"]]
        assert all(isinstance(m["scans"], list) and m["marked_at"] for m in marks)
        assert all(r["badge_code"] for r in data["registrations"])
        others = [p for p in (CYRILLIC, LATIN, OTHER) if p is not person]
        for other in others:
            assert other.family_name not in dumped
            assert other.email not in dumped
    kulash = service.export_data(people["kk"])
    assert kulash["consents"] == {"data": True, "photos": False, "date": "2026-03-01"}
    assert kulash["organisation"]["name"] == "Верховный суд"
    assert kulash["person"]["languages"] == ["kk", "ru"]
    assert [s["titles"]["en"] for s in kulash["sessions_spoken"]] == ["Opening"]
    assert kulash["registrations"][0]["role"] == "speaker"
    # by uuid as well as by id
    assert service.export_data(kulash["person"]["uuid"])["person"]["id"] == people["kk"]


def test_an_unknown_person_is_one_clear_line(empty_db: Database) -> None:
    service = PersonalDataService(empty_db.session_scope)
    for reference in ("404", "no-such-uuid", ""):
        with pytest.raises(ValidationError, match="There is no person"):
            service.export_data(reference)
        with pytest.raises(ValidationError, match="There is no person"):
            service.erase(reference)


def test_erasing_blanks_the_person_and_keeps_every_count(
    empty_db: Database, people: dict[str, int], tmp_path: Path
) -> None:
    before = _counts(empty_db)
    erased = PersonalDataService(empty_db.session_scope).erase(people["kk"])

    assert erased.name == f"Erased person #{people['kk']}"
    assert (erased.registrations, erased.marks, erased.already_erased) == (2, 2, False)
    assert _counts(empty_db) == before
    data = PersonalDataService(empty_db.session_scope).export_data(people["kk"])
    person = data["person"]
    for field in ("family_name", "given_name", "patronymic", "latin_family_name",
                  "latin_given_name", "position", "email", "phone", "notes"):  # fmt: skip
        assert person[field] == "", field
    assert person["languages"] == []
    assert data["consents"] == {"data": False, "photos": False, "date": None}
    assert person["erased_at"] is not None
    assert (person["sex"], person["country"]) == ("female", "KZ")
    assert data["organisation"]["name"] == "Верховный суд"
    assert "Кенжебаева" not in json.dumps(data, ensure_ascii=False)

    # Nothing finds them by their old name, in either script; nor are they a duplicate.
    directory = PeopleService(empty_db.session_scope)
    assert directory.search("Кенжебаева") == []
    assert directory.search("Kenzhebaeva Kulash") == []
    with empty_db.session_scope() as session:
        words = session.scalar(
            select(func.count()).where(PersonWordIndex.person_id == people["kk"])
        )
    assert words == 0
    assert DuplicateService(empty_db.session_scope).candidates(min_score=0) == []
    door = AttendanceService(empty_db.session_scope)
    workshop = WorkshopService(empty_db.session_scope).workshops("en")[0].id
    assert door.find(workshop, "Кенжебаева") == []  # the check-in's search
    assert [r.name for r in door.marks(workshop) if r.person_id == people["kk"]] == [erased.name]
    assert DirectoryService(empty_db.session_scope).detail(people["kk"]).family_name == (  # type: ignore[union-attr]
        erased.name
    )
    assert check_database(empty_db).ok
    # A file is backed up first; a server's backups are its administrator's (pg_dump).
    assert ("before-erase" in _backups(empty_db)) == (empty_db.path is not None)


def test_handouts_show_the_placeholder_not_the_name(
    empty_db: Database, people: dict[str, int], tmp_path: Path
) -> None:
    PersonalDataService(empty_db.session_scope).erase(people["kk"])
    workshop = WorkshopService(empty_db.session_scope).workshops("en")[0].id
    handouts = HandoutService(empty_db.session_scope)
    for kind in ("participant-list", "sign-in", "badges"):
        out = tmp_path / f"{kind}.pdf"
        handouts.write(kind, workshop, out, "en")
        printed = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
        assert "Кенжебаева" not in printed, kind
        assert "Kenzhebaeva" not in printed, kind
        assert f"Erased person #{people['kk']}" in printed, kind
        assert "Öwezowa" in printed, kind
    out = tmp_path / "list-ru.pdf"
    handouts.write("participant-list", workshop, out, "ru")
    printed = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert f"Данные удалены, № {people['kk']}" in printed


def test_an_erased_person_gets_no_certificate_and_the_reason_says_why(
    empty_db: Database, people: dict[str, int]
) -> None:
    PersonalDataService(empty_db.session_scope).erase(people["kk"])
    workshop = WorkshopService(empty_db.session_scope).workshops("en")[0].id
    holders, left_out = CertificateService(empty_db.session_scope).eligible(workshop)
    assert sorted(name for _id, name, _latin, _uuid in holders) == [
        "Oʻrinboyev Gʻayrat",
        "Öwezowa Maýsa",
    ]
    assert [(e.name, e.erased) for e in left_out] == [(f"Erased person #{people['kk']}", True)]


def test_erasing_twice_changes_nothing_and_says_so(
    empty_db: Database, people: dict[str, int]
) -> None:
    service = PersonalDataService(empty_db.session_scope)
    first = service.erase(people["uz"])
    backups = _backups(empty_db)
    again = service.erase(str(people["uz"]))
    assert again.already_erased
    assert again.erased_at == first.erased_at
    assert _backups(empty_db) == backups


def test_a_merge_of_an_erased_person_cannot_be_undone(empty_db: Database) -> None:
    directory = PeopleService(empty_db.session_scope)
    keep = directory.add(PersonInput("Юсупов", "Тимур"))
    drop = directory.add(PersonInput("Yusupov", "Timur", email="timur@example.uz"))
    duplicates = DuplicateService(empty_db.session_scope)
    merge = duplicates.merge(keep, drop)
    erased = PersonalDataService(empty_db.session_scope).erase(keep)
    assert erased.merges_emptied == 1
    with empty_db.engine.connect() as conn:
        payload = conn.execute(text("SELECT undo FROM person_merge")).scalar_one()
    assert "Yusupov" not in payload and "timur@example.uz" not in payload
    with pytest.raises(ValidationError, match="cannot be undone: the person's data was erased"):
        duplicates.undo(merge)
    other = directory.add(PersonInput("Юсупов", "Тимур", email="t@example.uz"))
    for keep_id, drop_id in ((keep, other), (other, keep)):
        with pytest.raises(ValidationError, match=f"Person {keep} was erased"):
            duplicates.merge(keep_id, drop_id)

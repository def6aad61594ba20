"""Planning workshops: the list's filters, editing, copying to plan the next one, deleting."""

from __future__ import annotations

from datetime import date, time

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

ALMATY = WorkshopInput(
    titles={"en": "Preventing violent extremism online", "ru": "Профилактика экстремизма в сети"},
    start=date(2025, 3, 10),
    end=date(2025, 3, 12),
    city="Almaty",
    country="KZ",
    organisers=("UNOCT",),
    partners=("partner-osce", "Ministry of Education"),
    phase_key="phase-4",
    tags=("area-i.7",),  # an area only: the pillar filter must still find it
)
DUSHANBE = WorkshopInput(
    titles={"en": "Border security table-top", "ru": "Учения по безопасности границ"},
    start=date(2026, 6, 1),
    end=date(2026, 6, 2),
    kind="tabletop_exercise",
    city="Dushanbe",
    country="TJ",
    status="held",
    tags=("pillar-2",),
)
TASHKENT = WorkshopInput(
    titles={"en": "Human rights in counter-terrorism"},
    start=date(2026, 9, 15),
    end=date(2026, 9, 16),
    city="Tashkent",
    country="UZ",
    status="cancelled",
    tags=("pillar-4", "area-iv.2"),
)


@pytest.fixture
def service(loaded_db: Database) -> WorkshopService:
    return WorkshopService(loaded_db.session_scope)


@pytest.fixture
def ids(service: WorkshopService) -> dict[str, int]:
    return {
        name: service.create(w)
        for name, w in (("almaty", ALMATY), ("dushanbe", DUSHANBE), ("tashkent", TASHKENT))
    }


def cities(found: list[WorkshopSummary]) -> list[str]:
    return [w.city for w in found]


def test_the_list_is_newest_first_and_each_filter_narrows_it(
    service: WorkshopService, ids: dict[str, int]
) -> None:
    assert cities(service.workshops("en")) == ["Tashkent", "Dushanbe", "Almaty"]
    assert service.years() == [2026, 2025]
    assert cities(service.workshops("en", year=2025)) == ["Almaty"]
    assert cities(service.workshops("en", country="TJ")) == ["Dushanbe"]
    assert cities(service.workshops("en", status="cancelled")) == ["Tashkent"]
    assert cities(service.workshops("en", year=2026, status="held")) == ["Dushanbe"]
    assert service.workshops("en", country="KG") == []


def test_the_pillar_filter_finds_workshops_tagged_with_one_of_its_areas(
    service: WorkshopService, ids: dict[str, int]
) -> None:
    assert cities(service.workshops("en", pillar="pillar-1")) == ["Almaty"]  # via area I.7
    assert cities(service.workshops("en", pillar="pillar-2")) == ["Dushanbe"]
    assert cities(service.workshops("en", pillar="pillar-4")) == ["Tashkent"]
    assert service.workshops("en", pillar="pillar-3") == []


def test_text_search_finds_any_title_language_and_the_city_whatever_the_case(
    service: WorkshopService, ids: dict[str, int]
) -> None:
    assert cities(service.workshops("en", text="профилактика")) == ["Almaty"]
    assert cities(service.workshops("en", text="BORDER")) == ["Dushanbe"]
    assert cities(service.workshops("en", text="tashk")) == ["Tashkent"]
    assert service.workshops("en", text="100%") == []


def test_sorting_by_title_and_participants_happens_in_the_query(
    service: WorkshopService, ids: dict[str, int], loaded_db: Database
) -> None:
    person = PeopleService(loaded_db.session_scope).add(PersonInput("Иванова", "Анна"))
    service.register(ids["almaty"], person)
    by_title = service.workshops("en", sort="title", descending=False)
    assert [w.title for w in by_title] == sorted(w.title for w in by_title)
    busiest = service.workshops("en", sort="participants", descending=True)[0]
    assert (busiest.city, busiest.participants) == ("Almaty", 1)


def test_the_detail_names_library_items_in_the_reader_language(
    service: WorkshopService, ids: dict[str, int]
) -> None:
    detail = service.detail(ids["almaty"], "ru")
    assert detail.title == "Профилактика экстремизма в сети"
    assert detail.titles["en"] == "Preventing violent extremism online"
    assert detail.organisers == ("partner-unoct",)  # the typed short name is the partner
    assert detail.partners == ("partner-osce", "Ministry of Education")
    assert detail.partner_names == ("ОБСЕ", "Ministry of Education")
    assert detail.phase_title.startswith("Этап IV")
    assert len(detail.tag_titles) == 1 and detail.tag_titles[0].startswith("I.7 ")
    assert detail.participants == 0 and detail.roles == {}


def test_update_changes_every_field_and_keeps_the_tags_asked_for(
    service: WorkshopService, ids: dict[str, int]
) -> None:
    changed = WorkshopInput(
        **{
            **ALMATY.__dict__,
            "titles": {"en": "Online radicalisation", "kk": "Онлайн радикалдану"},
            "end": date(2025, 3, 14),
            "venue": "Rixos",
            "languages": ("ru", "kk"),
            "status": "held",
            "tags": ("pillar-1", "area-i.2"),
            "notes": "Room 3",
        }
    )
    service.update(ids["almaty"], changed)
    detail = service.detail(ids["almaty"], "kk")
    assert detail.title == "Онлайн радикалдану"
    assert (detail.end, detail.venue, detail.status, detail.notes) == (
        date(2025, 3, 14),
        "Rixos",
        "held",
        "Room 3",
    )
    assert detail.languages == ("ru", "kk")
    assert detail.tags == ("pillar-1", "area-i.2")
    assert cities(service.workshops("en", text="radicalisation")) == ["Almaty"]


def test_an_invalid_update_is_refused_and_changes_nothing(
    service: WorkshopService, ids: dict[str, int]
) -> None:
    wrong = WorkshopInput(**{**ALMATY.__dict__, "end": date(2025, 3, 1), "city": "Astana"})
    with pytest.raises(ValidationError, match="ends"):
        service.update(ids["almaty"], wrong)
    with pytest.raises(ValidationError, match="two-letter"):
        service.update(ids["almaty"], WorkshopInput(**{**ALMATY.__dict__, "country": "Kaz"}))
    assert service.detail(ids["almaty"], "en").city == "Almaty"


def test_a_copy_keeps_settings_tags_and_agenda_but_not_the_people(
    service: WorkshopService, ids: dict[str, int], loaded_db: Database
) -> None:
    agenda = AgendaService(loaded_db.session_scope)
    agenda.add_session(
        ids["almaty"],
        SessionInput(date(2025, 3, 11), time(9), time(10, 30), {"en": "Opening"}),
    )
    person = PeopleService(loaded_db.session_scope).add(PersonInput("Petrov", "Ivan"))
    service.register(ids["almaty"], person)
    copy = service.copy(ids["almaty"], date(2026, 3, 9), {"en": "Online extremism, second run"})
    detail = service.detail(copy, "en")
    assert (detail.start, detail.end) == (date(2026, 3, 9), date(2026, 3, 11))
    assert detail.title == "Online extremism, second run"
    assert (detail.city, detail.country, detail.phase_key) == ("Almaty", "KZ", "phase-4")
    assert detail.tags == ("area-i.7",) and detail.status == "planned"
    assert detail.participants == 0
    copied = [s for d in agenda.agenda(copy, "en").days for s in d.sessions]
    assert [(s.day, s.title) for s in copied] == [(date(2026, 3, 10), "Opening")]
    assert service.detail(ids["almaty"], "en").participants == 1  # the original is untouched


def test_delete_removes_everything_and_restore_brings_back_the_registrations(
    service: WorkshopService, ids: dict[str, int], loaded_db: Database
) -> None:
    person = PeopleService(loaded_db.session_scope).add(PersonInput("Petrov", "Ivan"))
    code = service.register(ids["dushanbe"], person, role="speaker")
    deleted = service.delete(ids["dushanbe"])
    assert cities(service.workshops("en")) == ["Tashkent", "Almaty"]
    with pytest.raises(ValidationError, match="no workshop"):
        service.detail(ids["dushanbe"], "en")
    back = service.restore(deleted)
    (registration,) = service.registrations(back)
    assert (registration.role, registration.badge_code) == ("speaker", code)
    assert service.detail(back, "en").tags == ("pillar-2",)


def test_undoing_a_delete_brings_back_the_agenda_speakers_and_attendance_marks(
    service: WorkshopService, ids: dict[str, int], loaded_db: Database
) -> None:
    people = PeopleService(loaded_db.session_scope)
    speaker = people.add(PersonInput("Раҳимова", "Зарина", country="TJ"))
    listener = people.add(PersonInput("Petrov", "Ivan"))
    gone = people.add(PersonInput("Öwezow", "Döwlet"))
    workshop = ids["dushanbe"]
    start = service.detail(workshop, "en").start
    code = service.register(workshop, speaker, role="speaker", status="confirmed")
    service.register(workshop, listener)
    service.register(workshop, gone)
    agenda = AgendaService(loaded_db.session_scope)
    session_id = agenda.add_session(
        workshop,
        SessionInput(start, time(9), time(10), {"en": "Border risk analysis"}, speakers=(speaker,)),
    )
    uuid = agenda.get(session_id, "en").uuid
    AttendanceService(loaded_db.session_scope).mark(workshop, code, start, session=uuid)
    before = AgendaService(loaded_db.session_scope).agenda(workshop, "en")

    deleted = service.delete(workshop)
    service.create(ALMATY)  # ids handed out again meanwhile
    service.register(ids["almaty"], listener)
    people.delete(gone)  # free to go once the workshop was deleted: they stay gone
    back = service.restore(deleted)

    assert back == workshop  # its id was still free
    restored = agenda.agenda(back, "en")
    assert [
        (s.uuid, s.title, [p.name for p in s.speakers]) for d in restored.days for s in d.sessions
    ] == [(s.uuid, s.title, [p.name for p in s.speakers]) for d in before.days for s in d.sessions]
    door = AttendanceService(loaded_db.session_scope)
    assert door.counts(back, start, uuid) == (2, 1)
    assert door.counts(back, start) == (2, 1)
    assert {r.badge_code for r in service.registrations(back)} >= {code}
    with pytest.raises(ValidationError, match="already back"):
        service.restore(deleted)


def test_registration_role_and_status_change_and_removal_guards_attendance(
    service: WorkshopService, ids: dict[str, int], loaded_db: Database
) -> None:
    person = PeopleService(loaded_db.session_scope).add(PersonInput("Petrov", "Ivan"))
    code = service.register(ids["almaty"], person)
    (registration,) = service.registrations(ids["almaty"])
    service.set_registration(registration.id, "facilitator", "confirmed")
    (changed,) = service.registrations(ids["almaty"])
    assert (changed.role, changed.status) == ("facilitator", "confirmed")
    with pytest.raises(ValidationError, match="not a role"):
        service.set_registration(registration.id, "boss", "confirmed")
    AttendanceService(loaded_db.session_scope).mark(ids["almaty"], code, date(2025, 3, 10))
    assert service.attendance_marks(registration.id) == 1
    with pytest.raises(ValidationError, match="attendance marks on 1 day"):
        service.unregister(registration.id)
    assert len(service.registrations(ids["almaty"])) == 1
    service.unregister(registration.id, force=True)
    assert service.registrations(ids["almaty"]) == []
    assert service.register(ids["almaty"], person, badge_code=code) == code  # undo of removal
    again = service.registration_of(ids["almaty"], person)
    assert again is not None and again.badge_code == code

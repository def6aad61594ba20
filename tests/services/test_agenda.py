"""The agenda service: days of sessions, reordering, shifting, warnings, undo data and reuse."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.database import Database, check_database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import (
    WARNING_OUTSIDE,
    WARNING_OVERLAP,
    AgendaService,
    copy_agenda,
)
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAY1, DAY2 = date(2026, 12, 1), date(2026, 12, 2)


def _workshop(db: Database, start: date = DAY1, end: date = DAY2) -> int:
    return WorkshopService(db.session_scope).create(
        WorkshopInput(
            titles={"en": "Border security", "ru": "Безопасность границ"}, start=start, end=end
        )
    )


def _person(db: Database, family: str, given: str) -> int:
    return PeopleService(db.session_scope).add(PersonInput(family, given))


def _session(day: date, start: str, end: str, title: str, **more: object) -> SessionInput:
    return SessionInput(
        day=day,
        start=time.fromisoformat(start),
        end=time.fromisoformat(end),
        titles={"en": title, "ru": f"{title} (ru)"},
        **more,  # type: ignore[arg-type]
    )


def _day(service: AgendaService, workshop: int, day: date) -> list[tuple[str, str, str]]:
    """(start, end, English title) of the day's sessions, in order: what the agenda shows."""
    view = service.agenda(workshop, "en")
    (found,) = [d for d in view.days if d.day == day]
    return [(s.start.strftime("%H:%M"), s.end.strftime("%H:%M"), s.title) for s in found.sessions]


@pytest.fixture
def service(loaded_db: Database) -> AgendaService:
    return AgendaService(loaded_db.session_scope)


def test_every_day_of_the_workshop_is_listed_and_titles_fall_back_to_english(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    service.add_session(workshop, SessionInput(DAY2, time(9), time(10), {"en": "Opening"}))
    view = service.agenda(workshop, "ru")
    assert [(d.day, d.number) for d in view.days] == [(DAY1, 1), (DAY2, 2)]
    assert view.days[0].sessions == ()
    assert view.days[1].sessions[0].title == "Opening"  # no Russian title: English shown
    assert view.warnings == ()


def test_a_session_without_a_time_place_goes_where_its_start_puts_it(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    service.add_session(workshop, _session(DAY1, "11:00", "12:00", "Late"))
    service.add_session(workshop, _session(DAY1, "09:00", "10:00", "Early"))
    assert [t for _s, _e, t in _day(service, workshop, DAY1)] == ["Early", "Late"]


def test_speakers_must_be_registered_to_speak(loaded_db: Database, service: AgendaService) -> None:
    workshop = _workshop(loaded_db)
    workshops = WorkshopService(loaded_db.session_scope)
    speaker, listener = _person(loaded_db, "Юсупов", "Тимур"), _person(loaded_db, "Асанова", "Үмүт")
    workshops.register(workshop, speaker, role="speaker")
    workshops.register(workshop, listener)
    with pytest.raises(ValidationError, match="not registered for this workshop as a speaker"):
        service.add_session(
            workshop, _session(DAY1, "09:00", "10:00", "Talk", speakers=(listener,))
        )
    added = service.add_session(
        workshop, _session(DAY1, "09:00", "10:00", "Talk", speakers=(speaker,), tags=("pillar-2",))
    )
    shown = service.agenda(workshop, "en").session(added)
    assert shown is not None
    assert [s.name for s in shown.speakers] == ["Юсупов Тимур"]
    assert shown.tags == ("pillar-2",)
    assert [c.name for c in service.speaker_choices(workshop)] == ["Юсупов Тимур"]


def test_bad_input_is_refused_with_a_clear_message(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    with pytest.raises(ValidationError, match="has no title"):
        service.add_session(workshop, SessionInput(DAY1, time(9), time(10), {"en": "  "}))
    with pytest.raises(ValidationError, match="not a kind of session"):
        service.add_session(workshop, _session(DAY1, "09:00", "10:00", "X", kind="party"))
    with pytest.raises(ValidationError, match="not a pillar or area"):
        service.add_session(workshop, _session(DAY1, "09:00", "10:00", "X", tags=("pillar-9",)))
    assert _day(service, workshop, DAY1) == []


def test_overlaps_and_sessions_outside_the_dates_are_warned_about(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    first = service.add_session(workshop, _session(DAY1, "09:00", "10:30", "Opening"))
    second = service.add_session(workshop, _session(DAY1, "10:00", "11:00", "Threats"))
    outside = service.add_session(workshop, _session(date(2026, 12, 5), "09:00", "10:00", "Trip"))
    view = service.agenda(workshop, "en")
    assert [d.day for d in view.days][-1] == date(2026, 12, 5)
    assert view.days[-1].number == 0
    kinds = {(w.kind, w.session_ids) for w in view.warnings}
    assert kinds == {(WARNING_OVERLAP, (first, second)), (WARNING_OUTSIDE, (outside,))}
    overlap = next(w for w in view.warnings if w.kind == WARNING_OVERLAP)
    assert str(overlap) == (
        "“Opening” (09:00–10:30) and “Threats” (10:00–11:00) overlap on 2026-12-01."
    )
    row = view.session(second)
    assert row is not None and row.warnings == (WARNING_OVERLAP,)


def test_lengthening_a_session_can_push_the_rest_of_the_day(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    talk = service.add_session(workshop, _session(DAY1, "09:00", "10:00", "Talk"))
    service.add_session(workshop, _session(DAY1, "10:00", "10:15", "Coffee", kind="break"))
    service.add_session(workshop, _session(DAY1, "10:15", "11:00", "Groups"))
    view = service.agenda(workshop, "en").session(talk)
    assert view is not None
    pushed = service.update_session(talk, replace(view.as_input(), end=time(10, 30)), True)
    assert pushed == 30
    assert _day(service, workshop, DAY1) == [
        ("09:00", "10:30", "Talk"),
        ("10:30", "10:45", "Coffee"),
        ("10:45", "11:30", "Groups"),
    ]
    assert service.agenda(workshop, "en").warnings == ()


def test_shift_moves_the_later_sessions_and_refuses_to_pass_midnight(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    service.add_session(workshop, _session(DAY1, "09:00", "10:00", "A"))
    service.add_session(workshop, _session(DAY1, "22:00", "23:00", "B"))
    assert service.shift(workshop, DAY1, 1, 45) == 1
    assert _day(service, workshop, DAY1)[1] == ("22:45", "23:45", "B")
    with pytest.raises(ValidationError, match="past midnight"):
        service.shift(workshop, DAY1, 0, 30)
    assert _day(service, workshop, DAY1) == [("09:00", "10:00", "A"), ("22:45", "23:45", "B")]


def test_moving_within_a_day_swaps_time_slots_and_leaves_the_rest(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    service.add_session(workshop, _session(DAY1, "09:00", "10:00", "A"))
    service.add_session(workshop, _session(DAY1, "10:00", "10:30", "B"))
    c = service.add_session(workshop, _session(DAY1, "11:00", "12:00", "C"))
    service.add_session(workshop, _session(DAY1, "14:00", "15:00", "D"))
    service.move_session(c, DAY1, 1)
    assert _day(service, workshop, DAY1) == [
        ("09:00", "10:00", "A"),
        ("10:00", "11:00", "C"),
        ("11:30", "12:00", "B"),  # the 30-minute gap stays between the two
        ("14:00", "15:00", "D"),
    ]


def test_moving_to_another_day_makes_room_there(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    a = service.add_session(workshop, _session(DAY1, "09:00", "10:00", "A"))
    service.add_session(workshop, _session(DAY1, "10:00", "11:00", "B"))
    service.add_session(workshop, _session(DAY2, "09:00", "09:30", "X"))
    service.add_session(workshop, _session(DAY2, "09:30", "10:00", "Y"))
    service.move_session(a, DAY2, 1)
    assert _day(service, workshop, DAY1) == [("10:00", "11:00", "B")]
    assert _day(service, workshop, DAY2) == [
        ("09:00", "09:30", "X"),
        ("09:30", "10:30", "A"),
        ("10:30", "11:00", "Y"),
    ]


def test_slots_taken_before_a_move_put_everything_back(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    a = service.add_session(workshop, _session(DAY1, "09:00", "10:00", "A"))
    service.add_session(workshop, _session(DAY2, "09:00", "09:30", "X"))
    before = (_day(service, workshop, DAY1), _day(service, workshop, DAY2))
    slots = service.slots(workshop)
    service.move_session(a, DAY2, 0)
    service.restore_slots(workshop, slots)
    assert (_day(service, workshop, DAY1), _day(service, workshop, DAY2)) == before


def test_a_deleted_session_comes_back_with_its_attendance(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    workshops = WorkshopService(loaded_db.session_scope)
    speaker = _person(loaded_db, "Юсупов", "Тимур")
    code = workshops.register(workshop, speaker, role="facilitator")
    service.add_session(workshop, _session(DAY1, "09:00", "10:00", "A"))
    talk = service.add_session(
        workshop, _session(DAY1, "10:00", "11:00", "B", speakers=(speaker,), tags=("area-ii.3",))
    )
    service.add_session(workshop, _session(DAY1, "11:00", "12:00", "C"))
    before = service.agenda(workshop, "en").session(talk)
    assert before is not None
    AttendanceService(loaded_db.session_scope).mark(workshop, code, DAY1, session=before.uuid)
    deleted = service.delete_session(talk)
    assert [t for _s, _e, t in _day(service, workshop, DAY1)] == ["A", "C"]
    restored = service.restore_session(deleted)
    after = service.agenda(workshop, "en").session(restored)
    assert after is not None
    assert replace(after, id=before.id) == before  # same place, uuid, speakers, tags
    assert [t for _s, _e, t in _day(service, workshop, DAY1)] == ["A", "B", "C"]
    with loaded_db.engine.connect() as conn:
        keys = conn.exec_driver_sql("SELECT session_key FROM attendance ORDER BY 1").scalars()
        assert list(keys) == ["", after.uuid]  # the day's mark and the session's, still linked
    assert check_database(loaded_db).ok


def test_a_day_or_single_sessions_can_be_reused_from_another_workshop(
    loaded_db: Database, service: AgendaService
) -> None:
    old = _workshop(loaded_db, date(2025, 5, 1), date(2025, 5, 2))
    new = _workshop(loaded_db)
    workshops = WorkshopService(loaded_db.session_scope)
    both, only_old = _person(loaded_db, "Юсупов", "Тимур"), _person(loaded_db, "Ким", "Ольга")
    for person in (both, only_old):
        workshops.register(old, person, role="speaker")
    workshops.register(new, both, role="speaker")
    service.add_session(old, _session(date(2025, 5, 1), "09:00", "10:00", "Opening"))
    panel = service.add_session(
        old, _session(date(2025, 5, 1), "10:00", "11:00", "Panel", speakers=(both, only_old))
    )
    service.add_session(new, _session(DAY2, "08:00", "08:30", "Registration"))
    assert [s.workshop_id for s in service.sources("en", exclude_workshop_id=new)] == [old]
    copied = service.copy_day(old, date(2025, 5, 1), new, DAY2)
    assert len(copied) == 2
    assert _day(service, new, DAY2) == [
        ("08:00", "08:30", "Registration"),
        ("09:00", "10:00", "Opening"),
        ("10:00", "11:00", "Panel"),
    ]
    (single,) = service.copy_sessions([panel], new, DAY1)
    shown = service.agenda(new, "en").session(single)
    assert shown is not None and [s.person_id for s in shown.speakers] == [both]


def test_copy_agenda_moves_the_days_with_the_new_dates(
    loaded_db: Database, service: AgendaService
) -> None:
    old = _workshop(loaded_db, date(2025, 5, 1), date(2025, 5, 2))
    new = _workshop(loaded_db)
    service.add_session(old, _session(date(2025, 5, 1), "09:00", "10:00", "Opening"))
    service.add_session(old, _session(date(2025, 5, 2), "16:00", "17:00", "Closing"))
    with loaded_db.session_scope() as session:
        assert copy_agenda(session, old, new, (DAY1 - date(2025, 5, 1)).days) == 2
    assert _day(service, new, DAY1) == [("09:00", "10:00", "Opening")]
    assert _day(service, new, DAY2) == [("16:00", "17:00", "Closing")]


def test_merging_two_records_of_a_speaker_keeps_their_sessions_and_undo_gives_them_back(
    loaded_db: Database, service: AgendaService
) -> None:
    from jpoa_desktop.services.people.duplicates import DuplicateService

    workshop = _workshop(loaded_db)
    workshops = WorkshopService(loaded_db.session_scope)
    keep, drop = _person(loaded_db, "Oʻrinboyev", "Gʻayrat"), _person(loaded_db, "Orinboev", "G")
    workshops.register(workshop, keep, role="speaker")
    workshops.register(workshop, drop, role="facilitator")
    alone = service.add_session(workshop, _session(DAY1, "09:00", "10:00", "A", speakers=(drop,)))
    together = service.add_session(
        workshop, _session(DAY1, "10:00", "11:00", "B", speakers=(keep, drop))
    )

    def speakers() -> dict[int, list[int]]:
        view = service.agenda(workshop, "en")
        found = {i: view.session(i) for i in (alone, together)}
        return {i: [s.person_id for s in v.speakers] for i, v in found.items() if v is not None}

    merges = DuplicateService(loaded_db.session_scope)
    merge = merges.merge(keep, drop)
    assert speakers() == {alone: [keep], together: [keep]}
    assert merges.undo(merge) == drop
    assert speakers() == {alone: [drop], together: [keep, drop]}
    assert check_database(loaded_db).ok


def test_a_session_mark_also_marks_the_day_and_must_be_on_the_sessions_day(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    code = WorkshopService(loaded_db.session_scope).register(
        workshop, _person(loaded_db, "Ким", "Ольга")
    )
    talk = service.add_session(workshop, _session(DAY2, "09:00", "10:00", "Talk"))
    view = service.agenda(workshop, "en").session(talk)
    assert view is not None
    door = AttendanceService(loaded_db.session_scope)
    with pytest.raises(ValidationError, match="is on 2026-12-02, not on 2026-12-01"):
        door.mark(workshop, code, DAY1, session=view.uuid)
    assert not door.mark(workshop, code, DAY2, session=view.uuid).already
    assert door.mark(workshop, code, DAY2, session=view.uuid).already
    assert [r.days_present for r in door.marks(workshop)] == [(DAY2,)]


def test_a_break_added_between_sessions_can_make_room(
    loaded_db: Database, service: AgendaService
) -> None:
    workshop = _workshop(loaded_db)
    service.add_session(workshop, _session(DAY1, "09:00", "10:00", "Talk"))
    service.add_session(workshop, _session(DAY1, "10:00", "11:00", "Groups"))
    service.add_session(workshop, _session(DAY1, "11:30", "12:30", "After a gap"))
    coffee = _session(DAY1, "10:00", "10:15", "Coffee", kind="break")
    service.add_session(workshop, coffee, position=1, push_following=True)
    assert _day(service, workshop, DAY1) == [
        ("09:00", "10:00", "Talk"),
        ("10:00", "10:15", "Coffee"),
        ("10:15", "11:15", "Groups"),
        ("11:45", "12:45", "After a gap"),  # everything after moves by the same 15 minutes
    ]

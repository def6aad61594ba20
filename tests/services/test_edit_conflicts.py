"""No lost edits: two officials read the same measure, the first saves, the second's save is
refused with who and what (on SQLite and on a real server, as two different roles there)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, update
from tests.postgres_cluster import Cluster

from jpoa_desktop.db.strategy_models import StrategyItem
from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.errors import EditConflict
from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService


@pytest.fixture
def second_official(empty_db: Database, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The same database opened by another program: on a server, as another login role."""
    if empty_db.url.get_backend_name() == "sqlite":
        other = open_database(str(empty_db.path))
    else:
        cluster: Cluster = request.getfixturevalue("postgres_cluster")
        role = cluster.new_database_name("official")
        cluster.admin_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'second' BYPASSRLS")
        database = str(empty_db.url.database)
        for grant in ("TABLES", "SEQUENCES"):
            cluster.admin_sql(f"GRANT ALL ON ALL {grant} IN SCHEMA public TO {role}", database)
        url = cluster.url(database, user=role, password="second")
        other = open_database(url.render_as_string(hide_password=False))
    yield other
    other.dispose()


def _measure(service: StrategyService) -> int:
    draft = service.create(DraftInput(country="KZ", titles={"en": "Plan"}, languages=("en", "ru")))
    goal = service.add_item(draft, None, "goal", ItemInput(texts={"en": "Goal"}))
    objective = service.add_item(draft, goal, "objective", ItemInput(texts={"en": "Objective"}))
    return service.add_item(draft, objective, "measure", ItemInput(texts={"en": "Train judges"}))


def _services(*databases: Database) -> tuple[StrategyService, StrategyService]:
    first, second = (StrategyService(db.session_scope) for db in databases)
    return first, second


def _desks(*databases: Database) -> tuple[StrategyService, StrategyService, int]:
    """Two officials' services and a measure both will edit."""
    first, second = _services(*databases)
    return first, second, _measure(first)


def _saver(db: Database, item_id: int) -> str | None:
    with db.session_scope() as session:
        return session.scalar(select(StrategyItem.updated_by).where(StrategyItem.id == item_id))


def _race(
    first: StrategyService, second: StrategyService, theirs: str, mine: str
) -> tuple[int, ItemInput, EditConflict]:
    """Both read a new measure; the first saves `theirs`, the second's `mine` is refused."""
    item_id = _measure(first)
    base, version = first.item_seen(item_id)
    first.save_item(item_id, (base, ItemInput(texts={"en": theirs})), version)
    with pytest.raises(EditConflict) as caught:
        second.save_item(item_id, (base, ItemInput(texts={"en": mine})), version)
    return item_id, base, caught.value


def test_second_save_of_the_same_measure_says_who_saved_first_and_writes_nothing(
    empty_db: Database, second_official: Database
) -> None:
    first, second, item_id = _desks(empty_db, second_official)
    read_first, version = first.item_seen(item_id)
    read_second, version_second = second.item_seen(item_id)
    assert version == version_second == 1

    mine_first = ItemInput(texts={"en": "Train 40 judges"})
    assert first.save_item(item_id, (read_first, mine_first), version) == 2
    mine_second = ItemInput(texts={"en": "Train prosecutors"})
    with pytest.raises(EditConflict) as caught:
        second.save_item(item_id, (read_second, mine_second), version_second)

    conflict = caught.value
    assert conflict.theirs == {"texts.en": "Train 40 judges"}
    assert conflict.mine == {"texts.en": "Train prosecutors"}
    assert conflict.who == _saver(empty_db, item_id) != ""
    assert conflict.version == 2
    assert first.item(item_id).texts["en"] == "Train 40 judges"  # nothing written over
    if empty_db.url.get_backend_name() == "postgresql":
        assert conflict.who == empty_db.url.username  # the server's own account names them

    assert second.keep_mine(item_id, (read_second, mine_second), conflict) == 3
    assert first.item(item_id).texts["en"] == "Train prosecutors"
    assert _saver(empty_db, item_id) == (second_official.url.username or conflict.who)


def test_a_save_after_keep_mine_from_a_third_desk_is_a_new_conflict(
    empty_db: Database, second_official: Database
) -> None:
    first, second = _services(empty_db, second_official)
    item_id, base, conflict = _race(first, second, "A", "B")
    latest, latest_version = first.item_seen(item_id)
    first.save_item(item_id, (latest, ItemInput(texts={"en": "C"})), latest_version)
    with pytest.raises(EditConflict) as again:
        second.keep_mine(item_id, (base, ItemInput(texts={"en": "B"})), conflict)
    assert again.value.theirs == {"texts.en": "C"}
    assert first.item(item_id).texts["en"] == "C"


def test_edits_of_different_fields_both_stay(empty_db: Database, second_official: Database) -> None:
    first, second, item_id = _desks(empty_db, second_official)
    base, version = first.item_seen(item_id)
    first.save_item(
        item_id, (base, ItemInput(texts={"en": "Train judges", "ru": "Обучить судей"})), version
    )
    second.save_item(
        item_id, (base, ItemInput(texts={"en": "Train judges"}, status="planned")), version
    )
    both = first.item(item_id)
    assert both.texts == {"en": "Train judges", "ru": "Обучить судей"}
    assert both.status == "planned"


def test_every_write_moves_the_version_on_even_a_plain_sql_update(empty_db: Database) -> None:
    service = StrategyService(empty_db.session_scope)
    item_id = _measure(service)
    service.update_item(item_id, ItemInput(texts={"en": "Changed"}))  # the unchecked write (CLI)
    assert service.item_seen(item_id)[1] == 2
    with empty_db.session_scope() as session:
        session.execute(
            update(StrategyItem).where(StrategyItem.id == item_id).values(priority="high")
        )
    assert service.item_seen(item_id)[1] == 3


def test_a_stale_object_flushed_over_a_newer_row_is_refused(empty_db: Database) -> None:
    service = StrategyService(empty_db.session_scope)
    item_id = _measure(service)
    with pytest.raises(EditConflict), empty_db.session_scope() as session:
        stale = session.get(StrategyItem, item_id)
        assert stale is not None
        service.update_item(item_id, ItemInput(texts={"en": "Saved elsewhere"}))
        stale.texts = {"en": "Stale"}
        session.flush()
    assert service.item(item_id).texts["en"] == "Saved elsewhere"


def test_an_undo_from_before_their_save_does_not_write_the_old_text_back(
    empty_db: Database, second_official: Database
) -> None:
    first, second, item_id = _desks(empty_db, second_official)
    original, version = first.item_seen(item_id)
    typed = ItemInput(texts={"en": "Mine"})
    version = first.save_item(item_id, (original, typed), version)
    theirs, their_version = second.item_seen(item_id)
    second.save_item(item_id, (theirs, ItemInput(texts={"en": "Theirs"})), their_version)
    _, newest = first.item_seen(item_id)  # "take theirs": the screen reads the row again
    with pytest.raises(EditConflict):
        first.save_item(item_id, (typed, original), newest)  # the undo of "Mine"
    assert first.item(item_id).texts["en"] == "Theirs"


def test_a_workshop_s_details_saved_over_a_colleague_s_keep_theirs_or_refuse(
    empty_db: Database, second_official: Database
) -> None:
    first, second = (WorkshopService(db.session_scope) for db in (empty_db, second_official))
    read = WorkshopInput(titles={"ru": "Семинар в Алматы"}, start=date(2027, 3, 1),
                         end=date(2027, 3, 3), country="KZ")  # fmt: skip
    workshop_id = first.create(read)
    first.update(workshop_id, replace(read, venue="Rixos"), base=read)
    with pytest.raises(EditConflict) as caught:
        second.update(workshop_id, replace(read, venue="Hilton"), base=read)
    assert (caught.value.theirs, caught.value.mine) == ({"venue": "Rixos"}, {"venue": "Hilton"})
    second.update(workshop_id, replace(read, city="Алматы"), base=read)  # another field
    with empty_db.session_scope() as session:
        row = session.get(Workshop, workshop_id)
        assert row is not None and (row.venue, row.city) == ("Rixos", "Алматы")


def test_a_person_s_record_saved_over_a_colleague_s_keep_theirs_or_refuse(
    empty_db: Database, second_official: Database
) -> None:
    first, second = (PeopleService(db.session_scope) for db in (empty_db, second_official))
    read = PersonInput("Сейткали", "Айгерим", country="KZ")
    person_id = first.add(read)
    read = first.get(person_id).person
    first.update(person_id, replace(read, position="Директор"), base=read)
    with pytest.raises(EditConflict) as caught:
        second.update(person_id, replace(read, position="Начальник отдела"), base=read)
    assert caught.value.theirs == {"position": "Директор"}
    second.update(person_id, replace(read, email="a.seitkali@example.kz"), base=read)
    both = first.get(person_id).person
    assert (both.position, both.email) == ("Директор", "a.seitkali@example.kz")

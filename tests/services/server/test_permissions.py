"""The server keeps each editor to their country, whatever program they use: the app's services
and plain SQL with the editor's own login (the CLI is tests/cli/test_server_accounts.py).

One team server for the module: every refusal is checked against the rows as the superuser
reads them before and after, so the tests that are allowed to write do not disturb the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import psycopg
import pytest
from tests.postgres_cluster import Cluster
from tests.server_team import Team, prepare_team

from jpoa_desktop.db.faults import PermissionRefused
from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.people.people import PersonInput

DAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def team(postgres_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    team = prepare_team(postgres_cluster, tmp_path_factory.mktemp("team"))
    yield team
    postgres_cluster.drop_database(team.database)


def services_of(team: Team, who: str) -> Iterator[Services]:
    db = team.open(who)
    try:
        yield Services(db)
    finally:
        db.dispose()


@pytest.fixture
def kz(team: Team) -> Iterator[Services]:
    yield from services_of(team, "kz")


@pytest.fixture
def reader(team: Team) -> Iterator[Services]:
    yield from services_of(team, "reader")


def measure_text(team: Team, country: str) -> object:
    ((texts,),) = team.sql(f"SELECT texts FROM strategy_item WHERE id = {team.measures[country]}")
    return texts


def items(team: Team, country: str) -> list[tuple[object, ...]]:
    return team.sql(f"SELECT id FROM strategy_item WHERE draft_id = {team.drafts[country]}")


# --- through the app's services ----------------------------------------------------------------


def test_a_kz_editor_reads_a_kg_draft_but_saving_a_change_is_refused_and_it_stays(
    team: Team, kz: Services
) -> None:
    before = measure_text(team, "KG")
    view = kz.strategies.draft(team.drafts["KG"], "en")  # reading is allowed: a shared region
    assert view.summary.country == "KG"
    edited = ItemInput(texts={"en": "Overwritten from Astana"})
    with pytest.raises(PermissionRefused, match="may not change this strategy draft") as refused:
        kz.strategies.update_item(team.measures["KG"], edited)
    assert "\n" not in str(refused.value) and "UPDATE" not in str(refused.value)
    assert measure_text(team, "KG") == before


def test_a_kz_editor_cannot_add_to_delete_or_take_over_a_kg_draft(team: Team, kz: Services) -> None:
    before = items(team, "KG")
    (goal,) = team.sql(
        f"SELECT id FROM strategy_item WHERE draft_id = {team.drafts['KG']} AND kind = 'goal'"
    )
    with pytest.raises(PermissionRefused):
        kz.strategies.add_item(team.drafts["KG"], None, "goal", ItemInput(texts={"en": "Mine"}))
    with pytest.raises(PermissionRefused):
        kz.strategies.delete_item(int(str(goal[0])))
    with pytest.raises(PermissionRefused):
        kz.strategies.delete_draft(team.drafts["KG"])
    taken = DraftInput(country="KZ", titles={"en": "Now ours"})
    with pytest.raises(PermissionRefused):
        kz.strategies.update_draft(team.drafts["KG"], taken)
    assert items(team, "KG") == before
    assert team.sql(f"SELECT country FROM strategy_draft WHERE id = {team.drafts['KG']}") == [
        ("KG",)
    ]


def test_a_kz_editor_cannot_move_their_draft_into_another_country(team: Team, kz: Services) -> None:
    moved = DraftInput(country="KG", titles={"en": "KZ plan"})
    with pytest.raises(PermissionRefused):
        kz.strategies.update_draft(team.drafts["KZ"], moved)
    assert team.sql(f"SELECT country FROM strategy_draft WHERE id = {team.drafts['KZ']}") == [
        ("KZ",)
    ]


def test_a_kz_editor_edits_a_kz_draft_and_marks_attendance_at_a_kz_workshop(
    team: Team, kz: Services
) -> None:
    kz.strategies.update_item(team.measures["KZ"], ItemInput(texts={"en": "Edited in Astana"}))
    assert measure_text(team, "KZ") == {"en": "Edited in Astana"}
    kz.attendance.mark(team.workshop, team.badge, DAY)
    assert team.sql(f"SELECT day FROM attendance WHERE registration_id = {team.registration}") == [
        (DAY,)
    ]
    new_goal = kz.strategies.add_item(team.drafts["KZ"], None, "goal", ItemInput(texts={"en": "G"}))
    kz.strategies.delete_item(new_goal)


def test_a_kg_editor_cannot_mark_attendance_at_a_kz_workshop(team: Team) -> None:
    before = team.sql("SELECT count(*) FROM attendance")
    for kg in services_of(team, "kg"):
        with pytest.raises(PermissionRefused, match="workshop"):
            kg.attendance.mark(team.workshop, team.badge, date(2026, 12, 3))
    assert team.sql("SELECT count(*) FROM attendance") == before


def test_people_of_another_country_are_read_only_to_an_editor(team: Team, kz: Services) -> None:
    kg_person = kz.people.add(PersonInput(family_name="Асанов", given_name="Бакыт", country=""))
    kz.people.update(kg_person, PersonInput("Асанов", "Бакыт", country="KZ"))  # no country yet
    for kg in services_of(team, "kg"):
        with pytest.raises(PermissionRefused, match="person"):
            kg.people.update(kg_person, PersonInput("Асанов", "Бакыт", country="KG"))
        with pytest.raises(PermissionRefused):
            kg.people.add(PersonInput(family_name="Исаев", given_name="Нурлан", country="KZ"))
    assert team.sql(f"SELECT country FROM person WHERE id = {kg_person}") == [("KZ",)]


def test_a_kz_editor_registers_a_kg_person_at_a_kz_workshop_but_makes_no_kg_workshop(
    team: Team, kz: Services
) -> None:
    from jpoa_desktop.services.workshops.workshops import WorkshopInput

    for kg in services_of(team, "kg"):
        guest = kg.people.add(
            PersonInput(family_name="Осмонова", given_name="Айгуль", country="KG")
        )
    kz.workshops.register(team.workshop, guest)  # a workshop's row, not the person's
    assert guest in {r.person_id for r in kz.workshops.registrations(team.workshop)}
    bishkek = WorkshopInput(titles={"en": "Bishkek"}, start=DAY, end=DAY, country="KG")
    with pytest.raises(PermissionRefused, match="workshop"):
        kz.workshops.create(bishkek)
    assert team.sql("SELECT count(*) FROM workshop WHERE country = 'KG'") == [(0,)]


def test_a_reader_changes_nothing_anywhere(team: Team, reader: Services) -> None:
    before = measure_text(team, "KZ"), team.sql("SELECT count(*) FROM person")
    with pytest.raises(PermissionRefused):
        reader.strategies.update_item(team.measures["KZ"], ItemInput(texts={"en": "Read only"}))
    with pytest.raises(PermissionRefused):
        reader.people.add(PersonInput(family_name="Ким", given_name="Ольга"))
    with pytest.raises(PermissionRefused):
        reader.strategies.create(DraftInput(country="KZ", titles={"en": "Reader's plan"}))
    assert (measure_text(team, "KZ"), team.sql("SELECT count(*) FROM person")) == before
    assert reader.strategies.draft(team.drafts["KG"], "en").summary.country == "KG"


def test_an_admin_changes_every_country(team: Team) -> None:
    for admin in services_of(team, "admin"):
        admin.strategies.update_item(team.measures["KG"], ItemInput(texts={"en": "By admin"}))
    assert measure_text(team, "KG") == {"en": "By admin"}


def test_deleting_a_kz_workshop_takes_its_registrations_with_it(team: Team, kz: Services) -> None:
    from jpoa_desktop.services.workshops.workshops import WorkshopInput

    workshop = kz.workshops.create(
        WorkshopInput(titles={"en": "Shymkent"}, start=DAY, end=DAY, country="KZ")
    )
    person = kz.people.add(PersonInput(family_name="Нуров", given_name="Ерлан", country="KZ"))
    badge = kz.workshops.register(workshop, person)
    kz.attendance.mark(workshop, badge, DAY)
    kz.workshops.delete(workshop)  # the cascade runs as the tables' owner: no country check
    assert team.sql(f"SELECT count(*) FROM registration WHERE workshop_id = {workshop}") == [(0,)]


# --- plain SQL with the editor's own login ------------------------------------------------------


def test_plain_sql_as_the_kz_editor_cannot_change_a_kg_draft(team: Team) -> None:
    before, kg_items = measure_text(team, "KG"), items(team, "KG")
    draft = team.drafts["KG"]
    attempts = [
        f'UPDATE strategy_item SET texts = \'{{"en": "x"}}\' WHERE draft_id = {draft}',
        f"DELETE FROM strategy_item WHERE draft_id = {draft}",
        f"UPDATE strategy_draft SET country = 'KZ' WHERE id = {draft}",
        f"UPDATE strategy_item SET draft_id = {team.drafts['KZ']} WHERE draft_id = {draft}",
        "INSERT INTO strategy_item (uuid, draft_id, kind, position, texts, responsible, partners,"
        " priority, status, created_at, updated_at) SELECT gen_random_uuid()::text,"
        f" {draft}, kind, 99, texts, responsible, partners, priority, status, created_at,"
        f" updated_at FROM strategy_item WHERE id = {team.measures['KZ']}",
        "TRUNCATE strategy_item CASCADE",
        "ALTER TABLE strategy_item DISABLE ROW LEVEL SECURITY",
        "ALTER TABLE strategy_item DISABLE TRIGGER jpoa_guard",
    ]
    with team.connect("kz") as connection:
        assert connection.execute(
            f"SELECT count(*) FROM strategy_item WHERE draft_id = {draft}"
        ).fetchone() == (len(kg_items),)
        for statement in attempts:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement.encode())
    assert (measure_text(team, "KG"), items(team, "KG")) == (before, kg_items)


def test_plain_sql_cannot_raise_an_account_or_borrow_a_group_role(team: Team) -> None:
    me = team.users["kz"]
    with team.connect("kz") as connection:
        for statement in (
            f"UPDATE server_account SET access = 'admin', country = '' WHERE role_name = '{me}'",
            f"INSERT INTO server_account VALUES ('{me}x', 'admin', '')",
            "SET ROLE jpoa_admin",
            f"GRANT jpoa_admin TO {me}",
            f"ALTER ROLE {me} BYPASSRLS",
            "CREATE FUNCTION jpoa_access() RETURNS text LANGUAGE sql AS $$ SELECT 'admin' $$",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement.encode())
        # As the bare group role the account's country is gone, and with it every write.
        connection.execute(b"SET ROLE jpoa_editor")
        assert connection.execute(b"SELECT jpoa_access()").fetchone() == (None,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            own = team.measures["KZ"]
            connection.execute(f"UPDATE strategy_item SET position = 0 WHERE id = {own}".encode())
    assert team.sql(f"SELECT access, country FROM server_account WHERE role_name = '{me}'") == [
        ("editor", "KZ")
    ]


def test_plain_sql_as_the_reader_writes_nothing(team: Team) -> None:
    with team.connect("reader") as connection:
        assert connection.execute(b"SELECT count(*) FROM strategy_draft").fetchone() == (2,)
        for statement in (
            f"UPDATE strategy_item SET position = 0 WHERE id = {team.measures['KZ']}",
            "DELETE FROM library_item",
            "UPDATE signing_key SET issuer = 'x'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement.encode())

"""The server's audit log is written by its triggers: every insert, update and delete of a
measure, a workshop and an attendance mark, whoever makes it, and nothing that rolled back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text
from tests.postgres_cluster import Cluster

from jpoa_desktop.db.models import AuditEntry
from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

ADMIN = "jpoa_test_admin"
SAMARKAND = WorkshopInput(
    titles={"en": "Border security", "ru": "Безопасность границ"},
    start=date(2026, 12, 1),
    end=date(2026, 12, 3),
    city="Samarkand",
    country="UZ",
)


@pytest.fixture
def server_name(postgres_cluster: Cluster) -> Iterator[str]:
    name = postgres_cluster.new_database_name("audit")
    postgres_cluster.create_database(name, template="jpoa_empty_template")
    yield name
    postgres_cluster.drop_database(name)


@pytest.fixture
def server_db(postgres_cluster: Cluster, server_name: str) -> Iterator[Database]:
    db = open_database(postgres_cluster.url(server_name).render_as_string(hide_password=False))
    yield db
    db.dispose()


def entries(db: Database, table: str) -> list[AuditEntry]:
    with db.session_scope() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == table).order_by(AuditEntry.id)
        ).all()
        session.expunge_all()
        return list(rows)


def fields(rows: list[AuditEntry], action: str) -> dict[str, tuple[str | None, str | None]]:
    return {r.field: (r.old_value, r.new_value) for r in rows if r.action == action}


def inserted(rows: list[AuditEntry]) -> dict[str, Any]:
    """The row as its one insert entry holds it (field "": the whole row as JSON)."""
    (entry,) = [r for r in rows if r.action == "insert"]
    assert entry.field == "" and entry.old_value is None
    record = json.loads(entry.new_value or "")
    assert isinstance(record, dict)
    return record


def test_a_measure_s_insert_update_and_delete_are_logged_with_its_draft(
    server_db: Database,
) -> None:
    strategies = StrategyService(server_db.session_scope)
    draft = strategies.create(DraftInput(country="UZ", titles={"en": "Action plan 2027"}))
    goal = strategies.add_item(draft, None, "goal", ItemInput(texts={"en": "Prevent"}))
    objective = strategies.add_item(draft, goal, "objective", ItemInput(texts={"en": "Schools"}))
    measure = strategies.add_item(
        draft, objective, "measure", ItemInput(texts={"en": "Train 40 teachers"})
    )
    strategies.update_item(measure, ItemInput(texts={"en": "Train 60 teachers"}, priority="high"))
    strategies.delete_item(measure)

    logged = [r for r in entries(server_db, "strategy_item") if r.row_id == measure]
    assert {r.draft_id for r in logged} == {draft}
    assert {r.changed_by for r in logged} == {ADMIN}
    record = inserted(logged)
    assert (record["texts"], record["kind"], record["draft_id"]) == (
        {"en": "Train 40 teachers"}, "measure", draft)  # fmt: skip
    assert not {"updated_at", "row_version", "updated_by", "id", "uuid"} & set(record)
    assert "start_date" not in record  # fields left empty are not listed
    updated = fields(logged, "update")
    assert updated["texts"] == ('{"en": "Train 40 teachers"}', '{"en": "Train 60 teachers"}')
    assert updated["priority"] == ("", "high")
    # every save touches these; they are never entries of their own
    assert not {"updated_at", "row_version", "updated_by", "id", "uuid"} & set(updated)
    (deleted,) = [r for r in logged if r.action == "delete"]
    assert deleted.new_value is None and "Train 60 teachers" in (deleted.old_value or "")
    assert deleted.row_uuid and deleted.row_uuid == logged[0].row_uuid


def test_a_workshop_and_an_attendance_mark_are_logged_with_the_workshop(
    server_db: Database,
) -> None:
    workshops = WorkshopService(server_db.session_scope)
    workshop = workshops.create(SAMARKAND)
    person = PeopleService(server_db.session_scope).add(
        PersonInput(family_name="Каримов", given_name="Бахтиёр")
    )
    code = workshops.register(workshop, person)
    attendance = AttendanceService(server_db.session_scope)
    attendance.mark(workshop, code, date(2026, 12, 2))
    workshops.update(workshop, SAMARKAND.__class__(**{**SAMARKAND.__dict__, "city": "Bukhara"}))
    (registration,) = [r.row_id for r in entries(server_db, "registration")][:1]
    assert attendance.unmark(registration, date(2026, 12, 2))

    assert fields(entries(server_db, "workshop"), "update")["city"] == ("Samarkand", "Bukhara")
    marks = entries(server_db, "attendance")
    assert {r.action for r in marks} == {"insert", "delete"}
    assert {r.workshop_id for r in marks} == {workshop}  # through the registration
    assert inserted(marks)["day"] == "2026-12-02"
    assert {r.workshop_id for r in entries(server_db, "person")} == {None}


def test_a_change_made_with_plain_sql_is_logged_too(server_db: Database) -> None:
    workshop = WorkshopService(server_db.session_scope).create(SAMARKAND)
    with server_db.engine.begin() as conn:
        conn.execute(
            text("UPDATE workshop SET venue = 'Registan hall' WHERE id = :id"), {"id": workshop}
        )
    (change,) = [r for r in entries(server_db, "workshop") if r.action == "update"]
    assert (change.field, change.old_value, change.new_value) == ("venue", "", "Registan hall")
    assert change.workshop_id == workshop and change.changed_by == ADMIN


def test_a_rolled_back_change_leaves_no_entry(server_db: Database) -> None:
    workshop = WorkshopService(server_db.session_scope).create(SAMARKAND)
    before = len(entries(server_db, "workshop"))
    with server_db.engine.connect() as conn:
        conn.execute(text("UPDATE workshop SET city = 'Termez' WHERE id = :id"), {"id": workshop})
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() > before
        conn.rollback()
    assert len(entries(server_db, "workshop")) == before


def test_a_cascade_keeps_the_grandchildren_in_their_workshop_s_log(server_db: Database) -> None:
    workshops = WorkshopService(server_db.session_scope)
    workshop = workshops.create(SAMARKAND)
    person = PeopleService(server_db.session_scope).add(
        PersonInput(family_name="Юсупова", given_name="Дилноза")
    )
    code = workshops.register(workshop, person)
    AttendanceService(server_db.session_scope).mark(workshop, code, date(2026, 12, 1))
    with server_db.engine.begin() as conn:  # the database's ON DELETE CASCADE removes the mark
        conn.execute(text("DELETE FROM registration WHERE workshop_id = :id"), {"id": workshop})
    (gone,) = [r for r in entries(server_db, "attendance") if r.action == "delete"]
    assert gone.workshop_id == workshop


def test_bytes_are_logged_as_their_size(server_db: Database) -> None:
    workshop = WorkshopService(server_db.session_scope).create(SAMARKAND)
    with server_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO workshop_image (uuid, created_at, updated_at, workshop_id, kind, "
                "position, filename, media_type, data, signer_name, signer_title) VALUES "
                "('img-1', now(), now(), :w, 'logo', 0, 'logo.png', 'image/png', :data, '', '')"
            ),
            {"w": workshop, "data": b"\x89PNG" + bytes(996)},
        )
    assert inserted(entries(server_db, "workshop_image"))["data"] == "[1000 bytes]"


def test_erasing_a_person_blanks_their_earlier_entries(server_db: Database) -> None:
    from jpoa_desktop.services.people.personal_data import PersonalDataService

    person = PeopleService(server_db.session_scope).add(
        PersonInput(family_name="Назарова", given_name="Мадина")
    )
    PersonalDataService(server_db.session_scope).erase(person)
    logged = entries(server_db, "person")
    names = [r for r in logged if r.field in ("family_name", "given_name")]
    assert names and all(r.new_value in ("[erased]", "") for r in names)
    assert not any("Назарова" in (r.old_value or "") + (r.new_value or "") for r in logged)


def test_an_editor_s_change_is_logged_but_the_editor_cannot_alter_the_log(
    postgres_cluster: Cluster, server_db: Database, server_name: str
) -> None:
    workshop = WorkshopService(server_db.session_scope).create(SAMARKAND)
    editor = postgres_cluster.new_database_name("editor")
    postgres_cluster.admin_sql(f"CREATE ROLE {editor} LOGIN PASSWORD 'editor-pass'")
    for grant in (
        f"GRANT USAGE ON SCHEMA public TO {editor}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {editor}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {editor}",
        # what the accounts slice gives an editor on the log: reading only
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log FROM {editor}",
    ):
        postgres_cluster.admin_sql(grant, database=server_name)
    url = postgres_cluster.url(server_name, user=editor, password="editor-pass")
    conninfo = url.render_as_string(hide_password=False).replace("+psycopg", "")
    try:
        with psycopg.connect(conninfo) as conn:
            conn.execute(b"UPDATE workshop SET city = 'Khiva' WHERE id = %s", (workshop,))
            conn.commit()
            for tampering in (
                b"UPDATE audit_log SET changed_by = 'nobody'",
                b"DELETE FROM audit_log",
                b"INSERT INTO audit_log (changed_at, changed_by, table_name, row_id, row_uuid, "
                b"action, field) VALUES (now(), 'x', 'workshop', 1, '', 'update', 'city')",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(tampering)
                conn.rollback()
        (change,) = [r for r in entries(server_db, "workshop") if r.action == "update"]
        assert (change.changed_by, change.new_value) == (editor, "Khiva")
    finally:
        postgres_cluster.admin_sql(f"DROP OWNED BY {editor}", database=server_name)
        postgres_cluster.admin_sql(f"DROP ROLE {editor}")


UNSCOPED = {"person", "organisation", "person_merge", "question", "signing_key"}
PARENT_CHECKS = {  # each logged child's scope against its parent's, in plain SQL
    "strategy_indicator": "JOIN strategy_indicator c ON c.id = a.row_id "
    "JOIN strategy_item p ON p.id = c.item_id WHERE a.draft_id IS DISTINCT FROM p.draft_id",
    "strategy_mapping": "JOIN strategy_mapping c ON c.id = a.row_id "
    "JOIN strategy_item p ON p.id = c.item_id WHERE a.draft_id IS DISTINCT FROM p.draft_id",
    "attendance": "JOIN attendance c ON c.id = a.row_id JOIN registration p "
    "ON p.id = c.registration_id WHERE a.workshop_id IS DISTINCT FROM p.workshop_id",
    "form_sheet": "JOIN form_sheet c ON c.id = a.row_id JOIN evaluation_form p "
    "ON p.id = c.form_id WHERE a.workshop_id IS DISTINCT FROM p.workshop_id",
}


def test_every_row_the_demo_writes_is_logged_in_its_draft_s_or_workshop_s_history(
    postgres_cluster: Cluster,
) -> None:
    from jpoa_desktop.services.demo.demo import DemoService

    name = postgres_cluster.new_database_name("audit_demo")
    url = postgres_cluster.create_database(name, template="jpoa_loaded_template")
    db = open_database(url.render_as_string(hide_password=False))
    try:
        DemoService(db.session_scope).load("small")
        with db.engine.connect() as conn:
            counts = conn.execute(
                text(
                    "SELECT table_name, count(*) FILTER (WHERE draft_id IS NULL "
                    "AND workshop_id IS NULL) FROM audit_log GROUP BY table_name"
                )
            ).all()
            wrong = {
                table: conn.execute(
                    text(f"SELECT count(*) FROM audit_log a {check} AND a.table_name = :t"),
                    {"t": table},
                ).scalar_one()
                for table, check in PARENT_CHECKS.items()
            }
    finally:
        db.dispose()
        postgres_cluster.drop_database(name)
    unscoped = {table: n for table, n in counts if table not in UNSCOPED}
    assert set(PARENT_CHECKS) <= set(unscoped)  # the demo writes all of them
    assert {"strategy_item", "workshop", "registration", "agenda_session"} <= set(unscoped)
    assert set(unscoped.values()) == {0}
    assert set(wrong.values()) == {0}


def test_a_committed_change_is_announced_on_jpoa_changes_and_a_rolled_back_one_is_not(
    postgres_cluster: Cluster, server_db: Database, server_name: str
) -> None:
    workshop = WorkshopService(server_db.session_scope).create(SAMARKAND)
    conninfo = postgres_cluster.url(server_name).render_as_string(hide_password=False)
    with psycopg.connect(conninfo.replace("+psycopg", ""), autocommit=True) as listener:
        listener.execute(b"LISTEN jpoa_changes")
        with server_db.engine.connect() as conn:  # rolled back: nothing is heard
            conn.execute(
                text("UPDATE workshop SET city = 'Nukus' WHERE id = :id"), {"id": workshop}
            )
            conn.rollback()
        with server_db.engine.begin() as conn:  # two rows, one payload: PostgreSQL folds them
            conn.execute(
                text("UPDATE workshop SET city = 'Khiva' WHERE id = :id"), {"id": workshop}
            )
            conn.execute(text("UPDATE workshop SET venue = 'Ichan-Kala' WHERE id = :id"),
                         {"id": workshop})  # fmt: skip
        heard = [json.loads(n.payload) for n in listener.notifies(timeout=2)]
    assert heard == [{"table": "workshop", "draft_id": None, "workshop_id": workshop, "by": ADMIN}]


def test_the_triggers_go_with_a_downgrade_and_come_back_with_an_upgrade(
    server_db: Database,
) -> None:
    from alembic import command
    from alembic.config import Config

    from jpoa_desktop.config import migrations_dir
    from jpoa_desktop.db.migrate import upgrade

    def audit_objects() -> tuple[int, int]:
        with server_db.engine.connect() as conn:
            triggers = conn.execute(
                text("SELECT count(*) FROM pg_trigger WHERE tgname = 'A_jpoa_audit'")
            ).scalar_one()
            functions = conn.execute(
                text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'jpoa_audit%'")
            ).scalar_one()
        return int(triggers), int(functions)

    assert audit_objects() == (25, 4)
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with server_db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012_server_basis")
    assert audit_objects() == (0, 0)
    WorkshopService(server_db.session_scope).create(SAMARKAND)
    assert entries(server_db, "workshop") == []  # no trigger, no entry
    with server_db.engine.begin() as connection:
        upgrade(connection)
    assert audit_objects() == (25, 4)

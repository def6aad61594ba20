"""The listener hears what another connection commits on `jpoa_changes`, leaves out what this
app's own connections sent, and says so when its connection breaks."""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from tests.postgres_cluster import Cluster

from jpoa_desktop.db.migrate import Database, open_database
from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.server.changes import (
    Change,
    ChangeListener,
    ListenerLost,
    own_backend_pids,
    parse_change,
)
from jpoa_desktop.services.strategies.strategies import StrategyService


@pytest.fixture
def server_db(postgres_cluster: Cluster) -> Iterator[Database]:
    name = postgres_cluster.new_database_name("changes")
    url = postgres_cluster.create_database(name, template="jpoa_empty_template")
    db = open_database(url.render_as_string(hide_password=False))
    yield db
    db.dispose()
    postgres_cluster.drop_database(name)


def notify_from_elsewhere(db: Database, payload: dict[str, object]) -> None:
    conninfo = db.url.render_as_string(hide_password=False).replace("+psycopg", "")
    with psycopg.connect(conninfo, autocommit=True) as other:
        other.execute("SELECT pg_notify('jpoa_changes', %s)", (json.dumps(payload),))


def test_a_change_committed_by_another_connection_is_heard(server_db: Database) -> None:
    listener = ChangeListener.for_database(server_db)
    listener.open()
    try:
        notify_from_elsewhere(
            server_db, {"table": "strategy_item", "draft_id": 7, "workshop_id": None, "by": "aziz"}
        )
        heard = list(listener.changes(timeout=2))
    finally:
        listener.close()
    assert [(c.table, c.draft_id, c.workshop_id, c.by) for c in heard] == [
        ("strategy_item", 7, None, "aziz")
    ]
    assert heard[0].kinds == {"strategies"}


def test_what_this_app_sent_itself_is_left_out(server_db: Database) -> None:
    pids = own_backend_pids(server_db.engine)
    listener = ChangeListener.for_database(server_db, ignore_pids=pids)
    listener.open()
    try:
        with server_db.engine.begin() as own:
            own.execute(
                text("SELECT pg_notify('jpoa_changes', :p)"),
                {"p": json.dumps({"table": "attendance", "workshop_id": 3, "by": "me"})},
            )
        notify_from_elsewhere(server_db, {"table": "registration", "workshop_id": 3, "by": "x"})
        heard = list(listener.changes(timeout=2))
    finally:
        listener.close()
    assert pids, "the engine's connection was seen"
    assert [c.table for c in heard] == ["registration"]


def test_a_broken_connection_is_reported_and_can_be_opened_again(
    postgres_cluster: Cluster, server_db: Database
) -> None:
    listener = ChangeListener.for_database(server_db)
    listener.open()
    try:
        postgres_cluster.admin_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{server_db.url.database}' AND query LIKE 'LISTEN%'"
        )
        with pytest.raises(ListenerLost):
            list(listener.changes(timeout=2))
        listener.open()
        notify_from_elsewhere(server_db, {"table": "workshop", "workshop_id": 1, "by": "x"})
        assert [c.kinds for c in listener.changes(timeout=2)] == [{"workshops"}]
    finally:
        listener.close()


def test_payloads_that_are_not_ours_are_dropped_and_tables_map_to_kinds() -> None:
    assert parse_change("not json", 1) is None
    assert parse_change('{"draft_id": 1}', 1) is None
    change = parse_change('{"table": "workshop_tag", "workshop_id": "x", "by": 5}', 9)
    assert change == Change("workshop_tag", None, None, "", 9)
    assert Change("person_merge", None, None, "", 1).kinds == {"people"}
    assert Change("audit_log", None, None, "", 1).kinds == frozenset()


def test_a_colleagues_saved_measure_is_heard_through_the_audit_triggers(
    server_db: Database,
) -> None:
    listener = ChangeListener.for_database(
        server_db, ignore_pids=own_backend_pids(server_db.engine)
    )
    colleague = open_database(server_db.url.render_as_string(hide_password=False))
    listener.open()
    try:
        drafts = StrategyService(colleague.session_scope)
        draft = drafts.create(DraftInput(country="KG", titles={"ru": "План"}, languages=("ru",)))
        drafts.add_item(draft, None, "goal", ItemInput(texts={"ru": "Профилактика"}))
        heard = list(listener.changes(timeout=2))
    finally:
        listener.close()
        colleague.dispose()
    assert {(c.table, c.draft_id) for c in heard} >= {
        ("strategy_draft", draft),
        ("strategy_item", draft),
    }
    assert all(c.kinds == {"strategies"} for c in heard)

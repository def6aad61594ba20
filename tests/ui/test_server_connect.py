"""File → Connect to a server… with real widgets against a throw-away PostgreSQL server on
127.0.0.1 that this module starts: the status bar names the server, a wrong password is said in
the dialog with the fields kept, a lost server turns the status bar red until it is back, and a
colleague's change refreshes the Strategies screen without touching what is being typed."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.memory_keyring import MemoryKeyring, use_memory_keyring
from tests.postgres_cluster import SUPERUSER, SUPERUSER_PASSWORD, Cluster, cluster_for_tests

from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.server.accounts import AccountService
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.server.connect_dialog import ConnectDialog
from jpoa_desktop.ui.settings.store import SettingsStore

TEMPLATE = "ui_connect_template"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    started = cluster_for_tests(max_connections=50)
    try:
        url = started.create_database(TEMPLATE)
        db = open_database(url.render_as_string(hide_password=False))
        ContentService(db.session_scope).load_builtin()
        db.dispose()
        yield started
    finally:
        started.stop()


@pytest.fixture
def team_database(cluster: Cluster) -> Iterator[str]:
    name = cluster.new_database_name("team")
    cluster.create_database(name, template=TEMPLATE)
    yield name
    cluster.drop_database(name)


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    with use_memory_keyring() as memory:
        yield memory


def fill_and_connect(
    qtbot: QtBot,
    dialog: ConnectDialog,
    cluster: Cluster,
    database: str,
    password: str,
    user: str = SUPERUSER,
) -> None:
    for field, text in ((dialog.host, "127.0.0.1"), (dialog.database, database),
                        (dialog.user, user), (dialog.password, password)):  # fmt: skip
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.port.setValue(cluster.port)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_connecting(), timeout=20_000)


def connect_window(qtbot: QtBot, window: MainWindow, cluster: Cluster, database: str) -> None:
    window.menus.connect_action.trigger()
    dialog = window.server.dialog
    assert dialog is not None and dialog.isVisible()
    fill_and_connect(qtbot, dialog, cluster, database, SUPERUSER_PASSWORD)
    qtbot.waitUntil(lambda: window.server.is_server(), timeout=10_000)
    window.tasks.wait_for_idle()


def test_connecting_names_the_server_and_keeps_the_password_out_of_the_settings(
    qtbot: QtBot,
    window: MainWindow,
    cluster: Cluster,
    team_database: str,
    store: MemoryKeyring,
    settings: SettingsStore,
    tmp_path: Path,
) -> None:
    connect_window(qtbot, window, cluster, team_database)
    assert window.server.label.text() == f"Server: {team_database} on 127.0.0.1"
    assert window.server.label.isVisible() and not window.database_label.isVisible()
    assert window.server.dialog is None
    key = f"{SUPERUSER}@127.0.0.1:{cluster.port}/{team_database}"
    assert store.entries == {("JPoA Desktop", key): SUPERUSER_PASSWORD}
    assert (settings.server_host, settings.server_port) == ("127.0.0.1", cluster.port)
    assert (settings.server_database, settings.last_used) == (team_database, "server")
    written = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert team_database in written and SUPERUSER_PASSWORD not in written
    assert all("://" not in target for target in settings.recent_databases)
    assert window.menus.laptop_action.isEnabled()
    window.menus.laptop_action.trigger()  # back to the file opened before
    qtbot.waitUntil(lambda: not window.server.is_server(), timeout=10_000)
    window.tasks.wait_for_idle()
    assert settings.last_used == "laptop" and not window.menus.laptop_action.isEnabled()
    assert window.database_label.text().startswith("Database: ")
    assert window.database_label.isVisible() and not window.server.label.isVisible()


def test_the_status_bar_names_the_account_and_its_country(
    qtbot: QtBot,
    window: MainWindow,
    cluster: Cluster,
    team_database: str,
    store: MemoryKeyring,
    tmp_path: Path,
) -> None:
    owner = colleague(cluster, team_database)
    name = cluster.new_database_name("kz_editor")
    (tmp_path / "password").write_text("Kz-editor-2026\n", encoding="utf-8")
    try:
        AccountService(owner).init()
        AccountService(owner).add_user(name, "editor", "KZ", tmp_path / "password")
    finally:
        owner.dispose()
    dialog = window.server.show_dialog()
    fill_and_connect(qtbot, dialog, cluster, team_database, "Kz-editor-2026", user=name)
    expected = f"Server: {team_database} on 127.0.0.1  ·  editor, KZ"
    qtbot.waitUntil(lambda: window.server.label.text() == expected, timeout=10_000)
    assert window.server.label.toolTip() == f"Connected as {name}"
    window.tasks.wait_for_idle()


def test_a_wrong_password_is_said_under_the_fields_which_stay(
    qtbot: QtBot, window: MainWindow, cluster: Cluster, team_database: str, store: MemoryKeyring
) -> None:
    sqlite_file = window.databases.database
    dialog = window.server.show_dialog()
    fill_and_connect(qtbot, dialog, cluster, team_database, "not-the-password")
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith("The password is wrong, or there is no account")
    assert (dialog.host.text(), dialog.database.text()) == ("127.0.0.1", team_database)
    assert (dialog.user.text(), dialog.password.text()) == (SUPERUSER, "not-the-password")
    assert dialog.connect_button.isEnabled()
    assert window.databases.database is sqlite_file
    assert store.entries == {}
    dialog.reject()


def test_a_lost_server_turns_the_status_bar_red_until_it_is_back(
    qtbot: QtBot, window: MainWindow, cluster: Cluster, team_database: str, store: MemoryKeyring
) -> None:
    connect_window(qtbot, window, cluster, team_database)
    cluster.admin_sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{team_database}' AND pid <> pg_backend_pid()"
    )
    qtbot.waitUntil(lambda: window.server.lost, timeout=10_000)
    assert "connection lost" in window.server.label.text()
    assert "#b3261e" in window.server.label.styleSheet()
    qtbot.waitUntil(lambda: not window.server.lost, timeout=15_000)  # the listener retries
    assert window.server.label.text() == f"Server: {team_database} on 127.0.0.1"
    assert window.server.label.styleSheet() == ""


def colleague(cluster: Cluster, database: str) -> Database:
    return open_database(cluster.url(database).render_as_string(hide_password=False))


def announce(cluster: Cluster, database: str, table: str, draft_id: int) -> None:
    conninfo = cluster.url(database).render_as_string(hide_password=False)
    with psycopg.connect(conninfo.replace("+psycopg", ""), autocommit=True) as other:
        payload = {"table": table, "draft_id": draft_id, "workshop_id": None, "by": "aziz"}
        other.execute("SELECT pg_notify('jpoa_changes', %s)", (json.dumps(payload),))


def test_a_colleagues_measure_appears_once_the_typing_stops_and_the_text_stays(
    qtbot: QtBot, window: MainWindow, cluster: Cluster, team_database: str, store: MemoryKeyring
) -> None:
    other = colleague(cluster, team_database)
    try:
        drafts = StrategyService(other.session_scope)
        draft = drafts.create(DraftInput(country="KZ", titles={"en": "Plan"}, languages=("en",)))
        mine = drafts.add_item(draft, None, "goal", ItemInput(texts={"en": "Prevent"}))
        connect_window(qtbot, window, cluster, team_database)
        screen = window.strategies
        window.show_screen(screen.screen_id)
        screen.reload(select=draft)
        screen.select_item(mine)
        editor = screen.form.texts[0]
        window.activateWindow()
        editor.setFocus()
        qtbot.waitUntil(editor.hasFocus)
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(editor, " violent extremism")
        assert editor.hasFocus()
        drafts.add_item(draft, None, "goal", ItemInput(texts={"en": "Protect"}))
        announce(cluster, team_database, "strategy_item", draft)
        qtbot.waitUntil(lambda: "strategies" in window.server.refresh.pending, timeout=5_000)
        qtbot.wait(400)  # longer than the refresh gathers changes: it waits for the typing
        assert "strategies" in window.server.refresh.pending
        assert editor.toPlainText() == "Prevent violent extremism"
        assert "Protect" not in tree_texts(window)
        screen.tree.setFocus()  # the user leaves the text: the screen catches up
        qtbot.waitUntil(lambda: "Protect" in tree_texts(window), timeout=5_000)
        assert window.server.refresh.pending == frozenset()
        screen.select_item(mine)
        assert screen.form.texts[0].toPlainText() == "Prevent violent extremism"
    finally:
        other.dispose()


def tree_texts(window: MainWindow) -> str:
    flags = Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
    return "\n".join(item.text(0) for item in window.strategies.tree.findItems("", flags))


def test_at_start_the_last_server_is_used_again_with_the_stored_password(
    qtbot: QtBot,
    window: MainWindow,
    cluster: Cluster,
    team_database: str,
    store: MemoryKeyring,
    settings: SettingsStore,
) -> None:
    settings.server_host, settings.server_port = "127.0.0.1", cluster.port
    settings.server_database, settings.server_user = team_database, SUPERUSER
    settings.last_used = "server"
    fallbacks: list[str] = []
    assert window.server.open_at_start(lambda: fallbacks.append("laptop"))
    dialog = window.server.dialog  # no password stored: asked
    assert dialog is not None and dialog.database.text() == team_database
    dialog.reject()
    assert fallbacks == ["laptop"] and not window.server.is_server()
    store.entries[("JPoA Desktop", f"{SUPERUSER}@127.0.0.1:{cluster.port}/{team_database}")] = (
        SUPERUSER_PASSWORD
    )
    assert window.server.open_at_start(lambda: fallbacks.append("laptop"))
    qtbot.waitUntil(window.server.is_server, timeout=20_000)
    assert window.server.dialog is None and fallbacks == ["laptop"]
    window.tasks.wait_for_idle()
    settings.last_used = "laptop"
    assert not window.server.open_at_start(lambda: fallbacks.append("laptop"))


def test_cancel_stops_waiting_for_a_silent_server_and_keeps_the_fields(
    qtbot: QtBot, window: MainWindow, store: MemoryKeyring
) -> None:
    with socket.socket() as silent:  # takes the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        dialog = window.server.show_dialog()
        for field, text in ((dialog.host, "127.0.0.1"), (dialog.database, "team"),
                            (dialog.user, "amina"), (dialog.password, "secret")):  # fmt: skip
            qtbot.keyClicks(field, text)
        dialog.port.setValue(silent.getsockname()[1])
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert dialog.is_connecting() and dialog.busy.isVisible()
        assert not dialog.host.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.is_connecting() and dialog.isVisible()
        assert dialog.problem.text() == "Connecting was cancelled."
        assert dialog.host.isEnabled() and dialog.password.text() == "secret"
        window.tasks.wait_for_idle(15_000)  # the attempt times out on its worker, unheard
    assert dialog.problem.text() == "Connecting was cancelled."
    assert not window.server.is_server()
    dialog.reject()


def test_a_new_server_gets_the_library_but_no_demo_offer(
    qtbot: QtBot, window: MainWindow, cluster: Cluster, store: MemoryKeyring
) -> None:
    name = cluster.new_database_name("fresh")
    cluster.create_database(name)  # empty: the app makes the schema and loads the library
    try:
        connect_window(qtbot, window, cluster, name)
        qtbot.waitUntil(
            lambda: window.statusBar().currentMessage() == "The library is ready.", timeout=60_000
        )
        assert window.databases.services is not None
        assert window.databases.services.library.is_loaded()
        offers = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
        assert offers == []
    finally:
        window.close()
        cluster.drop_database(name)


def test_a_workshop_a_colleague_adds_appears_in_the_workshops_list(
    qtbot: QtBot, window: MainWindow, cluster: Cluster, team_database: str, store: MemoryKeyring
) -> None:
    connect_window(qtbot, window, cluster, team_database)
    window.show_screen(window.workshops.screen_id)
    before = window.workshops.model.rowCount()
    other = colleague(cluster, team_database)
    try:  # the audit triggers announce it: no pg_notify of ours here
        WorkshopService(other.session_scope).create(
            WorkshopInput(
                titles={"en": "Border security, Osh"},
                start=date(2026, 12, 8),
                end=date(2026, 12, 10),
                country="KG",
            )
        )
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: window.workshops.model.rowCount() == before + 1, timeout=10_000)


def test_a_save_after_the_server_went_away_says_so_and_writes_nothing_here(
    qtbot: QtBot,
    window: MainWindow,
    cluster: Cluster,
    team_database: str,
    store: MemoryKeyring,
    tmp_path: Path,
) -> None:
    connect_window(qtbot, window, cluster, team_database)
    services = window.databases.services
    assert services is not None
    files_before = sorted(p.name for p in tmp_path.rglob("*"))
    cluster.admin_sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{team_database}' AND pid <> pg_backend_pid()"
    )
    workshop = WorkshopInput(titles={"en": "Lost"}, start=date(2026, 12, 8), end=date(2026, 12, 8))
    window.tasks.run_task(
        window,
        "Saving the workshop",
        lambda **_progress: services.workshops.create(workshop),
        writes=frozenset({"workshops"}),
    )
    window.tasks.wait_for_idle()
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert [box.text() for box in boxes] == [
        "The connection to the database server was lost (the server stopped or the network is "
        "down); the change was not saved. Reconnect when the server is back (File → Reconnect "
        "to the Server)."
    ]
    assert window.server.lost
    assert sorted(p.name for p in tmp_path.rglob("*")) == files_before

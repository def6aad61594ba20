"""`jpoa server import-sqlite`: a laptop's file (the small demo and a person no workshop names)
onto the throw-away server, first into an empty server, then again into one that has data, and
back from the server into a new laptop file; each time the records are compared one by one."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from tests.postgres_cluster import Cluster

from jpoa_desktop.cli.main import main
from jpoa_desktop.db.strategy_models import StrategyDraft
from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.progress import never_cancelled, no_progress
from jpoa_desktop.services.database import Database, DatabaseMissing, open_database
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.packages.gathering import (
    Tables,
    gather_everything,
    gather_strategy,
)
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.server.sqlite_import import SqliteImportService

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo with its library, and a person registered nowhere."""
    path = tmp_path_factory.mktemp("laptop") / "laptop.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    DemoService(db.session_scope).load("small", today=TODAY)
    PeopleService(db.session_scope).add(PersonInput("Сейтқали", "Әсел", email="a@example.kz"))
    db.dispose()
    return path


@pytest.fixture
def laptop(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "laptop.sqlite"
    shutil.copy(demo_file, copy)
    return copy


@pytest.fixture
def server(postgres_cluster: Cluster) -> Iterator[Database]:
    name = postgres_cluster.new_database_name()
    url = postgres_cluster.create_database(name, template="jpoa_loaded_template")
    db = open_database(url.render_as_string(hide_password=False))
    yield db
    db.dispose()
    postgres_cluster.drop_database(name)


def records(db: Database) -> Tables:
    """Every record a package would carry (ids as uuids), each table sorted by uuid; when the
    library's starter questions were loaded is each database's own."""
    with db.session_scope() as session:
        tables, _holds = gather_everything(session, no_progress, never_cancelled)
        drafts = session.scalars(select(StrategyDraft.id)).all()
        for draft in drafts:
            found, _holds = gather_strategy(session, draft, no_progress, never_cancelled)
            for name, rows in found.items():
                tables.setdefault(name, []).extend(rows)
    for question in tables["question"]:
        if question["source"] == "starter":  # each database loads the starter bank itself
            question.pop("updated_at")
    return {name: sorted(rows, key=lambda r: str(r["uuid"])) for name, rows in tables.items()}


def test_a_first_load_into_an_empty_server_carries_every_record(
    laptop: Path, server: Database
) -> None:
    done = SqliteImportService(server).import_file(laptop)
    assert done.first_load and done.drafts >= 1
    assert done.outcome.conflicts == () and done.person_matches == ()
    db = open_database(str(laptop), create=False)
    try:
        expected = records(db)
    finally:
        db.dispose()
    found = records(server)
    assert {name: len(rows) for name, rows in found.items()} == {
        name: len(rows) for name, rows in expected.items()
    }
    assert len(found["attendance"]) > 10 and len(found["form_sheet"]) > 10
    assert found == expected
    assert any(p["family_name"] == "Сейтқали" for p in found["person"])  # registered nowhere


def test_a_second_import_merges_lists_the_conflict_and_keeps_the_server_side(
    laptop: Path, server: Database
) -> None:
    service = SqliteImportService(server)
    service.import_file(laptop)
    with server.session_scope() as session:
        workshop = session.scalars(select(Workshop).order_by(Workshop.id)).first()
        assert workshop is not None
        uuid = workshop.uuid
        session.execute(update(Workshop).where(Workshop.uuid == uuid).values(venue="Server hall"))
    db = open_database(str(laptop), create=False)
    try:
        with db.session_scope() as session:
            session.execute(
                update(Workshop).where(Workshop.uuid == uuid).values(venue="Laptop hall")
            )
        PeopleService(db.session_scope).add(PersonInput("Newcomer", "Nadia"))
    finally:
        db.dispose()
    before = {name: len(rows) for name, rows in records(server).items()}

    again = service.import_file(laptop)

    assert not again.first_load
    assert [(c.table, c.uuid) for c in again.outcome.conflicts] == [("workshop", uuid)]
    assert again.outcome.added == {"person": 1}
    after = records(server)
    assert {name: len(rows) for name, rows in after.items()} == {
        **before,
        "person": before["person"] + 1,
    }
    (venue,) = [w["venue"] for w in after["workshop"] if w["uuid"] == uuid]
    assert venue == "Server hall"  # nothing overwritten silently


def test_a_dry_run_writes_nothing_and_a_file_is_refused_as_a_target(
    laptop: Path, server: Database, tmp_path: Path
) -> None:
    seen: list[float] = []
    done = SqliteImportService(server).import_file(
        laptop, dry_run=True, progress=lambda done, total: seen.append(done / total)
    )
    assert done.outcome.dry_run and done.outcome.added["workshop"] >= 1
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(set(seen)) > 10  # never back
    assert records(server)["workshop"] == []
    other = open_database(str(tmp_path / "other.sqlite"))
    try:
        with pytest.raises(ValidationError, match="not a server"):
            SqliteImportService(other).import_file(laptop)
    finally:
        other.dispose()
    with pytest.raises(DatabaseMissing):
        SqliteImportService(server).import_file(tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()


def test_sqlite_to_server_to_sqlite_gives_the_same_records(
    laptop: Path, server: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The way back is the exchange's own: packages exported from the server, imported into a
    new laptop file with `jpoa package import`."""
    monkeypatch.chdir(tmp_path)
    url = server.url.render_as_string(hide_password=False)
    out = io.StringIO()
    assert main(["--db", url, "server", "import-sqlite", str(laptop)], out) == 0, out.getvalue()
    assert "a first load into an empty server" in out.getvalue()
    with server.session_scope() as session:
        drafts = session.scalars(select(StrategyDraft.id)).all()
    from jpoa_desktop.services.packages.packages import PackageService

    packages = PackageService(server)
    paths = [tmp_path / "everything.jpoa"]
    packages.export_everything(paths[0])
    for draft in drafts:
        paths.append(tmp_path / f"draft-{draft}.jpoa")
        packages.export_strategy(draft, paths[-1])
    back = tmp_path / "back.sqlite"
    assert main(["--db", str(back), "init"], io.StringIO()) == 0
    for path in paths:
        assert main(["--db", str(back), "package", "import", str(path)], io.StringIO()) == 0
    original, returned = open_database(str(laptop)), open_database(str(back))
    try:
        assert records(returned) == records(original)
    finally:
        original.dispose()
        returned.dispose()


def _writing(db: Database) -> bool:
    """Whether a connection holds the write lock (`lock_for_writing`'s advisory lock) in a
    transaction that has written (the server gave it a transaction id)."""
    with db.engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                " WHERE l.locktype = 'advisory' AND l.objid = 1319 AND l.granted"
                " AND a.backend_xid IS NOT NULL"
            )
        ).scalar_one()
    return bool(found)


def test_a_load_killed_while_it_writes_leaves_the_server_as_it_was(
    laptop: Path, server: Database, tmp_path: Path
) -> None:
    url = server.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "jpoa_desktop.cli", "--db", url, "server", "import-sqlite"]
    child = subprocess.Popen(
        [*command, str(laptop)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not (caught := _writing(server)) and child.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        child.kill()  # SIGKILL: no rollback, no goodbye to the server
    finally:
        child.wait()
    assert caught, "the import finished before it could be killed"
    deadline = time.monotonic() + 30
    while _writing(server):  # the server notices the broken connection and rolls back
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert records(server)["workshop"] == [] and records(server)["person"] == []

"""The service tests run twice: on a SQLite file and on a real PostgreSQL server.

`empty_db` and `loaded_db` are parametrised by backend here. The server is a throw-away cluster
on 127.0.0.1 that this test run starts (`tests.postgres_cluster`); each test gets a database of
its own, copied from a migrated template (and one with the built-in library loaded).
Tests that are about SQLite files by nature (backups, packages between laptops, a damaged or
full disk, kill -9 during a write) open their own files and run once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.postgres_cluster import Cluster, cluster_for_tests

from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.library.content import ContentService

BACKENDS = ("sqlite", "postgresql")
EMPTY_TEMPLATE, LOADED_TEMPLATE = "jpoa_empty_template", "jpoa_loaded_template"


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    cluster = cluster_for_tests()
    try:
        for template, load in ((EMPTY_TEMPLATE, False), (LOADED_TEMPLATE, True)):
            url = cluster.create_database(template)
            db = open_database(url.render_as_string(hide_password=False))
            if load:
                ContentService(db.session_scope).load_builtin()
            db.dispose()
        yield cluster
    finally:
        cluster.stop()


def _server_database(request: pytest.FixtureRequest, template: str) -> Iterator[Database]:
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    name = cluster.new_database_name()
    url = cluster.create_database(name, template=template)
    db = open_database(url.render_as_string(hide_password=False))
    try:
        yield db
    finally:
        db.dispose()
        cluster.drop_database(name)


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "postgresql":
        yield from _server_database(request, EMPTY_TEMPLATE)
        return
    db = open_database(str(tmp_path / "empty.sqlite"))
    yield db
    db.dispose()


@pytest.fixture(params=BACKENDS)
def loaded_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "postgresql":
        yield from _server_database(request, LOADED_TEMPLATE)
        return
    db = open_database(str(tmp_path / "library.sqlite"))
    ContentService(db.session_scope).load_builtin()
    yield db
    db.dispose()

"""A server's database has no file: nothing may take the database's name in its URL for a path.

Once, a test did (it opened `url.database` with sqlite3) and every PostgreSQL run left an empty
file named after the test database (`test_2647_186`) in the current folder. Here the work that
backs up, checks, erases and exchanges runs on a server database from an empty current folder,
which must stay empty, and the calls that look for the file behind a database say "none".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from tests.postgres_cluster import Cluster

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import (
    Database,
    check_database,
    database_folder,
    open_database,
)
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.exchange.backup import backup_if_due, backup_now
from jpoa_desktop.services.people.people import PersonInput


@pytest.fixture
def server(postgres_cluster: Cluster) -> Iterator[Database]:
    name = postgres_cluster.new_database_name()
    url = postgres_cluster.create_database(name, template="jpoa_loaded_template")
    db = open_database(url.render_as_string(hide_password=False))
    yield db
    db.dispose()
    postgres_cluster.drop_database(name)


def test_work_on_a_server_writes_no_file_named_after_its_database(
    server: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "current"
    here.mkdir()
    monkeypatch.chdir(here)
    assert server.path is None
    assert database_folder(server.url.render_as_string(hide_password=False)) is None
    assert backup_if_due(server) is None
    with pytest.raises(ValidationError, match="back it up with its server's tools"):
        backup_now(server, "by-hand")
    services = Services(server)
    DemoService(server.session_scope).load("small", today=date(2026, 11, 25))
    services.personal_data.erase(services.people.add(PersonInput("Erased", "Soon")))
    first = services.workshops.workshops("en")[0].id
    services.packages.export_workshops([first], tmp_path / "out.jpoa")
    assert check_database(server).ok
    assert list(here.iterdir()) == []
    assert server.url.database and not Path(server.url.database).exists()

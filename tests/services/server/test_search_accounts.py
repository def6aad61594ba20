"""Searching a team's server whose search indexes need a rebuild (an app with new folding rules
has just been installed) with an account that may only read: the search answers from the
indexes as they are instead of failing on the rebuild it may not write."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.postgres_cluster import Cluster
from tests.server_team import Team, prepare_team

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.indexes.versions import SEARCH_INDEX_RECORD


@pytest.fixture(scope="module")
def team(postgres_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    team = prepare_team(postgres_cluster, tmp_path_factory.mktemp("team"))
    yield team
    postgres_cluster.drop_database(team.database)


def test_a_reader_searches_stale_indexes_as_they_are(team: Team) -> None:
    team.sql(f"DELETE FROM content_pack WHERE name = '{SEARCH_INDEX_RECORD}' RETURNING name")
    db = team.open("reader")
    try:
        services = Services(db)
        assert [p.family_name for p in services.people.search("Abdullaeva")] == ["Абдуллаева"]
        assert services.search.search("terrorism", "en") == []  # this server has no library
    finally:
        db.dispose()
    assert team.sql(f"SELECT 1 FROM content_pack WHERE name = '{SEARCH_INDEX_RECORD}'") == []
    admin = team.open("admin")
    try:
        found = Services(admin).people.search("Abdullaeva")  # the administrator's rebuilds
        assert [p.family_name for p in found] == ["Абдуллаева"]
    finally:
        admin.dispose()
    assert team.sql(f"SELECT 1 FROM content_pack WHERE name = '{SEARCH_INDEX_RECORD}'") == [(1,)]

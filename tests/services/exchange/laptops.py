"""Two laptops in one test: each a real SQLite file in tmp_path with its own services, and the
packages that go between them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Date, DateTime, Time, select, text
from sqlalchemy.dialects import sqlite
from tests.postgres_cluster import Cluster

from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.io.packages.writing import write_package
from jpoa_desktop.model.exchange import ImportOutcome, MergeChoices
from jpoa_desktop.model.packages import PackageContents
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database

_SQLITE = sqlite.dialect()

TODAY = date(2026, 12, 6)
TABLES = (
    "organisation",
    "person",
    "workshop",
    "registration",
    "attendance",
    "agenda_session",
    "agenda_speaker",
    "workshop_image",
    "workshop_branding",
    "workshop_tag",
    "exchange_base",
    "exchange_alias",
    "person_word_index",
)


def laptop(tmp_path: Path, name: str, demo: bool = False) -> Services:
    services = Services(open_database(str(tmp_path / f"{name}.sqlite")))
    if demo:
        services.demo.load("small", today=TODAY)
    return services


@pytest.fixture(params=("sqlite", "postgresql"), name="laptop_b")
def laptop_b_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    """The other side, empty: a laptop's file, or the team's server (a database of its own on
    the throw-away cluster), which receives packages and sends them back the same way."""
    if request.param == "sqlite":
        services = laptop(tmp_path, "b")
        yield services
        services.db.dispose()
        return
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    name = cluster.new_database_name()
    url = cluster.create_database(name, template="jpoa_empty_template")
    db = open_database(url.render_as_string(hide_password=False))
    yield Services(db)
    db.dispose()
    cluster.drop_database(name)


def two_laptops(tmp_path: Path, b: Services | None = None) -> tuple[Services, Services]:
    """Laptop A with the small demo, and B (a new laptop unless given) which has had all of it
    once in a package."""
    a, b = laptop(tmp_path, "a", demo=True), b or laptop(tmp_path, "b")
    send(a, b, tmp_path / "first.jpoa")
    return a, b


def workshop_ids(services: Services) -> list[int]:
    with services.db.session_scope() as session:
        return list(session.scalars(select(Workshop.id).order_by(Workshop.id)))


def send(
    source: Services,
    target: Services,
    path: Path,
    choices: MergeChoices | None = None,
    ids: list[int] | None = None,
) -> ImportOutcome:
    """Export `ids` (every workshop) from `source` to `path` and import it into `target`."""
    source.packages.export_workshops(ids or workshop_ids(source), path)
    return target.packages.apply(path, choices or MergeChoices())


def counts(services: Services) -> dict[str, int]:
    with services.db.engine.connect() as connection:
        return {
            table: int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in TABLES
        }


def rows(services: Services, sql: str) -> list[tuple[object, ...]]:
    """The rows `sql` reads, each value as SQLite stores it whichever the database (dates and
    times as SQLAlchemy writes them to SQLite, JSON as its text, amounts as floats), so two
    databases compare."""
    with services.db.engine.connect() as connection:
        return [tuple(map(_as_in_sqlite, row)) for row in connection.execute(text(sql))]


def _as_in_sqlite(value: object) -> object:
    if isinstance(value, datetime):
        value = value.astimezone(UTC) if value.tzinfo else value
        return _stored(DateTime(), value)
    if isinstance(value, date | time):
        return _stored(Date() if isinstance(value, date) else Time(), value)
    if isinstance(value, dict | list):
        return json.dumps(value)
    if isinstance(value, Decimal):  # a NUMERIC column: SQLite keeps a REAL
        return float(value)
    return value


def _stored(kind: DateTime | Date | Time, value: object) -> object:
    process = kind.dialect_impl(_SQLITE).bind_processor(_SQLITE)
    return process(value) if process else value


def package_with(tmp_path: Path, records: dict[str, list[dict[str, object]]]) -> Path:
    """A package of laptop a's demo workshops with `records` added to its tables (written as
    any package is, so only the merge can refuse them): hostile.jpoa."""
    a = laptop(tmp_path, "a", demo=True)
    path = tmp_path / "good.jpoa"
    a.packages.export_workshops(workshop_ids(a), path)
    contents = read_package(path)
    tables = {name: list(found) for name, found in contents.tables.items()}
    for name, extra in records.items():
        tables[name] = tables[name] + extra  # type: ignore[operator]
    hostile = tmp_path / "hostile.jpoa"
    write_package(
        hostile,
        PackageContents("workshops", "0.1.0", datetime.now(UTC), "x", tables),
    )
    return hostile


def refusal(tmp_path: Path, extra: dict[str, list[dict[str, object]]]) -> str:
    """The one line an empty laptop b refuses `package_with(extra)` with (nothing written)."""
    hostile = package_with(tmp_path, extra)
    b = laptop(tmp_path, "b")
    before = counts(b)
    try:
        b.packages.apply(hostile, MergeChoices())
    except ValidationError as refused:
        assert counts(b) == before
        return str(refused)
    raise AssertionError("the package was not refused")

"""Two laptops in one test: each a real SQLite file in tmp_path with its own services, and the
packages that go between them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.io.packages.writing import write_package
from jpoa_desktop.model.exchange import ImportOutcome, MergeChoices
from jpoa_desktop.model.packages import PackageContents
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database

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


def two_laptops(tmp_path: Path) -> tuple[Services, Services]:
    """Laptop A with the small demo, and B which has had all of it once in a package."""
    a, b = laptop(tmp_path, "a", demo=True), laptop(tmp_path, "b")
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
    assert services.db.path is not None
    connection = sqlite3.connect(services.db.path)
    try:
        return {
            table: int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in TABLES
        }
    finally:
        connection.close()


def rows(services: Services, sql: str) -> list[tuple[object, ...]]:
    assert services.db.path is not None
    connection = sqlite3.connect(services.db.path)
    try:
        return list(connection.execute(sql).fetchall())
    finally:
        connection.close()


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

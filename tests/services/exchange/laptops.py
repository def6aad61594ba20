"""Two laptops in one test: each a real SQLite file in tmp_path with its own services, and the
packages that go between them."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import select

from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.model.exchange import ImportOutcome, MergeChoices
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

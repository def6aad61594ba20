"""Database faults below the CLI and the GUI: a database that is full, a write that fails, a
damaged file, a missing one. Each comes out as one sentence and leaves nothing half-written."""

from __future__ import annotations

import logging
import sqlite3
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, insert
from sqlalchemy.exc import IntegrityError
from tests.damaged_files import damage_table

from jpoa_desktop.db.workshop_models import Organisation
from jpoa_desktop.files.log_file import PrivateFileHandler
from jpoa_desktop.services.database import (
    DatabaseDamaged,
    DatabaseFull,
    DatabaseMissing,
    check_database,
    open_database,
    quick_check,
)
from jpoa_desktop.services.people.participant_import import ParticipantImportService
from jpoa_desktop.services.people.people import PeopleService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

LIST = "Фамилия;Имя;Организация\n" + "".join(
    f"Нурланова{i};Әсел{i};Министерство внутренних дел {i}\n" for i in range(400)
)


def _workshop(path: Path) -> int:
    db = open_database(str(path))
    try:
        return WorkshopService(db.session_scope).create(
            WorkshopInput(titles={"en": "Border"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
        )
    finally:
        db.dispose()


def test_a_database_at_its_size_limit_refuses_an_import_as_full_and_keeps_nothing(
    tmp_path: Path,
) -> None:
    """A real SQLITE_FULL: the file may not grow past its pages (`PRAGMA max_page_count`)."""
    path = tmp_path / "full.sqlite"
    workshop = _workshop(path)
    listing = tmp_path / "list.csv"
    listing.write_text(LIST, encoding="utf-8")
    db = open_database(str(path), create=False)
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]

    def no_room_to_grow(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", no_room_to_grow)
    db.engine.dispose()
    service = ParticipantImportService(db.session_scope)
    with pytest.raises(DatabaseFull) as refused:
        service.apply(service.plan(listing), workshop)
    assert str(refused.value) == (
        f"The disk holding {path} is full; nothing was changed. Free some space and try again."
    )
    assert refused.value.__cause__ is None  # no SQL chained into a log
    db.dispose()
    db = open_database(str(path), create=False)
    assert PeopleService(db.session_scope).count() == 0
    assert check_database(db).ok
    db.dispose()


def test_a_failed_write_never_quotes_the_names_it_was_writing(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "w.sqlite"))
    row = {"name": "Министерство Нурлановой", "name_en": "", "kind": "ministry", "country": ""}
    with db.session_scope() as session:
        session.execute(insert(Organisation), [row])
    with pytest.raises(IntegrityError) as failed, db.session_scope() as session:
        session.execute(insert(Organisation), [row])
    db.dispose()
    assert "Нурлановой" not in str(failed.value)
    log = tmp_path / "jpoa.log"
    handler = PrivateFileHandler(log)
    logger = logging.getLogger("jpoa.test-faults")
    logger.addHandler(handler)
    try:
        logger.error("import failed", exc_info=failed.value)
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = log.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "Нурлановой" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_an_older_log_readable_by_others_is_made_private(tmp_path: Path) -> None:
    log = tmp_path / "jpoa.log"
    log.write_text("an older line\n", encoding="utf-8")
    log.chmod(0o644)
    PrivateFileHandler(log).close()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert log.read_text(encoding="utf-8") == "an older line\n"


def test_a_damaged_table_page_is_reported_by_the_check_and_refused_by_the_quick_check(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.sqlite"
    workshop = _workshop(path)
    listing = tmp_path / "list.csv"
    listing.write_text(LIST, encoding="utf-8")
    db = open_database(str(path))
    service = ParticipantImportService(db.session_scope)
    service.apply(service.plan(listing), workshop)
    db.dispose()
    damage_table(path, "person")

    db = open_database(str(path), create=False)
    try:
        report = check_database(db)
        assert not report.ok
        assert any("person" in problem for problem in report.problems)
        with pytest.raises(DatabaseDamaged, match="is damaged"):
            quick_check(db)
        with pytest.raises(DatabaseDamaged, match="is damaged"):
            WorkshopService(db.session_scope).registrations(workshop)
    finally:
        db.dispose()


def test_opening_a_missing_file_without_create_refuses_and_creates_nothing(
    tmp_path: Path,
) -> None:
    with pytest.raises(DatabaseMissing, match="There is no database at"):
        open_database(str(tmp_path / "typo.sqlite"), create=False)
    assert list(tmp_path.iterdir()) == []

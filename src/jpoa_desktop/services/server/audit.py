"""Reading the server's audit log: a draft's or a workshop's history, newest first, a page at a
time, and the same as a CSV or XLSX file.

The server's triggers write the log (db/versions/0013_audit_triggers.py); this service only
reads it. On a laptop's SQLite file there is no log: the service says so (`kept` is False)
and answers with an empty page, which the screen and the CLI show as a plain sentence, not
as an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.models import AuditEntry
from jpoa_desktop.db.strategy_models import StrategyDraft
from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.io.writing.export import write_table
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.server.audit_labels import row_labels

Scope = Literal["draft", "workshop"]
PAGE_SIZE = 200
EXPORT_HEADERS = {
    "en": ("Time (UTC)", "Who", "Action", "Table", "Row", "Row label", "Field", "Old", "New"),
    "ru": ("Время (UTC)", "Кто", "Действие", "Таблица", "Строка", "Что", "Поле", "Было", "Стало"),
}


@dataclass(frozen=True)
class AuditQuery:
    """Which entries: all of a draft's or a workshop's, or those matching every filter given.

    `text` is looked for (case-insensitively) in who, table, field and both values; `until`
    includes its whole day.
    """

    user: str = ""
    table: str = ""
    field: str = ""
    text: str = ""
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditLine:
    """One entry as a screen shows it: the row named in words where that is cheap."""

    id: int
    changed_at: datetime
    changed_by: str
    action: str
    table: str
    row_id: int
    label: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class AuditPage:
    """A page of entries, newest first; `total` counts every entry the query matches.

    `kept` is False on a SQLite file, where no log is kept (the page is then empty).
    """

    kept: bool
    lines: list[AuditLine]
    total: int
    offset: int


class AuditService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def kept(self) -> bool:
        """Whether this database keeps an audit log (only a shared PostgreSQL server does)."""
        with self._scope() as session:
            return _on_server(session)

    def page(
        self,
        scope: Scope,
        owner_id: int,
        query: AuditQuery = AuditQuery(),
        offset: int = 0,
        limit: int = PAGE_SIZE,
        lang: str = "en",
    ) -> AuditPage:
        """Entries `offset`… of a draft's or a workshop's log, newest first; rows named in
        `lang` where they have a title in it."""
        with self._scope() as session:
            if not _on_server(session):
                return AuditPage(kept=False, lines=[], total=0, offset=0)
            where = _conditions(scope, owner_id, query)
            total = session.scalar(select(func.count()).select_from(AuditEntry).where(*where))
            entries = session.scalars(
                _newest_first(select(AuditEntry).where(*where)).offset(offset).limit(limit)
            ).all()
            return AuditPage(True, _lines(session, entries, lang), int(total or 0), offset)

    def owner_title(self, scope: Scope, owner_id: int, lang: str) -> str:
        """The draft's or the workshop's title in `lang` (else its first), for a heading;
        "" when it no longer exists."""
        model = StrategyDraft if scope == "draft" else Workshop
        with self._scope() as session:
            titles = session.scalar(select(model.titles).where(model.id == owner_id))
        if not isinstance(titles, dict):
            return ""
        return str(titles.get(lang) or next((t for t in titles.values() if t), ""))

    def users(self, scope: Scope, owner_id: int) -> list[str]:
        """Everyone who changed something of this draft or workshop (for a filter's choices)."""
        with self._scope() as session:
            if not _on_server(session):
                return []
            where = _conditions(scope, owner_id, AuditQuery())
            return list(
                session.scalars(
                    select(AuditEntry.changed_by)
                    .where(*where)
                    .distinct()
                    .order_by(AuditEntry.changed_by)
                )
            )

    def export(
        self,
        scope: Scope,
        owner_id: int,
        target: Path,
        query: AuditQuery = AuditQuery(),
        lang: str = "en",
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> int:
        """Write every matching entry to a .csv or .xlsx file; the number of entries written.

        Cells go through the project's safe writers: a value typed as `=HYPERLINK(…)` stays
        text in Excel. On SQLite the file holds the header only.
        """
        with self._scope() as session:
            lines: list[AuditLine] = []
            if _on_server(session):
                where = _conditions(scope, owner_id, query)
                entries = session.scalars(_newest_first(select(AuditEntry).where(*where))).all()
                lines = _lines(session, entries, lang)
        rows = [_export_row(line) for line in lines]
        headers = EXPORT_HEADERS.get(lang, EXPORT_HEADERS["en"])
        write_table(target, headers, rows, progress, cancelled)
        return len(rows)


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _conditions(scope: Scope, owner_id: int, query: AuditQuery) -> list[ColumnElement[bool]]:
    owner = AuditEntry.draft_id if scope == "draft" else AuditEntry.workshop_id
    where: list[ColumnElement[bool]] = [owner == owner_id]
    for column, wanted in (
        (AuditEntry.changed_by, query.user),
        (AuditEntry.table_name, query.table),
        (AuditEntry.field, query.field),
    ):
        if wanted:
            where.append(column == wanted)
    if query.since is not None:
        where.append(AuditEntry.changed_at >= _day_start(query.since))
    if query.until is not None:
        where.append(AuditEntry.changed_at < _day_start(query.until + timedelta(days=1)))
    if query.text.strip():
        pattern = f"%{_escape_like(query.text.strip())}%"
        columns = (
            AuditEntry.changed_by,
            AuditEntry.table_name,
            AuditEntry.field,
            AuditEntry.old_value,
            AuditEntry.new_value,
        )
        where.append(or_(*(c.ilike(pattern, escape="\\") for c in columns)))
    return [and_(*where)]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _newest_first(statement: Select[Any]) -> Select[Any]:
    return statement.order_by(AuditEntry.changed_at.desc(), AuditEntry.id.desc())


def _lines(session: Session, entries: Sequence[AuditEntry], lang: str) -> list[AuditLine]:
    labels = row_labels(session, entries, lang)
    return [
        AuditLine(
            id=entry.id,
            changed_at=entry.changed_at,
            changed_by=entry.changed_by,
            action=entry.action,
            table=entry.table_name,
            row_id=entry.row_id,
            label=labels.get((entry.table_name, entry.row_id), ""),
            field=entry.field,
            old_value=entry.old_value,
            new_value=entry.new_value,
        )
        for entry in entries
    ]


def _export_row(line: AuditLine) -> tuple[str | int | None, ...]:
    when = line.changed_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    return (
        when,
        line.changed_by,
        line.action,
        line.table,
        line.row_id,
        line.label,
        line.field,
        line.old_value,
        line.new_value,
    )

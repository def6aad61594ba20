"""The typed ORM: every row has an integer key, a `uuid` stable across machines, UTC times."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from jpoa_desktop.db.engine import saver_name

# Named constraints from day one: SQLite cannot drop an unnamed constraint in a later migration.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """A time as an aware UTC time: SQLite hands stored times back without their zone, and
    what it stores is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Columns every table has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, onupdate=utc_now
    )
    # Several people on one server: the version a save started from is compared with the row's
    # (a changed version is someone else's save), and who saved last is said in the conflict.
    # The ORM checks and bumps `row_version` on every flush (`version_id_col`): an update whose
    # row moved on since it was read raises StaleDataError instead of writing over it. A plain
    # SQL UPDATE (a merge's rows, siblings shifted) bumps it too, through `onupdate`.
    row_version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", onupdate=literal_column("row_version + 1")
    )
    updated_by: Mapped[str] = mapped_column(
        String(128), default=saver_name, onupdate=saver_name, server_default=""
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


class ContentPack(Tracked, Base):
    """Which version of each content file is loaded, so loading twice changes nothing."""

    __tablename__ = "content_pack"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    checksum: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16), default="builtin")


class LibraryItem(Tracked, Base):
    """One entry of the JPoA library: a pillar, framework area, article, partner, term, ...

    Texts live in `LibraryText`, one row per language and field, so a new language needs no
    schema change. `meta` holds the file's plain values (numbers, codes, dates, years).
    """

    __tablename__ = "library_item"

    key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    pack: Mapped[str] = mapped_column(String(64), index=True)
    origin: Mapped[str] = mapped_column(String(16), default="builtin")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("library_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    texts: Mapped[list[LibraryText]] = relationship(
        back_populates="item", cascade="all, delete-orphan", passive_deletes=True
    )


class LibraryText(Tracked, Base):
    __tablename__ = "library_text"
    __table_args__ = (UniqueConstraint("item_id", "lang", "field", name="uq_library_text_item"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("library_item.id", ondelete="CASCADE"), index=True
    )
    lang: Mapped[str] = mapped_column(String(8))
    field: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)

    item: Mapped[LibraryItem] = relationship(back_populates="texts")


class ExchangeBase(Base):
    """A record's digest as last exchanged with another laptop: the common ancestor of a merge.

    A package record whose digest differs from this base was changed over there; a local record
    whose digest differs was changed here; both → a conflict for the user to settle.
    """

    __tablename__ = "exchange_base"

    record_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))


class ExchangeAlias(Base):
    """A uuid from another laptop that names a record here under another uuid (a merged person),
    so importing the same package again finds it instead of proposing the merge again."""

    __tablename__ = "exchange_alias"

    alias_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_uuid: Mapped[str] = mapped_column(String(36), index=True)


class TakenBackMark(Base):
    """An attendance mark taken back here (the door's undo), named as every laptop names it: its
    registration's uuid, day and session, with the scans it held. A package from a laptop that
    still holds the mark with no other scan leaves it taken back."""

    __tablename__ = "taken_back_mark"

    registration_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    session_key: Mapped[str] = mapped_column(String(36), primary_key=True)
    taken_back_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    scans: Mapped[list[dict[str, str]]] = mapped_column(JSON)  # as `Attendance.scans`


class AuditEntry(Base):
    """One change on a shared server: who, when, and what (an update's field with its old and
    new value, or a row added or deleted, held whole as JSON).

    Written on PostgreSQL by triggers in the same transaction as the change (so nothing escapes
    it, whichever program made the change); `draft_id` and `workshop_id` say whose history the
    change belongs to, so a draft's or a workshop's log is one indexed read.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(128))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int] = mapped_column(Integer)
    row_uuid: Mapped[str] = mapped_column(String(36), default="")
    action: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    draft_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    workshop_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)

"""Workshops and the people in them: organisations, people, registrations, attendance marks.

Names are stored as the person writes them, never split or upper-cased; `latin_*` hold the Latin
spelling (suggested by ICAO 9303 transliteration, editable). `PersonWordIndex` holds the folded
words of every spelling, kept up to date by the people service, so search works across scripts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from jpoa_desktop.db.models import Base, Tracked
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError


class Organisation(Tracked, Base):
    __tablename__ = "organisation"
    __table_args__ = (UniqueConstraint("name", "country", name="uq_organisation_name_country"),)

    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(32), default="ministry")
    country: Mapped[str] = mapped_column(String(2), default="")


class Person(Tracked, Base):
    __tablename__ = "person"

    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = mapped_column(String(120))
    patronymic: Mapped[str] = mapped_column(String(120), default="")
    latin_family_name: Mapped[str] = mapped_column(String(120), default="")
    latin_given_name: Mapped[str] = mapped_column(String(120), default="")
    sex: Mapped[str] = mapped_column(String(8), default="")
    country: Mapped[str] = mapped_column(String(2), default="", index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    consent_data: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    # Set when the person's data was erased on request or by the retention rule: the row
    # stays (so counts in reports hold) but holds no name or contact any more.
    erased_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    organisation: Mapped[Organisation | None] = relationship()


class PersonWordIndex(Base):
    """Derived: one row per folded word of a person's names, for indexed prefix search.

    Rebuilt from `person` whenever a name changes and never exchanged between machines, so,
    like the library's search table, it carries no uuid or timestamps of its own.
    """

    __tablename__ = "person_word_index"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    word: Mapped[str] = mapped_column(String(120), primary_key=True, index=True)


class PersonMerge(Tracked, Base):
    """A merge of two records of the same person, with what it takes to undo it.

    `undo` holds the dropped person's row, the registrations and attendance marks that moved
    or were folded into the kept person's, and the fields filled in from the dropped record.
    """

    __tablename__ = "person_merge"

    kept_person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    dropped_person_id: Mapped[int] = mapped_column(Integer)
    undo: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


class Workshop(Tracked, Base):
    __tablename__ = "workshop"

    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(32), default="workshop")
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="", index=True)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    organisers: Mapped[list[str]] = mapped_column(JSON, default=list)
    partners: Mapped[list[str]] = mapped_column(JSON, default=list)
    phase_key: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    tags: Mapped[list[WorkshopTag]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", passive_deletes=True
    )


class WorkshopTag(Tracked, Base):
    """A pillar or framework area (by library key) that a workshop covers."""

    __tablename__ = "workshop_tag"
    __table_args__ = (UniqueConstraint("workshop_id", "item_key", name="uq_workshop_tag_item"),)

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    item_key: Mapped[str] = mapped_column(String(120), index=True)

    workshop: Mapped[Workshop] = relationship(back_populates="tags")


class Registration(Tracked, Base):
    __tablename__ = "registration"
    __table_args__ = (UniqueConstraint("workshop_id", "person_id", name="uq_registration_person"),)

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16), default="participant")
    status: Mapped[str] = mapped_column(String(16), default="invited")
    badge_code: Mapped[str] = mapped_column(String(16), unique=True)


class Attendance(Tracked, Base):
    """One check-in: a registration present on a day (and, optionally, at one session)."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("registration_id", "day", "session_key", name="uq_attendance_mark"),
    )

    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    session_key: Mapped[str] = mapped_column(String(36), default="")
    marked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Every scan that made or confirmed this mark: [{"at": ISO time, "laptop": name}], oldest
    # first. Two check-in laptops merged keep both; `marked_at` is the earliest.
    scans: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list, server_default="[]")


# Rows by id, or a message the user can act on when the id names nothing.


def workshop_or_error(session: Session, workshop_id: int) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no workshop with id {id}."), id=workshop_id
        )
    return workshop


def registration_or_error(session: Session, registration_id: int) -> Registration:
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no registration with id {id}."),
            id=registration_id,
        )
    return registration

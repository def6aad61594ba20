"""A workshop's agenda: days of ordered sessions, with their speakers.

Speakers are a child table keyed by person (not by registration) so that merging two records of
one person can move the links, and undoing the merge can move them back. Attendance at a session
points at the session's `uuid` (`Attendance.session_key`), which survives delete-and-restore.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jpoa_desktop.db.models import Base, Tracked


class AgendaSession(Tracked, Base):
    __tablename__ = "agenda_session"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(16), default="plenary")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)  # library keys, in order
    notes: Mapped[str] = mapped_column(Text, default="")

    speakers: Mapped[list[AgendaSpeaker]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaSpeaker.position",
    )


class AgendaSpeaker(Tracked, Base):
    """A person speaking at or facilitating a session, in the order they are listed."""

    __tablename__ = "agenda_speaker"
    __table_args__ = (UniqueConstraint("session_id", "person_id", name="uq_agenda_speaker_person"),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_session.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[AgendaSession] = relationship(back_populates="speakers")

"""Attendance marks taken back at the door, so that an exchange does not bring them back.

Deletions do not travel between laptops, and marks keep no base digest (see `services.packages`):
without a note, a mark taken back here would come back from any laptop that still holds it
(from an earlier package). So taking a mark back remembers it by what names it on every laptop
(its registration's uuid, day and session) with the scans it held. An import leaves out a mark
so named when every scan it holds is one of those: this laptop saw them all and took them back.
A scan this laptop never saw (the person was scanned over there, before or after) brings the
mark back with all its scans: nothing a laptop scanned is lost without someone here seeing it.
Marking the person again here forgets the note; the new mark merges as any other.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.models import TakenBackMark
from jpoa_desktop.model.scans import Scan, scans_of

Key = tuple[str, str, str]  # registration uuid, day (ISO 8601), session key


def forget_taken_back(session: Session, registration: str, day: date, keys: list[str]) -> None:
    """The registration (by uuid) is marked again here on `day` for sessions `keys`: forget
    those notes."""
    session.execute(
        delete(TakenBackMark).where(
            TakenBackMark.registration_uuid == registration,
            TakenBackMark.day == day,
            TakenBackMark.session_key.in_(keys),
        )
    )


def remember_taken_back(
    session: Session,
    registration: str,
    day: date,
    scans: Mapping[str, list[dict[str, str]]],
    now: datetime,
) -> None:
    """The registration's (by uuid) marks of `day` were taken back at `now`: each session key
    in `scans` with the scans its mark held."""
    forget_taken_back(session, registration, day, list(scans))
    session.add_all(
        TakenBackMark(
            registration_uuid=registration,
            day=day,
            session_key=key,
            taken_back_at=now,
            scans=list(held),
        )
        for key, held in scans.items()
    )


class TakenBackMarks:
    """The marks taken back here (read when first asked), to hold package records against."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._scans: dict[Key, set[Scan]] | None = None

    def holds(self, mark: Mapping[str, object]) -> bool:
        """Whether `mark` (a package's record, in this laptop's uuids) names a mark taken back
        here and holds no scan but those it held then: it stays taken back."""
        if self._scans is None:
            rows = self._session.scalars(select(TakenBackMark))
            self._scans = {
                (row.registration_uuid, row.day.isoformat(), row.session_key): set(
                    scans_of({"scans": row.scans})
                )
                for row in rows
            }
        if not self._scans:
            return False
        day, session_key = mark.get("day"), mark.get("session_key", "")
        seen = self._scans.get((str(mark.get("registration")), str(day), str(session_key)))
        return seen is not None and set(scans_of(mark)) <= seen

"""Rows written into a database of an older schema, as that version of the app wrote them.

The ORM describes today's schema (it has columns an old file lacks), so a test that prepares an
old database writes its rows with plain SQL of that time."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from uuid import uuid4

from sqlalchemy import text

from jpoa_desktop.db.migrate import Database


def old_workshop(db: Database, title: str, day: date) -> int:
    """A one-day workshop as the app of revisions 0002–0011 stored it; its id."""
    now = datetime.now(UTC)
    with db.engine.begin() as connection:
        return int(
            connection.execute(
                text(
                    "INSERT INTO workshop (titles, kind, start_date, end_date, venue, city, "
                    "country, languages, organisers, partners, phase_key, status, notes, uuid, "
                    "created_at, updated_at) VALUES (:titles, 'workshop', :day, :day, '', '', "
                    "'', '[]', '[]', '[]', '', 'planned', '', :uuid, :now, :now) RETURNING id"
                ),
                {"titles": json.dumps({"en": title}), "day": day, "uuid": str(uuid4()), "now": now},
            ).scalar_one()
        )

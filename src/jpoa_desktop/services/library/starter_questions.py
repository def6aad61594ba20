"""The starter question bank the app ships with its library (resources/questions/starter.toml),
added to a database whenever the built-in library is loaded, so that a trainer's first pre-test
needs no typing.

Each starter question has a fixed uuid: loading again adds only what is missing, an edit or a
retirement the trainer made is kept, and a package from another laptop names the same question.
The file is part of the app, not user input: a test checks every question against the bank's
rules (`services/evaluation/question_rules.py`), and this module, which the library's loading
imports, writes the rows as the file says without importing the bank (the bank sits above the
workshops, which sit above the library).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.config import resources_dir
from jpoa_desktop.db.evaluation_models import Question
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ContentError

STARTER = "starter"


def starter_file() -> Path:
    return resources_dir() / "questions" / "starter.toml"


def starter_entries(path: Path | None = None) -> list[dict[str, Any]]:
    """The file's questions as written, in its order."""
    source = path or starter_file()
    try:
        with source.open("rb") as handle:
            entries = tomllib.load(handle).get("question", [])
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}"),
            file=source.name,
            reason=str(error),
        ) from error
    return [dict(entry) for entry in entries]


def _row(entry: dict[str, Any]) -> Question:
    return Question(
        uuid=str(entry["uuid"]),
        source=STARTER,
        retired=False,
        item_key=str(entry.get("item_key", "")),
        purpose=str(entry.get("purpose", "test")),
        kind=str(entry["kind"]),
        aspect=str(entry.get("aspect", "")),
        texts=dict(entry["text"]),
        options=[dict(option) for option in entry.get("options", [])],
        correct=str(entry.get("correct", "")),
        tags=[str(tag) for tag in entry.get("tags", [])],
    )


def add_starter_questions(session: Session, path: Path | None = None) -> int:
    """Add the starter questions `session`'s database lacks (by uuid); how many were added."""
    entries = starter_entries(path)
    wanted = [str(entry["uuid"]) for entry in entries]
    present = set(session.scalars(select(Question.uuid).where(Question.uuid.in_(wanted))))
    missing = [_row(entry) for entry in entries if str(entry["uuid"]) not in present]
    session.add_all(missing)
    session.flush()
    return len(missing)

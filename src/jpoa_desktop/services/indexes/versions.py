"""Keeping the derived search indexes in step with the folding rules that built them.

`library_fts` and `person_word_index` hold words folded by `text_folding` (and, for the library,
spelled and stemmed by `word_forms`). When those rules change, a database made by an older app
still holds the old forms, and a search typed today would miss what it holds. Both indexes are
derived tables, so no migration is needed: the folding version that built them is kept in
`content_pack` (where the app already records what built the library), and a database whose
version differs has both indexes rebuilt, once, in one transaction.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, delete, select, text, update
from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import insert_plain
from jpoa_desktop.db.engine import SessionScope, lock_for_writing
from jpoa_desktop.db.faults import PermissionRefused
from jpoa_desktop.db.models import ContentPack
from jpoa_desktop.db.workshop_models import Person, PersonWordIndex
from jpoa_desktop.services.indexes.library_index import rebuild_index
from jpoa_desktop.services.indexes.person_words import NAME_COLUMNS, sort_key, word_rows
from jpoa_desktop.texts.text_folding import FOLDING_VERSION

SEARCH_INDEX_RECORD = "search-index"  # the content_pack row that holds the folding version
DERIVED = "derived"


def stored_version(session: Session) -> int | None:
    """The folding version the indexes were built with; None before the first record."""
    return session.scalar(
        select(ContentPack.version).where(ContentPack.name == SEARCH_INDEX_RECORD)
    )


def record_version(session: Session) -> None:
    """Note that the indexes now match this app's folding."""
    row = session.scalar(select(ContentPack).where(ContentPack.name == SEARCH_INDEX_RECORD))
    if row is None:
        session.add(
            ContentPack(
                name=SEARCH_INDEX_RECORD,
                version=FOLDING_VERSION,
                checksum=f"folding-{FOLDING_VERSION}",
                source=DERIVED,
            )
        )
    else:
        row.version, row.checksum = FOLDING_VERSION, f"folding-{FOLDING_VERSION}"
    session.flush()


def rebuild_people_index(session: Session) -> int:
    """Fold every person's names again: their word rows and their sort key. Returns people."""
    columns = [getattr(Person, name) for name in NAME_COLUMNS]
    people = session.execute(select(Person.id, Person.sort_key, *columns)).all()
    session.execute(delete(PersonWordIndex))
    rows = []
    new_keys = []
    for person_id, old_key, *names in people:
        values = dict(zip(NAME_COLUMNS, names, strict=True))
        rows.extend(word_rows(person_id, values))
        key = sort_key(values["family_name"], values["given_name"], values["patronymic"])
        if key != old_key:
            new_keys.append({"b_id": person_id, "b_key": key})
    insert_plain(session, PersonWordIndex, rows)
    if new_keys:
        table = Person.metadata.tables[Person.__tablename__]
        # updated_at is set to itself: a derived key is not an edit to exchange or merge.
        session.connection().execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(sort_key=bindparam("b_key"), updated_at=table.c.updated_at),
            new_keys,
        )
    return len(people)


def folding_problems(conn: Connection) -> list[str]:
    """For `jpoa check`: the indexes hold words folded by an older app's rules."""
    version = conn.execute(
        text("SELECT version FROM content_pack WHERE name = :name"), {"name": SEARCH_INDEX_RECORD}
    ).scalar()
    if version == FOLDING_VERSION:
        return []
    if version is None and conn.execute(text("SELECT 1 FROM library_fts LIMIT 1")).first() is None:
        return []  # nothing indexed yet: the first load builds and records it
    return [
        f"search indexes were folded by an older version ({version or 1}, now {FOLDING_VERSION});"
        " they are rebuilt on the next start, or run `jpoa init`"
    ]


def search_index_problems(conn: Connection) -> list[str]:
    """For `jpoa check`, on SQLite and on a server: the library's index holds a row per text
    (item and language), and was folded by this app's rules."""
    indexed = conn.execute(text("SELECT count(*) FROM library_fts")).scalar_one()
    expected = conn.execute(
        text(
            "SELECT count(*) FROM (SELECT DISTINCT t.item_id, t.lang "
            "FROM library_text AS t JOIN library_item AS i ON i.id = t.item_id "
            "WHERE i.kind != 'section') AS texts"
        )
    ).scalar_one()
    if indexed != expected:
        return [f"search index has {indexed} entries for {expected} texts; run `jpoa init`"]
    return folding_problems(conn)


def ensure_current(session: Session, library_changed: bool = False) -> bool:
    """Rebuild what needs it: the library index when its texts changed, both indexes when
    they were folded by other rules. True when the folding rules made a rebuild happen."""
    stale = stored_version(session) != FOLDING_VERSION
    if library_changed or stale:
        session.flush()
        rebuild_index(session)
    if stale:
        rebuild_people_index(session)
        record_version(session)
    return stale


def refresh_if_stale(scope: SessionScope) -> bool:
    """`ensure_current` for a search about to run: a plain read when all is current (the usual
    case, no lock, so a search never waits for an import); else under the write lock, and
    checked again there, as the start of the app may be rebuilding at the same moment.

    On a team's server an account that may only read cannot rebuild: its search reads the
    indexes as they are (nothing is lost: the next start by an editor or the administrator, or
    `jpoa init`, rebuilds them) rather than failing."""
    with scope() as session:
        if stored_version(session) == FOLDING_VERSION:
            return False
    try:
        with scope() as session:
            lock_for_writing(session)
            return ensure_current(session)
    except PermissionRefused:
        return False

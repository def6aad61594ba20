"""A database whose search indexes an older app folded gets them rebuilt, once, on next use."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

from jpoa_desktop.services.database import Database, check_database, open_database
from jpoa_desktop.services.indexes.versions import SEARCH_INDEX_RECORD, stored_version
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.search import SearchService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.texts.text_folding import FOLDING_VERSION


def _as_an_older_app_left_it(db: Database) -> None:
    """The indexes as folding version 1 wrote them: ç as c, no stems, no version record."""
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM person_word_index WHERE word LIKE 'tach%'"))
        conn.execute(text("UPDATE person SET sort_key = 'tacmyradov' WHERE family_name LIKE 'T%'"))
        conn.execute(text("UPDATE library_fts SET folded = lower(title)"))
        conn.execute(text("DELETE FROM content_pack WHERE name = :n"), {"n": SEARCH_INDEX_RECORD})


def _stale_database(tmp_path: Path) -> tuple[Path, int, str]:
    path = tmp_path / "w.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    person = PeopleService(db.session_scope).add(
        PersonInput(family_name="Täçmyradow", given_name="Şatlyk")
    )
    with db.engine.connect() as conn:
        stamp = conn.execute(text("SELECT updated_at FROM person")).scalar_one()
    _as_an_older_app_left_it(db)
    db.dispose()
    return path, person, str(stamp)


def test_the_next_start_rebuilds_indexes_folded_by_an_older_app(tmp_path: Path) -> None:
    path, person, stamp = _stale_database(tmp_path)
    db = open_database(str(path))
    try:
        ContentService(db.session_scope).load_builtin()  # what every start of the app runs
        with db.session_scope() as session:
            assert stored_version(session) == FOLDING_VERSION
        assert [p.id for p in PeopleService(db.session_scope).search("Tachmyradov")] == [person]
        titles = [h.title for h in SearchService(db.session_scope).search("radicalisation", "en")]
        assert titles[0] == "Radicalization"
        with db.engine.connect() as conn:
            key, updated = conn.execute(text("SELECT sort_key, updated_at FROM person")).one()
        assert key == "tachmyradov shatlyk"
        assert str(updated) == stamp  # a derived key is not an edit: merges are not confused
    finally:
        db.dispose()


def test_a_search_on_a_database_never_opened_since_the_update_rebuilds_first(
    tmp_path: Path,
) -> None:
    path, person, _ = _stale_database(tmp_path)
    db = open_database(str(path))
    try:
        assert [p.id for p in PeopleService(db.session_scope).search("Tachmyradov")] == [person]
        hits = SearchService(db.session_scope).search("fighters", "en")
        assert "Foreign terrorist fighter" in [h.title for h in hits]
    finally:
        db.dispose()


def test_loading_an_up_to_date_library_again_rebuilds_nothing(loaded_db: Database) -> None:
    with loaded_db.engine.connect() as conn:
        before = conn.execute(text("SELECT rowid, folded FROM library_fts ORDER BY rowid")).all()
    ContentService(loaded_db.session_scope).load_builtin()
    with loaded_db.engine.connect() as conn:
        after = conn.execute(text("SELECT rowid, folded FROM library_fts ORDER BY rowid")).all()
    assert after == before


def test_jpoa_check_names_indexes_folded_by_an_older_app_until_the_next_start(
    tmp_path: Path,
) -> None:
    path, _, _ = _stale_database(tmp_path)
    db = open_database(str(path))
    try:
        (problem,) = check_database(db).problems
        assert problem.startswith("search indexes were folded by an older version (1, now 2)")
        ContentService(db.session_scope).load_builtin()
        assert check_database(db).problems == ()
    finally:
        db.dispose()


def test_searches_racing_the_start_after_an_update_all_answer(tmp_path: Path) -> None:
    path, person, _ = _stale_database(tmp_path)
    db = open_database(str(path))
    barrier = threading.Barrier(3)
    found: list[list[int]] = []
    failures: list[BaseException] = []

    def search() -> None:
        barrier.wait()
        try:
            found.append([p.id for p in PeopleService(db.session_scope).search("Tachmyradov")])
        except BaseException as error:
            failures.append(error)

    def start() -> None:
        barrier.wait()
        ContentService(db.session_scope).load_builtin()

    threads = [threading.Thread(target=f) for f in (search, search, start)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert failures == []
        assert found == [[person], [person]]
        assert check_database(db).problems == ()
    finally:
        db.dispose()


def test_a_library_indexed_by_no_one_yet_is_indexed_by_the_first_search(
    loaded_db: Database,
) -> None:
    """What revision 0014 leaves on a server that already held the library: texts, an empty
    search table and no record of what built it."""
    with loaded_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM library_fts"))
        conn.execute(text("DELETE FROM content_pack WHERE name = :n"), {"n": SEARCH_INDEX_RECORD})
    hits = SearchService(loaded_db.session_scope).search("radicalisation", "en")
    assert hits[0].title == "Radicalization"
    with loaded_db.session_scope() as session:
        assert stored_version(session) == FOLDING_VERSION


def test_jpoa_check_counts_the_search_index_against_the_texts(loaded_db: Database) -> None:
    assert check_database(loaded_db).problems == ()
    with loaded_db.engine.begin() as conn:
        texts = conn.execute(text("SELECT count(*) FROM library_fts")).scalar_one()
        conn.execute(
            text("DELETE FROM library_fts WHERE item_id = (SELECT min(item_id) FROM library_fts)")
        )
        left = conn.execute(text("SELECT count(*) FROM library_fts")).scalar_one()
    assert left < texts
    (problem,) = check_database(loaded_db).problems
    assert problem == f"search index has {left} entries for {texts} texts; run `jpoa init`"

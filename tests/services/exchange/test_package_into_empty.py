"""An import into a database that holds none of a table's rows takes the short way (every record
is new, checked a column at a time) and still refuses what the long way refuses; times in
another form than an export's are stored as the same instant; the garbage collector is left as
it was found."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from tests.services.exchange.laptops import laptop, package_with, refusal, rows

from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.services.packages.table_writes import page_cache


def _organisation(uuid: str, name: str, updated_at: str) -> dict[str, object]:
    return {
        "uuid": uuid,
        "name": name,
        "name_en": name,
        "country": "KZ",
        "kind": "parliament",
        "updated_at": updated_at,
    }


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (
            {
                "organisation": [
                    _organisation("o-1", "Twin", "2026-01-01T00:00:00+00:00"),
                    _organisation("o-2", "Twin", "2026-01-01T00:00:00+00:00"),
                ]
            },
            "there twice",
        ),
        (
            {
                "workshop_tag": [
                    {
                        "uuid": "t-1",
                        "workshop": ["not", "a", "uuid"],
                        "item_key": "pillar-1",
                        "updated_at": "2026-01-01T00:00:00+00:00",
                    }
                ]
            },
            "neither here nor",
        ),
    ],
    ids=["same-natural-key", "reference-not-a-uuid"],
)
def test_an_empty_database_refuses_what_a_full_one_refuses(
    tmp_path: Path, extra: dict[str, list[dict[str, object]]], words: str
) -> None:
    message = refusal(tmp_path, extra)
    assert words in message and "hostile.jpoa" in message and "\n" not in message
    assert gc.isenabled()


def test_times_in_any_form_are_stored_as_the_same_instant(tmp_path: Path) -> None:
    extra = {
        "organisation": [
            _organisation("o-1", "Exported", "2026-01-01T00:00:00+00:00"),
            _organisation("o-2", "Typed elsewhere", "2026-01-01T05:00:00.5+05:00"),
            _organisation("o-3", "Microseconds", "2026-01-01T00:00:00.000042+00:00"),
        ]
    }
    package = package_with(tmp_path, extra)
    b = laptop(tmp_path, "b")

    b.packages.apply(package, MergeChoices())

    stored = rows(b, "SELECT uuid, updated_at FROM organisation WHERE uuid LIKE 'o-_' ORDER BY 1")
    assert stored == [
        ("o-1", "2026-01-01 00:00:00.000000"),
        ("o-2", "2026-01-01 00:00:00.500000"),
        ("o-3", "2026-01-01 00:00:00.000042"),
    ]


def test_the_garbage_collector_is_left_as_it_was(tmp_path: Path) -> None:
    package = package_with(tmp_path, {})
    b = laptop(tmp_path, "b")
    gc.disable()
    try:
        b.packages.preview(package)
        assert not gc.isenabled()
    finally:
        gc.enable()
    b.packages.apply(package, MergeChoices())
    assert gc.isenabled()


def test_the_page_cache_is_raised_for_the_write_and_set_back(tmp_path: Path) -> None:
    b = laptop(tmp_path, "b")
    with b.db.session_scope() as session:
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        before = raw.execute("PRAGMA cache_size").fetchone()
        with page_cache(session, kib=32_768):
            assert raw.execute("PRAGMA cache_size").fetchone() == (-32_768,)
        assert raw.execute("PRAGMA cache_size").fetchone() == before

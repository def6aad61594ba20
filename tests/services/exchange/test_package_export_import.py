"""A workshop exported from one laptop and imported into an empty one arrives whole (people in
every script, marks, agenda, images), and importing the same package again changes nothing."""

from __future__ import annotations

from pathlib import Path

from tests.services.exchange.laptops import (
    counts,
    laptop,
    laptop_b_fixture,  # noqa: F401 (the fixture laptop_b)
    rows,
    send,
    workshop_ids,
)

from jpoa_desktop.db.branding_models import WorkshopImage
from jpoa_desktop.db.workshop_models import Person
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.indexes.person_words import name_words, sort_key

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_one_workshop_arrives_whole_in_an_empty_database(
    tmp_path: Path, laptop_b: Services
) -> None:
    a, b = laptop(tmp_path, "a", demo=True), laptop_b
    (workshop_id,) = workshop_ids(a)
    with a.db.session_scope() as session:
        session.add(
            WorkshopImage(workshop_id=workshop_id, kind="logo", media_type="image/png", data=PNG)
        )
        person = session.get(Person, 1)
        assert person is not None
        person.family_name, person.given_name = "Täçmyradow", "Merdan"
        person.sort_key = sort_key(person.family_name, person.given_name, person.patronymic)
    outcome = send(a, b, tmp_path / "one.jpoa")

    before = counts(a)
    after = counts(b)
    for table in ("person", "registration", "attendance", "agenda_session", "agenda_speaker"):
        assert after[table] == before[table] > 0, table
    assert outcome.added["attendance"] == before["attendance"]
    assert outcome.conflicts == ()
    assert bool(outcome.backup) == (b.db.path is not None)  # a server's backups are its own
    names = "SELECT uuid, family_name, given_name, patronymic, latin_family_name FROM person"
    assert sorted(rows(a, names)) == sorted(rows(b, names))
    keys = "SELECT family_name, given_name, patronymic, sort_key FROM person"
    assert all(sort_key(f, g, p) == k for f, g, p, k in rows(b, keys))  # type: ignore[arg-type]
    assert any("Täçmyradow" in str(row) for row in rows(b, names))
    assert any(any("\u0400" <= c <= "\u04ff" for c in str(row)) for row in rows(b, names))
    assert rows(b, "SELECT data FROM workshop_image") == [(PNG,)]
    agenda = (
        "SELECT uuid, day, start_time, end_time, titles, position FROM agenda_session ORDER BY uuid"
    )
    assert rows(a, agenda) == rows(b, agenda)
    marks = "SELECT uuid, day, session_key, marked_at, scans FROM attendance ORDER BY uuid"
    assert rows(a, marks) == rows(b, marks)
    spellings = "SELECT id, family_name, given_name, patronymic, latin_family_name, "
    spellings += "latin_given_name FROM person"
    words = {(i, w) for i, *names in rows(b, spellings) for w in name_words(*map(str, names))}
    assert set(rows(b, "SELECT person_id, word FROM person_word_index")) == words


def test_importing_the_same_package_twice_changes_nothing(
    tmp_path: Path, laptop_b: Services
) -> None:
    a, b = laptop(tmp_path, "a", demo=True), laptop_b
    package = tmp_path / "same.jpoa"
    send(a, b, package)
    first = counts(b)
    everything = "SELECT * FROM person ORDER BY id"
    people = rows(b, everything)

    again = b.packages.apply(package, MergeChoices())

    assert again.added == {} and again.updated == {} and again.conflicts == ()
    assert again.unchanged == sum(read_package(package).counts().values())
    assert counts(b) == first and rows(b, everything) == people
    preview = b.packages.preview(package)
    assert not preview.changes_anything


def test_a_package_back_to_its_own_laptop_changes_nothing(tmp_path: Path) -> None:
    a = laptop(tmp_path, "a", demo=True)
    before = counts(a)
    a.packages.export_workshops(workshop_ids(a), tmp_path / "self.jpoa")
    outcome = a.packages.apply(tmp_path / "self.jpoa", MergeChoices())
    assert outcome.added == {} and outcome.updated == {}
    after = counts(a)
    assert {t: n for t, n in after.items() if t != "exchange_base"} == {
        t: n for t, n in before.items() if t != "exchange_base"
    }


def test_no_private_key_travels(tmp_path: Path) -> None:
    a = laptop(tmp_path, "a", demo=True)
    key = a.signing.private_key()  # the key file is made, and its public half is in the database
    path = tmp_path / "keys.jpoa"
    a.packages.export_workshops(workshop_ids(a), path)
    contents = read_package(path)
    assert not any("key" in name or "signing" in name for name in contents.tables)
    fields = {f for records in contents.tables.values() for r in records for f in r}
    assert not any("private" in f or "secret" in f or "key_file" in f for f in fields)
    assert b"PRIVATE KEY" not in path.read_bytes()
    assert key.public_key() is not None

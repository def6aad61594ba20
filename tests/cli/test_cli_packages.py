"""`jpoa package export` and `jpoa package import`, run as a user runs them: a workshop from one
laptop's database into an empty one, a dry run, a second import, conflicts, passphrase files,
and every hostile package of the issue (exit 2, one line, the database unchanged)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.cli.runner import as_json, jpoa
from tests.io.package_samples import manifest_for, package_by_hand, zip_by_hand

from jpoa_desktop.io.packages.limits import MB
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.people.people import PersonInput

COUNTED = ("person", "registration", "attendance", "workshop", "agenda_session")
PASSPHRASE = "Жетісу 2026 тренинг"


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


@pytest.fixture(scope="module")
def laptops(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Laptop A (the small demo) with its workshop exported, plain and sealed; laptop B empty."""
    a, b = tmp_path_factory.mktemp("laptop-a"), tmp_path_factory.mktemp("laptop-b")
    assert jpoa("demo", cwd=a).returncode == 0
    assert jpoa("init", cwd=b).returncode == 0
    (a / "pass.txt").write_text(f"{PASSPHRASE}\nthe second line is not part of it\n", "utf-8")
    assert jpoa("package", "export", "--workshop", "1", "--out", "one.jpoa", cwd=a).returncode == 0
    sealed = jpoa(
        "package",
        "export",
        "--workshop",
        "1",
        "--out",
        "sealed.jpoa",
        "--passphrase-file",
        "pass.txt",
        "--json",
        cwd=a,
    )
    assert as_json(sealed)["sealed"] is True
    return a, b


@pytest.fixture
def empty(laptops: tuple[Path, Path], tmp_path: Path) -> Path:
    """A folder holding a copy of laptop B's empty database as w.sqlite."""
    shutil.copy(laptops[1] / "w.sqlite", tmp_path / "w.sqlite")
    return tmp_path


def package(laptops: tuple[Path, Path], name: str = "one.jpoa") -> str:
    return str(laptops[0] / name)


def copy_database(source: Path, target: Path) -> None:
    """Through SQLite (a plain copy over a database would meet its -wal file)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def unchanged_by(folder: Path, run: Callable[[], object]) -> None:
    """`run` leaves the database's bytes and counts as they were, and makes no backup."""
    db = folder / "w.sqlite"
    before = (hashlib.sha256(db.read_bytes()).hexdigest(), counts(db))
    run()
    assert (hashlib.sha256(db.read_bytes()).hexdigest(), counts(db)) == before
    assert not (folder / "backups").exists()


def test_a_workshop_exported_then_imported_into_an_empty_database_arrives_whole(
    laptops: tuple[Path, Path], empty: Path
) -> None:
    a, _b = laptops
    exported = as_json(
        jpoa("package", "export", "--workshop", "1", "--out", "again.jpoa", "--json", cwd=a)
    )
    assert set(exported) == {"file", "counts", "sealed", "size"} and exported["sealed"] is False
    assert exported["counts"]["person"] == 40 and exported["size"] > 0

    done = as_json(jpoa("package", "import", package(laptops), "--json", cwd=empty))

    assert set(done) >= {"added", "unchanged", "updated", "conflicts"}
    assert done["added"]["person"] == 40 and done["added"]["workshop"] == 1
    # The demo's tests ask starter-bank questions, which every new database already holds.
    unchanged = exported["counts"]["question"]
    assert (done["unchanged"], done["updated"], done["conflicts"]) == (unchanged, {}, [])
    assert done["backup"] and Path(done["backup"]).exists()
    assert counts(empty / "w.sqlite") == counts(a / "w.sqlite")
    assert jpoa("check", cwd=empty).returncode == 0


def test_the_text_answer_names_the_maker_and_counts_in_words(
    laptops: tuple[Path, Path], empty: Path
) -> None:
    result = jpoa("package", "import", package(laptops), cwd=empty)
    assert result.returncode == 0, result.stderr
    assert "one.jpoa: made on " in result.stdout
    assert "40 people" in result.stdout and "1 workshop," in result.stdout
    assert "The database as it was is backed up at " in result.stdout


def test_a_dry_run_says_what_it_would_add_and_writes_nothing(
    laptops: tuple[Path, Path], empty: Path
) -> None:
    def dry_run() -> None:
        done = as_json(
            jpoa("package", "import", package(laptops), "--dry-run", "--json", cwd=empty)
        )
        assert done["dry_run"] is True and done["added"]["person"] == 40
        assert done["backup"] == ""

    unchanged_by(empty, dry_run)


def test_a_second_import_prints_zeros_and_writes_nothing(
    laptops: tuple[Path, Path], empty: Path
) -> None:
    as_json(jpoa("package", "import", package(laptops), "--json", cwd=empty))
    shutil.rmtree(empty / "backups")

    def again() -> None:
        done = as_json(jpoa("package", "import", package(laptops), "--json", cwd=empty))
        assert not any(done["added"].values()) and not any(done["updated"].values())
        assert done["conflicts"] == [] and done["unchanged"] > 40 and done["backup"] == ""

    unchanged_by(empty, again)
    text = jpoa("package", "import", package(laptops), cwd=empty).stdout
    assert "Everything in this package is already here; nothing was written." in text


def test_a_record_changed_on_both_laptops_keeps_mine_unless_told_to_take_theirs(
    laptops: tuple[Path, Path], empty: Path
) -> None:
    a, _b = laptops
    as_json(jpoa("package", "import", package(laptops), "--json", cwd=empty))
    copy = shutil.copytree(a, empty / "a")  # laptop A's copy, so the module's A stays as made
    with sqlite3.connect(copy / "w.sqlite") as connection:
        (uuid,) = connection.execute("SELECT uuid FROM person ORDER BY id LIMIT 1").fetchone()
        connection.execute(
            "UPDATE person SET notes = 'A side', updated_at = '2030-01-01 10:00:00' WHERE uuid = ?",
            (uuid,),
        )
    with sqlite3.connect(empty / "w.sqlite") as connection:
        connection.execute(
            "UPDATE person SET notes = 'B side', updated_at = '2030-01-01 11:00:00' WHERE uuid = ?",
            (uuid,),
        )
    assert (
        jpoa("package", "export", "--workshop", "1", "--out", "two.jpoa", cwd=copy).returncode == 0
    )
    theirs = str(copy / "two.jpoa")
    copy_database(empty / "w.sqlite", empty / "before.sqlite")

    text = jpoa("package", "import", theirs, cwd=empty).stdout
    assert "Changed on both laptops (this laptop's side kept; see --conflicts):" in text

    copy_database(empty / "before.sqlite", empty / "w.sqlite")
    kept = as_json(jpoa("package", "import", theirs, "--json", cwd=empty))
    assert [(c["table"], c["uuid"], c["fields"]) for c in kept["conflicts"]] == [
        ("person", uuid, ["notes"])
    ]
    assert kept["taken_theirs"] == 0

    copy_database(empty / "before.sqlite", empty / "w.sqlite")
    taken = as_json(jpoa("package", "import", theirs, "--conflicts", "theirs", "--json", cwd=empty))
    assert taken["taken_theirs"] == 1
    with sqlite3.connect(empty / "w.sqlite") as connection:
        notes = connection.execute("SELECT notes FROM person WHERE uuid = ?", (uuid,)).fetchone()
    assert notes == ("A side",)


# Passphrase files.
def test_a_sealed_package_opens_with_the_first_line_of_the_passphrase_file(
    laptops: tuple[Path, Path], empty: Path
) -> None:
    sealed = package(laptops, "sealed.jpoa")
    done = as_json(
        jpoa(
            "package",
            "import",
            sealed,
            "--passphrase-file",
            str(laptops[0] / "pass.txt"),
            "--json",
            cwd=empty,
        )
    )
    assert done["added"]["person"] == 40


def write(folder: Path, name: str, data: bytes) -> str:
    (folder / name).write_bytes(data)
    return str(folder / name)


@pytest.mark.parametrize(
    ("passphrase_file", "pattern"),
    [
        (lambda f: write(f, "wrong.txt", b"not it\n"), "The passphrase does not open this package"),
        (lambda f: None, "sealed.jpoa is encrypted: give the passphrase it was exported with."),
        (lambda f: write(f, "empty.txt", b"\n\n"), r"The passphrase file .*empty\.txt is empty"),
        (lambda f: str(f / "nowhere.txt"), r"The passphrase file .*nowhere\.txt does not exist"),
        (lambda f: str(f), r"cannot be read"),
    ],
    ids=["wrong", "none", "empty-file", "missing-file", "a-folder"],
)
def test_a_sealed_package_without_its_passphrase_is_one_line_and_writes_nothing(
    laptops: tuple[Path, Path],
    empty: Path,
    passphrase_file: Callable[[Path], str | None],
    pattern: str,
) -> None:
    chosen = passphrase_file(empty / "..")
    extra = ["--passphrase-file", chosen] if chosen is not None else []

    def refused() -> None:
        result = jpoa("package", "import", package(laptops, "sealed.jpoa"), *extra, cwd=empty)
        assert result.returncode == 2, result.stderr
        assert result.stdout == "" and len(result.stderr.splitlines()) == 1
        assert re.search(pattern, result.stderr), result.stderr

    unchanged_by(empty, refused)


def test_export_needs_workshops_or_a_draft_and_never_takes_a_passphrase_argument(
    laptops: tuple[Path, Path],
) -> None:
    a, _b = laptops
    assert jpoa("package", "export", "--out", "x.jpoa", cwd=a).returncode == 2
    both = jpoa("package", "export", "--workshop", "1", "--strategy", "1", "--out", "x.jpoa", cwd=a)
    assert both.returncode == 2 and "not allowed with" in both.stderr
    assert (
        jpoa(
            "package",
            "export",
            "--workshop",
            "1",
            "--out",
            "x.jpoa",
            "--passphrase",
            "secret",
            cwd=a,
        ).returncode
        == 2
    )
    assert not (a / "x.jpoa").exists()


# Hostile packages: each is one line on stderr, exit 2, the database as it was.
PEOPLE = json.dumps([{"uuid": "p-1", "family_name": "Иванов"}]).encode()


def _lying(**entry: object) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        honest = {
            "member": "tables/person.json",
            "count": 1,
            "sha256": hashlib.sha256(PEOPLE).hexdigest(),
        }
        return package_by_hand(path, {"person": PEOPLE}, tables={"person": {**honest, **entry}})

    return make


def _zip_slip(path: Path) -> Path:
    package_by_hand(path, {"person": PEOPLE})
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("../../x", b"[]")
    return path


def _not_a_zip(path: Path) -> Path:
    path.write_text("Фамилия;Имя\nИванов;Иван\n", encoding="utf-8")
    return path


def _truncated(path: Path) -> Path:
    package_by_hand(path, {"person": PEOPLE})
    path.write_bytes(path.read_bytes()[:-30])
    return path


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "zip-slip": _zip_slip,
    "truncated": _truncated,
    "zip-bomb": lambda p: zip_by_hand(
        p, {"manifest.json": manifest_for({}), "tables/person.json": b" " * (8 * MB)}
    ),
    "not-json": lambda p: package_by_hand(p, {"person": b'[{"uuid": "p-1",'}),
    "too-deep": lambda p: package_by_hand(p, {"person": b"[" * 200_000 + b"]" * 200_000}),
    "oversized-manifest": lambda p: package_by_hand(
        p, {"person": PEOPLE}, holds={"x": "y" * (2 * MB)}
    ),
    "lying-count": _lying(count=2),
    "lying-hash": _lying(sha256="0" * 64),
    "newer-format": lambda p: package_by_hand(p, {"person": PEOPLE}, format_version=2),
    "not-a-zip": _not_a_zip,
}


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_package_is_one_line_exit_2_and_nothing_written(
    empty: Path, make: Callable[[Path], Path]
) -> None:
    path = make(empty / "hostile.jpoa")

    def refused() -> None:
        result = jpoa("package", "import", str(path), "--json", cwd=empty)
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert line.startswith("jpoa: ") and "hostile.jpoa" in line

    unchanged_by(empty, refused)


def _add_aigerim(folder: Path, family: str, given: str) -> None:
    """The same woman typed in on one laptop, in the script that laptop's trainer used."""
    db = open_database(str(folder / "w.sqlite"))
    try:
        services = Services(db)
        (workshop,) = services.workshops.workshops("en")
        person = PersonInput(family_name=family, given_name=given, email="aigerim@example.kz")
        services.workshops.register(workshop.id, services.people.add(person))
    finally:
        db.dispose()


def test_look_alike_people_are_listed_and_merged_only_with_merge_people(
    laptops: tuple[Path, Path], empty: Path
) -> None:
    as_json(jpoa("package", "import", package(laptops), "--json", cwd=empty))
    copy = shutil.copytree(laptops[0], empty / "a")
    _add_aigerim(copy, "Ivanova", "Aigerim")
    _add_aigerim(empty, "Иванова", "Айгерим")
    assert jpoa("package", "export", "--workshop", "1", "--out", "b.jpoa", cwd=copy).returncode == 0
    copy_database(empty / "w.sqlite", empty / "before.sqlite")

    apart = as_json(jpoa("package", "import", str(copy / "b.jpoa"), "--json", cwd=empty))
    (match,) = apart["person_matches"]
    assert (match["incoming_name"], match["local_name"], match["merged"]) == (
        "Ivanova Aigerim",
        "Иванова Айгерим",
        False,
    )
    assert apart["people_merged"] == 0 and apart["added"]["person"] == 1

    copy_database(empty / "before.sqlite", empty / "w.sqlite")
    people = counts(empty / "w.sqlite")["person"]
    text = jpoa("package", "import", str(copy / "b.jpoa"), "--merge-people", cwd=empty).stdout
    assert "Ivanova Aigerim ~ Иванова Айгерим" in text and text.rstrip().count(": merged") == 1
    assert counts(empty / "w.sqlite")["person"] == people


def test_a_strategy_draft_travels_as_a_package(laptops: tuple[Path, Path], empty: Path) -> None:
    a, _b = laptops
    (draft, *_) = as_json(jpoa("strategy", "list", "--json", cwd=a))
    exported = as_json(
        jpoa(
            "package",
            "export",
            "--strategy",
            str(draft["id"]),
            "--out",
            "plan.jpoa",
            "--json",
            cwd=a,
        )
    )
    assert exported["counts"]["strategy_draft"] == 1
    done = as_json(jpoa("package", "import", str(a / "plan.jpoa"), "--json", cwd=empty))
    assert done["added"]["strategy_draft"] == 1
    assert done["added"]["strategy_item"] == exported["counts"]["strategy_item"]

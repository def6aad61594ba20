"""The `.jpoa` package written and read back: the same records, the same bytes, all or nothing."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from tests.io.package_samples import package_by_hand, sample_contents

from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.io.packages.writing import write_package
from jpoa_desktop.model.packages import JsonObject


def test_a_package_reads_back_exactly_what_was_written(tmp_path: Path) -> None:
    contents = sample_contents(4)
    path = tmp_path / "workshop.jpoa"
    write_package(path, contents)
    assert read_package(path) == contents


def test_the_same_data_gives_the_same_bytes_whatever_the_record_order(tmp_path: Path) -> None:
    contents = sample_contents(4)
    shuffled = {name: list(reversed(records)) for name, records in contents.tables.items()}
    write_package(tmp_path / "a.jpoa", contents)
    write_package(tmp_path / "b.jpoa", replace(contents, tables=shuffled))
    assert (tmp_path / "a.jpoa").read_bytes() == (tmp_path / "b.jpoa").read_bytes()


def test_the_manifest_lists_every_member_with_its_count_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "workshop.jpoa"
    write_package(path, sample_contents(3))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        people = archive.read("tables/person.json")
    assert names[0] == "manifest.json"
    assert manifest["format_version"] == 1
    assert manifest["kind"] == "workshops"
    assert manifest["created_by"] == "desk-laptop-2"
    assert manifest["tables"]["person"]["count"] == 3
    assert len(manifest["tables"]["person"]["sha256"]) == 64
    assert [record["uuid"] for record in json.loads(people)] == ["p-0000", "p-0001", "p-0002"]
    assert "Нурланова" in people.decode("utf-8")  # names stay readable in any zip tool


def test_progress_reaches_the_end_on_both_sides(tmp_path: Path) -> None:
    path = tmp_path / "workshop.jpoa"
    seen: list[tuple[int, int]] = []
    write_package(path, sample_contents(), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4, 4)
    seen.clear()
    read_package(path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3)


def test_a_cancelled_export_leaves_the_old_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "workshop.jpoa"
    path.write_bytes(b"the previous package")
    with pytest.raises(Cancelled):
        write_package(path, sample_contents(), cancelled=lambda: True)
    assert path.read_bytes() == b"the previous package"
    assert [p.name for p in tmp_path.iterdir()] == ["workshop.jpoa"]


def test_a_cancelled_import_stops_before_returning_anything(tmp_path: Path) -> None:
    path = tmp_path / "workshop.jpoa"
    write_package(path, sample_contents())
    with pytest.raises(Cancelled):
        read_package(path, cancelled=lambda: True)


@pytest.mark.parametrize(
    ("table", "records", "message"),
    [
        ("person", [{"family_name": "Иванов"}], r"table person, record 1: it has no uuid"),
        ("person", [{"uuid": "p-1"}, {"uuid": "p-1"}], r"table person holds uuid p-1 twice"),
        ("Person!", [{"uuid": "p-1"}], r"Person! cannot be a table's name"),
        ("person", [{"uuid": "p-1", "score": float("nan")}], r"person holds a value JSON cannot"),
    ],
    ids=["no-uuid", "same-uuid-twice", "bad-table-name", "nan"],
)
def test_the_writer_refuses_records_the_merge_could_not_match(
    tmp_path: Path, table: str, records: list[JsonObject], message: str
) -> None:
    contents = sample_contents()
    tables = {**contents.tables, table: records}
    with pytest.raises(ValidationError, match=message):
        write_package(tmp_path / "out.jpoa", replace(contents, tables=tables))
    assert not (tmp_path / "out.jpoa").exists()


def test_a_member_the_manifest_does_not_list_is_refused(tmp_path: Path) -> None:
    path = package_by_hand(tmp_path / "extra.jpoa", {"person": b'[{"uuid":"p-1"}]'})
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("tables/hidden.json", b"[]")
    with pytest.raises(ValidationError, match=r"^extra\.jpoa is refused: it holds tables/hidden"):
        read_package(path)


def test_a_member_the_manifest_lists_but_the_zip_lacks_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "short.jpoa"
    package_by_hand(path, {"person": b'[{"uuid":"p-1"}]'})
    with zipfile.ZipFile(path) as archive:
        manifest = archive.read("manifest.json")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", manifest)
    with pytest.raises(ValidationError, match=r"lists tables/person\.json, which it does not hold"):
        read_package(path)


def test_a_zip_without_a_manifest_is_not_a_package(tmp_path: Path) -> None:
    path = tmp_path / "bare.jpoa"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("tables/person.json", b"[]")
    with pytest.raises(ValidationError, match=r"bare\.jpoa is damaged .*no manifest\.json"):
        read_package(path)


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"^gone\.jpoa cannot be read"):
        read_package(tmp_path / "gone.jpoa")


def test_a_strategy_package_with_no_records_in_a_table_reads_back(tmp_path: Path) -> None:
    contents = replace(
        sample_contents(), kind="strategy", tables={"strategy_draft": [], "strategy_version": []}
    )
    path = tmp_path / "draft.jpoa"
    write_package(path, contents)
    assert read_package(path) == contents

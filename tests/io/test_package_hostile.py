"""Hostile packages: each is built by hand, refused in one line naming the file, with nothing
written and the reader's memory bounded (limits are lowered so each bomb is a few kilobytes)."""

from __future__ import annotations

import json
import os
import re
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.io.package_samples import package_by_hand, sample_contents, zip_by_hand

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.packages.limits import DEFAULT_LIMITS, MB, PackageLimits
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.io.packages.writing import write_package

PEOPLE = b'[{"uuid":"p-1","family_name":"\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2"}]'


def refused(
    path: Path, pattern: str, limits: PackageLimits = DEFAULT_LIMITS, peak_mb: float = 4
) -> str:
    """Read `path`, expect one ValidationError line matching `pattern`; return it.

    Checks the folder is unchanged (nothing written) and that reading never held more than
    `peak_mb` megabytes of Python memory at once.
    """
    before = sorted(os.listdir(path.parent))
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as error:
            read_package(path, limits=limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(error.value)
    assert re.search(pattern, message), message
    assert "\n" not in message and path.name in message
    assert sorted(os.listdir(path.parent)) == before
    assert peak < peak_mb * MB, f"the reader held {peak / MB:.1f} MB"
    return message


@pytest.mark.parametrize(
    "name",
    ["../../x", "tables/../../x.json", "/etc/passwd", "tables\\person.json", "C:x.json"],
    ids=["dot-dot", "dot-dot-inside", "absolute", "backslash", "drive"],
)
def test_a_member_that_would_climb_out_of_its_folder_is_refused(tmp_path: Path, name: str) -> None:
    path = package_by_hand(tmp_path / "slip.jpoa", {"person": PEOPLE})
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(name, b"[]")
    refused(path, r"^slip\.jpoa is refused: member .* would be written outside its folder")


def test_a_member_no_package_holds_is_refused(tmp_path: Path) -> None:
    path = package_by_hand(tmp_path / "odd.jpoa", {"person": PEOPLE})
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("setup.exe", b"MZ")
    refused(path, r"it holds setup\.exe, which no JPoA package holds")


def test_the_same_member_twice_is_refused(tmp_path: Path) -> None:
    path = package_by_hand(tmp_path / "twice.jpoa", {"person": PEOPLE})
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "a") as archive:
        archive.writestr("tables/person.json", b"[]")
    refused(path, r"it holds tables/person\.json, which no JPoA package holds")


def test_a_member_declaring_more_than_the_limit_is_refused_unread(tmp_path: Path) -> None:
    bomb = b"[" + b'{"uuid":"x"},' * (300_000) + b'{"uuid":"y"}]'  # 3.9 MB of one record
    path = package_by_hand(tmp_path / "bomb.jpoa", {"person": bomb})
    assert path.stat().st_size < 100_000
    refused(path, r"would unpack to more than 1 MB", PackageLimits(max_member_bytes=MB))


def test_members_adding_up_past_the_total_limit_are_refused(tmp_path: Path) -> None:
    records = json.dumps([{"uuid": f"u{n}"} for n in range(40_000)]).encode()
    tables = {f"t{n}": records for n in range(4)}
    path = package_by_hand(tmp_path / "many.jpoa", tables)
    refused(path, r"would unpack to more than 1 MB", PackageLimits(max_total_bytes=MB))


def test_a_member_that_inflates_like_a_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    path = zip_by_hand(tmp_path / "ratio.jpoa", {"tables/person.json": b" " * (8 * MB)})
    assert path.stat().st_size < 20_000
    refused(path, r"tables/person\.json inflates more than 200 times, as only a zip bomb does")


def test_a_member_inflating_past_what_it_declares_is_stopped_there(tmp_path: Path) -> None:
    """The directory says 100 bytes; the member holds 4 MB of spaces after a valid list."""
    data = b"[]" + b" " * (4 * MB)
    path = package_by_hand(tmp_path / "liar.jpoa", {"person": data})
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("tables/person.json")
    raw[info.header_offset + 22 : info.header_offset + 26] = (100).to_bytes(4, "little")
    central = raw.index(b"PK\x01\x02")
    while not raw[central + 46 :].startswith(b"tables/person.json"):
        central = raw.index(b"PK\x01\x02", central + 4)
    raw[central + 24 : central + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    refused(path, r"^liar\.jpoa is damaged .*Bad CRC-32", peak_mb=1)


def test_a_json_member_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    records = json.dumps([{"uuid": f"u{n}", "name": "Иванов"} for n in range(200)]).encode()
    path = package_by_hand(tmp_path / "big.jpoa", {"person": records})
    refused(path, r"would unpack to more than", PackageLimits(max_member_bytes=4096))


def test_an_oversized_manifest_is_refused(tmp_path: Path) -> None:
    path = package_by_hand(tmp_path / "fat.jpoa", {"person": PEOPLE}, holds={"x": "y" * 5000})
    refused(path, r"would unpack to more than", PackageLimits(max_manifest_bytes=1024))


def test_a_package_file_over_the_size_limit_is_refused_unopened(tmp_path: Path) -> None:
    path = package_by_hand(tmp_path / "huge.jpoa", {"person": PEOPLE})
    refused(path, r"would unpack to more than", PackageLimits(max_package_bytes=100))


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    path = package_by_hand(tmp_path / "crowd.jpoa", {f"t{n}": b"[]" for n in range(10)})
    refused(path, r"holds 11 members, more than 5", PackageLimits(max_members=5))


@pytest.mark.parametrize(
    ("data", "pattern"),
    [
        (b"\xff\xfe[\x00]\x00", r"tables/person\.json is not UTF-8 text"),
        (b'[{"uuid": "p-1",', r"tables/person\.json is not valid JSON"),
        (b'[{"uuid": "p-1", "age": NaN}]', r"tables/person\.json is not valid JSON"),
        (b'{"uuid": "p-1"}', r"table person: it is not a list of records"),
        (b'[{"uuid": "p-1"}, 7]', r"table person, record 2: not an object"),
        ('[{"family_name": "Иванов"}]'.encode(), r"table person, record 1: it has no uuid"),
        (b'[{"uuid": ""}]', r"table person, record 1: it has no uuid"),
        (b'[{"uuid": "p-1"}, {"uuid": "p-1"}]', r"table person holds uuid p-1 twice"),
        (b'[{"uuid": "p-1", "x": ' + b"[" * 40 + b"]" * 40 + b"}]", r"nests values more than 32"),
        (b"[" * 200_000 + b"]" * 200_000, r"nests values more than 32"),
    ],
    ids=[
        "not-utf8",
        "not-json",
        "nan",
        "not-a-list",
        "record-not-object",
        "no-uuid",
        "empty-uuid",
        "duplicate-uuid",
        "too-deep",
        "deep-enough-to-crash-the-parser",
    ],
)
def test_malformed_json_is_refused(tmp_path: Path, data: bytes, pattern: str) -> None:
    path = package_by_hand(tmp_path / "bad.jpoa", {"person": data})
    refused(path, pattern)


def test_a_manifest_that_lies_about_a_count_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "count.jpoa"
    write_package(path, sample_contents(3))
    _edit_manifest(path, lambda m: m["tables"]["person"].update(count=4))
    refused(path, r"tables/person\.json does not match its record count in the manifest")


def test_a_manifest_that_lies_about_a_hash_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hash.jpoa"
    write_package(path, sample_contents(3))
    _edit_manifest(path, lambda m: m["tables"]["person"].update(sha256="0" * 64))
    refused(path, r"tables/person\.json does not match its hash in the manifest")


def test_a_manifest_that_is_not_a_manifest_is_refused(tmp_path: Path) -> None:
    path = package_by_hand(tmp_path / "other.jpoa", {"person": PEOPLE}, format="something-else")
    refused(path, r"its manifest is wrong \(it is not a JPoA package manifest\)")


def test_a_package_from_a_newer_format_asks_for_an_update(tmp_path: Path) -> None:
    path = package_by_hand(tmp_path / "future.jpoa", {"person": PEOPLE}, format_version=2)
    refused(path, r"^future\.jpoa was made by a newer JPoA Desktop .*update to import it")


def test_a_truncated_package_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.jpoa"
    write_package(path, sample_contents(40))
    data = path.read_bytes()
    for length in (len(data) - 10, len(data) // 2, 3):
        path.write_bytes(data[:length])
        refused(path, r"^cut\.jpoa is damaged or not a JPoA package")


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpoa"
    path.write_text("Фамилия;Имя\nИванов;Иван\n", encoding="utf-8")
    refused(path, r"^notes\.jpoa is damaged or not a JPoA package")


def test_a_member_compressed_in_a_way_we_never_write_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bz.jpoa"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_BZIP2) as archive:
        archive.writestr("manifest.json", b"{}")
    refused(path, r"stored in a way JPoA never writes")


def _edit_manifest(path: Path, change: Callable[[Any], object]) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    change(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    zip_by_hand(path, members)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"format_version": "1"}, "it has no format version"),
        ({"kind": "everything"}, "it names no known kind of package"),
        ({"created_by": None}, "it does not say who made it"),
        ({"created_at": "2026-05-14T09:30:00"}, "it does not say when it was made"),
        ({"created_at": "yesterday"}, "it does not say when it was made"),
        ({"tables": []}, "it does not list its tables"),
        ({"tables": {"../x": {}}}, "it lists a table it cannot hold"),
        (
            {"tables": {"person": {"member": "manifest.json", "count": 1, "sha256": "0" * 64}}},
            "a table points at the wrong member",
        ),
        (
            {"tables": {"person": {"member": "tables/person.json", "count": -1, "sha256": ""}}},
            "a table has no record count",
        ),
        (
            {"tables": {"person": {"member": "tables/person.json", "count": 1, "sha256": "x"}}},
            "a table has no SHA-256 hash",
        ),
    ],
    ids=[
        "version",
        "kind",
        "maker",
        "naive-time",
        "not-a-time",
        "tables",
        "name",
        "member",
        "count",
        "hash",
    ],
)
def test_a_manifest_of_the_wrong_shape_is_refused(
    tmp_path: Path, changes: dict[str, object], reason: str
) -> None:
    path = package_by_hand(tmp_path / "shape.jpoa", {"person": PEOPLE}, **changes)
    refused(path, rf"^shape\.jpoa is refused: its manifest is wrong \({reason}\)")

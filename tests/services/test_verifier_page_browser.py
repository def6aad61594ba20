"""The verifier page in a real browser (Debian's `chromium`, headless): the page decodes the code
and checks its Ed25519 signature with the browser's own WebCrypto, as a phone or an office PC
would, with nothing installed. A code signed by the trusted issuer shows valid with the holder's
name; the same code with one character changed does not."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from random import Random
from urllib.parse import quote

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tests.services.verifier_codes import HOLDER, ISSUER, OLD_HOLDER, altered, issue

from jpoa_desktop.services.handouts.certificate_codes import (
    ALPHABET,
    COMPACT_DOMAIN,
    COMPACT_PREFIX,
    FIELDS,
    Claim,
    compact_claim,
    encode,
    encode_compact,
    signed_bytes,
    to_base44,
    verify,
)
from jpoa_desktop.services.handouts.key_files import Issuer
from jpoa_desktop.services.handouts.verifier_page import page_html, write_verifier_page

RESULT = re.compile(r'<section id="result"([^>]*)>(.*?)</section>', re.DOTALL)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: the CI machine must have it (apt chromium)")
        pytest.skip("chromium is not installed (the CI run installs Debian's chromium)")
    return found


def _dump(page: Path, tmp_path: Path, fragment: str = "") -> str:
    """The page's DOM once its scripts have run (virtual time: promises settle first)."""
    address = f"{page.as_uri()}#{fragment}" if fragment else page.as_uri()
    return subprocess.run(
        [
            _chromium(), "--headless", "--no-sandbox", "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
            "--dump-dom", address,
        ],
        capture_output=True, text=True, encoding="utf-8", timeout=90, check=True,
    ).stdout  # fmt: skip


def _result(page: Path, fragment: str, tmp_path: Path) -> tuple[str, str]:
    """(the result's state, its text) once the page has checked `#fragment` on load."""
    dumped = _dump(page, tmp_path, fragment)
    [(attributes, body)] = RESULT.findall(dumped)
    state = re.search(r'data-state="([a-z]+)"', attributes)
    assert state is not None, attributes
    return state[1], body


@pytest.fixture
def page_and_codes(tmp_path: Path) -> tuple[Path, list[str]]:
    signed = issue(tmp_path)
    page = write_verifier_page(tmp_path / "verify.html", [signed.issuer]).path
    return page, [signed.compact, signed.old]


@pytest.mark.parametrize("encoded", [False, True], ids=["as-printed", "url-encoded"])
def test_a_signed_code_in_the_address_shows_valid_with_holder_and_issuer(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path, encoded: bool
) -> None:
    page, [compact, _old] = page_and_codes
    state, text = _result(page, quote(compact, safe="") if encoded else compact, tmp_path)
    assert state == "valid", text
    assert HOLDER in text
    assert "2026-0A1B2C3D" in text and "17.5" in text
    assert ISSUER.split("<")[0].strip() in text


def test_the_same_code_with_one_character_changed_is_not_valid(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path
) -> None:
    page, [compact, _old] = page_and_codes
    state, text = _result(page, altered(compact), tmp_path)
    assert state == "invalid"
    assert HOLDER not in text and "2026-0A1B2C3D" not in text
    assert "does not match" in text or "damaged" in text


def test_an_old_code_url_encoded_in_the_address_shows_the_cyrillic_holder(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path
) -> None:
    page, [_compact, old] = page_and_codes
    every_byte_encoded = "".join(f"%{byte:02X}" for byte in old.encode("ascii"))
    state, text = _result(page, every_byte_encoded, tmp_path)
    assert state == "valid", text
    assert OLD_HOLDER in text and "Пограничный контроль" in text


def test_text_that_is_no_certificate_code_says_so(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path
) -> None:
    page, _codes = page_and_codes
    state, text = _result(page, "WIFI:S:hotel;;", tmp_path)
    assert state == "invalid" and "not a certificate code" in text


HARNESS = """<script id="codes" type="application/json">{codes}</script>
<pre id="verdicts"></pre>
<script>
(async () => {{
  const codes = JSON.parse(document.getElementById("codes").textContent), out = [];
  for (const code of codes) {{
    try {{
      const v = await window.jpoaVerifier.check(code);
      const c = v.claim;
      out.push(v.state === "valid"
        ? ["valid", c.number, c.holder, c.latin, c.workshop, c.dates, c.place, c.hours]
        : [v.reason === "mismatch" ? "mismatch" : "unreadable"]);
    }} catch (error) {{ out.push(["error", String(error)]); }}
  }}
  document.getElementById("verdicts").textContent = JSON.stringify(out);
}})();
</script>
"""


def _python_verdict(code: str, issuers: list[Issuer]) -> list[str]:
    verdict = verify(code, issuers)
    if verdict.valid and verdict.claim is not None:
        return ["valid", *(getattr(verdict.claim, name) for name in FIELDS)]
    return ["unreadable" if verdict.claim is None else "mismatch"]


def _crafted(key: Ed25519PrivateKey, flags: int, *fields: bytes) -> str:
    """A compact code whose record is written by hand (maybe in a form the app never writes),
    signed by `key`."""
    record = bytes([flags]) + b"".join(fields)
    return COMPACT_PREFIX + to_base44(record + key.sign(COMPACT_DOMAIN + record))


def _text(value: str) -> bytes:
    data = value.encode("utf-8")
    return bytes([len(data)]) + data


def _codes(key: Ed25519PrivateKey) -> list[str]:
    """Codes as printed, the same with one character changed, dropped, added or cut, and records
    in a second spelling: what a scanner, a person or a forger may give the page."""
    claims = [
        compact_claim("2026-0A1B2C3D", "Farhod Jo'raev", "2026-03-02/2026-03-04", "17.5"),
        compact_claim("2025-FFEE0011", "Ҷӯраев Фарҳод", "2025-12-31/2026-01-01", ""),
        compact_claim("ABC-1", "Öwezow Döwlet", "in December", "7.25"),
        compact_claim("1999-0A1B2C3D", "A", "1999-12-31/2000-01-02", "0.5"),
    ]
    printed = [encode_compact(c, key.sign(signed_bytes(c))) for c in claims]
    old = Claim("2024-00000001", "Ким Ольга", "Kim Olga", "Граница", "2024-05-01/2024-05-03",
                "Бишкек", "18")  # fmt: skip
    printed.append(encode(old, key.sign(old.payload())))
    binary_number, binary_dates = b"\x1a\x0a\x1b\x2c\x3d", b"\x26\xe5\x02"
    crafted = [
        _crafted(key, 7 | 8, binary_number, binary_dates, b"\x00\x24", b"Extra flag"),
        _crafted(key, 6, _text("2026-0A1B2C3D"), binary_dates, b"\x00\x24", b"Number as text"),
        _crafted(key, 6, _text("٢٠٢٦-0A1B2C3D"), binary_dates, b"\x00\x24", b"Arabic digits"),
        _crafted(key, 6, _text("𝟚𝟘𝟚𝟞-0A1B2C3D"), binary_dates, b"\x00\x24", b"Math digits"),
        _crafted(key, 6, _text("٢٢٥٦-0A1B2C3D"), binary_dates, b"\x00\x24", b"Year 2256"),
        _crafted(key, 5, binary_number, _text("2027-01-01/2027-01-03"), b"\x00\x24", b"Dates"),
        _crafted(key, 5, binary_number, _text("20270101/20270103"), b"\x00\x24", b"Basic"),
        _crafted(key, 5, binary_number, _text("2026-W53-1/2026W537"), b"\x00\x24", b"Weeks"),
        _crafted(key, 5, binary_number, _text("2027-W53/2027-W53"), b"\x00\x24", b"No week 53"),
        _crafted(key, 3, binary_number, binary_dates, _text("6"), b"Hours as text"),
        _crafted(key, 3, binary_number, binary_dates, _text(""), b"No hours as text"),
        _crafted(key, 3, binary_number, binary_dates, _text("-0.5"), b"Minus a half"),
        _crafted(key, 3, binary_number, binary_dates, _text("6.0"), b"Hours, other spelling"),
        _crafted(key, 7, binary_number, binary_dates, b"\x00\x24", b"\xff\xfe not UTF-8"),
        _crafted(key, 7, binary_number, binary_dates, b"\x00"),
    ]
    random = Random(16)
    codes = [*printed, *crafted, *(c.lower() for c in printed[:2])]
    codes += ["", "hello", "JP2:", "JP2:A", "JP2:AB", "JPOA1.", "JPOA1.a.b.c", "jpoa1.AA.BB"]
    for code in printed:
        alphabet = ALPHABET if code.startswith(COMPACT_PREFIX) else ALPHABET_64
        for _ in range(12):
            at = random.randrange(4, len(code))
            codes.append(code[:at] + random.choice(alphabet) + code[at + 1 :])
        for _ in range(3):
            at = random.randrange(4, len(code))
            codes += [code[:at] + code[at + 1 :], code[:at] + random.choice(alphabet) + code[at:]]
        codes += [code[: random.randrange(4, len(code))], code + "A"]
    return codes


ALPHABET_64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/"


def test_the_page_reads_every_code_as_the_app_does(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    issuers = [Issuer("Test issuer", key.public_key())]
    codes = _codes(key)
    page = page_html(issuers).replace(
        "</body>", HARNESS.format(codes=json.dumps(codes).replace("<", "\\u003c")) + "</body>"
    )
    (tmp_path / "harness.html").write_text(page, encoding="utf-8")
    dumped = _dump(tmp_path / "harness.html", tmp_path)
    found = re.search(r'<pre id="verdicts">(.*?)</pre>', dumped, re.DOTALL)
    assert found is not None and found[1], "the page gave no verdicts"
    in_browser = json.loads(html.unescape(found[1]))
    expected = [_python_verdict(code, issuers) for code in codes]
    differing = [(c, b, p) for c, b, p in zip(codes, in_browser, expected, strict=True) if b != p]
    assert not differing, differing[:5]
    kinds = {verdict[0] for verdict in expected}
    assert kinds == {"valid", "mismatch", "unreadable"}  # the codes tried reach all three

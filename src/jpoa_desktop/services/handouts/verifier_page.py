"""The certificate verifier page: one HTML file that checks a code with nothing installed.

A ministry, an employer or a border officer may have no JPoA Desktop and no internet, yet has a
browser. The page (`resources/verifier/verify.html`) carries the trusted issuers' public keys in
a JSON block and checks a code with the browser's own WebCrypto Ed25519, decoding it as
`certificate_codes` does. This module only fills that block: who is trusted is decided by the
caller, with `page_issuers`, the same way the `jpoa certificate verify` command and the Verify
screen decide it. The JSON is escaped so that no issuer's name can close the script element.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jpoa_desktop.config import resources_dir
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.services.handouts.key_files import Issuer, raw_public

PLACEHOLDER = "@@JPOA_VERIFIER_CONFIG@@"
PAGE_LANGUAGES = ("en", "ru")
# Characters that could end the <script> block or start a comment in it, written as JSON escapes.
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


@dataclass(frozen=True)
class VerifierPage:
    """What was written: the file and the issuers it trusts (for the message after saving)."""

    path: Path
    issuers: tuple[Issuer, ...]


def template_path() -> Path:
    return resources_dir() / "verifier" / "verify.html"


def page_issuers(trusted: Sequence[Issuer], own: Issuer | None = None) -> list[Issuer]:
    """The issuers a page trusts: `own` (this database's key, when it has one) first, then the
    trusted ones, each key once."""
    found: dict[bytes, Issuer] = {}
    for issuer in ([own] if own is not None else []) + list(trusted):
        found.setdefault(raw_public(issuer.key), issuer)
    return list(found.values())


def config_json(issuers: Sequence[Issuer], language: str, made: date) -> str:
    """The page's JSON block: the issuers' names, fingerprints and raw keys (hex), the default
    language and the day the page was made, safe inside an HTML script element."""
    config = {
        "lang": language,
        "made": made.isoformat(),
        "issuers": [
            {"name": i.name, "fingerprint": i.fingerprint, "key": raw_public(i.key).hex()}
            for i in issuers
        ],
    }
    return json.dumps(config, ensure_ascii=False, indent=1).translate(_HTML_SAFE)


def page_html(issuers: Sequence[Issuer], language: str = "en", made: date | None = None) -> str:
    """The whole page for `issuers`, in `language` unless the browser asks for another of ours."""
    if not issuers:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no trusted issuer and no signing key on this computer: the page "
                "would accept no certificate. Trust an issuer's public key first (jpoa "
                "certificate trust FILE, or Verify → Trusted issuers).",
            )
        )
    if language not in PAGE_LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The verifier page is made in English or Russian (en, ru), not {lang}."
            ),
            lang=language,
        )
    template = template_path().read_text(encoding="utf-8")
    filled = config_json(issuers, language, made or date.today())
    return template.replace(PLACEHOLDER, filled, 1)


def write_verifier_page(
    target: Path, issuers: Sequence[Issuer], language: str = "en", made: date | None = None
) -> VerifierPage:
    """Write the page to `target`, all or nothing; refused, with nothing written, when there is
    no issuer to trust or the folder cannot take it."""
    html = page_html(issuers, language, made)  # refusals come before any file is touched
    replace_atomically(target, lambda path: path.write_text(html, encoding="utf-8"))
    return VerifierPage(target, tuple(issuers))

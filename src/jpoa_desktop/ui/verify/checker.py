"""Checking a certificate code for the Verify screen, in plain Python: the screen only shows it.

The key is either this database's own and the trusted issuers' (the organisation checking its
own certificates, or those of issuers whose public keys it imported) or a public key file the
issuer exported (anyone else, with no database at all). Each way a check
can fail gets its own `Problem`, so the screen can say in the user's language what went wrong:
the text is no certificate code, the signature does not match (altered, or another issuer's),
or the key itself is missing or unreadable. Checking is a decode and one Ed25519 verification,
plus one small read when the key is the database's: well under a blink, on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from jpoa_desktop.errors import JpoaError, ValidationError
from jpoa_desktop.services.handouts.certificate_codes import Claim, decode, verify
from jpoa_desktop.services.handouts.certificates import trusted_issuers
from jpoa_desktop.services.handouts.key_files import Issuer, read_public
from jpoa_desktop.services.handouts.signing import SigningService


class Problem(Enum):
    NONE = "none"  # valid
    EMPTY = "empty"  # nothing was typed
    UNREADABLE = "unreadable"  # not a JPOA1 code (cut short, mistyped, another QR code)
    MISMATCH = "mismatch"  # readable, but the signature does not match the text and key
    NO_KEY = "no-key"  # neither a key file nor a database to take the key from
    KEY_MISSING = "key-missing"  # the chosen key file is not there any more
    KEY_UNREADABLE = "key-unreadable"  # the chosen file is no exported public key


@dataclass(frozen=True)
class Check:
    problem: Problem
    claim: Claim | None = None  # what the code says, trusted only when `valid`
    error: JpoaError | None = None  # the service's own message, when it gave one
    issuer: Issuer | None = None  # who signed, when valid
    trusted: bool = False  # checked against the trusted issuers (not one chosen key file)

    @property
    def valid(self) -> bool:
        return self.problem is Problem.NONE


def clean_code(text: str) -> str:
    """The code without any whitespace: a certificate code has none, but a scanner may add a
    line break and a pasted code may come wrapped over lines."""
    return "".join(text.split())


def check_certificate(
    text: str, key_file: Path | None, signing: SigningService | None, trusted: bool = True
) -> Check:
    """Check `text` against `key_file` when given, else against the database's own key (its
    `signing` service, None with no database) and (when `trusted`) the issuers this user
    trusts."""
    code = clean_code(text)
    if not code:
        return Check(Problem.EMPTY)
    try:
        claim, _signature = decode(code)
    except ValidationError as error:
        return Check(Problem.UNREADABLE, error=error)
    if key_file is not None:
        if not key_file.is_file():
            return Check(Problem.KEY_MISSING, claim)
        try:
            issuers = [read_public(key_file)]
        except ValidationError as error:
            return Check(Problem.KEY_UNREADABLE, claim, error)
    else:
        issuers = trusted_issuers() if trusted else []
        own = signing.issuer() if signing is not None else None
        if own is not None:
            issuers.insert(0, Issuer(own.name, own.key, own=True))
        if not issuers:
            return Check(Problem.NO_KEY, claim, trusted=trusted)
    verdict = verify(code, issuers)
    problem = Problem.NONE if verdict.valid else Problem.MISMATCH
    return Check(problem, claim, issuer=verdict.issuer, trusted=key_file is None and trusted)


def import_signing_key(signing: SigningService, source: Path, passphrase: bytes | None) -> Issuer:
    """Let this computer sign the database's certificates with a key file exported on another
    (kept owner-only, unprotected: the app cannot ask for a passphrase at each printing)."""
    return signing.import_private_key(source, passphrase, keep_protection=False)


def needs_passphrase(error: JpoaError) -> bool:
    """Whether `error` asks for the key file's passphrase (the screen then asks for it)."""
    return "passphrase" in error.template

"""Checking a certificate code for the Verify screen, in plain Python: the screen only shows it.

The key is either this database's own (the organisation checking its own certificates) or a
public key file the issuer exported (anyone else, with no database at all). Each way a check
can fail gets its own `Problem`, so the screen can say in the user's language what went wrong:
the text is no certificate code, the signature does not match (altered, or another issuer's),
or the key itself is missing or unreadable. Checking is a decode and one Ed25519 verification,
plus one small read when the key is the database's: well under a blink, on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from jpoa_desktop.errors import JpoaError, ValidationError
from jpoa_desktop.services.certificate_codes import Claim, decode, verify
from jpoa_desktop.services.signing import SigningService, load_public_key

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database


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

    @property
    def valid(self) -> bool:
        return self.problem is Problem.NONE


def clean_code(text: str) -> str:
    """The code without any whitespace: a certificate code has none, but a scanner may add a
    line break and a pasted code may come wrapped over lines."""
    return "".join(text.split())


def check_certificate(text: str, key_file: Path | None, db: Database | None) -> Check:
    """Check `text` against `key_file` when given, else against `db`'s own key."""
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
            key = load_public_key(key_file)
        except ValidationError as error:
            return Check(Problem.KEY_UNREADABLE, claim, error)
    elif db is not None:
        key = SigningService(db.session_scope).public_key()
    else:
        return Check(Problem.NO_KEY, claim)
    verdict = verify(code, key)
    return Check(Problem.NONE if verdict.valid else Problem.MISMATCH, claim)


def export_public_key(db: Database, target: Path) -> None:
    """Write `db`'s public key (PEM) to `target`, all or nothing: a few milliseconds."""
    SigningService(db.session_scope).export_public_key(target)

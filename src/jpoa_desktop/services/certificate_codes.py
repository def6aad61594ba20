"""What a certificate's QR code carries: the number and the holder's data, signed.

The text is `JPOA1.<payload>.<signature>`, both parts base64url: the payload is the fields, one a
line, in UTF-8 (names keep their own script); the signature is Ed25519 over the payload's
bytes. Changing any character changes the bytes and the signature no longer matches.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.signing import b64, is_valid, unb64

PREFIX = "JPOA1"
FIELDS = ("number", "holder", "latin", "workshop", "dates", "place", "hours")


@dataclass(frozen=True)
class Claim:
    number: str
    holder: str
    latin: str
    workshop: str
    dates: str  # "2026-12-01/2026-12-03"
    place: str
    hours: str

    def payload(self) -> bytes:
        return "\n".join(getattr(self, name) for name in FIELDS).encode("utf-8")


@dataclass(frozen=True)
class Verdict:
    valid: bool
    claim: Claim | None
    reason: str  # why not valid ("" when valid)


def encode(claim: Claim, signature: bytes) -> str:
    return f"{PREFIX}.{b64(claim.payload())}.{b64(signature)}"


def _unreadable() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "This is not a JPoA Desktop certificate code (it should start with JPOA1.)."
        )
    )


def decode(text: str) -> tuple[Claim, bytes]:
    """The claim and its signature, or a clear error for text that is no certificate code."""
    parts = text.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise _unreadable()
    try:
        lines = unb64(parts[1]).decode("utf-8").split("\n")
        signature = unb64(parts[2])
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise _unreadable() from error
    if len(lines) != len(FIELDS):
        raise _unreadable()
    return Claim(*lines), signature


def verify(text: str, key: Ed25519PublicKey) -> Verdict:
    """Whether `text` is a certificate code signed by `key`, unaltered."""
    try:
        claim, signature = decode(text)
    except ValidationError as error:
        return Verdict(False, None, str(error))
    if not is_valid(key, claim.payload(), signature):
        return Verdict(False, claim, "the signature does not match: altered, or another issuer")
    return Verdict(True, claim, "")

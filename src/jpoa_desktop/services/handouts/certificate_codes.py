"""What a certificate's QR code carries: the number and the holder's data, signed.

Codes printed from now on are compact, so the QR code stays small (version 6 or so) and a
150 dpi office scan still reads: `JP2:` then, in a base-44 text of the QR alphanumeric set (no
space, which scanners and paste boxes lose), a binary record — the number (year and 8 hex
digits in 5 bytes), the dates (first day and length), the hours, the holder's name in Latin
letters — and the 64-byte Ed25519 signature of `JPOA2\\n` + that record. The workshop's title
and place are printed on the page but not carried: the number names the registration.

Codes printed before (`JPOA1.<payload>.<signature>`, base64url, every field as UTF-8 text)
still verify. Changing any character changes the bytes and the signature no longer matches.

When the office publishes its verifier page, a QR code may carry `<page address>#<code>` (the
code's `%` written `%25`), so a phone's camera opens the page, which checks the code at once.
Whatever reads codes takes both: everything up to the last `#` is dropped and the rest decoded.
"""

from __future__ import annotations

import binascii
import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.handouts.key_files import Issuer
from jpoa_desktop.services.handouts.signing import b64, is_valid, unb64

PREFIX = "JPOA1"  # the first, long codes
COMPACT_PREFIX = "JP2:"
COMPACT_DOMAIN = b"JPOA2\n"  # what a compact signature covers, before the record
FIELDS = ("number", "holder", "latin", "workshop", "dates", "place", "hours")
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-./:"  # QR alphanumeric set less the space
BASE = len(ALPHABET)  # 44: 44³ > 65536, so two bytes still fit in three characters
SIGNATURE = 64
EPOCH = date(2000, 1, 1)
NUMBER = re.compile(r"(\d{4})-([0-9A-F]{8})")
COMPACT_NUMBER, COMPACT_DATES, COMPACT_HOURS = 1, 2, 4  # flags: the field is binary, not text


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
        """The signed bytes of the first (JPOA1) codes."""
        return "\n".join(getattr(self, name) for name in FIELDS).encode("utf-8")


@dataclass(frozen=True)
class Verdict:
    valid: bool
    claim: Claim | None
    reason: str  # why not valid ("" when valid)
    issuer: Issuer | None = None  # who signed, when valid


def to_base44(data: bytes) -> str:
    out: list[str] = []
    for n in range(0, len(data) - 1, 2):
        value = data[n] << 8 | data[n + 1]
        out += (ALPHABET[value // (BASE * BASE)], ALPHABET[value // BASE % BASE],
                ALPHABET[value % BASE])  # fmt: skip
    if len(data) % 2:
        out += (ALPHABET[data[-1] // BASE], ALPHABET[data[-1] % BASE])
    return "".join(out)


def from_base44(text: str) -> bytes:
    digits = [ALPHABET.index(c) for c in text]  # ValueError for a foreign character
    out = bytearray()
    whole = len(digits) - len(digits) % 3
    for n in range(0, whole, 3):
        value = digits[n] * BASE * BASE + digits[n + 1] * BASE + digits[n + 2]
        out += value.to_bytes(2, "big")  # OverflowError (a ValueError's cousin) when too big
    if len(digits) % 3 == 2:
        out.append(digits[-2] * BASE + digits[-1])  # ValueError past 255
    elif len(digits) % 3 == 1:
        raise ValueError("a lone character")
    return bytes(out)


def _text(value: str) -> bytes:
    data = value.encode("utf-8")[:255]
    return bytes([len(data)]) + data


def _record(claim: Claim) -> bytes:
    """The compact record (no signature): see the module's docstring."""
    flags, parts = 0, []
    number = NUMBER.fullmatch(claim.number)
    if number and 2000 <= int(number[1]) < 2256:
        flags |= COMPACT_NUMBER
        parts.append(bytes([int(number[1]) - 2000]) + bytes.fromhex(number[2]))
    else:
        parts.append(_text(claim.number))
    try:
        first, last = (date.fromisoformat(d) for d in claim.dates.split("/"))
        start, span = (first - EPOCH).days, (last - first).days
        if not (0 <= start < 65536 and 0 <= span < 256):
            raise ValueError(claim.dates)
        flags |= COMPACT_DATES
        parts.append(start.to_bytes(2, "big") + bytes([span]))
    except ValueError:
        parts.append(_text(claim.dates))
    try:
        halves = round(float(claim.hours) * 2) if claim.hours else -1
        if not -1 <= halves < 65535 or (claim.hours and f"{halves / 2:g}" != claim.hours):
            raise ValueError(claim.hours)
        flags |= COMPACT_HOURS
        parts.append((halves + 1).to_bytes(2, "big"))
    except ValueError:
        parts.append(_text(claim.hours))
    return bytes([flags]) + b"".join(parts) + claim.holder.encode("utf-8")


def compact_claim(number: str, name: str, dates: str, hours: str) -> Claim:
    """What a compact code carries: `name` in the holder's Latin spelling keeps the QR small."""
    return Claim(number, name, "", "", dates, "", hours)


def signed_bytes(claim: Claim) -> bytes:
    """What a compact code's signature covers."""
    return COMPACT_DOMAIN + _record(claim)


def encode_compact(claim: Claim, signature: bytes) -> str:
    return COMPACT_PREFIX + to_base44(_record(claim) + signature)


def encode(claim: Claim, signature: bytes) -> str:
    """A code in the first, long format (kept for tests of codes already printed)."""
    return f"{PREFIX}.{b64(claim.payload())}.{b64(signature)}"


ADDRESS_LIMIT = 120  # characters: a longer address makes the QR code too dense to print small


def verifier_address(text: str) -> str:
    """`text` as the verifier page's address ("" for none: codes are printed bare), or a clear
    error: an https address of a website, in Latin letters, with no `#` and no spaces."""
    address = text.strip()
    if not address:
        return ""
    parts = urllib.parse.urlsplit(address) if address.isascii() else None
    if (
        parts is None
        or parts.scheme.lower() != "https"
        or not parts.hostname
        or "#" in address
        or any(c.isspace() or not c.isprintable() for c in address)
        or len(address) > ADDRESS_LIMIT
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{value}” is not an address for the verifier page: it should start with "
                "https://, name the website in Latin letters, have no # or spaces and be at "
                "most {limit} characters long.",
            ),
            value=address[:200],
            limit=ADDRESS_LIMIT,
        )
    return address


def in_address(address: str, code: str) -> str:
    """What the QR code carries: the bare code, or the page's address with the code after `#`
    (its `%`, the one character of a code that a browser would decode, written `%25`)."""
    return f"{address}#{code.replace('%', '%25')}" if address else code


def code_candidates(text: str) -> list[str]:
    """The codes `text` may hold, the likeliest first: a page's address is dropped up to its
    last `#` and the rest URL-decoded (the undecoded text follows, in case it was typed so)."""
    text = "".join(text.split())
    if "#" not in text:
        return [text]
    fragment = text.rsplit("#", 1)[1]
    decoded = urllib.parse.unquote(fragment)
    return [decoded] if decoded == fragment else [decoded, fragment]


def _unreadable() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is not a JPoA Desktop certificate code (it should start with JP2: or JPOA1.).",
        )
    )


def _read_record(record: bytes) -> Claim:
    flags, at = record[0], 1

    def take(size: int) -> bytes:
        nonlocal at
        if at + size > len(record):
            raise ValueError("cut short")
        at += size
        return record[at - size : at]

    def text() -> str:
        return take(take(1)[0]).decode("utf-8")

    if flags & COMPACT_NUMBER:
        year, digits = take(1)[0] + 2000, take(4)
        number = f"{year}-{digits.hex().upper()}"
    else:
        number = text()
    if flags & COMPACT_DATES:
        start = EPOCH + timedelta(days=int.from_bytes(take(2), "big"))
        dates = f"{start.isoformat()}/{(start + timedelta(days=take(1)[0])).isoformat()}"
    else:
        dates = text()
    if flags & COMPACT_HOURS:
        halves = int.from_bytes(take(2), "big") - 1
        hours = "" if halves < 0 else f"{halves / 2:g}"
    else:
        hours = text()
    return compact_claim(number, record[at:].decode("utf-8"), dates, hours)


def _decode_compact(text: str) -> tuple[Claim, bytes, bytes]:
    try:
        data = from_base44(text[len(COMPACT_PREFIX) :])
        if len(data) <= SIGNATURE:
            raise ValueError("no record")
        record, signature = data[:-SIGNATURE], data[-SIGNATURE:]
        claim = _read_record(record)
    except (ValueError, OverflowError) as error:  # UnicodeDecodeError is a ValueError
        raise _unreadable() from error
    if _record(claim) != record:  # one record, one text: no second spelling of the same code
        raise _unreadable()
    return claim, signature, COMPACT_DOMAIN + record


def decode_signed(text: str) -> tuple[Claim, bytes, bytes]:
    """The claim, its signature and the bytes it signs; a clear error for anything else. A
    verifier page's address with the code after `#` is read as the code."""
    first, *others = code_candidates(text)
    try:
        return _decode_one(first)
    except ValidationError:
        if not others:
            raise
        return _decode_one(others[0])  # an address whose code was not URL-encoded


def _decode_one(text: str) -> tuple[Claim, bytes, bytes]:
    text = text.strip()
    if text.upper().startswith(COMPACT_PREFIX):
        return _decode_compact(text.upper())
    parts = text.split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise _unreadable()
    try:
        lines = unb64(parts[1]).decode("utf-8").split("\n")
        signature = unb64(parts[2])
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise _unreadable() from error
    if len(lines) != len(FIELDS):
        raise _unreadable()
    claim = Claim(*lines)
    return claim, signature, claim.payload()


def decode(text: str) -> tuple[Claim, bytes]:
    """The claim and its signature, or a clear error for text that is no certificate code."""
    claim, signature, _signed = decode_signed(text)
    return claim, signature


def verify(text: str, keys: Ed25519PublicKey | Sequence[Issuer]) -> Verdict:
    """Whether `text` is a certificate code signed by one of `keys`, unaltered, and by whom. A
    verifier page's address with a code after `#` is checked as that code, decoded or not."""
    issuers = [Issuer("", keys)] if isinstance(keys, Ed25519PublicKey) else list(keys)
    verdicts = [_verify_one(code, issuers) for code in code_candidates(text)]
    return next((v for v in verdicts if v.valid), verdicts[0])


def _verify_one(text: str, issuers: list[Issuer]) -> Verdict:
    try:
        claim, signature, signed = _decode_one(text)
    except ValidationError as error:
        return Verdict(False, None, str(error))
    for issuer in issuers:
        if is_valid(issuer.key, signed, signature):
            return Verdict(True, claim, "", issuer)
    if not issuers:
        return Verdict(False, claim, "no trusted issuer's key to check it with")
    return Verdict(False, claim, "the signature does not match: altered, or another issuer")

"""The passphrase envelope: the whole zip sealed as one AES-256-GCM blob.

Layout: `JPOA-ENC`, the envelope version (1 byte), scrypt's log2(n), r and p (1 byte each),
the 16-byte salt, the 12-byte nonce, then the ciphertext with its tag. The header is the
GCM's associated data, so changing any byte of it fails the tag like a wrong passphrase does.
Sealing the zip whole (rather than member by member) hides even the table names and counts.
Reading refuses scrypt parameters above ours before deriving anything: a hostile file could
otherwise ask for gigabytes of memory or hours of work.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, PassphraseRefused, ValidationError

MAGIC = b"JPOA-ENC"
ENVELOPE_VERSION = 1
LOG2_N, R, P = 15, 8, 1  # scrypt: 2**15 × 8 × 128 bytes = 32 MB, about 0.1 s
_HEADER = struct.Struct(">8sBBBB16s12s")


def is_sealed(head: bytes) -> bool:
    """Whether a file starting with `head` is an encrypted package."""
    return head.startswith(MAGIC)


def seal(data: bytes, passphrase: bytes) -> bytes:
    """`data` encrypted under `passphrase`, with a fresh salt and nonce."""
    header = _HEADER.pack(MAGIC, ENVELOPE_VERSION, LOG2_N, R, P, os.urandom(16), os.urandom(12))
    salt, nonce = header[-28:-12], header[-12:]
    key = _key(passphrase, salt, LOG2_N, R, P)
    return header + AESGCM(key).encrypt(nonce, data, header)


def open_sealed(path: Path, sealed: bytes, passphrase: bytes | None) -> bytes:
    """The zip inside the encrypted package at `path`, or one line saying why not."""
    if len(sealed) < _HEADER.size + 16:
        raise _refused(path, QT_TRANSLATE_NOOP("Errors", "the file is cut short"))
    magic, version, log2_n, r, p, salt, nonce = _HEADER.unpack_from(sealed)
    del magic
    if version > ENVELOPE_VERSION:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} was encrypted by a newer JPoA Desktop; update to import it.",
            ),
            file=path.name,
        )
    if version < 1 or not (1 <= log2_n <= LOG2_N and 1 <= r <= R and 1 <= p <= P):
        raise _refused(path, QT_TRANSLATE_NOOP("Errors", "it asks for a key JPoA never makes"))
    if not passphrase:
        raise PassphraseRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is encrypted: give the passphrase it was exported with."
            ),
            file=path.name,
        )
    header = sealed[: _HEADER.size]
    key = _key(passphrase, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, sealed[_HEADER.size :], header)
    except InvalidTag as exc:
        raise PassphraseRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The passphrase does not open this package ({file}), or the file was changed.",
            ),
            file=path.name,
        ) from exc


def _key(passphrase: bytes, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(passphrase)


def _refused(path: Path, reason: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is an encrypted package JPoA cannot open: {reason}."),
        file=path.name,
        reason=reason,
    )

"""The signing keys' own folder, outside every database: what makes a copied database harmless.

A database holds only the public half of its signing key; the private half lives here, in the
user's config folder, one PKCS8 PEM file per key (owner-only, optionally passphrase-protected),
named after the key's fingerprint so several databases' keys sit side by side. Beside them,
`trusted-issuers/` holds the public keys whose certificates this user accepts, each with the
issuer's name and the day it was trusted written above the PEM block (RFC 7468 allows text
there). Adding, renaming and removing a trusted issuer live here, so the `jpoa certificate`
commands and the Verify screen's "Trusted issuers" dialog write the same files the same way.

Both the migration that moves keys out of old databases and the services use this module, so it
imports nothing of the app but `config`, `atomic` and the errors.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from jpoa_desktop.config import config_dir
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.files.atomic import replace_atomically

ISSUER_LINE = "Issuer: "
ADDED_LINE = "Added: "
RAW = serialization.Encoding.Raw
PEM = serialization.Encoding.PEM


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(RAW, serialization.PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey) -> str:
    """A short, readable name for a public key: the first 8 bytes of its SHA-256, in hex."""
    digest = hashlib.sha256(raw_public(key)).hexdigest()[:16].upper()
    return " ".join(digest[n : n + 4] for n in range(0, 16, 4))


def _file_stem(key: Ed25519PublicKey) -> str:
    return fingerprint(key).replace(" ", "").lower()


NAME_LIMIT = 200  # as the database keeps an issuer's name
PUBLIC_FILE_LIMIT = 64 * 1024  # an exported public key is under 300 bytes
# Controls, and the marks that reverse text direction: a file must not be able to make one
# issuer's name display as another's.
_HIDDEN = dict.fromkeys(
    [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def one_line(name: str) -> str:
    """An issuer's name as kept and shown: one line, single spaces, no control or direction
    marks, at most `NAME_LIMIT` characters, whatever was typed, pasted or found in a file."""
    return " ".join(name.replace("\n", " ").replace("\t", " ").translate(_HIDDEN).split())[
        :NAME_LIMIT
    ]


def public_pem(key: Ed25519PublicKey, issuer: str, added: datetime | None = None) -> bytes:
    """The public key as PEM, with the issuer's name (and when it was trusted) above it."""
    pem = key.public_bytes(PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    name = one_line(issuer)
    header = f"{ISSUER_LINE}{name}\n" if name else ""
    if added is not None:
        header += f"{ADDED_LINE}{added.astimezone(UTC).isoformat(timespec='seconds')}\n"
    return header.encode() + pem


def private_pem(key: Ed25519PrivateKey, passphrase: bytes | None = None) -> bytes:
    protection: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(PEM, serialization.PrivateFormat.PKCS8, protection)


def write_private(target: Path, content: bytes) -> None:
    """Write `content` readable by its owner only (0600, folder 0700), all or nothing.

    Through `replace_atomically`, like every file the app writes: synced before the rename, and
    a partial file left by a killed run is marked, so the next start removes it.
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    replace_atomically(target, lambda path: path.write_bytes(content), mode=0o600)


@dataclass(frozen=True)
class Issuer:
    name: str
    key: Ed25519PublicKey
    own: bool = False  # this user's own key (its private half is in the key folder)
    added: datetime | None = None  # when it was trusted on this computer, if known

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)


def _not_a_key(path: Path, what: str) -> ValidationError:
    if what == "secret":
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is a private signing key, not a public key: it is not kept among the "
            "trusted issuers. Ask the issuer for the file made by Export public key.",
        )
    elif what == "public":
        template = QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a public key exported by JPoA Desktop."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a certificate signing key file of JPoA Desktop."
        )
    return ValidationError(template, file=path.name)


def read_public(path: Path) -> Issuer:
    """A public key file as `export-key` writes it; the issuer's name from its first line."""
    try:
        if path.stat().st_size > PUBLIC_FILE_LIMIT:  # a document or an archive chosen by mistake
            raise _not_a_key(path, "public")
        content = path.read_bytes()
    except OSError as error:
        raise _not_a_key(path, "public") from error
    if b"PRIVATE KEY-----" in content:  # the secret half, sent by mistake: never kept
        raise _not_a_key(path, "secret")
    try:
        key = serialization.load_pem_public_key(content)
    except ValueError as error:
        raise _not_a_key(path, "public") from error
    if not isinstance(key, Ed25519PublicKey):
        raise _not_a_key(path, "public")
    header = content.split(b"-----BEGIN", 1)[0].decode("utf-8", "replace").splitlines()
    first = header[0] if header else ""
    name = one_line(first[len(ISSUER_LINE) :]) if first.startswith(ISSUER_LINE) else ""
    return Issuer(name, key, added=_added(header))


def _added(header: list[str]) -> datetime | None:
    for line in header:
        if line.startswith(ADDED_LINE):
            try:
                return datetime.fromisoformat(line[len(ADDED_LINE) :].strip())
            except ValueError:
                return None
    return None


def _unknown_issuer(fingerprint: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "No trusted issuer has the key {fingerprint}."),
        fingerprint=fingerprint,
    )


def read_private(path: Path, passphrase: bytes | None) -> Ed25519PrivateKey:
    """A PKCS8 PEM key file, asking for its passphrase with a clear message when it has one."""
    try:
        content = path.read_bytes()
    except OSError as error:
        raise _not_a_key(path, "private") from error
    if b"ENCRYPTED" not in content:  # an owner-only file kept without a passphrase
        passphrase = None
    try:
        key = serialization.load_pem_private_key(content, passphrase or None)
    except TypeError as error:  # protected and no passphrase given, or the other way round
        if passphrase:
            raise _not_a_key(path, "private") from error
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The signing key file {file} is protected by a passphrase; give the passphrase "
                "(JPOA_KEY_PASSPHRASE for the jpoa command).",
            ),
            file=path.name,
        ) from error
    except ValueError as error:
        if passphrase and b"ENCRYPTED" in content:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The passphrase does not open the key file {file}."),
                file=path.name,
            ) from error
        raise _not_a_key(path, "private") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise _not_a_key(path, "private")
    return key


class KeyFolder:
    """`<config>/keys/` (private keys) and `<config>/trusted-issuers/` (public keys)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else config_dir()

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def trusted(self) -> Path:
        return self.root / "trusted-issuers"

    def private_path(self, key: Ed25519PublicKey) -> Path:
        return self.keys / f"{_file_stem(key)}.pem"

    def has_private(self, key: Ed25519PublicKey) -> bool:
        return self.private_path(key).is_file()

    def save_private(self, key: Ed25519PrivateKey, content: bytes | None = None) -> Path:
        """Keep `key` (as `content` when given, e.g. still passphrase-protected)."""
        target = self.private_path(key.public_key())
        write_private(target, content if content is not None else private_pem(key))
        return target

    def load_private(self, key: Ed25519PublicKey, passphrase: bytes | None) -> Ed25519PrivateKey:
        private = read_private(self.private_path(key), passphrase)
        if raw_public(private.public_key()) != raw_public(key):  # a file renamed by hand
            raise _not_a_key(self.private_path(key), "private")
        return private

    def _trusted_path(self, fingerprint: str) -> Path:
        stem = "".join(fingerprint.split()).lower()
        if len(stem) != 16 or any(c not in "0123456789abcdef" for c in stem):
            raise _unknown_issuer(fingerprint)  # never a path of its own
        return self.trusted / f"{stem}.pem"

    def trust(self, issuer: Issuer) -> Path:
        """Accept certificates signed by `issuer` from now on (its name replaced if known; the
        day it was first trusted kept)."""
        target = self._trusted_path(issuer.fingerprint)
        added = issuer.added
        if added is None and target.is_file():
            try:
                added = read_public(target).added
            except ValidationError:
                added = None
        added = added or datetime.now(UTC)
        write_private(target, public_pem(issuer.key, issuer.name, added))
        return target

    def trust_file(self, path: Path, name: str | None = None) -> Issuer:
        """Trust the public key in `path` (as `export-key` writes it), named `name` or, when that
        is blank, by the file's Issuer line. A private key file is refused, never stored."""
        found = read_public(path)
        chosen = one_line(name or "") or found.name
        issuer = Issuer(chosen, found.key, own=self.has_private(found.key))
        self.trust(issuer)
        return self.issuer(issuer.fingerprint)

    def issuer(self, fingerprint: str) -> Issuer:
        """The trusted issuer with this fingerprint (spaces and case do not matter)."""
        path = self._trusted_path(fingerprint)
        try:
            found = read_public(path)
        except ValidationError as error:
            raise _unknown_issuer(fingerprint) from error
        return replace(found, own=self.has_private(found.key), added=_when(path, found))

    def rename(self, fingerprint: str, name: str) -> Issuer:
        """Call a trusted issuer `name` from now on (in the Verify screen and `issuers`)."""
        known = self.issuer(fingerprint)
        self.trust(replace(known, name=one_line(name)))
        return self.issuer(fingerprint)

    def forget(self, fingerprint: str) -> Issuer:
        """Stop accepting the issuer's certificates; what was removed is returned."""
        known = self.issuer(fingerprint)
        self._trusted_path(fingerprint).unlink(missing_ok=True)
        return known

    def issuers(self) -> list[Issuer]:
        """The trusted issuers, own keys marked; an unreadable file is skipped, not fatal."""
        if not self.trusted.is_dir():
            return []
        found = []
        for path in sorted(self.trusted.glob("*.pem")):
            try:
                issuer = read_public(path)
            except ValidationError:
                continue
            own = self.has_private(issuer.key)
            found.append(replace(issuer, own=own, added=_when(path, issuer)))
        return sorted(found, key=lambda i: (not i.own, i.name.casefold(), i.fingerprint))


def _when(path: Path, issuer: Issuer) -> datetime | None:
    """When `issuer` was trusted: written in the file, else (a file from an older version) the
    file's modification time."""
    if issuer.added is not None:
        return issuer.added
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return None

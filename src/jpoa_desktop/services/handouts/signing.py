"""The organisation's Ed25519 key: signs certificates; its private half never enters a database.

The database records which key signs its certificates (the public half) and the issuer's name;
the private half is in the user's key file (`key_files.KeyFolder`). A database copied to another
computer, or to another user, therefore cannot sign: issuing there asks for the key file to be
imported. Verification needs only public keys, never a connection to the issuer's database: that
is what lets anyone check a certificate offline.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from jpoa_desktop.db.certificate_models import SigningKey
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.services.handouts.key_files import (
    Issuer,
    KeyFolder,
    private_pem,
    public_pem,
    raw_public,
    read_private,
    read_public,
    write_private,
)

CERTIFICATES = "certificates"
PASSPHRASE_ENV = "JPOA_KEY_PASSPHRASE"
DEFAULT_ISSUER = "JPoA Desktop"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def passphrase_from_environment() -> bytes | None:
    """The key file's passphrase for the `jpoa` command, from `JPOA_KEY_PASSPHRASE`."""
    value = os.environ.get(PASSPHRASE_ENV, "")
    return value.encode("utf-8") if value else None


def _key_not_here(folder: KeyFolder) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This database's certificates are signed with a key that is not on this computer "
            "(looked in {folder}). Import the key file from the computer that issued them "
            "(`jpoa certificate import-key FILE`, or Verify → Import signing key) and try again.",
        ),
        folder=folder.keys,
    )


class SigningService:
    """The database's signing key, with the key folder it is kept in (`JPOA_CONFIG_DIR` or the
    user's config folder unless given) and the passphrase of a protected key file."""

    def __init__(
        self,
        session_scope: SessionScope,
        folder: KeyFolder | None = None,
        passphrase: bytes | None = None,
        purpose: str = CERTIFICATES,
    ) -> None:
        self._scope = session_scope
        self._folder = folder or KeyFolder()
        self._passphrase = passphrase or passphrase_from_environment()
        self._purpose = purpose
        self._cached: Ed25519PrivateKey | None = None

    def issuer(self) -> Issuer | None:
        """The key this database's certificates are signed with, None before the first."""
        with self._scope() as session:
            row = session.scalar(select(SigningKey).where(SigningKey.purpose == self._purpose))
            if row is None:
                return None
            return Issuer(row.issuer, Ed25519PublicKey.from_public_bytes(unb64(row.public_key)))

    def public_key(self) -> Ed25519PublicKey | None:
        issuer = self.issuer()
        return issuer.key if issuer is not None else None

    def private_key(self, issuer_name: str = DEFAULT_ISSUER) -> Ed25519PrivateKey:
        """The key that signs: read from the key file, or made (key file first) on first use.

        Refuses, with what to do, when the database names a key whose file is not here.
        """
        if self._cached is not None:
            return self._cached
        known = self.issuer()
        if known is not None:
            if not self._folder.has_private(known.key):
                raise _key_not_here(self._folder)
            self._cached = self._folder.load_private(known.key, self._passphrase)
            return self._cached
        key = Ed25519PrivateKey.generate()
        content = private_pem(key, self._passphrase)
        self._folder.save_private(key, content)  # the file first: a row never names no file
        name = " ".join(issuer_name.split()) or DEFAULT_ISSUER
        self._folder.trust(Issuer(name, key.public_key()))
        try:
            with self._scope() as session:
                session.add(
                    SigningKey(
                        purpose=self._purpose,
                        public_key=b64(raw_public(key.public_key())),
                        issuer=name[:200],
                    )
                )
        except IntegrityError:  # another window made one in the meantime: use theirs
            self._folder.private_path(key.public_key()).unlink(missing_ok=True)
            return self.private_key(issuer_name)
        self._cached = key
        return key

    def sign(self, message: bytes, issuer_name: str = DEFAULT_ISSUER) -> bytes:
        return self.private_key(issuer_name).sign(message)

    def export_public_key(self, target: Path) -> None:
        """Write the public key as PEM, with the issuer's name, for whoever verifies."""
        self.private_key()  # made on first use, as before; refused if its file is elsewhere
        issuer = self.issuer()
        assert issuer is not None
        content = public_pem(issuer.key, issuer.name)

        def write(path: Path) -> None:
            path.write_bytes(content)

        replace_atomically(target, write)

    def export_private_key(self, target: Path, passphrase: bytes | None) -> None:
        """Write the signing key for another computer of the same organisation (owner-only)."""
        write_private(target, private_pem(self.private_key(), passphrase))

    def import_private_key(
        self, source: Path, passphrase: bytes | None, keep_protection: bool = True
    ) -> Issuer:
        """Take a key file exported on another computer: it signs this database's certificates.

        The key folder's copy keeps the file's passphrase unless `keep_protection` is False (the
        app, which has no way to ask for it at each printing, keeps it owner-only instead).

        A database that already signs with another key refuses it: certificates already printed
        would stop verifying against the new one.
        """
        key = read_private(source, passphrase)
        public = key.public_key()
        known = self.issuer()
        if known is not None and raw_public(known.key) != raw_public(public):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is another issuer's key: this database's certificates are signed "
                    "with the key {fingerprint}.",
                ),
                file=source.name,
                fingerprint=known.fingerprint,
            )
        self._folder.save_private(key, private_pem(key, passphrase if keep_protection else None))
        if known is None:
            with self._scope() as session:
                session.add(
                    SigningKey(purpose=self._purpose, public_key=b64(raw_public(public)), issuer="")
                )
        issuer = Issuer(known.name if known else "", public, own=True)
        self._folder.trust(issuer)
        self._cached = key
        return issuer


def load_public_key(path: Path) -> Ed25519PublicKey:
    """A public key exported by `export_public_key` (PEM)."""
    return read_public(path).key


def is_valid(key: Ed25519PublicKey, message: bytes, signature: bytes) -> bool:
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True

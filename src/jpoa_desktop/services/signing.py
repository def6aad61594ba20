"""The organisation's Ed25519 key: made on first use, signs certificates, its public half exported.

Verification needs only the public key and the signed text, never a connection to the issuer's
database: that is what lets anyone check a certificate offline.
"""

from __future__ import annotations

import base64
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from jpoa_desktop.atomic import replace_atomically
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.signing_models import SigningKey
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

CERTIFICATES = "certificates"
RAW = serialization.Encoding.Raw


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _raw_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(RAW, serialization.PublicFormat.Raw)


class SigningService:
    def __init__(self, session_scope: SessionScope, purpose: str = CERTIFICATES) -> None:
        self._scope = session_scope
        self._purpose = purpose

    def private_key(self) -> Ed25519PrivateKey:
        """The key, made and stored the first time it is asked for."""
        with self._scope() as session:
            row = session.scalar(select(SigningKey).where(SigningKey.purpose == self._purpose))
            if row is not None:
                return Ed25519PrivateKey.from_private_bytes(unb64(row.private_key))
        key = Ed25519PrivateKey.generate()
        try:
            with self._scope() as session:
                session.add(
                    SigningKey(
                        purpose=self._purpose,
                        private_key=b64(_raw_private(key)),
                        public_key=b64(_raw_public(key.public_key())),
                    )
                )
        except IntegrityError:  # another window made it in the meantime: use theirs
            return self.private_key()
        return key

    def public_key(self) -> Ed25519PublicKey:
        return self.private_key().public_key()

    def sign(self, message: bytes) -> bytes:
        return self.private_key().sign(message)

    def export_public_key(self, target: Path) -> None:
        """Write the public key as PEM, for whoever verifies this organisation's certificates."""
        pem = self.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

        def write(path: Path) -> None:
            path.write_bytes(pem)

        replace_atomically(target, write)


def load_public_key(path: Path) -> Ed25519PublicKey:
    """A public key exported by `export_public_key` (PEM)."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError) as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a public key exported by JPoA Desktop."),
            file=path.name,
        ) from error
    if not isinstance(key, Ed25519PublicKey):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a public key exported by JPoA Desktop."),
            file=path.name,
        )
    return key


def is_valid(key: Ed25519PublicKey, message: bytes, signature: bytes) -> bool:
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True

"""Server passwords live in the credential store under user@host:port/database, never
elsewhere; a computer without a store is asked each time instead of failing."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as NoKeyring
from tests.memory_keyring import use_memory_keyring

from jpoa_desktop.services.server.connection import KEYRING_SERVICE, ServerAddress
from jpoa_desktop.services.server.passwords import (
    forget_password,
    remember_password,
    stored_password,
)

TEAM = ServerAddress("db.ministry.local", 5432, "strategy-wg", "amina")
OTHER = ServerAddress("db.ministry.local", 5432, "training", "amina")


def test_a_remembered_password_is_found_under_its_address_only() -> None:
    with use_memory_keyring() as store:
        assert remember_password(TEAM, "Qwerty-2026")
        assert store.entries == {
            (KEYRING_SERVICE, "amina@db.ministry.local:5432/strategy-wg"): "Qwerty-2026"
        }
        assert stored_password(TEAM) == "Qwerty-2026"
        assert stored_password(OTHER) is None
        forget_password(TEAM)
        forget_password(TEAM)  # twice: nothing left to forget is not an error
        assert stored_password(TEAM) is None


def test_without_a_credential_store_nothing_is_kept_and_nothing_fails() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert remember_password(TEAM, "Qwerty-2026") is False
        assert stored_password(TEAM) is None
        forget_password(TEAM)
    finally:
        keyring.set_keyring(previous)

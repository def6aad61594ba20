"""Server passwords in the operating system's credential store, through `keyring`.

A password never goes into the settings file or the database. It is kept under the service
name "JPoA Desktop" and the key user@host:port/database, so that one laptop can hold the
passwords of several servers and accounts. A computer without a usable store (a bare Linux
session without a Secret Service) is not an error: the app asks for the password each time.
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from jpoa_desktop.services.server.connection import KEYRING_SERVICE, ServerAddress

log = logging.getLogger(__name__)


def stored_password(address: ServerAddress) -> str | None:
    """The password remembered for this address, or None (none kept, or no store to ask)."""
    try:
        return keyring.get_password(KEYRING_SERVICE, address.key)
    except (KeyringError, RuntimeError) as error:
        log.warning("The credential store could not be read: %s", error)
        return None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keep the password for this address; False when this computer has no store for it."""
    try:
        keyring.set_password(KEYRING_SERVICE, address.key, password)
    except (KeyringError, RuntimeError) as error:
        log.warning("The credential store could not keep the password: %s", error)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    """Remove the password kept for this address, if any."""
    try:
        keyring.delete_password(KEYRING_SERVICE, address.key)
    except PasswordDeleteError:
        pass  # there was none
    except (KeyringError, RuntimeError) as error:
        log.warning("The credential store could not forget the password: %s", error)

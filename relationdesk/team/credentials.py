"""A member's password in the operating system's keychain (`keyring`), never in
settings.ini or the log. Headless tests set an in-memory backend."""

from contextlib import suppress

import keyring
from keyring.errors import KeyringError

from relationdesk.team.errors import TeamError

SERVICE = "RelationDesk team server"


def store(server: str, password: str) -> None:
    try:
        keyring.set_password(SERVICE, server, password)
    except KeyringError as error:
        raise TeamError(f"the system keychain could not keep the password ({error}); "
                        "nothing was changed") from None


def load(server: str) -> str:
    try:
        password: str | None = keyring.get_password(SERVICE, server)
    except KeyringError as error:
        raise TeamError(f"the system keychain could not be read ({error}); "
                        "nothing was synced") from None
    if password is None:
        raise TeamError(f"no password for {server} in the system keychain: join again "
                        f"with relationdesk sync --join {server}")
    return password


def forget(server: str) -> None:
    """Leaving the team: the password goes from the keychain (already gone is fine)."""
    with suppress(KeyringError):
        keyring.delete_password(SERVICE, server)

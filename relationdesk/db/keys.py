"""Which key opens a database file, and where that key is kept.

The user's databases (and every backup and copy of them) are encrypted with one random
256-bit key, kept in the operating system's keychain (`keyring`): a normal start asks
nothing and derives nothing, and a backup opens wherever it was moved to. One key per
user account, not per file: the keychain entry is what `relationdesk key export` moves
to a new laptop.

Where no keychain exists (a server, a bare desktop), RELATIONDESK_KEY_FILE may name a
file that holds the key instead (0600, plain text: protects backups and copies taken
elsewhere, not a lost disk); without it the app says there is no keychain and stops.
A key given by the user (an imported key file, later a passphrase's) is held in this
process only (`unlock`).
"""

import json
import os
import secrets
from enum import StrEnum
from pathlib import Path
from typing import Protocol

SERVICE = "RelationDesk"
KEY_FILE_ENV = "RELATIONDESK_KEY_FILE"
ENTRY = "database-key"
KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"

_held: dict[str, bytes] = {}  # the key once read or given in this process


class KeyFailure(StrEnum):
    MISSING = "missing"  # the keychain has no key for this database
    NO_KEYCHAIN = "no_keychain"  # there is no keychain to keep a key in


class KeyUnavailable(Exception):
    """The key of an encrypted database is not at hand; nothing was read or written."""

    def __init__(self, failure: KeyFailure, detail: str = "") -> None:
        super().__init__(f"{failure.value}: the database key {detail}".strip())
        self.failure = failure


class _Store(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...


def is_plain(path: Path) -> bool:
    """True for a plain (unencrypted) SQLite file; False for a new, empty or encrypted one."""
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_new(path: Path) -> bool:
    """No file, or an empty one: opening it with a key makes an encrypted database."""
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


def key_for_file(path: Path) -> bytes | None:
    """The key that opens `path`: None for a plain SQLite file; for a new file the user's
    key, made now if there is none yet (stored first, so no file exists without its
    key). Raises KeyUnavailable."""
    if is_plain(path):
        return None
    key = user_key()
    if key is not None:
        return key
    if not is_new(path):
        raise KeyUnavailable(KeyFailure.MISSING)
    key = secrets.token_bytes(KEY_BYTES)
    store_key(key)
    return key


def user_key() -> bytes | None:
    """The key for the user's databases: given in this process, else the keychain's."""
    if ENTRY in _held:
        return _held[ENTRY]
    stored = _read(_store())
    if stored is None:
        return None
    key = bytes.fromhex(stored)
    _held[ENTRY] = key  # the keychain is asked once per process
    return key


def store_key(key: bytes) -> None:
    """Keep `key` in the keychain (or the key file) for the user's databases."""
    try:
        _store().set_password(SERVICE, ENTRY, key.hex())
    except Exception as error:  # keyring's errors differ by backend
        raise KeyUnavailable(KeyFailure.NO_KEYCHAIN, type(error).__name__) from error
    _held[ENTRY] = key


def unlock(key: bytes) -> None:
    """Use `key` in this process only (an imported key, a passphrase's)."""
    _held[ENTRY] = key


def forget_keys() -> None:
    """Drop the key held in this process (the keychain keeps its own)."""
    _held.clear()


def raw_key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key form: the key itself, no key derivation per connection."""
    return f"PRAGMA key = {raw_key_literal(key)}"


def raw_key_literal(key: bytes | None) -> str:
    """The key as SQLCipher's PRAGMA key and ATTACH ... KEY take it ('' for none)."""
    return f"\"x'{key.hex()}'\"" if key is not None else "''"


def _read(store: _Store) -> str | None:
    try:
        return store.get_password(SERVICE, ENTRY)
    except Exception as error:  # keyring's errors differ by backend
        raise KeyUnavailable(KeyFailure.NO_KEYCHAIN, type(error).__name__) from error


def _store() -> _Store:
    """The key file when RELATIONDESK_KEY_FILE names one, else the system keychain."""
    key_file = os.environ.get(KEY_FILE_ENV)
    if key_file:
        return KeyFile(Path(key_file))
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyUnavailable(KeyFailure.NO_KEYCHAIN)
    return backend


class KeyFile:
    """Keys in a plain 0600 JSON file, for machines without a keychain (and tests that
    run the app in child processes)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _entries(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = {**self._entries(), f"{service}/{username}": password}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(f".{self.path.name}.partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(entries, file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, self.path)

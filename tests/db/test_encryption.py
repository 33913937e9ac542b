"""Encrypted at rest: a new database, its WAL and its backups are unreadable without the
key; the key comes from the keychain; a wrong or missing key is refused, file untouched."""

import hashlib
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from relationdesk.db import keys
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.errors import DatabaseOpenError, OpenFailure
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import CustomerFields
from relationdesk.paths import database_url
from relationdesk.services import customer_editing as editing
from relationdesk.services.backup import create_backup, restore_backup, verify_backup
from relationdesk.services.customer_directory import CustomerDirectory, CustomerQuery
from tests.memory_keyring import MemoryKeyring

CANARY = "zqxcanary9931"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files_holding(folder: Path, text: str) -> dict[str, int]:
    found = {}
    for file in folder.rglob("*"):
        if file.is_file():
            count = file.read_bytes().lower().count(text.encode())
            if count:
                found[str(file.relative_to(folder))] = count
    return found


def test_a_new_database_its_wal_and_its_backups_never_hold_the_text(
    db: Database, data_dir: Path
) -> None:
    editing.create_customer(db, CustomerFields(name=f"Ștefan {CANARY}", notes=CANARY))
    assert Path(f"{db.path}-wal").stat().st_size > 0  # the WAL holds the write, encrypted
    assert _files_holding(data_dir, CANARY) == {}
    backup = create_backup(db.path)
    assert _files_holding(data_dir, CANARY) == {}
    for path in (db.path, backup):
        assert not path.read_bytes().startswith(b"SQLite format 3")
    assert verify_backup(backup)


def test_search_works_inside_the_encrypted_file(db: Database) -> None:
    editing.create_customer(db, CustomerFields(name="Ștefan Țurcanu SRL"))
    hits = CustomerDirectory(db.reader).page(CustomerQuery(search="stefan"), 0, 10)
    assert [row.name for row in hits] == ["Ștefan Țurcanu SRL"]


def test_the_key_is_read_once_and_no_key_derivation_is_asked(db: Database) -> None:
    key = keys.user_key()
    assert key is not None and len(key) == 32
    assert keys.raw_key_pragma(key).startswith("PRAGMA key = \"x'")


def test_a_wrong_key_is_refused_and_the_file_untouched(db: Database) -> None:
    editing.create_customer(db, CustomerFields(name="Alfa"))
    db.close()
    before = _digest(db.path)
    keys.forget_keys()
    keys.store_key(bytes(32))  # another laptop's key, say
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(database_url())
    assert caught.value.failure is OpenFailure.WRONG_KEY
    assert _digest(db.path) == before


def test_a_missing_keychain_entry_is_refused_and_the_file_untouched(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editing.create_customer(db, CustomerFields(name="Alfa"))
    db.close()
    before = _digest(db.path)
    keys.forget_keys()
    monkeypatch.setenv(keys.KEY_FILE_ENV, str(tmp_path / "another-keychain.json"))
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(database_url())
    assert caught.value.failure is OpenFailure.KEY_MISSING
    assert _digest(db.path) == before
    assert list(db.path.parent.glob("*.sqlite3*")) == [db.path]  # no -wal, no new file


def test_without_a_keychain_a_new_database_is_not_made(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keys.KEY_FILE_ENV)
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]  # keyring has no types
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(database_url())
    assert caught.value.failure is OpenFailure.NO_KEYCHAIN
    assert not (data_dir / "relationdesk.sqlite3").exists()


def test_the_key_lives_in_the_system_keychain(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, keychain: MemoryKeyring
) -> None:
    monkeypatch.delenv(keys.KEY_FILE_ENV)
    open_database(database_url()).close()
    stored = keychain.get_password(keys.SERVICE, keys.ENTRY)
    assert stored is not None and bytes.fromhex(stored) == keys.user_key()
    keys.forget_keys()  # a new process: the key comes from the keychain again
    database = open_database(database_url())
    database.close()


def test_a_backup_restores_into_a_new_place_with_the_same_key(db: Database, tmp_path: Path) -> None:
    editing.create_customer(db, CustomerFields(name="Alfa"))
    backup = create_backup(db.path)
    moved = tmp_path / "usb" / backup.name
    moved.parent.mkdir()
    moved.write_bytes(backup.read_bytes())
    fresh = tmp_path / "new-laptop" / "relationdesk.sqlite3"
    assert restore_backup(fresh, moved) is None
    with open_file(fresh) as conn:
        assert conn.execute("SELECT name FROM customer").fetchall() == [("Alfa",)]
    assert not fresh.read_bytes().startswith(b"SQLite format 3")

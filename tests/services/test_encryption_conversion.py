"""A plain database (made before encryption) is encrypted in place: backup first, then
one atomic rename; killed at any moment, the user still has one usable database with
every row."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relationdesk.db.connection import open_file
from relationdesk.db.keys import is_plain
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import CustomerFields
from relationdesk.paths import database_url
from relationdesk.services import customer_editing as editing
from relationdesk.services.backup import verify_backup
from relationdesk.services.customer_directory import CustomerDirectory, CustomerQuery
from relationdesk.services.encryption import (
    EncryptionFailed,
    converting_name,
    encrypt_database,
    plain_backups,
)
from tests.plain_database import make_plain_database

REPO = Path(__file__).resolve().parents[2]
CANARY = "zqxcanary5150"


def _plain(data_dir: Path, customers: int, notes: int = 0) -> Path:
    path = make_plain_database(data_dir / "relationdesk.sqlite3")
    db = open_database(database_url())
    for number in range(customers):
        text = f"{number} " * notes  # a bigger file: a longer conversion to kill
        editing.create_customer(db, CustomerFields(name=f"Ștefan {number} {CANARY}", notes=text))
    db.close()
    assert is_plain(path)
    return path


def _holding(folder: Path) -> dict[str, int]:
    found = {}
    for file in folder.rglob("*"):
        if file.is_file() and (count := file.read_bytes().count(CANARY.encode())):
            found[str(file.relative_to(folder))] = count
    return found


def test_a_plain_database_is_encrypted_in_place_and_its_plain_backups_listed(
    data_dir: Path,
) -> None:
    path = _plain(data_dir, 3)

    backup = encrypt_database(path)

    assert not is_plain(path) and not path.read_bytes().startswith(b"SQLite format 3")
    assert is_plain(backup) and plain_backups(path) == [backup]
    assert verify_backup(backup)
    db = open_database(database_url())
    try:
        hits = CustomerDirectory(db.reader).page(CustomerQuery(search="stefan"), 0, 10)
        assert len(hits) == 3
    finally:
        db.close()
    backup.unlink()  # the user agreed to delete the old plain backups
    assert _holding(data_dir) == {}
    assert not converting_name(path).exists()


def test_an_encrypted_database_is_not_converted_again(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EncryptionFailed):
        encrypt_database(db.path)


def test_a_database_in_use_is_not_converted(data_dir: Path) -> None:
    path = _plain(data_dir, 1)
    db = open_database(database_url())  # another connection, in WAL mode
    try:
        before = path.read_bytes()
        with pytest.raises(EncryptionFailed):
            encrypt_database(path)
        assert path.read_bytes() == before and is_plain(path)
    finally:
        db.close()


CHILD = r"""
import os, sys
from pathlib import Path
from relationdesk.services.encryption import encrypt_database
os.write(1, b"start\n")
encrypt_database(Path(sys.argv[1]))
os.write(1, b"done\n")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_a_conversion_killed_at_random_moments_leaves_one_usable_database(
    data_dir: Path, tmp_path: Path
) -> None:
    customers = 120
    template = _plain(data_dir, customers, notes=2000)
    trial = Path(shutil.copy(template, tmp_path / "trial.sqlite3"))
    started = time.monotonic()
    encrypt_database(trial)
    took = time.monotonic() - started
    rng = random.Random(2026)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    outcomes = {"plain": 0, "encrypted": 0}
    for run in range(10):
        folder = tmp_path / f"run-{run}"
        folder.mkdir()
        path = Path(shutil.copy(template, folder / "relationdesk.sqlite3"))
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, env=env
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"start\n"
        time.sleep(rng.uniform(0.0, took * 1.3))  # mostly mid-conversion
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()

        kind = "plain" if is_plain(path) else "encrypted"
        outcomes[kind] += 1
        with open_file(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("SELECT count(*) FROM customer").fetchone() == (customers,)
        conn.close()
        if kind == "plain":
            encrypt_database(path)  # a later try finishes the job
        assert not is_plain(path) and not converting_name(path).exists()
    print(f"\nkilled conversions ({took:.2f} s each): {outcomes}")

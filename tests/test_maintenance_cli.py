"""`relationdesk backup`, `restore` and `check`: their everyday work, and files that are
not what they seem (a backup changed outside the app, an empty or missing database, a
damaged one). Through the real command line entry point, on real SQLite files."""

from contextlib import closing
from pathlib import Path

import pytest

from relationdesk.cli import main
from relationdesk.cli.exit_codes import ExitCode
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import CustomerFields
from relationdesk.paths import DATABASE_URL_ENV, database_url
from relationdesk.services import customer_editing as editing
from relationdesk.services.backup import create_backup

WIPE = "CREATE TRIGGER wipe AFTER INSERT ON customer BEGIN DELETE FROM contact; END"


def _tamper(path: Path, statement: str) -> None:
    with closing(open_file(path)) as conn:
        conn.execute(statement)
        conn.commit()


def _triggers(path: Path) -> set[str]:
    with closing(open_file(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {row[0] for row in rows}


def test_restore_refuses_a_backup_with_a_foreign_trigger(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    backup = create_backup(db.path)
    _tamper(backup, WIPE)
    db.close()

    assert main(["restore", str(backup)]) == 1

    err = capsys.readouterr().err
    assert "nothing was changed" in err and "foreign trigger wipe" in err
    assert "wipe" not in _triggers(db.path)


def test_check_removes_a_foreign_trigger_and_says_so(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    _tamper(db.path, WIPE)
    db.close()

    assert main(["check"]) == 0

    out = capsys.readouterr().out
    assert "schema: foreign: trigger wipe: 1 (repaired)" in out
    assert "backed up" in out
    assert "wipe" not in _triggers(db.path)


def _customers(path: Path) -> int:
    with closing(open_file(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])


def _backed_up(db: Database, count: int) -> Path:
    for number in range(count):
        editing.create_customer(db, CustomerFields(name=f"Cliente {number:03}"))
    backup = create_backup(db.path)
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db.path}{suffix}").unlink(missing_ok=True)
    return backup


def _offered(err: str) -> Path:
    """The backup file the message tells the user to restore."""
    line = next(line for line in err.splitlines() if "relationdesk restore" in line)
    return Path(line.split("relationdesk restore", 1)[1].strip().strip("'"))


@pytest.mark.parametrize("state", ["empty", "missing"])
def test_check_on_an_empty_or_missing_database_offers_the_newest_backup(
    state: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _backed_up(db, 3)
    if state == "empty":
        db.path.write_bytes(b"")
    else:
        db.path.unlink()

    assert main(["check"]) == 1

    err = capsys.readouterr().err
    assert f"is {state}" in err
    assert _offered(err) == backup and "3 customers" in err
    assert db.path.exists() == (state == "empty")  # no new empty database made in its place
    if state == "empty":
        assert db.path.stat().st_size == 0
    assert main(["restore", str(_offered(err))]) == 0  # the command it names works
    assert _customers(db.path) == 3
    assert main(["check"]) == 0


def test_check_on_an_empty_database_without_backups_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "relationdesk.sqlite3").write_bytes(b"")
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "is empty" in err and "no backup" in err


def test_a_first_check_without_database_or_backups_stays_quiet(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert "no problems found" in captured.out and captured.err == ""


@pytest.mark.parametrize("damage", ["truncated", "not sqlite"])
def test_check_on_a_damaged_file_offers_the_newest_good_backup(
    damage: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _backed_up(db, 400)
    poisoned = create_backup(db.path, "manual")  # newer, but changed outside the app
    _tamper(poisoned, WIPE)
    with closing(open_file(db.path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    data = db.path.read_bytes()
    damaged = data[: len(data) // 2] if damage == "truncated" else b"\x00garbage" * 900
    db.path.write_bytes(damaged)

    assert main(["check"]) != 0

    err = capsys.readouterr().err
    assert "damaged" in err
    assert _offered(err) == good  # not the newer one with a foreign trigger
    assert db.path.read_bytes() == damaged  # looking changed nothing
    assert main(["restore", str(good)]) == 0
    out = capsys.readouterr().out
    assert _customers(db.path) == 400
    kept = Path(out.split("saved as ", 1)[1].strip())
    assert kept.read_bytes()[4096:] == damaged[4096:]  # the damaged file is kept aside


def test_check_that_finds_damage_inside_offers_the_newest_good_backup(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _backed_up(db, 50)
    with closing(open_file(db.path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])  # text from SQLCipher
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customer'")
        page = root.fetchone()[0]
    with db.path.open("r+b") as file:  # the schema reads fine; the customer table does not
        file.seek((page - 1) * page_size)
        file.write(b"\x01")

    assert main(["check"]) == 1

    captured = capsys.readouterr()
    assert "quick_check: corrupt" in captured.out and "NOT repaired" in captured.out
    assert _offered(captured.err) == good


def test_backup_writes_a_copy_that_holds_the_data(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Officine Rossi", "Gruppo Bianchi"):
        editing.create_customer(db, CustomerFields(name=name))
    db.close()

    assert main(["backup"]) == ExitCode.OK

    out = capsys.readouterr().out
    made = Path(out.strip().split(" to ", 1)[1])
    assert out.startswith(f"Backed up {db.path} to ")
    assert made.parent == db.path.parent / "backups" and "manual" in made.name
    assert _customers(made) == 2


def test_backup_without_a_database_says_so_and_makes_none(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup"]) == ExitCode.DATABASE_UNAVAILABLE
    assert "relationdesk: there is no database at" in capsys.readouterr().err
    assert not (data_dir / "relationdesk.sqlite3").exists()


def test_restore_brings_a_backup_back_and_keeps_the_replaced_file(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _backed_up(db, 2)
    after = open_database(database_url())
    editing.create_customer(after, CustomerFields(name="Written after the backup"))
    after.close()

    assert main(["restore", str(backup)]) == ExitCode.OK

    out = capsys.readouterr().out
    assert out.startswith(f"Restored {backup} into {db.path}")
    assert _customers(db.path) == 2
    kept = Path(out.split("saved as ", 1)[1].strip())
    assert _customers(kept) == 3  # what was replaced is a backup of its own


def test_restore_of_a_file_that_is_not_there_is_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    db.close()
    assert main(["restore", str(tmp_path / "nowhere.sqlite3")]) == ExitCode.USAGE
    assert "relationdesk: no such backup file:" in capsys.readouterr().err
    assert _customers(db.path) == 1


def test_check_of_a_sound_database_finds_nothing(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    db.close()
    assert main(["check"]) == ExitCode.OK
    captured = capsys.readouterr()
    assert captured.out == f"{db.path}: no problems found\n" and captured.err == ""


@pytest.mark.parametrize("command", [["backup"], ["restore", "old.sqlite3"], ["check"]])
def test_a_database_that_is_no_sqlite_file_cannot_be_backed_up_or_checked(
    command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://desk@localhost/relationdesk")
    assert main(command) == ExitCode.USAGE
    assert "only SQLite databases can be backed up or checked" in capsys.readouterr().err

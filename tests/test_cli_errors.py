"""A database that is busy, full, read-only or not there: every command says so in one
sentence, in the user's language, with its exit code, and writes nothing. Through the
real entry point (relationdesk.cli.main), in this process, on a real SQLite file."""

import os
import sqlite3
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from relationdesk import settings as keys
from relationdesk.cli import main
from relationdesk.cli.exit_codes import ExitCode
from relationdesk.db import connection, database
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import CustomerFields
from relationdesk.paths import DATA_DIR_ENV, DATABASE_URL_ENV, database_url, settings_file
from relationdesk.services import customer_editing as editing

CANARY = "zqxcanary4412"


@pytest.fixture(autouse=True)
def _widgets_application(qapp: object) -> None:
    """The session's QApplication exists before the CLI asks for an application."""


@pytest.fixture
def portfolio(data_dir: Path) -> Iterator[Path]:
    """Two customers, so merge and erase have something to work on."""
    db = open_database(database_url())
    editing.create_customer(db, CustomerFields(name="Alfa Textile"))
    editing.create_customer(db, CustomerFields(name="Beta Textile"))
    db.close()
    yield data_dir / "relationdesk.sqlite3"


def _customers(path: Path) -> list[str]:
    conn = open_file(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM customer ORDER BY name")]
    finally:
        conn.close()


def _csv(tmp_path: Path, notes: str = "") -> Path:
    source = tmp_path / "new.csv"
    source.write_text(f"Company,Notes\nGamma Textile,{notes}\n", encoding="utf-8")
    return source


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    return {
        "demo": ["demo", "--customers", "3"],
        "import": ["import", "csv", str(_csv(tmp_path, "x" * 20_000)), "--mapping", "auto"],
        "erase": ["erase", "customer", "Alfa Textile", "--yes"],
        "merge": ["merge", "customers", "Alfa Textile", "Beta Textile", "--yes"],
        "check": ["check"],
    }


def _connect_with(monkeypatch: pytest.MonkeyPatch, pragma: Callable[[sqlite3.Connection], object]):  # type: ignore[no-untyped-def]
    """The app's write connections, each first given `pragma` (a disk that is full…)."""
    real = connection.connect

    def connect(path: Path, *, same_thread: bool = True) -> sqlite3.Connection:
        conn = real(path, same_thread=same_thread)
        pragma(conn)
        return conn

    monkeypatch.setattr(database, "connect", connect)


def _full_disk(conn: sqlite3.Connection) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


@pytest.mark.parametrize("command", ["demo", "import", "erase", "merge", "check"])
def test_a_locked_database_is_said_and_nothing_is_written(
    command: str, portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    other = open_file(portfolio)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        code = main(_commands(tmp_path)[command])
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert code == ExitCode.DATABASE_BUSY
    assert err.startswith("relationdesk: The database is busy: another program is writing")
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert _customers(portfolio) == ["Alfa Textile", "Beta Textile"]


@pytest.mark.parametrize("command", ["demo", "import"])  # erase and merge free pages
def test_a_full_disk_is_said_and_nothing_is_written(
    command: str, portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    _connect_with(monkeypatch, _full_disk)
    code = main(_commands(tmp_path)[command])
    err = capsys.readouterr().err
    assert code == ExitCode.DISK_FULL, err
    assert err.startswith("relationdesk: The disk is full, so nothing was changed.")
    assert _customers(portfolio) == ["Alfa Textile", "Beta Textile"]


def test_a_read_only_database_is_said(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """What SQLite answers when a leftover -shm or -wal file is read-only (emulated: root
    may write any file, so a chmod proves nothing in CI)."""
    _connect_with(monkeypatch, lambda conn: conn.execute("PRAGMA query_only = ON"))
    code = main(_commands(tmp_path)["import"])
    err = capsys.readouterr().err
    assert code == ExitCode.DATABASE_UNAVAILABLE
    assert "read-only" in err and "Traceback" not in err
    assert _customers(portfolio) == ["Alfa Textile", "Beta Textile"]


def test_a_data_folder_that_is_a_file_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "data.txt"
    not_a_folder.write_text("mine\n", encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_ENV, str(not_a_folder))
    commands = _commands(tmp_path)
    for command in (["check"], commands["demo"], commands["import"], commands["erase"],
                    commands["merge"]):  # fmt: skip
        assert main(command) == ExitCode.DATABASE_UNAVAILABLE
        err = capsys.readouterr().err
        assert err.startswith("relationdesk: The data folder is a file, not a folder.")
    assert not_a_folder.read_text(encoding="utf-8") == "mine\n"


def test_the_sentence_is_in_the_users_language(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    _connect_with(monkeypatch, _full_disk)
    assert main(["--language", "it", *_commands(tmp_path)["demo"]]) == ExitCode.DISK_FULL
    assert "Il disco è pieno" in capsys.readouterr().err
    keys.Settings(settings_file()).set(keys.LANGUAGE, "ro")  # as the window saved it
    assert main(_commands(tmp_path)["demo"]) == ExitCode.DISK_FULL
    assert "Discul este plin" in capsys.readouterr().err


def test_no_error_carries_the_values_of_a_row(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """Neither a full disk nor an error nobody expected (a trigger refusing the row)
    prints or logs the notes being written: SQLAlchemy's text would quote them."""
    source = _csv(tmp_path, notes=f"{CANARY} confided about the merger " + "x" * 20_000)
    _connect_with(monkeypatch, _full_disk)
    assert main(["import", "csv", str(source), "--mapping", "auto"]) == ExitCode.DISK_FULL
    assert CANARY not in capsys.readouterr().err
    monkeypatch.undo()
    monkeypatch.setenv(DATA_DIR_ENV, str(portfolio.parent))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)

    conn = open_file(portfolio)
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON customer BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    conn.commit()
    conn.close()
    with pytest.raises(Exception) as raised:
        main(["import", "csv", str(source), "--mapping", "auto"])
    printed = "".join(traceback.format_exception(raised.value))
    assert CANARY not in printed and CANARY not in capsys.readouterr().err
    assert _customers(portfolio) == ["Alfa Textile", "Beta Textile"]


def test_a_password_in_the_database_url_is_never_shown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://sam:s3cret-pw@db.example.com/crm")
    assert main(["demo"]) == ExitCode.DATABASE_UNAVAILABLE
    err = capsys.readouterr().err
    assert "s3cret-pw" not in err and "postgresql://sam:***@db.example.com/crm" in err


def test_validation_problems_are_said_in_words(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "people.csv"
    source.write_text("Company,Contact,Email\nAlfa,Anna,anna(at)alfa\n", encoding="utf-8")
    assert main(["import", "csv", str(source), "--mapping", "auto"]) == ExitCode.FAILED
    out = capsys.readouterr().out
    assert "line 2: contact.email: this is not a valid e-mail address" in out
    assert "invalid_email" not in out


def test_a_name_with_a_line_break_is_refused_in_words(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "names.csv"
    source.write_text('Company,City\n"Alfa\nSRL",Iasi\nBeta,Cluj\n', encoding="utf-8")
    assert main(["import", "csv", str(source), "--mapping", "auto"]) == ExitCode.FAILED
    out = capsys.readouterr().out
    assert "line 2: customer.name: this contains a line break" in out
    assert (
        not (data_dir / "relationdesk.sqlite3").exists()
        or _customers(data_dir / "relationdesk.sqlite3") == []
    )


def test_an_opening_failure_is_said_in_words(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "relationdesk.sqlite3").write_bytes(b"not a database at all" * 10)
    assert main(["demo"]) == ExitCode.DATABASE_UNAVAILABLE
    err = capsys.readouterr().err
    assert "is not a RelationDesk database" in err and "not_a_database" not in err


@pytest.mark.parametrize("count", ["-5", "0", "many"])
def test_demo_refuses_a_count_that_is_not_one_or_more(
    count: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["demo", "--customers", count])
    assert ended.value.code == ExitCode.USAGE
    assert "--customers" in capsys.readouterr().err
    assert not (data_dir / "relationdesk.sqlite3").exists()


def test_the_engine_hides_parameters(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = Database(data_dir / "x.sqlite3")
    try:
        assert db.engine.hide_parameters
    finally:
        db.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file")
def test_a_read_only_leftover_shm_is_said(
    portfolio: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crashed = "import os, sys; from pathlib import Path; " \
        "from relationdesk.db.connection import open_file; c = open_file(Path(sys.argv[1])); " \
        "c.execute('SELECT count(*) FROM customer').fetchall(); os._exit(9)"  # fmt: skip
    subprocess.run([sys.executable, "-c", crashed, str(portfolio)], check=False)
    shm = portfolio.with_name(portfolio.name + "-shm")
    assert shm.exists()  # left behind by the program that died
    shm.chmod(0o444)
    try:
        code = main(_commands(tmp_path)["import"])
    finally:
        shm.chmod(0o644)
    err = capsys.readouterr().err
    assert code == ExitCode.DATABASE_UNAVAILABLE, err
    assert "leftover -shm" in err and "Traceback" not in err
    assert _customers(portfolio) == ["Alfa Textile", "Beta Textile"]

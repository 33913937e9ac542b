"""`relationdesk sync` end to end: join, sync, conflicts and restore, team status; the
password only in the keychain."""

from pathlib import Path

import pytest

from relationdesk.cli import main
from relationdesk.cli.commands.sync import PASSWORD_ENV
from relationdesk.domain.customers import CustomerFields
from relationdesk.paths import DATABASE_URL_ENV
from relationdesk.services import customer_editing
from tests.team.conftest import MemoryKeyring, TeamServer
from tests.team.laptops import make_team, open_laptop


def _on(laptop_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, f"sqlite:///{laptop_dir / 'relationdesk.sqlite3'}")


def _sync(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["sync", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_join_sync_conflicts_restore_and_status(
        team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring) -> None:
    (anna,) = make_team(team_server, "anna")
    first, second = open_laptop(tmp_path / "a", anna), open_laptop(tmp_path / "b", anna)
    customer_id = customer_editing.create_customer(first.db, CustomerFields(name="Alfa"))
    first.close()
    second.close()

    _on(tmp_path / "a", monkeypatch)
    monkeypatch.setenv(PASSWORD_ENV, anna.password)
    code, out, err = _sync(["--join", anna.url], capsys)
    assert (code, err) == (0, "")
    assert out.startswith("pushed 1 change, pulled 0 changes for 1 customer, 0 conflicts kept")
    assert list(memory_keyring.passwords.values()) == [anna.password]
    monkeypatch.delenv(PASSWORD_ENV)
    for file in (tmp_path / "a").rglob("*"):  # not in the database, nor anywhere beside it
        assert anna.password.encode() not in file.read_bytes()

    _on(tmp_path / "b", monkeypatch)
    monkeypatch.setenv(PASSWORD_ENV, anna.password)
    assert _sync(["--join", anna.url], capsys)[0] == 0
    monkeypatch.delenv(PASSWORD_ENV)

    for folder, city in (("a", "Roma"), ("b", "Milano")):
        laptop = open_laptop(tmp_path / folder, anna)
        customer_editing.update_customer(laptop.db, customer_id,
                                         CustomerFields(name="Alfa", city=city))
        laptop.close()
    _on(tmp_path / "a", monkeypatch)
    assert _sync([], capsys)[0] == 0
    _on(tmp_path / "b", monkeypatch)
    code, out, _ = _sync([], capsys)
    assert code == 0 and out.strip().endswith("1 conflict kept")
    code, out, _ = _sync(["--conflicts"], capsys)
    assert code == 0 and "customer.city" in out and "'Roma'" in out and "anna" in out
    kept_id = int(out.split()[0])
    code, out, _ = _sync(["--restore", str(kept_id)], capsys)
    assert code == 0 and "Restored customer.city" in out
    assert _sync([], capsys)[0] == 0
    _on(tmp_path / "a", monkeypatch)
    assert _sync([], capsys)[0] == 0
    laptop = open_laptop(tmp_path / "a", anna)
    assert laptop.db.reader.execute("SELECT city FROM customer").fetchone()[0] == "Roma"
    laptop.close()

    code = main(["team", "status", "--server", team_server.admin_url])
    out, _ = capsys.readouterr()
    assert code == 0
    laptops = [line for line in out.splitlines() if line.startswith("anna ") and "  0" in line]
    assert len(laptops) == 2 and "never" not in laptops[0]


def test_sync_before_joining_and_a_wrong_password_say_why(
        team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (anna,) = make_team(team_server, "anna")
    _on(tmp_path / "a", monkeypatch)
    code, out, err = _sync([], capsys)
    assert code == 1 and "has not joined a team" in err and out == ""
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    code, _, err = _sync(["--join", anna.url], capsys)
    assert code == 1 and "wrong password for anna" in err
    assert len(err.strip().splitlines()) == 1

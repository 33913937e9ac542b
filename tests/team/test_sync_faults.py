"""A sync killed (SIGKILL) at any point: one more sync converges, nothing acknowledged is
lost, nothing is applied twice. The sync runs in a child process that kills itself at a
chosen point (before or after each step that commits something), and once at a random
moment in a larger push."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.services import customer_editing
from tests.team.conftest import TeamServer
from tests.team.laptops import Laptop, laptop_content, make_team, open_laptop, server_content

CHILD = """
import os, signal, sys
import keyring
from keyring.backend import KeyringBackend

class Given(KeyringBackend):
    priority = 1
    def get_password(self, service, user): return os.environ["SYNC_PASSWORD"]
    def set_password(self, service, user, password): pass
    def delete_password(self, service, user): pass

keyring.set_keyring(Given())
from relationdesk.db.schema import open_database
from relationdesk.team import replica, sync, sync_push

point = os.environ.get("KILL_AT", "")
calls = {}

def wrap(module, name):
    real = getattr(module, name)
    def step(*args, **kwargs):
        calls[name] = calls.get(name, 0) + 1
        if point == name + ":before":
            os.kill(os.getpid(), signal.SIGKILL)
        result = real(*args, **kwargs)
        if point == name + ":after" and calls[name] == 2 - (name != "upsert_rows"):
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    setattr(module, name, step)

wrap(sync_push, "apply_batch")
wrap(replica, "acknowledge")
wrap(replica, "upsert_rows")
wrap(sync, "apply_pull")
sync.run_sync(open_database(sys.argv[1]))
"""

POINTS = ("apply_batch:before", "apply_batch:after", "acknowledge:before",
          "acknowledge:after", "upsert_rows:after", "apply_pull:after")


def _child(laptop_dir: Path, password: str, kill_at: str = "") -> subprocess.Popen[bytes]:
    env = {**os.environ, "SYNC_PASSWORD": password, "KILL_AT": kill_at}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, f"sqlite:///{laptop_dir / 'relationdesk.sqlite3'}"],
        env=env, cwd=Path(__file__).resolve().parents[2], stderr=subprocess.PIPE)


def _work(laptop: Laptop, prefix: str, count: int) -> None:
    for i in range(count):
        customer_id = customer_editing.create_customer(
            laptop.db, CustomerFields(name=f"{prefix}{i}"))
        customer_editing.create_contact(laptop.db, customer_id,
                                        ContactFields(full_name=f"{prefix} Person {i}"))


def _names(server: TeamServer) -> list[str]:
    with psycopg.connect(server.admin_url) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM customer ORDER BY name")]


def _converged(server: TeamServer, first: Laptop, second: Laptop) -> None:
    first.sync()
    second.sync()
    first.sync()
    assert laptop_content(first) == laptop_content(second) == server_content(
        server, first.member, first)


@pytest.mark.parametrize("kill_at", POINTS)
def test_a_sync_killed_at_any_step_converges_at_the_next(
        team_server: TeamServer, tmp_path: Path, kill_at: str) -> None:
    (anna,) = make_team(team_server, "anna")
    first, second = open_laptop(tmp_path / "a", anna), open_laptop(tmp_path / "b", anna)
    first.join()
    second.join()
    _work(second, "B", 2)
    second.sync()  # something to pull
    _work(first, "A", 3)
    child = _child(tmp_path / "a", anna.password, kill_at)
    _, err = child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL, err.decode()
    _converged(team_server, first, second)
    assert _names(team_server) == ["A0", "A1", "A2", "B0", "B1"]  # each once
    first.close()
    second.close()


def test_a_sync_killed_at_a_random_moment_converges(
        team_server: TeamServer, tmp_path: Path) -> None:
    (anna,) = make_team(team_server, "anna")
    first, second = open_laptop(tmp_path / "a", anna), open_laptop(tmp_path / "b", anna)
    first.join()
    second.join()
    _work(first, "A", 150)
    child = _child(tmp_path / "a", anna.password)
    time.sleep(0.5 + (int.from_bytes(os.urandom(1)) / 255))  # imports, then push or pull
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=120)
    _converged(team_server, first, second)
    assert len(_names(team_server)) == 150
    first.close()
    second.close()


@pytest.mark.parametrize("cut_in", ["push", "pull"])
def test_a_connection_cut_mid_sync_changes_nothing_twice(
        team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        cut_in: str) -> None:
    from relationdesk.team import sync_pull, sync_push

    (anna,) = make_team(team_server, "anna")
    first, second = open_laptop(tmp_path / "a", anna), open_laptop(tmp_path / "b", anna)
    first.join()
    second.join()
    _work(second, "B", 2)
    second.sync()
    _work(first, "A", 3)
    module, name = (sync_push, "apply_batch") if cut_in == "push" else (sync_pull, "read")
    real = getattr(module, name)

    def cut(cur, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(cur, *args, **kwargs)
        with psycopg.connect(team_server.admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (cur.connection.info.backend_pid,))
        return result

    monkeypatch.setattr(module, name, cut)
    with pytest.raises(psycopg.OperationalError):
        first.sync()
    monkeypatch.undo()
    _converged(team_server, first, second)
    assert _names(team_server) == ["A0", "A1", "A2", "B0", "B1"]
    first.close()
    second.close()

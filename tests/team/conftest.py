"""A throw-away PostgreSQL cluster for the team tests, and a fresh database per test.

pytest-postgresql's `postgresql_proc` runs initdb as the current user, and initdb refuses
root (which CI is): so the cluster is started here, as the `postgres` system user when
we are root, with `runuser`. Password authentication over TCP (SCRAM), as on a real team
server; its socket and data live in a temporary folder removed at the end.
pytest-postgresql's DatabaseJanitor then makes and drops a database for each test.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from psycopg import sql
from pytest_postgresql.janitor import DatabaseJanitor

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "throwaway-admin-password"


@dataclass(frozen=True)
class Cluster:
    host: str
    port: int

    def url(self, user: str, password: str, dbname: str) -> str:
        return f"postgresql://{user}:{password}@{self.host}:{self.port}/{dbname}"


def _bin_dir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; under CI=true the team tests must run (see .ci/system-deps)")
    pytest.skip(f"{reason}: install Debian's postgresql to run the team tests")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bin_dir = _bin_dir()
    if bin_dir is None:
        _missing("no PostgreSQL binaries (initdb, pg_ctl) found")
    assert bin_dir is not None
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", SUPERUSER, "--"] if as_root else []
    # As root, somewhere the postgres user can reach whatever TMPDIR says.
    top = Path(tempfile.mkdtemp(prefix="relationdesk-pg-", dir="/tmp" if as_root else None))
    data = top / "data"
    data.mkdir()
    password_file = top / "pw"
    password_file.write_text(SUPERUSER_PASSWORD)
    if as_root:
        shutil.chown(top, SUPERUSER)
        shutil.chown(data, SUPERUSER)
        shutil.chown(password_file, SUPERUSER)
    port = _free_port()
    pg_ctl = [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data)]
    try:
        _run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER,
              f"--pwfile={password_file}", "--auth-host=scram-sha-256",
              "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        # Throw-away: no fsync (the tests never crash the machine, only processes).
        options = (f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={top} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        _run([*pg_ctl, "-o", options, "-l", str(top / "log"), "-w", "start"])
        yield Cluster("127.0.0.1", port)
    finally:
        subprocess.run([*pg_ctl, "-m", "fast", "-w", "stop"], capture_output=True)
        shutil.rmtree(top, ignore_errors=True)


def _run(command: list[str]) -> None:
    """Run a PostgreSQL tool; a failure shows what it said (the binaries exist, so a
    failure here is an error, never a skip)."""
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        log = Path(command[command.index("-l") + 1]) if "-l" in command else None
        detail = log.read_text() if log and log.exists() else ""
        pytest.fail(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}{detail}")


@dataclass(frozen=True)
class TeamServer:
    cluster: Cluster
    dbname: str

    @property
    def admin_url(self) -> str:
        return self.cluster.url(SUPERUSER, SUPERUSER_PASSWORD, self.dbname)

    def managed_admin_url(self) -> str:
        """An administrator as on a managed PostgreSQL: CREATEROLE and owner of the
        database, not a superuser (`DB_admin`, dropped with the database)."""
        user, password = f"{self.dbname}_admin", "managed-admin-password"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                sql.Identifier(user), sql.Literal(password)))
            conn.execute(sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                sql.Identifier(self.dbname), sql.Identifier(user)))
        return self.cluster.url(user, password, self.dbname)

    def connect_as(self, user: str, password: str) -> psycopg.Connection:
        return psycopg.connect(self.cluster.url(user, password, self.dbname), autocommit=True)


@contextmanager
def fresh_database(cluster: Cluster, dbname: str) -> Iterator[TeamServer]:
    """An empty database; afterwards it is dropped with every role made meanwhile."""
    janitor = DatabaseJanitor(user=SUPERUSER, host=cluster.host, port=cluster.port,
                              dbname=dbname, password=SUPERUSER_PASSWORD)
    janitor.init()
    try:
        yield TeamServer(cluster, dbname)
    finally:
        janitor.drop()
        admin = cluster.url(SUPERUSER, SUPERUSER_PASSWORD, "postgres")
        with psycopg.connect(admin, autocommit=True) as conn:
            group = f"{dbname}_members"
            roles = [r[0] for r in conn.execute(
                "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = %s", (group,))]
            roles += [r[0] for r in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname IN (%s, %s, %s)",
                (group, f"{dbname}_owner", f"{dbname}_admin"))]
            for role in roles:
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@pytest.fixture
def team_server(pg_cluster: Cluster, request: pytest.FixtureRequest) -> Iterator[TeamServer]:
    name = request.node.name.lower().translate(str.maketrans({c: "_" for c in "[]-. ,"}))
    with fresh_database(pg_cluster, "t_" + name[:40]) as server:
        yield server


class MemoryKeyring(KeyringBackend):
    """The system keychain, in memory: headless tests have none."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)

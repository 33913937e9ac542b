"""A throw-away PostgreSQL cluster for the team tests (cluster.py), a fresh database per
test (pytest-postgresql's DatabaseJanitor makes and drops it), an in-memory keychain.

pytest-postgresql's `postgresql_proc` runs initdb as the current user, and initdb refuses
root (which CI is): so the cluster is started by cluster.py, as the `postgres` system user
when we are root.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from psycopg import sql
from pytest_postgresql.janitor import DatabaseJanitor

from tests.team.cluster import (
    SUPERUSER,
    SUPERUSER_PASSWORD,
    Cluster,
    NoPostgreSQL,
    throwaway_cluster,
)

__all__ = ["SUPERUSER_PASSWORD", "Cluster"]


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; under CI=true the team tests must run (see .ci/system-deps)")
    pytest.skip(f"{reason}: install Debian's postgresql to run the team tests")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        with throwaway_cluster() as cluster:
            yield cluster
    except NoPostgreSQL as missing:
        _missing(str(missing))
    except RuntimeError as error:  # the binaries exist: a failure is an error, not a skip
        pytest.fail(str(error))


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

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's base class has no types
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

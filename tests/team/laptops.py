"""Laptops for the sync tests: a real SQLite file each, joined to a team server."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import psycopg

from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.team import members
from relationdesk.team.server import init_team
from relationdesk.team.sync import SyncReport, join, run_sync
from relationdesk.team.tables import DERIVED, SYNCED_TABLES, key_sql
from tests.team.conftest import TeamServer


@dataclass
class Member:
    name: str
    password: str
    url: str  # without the password, as the member types it


def make_team(server: TeamServer, *names: str, managers: tuple[str, ...] = ()) -> list[Member]:
    init_team(server.admin_url, "Sales")
    found = []
    for name in names:
        joining = members.add_member(server.admin_url, name, name in managers)
        assert joining.password is not None
        found.append(Member(name, joining.password, joining.server))
    return found


@dataclass
class Laptop:
    db: Database
    member: Member

    def join(self) -> SyncReport:
        return join(self.db, self.member.url, self.member.password)

    def sync(self) -> SyncReport:
        return run_sync(self.db)

    def close(self) -> None:
        self.db.close()


def open_laptop(folder: Path, member: Member) -> Laptop:
    folder.mkdir(parents=True, exist_ok=True)
    return Laptop(open_database(f"sqlite:///{folder / 'relationdesk.sqlite3'}"), member)


def _columns_of(db: Database, table: str) -> list[str]:
    derived = DERIVED.get(table, frozenset())
    return sorted(row[1] for row in db.reader.execute(f"PRAGMA table_info({table})")
                  if row[1] not in derived)


def laptop_content(laptop: Laptop) -> str:
    """The synced tables in a canonical order, as one hash."""
    digest = hashlib.sha256()
    for table in SYNCED_TABLES:
        names = _columns_of(laptop.db, table)
        rows = laptop.db.reader.execute(
            f"SELECT {', '.join(names)} FROM {table} ORDER BY {key_sql(table)}").fetchall()
        digest.update(repr((table, names, rows)).encode())
    return digest.hexdigest()


def server_content(server: TeamServer, member: Member, like: Laptop) -> str:
    """What the member may read on the server, hashed the same way as a laptop."""
    from relationdesk.team.replica import local_value

    digest = hashlib.sha256()
    with psycopg.connect(server.cluster.url(member.name, member.password, server.dbname)) as conn:
        for table in SYNCED_TABLES:
            names = _columns_of(like.db, table)
            rows = conn.execute(
                f"SELECT {', '.join(names)} FROM {table} ORDER BY {key_sql(table)} COLLATE \"C\""
            ).fetchall()
            converted = [tuple(local_value(v) for v in row) for row in rows]
            digest.update(repr((table, names, converted)).encode())
    return digest.hexdigest()

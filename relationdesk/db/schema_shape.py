"""The shape of a database's schema, and the shape the app's own migrations give it.

Why: a backup or a file edited by another tool can carry a trigger, view or index the
app never made (a trigger that deletes every meeting on the next import), and SQLite
runs it as faithfully as the app's own. Restore and "Check database" compare the file's
shape with the reference of its schema revision and refuse or repair what differs.

The reference is not written down by hand: it is read from a throw-away database that
the migrations build, once per process, revision by revision (so a backup of an older
schema is compared with that revision's shape, and a new migration needs no change here).
Tables are compared by their columns and foreign keys (ADD COLUMN rewrites a table's SQL
text); indexes, triggers and views by their SQL, where their behaviour lives.
"""

import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from relationdesk.db import driver
from relationdesk.db.database import Database
from relationdesk.db.schema import SCHEMA_REVISIONS, upgrade

FOREIGN = "foreign"  # in the file, not made by the app
MISSING = "missing"  # made by the app, not in the file
ALTERED = "altered"  # the same name, another definition

_lock = threading.Lock()
_references: dict[str, "Shape"] = {}


@dataclass(frozen=True)
class Item:
    """One schema object: its kind ("table", "index", "trigger", "view"), the table it
    belongs to, what it must match to be the same, and its SQL (to make it again)."""

    kind: str
    table: str
    signature: tuple[object, ...]
    sql: str | None


Shape = dict[tuple[str, str], Item]  # by (kind, name): a trigger may share a table's name


@dataclass(frozen=True)
class Difference:
    problem: str  # FOREIGN, MISSING or ALTERED
    kind: str
    name: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.name)

    def __str__(self) -> str:
        return f"{self.problem} {self.kind} {self.name}"


def shape_of(conn: sqlite3.Connection) -> Shape:
    """Every table, index, trigger and view of the main schema, as compared.

    SQLite's internal tables (sqlite_sequence, sqlite_stat1...) come and go with use.
    """
    shape: Shape = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table" and name.startswith("sqlite_"):
            continue
        text = " ".join(sql.split()) if sql else None
        if kind == "table" and not (text or "").upper().startswith("CREATE VIRTUAL"):
            signature: tuple[object, ...] = (
                tuple(conn.execute(f"PRAGMA main.table_xinfo({_quote(name)})").fetchall()),
                tuple(conn.execute(f"PRAGMA main.foreign_key_list({_quote(name)})").fetchall()),
            )
        elif kind == "index" and text is None:  # made by a UNIQUE or PRIMARY KEY
            columns = conn.execute(f"PRAGMA main.index_xinfo({_quote(name)})").fetchall()
            signature = (tuple(columns),)
        else:
            signature = (text,)
        shape[(kind, name)] = Item(kind, table, signature, sql)
    return shape


def differences(actual: Shape, expected: Shape) -> list[Difference]:
    """What sets `actual` apart from `expected`, triggers first (they are what acts)."""
    found = [Difference(FOREIGN, *key) for key in actual if key not in expected]
    found += [Difference(MISSING, *key) for key in expected if key not in actual]
    found += [
        Difference(ALTERED, *key)
        for key, item in actual.items()
        if key in expected and expected[key].signature != item.signature
    ]
    order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
    return sorted(found, key=lambda d: (order.get(d.kind, 4), d.name))


def revision_of(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except driver.OperationalError:
        return None
    return str(row[0]) if row else None


def reference_shape(revision: str) -> Shape:
    """The shape the migrations give a database at `revision` (a known one)."""
    if revision not in SCHEMA_REVISIONS:
        raise ValueError(f"unknown schema revision {revision!r}")
    with _lock:
        if not _references:
            _references.update(_build_references())
        return _references[revision]


def _build_references() -> dict[str, Shape]:
    """Migrate a throw-away file up one revision at a time, reading its shape at each."""
    references = {}
    with tempfile.TemporaryDirectory(prefix="relationdesk-schema-") as folder:
        db = Database(Path(folder) / "reference.sqlite3")
        try:
            for revision in SCHEMA_REVISIONS:
                upgrade(db, revision)
                references[revision] = shape_of(db.reader)
        finally:
            db.close()
    return references


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'

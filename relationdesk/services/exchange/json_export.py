"""The whole database as one documented JSON file (docs/export-format.md): every table,
every row, for the user's own archive, another tool, or an answer to "what do you hold
about me?". Written row by row (never one giant string), from one read snapshot,
atomically, with progress and cancel.

The texts of sensitive disclosures are left out (null, the row keeps "sensitive": true)
unless the caller asks for them explicitly."""

import base64
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from relationdesk import __version__
from relationdesk.db import driver
from relationdesk.services.exchange.exchange_files import (
    Progress,
    ProgressTicker,
    written_atomically,
)

FORMAT = "relationdesk-export"
VERSION = 1
# Not data: Alembic's bookkeeping (given as schema_revision), the search index, which
# is rebuilt from the customers and contacts, and an unsaved meeting form (its JSON would
# carry sensitive texts past the export's choice to leave them out), the team sync's
# bookkeeping (sync_state, sync_change: ids and clocks only) and the dashboard's figures
# (derived from the periods and meetings, migration 0008).
_SKIPPED = ("alembic_version", "customer_search", "meeting_draft", "sync", "dashboard")


def data_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables holding data, parents before the tables that refer to them."""
    names = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
        if not any(name == skip or name.startswith(skip + "_") for skip in _SKIPPED)
    ]
    parents = {
        name: {row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{name}")')} - {name}
        for name in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        ordered.extend(ready or [n for n in names if n not in ordered])  # a cycle: as is
    return ordered


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], str(row[2]).upper()) for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _moment(value: str) -> str:
    """Stored naive UTC text → ISO 8601 with a Z ("2026-03-02T08:30:00Z")."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value  # damaged: given as stored rather than dropped
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat() + "Z"


def _value(value: object, declared: str) -> object:
    if value is None:
        return None
    if declared == "BOOLEAN":
        return bool(value)
    if declared in ("DATETIME", "TIMESTAMP") and isinstance(value, str):
        return _moment(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _rows(
    conn: sqlite3.Connection, table: str, include_sensitive: bool
) -> Iterator[dict[str, object]]:
    columns = _columns(conn, table)
    names = ", ".join(f'"{name}"' for name, _ in columns)
    hide = table == "disclosure" and not include_sensitive
    for row in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid'):
        record = {
            name: _value(value, declared)
            for (name, declared), value in zip(columns, row, strict=True)
        }
        if hide and record.get("sensitive"):
            record["text"] = None
        yield record


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def export_json(
    conn: sqlite3.Connection,
    target: Path,
    *,
    include_sensitive: bool = False,
    on_progress: Progress | None = None,
) -> int:
    """Write the file; returns the number of rows. `on_progress(rows, total)` may answer
    False to cancel (ExportCancelled): then no file is left behind."""
    own_snapshot = not conn.in_transaction
    if own_snapshot:
        conn.execute("BEGIN")  # one consistent picture, even while the app writes
    try:
        tables = data_tables(conn)
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        ticker = ProgressTicker(on_progress, sum(counts.values()), every=500)
        with written_atomically(target, suffix=".json") as file:
            _write(file, conn, tables, counts, include_sensitive, ticker)
        return ticker.done
    finally:
        if own_snapshot:
            conn.execute("ROLLBACK")


def _schema_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except driver.OperationalError:
        return None
    return str(row[0]) if row else None


def _write(
    file: IO[str],
    conn: sqlite3.Connection,
    tables: list[str],
    counts: dict[str, int],
    include_sensitive: bool,
    ticker: ProgressTicker,
) -> None:
    header = {
        "format": FORMAT,
        "version": VERSION,
        "schema_revision": _schema_revision(conn),
        "exported_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z",
        "application": f"RelationDesk {__version__}",
        "sensitive_included": include_sensitive,
        "row_counts": counts,
    }
    file.write(_dump(header)[:-1] + ',\n"tables":{')
    for position, table in enumerate(tables):
        file.write(("," if position else "") + f"\n{_dump(table)}:[")
        for index, record in enumerate(_rows(conn, table, include_sensitive)):
            file.write(("," if index else "") + "\n" + _dump(record))
            ticker.step()
        file.write("\n]")
    file.write("\n}}\n")
    ticker.report()

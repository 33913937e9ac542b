"""Leaving no trace of deleted rows in the database file and its WAL (GDPR erasure).

A DELETE only marks pages free, and FTS5 keeps deleted entries in its segments until they
merge. So the search index is merged, VACUUM rewrites the file without free pages, and
the WAL is checkpointed into the file and truncated. While another connection holds a
read transaction, the checkpoint cannot finish and the old pages stay in the file: then
a marker beside the database says a clean-up is pending, and the next open finishes it.
The marker holds nothing (not who, not when), only its presence counts.
"""

import logging
import sqlite3
from pathlib import Path

from relationdesk.db import driver

log = logging.getLogger(__name__)


def pending_marker(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.purge-pending")


def purge_deleted_content(conn: sqlite3.Connection, db_path: Path) -> bool:
    """True when the file and its WAL hold no deleted content any more; False when
    another connection kept them from being cleaned (the clean-up is then pending)."""
    marker = pending_marker(db_path)
    marker.touch()  # first: a crash half-way leaves the clean-up pending, never forgotten
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("INSERT INTO customer_search(customer_search) VALUES ('optimize')")
    conn.execute("VACUUM")
    busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    clean = not busy and frames == copied
    if clean:
        marker.unlink(missing_ok=True)
    else:
        log.warning("Erased content is still in the database file: another connection "
                    "is reading it; the clean-up will be finished at the next start")  # fmt: skip
    return clean


def purge_pending(db_path: Path) -> bool:
    return pending_marker(db_path).exists()


def finish_pending_purge(conn: sqlite3.Connection, db_path: Path) -> bool:
    """Finish an erasure's clean-up that another reader kept from finishing; True when
    nothing is pending any more."""
    if not purge_pending(db_path):
        return True
    try:
        clean = purge_deleted_content(conn, db_path)
    except driver.Error as error:  # locked, disk full: try again at the next open
        log.warning("The pending clean-up after an erasure could not run: %s", error)
        return False
    if clean:
        log.info("Finished the clean-up left pending by an erasure")
    return clean

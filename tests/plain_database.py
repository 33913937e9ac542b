"""A database as RelationDesk made them before encryption: plain SQLite.

Tests that look for a canary in the raw bytes of the file (erasure) need one: in an
encrypted file no text is ever visible, erased or not."""

from pathlib import Path

from relationdesk.db.connection import open_file


def make_plain_database(path: Path) -> Path:
    """An empty plain SQLite file at `path` (the app then migrates it, still plain)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = open_file(path, key=None)
    try:
        conn.execute("CREATE TABLE empty (x)")  # writes the plain header
        conn.execute("DROP TABLE empty")
    finally:
        conn.close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    return path

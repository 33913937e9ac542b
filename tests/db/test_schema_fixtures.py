"""Every released schema has a fixture database; today's code must open each one and
keep its content (migrating it when the schema has moved on)."""

import shutil
from pathlib import Path

import pytest

from relationdesk.db.connection import open_file
from relationdesk.db.schema import HEAD_REVISION, SCHEMA_REVISIONS, open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = open_file(path)
    try:
        return {
            "customer": conn.execute(
                "SELECT id, name, city, notes FROM customer ORDER BY id"
            ).fetchall(),
            "contact": conn.execute(
                "SELECT id, customer_id, full_name, email FROM contact ORDER BY id"
            ).fetchall(),
        }
    finally:
        conn.close()


def test_every_revision_has_a_fixture() -> None:
    missing = [r for r in SCHEMA_REVISIONS if not (FIXTURES / f"schema_{r}.sqlite3").exists()]
    assert missing == [], "add a fixture database for each released revision"


@pytest.mark.parametrize("revision", SCHEMA_REVISIONS)
def test_fixture_opens_and_keeps_its_content(revision: str, tmp_path: Path) -> None:
    copy = tmp_path / "relationdesk.sqlite3"
    shutil.copy(FIXTURES / f"schema_{revision}.sqlite3", copy)
    before = _content(copy)
    assert before["customer"] and before["contact"]
    db = open_database(f"sqlite:///{copy}")
    try:
        version = db.reader.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == HEAD_REVISION
        hits = db.reader.execute(
            "SELECT count(*) FROM customer_search WHERE customer_search MATCH ?",
            ['"' + str(before["contact"][0][2]).split()[0] + '"*'],
        ).fetchone()[0]
        assert hits >= 1
    finally:
        db.close()
    assert _content(copy) == before
    if revision != HEAD_REVISION:
        assert list((tmp_path / "backups").glob("*.sqlite3")), "migration must back up first"
        # Every table of today's schema is there and usable after the upgrade.
        from sqlmodel import SQLModel

        conn = open_file(copy)
        for table in SQLModel.metadata.tables:
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        conn.close()

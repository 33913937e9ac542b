"""The whole database as JSON: parses, has every table, keeps sensitive texts out."""

import json
from pathlib import Path
from typing import Any

import pytest

from relationdesk.db.database import Database
from relationdesk.db.schema import HEAD_REVISION
from relationdesk.services.exchange.exchange_files import ExportCancelled
from relationdesk.services.exchange.json_export import data_tables, export_json
from tests.services.exchange_data import PERSONAL, SENSITIVE, meeting_with_disclosures

EVERY_TABLE = {
    "customer", "contact", "meeting", "meeting_attendee", "disclosure", "follow_up",
    "stage_change", "principle_rating", "ledger_entry", "commitment", "lifecycle_change",
    "recommendation", "referral", "economics_period", "tombstone",
}  # fmt: skip


def _export(db: Database, target: Path, **options: Any) -> dict[str, Any]:
    export_json(db.reader, target, **options)
    with target.open(encoding="utf-8") as file:
        return json.load(file)  # type: ignore[no-any-return]


def test_every_table_with_sensitive_texts_left_out(db: Database, tmp_path: Path) -> None:
    customer, meeting = meeting_with_disclosures(db)
    target = tmp_path / "everything.json"
    data = _export(db, target)
    assert SENSITIVE not in target.read_text(encoding="utf-8")
    assert data["format"] == "relationdesk-export" and data["version"] == 1
    assert data["schema_revision"] == HEAD_REVISION
    assert data["exported_at"].endswith("Z") and data["sensitive_included"] is False
    assert set(data["tables"]) == EVERY_TABLE
    assert {t: len(rows) for t, rows in data["tables"].items()} == data["row_counts"]
    assert list(data["tables"]).index("customer") < list(data["tables"]).index("contact")

    [company] = data["tables"]["customer"]
    assert company["id"] == customer and company["name"] == "Carpați Industrial"
    assert company["master_warning"] is False  # booleans as booleans
    [visit] = data["tables"]["meeting"]
    assert visit["id"] == meeting and visit["started_at"] == "2026-03-02T08:30:00Z"
    texts = {(d["text"], d["sensitive"]) for d in data["tables"]["disclosure"]}
    assert texts == {(PERSONAL, False), (None, True)}
    assert data["tables"]["follow_up"][0]["due_at"] == "2026-03-06T09:00:00Z"

    included = _export(db, target, include_sensitive=True)
    assert included["sensitive_included"] is True
    texts = {(d["text"], d["sensitive"]) for d in included["tables"]["disclosure"]}
    assert texts == {(PERSONAL, False), (SENSITIVE, True)}


def test_the_table_list_is_the_database_schema(db: Database) -> None:
    """A table added by a later migration is exported without touching this code."""
    assert set(data_tables(db.reader)) == EVERY_TABLE
    db.reader.execute("CREATE TABLE later_addition (id TEXT PRIMARY KEY)")
    assert "later_addition" in data_tables(db.reader)


def test_an_empty_database_and_a_cancelled_export(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "empty.json"
    data = _export(db, target)
    assert all(rows == [] for rows in data["tables"].values())
    meeting_with_disclosures(db)
    with pytest.raises(ExportCancelled):
        export_json(db.reader, target, on_progress=lambda _done, _total: False)
    assert json.loads(target.read_text(encoding="utf-8"))["row_counts"]["customer"] == 0
    assert not db.reader.in_transaction

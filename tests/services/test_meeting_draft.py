import traceback
from datetime import datetime
from pathlib import Path

import pytest

from relationdesk.db.database import Database
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    MeetingKind,
    Side,
)
from relationdesk.services import meeting_draft


def test_a_draft_round_trips_every_field() -> None:
    fields = MeetingFields(
        customer_id="c1",
        started_at=datetime(2026, 11, 20, 9, 30),
        ended_at=datetime(2026, 11, 20, 10, 15),
        kind=MeetingKind.MEAL,
        place="Brașov",
        summary="Prânz 🍲\nbun",
        next_steps="Oferta",
        attendee_ids=("p1", "p2"),
        disclosures=[
            DisclosureFields(
                Side.CUSTOMER, DisclosureDomain.PERSONAL, "family", Depth.CORE, "Divorț", True, "p1"
            )
        ],
        follow_up_due=datetime(2026, 11, 27, 9, 0),
    )
    text = meeting_draft.to_json(fields, "Carpați", datetime(2026, 11, 20, 10, 0))
    restored = meeting_draft.from_json(text)
    assert restored == (fields, "Carpați", datetime(2026, 11, 20, 10, 0))


def test_an_unreadable_draft_is_ignored() -> None:
    assert meeting_draft.from_json("{not json") is None
    assert meeting_draft.from_json('{"version": 99}') is None
    assert meeting_draft.from_json('{"version": 1, "fields": {}}') is None


def test_a_draft_that_cannot_be_written_says_why_without_its_text(db: Database) -> None:
    """A full disk (here: a page limit) must not carry the draft's text into an error
    message, and so into the log."""
    secret = "zqxdraftcanary " * 2000
    fields = MeetingFields(customer_id=None, started_at=datetime(2026, 11, 20, 9, 30),
                           summary=secret)  # fmt: skip
    with db.write() as session:  # the one pooled write connection: no page to grow into
        conn = session.connection()
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count={pages}")
    with pytest.raises(meeting_draft.DraftNotKept) as caught:
        meeting_draft.save_draft(db, fields, "Carpați", datetime(2026, 11, 20, 10, 0))
    told = "".join(traceback.format_exception(caught.value))
    assert "full" in told and "zqxdraftcanary" not in told
    assert meeting_draft.load_draft(db.reader) is None


def test_the_draft_is_kept_in_the_database(db: Database) -> None:
    fields = MeetingFields(customer_id=None, started_at=datetime(2026, 11, 20, 9, 30),
                           summary="Divorț")  # fmt: skip
    meeting_draft.save_draft(db, fields, "Carpați", datetime(2026, 11, 20, 10, 0))
    assert meeting_draft.load_draft(db.reader) == (fields, "Carpați", datetime(2026, 11, 20, 10))
    meeting_draft.clear_draft(db)
    assert meeting_draft.load_draft(db.reader) is None


def test_a_draft_stays_out_of_the_json_export(db: Database, tmp_path: Path) -> None:
    """Its sensitive texts would pass the export's choice to leave them out."""
    from relationdesk.services.exchange.json_export import export_json

    told = DisclosureFields(
        Side.CUSTOMER, DisclosureDomain.PERSONAL, "family", Depth.CORE, "zqxsecret", True, None
    )
    fields = MeetingFields(customer_id=None, started_at=datetime(2026, 11, 20, 9, 30),
                           disclosures=[told])  # fmt: skip
    meeting_draft.save_draft(db, fields, "Carpați", datetime(2026, 11, 20, 10, 0))
    export_json(db.reader, tmp_path / "all.json")
    assert "zqxsecret" not in (tmp_path / "all.json").read_text(encoding="utf-8")

"""Meetings and open follow-ups as an .ics calendar, read back with icalendar."""

from pathlib import Path

import pytest
from icalendar import Calendar

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.services import follow_ups
from relationdesk.services.exchange.exchange_files import ExportCancelled
from relationdesk.services.exchange.ics_export import export_ics
from tests.services.exchange_data import (
    ENDED,
    PERSONAL,
    SENSITIVE,
    STARTED,
    as_utc,
    meeting_with_disclosures,
)


def test_meetings_and_open_follow_ups_without_what_was_disclosed(
    db: Database, tmp_path: Path
) -> None:
    customer, meeting = meeting_with_disclosures(db)
    target = tmp_path / "calendar.ics"
    assert export_ics(db.reader, target) == (1, 1)
    raw = target.read_bytes()
    text = raw.decode("utf-8")
    assert SENSITIVE not in text and PERSONAL not in text
    assert "\r\n" in text and "BEGIN:VCALENDAR" in text

    calendar = Calendar.from_ical(raw)
    [event] = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Carpați Industrial — Visit"
    assert event.decoded("dtstart") == as_utc(STARTED)
    assert event.decoded("dtend") == as_utc(ENDED)
    assert str(event["location"]) == "Brașov, fabrica"
    assert str(event["description"]) == (
        "Vizită la fabrică; totul bine.\n\nNext steps:\nTrimitem oferta pentru linia nouă"
    )
    assert str(event["uid"]) == f"{meeting}@relationdesk"
    [todo] = calendar.walk("VTODO")
    assert str(todo["summary"]) == "Carpați Industrial: Send the offer"
    assert todo.decoded("due").isoformat() == "2026-03-06T09:00:00+00:00"

    # Done follow-ups stay out; another customer's meetings stay out of its calendar.
    [row] = follow_ups.customer_follow_ups(db.reader, customer)
    follow_ups.mark_done(db, row.id)
    other = editing.create_customer(db, CustomerFields(name="Other"))
    assert export_ics(db.reader, target) == (1, 0)
    assert export_ics(db.reader, target, customer_id=other) == (0, 0)
    assert Calendar.from_ical(target.read_bytes()).walk("VEVENT") == []


def test_a_cancelled_calendar_export_leaves_the_old_file(db: Database, tmp_path: Path) -> None:
    meeting_with_disclosures(db)
    target = tmp_path / "calendar.ics"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        export_ics(db.reader, target, on_progress=lambda _done, _total: False)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["calendar.ics"]

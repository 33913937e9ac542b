"""Meetings and open follow-ups as an iCalendar (.ics) file, through `icalendar`, for the
user's calendar program: a VEVENT per meeting (customer and kind as the title, the
summary and next steps as the description) and a VTODO per open follow-up, due when it
is due. Times are written in UTC; a calendar shows them in local time.

What was disclosed in a meeting is never part of the calendar (it is not even read
here): a calendar is synchronised to phones and servers the salesperson does not own."""

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from relationdesk import __version__
from relationdesk.services.exchange.exchange_files import (
    Progress,
    ProgressTicker,
    written_atomically,
)

DEFAULT_MEETING_LENGTH = timedelta(hours=1)  # for a meeting logged without an end
UID_DOMAIN = "relationdesk"

_MEETINGS_SQL = """
SELECT meeting.id, meeting.started_at, meeting.ended_at, meeting.kind, meeting.place,
       meeting.summary, meeting.next_steps, meeting.updated_at, customer.name
FROM meeting JOIN customer ON customer.id = meeting.customer_id
{where} ORDER BY meeting.started_at, meeting.id
"""
_FOLLOW_UPS_SQL = """
SELECT follow_up.id, follow_up.title, follow_up.due_at, follow_up.updated_at, customer.name
FROM follow_up JOIN customer ON customer.id = follow_up.customer_id
WHERE follow_up.done_at IS NULL {also} ORDER BY follow_up.due_at, follow_up.id
"""


def english_kind(kind: str) -> str:
    """The command line's word for a meeting kind ("video_call" → "Video call")."""
    return kind.replace("_", " ").capitalize()


def _utc(stored: str | None) -> datetime | None:
    """Stored moments are naive UTC text ("2026-03-01 09:30:00.000000")."""
    if not stored:
        return None
    moment = datetime.fromisoformat(stored)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _description(summary: str, next_steps: str, next_steps_label: str) -> str:
    parts = [summary.strip()]
    if next_steps.strip():
        parts.append(f"{next_steps_label}:\n{next_steps.strip()}")
    return "\n\n".join(part for part in parts if part)


def export_ics(
    conn: sqlite3.Connection,
    target: Path,
    customer_id: str | None = None,
    on_progress: Progress | None = None,
    kind_label: Callable[[str], str] = english_kind,
    next_steps_label: str = "Next steps",
) -> tuple[int, int]:
    """Write the calendar; returns (meetings, follow-ups). `on_progress(items, total)` may
    answer False to cancel (ExportCancelled): then no file is left behind."""
    from icalendar import Calendar, Event, Todo

    where, args = ("WHERE meeting.customer_id = ?", (customer_id,)) if customer_id else ("", ())
    also = "AND follow_up.customer_id = ?" if customer_id else ""
    total = sum(
        conn.execute(f"SELECT count(*) FROM {table} WHERE {condition}", args).fetchone()[0]
        for table, condition in (
            ("meeting", "customer_id = ?" if customer_id else "1"),
            ("follow_up", "done_at IS NULL" + (" AND customer_id = ?" if customer_id else "")),
        )
    )
    ticker = ProgressTicker(on_progress, total)
    now = datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//RelationDesk//RelationDesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "RelationDesk")
    meetings = follow_ups = 0
    for row_id, start, end, kind, place, summary, steps, updated, name in conn.execute(
        _MEETINGS_SQL.format(where=where), args
    ):
        starts = _utc(start) or now
        event = Event()
        event.add("uid", f"{row_id}@{UID_DOMAIN}")
        event.add("dtstamp", now)
        event.add("last-modified", _utc(updated) or now)
        event.add("dtstart", starts)
        event.add("dtend", max(_utc(end) or starts + DEFAULT_MEETING_LENGTH, starts))
        event.add("summary", f"{name} — {kind_label(kind)}")
        if place:
            event.add("location", place)
        description = _description(summary, steps, next_steps_label)
        if description:
            event.add("description", description)
        calendar.add_component(event)
        meetings += 1
        ticker.step()
    for row_id, title, due, updated, name in conn.execute(_FOLLOW_UPS_SQL.format(also=also), args):
        todo = Todo()
        todo.add("uid", f"{row_id}@{UID_DOMAIN}")
        todo.add("dtstamp", now)
        todo.add("last-modified", _utc(updated) or now)
        todo.add("summary", f"{name}: {title}")
        todo.add("due", _utc(due) or now)
        todo.add("status", "NEEDS-ACTION")
        calendar.add_component(todo)
        follow_ups += 1
        ticker.step()
    ticker.report()
    content = calendar.to_ical().decode("utf-8")
    with written_atomically(target, suffix=".ics") as file:
        file.write(content)
    return meetings, follow_ups

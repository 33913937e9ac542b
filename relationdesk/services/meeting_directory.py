"""Reading meetings for display: the customer's timeline, newest first, and one meeting
back into the form for editing. Stdlib sqlite3 on the GUI's reader connection."""

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    MeetingKind,
    Side,
)


@dataclass(frozen=True)
class DisclosureEntry:
    id: str
    side: Side
    contact_id: str | None
    contact_name: str
    domain: DisclosureDomain
    topic: str
    depth: Depth
    text: str
    sensitive: bool


@dataclass(frozen=True)
class MeetingEntry:
    id: str
    started_at: datetime
    ended_at: datetime | None
    kind: MeetingKind
    place: str
    summary: str
    next_steps: str
    attendees: tuple[tuple[str, str], ...]  # (contact id, name)
    disclosures: tuple[DisclosureEntry, ...]


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class MeetingDirectory:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def timeline(self, customer_id: str) -> list[MeetingEntry]:
        """Every meeting of the customer, newest first, with attendees and disclosures."""
        attendees: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for meeting_id, contact_id, name in self._conn.execute(
            "SELECT a.meeting_id, c.id, c.full_name FROM meeting_attendee a "
            "JOIN contact c ON c.id = a.contact_id WHERE c.customer_id = ? ORDER BY c.sort_key",
            [customer_id],
        ):
            attendees[meeting_id].append((contact_id, name))
        disclosures: dict[str, list[DisclosureEntry]] = defaultdict(list)
        for row in self._conn.execute(
            "SELECT d.meeting_id, d.id, d.side, d.contact_id, coalesce(c.full_name, ''), d.domain, "
            "d.topic, d.depth, d.text, d.sensitive FROM disclosure d "
            "LEFT JOIN contact c ON c.id = d.contact_id WHERE d.customer_id = ? "
            "ORDER BY d.rowid",
            [customer_id],
        ):
            disclosures[row[0]].append(
                DisclosureEntry(
                    row[1],
                    Side(row[2]),
                    row[3],
                    row[4],
                    DisclosureDomain(row[5]),
                    row[6],
                    Depth(row[7]),
                    row[8],
                    bool(row[9]),
                )
            )
        entries = []
        for row in self._conn.execute(
            "SELECT id, started_at, ended_at, kind, place, summary, next_steps FROM meeting "
            "WHERE customer_id = ? ORDER BY started_at DESC",
            [customer_id],
        ):
            entries.append(
                MeetingEntry(
                    row[0],
                    datetime.fromisoformat(row[1]),
                    _time(row[2]),
                    _kind(row[3]),
                    row[4],
                    row[5],
                    row[6],
                    tuple(attendees.get(row[0], ())),
                    tuple(disclosures.get(row[0], ())),
                )
            )
        return entries

    def meeting_fields(self, meeting_id: str) -> MeetingFields | None:
        """A saved meeting as the form edits it (its follow-ups are edited separately)."""
        row = self._conn.execute(
            "SELECT customer_id FROM meeting WHERE id = ?", [meeting_id]
        ).fetchone()
        if row is None:
            return None
        entry = next((m for m in self.timeline(row[0]) if m.id == meeting_id), None)
        if entry is None:
            return None
        ratings = self._conn.execute(
            "SELECT principle, rating, note FROM principle_rating WHERE meeting_id = ?",
            [meeting_id],
        ).fetchall()
        return MeetingFields(
            customer_id=row[0],
            started_at=entry.started_at,
            ended_at=entry.ended_at,
            kind=entry.kind,
            place=entry.place,
            summary=entry.summary,
            next_steps=entry.next_steps,
            attendee_ids=tuple(contact_id for contact_id, _ in entry.attendees),
            disclosures=[
                DisclosureFields(
                    d.side, d.domain, d.topic, d.depth, d.text, d.sensitive, d.contact_id
                )
                for d in entry.disclosures
            ],
            ratings={principle: int(value) for principle, value, _note in ratings},
            ratings_note=next((note for _p, _v, note in ratings if note), ""),
        )


def _kind(value: str) -> MeetingKind:
    try:
        return MeetingKind(value)
    except ValueError:
        return MeetingKind.OTHER

"""Everything the database holds about one person (GDPR access request): their contact
record, the meetings they attended, what they disclosed, their recommendation answers and
the referrals they made. As JSON (documented keys, for machines) and as data for the
readable PDF (services/reports/personal_data_report.py).

Sensitive disclosure texts are left out (text null, "sensitive": true) unless the user
asks for them explicitly: the file leaves the app."""

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from relationdesk.services.atomic_file import write_text_atomically
from relationdesk.services.errors import NotFound

FORMAT = "relationdesk-personal-data"
VERSION = 1


@dataclass(frozen=True)
class PersonalData:
    exported_at: str
    contact: dict[str, object]
    customer: dict[str, object]
    meetings: list[dict[str, object]]
    disclosures: list[dict[str, object]]
    recommendations: list[dict[str, object]]
    referrals: list[dict[str, object]]
    sensitive_included: bool


def _rows(conn: sqlite3.Connection, sql: str, params: list[object]) -> list[dict[str, object]]:
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def personal_data(
    conn: sqlite3.Connection, contact_id: str, now: datetime, include_sensitive: bool = False
) -> PersonalData:
    contacts = _rows(
        conn,
        "SELECT id, full_name, job_title, buying_role, influence, email, phone, mobile, "
        "preferred_language, notes, created_at, updated_at, customer_id FROM contact "
        "WHERE id = ?",
        [contact_id],
    )
    if not contacts:
        raise NotFound(contact_id)
    contact = contacts[0]
    customer = _rows(
        conn, "SELECT id, name, city, country FROM customer WHERE id = ?", [contact["customer_id"]]
    )[0]
    meetings = _rows(
        conn,
        "SELECT m.id, m.started_at, m.ended_at, m.kind, m.place, m.summary, m.next_steps "
        "FROM meeting m JOIN meeting_attendee a ON a.meeting_id = m.id "
        "WHERE a.contact_id = ? ORDER BY m.started_at",
        [contact_id],
    )
    disclosures = _rows(
        conn,
        "SELECT id, meeting_id, disclosed_at, domain, topic, depth, text, sensitive "
        "FROM disclosure WHERE contact_id = ? ORDER BY disclosed_at",
        [contact_id],
    )
    for disclosure in disclosures:
        disclosure["sensitive"] = bool(disclosure["sensitive"])
        if disclosure["sensitive"] and not include_sensitive:
            disclosure["text"] = None
    recommendations = _rows(
        conn,
        "SELECT id, answered_on, score, note FROM recommendation WHERE contact_id = ? "
        "ORDER BY answered_on",
        [contact_id],
    )
    referrals = _rows(
        conn,
        "SELECT f.id, f.referred_on, c.name AS referred_customer, f.note FROM referral f "
        "JOIN customer c ON c.id = f.referred_customer_id WHERE f.sponsor_contact_id = ? "
        "ORDER BY f.referred_on",
        [contact_id],
    )
    return PersonalData(
        exported_at=now.isoformat(timespec="seconds") + "Z",
        contact=contact,
        customer=customer,
        meetings=meetings,
        disclosures=disclosures,
        recommendations=recommendations,
        referrals=referrals,
        sensitive_included=include_sensitive,
    )


def write_personal_data_json(data: PersonalData, target: Path) -> None:
    """{"format", "version", "exported_at", "sensitive_included", "contact", "customer",
    "meetings", "disclosures", "recommendations", "referrals"}; moments are UTC."""
    document = {"format": FORMAT, "version": VERSION, **asdict(data)}
    write_text_atomically(
        target, lambda file: json.dump(document, file, ensure_ascii=False, indent=2)
    )

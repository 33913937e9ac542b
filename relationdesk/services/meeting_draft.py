"""An unsaved "Log meeting" form as JSON, so a crash or a closed lid loses nothing.

The draft holds what was confided (sensitive disclosures, names), so it lives in the
database's meeting_draft table, is erased with the people it names (services/erasure.py)
and is never logged. Older versions kept it in settings.ini: move_old_draft takes it out.
"""

import json
import sqlite3
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from relationdesk.db.database import Database
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    MeetingKind,
    Side,
)

if TYPE_CHECKING:
    from relationdesk.settings import Settings

VERSION = 1


class DraftNotKept(Exception):
    """The draft could not be written. Says why in a word, never what the draft holds:
    the database driver's own error would carry the draft's text into a log."""


Draft = tuple[MeetingFields, str, datetime]  # the fields, the customer's name, when saved


def save_draft(db: Database, fields: MeetingFields, customer_name: str, saved_at: datetime) -> None:
    """Keep the form as the one draft (the dialog offers one at a time)."""
    _replace(db, to_json(fields, customer_name, saved_at), fields.customer_id)


def clear_draft(db: Database) -> None:
    _replace(db, None, None)


def load_draft(conn: sqlite3.Connection) -> Draft | None:
    """The newest readable draft, None if there is none."""
    for (content,) in conn.execute(
        "SELECT content FROM meeting_draft ORDER BY updated_at DESC, rowid DESC"
    ):
        draft = from_json(content)
        if draft is not None:
            return draft
    return None


def move_old_draft(db: Database, settings: "Settings") -> bool:
    """Move a draft an older version left in settings.ini into the database, then take it
    out of the file (a readable draft only; an unreadable one just goes). True if moved."""
    from relationdesk import settings as keys

    text = settings.get(keys.MEETING_DRAFT)
    if not text:
        return False
    draft = from_json(text)
    if draft is not None:  # kept beside a draft already in the database, if any
        _replace(db, text, draft[0].customer_id, keep_others=True)
    settings.remove(keys.MEETING_DRAFT)
    settings.sync()
    return draft is not None


def _replace(
    db: Database, content: str | None, customer_id: str | None, *, keep_others: bool = False
) -> None:
    from sqlalchemy.exc import SQLAlchemyError
    from sqlmodel import delete

    from relationdesk.db.models import Customer, MeetingDraft

    try:
        with db.write() as session:
            if not keep_others:
                session.exec(delete(MeetingDraft))
            if content is None:
                return
            if customer_id is not None and session.get(Customer, customer_id) is None:
                customer_id = None  # erased meanwhile: the draft stays, without the link
            session.add(MeetingDraft(customer_id=customer_id, content=content))
    except SQLAlchemyError as error:  # its text lists the statement's values: the draft
        reason = str(getattr(error, "orig", None) or type(error).__name__)
        raise DraftNotKept(reason) from None


def to_json(fields: MeetingFields, customer_name: str, saved_at: datetime) -> str:
    data: dict[str, Any] = asdict(fields)
    for key in ("started_at", "ended_at", "follow_up_due"):
        value = data[key]
        data[key] = value.isoformat() if value else None
    data["attendee_ids"] = list(fields.attendee_ids)
    return json.dumps(
        {
            "version": VERSION,
            "customer_name": customer_name,
            "saved_at": saved_at.isoformat(),
            "fields": data,
        },
        ensure_ascii=False,
    )


def from_json(text: str) -> tuple[MeetingFields, str, datetime] | None:
    """The draft's fields, customer name and time; None if the draft is unreadable."""
    try:
        data = json.loads(text)
        if data.get("version") != VERSION:
            return None
        raw = data["fields"]
        fields = MeetingFields(
            customer_id=raw["customer_id"],
            started_at=datetime.fromisoformat(raw["started_at"]),
            ended_at=_time(raw["ended_at"]),
            kind=MeetingKind(raw["kind"]),
            place=raw["place"],
            summary=raw["summary"],
            next_steps=raw["next_steps"],
            attendee_ids=tuple(raw["attendee_ids"]),
            disclosures=[
                DisclosureFields(
                    Side(d["side"]),
                    DisclosureDomain(d["domain"]),
                    d["topic"],
                    Depth(d["depth"]),
                    d["text"],
                    bool(d["sensitive"]),
                    d["contact_id"],
                )
                for d in raw["disclosures"]
            ],
            follow_up_due=_time(raw["follow_up_due"]),
            follow_up_title=raw.get("follow_up_title", ""),
            ratings={str(k): int(v) for k, v in raw.get("ratings", {}).items()},
            ratings_note=str(raw.get("ratings_note", "")),
        )
        return fields, str(data["customer_name"]), datetime.fromisoformat(data["saved_at"])
    except (ValueError, KeyError, TypeError):
        return None


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None

"""An unsaved "Log meeting" form as JSON, so a crash or a closed lid loses nothing.

The draft lives in the user's own settings file in the data folder, like the database.
"""

import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    MeetingKind,
    Side,
)

VERSION = 1


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

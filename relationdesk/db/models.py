"""The tables, as SQLModel classes. Schema changes go through Alembic migrations only."""

import uuid
from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def new_id() -> str:
    """UUID keys let laptops and a team server create rows independently and later merge."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Every stored moment is UTC; the UI converts to local time for display."""
    return datetime.now(UTC)


class Customer(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    sort_key: str = Field(index=True)  # domain.text.fold(name): diacritic- and case-blind order
    industry: str = ""
    city: str = ""
    country: str = ""
    owner: str = ""
    notes: str = ""
    # Kept in step by the meetings and follow-ups that later capabilities add, so the list
    # can sort 20,000 customers by them without touching the meetings table.
    last_meeting_at: datetime | None = Field(default=None, index=True)
    next_follow_up_at: datetime | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Contact(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True, ondelete="CASCADE")
    full_name: str
    sort_key: str = ""
    job_title: str = ""
    buying_role: str = "other"
    influence: str = "medium"
    email: str = ""
    phone: str = ""
    mobile: str = ""
    preferred_language: str = ""
    notes: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Tombstone(SQLModel, table=True):
    """A deleted row, without any of its content, so a future sync can converge."""

    id: str = Field(default_factory=new_id, primary_key=True)
    table_name: str
    row_id: str = Field(index=True)
    deleted_at: datetime = Field(default_factory=utc_now)

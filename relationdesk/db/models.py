"""The tables, as SQLModel classes. Schema changes go through Alembic migrations only."""

import uuid
from datetime import UTC, date, datetime

from sqlmodel import Field, SQLModel


def new_id() -> str:
    """UUID keys let laptops and a team server create rows independently and later merge."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Every stored moment is UTC; the UI converts to local time for display."""
    return datetime.now(UTC)


def stored(moment: datetime) -> datetime:
    """The domain works in naive UTC; SQLModel wants it marked as UTC when writing."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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
    keep_professional: bool = False  # personal-domain prompts hidden (docs/domain.md §2)
    stay_in_touch_days: int | None = None  # None: the default from the settings
    suggested_stage: str | None = None  # cached result of domain.relationship_stage
    confirmed_stage: str | None = None  # what the salesperson confirmed or chose
    currency: str = ""  # ISO 4217, e.g. "RON"; "" until known
    lifecycle_stage: str = Field(default="prospect", index=True)  # cached: lifecycle_change
    # When the relationship began, if known from before the app (loyalty's tenure).
    customer_since: date | None = None
    # Cached by services/scores.py whenever this customer's evidence changes, so the list
    # can sort and filter 20,000 customers by them.
    reciprocity_score: float | None = None
    autonomy_score: float | None = None
    integrity_score: float | None = None
    loyalty_score: float | None = None
    equity_score: float | None = None
    health_score: float | None = None
    master_warning: bool = False
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


class Meeting(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    started_at: datetime
    ended_at: datetime | None = None
    kind: str = "visit"
    place: str = ""
    summary: str = ""
    next_steps: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class MeetingAttendee(SQLModel, table=True):
    __tablename__ = "meeting_attendee"
    meeting_id: str = Field(foreign_key="meeting.id", primary_key=True, ondelete="CASCADE")
    contact_id: str = Field(foreign_key="contact.id", primary_key=True, ondelete="CASCADE")


class Disclosure(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    meeting_id: str = Field(foreign_key="meeting.id", ondelete="CASCADE")
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    contact_id: str | None = Field(default=None, foreign_key="contact.id", ondelete="SET NULL")
    side: str
    domain: str
    topic: str
    depth: str
    text: str = ""
    sensitive: bool = False
    disclosed_at: datetime  # the meeting's start, kept here for time-window queries
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class FollowUp(SQLModel, table=True):
    __tablename__ = "follow_up"
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    meeting_id: str | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    title: str
    due_at: datetime
    done_at: datetime | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class StageChange(SQLModel, table=True):
    """The salesperson confirmed or overrode the relationship stage."""

    __tablename__ = "stage_change"
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    stage: str
    suggested_stage: str
    changed_at: datetime = Field(default_factory=utc_now)
    note: str = ""


class PrincipleRating(SQLModel, table=True):
    __tablename__ = "principle_rating"
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    meeting_id: str | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    principle: str
    rating: int
    note: str = ""
    rated_at: datetime
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class LedgerEntry(SQLModel, table=True):
    """Give and take: what one side gave the other, or a power play."""

    __tablename__ = "ledger_entry"
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    given_by: str
    kind: str
    description: str = ""
    value: float | None = None
    occurred_at: datetime
    returned_by_id: str | None = Field(
        default=None, foreign_key="ledger_entry.id", ondelete="SET NULL"
    )
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Commitment(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    made_by: str
    description: str
    made_at: datetime
    due_at: datetime | None = None
    outcome: str = "open"
    resolved_at: datetime | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class LifecycleChange(SQLModel, table=True):
    """A move on the lifecycle ladder, dated, with the reason given."""

    __tablename__ = "lifecycle_change"
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    stage: str
    previous_stage: str | None = None
    changed_on: date
    reason: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Recommendation(SQLModel, table=True):
    """A contact's answer, 0-10, to "how likely are you to recommend us?"."""

    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    contact_id: str = Field(foreign_key="contact.id", ondelete="CASCADE")
    score: int
    answered_on: date
    note: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Referral(SQLModel, table=True):
    """A customer (a sponsor) recommended us to another, who is then at least a prospect."""

    id: str = Field(default_factory=new_id, primary_key=True)
    sponsor_customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    sponsor_contact_id: str | None = Field(
        default=None, foreign_key="contact.id", ondelete="SET NULL"
    )
    referred_customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    referred_on: date
    note: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class EconomicsPeriod(SQLModel, table=True):
    """Revenue and cost-to-serve of one customer in one month or quarter, in minor units
    (cents) of the customer's currency."""

    __tablename__ = "economics_period"
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", ondelete="CASCADE")
    kind: str
    starts_on: date
    ends_on: date
    revenue: int = 0
    care_cost: int = 0
    assistance_cost: int = 0
    other_cost: int = 0
    orders: int = 0
    product_lines: int = 0
    note: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class MeetingDraft(SQLModel, table=True):
    """An unsaved "Log meeting" form (services/meeting_draft.py): kept here, with the rest
    of what was confided, so it is erased with the people it names."""

    __tablename__ = "meeting_draft"
    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str | None = Field(
        default=None, foreign_key="customer.id", index=True, ondelete="CASCADE"
    )
    content: str  # the form as JSON
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)

"""Where a relationship stands: suggested and confirmed stage, contact rhythm, drift.

Reads through the GUI's reader; changing the stage or the boundary writes through SQLModel,
imported inside those functions so reading stays cheap right after start-up.
"""

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from relationdesk.db.database import Database
from relationdesk.domain.drift import DEFAULT_DRIFT_THRESHOLDS, DriftReport, detect_drift
from relationdesk.domain.relationship_stage import (
    RelationshipStage,
    StageSuggestion,
    suggest_stage,
)
from relationdesk.domain.stay_in_touch import TouchRule, TouchStatus, touch_rule_for, touch_status
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.services.errors import ValidationFailed
from relationdesk.services.relationship_facts import disclosure_facts, meeting_facts


@dataclass(frozen=True)
class StageChangeRow:
    changed_at: datetime
    stage: RelationshipStage
    suggested_stage: RelationshipStage
    note: str


@dataclass(frozen=True)
class RelationshipView:
    suggestion: StageSuggestion
    confirmed_stage: RelationshipStage | None
    history: tuple[StageChangeRow, ...]  # newest first
    keep_professional: bool
    touch: TouchStatus
    touch_rule: TouchRule
    last_meeting_at: datetime | None
    next_follow_up_at: datetime | None
    drift: DriftReport
    stay_in_touch_days: int | None  # the customer's own interval; None: the default


def relationship_view(
    conn: sqlite3.Connection, customer_id: str, now: datetime, default_touch_days: int
) -> RelationshipView | None:
    row = conn.execute(
        "SELECT keep_professional, confirmed_stage, last_meeting_at, next_follow_up_at, "
        "stay_in_touch_days FROM customer WHERE id = ?",
        [customer_id],
    ).fetchone()
    if row is None:
        return None
    keep_professional = bool(row[0])
    last = datetime.fromisoformat(row[2]) if row[2] else None
    next_due = datetime.fromisoformat(row[3]) if row[3] else None
    since = now - timedelta(
        days=DEFAULT_DRIFT_THRESHOLDS.recent_days + DEFAULT_DRIFT_THRESHOLDS.baseline_days
    )
    disclosures = disclosure_facts(conn, customer_id, since)
    meetings = meeting_facts(conn, customer_id, since)
    history = tuple(
        StageChangeRow(
            datetime.fromisoformat(r[0]), RelationshipStage(r[1]), RelationshipStage(r[2]), r[3]
        )
        for r in conn.execute(
            "SELECT changed_at, stage, suggested_stage, note FROM stage_change "
            "WHERE customer_id = ? ORDER BY changed_at DESC",
            [customer_id],
        )
    )
    rule = touch_rule_for(row[4], default_touch_days)
    return RelationshipView(
        suggestion=suggest_stage(disclosures, meetings, now, keep_professional=keep_professional),
        confirmed_stage=RelationshipStage(row[1]) if row[1] else None,
        history=history,
        keep_professional=keep_professional,
        touch=touch_status(last, next_due, now, rule),
        touch_rule=rule,
        last_meeting_at=last,
        next_follow_up_at=next_due,
        drift=detect_drift(meetings, disclosures, now),
        stay_in_touch_days=row[4],
    )


def confirm_stage(
    db: Database,
    customer_id: str,
    stage: RelationshipStage,
    suggested: RelationshipStage,
    note: str = "",
) -> str:
    """The salesperson confirms the suggestion or chooses another stage; kept as history.
    Returns the history row's id."""
    from relationdesk.db.models import Customer, StageChange, utc_now
    from relationdesk.services.customer_editing import NotFound

    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(customer_id)
        customer.confirmed_stage = stage.value
        customer.updated_at = utc_now()
        session.add(customer)
        change = StageChange(
            customer_id=customer_id,
            stage=stage.value,
            suggested_stage=suggested.value,
            note=note.strip(),
        )
        session.add(change)
        return change.id


def withdraw_stage_confirmation(
    db: Database, customer_id: str, change_id: str, previous: str | None
) -> None:
    """Undo a confirmation: its history row goes and the stage confirmed before returns."""
    from relationdesk.db.models import Customer, StageChange, utc_now
    from relationdesk.services.customer_editing import NotFound
    from relationdesk.services.row_deletion import delete_with_tombstone, existing

    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(customer_id)
        delete_with_tombstone(session, existing(session, StageChange, change_id))
        customer.confirmed_stage = previous
        customer.updated_at = utc_now()
        session.add(customer)


def set_keep_professional(db: Database, customer_id: str, keep: bool) -> None:
    from relationdesk.db.models import Customer
    from relationdesk.services.customer_editing import NotFound
    from relationdesk.services.meeting_log import refresh_customer_summary

    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(customer_id)
        customer.keep_professional = keep
        refresh_customer_summary(session, customer)


def set_stay_in_touch_days(db: Database, customer_id: str, days: int | None) -> None:
    if days is not None and not 1 <= days <= 3650:
        raise ValueError(days)
    from relationdesk.db.models import Customer
    from relationdesk.services.customer_editing import NotFound

    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(customer_id)
        customer.stay_in_touch_days = days
        session.add(customer)


def customer_since(conn: sqlite3.Connection, customer_id: str) -> date | None:
    """The "customer since" date the user set; None when not known (or no such customer)."""
    row = conn.execute("SELECT customer_since FROM customer WHERE id = ?", [customer_id]).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def check_customer_since(since: date | None, today: date | None = None) -> None:
    """A relationship cannot begin in the future."""
    if since is not None and since > (today or date.today()):
        raise ValidationFailed([FieldError("customer_since", Problem.IN_THE_FUTURE)])


def set_customer_since(
    db: Database, customer_id: str, since: date | None, today: date | None = None
) -> None:
    """When the relationship really began, if known from before the app (loyalty's tenure
    runs from the earliest known beginning: services.relationship_facts)."""
    check_customer_since(since, today)
    from relationdesk.db.models import Customer
    from relationdesk.services.customer_editing import NotFound
    from relationdesk.services.scores import refresh_customer_scores

    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(customer_id)
        customer.customer_since = since
        session.add(customer)
        session.flush()
        refresh_customer_scores(session, customer)

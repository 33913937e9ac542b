"""Merging two customers, or two contacts of one customer, that turn out to be the same.

Everything of the other record moves to the kept one (meetings, disclosures, history,
economics per domain.merging's rules); the kept one's empty fields are filled from the
other's; the other is deleted with a tombstone; the kept customer's derived columns are
recomputed. One transaction: a refusal or a failure leaves both records as they were.
"""

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from relationdesk.db.database import Database
from relationdesk.domain.merging import (
    CONTACT_FILL_FIELDS,
    CUSTOMER_FILL_FIELDS,
    PeriodAmounts,
    fill_empty_fields,
    merged_currency,
    plan_periods,
    same_record_errors,
)
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from sqlmodel import Session

    from relationdesk.db.models import Customer, EconomicsPeriod

__all__ = [
    "NotFound",
    "ValidationFailed",
    "complete_from_import",
    "merge_contacts",
    "merge_customers",
]

# What the merge dialog counts on each side, in the order it shows them.
CUSTOMER_COUNTS: tuple[tuple[str, str], ...] = (
    ("contacts", "SELECT count(*) FROM contact WHERE customer_id = ?"),
    ("meetings", "SELECT count(*) FROM meeting WHERE customer_id = ?"),
    ("disclosures", "SELECT count(*) FROM disclosure WHERE customer_id = ?"),
    ("follow_ups", "SELECT count(*) FROM follow_up WHERE customer_id = ?"),
    ("periods", "SELECT count(*) FROM economics_period WHERE customer_id = ?"),
    (
        "history",
        "SELECT (SELECT count(*) FROM stage_change WHERE customer_id = ?1)"
        " + (SELECT count(*) FROM principle_rating WHERE customer_id = ?1)"
        " + (SELECT count(*) FROM ledger_entry WHERE customer_id = ?1)"
        " + (SELECT count(*) FROM commitment WHERE customer_id = ?1)"
        " + (SELECT count(*) FROM lifecycle_change WHERE customer_id = ?1)"
        " + (SELECT count(*) FROM recommendation WHERE customer_id = ?1)"
        " + (SELECT count(*) FROM referral"
        "    WHERE sponsor_customer_id = ?1 OR referred_customer_id = ?1)",
    ),
)
CONTACT_COUNTS: tuple[tuple[str, str], ...] = (
    ("meetings", "SELECT count(*) FROM meeting_attendee WHERE contact_id = ?"),
    ("disclosures", "SELECT count(*) FROM disclosure WHERE contact_id = ?"),
    (
        "history",
        "SELECT (SELECT count(*) FROM recommendation WHERE contact_id = ?1)"
        " + (SELECT count(*) FROM referral WHERE sponsor_contact_id = ?1)",
    ),
)


@dataclass(frozen=True)
class RecordCounts:
    """How much each side of a merge holds, for the dialog ("12 meetings")."""

    counts: tuple[tuple[str, int], ...]

    def get(self, key: str) -> int:
        return dict(self.counts).get(key, 0)


def customer_counts(conn: sqlite3.Connection, customer_id: str) -> RecordCounts:
    return RecordCounts(
        tuple((key, conn.execute(sql, [customer_id]).fetchone()[0]) for key, sql in CUSTOMER_COUNTS)
    )


def contact_counts(conn: sqlite3.Connection, contact_id: str) -> RecordCounts:
    return RecordCounts(
        tuple((key, conn.execute(sql, [contact_id]).fetchone()[0]) for key, sql in CONTACT_COUNTS)
    )


def _amounts(period: "EconomicsPeriod") -> PeriodAmounts:
    return PeriodAmounts(
        period.id,
        period.starts_on,
        period.ends_on,
        period.revenue,
        period.care_cost,
        period.assistance_cost,
        period.other_cost,
        period.orders,
        period.product_lines,
        period.note,
    )


def merge_customers(db: Database, keep_id: str, other_id: str) -> None:
    """Make `other_id` part of `keep_id`: all its rows move, then it is deleted."""
    errors = same_record_errors(keep_id, other_id)
    if errors:
        raise ValidationFailed(errors)
    from relationdesk.db.models import Customer
    from relationdesk.services.row_deletion import delete_with_tombstone, existing

    with db.write() as session:
        keep = existing(session, Customer, keep_id)
        other = existing(session, Customer, other_id)
        _merge_periods(session, keep, other)  # refuses before anything else is written
        _fill_customer(keep, other)
        _move_customer_rows(session, keep.id, other.id)
        session.flush()
        delete_with_tombstone(session, other)
        session.flush()
        _refresh_derived(session, keep)


def _merge_periods(session: "Session", keep: "Customer", other: "Customer") -> None:
    from sqlmodel import select

    from relationdesk.db.models import EconomicsPeriod, utc_now
    from relationdesk.services.row_deletion import delete_with_tombstone

    def periods(customer_id: str) -> Sequence[EconomicsPeriod]:
        return session.exec(
            select(EconomicsPeriod).where(EconomicsPeriod.customer_id == customer_id)
        ).all()

    kept, others = periods(keep.id), periods(other.id)
    currency = merged_currency(keep.currency, bool(kept), other.currency, bool(others))
    if currency is None:
        raise ValidationFailed([FieldError("currency", Problem.MERGE_CURRENCY_CONFLICT)])
    plan = plan_periods([_amounts(p) for p in kept], [_amounts(p) for p in others])
    if plan.errors:
        raise ValidationFailed(plan.errors)
    keep.currency = currency
    rows = {p.id: p for p in (*kept, *others)}
    for figures in plan.combined:
        row = rows[figures.id]
        for name in ("revenue", "care_cost", "assistance_cost", "other_cost", "orders"):
            setattr(row, name, getattr(figures, name))
        row.product_lines, row.note, row.updated_at = figures.product_lines, figures.note, utc_now()
        session.add(row)
    for period_id in plan.absorbed:
        delete_with_tombstone(session, rows[period_id])


def _fill_customer(keep: "Customer", other: "Customer") -> None:
    from relationdesk.db.models import stored, utc_now

    fields = ("industry", "city", "country", "owner", "notes")
    changes = fill_empty_fields(
        {f: getattr(keep, f) for f in fields}, {f: getattr(other, f) for f in fields}, fields[:-1]
    )
    for name, value in changes.items():
        setattr(keep, name, value)
    keep.keep_professional = keep.keep_professional or other.keep_professional
    if keep.stay_in_touch_days is None:
        keep.stay_in_touch_days = other.stay_in_touch_days
    # "Customer since" is the older record's.
    keep.created_at = min(stored(keep.created_at), stored(other.created_at))
    keep.updated_at = utc_now()


def _move_customer_rows(session: "Session", keep_id: str, other_id: str) -> None:
    from sqlalchemy import and_, or_, update
    from sqlmodel import col, select

    from relationdesk.db import models
    from relationdesk.services.row_deletion import delete_with_tombstone

    now = models.utc_now()
    # A referral between the two would become a customer referring itself: dropped.
    between = session.exec(
        select(models.Referral).where(
            or_(
                and_(
                    col(models.Referral.sponsor_customer_id) == keep_id,
                    col(models.Referral.referred_customer_id) == other_id,
                ),
                and_(
                    col(models.Referral.sponsor_customer_id) == other_id,
                    col(models.Referral.referred_customer_id) == keep_id,
                ),
            )
        )
    ).all()
    for referral in between:
        delete_with_tombstone(session, referral)
    session.flush()
    owned: tuple[Any, ...] = (
        models.Contact,
        models.Meeting,
        models.Disclosure,
        models.FollowUp,
        models.PrincipleRating,
        models.LedgerEntry,
        models.Commitment,
        models.LifecycleChange,
        models.Recommendation,
        models.EconomicsPeriod,
    )
    for model in owned:
        session.exec(
            update(model)
            .where(model.customer_id == other_id)
            .values(customer_id=keep_id, updated_at=now)
        )
    session.exec(
        update(models.StageChange)
        .where(col(models.StageChange.customer_id) == other_id)
        .values(customer_id=keep_id)
    )
    for column in ("sponsor_customer_id", "referred_customer_id"):
        session.exec(
            update(models.Referral)
            .where(getattr(models.Referral, column) == other_id)
            .values({column: keep_id, "updated_at": now})
        )


def _refresh_derived(session: "Session", keep: "Customer") -> None:
    """Stage confirmation, lifecycle stage, summary, stage suggestion and scores, from
    the merged history."""
    from sqlmodel import col, select

    from relationdesk.db.models import StageChange
    from relationdesk.services.lifecycle import refresh_cached_stage
    from relationdesk.services.meeting_log import refresh_customer_summary

    newest = session.exec(
        select(StageChange.stage)
        .where(StageChange.customer_id == keep.id)
        .order_by(col(StageChange.changed_at).desc())
        .limit(1)
    ).first()
    if newest is not None:
        keep.confirmed_stage = newest
    refresh_cached_stage(session, keep)
    refresh_customer_summary(session, keep)


def merge_contacts(db: Database, keep_id: str, other_id: str) -> None:
    """Make person `other_id` part of `keep_id` (both of one customer): attendance,
    disclosures, answers and referrals move; the other is deleted."""
    errors = same_record_errors(keep_id, other_id)
    if errors:
        raise ValidationFailed(errors)
    from sqlalchemy import update
    from sqlmodel import col, delete, select

    from relationdesk.db.models import (
        Contact,
        Customer,
        Disclosure,
        MeetingAttendee,
        Recommendation,
        Referral,
        stored,
        utc_now,
    )
    from relationdesk.services.meeting_log import refresh_customer_summary
    from relationdesk.services.row_deletion import delete_with_tombstone, existing

    with db.write() as session:
        keep = existing(session, Contact, keep_id)
        other = existing(session, Contact, other_id)
        if keep.customer_id != other.customer_id:
            raise ValidationFailed([FieldError("other", Problem.NOT_THIS_CUSTOMERS)])
        now = utc_now()
        # Both at the same meeting: the other's attendance is already the kept one's.
        both = select(MeetingAttendee.meeting_id).where(MeetingAttendee.contact_id == keep.id)
        session.exec(
            delete(MeetingAttendee).where(
                col(MeetingAttendee.contact_id) == other.id,
                col(MeetingAttendee.meeting_id).in_(both),
            )
        )
        session.exec(
            update(MeetingAttendee)
            .where(col(MeetingAttendee.contact_id) == other.id)
            .values(contact_id=keep.id)
        )
        for model, column in (
            (Disclosure, "contact_id"),
            (Recommendation, "contact_id"),
            (Referral, "sponsor_contact_id"),
        ):
            session.exec(
                update(model)
                .where(getattr(model, column) == other.id)
                .values({column: keep.id, "updated_at": now})
            )
        fields = (*CONTACT_FILL_FIELDS, "notes")
        changes = fill_empty_fields(
            {f: getattr(keep, f) for f in fields},
            {f: getattr(other, f) for f in fields},
            CONTACT_FILL_FIELDS,
        )
        for name, value in changes.items():
            setattr(keep, name, value)
        keep.created_at = min(stored(keep.created_at), stored(other.created_at))
        keep.updated_at = now
        session.add(keep)
        session.flush()
        delete_with_tombstone(session, other)
        session.flush()
        customer = session.get(Customer, keep.customer_id)
        if customer is not None:
            refresh_customer_summary(session, customer)


def complete_from_import(
    row: Any, incoming: Mapping[str, object], fields: Iterable[str] = CUSTOMER_FILL_FIELDS
) -> dict[str, object]:
    """For importers, inside their own transaction: an imported record that duplicates
    `row` (a Customer or Contact) fills its empty fields and adds its notes; returns the
    changes made (empty when the import adds nothing)."""
    from relationdesk.db.models import utc_now

    current = {name: getattr(row, name) for name in (*fields, "notes")}
    changes = fill_empty_fields(current, incoming, fields)
    for name, value in changes.items():
        setattr(row, name, value)
    if changes:
        row.updated_at = utc_now()
    return changes

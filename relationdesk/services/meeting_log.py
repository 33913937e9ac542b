"""Logging a meeting: one transaction for the meeting, its people, disclosures and follow-up.

Saving also keeps the customer's derived columns in step (last meeting, next follow-up,
suggested relationship stage), so the customer list never has to scan meetings.
"""

from datetime import datetime, timedelta

from sqlalchemy import literal_column, type_coerce
from sqlmodel import Session, col, delete, func, select

from relationdesk.db import driver
from relationdesk.db.database import Database
from relationdesk.db.models import (
    Contact,
    Customer,
    Disclosure,
    FollowUp,
    Meeting,
    MeetingAttendee,
    PrincipleRating,
    stored,
    utc_now,
)
from relationdesk.domain.meetings import MeetingFields, Side, validate_meeting
from relationdesk.domain.relationship_stage import suggest_stage
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.services.customer_editing import NotFound, ValidationFailed
from relationdesk.services.relationship_facts import disclosure_facts, meeting_facts
from relationdesk.services.row_deletion import delete_with_tombstone, existing
from relationdesk.services.scores import HISTORY_DAYS, refresh_customer_scores


def save_meeting(db: Database, fields: MeetingFields, meeting_id: str | None = None) -> str:
    """Create (or, with `meeting_id`, replace) a meeting; returns its id."""
    errors = validate_meeting(fields)
    if errors:
        raise ValidationFailed(errors)
    assert fields.customer_id is not None  # validated above
    with db.write() as session:
        customer = session.get(Customer, fields.customer_id)
        if customer is None:
            raise NotFound(fields.customer_id)
        _check_attendees(session, fields)
        if meeting_id is None:
            meeting = Meeting(customer_id=customer.id, started_at=stored(fields.started_at))
        else:
            found = session.get(Meeting, meeting_id)
            if found is None or found.customer_id != customer.id:
                raise NotFound(meeting_id)
            meeting = found
            session.exec(
                delete(MeetingAttendee).where(col(MeetingAttendee.meeting_id) == meeting.id)
            )
            session.exec(delete(Disclosure).where(col(Disclosure.meeting_id) == meeting.id))
        meeting.started_at = stored(fields.started_at)
        meeting.ended_at = stored(fields.ended_at) if fields.ended_at else None
        meeting.kind = fields.kind.value
        meeting.place = fields.place.strip()
        meeting.summary = fields.summary.strip()
        meeting.next_steps = fields.next_steps.strip()
        meeting.updated_at = utc_now()
        session.add(meeting)
        session.flush()
        for contact_id in dict.fromkeys(fields.attendee_ids):
            session.add(MeetingAttendee(meeting_id=meeting.id, contact_id=contact_id))
        for item in fields.disclosures:
            session.add(
                Disclosure(
                    meeting_id=meeting.id,
                    customer_id=customer.id,
                    contact_id=item.contact_id if item.side is Side.CUSTOMER else None,
                    side=item.side.value,
                    domain=item.domain.value,
                    topic=item.topic.strip(),
                    depth=item.depth.value,
                    text=item.text.strip(),
                    sensitive=item.sensitive,
                    disclosed_at=stored(fields.started_at),
                )
            )
        if fields.follow_up_due is not None:
            session.add(
                FollowUp(
                    customer_id=customer.id,
                    meeting_id=meeting.id,
                    title=fields.follow_up_text(),
                    due_at=stored(fields.follow_up_due),
                )
            )
        if meeting_id is not None:  # an edit replaces the meeting's ratings too
            session.exec(
                delete(PrincipleRating).where(col(PrincipleRating.meeting_id) == meeting.id)
            )
        if fields.ratings:
            from relationdesk.domain.evidence import Principle
            from relationdesk.services.evidence_log import add_ratings

            add_ratings(
                session,
                customer.id,
                {Principle(p): (value, fields.ratings_note) for p, value in fields.ratings.items()},
                fields.started_at,
                meeting.id,
            )
        session.flush()
        refresh_customer_summary(session, customer)
        return meeting.id


def delete_meeting(db: Database, meeting_id: str) -> None:
    """Delete a meeting with its disclosures; its follow-ups stay (they are the user's to-dos)."""
    with db.write() as session:
        meeting = existing(session, Meeting, meeting_id)
        customer = session.get(Customer, meeting.customer_id)
        delete_with_tombstone(session, meeting)
        session.flush()
        if customer is not None:
            refresh_customer_summary(session, customer)


def _check_attendees(session: Session, fields: MeetingFields) -> None:
    if not fields.attendee_ids:
        return
    known = set(
        session.exec(
            select(Contact.id).where(
                col(Contact.id).in_(fields.attendee_ids), Contact.customer_id == fields.customer_id
            )
        ).all()
    )
    if set(fields.attendee_ids) - known:
        raise ValidationFailed([FieldError("attendees", Problem.UNKNOWN_ATTENDEE)])


# "+due_at" keeps SQLite off ix_follow_up_open_due, which would walk every open follow-up
# of every customer in date order; this customer's own index row set is tiny.
_NOT_INDEXED_DUE_AT = type_coerce(literal_column("+follow_up.due_at"), FollowUp.due_at.type)  # type: ignore[attr-defined]


def refresh_customer_summary(
    session: Session, customer: Customer, now: datetime | None = None
) -> None:
    """Recompute the customer's derived columns from its meetings and follow-ups."""
    now = now or utc_now()
    customer.last_meeting_at = session.exec(
        select(func.max(Meeting.started_at)).where(Meeting.customer_id == customer.id)
    ).one()
    customer.next_follow_up_at = session.exec(
        select(func.min(_NOT_INDEXED_DUE_AT)).where(
            FollowUp.customer_id == customer.id, col(FollowUp.done_at).is_(None)
        )
    ).one()
    # The rules read through the transaction's own sqlite3 connection (see relationship_facts),
    # loading the history once for the stage and the scores (the stage rule windows it).
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, driver.Connection)
    moment = now.replace(tzinfo=None)
    since = moment - timedelta(days=HISTORY_DAYS)
    facts = (meeting_facts(raw, customer.id, since), disclosure_facts(raw, customer.id, since))
    customer.suggested_stage = suggest_stage(
        facts[1], facts[0], moment, keep_professional=customer.keep_professional
    ).stage.value
    session.add(customer)
    refresh_customer_scores(session, customer, facts)  # meetings feed loyalty and autonomy

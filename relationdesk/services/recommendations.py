"""Recommendation answers ("how likely are you to recommend us?", 0-10) per contact, the
NPS they give, and referrals: who recommended us to whom (docs/domain.md §4)."""

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields, validate_customer
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.nps import MAX_SCORE, MIN_SCORE, NpsSummary, nps_summary
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.services.errors import NotFound, ValidationFailed
from relationdesk.services.lifecycle import recommendation_answers

if TYPE_CHECKING:
    from sqlmodel import SQLModel


@dataclass(frozen=True)
class RecommendationRow:
    id: str
    contact_id: str
    contact_name: str
    score: int
    answered_on: date
    note: str


@dataclass(frozen=True)
class ReferralRow:
    id: str
    other_customer_id: str
    other_customer_name: str  # the referred customer, or the sponsor for one received
    contact_name: str  # who at the sponsor recommended us ("" when not known)
    referred_on: date
    note: str


@dataclass(frozen=True)
class RecommendationsView:
    answers: tuple[RecommendationRow, ...]  # newest first
    nps: NpsSummary
    referrals_given: tuple[ReferralRow, ...]
    referrals_received: tuple[ReferralRow, ...]


def recommendations_view(
    conn: sqlite3.Connection, customer_id: str, today: date
) -> RecommendationsView:
    answers = tuple(
        RecommendationRow(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]), r[5])
        for r in conn.execute(
            "SELECT r.id, r.contact_id, c.full_name, r.score, r.answered_on, r.note "
            "FROM recommendation r JOIN contact c ON c.id = r.contact_id "
            "WHERE r.customer_id = ? ORDER BY r.answered_on DESC, r.created_at DESC",
            [customer_id],
        )
    )
    return RecommendationsView(
        answers=answers,
        nps=nps_summary(recommendation_answers(conn, customer_id), today),
        referrals_given=_referrals(conn, customer_id, given=True),
        referrals_received=_referrals(conn, customer_id, given=False),
    )


def _referrals(conn: sqlite3.Connection, customer_id: str, given: bool) -> tuple[ReferralRow, ...]:
    mine, other = (
        ("sponsor_customer_id", "referred_customer_id")
        if given
        else ("referred_customer_id", "sponsor_customer_id")
    )
    return tuple(
        ReferralRow(r[0], r[1], r[2], r[3] or "", date.fromisoformat(r[4]), r[5])
        for r in conn.execute(
            f"SELECT f.id, o.id, o.name, p.full_name, f.referred_on, f.note FROM referral f "
            f"JOIN customer o ON o.id = f.{other} "
            f"LEFT JOIN contact p ON p.id = f.sponsor_contact_id "
            f"WHERE f.{mine} = ? ORDER BY f.referred_on DESC",
            [customer_id],
        )
    )


def record_recommendation(
    db: Database,
    customer_id: str,
    contact_id: str | None,
    score: int,
    answered_on: date,
    note: str = "",
    today: date | None = None,
) -> str:
    errors = []
    if contact_id is None:
        errors.append(FieldError("contact", Problem.REQUIRED))
    if not MIN_SCORE <= score <= MAX_SCORE:
        errors.append(FieldError("score", Problem.SCORE_OUT_OF_RANGE))
    if answered_on > (today or date.today()):
        errors.append(FieldError("answered_on", Problem.IN_THE_FUTURE))
    if errors:
        raise ValidationFailed(errors)
    from relationdesk.db.models import Contact, Customer, Recommendation

    with db.write() as session:
        if session.get(Customer, customer_id) is None:
            raise NotFound(customer_id)
        contact = session.get(Contact, contact_id)
        if contact is None or contact.customer_id != customer_id:
            raise ValidationFailed([FieldError("contact", Problem.NOT_THIS_CUSTOMERS)])
        answer = Recommendation(
            customer_id=customer_id,
            contact_id=contact.id,
            score=score,
            answered_on=answered_on,
            note=note.strip(),
        )
        session.add(answer)
        return answer.id


def delete_recommendation(db: Database, recommendation_id: str) -> None:
    from relationdesk.db.models import Recommendation

    _delete(db, Recommendation, recommendation_id)


def delete_referral(db: Database, referral_id: str) -> None:
    from relationdesk.db.models import Referral

    _delete(db, Referral, referral_id)


def _delete(db: Database, model: "type[SQLModel]", row_id: str) -> None:
    from relationdesk.services.row_deletion import delete_with_tombstone, existing

    with db.write() as session:
        delete_with_tombstone(session, existing(session, model, row_id))


def record_referral(
    db: Database,
    sponsor_customer_id: str,
    referred_customer_id: str | None,
    new_prospect_name: str,
    referred_on: date,
    sponsor_contact_id: str | None = None,
    note: str = "",
    today: date | None = None,
    prospect_reason: str = "",
) -> str:
    """The sponsor recommended us to another customer: an existing one, or a new prospect
    created here (in the same transaction, with its first lifecycle step)."""
    errors = []
    name = new_prospect_name.strip()
    if referred_customer_id is None:
        errors += [
            FieldError("referred", e.problem) for e in validate_customer(CustomerFields(name=name))
        ]
    elif referred_customer_id == sponsor_customer_id:
        errors.append(FieldError("referred", Problem.SAME_CUSTOMER))
    if referred_on > (today or date.today()):
        errors.append(FieldError("referred_on", Problem.IN_THE_FUTURE))
    if errors:
        raise ValidationFailed(errors)
    from relationdesk.db.models import Contact, Customer, LifecycleChange, Referral
    from relationdesk.domain.text import fold

    with db.write() as session:
        sponsor = session.get(Customer, sponsor_customer_id)
        if sponsor is None:
            raise NotFound(sponsor_customer_id)
        if sponsor_contact_id is not None:
            contact = session.get(Contact, sponsor_contact_id)
            if contact is None or contact.customer_id != sponsor_customer_id:
                raise ValidationFailed([FieldError("contact", Problem.NOT_THIS_CUSTOMERS)])
        if referred_customer_id is None:
            prospect = Customer(name=name, sort_key=fold(name), currency=sponsor.currency)
            session.add(prospect)
            session.flush()
            session.add(
                LifecycleChange(
                    customer_id=prospect.id,
                    stage=LifecycleStage.PROSPECT.value,
                    changed_on=referred_on,
                    reason=prospect_reason,  # the UI's words, e.g. "Referred by …"
                )
            )
            referred_customer_id = prospect.id
        elif session.get(Customer, referred_customer_id) is None:
            raise NotFound(referred_customer_id)
        referral = Referral(
            sponsor_customer_id=sponsor_customer_id,
            sponsor_contact_id=sponsor_contact_id,
            referred_customer_id=referred_customer_id,
            referred_on=referred_on,
            note=note.strip(),
        )
        session.add(referral)
        return referral.id

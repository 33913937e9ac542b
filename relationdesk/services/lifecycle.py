"""Where a customer stands on the lifecycle ladder, what the evidence suggests, and moving
it (kept as dated history with a reason).

Reads through the GUI's sqlite3 reader; writes through SQLModel, imported inside the
writing functions so the reading side stays cheap.
"""

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from relationdesk.db.database import Database
from relationdesk.domain.enums import LifecycleStage, is_move_down
from relationdesk.domain.lifecycle import (
    LifecycleEvidence,
    LifecycleSuggestion,
    PurchaseFact,
    suggest_lifecycle,
)
from relationdesk.domain.nps import Answer, latest_answers
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from sqlmodel import Session

    from relationdesk.db.models import Customer


@dataclass(frozen=True)
class LifecycleChangeRow:
    id: str
    changed_on: date
    stage: LifecycleStage
    previous_stage: LifecycleStage | None
    reason: str

    @property
    def moved_down(self) -> bool:
        return is_move_down(self.previous_stage, self.stage)


@dataclass(frozen=True)
class LifecycleView:
    stage: LifecycleStage
    history: tuple[LifecycleChangeRow, ...]  # newest first
    suggestion: LifecycleSuggestion


def purchase_facts(conn: sqlite3.Connection, customer_id: str) -> list[PurchaseFact]:
    return [
        PurchaseFact(date.fromisoformat(r[0]), date.fromisoformat(r[1]), r[2], r[3], r[4])
        for r in conn.execute(
            "SELECT starts_on, ends_on, revenue, orders, product_lines FROM economics_period "
            "WHERE customer_id = ? ORDER BY starts_on",
            [customer_id],
        )
    ]


def recommendation_answers(conn: sqlite3.Connection, customer_id: str) -> list[Answer]:
    return [
        Answer(r[0], r[1], date.fromisoformat(r[2]))
        for r in conn.execute(
            "SELECT contact_id, score, answered_on FROM recommendation WHERE customer_id = ?",
            [customer_id],
        )
    ]


def ladder_stages(conn: sqlite3.Connection, customer_id: str) -> frozenset[LifecycleStage]:
    """Every stage the customer was ever recorded at: now, and before and after each move."""
    stages = set()
    for row in conn.execute(
        "SELECT lifecycle_stage, NULL FROM customer WHERE id = ? "
        "UNION ALL SELECT stage, previous_stage FROM lifecycle_change WHERE customer_id = ?",
        [customer_id, customer_id],
    ):
        stages |= {LifecycleStage(value) for value in row if value}
    return frozenset(stages)


def lifecycle_evidence(
    conn: sqlite3.Connection, customer_id: str, today: date
) -> LifecycleEvidence | None:
    row = conn.execute(
        "SELECT confirmed_stage, suggested_stage, health_score, keep_professional "
        "FROM customer WHERE id = ?",
        [customer_id],
    ).fetchone()
    if row is None:
        return None
    referrals = conn.execute(
        "SELECT count(*) FROM referral WHERE sponsor_customer_id = ?", [customer_id]
    ).fetchone()[0]
    relationship = row[0] or row[1]
    return LifecycleEvidence(
        purchases=purchase_facts(conn, customer_id),
        latest_recommendations=[
            a.score for a in latest_answers(recommendation_answers(conn, customer_id), today)
        ],
        referrals_given=referrals,
        relationship=RelationshipStage(relationship) if relationship else None,
        health=row[2],
        keep_professional=bool(row[3]),
        ladder=ladder_stages(conn, customer_id),
    )


def lifecycle_history(conn: sqlite3.Connection, customer_id: str) -> tuple[LifecycleChangeRow, ...]:
    return tuple(
        LifecycleChangeRow(
            r[0],
            date.fromisoformat(r[1]),
            LifecycleStage(r[2]),
            LifecycleStage(r[3]) if r[3] else None,
            r[4],
        )
        for r in conn.execute(
            "SELECT id, changed_on, stage, previous_stage, reason FROM lifecycle_change "
            "WHERE customer_id = ? ORDER BY changed_on DESC, created_at DESC",
            [customer_id],
        )
    )


def lifecycle_view(conn: sqlite3.Connection, customer_id: str, today: date) -> LifecycleView | None:
    evidence = lifecycle_evidence(conn, customer_id, today)
    if evidence is None:
        return None
    stage_row = conn.execute(
        "SELECT lifecycle_stage FROM customer WHERE id = ?", [customer_id]
    ).fetchone()
    stage = LifecycleStage(stage_row[0])
    return LifecycleView(
        stage=stage,
        history=lifecycle_history(conn, customer_id),
        suggestion=suggest_lifecycle(stage, evidence, today),
    )


def set_lifecycle_stage(
    db: Database,
    customer_id: str,
    stage: LifecycleStage,
    changed_on: date,
    reason: str = "",
    today: date | None = None,
) -> str:
    """Move the customer to `stage` as of `changed_on` (not in the future). A back-dated
    move joins the history in its place; the current stage is the newest move's."""
    if changed_on > (today or date.today()):
        raise ValidationFailed([FieldError("changed_on", Problem.IN_THE_FUTURE)])
    from sqlmodel import col, select

    from relationdesk.db.models import Customer, LifecycleChange, utc_now

    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(customer_id)
        before = session.exec(
            select(LifecycleChange.stage)
            .where(
                LifecycleChange.customer_id == customer_id,
                col(LifecycleChange.changed_on) <= changed_on,
            )
            .order_by(
                col(LifecycleChange.changed_on).desc(), col(LifecycleChange.created_at).desc()
            )
            .limit(1)
        ).first()
        change = LifecycleChange(
            customer_id=customer_id,
            stage=stage.value,
            previous_stage=before or customer.lifecycle_stage,
            changed_on=changed_on,
            reason=reason.strip(),
        )
        session.add(change)
        session.flush()
        refresh_cached_stage(session, customer)
        customer.updated_at = utc_now()
        return change.id


def delete_lifecycle_change(db: Database, change_id: str) -> None:
    """Undo a move recorded by mistake; the stage falls back to the newest remaining."""
    from relationdesk.db.models import Customer, LifecycleChange
    from relationdesk.services.row_deletion import delete_with_tombstone, existing

    with db.write() as session:
        change = existing(session, LifecycleChange, change_id)
        customer = session.get(Customer, change.customer_id)
        delete_with_tombstone(session, change)
        session.flush()
        if customer is not None:
            refresh_cached_stage(session, customer)


def refresh_cached_stage(session: "Session", customer: "Customer") -> None:
    from sqlmodel import col, select

    from relationdesk.db.models import LifecycleChange

    newest = session.exec(
        select(LifecycleChange.stage)
        .where(LifecycleChange.customer_id == customer.id)
        .order_by(col(LifecycleChange.changed_on).desc(), col(LifecycleChange.created_at).desc())
        .limit(1)
    ).first()
    customer.lifecycle_stage = newest or LifecycleStage.PROSPECT.value
    session.add(customer)

"""Recording the principles' evidence: validated, one transaction, scores cached at once."""

from datetime import datetime, timedelta

import pytest

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.evidence import CommitmentOutcome, LedgerKind, Principle
from relationdesk.domain.evidence_rules import CommitmentFields, LedgerFields
from relationdesk.domain.meetings import MeetingFields, Side
from relationdesk.domain.validation import Problem
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log, meeting_log
from relationdesk.services.errors import ValidationFailed
from relationdesk.services.evidence_facts import ledger_rows
from relationdesk.services.scores import customer_scores

NOW = datetime.now().replace(microsecond=0)


def _count(db: Database, table: str) -> int:
    return int(db.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _ledger(
    customer: str, side: Side, kind: LedgerKind, days: int, **extra: object
) -> LedgerFields:
    fields = LedgerFields(customer, side, kind, NOW - timedelta(days=days), description=str(kind))
    for key, value in extra.items():
        setattr(fields, key, value)
    return fields


def test_bad_values_are_refused_and_nothing_is_written(db: Database) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    with pytest.raises(ValidationFailed) as caught:
        evidence_log.save_ratings(db, customer, {Principle.LOYALTY: (6, "")}, NOW)
    assert caught.value.errors[0].problem is Problem.RATING_OUT_OF_RANGE
    with pytest.raises(ValidationFailed) as caught:
        evidence_log.save_ratings(db, customer, {Principle.LOYALTY: (0, "")}, NOW)
    with pytest.raises(ValidationFailed) as caught:
        evidence_log.save_ledger_entry(
            db, _ledger(customer, Side.US, LedgerKind.CONCESSION, 1, value=-10.0)
        )
    assert caught.value.errors[0].problem is Problem.NEGATIVE_VALUE
    assert _count(db, "principle_rating") == 0 and _count(db, "ledger_entry") == 0


def test_a_return_must_come_from_the_other_side_of_the_same_customer(db: Database) -> None:
    ours = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    other = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    elsewhere = evidence_log.save_ledger_entry(
        db, _ledger(other, Side.CUSTOMER, LedgerKind.FAVOUR, 3)
    )
    same_side = evidence_log.save_ledger_entry(db, _ledger(ours, Side.US, LedgerKind.FAVOUR, 3))
    for link in (elsewhere, same_side, "no-such-entry"):
        with pytest.raises(ValidationFailed) as caught:
            evidence_log.save_ledger_entry(
                db, _ledger(ours, Side.US, LedgerKind.CONCESSION, 5, returned_by_id=link)
            )
        assert caught.value.errors[0].problem is Problem.FOREIGN_RETURN
    returner = evidence_log.save_ledger_entry(
        db, _ledger(ours, Side.CUSTOMER, LedgerKind.FAVOUR, 2)
    )
    entry = evidence_log.save_ledger_entry(
        db, _ledger(ours, Side.US, LedgerKind.CONCESSION, 5, returned_by_id=returner)
    )
    row = next(r for r in ledger_rows(db.reader, ours) if r.id == entry)
    assert row.returned_by_id == returner
    evidence_log.delete_ledger_entry(db, returner)  # the link goes with it, the entry stays
    row = next(r for r in ledger_rows(db.reader, ours) if r.id == entry)
    assert row.returned_by_id is None


def test_scores_are_cached_when_evidence_changes(db: Database) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    # One rating a day old weighs just under 1: not yet enough evidence on its own.
    for days in (1, 2):
        evidence_log.save_ratings(
            db,
            customer,
            {principle: (5, "") for principle in Principle},
            NOW - timedelta(days=days),
        )
    row = db.reader.execute(
        "SELECT reciprocity_score, health_score, master_warning FROM customer"
    ).fetchone()
    assert row[0] == pytest.approx(100.0) and row[1] == pytest.approx(100.0) and row[2] == 0
    evidence_log.save_ledger_entry(db, _ledger(customer, Side.US, LedgerKind.CONCESSION, 2))
    lowered = db.reader.execute("SELECT reciprocity_score FROM customer").fetchone()[0]
    assert lowered < 100.0


def test_the_master_client_pattern_is_flagged(db: Database) -> None:
    customer = editing.create_customer(db, CustomerFields(name="PT Maju Jaya"))
    for days, kind in (
        (10, LedgerKind.CONCESSION),
        (20, LedgerKind.EXTRA_WORK),
        (30, LedgerKind.RISK_ACCEPTED),
        (40, LedgerKind.CONCESSION),
    ):
        evidence_log.save_ledger_entry(db, _ledger(customer, Side.US, kind, days))
    evidence_log.save_ledger_entry(db, _ledger(customer, Side.CUSTOMER, LedgerKind.RISK_SHIFTED, 5))
    evidence_log.save_ledger_entry(
        db, _ledger(customer, Side.CUSTOMER, LedgerKind.ONE_SIDED_DEMAND, 8)
    )
    scores = customer_scores(db.reader, customer)
    assert scores is not None and scores.master_client.applies
    assert db.reader.execute("SELECT master_warning FROM customer").fetchone()[0] == 1


def test_commitments_and_meeting_ratings(db: Database) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Carpați"))
    promise = evidence_log.save_commitment(
        db,
        CommitmentFields(
            customer,
            Side.CUSTOMER,
            "Plătesc factura",
            NOW - timedelta(days=20),
            NOW - timedelta(days=10),
            CommitmentOutcome.OPEN,
        ),
    )
    evidence_log.save_commitment(
        db,
        CommitmentFields(
            customer,
            Side.CUSTOMER,
            "Plătesc factura",
            NOW - timedelta(days=20),
            NOW - timedelta(days=10),
            CommitmentOutcome.BROKEN,
        ),
        promise,
    )
    row = db.reader.execute(
        "SELECT outcome, resolved_at, integrity_score FROM commitment "
        "JOIN customer ON customer.id = commitment.customer_id"
    ).fetchone()
    assert row[0] == "broken" and row[1] is not None
    assert row[2] is None, "one broken promise is not yet enough evidence to score on"
    evidence_log.save_commitment(
        db,
        CommitmentFields(
            customer,
            Side.CUSTOMER,
            "Confirmă comanda",
            NOW - timedelta(days=15),
            NOW - timedelta(days=5),
            CommitmentOutcome.BROKEN,
        ),
    )
    score = db.reader.execute("SELECT integrity_score FROM customer").fetchone()[0]
    assert score == pytest.approx(0.0)
    meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=NOW - timedelta(days=1),
            ratings={Principle.INTEGRITY.value: 4, Principle.LOYALTY.value: 5},
        ),
    )
    assert _count(db, "principle_rating") == 2
    with pytest.raises(ValidationFailed):
        meeting_log.save_meeting(
            db,
            MeetingFields(
                customer_id=customer, started_at=NOW, ratings={Principle.EQUITY.value: 9}
            ),
        )
    assert _count(db, "meeting") == 1, "the refused rating took its meeting with it"

"""Issue 19 through the real services on a SQLite file: the relationship's real beginning
(tenure), the ladder as evidence of buying, and the "keep it professional" boundary."""

from datetime import UTC, date, datetime, timedelta

import pytest

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.evidence import Principle
from relationdesk.domain.lifecycle import met_conditions
from relationdesk.domain.meetings import MeetingFields
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.domain.validation import Problem
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.services.errors import ValidationFailed
from relationdesk.services.lifecycle import (
    lifecycle_evidence,
    lifecycle_view,
    set_lifecycle_stage,
)
from relationdesk.services.recommendations import record_recommendation, record_referral
from relationdesk.services.relationship_facts import relationship_start
from relationdesk.services.relationship_view import (
    confirm_stage,
    customer_since,
    set_customer_since,
    set_keep_professional,
)
from relationdesk.services.scores import customer_scores

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
TODAY = NOW.date()


def _tenure(db: Database, customer_id: str) -> float:
    scores = customer_scores(db.reader, customer_id, NOW)
    assert scores is not None
    loyalty = scores.scorecard.get(Principle.LOYALTY)
    return next(c.points for c in loyalty.contributions if c.label_code == "tenure")


def test_a_ten_year_customer_typed_in_today_keeps_its_tenure(db: Database) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    meeting_log.save_meeting(
        db, MeetingFields(customer_id=customer, started_at=NOW - timedelta(days=3))
    )
    assert _tenure(db, customer) < 1  # from the first meeting: three days
    # The salesperson knows: a customer since 2016.
    set_customer_since(db, customer, date(2016, 4, 1))
    assert customer_since(db.reader, customer) == date(2016, 4, 1)
    assert _tenure(db, customer) == 100
    cached = db.reader.execute("SELECT loyalty_score FROM customer").fetchone()[0]
    assert cached == pytest.approx(
        customer_scores(db.reader, customer, NOW).scorecard.get(Principle.LOYALTY).score, abs=0.5  # type: ignore[union-attr]  # the customer is there
    )
    # Not known any more: a back-dated lifecycle move still tells when it began.
    set_customer_since(db, customer, None)
    set_lifecycle_stage(db, customer, LifecycleStage.TESTER, TODAY - timedelta(days=730))
    assert relationship_start(db.reader, customer) == datetime.combine(
        TODAY - timedelta(days=730), datetime.min.time()
    )
    assert 49 <= _tenure(db, customer) <= 51


def test_customer_since_cannot_be_in_the_future(db: Database) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    with pytest.raises(ValidationFailed) as caught:
        set_customer_since(db, customer, TODAY + timedelta(days=1), today=TODAY)
    assert caught.value.errors[0].problem is Problem.IN_THE_FUTURE
    assert customer_since(db.reader, customer) is None


def test_a_patron_friend_promoter_who_referred_us_is_suggested_sponsor_champion(
    db: Database,
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Greco Meccanica"))
    set_lifecycle_stage(db, customer, LifecycleStage.PATRON_FRIEND, TODAY, "da anni")
    # Nothing in the economics; no referral yet: the tab says what is missing.
    view = lifecycle_view(db.reader, customer, TODAY)
    assert view is not None and not view.suggestion.is_move_up
    assert view.suggestion.next_stage is LifecycleStage.SPONSOR_CHAMPION
    assert view.suggestion.missing == ("promoter", "referral")
    contact = editing.create_contact(db, customer, ContactFields(full_name="Marco Greco"))
    record_recommendation(db, customer, contact, 10, TODAY)
    for name in ("Officine Bianchi", "Mancini & Figli"):
        record_referral(db, customer, None, name, TODAY)
    view = lifecycle_view(db.reader, customer, TODAY)
    assert view is not None and view.suggestion.is_move_up
    assert view.suggestion.stage is LifecycleStage.SPONSOR_CHAMPION
    assert view.suggestion.reasons == ("first_order_ladder", "promoter", "referral")


def test_keep_it_professional_reaches_the_lifecycle_rules(db: Database) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Wright & Sons"))
    confirm_stage(
        db, customer, RelationshipStage.COLLABORATIVE_PARTNER, RelationshipStage.BUSINESS_PARTNER
    )
    before = lifecycle_evidence(db.reader, customer, TODAY)
    assert before is not None and not before.keep_professional
    set_keep_professional(db, customer, True)
    after = lifecycle_evidence(db.reader, customer, TODAY)
    assert after is not None and after.keep_professional
    assert after.relationship is RelationshipStage.COLLABORATIVE_PARTNER
    assert "personal_partnership" in met_conditions(after, TODAY)
    assert "personal_partnership" not in met_conditions(before, TODAY)

"""The lifecycle suggestion rules (seed 004): each move and its reasons."""

from datetime import date

from relationdesk.domain.enums import LifecycleStage, is_move_down
from relationdesk.domain.lifecycle import LifecycleEvidence, PurchaseFact, suggest_lifecycle
from relationdesk.domain.relationship_stage import RelationshipStage

TODAY = date(2026, 11, 23)


def _month(month: int, revenue: int = 1000, orders: int = 1, lines: int = 1) -> PurchaseFact:
    start = date(2026, month, 1)
    end = date(2026, month, 28)
    return PurchaseFact(start, end, revenue, orders, lines)


def _evidence(
    purchases: list[PurchaseFact],
    recommendations: tuple[int, ...] = (),
    referrals: int = 0,
    personal: bool = False,
    health: float | None = None,
) -> LifecycleEvidence:
    stage = RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER if personal else None
    return LifecycleEvidence(purchases, recommendations, referrals, stage, health)


def test_nothing_bought_stays_prospect() -> None:
    suggestion = suggest_lifecycle(LifecycleStage.PROSPECT, _evidence([]), TODAY)
    assert suggestion.stage is LifecycleStage.PROSPECT and not suggestion.is_move_up


def test_first_order_suggests_tester() -> None:
    suggestion = suggest_lifecycle(LifecycleStage.PROSPECT, _evidence([_month(10)]), TODAY)
    assert (suggestion.stage, suggestion.reasons) == (LifecycleStage.TESTER, ("first_order",))
    assert suggestion.is_move_up


def test_revenue_without_an_order_count_is_one_order() -> None:
    purchase = _month(10, orders=0)
    assert purchase.order_count == 1
    assert _month(10, revenue=0, orders=0).order_count == 0


def test_repeat_orders_in_two_periods_suggest_buyer() -> None:
    one_big_month = _evidence([_month(10, orders=3)])
    assert suggest_lifecycle(LifecycleStage.TESTER, one_big_month, TODAY).stage is (
        LifecycleStage.TESTER
    )
    two_months = _evidence([_month(9), _month(10)])
    assert suggest_lifecycle(LifecycleStage.TESTER, two_months, TODAY).stage is (
        LifecycleStage.BUYER
    )


def test_regular_wide_range_buying_suggests_account() -> None:
    regular = [_month(m, lines=4) for m in (7, 8, 9, 10)]
    suggestion = suggest_lifecycle(LifecycleStage.BUYER, _evidence(regular), TODAY)
    assert suggestion.stage is LifecycleStage.ACCOUNT
    assert suggestion.reasons == ("regular_buying", "wide_range")
    narrow = [_month(m, lines=1) for m in (7, 8, 9, 10)]
    assert suggest_lifecycle(LifecycleStage.BUYER, _evidence(narrow), TODAY).stage is (
        LifecycleStage.BUYER
    )
    long_ago = [PurchaseFact(date(2025, m, 1), date(2025, m, 28), 1000, 1, 5) for m in (1, 2, 3, 4)]
    assert suggest_lifecycle(LifecycleStage.BUYER, _evidence(long_ago), TODAY).stage is (
        LifecycleStage.BUYER
    )


def test_a_quarter_counts_for_each_of_its_months() -> None:
    quarters = [
        PurchaseFact(date(2026, 7, 1), date(2026, 9, 30), 9000, 3, 4),
        PurchaseFact(date(2026, 10, 1), date(2026, 12, 31), 9000, 3, 4),
    ]
    assert suggest_lifecycle(LifecycleStage.BUYER, _evidence(quarters), TODAY).stage is (
        LifecycleStage.ACCOUNT
    )


def test_personal_partnership_and_health_make_patron_friend() -> None:
    regular = [_month(m, lines=4) for m in (7, 8, 9, 10)]
    evidence = _evidence(regular, personal=True, health=75)
    assert suggest_lifecycle(LifecycleStage.ACCOUNT, evidence, TODAY).stage is (
        LifecycleStage.PATRON_FRIEND
    )
    weak = _evidence(regular, personal=True, health=60)
    assert suggest_lifecycle(LifecycleStage.ACCOUNT, weak, TODAY).stage is LifecycleStage.ACCOUNT


def test_promoter_with_referral_suggests_sponsor_champion() -> None:
    evidence = _evidence([_month(10)], recommendations=(6, 10), referrals=1)
    suggestion = suggest_lifecycle(LifecycleStage.BUYER, evidence, TODAY)
    assert suggestion.stage is LifecycleStage.SPONSOR_CHAMPION
    no_referral = _evidence([_month(10)], recommendations=(10,))
    assert suggest_lifecycle(LifecycleStage.BUYER, no_referral, TODAY).stage is (
        LifecycleStage.TESTER
    )
    passive = _evidence([_month(10)], recommendations=(8,), referrals=2)
    assert suggest_lifecycle(LifecycleStage.BUYER, passive, TODAY).stage is LifecycleStage.TESTER


def test_never_proposes_a_move_down_or_for_a_former_customer() -> None:
    evidence = _evidence([_month(10)])
    assert not suggest_lifecycle(LifecycleStage.ACCOUNT, evidence, TODAY).is_move_up
    assert not suggest_lifecycle(LifecycleStage.FORMER, evidence, TODAY).is_move_up


def test_move_down() -> None:
    assert is_move_down(LifecycleStage.ACCOUNT, LifecycleStage.BUYER)
    assert is_move_down(LifecycleStage.TESTER, LifecycleStage.FORMER)
    assert not is_move_down(LifecycleStage.BUYER, LifecycleStage.ACCOUNT)
    assert not is_move_down(None, LifecycleStage.PROSPECT)

from datetime import datetime, timedelta

import pytest

from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFact,
    MeetingFact,
    Side,
)
from relationdesk.domain.relationship_stage import (
    CODES,
    RelationshipStage,
    StageThresholds,
    suggest_stage,
    summarize_domain,
)

NOW = datetime(2026, 6, 1)
BUSINESS = DisclosureDomain.BUSINESS
PERSONAL = DisclosureDomain.PERSONAL
C, US = Side.CUSTOMER, Side.US
P, MID, K = Depth.PERIPHERAL, Depth.INTERMEDIATE, Depth.CORE


def d(
    days_ago: float, side: Side, domain: DisclosureDomain, topic: str, depth: Depth
) -> DisclosureFact:
    return DisclosureFact(NOW - timedelta(days=days_ago), side, domain, topic, depth)


def collaborative_evidence(days_ago: float = 10) -> list[DisclosureFact]:
    """Three business topics, both sides at intermediate, perfectly balanced."""
    return [
        d(days_ago, C, BUSINESS, "strategy", MID),
        d(days_ago, US, BUSINESS, "products", MID),
        d(days_ago, C, BUSINESS, "finances", P),
        d(days_ago, US, BUSINESS, "strategy", P),
    ]


def personal_evidence(days_ago: float = 10) -> list[DisclosureFact]:
    return [
        d(days_ago, C, PERSONAL, "family", MID),
        d(days_ago, US, PERSONAL, "hobbies", K),
    ]


def test_stage_order() -> None:
    assert [s.order for s in RelationshipStage] == [1, 2, 3]


def test_no_evidence_at_all() -> None:
    s = suggest_stage([], [], NOW)
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.balance == 0.0
    assert s.collaboration_signals == 0
    assert s.business.breadth == 0 and s.business.shallowest_of_deepest is None
    assert s.met == ()
    assert s.missing == (
        "business_breadth",
        "business_depth_both_sides",
        "collaboration_signals",
        "balance",
    )


def test_business_to_collaborative() -> None:
    s = suggest_stage(collaborative_evidence(), [], NOW)
    assert s.stage is RelationshipStage.COLLABORATIVE_PARTNER
    assert s.balance == 1.0
    assert s.business.topics == {"strategy", "products", "finances"}
    assert s.business.customer_topics == {"strategy", "finances"}
    assert s.business.our_topics == {"products", "strategy"}
    assert s.business.deepest_customer is MID and s.business.deepest_ours is MID
    # The next stage up is personal: collaborative conditions met, personal ones missing.
    assert s.met == ("business_breadth", "business_depth_both_sides", "balance")
    assert s.missing == ("personal_breadth", "personal_depth_both_sides")


def test_collaborative_to_personal() -> None:
    s = suggest_stage(collaborative_evidence() + personal_evidence(), [], NOW)
    assert s.stage is RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER
    assert s.personal.shallowest_of_deepest is MID
    assert s.met == (
        "business_breadth",
        "business_depth_both_sides",
        "balance",
        "personal_breadth",
        "personal_depth_both_sides",
    )
    assert s.missing == ()


def test_stage_falls_back_as_evidence_ages_out() -> None:
    evidence = collaborative_evidence(days_ago=100) + personal_evidence(days_ago=170)
    assert suggest_stage(evidence, [], NOW).stage is (
        RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER
    )
    later = NOW + timedelta(days=11)  # personal evidence now 181 days old
    assert suggest_stage(evidence, [], later).stage is RelationshipStage.COLLABORATIVE_PARTNER
    much_later = NOW + timedelta(days=81)  # business evidence now 181 days old
    s = suggest_stage(evidence, [], much_later)
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.business.breadth == 0


def test_window_boundary_is_inclusive_and_future_ignored() -> None:
    on_edge = suggest_stage(collaborative_evidence(days_ago=180), [], NOW)
    assert on_edge.stage is RelationshipStage.COLLABORATIVE_PARTNER
    just_past = suggest_stage(collaborative_evidence(days_ago=180.001), [], NOW)
    assert just_past.stage is RelationshipStage.BUSINESS_PARTNER
    future = suggest_stage(collaborative_evidence(days_ago=-1), [], NOW)
    assert future.stage is RelationshipStage.BUSINESS_PARTNER


def test_very_old_evidence_ignored() -> None:
    s = suggest_stage(
        collaborative_evidence(days_ago=2000) + personal_evidence(days_ago=2000),
        [MeetingFact(NOW - timedelta(days=2000), has_next_steps=True)] * 3,
        NOW,
    )
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.collaboration_signals == 0 and s.balance == 0.0


def test_business_breadth_boundary() -> None:
    two_topics = [*collaborative_evidence()[:2], d(10, C, BUSINESS, "STRATEGY ", P)]
    s = suggest_stage(two_topics, [], NOW)
    assert s.business.breadth == 2  # topics compare case-blind
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.missing == ("business_breadth",)


def test_depth_must_be_reached_by_each_side() -> None:
    evidence = [
        d(10, C, BUSINESS, "strategy", K),
        d(10, US, BUSINESS, "products", P),
        d(10, US, BUSINESS, "finances", P),
    ]
    s = suggest_stage(evidence, [], NOW)
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.business.shallowest_of_deepest is P
    assert not s.business.depth_reached_by_both(MID)
    assert s.missing == ("business_depth_both_sides", "collaboration_signals")


def test_collaboration_signals_stand_in_for_depth() -> None:
    shallow = [
        d(10, C, BUSINESS, "strategy", P),
        d(10, US, BUSINESS, "products", P),
        d(10, C, BUSINESS, "finances", P),
    ]
    one = [MeetingFact(NOW - timedelta(days=5), has_next_steps=True)]
    two = [*one, MeetingFact(NOW - timedelta(days=50), has_next_steps=True)]
    without_steps = [MeetingFact(NOW - timedelta(days=6))] * 5
    s = suggest_stage(shallow, one + without_steps, NOW)
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.collaboration_signals == 1
    s = suggest_stage(shallow, two + without_steps, NOW)
    assert s.stage is RelationshipStage.COLLABORATIVE_PARTNER
    assert s.collaboration_signals == 2
    assert s.met == ("business_breadth", "collaboration_signals", "balance")
    assert "business_depth_both_sides" not in s.missing


def test_signals_listed_as_met_alongside_depth() -> None:
    meetings = [MeetingFact(NOW - timedelta(days=n), has_next_steps=True) for n in (1, 2)]
    s = suggest_stage(collaborative_evidence(), meetings, NOW)
    assert s.met[:4] == (
        "business_breadth",
        "business_depth_both_sides",
        "collaboration_signals",
        "balance",
    )


def test_one_sided_disclosure_capped_by_balance() -> None:
    customer_talks = [
        d(10, C, BUSINESS, topic, K) for topic in ("strategy", "finances", "problems", "people")
    ]
    customer_talks += personal_evidence()[:1] * 3  # 7 customer disclosures in all
    ours = [d(10, US, BUSINESS, "products", MID), d(10, US, PERSONAL, "hobbies", MID)]
    s = suggest_stage(customer_talks + ours, [], NOW)
    assert s.balance == pytest.approx(2 / 7)
    assert s.stage is RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER
    # One more customer disclosure: 2/8 = 0.25 exactly, still enough.
    s = suggest_stage([*customer_talks, customer_talks[0], *ours], [], NOW)
    assert s.balance == 0.25
    assert s.stage is RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER
    # Two more: 2/9 < 0.25, capped at business partner despite depth and breadth.
    s = suggest_stage([*customer_talks, *customer_talks[:2], *ours], [], NOW)
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.missing == ("balance",)


def test_only_one_side_discloses() -> None:
    s = suggest_stage(
        [d(10, C, BUSINESS, t, K) for t in ("strategy", "finances", "problems")], [], NOW
    )
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.balance == 0.0
    assert not s.business.both_sides
    assert s.business.deepest_ours is None and s.business.shallowest_of_deepest is None
    assert s.missing == ("business_depth_both_sides", "collaboration_signals", "balance")


def test_keep_professional_stays_collaborative() -> None:
    evidence = collaborative_evidence() + personal_evidence()
    s = suggest_stage(evidence, [], NOW, keep_professional=True)
    assert s.stage is RelationshipStage.COLLABORATIVE_PARTNER
    assert s.keep_professional
    assert "kept_professional" in s.met
    assert s.missing == ()
    bare = suggest_stage(collaborative_evidence(), [], NOW, keep_professional=True)
    assert bare.stage is RelationshipStage.COLLABORATIVE_PARTNER
    assert bare.met == (
        "business_breadth",
        "business_depth_both_sides",
        "balance",
        "kept_professional",
    )
    assert bare.missing == ()


def test_keep_professional_below_collaborative() -> None:
    s = suggest_stage([], [], NOW, keep_professional=True)
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.met == ("kept_professional",)
    assert not {"personal_breadth", "personal_depth_both_sides"} & set(s.missing)


def test_personal_thresholds_boundaries() -> None:
    one_topic = [d(10, C, PERSONAL, "family", K), d(10, US, PERSONAL, "Family", K)]
    s = suggest_stage(collaborative_evidence() + one_topic, [], NOW)
    assert s.stage is RelationshipStage.COLLABORATIVE_PARTNER
    assert s.missing == ("personal_breadth",)
    shallow = [d(10, C, PERSONAL, "family", P), d(10, US, PERSONAL, "hobbies", K)]
    s = suggest_stage(collaborative_evidence() + shallow, [], NOW)
    assert s.missing == ("personal_depth_both_sides",)


def test_custom_thresholds() -> None:
    strict = StageThresholds(window_days=5, collaborative_min_business_depth=Depth.CORE)
    s = suggest_stage(collaborative_evidence(days_ago=3), [], NOW, thresholds=strict)
    assert s.stage is RelationshipStage.BUSINESS_PARTNER
    assert s.window_days == 5
    with pytest.raises(ValueError):
        StageThresholds(min_balance=1.5)


def test_summary_counts_per_side_and_domain() -> None:
    summary = summarize_domain(collaborative_evidence() + personal_evidence(), PERSONAL)
    assert (summary.count_customer, summary.count_ours) == (1, 1)
    assert summary.both_sides and summary.breadth == 2
    assert summary.depth_reached_by_both(MID) and not summary.depth_reached_by_both(K)


def test_codes_are_documented() -> None:
    import relationdesk.domain.relationship_stage as module

    assert module.__doc__ is not None
    for code in CODES:
        assert f"``{code}``" in module.__doc__

"""The rules of a merge: which fields the kept record takes, and the economics."""

from dataclasses import asdict
from datetime import date

from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.enums import BuyingRole
from relationdesk.domain.merging import (
    CONTACT_FILL_FIELDS,
    NOTES_SEPARATOR,
    PeriodAmounts,
    add_periods,
    conflicting_fields,
    fill_empty_fields,
    merged_currency,
    merged_notes,
    plan_periods,
    same_record_errors,
)
from relationdesk.domain.validation import FieldError, Problem


def test_empty_fields_take_the_others_value_and_filled_ones_stay() -> None:
    kept = asdict(CustomerFields(name="Carpați", city="Brașov", industry=""))
    other = asdict(CustomerFields(name="Carpati SRL", city="Cluj", industry="Metal", owner="Ana"))
    assert fill_empty_fields(kept, other) == {"industry": "Metal", "owner": "Ana"}
    assert conflicting_fields(kept, other) == ["city"]


def test_blank_values_count_as_empty_and_same_values_are_no_conflict() -> None:
    kept = {"city": "  ", "owner": "ana"}
    other = {"city": "Iași", "owner": "Ana"}
    assert fill_empty_fields(kept, other, ("city", "owner"), notes_field=None) == {"city": "Iași"}
    assert conflicting_fields(kept, other, ("city", "owner")) == []


def test_notes_are_appended_after_a_separator_never_lost() -> None:
    both = merged_notes("Pays late", "Likes football")
    assert both == f"Pays late{NOTES_SEPARATOR}Likes football"
    assert merged_notes("", "Likes football") == "Likes football"
    assert merged_notes("Pays late", "") == "Pays late"
    assert merged_notes("Pays late. Likes football", "Likes football") == (
        "Pays late. Likes football"
    )
    changes = fill_empty_fields({"notes": "a"}, {"notes": "b"}, ())
    assert changes == {"notes": f"a{NOTES_SEPARATOR}b"}
    assert fill_empty_fields({"notes": "a"}, {"notes": "a"}, ()) == {}


def test_a_contacts_default_buying_role_counts_as_empty() -> None:
    kept = asdict(ContactFields(full_name="Ana", email="ana@alfa.ro"))
    other = asdict(
        ContactFields(
            full_name="Ana Pop",
            email="ana.pop@alfa.ro",
            phone="+40 268 123 456",
            buying_role=BuyingRole.DECISION_MAKER,
        )
    )
    changes = fill_empty_fields(kept, other, CONTACT_FILL_FIELDS)
    assert changes == {"buying_role": BuyingRole.DECISION_MAKER, "phone": "+40 268 123 456"}
    # ...but a real role on the kept side is not replaced by the other's default.
    assert "buying_role" not in fill_empty_fields(other, kept, CONTACT_FILL_FIELDS)


def test_the_currency_goes_with_the_figures() -> None:
    assert merged_currency("EUR", True, "EUR", True) == "EUR"
    assert merged_currency("", False, "RON", True) == "RON"
    assert merged_currency("EUR", False, "", False) == "EUR"
    assert merged_currency("EUR", False, "RON", True) == "RON"  # only the other has figures
    assert merged_currency("EUR", True, "RON", False) == "EUR"
    assert merged_currency("EUR", False, "RON", False) == "EUR"  # no figures: kept wins
    assert merged_currency("EUR", True, "RON", True) is None  # cannot add them up


def _period(pid: str, start: date, end: date, revenue: int = 0, **more: int) -> PeriodAmounts:
    return PeriodAmounts(pid, start, end, revenue, **more)  # type: ignore[arg-type]


def test_periods_with_the_same_dates_are_added_up() -> None:
    jan = (date(2026, 1, 1), date(2026, 1, 31))
    kept = [_period("k1", *jan, 1000, care_cost=10, orders=2, product_lines=3)]
    other = [
        _period("o1", *jan, 500, care_cost=5, orders=1, product_lines=4),
        _period("o2", date(2026, 2, 1), date(2026, 2, 28), 700),
    ]
    plan = plan_periods(kept, other)
    assert plan.moved == ("o2",)
    assert plan.absorbed == ("o1",)
    assert plan.clashes == () and plan.errors == []
    (combined,) = plan.combined
    assert (combined.id, combined.revenue, combined.care_cost, combined.orders) == (
        "k1",
        1500,
        15,
        3,
    )
    assert combined.product_lines == 4  # the same lines may be counted on both sides


def test_a_period_overlapping_only_in_part_is_refused() -> None:
    quarter = _period("k1", date(2026, 1, 1), date(2026, 3, 31), 3000)
    month = _period("o1", date(2026, 2, 1), date(2026, 2, 28), 1000)
    plan = plan_periods([quarter], [month])
    assert plan.clashes == ((quarter, month),)
    assert plan.errors == [FieldError("periods", Problem.MERGE_PERIODS_CLASH)]


def test_notes_of_added_periods_are_kept() -> None:
    jan = (date(2026, 1, 1), date(2026, 1, 31))
    both = add_periods(
        PeriodAmounts("k", *jan, note="invoice 1"), PeriodAmounts("o", *jan, note="invoice 2")
    )
    assert both.note == "invoice 1; invoice 2"


def test_a_record_cannot_be_merged_into_itself() -> None:
    assert same_record_errors("a", "a") == [FieldError("other", Problem.SAME_RECORD)]
    assert same_record_errors("a", "b") == []

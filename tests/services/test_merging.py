"""Merging customers and contacts on a real SQLite file: nothing of either is lost."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.economics import PeriodKind
from relationdesk.domain.enums import BuyingRole, LifecycleStage
from relationdesk.domain.evidence import CommitmentOutcome, LedgerKind, Principle
from relationdesk.domain.evidence_rules import CommitmentFields, LedgerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.domain.merging import NOTES_SEPARATOR
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log, meeting_log, recommendations
from relationdesk.services.customer_directory import CustomerDirectory, CustomerQuery
from relationdesk.services.economics import PeriodInput, save_period
from relationdesk.services.errors import NotFound, ValidationFailed
from relationdesk.services.lifecycle import set_lifecycle_stage
from relationdesk.services.merging import (
    complete_from_import,
    contact_counts,
    customer_counts,
    merge_contacts,
    merge_customers,
)
from relationdesk.services.relationship_view import confirm_stage

TABLES = (
    "contact",
    "meeting",
    "meeting_attendee",
    "disclosure",
    "follow_up",
    "stage_change",
    "principle_rating",
    "ledger_entry",
    "commitment",
    "lifecycle_change",
    "recommendation",
    "referral",
    "economics_period",
)
NOW = datetime.now(UTC)
TODAY = NOW.date()


def _count(db: Database, table: str, where: str = "", *args: object) -> int:
    sql = f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else "")
    return int(db.reader.execute(sql, args).fetchone()[0])


def _counts(db: Database) -> dict[str, int]:
    return {table: _count(db, table) for table in TABLES}


def _customer_row(db: Database, customer_id: str, *columns: str) -> tuple[object, ...]:
    found = db.reader.execute(
        f"SELECT {', '.join(columns)} FROM customer WHERE id = ?", [customer_id]
    ).fetchone()
    return tuple(found)


def _meeting(db: Database, customer: str, days_ago: int, people: tuple[str, ...]) -> str:
    return meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=NOW - timedelta(days=days_ago),
            summary="visit",
            next_steps="send the offer",
            attendee_ids=people,
            disclosures=[
                DisclosureFields(
                    Side.CUSTOMER,
                    DisclosureDomain.PERSONAL,
                    "family",
                    Depth.CORE,
                    "two children",
                    contact_id=people[0],
                )
            ],
            follow_up_due=NOW + timedelta(days=days_ago),
            ratings={Principle.INTEGRITY.value: 4},
        ),
    )


def _month(db: Database, customer: str, month: int, revenue: int) -> str:
    start = date(TODAY.year - 1, month, 1)
    end = (date(TODAY.year - 1, month + 1, 1) if month < 12 else date(TODAY.year, 1, 1)) - (
        timedelta(days=1)
    )
    return save_period(db, customer, PeriodInput(PeriodKind.MONTH, start, end, revenue, orders=1))


Ids = dict[str, str]  # a merge side's customer, contact and meeting ids


def _customer_with_everything(db: Database, name: str, person: str, days_ago: int) -> Ids:
    customer = editing.create_customer(db, CustomerFields(name=name, currency="EUR"))
    contact = editing.create_contact(db, customer, ContactFields(full_name=person))
    meeting = _meeting(db, customer, days_ago, (contact,))
    confirm_stage(
        db, customer, RelationshipStage.COLLABORATIVE_PARTNER, RelationshipStage.BUSINESS_PARTNER
    )
    evidence_log.save_ledger_entry(
        db,
        LedgerFields(
            customer, Side.US, LedgerKind.FAVOUR, NOW - timedelta(days=days_ago), "tickets"
        ),
    )
    evidence_log.save_commitment(
        db,
        CommitmentFields(
            customer, Side.CUSTOMER, "send the drawings", NOW, outcome=CommitmentOutcome.OPEN
        ),
    )
    recommendations.record_recommendation(db, customer, contact, 9, TODAY)
    return {"customer": customer, "contact": contact, "meeting": meeting}


@pytest.fixture
def pair(db: Database) -> tuple[Ids, Ids]:
    keep = _customer_with_everything(db, "Carpați Industrial", "Ștefan Țurcanu", 40)
    other = _customer_with_everything(db, "Carpati Industrial SRL", "Mădălina Pop", 3)
    editing.update_customer(
        db,
        other["customer"],
        CustomerFields(
            name="Carpati Industrial SRL",
            industry="Metalworking",
            city="Brașov",
            owner="Ana",
            notes="Pays on time",
            currency="EUR",
        ),
    )
    editing.update_customer(
        db,
        keep["customer"],
        CustomerFields(
            name="Carpați Industrial", city="Brasov", notes="Met at a fair", currency="EUR"
        ),
    )
    set_lifecycle_stage(db, keep["customer"], LifecycleStage.TESTER, TODAY - timedelta(days=30))
    set_lifecycle_stage(db, other["customer"], LifecycleStage.ACCOUNT, TODAY - timedelta(days=2))
    _month(db, keep["customer"], 1, 1000)
    _month(db, keep["customer"], 2, 2000)
    _month(db, other["customer"], 2, 500)  # the same month: added up
    _month(db, other["customer"], 3, 700)  # moves
    third = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    recommendations.record_referral(db, other["customer"], third, "", TODAY, other["contact"])
    recommendations.record_referral(db, third, other["customer"], "", TODAY)
    recommendations.record_referral(db, keep["customer"], other["customer"], "", TODAY)
    return keep, other


def test_everything_of_both_customers_is_kept(db: Database, pair: tuple[Ids, Ids]) -> None:
    keep, other = pair
    kept_id, other_id = keep["customer"], other["customer"]
    before = _counts(db)

    merge_customers(db, kept_id, other_id)

    after = _counts(db)
    # The referral between the two is dropped; the two February periods are one now.
    assert after == before | {"referral": before["referral"] - 1, "economics_period": 3}
    for table in TABLES:
        if table not in ("meeting_attendee", "referral"):
            assert _count(db, table, "customer_id = ?", other_id) == 0, table
    assert _count(db, "referral", "sponsor_customer_id = ? OR referred_customer_id = ?",
                  other_id, other_id) == 0  # fmt: skip
    assert _count(db, "referral", "sponsor_customer_id = referred_customer_id") == 0
    assert _count(db, "customer", "id = ?", other_id) == 0
    assert _count(db, "tombstone", "table_name = 'customer' AND row_id = ?", other_id) == 1
    revenue = db.reader.execute(
        "SELECT revenue, orders FROM economics_period WHERE customer_id = ? ORDER BY starts_on",
        [kept_id],
    ).fetchall()
    assert revenue == [(1000, 1), (2500, 2), (700, 1)]


def test_the_kept_customer_takes_the_others_empty_fields(
    db: Database, pair: tuple[Ids, Ids]
) -> None:
    keep, other = pair
    merge_customers(db, keep["customer"], other["customer"])
    name, industry, city, owner, notes, currency = _customer_row(
        db, keep["customer"], "name", "industry", "city", "owner", "notes", "currency"
    )
    assert (name, industry, city, owner, currency) == (
        "Carpați Industrial",
        "Metalworking",
        "Brasov",  # filled on both sides: the kept value stays
        "Ana",
        "EUR",
    )
    assert notes == f"Met at a fair{NOTES_SEPARATOR}Pays on time"


def test_derived_columns_are_recomputed_from_both_histories(
    db: Database, pair: tuple[Ids, Ids]
) -> None:
    keep, other = pair
    newest_meeting, soonest_follow_up = _customer_row(
        db, other["customer"], "last_meeting_at", "next_follow_up_at"
    )
    merge_customers(db, keep["customer"], other["customer"])
    last, follow_up, lifecycle, confirmed, suggested, health = _customer_row(
        db,
        keep["customer"],
        "last_meeting_at",
        "next_follow_up_at",
        "lifecycle_stage",
        "confirmed_stage",
        "suggested_stage",
        "health_score",
    )
    assert (last, follow_up) == (newest_meeting, soonest_follow_up)
    assert lifecycle == LifecycleStage.ACCOUNT.value  # the newest move of the two
    assert confirmed == RelationshipStage.COLLABORATIVE_PARTNER.value
    assert suggested is not None and health is not None


def test_the_search_finds_the_kept_customer_by_the_others_people(
    db: Database, pair: tuple[Ids, Ids]
) -> None:
    keep, other = pair
    merge_customers(db, keep["customer"], other["customer"])
    directory = CustomerDirectory(db.reader)
    for words in ("madalina", "Mădălina Pop", "Pays on time", "Ștefan"):
        found = [row.id for row in directory.page(CustomerQuery(words), 0, 10)]
        assert found == [keep["customer"]], words


def test_a_failure_half_way_leaves_both_customers_intact(
    db: Database, pair: tuple[Ids, Ids]
) -> None:
    keep, other = pair
    before = _counts(db)
    snapshot = db.reader.execute("SELECT * FROM customer ORDER BY id").fetchall()

    def fail_on_delete(conn: object, cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("DELETE FROM customer"):
            raise RuntimeError("disk gone")

    event.listen(db.engine, "before_cursor_execute", fail_on_delete)
    try:
        with pytest.raises(RuntimeError):
            merge_customers(db, keep["customer"], other["customer"])
    finally:
        event.remove(db.engine, "before_cursor_execute", fail_on_delete)
    assert _counts(db) == before
    assert db.reader.execute("SELECT * FROM customer ORDER BY id").fetchall() == snapshot
    assert _count(db, "contact", "customer_id = ?", other["customer"]) == 1


def test_refusals_write_nothing(db: Database, pair: tuple[Ids, Ids]) -> None:
    keep, other = pair
    before = _counts(db)
    with pytest.raises(ValidationFailed) as same:
        merge_customers(db, keep["customer"], keep["customer"])
    assert same.value.errors == [FieldError("other", Problem.SAME_RECORD)]
    with pytest.raises(NotFound):
        merge_customers(db, keep["customer"], "no-such-id")

    quarter = date(TODAY.year - 1, 4, 1), date(TODAY.year - 1, 6, 30)
    save_period(db, keep["customer"], PeriodInput(PeriodKind.QUARTER, *quarter, 9000))
    _month(db, other["customer"], 5, 100)  # inside the kept quarter
    with pytest.raises(ValidationFailed) as clash:
        merge_customers(db, keep["customer"], other["customer"])
    assert clash.value.errors == [FieldError("periods", Problem.MERGE_PERIODS_CLASH)]
    assert _counts(db)["contact"] == before["contact"]
    assert _count(db, "customer", "id = ?", other["customer"]) == 1


def test_figures_in_two_currencies_are_refused(db: Database, pair: tuple[Ids, Ids]) -> None:
    keep, other = pair
    db.reader.execute("UPDATE customer SET currency = 'RON' WHERE id = ?", [other["customer"]])
    before = _counts(db)
    with pytest.raises(ValidationFailed) as refused:
        merge_customers(db, keep["customer"], other["customer"])
    assert refused.value.errors == [FieldError("currency", Problem.MERGE_CURRENCY_CONFLICT)]
    assert _counts(db) == before


def test_the_dialog_counts_what_each_side_holds(db: Database, pair: tuple[Ids, Ids]) -> None:
    _keep, other = pair
    counts = customer_counts(db.reader, other["customer"])
    assert [key for key, _ in counts.counts] == [
        "contacts", "meetings", "disclosures", "follow_ups", "periods", "history",
    ]  # fmt: skip
    assert (counts.get("contacts"), counts.get("meetings"), counts.get("periods")) == (1, 1, 2)
    # stage change, rating, ledger, commitment, lifecycle, answer, 3 referrals
    assert counts.get("history") == 9
    assert contact_counts(db.reader, other["contact"]).get("meetings") == 1


def _people(db: Database) -> tuple[str, str, str, str]:
    customer = editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    ana = editing.create_contact(db, customer, ContactFields(full_name="Ana Pop", email="a@x.ro"))
    twin = editing.create_contact(
        db,
        customer,
        ContactFields(
            full_name="Ana Popescu",
            phone="+40 268 123 456",
            buying_role=BuyingRole.DECISION_MAKER,
            notes="Prefers mornings",
        ),
    )
    ion = editing.create_contact(db, customer, ContactFields(full_name="Ion"))
    return customer, ana, twin, ion


def test_merging_two_contacts_who_attended_the_same_meeting(db: Database) -> None:
    customer, ana, twin, ion = _people(db)
    together = _meeting(db, customer, 5, (ana, twin, ion))
    alone = _meeting(db, customer, 10, (twin,))
    recommendations.record_recommendation(db, customer, twin, 8, TODAY)
    sponsored = editing.create_customer(db, CustomerFields(name="Beta"))
    recommendations.record_referral(db, customer, sponsored, "", TODAY, twin)
    disclosures = _count(db, "disclosure")

    merge_contacts(db, ana, twin)

    attendance = db.reader.execute(
        "SELECT meeting_id, contact_id FROM meeting_attendee ORDER BY meeting_id, contact_id"
    ).fetchall()
    assert sorted(attendance) == sorted([(together, ana), (together, ion), (alone, ana)])
    assert _count(db, "disclosure") == disclosures
    assert _count(db, "disclosure", "contact_id = ?", ana) == 2
    assert _count(db, "recommendation", "contact_id = ?", ana) == 1
    assert _count(db, "referral", "sponsor_contact_id = ?", ana) == 1
    assert _count(db, "contact", "id = ?", twin) == 0
    assert _count(db, "tombstone", "table_name = 'contact' AND row_id = ?", twin) == 1
    email, phone, role, notes = db.reader.execute(
        "SELECT email, phone, buying_role, notes FROM contact WHERE id = ?", [ana]
    ).fetchone()
    assert (email, phone, role, notes) == (
        "a@x.ro",
        "+40 268 123 456",
        "decision_maker",
        "Prefers mornings",
    )
    found = CustomerDirectory(db.reader).page(CustomerQuery("mornings"), 0, 5)
    assert [row.id for row in found] == [customer]


def test_contacts_of_two_customers_are_not_merged(db: Database) -> None:
    _customer, ana, _twin, _ion = _people(db)
    elsewhere = editing.create_customer(db, CustomerFields(name="Beta"))
    stranger = editing.create_contact(db, elsewhere, ContactFields(full_name="Ana Pop"))
    with pytest.raises(ValidationFailed) as refused:
        merge_contacts(db, ana, stranger)
    assert refused.value.errors == [FieldError("other", Problem.NOT_THIS_CUSTOMERS)]
    with pytest.raises(ValidationFailed):
        merge_contacts(db, ana, ana)
    with pytest.raises(NotFound):
        merge_contacts(db, ana, "gone")
    assert _count(db, "contact") == 4


def test_an_import_fills_what_the_existing_record_lacks(db: Database) -> None:
    from relationdesk.db.models import Customer

    customer = editing.create_customer(db, CustomerFields(name="Alfa", city="Cluj", notes="old"))
    with db.write() as session:
        row = session.get(Customer, customer)
        assert row is not None
        changes = complete_from_import(
            row, {"city": "Iași", "industry": "Plastics", "notes": "from the CRM"}
        )
    assert changes == {"industry": "Plastics", "notes": f"old{NOTES_SEPARATOR}from the CRM"}
    assert _customer_row(db, customer, "city", "industry") == ("Cluj", "Plastics")
    assert CustomerDirectory(db.reader).page(CustomerQuery("plastics"), 0, 5)[0].id == customer

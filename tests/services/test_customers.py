"""Customers and contacts through the services, on a real SQLite file."""

import pytest

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.validation import Problem
from relationdesk.services import customer_editing as editing
from relationdesk.services.customer_directory import CustomerDirectory, CustomerQuery, ListColumn


def _count(db: Database, table: str) -> int:
    return int(db.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_create_read_update_customer_with_unicode(db: Database) -> None:
    customer_id = editing.create_customer(
        db,
        CustomerFields(
            name="  Țesătoria Ștefănescu S.R.L. ",
            city="Brașov",
            country="ro",
            notes="Vrea livrări în 48h 🚚",
        ),
    )
    detail = CustomerDirectory(db.reader).detail(customer_id)
    assert detail is not None
    assert (detail.name, detail.city, detail.country) == (
        "Țesătoria Ștefănescu S.R.L.",
        "Brașov",
        "RO",
    )
    assert detail.notes == "Vrea livrări în 48h 🚚"
    editing.update_customer(db, customer_id, CustomerFields(name="Țesătoria Nouă", city="Sibiu"))
    assert CustomerDirectory(db.reader).detail(customer_id).city == "Sibiu"  # type: ignore[union-attr]


def test_invalid_customer_writes_nothing(db: Database) -> None:
    with pytest.raises(editing.ValidationFailed) as caught:
        editing.create_customer(db, CustomerFields(name="  "))
    assert caught.value.errors[0].problem is Problem.REQUIRED
    assert _count(db, "customer") == 0


def test_invalid_contact_writes_nothing(db: Database) -> None:
    customer_id = editing.create_customer(db, CustomerFields(name="PT Sinar Jaya"))
    with pytest.raises(editing.ValidationFailed):
        editing.create_contact(db, customer_id, ContactFields(full_name="Dewi", email="dewi@"))
    assert _count(db, "contact") == 0


def test_delete_customer_removes_contacts_and_leaves_tombstones(db: Database) -> None:
    customer_id = editing.create_customer(db, CustomerFields(name="Officine Rossi S.p.A."))
    contact_id = editing.create_contact(
        db,
        customer_id,
        ContactFields(
            full_name="Niccolò Rossi",
            email="n.rossi@rossi.it",
            buying_role=BuyingRole.DECISION_MAKER,
            influence=Influence.HIGH,
        ),
    )
    editing.delete_customer(db, customer_id)
    assert _count(db, "customer") == 0
    assert _count(db, "contact") == 0
    assert _count(db, "customer_search") == 0
    tombstones = set(db.reader.execute("SELECT table_name, row_id FROM tombstone").fetchall())
    assert tombstones == {("customer", customer_id), ("contact", contact_id)}
    columns = [r[1] for r in db.reader.execute("PRAGMA table_info(tombstone)")]
    assert columns == ["id", "table_name", "row_id", "deleted_at"]  # no personal content


def test_editing_a_deleted_row_says_not_found(db: Database) -> None:
    with pytest.raises(editing.NotFound):
        editing.update_customer(db, "no-such-id", CustomerFields(name="X"))
    with pytest.raises(editing.NotFound):
        editing.create_contact(db, "no-such-id", ContactFields(full_name="X"))


def test_search_is_diacritic_blind_over_names_contacts_and_notes(db: Database) -> None:
    romanian = editing.create_customer(db, CustomerFields(name="Carpați Industrial", city="Brașov"))
    editing.create_contact(db, romanian, ContactFields(full_name="Ștefan Țurcanu"))
    italian = editing.create_customer(
        db, CustomerFields(name="Fonderia Cantù", notes="Ama la vela e il Barolo")
    )
    directory = CustomerDirectory(db.reader)

    def names(text: str) -> list[str]:
        return [row.name for row in directory.page(CustomerQuery(text), 0, 50)]

    assert names("stefan") == ["Carpați Industrial"]
    assert names("ȘTEF") == ["Carpați Industrial"]
    assert names("brasov") == ["Carpați Industrial"]
    assert names("cantu") == ["Fonderia Cantù"]
    assert names("barolo") == ["Fonderia Cantù"]
    assert names("stefan barolo") == []
    assert directory.count(CustomerQuery("")) == 2
    # Editing a contact's name updates the index; deleting the customer empties it.
    contact = directory.contacts(romanian)[0]
    editing.update_contact(db, contact.id, ContactFields(full_name="Mădălina Pop"))
    assert names("stefan") == []
    assert names("madalina") == ["Carpați Industrial"]
    editing.delete_customer(db, italian)
    assert names("barolo") == []


def test_sorting_and_paging(db: Database) -> None:
    for name, city in [("beta", "Zalău"), ("Alfa", "Arad"), ("Ștefan", "Brașov"), ("delta", "")]:
        editing.create_customer(db, CustomerFields(name=name, city=city))
    directory = CustomerDirectory(db.reader)
    by_name = [r.name for r in directory.page(CustomerQuery(), 0, 10)]
    assert by_name == ["Alfa", "beta", "delta", "Ștefan"]  # case- and diacritic-blind order
    by_name_desc = [r.name for r in directory.page(CustomerQuery(descending=True), 0, 10)]
    assert by_name_desc == list(reversed(by_name))
    by_city = [r.city for r in directory.page(CustomerQuery(sort=ListColumn.LOCATION), 0, 10)]
    assert by_city == ["", "Arad", "Brașov", "Zalău"]
    assert [r.name for r in directory.page(CustomerQuery(), 1, 2)] == ["beta", "delta"]


def test_duplicate_names_are_found_whatever_the_spelling(db: Database) -> None:
    first = editing.create_customer(db, CustomerFields(name="Țesătoria Ștefănescu"))
    directory = CustomerDirectory(db.reader)
    assert directory.customers_named_like("tesatoria  stefanescu") == [first]
    assert directory.customers_named_like("Țesătoria Ștefănescu", exclude_id=first) == []


def test_score_columns_sort_with_unscored_last_and_filters_narrow(db: Database) -> None:
    from relationdesk.services.customer_directory import ListFilter

    ids = {
        name: editing.create_customer(db, CustomerFields(name=name))
        for name in ("Alfa", "Beta", "Gamma", "Delta")
    }
    for name, health, reciprocity, master in (
        ("Alfa", 80.0, 70.0, 0),
        ("Beta", 30.0, 20.0, 1),
        ("Gamma", 55.0, 60.0, 0),
    ):
        db.reader.execute(
            "UPDATE customer SET health_score = ?, reciprocity_score = ?, master_warning = ? "
            "WHERE id = ?",
            [health, reciprocity, master, ids[name]],
        )
    directory = CustomerDirectory(db.reader)

    def names(**query: object) -> list[str]:
        return [r.name for r in directory.page(CustomerQuery(**query), 0, 10)]  # type: ignore[arg-type]

    assert names(sort=ListColumn.HEALTH) == ["Beta", "Gamma", "Alfa", "Delta"]
    assert names(sort=ListColumn.HEALTH, descending=True) == ["Alfa", "Gamma", "Beta", "Delta"]
    assert names(only=ListFilter.WEAK_RECIPROCITY) == ["Beta"]
    assert names(only=ListFilter.MASTER) == ["Beta"]
    assert names(only=ListFilter.ANY_WEAK, search="beta") == ["Beta"]
    assert directory.count(CustomerQuery(only=ListFilter.ANY_WEAK)) == 1
    row = directory.page(CustomerQuery(search="alfa"), 0, 1)[0]
    assert row.scores[0] == 80.0 and row.master_warning is False


def test_ids_are_every_customer_the_list_shows(db: Database) -> None:
    from datetime import date

    from relationdesk.domain.enums import LifecycleStage
    from relationdesk.services.customer_directory import ListFilter
    from relationdesk.services.lifecycle import set_lifecycle_stage

    ids = {}
    for name in ("Țesătoria Ștefănescu", "Carpați Industrial", "Gruppo Rossi"):
        ids[name] = editing.create_customer(db, CustomerFields(name=name))
    for name in ("Țesătoria Ștefănescu", "Gruppo Rossi"):
        set_lifecycle_stage(db, ids[name], LifecycleStage.ACCOUNT, date.today())
    directory = CustomerDirectory(db.reader)
    accounts = CustomerQuery(only=ListFilter.ACCOUNTS)
    assert directory.ids(accounts) == [ids["Gruppo Rossi"], ids["Țesătoria Ștefănescu"]]
    assert directory.ids(CustomerQuery(search="stef", only=ListFilter.ACCOUNTS)) == [
        ids["Țesătoria Ștefănescu"]
    ]
    assert len(directory.ids(CustomerQuery())) == directory.count(CustomerQuery()) == 3

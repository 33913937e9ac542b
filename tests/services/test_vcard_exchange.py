"""vCard import and export against a real SQLite file."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.validation import Problem
from relationdesk.services import customer_editing as editing
from relationdesk.services.exchange.exchange_files import ExportCancelled
from relationdesk.services.exchange.vcard_cards import (
    MAX_FILE_BYTES,
    ImportCancelled,
    ReadFailure,
    VCardReadError,
    read_vcard_file,
    read_vcards,
)
from relationdesk.services.exchange.vcard_exchange import (
    CardOutcome,
    Duplicates,
    ImportPlan,
    apply_vcard_import,
    export_vcard,
    plan_vcard_import,
)

_CONTACTS = """
SELECT c.full_name, c.job_title, c.buying_role, c.influence, c.email, c.phone, c.mobile,
       c.preferred_language, c.notes, customer.name
FROM contact c JOIN customer ON customer.id = c.customer_id ORDER BY c.full_name
"""

VCARD_4 = """BEGIN:VCARD\r
VERSION:4.0\r
FN:Ștefan Pop\r
N:Pop;Ștefan;;;\r
ORG:Țesătoria Brașov SRL;Achiziții\r
TITLE:Șef achiziții\r
EMAIL;TYPE=work:stefan.pop@tesatoria.ro\r
TEL;TYPE="cell,voice";VALUE=uri:tel:+40-721-000-111\r
TEL;TYPE=work;VALUE=uri:tel:+40-268-000-222;ext=12\r
LANG;PREF=1:ro-RO\r
NOTE:Prefers calls before 10\\, never on Fridays.\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:Ana Ionescu\r
EMAIL:ana@example.com\r
END:VCARD\r
"""


def _rows(db: Database) -> list[tuple[object, ...]]:
    return list(db.reader.execute(_CONTACTS))


def _plan(db: Database, data: bytes) -> ImportPlan:
    return plan_vcard_import(db.reader, read_vcards(data))


def _import(db: Database, data: bytes, duplicates: Duplicates = Duplicates.SKIP, **kw):  # type: ignore[no-untyped-def]
    plan = plan_vcard_import(db.reader, read_vcards(data), **kw)
    return plan, apply_vcard_import(db, plan, duplicates)


def test_vcard_4_cards_land_with_their_company(db: Database) -> None:
    default = editing.create_customer(db, CustomerFields(name="Phone book"))
    plan, result = _import(db, VCARD_4.encode(), default_customer_id=default)
    assert [p.outcome for p in plan.cards] == [CardOutcome.NEW, CardOutcome.NEW]
    assert plan.new_customers == ["Țesătoria Brașov SRL"]
    assert (result.created, result.customers_created) == (2, 1)
    assert _rows(db) == [
        ("Ana Ionescu", "", "other", "medium", "ana@example.com", "", "", "", "", "Phone book"),
        ("Ștefan Pop", "Șef achiziții", "other", "medium", "stefan.pop@tesatoria.ro",
         "+40-268-000-222", "+40-721-000-111", "ro", "Prefers calls before 10, never on Fridays.",
         "Țesătoria Brașov SRL"),
    ]  # fmt: skip
    # The new customer is found by the search like one entered by hand.
    assert db.reader.execute("SELECT sort_key FROM customer WHERE name LIKE 'Ț%'").fetchone() == (
        "tesatoria brasov srl",
    )


def test_export_then_import_into_a_fresh_database_gives_the_same_contacts(
    db: Database, tmp_path: Path
) -> None:
    acme = editing.create_customer(db, CustomerFields(name="Ștefănescu Industrial"))
    other = editing.create_customer(db, CustomerFields(name="Acme; Sons, Ltd"))
    editing.create_contact(db, acme, ContactFields(
        full_name="Ioana Mărginean", job_title="CFO", buying_role=BuyingRole.DECISION_MAKER,
        influence=Influence.HIGH, email="ioana@stefanescu.ro", phone="+40 268 123 456",
        mobile="0721 000 111", preferred_language="ro", notes="Line one\nLine two; with: colon",
    ))  # fmt: skip
    editing.create_contact(db, acme, ContactFields(full_name="Cher"))
    editing.create_contact(db, other, ContactFields(full_name="Budi Santoso", email="b@acme.id"))
    target = tmp_path / "contacts.vcf"
    assert export_vcard(db.reader, target) == 3
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3 and "VERSION:3.0" in text
    assert "TEL;TYPE=CELL:0721 000 111" in text and "ORG:Acme\\; Sons\\, Ltd" in text

    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        _plan, result = _import(fresh, target.read_bytes())
        assert result.created == 3 and result.customers_created == 2
        assert _rows(fresh) == _rows(db)
        # Importing the same file again finds every person already there.
        again = plan_vcard_import(fresh.reader, read_vcard_file(target))
        assert again.count(CardOutcome.DUPLICATE) == 3 and again.new_customers == []
    finally:
        fresh.close()


def test_one_customers_contacts_and_a_cancelled_export(db: Database, tmp_path: Path) -> None:
    first = editing.create_customer(db, CustomerFields(name="First"))
    second = editing.create_customer(db, CustomerFields(name="Second"))
    for index in range(450):
        editing.create_contact(db, first, ContactFields(full_name=f"Person {index}"))
    editing.create_contact(db, second, ContactFields(full_name="Only one"))
    target = tmp_path / "second.vcf"
    assert export_vcard(db.reader, target, customer_id=second) == 1
    assert "Only one" in target.read_text(encoding="utf-8")
    seen: list[tuple[int, int]] = []

    def cancel_at_400(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 400

    with pytest.raises(ExportCancelled):
        export_vcard(db.reader, tmp_path / "all.vcf", on_progress=cancel_at_400)
    assert seen[0] == (200, 451)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".vcf") == ["second.vcf"]


def test_duplicates_skip_merge_or_create(db: Database) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Acme"))
    editing.create_contact(db, customer, ContactFields(full_name="Stefan Pop", notes="Old"))
    editing.create_contact(db, customer, ContactFields(full_name="Maria", email="M@acme.com"))
    cards = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ștefan POP\nORG:ACME\nTITLE:Buyer\nNOTE:New\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Maria Popa\nORG:Acme\nEMAIL:m@acme.com\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Radu\nORG:Acme\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Radu\nORG:acme\nTEL:+40 1 234 567\nEND:VCARD\n"
    ).encode()
    plan = plan_vcard_import(db.reader, read_vcards(cards))
    assert [(p.outcome, p.duplicate_of) for p in plan.cards] == [
        (CardOutcome.DUPLICATE, "Stefan Pop"),  # same folded name
        (CardOutcome.DUPLICATE, "Maria"),  # same e-mail, whatever the case
        (CardOutcome.NEW, ""),
        (CardOutcome.DUPLICATE, "Radu"),  # twice in the file
    ]
    result = apply_vcard_import(db, plan, Duplicates.SKIP)
    assert (result.created, result.skipped) == (1, 3)
    assert len(_rows(db)) == 3

    result = apply_vcard_import(db, _plan(db, cards), Duplicates.MERGE)
    assert (result.created, result.merged) == (0, 4)
    stefan = "SELECT job_title, notes FROM contact WHERE full_name = 'Stefan Pop'"
    assert db.reader.execute(stefan).fetchone() == ("Buyer", "Old\n\n---\n\nNew")
    assert db.reader.execute("SELECT phone FROM contact WHERE full_name = 'Radu'").fetchone() == (
        "+40 1 234 567",
    )

    result = apply_vcard_import(db, _plan(db, cards), Duplicates.CREATE)
    assert result.created == 4 and len(_rows(db)) == 7


def test_cards_with_problems_are_reported_and_left_out(db: Database) -> None:
    cards = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Bad Mail\nORG:Acme\nEMAIL:not-an-address\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:No Company\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nORG:Acme\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Fine\nORG:Acme\nEND:VCARD\n"
    )
    plan, result = _import(db, cards)
    refused = [(p.card.number, p.card.line, [e.problem for e in p.errors]) for p in plan.cards
               if p.outcome is CardOutcome.INVALID]  # fmt: skip
    assert refused == [
        (1, 1, [Problem.INVALID_EMAIL]),
        (2, 7, [Problem.NO_CUSTOMER]),
        (3, 11, [Problem.REQUIRED]),
    ]
    assert (result.created, result.refused) == (1, 3)


def test_a_cancelled_import_writes_nothing(db: Database) -> None:
    cards = "".join(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nORG:Company {i % 7}\nEND:VCARD\n"
        for i in range(300)
    ).encode()
    plan = plan_vcard_import(db.reader, read_vcards(cards))
    with pytest.raises(ImportCancelled):
        apply_vcard_import(db, plan, Duplicates.SKIP, lambda done, _total: done < 250)
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone() == (0,)
    assert db.reader.execute("SELECT count(*) FROM contact").fetchone() == (0,)


@pytest.mark.parametrize(
    ("data", "failure", "line", "card"),
    [
        # BEGIN without END: the card that runs on is named with the line of its BEGIN
        (b"BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\nBEGIN:VCARD\nFN:C\nEND:VCARD\n",
         ReadFailure.UNCLOSED_CARD, 4, 2),
        (b"BEGIN:VCARD\nFN:A\nEND:VCARD\n\nBEGIN:VCARD\nFN:B\n", ReadFailure.UNCLOSED_CARD, 5, 2),
        (b"BEGIN:VCARD\nFN:A\nEND:VCARD\nEND:VCARD\n", ReadFailure.UNOPENED_END, 4, 2),
        (b"BEGIN:VCARD\nFN:A\nFN without colon\nEND:VCARD\n", ReadFailure.BAD_LINE, 3, 1),
        (b"BEGIN:VCALENDAR\nEND:VCALENDAR\n", ReadFailure.NOT_A_CARD, 1, 1),
        (b"Name,E-mail\nAna,ana@example.com\n", ReadFailure.NOT_A_CARD, 1, 1),
        (b"BEGIN:VCARD\nFN:Ana\nNOTE:caf\xe9\nEND:VCARD\n", ReadFailure.NOT_UTF8, 3, None),
        ("BEGIN:VCARD\nFN:Ana\nEND:VCARD\n".encode("utf-16"), ReadFailure.NOT_UTF8, 1, None),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ReadFailure.NOT_UTF8, 1, None),
        (b"", ReadFailure.NO_CARDS, None, None),
    ],
)  # fmt: skip
def test_malformed_files_name_the_line_at_fault(
    data: bytes, failure: ReadFailure, line: int | None, card: int | None
) -> None:
    with pytest.raises(VCardReadError) as raised:
        read_vcards(data)
    assert (raised.value.failure, raised.value.line, raised.value.card) == (failure, line, card)


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.vcf"
    with huge.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk and would take long to read
    with pytest.raises(VCardReadError) as raised:
        read_vcard_file(huge)
    assert raised.value.failure is ReadFailure.TOO_LARGE
    with pytest.raises(VCardReadError) as missing:
        read_vcard_file(tmp_path / "missing.vcf")
    assert missing.value.failure is ReadFailure.UNREADABLE


def _never_crashes(data: bytes) -> None:
    try:
        cards = read_vcards(data)
    except VCardReadError as error:
        assert isinstance(error.failure, ReadFailure)
        return
    assert cards and all(card.number == index + 1 for index, card in enumerate(cards))


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_give_cards_or_a_clear_error(data: bytes) -> None:
    _never_crashes(data)


_LINES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "VERSION:4.0", "FN:Ana", "N:Pop;Ana;;;",
    "ORG:Acme;Sales", "EMAIL;TYPE=work:a@b.ro", "TEL;TYPE=cell:+40 721 000 111",
    "TEL;VALUE=uri:tel:+1-555", "PHOTO;ENCODING=b:@@@", "BEGIN:VCALENDAR", "item1.X-Y:z",
    "NOTE;ENCODING=QUOTED-PRINTABLE:a=", " folded", ":", ";;;", "LANG:ro-RO", "BDAY:1990",
])  # fmt: skip


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_LINES, st.text(max_size=40)), max_size=40))
def test_random_card_like_text_gives_cards_or_a_clear_error(lines: list[str]) -> None:
    _never_crashes("\r\n".join(lines).encode("utf-8", "surrogatepass"))


def test_cards_from_random_text_can_be_planned_and_imported(db: Database) -> None:
    data = b"BEGIN:VCARD\nFN:\xc8\x98t\nORG:\x01\nEMAIL:x\nEND:VCARD\n"
    data += b"BEGIN:VCARD\nFN:\xc8\x98t\nEND:VCARD\n"
    _plan_made, result = _import(db, data)
    assert result.refused == 2 and result.created == 0

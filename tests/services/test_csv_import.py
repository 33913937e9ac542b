import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relationdesk.db.database import Database
from relationdesk.domain.csv_import import CsvError, CsvProblem
from relationdesk.domain.csv_import_plan import Choice, ImportPlan
from relationdesk.domain.csv_mapping import guess_mapping
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.services.exchange.csv_export import export_customers
from relationdesk.services.exchange.csv_import import (
    ImportBlocked,
    ImportCancelled,
    apply_import,
    make_plan,
    read_csv_file,
)


def _file(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "import.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _plan(db: Database, path: Path) -> ImportPlan:
    table = read_csv_file(path)
    return make_plan(db.reader, table, guess_mapping(table.header))


def _customers(db: Database) -> list[tuple[str, ...]]:
    return db.reader.execute(
        "SELECT name, city, country, notes FROM customer ORDER BY sort_key"
    ).fetchall()


def _contacts(db: Database) -> list[tuple[str, ...]]:
    return db.reader.execute(
        "SELECT customer.name, full_name, email, phone FROM contact "
        "JOIN customer ON customer.id = contact.customer_id ORDER BY contact.sort_key"
    ).fetchall()


def test_an_import_lands_whole(db: Database, tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "Azienda;Città;Paese;Referente;Email\n"
        "Caffè Rossi;Forlì;IT;Anna Rossi;anna@rossi.it\n"
        "Caffè Rossi;;;Luca Verdi;\n"
        "Țesătoria SA;Brașov;RO;;\n",
    )
    counts = apply_import(db, _plan(db, path))
    assert (counts.customers_created, counts.contacts_created) == (2, 2)
    assert _customers(db) == [
        ("Caffè Rossi", "Forlì", "IT", ""),
        ("Țesătoria SA", "Brașov", "RO", ""),
    ]
    assert [row[1] for row in _contacts(db)] == ["Anna Rossi", "Luca Verdi"]
    # The search index follows (its triggers run for imported rows too).
    found = db.reader.execute(
        "SELECT count(*) FROM customer_search WHERE customer_search MATCH 'tesatoria'"
    ).fetchone()
    assert found == (1,)


def test_rows_with_problems_block_the_import_unless_left_out(db: Database, tmp_path: Path) -> None:
    path = _file(tmp_path, "Company,Country\nAlfa,RO\nBeta,Romania\nGamma,IT\n")
    plan = _plan(db, path)
    with pytest.raises(ImportBlocked):
        apply_import(db, plan)
    assert _customers(db) == []
    counts = apply_import(db, plan, skip_invalid=True)
    assert counts.customers_created == 2 and counts.rows_left_out == 1
    assert [row[0] for row in _customers(db)] == ["Alfa", "Gamma"]


@pytest.mark.parametrize(
    ("choice", "customers", "contacts"),
    [
        (Choice.SKIP, [("Alfa", "", "", "old")], [("Alfa", "Ana", "", "")]),
        (
            Choice.MERGE,
            [("Alfa", "Cluj", "", "old\n\n---\n\nnew")],
            [("Alfa", "Ana", "ana@alfa.ro", ""), ("Alfa", "Ion", "", "")],
        ),
        (
            Choice.CREATE,
            [("ALFA", "Cluj", "", "new"), ("Alfa", "", "", "old")],
            [("ALFA", "Ion", "", ""), ("ALFA", "ana", "ana@alfa.ro", ""), ("Alfa", "Ana", "", "")],
        ),
    ],
)
def test_duplicates_are_skipped_merged_or_created(
    db: Database,
    tmp_path: Path,
    choice: Choice,
    customers: list[tuple[str, ...]],
    contacts: list[tuple[str, ...]],
) -> None:
    alfa = editing.create_customer(db, CustomerFields(name="Alfa", notes="old"))
    editing.create_contact(db, alfa, ContactFields(full_name="Ana"))
    path = _file(
        tmp_path, "Company,City,Notes,Contact,Email\nALFA,Cluj,new,ana,ana@alfa.ro\nAlfa,,,Ion,\n"
    )
    plan = _plan(db, path)
    assert [(d.kind.value, d.in_database) for d in plan.duplicates] == [
        ("customer", True),
        ("contact", True),
    ]
    apply_import(db, plan, default=choice)
    assert sorted(_customers(db)) == sorted(customers)
    assert sorted(_contacts(db)) == sorted(contacts)


def test_each_duplicate_can_have_its_own_answer(db: Database, tmp_path: Path) -> None:
    editing.create_customer(db, CustomerFields(name="Alfa"))
    editing.create_customer(db, CustomerFields(name="Beta"))
    plan = _plan(db, _file(tmp_path, "Company,City\nAlfa,Cluj\nBeta,Iași\n"))
    first, second = plan.duplicates
    counts = apply_import(db, plan, {first.key: Choice.MERGE, second.key: Choice.SKIP})
    assert (counts.customers_merged, counts.skipped) == (1, 1)
    assert _customers(db) == [("Alfa", "Cluj", "", ""), ("Beta", "", "", "")]


def test_a_cancelled_import_leaves_nothing(db: Database, tmp_path: Path) -> None:
    rows = "".join(f"Customer {n},Contact {n}\n" for n in range(500))
    plan = _plan(db, _file(tmp_path, "Company,Contact\n" + rows))
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 600

    with pytest.raises(ImportCancelled):
        apply_import(db, plan, on_progress=progress)
    assert seen[-1] >= 600 and _customers(db) == [] and _contacts(db) == []


def test_our_export_comes_back_unchanged(db: Database, tmp_path: Path) -> None:
    alfa = editing.create_customer(
        db,
        CustomerFields(name="Ștefănescu Industrial", city="Brașov", notes='=HYPERLINK("x")\nok'),
    )
    editing.create_contact(
        db, alfa, ContactFields(full_name="Ana Ionescu", phone="+40 21 555", email="a@b.ro")
    )
    editing.create_customer(db, CustomerFields(name="-minus", owner="@me", currency="RON"))
    exported = tmp_path / "out.csv"
    export_customers(db.reader, exported)
    before = (_customers(db), _contacts(db))
    from relationdesk.db.schema import open_database

    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        counts = apply_import(fresh, _plan(fresh, exported))
        assert (counts.customers_created, counts.contacts_created) == (2, 1)
        assert (_customers(fresh), _contacts(fresh)) == before
        owner = fresh.reader.execute("SELECT owner, currency FROM customer WHERE name='-minus'")
        assert owner.fetchone() == ("@me", "RON")
    finally:
        fresh.close()


def test_a_100_mb_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.write(b"Company,City\n")
        file.truncate(100 * 1024 * 1024)  # sparse: no disk used
    started = time.monotonic()
    with pytest.raises(CsvError) as caught:
        read_csv_file(path)
    assert caught.value.problem is CsvProblem.TOO_LARGE
    assert time.monotonic() - started < 1


def test_a_missing_file_is_a_csv_error(tmp_path: Path) -> None:
    with pytest.raises(CsvError) as caught:
        read_csv_file(tmp_path / "nowhere.csv")
    assert caught.value.problem is CsvProblem.UNREADABLE


_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp"))
    | st.sampled_from(["=", "+", "-", "@", "'", '"', ",", ";", "ș", "à"]),
    max_size=20,
).map(str.strip)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(_TEXT.filter(bool), _TEXT, _TEXT, st.lists(_TEXT.filter(bool), max_size=2)),
        min_size=1,
        max_size=5,
        unique_by=lambda row: " ".join(row[0].casefold().split()),
    )
)
def test_random_valid_customers_round_trip(
    tmp_path_factory: pytest.TempPathFactory, customers: list[tuple[str, str, str, list[str]]]
) -> None:
    from relationdesk.db.schema import open_database
    from relationdesk.domain.text import fold

    folder = tmp_path_factory.mktemp("round")
    source = open_database(f"sqlite:///{folder / 'source.sqlite3'}")
    target = open_database(f"sqlite:///{folder / 'target.sqlite3'}")
    try:
        seen: set[str] = set()
        for name, city, notes, people in customers:
            if fold(name) in seen or len(name) > 200:
                continue
            seen.add(fold(name))
            customer = editing.create_customer(
                source, CustomerFields(name=name, city=city, notes=notes)
            )
            for person in dict.fromkeys(people, None):
                editing.create_contact(source, customer, ContactFields(full_name=person))
        exported = folder / "out.csv"
        export_customers(source.reader, exported)
        plan = _plan(target, exported)
        assert plan.problems == []
        apply_import(target, plan, default=Choice.CREATE)
        assert sorted(_customers(target)) == sorted(_customers(source))
        assert sorted(_contacts(target)) == sorted(_contacts(source))
    finally:
        source.close()
        target.close()

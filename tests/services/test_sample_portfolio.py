from relationdesk.db.database import Database
from relationdesk.services import sample_portfolio
from relationdesk.services.customer_directory import CustomerDirectory, CustomerQuery


def test_generation_is_seeded_and_covers_every_market() -> None:
    first = list(sample_portfolio.generate(40, seed=3))
    again = list(sample_portfolio.generate(40, seed=3))
    other = list(sample_portfolio.generate(40, seed=4))
    assert [c.name for c in first] == [c.name for c in again]
    assert [c.name for c in first] != [c.name for c in other]
    assert {c.country for c in first} >= {"IT", "ID", "RO"}
    assert {"en", "it", "id", "ro"} == {p.preferred_language for c in first for p in c.contacts}
    assert len({c.name for c in first}) == 40
    people = " ".join(p.full_name for c in first for p in c.contacts)
    assert any(ch in people for ch in "ȘșȚțăâî")


def test_generation_scales_with_unique_names() -> None:
    customers = list(sample_portfolio.generate(3000, seed=1, contacts_per_customer=3))
    assert len({c.name for c in customers}) == 3000
    average = sum(len(c.contacts) for c in customers) / len(customers)
    assert 2.7 < average < 3.3


def test_load_writes_searchable_customers(db: Database) -> None:
    assert sample_portfolio.load(db, 40) == 40
    directory = CustomerDirectory(db.reader)
    assert directory.count(CustomerQuery()) == 40
    assert db.reader.execute("SELECT count(*) FROM contact").fetchone()[0] >= 40
    assert db.reader.execute("PRAGMA foreign_key_check").fetchall() == []
    first_name = (
        db.reader.execute("SELECT full_name FROM contact WHERE preferred_language = 'ro' LIMIT 1")
        .fetchone()[0]
        .split()[0]
    )
    assert directory.page(CustomerQuery(first_name), 0, 50)


def test_load_writes_meetings_with_their_derived_columns(db: Database) -> None:
    sample_portfolio.load(db, 20, meetings_per_customer=8)
    count = db.reader.execute("SELECT count(*) FROM meeting").fetchone()[0]
    assert 20 * 4 <= count <= 20 * 12
    assert db.reader.execute("SELECT count(*) FROM disclosure").fetchone()[0] >= count
    stages = {r[0] for r in db.reader.execute("SELECT suggested_stage FROM customer")}
    assert "business_partner" in stages and len(stages) >= 2
    stale = db.reader.execute(
        "SELECT count(*) FROM customer c WHERE c.last_meeting_at IS NOT "
        "(SELECT max(started_at) FROM meeting m WHERE m.customer_id = c.id)"
    ).fetchone()[0]
    assert stale == 0
    assert db.reader.execute("PRAGMA foreign_key_check").fetchall() == []

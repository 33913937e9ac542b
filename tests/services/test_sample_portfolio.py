import itertools
from datetime import UTC, date, datetime
from pathlib import Path

from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.domain.currencies import is_currency_code
from relationdesk.domain.economics import parse_hourly_rates
from relationdesk.paths import settings_file
from relationdesk.services.customer_directory import CustomerDirectory, CustomerQuery
from relationdesk.services.economics import currencies_in_use
from relationdesk.services.lifecycle import lifecycle_view
from relationdesk.services.portfolio import AttentionKind, PortfolioDashboard, portfolio_dashboard
from relationdesk.services.samples import sample_portfolio


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


def _dashboard(db: Database) -> PortfolioDashboard:
    now = datetime.now(UTC).replace(tzinfo=None)
    return portfolio_dashboard(db.reader, now, parse_hourly_rates("EUR=5000"))


def test_sample_has_every_lifecycle_stage_and_the_dashboard_has_something_to_say(
    db: Database,
) -> None:
    sample_portfolio.load(db, 40, seed=7)
    board = _dashboard(db)
    missing = [s for s, n in board.lifecycle_stages.items() if not n and s.value != "former"]
    assert missing == []
    kinds = {item.kind for item in board.attention}
    assert {AttentionKind.DISENGAGE, AttentionKind.MASTER} <= kinds
    disengage = [i for i in board.attention if i.kind is AttentionKind.DISENGAGE]
    assert 1 <= len(disengage) <= 6  # a couple, not a third of the portfolio
    nps = [value for _, value in board.nps_by_quarter if value is not None]
    assert len(nps) >= 6 and len(set(nps)) > 1  # NPS over time, and it moves
    currencies = [r[0] for r in db.reader.execute("SELECT currency FROM customer")]
    assert all(is_currency_code(code) for code in currencies)
    assert {"EUR", "IDR", "RON"} <= set(currencies) and {"GBP", "USD"} & set(currencies)
    assert sorted(currencies_in_use(db.reader)) == sorted(set(currencies))
    assert db.reader.execute("SELECT count(*) FROM referral").fetchone()[0] >= 1
    assert db.reader.execute("PRAGMA foreign_key_check").fetchall() == []
    assert not settings_file().exists()  # the loader leaves the user's settings alone


def test_sample_lifecycle_fits_the_evidence_and_the_purchases(db: Database) -> None:
    sample_portfolio.load(db, 40, seed=7)
    conn, today = db.reader, datetime.now(UTC).date()
    customers = conn.execute("SELECT id, lifecycle_stage FROM customer").fetchall()
    move_ups = 0
    for customer_id, stage in customers:
        view = lifecycle_view(conn, customer_id, today)
        assert view is not None and view.history, customer_id
        assert view.history[0].stage.value == stage  # the cached stage is the newest move's
        days = [h.changed_on for h in reversed(view.history)]
        assert days == sorted(set(days)) and days[-1] <= today
        move_ups += view.suggestion.is_move_up
        periods = conn.execute(
            "SELECT starts_on, ends_on, orders FROM economics_period WHERE customer_id = ? "
            "ORDER BY starts_on",
            [customer_id],
        ).fetchall()
        for before, after in itertools.pairwise(periods):
            assert before[1] < after[0]  # no overlap
        orders = sum(p[2] for p in periods)
        if stage == "prospect":
            assert periods == []
        elif stage == "tester":
            assert 1 <= orders <= 2
        elif stage in ("account", "patron_friend", "sponsor_champion"):
            assert len(periods) >= 4 and orders >= 8
    # Most stages agree with the evidence; a few customers are ready for a move up.
    assert 1 <= move_ups <= len(customers) // 5
    answers = conn.execute("SELECT min(answered_on), max(answered_on) FROM recommendation")
    oldest, newest = (date.fromisoformat(d) for d in answers.fetchone())
    assert (today - oldest).days > 365 and newest <= today


def test_sample_lifecycle_is_seeded(tmp_path: Path) -> None:
    def stages(name: str) -> list[tuple[str, str, int]]:
        database = open_database(f"sqlite:///{tmp_path / name}")
        try:
            sample_portfolio.load(database, 30, seed=5)
            return database.reader.execute(
                "SELECT c.name, c.lifecycle_stage, (SELECT coalesce(sum(revenue), 0) FROM "
                "economics_period p WHERE p.customer_id = c.id) FROM customer c ORDER BY name"
            ).fetchall()
        finally:
            database.close()

    assert stages("one.sqlite3") == stages("two.sqlite3")

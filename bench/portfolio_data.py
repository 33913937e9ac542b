"""Lifecycle stages, economics, recommendation answers and referrals for the benchmark
database (docs/domain.md §4), with realistic spreads, written in one transaction.

Added to a database the sample generator has filled: every table the dashboard reads then
has the volume a big portfolio would give it. Only empty tables are filled, so a cached
database gains what it lacks and a generator that learns to write these rows itself is
never doubled.
"""

import random
import sqlite3
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from relationdesk.db.connection import open_file

# Roughly how a long-standing portfolio spreads over the ladder (prospects to sponsors,
# then the relationships that ended).
STAGE_WEIGHTS = {
    "prospect": 24,
    "tester": 12,
    "buyer": 25,
    "account": 18,
    "patron_friend": 8,
    "sponsor_champion": 5,
    "former": 8,
}
LADDER = ("prospect", "tester", "buyer", "account", "patron_friend", "sponsor_champion")
# Typical monthly revenue per stage in whole units of EUR; other currencies scale by rate.
MONTHLY_REVENUE = {
    "tester": 1_500,
    "buyer": 6_000,
    "account": 20_000,
    "patron_friend": 45_000,
    "sponsor_champion": 60_000,
    "former": 2_000,
}
PER_EUR = {"EUR": 1.0, "RON": 5.0, "GBP": 0.85, "USD": 1.1, "CAD": 1.5, "AUD": 1.65,
           "IDR": 17_000.0}  # fmt: skip
MONTHS = 12
COSTLY_SHARE = 0.06  # customers whose cost-to-serve eats most of the revenue
PREVIOUS_YEAR_SHARE = 0.2  # also have last year's quarters (so revenue can be seen falling)
ANSWER_SHARE = 0.3  # customers where some contacts answered "would you recommend us?"
REFERRAL_SHARE = 0.01


def _id() -> str:
    return str(uuid.uuid4())


def _month_start(year: int, month: int) -> date:
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def _months_back(today: date, count: int) -> list[tuple[date, date]]:
    """The last `count` calendar months up to today's, oldest first."""
    first = today.year * 12 + today.month - count
    months = []
    for index in range(first, first + count):
        start = date(index // 12, index % 12 + 1, 1)
        end = _month_start(start.year, start.month + 1) - timedelta(days=1)
        months.append((start, end))
    return months


def _quarters_before(start: date) -> list[tuple[date, date]]:
    """The four quarters of the year before `start` (month-aligned, oldest first)."""
    quarters = []
    for offset in (12, 9, 6, 3):
        index = start.year * 12 + start.month - 1 - offset
        first = date(index // 12, index % 12 + 1, 1)
        last = _month_start(first.year, first.month + 3) - timedelta(days=1)
        quarters.append((first, last))
    return quarters


def add_portfolio_data(path: Path, seed: int) -> None:
    """Lifecycle stages, economics, NPS answers and referrals, where still missing."""
    started = time.perf_counter()
    added = fill_empty_tables(path, seed, datetime.now(UTC).replace(tzinfo=None))
    if any(added.values()):
        rows = ", ".join(f"{count:,} {table}" for table, count in added.items() if count)
        print(f"  added {rows} in {time.perf_counter() - started:.1f} s", flush=True)


def fill_empty_tables(path: Path, seed: int, now: datetime) -> dict[str, int]:
    """Fill the lifecycle and economics tables that are still empty; returns rows added."""
    random_ = random.Random(seed)
    conn = open_file(path)
    conn.execute("PRAGMA foreign_keys=ON")
    try:
        conn.execute("BEGIN IMMEDIATE")
        added = _fill(conn, random_, now)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return added
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def _empty(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None


def _fill(conn: sqlite3.Connection, random_: random.Random, now: datetime) -> dict[str, int]:
    today = now.date()
    stamp = now.isoformat(" ")
    customers = conn.execute("SELECT id, created_at, currency FROM customer ORDER BY id").fetchall()
    added = dict.fromkeys(("lifecycle_change", "economics_period", "recommendation", "referral"), 0)
    stages: dict[str, str] = {}
    if _empty(conn, "lifecycle_change"):
        changes, updates = [], []
        for customer_id, created_at, _currency in customers:
            since = datetime.fromisoformat(created_at).date()
            path = _stage_path(random_)
            days = max((today - since).days, len(path))
            steps = sorted(random_.sample(range(days), len(path)))
            previous: str | None = None
            for stage, step in zip(path, steps, strict=True):
                changes.append(
                    (
                        _id(),
                        customer_id,
                        stage,
                        previous,
                        (since + timedelta(days=step)).isoformat(),
                        stamp,
                        stamp,
                    )
                )
                previous = stage
            stages[customer_id] = path[-1]
            updates.append((path[-1], customer_id))
        conn.executemany(
            "INSERT INTO lifecycle_change (id, customer_id, stage, previous_stage, changed_on, "
            "reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)",
            changes,
        )
        conn.executemany("UPDATE customer SET lifecycle_stage = ? WHERE id = ?", updates)
        added["lifecycle_change"] = len(changes)
    else:
        stages = dict(conn.execute("SELECT id, lifecycle_stage FROM customer"))
    if _empty(conn, "economics_period"):
        periods = _periods(customers, stages, random_, today, stamp)
        conn.executemany(
            "INSERT INTO economics_period (id, customer_id, kind, starts_on, ends_on, revenue, "
            "care_cost, assistance_cost, other_cost, orders, product_lines, note, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
            periods,
        )
        added["economics_period"] = len(periods)
    if _empty(conn, "recommendation"):
        answers = _answers(conn, stages, random_, today, stamp)
        conn.executemany(
            "INSERT INTO recommendation (id, customer_id, contact_id, score, answered_on, note, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)",
            answers,
        )
        added["recommendation"] = len(answers)
    if _empty(conn, "referral"):
        referrals = _referrals(customers, stages, random_, today, stamp)
        conn.executemany(
            "INSERT INTO referral (id, sponsor_customer_id, sponsor_contact_id, "
            "referred_customer_id, referred_on, note, created_at, updated_at) "
            "VALUES (?, ?, NULL, ?, ?, '', ?, ?)",
            referrals,
        )
        added["referral"] = len(referrals)
    return added


def _stage_path(random_: random.Random) -> list[str]:
    """The moves that led to a customer's stage: up the ladder, sometimes one step back."""
    final = random_.choices(list(STAGE_WEIGHTS), weights=list(STAGE_WEIGHTS.values()))[0]
    if final == "former":
        top = random_.randint(1, 3)
        return [*LADDER[: top + 1], "former"]
    top = LADDER.index(final)
    if 1 <= top <= 3 and random_.random() < 0.12:  # it went one step higher, then fell back
        return [*LADDER[: top + 2], final]
    return list(LADDER[: top + 1])


def _periods(
    customers: list[tuple[str, str, str]],
    stages: dict[str, str],
    random_: random.Random,
    today: date,
    stamp: str,
) -> list[tuple[object, ...]]:
    months = _months_back(today, MONTHS)
    quarters = _quarters_before(months[0][0])
    rows: list[tuple[object, ...]] = []
    for customer_id, _created, currency in customers:
        stage = stages.get(customer_id, "prospect")
        if stage == "prospect":
            continue  # no commercial relationship yet
        scale = PER_EUR.get(currency, 1.0) * random_.lognormvariate(0, 0.6)
        typical = MONTHLY_REVENUE[stage] * scale * 100  # in minor units
        costly = random_.random() < COSTLY_SHARE
        cost_share = random_.uniform(0.6, 1.3) if costly else random_.uniform(0.04, 0.25)
        # A former customer stopped buying some months ago.
        active = months[: random_.randint(2, 8)] if stage == "former" else months
        for start, end in active:
            bought = random_.random() < (0.55 if stage == "tester" else 0.9)
            revenue = int(typical * random_.uniform(0.5, 1.5)) if bought else 0
            care = int(typical * cost_share * random_.uniform(0.3, 0.7))
            assistance = int(typical * cost_share * random_.uniform(0.1, 0.4))
            orders = random_.randint(1, 8) if bought else 0
            lines = random_.randint(1, 5) if bought else 0
            rows.append(
                (_id(), customer_id, "month", start.isoformat(), end.isoformat(), revenue,
                 care, assistance, int(typical * 0.01), orders, lines, stamp, stamp)
            )  # fmt: skip
        if random_.random() < PREVIOUS_YEAR_SHARE:
            # Last year in quarters; a few bought much more then (revenue has fallen since).
            earlier = random_.uniform(2.0, 3.5) if random_.random() < 0.3 else 1.0
            for start, end in quarters:
                revenue = int(typical * 3 * earlier * random_.uniform(0.7, 1.3))
                care = int(typical * 3 * cost_share * 0.5)
                orders, lines = random_.randint(2, 12), random_.randint(1, 5)
                rows.append(
                    (_id(), customer_id, "quarter", start.isoformat(), end.isoformat(),
                     revenue, care, 0, 0, orders, lines, stamp, stamp)
                )  # fmt: skip
    return rows


def _answers(
    conn: sqlite3.Connection,
    stages: dict[str, str],
    random_: random.Random,
    today: date,
    stamp: str,
) -> list[tuple[object, ...]]:
    """0-10 answers from some contacts over the last two years; deeper stages answer
    higher (sponsors are promoters, docs/domain.md §4)."""
    lean = {"prospect": 7.0, "tester": 7.5, "buyer": 7.8, "account": 8.3, "patron_friend": 9.0,
            "sponsor_champion": 9.5, "former": 5.0}  # fmt: skip
    rows: list[tuple[object, ...]] = []
    contacts: dict[str, list[str]] = {}
    for contact_id, customer_id in conn.execute("SELECT id, customer_id FROM contact ORDER BY id"):
        contacts.setdefault(customer_id, []).append(contact_id)
    for customer_id in sorted(contacts):
        if random_.random() >= ANSWER_SHARE:
            continue
        people = contacts[customer_id]
        for contact_id in random_.sample(people, random_.randint(1, min(2, len(people)))):
            for _ in range(random_.randint(1, 3)):
                typical = lean[stages.get(customer_id, "buyer")]
                score = min(10, max(0, round(random_.gauss(typical, 1.8))))
                answered = today - timedelta(days=random_.randint(0, 730))
                rows.append(
                    (_id(), customer_id, contact_id, score, answered.isoformat(), stamp, stamp)
                )
    return rows


def _referrals(
    customers: list[tuple[str, str, str]],
    stages: dict[str, str],
    random_: random.Random,
    today: date,
    stamp: str,
) -> list[tuple[object, ...]]:
    """Sponsors and patrons introduce a few other customers."""
    sponsors = [
        c[0] for c in customers if stages.get(c[0]) in ("sponsor_champion", "patron_friend")
    ]
    others = [c[0] for c in customers]
    count = min(len(sponsors), int(len(customers) * REFERRAL_SHARE))
    rows: list[tuple[object, ...]] = []
    for sponsor in random_.sample(sponsors, count):
        referred = random_.choice(others)
        if referred != sponsor:
            day = today - timedelta(days=random_.randint(0, 700))
            rows.append((_id(), sponsor, referred, day.isoformat(), stamp, stamp))
    return rows

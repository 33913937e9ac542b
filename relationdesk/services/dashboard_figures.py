"""Every customer's money of the last 12 months, kept ready for the dashboard (issue 20).

Migration 0008's triggers mark a customer stale in the same transaction as any write to
its economics periods or meetings; a read recomputes only the stale customers (plus
those whose periods have started since the last read), and every customer once a month,
when the 12-month window moves. So the dashboard's cost no longer grows with the
history the portfolio holds: a read is one pass over a small table.

The recomputation is read in one snapshot and written back in a short transaction of its
own, so a save on the GUI thread never waits for the reading. A customer marked again
meanwhile keeps its mark (only the marks seen are forgotten) and is read next time.
"""

import sqlite3
from datetime import date

from relationdesk.domain.economics import last_twelve_months
from relationdesk.services.portfolio_figures import (
    CustomerMoney,
    meeting_minutes,
    money_by_customer,
)

Figures = tuple[dict[str, CustomerMoney], dict[str, float]]  # money, meeting minutes


def money_and_minutes(conn: sqlite3.Connection, today: date) -> Figures:
    """customer -> its money of the last 12 months, and its meeting minutes inside them,
    for the customers with periods there; brought up to date first."""
    since, until = last_twelve_months(today)
    conn.execute("BEGIN")  # one snapshot for what is read and the marks it answers
    try:
        window = conn.execute("SELECT since, computed_on FROM dashboard_window").fetchone()
        seen = conn.execute("SELECT coalesce(max(seq), 0) FROM dashboard_stale").fetchone()[0]
        whole = window is None or window[0] != since.isoformat() or window[1] > until.isoformat()
        if whole:
            ids = None
        else:
            ids = [r[0] for r in conn.execute("SELECT customer_id FROM dashboard_stale")]
            ids += [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT customer_id FROM economics_period "
                    "WHERE starts_on > ? AND starts_on <= ?",
                    [window[1], until.isoformat()],
                )
            ]
        money = money_by_customer(conn, since, until, ids) if ids is None or ids else {}
        minutes = meeting_minutes(conn, money, since, until)
    finally:
        conn.execute("COMMIT")
    if whole or ids:
        _write_back(conn, ids, money, minutes, seen, since, until)
    return _cached(conn)


def _write_back(
    conn: sqlite3.Connection,
    ids: list[str] | None,
    money: dict[str, CustomerMoney],
    minutes: dict[str, float],
    seen: int,
    since: date,
    until: date,
) -> None:
    """Replace the recomputed customers' rows (all of them for `ids` None), forget the
    marks seen."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if ids is None:
            conn.execute("DELETE FROM dashboard_money")
        else:
            conn.executemany(
                "DELETE FROM dashboard_money WHERE customer_id = ?", [[i] for i in set(ids)]
            )
        conn.executemany(
            "INSERT INTO dashboard_money (customer_id, revenue, entered_cost, contiguous, "
            "first_day, last_day, minutes) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                [
                    i,
                    m.revenue,
                    m.entered_cost,
                    m.contiguous,
                    m.first_day,
                    m.last_day,
                    minutes.get(i),
                ]
                for i, m in money.items()
            ],
        )
        conn.execute("DELETE FROM dashboard_stale WHERE seq <= ?", [seen])
        conn.execute(
            "UPDATE dashboard_window SET since = ?, computed_on = ?",
            [since.isoformat(), until.isoformat()],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _cached(conn: sqlite3.Connection) -> Figures:
    money: dict[str, CustomerMoney] = {}
    minutes: dict[str, float] = {}
    for row in conn.execute(
        "SELECT customer_id, revenue, entered_cost, contiguous, first_day, last_day, minutes "
        "FROM dashboard_money"
    ):
        money[row[0]] = CustomerMoney(row[1], row[2], bool(row[3]), row[4], row[5])
        if row[6] is not None:  # NULL: no meeting in its periods
            minutes[row[0]] = row[6]
    return money, minutes

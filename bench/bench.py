"""`make bench`: start-up, search, saving and the dashboard on a large seeded database.

Not a test: it prints a table and writes bench/results/bench.json. Targets (issue
"Foundation"): first paint <= 1.5x a bare PySide6 window, list filled <= 3x, search
p95 <= 10 ms; the dashboard shown <= 500 ms (dashboard_bench.py); a customer review with
all charts <= 1.5 s, a portfolio review of 500 customers <= 20 s (reports_bench.py).
Every start-up is a fresh process, so interpreter start counts for both.
`--only reports` runs just the reports' measures (the other figures in bench.json stay).
The database is encrypted, as the app makes it; `--plain` measures a plain one (a
database from before encryption) in results/data-plain, written to bench-plain.json.
Without a keychain, the key is kept in results/database-key (RELATIONDESK_KEY_FILE).

Issue 20: every time is also given in B, the bare window's time of the same run (in_b.py,
`*_b` keys in bench.json); the peak memory with every tab visited (memory_bench.py); the
longest GUI-thread stall during the search and save loops (stall.py); the ratios
large/small against a 2,000-customer database (growth_bench.py, `--only growth`).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
RESULTS_FILE = RESULTS / "bench.json"
sys.path.insert(0, str(HERE.parent))

# Next to this script.
from dashboard_bench import measure_dashboard  # noqa: E402
from dashboard_bench import rows as dashboard_rows  # noqa: E402
from growth_bench import SMALL_CUSTOMERS, measure_growth  # noqa: E402
from growth_bench import rows as growth_rows  # noqa: E402
from in_b import print_table, write_results  # noqa: E402
from memory_bench import measure_memory  # noqa: E402
from memory_bench import rows as memory_rows  # noqa: E402
from portfolio_data import add_portfolio_data  # noqa: E402
from reports_bench import measure_reports  # noqa: E402
from reports_bench import rows as report_rows  # noqa: E402
from stall import Heartbeat  # noqa: E402
from sync_bench import measure_sync  # noqa: E402
from sync_bench import rows as sync_rows  # noqa: E402

CUSTOMERS = 20_000
CONTACTS_PER_CUSTOMER = 3
MEETINGS_PER_CUSTOMER = 10  # ~200,000 meetings, ~600,000 disclosures
BIG_CUSTOMER_MEETINGS = 500  # one customer with a long history, to open
SAVES = 100
SEED = 2026
# As typed, letter by letter: short prefixes are the slow ones.
SEARCH_TYPING = (
    "stefan",
    "popescu",
    "jakarta",
    "brasov",
    "gruppo rossi",
    "pt sinar",
    "manchester",
    "meccanica",
    "cantu",
    "dewi",
)

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            print("paint", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1200, 720)
watch = Watch(); app.installEventFilter(watch)
window.show(); app.exec()
"""

RELATIONDESK = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView
from relationdesk.app import application, start
app = application()
seen = {}
def first_list_has_rows(obj):
    # The viewport of a list on the first screen (Today, or the customer list) with rows.
    view = obj.parent()
    if window.tabs is None or not isinstance(view, QAbstractItemView):
        return False
    if view.viewport() is not obj or view.model() is None or not view.model().rowCount():
        return False
    return window.tabs.currentWidget().isAncestorOf(view)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window is not None:
            if obj is window and "paint" not in seen:
                seen["paint"] = time.time()
            if "rows" not in seen and first_list_has_rows(obj):
                seen["rows"] = time.time()
            if len(seen) == 2:
                QTimer.singleShot(0, app.quit)
        return False
window = None
watch = Watch(); app.installEventFilter(watch)
window = start(app, "en")
app.exec()
print("paint", seen["paint"]); print("rows", seen["rows"]); sys.stdout.flush()
window.db.close()
"""


def build_database(data_dir: Path, plain: bool = False, customers: int = CUSTOMERS) -> Path:
    """The large database (or, for the growth ratios, a smaller one), built once per size
    and seed (it takes a while); encrypted unless `plain`."""
    from relationdesk.db.schema import open_database
    from relationdesk.services.samples import sample_portfolio

    path = data_dir / "relationdesk.sqlite3"
    from relationdesk.db.schema import HEAD_REVISION

    # Rebuilt when the schema or the sizes change, so every table has realistic content.
    marker = data_dir / (
        f"built-{HEAD_REVISION}-{customers}-{CONTACTS_PER_CUSTOMER}-{MEETINGS_PER_CUSTOMER}-"
        f"{BIG_CUSTOMER_MEETINGS}-{SEED}"
    )
    if marker.exists() and path.exists():
        add_portfolio_data(path, SEED)  # a database cached before these tables had rows
        return path
    for old in data_dir.glob("*"):
        if old.is_file():
            old.unlink()
    print(
        f"Building {customers:,} customers with ~{customers * CONTACTS_PER_CUSTOMER:,} contacts…",
        flush=True,
    )
    started = time.perf_counter()
    if plain:  # a header first: the app then keeps the file plain
        from relationdesk.db.connection import open_file

        with open_file(path, key=None) as conn:
            conn.execute("CREATE TABLE empty (x)")
            conn.execute("DROP TABLE empty")
    db = open_database(f"sqlite:///{path}")
    sample_portfolio.load(db, customers, SEED, CONTACTS_PER_CUSTOMER, MEETINGS_PER_CUSTOMER)
    # The long-history customer: the generator spreads meeting counts around the mean.
    sample_portfolio.load(db, 1, SEED + 1, CONTACTS_PER_CUSTOMER, BIG_CUSTOMER_MEETINGS)
    db.reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.reader.execute("ANALYZE")
    db.close()
    add_portfolio_data(path, SEED)
    marker.touch()
    print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def _child_times(code: str, env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    times = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("paint", "rows"):
            times[key] = float(value) - started
    return times


def measure_start_up(data_dir: Path, runs: int) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        RELATIONDESK_DATA_DIR=str(data_dir),
        PYTHONPATH=str(HERE.parent),
    )
    env.pop("RELATIONDESK_DATABASE_URL", None)
    # An installed app has its bytecode compiled (pip does it at install); a developer
    # shell may forbid writing it, which would charge compile time to every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    _child_times(RELATIONDESK, env)  # warm the file cache and .pyc files once
    _child_times(BARE_WINDOW, env)
    bare, paint, rows = [], [], []
    for _ in range(runs):  # alternate, so a busy moment of the machine hits both
        bare.append(_child_times(BARE_WINDOW, env)["paint"])
        times = _child_times(RELATIONDESK, env)
        paint.append(times["paint"])
        rows.append(times["rows"])
    return {
        "bare_window_s": statistics.median(bare),
        "first_paint_s": statistics.median(paint),
        "list_filled_s": statistics.median(rows),
        # Ratios of each alternating pair, then the median: steadier than a ratio of medians.
        "first_paint_ratio": statistics.median(p / b for p, b in zip(paint, bare, strict=True)),
        "list_filled_ratio": statistics.median(r / b for r, b in zip(rows, bare, strict=True)),
    }


def measure_search(data_dir: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RELATIONDESK_DATA_DIR"] = str(data_dir)
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from relationdesk.db.schema import open_database
    from relationdesk.i18n import LanguageSwitcher
    from relationdesk.paths import database_url, settings_file
    from relationdesk.settings import Settings
    from relationdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_database(database_url())
    switcher = LanguageSwitcher(app)
    switcher.apply("en")
    window = MainWindow(Settings(settings_file()), switcher)
    window.attach(db)
    window.show()
    app.processEvents()
    latencies = []
    heartbeat = Heartbeat()
    heartbeat.start()
    for _round in range(3):
        for word in SEARCH_TYPING:
            for end in range(1, len(word) + 1):
                started = time.perf_counter()
                window.search_edit.setText(word[:end])  # the whole keystroke handler
                latencies.append((time.perf_counter() - started) * 1000)
                app.processEvents()
            window.search_edit.clear()
            app.processEvents()
    stall = heartbeat.stop()
    window.close()
    window.deleteLater()  # gone before the next measurement switches language again
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    db.close()
    latencies.sort()
    return {
        "search_p50_ms": statistics.median(latencies),
        "search_p95_ms": latencies[int(len(latencies) * 0.95) - 1],
        "search_samples": len(latencies),
        "search_stall_ms": stall,
    }


def _big_customer(db) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    row = db.reader.execute(
        "SELECT customer_id, count(*) AS n FROM meeting GROUP BY customer_id "
        "ORDER BY n DESC LIMIT 1"
    ).fetchone()
    return row[0], row[1]


def measure_meetings(data_dir: Path) -> dict[str, float]:
    """Open the long-history customer until its timeline shows; save meetings."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RELATIONDESK_DATA_DIR"] = str(data_dir)
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from relationdesk.db.schema import open_database
    from relationdesk.domain.evidence import LedgerKind
    from relationdesk.domain.evidence_rules import LedgerFields
    from relationdesk.domain.meetings import (
        Depth,
        DisclosureDomain,
        DisclosureFields,
        MeetingFields,
        Side,
    )
    from relationdesk.i18n import LanguageSwitcher
    from relationdesk.paths import database_url, settings_file
    from relationdesk.services import evidence_log, meeting_log
    from relationdesk.settings import Settings
    from relationdesk.ui.customers.customer_detail import TIMELINE_TAB
    from relationdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_database(database_url())
    switcher = LanguageSwitcher(app)
    switcher.apply("en")
    window = MainWindow(Settings(settings_file()), switcher)
    window.attach(db)
    window.show()
    app.processEvents()
    workspace = window.workspace
    assert workspace is not None
    big_id, big_count = _big_customer(db)
    workspace.detail.tabs.setCurrentIndex(TIMELINE_TAB)
    opening = []
    for _ in range(5):
        workspace.detail.show_customer(None)
        app.processEvents()
        started = time.perf_counter()
        workspace.detail.show_customer(big_id)  # what selecting the customer does
        app.processEvents()  # until the timeline has painted
        opening.append((time.perf_counter() - started) * 1000)
        assert workspace.detail.timeline.model.rowCount() == big_count
    saving = []
    saved_ids = []
    now = datetime.now(UTC).replace(tzinfo=None)
    heartbeat = Heartbeat()
    heartbeat.start()
    # 100 saves: SQLite checkpoints its WAL every ~1000 pages (one save in ~50), so fewer
    # samples would let a single checkpoint decide the p95. The maximum is reported too.
    for index in range(SAVES + 1):
        fields = MeetingFields(
            customer_id=big_id,
            started_at=now - timedelta(minutes=index),
            summary="Bench visit",
            next_steps="Send the offer",
            disclosures=[
                DisclosureFields(
                    Side.CUSTOMER, DisclosureDomain.BUSINESS, topic, Depth.CORE, "bench"
                )
                for topic in ("strategy", "finances", "problems", "future_plans", "people")
            ],
        )
        started = time.perf_counter()
        saved_ids.append(meeting_log.save_meeting(db, fields))
        if index:  # the first save also imports SQLAlchemy: not a steady-state figure
            saving.append((time.perf_counter() - started) * 1000)
        app.processEvents()  # what the views do after a save counts as a stall too
    evidence = []
    evidence_ids = []
    for index in range(SAVES + 1):  # one give-and-take entry at a time, scores refreshed
        entry = LedgerFields(
            big_id,
            Side.US if index % 2 else Side.CUSTOMER,
            LedgerKind.CONCESSION,
            now - timedelta(days=index),
            description="Bench discount",
            value=100.0 + index,
        )
        started = time.perf_counter()
        evidence_ids.append(evidence_log.save_ledger_entry(db, entry))
        if index:
            evidence.append((time.perf_counter() - started) * 1000)
        app.processEvents()
    stall = heartbeat.stop()
    for entry_id in evidence_ids:
        evidence_log.delete_ledger_entry(db, entry_id)
    db.reader.execute("DELETE FROM tombstone WHERE table_name = 'ledger_entry'")
    evidence.sort()
    for meeting_id in saved_ids:  # leave the benchmark database as it was built
        meeting_log.delete_meeting(db, meeting_id)
    db.reader.execute("DELETE FROM tombstone WHERE table_name = 'meeting'")
    window.close()
    window.deleteLater()  # gone before the next measurement switches language again
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    db.close()
    saving.sort()
    return {
        "big_customer_meetings": big_count,
        "open_customer_timeline_ms": statistics.median(opening),
        "save_meeting_p50_ms": statistics.median(saving),
        "save_meeting_p95_ms": saving[int(len(saving) * 0.95) - 1],
        "save_meeting_max_ms": saving[-1],
        "save_evidence_p50_ms": statistics.median(evidence),
        "save_evidence_p95_ms": evidence[int(len(evidence) * 0.95) - 1],
        "save_evidence_max_ms": evidence[-1],
        "save_stall_ms": stall,
        "meetings_total": db_count(data_dir, "meeting"),
        "disclosures_total": db_count(data_dir, "disclosure"),
        "periods_total": db_count(data_dir, "economics_period"),
    }


def db_count(data_dir: Path, table: str) -> int:
    from relationdesk.db.connection import open_file

    conn = open_file(data_dir / "relationdesk.sqlite3")
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="start-ups per measurement (9)")
    parser.add_argument(
        "--only", choices=("reports", "sync", "growth"), help="run only these measures"
    )
    parser.add_argument("--plain", action="store_true", help="an unencrypted database")
    args = parser.parse_args()
    os.environ.setdefault("RELATIONDESK_KEY_FILE", str(RESULTS / "database-key"))
    data_dir = RESULTS / ("data-plain" if args.plain else "data")
    data_dir.mkdir(parents=True, exist_ok=True)
    global RESULTS_FILE
    RESULTS_FILE = RESULTS / ("bench-plain.json" if args.plain else "bench.json")
    build_database(data_dir, args.plain)
    if args.plain:  # measured as it is: the window must not stop to offer encryption
        from relationdesk import settings as keys
        from relationdesk.settings import Settings

        kept = Settings(data_dir / "settings.ini")
        kept.set(keys.ENCRYPTION_OFFERED, True)
        kept.sync()
    if args.only == "reports":
        return _reports_only(data_dir)
    if args.only == "sync":
        return _sync_only(data_dir)
    if args.only == "growth":
        return _growth_only(data_dir)
    figures: dict[str, float] = {}
    figures.update(measure_start_up(data_dir, args.runs))
    figures.update(measure_search(data_dir))
    figures.update(measure_meetings(data_dir))
    figures.update(measure_dashboard(data_dir))
    figures.update(measure_reports(data_dir))
    figures.update(measure_sync(data_dir / "relationdesk.sqlite3"))
    figures.update(measure_memory(data_dir))
    figures.update(_growth(figures))
    bare = figures["bare_window_s"]
    rows = [
        ("bare PySide6 window painted", f"{bare * 1000:.0f} ms", "", ""),
        (
            "RelationDesk window painted",
            f"{figures['first_paint_s'] * 1000:.0f} ms",
            f"{figures['first_paint_ratio']:.2f}x",
            "<= 1.5x",
        ),
        (
            "RelationDesk first list filled",
            f"{figures['list_filled_s'] * 1000:.0f} ms",
            f"{figures['list_filled_ratio']:.2f}x",
            "<= 3x",
        ),
        ("search p50 (list filtered)", f"{figures['search_p50_ms']:.1f} ms", "", ""),
        ("search p95 (list filtered)", f"{figures['search_p95_ms']:.1f} ms", "", "<= 10 ms"),
        (
            f"open customer, {figures['big_customer_meetings']:.0f} meetings",
            f"{figures['open_customer_timeline_ms']:.0f} ms",
            "",
            "<= 100 ms",
        ),
        ("save meeting + 5 disclosures p50", f"{figures['save_meeting_p50_ms']:.1f} ms", "", ""),
        (
            "save meeting + 5 disclosures p95",
            f"{figures['save_meeting_p95_ms']:.1f} ms",
            "",
            "<= 50 ms",
        ),
        ("save meeting + 5 disclosures max", f"{figures['save_meeting_max_ms']:.1f} ms", "", ""),
        ("save evidence + scores p50", f"{figures['save_evidence_p50_ms']:.1f} ms", "", ""),
        ("save evidence + scores p95", f"{figures['save_evidence_p95_ms']:.1f} ms", "", "<= 50 ms"),
        ("save evidence + scores max", f"{figures['save_evidence_max_ms']:.1f} ms", "", ""),
        *dashboard_rows(figures),
        *report_rows(figures),
        *sync_rows(figures),
        *_issue20_rows(figures),
    ]
    print(
        f"\nRelationDesk benchmark: {CUSTOMERS:,} customers, "
        f"~{CUSTOMERS * CONTACTS_PER_CUSTOMER:,} contacts, "
        f"{figures['meetings_total']:,.0f} meetings, "
        f"{figures['disclosures_total']:,.0f} disclosures, "
        f"{figures['periods_total']:,.0f} economics periods; {args.runs} alternating starts"
    )
    print_table(rows, bare * 1000)
    write_results(RESULTS_FILE, figures, keep=False)
    print(f"\nWritten to {RESULTS_FILE}")
    return 0


def _reports_only(data_dir: Path) -> int:
    figures = measure_reports(data_dir)
    print(f"\nRelationDesk benchmark, reports: {CUSTOMERS:,} customers in the database")
    written = RESULTS_FILE
    kept = json.loads(written.read_text()) if written.exists() else {}
    print_table(report_rows(figures), kept.get("bare_window_s", 0.0) * 1000)
    write_results(written, figures, keep=True)
    print(f"\nWritten to {written}")
    return 0


def _sync_only(data_dir: Path) -> int:
    """The sync figures, next to the bare window of this run (measured a few times)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    _child_times(BARE_WINDOW, env)
    bare = statistics.median(_child_times(BARE_WINDOW, env)["paint"] for _ in range(5))
    figures = {"bare_window_s": bare, **measure_sync(data_dir / "relationdesk.sqlite3")}
    print(f"\nRelationDesk benchmark, sync: {CUSTOMERS:,} customers on the server")
    print_table(sync_rows(figures), bare * 1000)
    write_results(RESULTS / "bench.json", figures, keep=True)
    print(f"\nWritten to {RESULTS / 'bench.json'}")
    return 0


def _growth(large: dict[str, float]) -> dict[str, float]:
    """The small database's figures and the ratios large/small (growth_bench.py)."""
    small_dir = RESULTS / "data-small"
    small_dir.mkdir(parents=True, exist_ok=True)
    build_database(small_dir, customers=SMALL_CUSTOMERS)
    return measure_growth(small_dir, large, [measure_search, measure_meetings, measure_dashboard])


def _issue20_rows(figures: dict[str, float]) -> list[tuple[str, str, str, str]]:
    """Memory, the longest GUI stalls and the growth ratios (issue 20)."""
    bare = figures["bare_window_s"] * 1000
    stalls = [
        (name, f"{figures[key]:.1f} ms", "", f"<= {0.3 * bare:.0f} ms (0.3 B)")
        for key, name in (
            ("search_stall_ms", "longest GUI stall, search loop"),
            ("save_stall_ms", "longest GUI stall, save loops"),
        )
        if key in figures
    ]
    return [*memory_rows(figures), *stalls, *growth_rows(figures)]


def _growth_only(data_dir: Path) -> int:
    """B, the large database's search, meetings and dashboard, then the growth ratios."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    _child_times(BARE_WINDOW, env)
    bare = statistics.median(_child_times(BARE_WINDOW, env)["paint"] for _ in range(5))
    figures: dict[str, float] = {"bare_window_s": bare}
    for measure in (measure_search, measure_meetings, measure_dashboard, measure_memory):
        figures.update(measure(data_dir))
    figures.update(_growth(figures))
    print(f"\nRelationDesk benchmark, growth: {CUSTOMERS:,} / {SMALL_CUSTOMERS:,} customers")
    print_table([*dashboard_rows(figures), *_issue20_rows(figures)], bare * 1000)
    write_results(RESULTS / "bench.json", figures, keep=True)
    print(f"\nWritten to {RESULTS / 'bench.json'}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: after the in-process search measurement PySide 6.12
    # crashes while garbage-collecting Qt wrappers at exit (seen only in this script;
    # the app itself exits cleanly). The figures are already printed and written.
    os._exit(code)

"""`make bench`, the PDF reports on the large database (issue "PDF reports for account
reviews"): from the first query until the PDF file is written, in the report's language.

- customer review with all charts: the customer with the most meetings, the last
  12 months. Target: <= 1.5 s.
- portfolio review, 500 customers: portfolio_data + portfolio_review + write_pdf.
  Target: <= 20 s.

Each run is a fresh process with a QGuiApplication (what `relationdesk report` has), so
matplotlib's import counts as it would for the first report of a session; the file cache
and matplotlib's font cache are warmed by one run first. Interpreter and Qt start-up are
not counted: the app is running when a salesperson asks for a report.
"""

import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOURLY_RATES = "AUD=8000;CAD=7000;EUR=5000;GBP=4000;IDR=100000000;RON=25000;USD=6000"
PORTFOLIO_CUSTOMERS = 500
KINDS = ("customer", "portfolio")

CHILD = """
import sys, tempfile, time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from relationdesk.db.schema import open_database
from relationdesk.domain.economics import parse_hourly_rates
from relationdesk.i18n import speaking
from relationdesk.paths import database_url

kind, language, size = sys.argv[1], sys.argv[2], int(sys.argv[4])
rates = parse_hourly_rates(sys.argv[3])
app = QGuiApplication([])
db = open_database(database_url())
conn = db.reader
now = datetime.now(UTC).replace(tzinfo=None)
target = Path(tempfile.mkdtemp()) / "report.pdf"
if kind == "customer":
    try:
        from relationdesk.services.reports.customer_review import ReviewOptions, customer_review
        from relationdesk.services.reports.pdf import write_pdf
    except ImportError as error:
        print("skipped", error)
        raise SystemExit(0)
    customer_id, meetings = conn.execute(
        "SELECT customer_id, count(*) AS n FROM meeting GROUP BY customer_id "
        "ORDER BY n DESC LIMIT 1"
    ).fetchone()
    options = ReviewOptions(now.date() - timedelta(days=365), now.date(), author="Bench")
    started = time.perf_counter()
    try:
        with speaking(language):
            document = customer_review(conn, customer_id, options, now, rates)
    except NotImplementedError as error:
        print("skipped", error)
        raise SystemExit(0)
    built = time.perf_counter()
    pages = write_pdf(document, target)
    print("subject", meetings)
else:
    from relationdesk.services.reports.pdf import write_pdf
    from relationdesk.services.reports.portfolio_review import (
        PortfolioOptions, PortfolioSort, portfolio_data, portfolio_review,
    )

    ids = [r[0] for r in conn.execute("SELECT id FROM customer ORDER BY id LIMIT ?", [size])]
    options = PortfolioOptions(customer_ids=ids, sort=PortfolioSort.HEALTH, author="Bench")
    started = time.perf_counter()
    data = portfolio_data(conn, options, now, rates)
    read = time.perf_counter()
    with speaking(language):
        document = portfolio_review(data)
    built = time.perf_counter()
    pages = write_pdf(document, target)
    print("read", read - started)
    print("subject", len(data.lines))
written = time.perf_counter()
print("built", built - started)
print("total", written - started)
print("pages", pages)
print("bytes", target.stat().st_size)
sys.stdout.flush()
db.close()
import os
os._exit(0)
"""


def _child(kind: str, env: dict[str, str], language: str, size: int) -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, kind, language, HOURLY_RATES, str(size)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=True,
    )
    return dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)


def measure_reports(
    data_dir: Path, runs: int = 3, size: int = PORTFOLIO_CUSTOMERS, language: str = "ro"
) -> dict[str, float]:
    """Median seconds per report; Romanian, so the fonts carry ș and ț."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        RELATIONDESK_DATA_DIR=str(data_dir),
        MPLCONFIGDIR=str(data_dir / "matplotlib"),
        PYTHONPATH=str(HERE.parent),
    )
    env.pop("RELATIONDESK_DATABASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode compiled
    figures: dict[str, float] = {}
    for kind in KINDS:
        first = _child(kind, env, language, size)  # warms the caches
        if "skipped" in first:
            print(f"  {kind} review skipped: {first['skipped']}", flush=True)
            continue
        runs_seen = [first] + [_child(kind, env, language, size) for _ in range(runs)]
        measured = runs_seen[1:]
        figures[f"{kind}_review_s"] = statistics.median(float(r["total"]) for r in measured)
        figures[f"{kind}_review_build_s"] = statistics.median(float(r["built"]) for r in measured)
        if kind == "portfolio":
            figures["portfolio_review_read_s"] = statistics.median(
                float(r["read"]) for r in measured
            )
        figures[f"{kind}_review_pages"] = float(measured[-1]["pages"])
        figures[f"{kind}_review_subject"] = float(measured[-1]["subject"])
    return figures


def rows(figures: dict[str, float]) -> list[tuple[str, str, str, str]]:
    """The lines of bench.py's table."""
    lines = []
    if "customer_review_s" in figures:
        lines.append(
            (
                f"customer review, {figures['customer_review_subject']:.0f} meetings",
                f"{figures['customer_review_s']:.2f} s",
                f"{figures['customer_review_pages']:.0f} pp",
                "<= 1.5 s",
            )
        )
    if "portfolio_review_s" in figures:
        lines.append(
            (
                f"portfolio review, {figures['portfolio_review_subject']:.0f} customers",
                f"{figures['portfolio_review_s']:.2f} s",
                f"{figures['portfolio_review_pages']:.0f} pp",
                "<= 20 s",
            )
        )
    return lines


if __name__ == "__main__":  # just these measures: python bench/reports_bench.py [customers]
    size = int(sys.argv[1]) if len(sys.argv) > 1 else PORTFOLIO_CUSTOMERS
    figures = measure_reports(HERE / "results" / "data", size=size)
    for line in rows(figures):
        print(f"{line[0]:<36}{line[1]:>10}{line[2]:>9}  {line[3]}")
    for key, value in figures.items():
        print(f"{key}: {value:.3f}")

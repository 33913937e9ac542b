"""The portfolio review as a real PDF: valid, fonts embedded, the translated headings in
each language, rows filtered and sorted as asked, a cancelled run writing nothing, and the
command line; its summary is the dashboard's own figures."""

import math
import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ElementTree
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from relationdesk.db.database import Database
from relationdesk.domain.enums import LifecycleStage
from relationdesk.i18n import speaking
from relationdesk.services.portfolio import PortfolioDashboard, portfolio_dashboard
from relationdesk.services.reports.pdf import ReportCancelled, write_pdf
from relationdesk.services.reports.portfolio_review import (
    PortfolioData,
    PortfolioOptions,
    PortfolioSort,
    portfolio_data,
    portfolio_review,
)
from relationdesk.services.samples import sample_portfolio
from tests.pdf_reports import assert_valid_pdf, pdf_info

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
RATES = {"EUR": 5_000, "RON": 25_000}
AUTHOR = "Ana Țăranu"
CATALOGUES = Path(__file__).resolve().parents[2] / "translations"
# Headings and column heads the reader looks for, as written in the source (English).
HEADINGS = (
    "Portfolio review",
    "Key figures",
    "Customers per relationship stage",
    "Lifecycle funnel",
    "Average principle scores",
    "Customers",
    "Relationship",
    "Lifecycle",
    "Health",
    "Flags",
)


@pytest.fixture
def portfolio(db: Database) -> Database:
    sample_portfolio.load(db, 40, 7)
    return db


def _data(db: Database, **options: Any) -> PortfolioData:
    return portfolio_data(
        db.reader,
        PortfolioOptions(author=AUTHOR, **options),
        NOW,
        RATES,
    )


def _write(data: PortfolioData, target: Path, language: str = "en") -> int:
    with speaking(language):
        document = portfolio_review(data)
    return write_pdf(document, target)


def _text(path: Path, *pages: int) -> str:
    """One line, ligatures (the "fi" of "five") as plain letters, in the order drawn: a
    table cell's wrapped lines stay together."""
    span = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", *span, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def _translated_in_catalogue(language: str, source: str) -> bool:
    """The .ts catalogue has a finished translation of this PortfolioReview string."""
    path = CATALOGUES / f"relationdesk_{language}.ts"
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != "PortfolioReview":
            continue
        for message in context.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                return (
                    translation is not None
                    and bool(translation.text)
                    and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                )
    return False


@pytest.mark.parametrize("language", ["en", "it", "id", "ro"])
def test_a_valid_pdf_with_embedded_fonts_and_headings_in_each_language(
    qapp: QApplication, portfolio: Database, tmp_path: Path, language: str
) -> None:
    target = tmp_path / f"portfolio-{language}.pdf"
    data = _data(portfolio)
    _write(data, target, language)

    assert_valid_pdf(target)
    text = _text(target)
    with speaking(language):
        expected = {s: QCoreApplication.translate("PortfolioReview", s) for s in HEADINGS}
    for source, heading in expected.items():
        assert heading in text, (source, heading)
        if language != "en" and _translated_in_catalogue(language, source):
            assert heading != source
    # Every customer has its row, names with Romanian letters as written.
    for line in data.lines:
        assert line.name in text
    assert any(letter in text for letter in "șțăȘȚ")
    info = pdf_info(target)
    assert info["Title"] == expected["Portfolio review"]
    assert info["Author"] == AUTHOR
    assert info["Creator"] == "RelationDesk"
    assert ("letter" in info["Page size"]) is (language == "en")  # en_US prints on Letter


def test_the_summary_is_the_dashboards_and_the_table_has_a_row_per_customer(
    qapp: QApplication, portfolio: Database
) -> None:
    data = _data(portfolio)
    board = portfolio_dashboard(portfolio.reader, NOW, RATES)
    averaged = ("average_scores", "average_health")  # the same, summed in another order
    for name in PortfolioDashboard.__dataclass_fields__:
        if name not in averaged:
            assert getattr(data.summary, name) == getattr(board, name), name
    assert data.summary.average_scores == pytest.approx(board.average_scores)
    assert data.summary.average_health == pytest.approx(board.average_health)
    assert not data.filtered and data.customers_in_database == 40
    assert sorted(line.id for line in data.lines) == sorted(
        r[0] for r in portfolio.reader.execute("SELECT id FROM customer")
    )
    flagged = {item.customer_id for item in data.summary.attention}
    assert flagged and flagged == {line.id for line in data.lines if line.flags}


def test_sorting_by_health_puts_the_highest_first(
    qapp: QApplication, portfolio: Database, tmp_path: Path
) -> None:
    data = _data(portfolio, sort=PortfolioSort.HEALTH)
    health = [line.health if line.health is not None else -math.inf for line in data.lines]
    assert health == sorted(health, reverse=True)
    best = max(
        portfolio.reader.execute("SELECT health_score, name FROM customer WHERE health_score")
    )
    assert data.lines[0].name == best[1]
    target = tmp_path / "by-health.pdf"
    _write(data, target)
    text = _text(target)
    positions = [text.index(line.name) for line in (data.lines[0], data.lines[5])]
    assert positions == sorted(positions)


def test_sorting_by_revenue_compares_amounts_of_one_currency_only(
    qapp: QApplication, portfolio: Database
) -> None:
    data = _data(portfolio, sort=PortfolioSort.REVENUE)
    main = data.summary.main_currency
    currencies = [line.currency for line in data.lines]
    assert currencies[0] == main
    # Each currency's rows together, highest revenue first, customers without figures last.
    groups = list(dict.fromkeys(currencies))
    assert currencies == sorted(currencies, key=groups.index)
    for code in groups:
        amounts = [line.revenue for line in data.lines if line.currency == code]
        known = [a for a in amounts if a is not None]
        assert amounts == known + [None] * (len(amounts) - len(known))
        assert known == sorted(known, reverse=True)


def test_a_selection_limits_the_rows_and_the_summary(
    qapp: QApplication, portfolio: Database, tmp_path: Path
) -> None:
    everyone = _data(portfolio)
    chosen = everyone.lines[3:8]
    data = _data(portfolio, customer_ids=[line.id for line in chosen])
    assert [line.id for line in data.lines] == [line.id for line in chosen]  # by name
    assert data.summary.customers == 5 and data.filtered
    assert sum(data.summary.lifecycle_stages.values()) == 5
    target = tmp_path / "some.pdf"
    _write(data, target)
    text = _text(target)
    assert all(line.name in text for line in chosen)
    others = [line.name for line in everyone.lines if line not in chosen]
    assert not [name for name in others if name in text and not any(name in c.name for c in chosen)]
    assert "5 of the 40 customers" in text


def test_a_selection_by_lifecycle_stage_says_so(
    qapp: QApplication, portfolio: Database, tmp_path: Path
) -> None:
    stage = LifecycleStage.ACCOUNT
    ids = [
        r[0]
        for r in portfolio.reader.execute(
            "SELECT id FROM customer WHERE lifecycle_stage = ?", [stage.value]
        )
    ]
    data = _data(portfolio, customer_ids=ids)
    assert data.selection_stage is stage
    assert _data(portfolio, customer_ids=ids[1:]).selection_stage is None
    target = tmp_path / "accounts.pdf"
    _write(data, target, "it")
    with speaking("it"):
        from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label

        label = lifecycle_stage_label(stage)
    assert label in _text(target, 1)


def test_progress_is_reported_per_batch_and_a_cancel_writes_nothing(
    qapp: QApplication, portfolio: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from relationdesk.services.reports import portfolio_rows

    monkeypatch.setattr(portfolio_rows, "BATCH", 15)
    seen: list[tuple[int, int]] = []
    options = PortfolioOptions(author=AUTHOR)
    data = portfolio_data(
        portfolio.reader, options, NOW, RATES, on_progress=lambda *a: seen.append(a) or True  # type: ignore[func-returns-value]  # record, then go on
    )
    assert seen == [(0, 40), (15, 40), (30, 40), (40, 40)]
    assert len(data.lines) == 40

    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "portfolio.pdf"
    _write(data, target)
    before = target.read_bytes()
    with pytest.raises(ReportCancelled):
        portfolio_data(
            portfolio.reader, options, NOW, RATES, on_progress=lambda done, total: done < 15
        )
    # Cancelled while writing the pages: the older file stays, no temporary file is left.
    with speaking("ro"):
        document = portfolio_review(data)
    with pytest.raises(ReportCancelled):
        write_pdf(document, target, on_page=lambda done, total: done < 1)
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["portfolio.pdf"]


def test_a_large_portfolio_repeats_the_header_on_every_page_and_fills_its_pages(
    qapp: QApplication, db: Database, tmp_path: Path
) -> None:
    sample_portfolio.load(db, 160, 11)
    data = _data(db, sort=PortfolioSort.NAME)
    target = tmp_path / "large.pdf"
    pages = _write(data, target, "id")
    assert_valid_pdf(target)
    with speaking("id"):
        head = QCoreApplication.translate("PortfolioReview", "Relationship")
    rows_per_page = []
    for page in range(2, pages + 1):
        text = _text(target, page)
        assert head in text, page
        squeezed = "".join(text.split())  # a long name wraps inside its cell
        rows_per_page.append(
            sum(1 for line in data.lines if "".join(line.name.split()) in squeezed)
        )
    # Every row is somewhere; pages are full (no page left with a few rows but the last).
    assert sum(rows_per_page) >= len(data.lines)
    # The first table page also holds the legend: a few rows fewer.
    assert min(rows_per_page[:-1]) >= 0.8 * max(rows_per_page), rows_per_page


def test_an_empty_portfolio_still_makes_a_report(
    qapp: QApplication, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "empty.pdf"
    assert _write(_data(db), target) == 2
    assert_valid_pdf(target)
    assert "No customers to show." in _text(target)


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["RELATIONDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "relationdesk", "report", "portfolio", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_line_writes_a_portfolio_review_without_a_display(
    portfolio: Database, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "cli.pdf"
    result = _cli(data_dir, "--out", str(target), "--lang", "ro", "--author", AUTHOR)
    assert result.returncode == 0, result.stderr
    assert_valid_pdf(target)
    assert pdf_info(target)["Author"] == AUTHOR
    names = [r[0] for r in portfolio.reader.execute("SELECT name FROM customer")]
    text = _text(target)
    assert all(name in text for name in names)

    accounts = tmp_path / "accounts.pdf"
    result = _cli(data_dir, "--out", str(accounts), "--sort", "health", "--lifecycle", "account")
    assert result.returncode == 0, result.stderr
    rows = portfolio.reader.execute(
        "SELECT name FROM customer WHERE lifecycle_stage = 'account' ORDER BY health_score DESC"
    ).fetchall()
    text = _text(accounts, 2, 9)
    positions = [text.index(name) for (name,) in rows]
    assert positions == sorted(positions)

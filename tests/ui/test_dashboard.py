"""The portfolio dashboard tab, driven through the real window on a real SQLite file: the
figures it draws come from data written by the services."""

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relationdesk import settings as keys
from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.economics import PeriodKind, period_of
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.evidence import LedgerKind
from relationdesk.domain.evidence_rules import LedgerFields
from relationdesk.domain.meetings import MeetingFields, Side
from relationdesk.i18n import LanguageSwitcher
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log
from relationdesk.services.economics import PeriodInput, save_period
from relationdesk.services.lifecycle import set_lifecycle_stage
from relationdesk.services.meeting_log import save_meeting
from relationdesk.services.portfolio import AttentionItem, AttentionKind
from relationdesk.services.recommendations import record_recommendation
from relationdesk.ui.dashboard.attention_model import (
    CUSTOMER_ID_ROLE,
    SINCE_COLUMN,
    WHY_COLUMN,
    AttentionTableModel,
)
from relationdesk.ui.dashboard.dashboard_charts import FUNNEL_ORDER
from relationdesk.ui.dashboard.dashboard_view import DashboardView
from relationdesk.ui.main_window import MainWindow

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
TODAY = NOW.date()
DASHBOARD_TAB, CUSTOMERS_TAB = 2, 1


@dataclass
class Portfolio:
    costly: str  # costs most of its revenue, moved down, never deepened: disengage
    master: str  # gives nothing back and shifts risk onto us: client as master
    loyal: str  # an account whose contacts would recommend us


def _last_month(db: Database, customer_id: str, revenue: int, care_cost: int) -> None:
    start, end = period_of(PeriodKind.MONTH, TODAY.replace(day=1) - timedelta(days=1))
    save_period(db, customer_id, PeriodInput(PeriodKind.MONTH, start, end, revenue, care_cost))


def _master_client(db: Database) -> str:
    customer = editing.create_customer(db, CustomerFields(name="PT Maju Jaya", currency="EUR"))
    for days, kind in (
        (10, LedgerKind.CONCESSION),
        (20, LedgerKind.EXTRA_WORK),
        (30, LedgerKind.RISK_ACCEPTED),
    ):
        evidence_log.save_ledger_entry(
            db, LedgerFields(customer, Side.US, kind, NOW - timedelta(days=days), "We gave")
        )
    for days, kind in ((5, LedgerKind.RISK_SHIFTED), (8, LedgerKind.ONE_SIDED_DEMAND)):
        evidence_log.save_ledger_entry(
            db, LedgerFields(customer, Side.CUSTOMER, kind, NOW - timedelta(days=days), "Ours")
        )
    return customer


@pytest.fixture
def portfolio(db: Database) -> Portfolio:
    costly = editing.create_customer(db, CustomerFields(name="Carpați Industrial", currency="RON"))
    # One meeting, over a year ago: still a business partnership, and quiet since.
    met = NOW - timedelta(days=400)
    save_meeting(db, MeetingFields(costly, met, met + timedelta(hours=1)))
    set_lifecycle_stage(db, costly, LifecycleStage.ACCOUNT, TODAY - timedelta(days=300))
    set_lifecycle_stage(db, costly, LifecycleStage.BUYER, TODAY - timedelta(days=20), "fell")
    _last_month(db, costly, 100_000, 80_000)

    master = _master_client(db)
    _last_month(db, master, 200_000, 10_000)

    loyal = editing.create_customer(db, CustomerFields(name="Officine Lombardi", currency="EUR"))
    set_lifecycle_stage(db, loyal, LifecycleStage.ACCOUNT, TODAY - timedelta(days=100))
    _last_month(db, loyal, 900_000, 50_000)
    for name, score in (("Giulia Conti", 10), ("Marco Rossi", 9)):
        contact = editing.create_contact(db, loyal, ContactFields(full_name=name))
        record_recommendation(db, loyal, contact, score, TODAY - timedelta(days=3))
    # A follow-up promised for two days ago and not done.
    save_meeting(
        db,
        MeetingFields(
            loyal,
            NOW - timedelta(days=9),
            next_steps="Send the offer",
            follow_up_due=NOW - timedelta(days=2),
        ),
    )
    return Portfolio(costly, master, loyal)


@pytest.fixture
def shown(qtbot: QtBot, portfolio: Portfolio, window: MainWindow) -> Iterator[DashboardView]:
    """The window with the dashboard chosen by its shortcut, once its figures are read."""
    assert window.dashboard is not None
    with qtbot.waitSignal(window.dashboard.sig_shown, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs is not None and window.tabs.currentIndex() == DASHBOARD_TAB
    view = window.dashboard.view
    assert view is not None
    yield view


def _bars(chart) -> list[float]:  # type: ignore[no-untyped-def]
    axes = chart.canvas.figure.axes[0]
    return [patch.get_width() for patch in axes.patches]


def _attention_rows(view: DashboardView) -> list[tuple[str, AttentionKind]]:
    model = view.attention.model
    items = [model.item(row) for row in range(model.rowCount())]
    return [(item.customer_id, item.kind) for item in items if item is not None]


def test_ctrl_3_shows_the_portfolio_figures(shown: DashboardView, portfolio: Portfolio) -> None:
    view = shown
    assert view.customers_card.value.text() == "3"
    # The funnel, prospects on top: the master client, then the buyer and the account.
    funnel = view.funnel_chart
    assert funnel.canvas is not None
    counts = dict(zip(FUNNEL_ORDER, _bars(funnel), strict=True))
    assert counts[LifecycleStage.PROSPECT] == 1
    assert counts[LifecycleStage.BUYER] == 1
    assert counts[LifecycleStage.ACCOUNT] == 1
    assert sum(counts.values()) == 3
    labels = [t.get_text() for t in funnel.canvas.figure.axes[0].get_yticklabels()]
    assert labels == [lifecycle_stage_label(stage) for stage in FUNNEL_ORDER]
    # Every customer is still a business partner.
    assert _bars(view.relationship_chart) == [3, 0, 0]
    # Two promoters this quarter: NPS +100, on the header and as the line's last point.
    assert view.nps_card.value.text() == "+100"
    line = view.nps_chart.canvas.figure.axes[0].get_lines()[-1]  # type: ignore[union-attr]
    assert list(line.get_ydata())[-1] == 100  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike
    rows = _attention_rows(view)
    assert (portfolio.master, AttentionKind.MASTER) in rows
    assert (portfolio.costly, AttentionKind.DISENGAGE) in rows
    assert (portfolio.costly, AttentionKind.QUIET) in rows
    assert (portfolio.loyal, AttentionKind.OVERDUE) in rows
    assert view.attention_card.value.text() == "3"  # three customers, four reasons


def test_the_disengage_row_says_why_and_enter_opens_the_customer(
    qtbot: QtBot, shown: DashboardView, portfolio: Portfolio, window: MainWindow
) -> None:
    panel = shown.attention
    panel.set_kind(AttentionKind.DISENGAGE)
    assert panel.proxy.rowCount() == 1
    why = panel.proxy.index(0, WHY_COLUMN).data()
    assert why.startswith("Disengage candidate: ")
    assert "cost-to-serve is high relative to revenue" in why
    assert "its lifecycle stage last moved down" in why
    assert "after a year it is still only a business partnership" in why
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.tabs is not None and window.tabs.currentIndex() == CUSTOMERS_TAB
    assert window.workspace is not None
    assert window.workspace.selected_customer_id() == portfolio.costly


def test_double_clicking_the_master_client_opens_it(
    qtbot: QtBot, shown: DashboardView, portfolio: Portfolio, window: MainWindow
) -> None:
    panel = shown.attention
    panel.set_kind(AttentionKind.MASTER)
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data(CUSTOMER_ID_ROLE) == portfolio.master
    rect = panel.table.visualRect(panel.proxy.index(0, 0))
    # A real double-click starts with a click (Qt 6's mouseDClick sends only the second).
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs is not None and window.tabs.currentIndex() == CUSTOMERS_TAB
    assert window.workspace is not None
    assert window.workspace.selected_customer_id() == portfolio.master


def test_the_currency_combo_switches_the_economics_chart(shown: DashboardView) -> None:
    combo, chart = shown.currency_combo, shown.economics_chart
    assert [combo.itemText(i) for i in range(combo.count())] == ["EUR", "RON"]
    # Two customers are billed in euro, one in lei: euro first.
    assert combo.currentText() == "EUR" and chart.currency == "EUR"
    assert chart.stages() == [LifecycleStage.PROSPECT, LifecycleStage.ACCOUNT]
    axes = chart.canvas.figure.axes[0]  # type: ignore[union-attr]
    revenue = [patch.get_height() for patch in axes.containers[0]]
    assert revenue == [2_000, 9_000]
    assert axes.get_ylabel() == "EUR"
    combo.setCurrentText("RON")
    assert chart.currency == "RON" and chart.stages() == [LifecycleStage.BUYER]
    axes = chart.canvas.figure.axes[0]  # type: ignore[union-attr]
    revenue, cost, profit = ([p.get_height() for p in c] for c in axes.containers)
    assert (revenue, cost, profit) == ([1_000], [800], [200])
    assert axes.get_ylabel() == "RON"


def test_showing_again_keeps_the_old_figures_until_the_new_ones_arrive(
    qtbot: QtBot, shown: DashboardView, window: MainWindow, db: Database, portfolio: Portfolio
) -> None:
    assert window.tabs is not None and window.dashboard is not None
    assert shown.attention.select_customer(portfolio.loyal)
    window.tabs.setCurrentIndex(0)
    editing.create_customer(db, CustomerFields(name="Gruppo Bianchi"))
    with qtbot.waitSignal(window.dashboard.sig_shown, timeout=10_000):
        window.tabs.setCurrentIndex(DASHBOARD_TAB)
        # Shown at once, before the new read has come back: the old figures, marked.
        assert shown.customers_card.value.text() == "3"
        assert shown.updating_label.isVisibleTo(shown)
    assert shown.customers_card.value.text() == "4"
    assert not shown.updating_label.isVisibleTo(shown)
    assert shown.attention.selected_customer_id() == portfolio.loyal  # still selected


def test_changed_settings_apply_when_the_tab_is_shown_again(
    qtbot: QtBot, shown: DashboardView, window: MainWindow, portfolio: Portfolio
) -> None:
    assert (portfolio.costly, AttentionKind.QUIET) in _attention_rows(shown)
    assert window.tabs is not None and window.dashboard is not None
    window.tabs.setCurrentIndex(0)
    window.settings.set(keys.QUIET_DAYS, 500)  # a meeting 400 days ago is recent enough now
    with qtbot.waitSignal(window.dashboard.sig_shown, timeout=10_000):
        window.tabs.setCurrentIndex(DASHBOARD_TAB)
    assert (portfolio.costly, AttentionKind.QUIET) not in _attention_rows(shown)
    assert (portfolio.costly, AttentionKind.DISENGAGE) in _attention_rows(shown)


def test_read_ahead_figures_show_as_soon_as_the_tab_is_chosen(
    qtbot: QtBot, portfolio: Portfolio, window: MainWindow
) -> None:
    dashboard = window.dashboard
    assert dashboard is not None and dashboard.view is None
    dashboard.warm_up()
    qtbot.waitUntil(lambda: dashboard.board is not None, timeout=10_000)
    assert dashboard.view is None  # read, not built: nothing of it was imported for show
    with qtbot.waitSignal(dashboard.sig_shown, timeout=1) as shown_at_once:
        window.dashboard_action.trigger()
    assert shown_at_once.signal_triggered
    assert dashboard.view is not None
    assert dashboard.view.customers_card.value.text() == "3"


def test_a_first_click_imports_matplotlib_while_the_portfolio_is_read(
    qtbot: QtBot, portfolio: Portfolio, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not after the read: its steps run on the GUI thread while the read runs on its own.
    monkeypatch.delitem(sys.modules, "matplotlib.backends.backend_agg")
    dashboard = window.dashboard
    assert dashboard is not None
    window.dashboard_action.trigger()
    assert not dashboard.warmed_up()
    qtbot.waitUntil(dashboard.warmed_up, timeout=10_000)
    assert "matplotlib.backends.backend_agg" in sys.modules


def test_an_empty_portfolio_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    assert window.dashboard is not None
    with qtbot.waitSignal(window.dashboard.sig_shown, timeout=10_000):
        window.dashboard_action.trigger()
    view = window.dashboard.view
    assert view is not None
    assert view.pages.currentWidget() is view.message_label
    assert "Your portfolio is empty" in view.message_label.text()
    assert view.funnel_chart.canvas is None  # nothing drawn, matplotlib not needed


def test_the_charts_follow_a_language_switch(
    qtbot: QtBot, shown: DashboardView, switcher: LanguageSwitcher
) -> None:
    funnel = shown.funnel_chart
    assert funnel.canvas is not None

    def buyer_label() -> str:
        axes = funnel.canvas.figure.axes[0]  # type: ignore[union-attr]
        return axes.get_yticklabels()[FUNNEL_ORDER.index(LifecycleStage.BUYER)].get_text()

    assert buyer_label() == "Buyer"
    switcher.apply("it")
    qtbot.waitUntil(lambda: buyer_label() == "Compratore")
    assert shown.attention.model.headerData(0, Qt.Orientation.Horizontal) is not None


def _items() -> list[AttentionItem]:
    day = datetime(2026, 11, 1, 9, 0)
    return [
        AttentionItem("b", "Bruno Meccanica", AttentionKind.QUIET, day - timedelta(days=120)),
        AttentionItem("a", "Ștefan & Co", AttentionKind.OVERDUE, day - timedelta(days=3)),
        AttentionItem("a", "Ștefan & Co", AttentionKind.MASTER, None),
        AttentionItem("c", "Atlantic Logistics", AttentionKind.OVERDUE, day - timedelta(days=1)),
    ]


def test_attention_model_orders_by_seriousness_and_sorts_on_request(
    qtmodeltester: ModelTester
) -> None:
    from relationdesk.ui.dashboard.attention_model import AttentionProxy

    model = AttentionTableModel()
    qtmodeltester.check(model)
    model.set_items(_items(), datetime(2026, 11, 1, 9, 0))
    qtmodeltester.check(model)
    # Master warnings first, then overdue follow-ups, then the quiet ones; by name within.
    ids = [model.index(row, 0).data(CUSTOMER_ID_ROLE) for row in range(model.rowCount())]
    assert ids == ["a", "a", "c", "b"]
    assert model.index(0, WHY_COLUMN).data() == "Client acting as master"
    assert model.index(1, WHY_COLUMN).data().startswith("Follow-up overdue by 3 day")
    assert model.index(3, WHY_COLUMN).data().startswith("No meeting for 120 day")
    today = AttentionItem("d", "Delta", AttentionKind.OVERDUE, datetime(2026, 11, 1, 8, 0))
    assert model.reason(today) == "Follow-up overdue (due today)"
    assert model.index(0, SINCE_COLUMN).data() == ""
    assert model.customers() == 3 and model.count(AttentionKind.OVERDUE) == 2
    proxy = AttentionProxy()
    proxy.setSourceModel(model)
    proxy.set_kind(AttentionKind.OVERDUE)
    assert proxy.rowCount() == 2
    proxy.set_kind(None)
    proxy.sort(SINCE_COLUMN, Qt.SortOrder.DescendingOrder)  # the most recent first
    order = [proxy.index(r, 0).data(CUSTOMER_ID_ROLE) for r in range(proxy.rowCount())]
    assert order == ["c", "a", "b", "a"]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # by name, diacritics folded: Ș as S
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == ["Atlantic Logistics", "Bruno Meccanica", "Ștefan & Co", "Ștefan & Co"]


def test_the_first_quarter_is_labelled_with_its_year() -> None:
    from relationdesk.ui.dashboard.dashboard_charts import NpsTrendChart

    assert NpsTrendChart._quarter(date(2026, 4, 1), 0) == "Q2\n2026"
    assert NpsTrendChart._quarter(date(2026, 7, 1), 3) == "Q3"
    assert NpsTrendChart._quarter(date(2027, 1, 1), 5) == "Q1\n2027"

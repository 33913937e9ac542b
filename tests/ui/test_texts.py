"""Texts that must read whole in every language: headers, the disclosures being entered,
the timeline's details, the health trend and localised numbers (issue 18, item 9)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.meetings import Depth, DisclosureDomain, DisclosureFields, Side
from relationdesk.i18n import LanguageSwitcher
from relationdesk.services.samples import sample_portfolio
from relationdesk.ui.customers.customer_detail import TIMELINE_TAB
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.meetings.disclosure_editor import DisclosureEditor
from relationdesk.ui.meetings.disclosure_list_model import SENSITIVE_COLUMN, TEXT_COLUMN


def test_translated_customer_headers_are_not_cut(
    qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher
) -> None:
    for language in ("id", "ro", "it"):
        switcher.apply(language)
        QApplication.processEvents()  # the language change reaches the widgets
        view = window.workspace.view  # type: ignore[union-attr]
        header, model = view.horizontalHeader(), view.model()
        for column in range(model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                language,
                text,
            )


def test_disclosures_show_the_sensitive_flag_in_words(qtbot: QtBot) -> None:
    editor = DisclosureEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 300)
    editor.show()
    editor.set_items(
        [
            DisclosureFields(
                Side.CUSTOMER, DisclosureDomain.PERSONAL, "health", Depth.CORE, "x", True
            ),
            DisclosureFields(Side.US, DisclosureDomain.BUSINESS, "strategy", Depth.PERIPHERAL, "y"),
        ]
    )
    model = editor.model
    assert model.index(0, SENSITIVE_COLUMN).data() == "yes"
    assert model.index(1, SENSITIVE_COLUMN).data() == ""
    header = editor.table.horizontalHeader()
    for column in range(TEXT_COLUMN):  # every short column is as wide as its header
        assert header.sectionSize(column) >= header.sectionSizeHint(column)


def test_the_timeline_keeps_room_for_the_details(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    sample_portfolio.load(db, 4, seed=7)
    window.resize(1366, 768)
    workspace = window.workspace
    assert workspace is not None
    workspace.refresh()
    workspace.view.selectRow(0)
    workspace.detail.tabs.setCurrentIndex(TIMELINE_TAB)
    tree = workspace.detail.timeline.tree
    qtbot.waitUntil(lambda: tree.model().rowCount() > 0)
    room = tree.viewport().width()
    assert tree.columnWidth(0) + tree.columnWidth(1) <= room * 3 // 4 + 8


def test_numbers_in_sentences_follow_the_language(
    qtbot: QtBot, window: MainWindow, db: Database, switcher: LanguageSwitcher
) -> None:
    """The drift warning's rates: "da 0,6 a 0,0 al mese" in Italian, never "0.6"."""
    from tests.ui.test_reach_out import _portfolio

    ids = _portfolio(db)
    switcher.apply("it")
    QApplication.processEvents()
    window.workspace.refresh(ids["drifting"])  # type: ignore[union-attr]
    text = window.workspace.detail.relationship.drift_label.text()  # type: ignore[union-attr]
    assert "0,6" in text and "0.6" not in text

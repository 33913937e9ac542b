"""The meeting timeline: newest first, disclosures under their meeting, sensitive text
masked until clicked, filters that keep a meeting while one of its disclosures matches."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    MeetingKind,
    Side,
)
from relationdesk.i18n import LanguageSwitcher
from relationdesk.l10n.labels import domain_label
from relationdesk.services import customer_editing as editing
from relationdesk.services.meeting_directory import DisclosureEntry, MeetingEntry
from relationdesk.services.meeting_log import save_meeting
from relationdesk.ui.meetings.timeline_filter import TimelineFilter
from relationdesk.ui.meetings.timeline_model import (
    DEPTH_ROLE,
    ID_ROLE,
    KIND_ROLE,
    MASKED_ROLE,
    SENSITIVE_ROLE,
    TimelineModel,
)
from relationdesk.ui.meetings.timeline_view import TimelineView

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
SECRET = "Fabrica își dublează capacitatea anul viitor"
MASK = "Sensitive: click to show"


@dataclass
class Story:
    customer_id: str
    newest: str
    middle: str
    oldest: str


@pytest.fixture
def story(db: Database) -> Story:
    customer_id = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    contact = editing.create_contact(db, customer_id, ContactFields(full_name="Ștefan Țurcanu"))

    def log(days_ago: int, kind: MeetingKind, summary: str, *items: DisclosureFields) -> str:
        when = NOW - timedelta(days=days_ago)
        fields = MeetingFields(
            customer_id=customer_id,
            started_at=when,
            kind=kind,
            place="Brașov",
            summary=summary,
            next_steps="Trimitem oferta" if days_ago == 1 else "",
            attendee_ids=(contact,),
            disclosures=list(items),
        )
        return save_meeting(db, fields)

    oldest = log(
        30,
        MeetingKind.VISIT,
        "Prima vizită\nFabrica e mare.",
        DisclosureFields(
            Side.CUSTOMER, DisclosureDomain.PERSONAL, "family", Depth.PERIPHERAL,
            "Fiica lui începe facultatea la Iași", False, contact,
        ),
        DisclosureFields(
            Side.US, DisclosureDomain.BUSINESS, "products", Depth.PERIPHERAL, "Linia nouă"
        ),
    )  # fmt: skip
    middle = log(
        10,
        MeetingKind.CALL,
        "Apel scurt",
        DisclosureFields(
            Side.CUSTOMER, DisclosureDomain.BUSINESS, "future_plans", Depth.CORE, SECRET,
            True, contact,
        ),
    )  # fmt: skip
    newest = log(
        1,
        MeetingKind.MEAL,
        "Prânz la Sibiu",
        DisclosureFields(
            Side.US, DisclosureDomain.PERSONAL, "hobbies", Depth.INTERMEDIATE, "Tura cu bicicleta"
        ),
        DisclosureFields(
            Side.CUSTOMER, DisclosureDomain.BUSINESS, "problems", Depth.INTERMEDIATE,
            "Furnizorul întârzie", False, contact,
        ),
    )  # fmt: skip
    return Story(customer_id, newest, middle, oldest)


@pytest.fixture
def view(qtbot: QtBot, db: Database, story: Story) -> Iterator[TimelineView]:
    widget = TimelineView(db)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.set_customer(story.customer_id)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _tree(view: TimelineView) -> dict[str, list[str]]:
    """What the tree shows: each meeting id with the texts of its visible disclosures."""
    proxy = view.proxy
    shown = {}
    for row in range(proxy.rowCount()):
        meeting = proxy.index(row, 0)
        shown[meeting.data(ID_ROLE)] = [
            proxy.index(child, 2, meeting).data() for child in range(proxy.rowCount(meeting))
        ]
    return shown


def _find(view: TimelineView, text: str, column: int = 2) -> QModelIndex:
    for meeting in (view.proxy.index(row, 0) for row in range(view.proxy.rowCount())):
        for child in range(view.proxy.rowCount(meeting)):
            index = view.proxy.index(child, column, meeting)
            if index.siblingAtColumn(2).data() == text:
                return index
    raise AssertionError(f"{text!r} not shown")


def _choose(combo: QComboBox, value: StrEnum | None) -> None:
    combo.setCurrentIndex(combo.findData(value.value if value is not None else None))


def test_newest_first_with_disclosures_as_children(view: TimelineView, story: Story) -> None:
    assert list(_tree(view)) == [story.newest, story.middle, story.oldest]
    assert _tree(view)[story.newest] == ["Tura cu bicicleta", "Furnizorul întârzie"]
    assert _tree(view)[story.middle] == [MASK]
    newest = view.proxy.index(0, 0)
    assert newest.data(KIND_ROLE) == "meeting"
    assert "Meal" in newest.data() and "Brașov" in newest.data()
    assert newest.siblingAtColumn(2).data() == "Prânz la Sibiu · Next steps: Trimitem oferta"
    assert newest.data(Qt.ItemDataRole.FontRole).bold()
    assert "Ștefan Țurcanu" in newest.data(Qt.ItemDataRole.ToolTipRole)
    oldest_first = view.proxy.index(0, 0, view.proxy.index(2, 0))
    assert oldest_first.data(KIND_ROLE) == "disclosure"
    assert oldest_first.data() == "Customer side · Ștefan Țurcanu · Personal life · Family"
    assert oldest_first.siblingAtColumn(1).data() == "Peripheral"
    assert view.proxy.index(2, 2).data() == "Prima vizită", "only the summary's first line"
    assert view.tree.isExpanded(view.proxy.index(1, 0))


def test_sensitive_text_is_masked_until_clicked(
    qtbot: QtBot, view: TimelineView, story: Story
) -> None:
    masked = _find(view, MASK)
    assert masked.data(SENSITIVE_ROLE) and masked.data(MASKED_ROLE)
    assert masked.data(Qt.ItemDataRole.ToolTipRole) == MASK, "no leak through the tooltip"
    rect = view.tree.visualRect(masked)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert masked.data() == SECRET and not masked.data(MASKED_ROLE)
    assert masked.data(Qt.ItemDataRole.ToolTipRole) == SECRET
    view.refresh()
    assert _find(view, MASK).isValid(), "a reload masks it again"
    view.tree.setCurrentIndex(_find(view, MASK))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert _find(view, SECRET).isValid(), "Enter reveals it too"
    view.model.hide_all()
    assert _find(view, MASK).isValid()
    view.set_customer(story.customer_id)
    assert _find(view, MASK).isValid()


def test_filters_narrow_the_tree(view: TimelineView, story: Story) -> None:
    _choose(view.domain_filter, DisclosureDomain.PERSONAL)
    assert _tree(view) == {
        story.newest: ["Tura cu bicicleta"],
        story.oldest: ["Fiica lui începe facultatea la Iași"],
    }
    assert view.tree.isExpanded(view.proxy.index(0, 0)), "rows brought back stay expanded"
    assert view.count_label.text().startswith("2 ")
    _choose(view.domain_filter, None)
    _choose(view.side_filter, Side.US)
    assert _tree(view) == {story.newest: ["Tura cu bicicleta"], story.oldest: ["Linia nouă"]}
    _choose(view.side_filter, Side.CUSTOMER)
    _choose(view.domain_filter, DisclosureDomain.BUSINESS)
    assert _tree(view) == {story.newest: ["Furnizorul întârzie"], story.middle: [MASK]}
    _choose(view.side_filter, None)
    _choose(view.domain_filter, None)
    _choose(view.depth_filter, Depth.CORE)
    assert _tree(view) == {story.middle: [MASK]}
    assert view.proxy.index(0, 0, view.proxy.index(0, 0)).data(DEPTH_ROLE) == "core"
    _choose(view.depth_filter, Depth.INTERMEDIATE)
    assert list(_tree(view)) == [story.newest]
    _choose(view.depth_filter, None)
    assert sum(len(children) for children in _tree(view).values()) == 5
    assert list(_tree(view)) == [story.newest, story.middle, story.oldest]


def test_a_meeting_without_disclosures_shows_only_unfiltered(qtbot: QtBot) -> None:
    when = datetime(2025, 3, 4, 9, 30)
    told = DisclosureEntry(
        "d1", Side.US, None, "", DisclosureDomain.BUSINESS, "strategy", Depth.CORE, "", True
    )
    entries = [
        MeetingEntry("m2", when, None, MeetingKind.CALL, "", "", "", (), ()),
        MeetingEntry(
            "m1", when - timedelta(days=7), None, MeetingKind.VISIT, "", "", "", (), (told,)
        ),
    ]
    model = TimelineModel()
    model.set_meetings(entries)
    proxy = TimelineFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 2 and model.meeting_count() == 2
    assert not proxy.index(0, 0, proxy.index(1, 0)).data(MASKED_ROLE), "no text, nothing hidden"
    proxy.set_domain(DisclosureDomain.BUSINESS)
    assert [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())] == ["m1"]
    proxy.set_side(Side.CUSTOMER)
    assert proxy.rowCount() == 0
    proxy.set_side(None)
    proxy.set_domain(None)
    assert proxy.rowCount() == 2


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, view: TimelineView) -> None:
    qtmodeltester.check(view.model)
    view.model.reveal(_find(view, MASK).data(ID_ROLE))
    _choose(view.domain_filter, DisclosureDomain.BUSINESS)
    qtmodeltester.check(view.proxy)


def test_double_click_or_enter_on_a_meeting_edits_it(
    qtbot: QtBot, view: TimelineView, story: Story
) -> None:
    middle = view.proxy.index(1, 0)
    centre = view.tree.visualRect(middle).center()
    with qtbot.waitSignal(view.sig_edit_meeting) as edited:
        # QTest's double-click alone is a press and a double-click event; a real one starts
        # with a whole click, which the view needs to remember the pressed row.
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert edited.args == [story.middle]
    assert view.tree.isExpanded(middle), "double-click edits, it does not collapse"
    view.tree.setCurrentIndex(view.proxy.index(0, 0))
    with qtbot.waitSignal(view.sig_edit_meeting) as edited:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert edited.args == [story.newest]


def test_delete_key_on_a_meeting_asks_to_delete_it(
    qtbot: QtBot, view: TimelineView, story: Story
) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.tree.setFocus()
    view.tree.setCurrentIndex(view.proxy.index(0, 0, view.proxy.index(2, 0)))
    assert view.selected_meeting_id() == story.oldest
    with qtbot.assertNotEmitted(view.sig_delete_meeting):
        qtbot.keyClick(view.tree, Qt.Key.Key_Delete)  # a disclosure: not its whole meeting
    view.tree.setCurrentIndex(view.proxy.index(2, 0))
    with qtbot.waitSignal(view.sig_delete_meeting) as deleted:
        qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert deleted.args == [story.oldest]


def test_count_empty_state_and_language(
    qtbot: QtBot, db: Database, view: TimelineView, switcher: LanguageSwitcher
) -> None:
    plural = QCoreApplication.translate("TimelineView", "%n meeting(s)", "", 3)
    if plural == "%n meeting(s)".replace("%n", "3"):  # not in the English catalogue yet
        assert view.count_label.text().startswith("3 ")
    else:
        assert view.count_label.text() == "3 meetings"
    assert view.pages.currentWidget() is view.tree
    lonely = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    view.set_customer(lonely)
    assert view.pages.currentWidget() is view.empty_label
    assert view.empty_label.text() == "No meetings logged yet. Press Ctrl+M to log one."
    assert view.selected_meeting_id() is None
    view.domain_filter.setItemText(0, "stale")
    view.count_label.setText("stale")
    switcher.apply("it")
    QApplication.processEvents()
    assert view.domain_filter.itemText(0) == QCoreApplication.translate(
        "TimelineView", "All domains"
    )
    assert view.domain_filter.itemText(1) == domain_label(DisclosureDomain.PERSONAL)
    assert view.count_label.text() == "", "the empty state says it, not a zero count"

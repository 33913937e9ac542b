"""The selected customer: who they are and their people, with contact actions."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.services.customer_directory import CustomerDetail, CustomerDirectory
from relationdesk.services.relationship_facts import disclosure_facts
from relationdesk.ui.customers.brief_panel import BriefPanel
from relationdesk.ui.customers.contacts_tab import ContactsTab
from relationdesk.ui.customers.section_list import SectionList
from relationdesk.ui.meetings.timeline_view import TimelineView
from relationdesk.ui.principles.disclosure_chart import DisclosureChart
from relationdesk.ui.principles.relationship_panel import RelationshipPanel
from relationdesk.ui.shared.changes import Change, Changes, Topic
from relationdesk.ui.shared.qt_helpers import describe, named

if TYPE_CHECKING:
    from relationdesk.settings import Settings
    from relationdesk.ui.lifecycle.economics_tab import EconomicsTab
    from relationdesk.ui.lifecycle.lifecycle_tab import LifecycleTab
    from relationdesk.ui.principles.evidence_view import EvidenceView
    from relationdesk.ui.principles.principles_tab import PrinciplesTab

(BRIEF_TAB, CONTACTS_TAB, TIMELINE_TAB, CHART_TAB, PRINCIPLES_TAB, EVIDENCE_TAB, LIFECYCLE_TAB,
 ECONOMICS_TAB) = range(8)  # fmt: skip
CHART_DAYS = 730
_ALL_DATA = (Topic.CUSTOMERS, Topic.CONTACTS, Topic.MEETINGS, Topic.FOLLOW_UPS, Topic.EVIDENCE,
             Topic.LIFECYCLE, Topic.ECONOMICS)  # fmt: skip
# What each tab shows, so a change reloads only the tabs it is about.
TAB_TOPICS: dict[int, tuple[Topic, ...]] = {
    BRIEF_TAB: _ALL_DATA,
    CONTACTS_TAB: (Topic.CUSTOMERS, Topic.CONTACTS, Topic.LIFECYCLE),
    TIMELINE_TAB: (Topic.MEETINGS, Topic.CONTACTS),
    CHART_TAB: (Topic.MEETINGS, Topic.CONTACTS),
    PRINCIPLES_TAB: (
        Topic.CUSTOMERS,
        Topic.CONTACTS,
        Topic.MEETINGS,
        Topic.EVIDENCE,
        Topic.SETTINGS,
    ),
    EVIDENCE_TAB: (Topic.EVIDENCE, Topic.MEETINGS, Topic.CONTACTS),
    LIFECYCLE_TAB: (Topic.CUSTOMERS, Topic.MEETINGS, Topic.LIFECYCLE, Topic.ECONOMICS),
    ECONOMICS_TAB: (
        Topic.CUSTOMERS,
        Topic.MEETINGS,
        Topic.LIFECYCLE,
        Topic.ECONOMICS,
        Topic.SETTINGS,
    ),
}


class LazyTab:
    """A tab's place, filled by `build` the first time the tab's widget is needed."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        self.holder = QWidget()
        self._layout = QVBoxLayout(self.holder)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._build = build
        self._widget: QWidget | None = None

    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget = self._build()
            self._layout.addWidget(self._widget)
            self._widget.show()  # added to a visible tab: Qt would show it only later
        return self._widget


class CustomerDetailPane(QWidget):
    """Header (name, Log meeting, Edit) over tabs: brief, details and contacts, timeline,
    depth chart, principles, give and take, lifecycle, economics. Only the visible tab is
    loaded; the others refresh when shown. Its tabs announce what they write on `changes`;
    the pane listens and reloads the tabs a change is about (TAB_TOPICS)."""

    sig_edit_customer = Signal()
    sig_log_meeting = Signal()
    sig_edit_meeting = Signal(str)
    sig_delete_meeting = Signal(str)

    def __init__(
        self,
        db: Database,
        touch_days: int = 30,
        parent: QWidget | None = None,
        settings: "Settings | None" = None,
        changes: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDetail")
        self._db = db
        self.changes = Changes(self) if changes is None else changes
        self.changes.changed.connect(self._on_change)
        self._settings = settings
        self._directory = CustomerDirectory(db.reader)
        self.customer: CustomerDetail | None = None
        self._stale_tabs: set[int] = set()

        self.placeholder = named(QLabel(), "detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.name_label = named(QLabel(), "customerName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = named(QPushButton(), "editCustomerButton")
        self.edit_button.clicked.connect(self.sig_edit_customer)
        self.log_button = named(QPushButton(), "logMeetingButton")
        self.log_button.clicked.connect(self.sig_log_meeting)
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.contacts_tab = ContactsTab(db, changes=self.changes)
        self.relationship = RelationshipPanel(db, touch_days, changes=self.changes)
        self.brief = BriefPanel(db)
        brief_tab = QWidget()
        brief_layout = QVBoxLayout(brief_tab)
        brief_layout.addWidget(self.relationship)
        brief_layout.addWidget(self.brief, 1)
        self.timeline = TimelineView(db)
        self.timeline.sig_edit_meeting.connect(self.sig_edit_meeting)
        self.timeline.sig_delete_meeting.connect(self.sig_delete_meeting)
        self.chart = DisclosureChart()
        # Built when first shown: their modules (scoring, charts, dialogs) are not needed
        # to show the customer list, so they stay off the start-up path.
        self._lazy = {
            PRINCIPLES_TAB: LazyTab(self._build_principles),
            EVIDENCE_TAB: LazyTab(self._build_evidence),
            LIFECYCLE_TAB: LazyTab(self._build_lifecycle),
            ECONOMICS_TAB: LazyTab(self._build_economics),
        }
        self.tabs = named(QTabWidget(), "customerTabs")
        for tab in (
            brief_tab,
            self.contacts_tab,
            self.timeline,
            self.chart,
            *(lazy.holder for lazy in self._lazy.values()),
        ):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._load_tab)

        # Every section at a glance, in a list that wraps (a tab bar hid two at 1366 px).
        self.sections = SectionList(self.tabs, parent or self)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(header)
        details_layout.addWidget(self.sections)
        details_layout.addWidget(self.tabs, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(details)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.retranslate_ui()
        self.show_customer(None)

    # --- showing -------------------------------------------------------------------
    def show_customer(self, customer_id: str | None) -> None:
        self.customer = self._directory.detail(customer_id) if customer_id else None
        self.contacts_tab.show_customer(self.customer)
        if self.customer is None:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self.name_label.setText(self.customer.name)
        self._stale_tabs = set(range(self.tabs.count()))
        self._load_tab(self.tabs.currentIndex())

    def _on_change(self, change: Change) -> None:
        """Reload the tabs a change of this customer is about: the visible one now (keeping
        its selection), the others when shown."""
        if self.customer is None or not change.concerns(self.customer.id):
            return
        touched = {tab for tab, topics in TAB_TOPICS.items() if change.touches(*topics)}
        if not touched:
            return
        self.customer = self._directory.detail(self.customer.id)
        if self.customer is None:  # erased or merged away
            self.show_customer(None)
            return
        self.name_label.setText(self.customer.name)
        if CONTACTS_TAB in touched:
            self.contacts_tab.show_customer(self.customer)  # the same person stays selected
        self._stale_tabs |= touched
        self._load_tab(self.tabs.currentIndex())

    def _load_tab(self, index: int) -> None:
        """Fill a tab the first time it is shown for this customer, or again after a change."""
        if index not in self._stale_tabs or self.customer is None:
            return
        self._stale_tabs.discard(index)
        customer_id = self.customer.id
        if index == BRIEF_TAB:
            self.relationship.show_customer(customer_id)
            self.brief.show_customer(customer_id)
        elif index == TIMELINE_TAB and self.timeline.customer_id() == customer_id:
            self.timeline.refresh()  # after a change: the selected meeting stays selected
        elif index == TIMELINE_TAB:
            self.timeline.set_customer(customer_id)
        elif index == PRINCIPLES_TAB:
            self.principles.show_customer(customer_id)
        elif index == EVIDENCE_TAB:
            self.evidence.set_customer(customer_id)
        elif index == LIFECYCLE_TAB:
            self.lifecycle.set_customer(customer_id, self.customer.name)
        elif index == ECONOMICS_TAB:
            self.economics.set_customer(customer_id)
        elif index == CHART_TAB:
            now = datetime.now(UTC).replace(tzinfo=None)
            since = now - timedelta(days=CHART_DAYS)
            self.chart.set_facts(disclosure_facts(self._db.reader, customer_id, since), now)

    @property
    def principles(self) -> "PrinciplesTab":
        return cast("PrinciplesTab", self._lazy[PRINCIPLES_TAB].widget())

    @property
    def evidence(self) -> "EvidenceView":
        return cast("EvidenceView", self._lazy[EVIDENCE_TAB].widget())

    @property
    def lifecycle(self) -> "LifecycleTab":
        return cast("LifecycleTab", self._lazy[LIFECYCLE_TAB].widget())

    @property
    def economics(self) -> "EconomicsTab":
        return cast("EconomicsTab", self._lazy[ECONOMICS_TAB].widget())

    def _build_principles(self) -> QWidget:
        from relationdesk.ui.principles.principles_tab import PrinciplesTab

        return PrinciplesTab(self._db)

    def _build_evidence(self) -> QWidget:
        from relationdesk.ui.principles.evidence_view import EvidenceView

        return EvidenceView(self._db, changes=self.changes)

    def _build_lifecycle(self) -> QWidget:
        from relationdesk.ui.lifecycle.lifecycle_tab import LifecycleTab

        return LifecycleTab(self._db, changes=self.changes)

    def _build_economics(self) -> QWidget:
        from relationdesk import settings as keys
        from relationdesk.domain.disengage import DisengageThresholds
        from relationdesk.ui.lifecycle.economics_tab import EconomicsTab

        settings = self._settings
        return EconomicsTab(
            self._db,
            lambda: keys.hourly_rates(settings) if settings else {},
            lambda: keys.disengage_thresholds(settings) if settings else DisengageThresholds(),
            changes=self.changes,
        )

    def new_contact(self) -> None:
        self.contacts_tab.new_contact()

    # --- language ------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for widget in (self.sections, self.tabs):
            describe(
                widget,
                self.tr("Customer sections"),
                self.tr("Ctrl+Page Up and Ctrl+Page Down move between the sections"),
            )
        self.placeholder.setText(self.tr("Select a customer to see its details and contacts."))
        self.edit_button.setText(self.tr("E&dit…"))
        self.log_button.setText(self.tr("&Log meeting…"))
        for index, title in enumerate(
            (
                self.tr("Brief"),
                self.tr("Details and contacts"),
                self.tr("Timeline"),
                self.tr("Depth chart"),
                self.tr("Principles"),
                self.tr("Give and take"),
                self.tr("Lifecycle"),
                self.tr("Economics"),
            )
        ):
            self.tabs.setTabText(index, title)
        self.sections.sync_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""Disclosures entered inline in the "Log meeting" dialog, as many as needed.

One row of fields to fill (who, domain, topic, depth, sensitive, what was said) and the
list of those already added. Alt+A adds, Delete removes the selected one.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.domain.meetings import (
    TOPICS,
    Depth,
    DisclosureDomain,
    DisclosureFields,
    Side,
    default_sensitive,
)
from relationdesk.l10n.labels import depth_hint, depth_label, domain_label, side_label, topic_label
from relationdesk.ui.meetings.disclosure_list_model import TEXT_COLUMN, DisclosureListModel
from relationdesk.ui.shared.qt_helpers import describe, named

US = "__us__"  # the "who" entry for our own side


class DisclosureEditor(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureEditor")
        self._keep_professional = False
        self._user_set_sensitive = False
        self.who_combo = named(QComboBox(), "disclosureWho")
        self.domain_combo = named(QComboBox(), "disclosureDomain")
        self.topic_combo = named(QComboBox(), "disclosureTopic")
        self.topic_combo.setEditable(True)  # predefined topics, or free text
        self.depth_combo = named(QComboBox(), "disclosureDepth")
        self.sensitive_check = named(QCheckBox(), "disclosureSensitive")
        self.text_edit = named(QLineEdit(), "disclosureText")
        self.add_button = named(QPushButton(), "addDisclosureButton")
        self.remove_button = named(QPushButton(), "removeDisclosureButton")
        self.hint_label = named(QLabel(), "depthHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(mid);")
        for depth in Depth:
            self.depth_combo.addItem("", depth.value)
        self.depth_combo.setCurrentIndex(0)
        self.model = DisclosureListModel({}, self)
        self.table = named(QTableView(), "disclosureTable")
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Every column as wide as its header and values, the said text takes the rest.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            TEXT_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.setMinimumHeight(90)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)

        self.labels = [QLabel() for _ in range(5)]
        grid = QGridLayout()
        for column, (label, widget) in enumerate(
            zip(
                self.labels,
                (
                    self.who_combo,
                    self.domain_combo,
                    self.topic_combo,
                    self.depth_combo,
                    self.sensitive_check,
                ),
                strict=True,
            )
        ):
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.text_edit, 2, 0, 1, 4)
        grid.addWidget(self.add_button, 2, 4)
        grid.addWidget(self.hint_label, 3, 0, 1, 5)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.table)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

        self.domain_combo.currentIndexChanged.connect(self._domain_changed)
        self.depth_combo.currentIndexChanged.connect(self._depth_changed)
        self.sensitive_check.clicked.connect(self._sensitive_clicked)
        self.add_button.clicked.connect(self.add_current)
        self.text_edit.installEventFilter(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_people({}, keep_professional=False)
        self.retranslate_ui()

    # --- configuration ------------------------------------------------------------------
    def set_people(self, contacts: dict[str, str], keep_professional: bool) -> None:
        """The customer's people (id -> name) and whether to keep it professional."""
        self._keep_professional = keep_professional
        self.model.contact_names = dict(contacts)
        self.who_combo.clear()
        for contact_id, name in contacts.items():
            self.who_combo.addItem(name, contact_id)
        self.who_combo.addItem("", Side.CUSTOMER.value)  # someone at the customer
        self.who_combo.addItem("", US)
        self.domain_combo.clear()
        self.domain_combo.addItem("", DisclosureDomain.BUSINESS.value)
        if not keep_professional:  # personal prompts hidden (docs/domain.md §2)
            self.domain_combo.addItem("", DisclosureDomain.PERSONAL.value)
        self.retranslate_ui()

    # --- entering -----------------------------------------------------------------------
    def current(self) -> DisclosureFields | None:
        """The row being typed, or None while it has no topic or text."""
        topic = self._topic_key()
        if not topic and not self.text_edit.text().strip():
            return None
        who = self.who_combo.currentData()
        side = Side.US if who == US else Side.CUSTOMER
        contact_id = who if side is Side.CUSTOMER and who != Side.CUSTOMER.value else None
        return DisclosureFields(
            side=side,
            domain=DisclosureDomain(self.domain_combo.currentData()),
            topic=topic,
            depth=Depth(self.depth_combo.currentData()),
            text=self.text_edit.text().strip(),
            sensitive=self.sensitive_check.isChecked(),
            contact_id=contact_id,
        )

    def add_current(self) -> None:
        item = self.current()
        if item is None:
            return
        self.model.append(item)
        self.text_edit.clear()
        self.topic_combo.setCurrentIndex(-1)
        self.topic_combo.setEditText("")
        self._user_set_sensitive = False
        self._depth_changed()
        self.who_combo.setFocus()
        self.sig_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in "what was said" adds the disclosure, and is not passed on to the
        dialog (QLineEdit lets Return through, which would press Save too)."""
        if (
            watched is self.text_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.current() is not None
        ):
            self.add_current()
            return True
        return super().eventFilter(watched, event)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())
            self.sig_changed.emit()

    def items(self) -> list[DisclosureFields]:
        """Everything added, plus the row still being typed (so nothing typed is lost)."""
        pending = self.current()
        return self.model.items + ([pending] if pending else [])

    def set_items(self, items: list[DisclosureFields]) -> None:
        self.model.set_items(items)

    def _topic_key(self) -> str:
        text = self.topic_combo.currentText().strip()
        index = self.topic_combo.findText(text)
        data = self.topic_combo.itemData(index) if index >= 0 else None
        return str(data) if data else text

    def _domain_changed(self) -> None:
        domain = self.domain_combo.currentData()
        self.topic_combo.clear()
        for topic in TOPICS.get(DisclosureDomain(domain), ()) if domain else ():
            self.topic_combo.addItem(topic_label(topic), topic)
        self.topic_combo.setCurrentIndex(-1)
        self._depth_changed()

    def _depth_changed(self) -> None:
        depth_value = self.depth_combo.currentData()
        domain_value = self.domain_combo.currentData()
        if depth_value is None:
            return
        self.hint_label.setText(depth_hint(Depth(depth_value)))
        if not self._user_set_sensitive and domain_value:
            self.sensitive_check.setChecked(
                default_sensitive(DisclosureDomain(domain_value), Depth(depth_value))
            )

    def _sensitive_clicked(self) -> None:
        self._user_set_sensitive = True

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # --- language -----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        describe(
            self.table,
            self.tr("Disclosures of this meeting"),
            self.tr("Who, domain, topic, depth, sensitive and what was said; Delete removes one"),
        )
        describe(self.text_edit, self.tr("What was said"))
        for label, text in zip(
            self.labels,
            (
                self.tr("W&ho"),
                self.tr("D&omain"),
                self.tr("To&pic"),
                self.tr("Dep&th"),
                self.tr("Sensitive"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.sensitive_check.setText(self.tr("Sensitive"))
        self.labels[4].setText("")
        for index in range(self.who_combo.count()):
            data = self.who_combo.itemData(index)
            if data == US:
                self.who_combo.setItemText(index, side_label(Side.US))
            elif data == Side.CUSTOMER.value:
                self.who_combo.setItemText(index, self.tr("Someone else at the customer"))
        for index in range(self.domain_combo.count()):
            self.domain_combo.setItemText(
                index, domain_label(DisclosureDomain(self.domain_combo.itemData(index)))
            )
        for index in range(self.depth_combo.count()):
            self.depth_combo.setItemText(
                index, depth_label(Depth(self.depth_combo.itemData(index)))
            )
        for index in range(self.topic_combo.count()):
            self.topic_combo.setItemText(index, topic_label(str(self.topic_combo.itemData(index))))
        self.text_edit.setPlaceholderText(
            self.tr("What was said, e.g. “the plant will double capacity next year”")
        )
        self.add_button.setText(self.tr("A&dd"))
        self.remove_button.setText(self.tr("Remove disclosure"))
        self._depth_changed()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

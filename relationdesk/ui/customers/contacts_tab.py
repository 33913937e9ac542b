"""A customer's details (industry, place, owner, lifecycle stage, currency, notes) over
its people, with the contact actions: add, edit, merge two entries of one person, delete
(erasing the person)."""

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.enums import LifecycleStage
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.services.customer_directory import CustomerDetail, CustomerDirectory
from relationdesk.ui.customers.contact_table_model import ContactTableModel
from relationdesk.ui.shared.changes import Changes, Topic
from relationdesk.ui.shared.qt_helpers import describe, named
from relationdesk.ui.team.team_directory import owner_name

FACTS = ("industry", "location", "owner", "lifecycle", "currency", "since", "notes")


class ContactsTab(QWidget):
    """Announces what it writes on `changes`; the detail pane reloads it (show_customer)."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, changes: Changes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self._db = db
        if changes is None:  # on its own: it reloads itself after its writes
            changes = Changes(self)
            changes.changed.connect(lambda _change: self.show_customer(self._reread()))
        self._changes = changes
        self._directory = CustomerDirectory(db.reader)
        self.customer: CustomerDetail | None = None
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        for key in FACTS:
            label, value = QLabel(), named(QLabel(), f"{key}Value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key], self.fact_values[key] = label, value
            self.facts.addRow(label, value)

        self.contacts_title = named(QLabel(), "contactsTitle")
        bold = self.contacts_title.font()
        bold.setBold(True)
        self.contacts_title.setFont(bold)
        self.contacts_model = ContactTableModel(self)
        self.contacts_proxy = QSortFilterProxyModel(self)
        self.contacts_proxy.setSourceModel(self.contacts_model)
        self.contacts_view = view = named(QTableView(), "contactsView")
        view.setTabKeyNavigation(False)  # Tab moves on, out of the table
        view.setModel(self.contacts_proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        # Enter or double-click edits; Delete deletes, only while the contacts have focus.
        view.activated.connect(lambda _index: self.edit_contact())
        delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_contact)

        self.add_contact_button = named(QPushButton(), "addContactButton")
        self.edit_contact_button = named(QPushButton(), "editContactButton")
        self.merge_contact_button = named(QPushButton(), "mergeContactButton")
        self.delete_contact_button = named(QPushButton(), "deleteContactButton")
        self.personal_data_button = named(QPushButton(), "personalDataButton")
        self.personal_data_button.clicked.connect(self.export_personal_data)
        self.add_contact_button.clicked.connect(self.new_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.merge_contact_button.clicked.connect(self.merge_contact)
        self.delete_contact_button.clicked.connect(self.delete_contact)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.contacts_title)
        contact_buttons.addStretch()
        for button in (
            self.add_contact_button,
            self.edit_contact_button,
            self.merge_contact_button,
            self.delete_contact_button,
            self.personal_data_button,
        ):
            contact_buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(self.facts)
        layout.addSpacing(8)
        layout.addLayout(contact_buttons)
        layout.addWidget(view, 1)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate_ui()

    def show_customer(self, customer: CustomerDetail | None) -> None:
        same_customer = (
            customer is not None and self.customer is not None and (customer.id == self.customer.id)
        )
        keep = self._selected_contact_id() if same_customer else None
        self.customer = customer
        if customer is None:
            self.contacts_model.set_contacts([])
            return
        self._fill_facts()
        self.contacts_model.set_contacts(self._directory.contacts(customer.id))
        self.contacts_view.resizeColumnsToContents()
        if keep:  # shown again after an edit: the same person stays selected
            self.select_contact(keep)
        self._update_buttons()

    def _fill_facts(self) -> None:
        customer = self.customer
        if customer is None:
            return
        values = {
            "industry": customer.industry,
            "location": ", ".join(p for p in (customer.city, customer.country) if p),
            "owner": owner_name(self._db.path, customer.owner_id) or customer.owner,
            "lifecycle": lifecycle_stage_label(LifecycleStage(customer.lifecycle_stage)),
            "currency": customer.currency,
            "since": short_date(customer.created_at),
            "notes": customer.notes,
        }
        for key, text in values.items():
            self.fact_values[key].setText(text or "—")

    def _selected_contact_id(self) -> str | None:
        rows = self.contacts_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.contacts_model.contact_id(self.contacts_proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        has_contact = self._selected_contact_id() is not None
        self.edit_contact_button.setEnabled(has_contact)
        self.delete_contact_button.setEnabled(has_contact)
        # Merging needs a second person of the same customer.
        self.merge_contact_button.setEnabled(has_contact and self.contacts_model.rowCount() > 1)
        self.personal_data_button.setEnabled(has_contact)

    # --- contact actions -----------------------------------------------------------
    def new_contact(self) -> None:
        if self.customer is None:
            return
        from relationdesk.ui.customers.contact_dialog import ContactDialog

        ContactDialog(self._db, self, self.customer.id).open_then(self._after_contact_saved)

    def edit_contact(self) -> None:
        contact_id = self._selected_contact_id()
        if self.customer is None or contact_id is None:
            return
        from relationdesk.ui.customers.contact_dialog import ContactDialog

        contact = self._directory.contact(contact_id)
        if contact is not None:
            dialog = ContactDialog(self._db, self, self.customer.id, contact)
            dialog.open_then(self._after_contact_saved)

    def _after_contact_saved(self, contact_id: str, *also: Topic) -> None:
        if self.customer is not None:
            self._changes.announce(Topic.CONTACTS, *also, customer_ids=[self.customer.id])
        self.select_contact(contact_id)

    def _reread(self) -> CustomerDetail | None:
        return self._directory.detail(self.customer.id) if self.customer else None

    def _contacts_merged(self, contact_id: str) -> None:
        """The other entry's meetings and evidence now name the kept person."""
        self._after_contact_saved(contact_id, Topic.MEETINGS, Topic.EVIDENCE)

    def select_contact(self, contact_id: str) -> None:
        for row in range(self.contacts_proxy.rowCount()):
            index = self.contacts_proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == contact_id:
                self.contacts_view.selectRow(row)
                self.contacts_view.scrollTo(index)
                return

    def merge_contact(self) -> None:
        """Merge another entry of the same person into the selected contact."""
        contact_id = self._selected_contact_id()
        contact = self._directory.contact(contact_id) if contact_id else None
        if contact is None:
            return
        from relationdesk.ui.customers.contact_merge_dialog import ContactMergeDialog

        dialog = ContactMergeDialog(self._db, self, contact)
        dialog.sig_merged.connect(self._contacts_merged)
        dialog.open()

    def delete_contact(self) -> None:
        """Erase the person (GDPR erasure), with their name in the free texts ticked."""
        contact_id = self._selected_contact_id()
        contact = self._directory.contact(contact_id) if contact_id else None
        if contact is None:
            return
        from relationdesk.services.erasure import erase_contact, find_mentions
        from relationdesk.ui.privacy.erase_person_dialog import (
            ErasePersonDialog,
            tell_cleanup_pending,
        )
        from relationdesk.ui.shared.qt_helpers import busy_cursor

        dialog = ErasePersonDialog(
            self, contact.full_name, find_mentions(self._db.reader, contact.id)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def erase() -> None:
            with busy_cursor():  # VACUUM rewrites the whole file: seconds on a large database
                clean = erase_contact(self._db, contact.id, dialog.chosen())
            # The person's name may have been removed from other customers' texts too.
            self._changes.announce(Topic.CONTACTS, Topic.MEETINGS, Topic.EVIDENCE)
            if not clean:
                tell_cleanup_pending(self, contact.full_name)

        dialog.accepted.connect(erase)
        dialog.open()

    def export_personal_data(self) -> None:
        """Answer an access request: everything held about the selected person."""
        contact_id = self._selected_contact_id()
        contact = self._directory.contact(contact_id) if contact_id else None
        if contact is None:
            return
        from relationdesk.ui.privacy.personal_data_dialog import PersonalDataDialog

        dialog = PersonalDataDialog(self._db, self, contact.id, contact.full_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- language ------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        describe(self.contacts_view, self.tr("Contacts"), self.tr("The customer's people"))
        self.fact_labels["industry"].setText(self.tr("Industry:"))
        self.fact_labels["location"].setText(self.tr("City / country:"))
        self.fact_labels["owner"].setText(self.tr("Owner:"))
        self.fact_labels["lifecycle"].setText(self.tr("Lifecycle stage:"))
        self.fact_labels["currency"].setText(self.tr("Currency:"))
        self.fact_labels["since"].setText(self.tr("Customer since:"))
        self.fact_labels["notes"].setText(self.tr("Notes:"))
        self.contacts_title.setText(self.tr("Contacts"))
        self.add_contact_button.setText(self.tr("&Add contact…"))
        self.edit_contact_button.setText(self.tr("Edit contact…"))
        self.merge_contact_button.setText(self.tr("Merge…"))
        self.merge_contact_button.setToolTip(
            self.tr("Merge another entry of the same person into the selected contact")
        )
        self.delete_contact_button.setText(self.tr("Delete contact"))
        self.personal_data_button.setText(self.tr("Personal data…"))
        self.personal_data_button.setToolTip(
            self.tr("Export everything held about this person, to answer an access request")
        )
        self.contacts_model.retranslate()
        self._fill_facts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

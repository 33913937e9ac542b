"""Record a referral: this customer recommended us to another company. An existing
customer is linked; a name that is not in the database becomes a new prospect."""

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from relationdesk.db.database import Database
from relationdesk.services.customer_directory import CustomerDirectory
from relationdesk.services.recommendations import record_referral
from relationdesk.ui.lifecycle.lifecycle_dialog import date_edit, python_date
from relationdesk.ui.shared.customer_picker import CustomerPicker
from relationdesk.ui.shared.form_dialog import FormDialog
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen


class ReferralDialog(FormDialog):
    def __init__(
        self, db: Database, parent: QWidget | None, customer_id: str, customer_name: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self._db = db
        self._customer_id = customer_id
        self._customer_name = customer_name
        directory = CustomerDirectory(db.reader)
        self.referred_picker = named(CustomerPicker(directory), "referredPicker")
        self.referred_picker.sig_customer_changed.connect(lambda _id: self._explain())
        self.referred_picker.textChanged.connect(lambda _text: self._explain())
        self.new_prospect_hint = named(QLabel(), "newProspectHint")
        self.new_prospect_hint.setWordWrap(True)
        self.contact_combo = named(QComboBox(), "sponsorContactCombo")
        self.contact_combo.addItem("", None)
        for contact in directory.contacts(customer_id):
            self.contact_combo.addItem(contact.full_name, contact.id)
        self.date_edit = date_edit("referralDateEdit")
        self.note_edit = named(QLineEdit(), "referralNoteEdit")
        for name, widget in (
            ("referred", self.referred_picker),
            ("hint", self.new_prospect_hint),
            ("contact", self.contact_combo),
            ("referred_on", self.date_edit),
            ("note", self.note_edit),
        ):
            self.add_field(name, widget)
        self.retranslate_ui()
        resize_within_screen(self, 520, self.sizeHint().height())

    def _explain(self) -> None:
        name = self.referred_picker.text().strip()
        if self.referred_picker.customer_id is None and name:
            self.new_prospect_hint.setText(
                self.tr("“%1” is not a customer yet: it will be added as a new prospect.").replace(
                    "%1", name
                )
            )
        else:
            self.new_prospect_hint.setText("")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record referral"))
        self.set_label("referred", self.tr("Recommended us &to:"))
        self.set_label("hint", "")
        self.set_label("contact", self.tr("Recommended &by:"))
        self.set_label("referred_on", self.tr("&Date:"))
        self.set_label("note", self.tr("&Note:"))
        self.referred_picker.setPlaceholderText(
            self.tr("Type a customer's name, or the name of a new company")
        )
        self.contact_combo.setItemText(0, self.tr("(not known)"))
        self.note_edit.setPlaceholderText(self.tr("e.g. met at the Hannover fair"))
        self._explain()

    def save(self) -> str | None:
        contact_id = self.contact_combo.currentData()
        return record_referral(
            self._db,
            self._customer_id,
            self.referred_picker.customer_id,
            self.referred_picker.text(),
            python_date(self.date_edit.date()),
            str(contact_id) if contact_id else None,
            self.note_edit.text(),
            prospect_reason=self.tr("Referred by %1").replace("%1", self._customer_name),
        )

"""New or edit contact (a person at a customer)."""

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from relationdesk.db.database import Database
from relationdesk.domain.customers import NAME_MAX_LENGTH, ContactFields
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.i18n import native_language_name
from relationdesk.l10n.labels import buying_role_label, influence_label
from relationdesk.services import customer_editing
from relationdesk.services.customer_directory import ContactRow
from relationdesk.ui.shared.form_dialog import FormDialog
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen

# Languages a contact may prefer: ours first, then the ones our customers' people often use.
CONTACT_LANGUAGES = ("en", "it", "id", "ro", "de", "fr", "es", "pt", "nl", "pl", "hu", "zh", "ja")


class ContactDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None,
        customer_id: str,
        contact: ContactRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self._db = db
        self._customer_id = customer_id
        self._contact_id = contact.id if contact else None
        self.name_edit = named(QLineEdit(), "fullNameEdit")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH + 1)
        self.job_title_edit = named(QLineEdit(), "jobTitleEdit")
        self.role_combo = named(QComboBox(), "buyingRoleCombo")
        self.influence_combo = named(QComboBox(), "influenceCombo")
        self.email_edit = named(QLineEdit(), "emailEdit")
        self.phone_edit = named(QLineEdit(), "phoneEdit")
        self.mobile_edit = named(QLineEdit(), "mobileEdit")
        self.language_combo = named(QComboBox(), "languageCombo")
        self.notes_edit = named(QPlainTextEdit(), "notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        for role in BuyingRole:
            self.role_combo.addItem("", role.value)
        for level in Influence:
            self.influence_combo.addItem("", level.value)
        self.language_combo.addItem("", "")
        for code in CONTACT_LANGUAGES:
            self.language_combo.addItem(native_language_name(code), code)
        for name, widget in (
            ("full_name", self.name_edit),
            ("job_title", self.job_title_edit),
            ("buying_role", self.role_combo),
            ("influence", self.influence_combo),
            ("email", self.email_edit),
            ("phone", self.phone_edit),
            ("mobile", self.mobile_edit),
            ("preferred_language", self.language_combo),
            ("notes", self.notes_edit),
        ):
            self.add_field(name, widget)
        self._load(contact)
        resize_within_screen(self, 480, 480)
        self.retranslate_ui()

    def _load(self, contact: ContactRow | None) -> None:
        if contact is None:
            self.influence_combo.setCurrentIndex(self.influence_combo.findData(Influence.MEDIUM))
            self.role_combo.setCurrentIndex(self.role_combo.findData(BuyingRole.INFLUENCER))
            return
        self.name_edit.setText(contact.full_name)
        self.job_title_edit.setText(contact.job_title)
        self.role_combo.setCurrentIndex(self.role_combo.findData(contact.buying_role.value))
        self.influence_combo.setCurrentIndex(self.influence_combo.findData(contact.influence.value))
        self.email_edit.setText(contact.email)
        self.phone_edit.setText(contact.phone)
        self.mobile_edit.setText(contact.mobile)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(contact.preferred_language))
        )
        self.notes_edit.setPlainText(contact.notes)

    def retranslate_ui(self) -> None:
        editing = self._contact_id is not None
        self.setWindowTitle(self.tr("Edit contact") if editing else self.tr("New contact"))
        self.set_label("full_name", self.tr("&Name:"))
        self.set_label("job_title", self.tr("&Job title:"))
        self.set_label("buying_role", self.tr("&Buying role:"))
        self.set_label("influence", self.tr("In&fluence:"))
        self.set_label("email", self.tr("&E-mail:"))
        self.set_label("phone", self.tr("&Phone:"))
        self.set_label("mobile", self.tr("&Mobile:"))
        self.set_label("preferred_language", self.tr("Preferred &language:"))
        self.set_label("notes", self.tr("No&tes:"))
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(
                index, buying_role_label(BuyingRole(self.role_combo.itemData(index)))
            )
        for index in range(self.influence_combo.count()):
            self.influence_combo.setItemText(
                index, influence_label(Influence(self.influence_combo.itemData(index)))
            )
        self.email_edit.setPlaceholderText(self.tr("name@company.com"))
        self.phone_edit.setPlaceholderText(self.tr("+40 268 123 456"))

    def fields(self) -> ContactFields:
        return ContactFields(
            full_name=self.name_edit.text(),
            job_title=self.job_title_edit.text(),
            buying_role=BuyingRole(self.role_combo.currentData()),
            influence=Influence(self.influence_combo.currentData()),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            mobile=self.mobile_edit.text(),
            preferred_language=str(self.language_combo.currentData() or ""),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> str | None:
        if self._contact_id is None:
            return customer_editing.create_contact(self._db, self._customer_id, self.fields())
        customer_editing.update_contact(self._db, self._contact_id, self.fields())
        return self._contact_id

"""New or edit customer."""

from datetime import date
from functools import cache

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.currencies import CURRENCY_CODES
from relationdesk.domain.customers import NAME_MAX_LENGTH, CustomerFields
from relationdesk.services import customer_editing
from relationdesk.services.customer_directory import CustomerDetail, CustomerDirectory
from relationdesk.services.relationship_view import (
    check_customer_since,
    customer_since,
    set_customer_since,
)
from relationdesk.ui.shared.date_field import DateField
from relationdesk.ui.shared.form_dialog import FormDialog
from relationdesk.ui.shared.messages import confirm
from relationdesk.ui.shared.qt_helpers import describe, named, resize_within_screen


@cache
def country_choices() -> list[tuple[str, str]]:
    """(code, "RO · România") for every territory Qt knows, sorted by code.

    Each country is named in its own main language, so the list needs no translation,
    and typing the two-letter code jumps to it.
    """
    choices: dict[str, str] = {}
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        territory = locale.territory()
        code = QLocale.territoryToCode(territory)
        if len(code) != 2 or code in choices or code == "ZZ":
            continue
        main = QLocale(QLocale.Language.AnyLanguage, territory)
        name = main.nativeTerritoryName() or QLocale.territoryToString(territory)
        choices[code] = f"{code} · {name}"
    return sorted(choices.items())


class CustomerDialog(FormDialog):
    def __init__(
        self, db: Database, parent: QWidget | None, customer: CustomerDetail | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self._db = db
        self._customer_id = customer.id if customer else None
        self.name_edit = named(QLineEdit(), "nameEdit")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH + 1)  # one more, so "too long" can be said
        self.industry_edit = named(QLineEdit(), "industryEdit")
        self.city_edit = named(QLineEdit(), "cityEdit")
        self.country_combo = named(QComboBox(), "countryCombo")
        self.country_combo.addItem("", "")
        for code, text in country_choices():
            self.country_combo.addItem(text, code)
        self.currency_combo = named(QComboBox(), "currencyCombo")
        self.currency_combo.setEditable(True)  # type "ron": the code is checked on Save
        self.currency_combo.addItem("")
        self.currency_combo.addItems(sorted(CURRENCY_CODES))
        self.owner_edit = named(QLineEdit(), "ownerEdit")
        # When the relationship really began, if known from before the app: loyalty's
        # tenure counts from it (docs/scoring.md). Unticked: not known.
        self.since_known = named(QCheckBox(), "customerSinceKnown")
        self.since_edit = named(DateField(), "customerSinceEdit")
        self.since_edit.setMaximumDate(QDate.currentDate())
        self.since_edit.setDate(QDate.currentDate())
        self.since_edit.setEnabled(False)
        self.since_known.toggled.connect(self.since_edit.setEnabled)
        since_row = QWidget()
        row_layout = QHBoxLayout(since_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.since_known)
        row_layout.addWidget(self.since_edit, 1)
        self.notes_edit = named(QPlainTextEdit(), "notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        for name, widget in (
            ("name", self.name_edit),
            ("industry", self.industry_edit),
            ("city", self.city_edit),
            ("country", self.country_combo),
            ("currency", self.currency_combo),
            ("owner", self.owner_edit),
            ("customer_since", since_row),
            ("notes", self.notes_edit),
        ):
            self.add_field(name, widget)
        if customer is not None:
            self.name_edit.setText(customer.name)
            self.industry_edit.setText(customer.industry)
            self.city_edit.setText(customer.city)
            self.country_combo.setCurrentIndex(
                max(0, self.country_combo.findData(customer.country))
            )
            self.currency_combo.setCurrentText(customer.currency)
            self.owner_edit.setText(customer.owner)
            self.notes_edit.setPlainText(customer.notes)
            since = customer_since(db.reader, customer.id)
            if since is not None:
                self.since_known.setChecked(True)
                self.since_edit.setDate(QDate(since.year, since.month, since.day))
        resize_within_screen(self, 480, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        describe(
            self.since_edit, self.tr("Customer since"), self.tr("Date, in your locale's format")
        )
        editing = self._customer_id is not None
        self.setWindowTitle(self.tr("Edit customer") if editing else self.tr("New customer"))
        self.set_label("name", self.tr("&Name:"))
        self.set_label("industry", self.tr("&Industry:"))
        self.set_label("city", self.tr("Cit&y:"))
        self.set_label("country", self.tr("Co&untry:"))
        self.set_label("currency", self.tr("Cu&rrency:"))
        self.set_label("owner", self.tr("&Owner:"))
        self.set_label("customer_since", self.tr("Customer &since:"))
        self.set_label("notes", self.tr("No&tes:"))
        self.since_known.setText(self.tr("known"))
        self.since_known.setToolTip(
            self.tr(
                "When the relationship really began, if earlier than its first meeting, order "
                "or lifecycle move here: loyalty counts the years from it."
            )
        )
        self.name_edit.setPlaceholderText(self.tr("Company name, e.g. Carpați Industrial S.R.L."))
        self.owner_edit.setPlaceholderText(self.tr("The salesperson who looks after the account"))
        line_edit = self.currency_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Revenue and costs are in it, e.g. RON"))

    def fields(self) -> CustomerFields:
        return CustomerFields(
            name=self.name_edit.text(),
            industry=self.industry_edit.text(),
            city=self.city_edit.text(),
            country=str(self.country_combo.currentData() or ""),
            owner=self.owner_edit.text(),
            notes=self.notes_edit.toPlainText(),
            currency=self.currency_combo.currentText(),
        )

    def since(self) -> date | None:
        """The "customer since" date, or None when not known."""
        picked = self.since_edit.date()
        known = self.since_known.isChecked()
        return date(picked.year(), picked.month(), picked.day()) if known else None

    def save(self) -> str | None:
        fields = self.fields()
        since = self.since()
        check_customer_since(since)  # nothing is written unless every field is valid
        same_name = CustomerDirectory(self._db.reader).customers_named_like(
            fields.name.strip(), exclude_id=self._customer_id
        )
        if (
            fields.name.strip()
            and same_name
            and not confirm(
                self,
                self.tr("Customer already exists"),
                self.tr(
                    "A customer named “%1” already exists. Save another one with the same name?"
                ).replace("%1", fields.name.strip()),
            )
        ):
            self.name_edit.setFocus()
            return None
        if self._customer_id is None and not self._not_a_colleagues(fields.name):
            self.name_edit.setFocus()
            return None
        if self._customer_id is None:
            customer_id = customer_editing.create_customer(self._db, fields)
        else:
            customer_id = self._customer_id
            customer_editing.update_customer(self._db, customer_id, fields)
        set_customer_since(self._db, customer_id, since)
        return customer_id

    def _not_a_colleagues(self, name: str) -> bool:
        """In a team: a customer a colleague owns is said before saving (ui/team)."""
        from relationdesk.ui.team import team_directory, team_work

        if not team_work.joined(self._db.reader):
            return True
        return team_directory.confirm_not_a_colleagues(self, self._db.path, name)

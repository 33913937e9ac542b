"""New or edit one give-and-take entry: who gave what to whom, and what returned it."""

import math
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from relationdesk.db.database import Database
from relationdesk.domain.evidence import LedgerKind
from relationdesk.domain.evidence_rules import LedgerFields, validate_ledger
from relationdesk.domain.meetings import Side
from relationdesk.domain.validation import FieldError
from relationdesk.l10n.formatting import local_datetime, short_date
from relationdesk.l10n.labels import ledger_kind_label, side_label
from relationdesk.palette import INVALID_FIELD_STYLE
from relationdesk.services.evidence_facts import LedgerRow, ledger_rows
from relationdesk.ui.lifecycle.ledger_model import format_value
from relationdesk.ui.meetings.follow_up_model import stored_moment, to_date
from relationdesk.ui.shared.date_field import DateField
from relationdesk.ui.shared.form_dialog import FormDialog
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen

INVALID_STYLE = INVALID_FIELD_STYLE  # as FormDialog marks a refused field
SIDES = (Side.US, Side.CUSTOMER)


def moment_on(day: QDate, original: datetime | None) -> datetime:
    """The naive UTC moment stored for a day picked in a date field.

    An edit that keeps the day keeps the original moment; a new day gets local noon, far
    enough from midnight that no time zone moves it to another day.
    """
    if original is not None and local_datetime(original).date() == day:
        return original
    return stored_moment(to_date(day), QTime(12, 0))


def parse_value(text: str) -> tuple[float | None, bool]:
    """The user's number, in their locale ("1.234,50" in Romanian) or with a plain dot.

    Returns (value, ok): empty text is a valid unknown value (None).
    """
    text = text.strip()
    if not text:
        return None, True
    for locale in (QLocale(), QLocale.c()):
        number, ok = locale.toDouble(text)
        if ok and math.isfinite(number):
            return number, True
    return None, False


def customer_currency(db: Database, customer_id: str) -> str:
    """ISO code such as "RON", or "" while the customer's currency is unknown."""
    row = db.reader.execute("SELECT currency FROM customer WHERE id = ?", [customer_id]).fetchone()
    return str(row[0] or "") if row else ""


class LedgerDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None,
        customer_id: str,
        row: LedgerRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerDialog")
        self._db = db
        self._customer_id = customer_id
        self._row = row
        self._currency = customer_currency(db, customer_id)
        # Entries that may have returned this one: the same customer's, never itself.
        self._others = [
            other
            for other in ledger_rows(db.reader, customer_id)
            if (row is None or other.id != row.id) and not other.kind.is_power_play
        ]
        self.given_by_combo = named(QComboBox(), "givenByCombo")
        for side in SIDES:
            self.given_by_combo.addItem("", side.value)
        self.kind_combo = named(QComboBox(), "kindCombo")
        for kind in LedgerKind:
            self.kind_combo.addItem("", kind.value)
        self.date_edit = named(DateField(QDate.currentDate()), "ledgerDateEdit")
        self.description_edit = named(QLineEdit(), "descriptionEdit")
        self.value_edit = named(QLineEdit(), "valueEdit")
        self.returned_combo = named(QComboBox(), "returnedByCombo")
        for name, widget in (
            ("given_by", self.given_by_combo),
            ("kind", self.kind_combo),
            ("occurred_at", self.date_edit),
            ("description", self.description_edit),
            ("value", self.value_edit),
            ("returned_by", self.returned_combo),
        ):
            self.add_field(name, widget)
        self._load(row)
        self.given_by_combo.currentIndexChanged.connect(self._fill_returned_combo)
        self.kind_combo.currentIndexChanged.connect(self._update_returned_enabled)
        self.retranslate_ui()
        resize_within_screen(self, 520, self.sizeHint().height())

    def _load(self, row: LedgerRow | None) -> None:
        if row is None:
            return
        self.given_by_combo.setCurrentIndex(self.given_by_combo.findData(row.given_by.value))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(row.kind.value))
        self.date_edit.setDate(local_datetime(row.occurred_at).date())
        self.description_edit.setText(row.description)
        self.value_edit.setText(format_value(row.value, ""))

    def given_by(self) -> Side:
        return Side(self.given_by_combo.currentData())

    def kind(self) -> LedgerKind:
        return LedgerKind(self.kind_combo.currentData())

    def _fill_returned_combo(self) -> None:
        """Only the other side's entries can return what this side gave."""
        chosen = self.returned_combo.currentData()
        if chosen is None and self._row is not None and self.returned_combo.count() == 0:
            chosen = self._row.returned_by_id
        self.returned_combo.clear()
        self.returned_combo.addItem(self.tr("Not returned"), None)
        for other in self._others:
            if other.given_by != self.given_by():
                text = f"{short_date(other.occurred_at)} · {ledger_kind_label(other.kind)}"
                if other.description:
                    text += f": {other.description}"
                self.returned_combo.addItem(text, other.id)
        self.returned_combo.setCurrentIndex(max(0, self.returned_combo.findData(chosen)))
        self._update_returned_enabled()

    def _update_returned_enabled(self) -> None:
        """A power play is not something given, so nothing returns it."""
        power_play = self.kind().is_power_play
        self.returned_combo.setEnabled(not power_play)
        if power_play:
            self.returned_combo.setCurrentIndex(0)

    def retranslate_ui(self) -> None:
        editing = self._row is not None
        self.setWindowTitle(
            self.tr("Edit give-and-take entry") if editing else self.tr("New give-and-take entry")
        )
        self.set_label("given_by", self.tr("&Given by:"))
        self.set_label("kind", self.tr("&What:"))
        self.set_label("occurred_at", self.tr("&Date:"))
        self.set_label("description", self.tr("D&escription:"))
        self.set_label(
            "value",
            self.tr("&Value (%1):").replace("%1", self._currency)
            if self._currency
            else self.tr("&Value:"),
        )
        self.set_label("returned_by", self.tr("&Returned by:"))
        for index, side in enumerate(SIDES):
            self.given_by_combo.setItemText(index, side_label(side))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(
                index, ledger_kind_label(LedgerKind(self.kind_combo.itemData(index)))
            )
        self.description_edit.setPlaceholderText(
            self.tr("What was given, e.g. a 5% discount on the spring order")
        )
        self.value_edit.setPlaceholderText(self.tr("Estimated value; empty if unknown"))
        self.returned_combo.setToolTip(
            self.tr("The other side's entry that gave something back for this one.")
        )
        self._fill_returned_combo()

    def fields(self, value: float | None) -> LedgerFields:
        returned_by = self.returned_combo.currentData() if self.returned_combo.isEnabled() else None
        return LedgerFields(
            customer_id=self._customer_id,
            given_by=self.given_by(),
            kind=self.kind(),
            occurred_at=moment_on(
                self.date_edit.date(), self._row.occurred_at if self._row else None
            ),
            description=self.description_edit.text(),
            value=value,
            returned_by_id=str(returned_by) if returned_by else None,
        )

    def save(self) -> str | None:
        value, ok = parse_value(self.value_edit.text())
        if not ok:
            self._refuse_value(validate_ledger(self.fields(None)))
            return None
        # Imported here: the evidence view reads customer_currency from this module while
        # the window starts, and the writing services bring SQLAlchemy (~0.35 s).
        from relationdesk.services import evidence_log

        return evidence_log.save_ledger_entry(
            self._db, self.fields(value), self._row.id if self._row else None
        )

    def _refuse_value(self, other_errors: list[FieldError]) -> None:
        """Text that is no number: said in words under the form, the dialog stays open."""
        if other_errors:
            self.show_errors(other_errors)
        plain = QLocale()
        plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        label = self._labels["value"].text().replace("&", "").rstrip(":")
        problem = (
            self.tr("write a number such as %1 or %2, or leave it empty.")
            .replace("%1", plain.toString(1250))
            .replace("%2", plain.toString(1250.5, "f", 2))
        )
        message = f"{label}: {problem}"
        shown = self.error_label.text() if other_errors else ""
        self.error_label.setText(f"{shown}\n{message}" if shown else message)
        self.error_label.show()
        self.value_edit.setStyleSheet(INVALID_STYLE)
        if not other_errors:
            self.value_edit.setFocus()

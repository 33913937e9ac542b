"""File → Export PDF… (Ctrl+P): what to export, in which language, with which options.

Only asks; ui/reports/pdf_export.py asks where to save and writes. Sensitive disclosure texts
need two ticks (docs/architecture.md: left out of PDFs unless the user asks explicitly): the second
is enabled only while the first is ticked, and unticked with it.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relationdesk.i18n import SUPPORTED_LANGUAGES, native_language_name
from relationdesk.l10n.formatting import qdate
from relationdesk.palette import ERROR_TEXT_STYLE
from relationdesk.ui.shared.qt_helpers import WARNING_BANNER_STYLE, named


class ExportKind(StrEnum):
    CUSTOMER_REVIEW = "customer_review"
    MEETING_BRIEF = "meeting_brief"
    PORTFOLIO_REVIEW = "portfolio_review"


# The portfolio review's orders (services/reports/portfolio_review.PortfolioSort values).
PORTFOLIO_SORTS = ("name", "health", "revenue", "profit", "nps", "lifecycle")


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    language: str
    period_from: date
    period_to: date
    include_texts: bool
    include_sensitive: bool  # only ever True with include_texts
    sort: str  # one of PORTFOLIO_SORTS
    open_when_done: bool


def _to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ExportPdfDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        customer_name: str | None,
        portfolio_count: int,
        language: str,
        open_when_done: bool,
        today: date,
        author: str = "",
    ) -> None:
        """`author`: the user's name from the settings; asked for here while it is unset."""
        super().__init__(parent)
        self.setObjectName("exportPdfDialog")
        self._customer_name = customer_name
        self._portfolio_count = portfolio_count
        has_customer = customer_name is not None

        self.what_box = named(QGroupBox(), "exportWhatBox")
        self.customer_review_radio = named(QRadioButton(), "customerReviewRadio")
        self.meeting_brief_radio = named(QRadioButton(), "meetingBriefRadio")
        self.portfolio_radio = named(QRadioButton(), "portfolioReviewRadio")
        self.no_customer_note = named(QLabel(), "noCustomerNote")
        self.no_customer_note.setWordWrap(True)
        self.no_customer_note.setVisible(not has_customer)
        self.kind_group = QButtonGroup(self)
        what = QVBoxLayout(self.what_box)
        for radio in (self.customer_review_radio, self.meeting_brief_radio, self.portfolio_radio):
            self.kind_group.addButton(radio)
            what.addWidget(radio)
        what.addWidget(self.no_customer_note)
        self.customer_review_radio.setEnabled(has_customer)
        self.meeting_brief_radio.setEnabled(has_customer)
        self.portfolio_radio.setEnabled(portfolio_count > 0)

        self.language_label = QLabel()
        self.language_combo = named(QComboBox(), "reportLanguageCombo")
        for code in SUPPORTED_LANGUAGES:
            self.language_combo.addItem(native_language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_label.setBuddy(self.language_combo)

        self.review_box = named(QGroupBox(), "customerReviewOptions")
        self.period_label = QLabel()
        self.from_edit = named(QDateEdit(), "periodFromEdit")
        self.to_edit = named(QDateEdit(), "periodToEdit")
        end = qdate(today)
        self.to_edit.setDate(end)
        self.from_edit.setDate(end.addYears(-1).addDays(1))  # the last twelve months
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.period_dash = QLabel("–")
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.from_edit)
        period.addWidget(self.period_dash)
        period.addWidget(self.to_edit)
        period.addStretch()
        self.period_label.setBuddy(self.from_edit)
        self.period_error = named(QLabel(), "periodError")
        self.period_error.setStyleSheet(ERROR_TEXT_STYLE)
        self.period_error.hide()
        self.texts_check = named(QCheckBox(), "includeTextsCheck")
        self.sensitive_check = named(QCheckBox(), "includeSensitiveCheck")
        self.sensitive_warning = named(QLabel(), "sensitiveWarning")
        self.sensitive_warning.setWordWrap(True)
        self.sensitive_warning.setStyleSheet(WARNING_BANNER_STYLE)
        review = QFormLayout(self.review_box)
        review.addRow(self.period_label, period)
        review.addRow(self.period_error)
        review.addRow(self.texts_check)
        review.addRow(self.sensitive_check)
        review.addRow(self.sensitive_warning)

        self.portfolio_box = named(QGroupBox(), "portfolioOptions")
        self.sort_label = QLabel()
        self.sort_combo = named(QComboBox(), "portfolioSortCombo")
        for value in PORTFOLIO_SORTS:
            self.sort_combo.addItem("", value)
        self.sort_label.setBuddy(self.sort_combo)
        portfolio = QFormLayout(self.portfolio_box)
        portfolio.addRow(self.sort_label, self.sort_combo)

        self.open_check = named(QCheckBox(), "openWhenDoneCheck")
        self.open_check.setChecked(open_when_done)
        self.buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            "buttons",
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)  # Enter exports, from any field
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        language_row = QFormLayout()
        language_row.addRow(self.language_label, self.language_combo)
        # "Prepared by" on the report: the user's name, asked for once (then in Settings).
        self.author_label = QLabel()
        self.author_edit = named(QLineEdit(author), "authorEdit")
        self.author_label.setBuddy(self.author_edit)
        if not author:
            language_row.addRow(self.author_label, self.author_edit)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(460)  # the sensitive warning on one line
        layout.addWidget(self.what_box)
        layout.addLayout(language_row)
        layout.addWidget(self.review_box)
        layout.addWidget(self.portfolio_box)
        layout.addWidget(self.open_check)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.texts_check.toggled.connect(self._texts_toggled)
        self.sensitive_check.toggled.connect(lambda _on: self._update_warning())
        self.kind_group.buttonToggled.connect(lambda _button, _on: self._kind_changed())
        self.from_edit.dateChanged.connect(lambda _day: self.period_error.hide())
        self.to_edit.dateChanged.connect(lambda _day: self.period_error.hide())
        first = self.customer_review_radio if has_customer else self.portfolio_radio
        first.setChecked(True)
        self._texts_toggled(False)
        self._kind_changed()
        self._set_tab_order()
        self.retranslate_ui()

    def _set_tab_order(self) -> None:
        chain = [
            self.customer_review_radio,  # the radios are one stop; arrows move among them
            self.language_combo,
            self.author_edit,
            self.from_edit,
            self.to_edit,
            self.texts_check,
            self.sensitive_check,
            self.sort_combo,
            self.open_check,
            self.buttons,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- state ---------------------------------------------------------------------------
    def kind(self) -> ExportKind:
        if self.customer_review_radio.isChecked():
            return ExportKind.CUSTOMER_REVIEW
        if self.meeting_brief_radio.isChecked():
            return ExportKind.MEETING_BRIEF
        return ExportKind.PORTFOLIO_REVIEW

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.review_box.setEnabled(kind is ExportKind.CUSTOMER_REVIEW)
        self.portfolio_box.setEnabled(kind is ExportKind.PORTFOLIO_REVIEW)
        self.export_button.setEnabled(self.kind_group.checkedButton() is not None)

    def _texts_toggled(self, on: bool) -> None:
        if not on:
            self.sensitive_check.setChecked(False)
        self.sensitive_check.setEnabled(on)
        self._update_warning()

    def _update_warning(self) -> None:
        self.sensitive_warning.setVisible(self.sensitive_check.isChecked())

    def author(self) -> str:
        return self.author_edit.text().strip()

    def request(self) -> ExportRequest:
        texts = self.texts_check.isChecked()
        return ExportRequest(
            kind=self.kind(),
            language=str(self.language_combo.currentData()),
            period_from=_to_date(self.from_edit.date()),
            period_to=_to_date(self.to_edit.date()),
            include_texts=texts,
            include_sensitive=texts and self.sensitive_check.isChecked(),
            sort=str(self.sort_combo.currentData()),
            open_when_done=self.open_check.isChecked(),
        )

    def accept(self) -> None:
        if (
            self.kind() is ExportKind.CUSTOMER_REVIEW
            and self.from_edit.date() > self.to_edit.date()
        ):
            self.period_error.show()
            self.from_edit.setFocus()
            return
        super().accept()

    # --- words ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export PDF"))
        self.what_box.setTitle(self.tr("What to export"))
        if self._customer_name is None:
            self.customer_review_radio.setText(self.tr("&Customer review"))
            self.meeting_brief_radio.setText(self.tr("&Meeting brief"))
        else:
            name = self._customer_name.replace("&", "&&")  # a name's "&" is no shortcut
            review = self.tr("&Customer review of %1")
            self.customer_review_radio.setText(review.replace("%1", name))
            self.meeting_brief_radio.setText(self.tr("&Meeting brief for %1").replace("%1", name))
        self.portfolio_radio.setText(
            self.tr(
                "&Portfolio review of the %n customer(s) in the list", "", self._portfolio_count
            )
        )
        self.no_customer_note.setText(
            self.tr("Select a customer in the list to export its review or its brief.")
        )
        self.language_label.setText(self.tr("&Language:"))
        self.author_label.setText(self.tr("Your &name:"))
        self.author_edit.setPlaceholderText(self.tr("printed as “Prepared by”; kept in Settings"))
        self.review_box.setTitle(self.tr("Customer review"))
        self.period_label.setText(self.tr("Pe&riod:"))
        self.from_edit.setAccessibleName(self.tr("First day of the period"))
        self.to_edit.setAccessibleName(self.tr("Last day of the period"))
        self.period_error.setText(self.tr("The period must not start after it ends."))
        self.texts_check.setText(self.tr("Include &disclosure texts"))
        self.texts_check.setToolTip(
            self.tr("Without it, disclosures are summarised by domain, depth and topic.")
        )
        self.sensitive_check.setText(self.tr("Include &sensitive disclosures too"))
        self.sensitive_warning.setText(
            self.tr("Sensitive texts will be readable by whoever gets the file.")
        )
        self.portfolio_box.setTitle(self.tr("Portfolio review"))
        self.sort_label.setText(self.tr("Sor&t by:"))
        sorts = {
            "name": self.tr("Name"),
            "health": self.tr("Health"),
            "revenue": self.tr("Revenue"),
            "profit": self.tr("Profit"),
            "nps": self.tr("NPS"),
            "lifecycle": self.tr("Lifecycle stage"),
        }
        for index, value in enumerate(PORTFOLIO_SORTS):
            self.sort_combo.setItemText(index, sorts[value])
        self.open_check.setText(self.tr("&Open the PDF when done"))
        self.export_button.setText(self.tr("&Export…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

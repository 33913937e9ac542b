"""Import customers from CSV: the columns page, then the report page, then Import.

The dialog only decides; it writes nothing. Next works out the plan off the GUI thread
(on its own connection: a large file takes a while to check); Import hands the plan and
the user's answers to whoever opened the dialog (ui/exchange/csv_import_flow.py), which writes
them in one transaction with a progress dialog that can cancel.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from relationdesk import settings as keys
from relationdesk.domain.csv_import import CsvTable
from relationdesk.domain.csv_import_plan import Choice, ImportPlan
from relationdesk.domain.csv_mapping import Mapping, remember_mapping
from relationdesk.ui.exchange.csv_mapping_page import CsvMappingPage
from relationdesk.ui.exchange.csv_report_page import CsvReportPage
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen

if TYPE_CHECKING:
    from relationdesk.ui.shared.window import FlowWindow


@dataclass(frozen=True)
class ImportRequest:
    plan: ImportPlan
    choices: dict[str, Choice]
    default: Choice
    skip_invalid: bool


class CsvImportDialog(QDialog):
    sig_import = Signal(object)  # an ImportRequest
    sig_planned = Signal()  # the report page is filled (tests wait for it)

    def __init__(
        self,
        table: CsvTable,
        file_name: str,
        mapping: Mapping,
        window: "FlowWindow",
    ) -> None:
        super().__init__(window.dialog_parent())
        self.setObjectName("csvImportDialog")
        self._table = table
        self._window = window
        self._settings = window.settings
        self.plan: ImportPlan | None = None
        self.mapping_page = CsvMappingPage(table, file_name, mapping, self)
        self.report_page = CsvReportPage(self)
        self.pages = named(QStackedWidget(), "csvImportPages")
        self.pages.addWidget(self.mapping_page)
        self.pages.addWidget(self.report_page)
        self.status_label = named(QLabel(), "csvImportStatus")
        self.back_button = named(QPushButton(), "backButton")
        self.next_button = named(QPushButton(), "nextButton")
        self.import_button = named(QPushButton(), "importButton")
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel), "buttons")
        for button in (self.back_button, self.next_button, self.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.back_button.clicked.connect(self.show_mapping)
        self.next_button.clicked.connect(self.show_report)
        self.import_button.clicked.connect(self.request_import)
        self.mapping_page.sig_mapping_changed.connect(self._update_buttons)
        self.report_page.skip_invalid_box.toggled.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self._busy = False
        resize_within_screen(self, 820, 620)
        self.retranslate_ui()
        self._update_buttons()

    # --- pages ---------------------------------------------------------------------
    def show_mapping(self) -> None:
        self.pages.setCurrentWidget(self.mapping_page)
        self._update_buttons()

    def show_report(self) -> None:
        """Work out the plan for the chosen columns, then show it."""
        from relationdesk.services.exchange.csv_import import make_plan
        from relationdesk.ui.shared.operation import Operation

        if not self.mapping_page.has_customer_name() or self._busy:
            return
        mapping, table = self.mapping_page.mapping(), self._table
        label = self.tr("Checking the rows…")
        self._set_busy(label)
        Operation[ImportPlan](
            self._window,
            label,
            name="checkProgress",
            parent=self,
            on_done=self._planned,
            on_error=self._plan_failed,
            on_cancelled=self._plan_cancelled,
        ).read(lambda conn, progress: make_plan(conn, table, mapping, progress))

    def _planned(self, plan: ImportPlan) -> None:
        self._set_busy("")
        self.plan = plan
        self.report_page.show_plan(plan)
        self.pages.setCurrentWidget(self.report_page)
        self._update_buttons()
        self.import_button.setFocus()
        self.sig_planned.emit()

    def _plan_cancelled(self, _cancelled: Exception) -> None:
        self._set_busy("")
        self.status_label.setText(self.tr("Check cancelled: nothing was written."))

    def _plan_failed(self, error: Exception) -> None:
        from relationdesk.ui.shared.messages import inform_error

        self._set_busy("")
        inform_error(
            self,
            self.tr("Rows not checked"),
            self.tr("The rows could not be checked against the database. Nothing was written."),
            str(error),
        )

    def request_import(self) -> None:
        plan = self.plan
        if plan is None or not self._can_import():
            return
        if self.mapping_page.remember_box.isChecked():
            stored = self._settings.get(keys.CSV_IMPORT_MAPPINGS)
            mapping = self.mapping_page.mapping()
            self._settings.set(
                keys.CSV_IMPORT_MAPPINGS, remember_mapping(stored, self._table.header, mapping)
            )
        self.sig_import.emit(
            ImportRequest(
                plan,
                self.report_page.duplicates_model.choices(),
                self.report_page.default_choice(),
                self.report_page.skip_invalid_box.isChecked(),
            )
        )

    # --- state ---------------------------------------------------------------------
    def set_importing(self, importing: bool) -> None:
        """While the flow writes: nothing here may change the request."""
        self._set_busy(self.tr("Importing…") if importing else "")

    def _set_busy(self, text: str) -> None:
        self._busy = bool(text)
        self.status_label.setText(text)
        self.pages.setEnabled(not self._busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not self._busy)
        self._update_buttons()

    def reject(self) -> None:
        """Not while rows are checked or written: their result must find the dialog."""
        if not self._busy:
            super().reject()

    def _can_import(self) -> bool:
        plan = self.plan
        if plan is None or not (plan.customers or plan.duplicates):
            return False
        return not plan.problems or self.report_page.skip_invalid_box.isChecked()

    def _update_buttons(self) -> None:
        on_report = self.pages.currentWidget() is self.report_page
        self.back_button.setVisible(on_report)
        self.next_button.setVisible(not on_report)
        self.import_button.setVisible(on_report)
        self.next_button.setEnabled(not self._busy and self.mapping_page.has_customer_name())
        self.back_button.setEnabled(not self._busy)
        self.import_button.setEnabled(not self._busy and self._can_import())
        (self.import_button if on_report else self.next_button).setDefault(True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import customers from CSV"))
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setText(self.tr("&Next >"))
        self.import_button.setText(self.tr("&Import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""Move a customer on the lifecycle ladder: the stage, from when, and why."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from relationdesk.db.database import Database
from relationdesk.domain.enums import LifecycleStage
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.services.lifecycle import set_lifecycle_stage
from relationdesk.ui.shared.date_field import DateField
from relationdesk.ui.shared.form_dialog import FormDialog
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen


def python_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(name: str) -> DateField:
    """A date field with a calendar, today by default, that cannot go past today."""
    edit = named(DateField(QDate.currentDate()), name)
    edit.setMaximumDate(QDate.currentDate())
    return edit


class LifecycleDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None,
        customer_id: str,
        stage: LifecycleStage,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lifecycleDialog")
        self._db = db
        self._customer_id = customer_id
        self.stage_combo = named(QComboBox(), "lifecycleStageCombo")
        for each in LifecycleStage:
            self.stage_combo.addItem("", each.value)
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(stage.value))
        self.date_edit = date_edit("lifecycleDateEdit")
        self.reason_edit = named(QLineEdit(), "lifecycleReasonEdit")
        self.reason_edit.setText(reason)
        for name, widget in (
            ("stage", self.stage_combo),
            ("changed_on", self.date_edit),
            ("reason", self.reason_edit),
        ):
            self.add_field(name, widget)
        self.retranslate_ui()
        resize_within_screen(self, 520, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change lifecycle stage"))
        self.set_label("stage", self.tr("&Stage:"))
        self.set_label("changed_on", self.tr("S&ince:"))
        self.set_label("reason", self.tr("&Why:"))
        for index in range(self.stage_combo.count()):
            stage = LifecycleStage(self.stage_combo.itemData(index))
            self.stage_combo.setItemText(index, lifecycle_stage_label(stage))
        self.reason_edit.setPlaceholderText(self.tr("e.g. second order in March"))

    def save(self) -> str | None:
        return set_lifecycle_stage(
            self._db,
            self._customer_id,
            LifecycleStage(self.stage_combo.currentData()),
            python_date(self.date_edit.date()),
            self.reason_edit.text(),
        )

"""Merge two customers that turn out to be the same: pick the other one by typing its
name, see what each holds and which name stays, then confirm.

The base, MergeDialog, is shared with the contacts' merge (contact_merge_dialog.py); its
strings use the explicit "MergeDialog" context.
"""

import html
from dataclasses import asdict

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.merging import CUSTOMER_FILL_FIELDS, conflicting_fields
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.palette import ERROR_TEXT_STYLE
from relationdesk.services.customer_directory import CustomerDetail, CustomerDirectory
from relationdesk.services.errors import NotFound, ValidationFailed
from relationdesk.services.merging import (
    CUSTOMER_COUNTS,
    RecordCounts,
    customer_counts,
    merge_customers,
)
from relationdesk.ui.shared.customer_picker import CustomerPicker
from relationdesk.ui.shared.messages import confirm, inform_error
from relationdesk.ui.shared.qt_helpers import named
from relationdesk.ui.shared.validation_messages import problem_message

Side = tuple[str, str]  # (id, name)


class MergeDialog(QDialog):
    """Two records side by side, the kept one first; Merge asks once more, then merges."""

    sig_merged = Signal(str)  # the kept record's id

    def __init__(self, parent: QWidget | None, chooser: QWidget, row_keys: tuple[str, ...]) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser = chooser
        self.intro = named(QLabel(), "mergeIntro")
        self.intro.setWordWrap(True)
        self.choose_label = QLabel()
        self.choose_label.setBuddy(chooser)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.choose_label, chooser)

        self.table = named(QFrame(), "mergeCounts")
        self.table.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.table)
        grid.setHorizontalSpacing(24)
        for column in (1, 2):  # the two records get the same room
            grid.setColumnStretch(column, 1)
            grid.setColumnMinimumWidth(column, 190)
        self.headers = [named(QLabel(), "keptHeader"), named(QLabel(), "mergedHeader")]
        for column, header in enumerate(self.headers, start=1):
            header.setWordWrap(True)
            header.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(header, 0, column)
        self.row_keys = row_keys
        self.row_labels: dict[str, QLabel] = {}
        self.count_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, key in enumerate(row_keys, start=1):
            self.row_labels[key] = QLabel()
            pair = (named(QLabel(), f"kept_{key}"), named(QLabel(), f"merged_{key}"))
            self.count_labels[key] = pair
            grid.addWidget(self.row_labels[key], row, 0)
            for column, label in enumerate(pair, start=1):
                grid.addWidget(label, row, column)

        self.outcome = named(QLabel(), "mergeOutcome")
        self.outcome.setWordWrap(True)
        self.error_label = named(QLabel(), "errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_TEXT_STYLE)
        self.error_label.hide()
        self.swap_button = named(QPushButton(), "swapButton")
        self.swap_button.clicked.connect(self.swap)
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel), "buttons")
        self.merge_button = named(
            self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole), "mergeButton"
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error_label)
        layout.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.swap_button)  # about the records, apart from Merge and Cancel
        bottom.addStretch()
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(560)

    # --- what a subclass says ----------------------------------------------------------
    def sides(self) -> tuple[Side, Side] | None:
        """(kept, merged) once the other record is chosen."""
        raise NotImplementedError

    def counts(self, record_id: str) -> RecordCounts:
        raise NotImplementedError

    def conflicts(self, kept_id: str, merged_id: str) -> list[str]:
        """Sentences about the kept record's values that win over different ones."""
        raise NotImplementedError

    def merge(self, kept_id: str, merged_id: str) -> None:
        raise NotImplementedError

    def swap(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    # --- shared --------------------------------------------------------------------------
    def update_summary(self) -> None:
        self.error_label.hide()
        sides = self.sides()
        self.table.setVisible(sides is not None)
        self.merge_button.setEnabled(sides is not None and sides[0][0] != sides[1][0])
        self.swap_button.setEnabled(sides is not None)
        if sides is None:
            self.outcome.setText("")
            self._fit()
            return
        (kept_id, kept_name), (merged_id, merged_name) = sides
        kept_note = QCoreApplication.translate("MergeDialog", "kept")
        merged_note = QCoreApplication.translate("MergeDialog", "merged into it, then deleted")
        self.headers[0].setText(f"<b>{html.escape(kept_name)}</b><br>{html.escape(kept_note)}")
        self.headers[1].setText(f"<b>{html.escape(merged_name)}</b><br>{html.escape(merged_note)}")
        kept, merged = self.counts(kept_id), self.counts(merged_id)
        number = self.locale().toString
        for key, (kept_label, merged_label) in self.count_labels.items():
            kept_label.setText(number(kept.get(key)))
            merged_label.setText(number(merged.get(key)))
        if kept_id == merged_id:
            self.table.hide()
            self.swap_button.setEnabled(False)
            self.show_errors([FieldError("other", Problem.SAME_RECORD)])
            self.outcome.setText("")
            self._fit()
            return
        lines = [
            QCoreApplication.translate(
                "MergeDialog",
                "After merging, there is one record named “%1” with everything of both.",
            ).replace("%1", kept_name)
        ]
        lines += self.conflicts(kept_id, merged_id)
        self.outcome.setText("\n".join(lines))
        self._fit()

    def _fit(self) -> None:
        """Fit the height to the content, which changes with the choice."""
        self.outcome.setVisible(bool(self.outcome.text()))
        layout = self.main_layout
        height = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(self.width(), height)

    def show_errors(self, errors: list[FieldError]) -> None:
        self.error_label.setText(
            "\n".join(problem_message(e, self.choose_label.text().replace("&", "")) for e in errors)
        )
        self.error_label.show()
        self._fit()

    def conflict_line(self, label: str, kept: str, merged: str) -> str:
        return (
            QCoreApplication.translate("MergeDialog", "%1: “%2” stays (“%3” is not kept).")
            .replace("%1", label.rstrip(":").replace("&", ""))
            .replace("%2", kept)
            .replace("%3", merged)
        )

    def accept(self) -> None:
        sides = self.sides()
        if sides is None:
            return
        (kept_id, kept_name), (merged_id, merged_name) = sides
        if not confirm(
            self,
            self.windowTitle(),
            QCoreApplication.translate(
                "MergeDialog",
                "Merge “%1” into “%2”? Everything recorded about “%1” moves to “%2”, "
                "then “%1” is deleted. This cannot be undone.",
            )
            .replace("%1", merged_name)
            .replace("%2", kept_name),
            destructive=True,
        ):
            return
        try:
            self.merge(kept_id, merged_id)
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return
        except NotFound:
            inform_error(
                self,
                QCoreApplication.translate("MergeDialog", "Not merged"),
                QCoreApplication.translate(
                    "MergeDialog",
                    "One of the two records was deleted meanwhile, so nothing was merged.",
                ),
            )
            self.reject()
            return
        self.sig_merged.emit(kept_id)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class CustomerMergeDialog(MergeDialog):
    """The selected customer is merged into the one picked (Swap keeps the selected one)."""

    def __init__(self, db: Database, parent: QWidget | None, selected: CustomerDetail) -> None:
        self._db = db
        self._directory = CustomerDirectory(db.reader)
        self.picker = named(CustomerPicker(self._directory), "mergeCustomerPicker")
        super().__init__(parent, self.picker, tuple(k for k, _ in CUSTOMER_COUNTS))
        self.setObjectName("customerMergeDialog")
        self.selected = selected
        self.keep_selected = False  # "merge into…": the picked customer is kept
        self.picker.sig_customer_changed.connect(lambda _id: self.update_summary())
        self.retranslate_ui()
        self.update_summary()

    def _picked(self) -> CustomerDetail | None:
        picked = self.picker.customer_id
        return self._directory.detail(picked) if picked else None

    def sides(self) -> tuple[Side, Side] | None:
        picked = self._picked()
        if picked is None:
            return None
        chosen, selected = (picked.id, picked.name), (self.selected.id, self.selected.name)
        return (selected, chosen) if self.keep_selected else (chosen, selected)

    def counts(self, record_id: str) -> RecordCounts:
        return customer_counts(self._db.reader, record_id)

    def conflicts(self, kept_id: str, merged_id: str) -> list[str]:
        kept, merged = self._directory.detail(kept_id), self._directory.detail(merged_id)
        if kept is None or merged is None:
            return []
        labels = {
            "industry": self.tr("Industry"),
            "city": self.tr("City"),
            "country": self.tr("Country"),
            "owner": self.tr("Owner"),
            "currency": self.tr("Currency"),
        }
        mine, theirs = asdict(kept), asdict(merged)
        return [
            self.conflict_line(labels[name], str(mine[name]), str(theirs[name]))
            for name in conflicting_fields(mine, theirs, CUSTOMER_FILL_FIELDS)
        ]

    def merge(self, kept_id: str, merged_id: str) -> None:
        merge_customers(self._db, kept_id, merged_id)

    def swap(self) -> None:
        self.keep_selected = not self.keep_selected
        self.update_summary()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge customers"))
        self.intro.setText(
            self.tr(
                "Two customers that are the same company become one: every contact, meeting, "
                "disclosure, follow-up, period and history entry of both is kept. Choose the "
                "customer to merge “%1” with."
            ).replace("%1", self.selected.name)
        )
        self.choose_label.setText(self.tr("Merge &with:"))
        self.picker.setPlaceholderText(self.tr("Type a few letters of the customer's name"))
        self.merge_button.setText(self.tr("&Merge"))
        self.swap_button.setText(self.tr("&Swap: keep the other name"))
        texts = {
            "contacts": self.tr("Contacts"),
            "meetings": self.tr("Meetings"),
            "disclosures": self.tr("Disclosures"),
            "follow_ups": self.tr("Follow-ups"),
            "periods": self.tr("Economics periods"),
            "history": self.tr("Other history entries"),
        }
        for key, label in self.row_labels.items():
            label.setText(texts[key])
        self.row_labels["history"].setToolTip(
            self.tr(
                "Stage confirmations, ratings, give and take, commitments, lifecycle moves, "
                "recommendation answers and referrals"
            )
        )
        self.update_summary()

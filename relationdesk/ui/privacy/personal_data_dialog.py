"""Answer a GDPR access request: everything held about one person, as a readable PDF and
a JSON file side by side. Sensitive disclosure texts only with an explicit tick."""

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.qt_helpers import busy_cursor, named, resize_within_screen


def safe_file_stem(text: str) -> str:
    """A file name part without the characters Windows or macOS refuse."""
    kept = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text).strip(". ")
    return kept or "export"


class PersonalDataDialog(QDialog):
    def __init__(
        self, db: Database, parent: QWidget | None, contact_id: str, contact_name: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personalDataDialog")
        self._db = db
        self._contact_id = contact_id
        self._name = contact_name
        self.written: list[Path] = []
        self.explanation = named(QLabel(), "personalDataExplanation")
        self.explanation.setWordWrap(True)
        self.sensitive_check = named(QCheckBox(), "includeSensitiveCheck")
        self.sensitive_hint = named(QLabel(), "includeSensitiveHint")
        self.sensitive_hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.sensitive_check)
        layout.addWidget(self.sensitive_hint)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        resize_within_screen(self, 480, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export personal data"))
        self.explanation.setText(
            self.tr(
                "Everything held about %1 — the contact record, meetings attended, what they "
                "told us, recommendation answers and referrals — as a readable PDF and a JSON "
                "file, to answer an access request."
            ).replace("%1", self._name)
        )
        self.sensitive_check.setText(self.tr("Include sensitive disclosure texts"))
        self.sensitive_hint.setText(
            self.tr(
                "An access request covers them too, but whoever gets the files can read them: "
                "send them only to the person."
            )
        )

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export personal data"))
        dialog.setObjectName("personalDataFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(str(Path.home()))
        stem = safe_file_stem(f"{self._name} - {date.today().isoformat()}")
        dialog.selectFile(f"{stem}.pdf")
        dialog.fileSelected.connect(lambda chosen: self.export_to(Path(chosen)))
        dialog.open()

    def export_to(self, pdf: Path) -> None:
        """The PDF and, next to it, the JSON with the same name; both whole or not at all."""
        from relationdesk.services.errors import NotFound
        from relationdesk.services.personal_data import personal_data
        from relationdesk.services.reports.personal_data_report import write_personal_data_files

        now = datetime.now(UTC).replace(tzinfo=None)
        try:
            with busy_cursor():
                data = personal_data(
                    self._db.reader, self._contact_id, now, self.sensitive_check.isChecked()
                )
                self.written = list(write_personal_data_files(data, pdf))
        except NotFound:
            inform_error(
                self, self.tr("Not exported"), self.tr("This person was deleted meanwhile.")
            )
            self.reject()
            return
        except OSError as error:
            inform_error(
                self,
                self.tr("Not exported"),
                self.tr("The files could not be written: %1. Choose another folder.").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""The backups next to the database: when, why, how big, what is in them; restore one."""

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.l10n.formatting import short_datetime
from relationdesk.palette import CAUTION
from relationdesk.services.backup import BackupInfo, list_backups
from relationdesk.services.backup.erasures import (
    holds_erased_data,
    last_erasure,
    purge_backups_with_erased_data,
)
from relationdesk.ui.shared.messages import confirm
from relationdesk.ui.shared.qt_helpers import describe, named, resize_within_screen
from relationdesk.ui.shared.translated_headers import RowTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("BackupTableModel", "Made on"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Why"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Customers"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Meetings"),
)
REASONS = {
    "auto": QT_TRANSLATE_NOOP("BackupTableModel", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("BackupTableModel", "Made by you"),
    "before-restore": QT_TRANSLATE_NOOP("BackupTableModel", "Before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupTableModel", "Before an upgrade"),
    "before-repair": QT_TRANSLATE_NOOP("BackupTableModel", "Before a repair"),
}
ERASED_COLOUR = QColor(CAUTION)
_Index = QModelIndex | QPersistentModelIndex


class BackupTableModel(RowTableModel):
    HEADER_CONTEXT = "BackupTableModel"
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self._erased_at: datetime | None = None

    def set_backups(self, backups: list[BackupInfo], erased_at: datetime | None = None) -> None:
        """`erased_at`: the last erasure; backups made before it are flagged."""
        self.beginResetModel()
        self._rows = list(backups)
        self._erased_at = erased_at
        self.endResetModel()

    def holds_erased(self, item: BackupInfo) -> bool:
        return holds_erased_data(item.created_at, self._erased_at)

    def backups(self) -> list[BackupInfo]:
        return list(self._rows)

    def backup(self, row: int) -> BackupInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.backup(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        erased = self.holds_erased(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            note = QCoreApplication.translate(
                "BackupTableModel",
                "Made before a person or customer was erased: it still holds their data.",
            )
            return f"{item.path}\n{note}" if erased else str(item.path)
        if role == Qt.ItemDataRole.ForegroundRole and erased:
            return ERASED_COLOUR
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        reason = next((r for r in REASONS if item.reason.startswith(r)), "")
        why = (
            QCoreApplication.translate("BackupTableModel", str(REASONS[reason]))
            if reason
            else item.reason
        )
        if erased:
            why += " · " + QCoreApplication.translate("BackupTableModel", "holds erased data")
        values = (
            short_datetime(item.created_at),
            why,
            locale.formattedDataSize(item.size_bytes),
            "—" if item.customers is None else locale.toString(item.customers),
            "—" if item.meetings is None else locale.toString(item.meetings),
        )
        return values[index.column()]


class BackupsDialog(QDialog):
    """Lists the backups; "Back up now" and "Restore…" hand the work to the main window,
    which owns the database connections that a restore must close."""

    sig_backup_now = Signal()
    sig_restore = Signal(Path)

    def __init__(
        self, database_file: Path, interval: timedelta, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._database_file = database_file
        self._interval_hours = round(interval.total_seconds() / 3600)
        self.model = BackupTableModel(self)
        self.table = named(QTableView(), "backupTable")
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.hint = named(QLabel(), "backupsHint")
        self.hint.setWordWrap(True)
        self.backup_button = named(QPushButton(), "backupNowButton")
        self.restore_button = named(QPushButton(), "restoreButton")
        # Any file: a backup brought from another computer, on a stick or in a mail.
        self.restore_file_button = named(QPushButton(), "restoreFileButton")
        self.restore_file_button.clicked.connect(self.choose_file)
        self.purge_button = named(QPushButton(), "purgeErasedButton")
        self.backup_button.clicked.connect(self.sig_backup_now)
        self.restore_button.clicked.connect(self._restore_clicked)
        self.purge_button.clicked.connect(self.purge_erased)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.restore_file_button)
        row.addWidget(self.purge_button)
        row.addStretch()
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        resize_within_screen(self, 720, 420)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        self.model.set_backups(list_backups(self._database_file), last_erasure(self._database_file))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        self.purge_button.setEnabled(
            any(self.model.holds_erased(item) for item in self.model.backups())
        )

    def purge_erased(self) -> None:
        """Delete the backups that still hold erased people, after asking."""
        count = sum(1 for item in self.model.backups() if self.model.holds_erased(item))
        if not count or not confirm(
            self,
            self.tr("Delete backups with erased data"),
            self.tr(
                "Delete the %n backup(s) made before the last erasure? They still hold the "
                "erased people. The backups made since are kept.",
                "",
                count,
            ),
            destructive=True,
        ):
            return
        purge_backups_with_erased_data(self._database_file)
        self.refresh()

    def _restore_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if confirm(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace everything in RelationDesk with the backup of %1? What you "
                "recorded since then is not lost: the current database is backed up first."
            ).replace("%1", short_datetime(chosen.created_at)),
            destructive=True,
        ):
            self.sig_restore.emit(chosen.path)

    def choose_file(self) -> None:
        """Restore from any file; it is checked like a backup before anything is replaced."""
        dialog = named(QFileDialog(self, self.tr("Restore from a file")), "restoreFileDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("RelationDesk databases (*.sqlite *.sqlite3 *.db)"), self.tr("All files (*)")]
        )
        dialog.setDirectory(str(Path.home()))
        # Asked once the file dialog has closed: the restore closes this dialog, and the
        # file dialog with it, which must not happen while it is still emitting.
        dialog.fileSelected.connect(
            lambda chosen: QTimer.singleShot(0, self, lambda: self._restore_file(Path(chosen)))
        )
        dialog.open()

    def _restore_file(self, chosen: Path) -> None:
        if confirm(
            self,
            self.tr("Restore from a file"),
            self.tr(
                "Replace everything in RelationDesk with %1? It is checked first; what you "
                "have now is backed up before it is replaced."
            ).replace("%1", chosen.name),
            destructive=True,
        ):
            self.sig_restore.emit(chosen)

    def retranslate_ui(self) -> None:
        describe(self.table, self.tr("Backups"), self.tr("Newest first"))
        self.setWindowTitle(self.tr("Backups"))
        self.hint.setText(
            self.tr(
                "RelationDesk backs up your database when it starts and when it closes, "
                "at most every %2 hours (see Settings), and keeps 12 daily, 10 weekly and "
                "9 monthly copies. They are in: %1"
            )
            .replace("%1", str(self._database_file.parent / "backups"))
            .replace("%2", str(self._interval_hours))
        )
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.restore_file_button.setText(self.tr("Restore from a &file…"))
        self.purge_button.setText(self.tr("&Delete backups with erased data…"))

"""The backups next to the database: when, why, how big, what is in them; restore one."""

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.l10n.formatting import short_datetime
from relationdesk.services.backup import BackupInfo, list_backups
from relationdesk.ui.messages import confirm
from relationdesk.ui.models.translated_headers import RowTableModel
from relationdesk.ui.qt_helpers import named

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
_Index = QModelIndex | QPersistentModelIndex


class BackupTableModel(RowTableModel):
    HEADER_CONTEXT = "BackupTableModel"
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.backup(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        reason = next((r for r in REASONS if item.reason.startswith(r)), "")
        values = (
            short_datetime(item.created_at),
            QCoreApplication.translate("BackupTableModel", str(REASONS[reason]))
            if reason
            else item.reason,
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
        self.backup_button.clicked.connect(self.sig_backup_now)
        self.restore_button.clicked.connect(self._restore_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch()
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(720, 420)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        self.model.set_backups(list_backups(self._database_file))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

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

    def retranslate_ui(self) -> None:
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

"""The CSV import's first page: how the file was read, a combo per column saying where
its cells go, and the first rows of the file under headers that follow the combos."""

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.domain.csv_import import CsvTable
from relationdesk.domain.csv_mapping import Mapping, Target
from relationdesk.palette import ERROR_TEXT_STYLE
from relationdesk.ui.exchange.csv_import_models import PREVIEW_ROWS, CsvPreviewModel
from relationdesk.ui.exchange.csv_import_texts import delimiter_label, encoding_label, target_label
from relationdesk.ui.shared.qt_helpers import named

_COMBO_ROWS_SHOWN = 6  # more columns than this scroll inside their own area


class CsvMappingPage(QWidget):
    sig_mapping_changed = Signal()

    def __init__(
        self, table: CsvTable, file_name: str, mapping: Mapping, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("csvMappingPage")
        self._table = table
        self._file_name = file_name
        self.file_label = named(QLabel(), "csvFileLabel")
        self.file_label.setWordWrap(True)
        self.columns_label = named(QLabel(), "csvColumnsLabel")
        self.combos: list[QComboBox] = []
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for column, name in enumerate(table.header):
            combo = named(QComboBox(), f"csvColumnCombo{column}")
            # Its texts come later (retranslate): sized by them, not by the empty items.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for target in Target:
                combo.addItem("", target.value)
            combo.setCurrentIndex(combo.findData(mapping[column].value))
            combo.currentIndexChanged.connect(self._changed)
            label = QLabel(name or "—")
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos.append(combo)
        scroll = named(QScrollArea(), "csvColumnsArea")
        scroll.setWidget(form_host)
        scroll.setWidgetResizable(True)
        row_height = (
            self.combos[0].sizeHint().height() + form.verticalSpacing() if self.combos else 0
        )
        scroll.setMaximumHeight(row_height * _COMBO_ROWS_SHOWN + 2 * scroll.frameWidth() + 12)
        self.model = CsvPreviewModel(table, self)
        self.preview_label = named(QLabel(), "csvPreviewLabel")
        self.preview = named(QTableView(), "csvPreview")
        self.preview.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.preview.setModel(self.model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultAlignment(
            self.preview.horizontalHeader().defaultAlignment()
        )
        self.remember_box = named(QCheckBox(), "rememberMappingBox")
        self.remember_box.setChecked(True)
        self.problem_label = named(QLabel(), "mappingProblemLabel")
        self.problem_label.setStyleSheet(ERROR_TEXT_STYLE)
        self.problem_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file_label)
        layout.addWidget(self.columns_label)
        layout.addWidget(scroll)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.problem_label)
        self.model.set_mapping(self.mapping())
        self.retranslate_ui()
        self.preview.resizeColumnsToContents()

    def mapping(self) -> Mapping:
        return tuple(Target(combo.currentData()) for combo in self.combos)

    def has_customer_name(self) -> bool:
        return Target.CUSTOMER_NAME in self.mapping()

    def _changed(self) -> None:
        self.model.set_mapping(self.mapping())
        self._show_problem()
        self.sig_mapping_changed.emit()

    def _show_problem(self) -> None:
        self.problem_label.setText(
            ""
            if self.has_customer_name()
            else self.tr("Choose the column that holds the customer's name.")
        )
        self.problem_label.setVisible(not self.has_customer_name())

    def retranslate_ui(self) -> None:
        rows = len(self._table.rows)
        self.file_label.setText(
            self.tr("%1: %2, separated by %3, %n data rows.", "", rows)
            .replace("%1", self._file_name)
            .replace("%2", encoding_label(self._table.encoding))
            .replace("%3", delimiter_label(self._table.delimiter))
        )
        self.columns_label.setText(self.tr("Where does each column go?"))
        for combo in self.combos:
            for index in range(combo.count()):
                combo.setItemText(index, target_label(Target(combo.itemData(index))))
        shown = min(rows, PREVIEW_ROWS)
        self.preview_label.setText(
            self.tr("The first %n rows, numbered by their line in the file:", "", shown)
        )
        self.remember_box.setText(self.tr("&Remember these columns for files like this one"))
        self.model.set_mapping(self.mapping())
        self._show_problem()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

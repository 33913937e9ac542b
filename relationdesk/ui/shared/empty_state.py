"""What a newcomer sees on the first start: a friendly way in, not an empty grid."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from relationdesk.ui.shared.qt_helpers import named


class EmptyState(QWidget):
    sig_load_sample = Signal()
    sig_new_customer = Signal()
    sig_open_guide = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = named(QLabel(), "emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.text = named(QLabel(), "emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(560)
        self.sample_button = named(QPushButton(), "loadSampleButton")
        self.sample_button.setDefault(True)
        self.new_button = named(QPushButton(), "emptyNewCustomerButton")
        self.sample_button.clicked.connect(self.sig_load_sample)
        self.new_button.clicked.connect(self.sig_new_customer)
        self.guide_link = named(QLabel(), "emptyGuideLink")
        self.guide_link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guide_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.guide_link.linkActivated.connect(lambda _link: self.sig_open_guide.emit())
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        # Centred with stretches, not an alignment flag: with a flag the layout ignores the
        # label's height-for-width and cuts the wrapped text.
        text_row = QHBoxLayout()
        text_row.addStretch()
        text_row.addWidget(self.text)
        text_row.addStretch()
        layout.addLayout(text_row)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(self.guide_link)
        layout.addStretch(3)
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        self.sample_button.setEnabled(not busy)
        self.new_button.setEnabled(not busy)
        self.sample_button.setText(
            self.tr("Loading the sample portfolio…") if busy else self.tr("Load a sample portfolio")
        )

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to RelationDesk"))
        self.text.setText(
            self.tr(
                "Your relationship desk is empty. Add your first customer, or load a "
                "sample portfolio of customers in Italy, Indonesia, Romania and "
                "English-speaking markets to see how RelationDesk works. You can delete "
                "the sample customers at any time."
            )
        )
        self.set_busy(not self.sample_button.isEnabled())
        self.new_button.setText(self.tr("Add your first customer"))
        self.guide_link.setText(
            '<a href="guide">' + self.tr("How do I…? A short guide, any time with F1") + "</a>"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

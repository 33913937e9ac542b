"""The short guide (F1): the stories of docs/stories.md as "how do I…", with the keys
as the window has them; and the list of keyboard shortcuts, read from the actions and
shortcuts themselves so it never drifts from what the keys do."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from relationdesk.ui.shared.qt_helpers import describe, named

# (question, answer, the actions whose keys fill %1, %2 in the answer)
GUIDE: tuple[tuple[object, object, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Guide", "How do I log a meeting after a visit?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Press %1. Choose the customer, write what happened and the next steps, add "
            "what each side disclosed and, if you like, a follow-up date; Ctrl+Enter "
            "saves. An unfinished meeting is kept as a draft.",
        ),
        ("logMeetingAction",),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "How do I see what is due today?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Press %1: overdue follow-ups first, then today's. Ctrl+D marks the "
            "selected one done; Tomorrow, Next week and Reschedule… move it; Enter opens "
            "the customer. Below, Reach out lists the customers drifting apart or past "
            "their stay-in-touch interval.",
        ),
        ("todayAction",),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "How do I find a customer?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Press %1 and type part of a name, a contact or a note; accents do not matter "
            "(“stefan” finds “Ștefan”). %2 shows the customer list.",
        ),
        ("findAction", "customersAction"),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "How do I tell whether a relationship is healthy?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Open the customer: the list beside the details names its sections (Alt+1 … "
            "Alt+8, or Ctrl+Page Down and Ctrl+Page Up). Brief shows the stage and the "
            "stay-in-touch light, Principles the five scores and why, Give and take the "
            "ledger and the promises.",
        ),
        (),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "How do I prepare a review with my manager?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Press %1 to export a PDF: a customer review, a meeting brief or the portfolio "
            "review, in any of the four languages. %2 shows the dashboard.",
        ),
        ("exportPdfAction", "dashboardAction"),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "How do I move to a new laptop?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Copy a backup file to the new laptop, then choose File → Backups… → Restore "
            "from a file…. The file is checked before anything is replaced, and what was "
            "there is backed up first.",
        ),
        (),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "How do I erase everything about a person?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "In the customer's Details and contacts, select the person and choose Delete "
            "contact: RelationDesk shows what mentions them before erasing it. Personal "
            "data… first exports what is kept about them.",
        ),
        (),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "Where are all the keyboard shortcuts?"),
        QT_TRANSLATE_NOOP(
            "Guide", "Help → Keyboard shortcuts lists every one, as the window has them now."
        ),
        (),
    ),
)


def _tr(text: object) -> str:
    return QCoreApplication.translate("Guide", str(text))


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    """A menu text without its mnemonic and trailing dots: "&Log meeting…" → "Log meeting"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def guide_html(window: QWidget) -> str:
    title = QCoreApplication.translate("Guide", "How do I…")
    parts = [f"<h2>{html.escape(title)}</h2>"]
    for question, answer, actions in GUIDE:
        text = _tr(answer)
        for number, name in enumerate(actions, start=1):
            action = window.findChild(QAction, name)
            key = _keys(action.shortcut()) if action is not None else ""
            label = _plain(action.text()) if action is not None else ""
            text = text.replace(f"%{number}", f"{key} ({label})" if key else label)
        parts.append(f"<h3>{html.escape(_tr(question))}</h3><p>{html.escape(text)}</p>")
    return "".join(parts)


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) of every action with a shortcut and every described QShortcut."""
    found: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            found[(_plain(action.text()), _keys(action.shortcut()))] = None
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis() and not shortcut.key().isEmpty():
            found[(shortcut.whatsThis(), _keys(shortcut.key()))] = None
    return sorted(found, key=lambda row: row[0].casefold())


def shortcuts_html(window: QWidget) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for what, keys in shortcuts(window)
    )
    head = (
        QCoreApplication.translate("Guide", "Keyboard shortcuts"),
        QCoreApplication.translate("Guide", "What"),
        QCoreApplication.translate("Guide", "Keys"),
    )
    return (
        f"<h2>{html.escape(head[0])}</h2><table cellpadding='4'>"
        f"<tr><th align='left'>{html.escape(head[1])}</th>"
        f"<th align='left'>{html.escape(head[2])}</th></tr>{rows}</table>"
    )


class GuideDialog(QDialog):
    """A page of help beside the window (not modal: the user tries as they read)."""

    def __init__(self, parent: QWidget, name: str, page: Callable[[], str]) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._page = page
        self.browser = named(QTextBrowser(), f"{name}Text")
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 600)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.retranslate_ui()

    def show_again(self) -> None:
        self.retranslate_ui()  # the keys as they are now
        self.show()
        self.raise_()
        self.activateWindow()

    def retranslate_ui(self) -> None:
        is_guide = self.objectName() == "guideDialog"
        title = (
            QCoreApplication.translate("Guide", "RelationDesk guide")
            if is_guide
            else QCoreApplication.translate("Guide", "Keyboard shortcuts")
        )
        self.setWindowTitle(title)
        describe(self.browser, title)
        self.browser.setHtml(self._page())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

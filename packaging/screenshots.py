"""Screenshots of the real app, offscreen: for reviewing the UI and for AppStream.

    .venv/bin/python packaging/screenshots.py OUT_DIR

Uses a throw-away data folder with the seeded sample portfolio.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RELATIONDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="relationdesk-shots-")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from relationdesk.db.schema import open_database
from relationdesk.i18n import LanguageSwitcher
from relationdesk.paths import database_url, settings_file
from relationdesk.services.samples import sample_portfolio
from relationdesk.settings import Settings
from relationdesk.ui.main_window import MainWindow


def _save(widget: QWidget, path: Path) -> None:
    for _ in range(3):  # language change, then the relayouts it posts
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(database_url())
    switcher = LanguageSwitcher(app)
    switcher.apply("en")
    window = MainWindow(Settings(settings_file()), switcher)
    window.resize(1280, 760)
    window.attach(db)
    window.show()
    _save(window, out / "empty-state-en.png")
    sample_portfolio.load(db, 40, seed=7)
    assert window.workspace is not None and window.tabs is not None and window.today is not None
    window.workspace.refresh()
    window.today.refresh()
    detail = window.workspace.detail
    for language in ("en", "it", "id", "ro"):
        switcher.apply(language)
        window.tabs.setCurrentIndex(0)
        _save(window, out / f"today-{language}.png")
        window.tabs.setCurrentIndex(1)
        for tab, name in enumerate(
            ("brief", "contacts", "timeline", "chart", "principles", "evidence")
        ):
            detail.tabs.setCurrentIndex(tab)
            _save(window, out / f"customer-{name}-{language}.png")
        detail.tabs.setCurrentIndex(0)
    from relationdesk.services.customer_directory import ListFilter

    window.workspace.set_filter(ListFilter.MASTER)  # a client acting as master: the banner
    for language in ("en", "it", "ro"):
        switcher.apply(language)
        detail.tabs.setCurrentIndex(4)
        _save(window, out / f"master-client-{language}.png")
    window.workspace.set_filter(ListFilter.ALL)
    detail.tabs.setCurrentIndex(0)
    for language in ("en", "ro"):
        switcher.apply(language)
        window.workspace.log_meeting()
        meeting = window.findChild(QWidget, "meetingDialog")
        assert meeting is not None
        _save(meeting, out / f"meeting-dialog-{language}.png")
        meeting.clear_draft()  # type: ignore[attr-defined]
        meeting.done(0)  # type: ignore[attr-defined]
        meeting.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    switcher.apply("ro")
    window.workspace.new_customer()
    dialog = window.findChild(QWidget, "customerDialog")
    assert dialog is not None
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # type: ignore[attr-defined]
    _save(dialog, out / "customer-dialog-errors-ro.png")
    dialog.close()
    switcher.apply("id")
    window.workspace.detail.contacts_tab.contacts_view.selectRow(0)
    window.workspace.detail.contacts_tab.edit_contact()
    contact = window.findChild(QWidget, "contactDialog")
    assert contact is not None
    _save(contact, out / "contact-dialog-id.png")
    contact.close()
    switcher.apply("it")
    window.workspace.search_edit.setText("stef")
    QApplication.processEvents()
    _save(window, out / "search-it.png")
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    code = main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
    sys.stdout.flush()
    os._exit(code)  # skip PySide's teardown at exit (see bench/bench.py)

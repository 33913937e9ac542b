from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from relationdesk.db.database import Database
from relationdesk.i18n import LanguageSwitcher
from relationdesk.paths import settings_file
from relationdesk.settings import Settings
from relationdesk.ui.main_window import MainWindow


@pytest.fixture
def switcher() -> Iterator[LanguageSwitcher]:
    app = QApplication.instance()
    assert app is not None
    languages = LanguageSwitcher(app)
    languages.apply("en")
    yield languages
    languages.apply("en")


@pytest.fixture
def window(qtbot, db: Database, switcher: LanguageSwitcher) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(Settings(settings_file()), switcher)
    main.attach(db)
    with qtbot.waitSignal(main.sig_first_painted):  # shortcuts are installed then
        main.show()
    qtbot.waitExposed(main)
    main.activateWindow()  # widget-scoped shortcuts (Delete) need an active window
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    # Close and destroy before the database closes: closing saves the selection, and a
    # later language switch must not reach a window whose database is gone.
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

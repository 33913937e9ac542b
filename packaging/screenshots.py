"""Screenshots of the real app, offscreen: for reviewing the UI and for AppStream.

    .venv/bin/python packaging/screenshots.py OUT_DIR [--languages en,it] [--customers 40]

Uses a throw-away data folder with the seeded sample portfolio, a 1366×768 window (the
smallest laptop screen we promise), and every main screen and dialog in each language:
Today, the customer's every section, the dashboard, and the dialogs behind the actions.
tests/ui/test_screenshots.py runs it on a small sample, so it cannot fall behind the UI.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from relationdesk.ui.dashboard.dashboard_tab import DashboardTab

LANGUAGES = ("en", "it", "id", "ro")
SCREEN = (1366, 768)
TAB_NAMES = (
    "brief", "contacts", "timeline", "chart", "principles", "evidence", "lifecycle", "economics"
)  # fmt: skip


def _settle() -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # language change, then the relayouts it posts
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _wait(ready: Callable[[], bool], seconds: float = 30.0) -> None:
    """Let background reads (the dashboard's portfolio) arrive before a picture is taken."""
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def _dashboard_shown(dashboard: DashboardTab | None) -> bool:
    return dashboard is None or None not in (dashboard.board, dashboard.view)


def _save(widget: object, path: Path, saved: list[Path]) -> None:
    _settle()
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    saved.append(path)
    print(path)


def _shoot_dialog(open_it: Callable[[], object], path: Path, saved: list[Path]) -> None:
    """Open a dialog through the app's own action, grab it, and close it unchanged."""
    from PySide6.QtWidgets import QApplication, QDialog

    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    open_it()
    _settle()
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
    ]
    if not opened:
        raise RuntimeError(f"no dialog opened for {path.name}")
    dialog = opened[-1]
    _save(dialog, path, saved)
    if hasattr(dialog, "clear_draft"):
        dialog.clear_draft()  # a meeting dialog would keep an empty draft
    dialog.reject()
    dialog.deleteLater()
    _settle()


def render(out: Path, languages: tuple[str, ...] = LANGUAGES, customers: int = 40) -> list[Path]:
    """Render every screen and dialog in each language into `out`; return the files."""
    from PySide6.QtWidgets import QApplication

    from relationdesk.db.schema import open_database
    from relationdesk.i18n import LanguageSwitcher
    from relationdesk.paths import database_url, settings_file
    from relationdesk.services.customer_directory import ListFilter
    from relationdesk.services.samples import sample_portfolio
    from relationdesk.settings import Settings
    from relationdesk.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    saved: list[Path] = []
    db = open_database(database_url())
    switcher = LanguageSwitcher(app)
    switcher.apply(languages[0])
    window = MainWindow(Settings(settings_file()), switcher)
    window.resize(*SCREEN)
    window.attach(db)
    window.show()
    _save(window, out / f"empty-state-{languages[0]}.png", saved)
    sample_portfolio.load(db, customers, seed=7)
    workspace, tabs, today = window.workspace, window.tabs, window.today
    assert workspace is not None and tabs is not None and today is not None
    workspace.refresh()
    today.refresh()
    detail = workspace.detail
    dialogs: tuple[tuple[str, Callable[[], object]], ...] = (
        ("meeting-dialog", workspace.log_meeting),
        ("customer-dialog", workspace.new_customer),
        ("edit-customer-dialog", workspace.edit_customer),
        ("contact-dialog", detail.new_contact),
        ("settings-dialog", window.open_settings),
        ("backups-dialog", window.database_actions().open_backups),
        ("export-pdf-dialog", window.pdf_export().start),
        ("guide", window.help.open_guide),
        ("shortcuts", window.help.open_shortcuts),
    )
    try:
        for language in languages:
            switcher.apply(language)
            tabs.setCurrentIndex(0)
            _save(window, out / f"today-{language}.png", saved)
            tabs.setCurrentIndex(1)
            workspace.view.selectRow(0)
            for index in range(detail.tabs.count()):
                detail.tabs.setCurrentIndex(index)
                name = TAB_NAMES[index] if index < len(TAB_NAMES) else f"tab{index}"
                _save(window, out / f"customer-{name}-{language}.png", saved)
            detail.tabs.setCurrentIndex(0)
            workspace.set_filter(ListFilter.MASTER)  # a client acting as master: the banner
            _save(window, out / f"master-client-{language}.png", saved)
            workspace.set_filter(ListFilter.ALL)
            workspace.view.selectRow(0)
            tabs.setCurrentIndex(2)
            _wait(partial(_dashboard_shown, window.dashboard))
            _save(window, out / f"dashboard-{language}.png", saved)
            tabs.setCurrentIndex(1)
            for name, open_it in dialogs:
                _shoot_dialog(open_it, out / f"{name}-{language}.png", saved)
            workspace.search_edit.setText("stef")
            _save(window, out / f"search-{language}.png", saved)
            workspace.search_edit.clear()
    finally:
        window.close()
        window.deleteLater()
        _settle()
        db.close()
        switcher.apply("en")  # its translators go: a test run goes on in English
    return saved


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of every screen, offscreen.")
    parser.add_argument("out", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--customers", type=int, default=40)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RELATIONDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="relationdesk-shots-")
    render(args.out, tuple(args.languages.split(",")), args.customers)
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # skip PySide's teardown at exit (see bench/bench.py)

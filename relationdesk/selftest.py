"""`relationdesk selftest`: does this installation work? (wheel, pipx or bundle)

Opens the real main window offscreen on a throw-away data folder, waits until the
database is created and migrated, loads a small sample portfolio, checks the customer
list shows it, and quits: exit code 0 when everything worked. Needs no display.
"""

import os
import sys
import tempfile

from relationdesk.paths import DATA_DIR_ENV, DATABASE_URL_ENV

TIMEOUT_MS = 60_000  # never hang, whatever breaks


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ[DATA_DIR_ENV] = tempfile.mkdtemp(prefix="relationdesk-selftest-")
    os.environ.pop(DATABASE_URL_ENV, None)
    from PySide6.QtCore import QTimer

    from relationdesk.app import application, start
    from relationdesk.db.schema import HEAD_REVISION

    app = application()
    window = start(app, "en")
    outcome = {"ok": False, "waited": 0}

    def check() -> None:
        if window.workspace is None or window.db is None:  # attached after the first paint
            outcome["waited"] += 1
            QTimer.singleShot(50, check)
            return
        from relationdesk.services.samples import sample_portfolio
        from relationdesk.ui.shared.changes import Topic

        count = sample_portfolio.load(window.db, 5, meetings_per_customer=3)
        window.changes.announce(Topic.DATABASE)  # the views refresh as after demo data
        schema = window.db.reader.execute("SELECT version_num FROM alembic_version").fetchone()
        shown = window.workspace.model.rowCount()
        outcome["ok"] = window.isVisible() and shown == count and schema[0] == HEAD_REVISION
        print(
            f"selftest: window shown, database {window.db.path} at schema {schema[0]}, "
            f"{shown} sample customers listed: {'OK' if outcome['ok'] else 'FAILED'}",
            flush=True,
        )
        window.close()

    QTimer.singleShot(0, check)
    QTimer.singleShot(TIMEOUT_MS, app.quit)
    app.exec()
    if window.db is not None:
        window.db.close()
    return 0 if outcome["ok"] else 1


if __name__ == "__main__":
    sys.exit(run_selftest())

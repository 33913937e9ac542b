"""`make bench`, memory: the peak resident memory (RSS) of the app with the large database
open after visiting every tab (the dashboard drawn, the read-ahead done), in a fresh
process. Goal (issue 20): <= 250 MB.
"""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import resource, sys, time
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from relationdesk.db.schema import open_database
from relationdesk.i18n import LanguageSwitcher
from relationdesk.paths import database_url, settings_file
from relationdesk.settings import Settings
from relationdesk.ui.main_window import MainWindow

app = QApplication([])
db = open_database(database_url())
switcher = LanguageSwitcher(app)
switcher.apply("en")
window = MainWindow(Settings(settings_file()), switcher)
window.resize(1400, 900)
window.attach(db)
window.show()


def settle(seconds):
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(20)


settle(0.5)
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    settle(1.0)
shown = []
window.dashboard.sig_shown.connect(lambda: shown.append(1))
window.tabs.setCurrentIndex(2)
started = time.perf_counter()
while not shown and time.perf_counter() - started < 60:
    settle(0.1)
settle(1.0)
print("rss_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
sys.stdout.flush()
import os
os._exit(0)
"""


def measure_memory(data_dir: Path) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        RELATIONDESK_DATA_DIR=str(data_dir),
        PYTHONPATH=str(HERE.parent),
    )
    env.pop("RELATIONDESK_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    values = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    return {"rss_large_mb": float(values["rss_mb"])}


def rows(figures: dict[str, float]) -> list[tuple[str, str, str, str]]:
    return [("peak RSS, large db, every tab", f"{figures['rss_large_mb']:.0f} MB", "", "<= 250 MB")]

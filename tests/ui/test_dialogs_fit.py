"""Every dialog fits the screen and its buttons are on it: a 1366×768 laptop with a
taskbar, 1280×720, and 200 % scaling (issue 18, item 2).

The outer test starts pytest again in a subprocess whose offscreen screen has the size
asked for (Qt's offscreen `configfile`), with QT_SCALE_FACTOR for 200 %; the inner test
opens every dialog there, in the four languages.
"""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.enums import LifecycleStage
from relationdesk.i18n import LanguageSwitcher
from relationdesk.paths import data_dir
from relationdesk.services import customer_editing as editing
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import save_shot

SCREEN_ENV = "RELATIONDESK_FIT_SCREEN"
REPORT_ENV = "RELATIONDESK_FIT_REPORT"  # where the subprocess writes what it found
ROOT = Path(__file__).resolve().parents[2]
SCREENS = {  # name: (physical width, height free of the taskbar, scale factor)
    "laptop-1366x768-taskbar": (1366, 728, 1),
    "small-1280x720": (1280, 680, 1),
    "scaled-200pct-2560x1440": (2560, 1400, 2),
}
LANGUAGES = ("en", "it", "id", "ro")

Factory = Callable[[MainWindow, Database, dict[str, str]], QDialog]


def _data(db: Database) -> dict[str, str]:
    customer = editing.create_customer(
        db, CustomerFields(name="Carpați Industrial Distribuție SRL", city="Brașov")
    )
    contact = editing.create_contact(db, customer, ContactFields(full_name="Ștefan Țurcanu"))
    return {"customer": customer, "contact": contact}


def _csv_dialog(window: MainWindow, db: Database, ids: dict[str, str]) -> QDialog:
    from relationdesk.domain.csv_mapping import guess_mapping
    from relationdesk.services.exchange.csv_import import read_csv_file
    from relationdesk.ui.exchange.csv_import_dialog import CsvImportDialog

    path = data_dir() / "customers.csv"
    path.write_text("Name,City,Industry\nGruppo Rossi,Milano,Food\n", encoding="utf-8")
    table = read_csv_file(path)
    mapping = guess_mapping(table.header)
    return CsvImportDialog(table, path.name, mapping, db.path, window.settings, window)


def _vcard_dialog(window: MainWindow, db: Database, ids: dict[str, str]) -> QDialog:
    from relationdesk.services.exchange.vcard_cards import read_vcards
    from relationdesk.services.exchange.vcard_exchange import plan_vcard_import
    from relationdesk.ui.exchange.vcard_import_dialog import VCardImportDialog

    cards = read_vcards(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marco Rossi\r\nEND:VCARD\r\n")
    customers = [(ids["customer"], "Carpați Industrial Distribuție SRL")]
    return VCardImportDialog(
        "contacts.vcf",
        plan_vcard_import(db.reader, cards),
        customers,
        lambda customer_id: plan_vcard_import(db.reader, cards, customer_id),
        window,
    )


def _factories() -> dict[str, Factory]:
    from relationdesk.services.customer_directory import CustomerDirectory
    from relationdesk.ui.customers.contact_dialog import ContactDialog
    from relationdesk.ui.customers.contact_merge_dialog import ContactMergeDialog
    from relationdesk.ui.customers.customer_dialog import CustomerDialog
    from relationdesk.ui.customers.merge_dialog import CustomerMergeDialog
    from relationdesk.ui.lifecycle.ledger_dialog import LedgerDialog
    from relationdesk.ui.lifecycle.lifecycle_dialog import LifecycleDialog
    from relationdesk.ui.lifecycle.recommendation_dialog import RecommendationDialog
    from relationdesk.ui.lifecycle.referral_dialog import ReferralDialog
    from relationdesk.ui.maintenance.backups_dialog import BackupsDialog
    from relationdesk.ui.meetings.commitment_dialog import CommitmentDialog
    from relationdesk.ui.meetings.meeting_dialog import MeetingDialog
    from relationdesk.ui.meetings.reschedule_dialog import RescheduleDialog
    from relationdesk.ui.privacy.erase_person_dialog import ErasePersonDialog
    from relationdesk.ui.privacy.personal_data_dialog import PersonalDataDialog
    from relationdesk.ui.reports.export_pdf_dialog import ExportPdfDialog
    from relationdesk.ui.reports.period_dialog import PeriodDialog
    from relationdesk.ui.settings.settings_dialog import SettingsDialog

    def detail(db: Database, ids: dict[str, str]):  # type: ignore[no-untyped-def]
        return CustomerDirectory(db.reader).detail(ids["customer"])

    def contact(db: Database, ids: dict[str, str]):  # type: ignore[no-untyped-def]
        return CustomerDirectory(db.reader).contacts(ids["customer"])[0]

    today = date.today()
    return {
        "meeting": lambda w, db, ids: MeetingDialog(db, w.settings, w, ids["customer"]),
        "customer": lambda w, db, ids: CustomerDialog(db, w, detail(db, ids)),
        "contact": lambda w, db, ids: ContactDialog(db, w, ids["customer"], contact(db, ids)),
        "commitment": lambda w, db, ids: CommitmentDialog(db, w, ids["customer"]),
        "reschedule": lambda w, db, ids: RescheduleDialog(w, "Send the offer", today, today),
        "ledger": lambda w, db, ids: LedgerDialog(db, w, ids["customer"]),
        "lifecycle": lambda w, db, ids: LifecycleDialog(
            db, w, ids["customer"], LifecycleStage.BUYER
        ),
        "recommendation": lambda w, db, ids: RecommendationDialog(db, w, ids["customer"]),
        "referral": lambda w, db, ids: ReferralDialog(
            db, w, ids["customer"], "Carpați Industrial"
        ),
        "period": lambda w, db, ids: PeriodDialog(db, w, ids["customer"], "EUR"),
        "personal_data": lambda w, db, ids: PersonalDataDialog(
            db, w, ids["contact"], "Ștefan Țurcanu"
        ),
        "erase_person": lambda w, db, ids: ErasePersonDialog(w, "Ștefan Țurcanu", []),
        "merge_customer": lambda w, db, ids: CustomerMergeDialog(db, w, detail(db, ids)),
        "merge_contact": lambda w, db, ids: ContactMergeDialog(db, w, contact(db, ids)),
        "export_pdf": lambda w, db, ids: ExportPdfDialog(
            w, "Carpați Industrial", 40, "en", False, today
        ),
        "backups": lambda w, db, ids: BackupsDialog(db.path, timedelta(hours=20), w),
        "settings": lambda w, db, ids: SettingsDialog(
            w.settings, w.switcher, str(data_dir()), w, ["EUR", "RON"]
        ),
        "csv_import": _csv_dialog,
        "vcard_import": _vcard_dialog,
    }


def _problems(dialog: QDialog, free: QRect) -> list[str]:
    """What is off-screen: the dialog's frame, or a button of its button boxes."""
    problems = []
    frame = dialog.frameGeometry()
    if not free.contains(frame):
        problems.append(f"frame {frame.getRect()} outside {free.getRect()}")
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if not button.isVisibleTo(dialog):
                continue
            top_left = button.mapTo(dialog, QPoint(0, 0))
            if not dialog.rect().contains(QRect(top_left, button.size())):
                problems.append(f"{button.text()!r} outside the dialog")
            elif button.visibleRegion().isEmpty():
                problems.append(f"{button.text()!r} hidden")
    return problems


@pytest.mark.skipif(SCREEN_ENV not in os.environ, reason="run by test_every_dialog_fits")
def test_every_dialog_fits_this_screen(
    qtbot: QtBot, window: MainWindow, db: Database, switcher: LanguageSwitcher
) -> None:
    ids = _data(db)
    free = QApplication.primaryScreen().availableGeometry()
    window.setGeometry(free)
    problems: dict[str, list[str]] = {}
    for language in LANGUAGES:
        switcher.apply(language)
        for name, factory in _factories().items():
            dialog = factory(window, db, ids)
            dialog.show()
            qtbot.waitExposed(dialog)
            save_shot(dialog, f"{os.environ[SCREEN_ENV]}/{language}_{name}")
            found = _problems(dialog, free)
            if found:
                problems[f"{language}/{name}"] = found
            if hasattr(dialog, "clear_draft"):
                dialog.clear_draft()
            dialog.hide()
            dialog.deleteLater()
            QApplication.processEvents()
    Path(os.environ[REPORT_ENV]).write_text(json.dumps(problems, ensure_ascii=False), "utf-8")
    assert not problems


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_dialog_fits(screen: str, tmp_path: Path) -> None:
    if SCREEN_ENV in os.environ:
        pytest.skip("already inside the subprocess")
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": screen, "x": 0, "y": 0, "width": width, "height": height}
                    | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        ),
        encoding="utf-8",
    )
    env = dict(os.environ)
    env |= {
        SCREEN_ENV: screen,
        REPORT_ENV: str(tmp_path / "report.json"),
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
    }
    test = f"{Path(__file__).relative_to(ROOT)}::test_every_dialog_fits_this_screen"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", test],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = tmp_path / "report.json"
    assert report.exists(), done.stdout[-3000:] + done.stderr[-2000:]
    problems = json.loads(report.read_text(encoding="utf-8"))
    assert problems == {}
    assert done.returncode == 0, done.stdout[-3000:]

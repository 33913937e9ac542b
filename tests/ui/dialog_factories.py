"""Every dialog of the app, built on a small real database: for tests that walk them all
(tests/ui/test_dialogs_fit.py, tests/ui/test_keyboard.py)."""

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QDialog

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.enums import LifecycleStage
from relationdesk.paths import data_dir
from relationdesk.services import customer_editing as editing
from relationdesk.ui.main_window import MainWindow

Factory = Callable[[MainWindow, Database, dict[str, str]], QDialog]


def make_data(db: Database) -> dict[str, str]:
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
    return CsvImportDialog(table, path.name, mapping, window)


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


def factories() -> dict[str, Factory]:
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

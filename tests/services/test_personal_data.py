"""A GDPR access answer holds everything about the person, and sensitive texts only when
asked; the PDF is a real, readable PDF."""

import json
import subprocess
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.i18n import speaking
from relationdesk.services import customer_editing
from relationdesk.services.errors import NotFound
from relationdesk.services.meeting_log import save_meeting
from relationdesk.services.personal_data import personal_data, write_personal_data_json
from relationdesk.services.recommendations import record_recommendation
from relationdesk.services.reports.pdf import write_pdf
from relationdesk.services.reports.personal_data_report import personal_data_report

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
SENSITIVE = "Boala mamei lui Ionuț"
PLAIN = "Îi plac drumețiile în Făgăraș"


@pytest.fixture
def person(db: Database) -> str:
    customer = customer_editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    ionut = customer_editing.create_contact(
        db, customer, ContactFields(full_name="Ionuț Șerban", email="ionut@carpati.ro")
    )
    other = customer_editing.create_contact(db, customer, ContactFields(full_name="Ana Pop"))
    save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=NOW - timedelta(days=3),
            summary="Vizită: comanda de primăvară",
            attendee_ids=(ionut, other),
            disclosures=[
                DisclosureFields(
                    Side.CUSTOMER,
                    DisclosureDomain.PERSONAL,
                    "health",
                    Depth.CORE,
                    SENSITIVE,
                    sensitive=True,
                    contact_id=ionut,
                ),
                DisclosureFields(
                    Side.CUSTOMER,
                    DisclosureDomain.PERSONAL,
                    "hobbies",
                    Depth.PERIPHERAL,
                    PLAIN,
                    contact_id=ionut,
                ),
                DisclosureFields(
                    Side.CUSTOMER,
                    DisclosureDomain.BUSINESS,
                    "plans",
                    Depth.CORE,
                    "Ana's own words",
                    contact_id=other,
                ),
            ],
        ),
    )
    record_recommendation(db, customer, ionut, 9, date.today(), "Vă recomand")
    return ionut


def test_everything_about_the_person_and_nobody_else(db: Database, person: str) -> None:
    data = personal_data(db.reader, person, NOW)
    assert data.contact["full_name"] == "Ionuț Șerban"
    assert data.customer["name"] == "Carpați Industrial"
    assert [m["summary"] for m in data.meetings] == ["Vizită: comanda de primăvară"]
    texts = {d["topic"]: d["text"] for d in data.disclosures}
    assert texts == {"health": None, "hobbies": PLAIN}  # not Ana's, not the sensitive text
    assert [r["score"] for r in data.recommendations] == [9]
    included = personal_data(db.reader, person, NOW, include_sensitive=True)
    assert {d["text"] for d in included.disclosures} == {SENSITIVE, PLAIN}


def test_json_is_documented_and_pdf_is_readable(
    qapp: QApplication, db: Database, person: str, tmp_path: Path
) -> None:
    data = personal_data(db.reader, person, NOW)
    write_personal_data_json(data, tmp_path / "ionut.json")
    document = json.loads((tmp_path / "ionut.json").read_text(encoding="utf-8"))
    assert document["format"] == "relationdesk-personal-data" and document["version"] == 1
    assert document["sensitive_included"] is False
    assert SENSITIVE not in (tmp_path / "ionut.json").read_text(encoding="utf-8")
    for language in ("en", "ro"):
        with speaking(language):
            report = personal_data_report(data)
        target = tmp_path / f"ionut-{language}.pdf"
        write_pdf(report, target)
        assert subprocess.run(["qpdf", "--check", str(target)], capture_output=True).returncode == 0
        text = unicodedata.normalize(
            "NFKC",
            subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout,
        )
        text = " ".join(text.split())
        assert "Ionuț Șerban" in text and PLAIN in text and SENSITIVE not in text
        assert "ionut@carpati.ro" in text


def test_an_unknown_person_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound):
        personal_data(db.reader, "nobody", NOW)

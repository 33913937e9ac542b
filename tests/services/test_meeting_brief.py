"""The one-page meeting brief: a real PDF, one page in every language, nothing sensitive."""

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.evidence_rules import CommitmentFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.i18n import SUPPORTED_LANGUAGES, speaking
from relationdesk.l10n.lifecycle_labels import playbook_text
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log, meeting_log
from relationdesk.services.errors import NotFound
from relationdesk.services.lifecycle import set_lifecycle_stage
from relationdesk.services.reports.meeting_brief import meeting_brief
from relationdesk.services.reports.pdf import write_pdf
from tests.pdf_reports import (
    COMMITMENT_TEXT,
    CUSTOMER_NAME,
    NOW,
    PLAIN_TEXT,
    SENSITIVE_BUSINESS_TEXT,
    SENSITIVE_TEXT,
    assert_valid_pdf,
    customer_with_disclosures,
    pdf_info,
    pdf_pages,
    pdf_text,
)

pytestmark = pytest.mark.usefixtures("qapp")  # Qt's PDF engine needs a GUI application


def _write(db: Database, customer_id: str, language: str, target: Path) -> str:
    with speaking(language):
        document = meeting_brief(db.reader, customer_id, NOW, "Maria Popescu")
        headings = [
            QCoreApplication.translate("MeetingBrief", "People"),
            QCoreApplication.translate("MeetingBrief", "Open commitments"),
        ]
    assert write_pdf(document, target) == 1
    return " ".join(headings)


def test_brief_is_one_valid_page_without_sensitive_texts(db: Database, tmp_path: Path) -> None:
    customer_id = customer_with_disclosures(db)
    target = tmp_path / "brief.pdf"
    _write(db, customer_id, "ro", target)
    assert pdf_pages(target) == 1
    assert_valid_pdf(target)
    text = pdf_text(target)
    assert CUSTOMER_NAME in text and "Sibiu" in text
    assert "Andrei Țurcanu" in text and COMMITMENT_TEXT in text
    assert "Oferta pentru linia nouă" in text  # the next steps
    assert PLAIN_TEXT in text
    assert SENSITIVE_TEXT not in text
    assert SENSITIVE_BUSINESS_TEXT not in text
    info = pdf_info(target)
    assert CUSTOMER_NAME in info["Title"]
    assert info["Author"] == "Maria Popescu" and info["Creator"] == "RelationDesk"
    assert "A4" in info["Page size"]


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_brief_speaks_each_language(db: Database, tmp_path: Path, language: str) -> None:
    customer_id = customer_with_disclosures(db)
    target = tmp_path / f"brief-{language}.pdf"
    headings = _write(db, customer_id, language, target)
    text = pdf_text(target)
    for heading in headings.split(" "):
        assert heading in text
    assert CUSTOMER_NAME in text
    # US English prints on Letter, the others on A4.
    assert ("letter" in pdf_info(target)["Page size"]) == (language == "en")


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_a_full_brief_still_fits_one_page(db: Database, tmp_path: Path, language: str) -> None:
    """Every list over its cap and every text long: capped and shortened, still one page."""
    customer_id = customer_with_disclosures(db)
    long_text = "Ștefan a povestit pe larg despre planurile lui, " * 12
    contacts = [
        editing.create_contact(
            db,
            customer_id,
            ContactFields(full_name=f"Persoana {n} " + "Ț" * 40, job_title=long_text),
        )
        for n in range(9)
    ]
    topics = ["family", "hobbies", "health", "travel", "education", "home", "career", "values"]
    for n in range(6):
        started = NOW - timedelta(days=10 * (n + 1))
        meeting_log.save_meeting(
            db,
            MeetingFields(
                customer_id=customer_id,
                started_at=started,
                summary=long_text + "\n" + long_text,
                next_steps=long_text,
                attendee_ids=(contacts[0],),
                disclosures=[
                    DisclosureFields(
                        Side.CUSTOMER,
                        domain,
                        topic,
                        Depth.PERIPHERAL,
                        long_text,
                        False,
                        contacts[n],
                    )
                    for domain in DisclosureDomain
                    for topic in topics
                ],
                follow_up_due=started + timedelta(days=12),
            ),
        )
        for side in Side:
            evidence_log.save_commitment(
                db,
                CommitmentFields(customer_id, side, long_text, started, NOW - timedelta(days=n)),
            )
    with speaking(language):  # the stage whose advice takes the most room
        longest = max(LifecycleStage, key=lambda stage: len(playbook_text(stage)))
    set_lifecycle_stage(db, customer_id, longest, NOW.date())
    target = tmp_path / "full.pdf"
    _write(db, customer_id, language, target)
    assert pdf_pages(target) == 1
    assert SENSITIVE_TEXT not in pdf_text(target)


def test_an_unknown_customer_is_not_found(db: Database) -> None:
    with speaking("en"), pytest.raises(NotFound):
        meeting_brief(db.reader, "no-such-customer", NOW)

"""The customer review as a real PDF: valid, fonts embedded, the right words in each
language, and disclosure texts only as far as the two ticks allow."""

import os
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
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
from relationdesk.services.meeting_log import save_meeting
from relationdesk.services.reports.customer_review import ReviewOptions, customer_review
from relationdesk.services.reports.pdf import ReportCancelled, write_pdf

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
SENSITIVE = "Divorțul lui Andrei e încă o rană deschisă"
PLAIN = "Fiica lui începe facultatea la Cluj"
NAME = "Țesătoria Ștefănescu S.R.L."


@pytest.fixture
def customer(db: Database) -> str:
    customer_id = customer_editing.create_customer(
        db, CustomerFields(name=NAME, city="Brașov", country="RO", currency="RON")
    )
    contact = customer_editing.create_contact(
        db, customer_id, ContactFields(full_name="Andrei Țurcanu")
    )
    save_meeting(
        db,
        MeetingFields(
            customer_id=customer_id,
            started_at=NOW - timedelta(days=10),
            ended_at=NOW - timedelta(days=10) + timedelta(hours=1),
            summary="Vizită la fabrică: planuri de extindere",
            attendee_ids=(contact,),
            disclosures=[
                DisclosureFields(
                    Side.CUSTOMER,
                    DisclosureDomain.PERSONAL,
                    "family",
                    Depth.CORE,
                    SENSITIVE,
                    sensitive=True,
                    contact_id=contact,
                ),
                DisclosureFields(
                    Side.CUSTOMER,
                    DisclosureDomain.PERSONAL,
                    "family",
                    Depth.INTERMEDIATE,
                    PLAIN,
                    contact_id=contact,
                ),
            ],
        ),
    )
    return customer_id


def _pdf(db: Database, customer_id: str, target: Path, language: str = "en", **ticks: Any) -> str:
    options = ReviewOptions(date.today() - timedelta(days=365), date.today(), author="Ana", **ticks)
    with speaking(language):
        document = customer_review(db.reader, customer_id, options, NOW, {"RON": 25_000})
    write_pdf(document, target)
    return subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout


def _squeezed(text: str) -> str:
    """One line, ligatures (the "fi" of "five") as plain letters."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize(
    ("ticks", "plain_shown", "sensitive_shown"),
    [
        ({}, False, False),
        ({"include_texts": True}, True, False),
        ({"include_texts": True, "include_sensitive": True}, True, True),
        ({"include_sensitive": True}, False, False),  # the second tick alone shows nothing
    ],
)
def test_disclosure_texts_only_as_far_as_the_ticks_allow(
    qapp: QApplication,
    db: Database,
    customer: str,
    tmp_path: Path,
    ticks: dict[str, Any],
    plain_shown: bool,
    sensitive_shown: bool,
) -> None:
    text = _squeezed(_pdf(db, customer, tmp_path / "review.pdf", **ticks))
    assert NAME in text
    assert (PLAIN in text) is plain_shown
    assert (SENSITIVE in text) is sensitive_shown
    assert "Divorțul" not in text or sensitive_shown


@pytest.mark.parametrize("language", ["en", "it", "id", "ro"])
def test_a_valid_pdf_with_embedded_fonts_and_headings_in_each_language(
    qapp: QApplication, db: Database, customer: str, tmp_path: Path, language: str
) -> None:
    target = tmp_path / f"review-{language}.pdf"
    text = _squeezed(_pdf(db, customer, target, language))
    with speaking(language):
        headings = [
            QCoreApplication.translate("CustomerReview", source)
            for source in (
                "Relationship stage",
                "Lifecycle",
                "The five principles",
                "Meetings in the period",
                "Disclosures",
                "Commitments",
            )
        ]
    for expected in headings:
        assert expected in text, (expected, text)
    check = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "Author:          Ana" in info and "Creator:         RelationDesk" in info
    assert NAME in info
    assert ("letter" in info) is (language == "en")  # en_US prints on Letter, the rest on A4


def test_a_cancelled_write_keeps_the_old_file_and_leaves_nothing_else(
    qapp: QApplication, db: Database, customer: str, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "review.pdf"
    _pdf(db, customer, target)
    before = target.read_bytes()
    with speaking("en"):
        document = customer_review(
            db.reader, customer, ReviewOptions(date(2020, 1, 1), date.today()), NOW, {}
        )
    with pytest.raises(ReportCancelled):
        write_pdf(document, target, on_page=lambda done, total: done < 1)
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["review.pdf"]


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["RELATIONDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "relationdesk", "report", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_line_writes_a_review_without_a_display(
    db: Database, customer: str, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "cli.pdf"
    result = _cli(
        data_dir,
        "customer",
        "tesatoria stefanescu s.r.l.",
        "--out",
        str(target),
        "--lang",
        "ro",
        "--include-texts",
    )
    assert result.returncode == 0, result.stderr
    text = _squeezed(
        subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    )
    assert NAME in text and PLAIN in text and SENSITIVE not in text
    unknown = _cli(data_dir, "customer", "Nobody", "--out", str(tmp_path / "no.pdf"))
    assert unknown.returncode == 1 and "no customer is named" in unknown.stderr
    assert not (tmp_path / "no.pdf").exists()
    backwards = _cli(
        data_dir,
        "customer",
        customer,
        "--out",
        str(tmp_path / "x.pdf"),
        "--from",
        "2026-05-01",
        "--to",
        "2026-01-01",
    )
    assert backwards.returncode == 1 and "--from" in backwards.stderr


def test_a_name_shared_by_two_customers_asks_for_the_id(
    db: Database, customer: str, data_dir: Path, tmp_path: Path
) -> None:
    customer_editing.create_customer(db, CustomerFields(name=NAME))
    result = _cli(data_dir, "customer", NAME, "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert customer in result.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("language", ["en", "ro"])
def test_the_review_explains_integrity_sides_rating_again_and_the_lifecycle(
    qapp: QApplication, db: Database, customer: str, tmp_path: Path, language: str
) -> None:
    """Issue 19: the review's "why" texts follow the rules on screen, in the reader's language."""
    from relationdesk.domain.enums import LifecycleStage
    from relationdesk.domain.evidence import CommitmentOutcome, Principle
    from relationdesk.domain.evidence_rules import CommitmentFields
    from relationdesk.services import evidence_log
    from relationdesk.services.lifecycle import set_lifecycle_stage
    from relationdesk.services.relationship_view import set_customer_since

    for days, side, outcome in (
        (5, Side.CUSTOMER, CommitmentOutcome.BROKEN),
        (8, Side.CUSTOMER, CommitmentOutcome.KEPT),
        (9, Side.US, CommitmentOutcome.KEPT),
    ):
        made, due = NOW - timedelta(days=days + 3), NOW - timedelta(days=days)
        evidence_log.save_commitment(db, CommitmentFields(customer, side, "x", made, due, outcome))
    evidence_log.save_ratings(db, customer, {Principle.EQUITY: (4, "")}, NOW - timedelta(days=7))
    set_lifecycle_stage(db, customer, LifecycleStage.BUYER, date.today() - timedelta(days=30))
    set_customer_since(db, customer, date(2015, 5, 4))
    text = _squeezed(_pdf(db, customer, tmp_path / "review.pdf", language))
    assert {"en": "Relationship since: 5/4/15", "ro": "Relație din: 04.05.2015"}[language] in text
    expected = {
        "en": (
            "The customer's promises: kept 1, late 0, broken 1 (record",
            "Our promises: kept 1, late 0, broken 0 (record 100).",
            "Only one set of ratings so far: rate again after",
            "is not suggested yet; still needed:",
        ),
        "ro": (
            "Promisiunile clientului: ținute 1, cu întârziere 0, încălcate 1 (bilanț",
            "Promisiunile noastre: ținute 1, cu întârziere 0, încălcate 0 (bilanț 100).",
            "evaluează din nou după următoarea întâlnire, ca să-l consolidezi",
            "nu este încă sugerat; mai este nevoie de:",
        ),
    }[language]
    for words in expected:
        assert words in text, words

"""Checking real PDF files with poppler and qpdf, and a customer worth reporting on."""

import re
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.evidence_rules import CommitmentFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    MeetingKind,
    Side,
)
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log, meeting_log

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
CUSTOMER_NAME = "Țesătoria Ștefănescu"
SENSITIVE_TEXT = "Divorțul lui Andrei"
PLAIN_TEXT = "Fiica lui începe facultatea la Iași"
SENSITIVE_BUSINESS_TEXT = "Fabrica își dublează capacitatea"
COMMITMENT_TEXT = "Trimitem mostrele de țesătură"


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_text(path: Path) -> str:
    """The text, with runs of blanks and line breaks as one space (lines wrap anywhere)."""
    return " ".join(_run("pdftotext", "-enc", "UTF-8", str(path), "-").split())


def pdf_info(path: Path) -> dict[str, str]:
    info = {}
    for line in _run("pdfinfo", "-enc", "UTF-8", str(path)).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_pages(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def assert_valid_pdf(path: Path) -> None:
    """qpdf finds no damage, and every font is embedded (pdffonts' "emb" column)."""
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    rows = _run("pdffonts", str(path)).splitlines()[2:]
    assert rows, "no fonts at all"
    for row in rows:
        # name type encoding emb sub uni object ID: the emb column is 4th from the end.
        columns = re.split(r"\s+", row.strip())
        assert columns[-5] == "yes", f"font not embedded: {row}"


def _told(
    contact_id: str, domain: DisclosureDomain, topic: str, text: str, sensitive: bool = True
) -> DisclosureFields:
    """What the customer's side told us, at the core layer unless it is plain."""
    depth = Depth.CORE if sensitive else Depth.INTERMEDIATE
    return DisclosureFields(Side.CUSTOMER, domain, topic, depth, text, sensitive, contact_id)


def customer_with_disclosures(db: Database, name: str = CUSTOMER_NAME) -> str:
    """A customer with people, a meeting with next steps, a follow-up, an open commitment,
    and disclosures: a sensitive personal one, a plain personal one, a sensitive business
    one. Returns the customer's id."""
    customer_id = editing.create_customer(db, CustomerFields(name=name, city="Sibiu"))
    andrei = editing.create_contact(
        db,
        customer_id,
        ContactFields(
            full_name="Andrei Țurcanu",
            job_title="Director de achiziții",
            buying_role=BuyingRole.DECISION_MAKER,
            influence=Influence.HIGH,
        ),
    )
    editing.create_contact(
        db, customer_id, ContactFields(full_name="Ioana Mureșan", job_title="Inginer")
    )
    started = NOW - timedelta(days=10)
    meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer_id,
            started_at=started,
            ended_at=started + timedelta(hours=1),
            kind=MeetingKind.VISIT,
            summary="Vizită la fabrica din Sibiu",
            next_steps="Oferta pentru linia nouă",
            attendee_ids=(andrei,),
            disclosures=[
                _told(andrei, DisclosureDomain.PERSONAL, "life_events", SENSITIVE_TEXT, True),
                _told(andrei, DisclosureDomain.PERSONAL, "family", PLAIN_TEXT, False),
                _told(andrei, DisclosureDomain.BUSINESS, "future_plans", SENSITIVE_BUSINESS_TEXT),
            ],
            follow_up_due=NOW + timedelta(days=3),
        ),
    )
    evidence_log.save_commitment(
        db,
        CommitmentFields(
            customer_id=customer_id,
            made_by=Side.US,
            description=COMMITMENT_TEXT,
            made_at=started,
            due_at=NOW + timedelta(days=7),
        ),
    )
    return customer_id

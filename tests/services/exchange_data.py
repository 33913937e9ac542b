"""A customer with a logged meeting (one sensitive disclosure, one not) and a follow-up,
for the export tests."""

from datetime import UTC, datetime

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    MeetingKind,
    Side,
)
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log

SENSITIVE = "Fabrica își dublează capacitatea anul viitor"
PERSONAL = "Fiica lui începe facultatea la Iași"
STARTED = datetime(2026, 3, 2, 8, 30)  # naive UTC, as the domain works
ENDED = datetime(2026, 3, 2, 9, 15)


def meeting_with_disclosures(db: Database) -> tuple[str, str]:
    """(customer id, meeting id)."""
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    contact = editing.create_contact(db, customer, ContactFields(full_name="Ștefan Țurcanu"))
    meeting = meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=STARTED,
            ended_at=ENDED,
            kind=MeetingKind.VISIT,
            place="Brașov, fabrica",
            summary="Vizită la fabrică; totul bine.",
            next_steps="Trimitem oferta pentru linia nouă",
            attendee_ids=(contact,),
            disclosures=[
                DisclosureFields(
                    Side.CUSTOMER,
                    DisclosureDomain.PERSONAL,
                    "family",
                    Depth.INTERMEDIATE,
                    PERSONAL,
                    False,
                    contact,
                ),
                DisclosureFields(
                    Side.CUSTOMER,
                    DisclosureDomain.BUSINESS,
                    "future_plans",
                    Depth.CORE,
                    SENSITIVE,
                    True,
                    contact,
                ),
            ],
            follow_up_due=datetime(2026, 3, 6, 9, 0),
            follow_up_title="Send the offer",
        ),
    )
    return customer, meeting


def as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)

from datetime import datetime

from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    MeetingKind,
    Side,
)
from relationdesk.services import meeting_draft


def test_a_draft_round_trips_every_field() -> None:
    fields = MeetingFields(
        customer_id="c1",
        started_at=datetime(2026, 11, 20, 9, 30),
        ended_at=datetime(2026, 11, 20, 10, 15),
        kind=MeetingKind.MEAL,
        place="Brașov",
        summary="Prânz 🍲\nbun",
        next_steps="Oferta",
        attendee_ids=("p1", "p2"),
        disclosures=[
            DisclosureFields(
                Side.CUSTOMER, DisclosureDomain.PERSONAL, "family", Depth.CORE, "Divorț", True, "p1"
            )
        ],
        follow_up_due=datetime(2026, 11, 27, 9, 0),
    )
    text = meeting_draft.to_json(fields, "Carpați", datetime(2026, 11, 20, 10, 0))
    restored = meeting_draft.from_json(text)
    assert restored == (fields, "Carpați", datetime(2026, 11, 20, 10, 0))


def test_an_unreadable_draft_is_ignored() -> None:
    assert meeting_draft.from_json("{not json") is None
    assert meeting_draft.from_json('{"version": 99}') is None
    assert meeting_draft.from_json('{"version": 1, "fields": {}}') is None

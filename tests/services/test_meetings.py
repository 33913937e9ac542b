"""Logging meetings: one transaction, derived columns kept in step, readable timeline."""

from datetime import datetime, timedelta

import pytest

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
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.domain.validation import Problem
from relationdesk.services import customer_editing as editing
from relationdesk.services import follow_ups, meeting_log, relationship_view
from relationdesk.services.meeting_directory import MeetingDirectory

NOW = datetime.now().replace(microsecond=0)


def _count(db: Database, table: str) -> int:
    return int(db.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def customer(db: Database) -> tuple[str, str]:
    customer_id = editing.create_customer(
        db, CustomerFields(name="Carpați Industrial", city="Brașov")
    )
    contact_id = editing.create_contact(db, customer_id, ContactFields(full_name="Ștefan Țurcanu"))
    return customer_id, contact_id


def _visit(customer_id: str, contact_id: str, when: datetime, **extra: object) -> MeetingFields:
    fields = MeetingFields(
        customer_id=customer_id,
        started_at=when,
        ended_at=when + timedelta(minutes=45),
        kind=MeetingKind.VISIT,
        place="Brașov, fabrica",
        summary="Vizită la fabrică 🏭\nTotul bine.",
        next_steps="Trimitem oferta pentru linia nouă",
        attendee_ids=(contact_id,),
        disclosures=[
            DisclosureFields(
                Side.CUSTOMER,
                DisclosureDomain.PERSONAL,
                "family",
                Depth.INTERMEDIATE,
                "Fiica lui începe facultatea la Iași",
                False,
                contact_id,
            ),
            DisclosureFields(
                Side.CUSTOMER,
                DisclosureDomain.BUSINESS,
                "future_plans",
                Depth.CORE,
                "Fabrica își dublează capacitatea anul viitor",
                True,
                contact_id,
            ),
        ],
        follow_up_due=when + timedelta(days=4),
    )
    for key, value in extra.items():
        setattr(fields, key, value)
    return fields


def test_log_a_meeting_with_everything(db: Database, customer: tuple[str, str]) -> None:
    customer_id, contact_id = customer
    long_summary = "ș" * 20000
    meeting_id = meeting_log.save_meeting(
        db, _visit(customer_id, contact_id, NOW - timedelta(hours=2), summary=long_summary)
    )
    assert _count(db, "meeting") == 1 and _count(db, "disclosure") == 2
    assert _count(db, "meeting_attendee") == 1 and _count(db, "follow_up") == 1
    timeline = MeetingDirectory(db.reader).timeline(customer_id)
    assert [m.id for m in timeline] == [meeting_id]
    entry = timeline[0]
    assert entry.summary == long_summary
    assert entry.attendees == ((contact_id, "Ștefan Țurcanu"),)
    assert [d.text for d in entry.disclosures] == [
        "Fiica lui începe facultatea la Iași",
        "Fabrica își dublează capacitatea anul viitor",
    ]
    assert entry.disclosures[1].sensitive
    row = db.reader.execute(
        "SELECT last_meeting_at, next_follow_up_at, suggested_stage FROM customer"
    ).fetchone()
    assert datetime.fromisoformat(row[0]) == NOW - timedelta(hours=2)
    assert datetime.fromisoformat(row[1]) == NOW - timedelta(hours=2) + timedelta(days=4)
    assert row[2] == RelationshipStage.BUSINESS_PARTNER.value
    follow_up = follow_ups.customer_follow_ups(db.reader, customer_id)[0]
    assert follow_up.title == "Trimitem oferta pentru linia nouă"


def test_refused_meetings_write_nothing(db: Database, customer: tuple[str, str]) -> None:
    customer_id, contact_id = customer
    with pytest.raises(editing.ValidationFailed) as caught:
        meeting_log.save_meeting(
            db, _visit(customer_id, contact_id, NOW, ended_at=NOW - timedelta(minutes=1))
        )
    assert caught.value.errors[0].problem is Problem.END_BEFORE_START
    with pytest.raises(editing.ValidationFailed) as caught:
        meeting_log.save_meeting(db, _visit("", contact_id, NOW))
    assert caught.value.errors[0].problem is Problem.NO_CUSTOMER
    other = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    stranger = editing.create_contact(db, other, ContactFields(full_name="Marco Rossi"))
    with pytest.raises(editing.ValidationFailed) as caught:
        meeting_log.save_meeting(db, _visit(customer_id, contact_id, NOW, attendee_ids=(stranger,)))
    assert caught.value.errors[0].problem is Problem.UNKNOWN_ATTENDEE
    for table in ("meeting", "disclosure", "meeting_attendee", "follow_up"):
        assert _count(db, table) == 0, table


def test_a_failure_half_way_rolls_everything_back(db: Database, customer: tuple[str, str]) -> None:
    customer_id, contact_id = customer
    fields = _visit(customer_id, contact_id, NOW)
    fields.disclosures[1].contact_id = "no-such-contact"  # violates a foreign key at commit
    with pytest.raises(Exception):  # noqa: B017  (the database's integrity error)
        meeting_log.save_meeting(db, fields)
    for table in ("meeting", "disclosure", "meeting_attendee", "follow_up"):
        assert _count(db, table) == 0, table
    assert db.reader.execute("SELECT last_meeting_at FROM customer").fetchone()[0] is None


def test_edit_replaces_and_delete_removes(db: Database, customer: tuple[str, str]) -> None:
    customer_id, contact_id = customer
    meeting_id = meeting_log.save_meeting(
        db, _visit(customer_id, contact_id, NOW - timedelta(days=3))
    )
    fields = MeetingDirectory(db.reader).meeting_fields(meeting_id)
    assert fields is not None and len(fields.disclosures) == 2
    fields.disclosures = fields.disclosures[:1]
    fields.summary = "Corectat"
    meeting_log.save_meeting(db, fields, meeting_id)
    assert _count(db, "meeting") == 1 and _count(db, "disclosure") == 1
    assert MeetingDirectory(db.reader).timeline(customer_id)[0].summary == "Corectat"
    meeting_log.delete_meeting(db, meeting_id)
    assert _count(db, "meeting") == 0 and _count(db, "disclosure") == 0
    assert _count(db, "follow_up") == 1, "a follow-up is the user's to-do: it stays"
    assert db.reader.execute("SELECT last_meeting_at FROM customer").fetchone()[0] is None


def test_timeline_is_newest_first(db: Database, customer: tuple[str, str]) -> None:
    customer_id, contact_id = customer
    older = meeting_log.save_meeting(db, _visit(customer_id, contact_id, NOW - timedelta(days=30)))
    newer = meeting_log.save_meeting(db, _visit(customer_id, contact_id, NOW - timedelta(days=1)))
    assert [m.id for m in MeetingDirectory(db.reader).timeline(customer_id)] == [newer, older]


def test_follow_ups_done_and_snoozed(db: Database, customer: tuple[str, str]) -> None:
    customer_id, contact_id = customer
    meeting_log.save_meeting(db, _visit(customer_id, contact_id, NOW - timedelta(days=10)))
    due = follow_ups.open_follow_ups(db.reader, NOW + timedelta(days=1))
    assert len(due) == 1 and due[0].customer_name == "Carpați Industrial"
    follow_ups.reschedule(db, due[0].id, NOW + timedelta(days=3))
    assert follow_ups.open_follow_ups(db.reader, NOW + timedelta(days=1)) == []
    follow_ups.mark_done(db, due[0].id)
    assert follow_ups.open_follow_ups(db.reader, NOW + timedelta(days=30)) == []
    assert db.reader.execute("SELECT next_follow_up_at FROM customer").fetchone()[0] is None


def test_stage_follows_the_evidence_and_can_be_confirmed(
    db: Database, customer: tuple[str, str]
) -> None:
    customer_id, contact_id = customer
    business = [
        DisclosureFields(side, DisclosureDomain.BUSINESS, topic, Depth.INTERMEDIATE)
        for side in (Side.CUSTOMER, Side.US)
        for topic in ("strategy", "problems", "finances")
    ]
    meeting_log.save_meeting(
        db, _visit(customer_id, contact_id, NOW - timedelta(days=5), disclosures=business)
    )
    stage = db.reader.execute("SELECT suggested_stage FROM customer").fetchone()[0]
    assert stage == RelationshipStage.COLLABORATIVE_PARTNER.value
    view = relationship_view.relationship_view(db.reader, customer_id, NOW, 30)
    assert view is not None and view.suggestion.stage is RelationshipStage.COLLABORATIVE_PARTNER
    assert view.suggestion.business.breadth == 3
    relationship_view.confirm_stage(
        db,
        customer_id,
        RelationshipStage.BUSINESS_PARTNER,
        view.suggestion.stage,
        "Too early to say",
    )
    view = relationship_view.relationship_view(db.reader, customer_id, NOW, 30)
    assert view is not None and view.confirmed_stage is RelationshipStage.BUSINESS_PARTNER
    assert [h.note for h in view.history] == ["Too early to say"]


def test_keep_professional_caps_the_stage(db: Database, customer: tuple[str, str]) -> None:
    customer_id, _contact_id = customer
    relationship_view.set_keep_professional(db, customer_id, True)
    view = relationship_view.relationship_view(db.reader, customer_id, NOW, 30)
    assert view is not None and view.keep_professional
    assert "kept_professional" in view.suggestion.met

"""A realistic, seeded sample portfolio: for the empty first start, the tests and the benchmark.

Customers in Italy, Indonesia, Romania and English-speaking markets, with people's names
in their own spelling (Ștefan, Niccolò, Mădălina). The same seed always gives the same
portfolio, at any size.
"""

import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from relationdesk.db.database import Database
from relationdesk.db.models import new_id, utc_now
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFact,
    MeetingFact,
    MeetingKind,
    Side,
    default_sensitive,
)
from relationdesk.domain.relationship_stage import suggest_stage
from relationdesk.domain.text import fold
from relationdesk.services.sample_markets import (
    MARKETS,
    MEETING_WORDS,
    OWNERS,
    ROLE_WEIGHTS,
    Market,
)


@dataclass
class SampleContact:
    full_name: str
    job_title: str
    buying_role: BuyingRole
    influence: Influence
    email: str
    phone: str
    preferred_language: str


@dataclass
class SampleDisclosure:
    side: Side
    domain: DisclosureDomain
    topic: str
    depth: Depth
    text: str
    contact_index: int  # which of the customer's contacts spoke (customer side)


@dataclass
class SampleMeeting:
    days_ago: float
    kind: MeetingKind
    summary: str
    next_steps: str
    attendee_indexes: tuple[int, ...]
    disclosures: list[SampleDisclosure]
    follow_up_in_days: int | None  # a next step with a due date, counted from the meeting


@dataclass
class SampleCustomer:
    name: str
    industry: str
    city: str
    country: str
    owner: str
    notes: str
    contacts: list[SampleContact] = field(default_factory=list)
    meetings: list[SampleMeeting] = field(default_factory=list)


LEGAL_FORMS = {
    "S.r.l.",
    "S.p.A.",
    "S.R.L.",
    "S.A.",
    "PT",
    "CV",
    "Tbk",
    "Ltd",
    "Inc.",
    "LLC",
    "plc",
    "&",
    "Construct",
    "Industrial",
    "Industries",
    "Manufacturing",
}


def _mail_domain(company: str) -> str:
    """ "Officine Rossi S.p.A." -> "officinerossi": the name without its legal form."""
    words = [w for w in company.split() if w not in LEGAL_FORMS][:2]
    return _ascii("".join(words)).lower().strip(".-") or "example"


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in ".-"))


def generate(
    count: int, seed: int = 7, contacts_per_customer: int = 3, meetings_per_customer: int = 0
) -> Iterator[SampleCustomer]:
    """`count` customers with `contacts_per_customer` contacts each on average."""
    rng = random.Random(seed)
    used_names: set[str] = set()
    for index in range(count):
        market = MARKETS[index % len(MARKETS)]
        city, country = rng.choice(market.cities)
        base = rng.choice(market.company_patterns).format(
            s=rng.choice(market.surnames), w=rng.choice(market.words)
        )
        name = base if base not in used_names else f"{base} – {city}"
        suffix = 2
        while name in used_names:
            name = f"{base} – {city} {suffix}"
            suffix += 1
        used_names.add(name)
        domain = _mail_domain(base)
        customer = SampleCustomer(
            name=name,
            industry=rng.choice(market.industries),
            city=city,
            country=country,
            owner=rng.choice(OWNERS),
            notes=market.note if rng.random() < 0.3 else "",
        )
        spread = max(1, contacts_per_customer)
        names: set[str] = set()
        for _ in range(rng.randint(max(1, spread - 1), spread + 1)):
            first, last = rng.choice(market.first_names), rng.choice(market.surnames)
            if f"{first} {last}" in names:  # two people of the same name: confusing in a demo
                continue
            names.add(f"{first} {last}")
            role = rng.choices([r for r, _ in ROLE_WEIGHTS], [w for _, w in ROLE_WEIGHTS])[0]
            customer.contacts.append(
                SampleContact(
                    full_name=f"{first} {last}",
                    job_title=rng.choice(market.job_titles),
                    buying_role=role,
                    influence=rng.choice(list(Influence)),
                    email=f"{_ascii(first).lower()}.{_ascii(last).lower()}@{domain}.example",
                    phone=f"{market.phone_prefix} {rng.randint(10, 99)} {rng.randint(100, 999)} "
                    f"{rng.randint(1000, 9999)}",
                    preferred_language=market.language,
                )
            )
        _add_meetings(rng, market, customer, meetings_per_customer)
        yield customer


PERSONAL_SAMPLE_TOPICS = ("family", "hobbies", "home", "values")
BUSINESS_SAMPLE_TOPICS = ("competitors", "finances", "future_plans", "organisation")
HISTORY_DAYS = 730


def _add_meetings(rng: random.Random, market: Market, customer: SampleCustomer, mean: int) -> None:
    """Meetings over two years; how open a customer is decides how deep disclosures go,
    and they deepen with time (social penetration), so the portfolio shows every stage."""
    if mean <= 0:
        return
    words = MEETING_WORDS[market.language]
    openness = rng.random()
    for _ in range(rng.randint(max(0, mean // 2), mean + mean // 2)):
        days_ago = rng.uniform(0.5, HISTORY_DAYS)
        progress = 1 - days_ago / HISTORY_DAYS
        disclosures = []
        for _ in range(rng.choice((1, 2, 3, 3, 4, 5))):
            personal = rng.random() < 0.2 + 0.5 * openness
            topics, texts = (
                (PERSONAL_SAMPLE_TOPICS, words["personal"])
                if personal
                else (BUSINESS_SAMPLE_TOPICS, words["business"])
            )
            which = rng.randrange(len(topics))
            rank = 1 + min(2, int(openness * progress * 3 + rng.random() * 0.8))
            disclosures.append(
                SampleDisclosure(
                    side=Side.CUSTOMER if rng.random() < 0.6 else Side.US,
                    domain=DisclosureDomain.PERSONAL if personal else DisclosureDomain.BUSINESS,
                    topic=topics[which],
                    depth=(Depth.PERIPHERAL, Depth.INTERMEDIATE, Depth.CORE)[rank - 1],
                    text=texts[which],
                    contact_index=rng.randrange(len(customer.contacts)),
                )
            )
        has_steps = rng.random() < 0.6
        customer.meetings.append(
            SampleMeeting(
                days_ago=days_ago,
                kind=rng.choice(list(MeetingKind)),
                summary=rng.choice(words["summaries"]),
                next_steps=rng.choice(words["next_steps"]) if has_steps else "",
                attendee_indexes=tuple(
                    sorted({rng.randrange(len(customer.contacts)) for _ in range(2)})
                ),
                disclosures=disclosures,
                follow_up_in_days=rng.randint(2, 21) if has_steps and rng.random() < 0.5 else None,
            )
        )
    if customer.meetings and rng.random() < 0.3:
        # A recent visit whose follow-up falls due around today, so the Today view of a
        # sample portfolio shows what a real morning looks like (STORIES.md #2).
        latest = min(customer.meetings, key=lambda m: m.days_ago)
        latest.days_ago = rng.uniform(2, 14)
        latest.next_steps = latest.next_steps or rng.choice(words["next_steps"])
        latest.follow_up_in_days = max(1, int(latest.days_ago) + rng.randint(-3, 1))


def load(
    db: Database,
    count: int = 40,
    seed: int = 7,
    contacts_per_customer: int = 3,
    meetings_per_customer: int = 6,
    batch_size: int = 2000,
) -> int:
    """Write a generated portfolio in one transaction; returns the number of customers.

    Bulk inserts, with each customer's derived columns (last meeting, next follow-up,
    suggested stage) computed here by the same domain rules the app uses.
    """
    from sqlalchemy import insert

    from relationdesk.db.models import (
        Contact,
        Customer,
        Disclosure,
        FollowUp,
        Meeting,
        MeetingAttendee,
    )

    now = utc_now()
    tables = (Customer, Contact, Meeting, MeetingAttendee, Disclosure, FollowUp)
    written = 0
    with db.write() as session:
        rows: dict[type, list[dict[str, object]]] = {table: [] for table in tables}

        def flush() -> None:
            for table in tables:  # parents before children
                if rows[table]:
                    session.execute(insert(table), rows[table])
                    rows[table].clear()

        for index, sample in enumerate(
            generate(count, seed, contacts_per_customer, meetings_per_customer)
        ):
            customer_id = new_id()
            created = now - timedelta(days=HISTORY_DAYS + (index * 37) % 800)
            contact_ids = [new_id() for _ in sample.contacts]
            customer = _customer_row(customer_id, sample, created)
            rows[Customer].append(customer)
            for contact_id, person in zip(contact_ids, sample.contacts, strict=True):
                rows[Contact].append(_contact_row(contact_id, customer_id, person, created))
            _meeting_rows(
                rows,
                sample,
                customer,
                contact_ids,
                now,
                (Meeting, MeetingAttendee, Disclosure, FollowUp),
            )
            written += 1
            if len(rows[Customer]) >= batch_size:
                flush()
        flush()
    return written


def _meeting_rows(
    rows: dict[type, list[dict[str, object]]],
    sample: SampleCustomer,
    customer: dict[str, object],
    contact_ids: list[str],
    now: datetime,
    tables: tuple[type, type, type, type],
) -> None:
    meeting_table, attendee_table, disclosure_table, follow_up_table = tables
    facts: list[DisclosureFact] = []
    meetings: list[MeetingFact] = []
    open_dues: list[datetime] = []
    for meeting in sample.meetings:
        meeting_id = new_id()
        started = now - timedelta(days=meeting.days_ago)
        stamps = {"created_at": started, "updated_at": started}
        rows[meeting_table].append(
            {
                "id": meeting_id,
                "customer_id": customer["id"],
                "started_at": started,
                "ended_at": started + timedelta(minutes=45),
                "kind": meeting.kind.value,
                "place": str(customer["city"]),
                "summary": meeting.summary,
                "next_steps": meeting.next_steps,
                **stamps,
            }
        )
        for attendee in meeting.attendee_indexes:
            rows[attendee_table].append(
                {"meeting_id": meeting_id, "contact_id": contact_ids[attendee]}
            )
        for item in meeting.disclosures:
            rows[disclosure_table].append(
                {
                    "id": new_id(),
                    "meeting_id": meeting_id,
                    "customer_id": customer["id"],
                    "contact_id": contact_ids[item.contact_index]
                    if item.side is Side.CUSTOMER
                    else None,
                    "side": item.side.value,
                    "domain": item.domain.value,
                    "topic": item.topic,
                    "depth": item.depth.value,
                    "text": item.text,
                    "sensitive": default_sensitive(item.domain, item.depth),
                    "disclosed_at": started,
                    **stamps,
                }
            )
            facts.append(
                DisclosureFact(
                    started.replace(tzinfo=None), item.side, item.domain, item.topic, item.depth
                )
            )
        meetings.append(MeetingFact(started.replace(tzinfo=None), bool(meeting.next_steps)))
        if meeting.follow_up_in_days is not None:
            due = started + timedelta(days=meeting.follow_up_in_days)
            done = started + timedelta(days=1) if due < now - timedelta(days=7) else None
            if done is None:
                open_dues.append(due)
            rows[follow_up_table].append(
                {
                    "id": new_id(),
                    "customer_id": customer["id"],
                    "meeting_id": meeting_id,
                    "title": meeting.next_steps,
                    "due_at": due,
                    "done_at": done,
                    **stamps,
                }
            )
    if meetings:
        customer["last_meeting_at"] = max(m.when for m in meetings).replace(tzinfo=UTC)
        customer["suggested_stage"] = suggest_stage(
            facts, meetings, now.replace(tzinfo=None)
        ).stage.value
    customer["next_follow_up_at"] = min(open_dues) if open_dues else None


def _customer_row(customer_id: str, sample: SampleCustomer, created: datetime) -> dict[str, object]:
    return {
        "id": customer_id,
        "name": sample.name,
        "sort_key": fold(sample.name),
        "industry": sample.industry,
        "city": sample.city,
        "country": sample.country,
        "owner": sample.owner,
        "notes": sample.notes,
        "last_meeting_at": None,
        "next_follow_up_at": None,
        "keep_professional": False,
        "stay_in_touch_days": None,
        "suggested_stage": None,
        "confirmed_stage": None,
        "created_at": created,
        "updated_at": created,
    }


def _contact_row(
    contact_id: str, customer_id: str, person: SampleContact, created: datetime
) -> dict[str, object]:
    return {
        "id": contact_id,
        "customer_id": customer_id,
        "full_name": person.full_name,
        "sort_key": fold(person.full_name),
        "job_title": person.job_title,
        "buying_role": person.buying_role.value,
        "influence": person.influence.value,
        "email": person.email,
        "phone": person.phone,
        "mobile": "",
        "preferred_language": person.preferred_language,
        "notes": "",
        "created_at": created,
        "updated_at": created,
    }

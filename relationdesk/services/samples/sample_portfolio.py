"""A realistic, seeded sample portfolio: for the empty first start, the tests and the benchmark.

Customers in Italy, Indonesia, Romania and English-speaking markets, with people's names
in their own spelling (Ștefan, Niccolò, Mădălina). The same seed always gives the same
portfolio, at any size.
"""

import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from relationdesk.db.database import Database
from relationdesk.db.models import new_id, utc_now
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.evidence import Principle
from relationdesk.domain.master_client import detect_master_client
from relationdesk.domain.principles import score_principles
from relationdesk.domain.text import fold
from relationdesk.services.samples.sample_economics import SampleLifecycle
from relationdesk.services.samples.sample_evidence import (
    CURRENCIES,
    SampleEvidence,
    evidence_rows,
    generate_evidence,
)
from relationdesk.services.samples.sample_markets import (
    MARKETS,
    OWNERS,
    ROLE_WEIGHTS,
)
from relationdesk.services.samples.sample_meetings import (
    HISTORY_DAYS,
    SampleMeeting,
    add_meetings,
    meeting_rows,
)
from relationdesk.services.scores import scoring

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlmodel import SQLModel


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
class SampleCustomer:
    name: str
    industry: str
    city: str
    country: str
    owner: str
    notes: str
    contacts: list[SampleContact] = field(default_factory=list)
    meetings: list[SampleMeeting] = field(default_factory=list)
    evidence: SampleEvidence | None = None


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
        add_meetings(rng, market, customer, meetings_per_customer)
        if customer.meetings:
            customer.evidence = generate_evidence(
                rng, market.language, [m.days_ago for m in customer.meetings]
            )
        yield customer


SCORE_COLUMNS = (*(f"{p.value}_score" for p in Principle), "health_score")


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
    suggested stage) computed here by the same domain rules the app uses. Every customer
    also gets a lifecycle history, economics periods and recommendation answers fitting
    its evidence (sample_economics); settings are left alone.
    """
    from sqlalchemy import insert

    from relationdesk.db.models import (
        Commitment,
        Contact,
        Customer,
        Disclosure,
        EconomicsPeriod,
        FollowUp,
        LedgerEntry,
        LifecycleChange,
        Meeting,
        MeetingAttendee,
        PrincipleRating,
        Recommendation,
        Referral,
    )

    now = utc_now()
    tables = (
        Customer,
        Contact,
        Meeting,
        MeetingAttendee,
        Disclosure,
        FollowUp,
        PrincipleRating,
        LedgerEntry,
        Commitment,
        LifecycleChange,
        EconomicsPeriod,
        Recommendation,
        Referral,  # after both customers it links
    )
    lifecycle_tables = {
        "lifecycle": LifecycleChange,
        "period": EconomicsPeriod,
        "recommendation": Recommendation,
        "referral": Referral,
    }
    lifecycle = SampleLifecycle(seed, now)
    written = 0
    with db.write() as session:
        rows: dict[type, list[dict[str, object]]] = {table: [] for table in tables}

        def flush() -> None:
            for table in tables:  # parents before children
                if rows[table]:
                    # Core, not ORM, inserts: one executemany a table (the ORM splits a
                    # batch wherever a column's None-ness changes) and less overhead.
                    session.execute(insert(_table(table)), rows[table])
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
            disclosures, meetings = meeting_rows(
                rows,
                sample,
                customer,
                contact_ids,
                now,
                (Meeting, MeetingAttendee, Disclosure, FollowUp),
            )
            if sample.evidence is not None:
                extra, ratings, ledger, commitments = evidence_rows(
                    sample.evidence, customer_id, now
                )
                rows[PrincipleRating].extend(extra["rating"])
                rows[LedgerEntry].extend(extra["ledger"])
                rows[Commitment].extend(extra["commitment"])
                card = score_principles(
                    ratings,
                    ledger,
                    commitments,
                    meetings,
                    disclosures,
                    now.replace(tzinfo=None),
                    started=created.replace(tzinfo=None),
                    settings=scoring(),  # the user's preferences, as every other write
                )
                for principle in Principle:
                    customer[f"{principle.value}_score"] = card.get(principle).score
                customer["health_score"] = card.health
                customer["master_warning"] = detect_master_client(
                    ledger, card, now.replace(tzinfo=None)
                ).applies
            language = sample.contacts[0].preferred_language
            extra_rows = lifecycle.add(customer, contact_ids, language)
            for name, table in lifecycle_tables.items():
                rows[table].extend(extra_rows[name])
            written += 1
            if len(rows[Customer]) >= batch_size:
                flush()
        rows[Referral].extend(lifecycle.remaining_referrals())
        flush()
    return written


def _table(model: "type[SQLModel]") -> "Table":
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


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
        "currency": CURRENCIES.get(sample.country, ""),
        "lifecycle_stage": "prospect",  # the newest lifecycle move's, set by SampleLifecycle
        **dict.fromkeys(SCORE_COLUMNS),
        "master_warning": False,
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

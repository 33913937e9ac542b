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

from relationdesk.db.database import Database
from relationdesk.db.models import new_id, utc_now
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.text import fold


@dataclass(frozen=True)
class Market:
    language: str
    phone_prefix: str
    first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (city, ISO country code)
    company_patterns: tuple[str, ...]  # {s} a surname, {w} a word
    words: tuple[str, ...]
    industries: tuple[str, ...]
    job_titles: tuple[str, ...]
    note: str


MARKETS = (
    Market(
        "it",
        "+39",
        (
            "Giulia",
            "Marco",
            "Francesca",
            "Luca",
            "Chiara",
            "Niccolò",
            "Andrea",
            "Federica",
            "Paolo",
            "Elena",
            "Lorenzo",
            "Ilaria",
            "Mattia",
            "Beatrice",
        ),
        (
            "Rossi",
            "Bianchi",
            "Esposito",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
            "Mancini",
            "Lombardi",
            "Fabbri",
            "Cantù",
            "Sanfilippo",
        ),
        (
            ("Milano", "IT"),
            ("Torino", "IT"),
            ("Bologna", "IT"),
            ("Brescia", "IT"),
            ("Verona", "IT"),
            ("Padova", "IT"),
            ("Forlì", "IT"),
            ("Bergamo", "IT"),
        ),
        (
            "{s} Meccanica S.r.l.",
            "Officine {s} S.p.A.",
            "{s} & Figli S.r.l.",
            "Gruppo {s}",
            "{w} Plast S.r.l.",
            "Fonderia {s} S.p.A.",
        ),
        ("Adriatica", "Alpina", "Padana", "Lariana", "Euganea", "Tirrena", "Ducale", "Emiliana"),
        ("Meccanica", "Alimentare", "Plastica", "Logistica", "Tessile", "Imballaggi"),
        (
            "Responsabile acquisti",
            "Direttore tecnico",
            "Amministratore delegato",
            "Responsabile qualità",
            "Buyer senior",
            "Direttore di stabilimento",
        ),
        "Preferisce le riunioni al mattino; chiede sempre i tempi di consegna per iscritto.",
    ),
    Market(
        "id",
        "+62",
        (
            "Budi",
            "Siti",
            "Agus",
            "Dewi",
            "Rudi",
            "Putri",
            "Wahyu",
            "Rina",
            "Hendra",
            "Ayu",
            "Andi",
            "Ratna",
            "Fajar",
            "Indah",
        ),
        (
            "Santoso",
            "Wijaya",
            "Hidayat",
            "Saputra",
            "Kusuma",
            "Pratama",
            "Nugroho",
            "Lestari",
            "Siregar",
            "Halim",
            "Gunawan",
            "Sihombing",
            "Setiawan",
            "Harahap",
        ),
        (
            ("Jakarta", "ID"),
            ("Surabaya", "ID"),
            ("Bandung", "ID"),
            ("Semarang", "ID"),
            ("Medan", "ID"),
            ("Makassar", "ID"),
            ("Bekasi", "ID"),
            ("Denpasar", "ID"),
        ),
        ("PT {w} {s}", "PT {s} {w} Tbk", "CV {w} {s}", "PT {w} Nusantara"),
        (
            "Sinar",
            "Maju",
            "Jaya",
            "Abadi",
            "Sentosa",
            "Mandiri",
            "Makmur",
            "Cahaya",
            "Mitra",
            "Karya",
            "Prima",
            "Sejahtera",
        ),
        ("Manufaktur", "Makanan & Minuman", "Logistik", "Tekstil", "Konstruksi", "Kemasan"),
        (
            "Manajer Pengadaan",
            "Direktur Utama",
            "Kepala Produksi",
            "Staf Pembelian",
            "Manajer Mutu",
            "Direktur Keuangan",
        ),
        "Keputusan pembelian diambil bersama direksi setiap akhir bulan.",
    ),
    Market(
        "ro",
        "+40",
        (
            "Ștefan",
            "Mădălina",
            "Andrei",
            "Ioana",
            "Mihai",
            "Elena",
            "Răzvan",
            "Alexandra",
            "Cristian",
            "Oana",
            "Bogdan",
            "Irina",
            "Ionuț",
            "Tudor",
        ),
        (
            "Popescu",
            "Ionescu",
            "Țurcanu",
            "Dumitrescu",
            "Stănescu",
            "Munteanu",
            "Răducanu",
            "Constantinescu",
            "Ștefănescu",
            "Gheorghiu",
            "Bălan",
            "Marinescu",
            "Pătrașcu",
        ),
        (
            ("Brașov", "RO"),
            ("Cluj-Napoca", "RO"),
            ("Timișoara", "RO"),
            ("Iași", "RO"),
            ("București", "RO"),
            ("Constanța", "RO"),
            ("Sibiu", "RO"),
            ("Pitești", "RO"),
        ),
        (
            "{s} Industrial S.R.L.",
            "Tehno{w} S.A.",
            "{s} & Asociații S.R.L.",
            "Agro{w} S.R.L.",
            "{w} Construct S.R.L.",
        ),
        ("Carpați", "Dunărea", "Mureș", "Olt", "Siret", "Bucegi", "Prahova", "Argeș"),
        ("Construcții", "Agricultură", "Producție auto", "Logistică", "Energie", "Ambalaje"),
        (
            "Director de achiziții",
            "Director general",
            "Șef de producție",
            "Inginer de calitate",
            "Director financiar",
            "Manager de aprovizionare",
        ),
        "Vrea oferte cu prețuri în lei și termene de plată de 60 de zile.",
    ),
    Market(
        "en",
        "+44",
        (
            "James",
            "Emma",
            "Oliver",
            "Sophie",
            "Daniel",
            "Grace",
            "Michael",
            "Hannah",
            "Liam",
            "Chloe",
            "Ethan",
            "Megan",
            "Aoife",
            "Connor",
        ),
        (
            "Smith",
            "Johnson",
            "Taylor",
            "Brown",
            "Walker",
            "O'Connor",
            "Harris",
            "Clarke",
            "Lewis",
            "Robinson",
            "Wright",
            "Hughes",
            "Murphy",
            "Patel",
        ),
        (
            ("Manchester", "GB"),
            ("Leeds", "GB"),
            ("Dublin", "IE"),
            ("Chicago", "US"),
            ("Toronto", "CA"),
            ("Sydney", "AU"),
            ("Boston", "US"),
            ("Birmingham", "GB"),
        ),
        (
            "{s} Manufacturing Ltd",
            "{s} & Sons Ltd",
            "{s} Industries Inc.",
            "{w} Logistics LLC",
            "{w} Foods plc",
        ),
        ("Northern", "Pennine", "Atlantic", "Midland", "Harbour", "Summit", "Riverside"),
        ("Automotive", "Food & Beverage", "Logistics", "Packaging", "Chemicals", "Construction"),
        (
            "Procurement Manager",
            "Managing Director",
            "Operations Director",
            "Quality Engineer",
            "Head of Purchasing",
            "Finance Director",
        ),
        "Budget cycle closes in March; always copy the operations director.",
    ),
)

OWNERS = ("Andreea Pop", "Marco Ferri", "Rizky Ananda", "Sarah Mitchell")
ROLE_WEIGHTS = (
    (BuyingRole.DECISION_MAKER, 2),
    (BuyingRole.INFLUENCER, 3),
    (BuyingRole.USER, 2),
    (BuyingRole.GATEKEEPER, 1),
    (BuyingRole.CHAMPION, 1),
    (BuyingRole.BUYER, 2),
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
class SampleCustomer:
    name: str
    industry: str
    city: str
    country: str
    owner: str
    notes: str
    contacts: list[SampleContact] = field(default_factory=list)


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


def generate(count: int, seed: int = 7, contacts_per_customer: int = 3) -> Iterator[SampleCustomer]:
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
        for _ in range(rng.randint(max(1, spread - 1), spread + 1)):
            first, last = rng.choice(market.first_names), rng.choice(market.surnames)
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
        yield customer


def load(
    db: Database,
    count: int = 40,
    seed: int = 7,
    contacts_per_customer: int = 3,
    batch_size: int = 2000,
) -> int:
    """Write a generated portfolio in one transaction; returns the number of customers."""
    from sqlalchemy import insert

    from relationdesk.db.models import Contact, Customer

    now = utc_now()
    written = 0
    with db.write() as session:
        customers: list[dict[str, object]] = []
        contacts: list[dict[str, object]] = []

        def flush() -> None:
            if customers:
                session.execute(insert(Customer), customers)
            if contacts:
                session.execute(insert(Contact), contacts)
            customers.clear()
            contacts.clear()

        for index, sample in enumerate(generate(count, seed, contacts_per_customer)):
            customer_id = new_id()
            created = now - timedelta(days=(index * 37) % 1500)
            customers.append(_customer_row(customer_id, sample, created))
            for person in sample.contacts:
                contacts.append(_contact_row(customer_id, person, created))
            written += 1
            if len(customers) >= batch_size:
                flush()
        flush()
    return written


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
        "created_at": created,
        "updated_at": created,
    }


def _contact_row(customer_id: str, person: SampleContact, created: datetime) -> dict[str, object]:
    return {
        "id": new_id(),
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

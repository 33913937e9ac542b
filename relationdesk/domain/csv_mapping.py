"""Which column of a spreadsheet is which field: guessed from the header in English,
Italian, Indonesian or Romanian (and from our own export's header), chosen by the user
where the guess is wrong, and remembered per header so a colleague's next file of the
same shape maps itself."""

import json
import re
from collections.abc import Sequence
from enum import StrEnum

from relationdesk.domain.text import fold


class Target(StrEnum):
    """Where a column's cells go; IGNORE leaves the column out."""

    IGNORE = "ignore"
    CUSTOMER_NAME = "customer.name"
    INDUSTRY = "customer.industry"
    CITY = "customer.city"
    COUNTRY = "customer.country"
    OWNER = "customer.owner"
    NOTES = "customer.notes"
    CURRENCY = "customer.currency"
    CONTACT_NAME = "contact.full_name"
    JOB_TITLE = "contact.job_title"
    EMAIL = "contact.email"
    PHONE = "contact.phone"
    MOBILE = "contact.mobile"
    LANGUAGE = "contact.preferred_language"

    @property
    def is_contact(self) -> bool:
        return self.value.startswith("contact.")

    @property
    def field(self) -> str:
        """The attribute of CustomerFields or ContactFields."""
        return self.value.split(".", 1)[1]


Mapping = tuple[Target, ...]  # one target per column of the file

# Header words, compared folded and without punctuation ("E-mail" == "email").
_SYNONYMS: dict[Target, tuple[str, ...]] = {
    Target.CUSTOMER_NAME: (
        "customer_name", "company", "company name", "customer", "customer name", "account",
        "account name", "organisation", "organization", "client", "client name", "business",
        "azienda", "ragione sociale", "cliente", "societa", "nome azienda", "denominazione",
        "perusahaan", "nama perusahaan", "pelanggan", "klien", "companie", "firma",
        "nume firma", "nume companie", "denumire", "societate", "organizatie",
    ),
    Target.INDUSTRY: (
        "customer_industry", "industry", "sector", "settore", "industria", "industri",
        "sektor", "bidang usaha", "domeniu", "industrie", "ramo", "segment",
    ),
    Target.CITY: (
        "customer_city", "city", "town", "citta", "comune", "localita", "kota", "oras",
        "localitate", "municipiu",
    ),
    Target.COUNTRY: (
        "customer_country", "country", "country code", "paese", "nazione", "stato",
        "negara", "kode negara", "tara", "cod tara",
    ),
    Target.OWNER: (
        "customer_owner", "owner", "account owner", "salesperson", "sales rep",
        "account manager", "responsabile", "commerciale", "venditore", "agente",
        "pemilik", "tenaga penjual", "sales", "proprietar", "agent", "responsabil",
        "agent vanzari",
    ),
    Target.NOTES: (
        "customer_notes", "notes", "note", "comments", "comment", "remarks", "memo",
        "commenti", "osservazioni", "catatan", "keterangan", "observatii", "notite",
        "mentiuni", "comentarii",
    ),
    Target.CURRENCY: (
        "customer_currency", "currency", "valuta", "moneta", "mata uang", "moneda", "divisa",
    ),
    Target.CONTACT_NAME: (
        "contact_full_name", "contact", "contact name", "full name", "person",
        "contact person", "first name", "last name", "given name", "surname", "family name",
        "referente", "contatto", "nome e cognome", "cognome", "nome contatto",
        "kontak", "nama kontak", "nama lengkap", "nama depan", "nama belakang",
        "persoana de contact", "nume complet", "prenume", "nume de familie",
    ),
    Target.JOB_TITLE: (
        "contact_job_title", "job title", "title", "position", "role", "job", "ruolo",
        "qualifica", "mansione", "posizione", "incarico", "jabatan", "posisi", "functie",
        "post", "titlu", "pozitie",
    ),
    Target.EMAIL: (
        "contact_email", "email", "e-mail", "mail", "email address", "e-mail address",
        "posta elettronica", "indirizzo email", "surel", "alamat email", "posta electronica",
        "adresa de email", "adresa email",
    ),
    Target.PHONE: (
        "contact_phone", "phone", "telephone", "tel", "phone number", "office phone",
        "work phone", "business phone", "telefono", "tel ufficio", "telepon", "nomor telepon",
        "no telp", "telp", "telefon", "telefon fix", "numar de telefon",
    ),
    Target.MOBILE: (
        "contact_mobile", "mobile", "mobile phone", "cell", "cellphone", "cell phone",
        "cellulare", "ponsel", "hp", "handphone", "no hp", "mobil", "telefon mobil",
    ),
    Target.LANGUAGE: (
        "contact_preferred_language", "language", "preferred language", "lingua",
        "bahasa", "limba", "limba preferata",
    ),
}  # fmt: skip
# "Name" alone: the company when no other column is, otherwise the person.
_BARE_NAMES = frozenset({"name", "nome", "nama", "nume", "denumire"})
_WORDS_OF: dict[Target, tuple[str, ...]] = {  # a second pass: "Work e-mail" is an e-mail
    Target.EMAIL: ("email", "mail"),
    Target.MOBILE: ("mobile", "cellulare", "ponsel", "mobil"),
    Target.PHONE: ("phone", "telefono", "telepon", "telefon"),
    Target.CUSTOMER_NAME: ("company", "azienda", "perusahaan", "companie", "firma"),
    Target.CITY: ("city", "citta", "kota", "oras"),
    Target.COUNTRY: ("country", "paese", "negara", "tara"),
}
MAX_REMEMBERED = 50


def _normal(header: str) -> str:
    """Folded, punctuation as spaces: "E-Mail:" → "e mail", "customer_name" stays."""
    return " ".join(re.sub(r"[^\w]+|_", " ", fold(header)).split())


_BY_NAME: dict[str, Target] = {
    _normal(word): target for target, words in _SYNONYMS.items() for word in words
}


def guess_mapping(header: Sequence[str]) -> Mapping:
    """A target for every column; IGNORE where nothing fits. A target is guessed for one
    column only, except the contact's name, which may be split over several ("First
    name", "Last name": their cells are joined)."""
    names = [_normal(cell) for cell in header]
    guessed = [_BY_NAME.get(name, Target.IGNORE) for name in names]
    for index, name in enumerate(names):
        if guessed[index] is Target.IGNORE and name not in _BARE_NAMES:
            words = name.split()
            for target, keys in _WORDS_OF.items():
                if any(key in words for key in keys):
                    guessed[index] = target
                    break
    for index, name in enumerate(names):
        if name in _BARE_NAMES:
            has_company = Target.CUSTOMER_NAME in guessed
            guessed[index] = Target.CONTACT_NAME if has_company else Target.CUSTOMER_NAME
    seen: set[Target] = set()
    for index, target in enumerate(guessed):
        if target in seen and target is not Target.CONTACT_NAME:
            guessed[index] = Target.IGNORE
        seen.add(target)
    return tuple(guessed)


def header_key(header: Sequence[str]) -> str:
    """What a remembered mapping is filed under: the header line, folded."""
    return "|".join(_normal(cell) for cell in header)


def remembered_mapping(stored: str, header: Sequence[str]) -> Mapping | None:
    """The mapping saved for this header (from the setting's JSON), if any and still fits."""
    try:
        table = json.loads(stored) if stored else {}
        values = table.get(header_key(header)) if isinstance(table, dict) else None
        if not isinstance(values, list) or len(values) != len(header):
            return None
        return tuple(Target(value) for value in values)
    except (ValueError, TypeError):  # a damaged setting is forgotten, not fatal
        return None


def remember_mapping(stored: str, header: Sequence[str], mapping: Mapping) -> str:
    """The setting's JSON with this header's mapping saved (most recent last; the oldest
    go beyond MAX_REMEMBERED)."""
    try:
        table = json.loads(stored) if stored else {}
    except ValueError:
        table = {}
    if not isinstance(table, dict):
        table = {}
    key = header_key(header)
    table.pop(key, None)
    table[key] = [target.value for target in mapping]
    while len(table) > MAX_REMEMBERED:
        table.pop(next(iter(table)))
    return json.dumps(table, ensure_ascii=False)


def parse_mapping(text: str, columns: int) -> Mapping:
    """A mapping written out on the command line: "customer.name,ignore,contact.email".
    Raises ValueError naming what is wrong."""
    values = [value.strip() for value in text.split(",")]
    if len(values) != columns:
        raise ValueError(f"the file has {columns} columns, the mapping names {len(values)}")
    try:
        return tuple(Target(value) for value in values)
    except ValueError as error:
        choices = ", ".join(target.value for target in Target)
        raise ValueError(f"{error}; choose among: {choices}") from error

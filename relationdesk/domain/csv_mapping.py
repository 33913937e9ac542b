"""Which column of a spreadsheet is which field: guessed from the header in English,
Italian, Indonesian or Romanian, from our own export's header and from the exports of
Google Contacts and Outlook, chosen by the user where the guess is wrong, and remembered
per header so a colleague's next file of the same shape maps itself.

Google Contacts writes numbered pairs ("Phone 1 - Type" = Mobile, "Phone 1 - Value" =
the number; the newer export says "Label"): the value columns are mapped, the type
columns left out, and a row's type decides whether its number is a phone or a mobile
(`typed_columns`). Outlook writes "Title" (Mr., Dr.) beside "Job Title" and a dozen
phones: a header matching a field's name exactly, and more precisely, wins."""

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
        "organization name", "organisation name",
    ),
    Target.INDUSTRY: (
        "customer_industry", "industry", "sector", "settore", "industria", "industri",
        "sektor", "bidang usaha", "domeniu", "industrie", "ramo", "segment",
    ),
    Target.CITY: (
        "customer_city", "city", "town", "citta", "comune", "localita", "kota", "oras",
        "localitate", "municipiu", "business city",
    ),
    Target.COUNTRY: (
        "customer_country", "country", "country code", "paese", "nazione", "stato",
        "negara", "kode negara", "tara", "cod tara", "business country",
        "business country/region", "country/region",
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
        "contact person", "first name", "middle name", "last name", "given name",
        "additional name", "surname", "family name",
        "referente", "contatto", "nome e cognome", "cognome", "nome contatto",
        "kontak", "nama kontak", "nama lengkap", "nama depan", "nama belakang",
        "persoana de contact", "nume complet", "prenume", "nume de familie",
    ),
    Target.JOB_TITLE: (
        "contact_job_title", "job title", "title", "position", "role", "job", "ruolo",
        "qualifica", "mansione", "posizione", "incarico", "jabatan", "posisi", "functie",
        "post", "titlu", "pozitie", "organization title", "organisation title",
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
# Columns that describe another one ("E-mail Type" = SMTP, "E-mail Display Name").
_DESCRIBING = frozenset({"type", "label", "display", "kind"})
# The parts of a person's name; a bare "Name" column beside them already holds all.
_NAME_PARTS = frozenset({
    "first name", "middle name", "last name", "given name", "additional name", "surname",
    "family name", "cognome", "nama depan", "nama belakang", "prenume", "nume de familie",
})  # fmt: skip
# Google's numbered columns: "E-mail 1 - Value" → ("e mail", "1", "value").
_NUMBERED = re.compile(r"^(e mail|phone|organization|address) (\d+) (\w+)$")
_NUMBERED_TARGETS = {
    ("e mail", "value"): Target.EMAIL,
    ("phone", "value"): Target.PHONE,
    ("organization", "name"): Target.CUSTOMER_NAME,
    ("organization", "title"): Target.JOB_TITLE,
    ("address", "city"): Target.CITY,
    ("address", "country"): Target.COUNTRY,
}
MAX_REMEMBERED = 50


def _normal(header: str) -> str:
    """Folded, punctuation as spaces: "E-Mail:" → "e mail", "customer_name" stays."""
    return " ".join(re.sub(r"[^\w]+|_", " ", fold(header)).split())


_BY_NAME: dict[str, Target] = {
    _normal(word): target for target, words in _SYNONYMS.items() for word in words
}


def _guess(name: str) -> tuple[Target, int]:
    """A column's target and how sure the guess is (higher wins a field over others)."""
    numbered = _NUMBERED.match(name)
    if numbered:
        kind, _number, part = numbered.groups()
        return _NUMBERED_TARGETS.get((kind, part), Target.IGNORE), 10
    exact = _BY_NAME.get(name)
    if exact is not None:
        return exact, 10 + len(name.split())  # "job title" over "title"
    words = name.split()
    if name in _BARE_NAMES or _DESCRIBING & set(words):
        return Target.IGNORE, 0
    for target, keys in _WORDS_OF.items():
        if any(key in words for key in keys):
            return target, 1
    return Target.IGNORE, 0


def guess_mapping(header: Sequence[str]) -> Mapping:
    """A target for every column; IGNORE where nothing fits. A target is guessed for one
    column only (the surest guess, the first among equals), except the contact's name,
    which may be split over several ("First name", "Last name": their cells are joined),
    and Google's numbered e-mails and phones (the first one a row fills is taken)."""
    names = [_normal(cell) for cell in header]
    guesses = [_guess(name) for name in names]
    guessed = [target for target, _sure in guesses]
    has_company = Target.CUSTOMER_NAME in guessed
    for index, name in enumerate(names):
        if name in _BARE_NAMES:
            guessed[index] = Target.CONTACT_NAME if has_company else Target.CUSTOMER_NAME
            guesses[index] = (guessed[index], 10)
    if any(name in _BARE_NAMES and has_company for name in names):  # Google: "Name" is whole
        guessed = [
            Target.IGNORE if name in _NAME_PARTS else target
            for name, target in zip(names, guessed, strict=True)
        ]
    typed = typed_columns(header)
    best: dict[Target, int] = {}
    for index, target in enumerate(guessed):
        if target is Target.CONTACT_NAME or index in typed:
            continue
        if target not in best or guesses[index][1] > guesses[best[target]][1]:
            best[target] = index
    return tuple(
        target
        if target is Target.CONTACT_NAME or index in typed or best.get(target) == index
        else Target.IGNORE
        for index, target in enumerate(guessed)
    )


def country_name_columns(header: Sequence[str]) -> frozenset[int]:
    """The columns Outlook ("Business Country/Region") and Google ("Address 1 - Country")
    fill with a country's name rather than its code. A sheet made by hand is expected to
    hold codes, and a name there is reported as a problem as before."""
    names = [_normal(cell) for cell in header]
    return frozenset(
        index
        for index, name in enumerate(names)
        if name.endswith("country region") or re.fullmatch(r"address \d+ country", name)
    )


def typed_columns(header: Sequence[str]) -> dict[int, int]:
    """Google's e-mail and phone value columns with the column holding each one's type
    ("Mobile", "Work", "* Home"): {value column: type column}."""
    names = [_normal(cell) for cell in header]
    where = {name: index for index, name in enumerate(names)}
    typed: dict[int, int] = {}
    for index, name in enumerate(names):
        numbered = _NUMBERED.match(name)
        if numbered and numbered.group(1) in ("e mail", "phone") and numbered.group(3) == "value":
            kind, number = numbered.group(1), numbered.group(2)
            for part in ("type", "label"):
                if f"{kind} {number} {part}" in where:
                    typed[index] = where[f"{kind} {number} {part}"]
    return typed


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

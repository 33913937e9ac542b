"""One register per catalogue: the app says tu (IT, RO) and Anda (ID) to the salesperson.

The markers are word forms that only the other register uses, so a hit is a real slip,
not a guess. Messages put to a customer's contact take the courteous form instead; they
are listed in translations/glossary.toml ([register] customer_addressed).
"""

import re
import tomllib

import pytest

from tests.test_glossary import _plain, _texts
from tests.test_translations import CATALOGUES

REGISTER = tomllib.loads((CATALOGUES / "glossary.toml").read_text(encoding="utf-8"))["register"]
CUSTOMER_ADDRESSED = {(ctx, _plain(source)) for ctx, source in REGISTER["customer_addressed"]}

# Where an imperative can start: the text's start, after a full stop (not the one of
# "ad es.", "de ex."), colon, semicolon, bracket or dash, or after "and/or/then".
_IT_CLAUSE = r"(?:^|(?<!es)[.:;!?(—–]\s*[“]?|\b(?:e|o|poi|quindi)\s+)"
_RO_CLAUSE = r"(?:^|(?<!ex)[.:;!?(—–]\s*[„]?|\b(?:și|sau|apoi|iar|ori)\s+)"
_IT_VOI_IMPERATIVES = (
    "premete|scegliete|chiedete|digitate|aggiungete|impostate|usate|riportate|lavorate|"
    "investite|mostrate|sviluppate|cooperate|costruite|create|puntate|passate|tornate|"
    "caricate|registrate|modificate|controllate|inserite|selezionate|aprite|salvate|"
    "cliccate|eliminate|confermate|provate|riprovate|scrivete|leggete|tenete|mantenete|"
    "ricordate|proteggete|ascoltate|rassicurate|estendete|implementate|pianificate|"
    "concordate|affrontate|condividete|verificate|annullate|indicate|completate|correggete"
)
# Participles and nouns in -ați that can open a label ("Candidați pentru dezangajare").
_RO_NOT_VERBS = {"candidați", "angajați", "recomandați", "importați", "exportați", "creați"}

# (what the marker is, pattern); every pattern is matched case-insensitively.
OTHER_REGISTER: dict[str, list[tuple[str, str]]] = {
    "it": [
        ("voi/vostro", r"\b(?:voi|vostr[oaie])\b"),
        ("the pronoun vi (you, plural)", r"\bvi\b"),
        (
            "a verb in the voi person",
            r"\b(?:siete|avete|potete|dovete|volete|sapete|fate|dite|state\s+\w+(?:ando|endo))\b",
        ),
        (
            "a voi imperative with a pronoun",
            r"\b\w{3,}(?:ate|ete|ite)(?:lo|la|li|le|ne|ci|gli|mi)\b",
        ),
        ("a voi imperative", _IT_CLAUSE + rf"(?:{_IT_VOI_IMPERATIVES})\b"),
    ],
    "ro": [
        ("voi/vă/voastră", r"\b(?:voi|vă|voastr[ăe]|vostru|voștri|dumneavoastră|dvs)\b|\bv-\w"),
        (
            "a plural/formal verb with a pronoun",
            r"\b\w+(?:ați|eți|iți|îți)-(?:o|l|le|i|vă|ne|mi)\b",
        ),
        ("a plural/formal verb", r"\b(?:puteți|aveți|sunteți|doriți|vreți|știți)\b"),
        ("a plural/formal imperative", _RO_CLAUSE + r"(\w+(?:ați|eți|iți|îți))\b"),
    ],
    "id": [
        ("an informal you (kamu, engkau)", r"\b(?:kamu|engkau|kau|dikau)\b"),
        ("kita (we including the reader); the company says kami", r"\bkita\b"),
    ],
}
REGISTER_NAME = {"it": "tu", "ro": "tu", "id": "Anda"}
# In a message to a customer's contact: none of these, and one courteous form.
FAMILIAR = {
    "it": r"\b(?:tu|tuo|tua|tuoi|tue|ti|te|puoi|devi|vuoi|hai|sei)\b",
    "ro": r"\b(?:tu|tine|tău|tale|tăi|te|poți|vrei|ești|îți|ți)\b|\b\w+-ți\b",
    "id": r"\b(?:kamu|engkau|kau|dikau)\b",
}
COURTEOUS = {
    "it": (r"\bLei\b|\bSu[oae]i?\b|\w+rebber?o?\b", "Lei (e.g. “ci consiglierebbe”)"),
    "ro": (r"\bdumneavoastră\b|\w+(?:ați|eți|iți|îți)\b", "dumneavoastră (e.g. „ne recomandați”)"),
    "id": (r"\bAnda\b", "Anda"),
}


def _other_register(language: str, text: str) -> list[str]:
    found = []
    for what, pattern in OTHER_REGISTER[language]:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            word = match.group(match.lastindex or 0).strip().lower()
            if language == "ro" and match.lastindex and word in _RO_NOT_VERBS:
                continue
            found.append(f"{what} ({word!r})")
    return found


@pytest.mark.parametrize("language", ["it", "ro", "id"])
def test_the_user_is_addressed_in_one_register(language: str) -> None:
    problems = [
        f"{context}: {source!r} -> {text!r} uses {', '.join(found)}; "
        f"the app says {REGISTER_NAME[language]} to the user"
        for context, source, text in _texts(language)
        if (context, source) not in CUSTOMER_ADDRESSED
        for found in [_other_register(language, text)]
        if found
    ]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ["it", "ro", "id"])
def test_a_customers_contact_is_addressed_courteously(language: str) -> None:
    seen = set()
    problems = []
    for context, source, text in _texts(language):
        if (context, source) not in CUSTOMER_ADDRESSED:
            continue
        seen.add((context, source))
        familiar = re.search(FAMILIAR[language], text, re.IGNORECASE)
        if familiar:
            problems.append(f"{context}: {text!r} says {familiar.group(0)!r} to a customer")
        pattern, name = COURTEOUS[language]
        if not re.search(pattern, text):
            problems.append(f"{context}: {text!r} should address the customer with {name}")
    missing = CUSTOMER_ADDRESSED - seen
    assert not missing, f"glossary.toml customer_addressed names messages that are gone: {missing}"
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Premete Invio o fate doppio clic"),
        ("it", "Rassicuratelo sulla scelta fatta."),
        ("it", "Qui non c’è nulla che richieda la vostra attenzione."),
        ("it", "Vi state allontanando: %1."),
        ("ro", "Ștergeți acest răspuns?"),
        ("ro", "Apăsați Enter sau faceți dublu clic"),
        ("ro", "Acest client nu are încă o monedă: alegeți-o din Editare client."),
        ("ro", "Încă nu există răspunsuri: întrebați-vă contactele."),
        ("id", "Siapa merekomendasikan kita kepada siapa"),
    ],
)
def test_the_markers_catch_the_other_register(language: str, text: str) -> None:
    assert _other_register(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Premi Invio o fai doppio clic per aprire il cliente"),
        ("it", "i premi sono condivisi in proporzione alle risorse investite e ai rischi assunti"),
        ("it", "Date e testi danneggiati"),
        ("it", "Righe non verificate"),
        ("ro", "Candidați pentru dezangajare"),
        ("ro", "Denumirea firmei, de ex. Carpați Industrial S.R.L."),
        ("ro", "Clienți creați: %1"),
        ("ro", "Timp sau bani investiți"),
        ("ro", "Ștergi acest răspuns NPS? Acțiunea nu poate fi anulată."),
        ("id", "Tekan Enter atau klik dua kali untuk membuka pelanggan"),
    ],
)
def test_the_markers_leave_the_same_register_alone(language: str, text: str) -> None:
    assert _other_register(language, text) == []

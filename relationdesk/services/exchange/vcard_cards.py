"""vCard files ↔ contacts, through vobject (never parsed by hand): reading a .vcf (3.0 or
4.0, and the 2.1 that old phones still write) into validated contact fields with the card
and line each came from, and turning a contact into a vCard 3.0 card.

Pure: no database. A file that cannot be read raises VCardReadError saying why, at which
card and line, so the user can find the fault; nothing has been written by then."""

import io
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

import vobject

from relationdesk.domain.customers import NAME_MAX_LENGTH, ContactFields, validate_contact
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.progress import Cancelled, Progress
from relationdesk.domain.validation import FieldError, Problem, has_control_character

MAX_FILE_BYTES = 50 * 1024 * 1024  # a phone's whole address book is a few megabytes
X_BUYING_ROLE = "X-RELATIONDESK-BUYING-ROLE"
X_INFLUENCE = "X-RELATIONDESK-INFLUENCE"


class ReadFailure(StrEnum):
    """Why a file could not be read; the UI says each in the user's language."""

    UNREADABLE = "unreadable"  # missing, a folder, no permission
    TOO_LARGE = "too_large"
    NOT_UTF8 = "not_utf8"  # another encoding, or binary garbage
    BAD_LINE = "bad_line"  # a line that is not "NAME;PARAMS:value"
    UNCLOSED_CARD = "unclosed_card"  # BEGIN:VCARD without END:VCARD
    UNOPENED_END = "unopened_end"  # END without its BEGIN
    NOT_A_CARD = "not_a_card"  # a calendar or other component, or text outside a card
    NO_CARDS = "no_cards"
    DAMAGED = "damaged"  # vobject refused a value (bad base64 photo, …)


class VCardReadError(Exception):
    """The file as a whole is refused; nothing was imported."""

    def __init__(
        self, failure: ReadFailure, line: int | None = None, card: int | None = None,
        detail: str = "",
    ) -> None:  # fmt: skip
        where = "".join([f" at line {line}" if line else "", f" (card {card})" if card else ""])
        super().__init__(f"{failure.value}{where}{': ' + detail if detail else ''}")
        self.failure = failure
        self.line = line
        self.card = card
        self.detail = detail


class ImportCancelled(Cancelled):
    """The user stopped the import; nothing was written."""


@dataclass(frozen=True)
class Card:
    """One card of the file, as a contact: position, company and validated fields."""

    number: int  # 1-based position in the file
    line: int  # the line its BEGIN:VCARD is on
    organisation: str  # ORG's company name, "" when the card has none
    fields: ContactFields
    errors: tuple[FieldError, ...] = ()


def read_vcard_file(
    path: Path, on_progress: Progress | None = None
) -> list[Card]:
    """Every card of the file; `on_progress(cards, expected)` may answer False to stop
    (ImportCancelled). Refuses files over MAX_FILE_BYTES without reading them."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise VCardReadError(ReadFailure.TOO_LARGE, detail=f"{size} bytes")
        data = path.read_bytes()
    except OSError as error:
        raise VCardReadError(ReadFailure.UNREADABLE, detail=str(error)) from error
    return read_vcards(data, on_progress)


def read_vcards(data: bytes, on_progress: Progress | None = None) -> list[Card]:
    if len(data) > MAX_FILE_BYTES:
        raise VCardReadError(ReadFailure.TOO_LARGE, detail=f"{len(data)} bytes")
    text = _decoded(data)
    lines = _LineNumbers(text)
    starts = _card_starts(text, lines)
    cards: list[Card] = []
    components = vobject.readComponents(io.StringIO(text), allowQP=True)
    while True:
        number = len(cards) + 1
        begin = starts[number - 1] if number <= len(starts) else None
        try:
            component = next(components)
        except StopIteration:
            break
        except Exception as error:  # vobject raises many kinds on damaged values
            line = lines.of(error) or begin
            if isinstance(error, vobject.base.ParseError):
                detail = str(getattr(error, "msg", error))[:200]
                raise VCardReadError(ReadFailure.BAD_LINE, line, number, detail) from error
            raise VCardReadError(ReadFailure.DAMAGED, line, number, str(error)[:200]) from error
        if component.name != "VCARD":  # the structure was checked: a safety net only
            raise VCardReadError(ReadFailure.NOT_A_CARD, begin, number)
        cards.append(card_from_component(component, number, begin or 1))
        if on_progress is not None and number % 100 == 0 and not on_progress(number, len(starts)):
            raise ImportCancelled
    if not cards:
        raise VCardReadError(ReadFailure.NO_CARDS)
    return cards


def _decoded(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise VCardReadError(ReadFailure.NOT_UTF8, line) from error
    if "\x00" in text:  # UTF-16, or a binary file that happens to decode
        raise VCardReadError(ReadFailure.NOT_UTF8, text[: text.index("\x00")].count("\n") + 1)
    return text


class _LineNumbers:
    """vobject numbers the first line after a blank one (or the file's first line) as the
    blank one (or 0); this puts such a number on the line the user sees in an editor."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: list[str] | None = None  # split only when needed

    def real(self, number: int) -> int:
        if self._lines is None:
            self._lines = self._text.split("\n")  # vobject reads lines to "\n" too
        number = max(number, 1)
        while number < len(self._lines) and not self._lines[number - 1].strip():
            number += 1
        return number

    def of(self, error: Exception) -> int | None:
        line = getattr(error, "lineNumber", None)
        return self.real(line) if isinstance(line, int) else None


def _card_starts(text: str, lines: _LineNumbers) -> list[int]:
    """The line of each card's BEGIN, from vobject's own unfolding of the lines; refuses
    at once what is plainly not a list of cards (text outside them, a card that runs
    into the next), so a large wrong file fails in a moment, at the right line."""
    starts: list[int] = []
    depth = 0
    for line, number in vobject.base.getLogicalLines(io.StringIO(text), allowQP=True):
        head = line[:6].upper()
        if head == "BEGIN:":
            is_card = line[6:].strip().upper() == "VCARD"
            where = lines.real(number)
            if depth == 0:
                if not is_card:
                    raise VCardReadError(ReadFailure.NOT_A_CARD, where, len(starts) + 1)
                starts.append(where)
            elif is_card:  # the card before has no END:VCARD
                raise VCardReadError(ReadFailure.UNCLOSED_CARD, starts[-1], len(starts))
            depth += 1
        elif head[:4] == "END:":
            if depth == 0:
                raise VCardReadError(ReadFailure.UNOPENED_END, lines.real(number), len(starts) + 1)
            depth -= 1
        elif depth == 0:
            raise VCardReadError(ReadFailure.NOT_A_CARD, lines.real(number), len(starts) + 1)
    if depth > 0:
        raise VCardReadError(ReadFailure.UNCLOSED_CARD, starts[-1], len(starts))
    return starts


# --- vCard 2.1 -------------------------------------------------------------------------
# vobject has no 2.1 rules: it reads a 2.1 card (Outlook, phones) as 3.0, where an
# unescaped comma separates values and only the first is kept, so a note or a company
# name was cut at its first comma. In 2.1 commas and backslashes are plain text; only a
# semicolon is escaped ("\;"), where it would split a structured value (N, ORG).
_SEMICOLON = re.compile(r"(?<!\\);")


class _Text21(vobject.vcard.VCardTextBehavior):
    """A 2.1 text value (FN, NOTE, TITLE, TEL, EMAIL…) taken whole."""

    @classmethod
    def decode(cls, line: Any) -> None:
        binary = getattr(line, "encoding_param", None) or "BASE64" in line.singletonparams
        if not line.encoded or binary:
            super().decode(line)
            return
        line.value = line.value.replace("\\;", ";").replace("\r\n", "\n")  # QP's =0D=0A
        line.encoded = False


class _Org21(vobject.vcard.OrgBehavior):
    """A 2.1 ORG: the company and its units, split at semicolons only."""

    @staticmethod
    def transformToNative(obj: Any) -> Any:
        if not obj.isNative:
            obj.isNative = True
            obj.value = [part.replace("\\;", ";") for part in _SEMICOLON.split(obj.value)]
        return obj


class _VCard21(vobject.vcard.VCard3_0):
    description = "vCard 2.1, as Outlook and phones write it"
    versionString = "2.1"
    defaultBehavior = _Text21
    knownChildren: ClassVar[dict[str, tuple[int, int | None, str | None]]] = {
        **vobject.vcard.VCard3_0.knownChildren,
        "FN": (1, None, "2.1"),
        "ORG": (0, None, "2.1"),
    }


vobject.base.registerBehavior(_VCard21)  # picked by a card's VERSION:2.1 line
vobject.base.registerBehavior(_Text21, "FN", id="2.1")
vobject.base.registerBehavior(_Org21, "ORG", id="2.1")


# --- a card's content ------------------------------------------------------------------
def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, list | tuple):
        return " ".join(_text(part) for part in value if part)
    return str(value) if value is not None else ""


def _lines(component: Any, name: str) -> list[Any]:
    return list(component.contents.get(name.lower(), []))


def _first(component: Any, name: str) -> str:
    for line in _lines(component, name):
        text = _text(line.value).strip()
        if text:
            return text
    return ""


def _types(line: Any) -> set[str]:
    """TYPE values, however the file wrote them: TYPE=WORK,CELL / TYPE="work,cell" / PREF,
    and 2.1's bare ones (TEL;CELL;VOICE)."""
    types = {t.strip().lower() for value in line.params.get("TYPE", []) for t in value.split(",")}
    types |= {value.lower() for value in line.singletonparams}  # vCard 2.1: TEL;CELL;VOICE
    if line.params.get("PREF"):
        types.add("pref")
    return types


def _name(component: Any) -> str:
    full = _first(component, "FN")
    if full:
        return full
    for line in _lines(component, "N"):
        value = line.value
        parts = [value.prefix, value.given, value.additional, value.family, value.suffix] if (
            isinstance(value, vobject.vcard.Name)
        ) else [value]  # fmt: skip
        name = " ".join(" ".join(_text(part).split()) for part in parts if _text(part).strip())
        if name:
            return name
    return ""


def _organisation(component: Any) -> str:
    for line in _lines(component, "ORG"):
        value = line.value
        first = value[0] if isinstance(value, list) and value else value
        text = " ".join(_text(first).split())
        if text:
            return text
    return ""


def _phones(component: Any) -> tuple[str, str]:
    """(phone, mobile): cell numbers are mobiles; the others phones, work ones first."""
    mobiles: list[tuple[bool, int, str]] = []
    phones: list[tuple[bool, int, str]] = []
    for position, line in enumerate(_lines(component, "TEL")):
        number = _text(line.value).strip()
        if number.lower().startswith("tel:"):
            number = number[4:].split(";")[0]  # vCard 4.0: tel:+40-268-000;ext=12
        if not number:
            continue
        types = _types(line)
        first = "pref" in types or "work" in types
        (mobiles if "cell" in types else phones).append((not first, position, number))
    phone = min(phones)[2] if phones else ""
    mobile = min(mobiles)[2] if mobiles else ""
    return phone, mobile


def _email(component: Any) -> str:
    found = [
        (not {"pref", "work"} & _types(line), position, _text(line.value).strip())
        for position, line in enumerate(_lines(component, "EMAIL"))
    ]
    found = [item for item in found if item[2]]
    return min(found)[2] if found else ""  # a preferred or work address, else the first


def _language(component: Any) -> str:
    tag = _first(component, "LANG").lower().replace("_", "-").split("-")[0]
    return tag if len(tag) == 2 and tag.isalpha() else ""


def _enum(component: Any, name: str, kind: type[Any], default: Any) -> Any:
    value = _first(component, name).lower()
    try:
        return kind(value)
    except ValueError:
        return default


def card_from_component(component: Any, number: int, line: int) -> Card:
    phone, mobile = _phones(component)
    fields = ContactFields(
        full_name=" ".join(_name(component).split()),
        job_title=_first(component, "TITLE"),
        buying_role=_enum(component, X_BUYING_ROLE, BuyingRole, BuyingRole.OTHER),
        influence=_enum(component, X_INFLUENCE, Influence, Influence.MEDIUM),
        email=_email(component),
        phone=phone,
        mobile=mobile,
        preferred_language=_language(component),
        notes="\n".join(_text(n.value).strip() for n in _lines(component, "NOTE")).strip(),
    ).cleaned()
    errors = validate_contact(fields)
    organisation = _organisation(component)
    if len(organisation) > NAME_MAX_LENGTH:
        errors.append(FieldError("organisation", Problem.TOO_LONG))
    elif has_control_character(organisation):  # becomes a customer's name
        errors.append(FieldError("organisation", Problem.CONTROL_CHARACTER))
    return Card(number, line, organisation, fields, tuple(errors))


# --- writing ----------------------------------------------------------------------------
def card_text(fields: ContactFields, organisation: str) -> str:
    """One vCard 3.0 card (CRLF lines, folded by vobject) for a contact of `organisation`."""
    card = vobject.vCard()
    card.add("fn").value = fields.full_name
    given, _, family = fields.full_name.rpartition(" ")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if organisation:
        card.add("org").value = [organisation]
    optional = (("title", fields.job_title), ("note", fields.notes))
    for name, value in (*optional, ("lang", fields.preferred_language)):
        if value:
            card.add(name).value = value
    if fields.email:
        email = card.add("email")
        email.value = fields.email
        email.params["TYPE"] = ["INTERNET", "WORK"]
    for number, kind in ((fields.phone, "WORK,VOICE"), (fields.mobile, "CELL")):
        if number:
            tel = card.add("tel")
            tel.value = number
            tel.params["TYPE"] = kind.split(",")
    card.add(X_BUYING_ROLE.lower()).value = fields.buying_role.value
    card.add(X_INFLUENCE.lower()).value = fields.influence.value
    return str(card.serialize())

"""What a customer and a contact are made of, and when their fields are valid."""

import re
from dataclasses import dataclass

from relationdesk.domain.currencies import is_currency_code, normalise_currency
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.validation import FieldError, Problem, has_control_character

NAME_MAX_LENGTH = 200
# Local part @ domain with a dot; deliberately permissive: we refuse typos, not rare forms.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
# Digits with the usual separators, an optional leading +, and 6 to 20 digits in all.
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")


@dataclass
class CustomerFields:
    """The editable fields of a customer (a company we sell to)."""

    name: str = ""
    industry: str = ""
    city: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, e.g. "RO"; empty when unknown
    owner: str = ""  # the salesperson who looks after the account
    notes: str = ""
    currency: str = ""  # ISO 4217, e.g. "RON": the customer's revenue and costs are in it

    def cleaned(self) -> "CustomerFields":
        """Surrounding blanks never carry meaning; country codes are upper case."""
        return CustomerFields(
            name=self.name.strip(),
            industry=self.industry.strip(),
            city=self.city.strip(),
            country=self.country.strip().upper(),
            owner=self.owner.strip(),
            notes=self.notes.strip(),
            currency=normalise_currency(self.currency),
        )


@dataclass
class ContactFields:
    """The editable fields of a person at a customer."""

    full_name: str = ""
    job_title: str = ""
    buying_role: BuyingRole = BuyingRole.OTHER
    influence: Influence = Influence.MEDIUM
    email: str = ""
    phone: str = ""
    mobile: str = ""
    preferred_language: str = ""  # ISO 639-1, e.g. "it"; empty when unknown
    notes: str = ""

    def cleaned(self) -> "ContactFields":
        return ContactFields(
            full_name=self.full_name.strip(),
            job_title=self.job_title.strip(),
            buying_role=self.buying_role,
            influence=self.influence,
            email=self.email.strip(),
            phone=self.phone.strip(),
            mobile=self.mobile.strip(),
            preferred_language=self.preferred_language.strip().lower(),
            notes=self.notes.strip(),
        )


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value))


def is_valid_phone(value: str) -> bool:
    if not _PHONE_CHARS.match(value):
        return False
    digits = sum(ch.isdigit() for ch in value)
    return 6 <= digits <= 20


def _name_errors(name_field: str, value: str) -> list[FieldError]:
    if not value:
        return [FieldError(name_field, Problem.REQUIRED)]
    if len(value) > NAME_MAX_LENGTH:
        return [FieldError(name_field, Problem.TOO_LONG)]
    if has_control_character(value):
        return [FieldError(name_field, Problem.CONTROL_CHARACTER)]
    return []


def validate_customer(fields: CustomerFields) -> list[FieldError]:
    """Problems with a customer's (cleaned) fields; empty when it may be saved."""
    errors = _name_errors("name", fields.name)
    if fields.country and not re.fullmatch(r"[A-Z]{2}", fields.country):
        errors.append(FieldError("country", Problem.INVALID_COUNTRY))
    if fields.currency and not is_currency_code(fields.currency):
        errors.append(FieldError("currency", Problem.UNKNOWN_CURRENCY))
    return errors


def validate_contact(fields: ContactFields) -> list[FieldError]:
    """Problems with a contact's (cleaned) fields; empty when it may be saved."""
    errors = _name_errors("full_name", fields.full_name)
    if fields.email and not is_valid_email(fields.email):
        errors.append(FieldError("email", Problem.INVALID_EMAIL))
    for phone_field in ("phone", "mobile"):
        value = getattr(fields, phone_field)
        if value and not is_valid_phone(value):
            errors.append(FieldError(phone_field, Problem.INVALID_PHONE))
    return errors

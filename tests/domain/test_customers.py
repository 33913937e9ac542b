import pytest

from relationdesk.domain.customers import (
    NAME_MAX_LENGTH,
    ContactFields,
    CustomerFields,
    is_valid_email,
    is_valid_phone,
    validate_contact,
    validate_customer,
)
from relationdesk.domain.validation import Problem


def test_customer_needs_a_name() -> None:
    errors = validate_customer(CustomerFields(name="").cleaned())
    assert [(e.field, e.problem) for e in errors] == [("name", Problem.REQUIRED)]
    assert validate_customer(CustomerFields(name="   ").cleaned())[0].problem is Problem.REQUIRED


def test_customer_name_length_and_country() -> None:
    assert validate_customer(CustomerFields(name="x" * (NAME_MAX_LENGTH + 1)))[0].problem is (
        Problem.TOO_LONG
    )
    assert validate_customer(CustomerFields(name="Ok", country="ro").cleaned()) == []
    bad = validate_customer(CustomerFields(name="Ok", country="ROM").cleaned())
    assert bad[0].problem is Problem.INVALID_COUNTRY


@pytest.mark.parametrize(
    "email, valid",
    [
        ("ioana@carpati.ro", True),
        ("a.b+c@x.co.id", True),
        ("no-at.ro", False),
        ("two@@x.ro", False),
        ("x@nodot", False),
        ("sp ace@x.ro", False),
        ("x@.ro", False),
    ],
)
def test_email(email: str, valid: bool) -> None:
    assert is_valid_email(email) is valid


@pytest.mark.parametrize(
    "phone, valid",
    [
        ("+40 268 123 456", True),
        ("(02) 1234-5678", True),
        ("12345", False),
        ("+39 abc 123456", False),
        ("1" * 21, False),
    ],
)
def test_phone(phone: str, valid: bool) -> None:
    assert is_valid_phone(phone) is valid


def test_contact_reports_every_problem() -> None:
    fields = ContactFields(full_name="", email="bad", phone="12", mobile="+40 721 000 000")
    problems = {(e.field, e.problem) for e in validate_contact(fields.cleaned())}
    assert problems == {
        ("full_name", Problem.REQUIRED),
        ("email", Problem.INVALID_EMAIL),
        ("phone", Problem.INVALID_PHONE),
    }

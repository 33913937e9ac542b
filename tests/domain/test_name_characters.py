"""Names hold no line breaks, tabs or bidirectional controls: a name is one line, and it
reads as what it is (U+202E would show "Alfa \u202eLRS" as "Alfa SRL")."""

import pytest

from relationdesk.domain.customers import (
    ContactFields,
    CustomerFields,
    validate_contact,
    validate_customer,
)
from relationdesk.domain.validation import FieldError, Problem, has_control_character

REFUSED = [
    "Alfa\nSRL", "Alfa\r\nSRL", "Alfa\tSRL", "Alfa\x00", "Alfa\x1b[31m", "Alfa\x7f",
    "Alfa\u2028SRL", "Alfa\u2029SRL", "Alfa\u0085SRL",
    *(f"Alfa {chr(c)}LRS" for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]),
    "Alfa\u200eSRL", "Alfa\u200fSRL", "Alfa\u061cSRL",
]  # fmt: skip
ALLOWED = ["Țesătoria Ștefănescu", "Caffè Rossi & C.", "شركة الأمل", "می\u200cخواهم", "O'Neil"]


@pytest.mark.parametrize("name", REFUSED)
def test_control_characters_are_refused_in_names(name: str) -> None:
    assert has_control_character(name)
    assert validate_customer(CustomerFields(name=name).cleaned()) == [
        FieldError("name", Problem.CONTROL_CHARACTER)
    ]
    assert validate_contact(ContactFields(full_name=name).cleaned()) == [
        FieldError("full_name", Problem.CONTROL_CHARACTER)
    ]


@pytest.mark.parametrize("name", ALLOWED)
def test_names_in_any_script_stay_allowed(name: str) -> None:
    assert not has_control_character(name)
    assert validate_customer(CustomerFields(name=name)) == []
    assert validate_contact(ContactFields(full_name=name)) == []

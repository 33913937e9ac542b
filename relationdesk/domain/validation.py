"""Why a field was refused: shared by every form, turned into sentences by the UI."""

from dataclasses import dataclass
from enum import StrEnum


class Problem(StrEnum):
    """Why a field was refused; the UI turns each into a sentence in the user's language."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    INVALID_COUNTRY = "invalid_country"
    END_BEFORE_START = "end_before_start"
    NO_CUSTOMER = "no_customer"
    UNKNOWN_ATTENDEE = "unknown_attendee"
    DUE_BEFORE_MEETING = "due_before_meeting"
    RATING_OUT_OF_RANGE = "rating_out_of_range"
    NEGATIVE_VALUE = "negative_value"
    FOREIGN_RETURN = "foreign_return"


@dataclass(frozen=True)
class FieldError:
    field: str
    problem: Problem

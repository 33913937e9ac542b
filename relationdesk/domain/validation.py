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
    SCORE_OUT_OF_RANGE = "score_out_of_range"  # a recommendation answer outside 0-10
    PERIOD_OVERLAP = "period_overlap"
    NEGATIVE_AMOUNT = "negative_amount"
    UNKNOWN_CURRENCY = "unknown_currency"
    IN_THE_FUTURE = "in_the_future"
    NOT_THIS_CUSTOMERS = "not_this_customers"  # a contact of another customer
    SAME_CUSTOMER = "same_customer"  # a customer referring itself
    NOT_A_NUMBER = "not_a_number"
    SAME_RECORD = "same_record"  # merging a customer or contact into itself
    MERGE_CURRENCY_CONFLICT = "merge_currency_conflict"  # figures in two currencies
    MERGE_PERIODS_CLASH = "merge_periods_clash"  # periods that overlap only in part


@dataclass(frozen=True)
class FieldError:
    field: str
    problem: Problem

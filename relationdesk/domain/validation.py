"""Why a field was refused: shared by every form, turned into sentences by the UI."""

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

# Bidirectional controls: they can make a name read differently from what it is
# ("Trojan Source"): LRM, RLM, ALM, the embeddings and overrides, and the isolates.
_BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")  # fmt: skip


class Problem(StrEnum):
    """Why a field was refused; the UI turns each into a sentence in the user's language."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    CONTROL_CHARACTER = "control_character"  # a line break, a tab, a bidi control…
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


def has_control_character(text: str) -> bool:
    """True if `text` holds a line break, a tab or another control character (Unicode Cc,
    line and paragraph separators) or a bidirectional control: none belongs in a name.
    Joiners (U+200C, U+200D) stay allowed: some scripts need them to spell names."""
    return any(
        ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text
    )

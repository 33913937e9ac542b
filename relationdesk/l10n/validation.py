"""Sentences for the domain's validation problems, in the user's language: Qt Core only,
so the forms and the command line say the same words."""

from PySide6.QtCore import QCoreApplication

from relationdesk.domain.customers import NAME_MAX_LENGTH
from relationdesk.domain.validation import FieldError, Problem


def problem_message(error: FieldError, field_label: str) -> str:
    """E.g. "E-mail: this is not a valid e-mail address, such as name@company.com"."""
    return f"{field_label.rstrip(':')}: {problem_text(error.problem)}"


def problem_text(problem: Problem) -> str:
    """The sentence alone, e.g. "this is not a valid e-mail address, such as …"."""
    if problem is Problem.REQUIRED:
        text = QCoreApplication.translate("Validation", "this field is required.")
    elif problem is Problem.CONTROL_CHARACTER:
        text = QCoreApplication.translate(
            "Validation",
            "this contains a line break or an invisible control character: type it on one "
            "line, with letters, digits and punctuation only.",
        )
    elif problem is Problem.TOO_LONG:
        text = QCoreApplication.translate(
            "Validation", "this is too long (at most %1 characters)."
        ).replace("%1", str(NAME_MAX_LENGTH))
    elif problem is Problem.INVALID_EMAIL:
        text = QCoreApplication.translate(
            "Validation", "this is not a valid e-mail address, such as name@company.com."
        )
    elif problem is Problem.INVALID_PHONE:
        text = QCoreApplication.translate(
            "Validation",
            "this is not a valid phone number: use digits, spaces and an optional "
            "leading +, such as +40 268 123 456.",
        )
    elif problem is Problem.INVALID_COUNTRY:
        text = QCoreApplication.translate(
            "Validation", "choose a country from the list, or a two-letter code such as RO."
        )
    elif problem is Problem.END_BEFORE_START:
        text = QCoreApplication.translate("Validation", "a meeting cannot end before it starts.")
    elif problem is Problem.NO_CUSTOMER:
        text = QCoreApplication.translate(
            "Validation", "choose the customer you met: type a few letters of the name."
        )
    elif problem is Problem.UNKNOWN_ATTENDEE:
        text = QCoreApplication.translate(
            "Validation", "an attendee is not one of this customer's people any more."
        )
    elif problem is Problem.DUE_BEFORE_MEETING:
        text = QCoreApplication.translate(
            "Validation", "the follow-up cannot be due before the meeting."
        )
    elif problem is Problem.RATING_OUT_OF_RANGE:
        text = QCoreApplication.translate("Validation", "a rating goes from 1 to 5.")
    elif problem is Problem.NEGATIVE_VALUE:
        text = QCoreApplication.translate(
            "Validation", "a value cannot be negative: leave it empty if it is not known."
        )
    elif problem is Problem.FOREIGN_RETURN:
        text = QCoreApplication.translate(
            "Validation",
            "what returned it must be an entry of this customer's, given by the other side.",
        )
    else:
        text = _lifecycle_problem(problem)
    return text


def _lifecycle_problem(problem: Problem) -> str:
    """The problems of recommendations, referrals, periods and currencies."""
    if problem is Problem.SCORE_OUT_OF_RANGE:
        return QCoreApplication.translate("Validation", "an answer goes from 0 to 10.")
    if problem is Problem.PERIOD_OVERLAP:
        return QCoreApplication.translate(
            "Validation",
            "this period overlaps one already recorded for this customer: edit that one instead.",
        )
    if problem is Problem.NEGATIVE_AMOUNT:
        return QCoreApplication.translate("Validation", "an amount cannot be negative.")
    if problem is Problem.UNKNOWN_CURRENCY:
        return QCoreApplication.translate(
            "Validation", "this is not a currency code: use three letters such as EUR or RON."
        )
    if problem is Problem.IN_THE_FUTURE:
        return QCoreApplication.translate("Validation", "this date is in the future.")
    if problem is Problem.NOT_A_NUMBER:
        return QCoreApplication.translate(
            "Validation", "this is not an amount: type digits, such as 1250 or 1250.50."
        )
    if problem is Problem.NOT_THIS_CUSTOMERS:
        return QCoreApplication.translate("Validation", "choose one of this customer's people.")
    if problem in _MERGE_PROBLEMS:
        return _merge_problem(problem)
    return QCoreApplication.translate(
        "Validation", "a customer cannot recommend us to itself: choose another one."
    )


_MERGE_PROBLEMS = (
    Problem.SAME_RECORD,
    Problem.MERGE_CURRENCY_CONFLICT,
    Problem.MERGE_PERIODS_CLASH,
)


def _merge_problem(problem: Problem) -> str:
    """Why two customers or two contacts could not be merged (nothing was changed)."""
    if problem is Problem.SAME_RECORD:
        return QCoreApplication.translate(
            "Validation", "a record cannot be merged into itself: choose another one."
        )
    if problem is Problem.MERGE_CURRENCY_CONFLICT:
        return QCoreApplication.translate(
            "Validation",
            "both customers have revenue and costs recorded, in different currencies. "
            "Amounts in two currencies cannot be added up: delete or re-enter one "
            "customer's periods in the other currency first, then merge.",
        )
    return QCoreApplication.translate(
        "Validation",
        "a period of one customer overlaps a period of the other without being the same "
        "period (such as a month inside a quarter). Change or delete one of the two periods "
        "first, then merge.",
    )

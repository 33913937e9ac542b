"""The vCard import's words in the user's language: why a file cannot be read (with the
card and line at fault, and what to do), and why a card is left out."""

from PySide6.QtCore import QCoreApplication

from relationdesk.domain.validation import FieldError, Problem
from relationdesk.services.exchange.vcard_cards import ReadFailure, VCardReadError
from relationdesk.services.exchange.vcard_exchange import Duplicates
from relationdesk.ui.shared.validation_messages import problem_message


def read_error_message(error: VCardReadError) -> str:
    """What is wrong with the file, where, and what to do."""
    failure = error.failure
    if failure is ReadFailure.TOO_LARGE:
        text = QCoreApplication.translate(
            "VCardTexts",
            "The file is larger than 50 MB: that is not an address book. Check that you "
            "chose the right file.",
        )
    elif failure is ReadFailure.NOT_UTF8:
        text = QCoreApplication.translate(
            "VCardTexts",
            "Line %1 is not UTF-8 text: the file is in another encoding, or is not a vCard "
            "file at all. Export the contacts again as vCard (UTF-8).",
        )
    elif failure is ReadFailure.UNCLOSED_CARD:
        text = QCoreApplication.translate(
            "VCardTexts",
            "Card %2, which begins on line %1, has no END:VCARD: the file may have been cut "
            "short. Export the contacts again.",
        )
    elif failure is ReadFailure.UNOPENED_END:
        text = QCoreApplication.translate(
            "VCardTexts", "Line %1 ends a card that was never begun (END without BEGIN:VCARD)."
        )
    elif failure is ReadFailure.BAD_LINE:
        text = QCoreApplication.translate(
            "VCardTexts",
            "Line %1 (card %2) is not a vCard line such as FN:Name. Check that line in a "
            "text editor, or export the contacts again.",
        )
    elif failure is ReadFailure.NOT_A_CARD:
        text = QCoreApplication.translate(
            "VCardTexts",
            "Line %1 is not part of a vCard (BEGIN:VCARD expected): this is not a vCard "
            "file. Choose a .vcf file exported from a phone or address book.",
        )
    elif failure is ReadFailure.NO_CARDS:
        text = QCoreApplication.translate("VCardTexts", "The file holds no contact card.")
    elif failure is ReadFailure.DAMAGED:
        text = QCoreApplication.translate(
            "VCardTexts",
            "Card %2 (line %1) holds a damaged value (a photo, perhaps). Remove that value from "
            "the address book or export the contacts again.",
        )
    else:
        text = QCoreApplication.translate(
            "VCardTexts", "The file cannot be read. Check that it exists and that you may open it."
        )
    return text.replace("%1", str(error.line or 1)).replace("%2", str(error.card or 1))


def card_problem(error: FieldError) -> str:
    """Why a card is left out, e.g. "E-mail: this is not a valid e-mail address…"."""
    if error.problem is Problem.NO_CUSTOMER:
        return QCoreApplication.translate(
            "VCardTexts", "No company (ORG): choose below the customer for such cards."
        )
    labels = {
        "full_name": QCoreApplication.translate("VCardTexts", "Name"),
        "email": QCoreApplication.translate("VCardTexts", "E-mail"),
        "phone": QCoreApplication.translate("VCardTexts", "Phone"),
        "mobile": QCoreApplication.translate("VCardTexts", "Mobile"),
        "organisation": QCoreApplication.translate("VCardTexts", "Company (ORG)"),
    }
    return problem_message(error, labels.get(error.field, error.field))


def duplicates_label(choice: Duplicates) -> str:
    if choice is Duplicates.SKIP:
        return QCoreApplication.translate("VCardTexts", "Skip them: keep what is there")
    if choice is Duplicates.MERGE:
        return QCoreApplication.translate(
            "VCardTexts", "Merge: fill in what is missing, add the notes"
        )
    return QCoreApplication.translate("VCardTexts", "Create them as new contacts all the same")

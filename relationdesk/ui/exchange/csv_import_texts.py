"""The CSV import's words in the user's language: the fields a column can go to, how the
file was read, and why a file cannot be imported (with the line at fault)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relationdesk.domain.csv_import import CsvError, CsvProblem
from relationdesk.domain.csv_import_plan import Choice, RowProblem
from relationdesk.domain.csv_mapping import Target

CONTEXT = "CsvImport"

_TARGETS = {
    Target.IGNORE: QT_TRANSLATE_NOOP("CsvImport", "(leave out)"),
    Target.CUSTOMER_NAME: QT_TRANSLATE_NOOP("CsvImport", "Customer: name"),
    Target.INDUSTRY: QT_TRANSLATE_NOOP("CsvImport", "Customer: industry"),
    Target.CITY: QT_TRANSLATE_NOOP("CsvImport", "Customer: city"),
    Target.COUNTRY: QT_TRANSLATE_NOOP("CsvImport", "Customer: country"),
    Target.OWNER: QT_TRANSLATE_NOOP("CsvImport", "Customer: owner"),
    Target.NOTES: QT_TRANSLATE_NOOP("CsvImport", "Customer: notes"),
    Target.CURRENCY: QT_TRANSLATE_NOOP("CsvImport", "Customer: currency"),
    Target.CONTACT_NAME: QT_TRANSLATE_NOOP("CsvImport", "Contact: name"),
    Target.JOB_TITLE: QT_TRANSLATE_NOOP("CsvImport", "Contact: job title"),
    Target.EMAIL: QT_TRANSLATE_NOOP("CsvImport", "Contact: e-mail"),
    Target.PHONE: QT_TRANSLATE_NOOP("CsvImport", "Contact: phone"),
    Target.MOBILE: QT_TRANSLATE_NOOP("CsvImport", "Contact: mobile"),
    Target.LANGUAGE: QT_TRANSLATE_NOOP("CsvImport", "Contact: language"),
}
_CHOICES = {
    Choice.SKIP: QT_TRANSLATE_NOOP("CsvImport", "Skip"),
    Choice.MERGE: QT_TRANSLATE_NOOP("CsvImport", "Merge"),
    Choice.CREATE: QT_TRANSLATE_NOOP("CsvImport", "Create new"),
}
_ENCODINGS = {
    "utf-8-sig": QT_TRANSLATE_NOOP("CsvImport", "UTF-8 (with BOM)"),
    "utf-8": QT_TRANSLATE_NOOP("CsvImport", "UTF-8"),
    "cp1252": QT_TRANSLATE_NOOP("CsvImport", "Windows-1252 (Western European)"),
}
_DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("CsvImport", "comma"),
    ";": QT_TRANSLATE_NOOP("CsvImport", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("CsvImport", "tab"),
    "|": QT_TRANSLATE_NOOP("CsvImport", "vertical bar"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def target_label(target: Target) -> str:
    return _tr(str(_TARGETS[target]))


def field_label(field: str) -> str:
    """ "contact.email" → "Contact: e-mail"; the report names a problem's field so."""
    try:
        return target_label(Target(field))
    except ValueError:
        return field


def choice_label(choice: Choice) -> str:
    return _tr(str(_CHOICES[choice]))


def encoding_label(encoding: str) -> str:
    return _tr(str(_ENCODINGS.get(encoding, encoding)))


def delimiter_label(delimiter: str) -> str:
    return _tr(str(_DELIMITERS.get(delimiter, delimiter)))


def csv_error_message(error: CsvError) -> str:
    """What is wrong with the file, where, and what to do."""
    problem = error.problem
    if problem is CsvProblem.TOO_LARGE:
        text = QCoreApplication.translate(
            "CsvImport",
            "The file is larger than 50 MB. Split it into smaller files and import them "
            "one after the other.",
        )
    elif problem is CsvProblem.EMPTY:
        text = QCoreApplication.translate(
            "CsvImport", "The file is empty: there is no row to import."
        )
    elif problem is CsvProblem.BINARY:
        text = QCoreApplication.translate(
            "CsvImport",
            "Line %1 holds characters no spreadsheet writes: this is not a CSV text file. "
            'Save the sheet as "CSV (UTF-8)" and try again.',
        )
    elif problem is CsvProblem.UNDECODABLE:
        text = QCoreApplication.translate(
            "CsvImport",
            "Line %1 is not readable text (neither UTF-8 nor Windows-1252). Save the sheet "
            'as "CSV (UTF-8)" and try again.',
        )
    elif problem is CsvProblem.UNCLOSED_QUOTE:
        text = QCoreApplication.translate(
            "CsvImport",
            "A quoted cell that starts on line %1 is never closed: the file may have been "
            "cut short. Check that row in the spreadsheet and save it again.",
        )
    elif problem is CsvProblem.BAD_QUOTES:
        text = QCoreApplication.translate(
            "CsvImport",
            "Line %1 uses quotes wrongly (text right after a closing quote). Check that row "
            "in the spreadsheet and save it again.",
        )
    elif problem is CsvProblem.FIELD_TOO_LONG:
        text = QCoreApplication.translate(
            "CsvImport", "A cell on line %1 is longer than 100,000 characters."
        )
    else:
        text = QCoreApplication.translate(
            "CsvImport", "The file cannot be read. Check that it exists and that you may open it."
        )
    return text.replace("%1", str(error.line or 1))


def row_fault_message(problem: RowProblem) -> str:
    """Why a row as a whole is left out (RowFault.EXTRA_CELLS is the only fault)."""
    return QCoreApplication.translate(
        "CsvImport",
        "Row: it has more cells than the header has columns, so its cells are shifted (a "
        "separator inside a cell that is not in quotes?). Correct the row and save the file "
        "again.",
    )

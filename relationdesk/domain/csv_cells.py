"""CSV cells that a spreadsheet will not run as formulas (CSV injection).

A cell starting with = + - @ tab or CR is read by Excel and LibreOffice as a formula.
Such a cell gets a leading apostrophe; so does a cell that already starts with one,
which makes the change reversible: `readable` gives back exactly what was written.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MARK = "'"


def neutralised(cell: str) -> str:
    """The cell as written to a CSV file."""
    if cell.startswith(FORMULA_STARTS) or cell.startswith(_MARK):
        return _MARK + cell
    return cell


def readable(cell: str) -> str:
    """The value of a cell that `neutralised` wrote."""
    return cell[1:] if cell.startswith(_MARK) else cell

"""Text rules shared by sorting and search: diacritic-blind, case-blind."""

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Strip diacritics and case, so "Ștefan" and "stefan" compare equal.

    Used for the stored sort key and for duplicate-name checks; the search index folds
    the same way (FTS5 unicode61 with remove_diacritics 2).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def search_terms(text: str) -> list[str]:
    """The words of a search box entry, folded, in the order typed."""
    return [fold(word) for word in _WORD.findall(text)]


def fts_match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression where every typed word must start a word in the document.

    Returns None when nothing searchable was typed (the list then shows everything).
    Each term is quoted, so user input can never be read as FTS5 syntax.
    """
    terms = search_terms(text)
    if not terms:
        return None
    return " AND ".join('"' + term.replace('"', '""') + '"*' for term in terms)

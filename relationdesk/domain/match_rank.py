"""How well a name matches what was typed, so a picker lists the likeliest first.

Typing "ion" should put "Ionescu" before "Alimentara Cionca": an exact name first, then
names that start with the text, then names with a word that starts with it, then the
rest (matched elsewhere: a city, a contact, a note). Ties keep the order they came in
(by name), so the list stays predictable. Diacritics and case are ignored ("stefan"
is "Ștefan"), as in the search index.
"""

from collections.abc import Callable, Iterable
from typing import TypeVar

from relationdesk.domain.text import fold, search_terms

T = TypeVar("T")

EXACT, NAME_PREFIX, WORD_PREFIX, CONTAINS, ELSEWHERE = range(5)


def match_rank(typed: str, name: str) -> int:
    """0 (exact) to 4 (matched elsewhere): lower is a better match of `typed` on `name`."""
    wanted = fold(typed)
    folded = fold(name)
    if not wanted:
        return ELSEWHERE
    if folded == wanted:
        return EXACT
    if folded.startswith(wanted):
        return NAME_PREFIX
    words = search_terms(name)
    typed_words = search_terms(typed)
    if typed_words and all(any(w.startswith(t) for w in words) for t in typed_words):
        return WORD_PREFIX
    if wanted in folded:
        return CONTAINS
    return ELSEWHERE


def rank_by_match(typed: str, items: Iterable[T], name_of: Callable[[T], str]) -> list[T]:
    """The items, best match of `typed` on their name first; ties keep their order."""
    return sorted(items, key=lambda item: match_rank(typed, name_of(item)))

"""Finding and removing a person's name in free text (GDPR erasure: "free-text mentions
the user confirms"). Case- and diacritic-blind, whole words only: "Ionuț Șerban",
"ionut serban" and, for a surname of four letters or more, "Șerban" alone."""

import re
from dataclasses import dataclass

from relationdesk.domain.text import fold

_WORD = re.compile(r"\w+", re.UNICODE)
REDACTED = "[…]"
MIN_SURNAME = 4  # shorter surnames ("Pop") are too common in ordinary words to match alone


def name_patterns(full_name: str) -> list[list[str]]:
    """Folded word sequences that count as the person: the full name, the surname."""
    words = [fold(w) for w in _WORD.findall(full_name)]
    patterns = [words] if words else []
    if len(words) > 1 and len(words[-1]) >= MIN_SURNAME:
        patterns.append([words[-1]])
    return patterns


def mention_spans(text: str, patterns: list[list[str]]) -> list[tuple[int, int]]:
    """(start, end) of each mention in `text`, longest pattern first, not overlapping."""
    words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    for pattern in sorted(patterns, key=len, reverse=True):
        size = len(pattern)
        for i in range(len(words) - size + 1):
            if any(j in taken for j in range(i, i + size)):
                continue
            if [w[2] for w in words[i : i + size]] == pattern:
                spans.append((words[i][0], words[i + size - 1][1]))
                taken.update(range(i, i + size))
    return sorted(spans)


def redact(text: str, patterns: list[list[str]]) -> str:
    for start, end in reversed(mention_spans(text, patterns)):
        text = text[:start] + REDACTED + text[end:]
    return text


def excerpt(text: str, patterns: list[list[str]], width: int = 40) -> str:
    """The text around the first mention, to show the user what will change."""
    spans = mention_spans(text, patterns)
    if not spans:
        return ""
    start, end = spans[0]
    left = max(0, start - width)
    right = min(len(text), end + width)
    return (
        ("…" if left else "")
        + " ".join(text[left:right].split())
        + ("…" if right < len(text) else "")
    )


@dataclass(frozen=True)
class Mention:
    table: str
    row_id: str
    column: str
    excerpt: str
    full_name: bool = True  # False: only the surname, which may be someone else's

"""Finding a person's name in free text, whole words, case- and diacritic-blind."""

from relationdesk.domain.mentions import REDACTED, excerpt, mention_spans, name_patterns, redact


def test_full_name_and_long_surname_match_whole_words_only() -> None:
    patterns = name_patterns("Ionuț Șerban")
    assert patterns == [["ionut", "serban"], ["serban"]]
    text = "Ionut  SERBAN called; Șerban again; Serbanescu no; ionuț alone no"
    assert [text[a:b] for a, b in mention_spans(text, patterns)] == [
        "Ionut  SERBAN",
        "Șerban",
    ]
    assert redact(text, patterns).startswith(f"{REDACTED} called; {REDACTED} again")


def test_a_short_surname_is_matched_only_with_the_first_name() -> None:
    patterns = name_patterns("Ana Pop")
    assert patterns == [["ana", "pop"]]
    assert mention_spans("pop music with Ana", patterns) == []
    assert redact("Met Ana Pop today", patterns) == f"Met {REDACTED} today"


def test_excerpt_shows_the_mention_in_context() -> None:
    patterns = name_patterns("Ionuț Șerban")
    long = "x " * 50 + "Ionuț Șerban said yes " + "y " * 50
    shown = excerpt(long, patterns, width=10)
    assert shown.startswith("…") and shown.endswith("…") and "Ionuț Șerban" in shown
    assert excerpt("nothing here", patterns) == ""

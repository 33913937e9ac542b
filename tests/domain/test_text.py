from relationdesk.domain.text import fold, fts_match_expression, search_terms


def test_fold_ignores_diacritics_and_case() -> None:
    assert fold("Ștefan ȚURCANU") == "stefan turcanu"
    assert fold("Niccolò  Cantù") == "niccolo cantu"
    assert fold("  ") == ""


def test_search_terms_split_on_punctuation() -> None:
    assert search_terms("Brașov, ștef-") == ["brasov", "stef"]


def test_match_expression_is_prefix_and_quoted() -> None:
    assert fts_match_expression("stef ion") == '"stef"* AND "ion"*'
    assert fts_match_expression('a"b') == '"a"* AND "b"*'
    assert fts_match_expression("  --  ") is None

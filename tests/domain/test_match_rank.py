from relationdesk.domain.match_rank import (
    CONTAINS,
    ELSEWHERE,
    EXACT,
    NAME_PREFIX,
    WORD_PREFIX,
    match_rank,
    rank_by_match,
)

NAMES = [  # in name order, as the search returns them
    "Agro Ion Prod",
    "Alimentara Cionca",
    "Bionatura",
    "Carpați Industrial",  # matched elsewhere (a contact named Ion)
    "Ionescu",
    "Ionescu Logistică",
    "Ion",
]


def test_exact_then_prefix_then_word_then_inside_then_elsewhere() -> None:
    assert match_rank("ion", "Ion") == EXACT
    assert match_rank("ion", "Ionescu") == NAME_PREFIX
    assert match_rank("ion", "Agro Ion Prod") == WORD_PREFIX
    assert match_rank("ion", "Bionatura") == CONTAINS
    assert match_rank("ion", "Carpați Industrial") == ELSEWHERE


def test_ion_puts_ionescu_first_after_the_exact_name() -> None:
    assert rank_by_match("ion", NAMES, lambda name: name) == [
        "Ion",
        "Ionescu",
        "Ionescu Logistică",
        "Agro Ion Prod",
        "Alimentara Cionca",
        "Bionatura",
        "Carpați Industrial",
    ]


def test_diacritics_and_case_are_ignored() -> None:
    assert match_rank("stefan", "Ștefan Țurcanu SRL") == NAME_PREFIX
    assert match_rank("CARPATI", "Carpați") == EXACT
    assert match_rank("turc", "Ștefan Țurcanu SRL") == WORD_PREFIX


def test_several_words_each_start_a_word() -> None:
    assert match_rank("gru ros", "Gruppo Rossi") == WORD_PREFIX
    assert match_rank("ros gru", "Gruppo Rossi") == WORD_PREFIX
    assert match_rank("", "Gruppo Rossi") == ELSEWHERE

"""name_case: names in lower case and in capitals, only with listed names or a label."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.name_case import case_of, title_case
from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_lexicon import lexicon


@pytest.mark.parametrize(
    ("word", "case"),
    [
        ("jan", "lower"),
        ("JAN", "upper"),
        ("Jan", "title"),
        ("IJzerman", None),
        ("iPhone", None),
        ("J", None),
        ("x2", None),
    ],
)
def test_when_a_word_is_classified_then_its_case_is_reported(word: str, case: str | None) -> None:
    assert case_of(word) == case


@pytest.mark.parametrize(("word", "listed"), [("jan", "Jan"), ("VRIES", "Vries"), ("ijzerman", "IJzerman")])
def test_when_a_word_is_title_cased_then_it_matches_the_lists(word: str, listed: str) -> None:
    assert title_case(word) == listed


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in NameFinder(text, lexicon()).find()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bel jan de vries even", ["jan de vries"]),  # interfix and listed surname
        ("bel sanne visser even", ["sanne visser"]),  # listed surname, a first name that is no word
        # The line has no case at all, so it is re-cased by the lists (name_recase): "bakker" after
        # the first name "jan" is its surname, as "Bakker" would be in "bel Jan Bakker even".
        ("bel jan bakker even", ["jan bakker"]),
        ("de bakker op de hoek is dicht", []),  # a listed surname without first name stays a word
        ("bel mark rutte even", []),  # a first name that is a word never starts a name here
        ("BEL JAN DE VRIES", ["JAN DE VRIES"]),
        ("MARK RUTTE", []),
        ("Jan DE VRIES belt", ["Jan DE VRIES"]),  # the Belgian way: surname in capitals
        ("Jan DE BV", []),  # "Jan De" is no listed surname
        ("naam: imke moet", ["imke moet"]),  # a label: an unlisted surname will do
        ("naam: sanne", ["sanne"]),
        ("name: will run", []),
        ("mevrouw de vries belt", ["de vries"]),  # a title
        ("dhr. jansen belt", ["jansen"]),
        ("THAI CHARACTER DO DEK", []),  # "Do" is a word
    ],
)
def test_when_a_name_is_not_in_title_case_then_lists_or_a_label_must_vouch_for_it(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cardholder: JENNIFER A COLLINS", ["JENNIFER A COLLINS"]),
        ("name on card JENNIFER A COLLINS, card ending 0724", ["JENNIFER A COLLINS"]),
        # not: a capital word between two words in capitals that are no first name
        ("PLAN A BUDGET", []),
        ("MARK A CHECK", []),
        ("WILL A TEST PASS", []),
    ],
)
def test_when_a_middle_initial_stands_between_capitals_then_the_whole_name_is_taken(
    text: str, expected: list[str]
) -> None:
    assert [text[s:e] for s, e, _ in NameFinder(text, lexicon()).find()] == expected

"""world_first_names: first names of the other continents, counted as ambiguous first names."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names import more_first_names, world_first_names
from dlp_proxy.detection.names.name_lexicon import lexicon
from dlp_proxy.detection.recognizers.person_name_recognizer import PersonNameRecognizer

R = PersonNameRecognizer()


def names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["PERSON"]) if r.score >= 0.5]


@pytest.mark.parametrize("name", ["Thandiwe", "Hiroshi", "Chiamaka", "Nkiruka", "Oana", "Tadhg", "Szilvia"])
def test_when_such_a_name_is_looked_up_then_it_is_an_ambiguous_first_name(name: str) -> None:
    assert name in world_first_names.FIRST_NAMES
    assert name in lexicon().first_names
    assert name in lexicon().ambiguous_first_names


@pytest.mark.parametrize(
    "word",
    # a surname in its own country, a title, a code word, a Belgian town, a Swahili word, an English plural
    ["Kariuki", "Mwangi", "Nguyen", "Pak", "Sys", "Del", "Malle", "Umoja", "Ants"],
)
def test_when_an_entry_is_a_surname_title_word_or_town_then_the_data_leaves_it_out(word: str) -> None:
    assert word not in world_first_names.FIRST_NAMES


def test_when_the_data_is_read_then_every_entry_is_one_capitalised_word_the_first_lists_lack() -> None:
    data = world_first_names.FIRST_NAMES
    assert 3000 < len(data) < 6000
    assert all(n.isalpha() and n[0].isupper() and len(n) > 2 for n in data)
    assert not data & more_first_names.FIRST_NAMES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to Thandiwe the shipment is delayed.", ["Thandiwe"]),
        ("Our customer Hiroshi complained about the delay.", ["Hiroshi"]),
        ("JOSEPH MWANGI\nSenior Accountant", ["JOSEPH MWANGI"]),  # a world surname stays a surname
        ("Obinna Eze and Ravi Pillai will attend.", ["Obinna Eze", "Ravi Pillai"]),
        # a world name alone, without a sentence that makes it a person, is not enough
        ("Szilvia", []),
    ],
)
def test_when_a_world_name_stands_where_the_sentence_makes_it_a_person_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected

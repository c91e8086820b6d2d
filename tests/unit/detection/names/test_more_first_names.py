"""more_first_names: Irish, New Zealand, Indian and southern European first names, as data."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names import deduce_lists, intl_first_names, more_first_names, origin_first_names
from dlp_proxy.detection.names.name_lexicon import lexicon


@pytest.mark.parametrize("name", ["Bronagh", "Breandan", "Dearbhla", "Ruairi", "Aarav", "Gonçalo", "Jacopo", "Rhian"])
def test_when_such_a_name_is_looked_up_then_it_is_a_first_name(name: str) -> None:
    assert name in more_first_names.FIRST_NAMES
    assert name in lexicon().first_names


@pytest.mark.parametrize("word", ["Cal", "Tui", "Shea", "Socorro", "Gil", "Marina", "Pilar", "Jean-Luc", "Al"])
def test_when_an_entry_is_a_word_place_short_or_compound_then_the_data_leaves_it_out(word: str) -> None:
    assert word not in more_first_names.FIRST_NAMES


def test_when_the_data_is_read_then_every_entry_is_one_capitalised_word_the_other_lists_lack() -> None:
    names = more_first_names.FIRST_NAMES
    assert 1000 < len(names) < 2500
    assert all(n.isalpha() and n[0].isupper() and len(n) > 2 for n in names)
    assert not names & (deduce_lists.first_names() | intl_first_names.FIRST_NAMES | origin_first_names.FIRST_NAMES)
    assert not names & lexicon().ambiguous_first_names

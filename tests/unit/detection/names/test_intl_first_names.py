"""intl_first_names: English, Belgian and German first names beside deduce's, as data."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names import deduce_lists, intl_first_names
from dlp_proxy.detection.names.name_lexicon import lexicon


@pytest.mark.parametrize("name", ["Becky", "Bethan", "Hollie", "Cory", "Jürgen", "Uwe", "Céline", "Jaak"])
def test_when_a_name_deduce_lacks_is_looked_up_then_it_is_a_first_name(name: str) -> None:
    assert name in intl_first_names.FIRST_NAMES
    assert name not in deduce_lists.first_names()
    assert name in lexicon().first_names


@pytest.mark.parametrize("word", ["Grant", "Urban", "Till", "Edit", "Drew", "Hardy", "Hagen", "Hans-Dieter", "Hans D."])
def test_when_an_entry_is_a_word_place_or_compound_then_it_is_left_out(word: str) -> None:
    assert word not in intl_first_names.FIRST_NAMES


def test_when_the_data_is_read_then_every_entry_is_one_capitalised_word_deduce_lacks() -> None:
    names = intl_first_names.FIRST_NAMES
    assert 400 < len(names) < 1000
    assert all(n.isalpha() and n[0].isupper() for n in names)
    assert not names & deduce_lists.first_names()


def test_when_the_lexicon_is_built_then_no_new_name_is_an_ordinary_word() -> None:
    # The words among Faker's names ("Grant", "Autumn") were left out of the data, so every name
    # it adds is a plain one: found alone wherever deduce's plain names are.
    lex = lexicon()
    assert not intl_first_names.FIRST_NAMES & lex.ambiguous_first_names

"""firm_names: a person's name inside a firm's ("De Vries Bouw BV", "Marks & Spencer"), which the
engine drops as a PERSON finding."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.firm_names import ampersand_firm, firm_after, firm_runs
from dlp_proxy.detection.names.name_lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "name", "firm"),
    [
        ("De Vries Bouw BV", "De Vries", True),
        ("offerte van Jansen Transport B.V. ontvangen", "Jansen", True),
        ("Hughes & Sons Ltd", "Hughes", True),
        ("Pieters en Zonen", "Pieters", True),
        ("Smith Ltd. replied", "Smith", True),
        ("Mark Jansen AG", "Mark Jansen", True),
        ("Jan Jansen BVBA", "Jan Jansen", True),
        ("Acme Holding, Inc. is late", "Acme", True),
        # a person: no legal form in the name's run
        ("Jan Jansen ging naar huis", "Jan Jansen", False),
        ("Jan Jansen, BV Nederland", "Jan Jansen", False),
        ("Jan Jansen van Acme BV", "Jan Jansen", False),
        ("Jan Jansen SAP consultant", "Jan Jansen", False),
        ("Piet Smit Sales Team Lead BV", "Piet Smit", False),  # too long a run to be one firm's name
        ("Jan Jansen. BV", "Jan Jansen", False),
    ],
)
def test_when_a_legal_form_ends_the_names_capitalised_run_then_it_is_a_firm(text: str, name: str, firm: bool) -> None:
    assert firm_after(text, text.index(name) + len(name)) is firm


def test_when_a_text_names_firms_with_a_legal_form_then_their_names_are_read_out() -> None:
    text = "Offertes van De Vries Bouw BV en Jansen Transport BV. Jansen Transport kan eerder. Acme Ltd."
    assert firm_runs(text) == ["De Vries Bouw", "Jansen Transport", "Acme"]


@pytest.mark.parametrize(
    ("text", "name", "firm"),
    [
        ("boxes from Marks & Spencer today", "Spencer", True),
        ("boxes from Marks & Spencer today", "Marks", True),
        ("Johnson & Johnson sent samples", "Johnson", True),
        # two first names are a couple; two whole names are two people
        ("Invite Mark & Sarah to the party", "Sarah", False),
        ("Contact: Tom Hughes & Anna Smith", "Tom Hughes", False),
        # the last two of a list of names
        ("Thanks to Gus, Sunita, Yerlan & Ama for the help", "Yerlan", False),
        ("Thanks to Gus, Sunita, Yerlan & Ama for the help", "Ama", False),
    ],
)
def test_when_an_ampersand_joins_one_word_to_another_then_a_non_couple_is_a_firm(
    text: str, name: str, firm: bool
) -> None:
    lex = lexicon()
    start = text.rindex(name) if name == "Johnson" else text.index(name)
    assert ampersand_firm(text, start, start + len(name), lex.first_names, lex.surnames) is firm

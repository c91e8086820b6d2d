"""name_parse: what a candidate name is made of, and how sure each part is."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.name_lexicon import lexicon
from dlp_proxy.detection.names.name_parse import NameParser


def parser(text: str) -> NameParser:
    return NameParser(text, lexicon())


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Imke Jansen", "known"),  # listed
        ("Imke Klein", "ordinary"),  # a common Dutch word, not listed (deduce drops it)
        ("Imke Moet", "ordinary"),
        ("Imke Lees", "ordinary"),
        ("Imke Oosterhout", "place"),  # a Dutch town: a surname after a confident first name
        ("Imke Wutke", "unknown"),
        ("Imke Lutterveld-Walsteijn", "unknown"),  # a double surname, whatever its parts
        ("Imke Amsterdam", "place"),
        ("Imke Sweden", "bad"),  # a country
        ("Imke Maandag", "bad"),  # a weekday
        ("Imke Kubernetes", "bad"),  # a product
        ("Imke The", "bad"),  # a function word
        ("Imke Kerkstraat", "bad"),  # a street
    ],
)
def test_when_a_word_follows_a_first_name_then_its_surname_kind_is_known(text: str, kind: str) -> None:
    p = parser(text)
    assert p.surname_kind(1, p.surname_end(1), interfix=False) == kind


@pytest.mark.parametrize(
    ("text", "initials", "interfix", "surname"),
    [
        ("J.P. de Vries", "JP", True, "known"),
        ("H. Le Marec", "H", True, "unknown"),  # a capitalised interfix after initials
        ("L. Lees", "L", False, "ordinary"),
        ("Jan de Vries", "", True, "known"),
    ],
)
def test_when_a_name_is_parsed_then_its_parts_are_reported(
    text: str, initials: str, interfix: bool, surname: str
) -> None:
    name = parser(text).parse(0, "plain")
    assert name is not None
    assert (name.initials, name.interfix, name.surname) == (initials, interfix, surname)


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Imke Moet heeft gebeld", True),
        ("Imke Moet.", True),
        ("Hoi Sanne Kun je dit checken?", False),  # a common word, then a clause word: no full stop
        ("Jordan Solis Group Report", False),  # a Title Case run of ordinary words
    ],
)
def test_when_a_weak_name_is_followed_by_a_sentence_or_heading_then_it_does_not_stand_apart(
    text: str, apart: bool
) -> None:
    p = parser(text)
    start = 1 if text.startswith("Hoi") else 0
    name = p.parse(start, "plain")
    assert name is not None
    assert p.stands_apart(name) is apart

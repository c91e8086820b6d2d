"""nickname_first_names and global_first_names: English diminutives and the given names of many
countries, counted as ambiguous first names (a name alone only where the sentence makes it a person)."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names import global_first_names, nickname_first_names, world_first_names
from dlp_proxy.detection.names.name_lexicon import lexicon
from dlp_proxy.detection.recognizers.person_name_recognizer import PersonNameRecognizer

R = PersonNameRecognizer()


def names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["PERSON"]) if r.score >= 0.5]


@pytest.mark.parametrize("name", ["Deb", "Tash", "Kev", "Steph", "Jacqui", "Becca", "Pat", "Dom"])
def test_when_a_nickname_is_looked_up_then_it_is_an_ambiguous_first_name(name: str) -> None:
    assert name in nickname_first_names.FIRST_NAMES
    assert name in lexicon().ambiguous_first_names


@pytest.mark.parametrize("name", ["Ananya", "Tamsin", "Rhodri", "Riaan", "Tigist", "Ikechukwu", "Dawit", "Morag"])
def test_when_a_global_name_is_looked_up_then_it_is_an_ambiguous_first_name(name: str) -> None:
    assert name in global_first_names.FIRST_NAMES
    assert name in lexicon().ambiguous_first_names


@pytest.mark.parametrize(
    "word",
    # abbreviations and code words, a surname, a slur, a French word, an agency, English words, a town
    ["Dev", "Del", "Reg", "Matthews", "Trannie", "Ville", "Esa", "Honey", "Field", "London", "Paris"],
)
def test_when_an_entry_is_a_word_surname_code_or_place_then_the_lists_leave_it_out(word: str) -> None:
    assert word not in nickname_first_names.FIRST_NAMES
    assert word not in global_first_names.FIRST_NAMES


def test_when_the_lists_are_read_then_every_entry_is_one_new_capitalised_word() -> None:
    nick, wide = nickname_first_names.FIRST_NAMES, global_first_names.FIRST_NAMES
    assert 400 < len(nick) < 1000
    assert 10_000 < len(wide) < 20_000
    assert all(n.isalpha() and n[0].isupper() and n[1:].islower() and len(n) > 2 for n in nick | wide)
    assert not wide & nick and not wide & world_first_names.FIRST_NAMES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ask Deb to check the numbers.", ["Deb"]),
        ("thanks, Deb", ["Deb"]),
        ("Hi Tash, the rent is overdue.", ["Tash"]),
        ("Cheers,\nKev", ["Kev"]),
        ("Deb Kowalski will join the call.", ["Deb Kowalski"]),
        ("Summarise the call: Ananya from his team will send the PO.", ["Ananya"]),
        ("Please thank Tamsin Pengelly for the slides.", ["Tamsin Pengelly"]),
        # alone and without a sentence that makes it a person, a nickname or a wide-list name is not enough
        ("Please pat the dough dry.", []),
        ("Tamsin", []),
        ("Dom", []),
    ],
)
def test_when_such_a_name_stands_where_the_sentence_makes_it_a_person_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("name", ["Harpreet", "Davinder", "Gergely", "Temitope", "Ikechukwu", "Tamsin"])
def test_when_a_wide_name_is_no_word_or_place_then_it_is_a_distinct_one(name: str) -> None:
    assert name in lexicon().ambiguous_first_names
    assert name in lexicon().distinct_wide_names or name not in global_first_names.FIRST_NAMES


@pytest.mark.parametrize("name", ["Pat", "Dom", "Deb", "Ola", "Tui"])
def test_when_a_wide_name_is_short_or_a_word_then_it_is_not_a_distinct_one(name: str) -> None:
    assert name not in lexicon().distinct_wide_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wide list's name that is no word, where a plain first name would count: a verb after it,
        # a preposition before it
        ("Help me soften this: Harpreet consistently misses the Monday deadline.", ["Harpreet"]),
        ("Send the contracts directly to Deepika, please.", ["Deepika"]),
        ("Pass the laptop to Temitope on Friday.", ["Temitope"]),
        # a short one still needs more: "Ola" and "Dom" are words in other languages and code
        ("Send the contracts directly to Dom.", []),
        # not inside a sentence on its capital alone
        ("The Harpreet dataset is in the bucket.", []),
    ],
)
def test_when_a_distinct_wide_name_has_a_plain_names_cue_then_it_is_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected

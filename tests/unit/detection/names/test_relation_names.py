"""Names that a relation, a role in apposition, a dismissal, a hiring verb or a form of address
makes a person, though the name is also a product, a month or a word (ninth session); and names
an e-mail address in the same text spells."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_lexicon import lexicon
from dlp_proxy.detection.recognizers.person_name_recognizer import PersonNameRecognizer, spelled_by_address


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in NameFinder(text, lexicon()).find()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product's name right after a relation or job
        ("My coworker Julia keeps taking credit for my work.", ["Julia"]),
        ("Ik heb mijn zus Jasmine gevraagd.", ["Jasmine"]),
        # relations and jobs the role list lacked
        ("my ex Ray texted me again", ["Ray"]),
        ("Write to my landlord Grant about the boiler.", ["Grant"]),
        ("Our roommate Holly moved out.", ["Holly"]),
        # a role in apposition after two qualifying words
        ("Roleplay: you are Max, a nervous job candidate.", ["Max"]),
        ("Meet Virginia, our new sales manager.", ["Virginia"]),
        # a month after a relation
        ("Can you explain to my son June (8) why the sky is blue?", ["June"]),
        ("Mijn dochter April is jarig.", ["April"]),
        # letting someone go, hiring
        ("I need to let Chad go next week.", ["Chad"]),
        ("Glen will hire two contractors.", ["Glen"]),
        # a product's name before a capitalised interfix and a surname: a Belgian name
        ("Notulen - aanwezig: Julia Van Looveren, Berend Joos en ik.", ["Julia Van Looveren", "Berend Joos"]),
        ("Julia De Smet belde gisteren.", ["Julia De Smet"]),
        # a surname once on the assistants' list, after a form of address
        ("Dear Mrs Jarvis, I am applying for the analyst role.", ["Jarvis"]),
    ],
)
def test_a_relation_role_or_verb_makes_a_word_like_name_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The programming language Julia is fast.",  # a product, no relation before it
        "We moved the launch to June.",  # a month
        "Our team meets in April.",
        "Let it go, it is fine.",
        "Hi Claude, summarise this thread.",  # an assistant
        "The product, a nervous system simulator, ships in May.",  # no name before the apposition
        "Grace, a free period between payments, is 14 days.",  # a term, not a role
        "Julia De Luxe edition",  # an English word after the interfix
        "Use Julia De facto",  # no capital surname
    ],
)
def test_products_months_and_terms_without_such_a_cue_are_not_people(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from: june.lloyd@gmail.com\nhi, this is june lloyd, i ordered a lamp", ["june lloyd"]),
        ("Mail victoria.wheeler@acme.com - victoria wheeler asked for a refund", ["victoria wheeler"]),
        ("lloyd_june@example.org wrote: regards, LLOYD JUNE", ["LLOYD JUNE"]),  # reversed, in capitals
        ("jessica.hall@x.nl\n\njessica  hall", ["jessica  hall"]),  # two spaces
    ],
)
def test_two_words_an_address_in_the_text_spells_are_a_name(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _ in spelled_by_address(text, lexicon())] == expected


@pytest.mark.parametrize(
    "text",
    [
        "sales.team@acme.com: the sales team will call",  # team words
        "mark.down@acme.com: please mark down the time",  # both common words
        "june.lloyd@gmail.com is the address",  # the name is only in the address
        "june.lloyd@gmail.com and june.lloyd@outlook.com",  # inside addresses
        "info.desk@acme.com - ask the info desk",
        "june lloyd wrote this",  # no address
    ],
)
def test_team_words_common_words_and_the_address_itself_are_not_spelled_names(text: str) -> None:
    assert spelled_by_address(text, lexicon()) == []


def test_the_recognizer_reports_a_spelled_name_once() -> None:
    text = "from: june.lloyd@gmail.com\nsubject: refund\nhi, this is june lloyd, i ordered a lamp"
    found = [(text[r.start : r.end]) for r in PersonNameRecognizer().analyze(text, ["PERSON"])]
    assert found.count("june lloyd") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a month, word or product, then a census surname WordNet keeps
        # as a noun alone (a famous bearer, or a thing)
        ("Send it to April Mitchell today", ["April Mitchell"]),
        ("Hope Bates called.", ["Hope Bates"]),
        ("June Kennedy", ["June Kennedy"]),
        ("Julia Hayes wrote the report.", ["Julia Hayes"]),
    ],
)
def test_a_word_like_first_name_and_a_noun_surname_from_the_census_are_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rose Gold is a colour.",  # gold is also an adjective
        "Will Young fix it?",  # young is an adjective
        "The Amber Wood finish costs more.",  # a noun or place first name stays out ("Holly Wood")
        "Jordan Parish council meets today.",
        "Mark Hall will join.",  # a heading or clause goes on
    ],
)
def test_a_surname_that_is_also_an_adjective_or_after_a_place_name_is_not_taken(text: str) -> None:
    assert names(text) == []


def test_the_noun_surnames_hold_no_adjective_verb_or_adverb() -> None:
    from dlp_proxy.detection.names.english_words import non_noun_words

    lex = lexicon()
    assert {"Mitchell", "Kennedy", "Bates"} <= lex.noun_surnames
    assert not {n.lower() for n in lex.noun_surnames} & non_noun_words()
    assert not {"Young", "Grant", "Stone", "Still"} & lex.noun_surnames

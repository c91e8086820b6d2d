"""lone_name: a first name alone, and how much the sentence must say for each kind of name."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.lone_name import LoneNameRules
from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_lexicon import lexicon


@pytest.mark.parametrize(
    ("name", "tier"),
    [
        ("Sanne", "plain"),
        ("Amina", "plain"),
        ("Milan", "ambiguous"),
        ("Jade", "ambiguous"),
        ("Will", "word"),
        ("Mark", "word"),
        ("May", "month"),
        ("Mei", "month"),
    ],
)
def test_when_a_first_name_is_classified_then_its_tier_says_how_much_evidence_it_needs(name: str, tier: str) -> None:
    assert LoneNameRules(name, lexicon())._tier(name) == tier


def lone(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in NameFinder(text, lexicon()).find()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weak cues: enough for a name that is no word, not for one that is
        ("Kun je het vragen aan Sanne?", ["Sanne"]),
        ("Kun je het vragen aan Jade?", []),
        ("- Sanne is tot mei met verlof", ["Sanne"]),
        ("Sanne's laptop", ["Sanne"]),
        ("Jade's laptop", ["Jade"]),  # a noun's possessive before a thing: a person (not "Dean's list")
        # strong cues: enough for a noun or place, and for a word
        ("Jade van de receptie belt.", ["Jade"]),
        ("Milan from accounting called.", ["Milan"]),
        ("Will (HR) belt terug.", ["Will"]),
        ("Vraag Jade om de cijfers.", ["Jade"]),
        ("Jade, kun je dit checken?", ["Jade"]),
        ("Jade neemt contact op.", ["Jade"]),
        ("Jade to call back before Friday.", ["Jade"]),
        ("en Jade belt morgen terug.", ["Jade"]),
        ("Mail Jade de offerte.", ["Jade"]),
        ("Een bedankmail aan Jade graag.", ["Jade"]),
        ("Mijn collega Jade heeft een vraag.", ["Jade"]),  # a job or relation before it
        ("Het team Milan won.", []),  # a department is no person
        ("Jordan, our new CFO, starts Monday.", ["Jordan"]),  # a role after a comma
        ("Jordan, the capital Amman and Petra", []),
        ("Milan en ik gaan naar de beurs.", ["Milan"]),  # next to the speaker
        ("Morgen gaan ik en Milan naar Utrecht.", ["Milan"]),
        ("Milan zit in een overleg.", ["Milan"]),  # a state only a person is in
        ("Milan zit vol toeristen.", []),
        # a month needs a role, a request or a personal verb; never a message or a contact verb
        ("Een bedankmail aan Mei graag.", []),
        ("Mei van de administratie belt.", ["Mei"]),
        ("Vraag Mei om de cijfers.", ["Mei"]),
        # products and assistants never count alone
        ("Vraag Alexa om een timer.", []),
        ("Julia from accounting called.", []),
        # a Dutch adverb spelled like a name: the subject must not follow the verb
        ("Dan belt Sanne terug.", ["Sanne"]),
    ],
)
def test_when_a_first_name_stands_alone_then_the_cue_must_fit_its_tier(text: str, expected: list[str]) -> None:
    assert lone(text) == expected

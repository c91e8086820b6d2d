"""name_gate: the words NameFinder skips are words no rule starts a name at."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_gate import ALL, FEW, SKIP, may_start, word_test
from dlp_proxy.detection.names.name_lexicon import lexicon

TEXTS = [
    "Beste Anna,\n\nkun je de offerte sturen aan jan de vries? vraag even aan piet of sanne visser mee wil.",
    "Met vriendelijke groet,\nJan Jansen\n\nnaam: imke moet, t.a.v. dhr. jansen en mevrouw de vries",
    "Aanwezig: Jan, Piet (voorzitter) en Sanne\n[10:02] Sanne: ja\nL. Moenen opent de vergadering.",
    "the logs show a timeout; ask will to check with victor matthews and thx, leah\nNAAM: WENSEN, S.C.",
    "Please ask Docker Support. Bakker-de Wit, Jan said: Kubernetes Xyzzy: hello\nMcDonald, R. and O'Brien wrote",
    "groetjes wesley rubben\nheer jansen zei dat van den heuvel het weet, hi claude, what about kai de vrome",
]


@pytest.mark.parametrize("word", ["the", "logs", "please", "timeout", ",", "12", "-", "ñandú"])
def test_when_a_word_opens_no_rule_then_it_is_skipped(word: str) -> None:
    assert word_test(lexicon())(word) == SKIP


@pytest.mark.parametrize(
    "word", ["beste", "naam", "dhr", "heer", "van", "Van", "groeten", "jan", "Sanne", "jansen", "NASA", "J", "Th"]
)
def test_when_a_word_is_a_cue_a_listed_name_initials_or_capitals_then_every_rule_runs(word: str) -> None:
    assert word_test(lexicon())(word) == ALL


@pytest.mark.parametrize("word", ["Please", "Docker", "iPhone", "Kubernetes"])
def test_when_a_word_is_unlisted_and_not_lower_case_then_only_the_few_rules_run(word: str) -> None:
    assert word_test(lexicon())(word) == FEW


@pytest.mark.parametrize("text", TEXTS)
def test_when_the_gate_skips_a_word_then_every_rule_finds_nothing_there(text: str) -> None:
    finder = NameFinder(text, lexicon())
    gate = may_start(finder.lex, finder.words, finder._cap, finder.items)
    few = {finder._speaker, finder._list_item, finder._reverse}
    for i, kind in enumerate(gate):
        skipped = [r for r in finder._rules() if kind == SKIP or (kind == FEW and r not in few)]
        if finder.words[i][0].isalpha():
            assert all(rule(i) is None for rule in skipped), finder.words[i]


@pytest.mark.parametrize("text", TEXTS)
def test_when_names_stand_in_the_text_then_they_are_still_found(text: str) -> None:
    assert NameFinder(text, lexicon()).find()

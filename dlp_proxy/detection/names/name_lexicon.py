"""The name, title and ordinary-word lists the person-name rules look words up in, built once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dlp_proxy.detection.names import deduce_lists
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.name_scan import Phrases


@dataclass(frozen=True)
class Lexicon:
    """Everything the scanner looks names up in; built once per process."""

    first_names: frozenset[str]
    ambiguous_first_names: frozenset[str]  # also ordinary words or products ("Will", "Roos", "Julia")
    word_first_names: frozenset[str]  # of those, the function and common words ("Will", "Can", "Elke")
    surnames: frozenset[str]
    interfix_surnames: frozenset[str]
    ordinary: frozenset[str]  # lower case: never an unknown surname
    places: frozenset[str]  # case-folded: Dutch places, countries, large cities
    interfixes: Phrases
    salutations: Phrases
    sign_offs: Phrases
    labels: Phrases
    list_labels: Phrases


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    first = frozenset(f for f in deduce_lists.first_names() if f.lower() not in words.INTERFIX_STARTS)
    ordinary = deduce_lists.common_words() | words.NL_WORDS | words.EN_WORDS
    # Month abbreviations stay out: "Jan" is the commonest Dutch first name, and "Jan 2024"
    # has no capitalised surname anyway. Village names stay out too ("Axel", "Wessel").
    not_a_name = ordinary | words.NAME_WORDS | words.PRODUCTS | words.ASSISTANTS | words.WORLD_PLACES
    ambiguous = deduce_lists.first_name_exceptions() | {f for f in first if f.lower() in not_a_name}
    word_like = deduce_lists.first_name_exceptions() | {f for f in first if f.lower() in ordinary}
    return Lexicon(
        first_names=first,
        ambiguous_first_names=frozenset(ambiguous),
        word_first_names=frozenset(word_like),
        surnames=deduce_lists.surnames(),
        interfix_surnames=deduce_lists.interfix_surnames(),
        ordinary=ordinary | words.PRODUCTS | words.MONTHS_AND_DAYS | words.ASSISTANTS | words.STREET_WORDS,
        places=deduce_lists.places() | words.WORLD_PLACES,
        interfixes=Phrases(deduce_lists.interfixes() | {"von der", "della", "zu"}),
        salutations=Phrases(words.SALUTATIONS),
        sign_offs=Phrases(words.SIGN_OFFS),
        labels=Phrases(words.LABELS),
        list_labels=Phrases(words.LIST_LABELS),
    )

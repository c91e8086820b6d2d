"""The name, title and ordinary-word lists the person-name rules look words up in, built once.

First names: deduce's Dutch list plus intl_first_names (English, Belgian, German) and
origin_first_names (Turkish, Moroccan, Surinamese, Polish, French), more_first_names,
world_first_names (the other continents), nickname_first_names ("Deb", "Kev") and
global_first_names (nomquamgender's lists of many countries). A first name
that is also a word, product or place is "ambiguous" and needs stronger evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dlp_proxy.detection.names import (
    cue_words,
    deduce_lists,
    english_words,
    global_first_names,
    intl_first_names,
    more_first_names,
    nickname_first_names,
    origin_first_names,
    world_first_names,
)
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.census_surnames import census_surnames
from dlp_proxy.detection.names.name_scan import Phrases


@dataclass(frozen=True)
class Lexicon:
    """Everything the scanner looks names up in; built once per process."""

    first_names: frozenset[str]
    ambiguous_first_names: frozenset[str]  # also ordinary words or products ("Will", "Roos", "Julia")
    distinct_wide_names: frozenset[str]  # of those, the wide lists' names that are no word or place ("Harpreet")
    word_first_names: frozenset[str]  # of those, the function and common words ("Will", "Can", "Elke")
    month_first_names: frozenset[str]  # of those, months and weekdays ("May", "June", "Mei")
    thing_first_names: frozenset[str]  # products and assistants ("Julia", "Alexa"): never a name alone
    surnames: frozenset[str]
    interfix_surnames: frozenset[str]
    ordinary: frozenset[str]  # lower case: a surname only after a confident first name or initials
    surname_stop: frozenset[str]  # lower case: never a surname ("Sanne Maandag", "Hoi Jan Wat")
    places: frozenset[str]  # case-folded: Dutch places, countries, large cities
    world_places: frozenset[str]  # case-folded: countries and large cities, never a surname alone
    english: frozenset[str]  # lower case: English dictionary words (english_words)
    word_surnames: frozenset[str]  # lower case: census surnames that are English words ("moore", "little")
    # census surnames WordNet lists only as nouns, as written ("Mitchell", "Hall", "Bates"): no
    # verb, adjective or adverb, so after a first name that is also a word they are its surname
    noun_surnames: frozenset[str]
    interfixes: Phrases
    salutations: Phrases
    sign_offs: Phrases
    labels: Phrases
    list_labels: Phrases


# The wide lists, filtered against fewer word lists: their names are ambiguous first names.
_WIDE_LISTS = world_first_names.FIRST_NAMES | nickname_first_names.FIRST_NAMES | global_first_names.FIRST_NAMES


def _distinct_name(name: str, not_a_name: frozenset[str], english: frozenset[str], places: frozenset[str]) -> bool:
    """A name of the wide lists that is no English word (WordNet), no Dutch or English word of the
    other lists, no place, and at least four letters long: "Harpreet", "Nyokabi", "Gergely"."""
    low = name.casefold()
    return len(name) >= 4 and low not in not_a_name and low not in english and low not in places


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    listed = (
        deduce_lists.first_names()
        | intl_first_names.FIRST_NAMES
        | origin_first_names.FIRST_NAMES
        | more_first_names.FIRST_NAMES
        | world_first_names.FIRST_NAMES
        | nickname_first_names.FIRST_NAMES
        | global_first_names.FIRST_NAMES
        | words.WORD_LIKE_FIRST_NAMES
        | words.VERB_FIRST_NAMES
    )
    first = frozenset(
        f for f in listed if f.lower() not in words.INTERFIX_STARTS and f.lower() not in words.NOT_FIRST_NAMES
    )
    ordinary = deduce_lists.common_words() | words.NL_WORDS | words.EN_WORDS
    # Month abbreviations stay out: "Jan" is the commonest Dutch first name, and "Jan 2024"
    # has no capitalised surname anyway. Village names stay out too ("Axel", "Wessel").
    not_a_name = ordinary | words.NAME_WORDS | words.PRODUCTS | words.ASSISTANTS | words.WORLD_PLACES
    ambiguous = (
        deduce_lists.first_name_exceptions()
        | {f for f in first if f.lower() in not_a_name}
        | words.WORD_LIKE_FIRST_NAMES
        | words.VERB_FIRST_NAMES
        | {f for f in first if f in _WIDE_LISTS}
    )
    word_like = (
        deduce_lists.first_name_exceptions() | {f for f in first if f.lower() in ordinary} | words.VERB_FIRST_NAMES
    )
    english = english_words.english_words()
    places = frozenset(p.casefold() for p in deduce_lists.places()) | words.WORLD_PLACES
    distinct_wide = frozenset(
        f for f in first if f in _WIDE_LISTS and f not in word_like and _distinct_name(f, not_a_name, english, places)
    )
    return Lexicon(
        first_names=first,
        ambiguous_first_names=frozenset(ambiguous),
        distinct_wide_names=distinct_wide,
        word_first_names=frozenset(word_like),
        month_first_names=frozenset(f for f in first if f.lower() in cue_words.MONTH_NAMES),
        thing_first_names=frozenset(f for f in first if f.lower() in words.PRODUCTS | words.ASSISTANTS),
        surnames=deduce_lists.surnames() | _census_surnames(not_a_name, english),
        interfix_surnames=deduce_lists.interfix_surnames(),
        ordinary=ordinary | words.PRODUCTS | words.MONTHS_AND_DAYS | words.ASSISTANTS | words.STREET_WORDS,
        surname_stop=cue_words.SURNAME_STOP
        | words.MONTHS_AND_DAYS
        | (words.PRODUCTS - words.PRODUCT_SURNAMES)
        | words.ASSISTANTS
        | words.TITLES
        | words.STREET_WORDS
        | words.INSTITUTION_WORDS,
        places=deduce_lists.places() | words.WORLD_PLACES,
        world_places=words.WORLD_PLACES,
        english=english,
        word_surnames=_census_word_surnames(not_a_name, english),
        noun_surnames=_census_noun_surnames(not_a_name, english),
        interfixes=Phrases(
            deduce_lists.interfixes()
            | {"von der", "della", "zu", "vander", "vanden", "vande", "ait", "ní", "nic", "ó", "uí", "mac"}
            # Welsh "ap" and "ferch" ("Rhodri ap Gwynfor"), Arabic and Malay "bin", "binti", "ibn"
            | {"ap", "ferch", "bin", "binti", "bint", "ibn"}
        ),
        salutations=Phrases(words.SALUTATIONS),
        sign_offs=Phrases(words.SIGN_OFFS),
        labels=Phrases(words.LABELS),
        list_labels=Phrases(words.LIST_LABELS),
    )


def _census_surnames(not_a_name: frozenset[str], english: frozenset[str]) -> frozenset[str]:
    """The census surnames that are no word, place or product ("Walsh", "Contreras"; not "Young",
    "Gold", "Still"). WordNet also lists famous bearers of some ("Moore", "Shaw"): those stay out
    too, as the price of keeping "Rose Gold" a colour; the re-caser reads them (_census_word_surnames)."""
    return frozenset(
        n
        for n in census_surnames()
        if n.lower() not in not_a_name and not english_words.is_english_word(n.lower(), english)
    )


def _census_noun_surnames(not_a_name: frozenset[str], english: frozenset[str]) -> frozenset[str]:
    """The census surnames left out of `surnames` as English words that WordNet lists as nouns alone
    (or only their singular: "Bates"), as written: "Mitchell", "Kennedy", "Hall"; not "Young",
    "Still", "Grant" or "Stone", which are also adjectives, adverbs or verbs."""
    other = english_words.non_noun_words()
    return frozenset(
        n
        for n in census_surnames()
        if (low := n.lower()) not in not_a_name
        and low not in cue_words.VERB_AFTER_NAME
        and english_words.is_english_word(low, english)
        and low not in other
    )


def _census_word_surnames(not_a_name: frozenset[str], english: frozenset[str]) -> frozenset[str]:
    """The census surnames that are English words, in lower case ("moore", "shaw", "little"): in a
    line without case, right after a confident first name, they are its surname ("juan moore
    called"); a name's verb or adverb never is ("dave still", "sanne belt")."""
    return frozenset(
        low
        for low in (n.lower() for n in census_surnames())
        if low not in not_a_name
        and low not in cue_words.VERB_AFTER_NAME
        and english_words.is_english_word(low, english)
    )

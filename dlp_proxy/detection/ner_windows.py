"""Where the NER model reads: windows of text around the name words the lists could not place.

A statistical PERSON span counts only when it holds a listed first name or surname
(engine._plausible_name). Where every such word already lies inside a found name, the model can
only confirm it, so it is not run at all; where one does not, the model reads the sentences
around that word, not the whole paragraph: the small English pipeline sees a few tokens either
side of each word (its tok2vec looks four tokens away), so a sentence is all the context its
answer depends on, and reading only there keeps the model (most of the engine's cost on texts
with unusual names) to a small share of the text.
"""

from __future__ import annotations

import regex

from dlp_proxy.detection.span_index import SpanIndex

_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}'’-]+")
# Context around a word: up to this many characters each side, cut back to a sentence end, a
# line break or, failing those, a space, so no word is cut.
NER_WINDOW = 240
# Windows closer than this are read as one (each model call has a fixed cost).
NER_MERGE_GAP = 120
_BOUNDARY = regex.compile(r"[.!?]\s|\n")


def name_word(word: str) -> bool:
    """A listed first name or surname that is not also a common word."""
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    word = word.strip(".'’-")
    return (word in lex.first_names or word in lex.surnames) and word not in lex.ambiguous_first_names


def _no_trigger(text: str, m: regex.Match[str]) -> bool:
    """A listed name word the model need not read around: a month or weekday ("in July"), or a
    word of a brand or place phrase ("Albert Heijn", "Den Haag"). A span holding only such a word is no name
    (engine._plausible_name), and one holding a name word besides it has that word to open the
    window for."""
    from dlp_proxy.detection.names import name_words as words
    from dlp_proxy.detection.names.name_lexicon import lexicon

    low = m.group().strip(".'’-").lower()
    if low in words.MONTHS_AND_DAYS:
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    after = _WORD_AFTER.match(text, m.end())
    pairs = [f"{before.group(1).lower()} {low}"] if before else []
    if after:
        pairs.append(f"{low} {after.group(1).lower()}")
    return any(p in words.PRODUCT_PHRASES or p in lexicon().places for p in pairs)


_WORD_BEFORE = regex.compile(r"([\p{L}]+)[ \t]\Z")
_WORD_AFTER = regex.compile(r"[ \t]([\p{L}]+)")


def surname_like(word: str) -> bool:
    """A capitalised word that can be a surname after a first name: a listed surname, a census
    surname, also one that is an English word ("Carter", "Hughes", "Chambers"), or a word that is
    no English or Dutch word, place or street word at all ("Wutke")."""
    from dlp_proxy.detection.names.census_surnames import census_surnames
    from dlp_proxy.detection.names.english_words import is_english_word
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    word = word.strip(".'’-")
    low = word.lower()
    if low in lex.surname_stop:
        return False
    if word in lex.surnames or word.capitalize() in census_surnames():
        return True
    if low in lex.ordinary or word.casefold() in lex.places:
        return False
    return len(word) > 2 and not is_english_word(low, lex.english)


def first_name_pair(first: str, second: str) -> bool:
    """A listed first name, ambiguous ones included ("Mark", "Julia"), and a surname-like word."""
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    first = first.strip(".'’-")
    return first in lex.first_names and first not in lex.month_first_names and surname_like(second)


def unexplained_words(text: str, start: int, end: int, found: SpanIndex) -> list[tuple[int, int]]:
    """Spans of the listed name words in text[start:end], and of the first words of first-name
    pairs (first_name_pair: a first name that is also a word or place, "Mark", "Jordan", before a
    surname-like word, "Carter", which only the model can tell from "Mark Down"), that lie outside
    every found name. One pass over the capitalised words; a pair is two of them a space apart."""
    out: list[tuple[int, int]] = []
    prev: regex.Match[str] | None = None
    for m in _CAPITALISED.finditer(text, start, end):
        if prev is not None and not found.covers(prev.start()) and (not out or out[-1] != prev.span()):
            gap = text[prev.end() : m.start()]
            if gap and not gap.strip(" \t") and first_name_pair(prev.group(), m.group()):
                out.append(prev.span())
        if name_word(m.group()) and not found.covers(m.start()) and not _no_trigger(text, m):
            out.append(m.span())
        prev = m
    return sorted(set(out))


def windows(text: str, start: int, end: int, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The merged windows of text[start:end] the model reads around `words`."""
    out: list[tuple[int, int]] = []
    for ws, we in words:
        left = _left_edge(text, max(start, ws - NER_WINDOW), ws)
        right = _right_edge(text, we, min(end, we + NER_WINDOW))
        if out and left - out[-1][1] <= NER_MERGE_GAP:
            out[-1] = (out[-1][0], max(out[-1][1], right))
        else:
            out.append((left, right))
    return out


def _left_edge(text: str, lo: int, word_start: int) -> int:
    """Just after the last sentence end or line break in text[lo:word_start]; else after the
    first space from `lo` (`lo` itself when it starts the region or a word)."""
    last: int | None = None
    for m in _BOUNDARY.finditer(text, lo, word_start):
        last = int(m.end())
    if last is not None:
        return last
    if lo == 0 or text[lo - 1].isspace():
        return lo
    space = text.find(" ", lo, word_start)
    return space + 1 if space >= 0 else lo


def _right_edge(text: str, word_end: int, hi: int) -> int:
    """At the first sentence end or line break after the word, within `hi`; else at the last
    space before `hi` (`hi` itself when it ends the region or a word)."""
    m = _BOUNDARY.search(text, word_end, hi)
    if m is not None:
        return int(m.start()) + 1
    if hi >= len(text) or text[hi].isspace():
        return hi
    space = text.rfind(" ", word_end, hi)
    return space if space >= 0 else hi

"""Whether a line is written without case, and so worth re-casing (name_recase): 'lower' for a
line in lower case ("mail jan de vries even"; a capital opening a sentence or quote is allowed),
'upper' for a line in capitals ("STUUR DIT NAAR JORDY"), and with the lexicon 'mixed' for a line
with case that holds a name in capitals ("email SANNE", "Jean DUPONT"), and 'lower' also for a
line whose capitals inside are no name but that holds a confident first name in lower case
("send it to sarah johnson before Friday").
"""

from __future__ import annotations

import regex

from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.name_case import title_case
from dlp_proxy.detection.names.name_lexicon import Lexicon

_WORD = regex.compile(r"[\p{L}\p{M}]+")
# A word opening with a capital and going on in lower case ("Sanne", "Kun").
_TITLE_WORD = regex.compile(r"(?<![\p{L}\p{M}'’])\p{Lu}[\p{Ll}\p{M}]")
_LETTER = regex.compile(r"\p{L}")
# A capital opens a sentence after a stop, perhaps with spaces, quotes or a bracket between.
_SENTENCE_STOPS = frozenset(".!?:;")
_OPENING_MARKS = frozenset(" \t\"'“‘([")
_OPENING_REACH = 4
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}{2,}")
_UPPER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}{2,}")


def line_case(line: str, lex: Lexicon | None = None) -> str | None:
    """'lower' or 'upper' for a line written without case (module docstring); None otherwise.

    With `lex`, a line whose capitals inside are all no name ("Please send it to sarah johnson
    before Friday", "vraag het aan pieter over Excel") counts as lower case too: its writer
    capitalised days, products and places, but not the person."""
    if line.islower():  # a cased letter, none in capitals
        return "lower" if _LOWER_WORD.search(line) else None
    if line.isupper():
        return "upper" if len(_UPPER_WORD.findall(line)) >= 2 else None
    if lex is not None and _caps_name(line, lex):
        return "mixed"
    first = _LETTER.search(line)
    cased_inside = False
    for m in _TITLE_WORD.finditer(line):
        if first is not None and m.start() == first.start():
            continue  # the word opening the line
        j = m.start() - 1
        while j > 0 and m.start() - j < _OPENING_REACH and line[j] in _OPENING_MARKS:
            j -= 1  # spaces, quotes and brackets before a sentence: ". \"Kun", ": (Zie"
        if line[j] not in _SENTENCE_STOPS:
            if lex is None or _name_word(line, m.start(), lex):
                return None  # "Stuur dit naar Jan": a capital inside the line, the writer uses case
            cased_inside = True
    if cased_inside and not (lex is not None and _confident_lower(line, lex)):
        return None  # "the price rose in March": only a word that is surely a name makes such a line worth re-casing
    return "lower" if _LOWER_WORD.search(line) else None


def _confident_lower(line: str, lex: Lexicon) -> bool:
    """A word in lower case that is a first name and no word, product or place ("sarah", not "rose")."""
    for m in _LOWER_WORD.finditer(line):
        titled = title_case(m.group())
        if titled in lex.first_names and titled not in lex.ambiguous_first_names:
            return True
    return False


def _caps_name(line: str, lex: Lexicon) -> bool:
    """A word in capitals in a line with case that is a confident first name or a listed surname
    ("mail SANNE even", "Jean DUPONT", "de klant PEETERS")."""
    for m in _UPPER_WORD.finditer(line):
        word = m.group()
        if len(word) < 3 or (m.end() < len(line) and line[m.end()].isalpha()):
            continue  # "IT", "HR"; a capital run inside a word ("ABCdef")
        titled = title_case(word)
        confident = titled in lex.first_names and titled not in lex.ambiguous_first_names
        if confident or (titled in lex.surnames and word.lower() not in lex.ordinary):
            return True
    return False


def _name_word(line: str, start: int, lex: Lexicon) -> bool:
    """The capitalised word at `start` is a listed first name or surname, or an initial."""
    m = _WORD.match(line, start)
    word = m.group() if m else ""
    if len(word) < 2 or (word in lex.first_names and word not in lex.month_first_names):
        return True
    if word.lower() in words.MONTHS_AND_DAYS:
        return False  # "before Friday", "in May": a writer who capitalises days, not a name
    return word in lex.surnames or word.lower() in lex.word_surnames

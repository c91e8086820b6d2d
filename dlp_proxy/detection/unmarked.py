"""Extra texts for values split by formatting: Markdown emphasis or code around the pieces of a
number ("IBAN **NL91** _RABO_ `0417` 164300"), a name written as one identifier with
underscores ("Joost_van_der_Meulen", as the OpenAI API wants a message's `name`), and a name built
into a file name, slug, handle, variable or hashtag ("kevin-de-graaf-cv.pdf", "lisaVanDerMeer").

Like the joined lines of `encoded`, each is a stretch of the canonical text with a few
characters taken out or replaced, so a finding in it maps back to the exact characters.
"""

from __future__ import annotations

import re

from dlp_proxy.detection.canonical import apply_edits
from dlp_proxy.detection.extra_text import MAX_DECODED_RUNS, Extra
from dlp_proxy.detection.names.name_words import SURNAME_PARTICLES

# Emphasis, strike-through and code marks at the edge of a word: "**NL91**", "_RABO_", "`0417`",
# "~~x~~". A mark inside a word ("snake_case", "2*3") is no Markdown.
_MARKS = r"(?:\*{1,3}|_{1,3}|`{1,3}|~~)"
_MARK = re.compile(rf"(?<![^\s(\[]){_MARKS}(?=[^\W_])|(?<=[^\W_]){_MARKS}(?![^\s)\].,;:!?])")
# A run of marked pieces holding a digit: only those can hide a number or key worth joining up.
_MARKED_DIGITS = re.compile(rf"{_MARKS}[^\W_]*\d")
# Capitalised name parts joined by underscores, lower-case particles between them: "Joost_van_der_Meulen",
# "Anna_Bakker". Not "user_name" or "MAX_RETRIES" (no capitalised part, or all capitals).
_SNAKE_NAME = re.compile(r"(?<![\w.@-])[A-Z][a-z]{1,30}(?:_(?:[a-z]{1,4}_){0,3}[A-Z][a-z]{1,30}){1,3}(?![\w@-])")


def markdown_lines(text: str) -> list[Extra]:
    """Each line where Markdown marks stand beside a piece holding a digit, with the marks taken out."""
    if "*" not in text and "_" not in text and "`" not in text and "~" not in text:
        return []
    found: list[Extra] = []
    line_end = -1  # end of the last line looked at: each line is looked at once
    for m in _MARKED_DIGITS.finditer(text):
        if m.start() < line_end:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line_end = end
        edits = [(k.start(), k.end(), "") for k in _MARK.finditer(text, start, end)]
        if len(edits) < 2:
            continue
        line, offsets = apply_edits(text[start:end], [(s - start, e - start, r) for s, e, r in edits])
        found.append(Extra(line, "unmarked", start, end, offsets))
        if len(found) >= MAX_DECODED_RUNS:
            break
    return found


def spaced_identifiers(text: str) -> list[Extra]:
    """Names written with underscores for spaces, each with its underscores turned into spaces."""
    if "_" not in text:
        return []
    found: list[Extra] = []
    for m in _SNAKE_NAME.finditer(text):
        spaced = m.group().replace("_", " ")
        edits = [(k, k + 1, " ") for k, c in enumerate(m.group()) if c == "_"]
        _, offsets = apply_edits(m.group(), edits)
        found.append(Extra(spaced, "spaced", m.start(), m.end(), offsets))
        if len(found) >= MAX_DECODED_RUNS:
            break
    return found


# A name written as one identifier in lower case or camel case: a file name, a URL slug, a user
# handle, a variable, a hashtag ("kevin-de-graaf-cv.pdf", "wei_zhang", "aarav-sharma",
# "lisaVanDerMeer", "#GerdaWillemsen", "SARAH_MITCHELL").
# A separator before a letter, or a camel-case hump, must stand in it: plain words are skipped cheaply.
_IDENTIFIER = re.compile(
    r"(?<![\w'+=])(?:[A-Z]++|[A-Za-z][a-z']*+)(?:[-_.][A-Za-z]|(?<=[a-z'])[A-Z])[A-Za-z0-9'_.-]{1,80}+"
)
# A base64 run: letters there make humps by chance ("...x/AnnaBakker+..." in an image).
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=_-]{64,}")
_PART = re.compile(r"[A-Z]?[a-z']+|[A-Z']+(?![a-z])")


def identifier_names(text: str) -> list[Extra]:
    """Names written as one identifier, written as words in title case ("kevin-de-graaf" ->
    "Kevin de Graaf"): a listed first name, name particles perhaps, then a listed surname, as
    consecutive parts of the identifier; the surname no ordinary word unless the first name is no
    word either ("lisaVanDerMeer" yes, "mark-down", "roseGold", "user_name", "readMore" no)."""
    found: list[Extra] = []
    for m in _IDENTIFIER.finditer(text):
        ident = m.group()
        if _in_base64(text, m.start(), m.end()):
            continue
        parts = [(p.start(), p.end()) for p in _PART.finditer(ident)]
        span = _name_parts(ident, parts)
        if span is None:
            continue
        first, last = span
        edits = []
        for i in range(first, last + 1):
            s, e = parts[i]
            word = ident[s:e]
            titled = word.lower() if first < i < last else word[0].upper() + word[1:].lower()  # "van der"
            edits.append((s, e, (" " if i > first and s == parts[i - 1][1] else "") + titled))
        lo, hi = parts[first][0], parts[last][1]
        edits += [(k, k + 1, " ") for k in range(lo, hi) if ident[k] in "-_."]
        edits.sort()
        local = [(a - lo, b - lo, r) for a, b, r in edits]
        spaced, offsets = apply_edits(ident[lo:hi], local)
        found.append(Extra(spaced, "spaced", m.start() + lo, m.start() + hi, offsets))
        if len(found) >= MAX_DECODED_RUNS:
            break
    return found


def _in_base64(text: str, start: int, end: int) -> bool:
    """The identifier lies in a run of 64 or more base64 characters (bounded look either side)."""
    lo, hi = start, end
    while lo > 0 and start - lo < 200 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and hi - end < 200 and not text[hi].isspace():
        hi += 1
    return _BASE64_RUN.search(text, lo, hi) is not None


def _name_parts(ident: str, parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(first, last) indexes of the parts that make a first name, particles and a surname."""
    for i, (s, e) in enumerate(parts[:-1]):
        if not _listed_first(ident[s:e]):
            continue
        j = i + 1
        while j < len(parts) - 1 and j - i <= 3 and ident[slice(*parts[j])].lower() in SURNAME_PARTICLES:
            j += 1
        surname = ident[slice(*parts[j])]
        # a surname that is also a word counts where the writer capitalised it as a name
        capitalised = surname[0].isupper() and _strong_first(ident[s:e])
        after_particle = j > i + 1  # "van der Meer": a surname listed with its particles
        if _strong_surname(surname) or (capitalised and _listed_surname(surname, after_particle)):
            return i, j
    return None


def _strong_first(word: str) -> bool:
    """A listed first name that is no word, month or product ("Lisa", "Daniel"; not "Mark", "Rose")."""
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    return word[0].upper() + word[1:].lower() not in lex.ambiguous_first_names


def _listed_surname(word: str, after_particle: bool = False) -> bool:
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    titled, low = word[0].upper() + word[1:].lower(), word.lower()
    listed = titled in lex.surnames or titled in lex.noun_surnames or low in lex.word_surnames
    listed = listed or (after_particle and titled in lex.interfix_surnames)
    return listed and low not in lex.surname_stop


def _listed_first(word: str) -> bool:
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    titled = word[0].upper() + word[1:].lower()
    return titled in lex.first_names and titled not in lex.thing_first_names


def _strong_surname(word: str) -> bool:
    """A listed surname that is no ordinary or English word ("Graaf", "Evans"; not "Down", "Gold")."""
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    titled, low = word[0].upper() + word[1:].lower(), word.lower()
    return titled in lex.surnames and low not in lex.ordinary and low not in lex.english and low not in lex.surname_stop

"""A name that is part of a firm's: "De Vries Bouw BV", "Jansen Transport B.V.", "Hughes & Sons Ltd".

A person's name followed, within the same capitalised run, by a legal form (BV, NV, VOF, Ltd,
LLC, GmbH ...) or a family-firm tail ("& Zn.", "en Zonen", "& Sons") names the company, not a
person in the text: the engine drops such a PERSON finding (engine.scan). The run may hold up to
two more capitalised words between the name and the form ("Bouw", "Transport Groep").
"""

from __future__ import annotations

import regex

# The legal forms of the Netherlands, Belgium, Germany, France and the English-speaking countries.
_FORMS = (
    r"B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|C\.?V\.?|Ltd\.?|LLC|LLP|L\.?P\.?|Inc\.?|Corp\.?|PLC|plc|GmbH|AG|KG"
    r"|S\.?A\.?|SARL|SAS|BVBA|CommV|SRL|Pty(?:[ \t]++Ltd\.?)?"
)
_FIRM_AFTER = regex.compile(
    r"(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*){0,2}?"
    rf"(?:[ \t]++(?:{_FORMS})|,[ \t]++(?:Inc\.?|Ltd\.?|LLC|LLP|Corp\.?)"
    r"|[ \t]++(?:&|en|and)[ \t]++(?:Zn\.|Zonen|Sons|Co\.?))(?![\p{L}\d])"
)


# A legal form standing as a word, and the words before it.
_FORM_WORD = regex.compile(rf"(?<![\p{{L}}\d])(?:{_FORMS})(?![\p{{L}}\d])")
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}\p{M}'’-]*+|&)[ \t]++\Z")
# Lower-case particles inside a firm's name, after a capitalised one ("Van der Meer BV").
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "von", "le", "la"})


def firm_runs(text: str) -> list[str]:
    """The names of the firms the text writes with a legal form ("Jansen Transport" of "Jansen
    Transport BV"), so that the same words later without it ("Jansen Transport kan eerder") are
    the firm too: up to five capitalised words (or "&") before the form, a lower-case particle
    only after a capitalised one."""
    runs: list[str] = []
    for m in _FORM_WORD.finditer(text):
        start, words, end = m.start(), 0, m.start()
        while words < 5:
            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if before is None:
                break
            word = before.group(1)
            if word[0].islower():
                prev = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
                if word not in _PARTICLES or prev is None or prev.group(1).lower() not in _PARTICLES:
                    break
            elif not (word[0].isupper() or word == "&"):
                break
            start, words = before.start(), words + 1
        if words:
            runs.append(text[start:end].rstrip(" \t"))
    return runs


def firm_after(text: str, end: int) -> bool:
    """A legal form or a family-firm tail follows the name ending at `end`, in its capitalised run."""
    return _FIRM_AFTER.match(text, end) is not None


# One capitalised word on each side of an ampersand: "Marks & Spencer", "Johnson & Johnson".
_AMP_AFTER = regex.compile(r"[ \t]*+&[ \t]*+(\p{Lu}[\p{L}\p{M}'’]*+)(?![\p{L}\p{M}]|[ \t]++\p{Lu})")
# Two or more names listed before the pair, each capitalised, one word, a comma after it.
_LIST_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]++[ \t]*+,[ \t]*+\Z")
_AMP_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?<!\p{Lu}[\p{L}\p{M}]{0,30}[ \t]{1,3})(\p{Lu}[\p{L}\p{M}]*+)[ \t]*+&[ \t]*+\Z"
)


def ampersand_firm(text: str, start: int, end: int, first_names: frozenset[str], surnames: frozenset[str]) -> bool:
    """A one-word name joined by "&" to one other capitalised word, the pair not two first names:
    "Marks & Spencer", "Procter & Gamble", "Johnson & Johnson" are firms; "Mark & Sarah" a couple."""
    word = text[start:end]
    if " " in word or not word[:1].isupper():
        return False
    after = _AMP_AFTER.match(text, end)
    before = _AMP_BEFORE.search(text, max(0, start - 40), start) if after is None else None
    other = after.group(1) if after else before.group(1) if before else None
    if other is None:
        return False
    left = start if after is not None else before.start(1) if before is not None else start
    if _LIST_BEFORE.search(text, max(0, left - 40), left) is not None:
        return False  # "Gus, Sunita, Yerlan & Ama": the last two of a list of names
    other = other.removesuffix("'s").removesuffix("’s")
    pair = (word.removesuffix("'s"), other)
    return not all(w in first_names and w not in surnames for w in pair)

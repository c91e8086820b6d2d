"""Author lists in the Vancouver style of medical and scientific references ("Okafor J, Lindqvist K,
Hartigan PM, de Vries AB."), and registers with one person a line ("Kuijpers J.A.M. - aanwezig",
"DE VRIES, P.A. - lid sinds 1998").

Vancouver lists: "Okafor J, Lindqvist K,
Hartigan PM, de Vries AB." Each author is a surname (a particle and a double surname allowed) and
up to three initials without dots; the list runs on with commas and ends with a full stop, a
semicolon, "et al" or the end of the line.

One such item alone is as often something else ("Windows NT", "Appendix B"), so only a list counts:
three or more, or two where one has two or more initials ("Rembrandt A, Vermeer B" may be rooms),
and only where at least half of its surnames are listed surnames or no word at all. Then
each item counts, except one whose surname is a product, a month or another word no surname is.
"""

from __future__ import annotations

import regex

from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.english_words import is_english_word
from dlp_proxy.detection.names.name_lexicon import lexicon

_PARTICLE = r"(?:(?:van[ \t]+der|van[ \t]+den|van[ \t]+de|van|de|den|der|ter|ten|le|la|da|di|du|al|el|von|dos)[ \t]+)"
_SURNAME = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*+"
_ITEM_RE = regex.compile(rf"(?:{_PARTICLE}?(?P<surname>{_SURNAME}(?:-{_SURNAME})?))[ \t]+\p{{Lu}}{{1,3}}")
_LIST = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])(?:{_ITEM_RE.pattern})(?:,[ \t]+(?:{_ITEM_RE.pattern})){{1,40}}+"
    r"(?=[ \t]*+[.;]|,?[ \t]++et[ \t]++al\b|[ \t]*+\r?$)",
    regex.MULTILINE,
)
_ONE = regex.compile(_ITEM_RE.pattern)
MIN_SHARE = 0.5  # of the surnames must be listed or no word


def _may_list(text: str) -> bool:
    """Whether some ", " follows one to three capitals after a space and a lower-case letter
    ("Okafor J, "): what every list holds, tested at the text's commas only."""
    pos = text.find(", ")
    while pos > 0:
        k = pos - 1
        while k >= 0 and pos - k <= 4 and text[k].isupper():
            k -= 1
        if 1 <= pos - 1 - k <= 3 and k >= 1 and text[k] == " " and text[k - 1].islower():
            return True
        pos = text.find(", ", pos + 2)
    return False


def author_list_names(text: str) -> list[tuple[int, int]]:
    """Spans of the authors of each Vancouver-style list in the text."""
    if not _may_list(text):
        return []
    out: list[tuple[int, int]] = []
    for m in _LIST.finditer(text):
        items = list(_ONE.finditer(text, m.start(), m.end()))
        kinds = [_kind(i.group("surname")) for i in items]
        if sum(k == "name" for k in kinds) < MIN_SHARE * len(kinds):
            continue
        if len(items) < 3 and not any(len(i.group().split()[-1]) > 1 for i in items):
            continue  # "Rembrandt A, Vermeer B": two single letters may be rooms or grades
        out += [(i.start(), i.end()) for i, k in zip(items, kinds, strict=True) if k != "bad"]
    return out


def _kind(surname: str) -> str:
    """'name' (a listed surname or no word), 'word' (a word that may be a surname) or 'bad'."""
    lex = lexicon()
    low = surname.lower()
    if low in words.PRODUCTS or low in lex.surname_stop or low in words.MONTHS_AND_DAYS:
        return "bad"
    if surname in lex.surnames:
        return "name"
    if low in lex.ordinary or is_english_word(low, lex.english) or surname.casefold() in lex.places:
        return "word"
    return "name"


# Registers and attendance lists, one person a line: "Kuijpers J.A.M. - aanwezig", "van Dam R.",
# "DE VRIES, P.A. - lid sinds 1998". The surname opens the line (a bullet or number allowed), its
# initials follow (dotted, or up to three capitals), then the line ends or a separator goes on.
_PARTICLE_ANY_CASE = r"(?:(?i:van[ \t]+der|van[ \t]+den|van[ \t]+de|van|de|den|der|ter|ten|el|al|le|la)[ \t]+)"
_CAPS_SURNAME = r"\p{Lu}{2,}+(?:['’-]\p{Lu}{2,}+)*+"
_DOTTED = r"(?:\p{Lu}\.){1,4}+"
_REGISTER_LINE = regex.compile(
    r"[ \t]*+(?:[-*•·]|\d{1,3}[.)])?[ \t]*+"
    rf"(?P<name>{_PARTICLE_ANY_CASE}?(?P<surname>{_SURNAME}(?:[ \t]+{_SURNAME})?)[ \t]+"
    rf"(?:{_DOTTED}|\p{{Lu}}{{1,3}}+(?![\p{{L}}.]))"
    rf"|{_PARTICLE_ANY_CASE}?(?P<caps>{_CAPS_SURNAME}(?:[ \t]+{_CAPS_SURNAME})?),[ \t]*+{_DOTTED})"
    # then the line ends or a separator follows; a dash joined to what follows makes the capitals a
    # code's prefix ("Bestelling SO-53983", "Factuur INV-42251"), not initials
    r"(?=[ \t]*+(?:$|[|,;:(\t]|[-–—](?![\p{L}\p{N}])))"
)
MIN_REGISTER_LINES = 2
MAX_REGISTER_LINE = 160  # characters: a register's line is short; prose paragraphs are not tried


def register_line_names(text: str) -> list[tuple[int, int]]:
    """Spans of the people of a register or attendance list: two lines or more in a row that each
    open with a surname and initials, at least half of the surnames listed or no word."""
    if "\n" not in text:
        return []
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        m = _REGISTER_LINE.match(line) if 4 < len(line) <= MAX_REGISTER_LINE and _may_register(line) else None
        if m is None:
            out += _register_run(run)
            run = []
        else:
            surname = (m.group("surname") or m.group("caps").title()).split()[-1]
            run.append((pos + m.start("name"), pos + m.end("name"), surname))
        pos += len(line) + 1
    return out + _register_run(run)


def _may_register(line: str) -> bool:
    """A capital opens the line's first word (after a bullet or number) and a full stop or a short
    run of capitals stands in it: what the pattern needs, tested without it."""
    head = line.lstrip(" \t-*•·0123456789.)")
    return (
        bool(head)
        and (head[0].isupper() or head.startswith(("van ", "de ", "ten ", "ter ", "den ")))
        and ("." in line or any(w.isupper() and len(w) <= 3 for w in line.split()[1:4]))
    )


def _register_run(run: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    kinds = [_kind(surname) for _, _, surname in run]
    if len(run) < MIN_REGISTER_LINES or sum(k == "name" for k in kinds) < MIN_SHARE * len(run):
        return []
    return [(s, e) for (s, e, _), k in zip(run, kinds, strict=True) if k != "bad"]

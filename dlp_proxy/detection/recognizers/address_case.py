"""Addresses typed all in lower case: the windows around a lower-case postcode, re-capitalised.

The address rules lean on capitals (a street name, a town, "1234 AB", "NW1 6XE", "IL 60611"),
so "factuuradres: molenweg 3, 7421 ab deventer" or "42 elm grove, reading rg1 5aa" slip past
them. A lower-case postcode is rare enough outside an address to anchor a second look: the lines
around it are copied with each word capitalised and the postcode in capitals ("Molenweg 3, 7421
AB Deventer"), the same length, so a span found in the copy is a span of the text. The callers
keep only whole addresses (street, number and postcode) that include the anchor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from dlp_proxy.detection.names.street_words import US_STATE_CODES
from dlp_proxy.detection.regex_time import scan_timeout

# Dutch "7421 ab" right after a house number ("3, 7421 ab", "50a\n2517 an": not "in 2024 is"),
# British "rg1 5aa" (BS 7666 in lower case, with its space), American ", il 60611".
NL_LOWER_POSTCODE = regex.compile(
    r"(?<=\d(?:[ -]?[a-zA-Z]{1,3})?(?:,[ \t]{0,3}|[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3}))"
    r"(?<![\w-])[1-9]\d{3}[ ]?(?!sa|sd|ss)[a-z]{2}(?![\w-])"
)
UK_LOWER_POSTCODE = regex.compile(
    r"(?<![\w-])(?:[a-z][0-9]{1,2}|[a-z][a-hj-y][0-9]{1,2}|[a-z][0-9][a-z]|[a-z][a-hj-y][0-9][a-z]?)"
    r"[ ][0-9][abd-hjlnp-uw-z]{2}(?![\w-])"
)
US_LOWER_STATE_ZIP = regex.compile(rf",[ ]?(?:{US_STATE_CODES.lower()})[ ]{{1,2}}\d{{5}}(?:-\d{{4}})?(?![\w-])")
# Cheap `re` tests that each pattern can match at all: most texts hold no lower-case postcode, and
# the regex module walks its look-behinds at every position (a tenth of the address scan's time).
_QUICK = {
    NL_LOWER_POSTCODE: re.compile(r"\d{4} ?[a-z]{2}(?![\w-])"),
    UK_LOWER_POSTCODE: re.compile(r"\d [0-9][a-z]{2}(?![\w-])"),
    US_LOWER_STATE_ZIP: re.compile(r",[ ]?[a-z]{2} {1,2}\d{5}"),
}
# Short words left in lower case: the rules read "Laan van Meerdervoort", "Newcastle upon Tyne".
_SMALL_WORDS = frozenset(
    "van de der den het te ten ter op aan in bij en the of on upon and a an am im la le du des".split()
)
_WORD = regex.compile(r"(?<![\p{L}\d'’-])\p{Ll}[\p{L}'’-]*")
_BEFORE = 120  # characters of the window before the postcode: a street, number and town
_AFTER = 40  # and after it: a town, a country


def recased_windows(text: str, patterns: tuple[regex.Pattern[str], ...]) -> Iterator[tuple[int, str]]:
    """(offset, copy) of each region around a lower-case postcode of `patterns`, re-capitalised.

    Overlapping regions are merged, so a text full of postcodes is copied about once (linear)."""
    live = [p for p in patterns if p not in _QUICK or _QUICK[p].search(text)]
    anchors = sorted((m.start(), m.end()) for p in live for m in p.finditer(text, timeout=scan_timeout(text, 5.0)))
    regions: list[list[int]] = []
    for start, end in anchors:
        lo = _window_start(text, start)
        line_end = text.find("\n", end)
        hi = min(end + _AFTER, len(text) if line_end < 0 else line_end)
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
        else:
            regions.append([lo, hi])
    for lo, hi in regions:
        yield lo, _recase(text[lo:hi], patterns)


def _window_start(text: str, start: int) -> int:
    """Up to _BEFORE characters and two lines above the postcode, not inside a word."""
    lo, at = max(0, start - _BEFORE), start
    for _ in range(3):
        at = text.rfind("\n", lo, at)
        if at < 0:
            break
    if at >= 0:
        return at + 1
    while 0 < lo < start and not text[lo - 1].isspace():
        lo += 1
    return lo


def _recase(window: str, patterns: tuple[regex.Pattern[str], ...]) -> str:
    """Each word capitalised but the small ones, each postcode in capitals; the length kept."""
    chars = list(window)
    codes = [m.span() for p in patterns for m in p.finditer(window)]
    ends = {end for _, end in codes}
    for m in _WORD.finditer(window):
        # a small word right after the postcode opens the town: "2517 an den haag"
        if m.group() not in _SMALL_WORDS or _after_code(window, m.start(), ends):
            chars[m.start()] = _upper(chars[m.start()])
    for start, end in codes:
        for i in range(start, end):
            chars[i] = _upper(chars[i])
    return "".join(chars)


def _after_code(window: str, pos: int, ends: set[int]) -> bool:
    """Whether a postcode ends right before `pos`, one to three blanks between (bounded: linear)."""
    for gap in range(1, 4):
        if pos - gap < 0 or window[pos - gap] not in " \t":
            return False
        if pos - gap in ends:
            return True
    return False


def _upper(char: str) -> str:
    """The capital of one character, or the character itself when its capital is longer ("ß")."""
    upper = char.upper()
    return upper if len(upper) == 1 else char

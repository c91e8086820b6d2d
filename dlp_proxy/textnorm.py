"""Word tokens with offsets, normalised for case- and diacritic-insensitive matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """'Café' -> 'cafe', 'STRAßE' -> 'strasse': casefolded, accents removed."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for every word in `text`, offsets into `text`."""
    return [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(text)]


def words_of(text: str) -> list[str]:
    """The folded words of `text`, as `tokens` gives them, without their offsets."""
    return [fold(w) for w in WORD.findall(text)]


def key(phrase: str) -> tuple[str, ...]:
    """The folded word sequence a phrase matches on."""
    return tuple(t for _, _, t in tokens(phrase))

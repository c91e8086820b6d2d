"""First names alone in the cells of a roster or a list table ("| Receptie | Esther | Mustafa |",
"Feb 3<TAB>Tayo"): a table whose cells hold several listed first names holds people.

A cell counts when it is one capitalised word that a first-name list holds (not a month, product
or place). A table (a run of Markdown rows or of tab-separated lines) must hold at least three
such cells, two of them names that are no word ("Esther", not "Rose"): a table of colours or of
weekdays is no roster.
"""

from __future__ import annotations

import regex

from dlp_proxy.detection.names.name_lexicon import Lexicon

_MIN_CELLS, _MIN_PLAIN = 3, 2
# A Markdown row ("| a | b |") or a line with a tab between two fields.
_ROW = regex.compile(r"[ \t]*+\|.*\|[ \t]*+|[^\t\n]*+\t.*")
_CELL = regex.compile(r"[^|\t\n]++")
_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’-]++")


def roster_cells(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of the first names standing alone in the cells of a roster table."""
    if "|" not in text and "\t" not in text:
        return []
    out: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        if line and _ROW.fullmatch(line):
            block += _name_cells(text, pos, pos + len(line), lex)
        else:
            out += _roster(text, block, lex)
            block = []
        pos += len(line) + 1
    return out


def _name_cells(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    cells = []
    for m in _CELL.finditer(text, start, end):
        cell = m.group()
        word = cell.strip(" \t")
        if not _WORD.fullmatch(word) or word not in lex.first_names:
            continue
        if word in lex.month_first_names or word in lex.thing_first_names or word.casefold() in lex.places:
            continue
        offset = m.start() + cell.index(word)
        cells.append((offset, offset + len(word)))
    return cells


def _roster(text: str, cells: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    plain = sum(text[s:e] not in lex.ambiguous_first_names for s, e in cells)
    return cells if len(cells) >= _MIN_CELLS and plain >= _MIN_PLAIN else []

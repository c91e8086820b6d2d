"""Tokens with offsets and the layout tests the name rules need (same line, joined, capitalised).

Each word, number and punctuation mark is one token; everything is computed once per text,
so the rules look tokens up in constant time and the whole scan stays linear.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from dlp_proxy.detection.names.name_words import MONTHS_AND_DAYS

# "O'Brien" and "D'Angelo" are one word; "Smith's" is "Smith", "'", "s".
TOKEN = regex.compile(r"(?:[OD]['’](?=\p{Lu}))?[\p{L}\p{M}]+|\d+|[^\s\p{L}\p{M}\d]")
# A capitalised word: "Jansen", "O'Brien", "McDonald", "IJzerman"; not "NASA", "iPhone", "GitHub".
CAPITALISED = regex.compile(r"(?:[OD]['’]\p{Lu}|Ma?c\p{Lu}|IJ|\p{Lu})[\p{Ll}\p{M}]+")
# Letters written as initials (deduce's lst_initial: single capitals and a few digraphs).
INITIAL = regex.compile(r"\p{Lu}|Ch|Chr|Ph|Th")
# The gap between two words of one name: one to three spaces, tabs or no-break spaces.
_SPACE_CHARS = " \t\u00a0"
# Tokens that may open a line before its real content (list bullets, quote marks, the "//" of a
# code comment).
BULLETS = frozenset("-*•>#·–—/")
# A dash or slash joining two days or months into a range ("Mon–Wed", "Jan/Feb").
_RANGE_MARKS = frozenset("-–—/")


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for every token of every text
def capitalised(word: str) -> bool:
    return CAPITALISED.fullmatch(word) is not None


BARE_INITIAL_TITLES = frozenset("mr mrs ms dr dhr mw mevr heer mevrouw prof ir drs dear beste geachte".split())


class Phrases:
    """Lower-case word sequences ('met vriendelijke groet', 't.a.v.') indexed by first token."""

    def __init__(self, phrases: Iterable[str]) -> None:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            toks = tuple(m.group().lower() for m in TOKEN.finditer(phrase))
            if toks:
                index.setdefault(toks[0], []).append(toks)
        self.index = {k: sorted(set(v), key=len, reverse=True) for k, v in index.items()}


class NameScan:
    """The tokens of one text and per-token layout facts."""

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(TOKEN.finditer(text))
        self.starts: list[int] = [m.start() for m in matches]
        self.ends: list[int] = [m.end() for m in matches]
        self.words: list[str] = [m.group() for m in matches]
        self.lowered: list[str] = [w.lower() for w in self.words]  # asked for at nearly every rule
        self.n = len(matches)
        self._cap = [capitalised(w) for w in self.words]
        # _spaced[i]: token i follows token i-1 on its line after such a gap; worked out once,
        # as the rules ask it dozens of times per token.
        self._spaced = [False] + [
            (gap := text[end:start]) == " " or (0 < len(gap) <= 3 and not gap.strip(_SPACE_CHARS))
            for end, start in zip(self.ends, self.starts[1:], strict=False)
        ]
        self.first_on_line: list[bool] = []
        content = False
        # The next line break at or after the previous token's end (tokens hold none): one
        # lies in the gap before a token (self.gap) when it comes before the token's start.
        newline = text.find("\n")
        for word, start in zip(self.words, self.starts, strict=True):
            if 0 <= newline < start:
                content = False
                newline = text.find("\n", start)
            self.first_on_line.append(not content)
            content = content or word not in BULLETS

    def _day_range(self, i: int, end: int) -> bool:
        """Token i, one word, is a day or month joined by a dash or slash to what follows ("Thu–Sun")."""
        return (
            end == i + 1
            and self.lowered[i] in MONTHS_AND_DAYS
            and end < self.n
            and self.joined(end)
            and self.words[end] in _RANGE_MARKS
        )

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i (before the first token for i == 0)."""
        if i >= self.n:
            return self.text[self.ends[-1] :] if self.n else self.text
        return self.text[self.ends[i - 1] if i else 0 : self.starts[i]]

    def is_word(self, i: int) -> bool:
        return self.words[i][0].isalpha()

    def cap(self, i: int) -> bool:
        return 0 <= i < self.n and self._cap[i]

    def spaced(self, i: int) -> bool:
        """Token i follows token i-1 on the same line, after a short run of spaces."""
        return 0 < i < self.n and self._spaced[i]

    def joined(self, i: int) -> bool:
        return 0 < i < self.n and self.ends[i - 1] == self.starts[i]

    def line_ends(self, i: int) -> bool:
        """Nothing but spaces between token i-1 and the end of its line (or of the text)."""
        return i >= self.n or "\n" in self.gap(i)

    def next_line(self, i: int) -> bool:
        """Token i opens one of the next two lines (a name under a sign-off)."""
        return i < self.n and self.first_on_line[i] and 0 < self.gap(i).count("\n") <= 2

    def phrase_end(self, i: int, phrases: Phrases, lower_only: bool = False) -> int | None:
        """End of the longest phrase starting at token i, its words on one line; or None."""
        candidates = phrases.index.get(self.lowered[i]) if i < self.n else None
        for phrase in candidates or ():
            end = i + len(phrase)
            if end > self.n:
                continue
            if all(
                (self.words[i + k] == p if lower_only else self.lowered[i + k] == p)
                and (k == 0 or self.joined(i + k) or self.spaced(i + k))
                for k, p in enumerate(phrase)
            ):
                return end
        return None

    def initials(self, i: int) -> tuple[str, int]:
        """('JP', end) for 'J.P.' or 'J. P.' at token i; ('', i) when there are none."""
        letters, j = "", i
        while j + 1 < self.n and len(letters) < 6:
            if j != i and not (self.joined(j) or self.text[self.ends[j - 1] : self.starts[j]] == " "):
                break
            if self.words[j + 1] != "." or INITIAL.fullmatch(self.words[j]) is None or not self.joined(j + 1):
                break
            letters += self.words[j]
            j += 2
        if letters:
            return letters, j
        return self._bare_initial(i)

    def _bare_initial(self, i: int) -> tuple[str, int]:
        """('S', i + 1) for an initial written without its dot after a title or salutation and
        before a capitalised word ("dhr. S Riehl", "Dear M Benitez"); elsewhere a lone capital
        is too often something else ("Plan B Smith", "vitamin D")."""
        word = self.words[i] if i < self.n else ""
        if len(word) != 1 or not word.isupper() or not word.isalpha() or i < 1 or i + 1 >= self.n:
            return "", i
        if not (self.spaced(i) and self.spaced(i + 1) and self.cap(i + 1) and len(self.words[i + 1]) > 1):
            return "", i
        k = i - 2 if self.words[i - 1] == "." and i >= 2 else i - 1
        return (word, i + 1) if self.lowered[k] in BARE_INITIAL_TITLES else ("", i)


# -- delimited tables: CSV exports, Markdown tables ---------------------------------------
# Several recognizers read them (names, dates of birth, addresses): the header row says what
# a column holds, far from the values below it, out of reach of any word window.

# Separators tried in this order; the header row's most frequent one wins.
DELIMITERS = (";", "\t", "|", ",")
MAX_HEADER = 400  # characters: a longer line is prose, not a header row
MAX_COLUMNS = 40


def split_cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of the line text[start:end], quotes and surrounding spaces excluded.

    A delimiter inside double quotes ("Kerkstraat 12, Breda") does not split."""
    cells: list[tuple[int, int]] = []
    cell, quoted = start, False
    for k in range(start, end + 1):
        c = text[k] if k < end else delimiter
        if c == '"':
            quoted = not quoted
        elif c == delimiter and not quoted:
            s, e = cell, k
            while s < e and text[s] in ' \t"':
                s += 1
            while e > s and text[e - 1] in ' \t"\r':
                e -= 1
            cells.append((s, e))
            cell = k + 1
    return cells


def column_name(cell: str) -> str:
    """A header cell as a comparable key: 'First_Name' -> 'first name', 'Geb.datum' -> 'geb.datum'."""
    return " ".join(cell.lower().replace("_", " ").replace("-", " ").split())


@dataclass(frozen=True)
class _Header:
    """A line that may head a table: its index, delimiter and column names (column_name)."""

    index: int
    delimiter: str
    columns: tuple[str, ...]
    # ALIGNED only: each column's (start, end) in its line, counted from the line's start
    spans: tuple[tuple[int, int], ...] = ()


# The "delimiter" of a table whose columns are aligned with spaces, as a terminal or a
# fixed-width report prints them ("Name        Relationship   SSN"): cells lie apart by two or
# more spaces, and a row's cell belongs to the column whose header it lies under.
ALIGNED = "  "
_ALIGNED_CELL = regex.compile(r"\S+(?: \S+)*")


def _aligned_header(line: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]] | None:
    """The column names and spans of a line of aligned column headers, or None."""
    if "  " not in line.strip() or "\t" in line:
        return None
    cells = [m.span() for m in _ALIGNED_CELL.finditer(line)]
    if not 2 <= len(cells) <= MAX_COLUMNS:
        return None
    return tuple(column_name(line[a:b]) for a, b in cells), tuple(cells)


def aligned_row(text: str, start: int, end: int, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]] | None:
    """The cells of the line text[start:end] under aligned headers at `spans`, one (start, end)
    per column, empty where a column has no cell; None when the line is no row of that table
    (a cell under no header, two cells under one, fewer than two cells)."""
    row = [(start, start)] * len(spans)
    taken = 0
    for m in _ALIGNED_CELL.finditer(text, start, end):
        a, b = m.start() - start, m.end() - start
        # the header it overlaps most; one it starts under when it overlaps none (a long value)
        overlaps = [min(b, e) - max(a, s) for s, e in spans]
        best = max(range(len(spans)), key=overlaps.__getitem__)
        if overlaps[best] <= 0:
            starts = [k for k, (s, _) in enumerate(spans) if s <= a]
            if not starts:
                return None
            best = starts[-1]
        if row[best][1] > row[best][0]:
            return None
        row[best] = (m.start(), m.end())
        taken += 1
    return row if taken >= 2 else None


# The text asked last, its lines and its header lines: four recognizers read the tables of one
# scan (names, dates of birth, addresses, national identifiers), all of the same text object.
_memo: tuple[str, list[tuple[int, int]], list[_Header]] = ("", [], [])


def _headers(text: str) -> tuple[list[tuple[int, int]], list[_Header]]:
    """The (start, end) of each line, and the lines that may head a table: at most MAX_HEADER
    characters, a delimiter, at most MAX_COLUMNS columns each named in a word or three ("Naam,
    adres en woonplaats van de klant graag" is a sentence with commas)."""
    global _memo
    memo = _memo  # one read: another thread may set it meanwhile
    if memo[0] is text:
        return memo[1], memo[2]
    lines: list[tuple[int, int]] = []
    headers: list[_Header] = []
    pos = 0
    for index, line in enumerate(text.split("\n")):
        s, e = pos, pos + len(line)
        lines.append((s, e))
        pos = e + 1
        if e - s > MAX_HEADER:
            continue
        delimiter = max(DELIMITERS, key=line.count)
        if not line.count(delimiter):
            if (aligned := _aligned_header(line)) is not None and all(len(n.split()) <= 3 for n in aligned[0]):
                headers.append(_Header(index, ALIGNED, *aligned))
            continue
        if '"' in line:  # a quoted delimiter does not split: the careful split
            columns = tuple(column_name(text[a:b]) for a, b in split_cells(text, s, e, delimiter))
        else:  # the same cells (column_name drops the spaces split_cells would strip)
            columns = tuple(column_name(cell) for cell in line.split(delimiter))
        if len(columns) > MAX_COLUMNS or any(len(name.split()) > 3 for name in columns):
            continue
        headers.append(_Header(index, delimiter, columns))
    _memo = (text, lines, headers)
    return lines, headers


def column_names(text: str) -> frozenset[str]:
    """The names of every column of every table of the text (column_name)."""
    return frozenset(name for head in _headers(text)[1] for name in head.columns)


def table_cells(text: str, wanted: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, column) of every non-empty cell, in the rows under a header row, of a column
    whose name (column_name) is in `wanted`. The rows run until a blank line or a line with
    another number of cells; a Markdown rule row (|---|---|) is skipped."""
    lines, headers = _headers(text)
    i = 0
    for head in headers:
        if head.index < i:
            continue  # a row of the table before it
        i = head.index + 1
        delimiter = head.delimiter
        header = head.columns
        columns = dict(enumerate(header))
        picked = {k: name for k, name in columns.items() if name in wanted}
        if not picked:
            continue
        while i < len(lines):
            rs, re_ = lines[i]
            if not text[rs:re_].strip():
                break
            if delimiter == ALIGNED:
                row = aligned_row(text, rs, re_, head.spans)
                if row is None:
                    break
            else:
                row = split_cells(text, rs, re_, delimiter)
            if len(row) != len(header):
                break
            i += 1
            if all(not text[a:b].strip(" -:") for a, b in row):
                continue  # a Markdown rule row
            for k, name in picked.items():
                a, b = row[k]
                if b > a:
                    yield a, b, name

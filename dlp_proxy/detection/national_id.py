"""What the national identifier recognizers share (US SSN, UK NINO, Belgian, German and French
numbers, passports, driving licences): a value that passes its check counts by its own notation
or by a label next to it ("SSN:", "rijksregisternummer", "Steuer-ID"), in a sentence, as the
header of its table column, or listed right after a value that has one.

A label counts only when what stands between it and the value reads as part of the label
("nummer", "no.", "van de klant", a name, a colon): "SSN en ordernummer 536904399" does not
make the order number an SSN. The recognizers judge the context themselves and mark their
results as judged, so presidio's own context window (five words, substring matches) does not
raise a bare number a second time.
"""

from __future__ import annotations

import datetime
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import ClassVar

import regex
from presidio_analyzer import LocalRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.names.name_scan import column_name, table_cells
from dlp_proxy.detection.regex_time import scan_timeout
from dlp_proxy.detection.results import metadata

LABELLED_SCORE = 0.85
# A labelled value that also passed a check digit: as sure as a checked IBAN or card number.
CHECKED_LABELLED_SCORE = 1.0
# A value of a weak notation (nine plain digits) without a label: kept below the default
# threshold, so a policy that lowers a type's threshold can still have it.
BARE_SCORE = 0.3

# How far before a value its label may stand, and how many words may lie between them.
MAX_GAP, MAX_GAP_WORDS = 50, 6
# How far back in its paragraph a label may name a value of a strongly checked kind (PARAGRAPH_LABEL).
PARAGRAPH_REACH = 400
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
# Forms of address, between a label and a name: "rijksregisternummer van mevr. Peeters".
TITLES = tuple("mevrouw mevr meneer dhr heer mr mrs ms miss dr herr herrn frau madame monsieur mme".split())
# Words that may stand between a label and its value: "SSN of the employee is ...",
# "rijksregisternummer van mevrouw Peeters: ...", "Steuer-ID des Mitarbeiters lautet ...".
FILLER = frozenset(
    "nummer nummers number numbers no nr num nbr n° nº is was are zijn luidt lautet ist est sec "
    "of van the a an de het een der die das des dem den du la le les von vom ter ten "
    "my mijn his her zijn haar their hun your je jouw uw our onze ons sein seine ihr ihre son sa "
    "voor for on op employee employees werknemer medewerker mitarbeiter mitarbeiters "
    "customer klant client applicant aanvrager patient patiënt holder houder person persoon "
    "chauffeur driver bestuurder fahrer reiziger traveller traveler passenger passagier collega colleague "
    "new nieuw nieuwe heeft has hat a "
    # who the number is of: "SSN of the insured", "BSN van de verzekerde", "SSN/TIN"
    "insured verzekerde member lid beneficiary subscriber policyholder taxpayer spouse partner dependent "
    "student tenant huurder borrower candidate kandidaat recipient owner eigenaar tin itin "
    # where the value stands: "SSN below:", "het BSN staat hieronder", "as follows"
    "below hieronder staat follows volgt volgend as listed "
    # the country a number is of: "social security number (France)", "Frans sofinummer"
    "us usa uk gb british brits britse french france frans franse frankrijk français française".split()
) | frozenset(TITLES)
# "mevr. Peeters", "no. 5": a period that ends an abbreviation, not a sentence.
_ABBREVIATION = regex.compile(rf"(?i)(?<!\p{{L}})(?:{'|'.join(TITLES)}|no|nr|num|nbr)\.")
# A word of a name between label and value ("van Jan Peeters", "of Mary Smith"), after one of these.
_BEFORE_NAME = frozenset({"van", "of", "von", "vom", "des", "de", "du", "der", "for", "voor"})
NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
# Labels of other numbers: "SSN en ordernummer 536904399" is an order number; "Factuur
# 536-90-4399" is no SSN, even in the SSN notation.
OTHER_LABEL = regex.compile(
    r"(?i)(?<!\p{L})(?:order|bestel|factuur|invoice|ref|referentie|reference|klant(?:en)?nummer|"
    r"commande|facture|rechnung|kunden|auftrag|sendung|kenmerk|"
    r"artikel|art|sku|ean|tracking|zending|shipment|ticket|case|zaak|dossier|kvk|coc|btw|vat|"
    r"tel|telefoon|phone|mobiel|mobile|fax|iban|rekening|account|postcode|zip|versie|version|"
    r"build|serie|serial|bedrag|amount|totaal|total|code|model|booking|boeking|reservering)\p{L}*"
    r"|(?<!\p{L})(?:part|call|bel|ext|id|flight|vlucht)(?!\p{L})"
)
# What may stand between a label and its value: words, and these marks.
_GAP = regex.compile(r"[\p{L}\s:#=()\[\]\"'“”‘’,\-–—|;/.°º_<>]*")  # "_" and "<>": ssn_number=, <ssn>
_GAP_WORD = regex.compile(r"n[°º]|\p{L}[\p{L}'’]*\.?")
# A qualifier in brackets is part of the label: "driver's license (CA): ", "SSN (employee): ".
_QUALIFIER = regex.compile(r"[ \t]?\([ \t]?\p{L}[\p{L} .'’\-]{0,24}\)")
_SENTENCE_END = regex.compile(r"[!?]|\.[ \t]*\n|\.\s+\p{Lu}")
# A value alone on its line: only spaces and a full stop after it, and the line that ends in a
# colon above it (one blank line may lie between); at most 200 characters of that line are read.
_ALONE_AFTER = regex.compile(r"[ \t.]*+(?:\n|$)")


def _line_above(text: str, start: int) -> str | None:
    """The line ending in a colon above a value that opens its line (its last 200 characters,
    the colon left out), over one blank line at most; None when there is none."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip(" \t"):
        return None
    end = line_start - 1
    for _ in range(2):
        begin = max(text.rfind("\n", 0, end) + 1, end - 200)
        line = text[begin:end].rstrip(" \t\r")
        if line:
            return line[:-1] if line.endswith(":") else None
        if begin == 0:
            return None
        end = begin - 1
    return None


# A label right after its value, in brackets: "536-90-4399 (SSN)".
_AFTER = regex.compile(r"[ \t]?[(\[][ \t]?")
# Any decimal digit: every notation of every identifier here has some (the gate below).
_DIGIT = regex.compile(r"\d")
# The text the digit gate counted last and its count (capped): the recognizers of one scan
# all see the same text object, so it is counted once per scan.
_counted: tuple[str, int] = ("", 0)


def digits_at_least(text: str, n: int) -> bool:
    """Whether `text` holds `n` or more decimal digits (counted once per text, up to 16)."""
    global _counted
    last = _counted
    if last[0] is not text:
        count = 0
        for count, _ in enumerate(_DIGIT.finditer(text), start=1):  # noqa: B007 (the count is the point)
            if count >= 16:
                break
        _counted = last = (text, count)
    return last[1] >= n


# The last text seen and its case-folded form: shared like the digit count, so the
# recognizers of one scan fold it once.
_folded: tuple[str, str] = ("", "")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
_SEPARATOR = regex.compile(r"[ \-_'’.]")
_MAX_INSIDE = 64  # occurrences inside words looked at per label part before the gate gives up


def casefolded(text: str) -> str:
    global _folded
    last = _folded
    if last[0] is not text:
        _folded = last = (text, text.casefold())
    return last[1]


def label_parts(words: Sequence[str]) -> frozenset[str]:
    """Per label word, case-folded, its first part: up to a space, hyphen, underscore,
    apostrophe or period, which `label_pattern` lets vary or drop. The pattern matches that part
    literally, ignoring case, where no letter or digit stands before it."""
    return frozenset(_SEPARATOR.split(w.casefold(), maxsplit=1)[0] for w in words)


def may_hold_a_label(text: str, parts: frozenset[str]) -> bool:
    """False only when `text` holds none of `parts` (case-folded) where no letter or digit
    stands before it. Where folding changed the text's length, offsets do not line up with
    the text's, and any occurrence counts."""
    folded = casefolded(text)
    aligned = len(folded) == len(text)
    for part in parts:
        i, seen = folded.find(part), 0
        while i >= 0:
            seen += 1
            if not aligned or i == 0 or seen > _MAX_INSIDE or _LETTER_OR_DIGIT.match(text, i - 1, i) is None:
                return True  # many inside words ("ididid..."): the label search decides
            i = folded.find(part, i + 1)
    return False


# What may join two values of one list: "A, B en C", "A / B", "A or B". Not a line break
# alone: a number on the next line is not of the same kind (as for NL_BSN).
_LIST_JOIN = regex.compile(r"(?i)[ \t]*+(?:[,;/&]|or|of|and|en|und|et|ou)[ \t]*+(?:\n[ \t]*+)?")


def label_pattern(words: Sequence[str]) -> regex.Pattern[str]:
    """One case-insensitive pattern for label words: a space, hyphen or underscore in a word
    matches any of them or nothing, an apostrophe or period may be left out, and a plural
    "s" may follow. Not inside a longer word ("assn" holds no SSN label)."""
    return _label_pattern(tuple(words))


@lru_cache(maxsize=32)
def _label_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    alternatives = []
    for word in sorted(words, key=len, reverse=True):
        parts = []
        for c in word:
            if c in " -_":
                parts.append(r"[ \t_\-]*")
            elif c in "'’":
                parts.append(r"['’]?")
            elif c == ".":
                parts.append(r"\.?")
            else:
                parts.append(regex.escape(c))
        alternatives.append("".join(parts))
    return regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{'|'.join(alternatives)})s?(?![\p{{L}}\p{{N}}])")


def gap_reads_as_label(gap: str) -> bool:
    """Whether the text between a label and a value is only label words, names and marks."""
    if len(gap) > MAX_GAP or gap.count("\n") > 1 or not _GAP.fullmatch(gap):
        return False
    if _SENTENCE_END.search(_ABBREVIATION.sub("", gap)):
        return False
    words = _GAP_WORD.findall(_QUALIFIER.sub(" ", gap))
    if len(words) > MAX_GAP_WORDS or OTHER_LABEL.search(gap):
        return False
    names_allowed = False  # a name only after "van", "of", "von", "de" ...: "SSN of Mary Smith is"
    for w in words:
        word = w.lower().rstrip(".")
        if word in FILLER:
            names_allowed = names_allowed or word in _BEFORE_NAME
        elif not (names_allowed and NAME_WORD.fullmatch(w)):
            return False
    return True


def reads_as_date(digits: str) -> bool:
    """Eight digits that are a calendar date, year first or last (20240115, 15012024)."""
    if len(digits) != 8 or not digits.isdigit():
        return False
    for year, month, day in ((digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2])):
        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError:
            continue
        if 1900 <= int(year) <= 2100:
            return True
    return False


@dataclass
class Candidate:
    """A value that passed its check, and the label that makes it count (None: no label)."""

    start: int
    end: int
    pattern: Pattern
    label: str | None = None


class NationalIdRecognizer(LocalRecognizer):
    """Base of the national identifier recognizers.

    A subclass names its entity type, its PATTERNS (a pattern's score is what a value of that
    notation scores without a label; 0 means it never counts without one), its CONTEXT (label
    words), and checks a value in `validate_result`; `accept` may add rules that need the text.
    LABELLED_SCORE is what a value with a label scores (CHECKED_LABELLED_SCORE for numbers
    with a check digit).
    """

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
    CONTEXT: ClassVar[list[str]]
    LABELLED_SCORE: ClassVar[float] = LABELLED_SCORE
    # The fewest decimal digits any match of PATTERNS holds (at most 16): a text with fewer
    # holds no candidate, and without a candidate nothing is found, label or not.
    MIN_DIGITS: ClassVar[int] = 1
    # A check digit or key of its own: a bare "ID" before such a value ("Patient ID (FR): 1 79
    # 02 97 209 661 44") names an identifier, maybe this one, not another kind of number.
    CHECKED: ClassVar[bool] = False
    # A check that few other numbers pass (a check digit and a date or a digit rule): a value the
    # paragraph names by its label further up counts too ("Welke van deze Steuer-IDs heb ik al
    # verwerkt? 47389025129, 46 020 019 871"), unless another kind's label stands right before it.
    PARAGRAPH_LABEL: ClassVar[bool] = False

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
            context=list(self.CONTEXT),
        )
        self._label = label_pattern(self.CONTEXT)
        self._label_parts = label_parts(self.CONTEXT)
        self._compiled = [(p, regex.compile(p.regex)) for p in self.PATTERNS]
        self._label_only = all(p.score <= 0 for p in self.PATTERNS)  # nothing counts without a label
        # some notations count without a label, most do not: look for the labels first
        self._few_count_bare = not self._label_only and any(p.score <= 0 for p in self.PATTERNS)

    def load(self) -> None:
        pass

    def validate_result(self, pattern_text: str) -> bool:
        """Whether the matched text is a valid identifier (checksum, ranges)."""
        raise NotImplementedError

    def accept(self, text: str, candidate: Candidate) -> bool:
        """A last word on a valid value, with its label known; every value by default."""
        return True

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities or not text or not digits_at_least(text, self.MIN_DIGITS):
            return []
        labels = None
        if self._label_only or self._few_count_bare:
            labels = self._labels(text)
            if not labels and self._label_only:
                return []  # nothing of this kind counts without a label, and there is none
        # Without a label only the notations that count bare need matching
        candidates = self._candidates(text, bare_only=self._few_count_bare and not labels)
        if not candidates:
            return []
        if labels is None:
            labels = self._labels(text)
        if labels:
            self._label_candidates(text, candidates, labels)
        out = []
        for c in candidates:
            score = self._score(text, c)
            if score > 0 and self.accept(text, c):
                meta = {**metadata(self), RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True}
                out.append(RecognizerResult(self.ENTITY, c.start, c.end, score, recognition_metadata=meta))
        return out

    def _labels(self, text: str) -> list[regex.Match[str]]:
        if not may_hold_a_label(text, self._label_parts):
            return []  # the label search tries every position; no word opening as a label rules it out
        return list(self._label.finditer(text))

    def _candidates(self, text: str, bare_only: bool = False) -> list[Candidate]:
        """Valid matches of every pattern (`bare_only`: of those that count without a label), the
        first pattern's first where two overlap."""
        out: list[Candidate] = []
        for pattern, compiled in self._compiled:
            if bare_only and pattern.score <= 0:
                continue
            taken = [(c.start, c.end) for c in out]  # sorted: one pattern's matches do not overlap
            # The matches first: the timeout guards the regex, not the checks done per match.
            for m in list(compiled.finditer(text, timeout=scan_timeout(text, 5))):
                start, end = m.start(), m.end()
                i = bisect_left(taken, (end, end))  # the spans starting before this one ends
                if (i and taken[i - 1][1] > start) or not self.validate_result(m.group()):
                    continue
                out.append(Candidate(start, end, pattern))
            out.sort(key=lambda c: c.start)
        return out

    def _label_candidates(self, text: str, candidates: list[Candidate], labels: list[regex.Match[str]]) -> None:
        """Give each candidate the label next to it or over its table column, then carry
        labels along lists ("SSNs: A, B en C"), one sweep right and one back."""
        columns = self._label_columns(text, labels)
        ends = [m.end() for m in labels]
        for c in candidates:
            near = bisect_left(ends, c.start - MAX_GAP) < bisect_right(ends, c.start)  # a label ends close before
            c.label = columns.get((c.start, c.end)) or self._label_near(text, c.start, c.end, near)
            if c.label is None and self.PARAGRAPH_LABEL:
                c.label = self._label_in_paragraph(text, c.start, labels, ends)
        joined = [_LIST_JOIN.fullmatch(text, a.end, b.start) is not None for a, b in pairwise(candidates)]
        for i in [*range(len(joined)), *reversed(range(len(joined)))]:
            a, b = candidates[i], candidates[i + 1]
            if joined[i] and (a.label is None) != (b.label is None):
                (a if a.label is None else b).label = a.label or b.label

    @staticmethod
    def _label_in_paragraph(text: str, start: int, labels: list[regex.Match[str]], ends: list[int]) -> str | None:
        """The last label before `start` in its paragraph (no blank line between, at most
        PARAGRAPH_REACH characters back), when no other kind's label stands right before the value."""
        i = bisect_right(ends, start) - 1
        if i < 0 or start - ends[i] > PARAGRAPH_REACH or _BLANK_LINE.search(text, ends[i], start):
            return None
        before = text[max(0, start - MAX_GAP) : start]
        if any(gap_reads_as_label(before[m.end() :]) for m in OTHER_LABEL.finditer(before)):
            return None
        return str(labels[i].group())

    def _label_near(self, text: str, start: int, end: int, before: bool) -> str | None:
        window_start = max(0, start - MAX_GAP - 40)
        for m in reversed(list(self._label.finditer(text, window_start, start)) if before else []):
            if gap_reads_as_label(text[m.end() : start]):
                return str(m.group())
        after = _AFTER.match(text, end)
        if after is not None:
            m = self._label.match(text, after.end())
            if m is not None:
                return str(m.group())
        return self._label_above(text, start, end)

    def _label_above(self, text: str, start: int, end: int) -> str | None:
        """The label of a value alone on its line, under a line that names it and ends in a colon
        ("my wife's social security number below, for the dependent coverage:\n\n069507458"), a
        blank line between allowed; not when the line names another kind of number too."""
        line = _line_above(text, start) if _ALONE_AFTER.match(text, end) is not None else None
        if line is None:
            return None
        labels = list(self._label.finditer(line))
        if not labels or OTHER_LABEL.search(line) is not None:
            return None
        return str(labels[-1].group())

    @staticmethod
    def _label_columns(text: str, labels: list[regex.Match[str]]) -> dict[tuple[int, int], str]:
        """(start, end) of each cell value in a column whose header is a label -> the header."""
        names = frozenset(column_name(m.group()) for m in labels)
        out: dict[tuple[int, int], str] = {}
        for start, end, column in table_cells(text, names):  # cells come without quotes and spaces
            out[(start, end)] = column
        return out

    def _score(self, text: str, c: Candidate) -> float:
        if c.label is not None:
            return self.LABELLED_SCORE
        if c.pattern.score <= 0:
            return 0.0
        before = text[max(0, c.start - MAX_GAP - 20) : c.start]
        other = [
            m
            for m in OTHER_LABEL.finditer(before)
            if gap_reads_as_label(before[m.end() :]) and not (self.CHECKED and m.group().lower() == "id")
        ]
        return min(c.pattern.score, BARE_SCORE) if other else c.pattern.score

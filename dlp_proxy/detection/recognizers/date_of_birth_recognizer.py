"""DATE_OF_BIRTH: a calendar date next to a birth word ("geboren op 12 maart 1985", "DOB 12/03/1985").

A date alone is not personal data ("de deadline is 12-03-2025"); only the birth context makes
it one, so a date without it is not reported at all. In a table (CSV export) the context is the
column's header ("naam;geboortedatum;iban"), however far above the date it stands.
"""

from __future__ import annotations

import datetime

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.names.name_scan import table_cells
from dlp_proxy.detection.regex_time import scan_timeout
from dlp_proxy.detection.results import metadata

SCORE = 0.85

MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "february", "feb", "febr"), 2),
    **dict.fromkeys(("maart", "march", "mar", "mrt"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("augustus", "august", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = regex.compile(
    r"(?i)(?<![\w/.-])(?:"
    r"(?P<d1>\d{1,2})(?P<s1>[-/.])(?P<m1>\d{1,2})(?P=s1)(?P<y1>\d{4}|\d{2})"  # 12-03-1985, 3/4/90
    r"|(?P<y2>\d{4})(?P<s2>[-/.])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2})"  # 1985-03-12
    rf"|(?P<d3>\d{{1,2}})(?:e|ste|de|st|nd|rd|th)?[ ](?:of[ ])?(?P<m3>{_MONTH})\.?,?[ ](?P<y3>\d{{4}})"
    rf"|(?P<d5>\d{{1,2}})(?P<s5>[-/])(?P<m5>{_MONTH})(?P=s5)(?P<y5>\d{{4}})"  # 17-Mar-1962
    rf"|(?P<m4>{_MONTH})\.?[ ](?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?[ ](?P<y4>\d{{4}})"  # March 12, 1985
    r")(?![\w/-]|[.:]\d)"
)
CONTEXT = regex.compile(
    r"(?i)(?<!\w)(?:geboren|geboortedatum|geboorte[- ]?datum|geb\.?(?:datum)?|date[ ]of[ ]birth|"
    r"birth[- ]?date|birthdate|birthday|verjaardag|born|dob|d\.o\.b\.?"
    # German and French, as Dutch and English prompts quote forms and letters in them
    r"|geburtsdatum|geburtstag|geb\.[ ]?am|date[ ]de[ ]naissance|n[ée]e?(?:\(e\))?[ ]le)(?!\w)"
    # the Belgian "°" for born, right before the date ("°17/04/1999", "° 3 mei 1950"); not a degree
    r"|(?<![\w°])°[ ]?(?=\d|\Z)"  # the window before a date ends at the date: there "\Z"
)
# Table headers of a date-of-birth column (compared as name_scan.column_name makes them).
BIRTH_COLUMNS = frozenset(
    {"geboortedatum", "geboorte datum", "geb.datum", "geb. datum", "geb datum", "geboren", "geboren op",
     "date of birth", "dateofbirth", "dob", "d.o.b.", "d.o.b", "birthdate", "birth date", "birthday",
     "born", "geb.", "geb", "geburtsdatum", "date de naissance", "date naissance"}
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# Every DATE holds four digits at least (d-m-yy, d month yyyy): a text with fewer has none.
_FOUR_DIGITS = regex.compile(r"\d(?:\D*+\d){3}")
BIRTH_COLUMN_HINT = regex.compile(r"(?i)geb|birth|dob|d\.o\.b|born|naissance")
# Between the birth word and the date: no sentence end, no other date, at most one line break.
_SENTENCE_END = regex.compile(r"[.!?;](?:\s|$)")
BEFORE, AFTER = 30, 25  # characters searched for the birth word before and after a date


def _valid(day: int, month: int, year: int) -> bool:
    """A real calendar date in the past: nobody is born in the future ("birthday party on ...")."""
    today = datetime.date.today()
    if year < 100:  # a two-digit year of birth: "3-4-90" is 1990, "3-4-05" is 2005
        year += 2000 if year <= today.year % 100 else 1900
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return False
    return 1880 <= year and date <= today


class DateOfBirthRecognizer(LocalRecognizer):
    """Dates in Dutch and English notations, reported only next to a birth context word."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["DATE_OF_BIRTH"],
            supported_language=supported_language,
            name="DateOfBirthRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "DATE_OF_BIRTH" not in entities or not text or _FOUR_DIGITS.search(text) is None:
            return []
        spans = [
            (m.start(), m.end())
            for m in list(DATE.finditer(text, timeout=scan_timeout(text, 5.0)))  # the timeout guards the regex alone
            if self._is_date(m) and self._has_context(text, m.start(), m.end())
        ]
        seen = set(spans)  # a set: a table of thousands of dates is as many lookups
        spans += [s for s in self._birth_column(text) if s not in seen]
        return [
            RecognizerResult("DATE_OF_BIRTH", s, e, SCORE, recognition_metadata=metadata(self))
            for s, e in sorted(spans)
        ]

    def _birth_column(self, text: str) -> list[tuple[int, int]]:
        """Dates in a table column headed by a birth word ("naam;geboortedatum;iban"): in a CSV
        export the header stands far from the values, out of reach of the word window."""
        if not BIRTH_COLUMN_HINT.search(text):
            return []
        out = []
        for start, end, _ in table_cells(text, BIRTH_COLUMNS):
            m = DATE.fullmatch(text, start, end)
            if m is not None and self._is_date(m):
                out.append((start, end))
        return out

    @staticmethod
    def _is_date(m: regex.Match[str]) -> bool:
        g = m.groupdict()
        if g["d1"]:
            day, month, year = int(g["d1"]), int(g["m1"]), int(g["y1"])
            # dd-mm-yyyy (Dutch, British) or mm/dd/yyyy (American): either reading will do.
            return _valid(day, month, year) or _valid(month, day, year)
        if g["y2"]:
            return len(g["y2"]) == 4 and _valid(int(g["d2"]), int(g["m2"]), int(g["y2"]))
        if g["d3"]:
            return _valid(int(g["d3"]), MONTHS[g["m3"].lower()], int(g["y3"]))
        if g["d5"]:
            return _valid(int(g["d5"]), MONTHS[g["m5"].lower()], int(g["y5"]))
        return _valid(int(g["d4"]), MONTHS[g["m4"].lower()], int(g["y4"]))

    @staticmethod
    def _has_context(text: str, start: int, end: int) -> bool:
        for lo, hi in ((max(0, start - BEFORE - 25), start), (end, min(len(text), end + AFTER))):
            for c in CONTEXT.finditer(text, lo, hi):
                between = text[c.end() : start] if hi == start else text[end : c.start()]
                if (
                    len(between) <= BEFORE
                    and between.count("\n") <= 1
                    and not _SENTENCE_END.search(between)
                    and not DATE.search(between)  # "DOB 12/03/1985, deadline 13/03/2025": the first only
                ):
                    return True
        return False

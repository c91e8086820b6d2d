"""PHONE_NUMBER: numbers as people write them in NL, BE, DE, the UK and the US/Canada, and E.164.

Presidio's phone recognizer lets libphonenumber find numbers in any run of digits, which
turns order-number tails ("2024-123456"), dates and KvK numbers into phone numbers. Here a
number must be written like one (dlp_proxy.detection.phone_notation: a `+` or `00`, a trunk
0, a US layout, an extension), and libphonenumber then judges it in the regions that
notation fits:

- valid (an assigned range) counts in every notation, except that ten US digits without
  punctuation (4155552671, 415 555 2671: order numbers, ids and timestamps look the same)
  also need a context word near them or must stand alone (not inside a longer run of
  letters and digits) in a text that is not Dutch, and eight bare digits (a KvK number)
  need a phone word;
- possible (the right length, the range not known to be assigned: drama numbers such as
  07700 900123, new or made-up ranges) counts when the notation says "phone" by itself
  (`+`, an extension, US punctuation, a grouped national number), or with a phone word
  (tel, bel, call, mobiel, ...) near a bare one.

Regions by notation: `+`/`00` international, a trunk 0 NL, BE, DE, GB (and FR), US layouts
US/Canada. A number counts when any region of its notation accepts it, so the language of
the text only matters where it decides between readings (the plain US digits above).
Dates, times, IBAN groups, amounts, quantities and numbers after another kind's label are
not phone numbers. An international candidate that swallowed a following group of digits
("+31 6 12345678 2024") is retried without it; a national one followed by more groups is
part of a longer run (an account or card number) and does not count.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.language import guess_language
from dlp_proxy.detection.names.name_scan import table_cells
from dlp_proxy.detection.phone_notation import (
    NOTATIONS,
    Evidence,
    Kind,
    belongs_to_something_else,
    digits,
    evidence,
    general_word_before,
    national_number_notation,
    phone_word_near,
    run_goes_on,
    separated,
    shape_is_telling,
    shorter,
    stands_alone,
)
from dlp_proxy.detection.regex_time import scan_timeout
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.span_index import SpanIndex

# Table columns of identifiers and numbers of other kinds: a number under such a header is not a
# phone number, however it dials ("name,ssn" over "Marcus Bell,045025519"). As column_name writes them.
ID_COLUMNS = frozenset(
    {"ssn", "social security number", "social security no", "social security", "bsn", "burgerservicenummer",
     "sofinummer", "sofi nummer", "nino", "ni number", "national insurance number", "rijksregisternummer",
     "insz", "steuer id", "steuerid", "steuernummer", "tax id", "tin", "ein", "iban", "account number",
     "rekeningnummer", "kvk", "kvk nummer", "vat", "vat number", "btw", "btw nummer", "ondernemingsnummer",
     "duns", "order", "order id", "order number", "ordernummer", "invoice", "invoice number", "factuurnummer",
     "customer id", "klantnummer", "employee id", "personeelsnummer", "passport", "passport number",
     "paspoortnummer", "license", "licence", "driver license", "driver licence", "license number",
     "licence number", "rijbewijsnummer", "nhs number", "nhs", "student id", "studentnummer", "policy number",
     "polisnummer", "case id", "ticket", "ticket id", "sku", "ean", "serial", "serial number"}
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
_ID_COLUMN_HINT = regex.compile(
    r"(?i)ssn|social|bsn|sofi|nino|insurance|rijksregister|insz|steuer|tax|tin|ein|iban|account|rekening|kvk|vat"
    r"|btw|ondernemings|duns|order|invoice|factuur|customer|klant|employee|personeel|pass|paspoort|licen|rijbewijs"
    r"|nhs|student|polic|polis|case|ticket|sku|ean|serial"
)

SCORE = 0.7  # valid: libphonenumber knows the range
POSSIBLE_SCORE = 0.6  # possible: the right length, in a notation (or with a word) that says "phone"
PATTERNS = [notation.pattern for notation in NOTATIONS]
CONTEXT = [
    "phone",
    "telephone",
    "tel",
    "telefoon",
    "telefoonnummer",
    "mobiel",
    "mobile",
    "bel",
    "bellen",
    "call",
    "nummer",
    "number",
    "gsm",
    "fax",
    "cell",
    "contact",
    "whatsapp",
    "bereikbaar",
]
_MIN_DIGITS = {Evidence.VALID: 8, Evidence.POSSIBLE: 9}
_MAX_NATIONAL_DIGITS = 12  # the trunk 0 and eleven more (German numbers are the longest)
# A number counts from eight digits on (_first_counting: digits(), str.isdigit): a text with
# fewer has none. Every str.isdigit character is in Nd or No; the regex finds eight in a few
# microseconds where counting them in Python takes twenty times as long.
_DIGIT, _OTHER = r"[\p{Nd}\p{No}]", r"[^\p{Nd}\p{No}]"
_EIGHT_DIGITS = regex.compile(rf"{_DIGIT}(?:{_OTHER}*+{_DIGIT}){{{_MIN_DIGITS[Evidence.VALID] - 1}}}")
# Characters either side of a plain US number read to tell a Dutch text from another.
_LANGUAGE_WINDOW = 200


def _score(text: str, start: int, number: str, kind: Kind, extension: bool, cut: bool) -> float | None:
    """The score of `number` at `start`, or None when it does not count as a phone number."""
    end = start + len(number)
    found = evidence(number, kind)
    count = digits(number)
    if found is Evidence.NONE or count < _MIN_DIGITS[found] or belongs_to_something_else(text, start, end):
        return None
    telling = shape_is_telling(number, kind, extension)
    if kind is Kind.NANP_BARE or (kind is Kind.NANP and not telling):
        return _plain_us(text, start, end, found)
    if found is Evidence.VALID and (telling or count >= 9 or separated(number)):
        return SCORE
    # Eight bare digits (a KvK number looks the same) need a phone word; so does a possible
    # number cut from a longer run of groups ("0746 1819 4640 26": the tail of an IBAN).
    if (telling and not cut) or phone_word_near(text, start, end):
        return SCORE if found is Evidence.VALID else POSSIBLE_SCORE
    return None


def _plain_us(text: str, start: int, end: int, found: Evidence) -> float | None:
    """Ten digits bare or between spaces: order numbers, ids and timestamps look the same.

    Valid for the US and either a context word near or standing alone (not inside a longer
    run of letters and digits) in text that is not Dutch; a possible number needs a phone word."""
    if phone_word_near(text, start, end):
        return SCORE if found is Evidence.VALID else POSSIBLE_SCORE
    if found is not Evidence.VALID:
        return None
    if general_word_before(text, start):
        return SCORE
    alone = digits(text[start:end]) == 10 and stands_alone(text, start, end)  # not 1 415 555 2671
    window = text[max(0, start - _LANGUAGE_WINDOW) : end + _LANGUAGE_WINDOW]
    return SCORE if alone and guess_language(window, default="en") != "nl" else None


def _first_counting(text: str, m: regex.Match[str], kind: Kind) -> tuple[int, float] | None:
    """(end, score) of the match, or of the longest prefix of its number that counts."""
    start = m.start("number")
    number, extension = m.group("number"), m.group("ext") is not None
    if kind is Kind.NATIONAL and (digits(number) > _MAX_NATIONAL_DIGITS or run_goes_on(text, m.end("number"))):
        return None  # longer than any national number: groups of an account or card number
    if national_number_notation(number):
        return None  # "05.05.09-112.78": a Belgian national number, not a phone or a cut of one
    while number and digits(number) >= _MIN_DIGITS[Evidence.VALID]:
        score = _score(text, start, number, kind, extension, cut=len(number) < len(m.group("number")))
        if score is not None:
            return (m.end() if extension else start + len(number)), score
        number, extension = shorter(number), False
    return None


class PhoneRecognizer(LocalRecognizer):
    """Phone numbers as written, each judged by libphonenumber in the regions its notation fits."""

    CONTEXT = CONTEXT

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["PHONE_NUMBER"],
            supported_language=supported_language,
            name="PhoneRecognizer",
            context=CONTEXT,
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PHONE_NUMBER" not in entities or _EIGHT_DIGITS.search(text) is None:
            return []
        spans: list[tuple[int, int, float]] = []
        for notation in NOTATIONS:
            # The matches first: the timeout guards the regex, not libphonenumber's work per match
            # (a megabyte of numbers takes seconds of that, which the detection timeout bounds).
            for m in list(notation.pattern.finditer(text, timeout=scan_timeout(text, 5))):
                counted = _first_counting(text, m, notation.kind)
                if counted is not None:
                    spans.append((m.start("number"), *counted))
        # Two notations may read one number (a `1-` prefix, a group more or less): keep the longest.
        # Kept spans do not overlap and come in order, so only the last can overlap the next.
        kept: list[tuple[int, int, float]] = []
        for start, end, score in sorted(spans, key=lambda s: (s[0], -s[1])):
            if not kept or start >= kept[-1][1]:
                kept.append((start, end, score))
        if kept and _ID_COLUMN_HINT.search(text):
            # a number in a table column headed "ssn", "iban", "order id": that column's kind
            cells = SpanIndex((s, e) for s, e, _ in table_cells(text, ID_COLUMNS))
            kept = [k for k in kept if not cells.overlaps(k[0], k[1])]
        return [self._result(start, end, score) for start, end, score in kept]

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "PHONE_NUMBER",
            start,
            end,
            score,
            analysis_explanation=self._explain(score),
            recognition_metadata=metadata(self),
        )

    def _explain(self, score: float) -> Any:
        how = "valid number" if score >= SCORE else "possible number in a phone notation"
        return AnalysisExplanation(
            recognizer=self.name, original_score=score, textual_explanation=f"{how} (libphonenumber)"
        )

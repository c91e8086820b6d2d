"""US_SSN: the US social security number (area-group-serial), with the ranges never issued rejected."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern
from stdnum.nl import bsn

from dlp_proxy.detection.national_id import Candidate, NationalIdRecognizer

# Numbers printed in advertisements and used by thousands (python-stdnum's list for us.ssn).
ADVERTISED = frozenset({"078051120", "219099999", "457555462"})
# The words that make a nine-digit number a BSN (the NL_BSN recognizer's).
_BSN_WORDS = regex.compile(r"(?i)(?<!\p{L})(?:bsn|burgerservicenummer|sofi-?nummer|citizen service number)")


# "TIN" in capitals right before a number: a US taxpayer identification number, for a person the
# SSN. Matched with case, unlike the labels above: "a tin of 536904399" is no SSN.
_TIN_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])TIN[ \t]*+[:#]?[ \t]*+$")

# The text asked last and its answer: every candidate of a scan asks about the same text, and a
# search per candidate would make a long list of numbers quadratic.
_last_asked: tuple[str, bool] = ("", False)


def _has_bsn_word(text: str) -> bool:
    global _last_asked
    last = _last_asked
    if last[0] is not text:
        _last_asked = last = (text, _BSN_WORDS.search(text) is not None)
    return last[1]


class UsSsnRecognizer(NationalIdRecognizer):
    """123-45-6789 and 123 45 6789 count on their own; nine plain digits, 123.45.6789, a
    misplaced dash (12345-6789, 123-456789) and mixed separators need a label
    ("SSN#123-45-6789", "ssn:123456789", "SS No.", "soc. sec. number"). A masked number
    (xxx-xx-6789, ***-**-6789) is not one: the last four digits alone identify no one and the
    writer has already masked it.

    An SSN has no check digit, so the ranges carry the check, the rules of python-stdnum's
    us.ssn written out (its validate cleans the text first, which costs more than the rules
    themselves in a log full of nine-digit numbers): area 000 and 666, 900-999 unless an SSN
    label says it is one (never issued as an SSN, but an employee who calls it an SSN means
    one: masking it costs nothing; 987-65-432x is the advertising range), group 00, serial 0000
    and the numbers that were
    printed in advertisements (078-05-1120 on a wallet insert, 219-09-9999, 457-55-5462).
    123-45-6789 is not on that list: it is what people type as an SSN, and masking it costs
    nothing.

    Nine digits that pass the Dutch eleven-test (one SSN in eleven does) belong to the NL_BSN
    recognizer first where the text is about a BSN. In the SSN's own layout (123-45-6789,
    123 45 6789; a BSN is written 123456782, 1234.56.782 or 123 456 782) such a number counts
    as an SSN in a text without a BSN word, and with an SSN label and dashes anywhere;
    plain or dotted it counts only with an SSN label, in a text without a BSN word. An
    employee writing "SSN: 111222333" about a BSN still has it masked. (Next to a BSN word the
    NL_BSN recognizer masks such a number in any notation.) Before this, an unlabelled
    "111-22-2333" was left to NL_BSN, which needs a BSN word: it was masked by no one.
    """

    ENTITY = "US_SSN"
    MIN_DIGITS = 9  # the fewest digits of any notation below
    PATTERNS = [
        # Above a phone number's score: 3-2-4 with dashes is the SSN's own layout, also with a
        # leading 0 (area 001-099), which a phone recognizer may read as a Belgian number.
        Pattern("ssn_dashed", r"(?<![\w\-./])\d{3}-\d{2}-\d{4}(?![\w\-]|[./]\d)", 0.75),
        Pattern("ssn_spaced", r"(?<![\w\-./]|\d )\d{3} \d{2} \d{4}(?![\w\-]| \d|[./]\d)", 0.5),
        Pattern("ssn_plain", r"(?<![\w\-]|\d[.,])\d{9}(?![\w\-]|[.,]\d)", 0.3),
        # 123.45.6789: also a shape of other codes, so only with a label.
        Pattern("ssn_dotted", r"(?<![\w\-./])\d{3}\.\d{2}\.\d{4}(?![\w\-]|[./]\d)", 0.0),
        # 12345-6789 and 123-456789 (a dash misplaced or dropped): a ZIP+4 or an order number
        # without a label, so only with one.
        Pattern("ssn_5_4", r"(?<![\w\-./])\d{5}-\d{4}(?![\w\-]|[./]\d)", 0.0),
        Pattern("ssn_3_6", r"(?<![\w\-./])\d{3}-\d{6}(?![\w\-]|[./]\d)", 0.0),
        # 3-2-4 with two kinds of separator ("536-22 4139"): only with a label.
        Pattern("ssn_mixed", r"(?<![\w\-./])\d{3}([- .])\d{2}(?!\1)[- .]\d{4}(?![\w\-]|[./]\d)", 0.0),
    ]
    CONTEXT = [
        "ssn",
        "s.s.n.",  # "S.S.N.: 536904399"
        "ss#",
        "ss no.",
        "ss nr.",
        "ss number",
        "s.s. no.",  # "S.S. No. ........ 068896391" on a claim form
        "s.s. nr.",
        "s.s. number",
        "social security num",
        "soc. sec. number",
        "social security number",
        "social security no.",
        "social security nr.",
        "social security",
        "social",  # "Social: 123456789" in an employee record
        # an individual's US taxpayer identification number is the SSN (or an ITIN); not "TIN"
        # alone, which matching without case would find in "a tin of 123456789"
        "itin",
        "taxpayer id",
        "taxpayer identification number",
        # a tax id in the SSN's own layout (3-2-4) is the person's SSN or ITIN; an employer's EIN
        # is written 12-3456789
        "tax id",
        "tax identification number",
        "tax number",
        "soc. sec. no.",
        "soc. sec.",
        "sociale-zekerheidsnummer",
        "sociaal-zekerheidsnummer",
        "social-securitynummer",
    ]

    def validate_result(self, pattern_text: str) -> bool:
        digits = pattern_text.replace("-", "").replace(" ", "").replace(".", "")
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        return (
            area not in ("000", "666")
            and group != "00"
            and serial != "0000"
            and digits not in ADVERTISED
            and not digits.startswith("98765432")  # the advertising range 987-65-4320 to -4329
            and len(set(digits)) > 1
        )

    def _score(self, text: str, c: Candidate) -> float:
        if c.label is None and _TIN_BEFORE.search(text, max(0, c.start - 16), c.start):
            c.label = "TIN"  # "TIN 457569757": the abbreviation in capitals, right before
        return super()._score(text, c)

    def accept(self, text: str, candidate: Candidate) -> bool:
        value = text[candidate.start : candidate.end]
        if value[0] == "9" and candidate.label is None:  # 9xx is never issued: only a labelled one counts
            return False
        if bsn.checksum(value.replace("-", "").replace(" ", "").replace(".", "")) != 0:  # not a BSN (eleven-test)
            return True
        if candidate.label is not None and "-" in value:
            return True
        if candidate.label is None and "-" not in value and " " not in value:
            return False  # nine plain digits or dotted: a BSN's notations
        return not _has_bsn_word(text)

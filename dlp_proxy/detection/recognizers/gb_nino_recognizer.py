"""UK_NINO: the UK National Insurance number (AB 12 34 56 C), checked against HMRC's prefix rules."""

from __future__ import annotations

from presidio_analyzer import Pattern

from dlp_proxy.detection.national_id import NationalIdRecognizer

# Prefixes HMRC never allocates (python-stdnum has no NINO module, so the rules are here).
_NOT_ALLOCATED = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_FIRST = "ABCEGHJKLMNOPRSTWXYZ"  # not D F I Q U V
_SECOND = "ABCEGHJKLMNPRSTWXYZ"  # not D F I O Q U V


class GbNinoRecognizer(NationalIdRecognizer):
    """Two prefix letters, six digits, a suffix A-D.

    In capitals it counts on its own: in pairs ("AB 12 34 56 C", the notation on HMRC letters
    and payslips, or "AB-12-34-56-C"), "AB 123456 C", and compact ("AB123456C") when no other
    number's label stands before it ("Ticket AB123456C" is a reference code). Compact it scores
    just at the default threshold, below the pairs notation. Lower case ("ab 12 34 56 c"),
    mixed groupings ("AB12 34 56C") and the number without its suffix letter ("AB123456",
    as older payroll records keep it) need a label (NI number, NI no., N.I., NINO, National
    Insurance, insurance number, NI-nummer). The number has no check digit: the prefix rules
    and the suffix A-D are the check. QQ 12 34 56 C, HMRC's own example, fails them (Q is
    never a first letter).
    """

    ENTITY = "UK_NINO"
    MIN_DIGITS = 6  # the fewest digits of any notation below
    PATTERNS = [
        Pattern("nino_pairs", r"(?<![\w\-])[A-Z]{2}([ \-])\d{2}\1\d{2}\1\d{2}\1[A-D](?![\w\-])", 0.6),
        Pattern("nino_spaced", r"(?<![\w\-])[A-Z]{2} \d{6} [A-D](?![\w\-])", 0.6),
        Pattern("nino_compact", r"(?<![\w\-])[A-Z]{2}\d{6}[A-D](?![\w\-])", 0.5),
        # Any case, any grouping, the suffix left out: only with a label.
        Pattern(
            "nino_loose",
            r"(?i)(?<![\w\-])[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}(?:[ \-]?[A-D])?(?![\w\-]|[ \-][A-Z](?!\w))",
            0.0,
        ),
    ]
    CONTEXT = [
        "national insurance number",
        "national insurance no.",
        "national insurance nr.",
        "national insurance",
        "nat. ins. no.",
        "ni number",
        "ni num",
        "ni no.",
        "ni nr.",
        "n.i.",
        "n.i. number",
        "n.i. no.",
        "national insurance num",
        "insurance number",
        "insurance no.",
        "ni-nummer",
        "nino",
        "national insurance-nummer",
    ]

    def validate_result(self, pattern_text: str) -> bool:
        prefix = pattern_text[:2].upper()
        return prefix[0] in _FIRST and prefix[1] in _SECOND and prefix not in _NOT_ALLOCATED

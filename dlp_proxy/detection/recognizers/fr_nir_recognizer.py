"""FR_NIR: the French social security number (numéro de sécurité sociale, NIR), key checked."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.fr import nir

from dlp_proxy.detection.national_id import CHECKED_LABELLED_SCORE, NationalIdRecognizer

# Sex (1, 2; 3, 7, 8 for provisional numbers), year, month (01-12; 20 and 30-42, 50-99 where
# the month is unknown), department (2A and 2B: Corsica), commune, order, key.
_MONTH = r"(?:0[1-9]|1[0-2]|20|3\d|4[0-2]|[5-9]\d)"
_DEPARTMENT = r"(?:\d{2}|2[AB])"
_SPACED = rf"[12378] \d{{2}} {_MONTH} {_DEPARTMENT} \d{{3}} \d{{3}}(?: | ?[\-/] ?)\d{{2}}"
_COMPACT = rf"[12378]\d{{2}}{_MONTH}{_DEPARTMENT}\d{{6}}(?: | ?[\-/] ?)?\d{{2}}"
# The same fields with one separator throughout: dashes, dots or spaces, the order number maybe
# in one piece (1-85-07-75-123-456-08, 1.85.07.75.123.456.08, 1 85 07 75 123456 08).
_S = r"(?P<s>[ .\-])"  # the one separator; (?P=s) for each of the others
_GROUPED = rf"[12378]{_S}\d{{2}}(?P=s){_MONTH}(?P=s){_DEPARTMENT}(?P=s)\d{{3}}(?P=s)?\d{{3}}(?:(?P=s)| ?[\-/] ?)\d{{2}}"
# Any other grouping (185 07 75 123 456 08): only with a label.
_LOOSE = (
    rf"[12378][ .\-]?\d{{2}}[ .\-]?{_MONTH}[ .\-]?{_DEPARTMENT}[ .\-]?\d{{3}}[ .\-]?\d{{3}}(?:[ .\-]| ?[\-/] ?)?\d{{2}}"
)
# The thirteen digits without the key, as some forms ask for them: only with a label.
_NO_KEY = rf"[12378] ?\d{{2}} ?{_MONTH} ?{_DEPARTMENT} ?\d{{3}} ?\d{{3}}"


class FrNirRecognizer(NationalIdRecognizer):
    """Thirteen characters and a two-digit key, as on the carte Vitale (1 85 07 75 123 456 08)
    or compact (185077512345608, 1850775123456 08), or with one separator throughout (dashes,
    dots: 1-85-07-75-123-456-08, 1.85.07.75.123.456.08; the order number in one piece).

    The key is 97 minus the first thirteen digits mod 97 (python-stdnum; for Corsica 2A counts
    as 19 and 2B as 18), also after a dash or slash (1850775123456-08). The spaced notation
    and one-separator notations count on their own, and so do the fifteen digits written compact
    (185077512345608, 1850775123456 08: fields and key check; another number's label before
    them, "order", "tel", demotes them). Any other grouping (185 07 75 123 456 08) needs a
    label (numéro de sécurité sociale, NIR, n° SS, sécu, NSS, n° INSEE, carte Vitale, social
    security number (France), Frans sofinummer, Franse BSN), and so do the thirteen digits
    without the key, which have no check beyond their fields (sex, month, department).
    """

    ENTITY = "FR_NIR"
    LABELLED_SCORE = CHECKED_LABELLED_SCORE
    CHECKED = True
    MIN_DIGITS = 12  # the fewest digits of any notation below
    PATTERNS = [
        Pattern("nir_spaced", rf"(?<![\w\-.]|\d ){_SPACED}(?![\w\-]| \d|[.,]\d)", 0.6),
        # Fifteen digits whose fields and key check (about one random number in 250 would):
        # surer than a card number's Luhn digit, so it counts alone like one.
        Pattern("nir_compact", rf"(?<![\w\-]|\d[.,]){_COMPACT}(?![\w\-]| \d|[.,]\d)", 0.5),
        Pattern("nir_grouped", rf"(?<![\w\-.]|\d ){_GROUPED}(?![\w\-]| \d|[.,]\d)", 0.6),
        Pattern("nir_loose", rf"(?<![\w\-.]|\d[ .,]){_LOOSE}(?![\w\-]| \d|[.,]\d)", 0.3),
        Pattern("nir_no_key", rf"(?<![\w\-.]|\d[ .,]){_NO_KEY}(?![\w\-]| \d|[.,/]\d)", 0.0),
    ]
    CONTEXT = [
        "nir",
        "numéro de sécurité sociale",
        "numero de securite sociale",
        "n° de sécurité sociale",
        "n° sécu",
        "n° de sécu",
        "numéro de sécu",
        "numéro sécu",
        "sécu",
        "secu",
        "n° ss",
        "no ss",
        "numéro ss",
        "nss",
        "sécurité sociale",
        "securite sociale",
        "numéro insee",
        "n° insee",
        "insee",
        "carte vitale",
        "french social security number",
        "social security number",
        "frans sofinummer",
        "franse sofinummer",
        "frans bsn",
        "franse bsn",
        "frans burgerservicenummer",
        "franse sociale-zekerheidsnummer",
        "sociale-zekerheidsnummer",
    ]

    def validate_result(self, pattern_text: str) -> bool:
        compact = "".join(c for c in pattern_text if c.isalnum())
        if len(compact) == 13:  # no key: the fields are the check
            return True
        return bool(nir.is_valid(compact))

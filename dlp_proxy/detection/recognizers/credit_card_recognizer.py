"""CREDIT_CARD: 13-19 digit card numbers with a known prefix that pass the Luhn check."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern
from stdnum import luhn

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer

# The issuers whose cards have 15 digits: American Express (34, 37), JCB's old range (2131) and
# Diners Club enRoute (2014, 2149). Other 15-digit runs that pass Luhn are identifiers: a French
# NIR ("277110810530801") or a phone's IMEI (35...).
_FIFTEEN_DIGIT_PREFIXES = ("34", "37", "2131", "2014", "2149")


_CARD_WORD = regex.compile(
    r"\b(?:card|creditcard|credit card|kaart|kaartnummer|visa|mastercard|amex|betaalpas|pan)\b", regex.IGNORECASE
)


class CreditCardRecognizer(HintedPatternRecognizer):
    """Payment card numbers (Visa, Mastercard, Amex, Maestro, Discover, ...)."""

    # Issuer prefixes 2-6 (Mastercard 2-series, Amex 3, Visa 4, MC 5, Discover/Maestro 6).
    # One pattern per printed layout, each ending where its layout ends: a single pattern
    # with optional trailing groups swallowed what follows a number ("4111 1111 1111 1111
    # 12/27", or the CVC), and the longer run of digits then failed the Luhn check.
    PATTERNS = [
        Pattern("card", r"(?<![\d-])[2-6]\d{12,18}(?![\d-])", 0.5),
        # 4-4-4-4 and 4-4-4-4-3 (19 digits), one separator throughout.
        Pattern("card_grouped", r"(?<![\d-])[2-6]\d{3}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)", 0.5),
        Pattern("card_grouped_19", r"(?<![\d-])[2-6]\d{3}([ -])\d{4}\1\d{4}\1\d{4}\1\d{3}(?!\d)", 0.5),
        # American Express as printed on the card: 4-6-5 digits.
        Pattern("amex_grouped", r"(?<![\d-])3[47]\d{2}([ -])\d{6}\1\d{5}(?!\d)", 0.5),
        # A card with its expiry (MMYY) and perhaps its CVC glued on: 20 to 23 digits. Too long for
        # a card; it counts only next to a card word ("kaart 41111111111111110928").
        Pattern("card_glued", r"(?<![\d-])[2-6]\d{19,22}(?![\d-])", 0.3),
    ]
    CONTEXT = ["card", "creditcard", "credit card", "kaart", "visa", "mastercard", "amex", "betaalpas"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="CREDIT_CARD",
            name="CreditCardRecognizer",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def gate_ok(self, pattern: Pattern, text: str) -> bool:
        """A glued card counts only in a text that speaks of a card."""
        return pattern.name != "card_glued" or _CARD_WORD.search(text) is not None

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(c for c in pattern_text if c.isdigit())
        if len(digits) > 19:
            return any(self.validate_result(digits[: -len(tail)]) for tail in _glued_tails(digits))
        if len(digits) == 15 and not digits.startswith(_FIFTEEN_DIGIT_PREFIXES):
            return False  # a French NIR or an IMEI, not a card: 15-digit cards are Amex, JCB or enRoute
        return 13 <= len(digits) <= 19 and luhn.is_valid(digits) and len(set(digits)) > 1


def _glued_tails(digits: str) -> list[str]:
    """What may be glued after a card: its expiry (MMYY), or its expiry and a 3- or 4-digit CVC."""
    tails = []
    for cvc in (0, 3, 4):
        tail = digits[len(digits) - 4 - cvc :]
        if 13 <= len(digits) - len(tail) <= 19 and 1 <= int(tail[:2]) <= 12:
            tails.append(tail)
    return tails

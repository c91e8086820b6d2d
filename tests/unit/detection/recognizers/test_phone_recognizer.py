"""PhoneRecognizer: Dutch and international numbers in the notations people type."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.phone_recognizer import PhoneRecognizer
from dlp_proxy.policy import Policy

RECOGNIZER = PhoneRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["PHONE_NUMBER"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch mobile
        ("bel +31 6 12345678", ["+31 6 12345678"]),
        ("bel 06-12345678", ["06-12345678"]),
        ("bel 06 12345678", ["06 12345678"]),
        ("bel 0612345678", ["0612345678"]),
        ("bel 0031 6 12345678", ["0031 6 12345678"]),
        # Dutch landline
        ("bel 020 123 4567", ["020 123 4567"]),
        ("bel 020-1234567", ["020-1234567"]),
        ("bel +31 20 123 4567", ["+31 20 123 4567"]),
        ("bel 0031201234567", ["0031201234567"]),
        # international
        ("call +44 20 7946 0958", ["+44 20 7946 0958"]),
        ("Tel. 06-12345678 of 020 123 4567.", ["06-12345678", "020 123 4567"]),
        # not phone numbers
        ("versie 1.2.3", []),
        ("postcode 12345", []),
        ("datum 2024-01-15", []),
        ("bedrag 1.234.567,89", []),
    ],
)
def test_when_text_holds_a_number_then_only_valid_phone_numbers_are_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_number_is_found_then_it_clears_the_default_policy_threshold(policy: Policy) -> None:
    [result] = RECOGNIZER.analyze("bel 06-12345678", ["PHONE_NUMBER"])
    assert result.score >= policy.thresholds["PHONE_NUMBER"]

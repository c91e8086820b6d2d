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
    assert result.score >= policy.thresholds.get("PHONE_NUMBER", policy.default_threshold)


@pytest.mark.parametrize(
    "text",
    [
        "order 2024-123456 is verzonden",
        "geboren 12-03-1985",
        "KvK 12345678",
        "server (194.220.151.12) reageert niet",
        "datum 2024-03-12",
        "tijd 10:30-12:00",
        "postgres://u:p@db:5432/x",
    ],
)
def test_when_digits_only_look_like_a_phone_number_then_nothing_is_found(text: str) -> None:
    assert [text[r.start : r.end] for r in PhoneRecognizer().analyze(text, ["PHONE_NUMBER"])] == []


@pytest.mark.parametrize(
    ("text", "number"),
    [("bel +31 6 12345678 2024 graag", "+31 6 12345678"), ("Call 646-702-7286 today", "646-702-7286")],
)
def test_when_a_valid_number_is_followed_by_digits_then_only_the_number_is_found(text: str, number: str) -> None:
    assert [text[r.start : r.end] for r in PhoneRecognizer().analyze(text, ["PHONE_NUMBER"])] == [number]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medewerkers krijgen vóór 06-05-2026 een training", []),  # a date is a valid mobile number
        ("Is NL17 ABNA 0692 0055 27 een geldig IBAN?", []),  # a group of an (invalid) IBAN
        ("KvK 07044856, btw NL791556929B04", []),
        ("ordernummer: 0612345678", []),
        ("our driver will call 07486 256777.", ["07486 256777"]),
        ("our driver will call +44 (0)7780 528241.", ["+44 (0)7780 528241"]),
        ("bel Piet (06-12345678)", ["06-12345678"]),
    ],
)
def test_labels_and_dates_before_a_number_decide(text: str, expected: list[str]) -> None:
    assert [text[r.start : r.end] for r in PhoneRecognizer().analyze(text, ["PHONE_NUMBER"])] == expected

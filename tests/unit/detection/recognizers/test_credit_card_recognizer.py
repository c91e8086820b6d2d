"""CreditCardRecognizer: 13-19 digit card numbers with a card prefix that pass Luhn."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.credit_card_recognizer import CreditCardRecognizer

RECOGNIZER = CreditCardRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["CREDIT_CARD"])]


@pytest.mark.parametrize(
    ("valid", "fails_luhn"),
    [
        ("4111111111111111", "4111111111111112"),  # Visa
        ("4111 1111 1111 1111", "4111 1111 1111 1112"),
        ("4111-1111-1111-1111", "4111-1111-1111-1121"),
        ("5555555555554444", "5555555555554445"),  # Mastercard
        ("5555 5555 5555 4444", "5555 5555 5555 4454"),
        ("2223003122003222", "2223003122003223"),  # Mastercard 2-series
        ("378282246310005", "378282246310006"),  # Amex
        ("3782 822463 10005", "3782 822463 10006"),  # Amex as printed: 4-6-5
        ("6011111111111117", "6011111111111118"),  # Discover
        ("4222222222222", "4222222222223"),  # 13-digit Visa
        ("6221261234567890129", "6221261234567890120"),  # 19-digit UnionPay
        ("6221 2612 3456 7890 129", "6221 2612 3456 7890 120"),
    ],
)
def test_when_card_number_passes_luhn_then_found_and_when_it_fails_then_no_finding(valid: str, fails_luhn: str) -> None:
    assert found(f"kaart {valid} graag") == [valid]
    assert found(f"kaart {fails_luhn} graag") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Betaald met 4111 1111 1111 1111, vervalt 12/27.", ["4111 1111 1111 1111"]),
        # what follows a number is not part of it: expiry date, CVC, a year
        ("kaart 4111 1111 1111 1111 12/27 cvc 123", ["4111 1111 1111 1111"]),
        ("kaart 4111111111111111 12/27", ["4111111111111111"]),
        ("kaart 4111 1111 1111 1111 123", ["4111 1111 1111 1111"]),
        ("5555-5555-5555-4444 2027", ["5555-5555-5555-4444"]),
        ("4444444444444444", []),  # passes Luhn, but one repeated digit is a placeholder
        ("1234567812345670", []),  # passes Luhn, but no card issuer starts with 1
        ("NIR 277110810530801", []),  # 15 digits passing Luhn, but no 15-digit card starts with 27
        ("IMEI 356938035643809", []),  # a phone's IMEI passes Luhn too
        ("JCB 213112345678904", ["213112345678904"]),  # JCB's 15-digit range
        ("ordernummer 41111111111111110000001", []),  # part of a longer number
        ("tel 06-12345678", []),
        ("4111 1111", []),
    ],
)
def test_when_text_holds_card_like_numbers_then_only_card_numbers_are_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_card_number_is_valid_then_it_scores_as_validated() -> None:
    [result] = RECOGNIZER.analyze("4111111111111111", ["CREDIT_CARD"])
    assert result.score == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "kaart 41111111111111110928 cvc 123",  # expiry glued on
        "card: 41111111111111110928123",  # expiry and CVC glued on
        "Visa 55555555555544441228",
        "Amex 37828224631000509271234",  # 15 digits, an expiry and a 4-digit CVC
    ],
)
def test_a_card_with_its_expiry_glued_on_is_found_next_to_a_card_word(text: str) -> None:
    (value,) = found(text)
    assert value.isdigit() and len(value) > 19


@pytest.mark.parametrize(
    "text",
    [
        "order 41111111111111110928 shipped",  # no card word
        "kaart 41111111111111111328",  # month 13
        "kaart 41111111111111120928",  # the card part fails Luhn
        "kaart 12345678901234567890",  # no issuer
        "kaart 4111111111111111092812345",  # too long for card, expiry and CVC
    ],
)
def test_a_long_number_is_no_glued_card_without_a_card_word_a_valid_card_and_expiry(text: str) -> None:
    assert found(text) == []

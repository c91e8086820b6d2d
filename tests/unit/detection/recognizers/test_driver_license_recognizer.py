"""DRIVER_LICENSE: only after a licence word; the UK notation, dashed US numbers, no categories or dates."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.driver_license_recognizer import DriverLicenseRecognizer

R = DriverLicenseRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["DRIVER_LICENSE"]) if r.score >= THRESHOLD]


@pytest.mark.parametrize(
    ("with_label", "without"),
    [
        ("Rijbewijsnummer: 5012345678", "Klantnummer: 5012345678"),  # Dutch: ten digits
        ("driving licence MORGA657054SM9IJ", "MORGA657054SM9IJ"),  # UK
        ("Driver's license: S123-456-78-901-0", "Part S123-456-78-901-0"),  # Florida
        ("Führerschein B072RRE2I55", "Seriennummer B072RRE2I55"),  # Germany
        ("permis de conduire 123456789012", "commande 123456789012"),
    ],
)
def test_a_number_counts_only_after_a_licence_word(with_label: str, without: str) -> None:
    value = with_label.split()[-1]
    assert found(with_label) == [value]
    assert found(without) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het rijbewijsnummer van de chauffeur is 5012345678.", ["5012345678"]),
        ("drivers license number D1234567", ["D1234567"]),
        ("UK driving licence no. MORGA 657054 SM9IJ", ["MORGA 657054 SM9IJ"]),
        ("Naam;Rijbewijsnummer\nJan Jansen;5012345678", ["5012345678"]),
        # ... and what is not a licence number
        ("Rijbewijs B", []),  # a category
        ("rijbewijs B sinds 2015", []),
        ("rijbewijs geldig tot 2031-05-01", []),
        ("rijbewijs: 2031-05-01", []),  # a date
        ("rijbewijs 01-05-2031", []),
        ("driving licence 123", []),  # too short
        ("driving licence ABCDEFGH", []),  # no digit
        ("rijbewijs gehaald, bel 0612345678", []),
    ],
)
def test_when_a_licence_word_stands_near_a_code_then_only_the_licence_number_counts(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

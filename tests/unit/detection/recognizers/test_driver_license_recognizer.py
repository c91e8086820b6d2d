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
        ("DL: D1234567", ["D1234567"]),  # California
        ("DL# 746970267", ["746970267"]),  # New York
        ("DL#S123-456-78-901-0", ["S123-456-78-901-0"]),
        ("DL No. X164-5809-8890", ["X164-5809-8890"]),  # Illinois
        ("DLN: 46970267", ["46970267"]),
        ("CA DL MORGA657054SM9IJ", ["MORGA657054SM9IJ"]),
        ("License No. G8835 87152 92729", ["G8835 87152 92729"]),  # New Jersey, in groups
        ("license number B072RRE2I55", ["B072RRE2I55"]),  # Germany
        ("Drivers Lic #: X846125768510", ["X846125768510"]),
        ("Driver's Lic. D1234567", ["D1234567"]),
        ("Driver's license (CA): D1234567", ["D1234567"]),  # a qualifier in brackets
        ("Het rijbewijs van Lukas Becker heeft nummer 5012345678.", ["5012345678"]),
        ("name,dl_number\nPriya Patel,D1234567", ["D1234567"]),
        ("permis de conduire n° 123456789012", ["123456789012"]),
        # ... and what is not a licence number
        ("Rijbewijs B", []),  # a category
        ("rijbewijs B sinds 2015", []),
        ("rijbewijs geldig tot 2031-05-01", []),
        ("rijbewijs: 2031-05-01", []),  # a date
        ("rijbewijs 01-05-2031", []),
        ("driving licence 123", []),  # too short
        ("driving licence ABCDEFGH", []),  # no digit
        ("rijbewijs gehaald, bel 0612345678", []),
        ("Download DL1234567 from the portal", []),  # glued: a file name
        ("Send it to the DL: sales-team-2024", []),  # a distribution list
        ("Flight DL 1234 departs at 10:05", []),
        ("DL 2024-01-15 deadline", []),
        ("License key: ABCD-1234-EFGH-5678", []),  # a software key
        ("Windows license number XKCD-9F8E-7D6C-5B4A", []),  # a software key's shape after a weak label
        ("Software license no. 20240115", []),  # a date
        ("license ID LIC-2024-000123", []),
        ("Führerschein Klasse B seit 2010", []),
        ("licence fee 123456", []),
    ],
)
def test_when_a_licence_word_stands_near_a_code_then_only_the_licence_number_counts(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Stuart McKinnon | MCKIN601028SJ9FK | exp 02/2027", ["MCKIN601028SJ9FK"], id="holder-beside-it"),
        pytest.param(
            "sort by expiry:\nMORGA657054SM9IJ exp 2027\nJONES710238AB9XY exp 2029\n(licences of our drivers)",
            ["MORGA657054SM9IJ", "JONES710238AB9XY"],
            id="licence-named-elsewhere",
        ),
        pytest.param("Wei Li: LI999751302W99AB", ["LI999751302W99AB"], id="short-surname-padded-with-9s"),
        pytest.param("Sarah Morgan | MORGA 657054 SM9IJ", ["MORGA 657054 SM9IJ"], id="printed-groups"),
        # invalid: nothing names a licence and no surname matches, or the date is none
        pytest.param("order ABCDE123456FG1HJ shipped", [], id="serial-no-holder"),
        pytest.param("Stuart McKinnon | MCKIN613028SJ9FK", [], id="month-13"),
        pytest.param("Stuart McKinnon | MCKIN601328SJ9FK", [], id="day-32"),
        pytest.param("licence MCK9N601028SJ9FK", [], id="nine-inside-the-surname"),
        pytest.param("MORGA657054SM9IJ", [], id="alone"),
    ],
)
def test_when_a_uk_licence_has_no_label_then_its_date_and_holder_or_a_licence_word_decide(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

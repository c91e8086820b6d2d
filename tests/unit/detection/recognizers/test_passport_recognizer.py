"""PASSPORT_NUMBER: only after a passport word; the Dutch notation after a weaker word."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.passport_recognizer import PassportRecognizer

R = PassportRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["PASSPORT_NUMBER"]) if r.score >= THRESHOLD]


@pytest.mark.parametrize(
    ("with_label", "without"),
    [
        ("Paspoortnummer: NX4FJ8RK2", "Artikel NX4FJ8RK2"),  # Dutch notation: never on its own
        ("paspoort nr. SPECI2014", "Code SPECI2014"),
        ("Passport no. 123456789", "Batch 123456789"),  # US and UK: nine digits
        ("Reisepass C01X00T47", "Modell C01X00T47"),
        ("passport #X1234567", "ref #X1234567"),
        ("ID-kaart: IR4HB3JP1", "IR4HB3JP1"),
    ],
)
def test_a_number_counts_only_after_a_passport_word(with_label: str, without: str) -> None:
    value = with_label.split()[-1].lstrip("#")
    assert found(with_label) == [value]
    assert found(without) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het paspoortnummer van mevrouw Jansen is NX4FJ8RK2.", ["NX4FJ8RK2"]),
        ("documentnummer NX4FJ8RK2", ["NX4FJ8RK2"]),  # the Dutch notation after the weak word
        ("Naam;Paspoortnummer\nJan Jansen;NX4FJ8RK2\nPiet de Vries;BP8K2L7M4", ["NX4FJ8RK2", "BP8K2L7M4"]),
        ("Passport numbers: 123456789, 987654321", ["123456789", "987654321"]),
        ("Mijn paspoortnr. is GG7-WUF-336, hij verloopt", ["GG7-WUF-336"]),  # in groups with dashes
        # ... and what is not a passport number
        ("documentnummer 2024-0001234", []),  # a filing system's number after the weak word
        ("documentnummer DOC123456", []),  # not the Dutch notation
        ("paspoort geldig tot 20300115", []),  # a word between that is no part of the label
        ("passport 20300115", []),  # a date
        ("Passport photo 123456789", []),
        ("paspoort ABCDEFGHI", []),  # no digit
        ("paspoort X12", []),  # too short
        ("paspoort nx4fj8rk2", []),  # lower case
        ("paspoort 111111111", []),  # one digit throughout
        ("paspoort ok. Ordernummer AB1234567", []),  # another sentence, another label
        ("paspoort en BSN 111222333", []),
        ("passport no. 2024-03-15", []),  # digits in groups: a date, not a number in groups
        ("passport 1234-5678-9012", []),
        ("paspoort AB-CD-EF", []),  # no digit
    ],
)
def test_when_a_passport_word_stands_near_a_code_then_only_the_passport_number_counts(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

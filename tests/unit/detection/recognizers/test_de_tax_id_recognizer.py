"""DE_TAX_ID: ISO 7064 check, the repetition rule, and never without a label."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.de_tax_id_recognizer import DeTaxIdRecognizer

R = DeTaxIdRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["DE_TAX_ID"]) if r.score >= THRESHOLD]


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ("36574261809", "36574261808"),  # wrong check digit
        ("65929970489", "65929970488"),
        ("86095742719", "98765432106"),  # no digit repeated in the first ten
        ("11234567890", "11112345678"),  # a digit four times
        ("10123456781", "01234567896"),  # a leading 0
        ("36 574 261 809", "36 574 261 808"),  # as printed on the tax office's letter
    ],
)
def test_when_the_number_passes_iso7064_and_repetition_then_found_and_when_not_then_no_finding(
    valid: str, invalid: str
) -> None:
    assert found(f"Steuer-ID: {valid}") == [valid]
    assert found(f"Steuer-ID: {invalid}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Steueridentifikationsnummer 65 929 970 489", ["65 929 970 489"]),
        ("Die Steuer-ID des Mitarbeiters lautet 36574261809.", ["36574261809"]),
        ("IdNr. 86095742719", ["86095742719"]),
        ("His German tax ID is 36574261809", ["36574261809"]),
        ("Duits fiscaal nummer van Klaus Weber: 36574261809", ["36574261809"]),
        ("Name;Steuer-ID\nKlaus Weber;36574261809", ["36574261809"]),
        ("steuerliche ID 36574261809", ["36574261809"]),
        ("Zijn Duitse fiscale nummer is 36574261809.", ["36574261809"]),
        ("German tax number 36574261809", ["36574261809"]),
        ("tax number 36574261808", []),  # the check digit fails
        # ... never bare
        ("36574261809", []),
        ("Bestellnummer 36574261809", []),
        ("Rechnung 36574261809, Steuer-ID folgt", []),  # the label after, not in brackets
        ("Steuer-ID beantragt; Kundennummer 36574261809", []),  # another number's label between
        ("Tel. 0049 30 12345678", []),
    ],
)
def test_when_an_eleven_digit_number_has_a_tax_id_label_then_it_counts(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paragraph names the label further up: a question, then the list of values
        (
            "Welke van deze Steuer-IDs heb ik al verwerkt? 47389025129, 46 020 019 871, 98971604957",
            ["47389025129", "46 020 019 871", "98971604957"],
        ),
        ("Steueridentifikationsnummer klopt niet. We hebben nu 57 416 181 020 genoteerd.", ["57 416 181 020"]),
        # another kind's label right before the value, or a blank line since the label
        ("Steuer-ID: 47389025129. Bestelnummer 46020019871 is verzonden.", ["47389025129"]),
        ("Steuer-ID is bekend.\n\nOrder 46020019871 verzonden.", []),
        ("Steuer-ID is bekend.\n\n46020019871 verzonden.", []),
    ],
)
def test_when_the_paragraph_names_the_label_further_up_then_a_checked_value_counts(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

"""BE_NATIONAL_ID: the mod-97 check (with the rule for 2000 and later), BIS numbers, notations, labels."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.be_national_id_recognizer import BeNationalIdRecognizer

R = BeNationalIdRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["BE_NATIONAL_ID"]) if r.score >= THRESHOLD]


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ("85.07.30-033.28", "85.07.30-033.29"),  # wrong check
        ("85073003328", "85073003329"),
        ("850730-033-28", "850730-033-82"),
        ("05031212360", "05031212361"),  # born 2005: the check is computed over "2" + the first nine
        ("05.03.12-123.60", "05.03.12-123.61"),
        ("85473003317", "85473003318"),  # a BIS number: month + 40
        ("85273003371", "85133003370"),  # BIS month + 20; month 13 is no month
        ("85 07 30 033 28", "85 07 30 033 27"),  # not a notation of its own: needs the label
    ],
)
def test_when_the_number_passes_mod97_then_found_and_when_not_then_no_finding(valid: str, invalid: str) -> None:
    assert found(f"Rijksregisternummer: {valid}") == [valid]
    assert found(f"Rijksregisternummer: {invalid}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("85.07.30-033.28", ["85.07.30-033.28"]),  # the eID notation counts on its own
        ("Patient ID: 85.07.30-033.28", ["85.07.30-033.28"]),  # a bare "ID" names an identifier
        ("Factuur 85.07.30-033.28", []),  # another number's label demotes it
        ("Geboren 30/07/1985, nr 850730-033-28", ["850730-033-28"]),
        ("rijksregisternummer 85073003328", ["85073003328"]),
        ("Rijksregisternummer van mevr. Peeters: 85073003328", ["85073003328"]),
        ("INSZ-nummer: 85473003317", ["85473003317"]),
        ("numéro national 85073003328", ["85073003328"]),
        ("national register number 05031212360", ["05031212360"]),
        ("naam;rijksregisternummer\nAn Peeters;85073003328", ["85073003328"]),
        ("Rijksregisternummers: 85073003328 en 05031212360", ["85073003328", "05031212360"]),
        # ... and what is not one
        ("Ordernummer 85073003328", []),  # plain, without a label
        ("Factuur 85.07.30-033.28", []),  # another number's label
        ("Bel +32 470 12 34 56", []),  # a phone number
        ("versie 85.07.30-033.28.1", []),  # part of a longer token
        ("IBAN BE71096123456769", []),
        ("KvK 85073003", []),
    ],
)
def test_when_text_holds_eleven_digit_numbers_then_only_national_numbers_count(text: str, expected: list[str]) -> None:
    assert found(text) == expected

"""IbanRecognizer: IBANs of any country, compact or grouped, mod-97 checked."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.iban_recognizer import IbanRecognizer

RECOGNIZER = IbanRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["IBAN_CODE"])]


@pytest.mark.parametrize(
    ("valid", "wrong_check_digits"),
    [
        ("NL91ABNA0417164300", "NL92ABNA0417164300"),
        ("NL91 ABNA 0417 1643 00", "NL19 ABNA 0417 1643 00"),
        ("DE89370400440532013000", "DE88370400440532013000"),
        ("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
        ("BE71096123456769", "BE72096123456769"),
        ("BE71 0961 2345 6769", "BE71 0961 2345 6768"),
        # The IBAN registry's own Belgian example (bank code 539).
        ("BE68539007547034", "BE69539007547034"),
        ("BE68 5390 0754 7034", "BE68 5390 0754 7043"),
        ("GB29NWBK60161331926819", "GB28NWBK60161331926819"),
        ("GB29 NWBK 6016 1331 9268 19", "GB29 NWBK 6016 1331 9268 91"),
    ],
)
def test_when_iban_passes_mod97_then_found_and_when_it_fails_then_no_finding(
    valid: str, wrong_check_digits: str
) -> None:
    assert found(f"Rekening {valid}.") == [valid]
    assert found(f"Rekening {wrong_check_digits}.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBAN: NL91ABNA0417164300, t.n.v. J. Jansen", ["NL91ABNA0417164300"]),
        ("NL91-ABNA-0417-1643-00", ["NL91-ABNA-0417-1643-00"]),
        ("van NL91ABNA0417164300 naar DE89370400440532013000", ["NL91ABNA0417164300", "DE89370400440532013000"]),
        ("nl91abna0417164300", []),  # written in lower case: not an IBAN in prose
        ("NL91ABNA041716430", []),  # one character short for NL
        ("XX91ABNA0417164300", []),  # no such country
        ("ORDER12345678901234", []),
    ],
)
def test_when_text_holds_iban_like_strings_then_only_real_ibans_are_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "iban"),
    [("IBAN BE71 0961 2345 6769 1500 EUR", "BE71 0961 2345 6769"), ("IBAN BE71096123456769 2024", "BE71096123456769")],
)
def test_when_a_four_character_token_follows_an_iban_then_the_iban_is_still_found(text: str, iban: str) -> None:
    assert found(text) == [iban]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bijlage: factuur_NL91ABNA0417164300_2026-11.pdf", ["NL91ABNA0417164300"]),  # underscores touch it
        ("iban_NL91ABNA0417164300", ["NL91ABNA0417164300"]),
        ("XNL91ABNA0417164300", []),  # inside a longer run of letters and digits
        ("NL91ABNA04171643001", []),
    ],
)
def test_an_iban_touched_by_underscores_is_found_but_not_one_inside_a_longer_run(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

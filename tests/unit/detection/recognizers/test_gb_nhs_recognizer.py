"""UK_NHS: the mod-11 check, the NHS's own grouping, and never without a label."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.gb_nhs_recognizer import GbNhsRecognizer

R = GbNhsRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["UK_NHS"]) if r.score >= THRESHOLD]


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ("9434765919", "9434765918"),  # wrong check digit
        ("6426212997", "6426212998"),
        ("3832364056", "3832364057"),
        ("943 476 5919", "943 476 5918"),  # as the NHS prints it
        ("943-476-5919", "943-476-5910"),
        ("4061358952", "4061358950"),  # the remainder 10 is never issued
    ],
)
def test_when_the_number_passes_mod11_then_found_and_when_not_then_no_finding(valid: str, invalid: str) -> None:
    assert found(f"NHS number: {valid}") == [valid]
    assert found(f"NHS number: {invalid}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient's NHS no. 943 476 5919, seen on 3 March", ["943 476 5919"]),
        ("NHS: 6426212997", ["6426212997"]),
        ("Het NHS-nummer van mevrouw Khan is 383 236 4056.", ["383 236 4056"]),
        ("Name,NHS number\nAmira Khan,9434765919", ["9434765919"]),
        ("NHS numbers: 9434765919, 6426212997", ["9434765919", "6426212997"]),
        # ... never bare, nor under another number's label, nor in a mixed grouping
        ("9434765919", []),
        ("Order 943 476 5919", []),
        ("NHS trust phone 943 476 5919", []),
        ("NHS appointment confirmed; invoice 9434765919", []),
        ("NHS number: 943 4765919", []),
        ("NHS number: +943 476 5919", []),
        ("NHS number: 19434765919", []),  # eleven digits
    ],
)
def test_when_a_ten_digit_number_has_an_nhs_label_then_it_counts(text: str, expected: list[str]) -> None:
    assert found(text) == expected

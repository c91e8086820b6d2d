"""NlBankAccountRecognizer: a Dutch account number of nine or ten digits, eleven-test checked, after its label."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.nl_bank_account_recognizer import NlBankAccountRecognizer, eleven_test

RECOGNIZER = NlBankAccountRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["IBAN_CODE"])]


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ("417164300", "417164301"),  # ABN AMRO's example account, nine digits
        ("0417164300", "0417164310"),  # the same with its leading zero, ten digits
    ],
)
def test_the_eleven_test_decides(valid: str, invalid: str) -> None:
    assert eleven_test(valid) and not eleven_test(invalid)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mijn rekeningnummer bij ABN AMRO is 417164300; reken de IBAN even voor me uit.", "417164300"),
        ("bankrekening 0417164300", "0417164300"),
        ("Rekeningnr. 417164300", "417164300"),
        ("rek.nr. 417164300 t.n.v. J. Jansen", "417164300"),
        ("My bank account number is 0417164300.", "0417164300"),
        ("account number: 41.71.64.300", "41.71.64.300"),  # as the banks printed it
    ],
)
def test_a_labelled_account_number_that_passes_the_eleven_test_is_found(text: str, value: str) -> None:
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "rekeningnummer 417164301",  # fails the eleven-test
        "ordernummer 417164300",  # no account label
        "rekening van order 417164300",  # the number is named as another kind
        "rekeningnummer.\nBel 417164300",  # another sentence
        "rekeningnummer 4171643001",  # ten digits that fail
        "rekeningnummer 417164300123",  # part of a longer number
        "rekeningnummer 999999999",  # one digit repeated
        "account 417164300-1",  # part of a code
    ],
)
def test_other_numbers_are_no_account_number(text: str) -> None:
    assert found(text) == []

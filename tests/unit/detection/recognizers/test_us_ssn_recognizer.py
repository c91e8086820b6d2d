"""US_SSN: the notations, the ranges never issued, labels, and the nine-digit BSN left to NL_BSN."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.us_ssn_recognizer import UsSsnRecognizer

R = UsSsnRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["US_SSN"]) if r.score >= THRESHOLD]


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ("536-90-4399", "000-90-4399"),  # area 000 is never issued
        ("536-90-4399", "666-90-4399"),  # nor 666
        ("123-45-6789", "987-65-4321"),  # 987-65-432x: the advertising range
        ("219-45-6789", "219-00-6789"),  # group 00
        ("432-11-2345", "432-11-0000"),  # serial 0000
        ("536-90-4399", "078-05-1120"),  # printed on a wallet insert, used by thousands
        ("536-90-4399", "219-09-9999"),  # an advertisement's number
        ("536-90-4399", "111-11-1111"),  # one digit throughout
        ("536 90 4399", "666 90 4399"),
    ],
)
def test_when_an_ssn_is_in_a_valid_range_then_found_and_when_never_issued_then_no_finding(
    valid: str, invalid: str
) -> None:
    assert found(f"Employee record: {valid}.") == [valid]
    assert found(f"Employee record: {invalid}.") == []
    assert found(f"SSN: {invalid}") == []


def test_a_number_of_the_area_never_issued_counts_only_with_an_ssn_label() -> None:
    # 900-999 is not issued as an SSN (ITINs and test data use it), so a bare one is not an SSN;
    # an employee who calls it an SSN has it masked all the same: masking costs nothing.
    assert found("Employee record: 900-90-4399.") == []
    assert found("SSN: 900-90-4399") == ["900-90-4399"]
    assert found("social security number 912 34 5678") == ["912 34 5678"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My SSN is 123-45-6789.", ["123-45-6789"]),
        ("SSN: 536904399", ["536904399"]),  # nine plain digits with a label
        ("social security number of Mary Smith is 536904399", ["536904399"]),
        ("Social Security No. 536 90 4399", ["536 90 4399"]),
        ("Zijn sociale-zekerheidsnummer: 536904399", ["536904399"]),
        ("536904399 (SSN)", ["536904399"]),  # a label in brackets after the value
        ("Employee: Mary Smith SSN#536-90-4399 DOB 03/04/1981", ["536-90-4399"]),  # label glued on
        ("SSN:536904399", ["536904399"]),
        ("ssn 536-90-4399 for the W-2", ["536-90-4399"]),  # lower case
        ("SSN: 536.90.4399", ["536.90.4399"]),  # dotted, with a label
        ("SSN: 53690-4399", ["53690-4399"]),  # a dash misplaced, with a label
        ("SSN: 536-904399", ["536-904399"]),  # a dash dropped, with a label
        ("SSN 536-90 4399", ["536-90 4399"]),  # two kinds of separator, with a label
        ("ssn_number=536904399", ["536904399"]),  # a snake-case key
        ("<ssn>536904399</ssn>", ["536904399"]),  # an XML element
        ("social sec. no 536904399", ["536904399"]),
        ("Employee: Jennifer Lopez\nSocial: 536904399\nStart date: 2026-01-05", ["536904399"]),  # "Social:" as a label
        ("Taxpayer: Robert King, SSN/TIN 536904399, tax year 2025", ["536904399"]),
        ("Social Security number of the insured: 536904399; policy PN-4471.", ["536904399"]),
        ("SS No. 536-90-4399", ["536-90-4399"]),
        ("Soc. Sec. number 536904399", ["536904399"]),
        ("Taxpayer ID (SSN): 536904399", ["536904399"]),
        ("SSN (employee): 536904399", ["536904399"]),  # a qualifier in brackets is part of the label
        ("SSNs: 536-90-4399, 536904391 en 432112345", ["536-90-4399", "536904391", "432112345"]),  # a list
        ("name;ssn;city\nMary Smith;536904399;Boston\nJohn Doe;432112345;Denver", ["536904399", "432112345"]),
        ("Kindly find Anna Ellison's SSN below:\n536904399", ["536904399"]),  # where it stands, then the value
        ("Het SSN staat hieronder: 536904399", ["536904399"]),
        ("ITIN 936904399 for the dependent", ["936904399"]),  # 9xx is an ITIN, masked as the SSN's kin
        ("Taxpayer identification number 536904399", ["536904399"]),
        ("Dependent: Christian Klein, TIN 536904399", ["536904399"]),  # "TIN" in capitals, right before
        ("TIN: 536 90 4399", ["536 90 4399"]),
        ("Tax ID: 536-90-4399", ["536-90-4399"]),
        ("S.S.N.: 536904399", ["536904399"]),  # a tax id in the SSN's layout is the person's
        ("tax number 536904399, filed 2025", ["536904399"]),
        # ... and what is not an SSN
        ("Tax ID (EIN): 12-3456789", []),  # an employer's number, in its own layout
        ("The tin 536904399 weighs 5 kg", []),  # "tin" in lower case is the metal, not a label
        ("Tin 536904399", []),
        ("TIN and then some more words 536904399", []),  # not right before the number
        ("SSN below. Order 536904399 shipped", []),  # another sentence and another number
        ("Ordernummer 536904399 is verzonden", []),  # nine plain digits without a label
        ("Factuur 536-90-4399", []),  # the SSN notation after another number's label
        ("SSN en ordernummer 536904399", []),  # the label belongs to the other word
        ("SSN. Ordernummer 536904399", []),  # another sentence
        ("Bel 020-1234567 of 06-12345678", []),  # phone numbers
        ("Betaald op 2024-05-12, bedrag 1.234.567,89", []),  # a date and an amount
        ("IBAN NL91ABNA0417164300", []),
        ("build 536-90-4399-rc1", []),  # part of a longer token
        ("SSN 5369043991", []),  # ten digits
        ("The form says 536.90.4399 under box a.", []),  # dotted without a label
        ("SSN: xxx-xx-4399 (last four only)", []),  # masked: no longer the number
        ("SSN: ***-**-4399", []),
        ("Part no. 536 90 4399 is back-ordered", []),  # another number's label
        ("Call 536-90-4399 ext 2", []),
        ("ZIP 53690-4399", []),  # ZIP+4 without an SSN label
        ("Order 536-904399 shipped", []),
        ("Tel 536-90 4399", []),
        ("order_number=536904399", []),
    ],
)
def test_when_text_holds_ssn_like_numbers_then_only_ssns_count(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 111222333 passes the Dutch eleven-test: a BSN first.
        ("BSN 111222333", []),
        ("111222333", []),  # plain without a label: a BSN's notation
        ("Ref 1112.22.333", []),  # dotted without a label: a BSN's notation
        # The SSN's own layout, unlabelled, in a text without a BSN word: an SSN (134-48-9895
        # passed the eleven-test and was masked by no one).
        ("111-22-2333", ["111-22-2333"]),
        ("the employee's number is 134-48-9895 and she starts Monday", ["134-48-9895"]),
        ("Applicant: John Miller, 134 48 9895", ["134 48 9895"]),
        ("BSN van de klant: 134-48-9895", []),  # next to a BSN word: NL_BSN's
        ("Burgerservicenummer bekend; ref 134 48 9895", []),
        ("BSN 111222333, SSN 111-22-2333", ["111-22-2333"]),  # dashed with an SSN label
        ("Burgerservicenummer bekend; SSN: 111222333", []),  # plain, in a text about a BSN
        ("SSN: 111222333", ["111222333"]),  # plain with an SSN label and no BSN word: still masked
    ],
)
def test_an_eleven_test_number_is_an_ssn_in_its_own_layout_or_with_an_ssn_label(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_bare_plain_number_is_kept_below_the_threshold() -> None:
    results = R.analyze("Referentie 536904399", ["US_SSN"])
    assert [(r.start, r.end, r.score) for r in results] == [(11, 20, 0.3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "S.S. No." with dot leaders, as a claim form prints it
        ("Claimant ........ Harold P. Jensen\nS.S. No. ........ 068896391\n", ["068896391"]),
        ("S.S. number: 068896391", ["068896391"]),
        # alone on its line under a line that names it and ends in a colon, one blank line between
        (
            "Please find my wife's social security number below, for the dependent coverage:\n\n069507458\n",
            ["069507458"],
        ),
        # ... not when that line names another kind of number, nor when the value does not stand alone
        ("Our order number for the social security office:\n068896391", []),
        ("Social security number:\n\nCall me at 068896391", []),
        ("Social security number:\n\n\n\n068896391", []),  # too far below
        # a column of a table aligned with spaces, its header two lines up
        (
            "Name           Relationship   Social Security Number   DOB\n"
            "-------------  -------------  -----------------------  ----------\n"
            "Emma Carter    Daughter       068896391                2014-05-09\n"
            "Noah Carter    Son            (applied for)            2025-12-01\n"
            "Liam Carter    Son            069507458                2017-10-21",
            ["068896391", "069507458"],
        ),
        # ... a number under another column is no SSN
        (
            "Name           Order          Social Security Number\nEmma Carter    068896391      (applied for)",
            [],
        ),
    ],
)
def test_when_a_label_has_dot_leaders_stands_above_or_heads_an_aligned_column_then_the_plain_number_counts(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

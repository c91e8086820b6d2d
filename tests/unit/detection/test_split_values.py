"""Values cut in two across a request's text: both pieces found when together they pass the
value's checksum, nothing when they do not or when nothing says a BSN is in parts."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.split_values import grouped_ibans, split_bsns, split_cards, split_ibans


def pieces(found: list[tuple[int, int]], text: str) -> list[str]:
    return [text[s:e] for s, e in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head in one turn, the tail in a later one
        ("Begin van de rekening: NL91ABNA\nOk.\nEn het einde is 0417164300.", ["NL91ABNA", "0417164300"]),
        ("Eerste deel NL91, de rest: ABNA 0417 1643 00", ["NL91", "ABNA 0417 1643 00"]),
        ("Eerste deel NL91, de rest: ABNA 0417 1643 00 12 stuks", ["NL91", "ABNA 0417 1643 00"]),  # a number after it
        ("account starts DE89 3704\n...\nthen 0044 0532 0130 00", ["DE89 3704", "0044 0532 0130 00"]),
        ('{"a": "GB29 NWBK", "b": "6016 1331 9268 19"}', ["GB29 NWBK", "6016 1331 9268 19"]),  # two fields
    ],
)
def test_an_iban_in_two_pieces_is_found_as_both(text: str, expected: list[str]) -> None:
    assert pieces(split_ibans(text), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "IBAN NL91 ABNA 0417 1643 00",  # whole: the IBAN recognizer's, not two pieces
        "Begin: NL91ABNA, einde: 0417164301",  # fails mod 97
        "Begin: NL91ABNA, einde: 041716430",  # one short
        "Model XY12 and serial 0417164300",  # XY is no IBAN country
        "Postcode SE10 9HT, order 4471",  # Sweden's IBAN has 24 characters, all digits after the bank
        "Het einde is 0417164300. Begin: NL91ABNA",  # a tail before the head
    ],
)
def test_pieces_that_do_not_make_an_iban_are_not_found(text: str) -> None:
    assert split_ibans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('BSN begint met 56946\n{"user": "1935"}', ["56946", "1935"]),
        ("Het BSN: de eerste vijf cijfers zijn 56946, de laatste 1935.", ["56946", "1935"]),
        ("Her BSN starts with 5694 and ends with 61935", ["5694", "61935"]),
    ],
)
def test_a_bsn_announced_as_a_part_and_completed_later_is_found(text: str, expected: list[str]) -> None:
    assert pieces(split_bsns(text), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BSN begint met 56946 en eindigt op 1936",  # fails the eleven-test
        "BSN 56946 en 1935",  # nothing says the first is a part
        "Het BSN heeft 9 cijfers; er zijn 56946 aanvragen en 1935 bezwaren",  # no part phrase
        "ordernummer begint met 56946, daarna 1935",  # no BSN word
        "BSN begint met 11111 en dan 1111",  # one digit repeated
    ],
)
def test_numbers_that_are_not_a_split_bsn_are_not_found(text: str) -> None:
    assert split_bsns(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn kaart begint met 41111111\n\nOk.\n\nen eindigt op 11111111, vervalt 09/28.", ["41111111", "11111111"]),
        ("My card starts with 4111 1111 and the last digits are 1111 1111", ["4111 1111", "1111 1111"]),
        ("The Amex starts with 3782 822, the rest is 46310005", ["3782 822", "46310005"]),  # 15 digits
    ],
)
def test_a_card_announced_in_two_parts_is_found_as_both(text: str, expected: list[str]) -> None:
    assert pieces(split_cards(text), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mijn kaart begint met 41111111 en eindigt op 11111112",  # fails Luhn
        "kaart begint met 41111111; order 11111111",  # the rest is not announced
        "card starts with 4111, ends with 1234",  # eight digits: a card's ends, no card
        "ordernummer begint met 41111111 en eindigt op 11111111",  # no card word
        "kaart begint met 1111 1111 en eindigt op 1111 1111",  # no issuer starts with 1
        "Visa starts with 4111 1111 1111 1, the rest is 111",  # 16 digits, only three after the part
    ],
)
def test_numbers_that_are_not_a_split_card_are_not_found(text: str) -> None:
    assert split_cards(text) == []


_IBAN = "NL91ABNA0417164300"
_GROUPS = ["NL91", "ABNA", "0417", "1643", "00"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("naam;land;controle;bank;nummer\nJan;NL;91;ABNA;0417164300", ["NL", "91", "ABNA", "0417164300"]),
        ("iban:\n" + "".join(f"  - {g}\n" for g in _GROUPS), _GROUPS),  # a YAML list
        ("| deel |\n|---|\n" + "".join(f"| {g} |\n" for g in _GROUPS), _GROUPS),  # Markdown rows
        ('iban = "NL91" /* land */ "ABNA" /* bank */ "0417164300";', ["NL91", "ABNA", "0417164300"]),
        ("=TEKST.SAMENVOEGEN(" + ";".join(f'"{g}"' for g in _GROUPS) + ")", _GROUPS),  # a spreadsheet formula
    ],
)
def test_an_iban_written_as_pieces_with_other_characters_between_is_found_piece_by_piece(
    text: str, expected: list[str]
) -> None:
    assert pieces(grouped_ibans(text), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NL;91;ABNA;0417164301",  # fails mod 97
        "In NL wonen 17 miljoen mensen; EU 2024 IT 55",
        "NL91 ABNA 0417 1643",  # too short
        "NL91" + " " * 41 + "ABNA 0417 1643 00",  # too far apart
    ],
)
def test_pieces_that_do_not_make_an_iban_are_not_grouped(text: str) -> None:
    assert grouped_ibans(text) == []

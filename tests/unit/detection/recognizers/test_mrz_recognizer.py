"""MRZ lines of passports and identity cards (ICAO Doc 9303): only where the check digits hold."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.mrz_recognizer import MrzRecognizer, check_digit

R = MrzRecognizer()
ENTITIES = MrzRecognizer.ENTITIES

# The specimens of ICAO Doc 9303 (the fictional state "UTO"), with their published check digits.
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"


def found(text: str) -> list[tuple[str, str]]:
    return sorted((r.entity_type, text[r.start : r.end]) for r in R.analyze(text, ENTITIES))


def td3_with_personal_number(personal: str) -> str:
    """A TD3 second line built around a personal number, every check digit computed."""
    number, dob, expiry = "NXC4L8P21", "850312", "300101"
    opt = personal.ljust(14, "<")
    head = f"{number}{check_digit(number)}NLD{dob}{check_digit(dob)}M{expiry}{check_digit(expiry)}"
    body = f"{head}{opt}{check_digit(opt)}"
    composite = body[0:10] + body[13:20] + body[21:43]
    return "P<NLDJANSEN<<PIETER<<<<<<<<<<<<<<<<<<<<<<<<<\n" + body + str(check_digit(composite))


@pytest.mark.parametrize(
    ("field", "digit"),
    [("L898902C3", 6), ("740812", 2), ("120415", 9), ("ZE184226B<<<<<", 1), ("D23145890", 7)],
)
def test_check_digits_are_those_of_the_icao_specimens(field: str, digit: int) -> None:
    assert check_digit(field) == digit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Lees de MRZ uit:\n{TD3}\n",
            [
                ("DATE_OF_BIRTH", "740812"),
                ("PASSPORT_NUMBER", "L898902C3"),
                ("PERSON", "ERIKSSON<<ANNA<MARIA"),
            ],
        ),
        (
            TD1,
            [("DATE_OF_BIRTH", "740812"), ("PASSPORT_NUMBER", "D23145890"), ("PERSON", "ERIKSSON<<ANNA<MARIA")],
        ),
        (
            td3_with_personal_number("111222333"),
            [
                ("DATE_OF_BIRTH", "850312"),
                ("NL_BSN", "111222333"),
                ("PASSPORT_NUMBER", "NXC4L8P21"),
                ("PERSON", "JANSEN<<PIETER"),
            ],
        ),
    ],
)
def test_an_mrz_whose_check_digits_hold_gives_its_number_birth_date_bsn_and_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        TD3[:-1] + "1",  # the composite check digit is wrong
        TD3.replace("L898902C36", "L898902C35"),  # the number's check digit is wrong
        TD3.replace("7408122", "7408123"),  # the birth date's
        TD1.replace("D231458907", "D231458908"),
        TD3.replace("\n", " "),  # not on a line of its own
        "L898902C36UTO7408122F1204159ZE184226B<<<<<1",  # 43 characters
        "build 2024<<release>> tag v1.2.3",
    ],
)
def test_lines_whose_check_digits_fail_or_that_are_no_mrz_give_nothing(text: str) -> None:
    assert found(text) == []


def test_a_personal_number_that_is_no_bsn_is_not_one() -> None:
    assert "NL_BSN" not in [kind for kind, _ in found(td3_with_personal_number("123456789"))]

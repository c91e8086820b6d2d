"""DateOfBirthRecognizer: dates reported only next to a birth context word."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer

RECOGNIZER = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["DATE_OF_BIRTH"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("geboren op 12 maart 1985", ["12 maart 1985"]),
        ("geboortedatum: 12-03-1985", ["12-03-1985"]),
        ("Geboortedatum:\n12-03-1985", ["12-03-1985"]),
        ("geb. 3-4-1990", ["3-4-1990"]),
        ("geb. 3 mrt. 1990", ["3 mrt. 1990"]),
        ("Jan de Vries, geboren 12-03-1985 te Utrecht", ["12-03-1985"]),
        ("12-03-1985 (geboortedatum)", ["12-03-1985"]),
        ("geboren op 1 januari 2000.", ["1 januari 2000"]),
        ("date of birth: 1985-03-12", ["1985-03-12"]),
        ("DOB 12/03/1985", ["12/03/1985"]),
        ("DOB: 03/25/1985", ["03/25/1985"]),  # American month/day order
        ("born on 3 April 1990", ["3 April 1990"]),
        ("born 12 March 1985", ["12 March 1985"]),
        ("born March 12, 1985", ["March 12, 1985"]),
        ("born on the 3rd of April 1990", ["3rd of April 1990"]),
        ("Birthdate 12.03.1985", ["12.03.1985"]),
        ("geb. 3-4-90", ["3-4-90"]),
    ],
)
def test_when_a_date_follows_a_birth_word_then_the_span_is_the_date(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de deadline is 12-03-2025",
        "meeting on 3 April",
        "meeting on 3 April 2025",
        "Release 2024-05-01 is live.",
        "Ik ben geboren in Utrecht. De deadline is 12-03-2025",  # another sentence
        "born 32-13-1985",  # no such date
        "geboren 31-02-1985",
        "born in 1985",
        "geboren op 12 maart",  # no year: not a date of birth we can report
        "versie 1.2.2024",
        "Birthday party on 12 March 2999",  # in the future: not a date of birth
    ],
)
def test_when_date_has_no_birth_context_then_no_finding(text: str) -> None:
    assert found(text) == []


def test_when_a_second_date_follows_the_birth_date_then_only_the_first_is_reported() -> None:
    assert found("DOB 12/03/1985 and deadline 13/03/2025") == ["12/03/1985"]


def test_when_results_are_returned_then_they_name_the_recognizer() -> None:
    (result,) = RECOGNIZER.analyze("DOB 12/03/1985", ["DATE_OF_BIRTH"])
    assert result.entity_type == "DATE_OF_BIRTH"
    assert result.recognition_metadata["recognizer_name"] == "DateOfBirthRecognizer"
    assert result.recognition_metadata["recognizer_identifier"] == RECOGNIZER.id
    assert RECOGNIZER.analyze("DOB 12/03/1985", ["PERSON"]) == []


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        ("12-03-1985 " * 9_100)[:100_000],
        ("geboren 12-03-1985 " * 5_300)[:100_000],
        ("geboren " * 12_500)[:100_000],
        ("1-" * 50_000)[:100_000],
        ("12 maart " * 11_200)[:100_000],
        ("March 1, " * 11_200)[:100_000],
    ],
    ids=lambda t: repr(t[:12]),
)
def test_when_input_is_long_and_crafted_then_the_scan_still_finishes(text: str) -> None:
    RECOGNIZER.analyze(text, ["DATE_OF_BIRTH"])

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
        ("DOB 17-Mar-1962", ["17-Mar-1962"]),  # day, month abbreviation and year with dashes
        # German and French forms and letters quoted in a prompt
        ("Geburtsdatum 12.04.1987", ["12.04.1987"]),
        ("geboren am 07.09.1990", ["07.09.1990"]),
        ("Claire Dubois, née le 03/01/1975 à Lyon", ["03/01/1975"]),
        ("né(e) le 15/02/1983", ["15/02/1983"]),
        ("date de naissance : 15/02/1983", ["15/02/1983"]),
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
        "invoice 17-Mar-2024 due",
        "Madame Martin, née Dupont, habite à Lyon depuis 03/01/1975",  # a maiden name, not a birth
    ],
)
def test_when_date_has_no_birth_context_then_no_finding(text: str) -> None:
    assert found(text) == []


def test_when_a_second_date_follows_the_birth_date_then_only_the_first_is_reported() -> None:
    assert found("DOB 12/03/1985 and deadline 13/03/2025") == ["12/03/1985"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "naam;geboortedatum;iban\nJan;15 juni 1950;NL01\nPiet;2000-09-06;NL02",
            ["15 juni 1950", "2000-09-06"],
            id="csv-nl-header",
        ),
        pytest.param("name,date_of_birth,email\nAnna,03/25/1985,a@x.com", ["03/25/1985"], id="csv-en-header"),
        pytest.param("id\tDOB\n1\t1961-08-08\n2\t13-01-1983", ["1961-08-08", "13-01-1983"], id="tab-separated"),
        pytest.param("| Naam | Geb.datum |\n|---|---|\n| Jan | 12-03-1985 |", ["12-03-1985"], id="markdown-table"),
        pytest.param('naam;adres;birthdate\nJan;"Kerkstraat 1, Breda";1-2-1990', ["1-2-1990"], id="quoted-cell-before"),
        pytest.param(
            "naam;startdatum;geboortedatum\nJan;2024-04-01;1980-02-03", ["1980-02-03"], id="other-date-column"
        ),
        pytest.param("naam;startdatum\nJan;2024-04-01", [], id="no-birth-column"),
        pytest.param("naam;geboortedatum\nJan;onbekend", [], id="not-a-date"),
        pytest.param("naam;geboortedatum\nJan;12-03-2999", [], id="date-in-the-future"),
        pytest.param("naam;geboortedatum\n\nDeadline;12-03-2025", [], id="blank-line-ends-the-table"),
        pytest.param(
            "Geboortedatum, leeftijd en adres van de klant graag.\n12-03-2020", [], id="sentence-is-no-header"
        ),
    ],
)
def test_when_a_table_column_is_headed_by_a_birth_word_then_its_dates_are_births(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


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
        ("naam;geboortedatum\n" + "Jan;12-03-1985\n" * 7_000)[:100_000],  # a long table
        ("geboortedatum;" * 7_000)[:100_000],  # one long header-like line
    ],
    ids=lambda t: repr(t[:12]),
)
def test_when_input_is_long_and_crafted_then_the_scan_still_finishes(text: str) -> None:
    RECOGNIZER.analyze(text, ["DATE_OF_BIRTH"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Belgian "°" for born, right before the date
        ("patiënte Annelies Vercruysse, °17/04/1999, INSZ volgt", ["17/04/1999"]),
        ("Jan Peeters (° 3 mei 1950) woont in Gent.", ["3 mei 1950"]),
        # ... and a degree sign is no birth
        ("Het was 21° op 17/04/1999 in Gent.", []),
        ("Draai de knop 90°, 12/03/2001 stond het zo in de handleiding.", []),
    ],
)
def test_when_the_belgian_born_sign_stands_before_a_date_then_it_is_a_birth_date(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

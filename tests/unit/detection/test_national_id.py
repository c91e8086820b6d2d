"""The national identifier recognizers' shared rules: label words, what may stand between a label
and its value, dates; and, through the whole engine, how they sit beside NL_BSN and benign text."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.engine import PresidioDetector
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.detection.national_id import gap_reads_as_label, label_pattern, reads_as_date
from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY

NATIONAL_IDS = {
    "US_SSN",
    "UK_NINO",
    "UK_NHS",
    "BE_NATIONAL_ID",
    "DE_TAX_ID",
    "FR_NIR",
    "PASSPORT_NUMBER",
    "DRIVER_LICENSE",
}


@pytest.fixture(scope="module")
def detector() -> PresidioDetector:
    return build_detector(load_policy(TEST_POLICY)).load()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("SSN: 1", "SSN"),
        ("two SSNs", "SSNs"),
        ("Social-Security-Number", "Social-Security-Number"),
        ("social_security_number", "social_security_number"),
        ("drivers license", "drivers license"),
        ("driver’s licence", "driver’s licence"),
        ("assn 1", None),  # inside a longer word
        ("SSN2", None),
    ],
)
def test_a_label_word_matches_its_spellings_and_not_inside_other_words(text: str, label: str | None) -> None:
    pattern = label_pattern(["ssn", "social security number", "driver's license", "driver's licence"])
    m = pattern.search(text)
    assert (m.group() if m else None) == label


@pytest.mark.parametrize(
    ("gap", "reads"),
    [
        (": ", True),
        (" ", True),
        (" number: ", True),
        (" no. ", True),
        (" van mevr. Peeters: ", True),
        (" of Mary Smith is ", True),
        (" des Mitarbeiters lautet ", True),
        (" (", True),
        ("\n", True),
        (" (CA): ", True),  # a qualifier in brackets belongs to the label
        (" (France): ", True),
        (" van Lukas Becker heeft nummer ", True),
        (" (see order form): ", False),  # another number's label, also in brackets
        (" Peeters: ", False),  # a name only after "van", "of", "des" ...
        (" en ordernummer ", False),  # another number's label
        (" geldig tot ", False),  # words that are no part of a label
        (". Ordernummer ", False),  # another sentence
        ("! ", False),
        (" 12 ", False),  # a number between
        ("\n\n", False),  # a blank line
        (" " * 60, False),  # too far
        (" @ ", False),
    ],
)
def test_only_label_words_names_and_marks_may_stand_between_a_label_and_its_value(gap: str, reads: bool) -> None:
    assert gap_reads_as_label(gap) is reads


@pytest.mark.parametrize(
    ("digits", "date"),
    [("20300115", True), ("15012030", True), ("19991231", True), ("20301315", False), ("12345678", False)],
)
def test_eight_digits_that_are_a_calendar_date_read_as_one(digits: str, date: bool) -> None:
    assert reads_as_date(digits) is date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her SSN is 536-90-4399.", [("US_SSN", "536-90-4399")]),
        ("My social security number is 123-45-6789", [("US_SSN", "123-45-6789")]),
        ("National Insurance number: AB123456C", [("UK_NINO", "AB123456C")]),
        ("rijksregisternummer 85.07.30-033.28", [("BE_NATIONAL_ID", "85.07.30-033.28")]),
        ("Steuer-ID: 36574261809", [("DE_TAX_ID", "36574261809")]),
        ("NIR 1 85 07 75 123 456 08", [("FR_NIR", "1 85 07 75 123 456 08")]),
        ("Paspoortnummer: NX4FJ8RK2", [("PASSPORT_NUMBER", "NX4FJ8RK2")]),
        ("Driving licence: MORGA657054SM9IJ", [("DRIVER_LICENSE", "MORGA657054SM9IJ")]),
        # a valid BSN is a BSN, not also an SSN
        ("BSN 111222333", [("NL_BSN", "111222333")]),
        ("BSN: 1112.22.333", [("NL_BSN", "1112.22.333")]),
        ("Burgerservicenummer 111 222 333", [("NL_BSN", "111 222 333")]),
        ("SSN: 111222333", [("US_SSN", "111222333")]),  # an SSN label and no BSN word: masked either way
        # the SSN layout with a leading 0 (area 001-099) is an SSN, not a Belgian phone number
        ("Please update the record, 015-93-6683, in Workday.", [("US_SSN", "015-93-6683")]),
        ("my NI number is ab 12 34 56 c", [("UK_NINO", "ab 12 34 56 c")]),
        ("N° SS : 1850775123456-08", [("FR_NIR", "1850775123456-08")]),
        ("DL# 746970267", [("DRIVER_LICENSE", "746970267")]),
        # New York prints its nine digits in groups of three
        ("Customer's NY driver's license: 384 927 615, exp 2028.", [("DRIVER_LICENSE", "384 927 615")]),
        ("DL 384 927 615", [("DRIVER_LICENSE", "384 927 615")]),
        # ten digits under an NHS label: the patient's number, not also a phone number
        ("Patient Amira Khan, NHS number 9434765919.", [("PERSON", "Amira Khan"), ("UK_NHS", "9434765919")]),
        ("NHS no: 943 476 5919", [("UK_NHS", "943 476 5919")]),
    ],
)
def test_through_the_engine_each_identifier_is_found_once_with_its_type(
    detector: PresidioDetector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.entity_type, text[f.start : f.end]) for f in detector.scan(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ordernummer 536904399 is verzonden op 12-03-2025.",
        "Release 2.14.3 (build 536-90-4399-rc1), commit 9f8e7d6c5b4a.",
        "KvK 85073003, btw NL001234567B01, factuur 2024-0001234.",
        "Bel ons op 020-1234567 of +32 470 12 34 56.",
        "Totaal: € 1.234.567,89; referentie 36574261809.",
        "Ticket AB123456C: de printer op de tweede verdieping doet het niet.",
        "Het paspoort moet nog 6 maanden geldig zijn; rijbewijs B is verplicht.",
        "UUID 123e4567-e89b-12d3-a456-426614174000 in het log.",
        "Documentnummer 2024-0001234 staat in het DMS.",
        "Error code HE000123B na de update; model TW123456A.",
        "Stuur het naar de DL: sales-team-2024; Windows license number XKCD-9F8E-7D6C-5B4A.",
        "Alleen de laatste vier cijfers van het SSN: xxx-xx-6789.",
        "Driving licence renewals: 2024 2025 2026, all done online.",
        "The driver's license office at 120 Main St is open 9 to 5, counters 203 401.",
        "The NHS app crashed; ticket 9434765919 was raised.",
    ],
)
def test_through_the_engine_benign_text_has_no_national_identifier(detector: PresidioDetector, text: str) -> None:
    assert {f.entity_type for f in detector.scan(text)} & NATIONAL_IDS == set()

"""unmarked: Markdown marks taken out of lines where they split a number, and names written with
underscores for spaces; each extra maps back to the exact characters of the canonical text."""

from __future__ import annotations

import pytest

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.detection.extra_text import MAX_DECODED_RUNS
from dlp_proxy.detection.unmarked import identifier_names, markdown_lines, spaced_identifiers

IBAN = "NL91ABNA0417164300"


@pytest.mark.parametrize(
    ("text", "unmarked"),
    [
        (f"IBAN **{IBAN[:4]}** _{IBAN[4:8]}_ `{IBAN[8:12]}` {IBAN[12:]}", "IBAN NL91 ABNA 0417 164300"),
        ("BSN: ~~111~~ *222* ***333***.", "BSN: 111 222 333."),
        ("Zie (**1234**) en [`5678`]", "Zie (1234) en [5678]"),
        ("regel 1\nmijn nummer is `06` `1234` `5678`\nregel 3", "mijn nummer is 06 1234 5678"),
    ],
)
def test_when_markdown_marks_split_a_number_then_the_line_is_read_without_them(text: str, unmarked: str) -> None:
    assert [e.text for e in markdown_lines(text)] == [unmarked]


@pytest.mark.parametrize(
    "text",
    [
        "Use **bold** and `code` for emphasis.",  # no piece with a digit
        "snake_case_1 and 2*3*4 are no Markdown",  # marks inside words
        "Only `one` mark pair around 12",  # one pair, next to no digit
        "",
    ],
)
def test_when_no_marks_split_a_number_then_no_extra(text: str) -> None:
    assert markdown_lines(text) == []


def test_an_unmarked_span_maps_back_to_the_marked_characters() -> None:
    text = f"IBAN **{IBAN[:4]}** _{IBAN[4:8]}_ `{IBAN[8:12]}` {IBAN[12:]}"
    (extra,) = markdown_lines(text)
    start = extra.text.index("NL91")
    s, e = extra.to_canonical(start, len(extra.text))
    assert text[s:e] == f"{IBAN[:4]}** _{IBAN[4:8]}_ `{IBAN[8:12]}` {IBAN[12:]}"


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("Joost_van_der_Meulen", ["Joost van der Meulen"]),
        ('{"name": "Anna_Bakker"}', ["Anna Bakker"]),
        ("from Mary_Ann_Smith and Jan_de_Vries", ["Mary Ann Smith", "Jan de Vries"]),
        ("user_name MAX_RETRIES snake_case", []),  # no capitalised parts
        ("jan.Anna_Bakker@example.com", []),  # part of an address
    ],
)
def test_when_a_name_is_written_with_underscores_then_it_is_read_with_spaces(text: str, spaced: list[str]) -> None:
    assert [e.text for e in spaced_identifiers(text)] == spaced


def test_extras_are_bounded() -> None:
    text = " ".join(f"Anna_Bakker{i}x Anna_Bakker" for i in range(MAX_DECODED_RUNS + 10))
    assert len(spaced_identifiers(text)) == MAX_DECODED_RUNS
    lines = "\n".join(f"`{i:04d}` `{i:04d}`" for i in range(MAX_DECODED_RUNS + 10))
    assert len(markdown_lines(lines)) == MAX_DECODED_RUNS


def findings(detector: PresidioDetector, text: str) -> list[tuple[str, str, str]]:
    return [(f.entity_type, text[f.start : f.end], f.recognizer) for f in detector.scan(text)]


def test_when_markdown_splits_an_iban_then_it_is_found(detector: PresidioDetector) -> None:
    text = f"Maak een betaalverzoek. IBAN **{IBAN[:4]}** _{IBAN[4:8]}_ `{IBAN[8:12]}` {IBAN[12:]}."
    found = findings(detector, text)
    assert ("IBAN_CODE", f"{IBAN[:4]}** _{IBAN[4:8]}_ `{IBAN[8:12]}` {IBAN[12:]}", "IbanRecognizer+unmarked") in found


def test_when_a_message_name_is_a_person_with_underscores_then_it_is_found(detector: PresidioDetector) -> None:
    found = findings(detector, "Joost_van_der_Meulen")
    assert ("PERSON", "Joost_van_der_Meulen", "PersonNameRecognizer+spaced") in found


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        ("rename kevin-de-graaf-cv.pdf please", "kevin-de-graaf", "Kevin de Graaf"),
        ("https://www.linkedin.com/in/aarav-sharma/", "aarav-sharma", "Aarav Sharma"),
        ("files: wei_zhang_payslip.pdf", "wei_zhang", "Wei Zhang"),
        ("const lisaVanDerMeer = 1;", "lisaVanDerMeer", "Lisa van der Meer"),
        ("let danielMorgan = getUser()", "danielMorgan", "Daniel Morgan"),
        ("#GerdaWillemsen is jarig", "GerdaWillemsen", "Gerda Willemsen"),
        ("PIETER_DE_JONG.docx", "PIETER_DE_JONG", "Pieter de Jong"),
    ],
)
def test_when_a_name_is_written_as_one_identifier_then_it_is_read_as_words(text: str, name: str, words: str) -> None:
    [extra] = identifier_names(text)
    assert (extra.text, text[extra.start : extra.end]) == (words, name)


@pytest.mark.parametrize(
    "text",
    [
        "readMore markDown user_name getUserName()",  # no first name and surname
        "will-smith mark-down rose-gold maxWidth",  # a first name that is a word, a surname that is one
        "jan-list jan-de-boer",  # in lower case the surname must be no word ("list", "boer")
        "report-final-v2.pdf data_2024_export.csv",
        "lowercase",
    ],
)
def test_when_an_identifier_is_no_name_then_nothing_is_read(text: str) -> None:
    assert identifier_names(text) == []


def test_the_detector_masks_a_name_written_as_a_file_name(detector: PresidioDetector) -> None:
    text = "Kun je kevin-de-graaf-cv.pdf samenvatten?"
    assert [text[f.start : f.end] for f in detector.scan(text) if f.entity_type == "PERSON"] == ["kevin-de-graaf"]

"""Names as records and chat hold them: "Surname, First" with a surname the lists lack, names in
capitals before a record label, and a first name opening a sentence about someone's comings
and goings."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_lexicon import lexicon


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in NameFinder(text, lexicon()).find()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unlisted surname, a comma and a first name that is no word, as one field
        ("Kerrigan, Shauna", ["Kerrigan, Shauna"]),
        ("Patient: Kerrigan, Shauna", ["Kerrigan, Shauna"]),
        ("Kerrigan, Shauna\tDOB 12/03/1981", ["Kerrigan, Shauna"]),
        ("Kerrigan, Shauna | Finance", ["Kerrigan, Shauna"]),
        ("Okonkwo, Priya  (Accounts)", ["Okonkwo, Priya"]),
        # ... in capitals after a label, interfixes included
        ("PATIENT: KERRIGAN, SHAUNA", ["KERRIGAN, SHAUNA"]),
        ("NAAM: DE VRIES, ANNA", ["DE VRIES, ANNA"]),
        ("NAAM: WENSEN, S.C.", ["WENSEN, S.C."]),  # as before: initials
        # a record's line in capitals: surname, first name, then the next field
        ("GALLOWAY, RICHARD  DOB 12-03-1980  Tel 555-1234", ["GALLOWAY, RICHARD"]),
        ("BENNETT, ABIGAIL  DOB 05-12-1976", ["BENNETT, ABIGAIL"]),
        ("BROWN, RICHARD", ["BROWN, RICHARD"]),  # a census surname on a line of its own
        # a census surname that is also an English word, before dotted initials
        ("Contact: Hartley, J. (Accounts)", ["Hartley, J."]),
        ("Authors: Wood, K.M. and Stone, L.", ["Wood, K.M.", "Stone, L."]),
    ],
)
def test_surname_comma_first_name_as_a_record_field(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiya, Shauna", ["Shauna"]),  # a greeting the word lists lack
        ("Thanks, Shauna", ["Shauna"]),
        ("Amsterdam, Shauna", ["Shauna"]),  # a place
        ("Zoom, Jordan", []),  # a word, and a first name that is a place
        ("Kerrigan, Shauna will call you back.", ["Shauna"]),  # prose goes on: no record field
        ("Met de groeten aan Kerrigan, Shauna", ["Shauna"]),  # the surname opens no field
        ("SUBJECT: URGENT, SHAUNA", ["SHAUNA"]),  # a word in capitals, not a surname
        ("RE: INVOICE, SHAUNA", ["SHAUNA"]),
        ("NOTE, SHAUNA", ["SHAUNA"]),  # a word on a line of its own
        ("URGENT, SHAUNA", ["SHAUNA"]),
        ("Washington, D.C.", []),
        ("Reading, P.A. is a city", []),
    ],
)
def test_a_word_place_or_prose_before_the_comma_is_no_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SHAUNA KERRIGAN DOB 12/03/1981", ["SHAUNA KERRIGAN"]),
        ("PATIENT KERRIGAN SHAUNA DOB 12/03/1981", ["SHAUNA"]),  # never "SHAUNA DOB"
        ("JOHN SMITH NHS 943 476 5919", ["JOHN SMITH"]),
        ("PRIYA CALLED ABOUT THE INVOICE.", ["PRIYA"]),  # the name's verb, not its surname
        ("PRIYA MOVED TO THE LEEDS OFFICE.", ["PRIYA"]),
        ("KENNETH WHEELER APPROVED IT.", ["KENNETH WHEELER"]),  # a surname still is one
    ],
)
def test_in_capitals_a_record_label_or_a_verb_after_a_name_is_not_its_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shauna starts on Monday; draft a welcome email.", ["Shauna"]),
        ("Dominic leaves in March, who takes over?", ["Dominic"]),
        ("Priya moved to the Leeds office.", ["Priya"]),
        ("Marco quit yesterday.", ["Marco"]),
        ("Sanne vertrekt in mei naar Rotterdam.", ["Sanne"]),
        ("dominic leaves in march, who takes over?", ["dominic"]),
        ("Rory scored 42% on the mock exam; write a note to his parents.", ["Rory"]),
        # an age in apposition
        ("Trevor, 54, presents with chest pain.", ["Trevor"]),
        ("Sanne, 34, zoekt een nieuwe baan.", ["Sanne"]),
        ("Rory (12) scored well.", ["Rory"]),
    ],
)
def test_a_first_name_opening_a_sentence_about_comings_and_goings_is_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sierra starts faster than Monterey on this Mac.",  # a name that is also a word
        "Katrina arrived in New Orleans on August 29.",  # storms arrive
        "Alexa starts playing music whenever I say hello.",
        "Jordan moved up two places in the index.",  # a place
        "Marathon begins at 9.",
        "Paris, 75, is the code.",
        "Jordan, 34, presents with a cough.",  # a place: no weak cue
        "Sierra (14) is supported.",
    ],
)
def test_software_storms_places_and_words_that_start_or_move_are_not_people(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meet our new designer: Ingrid!", ["Ingrid"]),  # a qualified job title and a colon
        ("Happy birthday to my nan Edith!", ["Edith"]),
        ("Write a card for my aunt Philippa.", ["Philippa"]),
        ("Uncle Sam wants you.", []),  # the personification, not someone's uncle
        ("Solution architect: Terraform", []),
    ],
)
def test_family_words_and_job_titles_before_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Passenger: OKONJO/TEMITOPE MS", ["OKONJO/TEMITOPE"]),  # a booking's SURNAME/GIVEN TITLE
        ("DE VRIES/JAN MR", ["DE VRIES/JAN"]),
        ("PAX 1: SIMPSON/CARLY MRS  DOB 05-09-1970", ["SIMPSON/CARLY"]),  # with the title a word may be a surname
        ("NAME: PATEL/PRIYA MRS  PNR: X7K2LQ", ["PATEL/PRIYA"]),
        ("SMITH/JOHN", []),  # no title, and "john" is also a word
        ("AND/OR", []),
        ("TCP/IP stack", []),
        ("IN/OUT MR", []),
        ("EUR/USD RATE", []),
    ],
)
def test_a_booking_name_in_capitals_with_a_slash(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Passenger: Temitope Okonjo", ["Temitope Okonjo"]),  # names the lists lack, after a label
        ("Traveller: Temitope Okonjo, seat 14C", ["Temitope Okonjo"]),
        ("Reservation name: Okonjo", ["Okonjo"]),  # one word will do after a label only people take
        ("Getuige: Okonjo", ["Okonjo"]),
        ("Tenant: Contoso", []),  # a firm can be a tenant or an applicant: two words needed there
        ("Applicant: Deloitte", []),
        ("Patient: Stable", []),
        ("Employee: Contractor", []),
    ],
)
def test_booking_and_record_labels_before_names_the_lists_lack(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before a record label, a surname that is a word and a first name that is one too
        ("WARD, DEAN  DOB 01-03-1948  Tel (734) 555-2134", ["WARD, DEAN"]),
        ("PRICE, LAURA  DOB 15-09-1976", ["PRICE, LAURA"]),
        ("BRIGHT, DIAMOND\tDOB 18-04-1954", ["BRIGHT, DIAMOND"]),
        ("HUNT, KELLY  Tel (862) 555-5657", ["HUNT, KELLY"]),
        # without the label the words stay words
        ("PRICE, LAURA", ["LAURA"]),  # the first name alone, as before
        ("TOTAL, AMOUNT  TEL 555", []),  # no first name
        ("PRICE, QUANTITY  DOB", []),
    ],
)
def test_a_record_label_after_surname_comma_first_makes_words_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected

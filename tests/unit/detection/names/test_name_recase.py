"""name_recase: names in lines written without case, found by the rules on their re-cased form."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.line_case import line_case
from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_lexicon import lexicon
from dlp_proxy.detection.names.name_recase import Recaser, overlaps


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in NameFinder(text, lexicon()).find()]


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("mail jan de vries even", "lower"),
        ("Kun je dit naar ravi patel sturen?", "lower"),  # only the sentence opens with a capital
        ("klaar. Nu nog de rest", "lower"),  # a capital after a stop opens a sentence
        ("STUUR DIT NAAR JORDY", "upper"),
        ("Stuur dit naar Jordy", None),  # the writer uses case
        ("OK", None),  # one word in capitals is an acronym, not a line in capitals
        ("12345", None),
    ],
)
def test_when_a_line_is_classified_then_only_lines_without_case_are_recased(line: str, case: str | None) -> None:
    assert line_case(line) == case


@pytest.mark.parametrize(
    ("text", "recased"),
    [
        ("mail jan de vries even", "mail Jan de Vries even"),
        ("STUUR DIT NAAR JORDY", "stuur dit naar Jordy"),
        ("AAN: DHR. J. DE VRIES", "aan: dhr. J. de Vries"),
        ("schrijf aan j.p. balkenende", "schrijf aan J.P. Balkenende"),
        ("kun je dit doorsturen naar ravi patel?", "kun je dit doorsturen naar Ravi Patel?"),
        ("mail naar dewi.hoeks@gmail.com", "mail naar dewi.hoeks@gmail.com"),  # part of an address
        ("T.N.V. BLAUWE HAVEN", "t.n.v. blauwe haven"),  # an abbreviation, not initials
        ("async with sem as yielded:", "async with sem as yielded:"),  # "with" before a bare word
    ],
)
def test_when_a_line_has_no_case_then_its_names_are_written_in_title_case(text: str, recased: str) -> None:
    result = Recaser(text, lexicon()).text()
    assert result == recased
    assert len(result) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail jan de vries even dat de vergadering verplaatst is", ["jan de vries"]),
        ("kun je sanne vragen of ze morgen komt", ["sanne"]),
        ("hoi lisa, wil je dit nakijken?", ["lisa"]),
        ("anna smit heeft gebeld over haar pakket", ["anna smit"]),
        ("mila is vandaag afwezig", ["mila"]),
        ("can you email sarah johnson about the refund", ["sarah johnson"]),
        ("schrijf een brief aan j. hulskes-blom", ["j. hulskes-blom"]),
        ("PLEASE CALL JOHN SMITH ABOUT THE INVOICE", ["JOHN SMITH"]),
        ("AAN: DHR. J. DE VRIES, AFDELING INKOOP", ["J. DE VRIES"]),
        ("STUUR DIT NAAR JORDY VOOR VRIJDAG", ["JORDY"]),
        ("KLANT ROBERT JANSEN HEEFT EEN KLACHT INGEDIEND", ["ROBERT JANSEN"]),
        ("HET HOORT BIJ DEAN FELTZER, GEBOREN 18 MEI", ["DEAN FELTZER"]),  # a place-like first name
        ("ATTENDEES: G. ARCHER, M.H. BURNS", ["G. ARCHER", "M.H. BURNS"]),
        ("ik heb sanne de jong gemaild over de planning", ["sanne de jong"]),  # an interfix surname
        # the name's verb or adverb is never re-cased as its surname
        ("dave called me twice", ["dave"]),
        ("klant nynke manne geeft haar nummer door", ["nynke manne"]),
        ("make this polite: dave still hasn't sent the numbers", ["dave"]),
        ("ik heb jeroen net gesproken", ["jeroen"]),
        # a greeting that is no other word opens a quoted message in lower case too
        ("kun je dit netter maken: hoi sanne, hoe gaat het", ["sanne"]),
    ],
)
def test_when_a_name_stands_in_a_line_without_case_then_it_is_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ask the team to review the pull request",
        "mail de planning naar het hele team",
        "kun je de facturen naar het adres sturen@live.nl",
        "THE MEETING IS MOVED TO MONDAY",
        "WILL THIS WORK ON WINDOWS?",
        "MARK ALL TICKETS AS RESOLVED",
        "bel mark rutte even",  # a first name that is a word never starts a name here
        "WILLOW TREES GROW ALONG THE CANAL",  # "Trees" is a first name and an English word
        "GRAAG BETALEN OP NL30BUNQ4370675771 T.N.V. BLAUWE HAVEN LOGISTIEK",
        "# narrows pwd for ty",
        "schrijf een post over onze samenwerking met albert heijn rond power bi",
        "de bakker op de hoek is dicht",
        "het is 9 a.m. daar",
        "max de waarde van kolom b",  # a first name that is a word: "Waarde" is listed after "de" only
        "tip: hi there, welcome to the docs",
        "tip: beste keuze is de tweede optie",  # "beste" is also a word: no greeting in lower case
    ],
)
def test_when_a_line_without_case_holds_no_name_then_nothing_is_found(text: str) -> None:
    assert names(text) == []


def test_when_the_text_has_case_then_nothing_is_recased() -> None:
    recaser = Recaser("Stuur dit naar Jan de Vries.\nGroeten, Piet", lexicon())
    assert recaser.changed == []


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 2, False), (2, 6, True), (9, 10, True), (10, 20, False), (25, 26, True)],
)
def test_when_a_span_is_tested_then_overlap_with_sorted_spans_is_exact(start: int, end: int, expected: bool) -> None:
    assert overlaps([(5, 10), (20, 30)], start, end) is expected


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        ("jan " * 25_000)[:100_000],
        ("JAN DE VRIES " * 8_000)[:100_000],
        ("j. " * 34_000)[:100_000],
        ("Naam: " * 17_000)[:100_000],
        ("mail jan de vries\n" * 6_000)[:100_000],
    ],
    ids=lambda t: repr(t[:12]),
)
def test_when_input_without_case_is_long_and_crafted_then_the_scan_still_finishes(text: str) -> None:
    NameFinder(text, lexicon()).find()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("forward this to stacy.", ["stacy"]),
        ("what should i reply to angela?", ["angela"]),
        ("hoe reageer ik op de mail van noud?", ["noud"]),
        ("het voorstel van jasmijn is te duur.", ["jasmijn"]),
        # a number sign and a bracketed remark are prose, not code
        ("ticket #4821 is open. assigned to joshua. write a status update.", ["joshua"]),
        ("rank these candidates (no other info) and send the list to angela", ["angela"]),
    ],
)
def test_when_a_prose_line_without_case_has_a_first_name_after_a_preposition_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "async with sem as lock: pass",  # code: "with", "to", "for" lead to a word as often
        "for (kim in rows) { total += kim }",
        "send(to, kim) # not a name here",
        "#include for kim",
        "map the field to kim_id in the schema",
        "we moved the meeting to june and the budget to april",
    ],
)
def test_when_a_line_of_code_has_a_first_name_after_a_preposition_then_it_is_not_recased(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HET BEDRAG OP NL56 ASNB 4099 6576 24 T.N.V. LEVI VAN DEN HENST. MIJN NUMMER", ["LEVI VAN DEN HENST"]),
        ("follow-up by daniel hansen.", ["daniel hansen"]),  # a dot ending the sentence, not an address
        ("mail jan.de.vries@example.nl", []),  # a dot inside an address
    ],
)
def test_when_a_line_without_case_has_dots_then_abbreviations_and_sentence_ends_are_read_as_such(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Please send it to sarah johnson before Friday.", "lower"),  # only a weekday has a capital
        ("Vraag het aan pieter over de Excel-sheet.", "lower"),  # a product, no name
        ("Stuur dit naar Jan en pieter", None),  # a capitalised name: the writer uses case for names
        ("Can you email SANNE about it?", "mixed"),  # a name in capitals in a line with case
        ("Jean DUPONT a appelé", "mixed"),
        ("The IT team meets HR at NASA", "lower"),  # acronyms are no case (nor names: nothing to re-case)
    ],
)
def test_with_the_lexicon_a_line_with_case_around_an_uncased_name_is_recased(line: str, case: str | None) -> None:
    assert line_case(line, lexicon()) == case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please send the invoice to sarah johnson before Friday.", ["sarah johnson"]),
        ("Can you ask david about the Excel sheet for Amsterdam?", ["david"]),
        ("Can you draft an email to SANNE about the schedule?", ["SANNE"]),
        ("Jean DUPONT a appelé, stuur hem de offerte.", ["Jean DUPONT"]),
        ("De klant, Marc PEETERS, belde over de levering.", ["Marc PEETERS"]),
        ("Graag een reactie naar J. DE BOER sturen.", ["J. DE BOER"]),
        # and no name in capitals or lower case where there is none
        ("Please check the PDF and the API docs before Friday.", []),
        ("The IT team and HR will meet at the NASA office in the USA.", []),
        ("Zet de TODO in Jira en mail het team over de planning.", []),
    ],
)
def test_a_name_in_lower_case_or_capitals_inside_a_line_with_case_is_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_in_a_line_of_capitals_the_article_a_is_lower_case_and_an_initial_keeps_its_capital() -> None:
    from dlp_proxy.detection.names.name_lexicon import lexicon
    from dlp_proxy.detection.names.name_recase import Recaser

    text = "BECKY, A 45-YEAR-OLD ACCOUNTANT, WANTS A NEW JOB. CC: J. A. DE VRIES"
    recased = Recaser(text, lexicon()).text()
    assert recased.startswith("Becky, a 45-year-old accountant, wants a new job.")
    assert recased.endswith("J. A. de Vries")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb before a name is no first name of its own ("Ping" is one too)
        ("can someone ping anna about the invoice", ["anna"]),
        ("can you ask tom to check", ["tom"]),
        # a census surname that is also a Dutch word, after a first name in capitals
        ("REFERENCES\nFRANCESCA ALLEN, HEAD OF OPERATIONS", ["FRANCESCA ALLEN"]),
        ("WIJ ALLEN GAAN NAAR HUIS", []),
    ],
)
def test_when_a_line_without_case_holds_a_verb_or_a_word_like_surname_then_the_name_is_read_right(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a census surname that is also a word, in capitals after a title
        ("DEAR MR KENNEDY,\n\nWE WRITE TO REMIND YOU", ["KENNEDY"]),
        ("WILLOW TREES GROW FAST", []),
    ],
)
def test_when_a_title_in_capitals_precedes_a_census_surname_then_it_is_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stretch in capitals inside a line with case reads as a line in capitals
        ("Write a caption: 'RAISE A GLASS TO MAREK AND SIOBHÁN – 25 YEARS EACH!'", ["MAREK", "SIOBHÁN"]),
        ("Reformat this note: URGENT - TENDAI TO SIGN OFF BUDGET. MORRISON ALREADY APPROVED.", ["MORRISON"]),
        # capitals that hold no name stay as they are
        ("Use the NEW API KEY FOR PROD in Vault.", []),
    ],
)
def test_when_a_line_with_case_shouts_a_stretch_then_its_names_are_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected

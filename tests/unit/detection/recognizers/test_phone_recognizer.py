"""PhoneRecognizer: E.164 and the national notations of NL, BE, DE, the UK and the US/Canada,
judged by libphonenumber, beside the digits that only look like a phone number."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.phone_recognizer import POSSIBLE_SCORE, SCORE, PhoneRecognizer
from dlp_proxy.policy import Policy

RECOGNIZER = PhoneRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["PHONE_NUMBER"])]


# Per country: a number in one of its notations, and a look-alike of the same shape that is not one.
@pytest.mark.parametrize(
    ("number", "look_alike"),
    [
        # the Netherlands
        ("06-12345678", "06-05-2026"),  # a date is a valid mobile number to libphonenumber
        ("06 12345678", "06 1234"),
        ("0612345678", "061234"),
        ("020 123 4567", "020 12"),
        ("020-1234567", "2020-1234567"),
        ("(020) 123 4567", "(020) 12 34"),
        ("+31 6 12345678", "+31 6 1234"),
        ("+31612345678", "+316123"),
        ("0031 6 12345678", "0031 6 1234"),
        ("+31 (0)20 123 4567", "+31 (0)20 12"),
        # Belgium
        ("02 123 45 67", "02 12 34"),
        ("0470 12 34 56", "0470 12"),
        ("02/ 123 45 67", "02/ 12"),
        ("0470/12.34.56", "01.02.2024"),
        ("+32 2 123 45 67", "+32 2 123"),
        ("+32 470 12 34 56", "+32 470 12"),
        # Germany
        ("030 12345678", "2030 12345678"),
        ("0151 12345678", "0151 1234 5678 9012 34"),  # longer than any number: groups of an account
        ("(030) 1234567", "(030) 12"),
        ("030/12345678", "030/12"),
        ("+49 30 12345678", "+49 30 123"),
        ("+49 (0) 151 12345678", "+49 (0) 151"),
        # the United Kingdom
        ("020 7946 0958", "2020 7946 0958"),
        ("07700 900123", "07700 90"),
        ("+44 20 7946 0958", "+44 20 79"),
        ("+44 7700 900123", "+44 7700"),
        ("+44 (0)7780 528241", "+44 (0)7780"),
        ("(0113) 496 0123", "(0113) 49"),
        # the United States and Canada
        ("(415) 555-2671", "(415) 555-26"),
        ("(415)555-2671", "(415)555"),
        ("415-555-2671", "415-55-2671"),  # the layout of a social security number
        ("415.555.2671", "4.155.552.671"),
        ("4155552671", "1717171717"),  # a UNIX timestamp: no US area code starts with 1
        ("+1 415 555 2671", "+1 415 555"),
        ("+1-415-555-2671", "+1-415"),
        ("1-415-555-2671", "1-415-555"),
        ("001-700-486-1258", "001-700-486"),
        ("+1 (613) 555-0143", "+1 (613) 55"),  # Canada
    ],
)
def test_when_a_number_is_written_as_in_its_country_then_it_is_found_and_its_look_alike_is_not(
    number: str, look_alike: str
) -> None:
    assert found(f"Noted: {number}.") == [number]
    assert found(f"Noted: {look_alike}.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call me at 507.870.1751x3372 please.", "507.870.1751x3372"),
        ("Call me at 507.870.1751 x 3372 please.", "507.870.1751 x 3372"),
        ("(415)555-2671x12345", "(415)555-2671x12345"),
        ("+1-415-555-2671x123", "+1-415-555-2671x123"),
        ("001-700-486-1258x3372", "001-700-486-1258x3372"),
        ("Office 415-555-2671 ext. 12, ask for Sam.", "415-555-2671 ext. 12"),
        ("Office 415-555-2671 ext 12", "415-555-2671 ext 12"),
        ("Office 415-555-2671 extension 12", "415-555-2671 extension 12"),
        ("Receptie 020 123 4567 toestel 12.", "020 123 4567 toestel 12"),
        ("Receptie 020 123 4567, toestel 12.", "020 123 4567, toestel 12"),
        ("Receptie 020 123 4567 tst. 12.", "020 123 4567 tst. 12"),
        ("+44 20 7946 0958 ext. 204", "+44 20 7946 0958 ext. 204"),
        # digits after "toestel" that start another number are not its extension
        ("gsm 0470 12 34 56, toestel: 020 123 4567", "0470 12 34 56"),
    ],
)
def test_when_a_number_has_an_extension_then_the_span_includes_it(text: str, expected: str) -> None:
    assert found(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid for the US and standing alone, in text that is not Dutch
        ("Mark Jones, 5078701751, joined in May.", ["5078701751"]),
        ("name,email,phone\nMark Jones,mark@example.com,5078701751", ["5078701751"]),
        ("Jan de Vries, 5078701751, begon in mei bij het team.", []),  # Dutch text: needs a word
        ("Jan de Vries (tel 5078701751) begon in mei bij het team.", ["5078701751"]),
        ("Zijn nummer is 5078701751.", ["5078701751"]),
        # part of a longer run of letters and digits: only with a context word
        ("ID-5078701751 was created.", []),
        ("5078701751-01 was created.", []),
        ("tel:5078701751", ["5078701751"]),
        ("NL60INGB5078701751", []),
        # possible but not valid (no such area code): only with a phone word
        ("His number is 8374986402.", []),
        ("Phone: 8374986402", ["8374986402"]),
        ("Bel 8374986402 na vijf uur.", ["8374986402"]),
        # eleven digits with the trunk 1: only with a word
        ("Noted: 14155552671.", []),
        ("Call 14155552671.", ["14155552671"]),
        # ten digits between spaces read like the bare number
        ("Reach me on 415 555 2671.", ["415 555 2671"]),
        ("Stap 8 van 58: 415 555 2671 rijen.", []),
    ],
)
def test_when_ten_digits_stand_bare_then_validity_and_context_decide(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # possible (the right length) but not in an assigned range: the notation decides
        ("Noted: +44 7700 900123.", ["+44 7700 900123"]),  # Ofcom's drama range
        ("Noted: 0979 1234567.", ["0979 1234567"]),  # grouped, with a trunk 0
        ("Noted: 09791234567.", []),  # bare
        ("Bel 09791234567 vanavond.", ["09791234567"]),  # bare, with a phone word
        ("Noted: 001-700-486-1258.", ["001-700-486-1258"]),
        # eight digits: a KvK number looks the same
        ("Noted: 03012345.", []),
        ("Bel 03012345.", ["03012345"]),
        ("KPN via 0800-0402 (gratis).", ["0800-0402"]),
    ],
)
def test_when_a_number_is_only_possible_then_its_notation_or_a_phone_word_decides(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # dates and times
        "datum 2024-05-12",
        "geboren 12-05-2024",
        "op 20240512",
        "geboren 12-03-1985",
        "datum 01.02.2024",
        "tijd 10:30-12:00",
        "bel tussen 09.30-17.30",
        "2014-05-12 14:55:52 671",
        # IBAN groups and card numbers
        "IBAN NL91 ABNA 0417 1643 00 graag.",
        "Is NL17 ABNA 0692 0055 27 een geldig IBAN?",
        "Rekening BE71 0961 2345 6769.",
        "IBAN DE89 3704 0044 0532 0130 00",
        "Kaart 4111 1111 1111 1111.",
        "Is 4442 0271 6725 3345 a valid card?",
        "Kaart 5500 0000 0000 0004.",
        # BSN, KvK, order and invoice numbers after their label
        "BSN 012345672",
        "sofinummer 012 345 672",
        "KvK 12345678",
        "KvK 07044856, btw NL791556929B04",
        "KvK-nummer: 07044856",
        "Social Security Number (SSN): 014 29 0065",  # a qualifier in brackets after the label
        "ordernummer (webshop): 0612345678",
        "Chamber of Commerce 03308828",
        "order 1234567890",
        "order 2024-123456 is verzonden",
        "ordernummer: 0612345678",
        "factuurnummer 4155552671",
        "Invoice no. 415-555-2671",
        "klantnummer 0612345678",
        "user_id: 9028974365",
        "Ticket #4155552671 staat open.",
        "zaaknummer 415-555-2671",
        "build 0785300",
        # amounts, quantities, versions, IP addresses, timestamps
        "bedrag 1.234.567,89",
        "bedrag € 0612345678",
        "Total: $415,555,2671",
        "uptime 4155552671 s",
        "copied 4155552671 rows",
        "versie 1.2.3",
        "versie 10.15.7.2671",
        "server 192.168.100.200",
        "server (194.220.151.12) reageert niet",
        "created 1717171717",
        '"ts": 1717171717000',
        "ISSN 0736-5853",
        "postcode 12345",
        "postgres://u:p@db:5432/x",
        # a Belgian national number as the eID prints it, nor a cut of it
        "werknemer 05.05.09-112.78 (student)",
        # company numbers: a D-U-N-S number, a Belgian enterprise number, also after "is"
        "Our EIN is 84-2290718 and our DUNS is 08-146-6849.",
        "Ondernemingsnummer 0478.213.092 staat op de factuur.",
        "Our VAT number is 0478213092.",  # an identifier's label and "is"
    ],
)
def test_when_digits_only_look_like_a_phone_number_then_nothing_is_found(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tel. 06-12345678 of 020 123 4567.", ["06-12345678", "020 123 4567"]),
        ("bel Piet (06-12345678)", ["06-12345678"]),
        ("06-12345678, 06-87654321 / 06-11223344", ["06-12345678", "06-87654321", "06-11223344"]),
        ("our driver will call 07486 256777.", ["07486 256777"]),
        ("Call (415) 555-2671 or 415.555.2671.", ["(415) 555-2671", "415.555.2671"]),
        ("Geboren 06-05-1985, bel 06-12345678.", ["06-12345678"]),
        (
            "Call +1-415-555-2671, 1-415-555-2671 or 001-700-486-1258.",
            ["+1-415-555-2671", "1-415-555-2671", "001-700-486-1258"],
        ),
    ],
)
def test_when_text_holds_several_numbers_then_each_is_found_once(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [("bel +31 6 12345678 2024 graag", "+31 6 12345678"), ("Call 646-702-7286 today", "646-702-7286")],
)
def test_when_a_valid_number_is_followed_by_digits_then_only_the_number_is_found(text: str, number: str) -> None:
    assert found(text) == [number]


@pytest.mark.parametrize(
    ("text", "score"),
    [("bel 06-12345678", SCORE), ("Noted: +44 7700 900123.", POSSIBLE_SCORE), ("Phone: 8374986402", POSSIBLE_SCORE)],
)
def test_when_number_is_found_then_it_clears_the_default_policy_threshold(
    policy: Policy, text: str, score: float
) -> None:
    [result] = RECOGNIZER.analyze(text, ["PHONE_NUMBER"])
    assert result.score == score
    assert result.score >= policy.thresholds.get("PHONE_NUMBER", policy.default_threshold)


def test_when_phone_numbers_are_not_asked_for_then_nothing_is_found() -> None:
    assert RECOGNIZER.analyze("bel 06-12345678", ["EMAIL_ADDRESS"]) == []


def test_when_an_ordinary_label_and_is_stand_before_a_number_then_it_is_still_a_phone() -> None:
    # "is" after a company number's label makes that number no phone; after "account" it does not
    assert found("My number on the account is +44 7700 137 442.") == ["+44 7700 137 442"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number under an identifier's column header is that identifier, however it dials
        ("name,ssn\nMarcus Bell,045025519\nTanya Reyes,0470123456", []),
        ("naam;iban;telefoon\nJan;0612345678;0612345678", ["0612345678"]),  # the phone column stays
        ("order id | phone\n0201234567 | 0612345678", ["0612345678"]),
        # a Belgian VAT or enterprise number after "BE"
        ("Wij zijn een bvba met ondernemingsnummer BE 0412.345.678.", []),
        ("BTW: BE0412345678", []),
        ("Bel ons op 0470 12 34 56.", ["0470 12 34 56"]),
    ],
)
def test_when_a_number_belongs_to_an_identifier_column_or_a_vat_prefix_then_it_is_no_phone(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

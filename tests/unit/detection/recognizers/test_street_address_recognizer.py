"""StreetAddressRecognizer: British, American, Belgian and German street addresses, labelled postcodes.

Each table holds addresses (found whole) and look-alikes (nothing found) of one country side by side.
"""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.nl_address_recognizer import FULL, STREET
from dlp_proxy.detection.recognizers.street_address_recognizer import StreetAddressRecognizer

RECOGNIZER = StreetAddressRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["LOCATION"]) if r.score >= THRESHOLD]


def scored(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in RECOGNIZER.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("488 Marcus Gardens, Lewisfort", ["488 Marcus Gardens, Lewisfort"], id="town-after-comma"),
        pytest.param("20822 Traci Parkway, Tylermouth", ["20822 Traci Parkway, Tylermouth"], id="parkway"),
        pytest.param("We have 3 Main Points", [], id="main-points"),
        pytest.param("123 Main St, Springfield, IL 62701", ["123 Main St, Springfield, IL 62701"], id="state-and-zip"),
        pytest.param("2 Supreme Court Justices", [], id="supreme-court"),
        pytest.param(
            "1600 Pennsylvania Avenue NW, Washington, DC 20500",
            ["1600 Pennsylvania Avenue NW, Washington, DC 20500"],
            id="direction",
        ),
        pytest.param("3 Best Way", [], id="best-way"),
        pytest.param(
            "20822 Traci Parkway\nTylermouth, OH 43215-1234",
            ["20822 Traci Parkway\nTylermouth, OH 43215-1234"],
            id="two-lines-zip-plus-four",
        ),
        pytest.param("Step 2 Road map", [], id="heading"),
        pytest.param(
            "488 Marcus Gardens Suite 300\nNorth Tylerville, NV 89012",
            ["488 Marcus Gardens Suite 300\nNorth Tylerville, NV 89012"],
            id="suite",
        ),
        pytest.param("Room 12", [], id="room"),
        pytest.param(
            "424 Michele Canyon\nApt 22, Boston, MA 02108", ["424 Michele Canyon\nApt 22, Boston, MA 02108"], id="apt"
        ),
        pytest.param("Order 12345 shipped", [], id="order-number"),
        pytest.param("He lives at 5883 Oliver Corners.", ["5883 Oliver Corners"], id="corners-named-after-person"),
        pytest.param("We had 3 Green Fields in the plan.", [], id="green-fields"),
        pytest.param(
            "Home address: 8438 Hutchinson Lodge", ["8438 Hutchinson Lodge"], id="weak-type-after-address-word"
        ),
        pytest.param("+ 3555 DefaultHandler Reveals Base Resource Path", [], id="changelog-line"),
        pytest.param("Ship it to 42 Station Road please.", ["42 Station Road"], id="road-alone"),
        pytest.param("Buy a 4 Wheel Drive or a 2 TB Drive", [], id="drives"),
        pytest.param("350 5th Avenue", ["350 5th Avenue"], id="ordinal-street"),
        pytest.param("In 2008 Wall Street crashed", [], id="year"),
        pytest.param("Read the Wall Street Journal", [], id="wall-street-journal"),
        pytest.param("Python 3.12 Release Way", [], id="version"),
        pytest.param("12 Main St., St. Louis, MO 63101", ["12 Main St., St. Louis, MO 63101"], id="abbreviations"),
        pytest.param("costs $250 Main Street prices", [], id="amount"),
        pytest.param("488 MARCUS GARDENS, LEWISFORT", ["488 MARCUS GARDENS, LEWISFORT"], id="capitals"),
        pytest.param("Open 2 Docker PORTS", [], id="capitals-in-a-sentence"),
        pytest.param(
            "51 Franklin Street, Fifth Floor, Boston, MA  02110-1301, USA",
            ["51 Franklin Street, Fifth Floor, Boston, MA  02110-1301, USA"],
            id="floor-and-country",
        ),
        pytest.param("3 Jan Dr Smith called", [], id="doctor-not-drive"),
        pytest.param("PO Box 1234, Springfield, IL 62704", ["PO Box 1234, Springfield, IL 62704"], id="po-box"),
        pytest.param("PO Box 1234", [], id="po-box-alone"),
        pytest.param("PSC 1234, Box 5678\nAPO AE 12345", ["PSC 1234, Box 5678\nAPO AE 12345"], id="military"),
        pytest.param("USNS Smith\nFPO AP 12345", ["USNS Smith\nFPO AP 12345"], id="navy"),
        pytest.param("the Apollo 11 Mission", [], id="product-number"),
    ],
)
def test_american_addresses_and_look_alikes(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("221B Baker Street, London NW1 6XE", ["221B Baker Street, London NW1 6XE"], id="postcode"),
        pytest.param("10 Downing Street", ["10 Downing Street"], id="street-alone"),
        pytest.param(
            "Flat 12\n5 Maple Close\nLeeds\nLS1 4AP", ["Flat 12\n5 Maple Close\nLeeds\nLS1 4AP"], id="four-lines"
        ),
        pytest.param(
            "Flat 12\nMarcus Gardens\nLewisfort\nW1A 2BD",
            ["Flat 12\nMarcus Gardens\nLewisfort\nW1A 2BD"],
            id="flat-without-house-number",
        ),
        pytest.param("Flat 2 is free", [], id="flat-alone"),
        pytest.param(
            "Bill to:\n77 Keith Union\nCambridge CB2 7HP\n", ["77 Keith Union\nCambridge CB2 7HP"], id="block"
        ),
        pytest.param("5 Maple Court, Leeds LS1 4AP", ["5 Maple Court, Leeds LS1 4AP"], id="court-with-postcode"),
        pytest.param("Room 2 Supreme Court hearing", [], id="court-without-postcode"),
        pytest.param("152 Page Plains, Barkerton S0H 0BF", ["152 Page Plains, Barkerton S0H 0BF"], id="ordinary-name"),
        pytest.param("We visited 3 Botanical Gardens", [], id="botanical-gardens"),
        pytest.param(
            "the property at 1721 Alexandra Stream, Arnhem.", ["1721 Alexandra Stream, Arnhem"], id="town-full-stop"
        ),
        pytest.param("12 Baker Street\nJohn Smith\n", ["12 Baker Street"], id="person-on-next-line"),
        pytest.param("Address: 12 Baker Street\nContact: Ann", ["12 Baker Street"], id="label-on-next-line"),
        pytest.param("Model S3 4XL", [], id="product-code"),
    ],
)
def test_british_addresses_and_look_alikes(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hans-Müller-Straße 12\n10115 Berlin", ["Hans-Müller-Straße 12\n10115 Berlin"], id="two-lines"),
        pytest.param("Müllerstr. 5/6, 80331 München", ["Müllerstr. 5/6, 80331 München"], id="abbreviated"),
        pytest.param("Arbeitsplatz 3", [], id="workplace"),
        pytest.param("Hauptstraße 5", ["Hauptstraße 5"], id="strasse-alone"),
        pytest.param("Parkplatz 12 ist frei", [], id="parking-space"),
        pytest.param(
            "Marktplatz 3, 12345 Neustadt an der Weinstraße",
            ["Marktplatz 3, 12345 Neustadt an der Weinstraße"],
            id="weak-suffix-with-postcode",
        ),
        pytest.param("Spring 2024 release", [], id="english-ring-word"),
        pytest.param("Berliner Straße 12", ["Berliner Straße 12"], id="adjective"),
        pytest.param("Im Jahr 2024, Berlin", [], id="prefix-without-postcode"),
        pytest.param("Am Markt 5, 04109 Leipzig", ["Am Markt 5, 04109 Leipzig"], id="prefix-with-postcode"),
        pytest.param("Textorring 377, Grevenbroich", ["Textorring 377, Grevenbroich"], id="ring-with-town"),
        pytest.param("Weißstraße 57 in Olpe, Tel.", ["Weißstraße 57 in Olpe"], id="town-after-in"),
        pytest.param("Parkweg 3 in Teams", ["Parkweg 3"], id="a-word-after-in"),
        pytest.param(
            "Bernard;Schülerweg 5/5;09183;Mallersdorf", ["Schülerweg 5/5;09183;Mallersdorf"], id="record-cells"
        ),
        pytest.param(
            "Lindenweg 12, D-10115 Berlin, Deutschland",
            ["Lindenweg 12, D-10115 Berlin, Deutschland"],
            id="country-prefix-and-name",
        ),
        pytest.param("Speicherplatz 5 GB", [], id="storage"),
    ],
)
def test_german_addresses_and_look_alikes(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Rue de la Loi 16, 1040 Bruxelles", ["Rue de la Loi 16, 1040 Bruxelles"], id="rue"),
        pytest.param("Place Order 2", [], id="place-order"),
        pytest.param("Avenue Louise 54", ["Avenue Louise 54"], id="avenue"),
        pytest.param("Square Enix 4", [], id="square-enix"),
        pytest.param("Chaussée d'Ixelles 227 bte 3", ["Chaussée d'Ixelles 227 bte 3"], id="box"),
        pytest.param("Place Flagey 7, 1050 Ixelles", ["Place Flagey 7, 1050 Ixelles"], id="place-with-postcode"),
        pytest.param("Boulevard du Roi Albert II 30", ["Boulevard du Roi Albert II 30"], id="roman-numeral"),
        pytest.param("Route 66", [], id="route"),
    ],
)
def test_french_belgian_addresses_and_look_alikes(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("PLZ: 10115 Berlin", ["10115 Berlin"], id="plz-and-town"),
        pytest.param("zip 10000 files", [], id="zip-archive"),
        pytest.param("ZIP code: 90210-1234", ["90210-1234"], id="zip"),
        pytest.param("He was born in 1985", [], id="year"),
        pytest.param("postcode 1000", ["1000"], id="belgian-postcode"),
        pytest.param("Het kost 1000 euro", [], id="amount"),
        pytest.param('{"zip":"07014"}', ["07014"], id="json"),
        pytest.param("Windows 10115", [], id="bare-number"),
        pytest.param("Postal code SW1A 1AA", ["SW1A 1AA"], id="uk-postcode"),
        pytest.param("cp1252 encoding", [], id="code-page"),
    ],
)
def test_postcodes_alone_only_under_a_label(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("488 Marcus Gardens, Lewisfort", [("488 Marcus Gardens, Lewisfort", FULL)]),
        ("10 Downing Street", [("10 Downing Street", STREET)]),
        ("Hauptstraße 5, 10115 Berlin", [("Hauptstraße 5, 10115 Berlin", FULL)]),
        ("Hauptstraße 5", [("Hauptstraße 5", STREET)]),
        ("PLZ 10115", [("10115", STREET)]),
    ],
)
def test_when_more_of_the_address_is_present_then_the_score_is_higher(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert scored(text) == expected


def test_when_results_are_returned_then_they_name_the_recognizer() -> None:
    (result,) = RECOGNIZER.analyze("10 Downing Street", ["LOCATION"])
    assert result.entity_type == "LOCATION"
    assert result.recognition_metadata["recognizer_name"] == "StreetAddressRecognizer"
    assert result.recognition_metadata["recognizer_identifier"] == RECOGNIZER.id


def test_when_location_is_not_requested_then_nothing_is_scanned() -> None:
    assert RECOGNIZER.analyze("10 Downing Street", ["PERSON"]) == []


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        ("1 Aa Bb Cc Dd " * 8_000)[:100_000],
        ("1 Main Street, " * 7_000)[:100_000],
        ("Rue de la " * 10_000)[:100_000] + " 1",
        ("Hauptstraße 1, " * 7_000)[:100_000],
        "-".join(["Aa"] * 30_000) + "-Straße 1",
        ("PLZ " * 25_000)[:100_000],
        ("Flat 1\n" * 14_000)[:100_000],
        ("1 Aa, " * 16_000)[:100_000],
        ("1 Aa Dr Bb " * 10_000)[:100_000],
    ],
    ids=lambda t: repr(t[:12]),
)
def test_when_input_is_long_and_crafted_then_the_scan_still_finishes(text: str) -> None:
    RECOGNIZER.analyze(text, ["LOCATION"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a PO box with its town (and ZIP)
        ("Mail to P.O. Box 45, Springfield", ["P.O. Box 45, Springfield"]),
        ("PO Box 1234, Austin, TX 78701", ["PO Box 1234, Austin, TX 78701"]),
        # invalid: a box alone, or followed by a lower-case word
        ("P.O. Box 45", []),
        ("put it in PO Box 45 please", []),
    ],
)
def test_when_a_po_box_has_its_town_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a German house number labelled as in a form
        ("Straße: Goethestraße, Hausnummer 12", ["Goethestraße, Hausnummer 12"]),
        ("Lindenallee Nr. 5, 50968 Köln", ["Lindenallee Nr. 5, 50968 Köln"]),
        # invalid: the label after a word that is no street
        ("Kundennummer, Hausnummer 12", []),
        ("Seite, Nr. 12", []),
    ],
)
def test_when_a_german_house_number_is_labelled_then_the_address_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a second street type after the first, a "#" unit
        ("He moved to 9 Cedar Hollow Rd, Asheville, NC 28803.", ["9 Cedar Hollow Rd, Asheville, NC 28803"]),
        ("Ship to 301 Pine Ridge Trail #12, Boulder, CO 80302", ["301 Pine Ridge Trail #12, Boulder, CO 80302"]),
        ("10 Downing Street Park", ["10 Downing Street Park"]),
        # invalid: two types after ordinary words, no town or unit
        ("We had 3 Main Points Way", []),
        ("Step 2 Road Way", []),
    ],
)
def test_when_two_street_types_follow_each_other_then_the_stronger_counts(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a named building between the flat and the number, a flat after ordinary street words
        (
            "Flat 2B, Wellington Court, 6 Park Road, Leeds LS6 2AN",
            ["Flat 2B, Wellington Court, 6 Park Road, Leeds LS6 2AN"],
        ),
        ("Apt 4, Kings House\n12 Mill Lane", ["Apt 4, Kings House\n12 Mill Lane"]),
        ("27970 Jenkins Lakes Apt. 027", ["27970 Jenkins Lakes Apt. 027"]),
        ("3 Main Points Suite 2", ["3 Main Points Suite 2"]),
        # invalid: a room or floor is no home's unit; a building word alone makes no address
        ("3 Main Points Room 4", []),
        ("2 Supreme Court Floor 3", []),
        ("Flat 2 is in Wellington Court", []),
    ],
)
def test_when_a_flat_or_building_goes_with_the_street_then_it_is_part_of_the_address(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: words that make no street on their own, but a postcode follows
        ("7 Power Gateway\nButlerburgh\nCW52 8FZ", ["7 Power Gateway\nButlerburgh\nCW52 8FZ"]),
        ("2 Test Drive, Leeds LS1 4AP", ["2 Test Drive, Leeds LS1 4AP"]),
        # invalid: without the postcode, or with a state but no ZIP
        ("Buy a 4 Wheel Drive today", []),
        ("My 4 Wheel Drive, Austin, TX is parked", []),
    ],
)
def test_when_a_postcode_follows_then_any_street_words_make_an_address(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: English addresses typed in lower case, with their postcode or state and ZIP
        ("shipping address: 42 elm grove, reading rg1 5aa", ["42 elm grove, reading rg1 5aa"]),
        ("address: 88 lakeshore drive, chicago, il 60611", ["88 lakeshore drive, chicago, il 60611"]),
        ("send to 12 baker street\nlondon\nnw1 6xe\nthanks", ["12 baker street\nlondon\nnw1 6xe"]),
        ("77 elm st, springfield, ma 01103 thanks", ["77 elm st, springfield, ma 01103"]),
        # invalid: lower-case text without a postcode, or a code-like token without a street
        ("send it to 42 elm grove tomorrow", []),
        ("step 2 road map rg1 5aa", []),
        ("the sha1 5ab hash, il 60611 rows", []),
    ],
)
def test_when_an_english_address_is_in_lower_case_then_the_postcode_anchors_it(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: an address word before a German street with a weak suffix
        ("Lieferadresse: Schinkeplatz 50", ["Schinkeplatz 50"]),
        ("Meine Adresse ist Grafring 8/2.", ["Grafring 8/2"]),
        # invalid: no address word, or a measure after the number
        ("Schinkeplatz 50", []),
        ("address: Speicherplatz 5 GB", []),
    ],
)
def test_when_an_address_word_precedes_a_german_weak_street_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: unambiguous labels whatever follows, a bare "zip" before a few words or after a colon
        ("Our depot covers postcode SW1A 2AA and around.", ["SW1A 2AA"]),
        ("PLZ 80331 gehört zu München.", ["80331"]),
        ("postcode 9000 is Gent", ["9000"]),
        ("Shipping estimate for ZIP: 10001-2345 please.", ["10001-2345"]),
        ("Do you deliver to ZIP 90210 please?", ["90210"]),
        # invalid: a bare "zip" before other lower-case words, or a 4-digit code after it
        ("zip 10000 files", []),
        ("zip 12345 in the archive", []),
        ("zip 2024 is the year", []),
    ],
)
def test_when_a_postcode_label_is_followed_by_a_word_then_the_label_decides(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        ("1 aa st, rg1 5aa " * 7_000)[:100_000],
        ("1 Main St, rg1 5aa " * 6_000)[:100_000],
        ("rg1 5aa, il 60611 " * 6_000)[:100_000],
        ("Flat 1, Aa Bb Cc Court, " * 5_000)[:100_000],
        ("1 Aa Hollow Hollow " * 6_000)[:100_000],
        ("address: Aaplatz 1 " * 6_000)[:100_000],
    ],
    ids=lambda t: repr(t[:12]),
)
def test_when_input_is_crafted_against_the_new_rules_then_the_scan_still_finishes(text: str) -> None:
    RECOGNIZER.analyze(text, ["LOCATION"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: an Irish Eircode after the street or its town
        ("Send to 12 Main Street, Dublin D02 X285.", ["12 Main Street, Dublin D02 X285"]),
        ("89 Gilgunn Street T92 YRFD", ["89 Gilgunn Street T92 YRFD"]),
        # invalid: an Eircode-like token after words that make no street
        ("Buy 3 Road bikes T92 YRFD", []),
        ("We had 3 Main Points D02 today", []),  # a routing key alone is no Eircode
    ],
)
def test_when_an_eircode_follows_the_street_then_it_is_part_of_the_address(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Deliver to 8 Wattle Grove, Epping NSW 2121 today", ["8 Wattle Grove, Epping NSW 2121"], id="au"),
        pytest.param(
            "lives at Unit 5/42 Bellevue St, Surry Hills NSW 2010.",
            ["Unit 5/42 Bellevue St, Surry Hills NSW 2010"],
            id="au-unit-slash-number",
        ),
        pytest.param(
            "Tenant: 17/203 Glenferrie Rd, Malvern VIC 3144", ["17/203 Glenferrie Rd, Malvern VIC 3144"], id="au-slash"
        ),
        pytest.param(
            "Send it to 405-1260 Granville St, Vancouver, BC V6Z 1M4 please",
            ["405-1260 Granville St, Vancouver, BC V6Z 1M4"],
            id="ca-suite-number",
        ),
        pytest.param(
            "Address: 88-14 Parsons Blvd, Apt 3C, Jamaica, NY 11432",
            ["88-14 Parsons Blvd, Apt 3C, Jamaica, NY 11432"],
            id="queens-hyphenated-number",
        ),
        # look-alikes: no street before the state and code, or no code of that shape
        pytest.param("Sales in NSW 2121 units, VIC 3144 units", [], id="state-and-number-without-street"),
        pytest.param("Ship 1/2 Cup Flour, BC V6Z 1M4", [], id="fraction-and-no-street-type"),
        pytest.param("Order 12 Wattle Grove pots, Epping NSW 21", [], id="postcode-too-short"),
    ],
)
def test_when_an_australian_or_canadian_address_runs_on_to_its_code_then_it_is_found_whole(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Irish addresses by county and Eircode, with or without a house number
        (
            "Address: Cnoc na Gréine, Clonakilty, Co. Cork, P85 W2K6. IBAN follows.",
            ["Cnoc na Gréine, Clonakilty, Co. Cork, P85 W2K6"],
        ),
        (
            "the house at 17 Glenview Park, Bray, Co. Wicklow, A98 P6F3 split equally",
            ["17 Glenview Park, Bray, Co. Wicklow, A98 P6F3"],
        ),
        (
            "Send it to Apt 4, Harbour View, Dún Laoghaire, County Dublin A96 N2X0 please",
            ["Apt 4, Harbour View, Dún Laoghaire, County Dublin A96 N2X0"],
        ),
        # ... and a county without an Eircode, or a lone routing code, is no address
        ("Our Co. Cork office hires in spring.", []),
        ("We sell in Clonakilty, Co. Cork and Kinsale.", []),
    ],
)
def test_irish_addresses_by_county_and_eircode(text: str, expected: list[str]) -> None:
    assert found(text) == expected

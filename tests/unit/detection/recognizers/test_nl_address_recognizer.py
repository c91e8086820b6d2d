"""AddressRecognizer: Dutch and Flemish street addresses and Dutch postcodes.

British, American, German and French-Belgian addresses: test_street_address_recognizer.py."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.nl_address_recognizer import FULL, PLAIN, STREET, AddressRecognizer

RECOGNIZER = AddressRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["LOCATION"]) if r.score >= THRESHOLD]


def scored(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in RECOGNIZER.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch: street + number, running on over postcode and place
        ("Kerkstraat 12, 1234 AB Amsterdam", ["Kerkstraat 12, 1234 AB Amsterdam"]),
        # ... over the cells of an exported record ("5248 KW": a postcode right after a street)
        ("Piet de Vries;Molenweg 3;5248 KW;Paasloo", ["Molenweg 3;5248 KW;Paasloo"]),
        ("Damrak 1 | 1012 LG | Amsterdam", ["Damrak 1 | 1012 LG | Amsterdam"]),
        ("Klant: Stefweg 58; 2178 XK Vragender", ["Stefweg 58; 2178 XK Vragender"]),
        ("Delphine;Edithbaan 21;9314;Sint-Martens-Voeren", ["Edithbaan 21;9314;Sint-Martens-Voeren"]),  # Belgian
        # an unlisted (Belgian) town after "in"
        ("lives at Heidisingel 66 in Arbrefontaine, phone", ["Heidisingel 66 in Arbrefontaine"]),
        ("Kerkstraat 12 in Excel zetten", ["Kerkstraat 12"]),  # a word, not a town
        ("Mijn adres is Kerkstraat 12, 1234 AB Amsterdam.", ["Kerkstraat 12, 1234 AB Amsterdam"]),
        ("Kerkstraat 12\n1234 AB Amsterdam", ["Kerkstraat 12\n1234 AB Amsterdam"]),
        ("Stationsplein 1, 3511 ED Utrecht", ["Stationsplein 1, 3511 ED Utrecht"]),
        ("Kerkstraat 12, Amsterdam", ["Kerkstraat 12, Amsterdam"]),
        ("Markt 12, Breda", ["Markt 12, Breda"]),  # an ordinary word as street: only with its place
        ("Postbus 123, 1000 AB Amsterdam", ["Postbus 123, 1000 AB Amsterdam"]),
        ("Prinsengracht 263-267", ["Prinsengracht 263-267"]),
        ("Laan van Meerdervoort 1a", ["Laan van Meerdervoort 1a"]),
        ("Damrak 1", ["Damrak 1"]),
        ("Nieuwe Binnenweg 15b", ["Nieuwe Binnenweg 15b"]),
        ("Burgemeester de Withstraat 3", ["Burgemeester de Withstraat 3"]),
        ("Van Heenvlietlaan 12", ["Van Heenvlietlaan 12"]),
        ("Lange Voorhout 34", ["Lange Voorhout 34"]),
        ("Dorpsstraat 7-II", ["Dorpsstraat 7-II"]),
        ("Hoofdstraat 5 A", ["Hoofdstraat 5 A"]),
        ("Woont op de Kerkstraat 12 in Utrecht", ["Kerkstraat 12 in Utrecht"]),
        # Dutch postcodes
        ("1234 AB", ["1234 AB"]),
        ("1234AB", ["1234AB"]),
        ("postcode 1234 AB", ["1234 AB"]),
        ("1234 AB Den Haag", ["1234 AB Den Haag"]),
        ("2511 CV 's-Gravenhage", ["2511 CV 's-Gravenhage"]),
        # Flemish: a Belgian postcode (four digits) and place, a box number ("bus")
        ("Kerkstraat 12, 1000 Brussel", ["Kerkstraat 12, 1000 Brussel"]),
        ("Kerkstraat 12 bus 3, 2000 Antwerpen", ["Kerkstraat 12 bus 3, 2000 Antwerpen"]),
        ("Frankrijklei 115\n2000\nAntwerpen", ["Frankrijklei 115\n2000\nAntwerpen"]),
        ("Hansboulevard 3, 5335 Halen", ["Hansboulevard 3, 5335 Halen"]),  # "halen" is also a verb
        ("Oscarsteeg 9, Bocholt", ["Oscarsteeg 9, Bocholt"]),  # an unlisted place after a suffixed street
        ("Emmahof 3", ["Emmahof 3"]),
    ],
)
def test_when_text_holds_an_address_then_the_span_covers_it(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sprint 12; 2024 is gepland",
        "versie 2.1",
        "Windows 11",
        "Python 3.12",
        "Room 12",
        "Chapter 3",
        "Order 12345",
        "Bestelnummer 123456",
        "Sprint 3",
        "Kamer 12",
        "Java 17",
        "Fase 2 van het project",
        "Artikel 5 lid 2",
        "Stap 4: open Excel",
        "Kubernetes 1.29",
        "iPhone 15",
        "Route 66",
        "Amsterdam",
        "London",
        "Ik woon in Utrecht.",
        "Kerkstraat",  # a street without a number
        "1024 MB",
        "2048 GB RAM",
        "1500 BC",
        "1234 SS",  # SA, SD and SS are never issued
        "0123 AB",
        "12345 AB",
        "ik ben onderweg 2 uur",
        "Notepad 2",
        "2 Supreme Court Justices",
        "3 Best Way",
        "We have 3 Main Points",
        "de deadline is 12-03-2025",
        "Kamer 12, 2024 Jaarverslag",  # four digits after an ordinary word: a year, not a postcode
        "Hoofdstuk 3, 2023 Rapport",
        "De Vergadering 3, 2024 Planning",
        # a range of postcodes is an area, not an address
        "We bezorgen van 3511 AB tot 3584 ZZ.",
        "postcodes 1011 AB-1099 ZZ en 3511AB t/m 3584ZZ",
        "Delivery area 3511 AB to 3584 ZZ only",
    ],
)
def test_when_text_holds_no_address_then_no_finding(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerkstraat 12, 1234 AB Amsterdam", [("Kerkstraat 12, 1234 AB Amsterdam", FULL)]),
        ("1234 AB Amsterdam", [("1234 AB Amsterdam", FULL)]),
        ("Kerkstraat 12", [("Kerkstraat 12", STREET)]),
        ("Damrak 1", [("Damrak 1", PLAIN)]),
        ("1234 AB", [("1234 AB", PLAIN)]),
        ("Postcode: 1234 AB", [("1234 AB", STREET)]),
        ("Stuur het naar 1234 AB - graag snel", [("1234 AB", PLAIN)]),  # a dash, but no second postcode
        (
            "Kerkstraat 12, 1234 AB Amsterdam - 3584 ZZ",
            [("Kerkstraat 12, 1234 AB Amsterdam", FULL), ("3584 ZZ", PLAIN)],
        ),
    ],
)
def test_when_more_of_the_address_is_present_then_the_score_is_higher(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert scored(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch postcodes whose letters are also abbreviations, after a street and number
        pytest.param("Havenkade 12, 1012 NL Breda", ["Havenkade 12, 1012 NL Breda"], id="postcode-nl"),
        pytest.param(
            "Julianastraat 217, 1926 EN Amsterdam", ["Julianastraat 217, 1926 EN Amsterdam"], id="postcode-en"
        ),
        pytest.param(
            "Havenkade 160b, 4628BC TILBURG", ["Havenkade 160b, 4628BC TILBURG"], id="postcode-bc-capital-place"
        ),
        pytest.param("Het bestand is 1024 MB groot.", [], id="megabytes"),
        # Dutch streets whose suffix also ends ordinary words: only with a postcode or place
        pytest.param("Rosaliering 84, 4110CV LEIDEN", ["Rosaliering 84, 4110CV LEIDEN"], id="ring-with-postcode"),
        pytest.param(
            "Zuiderdiep 137, 4487 PB Eindhoven", ["Zuiderdiep 137, 4487 PB Eindhoven"], id="diep-with-postcode"
        ),
        pytest.param("De Vergadering 3 begint om tien uur.", [], id="ring-word-without-postcode"),
        # an address column of a table: the cell is the address
        pytest.param(
            'naam;adres\nJuul Riem;"Plein 1944 138, 7674 TK Tilburg"',
            ["Plein 1944 138, 7674 TK Tilburg"],
            id="address-column",
        ),
        pytest.param("name,address\nAnna,Unit 4 Harbour View", ["Unit 4 Harbour View"], id="address-column-en"),
        pytest.param("naam;adres\nJan;onbekend", [], id="address-column-without-number"),
        pytest.param("naam;versie\nJan;3.2", [], id="other-column"),
    ],
)
def test_when_an_address_needs_its_layout_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_results_are_returned_then_they_name_the_recognizer() -> None:
    (result,) = RECOGNIZER.analyze("Kerkstraat 12", ["LOCATION"])
    assert result.entity_type == "LOCATION"
    assert result.recognition_metadata["recognizer_name"] == "AddressRecognizer"
    assert result.recognition_metadata["recognizer_identifier"] == RECOGNIZER.id


def test_when_location_is_not_requested_then_nothing_is_scanned() -> None:
    assert RECOGNIZER.analyze("Kerkstraat 12", ["PERSON"]) == []


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        ("1 " * 50_000)[:100_000],
        ("a 1 " * 25_000)[:100_000],
        ("Kerkstraat 1 " * 8_000)[:100_000],
        ("Laan van " * 12_000)[:100_000] + " 1",
        ("1234 AB " * 12_500)[:100_000],
        ("Kerkstraat 1, 1000 " * 5_000)[:100_000],
        ("1 A " * 25_000)[:100_000],
        ("Aa " * 33_000)[:100_000] + " 1",
    ],
    ids=lambda t: repr(t[:12]),
)
def test_when_input_is_long_and_crafted_then_the_scan_still_finishes(text: str) -> None:
    RECOGNIZER.analyze(text, ["LOCATION"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: glued and slashed house-number additions
        ("Hij woont op Molenstraat 12hs.", ["Molenstraat 12hs"]),
        ("Adres: Prinsengracht 263bis", ["Prinsengracht 263bis"]),
        ("Postadres: Stationsplein 12/3", ["Stationsplein 12/3"]),
        # valid: a one-word street that is also a noun, right after "ik woon op de", "woonachtig te X,"
        ("Ik woon op de Dam 1", ["Dam 1"]),
        ("woonachtig te Veldhoven, Heuvel 7", ["Heuvel 7"]),
        # valid: a street column beside a house-number column
        ("straat;huisnummer;postcode;plaats\nBeukenlaan;22;5616 AB;Eindhoven", ["5616 AB;Eindhoven", "Beukenlaan;22"]),
        # invalid: dates, counts and the living words without a street
        ("Stationsplein 12/3/2024 was de datum", []),
        ("Ik woon al 12 jaar in Utrecht.", []),
        ("Ik woon op de 3e verdieping van flat 12.", []),
        ("We woonden vroeger in de Achterhoek.", []),
        ("straat;huisnummer\nonbekend;n.v.t.", []),
        ("Postbus 123", []),  # a PO box only with its postcode
    ],
)
def test_when_a_round2_address_form_is_written_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: Dutch addresses in lower case, anchored by their postcode
        ("factuuradres: molenweg 3, 7421 ab deventer", ["molenweg 3, 7421 ab deventer"]),
        ("ik woon op kerkstraat 12\n1234 ab amsterdam", ["kerkstraat 12\n1234 ab amsterdam"]),
        ("laan van meerdervoort 50a, 2517 an den haag", ["laan van meerdervoort 50a, 2517 an den haag"]),
        ("kerkstraat 12, 2024 is utrecht", ["kerkstraat 12, 2024 is utrecht"]),  # a word pair after a suffix
        # invalid: a postcode-like token without a street before it
        ("wat kost 1234 ab", []),
        ("stap 3, 1234 ab", []),
        ("we hebben 12 stuks, 2000 ab", []),
        ("sprint 12, 2024 is gepland", []),  # a word pair after an ordinary word
        ("markt 3, 1234 en breda", []),
    ],
)
def test_when_a_dutch_address_is_in_lower_case_then_the_postcode_anchors_it(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: "te" or "in" and a listed place after a street and number; a comma after a Belgian postcode
        ("Kerkstraat 12 te Utrecht", ["Kerkstraat 12 te Utrecht"]),
        ("Kan het pakket naar Groenedijk 7 in Rotterdam?", ["Groenedijk 7 in Rotterdam"]),
        ("Sarahbaan 145, 8625, Niverlée", ["Sarahbaan 145, 8625, Niverlée"]),
        # invalid: not a place after "in"; no street before the number
        ("Kerkstraat 12 in januari", ["Kerkstraat 12"]),
        ("Hoofdstuk 12 in Utrecht", []),
        ("Sprint 24 in Amsterdam", []),
    ],
)
def test_when_a_place_follows_after_te_or_in_then_it_is_part_of_the_address(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a type word opening a multi-word street that is not in the register
        ("Stuur naar Laan van Nieuw Oost-Indië 123, Den Haag", ["Laan van Nieuw Oost-Indië 123, Den Haag"]),
        ("Laan van de Toekomst 3", ["Laan van de Toekomst 3"]),
        ("Plein van de Verenigde Naties 12", ["Plein van de Verenigde Naties 12"]),
        # invalid: no interfix after the type word, or a lower-case word before the number
        ("Laan Toekomst 3", []),
        ("de laan van de toekomst 3", []),
        # a mission name is no one-word street
        ("Apollo 13 Mission control", []),
    ],
)
def test_when_a_street_opens_with_its_type_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a number label between the street and its number
        ("Kerkstraat nr. 12, Utrecht", ["Kerkstraat nr. 12, Utrecht"]),
        ("Dorpsweg huisnummer 4", ["Dorpsweg huisnummer 4"]),
        # invalid: the label after a word that is no street
        ("Hoofdstuk nr. 3", []),
        ("factuur nr. 12", []),
    ],
)
def test_when_a_number_label_follows_the_street_then_the_address_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        ("kerkstraat 1, 1234 ab " * 5_000)[:100_000],
        ("1234 ab " * 13_000)[:100_000],
        ("Laan van de Aa " * 7_000)[:100_000] + " 1",
        ("Kerkstraat 1 te " * 7_000)[:100_000],
    ],
    ids=lambda t: repr(t[:12]),
)
def test_when_input_is_crafted_against_the_new_rules_then_the_scan_still_finishes(text: str) -> None:
    RECOGNIZER.analyze(text, ["LOCATION"])

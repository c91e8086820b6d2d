"""FR_NIR: the key (97 - n mod 97), Corsica's 2A and 2B, the carte Vitale notation, labels."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.fr_nir_recognizer import FrNirRecognizer

R = FrNirRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["FR_NIR"]) if r.score >= THRESHOLD]


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ("1 85 07 75 123 456 08", "1 85 07 75 123 456 09"),  # wrong key
        ("185077512345608", "185077512345680"),
        ("1850775123456 08", "1850775123456 07"),
        ("2 85 07 2A 123 456 15", "2 85 07 2A 123 456 42"),  # Corsica: 2A counts as 19
        ("2 85 07 2B 123 456 42", "2 85 07 2B 123 456 15"),  # 2B as 18
        ("2 95 05 99 123 456 49", "5 95 05 99 123 456 49"),  # the first digit is the sex: 1 or 2 (3, 7, 8)
        ("1 85 07 75 123 456 08", "1 85 13 75 123 456 08"),  # month 13
    ],
)
def test_when_the_key_holds_then_found_and_when_not_then_no_finding(valid: str, invalid: str) -> None:
    assert found(f"numéro de sécurité sociale : {valid}") == [valid]
    assert found(f"numéro de sécurité sociale : {invalid}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 85 07 75 123 456 08", ["1 85 07 75 123 456 08"]),  # the carte Vitale notation on its own
        ("NIR 185077512345608", ["185077512345608"]),
        ("Carte Vitale n° 185077512345608", ["185077512345608"]),
        ("Frans sofinummer van de medewerker: 285072A12345615", ["285072A12345615"]),
        ("N° SS : 1850775123456-08", ["1850775123456-08"]),  # a dash before the key
        ("N° de sécu 1 85 07 75 123 456 - 08", ["1 85 07 75 123 456 - 08"]),
        ("INSEE 1850775123456 08", ["1850775123456 08"]),
        ("sécu: 185077512345608", ["185077512345608"]),
        ("NSS 185077512345608", ["185077512345608"]),
        ("social security number (France): 185077512345608", ["185077512345608"]),
        ("Het Franse sofinummer van de medewerker is 185077512345608.", ["185077512345608"]),
        ("Frans BSN: 185077512345608", ["185077512345608"]),
        ("numéro de sécurité sociale 1850775123456", ["1850775123456"]),  # no key, with a label
        ("numéro de sécurité sociale 1 85 07 75 123 456", ["1 85 07 75 123 456"]),
        ("Nom;NIR;Entrée\nMarie Dubois;185077512345608;2024-01-01", ["185077512345608"]),
        ("NIR: 1-85-07-75-123-456-08", ["1-85-07-75-123-456-08"]),  # one separator throughout
        ("1.85.07.75.123.456.08", ["1.85.07.75.123.456.08"]),  # ... on its own
        ("Frans sofinummer 1 85 07 75 123456 08", ["1 85 07 75 123456 08"]),  # the order number in one piece
        ("numéro de sécu 185 07 75 123 456 08", ["185 07 75 123 456 08"]),  # another grouping: with a label
        # fifteen digits whose fields and key check count alone, like a card number
        ("185077512345608", ["185077512345608"]),
        ("Stuur door: werknemer Julien Petit, 185077512345608, contract per 1 mei", ["185077512345608"]),
        ("1850775123456 08", ["1850775123456 08"]),
        # a bare "ID" names an identifier: it does not demote a checked one
        ("Patient ID (FR): 1 85 07 75 123 456 08", ["1 85 07 75 123 456 08"]),
        ("Employee ID 185077512345608", ["185077512345608"]),
        # ... and what is not one
        ("185077512345609", []),  # fifteen plain digits, a wrong key
        ("185137512345607", []),  # month 13, its key right
        ("Commande 185077512345608", []),  # another number's label
        ("Bestelnummer: 185077512345608", []),
        ("IMEI 490154203237518", []),  # a device number: sex digit 4
        ("Commande 1 85 07 75 123 456 08", []),  # another number's label
        ("Carte 4111 1111 1111 111", []),
        ("Tél. 01 23 45 67 89", []),
        ("1850775123456", []),  # thirteen digits without a label
        ("NIR 1850775123456-09", []),  # a dash before a wrong key
        ("NIR 1850775123456-0", []),  # a key of one digit
        ("numéro de sécurité sociale 1851375123456", []),  # no key, and month 13
        ("Facture n° 1 85 07 75 123 456 08", []),
        ("185 07 75 123 456 08", []),  # another grouping without a label
        ("1-85-07-75-123-456-09", []),  # a wrong key
        ("1.85-07.75-123.456-08", []),  # mixed separators without a label
        ("versie 1.85.07.75.123.456.08.1", []),  # part of a longer dotted number
    ],
)
def test_when_text_holds_fifteen_digit_numbers_then_only_nirs_count(text: str, expected: list[str]) -> None:
    assert found(text) == expected

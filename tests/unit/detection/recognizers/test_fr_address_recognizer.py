"""FrAddressRecognizer: French street addresses, number first, street type in lower case."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.fr_address_recognizer import FrAddressRecognizer

RECOGNIZER = FrAddressRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: number, type, name, and the postcode and town when they follow
        (
            "Mijn adres is 55, boulevard Odette Fournier\n57784 Lévy-sur-Perrier.",
            ["55, boulevard Odette Fournier\n57784 Lévy-sur-Perrier"],
        ),
        ("12 rue de la Paix, 75002 Paris", ["12 rue de la Paix, 75002 Paris"]),
        ("Livraison: 3 bis impasse des Lilas", ["3 bis impasse des Lilas"]),
        ("99, avenue Morvan, 84381 Gauthier CEDEX 2", ["99, avenue Morvan, 84381 Gauthier CEDEX 2"]),
        ("8 Rue d'Alsace 67000 Strasbourg", ["8 Rue d'Alsace 67000 Strasbourg"]),
        ("4 place de la Mairie", ["4 place de la Mairie"]),  # an ambiguous type with a connector
        # valid: no number, but a postcode and town
        ("Adres: rue de Langlois\n64228 Costeville", ["rue de Langlois\n64228 Costeville"]),
        ("chemin Martin Delmas, 72492 Sainte Josephine", ["chemin Martin Delmas, 72492 Sainte Josephine"]),
        ("13 route Nationale, 13100 Aix-en-Provence", ["13 route Nationale, 13100 Aix-en-Provence"]),
        # invalid
        ("I rue the day I met him.", []),
        ("5 Square Enix titles are on sale", []),  # an English word as type, no connector or postcode
        ("The route Paris - Lyon takes 4 hours", []),
        ("On the avenue Foch there are shops", []),  # no number and no postcode
        ("rue de Langlois", []),
        ("12 rue", []),
        ("12 rue de la paix", []),  # the name is not capitalised
    ],
)
def test_when_text_holds_a_french_address_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_location_is_not_requested_then_nothing_is_scanned() -> None:
    assert RECOGNIZER.analyze("12 rue de la Paix, 75002 Paris", ["PERSON"]) == []

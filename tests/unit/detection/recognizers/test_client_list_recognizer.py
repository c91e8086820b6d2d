"""CLIENT: whole-word, case- and accent-insensitive names, reference patterns, large lists."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.client_list_recognizer import ClientListRecognizer

R = ClientListRecognizer(
    names=["Bakkerij Ökö BV", "Achmea", "De Vries Holding", "Van Dam & Partners"],
    references=[r"\bKL-\d{6}\b"],
)


def found(text: str, recognizer: ClientListRecognizer = R) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["CLIENT"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Offerte voor bakkerij OKO bv.", ["bakkerij OKO bv"]),
        ("ACHMEA belde gisteren", ["ACHMEA"]),
        ("dossier KL-123456 bijwerken", ["KL-123456"]),
        ("Mail van de vries holding over de factuur", ["de vries holding"]),
        ("Van Dam Partners vraagt om een update", ["Van Dam Partners"]),  # punctuation is ignored
        # in a CamelCase identifier, as whole humps
        ("class DeVriesHoldingExporter(BaseExporter):", ["DeVriesHolding"]),
        ("def getAchmeaPolicies(): ...", ["Achmea"]),
        ("XMLDeVriesHoldingParser", ["DeVriesHolding"]),
    ],
)
def test_when_a_client_is_named_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Achmeaverzekering is geen klantnaam",  # whole words only
        "De Vries is een achternaam",  # part of a multi-word name is not the name
        "dossier KL-1234567",
        "Bakkerij in het dorp",
        "class AchmeaverzekeringClient:",  # a hump is a whole word too
        "DeVriesExporter",  # part of a multi-word name
    ],
)
def test_when_no_client_is_named_then_nothing_is_found(text: str) -> None:
    assert found(text) == []


def test_subject_says_which_client_matched() -> None:
    [r] = R.analyze("klant ACHMEA", ["CLIENT"])
    assert r.recognition_metadata["subject"] == "achmea"


@pytest.mark.timeout(30)
def test_fifty_thousand_names_match_like_five() -> None:
    names = [f"Klant {i:05d} Holding" for i in range(50_000)] + ["Zorggroep Noorderlicht"]
    big = ClientListRecognizer(names=names)
    text = ("Een lange tekst zonder klanten. " * 3000) + "Vandaag belde zorggroep noorderlicht en KLANT 04999 HOLDING."
    assert found(text, big) == ["zorggroep noorderlicht", "KLANT 04999 HOLDING"]


@pytest.mark.parametrize(
    "text",
    ["", "Café STRAßE van_der Berg-Jansen, 12 o'clock", "naïve ﬁle ①② Ǆemal", "geen klant hier\n\t..."],
)
def test_the_words_without_offsets_are_the_words_with_them(text: str) -> None:
    # The recognizer looks words up first and works out offsets only on a hit: both must agree.
    from dlp_proxy.textnorm import tokens, words_of

    assert words_of(text) == [w for _, _, w in tokens(text)]

"""NL_BSN: eleven-test, notations, and context (a bare valid number alone stays below threshold)."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.nl_bsn_recognizer import NlBsnRecognizer

R = NlBsnRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["NL_BSN"]) if r.score >= THRESHOLD]


@pytest.mark.parametrize(
    ("text", "bsn"),
    [
        ("BSN: 111222333", None),  # context is added by the engine; the dotted form needs none
        ("BSN 1112.22.333 van de aanvrager", "1112.22.333"),
        ("burgerservicenummer 393.519.211)", "393.519.211"),
        ("naam;bsn;adres\nJulia de Wit;569461935;Kerkstraat 1", "569461935"),
        ("Sofinummer van de werknemer: 314 105 827.", "314 105 827"),
        ("BSN 12345672 (acht cijfers)", "12345672"),
        # a payroll document's file name: the number joined to a word, the document its context
        ("Wat staat er in de bijlage? 569461935-loonstrook.pdf", "569461935"),
        ("jaaropgave_2024_569461935.pdf", "569461935"),
        ("salarisstrook-569461935.pdf", "569461935"),
        ("BSN van de klant: 134-48-9895", "134-48-9895"),  # the SSN's layout, with a BSN word
        ("Burgerservicenummer: 134 48 9895", "134 48 9895"),
    ],
)
def test_when_a_valid_bsn_has_context_or_a_bsn_notation_then_it_is_found(text: str, bsn: str | None) -> None:
    if bsn is None:
        assert [text[r.start : r.end] for r in R.analyze(text, ["NL_BSN"])] == ["111222333"]
    else:
        assert found(text) == [bsn]


@pytest.mark.parametrize(
    "text",
    [
        "BSN 123456789",  # fails the eleven-test
        "bsn 1234.56.789",
        "burgerservicenummer 111111111",  # passes the test but is all one digit
        "ordernummer 569461935",  # valid checksum, no BSN context: below threshold
        "bedrag 1.234.567.890 euro",
        "factuur 2024-569461935",
        "tel 0612345678",
        "IBAN NL91ABNA0417164300",
        "foto-569461935.jpg",  # joined to a word, but no document that holds a BSN
        "loonstrook-569461936.pdf",  # fails the eleven-test
        "loonstrook ORD-569461935",  # a code in capitals before it
        "loonstrook 06-12345678",
        "nummer 134-48-9895",  # the SSN's layout without a BSN word: US_SSN's
    ],
)
def test_when_number_is_not_a_bsn_then_nothing_counts(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare valid number listed with one that counts is of the same kind
        ("Welke is van Jan Smit? 367.418.253 of 209494177", ["367.418.253", "209494177"]),
        ("Welke hoort bij haar: 762984594 of 2780.86.998?", ["762984594", "2780.86.998"]),
        ("Which one is hers, 367.418.253 or 209494177?", ["367.418.253", "209494177"]),
        ("367.418.253, 209494177 en 487824738", ["367.418.253", "209494177", "487824738"]),  # a chain
        ("Twee burgerservicenummers: 209494177 en 456326042", ["209494177", "456326042"]),  # plural context word
        # ... and numbers that stay bare
        ("ordernummer 209494177 of 487824738", []),  # neither counts on its own
        ("367.418.253 is het bedrag, ordernummer 209494177", ["367.418.253"]),  # words between them
        ("367.418.253\n209494177", ["367.418.253"]),  # another line
        ("367.418.253 of 123456789", ["367.418.253"]),  # fails the eleven-test
    ],
)
def test_when_a_bare_number_is_listed_with_a_bsn_then_it_counts_too(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dossier S. de Keijser: 142533828 – aanvraag toeslag", ["142533828"]),
        ("Belastingdienst: aangifte voor 569461935 ontbreekt", ["569461935"]),
        ("Ordernummer 569461935 is verzonden", []),  # no BSN context at all
        ("Dossier S. de Keijser: 123456789 – aanvraag toeslag", []),  # fails the eleven-test
    ],
)
def test_a_benefits_or_tax_text_makes_a_valid_number_a_bsn(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nine digits that pass the eleven-test, called just "the number" in Dutch
        ("Controleer dit nummer: 569461935", ["569461935"]),
        ("Mijn nummer is 569461935.", ["569461935"]),
        ("Kun je het nummer 569461935 opzoeken?", ["569461935"]),
        ("Zoek haar nummer op:\n569461935", ["569461935"]),
        # ... but not a compound or a noun before it, and not one that fails the test
        ("Het ordernummer is 569461935", []),
        ("Klantnummer 569461935 heeft een vraag", []),
        ("het order nummer 569461935", []),
        ("nummer 569461935", []),  # no determiner: a column or a list label
        ("Controleer dit nummer: 569461936", []),
        ("dit nummer staat in de bijlage; de referentie is 569461935", []),  # not right before it
    ],
)
def test_a_valid_number_called_just_the_number_counts(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klantkaart: naam=Jan;bsn569461935;woonplaats=Utrecht", ["569461935"]),  # glued to the word itself
        ("BSN569461935", ["569461935"]),
        ("bsn569461936", []),  # fails the eleven-test
        ("bsn5694619351", []),  # ten digits
    ],
)
def test_a_valid_number_glued_to_the_word_bsn_counts(text: str, expected: list[str]) -> None:
    assert found(text) == expected

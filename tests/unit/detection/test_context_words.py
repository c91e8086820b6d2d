"""The context words around a finding, read with our own tokenizer (detection/context_words.py)."""

from __future__ import annotations

import pytest
import spacy

from dlp_proxy.detection.context_words import context_words, tokens


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Bel mij op 0612345678.", ["Bel", "mij", "op", "0612345678", "."]),
        ("e-mail: x", ["e", "-", "mail", ":", "x"]),  # a hyphen before a letter splits
        ("06-12345678", ["06", "-", "12345678"]),  # an operator between digits splits
        ("wachtwoord:geheim", ["wachtwoord", ":", "geheim"]),
        ("ID:12345", ["ID:12345"]),  # ':' before a digit does not
        ("(tel. 020)", ["(", "tel", ".", "020", ")"]),
        ("Jan's laptop", ["Jan", "'s", "laptop"]),
        ("tel.nr. 12", ["tel.nr", ".", "12"]),
        ("a\n\nb  c", ["a", " ", "b", " ", "c"]),  # white space other than one space is a token
        ("€100, 5%", ["€", "100", ",", "5", "%"]),
        ("jan@example.nl,", ["jan@example.nl", ","]),
    ],
)
def test_the_tokens_follow_spacys_blank_tokenizer_where_it_matters(text: str, want: list[str]) -> None:
    assert [t for *_, t in tokens(text, 0, len(text))] == want
    assert all(text[s:e] == t or t == " " for s, e, t in tokens(text, 0, len(text)))


@pytest.mark.parametrize(
    ("text", "value", "before", "after", "want"),
    [
        ("Bel mij op telefoon 0612345678 aub", "0612345678", 5, 0, {"bel", "mij", "op", "telefoon", "0612345678"}),
        ("een twee drie vier vijf zes zeven 0612345678", "0612345678", 2, 0, {"zes", "zeven", "0612345678"}),
        ("tel: 0612345678", "0612345678", 5, 0, {"tel", "0612345678"}),  # punctuation is no word
        ("a b 0612345678 c d e", "0612345678", 0, 2, {"0612345678", "c", "d"}),
        ("0612345678", "0612345678", 5, 0, {"0612345678"}),
        ("IP-adres:\n\n10.0.0.1", "10.0.0.1", 1, 0, {"10.0.0.1", " "}),  # the blank lines count as a word
        ("user svc:pw@db", "pw", 5, 0, {"user", "svc", "pw@db"}),  # ':' between letters splits
        ("user ID:12345", "12345", 5, 0, {"user"}),  # a token with ':' is no word (presidio splits it)
    ],
)
def test_context_words_walk_back_and_forward(text: str, value: str, before: int, after: int, want: set[str]) -> None:
    got = context_words(text, text.index(value), before, after)
    assert set(got) == {w for w in want if ":" not in w}


def test_the_window_grows_until_the_walk_ends_inside_it() -> None:
    text = "telefoon " + " ".join(["woord"] * 3) + " " + "x" * 300 + " 0612345678"
    got = context_words(text, text.index("0612345678"), 5, 0, span=4)
    assert "telefoon" in got and "woord" in got
    assert context_words("x", 0, 5, 0) == ["x"]
    assert context_words("", 0, 5, 0) == []


_PROSE = [
    "Bel mij op telefoon 0612345678, of mail naar jan@example.nl vandaag nog.",
    "Can you check the IP address 192.168.10.4 of the printer on the second floor?",
    "Mijn BSN is 111222333 en mijn IBAN NL91ABNA0417164300; wil je dat invullen?",
    "Het wachtwoord van de wifi is Zomer2024! en de gebruikersnaam gast.",
    "Reach me on +44 20 7946 0958 (office) or 07700 900123 after five.",
]


@pytest.mark.parametrize("text", _PROSE)
def test_on_prose_the_words_are_presidios(text: str) -> None:
    """On ordinary sentences the words are those presidio's enhancer takes from spaCy's tokens,
    at every position and for the window sizes presidio is configured with."""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
    from presidio_analyzer.nlp_engine import NlpArtifacts

    from dlp_proxy.detection.nlp import OfflineSpacyNlpEngine

    nlp = spacy.blank("xx")
    engine = OfflineSpacyNlpEngine({"xx": nlp})
    doc = nlp(text)
    lemmas = [t.lower_ for t in doc]
    whole = NlpArtifacts([], doc, [t.idx for t in doc], lemmas, engine, "xx")
    for before, after in ((5, 0), (2, 1)):
        enhancer = LemmaContextAwareEnhancer(context_prefix_count=before, context_suffix_count=after)
        for start in range(len(text)):
            if text[start] == " ":
                continue
            want = sorted(enhancer._extract_surrounding_words(whole, text[start], start))
            assert sorted(context_words(text, start, before, after)) == want, (start, before, after)

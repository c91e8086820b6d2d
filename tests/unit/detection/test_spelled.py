"""spelled: digits written as Dutch or English words, and values typed one character at a time
with spaces, become an extra text (the whole line, the run written plainly) that maps back onto
the run; and the engine finds the values in them. Non-Latin digits fold to ASCII in the
canonical text."""

from __future__ import annotations

import pytest

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.detection.canonical import canonicalize
from dlp_proxy.detection.spelled import spelled_runs

AWS_KEY_ID = "AKIA2QX7MZ5RNW3KH4TB"
NATO_IBAN = "november lima nine one alfa bravo november alfa zero four one seven one six four three zero zero"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Het BSN is een een een twee twee twee drie drie drie.", "Het BSN is 111222333."),
        ("BSN: one-one-one-two-two-two-three-three-three", "BSN: 111222333"),
        ("bel nul zes, een twee drie vier, vijf zes zeven acht", "bel 0612345678"),
        ("Nummer: Eén Een Twee Twee Drie Drie", "Nummer: 112233"),
        (f"key id {' '.join(AWS_KEY_ID)} graag", f"key id {AWS_KEY_ID} graag"),
        ("mail j a n @ e x a m p l e . n l", "mail jan@example.nl"),
        ("regel 1\nBSN negen negen negen een een een twee twee twee\nregel 3", "BSN 999111222"),
        ("IBAN: November Lima nine one Alfa Bravo November Alfa zero four one seven", "IBAN: NL91ABNA0417"),
        ("code x-ray yankee zulu niner niner one", "code XYZ991"),
        ("UK mobile: 0 7 8 1 6 3 6 4 5 7 4 thanks", "UK mobile: 07816364574 thanks"),
        ("NI number: T M 2 6 9 8 1 6 C", "NI number: TM269816C"),
        (
            "Secret: q8Vd 2Lr5 Tn7W k1Yp 4Hs9 Gc3J b6Mf 0Xz/ Ae+R u5Ki",
            "Secret: q8Vd2Lr5Tn7Wk1Yp4Hs9Gc3Jb6Mf0Xz/Ae+Ru5Ki",
        ),
        ("token ghp_-Hq7R-mZ2k-Xw9V-tP4n-Ls8J-cB3y", "token ghp_Hq7RmZ2kXw9VtP4nLs8JcB3y"),
    ],
    ids=[
        "dutch",
        "english-hyphens",
        "dutch-commas",
        "capitals-accent",
        "spaced-key",
        "spaced-address",
        "one-line",
        "nato-iban",
        "nato-x-ray-niner",
        "spaced-phone",
        "spaced-nino",
        "key-in-fours",
        "token-in-fours-dashed",
    ],
)
def test_when_a_value_is_spelled_or_spaced_then_its_line_is_read_plainly(text: str, plain: str) -> None:
    [extra] = spelled_runs(text)
    assert extra.text == plain and extra.kind == "spelled"
    start = plain.index(next(w for w in plain.split() if any(c.isdigit() for c in w) or "@" in w))
    s, e = extra.to_canonical(start, start + 5)
    assert text[s:e].strip() and text[s:e] in text  # maps back inside the run


@pytest.mark.parametrize(
    ("text", "plain", "name"),
    [
        ("Klant: J a n  d e  V r i e s belt", "Klant: Jan de Vries belt", "J a n  d e  V r i e s"),
        ("naam F.a.t.i.m.a E.l A.m.r.a.n.i ok", "naam Fatima El Amrani ok", "F.a.t.i.m.a E.l A.m.r.a.n.i"),
        ("S-a-n-d-e-r B-a-k-k-e-r komt", "Sander Bakker komt", "S-a-n-d-e-r B-a-k-k-e-r"),
    ],
)
def test_when_a_name_is_written_one_letter_at_a_time_then_its_words_are_read(text: str, plain: str, name: str) -> None:
    [extra] = spelled_runs(text)
    assert extra.text == plain
    start = plain.index(plain.split()[1])
    s, e = extra.to_canonical(start, start + len(" ".join(plain.split()[1:-1])))
    assert text[s:e] == name  # the whole run is what a finding masks


@pytest.mark.parametrize(
    "text",
    [
        "een twee drie vier vijf",  # five words: no number that matters
        "Ik had een een-op-een gesprek met een collega.",  # the article, not digits
        "one or two or three or four or five or six",  # words between the numbers
        "a b c d e f g h i j k",  # eleven characters
        "Een tweede drie-eenheid van vier vijftigers",  # words that merely start like digits
        "We played golf at the hotel in Lima with Mike and Oscar.",  # NATO words in prose, not in a row
        "stappen 1 2 3 a b c",  # short, and three digits
        "J.P. de Vries en e.g. i.e.",  # initials and abbreviations: fewer than eight letters spelled
        "well-known up-to-date x-ray",  # hyphenated words
        "that with from have been some more text",  # four-letter words in a row
        "Windows key: ABCD1-EFGH2-IJKL3-MNOP4-QRST5-UVWX6",  # a product key in capitals: not grouped by four
        "Fingerprint: 3F2A 9B1C 44D0 E7A1 0C9B 55EE 12AB 7F3C 9D0E 1A2B",  # hex in one case
        "IBAN FR76 3000 6000 0112 3456 7890 189",  # an IBAN: capitals and digits only
        "",
    ],
)
def test_when_nothing_is_spelled_or_spaced_then_no_extra(text: str) -> None:
    assert spelled_runs(text) == []


def test_when_a_spelled_run_and_a_spaced_run_share_a_line_then_both_are_written_plainly() -> None:
    [extra] = spelled_runs("BSN een een een twee twee twee drie drie drie en key A K I A 2 Q X 7 M Z 5 R")
    assert extra.text == "BSN 111222333 en key AKIA2QX7MZ5R"


@pytest.mark.parametrize(("digits", "ascii"), [("١١١٢٢٢٣٣٣", "111222333"), ("१११२२२३३३", "111222333")])
def test_when_digits_are_not_latin_then_the_canonical_text_has_ascii_digits(digits: str, ascii: str) -> None:
    canon = canonicalize(f"BSN {digits}")
    assert canon.text == f"BSN {ascii}" and canon.to_original(4, 13) == (4, 13)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Het BSN is een een een twee twee twee drie drie drie.", "NL_BSN",
         "een een een twee twee twee drie drie drie"),
        (f"aws_access_key_id = {' '.join(AWS_KEY_ID)}", "SECRET", " ".join(AWS_KEY_ID)),
        ("Stuur het naar j a n . d e v r i e s @ e x a m p l e . n l", "EMAIL_ADDRESS",
         "j a n . d e v r i e s @ e x a m p l e . n l"),
        ("BSN ١١١٢٢٢٣٣٣", "NL_BSN", "١١١٢٢٢٣٣٣"),
        (f"IBAN {NATO_IBAN}", "IBAN_CODE", NATO_IBAN),
    ],
    ids=["spelled-bsn", "spaced-key", "spaced-address", "arabic-indic-bsn", "nato-iban"],
)  # fmt: skip
def test_the_engine_finds_and_masks_the_written_out_value(
    detector: PresidioDetector, text: str, entity: str, value: str
) -> None:
    spans = {(f.entity_type, text[f.start : f.end]) for f in detector.scan(text)}
    assert (entity, value) in spans


_LISTED_IBAN = "['N', 'L', '2', '7', 'R', 'A', 'B', 'O', '0', '3', '0', '7', '5', '1', '9', '5', '4', '2']"
_VERTICAL_IBAN = "\n".join("NL27RABO0307519542")


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (f"iban = {_LISTED_IBAN}", "IBAN_CODE", _LISTED_IBAN[1:-1]),
        (f"Mijn rekening:\n{_VERTICAL_IBAN}\nDank!", "IBAN_CODE", _VERTICAL_IBAN),
        ("Card: 4111 then 1111 then 1111 then 1111, exp 12/28.", "CREDIT_CARD", "4111 then 1111 then 1111 then 1111"),
        (
            "Rekening NL27 dan RABO dan 0307 dan 5195 dan 42 graag.",
            "IBAN_CODE",
            "NL27 dan RABO dan 0307 dan 5195 dan 42",
        ),
    ],
    ids=["quoted-characters", "one-a-line", "card-joined-by-then", "iban-joined-by-dan"],
)
def test_the_engine_finds_a_value_listed_character_by_character_or_joined_by_words(
    detector: PresidioDetector, text: str, entity: str, value: str
) -> None:
    spans = {(f.entity_type, text[f.start : f.end]) for f in detector.scan(text)}
    assert (entity, value) in spans


@pytest.mark.parametrize(
    "text",
    [
        "letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']",  # no value in them
        "Steps:\n1\n2\n3\n",  # too few
        "Rooms 12 and 14 then 16 and 18",  # the words differ, and there are too few digits
        "Plan: A then B then C then D",
    ],
)
def test_when_listed_characters_or_joined_groups_hold_no_value_then_nothing_is_found(
    detector: PresidioDetector, text: str
) -> None:
    assert [f.entity_type for f in detector.scan(text) if f.entity_type in ("IBAN_CODE", "CREDIT_CARD", "NL_BSN")] == []

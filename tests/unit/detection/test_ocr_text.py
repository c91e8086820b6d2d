"""Repairs to OCR text: values OCR split or misread are put back together, ordinary text is not touched."""

from __future__ import annotations

import time

import pytest

from dlp_proxy.detection.ocr_text import repair
from tests.unit.uploads.image_builders import HARMLESS_LINES, SCREEN_LINES

IBAN = "NL91 ABNA 0417 1643 00"  # valid check digits
GOOGLE_KEY = "AIza" + "Sy3kQ9vX0pL2mN8bR4tW6yZ1cD5fG7hJ9kL"  # shape only: 35 characters after the prefix
GITHUB_TOKEN = "ghp_" + "x2WF2DeJaWaYWncgyCWsUhwVQkOqyjJenWnQ"
SLACK_TOKEN = "xoxb-098305274926-9726134080631-maGe8ZFLWm1IbrMcc5WhFi7H"
STRIPE_KEY = "sk_live_aac4j3pn16KurLXHIAzYRI85"
GITLAB_TOKEN = "glpat-xmClCOoUO1A5_TUGNW58"  # 20 characters after the prefix
GOOGLE_KEY_UNDERSCORE = "AIzaKJ9XGdZNeqXFQI0KWQms_Z0giK41YRLuJwS"
OPENAI_KEY = "sk-proj-4SqDE18jnReTuOgJFQfFxd46Eqxu78"


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("Mail marion. powell@ polderlicht.nl vandaag", "Mail marion.powell@polderlicht.nl vandaag"),
        ("to estherdevroege@bluepeak. io", "to estherdevroege@bluepeak.io"),
        ("garyowen@outlook .com", "garyowen@outlook.com"),
        ("rekening NL91 ABNA\n0417 1643 00", f"rekening {IBAN}"),
        ("rekening NL91\nABNA 0417 1643 00", f"rekening {IBAN}"),
        ("bereikbaar op +44 (0)7 764\n194434", "bereikbaar op +44 (0)7 764 194434"),
        ("NL91 ABNA O417 1643 OO", IBAN),  # O for 0, confirmed by mod 97
        ("NL9I ABNA 0417 1643 00", IBAN),  # I for 1 in the check digits
        ("NL91ABNAO417164300", "NL91ABNA0417164300"),  # written without spaces
        ("key " + GOOGLE_KEY.replace("AI", "Al"), "key " + GOOGLE_KEY),
        (GOOGLE_KEY[:20] + " " + GOOGLE_KEY[20:30] + "\n" + GOOGLE_KEY[30:], GOOGLE_KEY),
        (GITHUB_TOKEN[:16] + " " + GITHUB_TOKEN[16:], GITHUB_TOKEN),
        (SLACK_TOKEN.replace("xoxb", "xOxb")[:44] + " " + SLACK_TOKEN[44:], SLACK_TOKEN),
        (STRIPE_KEY[:13] + " " + STRIPE_KEY[13:] + " is live", STRIPE_KEY + " is live"),
    ],
)
def test_a_value_ocr_split_or_misread_is_put_back(read: str, repaired: str) -> None:
    assert repair(read) == repaired


@pytest.mark.parametrize(
    ("read", "repaired"),
    [  # as read on the OCR benchmark's tuning half (bench/ocr.py), keys of the same shape
        ("sk- proj -4SqDE18jnReTuOg JFQfFxd46Eqxu78", OPENAI_KEY),  # the prefix split
        ("key sk_live _aac4j3pn16KurLXHIAzYRI85.", f"key {STRIPE_KEY}."),
        (GITLAB_TOKEN.replace("_", " ") + " ok", GITLAB_TOKEN + " ok"),  # `_` read as a space: 19 of 20
        ("AlzaKJ9XGdZNeqXFQI0KWQms Z0giK41 YR\nLuJwS", GOOGLE_KEY_UNDERSCORE),  # the `_` at the first space
        (GITHUB_TOKEN[:16] + "\n\n" + GITHUB_TOKEN[16:], GITHUB_TOKEN),  # sparse reading: a blank line between
        (
            "sk-proj-ZL747VIPc2wlcsQ\n\nSuT 3BIbkFJqlyl7\n\nLast updated: yesterday",
            "sk-proj-ZL747VIPc2wlcsQSuT3BIbkFJqlyl7\n\nLast updated: yesterday",
        ),
        (  # Slack: an `I` OCR put in makes the last part 25 long
            "xoxb-098 305274926-9726134080631-maGe8ZFLWm1IIbrMcc5 WhFi7H",
            "xoxb-098305274926-9726134080631-maGe8ZFLWm1IIbrMcc5WhFi7H",
        ),
        (SLACK_TOKEN[:40] + " " + SLACK_TOKEN[40:] + " a", SLACK_TOKEN + " a"),  # ... but not the next word
    ],
)
def test_a_key_ocr_split_is_put_back(read: str, repaired: str) -> None:
    assert repair(read) == repaired


@pytest.mark.parametrize(
    "text",
    [
        *HARMLESS_LINES,
        "\n".join(SCREEN_LINES),
        "Dat is alles. Groeten, Jan. Zie je morgen?",
        "Meeting @ home. then lunch",  # an @ without an address
        "Totaal 0\n12 items",  # a lone 0 at a line's end is no phone number
        "0612345678\n0687654321",  # two whole numbers stay two
        "BE68 5390 0754 7034\nBE71 0961 2345 6769",  # two whole IBANs stay two
        "NL91 ABNA O417 1643 O1",  # no spelling with digits passes mod 97: left as read
        "2.2 2.3\n2.4 2.5",
        "sk_live_abc is the name of the setting, we said",  # words after a key are not joined to it
        "Alza is a shop; ghp_ is a prefix",
        "the sk - proj - name, sk-proj- prefixed keys",  # a prefix split, no random body after it
        SLACK_TOKEN + " a",  # a whole token and the next word
        GITLAB_TOKEN + " is ok",  # whole already
        "glpat-abc def ghi",  # pieces short of the length
        GITLAB_TOKEN.replace("_", "\n"),  # one short across a line break: a wrap, not a `_`
        "hf_ and npm_ are prefixes, hf_hub too",
    ],
)
def test_ordinary_text_is_left_as_it_is(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "0 " * 20_000,
        "+" + "0 (" * 20_000,
        "NL91 ABCD\n" * 5_000,
        "a. " * 20_000 + "@",
        "ghp_" + "a " * 20_000,
        "glpat-" + "a " * 20_000,
        "sk - proj - " * 10_000 + "X",
        "xoxb-1234567890-1234567890-" + "a " * 20_000,
    ],
)
def test_repair_takes_linear_time_on_long_ocr_text(text: str) -> None:
    """An OCR text is as long as the image makes it: no pattern may backtrack over it (measured:
    an unbounded phone pattern took 4-12 s on these, bounded ones take milliseconds)."""
    started = time.monotonic()
    repair(text)
    assert time.monotonic() - started < 2.0  # generous: the machine is shared


@pytest.mark.parametrize(
    ("read", "repaired"),
    [  # as read on the OCR benchmark's tuning halves 2 and 3 (bench/ocr.py), keys of the same shape
        ("sk live_aac4j3pn16KurLXHIAzYRI85", STRIPE_KEY),  # the prefix's `_` read as a space
        ("sk live aac4j3pn16KurLXH\nIAzYRI85", STRIPE_KEY),  # ... both, and the key wrapped
        ("ghp " + GITHUB_TOKEN[4:], GITHUB_TOKEN),  # a fixed-length key's `_` read as a space
        (
            GITHUB_TOKEN[:30] + "a" + GITHUB_TOKEN[30:38] + "\n" + GITHUB_TOKEN[38:],
            GITHUB_TOKEN[:30] + "a" + GITHUB_TOKEN[30:],
        ),
        ("X" + SLACK_TOKEN[1:40] + "\n\n" + SLACK_TOKEN[40:] + "\n\nNew message", SLACK_TOKEN + "\n\nNew message"),
        ("xo0xb -098 305274926 - 9726134080631 -" + SLACK_TOKEN[32:], SLACK_TOKEN),  # `o` read twice, spaced dashes
        ("PAYOUT_IBAN" + IBAN, "PAYOUT_IBAN " + IBAN),  # glued to the word before it (`=` dropped)
    ],
)
def test_a_key_or_iban_ocr_misread_a_separator_of_is_put_back(read: str, repaired: str) -> None:
    assert repair(read) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "sk live 2024 and sk test Results",  # no `_`: only before a long random body
        "ghp x2WF2DeJaWaYWncgyCW",  # short of GitHub's length
        GITHUB_TOKEN + "\nA1 cell",  # whole already: the next line's piece is no part of it
        "PAYOUT_IBANNL91 ABNA 0417 1643 01",  # glued, but the check digits fail
        "K1806728;Marit Broeders;NL02INGB1089406693",  # a typed IBAN: "GB1089406693" is mod 97, but short
        f"STRIPE_KEY={STRIPE_KEY}\nAWS_ACCESS_KEY_ID=AKIAKFTAM7TK5NKSN5Z7",  # a `.env` file's next name
        "TOTALNL91",
    ],
)
def test_separator_repairs_leave_ordinary_text_as_it_is(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    ("read", "repaired"),
    [  # as read on tuning half 4 (an admin table, a shell), values of the same shape
        ("NL64BUNQ2896919\n918", "NL64BUNQ2896919918"),  # an IBAN without spaces wrapped in a cell
        ("NLO8SNSB50037897\n31", "NL08SNSB5003789731"),  # ... with an `O` for a check digit
        ("iban: NL02TRI00690134050", "iban: NL02TRIO0690134050"),  # a bank code's O read as 0
        ("bsn: 649.339. 800", "bsn: 649.339.800"),  # a space next to a BSN's dot
        ("BSN 381.057 .537", "BSN 381.057.537"),
        ("NL21 BUNQ 7495 3754\n42", "NL21 BUNQ 7495 3754 42"),  # a check draw: the short last group wrapped
    ],
)
def test_a_wrapped_iban_or_spaced_bsn_is_put_back(read: str, repaired: str) -> None:
    assert repair(read) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "NL91ABNA0417164300\n12",  # a whole IBAN and the next line's number
        "NL64BUNQ2896919\n917",  # the join fails mod 97
        "NL21 BUNQ 7495 3754\n43 items",  # ... with a short group too
        "NL91 ABNA 0417 1643 00\n12",  # a whole IBAN and the next line's number
        "versie 123.456. 789",  # no BSN (the eleven-test fails)
        "DE02TRI00690134050",  # a German bank code is digits: no letters spelled
    ],
)
def test_iban_and_bsn_repairs_leave_other_text_as_it_is(text: str) -> None:
    assert repair(text) == text

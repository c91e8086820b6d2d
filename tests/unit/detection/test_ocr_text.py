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
    ],
)
def test_ordinary_text_is_left_as_it_is(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    "text",
    ["0 " * 20_000, "+" + "0 (" * 20_000, "NL91 ABCD\n" * 5_000, "a. " * 20_000 + "@", "ghp_" + "a " * 20_000],
)
def test_repair_takes_linear_time_on_long_ocr_text(text: str) -> None:
    """An OCR text is as long as the image makes it: no pattern may backtrack over it (measured:
    an unbounded phone pattern took 4-12 s on these, bounded ones take milliseconds)."""
    started = time.monotonic()
    repair(text)
    assert time.monotonic() - started < 2.0  # generous: the machine is shared

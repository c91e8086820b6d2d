"""EmailRecognizer: addresses with a known public suffix, linear on crafted input."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.email_recognizer import EmailRecognizer

RECOGNIZER = EmailRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["EMAIL_ADDRESS"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid
        ("a@b.nl", ["a@b.nl"]),
        ("mail a@b.nl.", ["a@b.nl"]),  # the sentence's full stop is not part of the address
        ("Stuur het naar jan.jansen@voorbeeld.nl, dank!", ["jan.jansen@voorbeeld.nl"]),
        ("j.de.vries@mail.sub.example.co.uk", ["j.de.vries@mail.sub.example.co.uk"]),
        ("info@gemeente.amsterdam", ["info@gemeente.amsterdam"]),  # a long new gTLD
        ("user+tag@example.com", ["user+tag@example.com"]),
        ("(piet_klaassen@example.org)", ["piet_klaassen@example.org"]),
        ("a@voorbeeld.nl en b@voorbeeld.be", ["a@voorbeeld.nl", "b@voorbeeld.be"]),
        ("ping john@example.com:8080", ["john@example.com"]),
        ("MAIL JAN@VOORBEELD.NL", ["JAN@VOORBEELD.NL"]),
        ("jan@xn--caf-dma.nl", ["jan@xn--caf-dma.nl"]),  # an internationalised domain, ASCII form
        # after a colon or a slash that is no URL's user part
        ("mailto:jan@example.nl", ["jan@example.nl"]),
        ("Contact:jan@example.nl", ["jan@example.nl"]),
        ("otpauth://totp/ACME:jan@example.nl?secret=X", ["jan@example.nl"]),
        ("https://x.nl/users/jan@example.nl/edit", ["jan@example.nl"]),
        # invalid
        ("a@localhost", []),  # no top-level domain
        ("root@localhost.", []),
        ("a@b.c", []),  # one-letter TLD
        ("a@example.notarealtld", []),  # not a public suffix
        ("a..b@example.com", []),  # empty local-part label
        ("x@-bad.com", []),  # a label cannot start with a dash
        ("@example.com", []),
        ("a @ example.com", []),
        ("versie 1.2.3@latest", []),
        # a URL's user and password: a login, and the password is a secret's
        ("https://deploy:S3cretPw@db.example.nl/app", []),
        ("redis://:S3cretPw@cache.example.nl:6379", []),
        ("ssh://git@github.com/acme/app.git", []),
        ("https://jan@example.nl/", []),
    ],
)
def test_when_text_holds_an_address_then_exactly_that_address_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_address_has_a_public_suffix_then_it_scores_as_validated() -> None:
    [result] = RECOGNIZER.analyze("mail a@b.nl.", ["EMAIL_ADDRESS"])
    assert result.score == 1.0


def test_when_input_is_crafted_to_backtrack_then_scan_completes_without_finding() -> None:
    # 5,000 local-part characters and 2,000 one-letter labels: catastrophic for a
    # backtracking pattern (presidio's own takes seconds); this one is linear.
    crafted = "x" * 5000 + "@" + "a." * 2000
    assert found(crafted) == []


def test_when_crafted_input_is_followed_by_a_real_address_then_the_address_is_still_found() -> None:
    text = "x" * 5000 + "@" + "a." * 2000 + " contact: jan@voorbeeld.nl"
    assert found(text) == ["jan@voorbeeld.nl"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("brief aan jan@example.nl.txt", ["jan@example.nl"]),  # a file named after the address
        ("Bijlage: JAN@Example.NL.PDF", ["JAN@Example.NL"]),
        ("export_piet@voorbeeld.co.uk.csv", ["export_piet@voorbeeld.co.uk"]),
        ("zie jan@example.txt", []),  # without the extension no public suffix is left
        ("jan@example.nl.eu", ["jan@example.nl.eu"]),  # a real suffix stays
    ],
)
def test_an_address_with_a_file_extension_after_it_is_found_without_the_extension(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

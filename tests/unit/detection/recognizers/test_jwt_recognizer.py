"""JwtRecognizer: three base64url segments whose header is JSON with an "alg"."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.jwt_recognizer import JwtRecognizer
from tests.unit.detection.recognizers.fakes import URLSAFE, b64url, body, jwt

RECOGNIZER = JwtRecognizer()

HS256 = jwt()
RS256 = jwt({"alg": "RS256", "kid": "k1"}, {"iss": "https://login.example.org", "aud": "api"}, signature_length=342)
ES256_NO_TYP = jwt({"alg": "ES256"}, signature_length=86)


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid
        (HS256, [HS256]),
        (f"Authorization: Bearer {RS256}", [RS256]),
        (f'{{"access_token": "{ES256_NO_TYP}", "token_type": "Bearer"}}', [ES256_NO_TYP]),
        (f"token={HS256}&next=1", [HS256]),
        (f"{HS256}.", [HS256]),  # a sentence's full stop after it
        (f"{HS256}\n{RS256}", [HS256, RS256]),
        # invalid
        (jwt({"typ": "JWT"}), []),  # header without "alg"
        (jwt({"alg": 256}), []),  # "alg" is not a name
        (jwt(["alg", "HS256"]), []),  # header is not an object
        ("eyJ" + body(30, URLSAFE) + "." + b64url({"sub": "1"}) + "." + body(43, URLSAFE), []),  # header not JSON
        (f"{b64url({'alg': 'HS256'})}.{b64url({'sub': '1'})}", []),  # two segments only
        (f"{b64url({'alg': 'HS256'})}.{b64url({'sub': '1'})}.", []),  # unsigned (alg none): no signature
        (f"{b64url({'alg': 'HS256'})}.{b64url({'sub': '1'})}.short", []),  # signature too short
        ("eyJhbGciOiJIUzI1NiJ9", []),  # one segment is just base64 JSON
        ("x" + HS256, []),  # glued to a word
        ("eyJhbGciOiJIUzI1NiJ9.aGVsbG8gd29ybGQ.c2lnbmF0dXJlLWxvb2tpbmctdGhpbmc", []),  # payload is not JSON
    ],
)
def test_when_text_holds_a_jwt_then_exactly_the_token_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_header_is_validated_then_the_finding_scores_as_validated() -> None:
    [result] = RECOGNIZER.analyze(HS256, ["SECRET"])
    assert result.score == 1.0


@pytest.mark.timeout(10)
def test_when_input_is_20000_characters_of_near_misses_then_scan_finishes_without_finding() -> None:
    nested = b64url(b'{"a":' + b"[" * 1400)  # deeper than the JSON parser goes
    crafted = "".join(
        [
            ("eyJ" + "a" * 100 + ".") * 60,  # dotted base64 runs without a signature
            ("eyJ" + "a" * 10 + ".eyJ" + "b" * 10 + ".") * 300,
            (f"{nested}.eyJhIjoxfQ.{body(43, URLSAFE)} ") * 4,
            ("eyJ" + "-" * 2001 + " ") * 3,  # longer than a header may be
        ]
    )
    assert len(crafted) >= 20_000
    assert found(crafted) == []

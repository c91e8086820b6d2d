"""CredentialContextRecognizer: session cookies, PIN and access codes, quoted -p passwords."""

from __future__ import annotations

import time

import pytest

from dlp_proxy.detection.recognizers.credential_context_recognizer import CredentialContextRecognizer
from tests.unit.detection.recognizers.fakes import ALNUM, body

RECOGNIZER = CredentialContextRecognizer()
SESSION = body(32, ALNUM, seed=11)


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a session cookie in a header or a curl flag
        (f"Cookie: sessionid={SESSION}; lang=nl", [SESSION]),
        (f"Set-Cookie: auth={SESSION}; Path=/; HttpOnly", [SESSION]),
        (f"curl -b 'connect.sid=s%3A{SESSION}' https://x", [f"s%3A{SESSION}"]),
        (f'curl -H "Cookie: PHPSESSID={SESSION}" https://x', [SESSION]),
        (f"Cookie: theme=dark; x={SESSION}", [SESSION]),  # any name with a random value
        # invalid: analytics ids, preferences, CSRF cookies, short and placeholder values
        ("Cookie: _ga=GA1.2.1234567890.1699999999; lang=nl", []),
        ("Set-Cookie: theme=dark-mode-2024-version; Path=/", []),
        (f"Cookie: csrftoken={SESSION}", []),
        ("Cookie: session=abc123", []),
        ("Cookie: session=<your-session-cookie>", []),
        ("cookie policy: we use cookies for sessions", []),
    ],
)
def test_when_a_session_cookie_is_sent_then_its_value_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a PIN or access code stated with "is" or a colon
        ("De pincode van de bedrijfstelefoon is 4821.", ["4821"]),
        ("Toegangscode voor de kluis: 696501", ["696501"]),
        ("De toegangscode is 4471-8820-1193", ["4471-8820-1193"]),
        ("PIN: 4821", ["4821"]),
        ("Your PIN code is 7203", ["7203"]),
        ("alarmcode: '8812'", ["8812"]),
        # a code word right before the digits needs no verb or colon; a bare "PIN" does
        ("On-call phone in the top drawer. Passcode 492815.", ["492815"]),
        ("De deurcode 4471 werkt niet meer.", ["4471"]),
        ("The PIN 1234 is the factory default for pin 3.", []),
        ("Voer de pincode 2024-03-01 in", []),
        # invalid: dates, other words, too short, no verb or colon
        ("pin: 2024-11-05", []),
        ("Het pinapparaat is 2 jaar oud.", []),
        ("Zet de pin op 8080", []),
        ("De pincode is 12", []),
        ("pins: 4821", []),
        ("postcode: 1234", []),
    ],
)
def test_when_a_pin_or_access_code_is_stated_then_the_digits_are_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a quoted password after -p, -P or -w
        ("./backup.sh -p 'Gr4niet!Steen' --all", ["Gr4niet!Steen"]),
        ('sqlcmd -S db -U sa -P "Sql#Srv2024"', ["Sql#Srv2024"]),
        ("ldapsearch -x -D cn=admin -w 'Ld4p!Adm1n'", ["Ld4p!Adm1n"]),
        # invalid: ports, paths, patches, words, placeholders
        ('kubectl patch deploy x -p \'{"spec":{"replicas":3}}\'', []),
        ("docker run -p '127.0.0.1:8080:80' nginx", []),
        ("mkdir -p 'src/Components2'", []),
        ("pytest -p 'no:cacheprovider'", []),
        ("tool -p 'password'", []),
        ("tool -p '<your-pass1>'", []),
    ],
)
def test_when_a_quoted_password_follows_a_p_flag_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_another_entity_is_asked_then_no_finding() -> None:
    assert RECOGNIZER.analyze(f"Cookie: sid={SESSION}", ["PERSON"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cookie: " + "s=a;" * 25_000,
        "pincode van de " * 7_000,
        "pin: 1234-" * 10_000,
        " -p 'aaaaaa' -p" * 7_000,
    ],
)
def test_when_input_is_100000_characters_of_near_misses_then_scan_finishes_quickly(text: str) -> None:
    started = time.perf_counter()
    RECOGNIZER.analyze(text, ["SECRET"])
    assert time.perf_counter() - started < 2.0

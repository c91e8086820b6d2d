"""PrivateKeyBodyRecognizer: a key's base64 body without its armour lines, checked by its DER."""

from __future__ import annotations

import base64

import pytest

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.detection.recognizers.private_key_body_recognizer import PrivateKeyBodyRecognizer, is_private_key_der
from tests.unit.detection.recognizers.fakes import BASE64, body, der, fake_private_key_der, pem_body, random_bytes

RECOGNIZER = PrivateKeyBodyRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])]


@pytest.mark.parametrize("kind", ["pkcs1-rsa", "pkcs8-rsa", "pkcs8-ec", "pkcs8-ed25519"])
def test_when_a_key_body_is_pasted_without_armour_then_the_body_is_one_finding(kind: str) -> None:
    key = pem_body(fake_private_key_der(kind))
    assert found(f"Waarom werkt deze sleutel niet?\n{key}\nklopt?") == [key]


def test_when_a_key_body_is_one_long_line_then_it_is_found() -> None:
    key = base64.b64encode(fake_private_key_der("pkcs8-rsa")).decode()
    assert found(f"key: {key} ok") == [key]


@pytest.mark.parametrize(
    "text",
    [
        pem_body(fake_private_key_der("public-rsa")),  # a public key
        pem_body(der(0x30, der(0x30, random_bytes(300)) + der(0x30, random_bytes(20)))),  # certificate-shaped
        pem_body(random_bytes(600)),  # random bytes
        "M" + body(200, BASE64, seed=1),  # starts like DER, is not
        pem_body(fake_private_key_der("pkcs8-rsa")[:-10]),  # cut short: the length no longer fits
    ],
    ids=["public-key", "certificate", "random", "random-m", "truncated"],
)
def test_when_base64_is_not_a_private_key_then_no_finding(text: str) -> None:
    assert found(f"zie\n{text}\nhier") == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (fake_private_key_der("pkcs8-rsa"), True),
        (fake_private_key_der("pkcs1-rsa"), True),
        (fake_private_key_der("public-rsa"), False),
        (b"\x30\x05\x02\x01\x00\x02\x00", False),  # too short to be a key
        (b"\x31" + fake_private_key_der("pkcs8-rsa")[1:], False),  # a SET, not a SEQUENCE
    ],
)
def test_is_private_key_der(data: bytes, expected: bool) -> None:
    assert is_private_key_der(data) is expected


def test_when_the_detector_sees_a_headerless_body_then_it_is_a_secret(detector: PresidioDetector) -> None:
    key = pem_body(fake_private_key_der("pkcs8-rsa"))
    text = f"Hier is de sleutel:\n{key}\n"
    spans = [(f.entity_type, text[f.start : f.end]) for f in detector.scan(text)]
    assert ("SECRET", key) in spans

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


def test_when_a_key_body_was_cut_short_then_what_is_left_is_still_a_key() -> None:
    key = pem_body(fake_private_key_der("pkcs8-rsa")[:-10])  # lost its last line: still the key's secret
    assert found(f"Uit de wiki:\n{key}\nklopt?") == [key]


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
        pem_body(fake_private_key_der("pkcs8-ec")[:60]),  # cut short below 256 bytes: too little to tell
        pem_body(fake_private_key_der("pkcs8-rsa") + random_bytes(10)),  # the key's length ends before the data
    ],
    ids=["public-key", "certificate", "random", "random-m", "truncated-short", "trailing-bytes"],
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


def test_when_an_openssh_key_body_stands_under_altered_armour_then_it_is_found() -> None:
    key_body = "\n".join(
        ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + body(140, BASE64, seed=4))[
            i : i + 70
        ]
        for i in range(0, 210, 70)
    )
    text = f"-----BEGIN OPENSSH PR1VATE K3Y-----\n{key_body}\n-----END OPENSSH PR1VATE K3Y-----"
    assert found(text) == [key_body]
    public = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + body(43, BASE64, seed=5) + " jan@laptop"
    assert found(public) == []

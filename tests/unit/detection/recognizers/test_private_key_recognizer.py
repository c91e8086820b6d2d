"""PrivateKeyRecognizer: whole armoured blocks when the END line is there, else the BEGIN line."""

from __future__ import annotations

import json

import pytest

from dlp_proxy.detection.recognizers.private_key_recognizer import PrivateKeyRecognizer
from tests.unit.detection.recognizers.fakes import BASE64, HEX, body

RECOGNIZER = PrivateKeyRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])]


def pem(label: str, lines: int = 6, headers: str = "") -> str:
    """A made-up armoured block: random base64, not a key."""
    rows = "\n".join(body(64, BASE64, seed=i) for i in range(lines))
    return f"-----BEGIN {label}-----\n{headers}{rows}\n{body(24, BASE64)}==\n-----END {label}-----"


RSA = pem("RSA PRIVATE KEY")
PKCS8 = pem("PRIVATE KEY")
EC = pem("EC PRIVATE KEY", lines=2)
DSA = pem("DSA PRIVATE KEY")
OPENSSH = pem("OPENSSH PRIVATE KEY")
ENCRYPTED = pem("ENCRYPTED PRIVATE KEY")
RSA_LEGACY_ENCRYPTED = pem("RSA PRIVATE KEY", headers="Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0123ABCD\n\n")
PGP = pem("PGP PRIVATE KEY BLOCK", headers="Version: GnuPG v2\n\n")
SSH2 = (
    '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key-20240101"\n'
    + "\n".join(body(70, BASE64, seed=i) for i in range(4))
    + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----"
)
PUTTY = (
    "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240101\nPublic-Lines: 2\n"
    + f"{body(64, BASE64)}\n{body(16, BASE64)}\nPrivate-Lines: 1\n{body(44, BASE64, seed=2)}\n"
    + f"Private-MAC: {body(64, HEX)}"
)


@pytest.mark.parametrize(
    "block",
    [RSA, PKCS8, EC, DSA, OPENSSH, ENCRYPTED, RSA_LEGACY_ENCRYPTED, PGP, SSH2, PUTTY],
    ids=["rsa", "pkcs8", "ec", "dsa", "openssh", "pkcs8-encrypted", "rsa-proc-type", "pgp", "ssh2", "putty"],
)
def test_when_a_whole_private_key_is_pasted_then_the_whole_block_is_one_finding(block: str) -> None:
    assert found(f"Waarom werkt deze sleutel niet?\n\n{block}\n\nAlvast bedankt.") == [block]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: cut short, or pasted with a different END line: the BEGIN line still counts
        (RSA.rsplit("\n", 2)[0], ["-----BEGIN RSA PRIVATE KEY-----"]),
        (
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
            ["-----BEGIN OPENSSH PRIVATE KEY-----"],
        ),
        (RSA.replace("END RSA", "END EC"), ["-----BEGIN RSA PRIVATE KEY-----"]),
        ("-----BEGIN PRIVATE KEY-----\\n" + body(64, BASE64), ["-----BEGIN PRIVATE KEY-----"]),  # JSON-escaped
        ("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: x", ["---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----"]),
        (PUTTY.split("\nPrivate-MAC")[0], ["PuTTY-User-Key-File-3: ssh-ed25519"]),
        (f"{PKCS8}\n{EC}", [PKCS8, EC]),  # two keys: two findings
        # invalid: public halves, certificates and mentions are not secrets
        (pem("PUBLIC KEY"), []),
        (pem("RSA PUBLIC KEY"), []),
        (pem("CERTIFICATE"), []),
        (pem("CERTIFICATE REQUEST"), []),
        (pem("PGP PUBLIC KEY BLOCK"), []),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGxvb2tzIGxpa2UgYSBrZXkgYnV0IGlzIG5vdA user@laptop", []),
        ("Zet je private key nooit in een prompt.", []),
        ("-----BEGIN PRIVATE KEY-----", []),  # the armour alone, no key material after it
        ('_SK_START = b"-----BEGIN OPENSSH PRIVATE KEY-----"\n_SK_END = b"-----END OPENSSH PRIVATE KEY-----"', []),
        ("Files starting with -----BEGIN RSA PRIVATE KEY----- must never be committed.", []),
        ("BEGIN RSA PRIVATE KEY", []),  # no armour dashes
        ("-----begin rsa private key-----", []),  # armour is written in capitals
    ],
)
def test_when_text_holds_key_material_then_exactly_the_private_part_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_a_gcp_service_account_json_is_pasted_then_its_escaped_private_key_is_found() -> None:
    key = pem("PRIVATE KEY")
    document = json.dumps(
        {
            "type": "service_account",
            "project_id": "demo-project",
            "private_key_id": body(40, HEX),
            "private_key": key + "\n",
            "client_email": "svc@demo-project.iam.gserviceaccount.com",
        },
        indent=2,
    )
    escaped = json.dumps(key)[1:-1]  # as it stands in the file: \n instead of line breaks
    assert found(document) == [escaped]


@pytest.mark.timeout(10)
def test_when_input_is_20000_characters_of_near_misses_then_scan_finishes() -> None:
    crafted = "".join(
        [
            ("-----BEGIN PRIVATE KEY-----" + "-" * 40) * 60,  # dashes right after every BEGIN
            "-----BEGIN RSA PRIVATE KEY-----\n" + "A" * 9000,  # a body that never ends
            ("-----BEGIN RSA PRIVATE KEY-----\n" + "----A\n" * 20) * 20,  # runs of four dashes
            ("PuTTY-User-Key-File-2: ssh-rsa\n" + "A\n" * 30) * 20,  # no Private-MAC line
            ("-----BEGIN " + "ABCDEFGHIJ " * 4 + "PRIVATE KEY-----") * 40,  # labels too long
        ]
    )
    assert len(crafted) >= 20_000
    results = found(crafted)
    # Only BEGIN lines, never a block swallowing the text after it.
    assert results and all(len(r) < 80 for r in results)


_JWK_PUBLIC = {
    "kty": "EC",
    "crv": "P-256",
    "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
    "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
}
_D = "jpsQnnGQmL-YBIffH1136cLyHmYR8H-j2pJ8qO4A5fE"


@pytest.mark.parametrize(
    "text",
    [
        json.dumps({"keys": [{**_JWK_PUBLIC, "d": _D}]}, indent=2),  # a JWKS, pretty-printed
        json.dumps({"d": _D, **_JWK_PUBLIC}),  # the private member first
        json.dumps({"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg" * 2}),  # a symmetric key
        json.dumps(
            {
                "kty": "RSA",
                "n": "0vx7agoebGcQSuu",
                "e": "AQAB",
                "d": "X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9",
            }
        ),
    ],
)
def test_a_private_json_web_key_is_found(text: str) -> None:
    [finding] = found(text)
    assert ('"d"' in finding or '"k"' in finding) and '"kty"' in finding


@pytest.mark.parametrize(
    "text",
    [
        json.dumps({"keys": [_JWK_PUBLIC]}),  # a public key has no private member
        json.dumps({"d": "M10 10 L20 20", "kty": "EC"}),  # not base64url
        json.dumps([{"kty": "EC"}, {"d": _D}]),  # two objects
        json.dumps({"type": "EC", "d": _D}),  # no key type member
    ],
)
def test_a_public_jwk_or_other_json_is_no_private_key(text: str) -> None:
    assert found(text) == []

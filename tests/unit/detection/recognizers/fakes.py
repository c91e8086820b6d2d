"""Made-up credential bodies for the SECRET recognizer tests: the vendors' shapes, never real values.

Prefixes and bodies are joined at run time, so the test sources hold no complete token for
a repository secret scanner to trip over.
"""

from __future__ import annotations

import base64
import json
import random
import string

ALNUM = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = string.digits + "abcdef"
BASE64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def body(length: int, alphabet: str = ALNUM, seed: int = 0) -> str:
    """`length` characters drawn from `alphabet`, the same on every run."""
    rng = random.Random(f"{seed}:{length}:{alphabet}")
    return "".join(rng.choice(alphabet) for _ in range(length))


def b64url(data: object) -> str:
    """base64url of JSON (or of bytes) without padding, as in a JWT."""
    raw = data if isinstance(data, bytes) else json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(header: object | None = None, payload: object | None = None, signature_length: int = 43) -> str:
    header = {"alg": "HS256", "typ": "JWT"} if header is None else header
    payload = {"sub": "1234567890", "name": "Test Gebruiker", "iat": 1700000000} if payload is None else payload
    return f"{b64url(header)}.{b64url(payload)}.{body(signature_length, URLSAFE, seed=7)}"


def der(tag: int, content: bytes) -> bytes:
    """One DER element: tag, length (short or long form), content."""
    n = len(content)
    length = bytes([n]) if n < 0x80 else bytes([0x81, n]) if n < 0x100 else bytes([0x82, n >> 8, n & 0xFF])
    return bytes([tag]) + length + content


def random_bytes(n: int, seed: int = 0) -> bytes:
    return random.Random(f"bytes:{seed}:{n}").randbytes(n)


_RSA_OID = bytes.fromhex("06092a864886f70d010101")


def fake_private_key_der(kind: str) -> bytes:
    """DER shaped like a private key of `kind` (random numbers: not a usable key)."""

    def integer(n: int, seed: int) -> bytes:
        return der(0x02, b"\x00" + random_bytes(n, seed))

    pkcs1 = der(0x30, der(0x02, b"\x00") + integer(256, 1) + der(0x02, b"\x01\x00\x01") + integer(256, 2))
    if kind == "pkcs1-rsa":
        return pkcs1
    if kind == "pkcs8-rsa":
        return der(0x30, der(0x02, b"\x00") + der(0x30, _RSA_OID + b"\x05\x00") + der(0x04, pkcs1))
    if kind == "pkcs8-ec":
        sec1 = der(0x30, der(0x02, b"\x01") + der(0x04, random_bytes(32, 3)))
        algorithm = der(0x30, bytes.fromhex("06072a8648ce3d0201") + bytes.fromhex("06082a8648ce3d030107"))
        return der(0x30, der(0x02, b"\x00") + algorithm + der(0x04, sec1))
    if kind == "pkcs8-ed25519":
        algorithm = der(0x30, bytes.fromhex("06032b6570"))
        return der(0x30, der(0x02, b"\x00") + algorithm + der(0x04, der(0x04, random_bytes(32, 4))))
    if kind == "public-rsa":  # SubjectPublicKeyInfo: not a secret
        return der(0x30, der(0x30, _RSA_OID + b"\x05\x00") + der(0x03, b"\x00" + pkcs1))
    raise ValueError(kind)


def pem_body(data: bytes) -> str:
    """base64 in lines of 64 characters, as between a PEM block's armour lines."""
    text = base64.b64encode(data).decode()
    return "\n".join(text[i : i + 64] for i in range(0, len(text), 64))

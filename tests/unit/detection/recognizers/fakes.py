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

"""Proceed-with-justification for the policy's `warn` action, without an agent on the laptop.

The notice of a `warn` decision carries a short code. The employee resends the prompt with
one extra line, `DLP-OK <code>: <reason>`; the proxy checks the code, removes the line,
forwards the prompt and logs the reason with the decision. A code is bound to the user and
the tool and valid for two 15-minute windows; it proves the employee saw the notice.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
import time
from dataclasses import dataclass

WINDOW_SECONDS = 15 * 60
MIN_REASON = 10
MARKER = re.compile(r"(?im)^[ \t]*DLP-OK[ \t]+([A-Z2-7]{8})[ \t]*:[ \t]*(.{0,500}?)[ \t]*(?:\r?\n|$)")


@dataclass(frozen=True)
class Justification:
    segment: int
    start: int
    end: int
    code: str
    reason: str


class Justifier:
    """Issues and checks codes. The key comes from DLP_JUSTIFY_KEY (shared by replicas) or is random."""

    def __init__(self, key: bytes | None = None) -> None:
        env = os.environ.get("DLP_JUSTIFY_KEY")
        self._key = key or (env.encode() if env else secrets.token_bytes(32))

    def code(self, user: str, tool: str, at: float | None = None) -> str:
        window = int((time.time() if at is None else at) // WINDOW_SECONDS)
        return self._code(user, tool, window)

    def _code(self, user: str, tool: str, window: int) -> str:
        mac = hmac.new(self._key, f"{user}\x00{tool}\x00{window}".encode(), hashlib.sha256).digest()
        return base64.b32encode(mac)[:8].decode()

    def valid(self, code: str, user: str, tool: str, at: float | None = None) -> bool:
        window = int((time.time() if at is None else at) // WINDOW_SECONDS)
        return any(hmac.compare_digest(code.upper(), self._code(user, tool, w)) for w in (window, window - 1))


def find(texts: list[str]) -> Justification | None:
    """The first `DLP-OK CODE: reason` line in the texts, if any."""
    for i, text in enumerate(texts):
        m = MARKER.search(text)
        if m:
            return Justification(i, m.start(), m.end(), m.group(1).upper(), m.group(2).strip())
    return None


def strip(text: str, j: Justification) -> str:
    return text[: j.start] + text[j.end :]

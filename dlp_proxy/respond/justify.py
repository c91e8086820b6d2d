"""Proceed-with-justification for the policy's `warn` action, without an agent on the laptop.

The notice of a `warn` decision carries a short code. The employee resends the prompt with
one extra line, `DLP-OK <code>: <reason>`; the proxy checks the code, removes the line,
forwards the prompt and logs the reason with the decision. A code is bound to the user and
the tool, valid for two 15-minute windows and works once; it proves the employee saw the notice.

Replicas behind a load balancer share the key and the used codes (dlp_proxy.respond.shared_state):
a code issued by one replica is accepted once by any of them. If that shared state cannot be
reached, no code is accepted or given (fail closed) and the notice says so; if it lost its data
(Redis restarted without persistence), codes issued before are invalid (see `Justifier`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import re
import secrets
import time
from dataclasses import dataclass
from enum import StrEnum

from dlp_proxy.respond.shared_state import SharedState, SharedStateError, from_env

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 15 * 60
# How long a used code is remembered. A code is valid for two windows of wall-clock time, but the
# memory of its use expires by the store's own clock (monotonic here, Redis's on its host): a clock
# stepped back into the code's window after the memory expired would accept it again. Two days
# of memory leave that open only to a step back of more than two days; a used code costs a few
# bytes.
USED_TTL_SECONDS = 2 * 24 * 3600
MIN_REASON = 10
CODE_LENGTH = 8
NONCE_LENGTH = 3  # 15 random bits make each issued code distinct; the other 25 bits are the MAC
KEY_NAME = "justify:key"
MARKER = re.compile(r"(?im)^[ \t]*DLP-OK[ \t]+([A-Z2-7]{8})[ \t]*:[ \t]*(.{0,500}?)[ \t]*(?:\r?\n|$)")
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class Justification:
    segment: int
    start: int
    end: int
    code: str
    reason: str


class Redemption(StrEnum):
    """What became of a `DLP-OK` code."""

    ACCEPTED = "accepted"
    INVALID = "invalid"  # wrong, expired, or for another user or tool
    USED = "used"  # valid, but already used once (on any replica)
    UNAVAILABLE = "unavailable"  # the shared state could not be reached: refused, fail closed


class Justifier:
    """Issues and redeems codes.

    The key is `key`, else environment `DLP_JUSTIFY_KEY`, else random for this process. With
    shared state (Redis, `DLP_REDIS_URL`) each code is also bound to the state's generation: a
    random secret created once in Redis and read again at every issue and redemption, never
    kept in the process. A Redis restarted without its data has lost the record of used codes;
    the new generation it gets makes every code issued before invalid, so a used code cannot be
    replayed, and every replica moves to the new generation at its next code (none keeps a key of
    its own to diverge on). A Redis that kept its data keeps the generation and the used codes.
    """

    def __init__(self, key: bytes | None = None, state: SharedState | None = None) -> None:
        self._state = state if state is not None else from_env()
        env = os.environ.get("DLP_JUSTIFY_KEY")
        self._base: bytes | None = key or (env.encode() if env else None)
        # The key codes are made and checked with; with shared state, as of its last reading.
        self._key: bytes | None = None if self._state.shared else (self._base or secrets.token_bytes(32))

    async def _current_key(self) -> bytes:
        if not self._state.shared:
            assert self._key is not None
            return self._key
        generation = await self._state.secret(KEY_NAME)  # every time: Redis may have restarted empty
        if self._base is None:
            key = generation
        else:  # a deployment key as well: whoever can read Redis still cannot make codes
            key = hmac.new(self._base, b"justify\x00" + generation, hashlib.sha256).digest()
        self._key = key
        return key

    def code(self, user: str, tool: str, at: float | None = None) -> str:
        """A fresh code. Needs the key at hand: with Redis, use `issue`."""
        if self._key is None:
            raise SharedStateError("the justification key has not been read from the shared state yet")
        return self._code(self._key, user, tool, at)

    def _code(self, key: bytes, user: str, tool: str, at: float | None) -> str:
        nonce = "".join(secrets.choice(_ALPHABET) for _ in range(NONCE_LENGTH))
        return nonce + self._mac(key, user, tool, _window(at), nonce)

    async def issue(self, user: str, tool: str) -> str | None:
        """A fresh code for a warn notice, or None when the shared state is unavailable."""
        try:
            key = await self._current_key()
        except SharedStateError as e:
            logger.warning("dlp-proxy: no justification code given: %s", e)
            return None
        return self._code(key, user, tool, None)

    def valid(self, code: str, user: str, tool: str, at: float | None = None) -> bool:
        """Whether the code was issued for this user and tool in this or the previous window (used or not)."""
        return self._key is not None and self._valid(self._key, code, user, tool, at)

    def _valid(self, key: bytes, code: str, user: str, tool: str, at: float | None) -> bool:
        if len(code) != CODE_LENGTH:
            return False
        code = code.upper()
        nonce, window = code[:NONCE_LENGTH], _window(at)
        return any(
            hmac.compare_digest(code[NONCE_LENGTH:], self._mac(key, user, tool, w, nonce)) for w in (window, window - 1)
        )

    async def redeem(self, code: str, user: str, tool: str, at: float | None = None) -> Redemption:
        """Accept a valid code once; a second use, here or on another replica, is refused."""
        try:
            key = await self._current_key()
            if not self._valid(key, code, user, tool, at):
                return Redemption.INVALID
            used = hmac.new(key, f"used\x00{user}\x00{tool}\x00{code.upper()}".encode(), hashlib.sha256).hexdigest()
            first = await self._state.claim(f"justify:used:{used}", USED_TTL_SECONDS)
        except SharedStateError as e:
            logger.warning("dlp-proxy: justification code refused, cannot check it: %s", e)
            return Redemption.UNAVAILABLE
        return Redemption.ACCEPTED if first else Redemption.USED

    @staticmethod
    def _mac(key: bytes, user: str, tool: str, window: int, nonce: str) -> str:
        mac = hmac.new(key, f"{user}\x00{tool}\x00{window}\x00{nonce}".encode(), hashlib.sha256).digest()
        return base64.b32encode(mac)[: CODE_LENGTH - NONCE_LENGTH].decode()


def _window(at: float | None) -> int:
    return int((time.time() if at is None else at) // WINDOW_SECONDS)


def find(texts: list[str]) -> Justification | None:
    """The first `DLP-OK CODE: reason` line in the texts, if any."""
    for i, text in enumerate(texts):
        m = MARKER.search(text)
        if m:
            return Justification(i, m.start(), m.end(), m.group(1).upper(), m.group(2).strip())
    return None


def strip(text: str, j: Justification) -> str:
    return text[: j.start] + text[j.end :]

"""State that proxy replicas behind one load balancer must share, in Redis or in this process.

Decisions are per request and need nothing shared. What does: the justification key (a warn
code issued by one replica is checked by another) and the set of codes already used (a code
works once, whichever replica sees it). Without `DLP_REDIS_URL` both live in this process,
which is right for a single proxy. With it, both live in Redis; if Redis cannot be reached the
callers get `SharedStateError` and must fail closed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import time
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from dlp_proxy.errors import DlpError

logger = logging.getLogger(__name__)

ENV_URL = "DLP_REDIS_URL"
PREFIX = "dlp-proxy:"
TIMEOUT_SECONDS = 1.0  # a slow Redis must not hold a prompt (or the event loop's turn) for long
SCHEMES = ("redis", "rediss", "unix")


class SharedStateError(DlpError):
    """The shared store is misconfigured or unreachable; the message never holds a password."""


class SharedState(Protocol):
    """A tiny key-value store: one secret created once, and single-use claims with an expiry."""

    shared: bool  # True when other processes see the same state

    async def secret(self, name: str) -> bytes:
        """The secret called `name`, created (32 random bytes) by whoever asks first (again
        after the store lost it)."""
        ...

    async def claim(self, name: str, ttl_seconds: int) -> bool:
        """True for the first caller to claim `name` within its lifetime, False for every later one."""
        ...


class LocalState:
    """Both in this process: one proxy, no load balancer."""

    shared = False

    def __init__(self) -> None:
        self._secrets: dict[str, bytes] = {}
        self._claims: dict[str, float] = {}  # name -> expiry (monotonic)

    async def secret(self, name: str) -> bytes:
        return self._secrets.setdefault(name, secrets.token_bytes(32))

    async def claim(self, name: str, ttl_seconds: int) -> bool:
        now = time.monotonic()
        if len(self._claims) > 10_000:  # drop expired claims now and then; the set stays small
            self._claims = {k: t for k, t in self._claims.items() if t > now}
        if self._claims.get(name, 0.0) > now:
            return False
        self._claims[name] = now + ttl_seconds
        return True


class RedisState:
    """Both in Redis, shared by every replica that has the same `DLP_REDIS_URL`."""

    shared = True

    def __init__(self, url: str) -> None:
        self.url = url
        self.safe_url = redact_url(url)
        self._client: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _redis(self) -> Any:
        # redis.asyncio connections belong to the event loop that opened them.
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            import redis.asyncio

            self._client = redis.asyncio.Redis.from_url(
                self.url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS, retry_on_timeout=False
            )
            self._loop = loop
        return self._client

    async def secret(self, name: str) -> bytes:
        # Read at every use, never kept here: after a restart that lost it, every replica must
        # move to the one new secret, not go on with its own copy of the old.
        key = PREFIX + name
        try:
            client = self._redis()
            value = await client.get(key)
            if value is None:
                await client.set(key, secrets.token_bytes(32), nx=True)  # first replica wins
                value = await client.get(key)
        except Exception as e:
            raise self._error("read the shared secret", e) from e
        if not isinstance(value, bytes) or len(value) < 16:
            raise SharedStateError(f"shared state at {self.safe_url}: the key {key} is missing or too short")
        return value

    async def claim(self, name: str, ttl_seconds: int) -> bool:
        try:
            return bool(await self._redis().set(PREFIX + name, b"1", nx=True, ex=ttl_seconds))
        except Exception as e:
            raise self._error("record a used code", e) from e

    def _error(self, doing: str, e: Exception) -> SharedStateError:
        # The exception's text can name host and port but not the password; the URL is redacted.
        return SharedStateError(f"shared state at {self.safe_url}: could not {doing} ({type(e).__name__})")


def redact_url(url: str) -> str:
    """The URL with its password (and user) replaced by '***', for log lines."""
    parts = urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    host = parts.hostname or ""
    netloc = f"***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def from_env(environ: Mapping[str, str] | None = None) -> SharedState:
    """Redis when `DLP_REDIS_URL` is set (checked here, so a typo stops the start), else this process."""
    url = (os.environ if environ is None else environ).get(ENV_URL, "").strip()
    if not url:
        return LocalState()
    try:
        scheme = urlsplit(url).scheme
    except ValueError as e:
        raise SharedStateError(f"{ENV_URL} is not a URL; expected redis://HOST:PORT/DB") from e
    if scheme not in SCHEMES:
        raise SharedStateError(
            f"{ENV_URL} has scheme {scheme or '(none)'!r}; expected redis://, rediss:// or unix:// "
            f"(e.g. redis://redis:6379/0)"
        )
    logger.info("dlp-proxy: shared state (justification codes) in Redis at %s", redact_url(url))
    return RedisState(url)

"""The vault of pseudonymised values: which placeholder stands for which value, per user and tool.

A value the policy pseudonymises leaves as a typed placeholder (`[PERSON_3]`) and the answer
gets the value back (dlp_proxy.respond.restore). The same value gets the same placeholder for
as long as the user keeps using the tool (a sliding time to live), so a conversation stays
consistent across turns; two values never share one; the number only says in which order
values were first seen, so a placeholder says nothing about its value.

One proxy keeps the vault in memory. Replicas behind a load balancer share it in Redis
(`DLP_REDIS_URL`, as the justification codes): one script assigns placeholders atomically,
values are stored encrypted (AES-GCM, key from the environment variable the policy names,
`DLP_VAULT_KEY` by default) and looked up by a keyed hash, so Redis holds no readable value.
If the vault cannot be used, callers get `VaultError` and the request follows the fail mode.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from dlp_proxy.errors import DlpError
from dlp_proxy.respond.shared_state import ENV_URL, PREFIX, TIMEOUT_SECONDS, redact_url

MAX_VALUES = 5_000  # per user and tool; beyond it new values are refused (fail mode), never recycled
MAX_SCOPES = 100_000  # in memory: users x tools held at once; the least recently used go first

# (entity type, value) -> placeholder, and placeholder -> value
Assignment = dict[tuple[str, str], str]


class VaultError(DlpError):
    """The vault is misconfigured, unreachable or full; the message never holds a value."""


def placeholder(entity_type: str, number: int) -> str:
    return f"[{entity_type}_{number}]"


def value_key(value: str) -> str:
    """Spellings that are the same value: case and runs of white space do not matter."""
    return " ".join(value.split()).casefold()


class Vault(Protocol):
    shared: bool
    key_env: str

    def scope(self, user: str, tool: str) -> str:
        """The vault's name for one user in one tool (keyed: it does not show the user)."""
        ...

    async def assign(self, scope: str, values: Sequence[tuple[str, str]], ttl_seconds: int) -> Assignment:
        """The placeholder of each (entity type, value), issuing new ones where needed."""
        ...

    async def known(self, scope: str) -> dict[str, str]:
        """Every placeholder issued in `scope` that is still alive, with its value."""
        ...


def scope_of(key: bytes, user: str, tool: str) -> str:
    """The vault's name for one user in one tool: keyed, so Redis does not hold the user name."""
    return hmac.new(key, f"scope\0{user}\0{tool}".encode(), hashlib.sha256).hexdigest()[:32]


@dataclass
class _Scope:
    by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    by_placeholder: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    expires: float = 0.0


class MemoryVault:
    """In this process: one proxy."""

    shared = False

    def __init__(self, key_env: str = "DLP_VAULT_KEY") -> None:
        self.key_env = key_env
        self._scopes: dict[str, _Scope] = {}
        self._key = secrets.token_bytes(32)  # names scopes only; nothing leaves this process

    def scope(self, user: str, tool: str) -> str:
        return scope_of(self._key, user, tool)

    def _scope(self, scope: str, now: float) -> _Scope | None:
        entry = self._scopes.get(scope)
        if entry is not None and entry.expires <= now:
            del self._scopes[scope]
            return None
        return entry

    async def assign(self, scope: str, values: Sequence[tuple[str, str]], ttl_seconds: int) -> Assignment:
        now = time.monotonic()
        entry = self._scope(scope, now)
        if entry is None:
            self._evict(now)
            entry = self._scopes[scope] = _Scope()
        out: Assignment = {}
        for entity_type, value in values:
            k = (entity_type, value_key(value))
            ph = entry.by_value.get(k)
            if ph is None:
                if len(entry.by_placeholder) >= MAX_VALUES:
                    raise VaultError(f"the vault holds {MAX_VALUES} values for this user and tool; no more are issued")
                n = entry.counters[entity_type] = entry.counters.get(entity_type, 0) + 1
                ph = entry.by_value[k] = placeholder(entity_type, n)
                entry.by_placeholder[ph] = value
            out[(entity_type, value)] = ph
        entry.expires = now + ttl_seconds
        return out

    async def known(self, scope: str) -> dict[str, str]:
        entry = self._scope(scope, time.monotonic())
        return dict(entry.by_placeholder) if entry is not None else {}

    def _evict(self, now: float) -> None:
        if len(self._scopes) < MAX_SCOPES:
            return
        self._scopes = {k: v for k, v in self._scopes.items() if v.expires > now}
        while len(self._scopes) >= MAX_SCOPES:  # still full: the one that expires first goes
            del self._scopes[min(self._scopes, key=lambda k: self._scopes[k].expires)]


# One round trip, atomic: for each (field of the value's keyed hash, type, encrypted value) the
# existing placeholder, or a new one numbered from the type's counter. KEYS[1] the scope's hash.
_ASSIGN = """
local out = {}
if redis.call('HLEN', KEYS[1]) > tonumber(ARGV[2]) then return redis.error_reply('vault full') end
for i = 3, #ARGV, 3 do
  local ph = redis.call('HGET', KEYS[1], ARGV[i])
  if not ph then
    local n = redis.call('HINCRBY', KEYS[1], 'n:' .. ARGV[i + 1], 1)
    ph = '[' .. ARGV[i + 1] .. '_' .. n .. ']'
    redis.call('HSET', KEYS[1], ARGV[i], ph, 'p:' .. ph, ARGV[i + 2])
  end
  out[#out + 1] = ph
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
return out
"""


class RedisVault:
    """In Redis, shared by every replica with the same `DLP_REDIS_URL` and vault key."""

    shared = True

    def __init__(self, url: str, key: bytes | None, key_env: str = "DLP_VAULT_KEY") -> None:
        self.key_env = key_env
        self.safe_url = redact_url(url)
        self._url = url
        self._key = key
        self._client: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _redis(self) -> Any:
        loop = asyncio.get_running_loop()  # redis.asyncio connections belong to their event loop
        if self._client is None or self._loop is not loop:
            import redis.asyncio

            self._client = redis.asyncio.Redis.from_url(
                self._url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS
            )
            self._loop = loop
        return self._client

    def scope(self, user: str, tool: str) -> str:
        return scope_of(self._cipher()[0], user, tool)

    def _cipher(self) -> tuple[bytes, Any]:
        if self._key is None:
            raise VaultError(f"the vault in Redis needs a key: set the environment variable {self.key_env}")
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return self._key, AESGCM(hashlib.sha256(b"dlp-proxy vault v1\0" + self._key).digest())

    async def assign(self, scope: str, values: Sequence[tuple[str, str]], ttl_seconds: int) -> Assignment:
        key, cipher = self._cipher()
        args: list[Any] = [ttl_seconds, 3 * MAX_VALUES]
        for entity_type, value in values:
            mac = hmac.new(key, f"{entity_type}\0{value_key(value)}".encode(), hashlib.sha256).hexdigest()
            nonce = secrets.token_bytes(12)
            args += ["v:" + mac, entity_type, nonce + cipher.encrypt(nonce, value.encode(), scope.encode())]
        try:
            got = await self._redis().eval(_ASSIGN, 1, PREFIX + "vault:" + scope, *args)
        except Exception as e:
            raise self._error("assign placeholders", e) from e
        return {pair: ph.decode() for pair, ph in zip(values, got, strict=True)}

    async def known(self, scope: str) -> dict[str, str]:
        _, cipher = self._cipher()
        try:
            fields = await self._redis().hgetall(PREFIX + "vault:" + scope)
        except Exception as e:
            raise self._error("read placeholders", e) from e
        out: dict[str, str] = {}
        for name, blob in fields.items():
            if name.startswith(b"p:"):
                try:
                    out[name[2:].decode()] = cipher.decrypt(blob[:12], blob[12:], scope.encode()).decode()
                except Exception as e:  # another key, or tampered with: nothing from it is restored
                    raise VaultError(f"vault at {self.safe_url}: a value does not decrypt with this key") from e
        return out

    def _error(self, doing: str, e: Exception) -> VaultError:
        return VaultError(f"vault at {self.safe_url}: could not {doing} ({type(e).__name__})")


def key_from_env(name: str, environ: Mapping[str, str] | None = None) -> bytes | None:
    raw = (os.environ if environ is None else environ).get(name, "")
    return raw.encode() if raw else None


def from_env(key_env: str = "DLP_VAULT_KEY", environ: Mapping[str, str] | None = None) -> Vault:
    """Redis when `DLP_REDIS_URL` is set, else this process."""
    env = os.environ if environ is None else environ
    url = env.get(ENV_URL, "").strip()
    return RedisVault(url, key_from_env(key_env, env), key_env) if url else MemoryVault(key_env)

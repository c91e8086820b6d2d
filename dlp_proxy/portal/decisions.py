"""What a decision page needs of a decision, kept for a while: in this process, or in Redis so
that any replica behind a load balancer can show it.

A summary holds the facts of the record (tool, rule, action, the types of data found and how
many, who, when) and never a value or prompt text: it is built field by field from the decision
record (dlp_proxy.audit.record), which holds none either. Only decisions the employee was told
about are kept (action other than allow: a notice or a block page links to them); page loads and
clean prompts are not. The DLP addon hands each record in right after it is committed;
`remember` never raises and never waits (Redis writes run in the background), so a prompt is
never slowed or failed by this store.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

from dlp_proxy.errors import DlpError
from dlp_proxy.respond.shared_state import ENV_URL, PREFIX, TIMEOUT_SECONDS, redact_url

logger = logging.getLogger(__name__)

TTL_SECONDS = 7 * 24 * 3600  # a notice's link works for a week
MAX_ENTRIES = 100_000  # in this process; oldest out first
KEY_PREFIX = PREFIX + "decision:"
MAX_ID_LENGTH = 64

# The record's fields a page may show, by name; everything else (path, host, evidence,
# justification, groups, client address) stays in the log.
FIELDS = (
    "decision_id",
    "timestamp",
    "user",
    "identity_source",
    "tool",
    "tool_name",
    "tool_status",
    "tool_category",
    "rule_id",
    "action",
    "would_action",
    "enforced",
    "entities",
    "data_classes",
    "policy_version",
    "endpoint",
    "fail_reason",
    "exception_id",
)


class DecisionStoreError(DlpError):
    """The shared store cannot be read now (Redis down); the message never holds a password."""


def summary(record: Mapping[str, Any], now: float | None = None) -> dict[str, Any] | None:
    """The page's facts of a decision record; None for a record no notice links to."""
    if record.get("event", "decision") != "decision" or record.get("action", "allow") == "allow":
        return None
    if not isinstance(record.get("decision_id"), str):
        return None
    out = {name: record.get(name) for name in FIELDS}
    out["entities"] = {str(k): int(v) for k, v in (record.get("entities") or {}).items()}
    out["data_classes"] = [str(c) for c in record.get("data_classes") or []]
    if not isinstance(out["timestamp"], str):
        stamp = datetime.fromtimestamp(time.time() if now is None else now, UTC)
        out["timestamp"] = stamp.isoformat(timespec="seconds").replace("+00:00", "Z")
    return out


def usable_id(decision_id: str) -> bool:
    """Whether a decision id from an address can be looked up (a bounded, printable token)."""
    return 0 < len(decision_id) <= MAX_ID_LENGTH and all(c.isalnum() or c in "-_" for c in decision_id)


class DecisionStore(Protocol):
    shared: bool

    def remember(self, record: Mapping[str, Any]) -> None:
        """Keep the summary of a committed decision record (never raises, never waits)."""
        ...

    async def get(self, decision_id: str) -> dict[str, Any] | None:
        """The summary, or None when unknown or expired; DecisionStoreError when it cannot be read."""
        ...


class MemoryDecisions:
    """In this process: one proxy, no load balancer. Bounded in time and count."""

    shared = False

    def __init__(self, ttl_seconds: int = TTL_SECONDS, max_entries: int = MAX_ENTRIES) -> None:
        self.ttl = ttl_seconds
        self.max_entries = max_entries
        self._entries: OrderedDict[str, tuple[float, str]] = OrderedDict()  # id -> (expiry, JSON)

    def remember(self, record: Mapping[str, Any]) -> None:
        try:
            facts = summary(record)
            if facts is None:
                return
            now = time.monotonic()
            self._entries[facts["decision_id"]] = (now + self.ttl, json.dumps(facts, separators=(",", ":")))
            self._entries.move_to_end(facts["decision_id"])
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
            while self._entries and next(iter(self._entries.values()))[0] <= now:
                self._entries.popitem(last=False)  # insertion order is expiry order
        except Exception:  # a page is a courtesy; the prompt's path must never fail on it
            logger.exception("dlp-proxy: could not keep a decision for its page")

    async def get(self, decision_id: str) -> dict[str, Any] | None:
        entry = self._entries.get(decision_id)
        if entry is None or entry[0] <= time.monotonic():
            return None
        facts: dict[str, Any] = json.loads(entry[1])
        return facts

    def __len__(self) -> int:
        return len(self._entries)


class RedisDecisions:
    """In Redis with an expiry, shared by every replica with the same `DLP_REDIS_URL`."""

    shared = True

    def __init__(self, url: str, ttl_seconds: int = TTL_SECONDS) -> None:
        self.ttl = ttl_seconds
        self.safe_url = redact_url(url)
        self._url = url
        self._client: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def _redis(self) -> Any:
        loop = asyncio.get_running_loop()  # redis.asyncio connections belong to their event loop
        if self._client is None or self._loop is not loop:
            import redis.asyncio

            self._client = redis.asyncio.Redis.from_url(
                self._url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS
            )
            self._loop = loop
        return self._client

    def remember(self, record: Mapping[str, Any]) -> None:
        try:
            facts = summary(record)
            if facts is None:
                return
            task = asyncio.get_running_loop().create_task(self._put(facts))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        except Exception:
            logger.exception("dlp-proxy: could not keep a decision for its page")

    async def _put(self, facts: dict[str, Any]) -> None:
        try:
            body = json.dumps(facts, separators=(",", ":"))
            await self._redis().set(KEY_PREFIX + facts["decision_id"], body, ex=self.ttl)
        except Exception as e:
            logger.warning(
                "dlp-proxy: decision %s not kept in Redis at %s for its page (%s)",
                facts["decision_id"],
                self.safe_url,
                type(e).__name__,
            )

    async def flush(self) -> None:
        """Wait for the writes under way (tests, shutdown)."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def get(self, decision_id: str) -> dict[str, Any] | None:
        try:
            raw = await self._redis().get(KEY_PREFIX + decision_id)
        except Exception as e:
            raise DecisionStoreError(f"decisions at {self.safe_url}: could not read ({type(e).__name__})") from e
        if raw is None:
            return None
        facts: dict[str, Any] = json.loads(raw)
        return facts


def from_env(environ: Mapping[str, str] | None = None) -> MemoryDecisions | RedisDecisions:
    """Redis when `DLP_REDIS_URL` is set (as for the other shared state), else this process."""
    url = (os.environ if environ is None else environ).get(ENV_URL, "").strip()
    return RedisDecisions(url) if url else MemoryDecisions()

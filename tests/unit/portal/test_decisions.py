"""The decision store behind the decision pages: only what a page may show (never a value), only
decisions a notice links to, bounded in time and count, shared in Redis between replicas, and
never a failure on the prompt's path."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.portal import decisions
from dlp_proxy.portal.decisions import FIELDS, DecisionStoreError, MemoryDecisions, RedisDecisions, summary, usable_id
from tests.e2e.local_services import Redis, start_redis
from tests.unit.portal.test_pages import AWS_KEY, BSN, DECISION_ID, PROMPT, record


def test_a_summary_keeps_the_facts_and_drops_path_evidence_justification_and_address() -> None:
    facts = summary(record())
    assert facts is not None
    assert set(facts) == set(FIELDS)
    assert facts["rule_id"] == "SECRET-BLOCK" and facts["entities"] == {"NL_BSN": 1, "SECRET": 1}
    text = json.dumps(facts)
    for value in (BSN, AWS_KEY, PROMPT, "jan.jansen", "10.1.2.3", "/v1/chat"):
        assert value not in text, value


def test_only_decisions_a_notice_links_to_are_kept() -> None:
    store = MemoryDecisions()
    store.remember(record(action="allow", would_action="allow"))  # a page load, a clean prompt
    store.remember({"event": "observed", "decision_id": "x", "action": "block"})
    store.remember({"event": "request", "request_id": "req-1"})
    assert len(store) == 0
    store.remember(record(action="redact"))
    assert len(store) == 1


def test_the_store_is_bounded_oldest_out_and_forgets_after_its_time(monkeypatch: pytest.MonkeyPatch) -> None:
    store = MemoryDecisions(ttl_seconds=60, max_entries=3)
    for i in range(5):
        store.remember(record(decision_id=f"d{i}"))
    assert len(store) == 3
    assert asyncio.run(store.get("d0")) is None and asyncio.run(store.get("d1")) is None
    assert asyncio.run(store.get("d4")) is not None

    later = time.monotonic() + 61
    monkeypatch.setattr(decisions.time, "monotonic", lambda: later)
    assert asyncio.run(store.get("d4")) is None
    store.remember(record(decision_id="d5"))  # expired entries leave as new ones come
    assert len(store) == 1


def test_remember_never_raises_whatever_it_is_given() -> None:
    store = MemoryDecisions()
    for junk in ({"action": "block", "decision_id": 7}, {"action": "block", "decision_id": "x", "entities": 5}):
        store.remember(junk)  # logged, not raised: the prompt's path must not fail on a page
    assert len(store) == 0


@pytest.mark.parametrize(
    ("decision_id", "usable"),
    [(DECISION_ID, True), ("req-0123", True), ("", False), ("a" * 65, False), ("../x", False), ("<b>", False)],
)
def test_usable_ids(decision_id: str, usable: bool) -> None:
    assert usable_id(decision_id) is usable


def test_from_env_picks_redis_when_shared_state_is_configured() -> None:
    assert isinstance(decisions.from_env({}), MemoryDecisions)
    assert isinstance(decisions.from_env({"DLP_REDIS_URL": "redis://127.0.0.1:1/0"}), RedisDecisions)


@pytest.fixture(scope="module")
def redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Redis]:
    server = start_redis(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


def test_replicas_share_decisions_in_redis_with_an_expiry(redis: Redis) -> None:
    async def run() -> tuple[Any, Any, int]:
        one, two = RedisDecisions(redis.url), RedisDecisions(redis.url)
        one.remember(record())
        await one.flush()
        import redis.asyncio as aioredis

        client = aioredis.Redis.from_url(redis.url)
        ttl = int(await client.ttl(decisions.KEY_PREFIX + DECISION_ID))
        raw = await client.get(decisions.KEY_PREFIX + DECISION_ID)
        await client.aclose()
        return await two.get(DECISION_ID), raw, ttl

    got, raw, ttl = asyncio.run(run())
    assert got is not None and got["rule_id"] == "SECRET-BLOCK" and got["user"] == "alice"
    assert 0 < ttl <= decisions.TTL_SECONDS
    assert BSN.encode() not in raw and AWS_KEY.encode() not in raw


def test_when_redis_is_down_a_page_says_so_and_a_prompt_never_notices(tmp_path: Path) -> None:
    store = RedisDecisions("redis://:hunter2@127.0.0.1:1/0")

    async def run() -> None:
        store.remember(record())  # returns at once; the write fails in the background, logged
        await store.flush()
        with pytest.raises(DecisionStoreError) as e:
            await store.get(DECISION_ID)
        assert "hunter2" not in str(e.value)

    asyncio.run(run())

"""Justification codes when Redis loses its data (a restart without persistence, FLUSHALL):
no replay of a used code, and the replicas agree on the one new key."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dlp_proxy.respond.justify import Justifier, Redemption
from dlp_proxy.respond.shared_state import RedisState
from tests.e2e.local_services import Redis


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DLP_JUSTIFY_KEY", raising=False)
    monkeypatch.delenv("DLP_REDIS_URL", raising=False)


def _lose_data(redis: Redis) -> None:
    import redis as redis_client

    redis_client.Redis.from_url(redis.url).flushall()


@pytest.mark.parametrize("deployment_key", [None, b"the deployment's DLP_JUSTIFY_KEY"], ids=["key-in-redis", "env-key"])
def test_when_redis_loses_its_data_then_no_code_from_before_counts_and_replicas_agree_after(
    redis: Redis, deployment_key: bytes | None, tmp_path: Path
) -> None:
    a = Justifier(key=deployment_key, state=RedisState(redis.url))
    b = Justifier(key=deployment_key, state=RedisState(redis.url))

    async def flow() -> list[Redemption]:
        used, unused = await a.issue("erin", "chatgpt"), await a.issue("erin", "chatgpt")
        assert used and unused
        assert await b.redeem(used, "erin", "chatgpt") is Redemption.ACCEPTED
        _lose_data(redis)
        after = await b.issue("erin", "chatgpt")  # b moves to the new key first
        assert after
        return [
            await a.redeem(used, "erin", "chatgpt"),  # the record of its use is gone: must not count
            await b.redeem(used, "erin", "chatgpt"),
            await a.redeem(unused, "erin", "chatgpt"),
            await a.redeem(after, "erin", "chatgpt"),  # a agrees with b on the new key
            await b.redeem(after, "erin", "chatgpt"),
        ]

    results = asyncio.run(flow())
    assert results == [Redemption.INVALID] * 3 + [Redemption.ACCEPTED, Redemption.USED]


def test_while_redis_keeps_its_data_codes_from_before_still_work_once(redis: Redis) -> None:
    a, b = Justifier(state=RedisState(redis.url)), Justifier(state=RedisState(redis.url))

    async def flow() -> list[Redemption]:
        code = await a.issue("erin", "chatgpt")
        assert code
        b2 = Justifier(state=RedisState(redis.url))  # a replica started later, e.g. after its own restart
        return [await b.redeem(code, "erin", "chatgpt"), await b2.redeem(code, "erin", "chatgpt")]

    assert asyncio.run(flow()) == [Redemption.ACCEPTED, Redemption.USED]

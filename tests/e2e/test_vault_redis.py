"""The vault in a real Redis: atomic placeholders across replicas, values encrypted, a time to live."""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dlp_proxy.respond.vault import RedisVault, VaultError
from tests.e2e.local_services import Redis, start_redis

pytestmark = pytest.mark.e2e

KEY = b"vault-test-key-0123456789abcdef"
VALUES = [("PERSON", f"Persoon Nummer {i}") for i in range(40)] + [("EMAIL_ADDRESS", "jan.jansen@example.nl")]


@pytest.fixture(scope="module")
def redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Redis]:
    server = start_redis(tmp_path_factory.mktemp("vault-redis"))
    yield server
    server.stop()


def dump(redis: Redis) -> str:
    """Every key and hash field and value in Redis, as redis-cli prints them."""
    script = (
        "local o={} for _,k in ipairs(redis.call('keys','*')) do o[#o+1]=k "
        "if redis.call('type',k).ok=='hash' then for _,v in ipairs(redis.call('hgetall',k)) do o[#o+1]=v end end end "
        "return o"
    )
    return subprocess.run(
        ["redis-cli", "-u", redis.url, "--no-raw", "eval", script, "0"], capture_output=True, text=True, check=True
    ).stdout


def test_replicas_assigning_at_once_agree_on_every_placeholder(redis: Redis) -> None:
    async def main() -> list[dict[tuple[str, str], str]]:
        replicas = [RedisVault(redis.url, KEY) for _ in range(4)]
        scope = replicas[0].scope("jan", "chatgpt")
        assert all(r.scope("jan", "chatgpt") == scope for r in replicas)
        # Each replica sees the values in another order, all at the same time.
        orders = [VALUES[i:] + VALUES[:i] for i in (0, 7, 19, 33)]
        return list(await asyncio.gather(*(r.assign(scope, o, 60) for r, o in zip(replicas, orders, strict=True))))

    results = asyncio.run(main())
    assert all(r == results[0] for r in results)
    persons = sorted(ph for (t, _), ph in results[0].items() if t == "PERSON")
    assert sorted(persons) == sorted(f"[PERSON_{i}]" for i in range(1, 41))  # 40 values, 40 placeholders
    assert results[0][VALUES[-1]] == "[EMAIL_ADDRESS_1]"
    known = asyncio.run(RedisVault(redis.url, KEY).known(RedisVault(redis.url, KEY).scope("jan", "chatgpt")))
    assert known == {ph: value for (_, value), ph in results[0].items()}


def test_redis_holds_no_value_no_user_and_another_key_reads_nothing(redis: Redis) -> None:
    vault = RedisVault(redis.url, KEY)
    scope = vault.scope("piet@voorbeeld.nl", "openai-api")
    asyncio.run(vault.assign(scope, [("EMAIL_ADDRESS", "geheim.adres@klant.nl")], 60))
    text = dump(redis)
    assert "[EMAIL_ADDRESS_1]" in text
    for secret in ("geheim.adres", "klant.nl", "piet", "openai-api"):
        assert secret not in text
    other = RedisVault(redis.url, b"another-key-another-key-another")
    assert asyncio.run(other.known(other.scope("piet@voorbeeld.nl", "openai-api"))) == {}  # another scope name
    forged = RedisVault(redis.url, b"another-key-another-key-another")
    with pytest.raises(VaultError) as e:  # the right scope, the wrong key: refused, not garbage
        asyncio.run(forged.known(scope))
    assert "geheim" not in str(e.value)


def test_placeholders_expire_in_redis(redis: Redis) -> None:
    vault = RedisVault(redis.url, KEY)
    scope = vault.scope("kees", "chatgpt")
    asyncio.run(vault.assign(scope, [("PERSON", "Kees Smit")], 1))
    assert asyncio.run(vault.known(scope)) == {"[PERSON_1]": "Kees Smit"}
    time.sleep(2.2)
    assert asyncio.run(vault.known(scope)) == {}


def test_an_unreachable_redis_is_a_vault_error_without_secrets(redis: Redis, tmp_path: Path) -> None:
    vault = RedisVault("redis://:hunter2@127.0.0.1:1/0", KEY)
    with pytest.raises(VaultError) as e:
        asyncio.run(vault.assign(vault.scope("jan", "chatgpt"), [("PERSON", "Jan de Vries")], 60))
    assert "hunter2" not in str(e.value) and "Jan" not in str(e.value)

"""Who acknowledged which policy version: in a file beside the decision log (survives a restart,
bounded, no user names), in Redis for replicas, and errors as AckStoreError."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from dlp_proxy.portal import acks
from dlp_proxy.portal.acks import KEEP_VERSIONS, AckStoreError, MemoryAcks, RedisAcks
from tests.e2e.local_services import Redis, start_redis


def known(store: acks.AckStore, user: str, version: str) -> bool:
    return asyncio.run(store.acknowledged(user, version))


def test_an_acknowledgement_survives_a_restart_for_that_user_and_version_only(tmp_path: Path) -> None:
    path = tmp_path / "logs" / acks.FILE_NAME
    asyncio.run(MemoryAcks(path).acknowledge("alice", "sha256:1111"))

    again = MemoryAcks(path)  # a new process reading the same file
    assert known(again, "alice", "sha256:1111")
    assert not known(again, "bob", "sha256:1111")
    assert not known(again, "alice", "sha256:2222")
    text = path.read_text()
    assert "alice" not in text and text.count("\n") == 1
    assert path.stat().st_mode & 0o077 == 0  # who acknowledged is nobody else's business


def test_the_file_keeps_only_the_newest_versions(tmp_path: Path) -> None:
    path = tmp_path / acks.FILE_NAME
    store = MemoryAcks(path)
    versions = [f"sha256:{n:04d}" for n in range(KEEP_VERSIONS + 2)]

    async def run() -> None:
        for v in versions:
            await store.acknowledge("alice", v)
            await store.acknowledge("bob", v)

    asyncio.run(run())
    again = MemoryAcks(path)
    assert [known(again, "alice", v) for v in versions] == [False] * 2 + [True] * KEEP_VERSIONS
    assert len(path.read_text().splitlines()) == 2 * KEEP_VERSIONS


def test_a_torn_last_line_is_skipped_and_the_file_rewritten(tmp_path: Path) -> None:
    path = tmp_path / acks.FILE_NAME
    asyncio.run(MemoryAcks(path).acknowledge("alice", "sha256:1111"))
    with path.open("a") as f:
        f.write("sha256:1111 0123")  # a crash in the middle of a write
    again = MemoryAcks(path)
    assert known(again, "alice", "sha256:1111")
    assert path.read_text().endswith("\n") and len(path.read_text().splitlines()) == 1


def test_when_the_file_cannot_be_written_then_the_error_says_so_without_the_user(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be")
    store = MemoryAcks(blocker / acks.FILE_NAME)
    with pytest.raises(AckStoreError) as e:
        asyncio.run(store.acknowledge("alice", "sha256:1111"))
    assert "alice" not in str(e.value)
    assert not known(MemoryAcks(), "alice", "sha256:1111")


def test_the_store_follows_the_environment(tmp_path: Path) -> None:
    log = str(tmp_path / "logs" / "decisions.jsonl")
    store = acks.from_env(log, {})
    assert isinstance(store, MemoryAcks) and store.path == tmp_path / "logs" / acks.FILE_NAME
    assert ".jsonl" not in acks.FILE_NAME  # `audit verify logs/` reads every *.jsonl* file there
    memory = acks.from_env("-", {})
    assert isinstance(memory, MemoryAcks) and memory.path is None
    assert isinstance(acks.from_env(log, {"DLP_REDIS_URL": "redis://127.0.0.1:1/0"}), RedisAcks)


@pytest.fixture(scope="module")
def redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Redis]:
    server = start_redis(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


def test_replicas_share_acknowledgements_in_redis(redis: Redis) -> None:
    one, two = RedisAcks(redis.url), RedisAcks(redis.url)
    asyncio.run(one.acknowledge("alice", "sha256:1111"))
    assert known(two, "alice", "sha256:1111")
    assert not known(two, "bob", "sha256:1111") and not known(two, "alice", "sha256:2222")


def test_when_redis_is_down_then_the_error_names_no_password_and_no_user() -> None:
    store = RedisAcks("redis://:hunter2@127.0.0.1:1/0")
    with pytest.raises(AckStoreError) as e:
        known(store, "alice", "sha256:1111")
    assert "hunter2" not in str(e.value) and "alice" not in str(e.value)

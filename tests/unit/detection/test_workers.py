"""Detection worker processes: the same findings as in-process detection; a crashed or
timed-out worker is killed and replaced, and its caller gets an error (the fail mode)."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dlp_proxy.detection.factory import build_detector
from dlp_proxy.detection.workers import WorkerError, WorkerPool, for_detection, start_scanner
from dlp_proxy.errors import DetectorError
from dlp_proxy.policy import load_policy
from dlp_proxy.policy.watch import detection_config
from tests.paths import TEST_POLICY

# Within the engine's scan limit and long enough to keep a worker busy for a while.
BUSY = "Vraag van Jan de Vries aan Piet over het contract en de levering van volgende week. " * 9000
TEXT = "Mail jan.jansen@example.nl over Piet de Vries, IBAN NL91ABNA0417164300, BSN 111222333."
REPLACED_WITHIN_SECONDS = 120.0


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.Runner]:
    """One event loop for the module, as in the proxy: the pool's queue belongs to it."""
    with asyncio.Runner() as runner:
        yield runner


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    pool = WorkerPool(load_policy(TEST_POLICY), None, size=1).start()
    yield pool
    pool.terminate()


async def scan_when_replaced(pool: WorkerPool, dead_pid: int) -> list[object]:
    """Scan once a successor of `dead_pid` is working (it starts in the background)."""
    deadline = time.monotonic() + REPLACED_WITHIN_SECONDS
    while dead_pid in pool.pids() or not pool.pids():
        assert time.monotonic() < deadline, "no replacement worker started"
        await asyncio.sleep(0.1)
    return list(await asyncio.wait_for(pool.scan(TEXT), REPLACED_WITHIN_SECONDS))


def test_a_worker_finds_what_detection_in_this_process_finds(pool: WorkerPool, loop: asyncio.Runner) -> None:
    expected = build_detector(load_policy(TEST_POLICY)).load().scan(TEXT)
    found = loop.run(pool.scan(TEXT))
    assert found == expected
    assert {f.entity_type for f in found} >= {"EMAIL_ADDRESS", "PERSON", "IBAN_CODE"}


def test_when_a_worker_dies_then_its_caller_gets_an_error_and_a_new_worker_takes_over(
    pool: WorkerPool, loop: asyncio.Runner
) -> None:
    async def run() -> None:
        [pid] = pool.pids()
        replaced = pool.replaced
        scanning = asyncio.ensure_future(pool.scan(BUSY))  # long enough to be busy
        await asyncio.sleep(0.2)
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(WorkerError) as e:
            await scanning
        assert "Vries" not in str(e.value)  # the message never quotes the text
        assert pool.replaced == replaced + 1
        assert {f.entity_type for f in await scan_when_replaced(pool, pid)} >= {"EMAIL_ADDRESS"}  # type: ignore[attr-defined]

    loop.run(run())


def test_when_a_caller_times_out_then_the_busy_worker_is_killed_not_left_running(
    pool: WorkerPool, loop: asyncio.Runner
) -> None:
    async def run() -> None:
        [pid] = pool.pids()
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(pool.scan(BUSY), 0.05)
        assert pid not in pool.pids()
        deadline = time.monotonic() + 10
        while _alive(pid):
            assert time.monotonic() < deadline, "the timed-out worker still runs"
            await asyncio.sleep(0.05)
        await scan_when_replaced(pool, pid)

    loop.run(run())


def test_scans_wait_for_a_free_worker_and_all_get_their_own_answer(pool: WorkerPool, loop: asyncio.Runner) -> None:
    texts = [f"Bel {n:02d}: mail naar user{n}@example.com" for n in range(12)]

    async def run() -> list[list[object]]:
        return list(await asyncio.gather(*(pool.scan(t) for t in texts)))

    for text, found in zip(texts, loop.run(run()), strict=True):
        [email] = [f for f in found if f.entity_type == "EMAIL_ADDRESS"]  # type: ignore[attr-defined]
        assert text[email.start : email.end] == f"user{text[4:6].lstrip('0') or '0'}@example.com"  # type: ignore[attr-defined]


def test_when_the_engine_cannot_load_then_start_fails_with_the_workers_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "rules"
    shutil.copytree(TEST_POLICY, policy, ignore=shutil.ignore_patterns("tests"))
    (policy / "client-hashes.txt").write_text("", encoding="utf-8")
    (policy / "clients.yaml").write_text(
        "clients:\n  hashed: {file: client-hashes.txt, key_env: DLP_TEST_ABSENT_KEY, max_words: 3}\n",
        encoding="utf-8",
    )
    monkeypatch.delenv("DLP_TEST_ABSENT_KEY", raising=False)
    with pytest.raises(DetectorError, match="DLP_TEST_ABSENT_KEY"):
        WorkerPool(load_policy(policy), None, size=1).start()


def test_with_zero_workers_detection_runs_in_this_process() -> None:
    scanner = start_scanner(load_policy(TEST_POLICY), None, workers=0)
    try:
        assert scanner.pids() == []
        assert {f.entity_type for f in asyncio.run(scanner.scan(TEXT))} >= {"EMAIL_ADDRESS"}
    finally:
        scanner.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie until its parent reaps it: dead for our purpose.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_a_worker_that_died_while_idle_costs_no_request(pool: WorkerPool, loop: asyncio.Runner) -> None:
    """Killed between scans (the OOM killer, an operator): the next scan finds the pipe broken
    before the text is sent, and goes to the worker that replaces it."""

    async def run() -> None:
        [pid] = pool.pids()
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while _alive(pid):
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)  # a zombie shows in /proc a moment before its parent can reap it
        found = await asyncio.wait_for(pool.scan(TEXT), REPLACED_WITHIN_SECONDS)
        assert {f.entity_type for f in found} >= {"EMAIL_ADDRESS"}
        assert pid not in pool.pids()

    loop.run(run())


def test_workers_receive_the_policy_without_the_bundled_catalogue() -> None:
    # Detection does not use the catalogue's thousands of services; pickling them to every worker
    # would make start-up and each replacement grow with the catalogue (issue 18).
    policy = load_policy(TEST_POLICY)
    assert policy.bundled, "the test policy should carry the bundled catalogue"
    sent = for_detection(policy)
    assert sent.bundled == [] and sent.tools == policy.tools
    assert detection_config(sent) == detection_config(policy)
    assert WorkerPool(policy, None, size=1).policy.bundled == []

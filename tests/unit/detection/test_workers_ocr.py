"""OCR in the detection workers: the text of an image read off the event loop; a worker past its
OCR budget is killed with its tesseract and replaced; the in-process scanner reads in a thread."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dlp_proxy.detection import workers
from dlp_proxy.detection.ocr import OcrError
from dlp_proxy.detection.workers import InProcessScanner, WorkerPool
from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY
from tests.unit.uploads.image_builders import BSN, EMAIL, SCREEN_LINES, screenshot

REPLACED_WITHIN_SECONDS = 120.0
BUDGET = 60.0
# 70 lines on a wide image: decoded in a tenth of a second, read in about 3 s (more on a busy machine).
BIG = screenshot(
    [f"Regel {i}: klant Jan de Vries, BSN {BSN}, mail {EMAIL}, bedrag {i * 13},50 euro" for i in range(70)],
    width=2400,
    size=16,
)


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.Runner]:
    with asyncio.Runner() as runner:
        yield runner


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    pool = WorkerPool(load_policy(TEST_POLICY), None, size=1).start()
    yield pool
    pool.terminate()


def squeezed(text: str) -> str:
    return "".join(text.split())


def _group_members(pgid: int) -> list[int]:
    """Live processes in process group `pgid` (from /proc; zombies do not count)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="ascii").rsplit(")", 1)[-1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            out.append(int(stat.parent.name))
    return out


def test_a_worker_reads_the_text_of_an_image(pool: WorkerPool, loop: asyncio.Runner) -> None:
    [pid] = pool.pids()
    text = loop.run(pool.ocr(screenshot(SCREEN_LINES), BUDGET))
    assert BSN in squeezed(text) and EMAIL in squeezed(text)
    assert pool.pids() == [pid]


def test_an_image_the_worker_cannot_read_is_a_reason_and_the_worker_stays(
    pool: WorkerPool, loop: asyncio.Runner
) -> None:
    [pid] = pool.pids()
    with pytest.raises(OcrError) as e:
        loop.run(pool.ocr(screenshot(["x"])[:60], BUDGET))
    assert e.value.reason == "image_unreadable"
    assert pool.pids() == [pid] and pool.replaced == 0


def test_when_a_worker_overruns_its_ocr_budget_then_it_and_its_tesseract_are_killed_and_replaced(
    pool: WorkerPool, loop: asyncio.Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker kills tesseract at the budget itself; one that does not answer within the grace
    after it (a decoder that hangs) is killed. Here the grace is made negative, so the pool gives up
    while the worker is still reading."""
    monkeypatch.setattr(workers, "OCR_GRACE_SECONDS", -29.0)

    async def run() -> None:
        [pid] = pool.pids()
        replaced = pool.replaced
        with pytest.raises(OcrError) as e:
            await pool.ocr(BIG, 30.0)  # the pool gives up after 1 s, while tesseract reads
        assert e.value.reason == "ocr_timeout"
        assert pool.replaced == replaced + 1 and pid not in pool.pids()
        # Killed with its group: nothing left within a moment, where a tesseract left behind
        # would read on for seconds (and a worker killed alone would leave it so).
        deadline = time.monotonic() + 0.5
        while _group_members(pid):
            assert time.monotonic() < deadline, "the worker or its tesseract still runs"
            await asyncio.sleep(0.05)
        deadline = time.monotonic()
        monkeypatch.setattr(workers, "OCR_GRACE_SECONDS", 2.0)
        while not pool.pids():
            assert time.monotonic() < deadline + REPLACED_WITHIN_SECONDS, "no replacement worker started"
            await asyncio.sleep(0.1)
        assert BSN in squeezed(await pool.ocr(screenshot(SCREEN_LINES), BUDGET))

    loop.run(run())


def test_with_zero_workers_ocr_runs_in_a_thread_of_this_process() -> None:
    scanner = InProcessScanner(load_policy(TEST_POLICY), None)
    try:
        assert BSN in squeezed(asyncio.run(scanner.ocr(screenshot(SCREEN_LINES), BUDGET)))
    finally:
        scanner.close()

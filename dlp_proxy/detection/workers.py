"""Detection in worker processes: each loads the engine once, then scans texts one at a time.

Detection is pure Python and holds the GIL; run in threads of the proxy process, it and the
event loop share one core. A `WorkerPool` runs it in `size` processes instead (started with
`spawn`: nothing of the proxy's threads or sockets is inherited), fed over a pipe with the text
only, and answered with the findings. The event loop awaits a reply without blocking. The same
workers read text from images (`ocr`: a tagged message with the image's bytes, answered with the
text Tesseract reads, dlp_proxy.detection.ocr), so decoding and OCR never run on the event loop.

A worker that crashes, or that is still busy when its caller gives up (the detection timeout),
is killed and replaced in the background; that caller gets `WorkerError` (or the timeout) and
the request follows the fail mode. A worker that cannot start (a broken client list, a missing
model) fails `start()` with the worker's error, so the proxy does not start without detection.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any, Final

from dlp_proxy.detection.ocr import DEFAULT_MAX_PIXELS, OCR_TIMEOUT, OcrError, read_text
from dlp_proxy.detection.ocr import availability as ocr_availability
from dlp_proxy.errors import DetectorError
from dlp_proxy.findings import Finding
from dlp_proxy.policy.schema import Policy

logger = logging.getLogger(__name__)

START_TIMEOUT_SECONDS: Final = 180.0  # imports and model loading; generous for a busy machine
# How long past its OCR budget a worker may take to answer (it kills tesseract at the budget
# itself) before it is killed and replaced: a decoder that hangs.
OCR_GRACE_SECONDS: Final = 2.0
OCR: Final = "ocr"  # the tag of an OCR request: (OCR, image bytes, timeout, max pixels)
Message = str | tuple[str, bytes, float, int]  # a text to scan, or an OCR request
_SPAWN = multiprocessing.get_context("spawn")


class WorkerError(DetectorError):
    """A worker crashed or raised while scanning; the message names the kind, never the text."""


class _GoneBeforeScan(WorkerError):
    """The worker had died while idle (killed, out of memory): it never received the text."""


def _serve(conn: Connection, policy: Policy, pipelines: Mapping[str, str] | None) -> None:
    """The worker process: load the engine, say ready, then answer each text with its findings."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the proxy; it stops us
    os.setpgrp()  # a group of its own: killing it kills the tesseract it may be running too
    from dlp_proxy.detection.factory import build_detector  # heavy: in the worker only

    try:
        detector = build_detector(policy, pipelines).load()
    except Exception as e:
        conn.send(("failed", f"{e.__class__.__name__}: {e}"))  # a configuration error, no prompt text
        return
    gc.freeze()  # the engine's lists and models stay for good: no full collection walks them again
    conn.send(("ready", os.getpid()))
    while True:
        try:
            text = conn.recv()
        except (EOFError, OSError):
            return  # the proxy went away
        if text is None:
            return
        conn.send(_ocr_reply(text) if isinstance(text, tuple) else _scan_reply(detector.scan, text))


def _scan_reply(scan: Any, text: str) -> tuple[str, Any]:
    try:
        return ("ok", scan(text))
    except Exception as e:  # the kind only: an exception's message may quote the text
        return ("error", e.__class__.__name__)


def _ocr_reply(request: tuple[str, bytes, float, int]) -> tuple[str, Any]:
    _, data, timeout, max_pixels = request
    try:
        return ("ok", read_text(data, timeout=timeout, max_pixels=max_pixels))
    except OcrError as e:  # a reason, never text
        return ("ocr_error", e.reason)
    except Exception as e:
        return ("error", e.__class__.__name__)


def _raise_for(status: str, value: Any) -> None:
    if status == "ocr_error":
        raise OcrError(str(value))
    if status != "ok":
        raise WorkerError(f"detection worker raised {value}")


class _Worker:
    def __init__(self, policy: Policy, pipelines: Mapping[str, str] | None) -> None:
        parent, child = _SPAWN.Pipe(duplex=True)
        self.conn = parent
        self.process = _SPAWN.Process(
            target=_serve, args=(child, policy, dict(pipelines) if pipelines else None), daemon=True
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        """Block until the worker has loaded the engine; DetectorError when it could not."""
        if not self.conn.poll(timeout):
            self.kill()
            raise DetectorError(f"a detection worker did not load the engine in {timeout:.0f} s")
        try:
            status, detail = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            code = self.process.exitcode
            raise DetectorError(f"a detection worker exited while loading (exit code {code})") from None
        if status != "ready":
            self.kill()
            raise DetectorError(f"a detection worker could not load the engine: {detail}")

    async def ask(self, message: Message) -> tuple[str, Any]:
        """Send a text to scan (or an OCR request) and await the worker's (status, value)."""
        loop = asyncio.get_running_loop()
        reply: asyncio.Future[tuple[str, Any]] = loop.create_future()
        fd = self.conn.fileno()

        def readable() -> None:
            loop.remove_reader(fd)
            if reply.done():
                return
            try:
                reply.set_result(self.conn.recv())
            except (EOFError, OSError) as e:
                reply.set_exception(WorkerError(f"detection worker exited ({e.__class__.__name__})"))

        if not self.process.is_alive():  # died while idle; a send could still land in the socket buffer
            raise _GoneBeforeScan(f"detection worker exited while idle (exit code {self.process.exitcode})")
        try:
            self.conn.send(message)
        except OSError as e:  # a broken pipe: it died while idle
            raise _GoneBeforeScan(f"detection worker exited while idle ({e.__class__.__name__})") from None
        loop.add_reader(fd, readable)
        try:
            return await reply
        finally:
            loop.remove_reader(fd)

    def stop(self) -> None:
        """Ask the worker to finish; kill it when it does not within a second."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(1)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive() and self.process.pid is not None:
            try:  # the worker's group: it and an OCR subprocess (dlp_proxy.detection.ocr)
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):  # not yet its own group leader
                self.process.kill()
        self.process.join(5)
        self.conn.close()


def for_detection(policy: Policy) -> Policy:
    """The policy as a worker receives it: without the bundled catalogue's services, which detection
    does not use and which would otherwise be pickled to every worker (thousands of tools: start-up
    and every replacement would grow with the catalogue)."""
    return policy.model_copy(update={"bundled": []}) if policy.bundled else policy


class WorkerPool:
    """`size` detection processes for one policy; `scan` is the pipeline's `AsyncScan`."""

    def __init__(self, policy: Policy, pipelines: Mapping[str, str] | None, size: int) -> None:
        self.policy = for_detection(policy)
        self.pipelines = pipelines
        self.size = max(1, size)
        self._workers: list[_Worker] = []
        self._idle: asyncio.Queue[_Worker] | None = None
        self._closed = False
        self.replaced = 0  # workers killed and started again (crash or timeout)

    def start(self) -> WorkerPool:
        """Start every worker and wait until each has loaded the engine (blocking: seconds)."""
        workers = [_Worker(self.policy, self.pipelines) for _ in range(self.size)]
        try:
            for w in workers:
                w.wait_ready(START_TIMEOUT_SECONDS)
        except DetectorError:
            for w in workers:
                w.kill()
            raise
        self._workers = workers
        return self

    def _queue(self) -> asyncio.Queue[_Worker]:
        if self._idle is None:  # made on the event loop that uses it
            self._idle = asyncio.Queue()
            for w in self._workers:
                self._idle.put_nowait(w)
        return self._idle

    async def scan(self, text: str) -> list[Finding]:
        """Findings in `text` from the next free worker. Cancelled (a timeout) or crashed while
        the worker was busy: that worker is killed and replaced, and the error is the caller's.
        A worker found dead before it got the text is replaced and the next one asked."""
        status, value = await self._ask(lambda: text)
        _raise_for(status, value)
        findings: list[Finding] = value
        return findings

    async def ocr(self, data: bytes, timeout: float, max_pixels: int = DEFAULT_MAX_PIXELS) -> str:
        """The text in an image, read by the next free worker within `timeout` seconds (waiting
        for a worker included); OcrError otherwise. A worker that does not answer within its
        grace after the budget is killed and replaced, as for a detection timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout

        def request() -> Message:  # the budget left once a worker is free
            return (OCR, data, max(0.0, deadline - loop.time()), max_pixels)

        try:
            status, value = await asyncio.wait_for(self._ask(request), timeout + OCR_GRACE_SECONDS)
        except TimeoutError:
            raise OcrError(OCR_TIMEOUT, f"OCR took longer than {timeout:.1f} s") from None
        _raise_for(status, value)
        return str(value)

    async def _ask(self, message: Callable[[], Message]) -> tuple[str, Any]:
        """`message()` is sent once a worker is free (an OCR request's budget is what is left)."""
        while True:
            try:
                return await self._ask_once(message)
            except _GoneBeforeScan:
                continue  # nothing was scanned; the caller's timeout still bounds the wait

    async def _ask_once(self, message: Callable[[], Message]) -> tuple[str, Any]:
        idle = self._queue()
        worker = await idle.get()
        healthy = False
        try:
            reply = await worker.ask(message())
            healthy = True
            return reply
        finally:
            if healthy and not self._closed:
                idle.put_nowait(worker)
            elif healthy:
                worker.stop()
            else:
                self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill `worker` now; start its successor in a thread, then put it to work."""
        worker.kill()
        if worker in self._workers:
            self._workers.remove(worker)
        if self._closed:
            return
        self.replaced += 1
        logger.warning("dlp-proxy: detection worker %s killed (crash or timeout); starting another", worker.process.pid)
        loop = asyncio.get_running_loop()
        idle = self._queue()

        def start_one() -> None:
            delay = 1.0
            while not self._closed:
                try:
                    successor = _Worker(self.policy, self.pipelines)
                    successor.wait_ready(START_TIMEOUT_SECONDS)
                except Exception:
                    logger.exception("dlp-proxy: a replacement detection worker did not start; retrying")
                    time.sleep(delay)
                    delay = min(delay * 2, 60.0)
                    continue
                try:
                    loop.call_soon_threadsafe(self._adopt, successor, idle)
                except RuntimeError:  # the event loop is gone: the proxy stopped
                    successor.kill()
                return

        threading.Thread(target=start_one, name="dlp-worker-start", daemon=True).start()

    def _adopt(self, worker: _Worker, idle: asyncio.Queue[_Worker]) -> None:
        if self._closed:
            worker.stop()
            return
        self._workers.append(worker)
        idle.put_nowait(worker)

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    def terminate(self) -> None:
        """Kill every worker, busy or not (the proxy is stopping)."""
        self._closed = True
        for w in self._workers:
            w.kill()
        self._workers = []

    def close(self) -> None:
        """Stop the idle workers now; a busy one stops when its scan returns."""
        self._closed = True
        idle = self._idle
        busy = set(self._workers)
        if idle is not None:
            while not idle.empty():
                w = idle.get_nowait()
                busy.discard(w)
                w.stop()
        else:
            for w in self._workers:
                w.stop()
            busy = set()
        self._workers = list(busy)


class InProcessScanner:
    """Detection in a thread of this process (`dlp_workers=0`): no start-up cost, one engine in
    memory, but it shares the GIL with the event loop, and a scan past its timeout runs on."""

    def __init__(self, policy: Policy, pipelines: Mapping[str, str] | None, threads: int = 1) -> None:
        from dlp_proxy.detection.factory import build_detector

        self.detector = build_detector(policy, pipelines).load()
        self.replaced = 0  # nothing to replace: a thread cannot be killed
        self._executor = ThreadPoolExecutor(max(1, threads), thread_name_prefix="dlp-detect")
        # OCR in threads of its own: a screenshot being read does not hold up a prompt's scan.
        self._ocr_executor = ThreadPoolExecutor(2, thread_name_prefix="dlp-ocr")

    async def scan(self, text: str) -> list[Finding]:
        return await asyncio.get_running_loop().run_in_executor(self._executor, self.detector.scan, text)

    async def ocr(self, data: bytes, timeout: float, max_pixels: int = DEFAULT_MAX_PIXELS) -> str:
        """The text in an image, read in a thread; tesseract is killed at `timeout` (the thread
        itself cannot be, so a decoder that hangs is abandoned after the grace)."""

        def read() -> str:
            return read_text(data, timeout=timeout, max_pixels=max_pixels)

        work = asyncio.get_running_loop().run_in_executor(self._ocr_executor, read)
        try:
            return await asyncio.wait_for(work, timeout + OCR_GRACE_SECONDS)
        except TimeoutError:
            raise OcrError(OCR_TIMEOUT, f"OCR took longer than {timeout:.1f} s") from None

    def pids(self) -> list[int]:
        return []

    def close(self) -> None:
        self._executor.shutdown(wait=False)
        self._ocr_executor.shutdown(wait=False)

    terminate = close


Scanner = WorkerPool | InProcessScanner


def start_scanner(policy: Policy, pipelines: Mapping[str, str] | None, workers: int) -> Scanner:
    """`workers` detection processes, or with 0 one thread in this process (blocking: seconds)."""
    warn_without_ocr()
    if workers <= 0:
        return InProcessScanner(policy, pipelines)
    return WorkerPool(policy, pipelines, workers).start()


_ocr_checked = False


def warn_without_ocr() -> None:
    """Once per process: one warning when tesseract or its Dutch or English data is missing
    (images then follow the fail mode with fail_reason ocr_unavailable)."""
    global _ocr_checked
    if _ocr_checked:
        return
    _ocr_checked = True
    missing = ocr_availability()
    if missing is not None:
        logger.warning("dlp-proxy: images cannot be read by OCR: %s; they follow the fail mode", missing)

"""The decision log: JSON lines through a dedicated structlog pipeline, committed in groups.

One writer thread owns the file. Callers hand it a record and wait for their own record to be
on disk (`write` blocks, `commit` is awaited on the event loop); records handed in while the
writer is busy are written together and share one `fsync` (group commit). The event loop never
waits for the disk itself, and no caller goes on before its record is durable."""

from __future__ import annotations

import asyncio
import os
import queue
import sys
import threading
from collections.abc import MutableMapping
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Final

import structlog

from dlp_proxy.audit.chain import Chain


def _lead_with_time_and_event(_logger: Any, _name: str, event_dict: MutableMapping[str, Any]) -> dict[str, Any]:
    """Put `timestamp` and `event` first: the order a human reads a line in."""
    head: dict[str, Any] = {k: event_dict.pop(k) for k in ("timestamp", "event") if k in event_dict}
    return {**head, **event_dict}


MAX_GROUP: Final = 512  # records per commit at most: one slow group must not grow without bound
_STOP: Final = object()
_BARRIER: Final = object()  # a place in the queue, not a record: done when all before it are


class LogClosedError(OSError):
    """A record was handed to a log that is closed (a reload swapped it out)."""


class DecisionLog:
    """Append-only JSON-lines sink for decision records; `-` means stderr (never stdout).

    Rotation (by size and/or at UTC midnight) renames the current file to
    `<stem>-<UTC time>.jsonl` and starts a new one; the hash chain runs on across files.
    """

    def __init__(self, target: str, *, max_bytes: int = 0, daily: bool = False) -> None:
        self.target = target
        self.max_bytes = max_bytes
        self.daily = daily
        self._lock = threading.Lock()
        self._file: IO[str]
        self._owned = target != "-"
        if self._owned:
            self.path = Path(target)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # A restart continues the chain of the newest file, rotated or not.
            self._chain = Chain.resume(self.path, rotated_siblings(self.path))
        else:
            self._chain = Chain()
        self._open()
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._close_lock = threading.Lock()
        self.groups = 0  # commits so far (one fsync each); records / groups = the group size
        self._writer = threading.Thread(target=self._run, name="dlp-decision-log", daemon=True)
        self._writer.start()

    def _open(self) -> None:
        if self._owned:
            self._file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()
        else:
            self._file = sys.stderr
        self._day = datetime.now(UTC).date()
        # A private pipeline: library code never touches structlog's global config.
        self._log = structlog.wrap_logger(
            structlog.WriteLogger(self._file),
            processors=[
                structlog.processors.TimeStamper(fmt="iso", utc=True, key="timestamp"),
                _lead_with_time_and_event,
                self._chain,
                structlog.processors.JSONRenderer(sort_keys=False, ensure_ascii=False),
            ],
        )

    def _rotate_if_due(self) -> None:
        if not self._owned:
            return
        size = self._file.tell()
        due = (self.max_bytes and size >= self.max_bytes) or (self.daily and datetime.now(UTC).date() != self._day)
        if due and size > 0:
            self._file.close()
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            self.path.rename(self.path.with_name(f"{self.path.stem}-{stamp}{self.path.suffix}"))
            self._open()

    def submit(self, record: dict[str, Any]) -> Future[None]:
        """Hand a record to the writer; the future is done when it is on disk (or failed)."""
        done: Future[None] = Future()
        if self._closed:
            done.set_exception(LogClosedError(f"decision log {self.target} is closed"))
        else:
            self._queue.put((record, done))
        return done

    def write(self, record: dict[str, Any]) -> None:
        """Write one record; returns when it is flushed to the OS and, for a file, to disk."""
        self.submit(record).result()

    async def commit(self, record: dict[str, Any]) -> None:
        """`write` for the event loop: awaits the writer thread without blocking the loop."""
        await asyncio.wrap_future(self.submit(record))

    def drain(self) -> None:
        """Return when every record handed in so far is on disk (before another log opens the file)."""
        if not self._closed:
            done: Future[None] = Future()
            self._queue.put((_BARRIER, done))
            done.result()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            group = [first]
            while len(group) < MAX_GROUP:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    self._queue.put(_STOP)  # write what came before it, then stop
                    break
                group.append(item)
            self._commit(group)

    def _commit(self, group: list[Any]) -> None:
        """Write a group of records, then one flush and one fsync for all of them."""
        written: list[Future[None]] = []
        with self._lock:
            try:
                for record, done in group:
                    if record is _BARRIER:
                        written.append(done)
                        continue
                    try:
                        self._emit(record)
                        written.append(done)
                    except Exception as e:  # a record that cannot be rendered fails alone
                        done.set_exception(e)
                self._file.flush()
                if self._owned:
                    os.fsync(self._file.fileno())
            except Exception as e:
                for done in written:
                    done.set_exception(e)
                return
        self.groups += 1
        for done in written:
            done.set_result(None)

    def _emit(self, record: dict[str, Any]) -> None:
        self._rotate_if_due()
        event = record.get("event", "decision")
        fields = {k: v for k, v in record.items() if k != "event"}
        self._log.msg(event, **fields)

    def close(self) -> None:
        """Write what was handed in, stop the writer, close the file; later records fail."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
        self._queue.put(_STOP)
        self._writer.join()
        if self._owned and not self._file.closed:
            self._file.close()


def rotated_siblings(path: Path) -> list[Path]:
    """Files rotated away from `path` (`decisions-20261129T000000000000Z.jsonl`)."""
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.glob(f"{path.stem}-*{path.suffix}") if p.is_file())

"""The decision log: JSON lines through a dedicated structlog pipeline, committed in groups.

One writer thread owns the file. Callers hand it a record and wait for their own record to be
on disk (`write` blocks, `commit` is awaited on the event loop); records handed in while the
writer is busy are written together and share one `fsync` (group commit). The event loop never
waits for the disk itself, and no caller goes on before its record is durable.

A group is on disk whole or not at all: when a write or `fsync` fails (a full disk, an I/O
error), the file is cut back to its last whole record and the hash chain is rewound, so the
records of that group are refused, the next group continues the chain where the file ends, and
`audit verify` never meets half a record. Nothing is retried by itself: every later group tries
again (reopening the file if need be), so the log recovers as soon as the disk does."""

from __future__ import annotations

import asyncio
import logging
import os
import queue
import re
import sys
import threading
import time
from collections.abc import Iterable, MutableMapping
from concurrent.futures import Future
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

import structlog

from dlp_proxy.audit.chain import Chain

logger = logging.getLogger(__name__)


def _lead_with_time_and_event(_logger: Any, _name: str, event_dict: MutableMapping[str, Any]) -> dict[str, Any]:
    """Put `timestamp` and `event` first: the order a human reads a line in."""
    head: dict[str, Any] = {k: event_dict.pop(k) for k in ("timestamp", "event") if k in event_dict}
    return {**head, **event_dict}


MAX_GROUP: Final = 512  # records per commit at most: one slow group must not grow without bound
ROTATE_RETRY_SECONDS: Final = 60.0  # after a failed rename: keep writing the current file, try again later
STAMP_FORMAT: Final = "%Y%m%dT%H%M%S%fZ"
_STOP: Final = object()
_BARRIER: Final = object()  # a place in the queue, not a record: done when all before it are


class LogClosedError(OSError):
    """A record was handed to a log that is closed (a reload swapped it out)."""


class DecisionLog:
    """Append-only JSON-lines sink for decision records; `-` means stderr (never stdout).

    Rotation (by size and/or at UTC midnight, checked before each group) renames the current
    file to `<stem>-<UTC time>.jsonl` and starts a new one; the hash chain runs on across files.
    A rotated name is never older than the newest one already there, so a clock stepped back
    cannot make two files share a name (a rename would replace the older file) or sort them
    out of the chain's order.
    """

    def __init__(self, target: str, *, max_bytes: int = 0, daily: bool = False) -> None:
        self.target = target
        self.max_bytes = max_bytes
        self.daily = daily
        self._lock = threading.Lock()
        self._owned = target != "-"
        self._fd: int | None = None  # the open file; None after a failed rotation or open (reopened next group)
        self._size = 0  # bytes of whole, synced records in the file: a failed group is cut back to this
        self._torn = False  # a failed group could not be cut back yet: nothing is appended until it is
        self._day = datetime.now(UTC).date()
        self._rotate_after = 0.0  # monotonic time before which a failed rotation is not tried again
        self._now = datetime.now(UTC)  # the clock as the group being written read it
        if self._owned:
            self.path = Path(target)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # A restart continues the chain of the newest file, rotated or not.
            self._chain = Chain.resume(self.path, rotated_siblings(self.path))
            self._open(datetime.now(UTC))  # a log that cannot be opened stops the start (or the reload)
        else:
            self._chain = Chain()
        # A private pipeline that renders lines, not writes them: the writer decides what reaches
        # the file. Library code never touches structlog's global config.
        self._log = structlog.wrap_logger(
            structlog.ReturnLogger(),
            processors=[
                self._stamp,
                _lead_with_time_and_event,
                self._chain,
                structlog.processors.JSONRenderer(sort_keys=False, ensure_ascii=False),
            ],
        )
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._close_lock = threading.Lock()
        self.groups = 0  # commits so far (one fsync each); records / groups = the group size
        self._writer = threading.Thread(target=self._run, name="dlp-decision-log", daemon=True)
        self._writer.start()

    # --- the file -----------------------------------------------------------------------

    def _open(self, now: datetime) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":
                # A line torn by a crash: keep it where verify will show it, but never glue the
                # next record onto it.
                os.write(fd, b"\n")
                os.fsync(fd)
                size += 1
        except OSError:
            os.close(fd)
            raise
        self._fd, self._size, self._torn = fd, size, False
        if size == 0:
            self._day = now.date()

    def _close_file(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def _ready(self, now: datetime) -> int:
        """The file to append to at `now`: reopened, cut back or rotated first where needed
        (OSError if it cannot be)."""
        if self._fd is None:
            self._open(now)
        elif self._torn:
            self._cut_back()
        if self._rotation_due(now):
            self._rotate(now)
            if self._fd is None:
                self._open(now)
        assert self._fd is not None
        return self._fd

    def _rotation_due(self, now: datetime) -> bool:
        today = now.date()
        if self._size == 0:  # an empty file is never rotated away; it belongs to today
            self._day = today
            return False
        due = (self.max_bytes > 0 and self._size >= self.max_bytes) or (self.daily and today != self._day)
        return due and time.monotonic() >= self._rotate_after

    def _rotate(self, now: datetime) -> None:
        target = rotated_name(self.path, now, (p.name for p in rotated_siblings(self.path)))
        try:
            os.rename(self.path, target)
        except OSError as e:
            # The current file stays open and in use; another attempt in a minute, not per record.
            self._rotate_after = time.monotonic() + ROTATE_RETRY_SECONDS
            logger.error("dlp-proxy: could not rotate the decision log %s (%s); writing on to it", self.path, e)
            return
        self._close_file()  # the next open creates the new file; if it fails, the next group tries again
        logger.info("dlp-proxy: decision log rotated to %s", target.name)

    def _append(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)

    def _cut_back(self) -> None:
        """Remove a failed group's bytes, so the file ends with its last whole record."""
        if self._fd is None:
            return
        self._torn = True
        os.ftruncate(self._fd, self._size)
        os.fsync(self._fd)
        self._torn = False

    # --- callers ------------------------------------------------------------------------

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

    # --- the writer thread --------------------------------------------------------------

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
        """Write a group of records, then one flush and one fsync for all of them; all or none."""
        written: list[Future[None]] = []
        with self._lock:
            start = self._chain.mark()
            # One reading of the clock for the group: the file it goes to (a new one after UTC
            # midnight) and its records' timestamps agree, even when the clock is stepped between
            # two readings (the date of the file and of its lines once differed so).
            self._now = datetime.now(UTC)
            try:
                fd = self._ready(self._now) if self._owned else None
                lines = []
                for record, done in group:
                    if record is not _BARRIER:
                        before = self._chain.mark()
                        try:
                            lines.append(self._emit(record))
                        except Exception as e:  # a record that cannot be rendered fails alone
                            self._chain.rewind(before)  # and takes no place in the chain
                            done.set_exception(e)
                            continue
                    written.append(done)
                data = "".join(lines)
                if fd is None:
                    sys.stderr.write(data)
                    sys.stderr.flush()
                else:
                    payload = data.encode("utf-8")
                    self._append(fd, payload)
                    self._size += len(payload)
            except Exception as e:
                self._chain.rewind(start)
                self._undo()
                for _, done in group:
                    if not done.done():
                        done.set_exception(e)
                return
        self.groups += 1
        for done in written:
            done.set_result(None)

    def _stamp(self, _logger: Any, _name: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
        """The group's time as `timestamp`, ISO 8601 in UTC ("2026-12-06T18:06:13.890447Z")."""
        event_dict["timestamp"] = self._now.isoformat().replace("+00:00", "Z")
        return event_dict

    def _emit(self, record: dict[str, Any]) -> str:
        """The record's line, linked into the chain."""
        event = record.get("event", "decision")
        fields = {k: v for k, v in record.items() if k != "event"}
        return str(self._log.msg(event, **fields)) + "\n"

    def _undo(self) -> None:
        """After a failed group: cut the file back to its last whole record, or remember to (the
        callers hear of the failure itself and log it, request by request)."""
        if not self._owned or self._fd is None:
            return
        try:
            self._cut_back()
        except OSError as e:
            logger.error("dlp-proxy: could not cut the decision log back after a failed write (%s); will retry", e)

    def close(self) -> None:
        """Write what was handed in, stop the writer, close the file; later records fail."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
        self._queue.put(_STOP)
        self._writer.join()
        if self._owned:
            with self._lock:
                self._close_file()


_STAMP = re.compile(r"-(\d{8}T\d{12}Z)")


def rotated_name(path: Path, now: datetime, existing: Iterable[str]) -> Path:
    """The name a rotation gives `path`: `<stem>-<UTC time><suffix>`, the time `now` unless that is
    not later than the newest stamp already among `existing` (a clock stepped back); then one
    microsecond after it. Never one of `existing`."""
    names = set(existing)
    stamps = []
    for name in names:
        if name.startswith(path.stem) and (m := _STAMP.match(name, len(path.stem))):
            stamps.append(datetime.strptime(m.group(1), STAMP_FORMAT).replace(tzinfo=UTC))
    newest = max(stamps, default=None)
    stamp = now if newest is None or now > newest else newest + timedelta(microseconds=1)
    base = f"{path.stem}-{stamp.strftime(STAMP_FORMAT)}"
    name, n = f"{base}{path.suffix}", 1
    while name in names:  # only a file not named by this log can be in the way
        name, n = f"{base}-{n}{path.suffix}", n + 1
    return path.with_name(name)


def rotated_siblings(path: Path) -> list[Path]:
    """Files rotated away from `path` (`decisions-20261129T000000000000Z.jsonl`)."""
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.glob(f"{path.stem}-*{path.suffix}") if p.is_file())

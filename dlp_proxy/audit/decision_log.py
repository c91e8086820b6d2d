"""The decision log: JSON lines through a dedicated structlog pipeline, flushed per record."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import MutableMapping
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import structlog

from dlp_proxy.audit.chain import Chain


def _lead_with_time_and_event(_logger: Any, _name: str, event_dict: MutableMapping[str, Any]) -> dict[str, Any]:
    """Put `timestamp` and `event` first: the order a human reads a line in."""
    head: dict[str, Any] = {k: event_dict.pop(k) for k in ("timestamp", "event") if k in event_dict}
    return {**head, **event_dict}


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

    def write(self, record: dict[str, Any]) -> None:
        """Write one record and flush it to the OS (and disk) before returning."""
        event = record.get("event", "decision")
        fields = {k: v for k, v in record.items() if k != "event"}
        with self._lock:
            self._rotate_if_due()
            self._log.msg(event, **fields)
            self._file.flush()
            if self._owned:
                os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._owned and not self._file.closed:
            self._file.close()


def rotated_siblings(path: Path) -> list[Path]:
    """Files rotated away from `path` (`decisions-20261129T000000000000Z.jsonl`)."""
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.glob(f"{path.stem}-*{path.suffix}") if p.is_file())

"""The decision log: JSON lines through a dedicated structlog pipeline, flushed per record."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import MutableMapping
from pathlib import Path
from typing import IO, Any

import structlog

from dlp_proxy.audit.chain import Chain


def _lead_with_time_and_event(_logger: Any, _name: str, event_dict: MutableMapping[str, Any]) -> dict[str, Any]:
    """Put `timestamp` and `event` first: the order a human reads a line in."""
    head: dict[str, Any] = {k: event_dict.pop(k) for k in ("timestamp", "event") if k in event_dict}
    return {**head, **event_dict}


class DecisionLog:
    """Append-only JSON-lines sink for decision records; `-` means stderr (never stdout)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._lock = threading.Lock()
        self._file: IO[str]
        if target == "-":
            self._file = sys.stderr
            self._owned = False
            chain = Chain()
        else:
            path = Path(target)
            path.parent.mkdir(parents=True, exist_ok=True)
            chain = Chain.resume(path)  # a restart continues the chain of the file
            self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()
            self._owned = True
        # A private pipeline: library code never touches structlog's global config.
        self._log = structlog.wrap_logger(
            structlog.WriteLogger(self._file),
            processors=[
                structlog.processors.TimeStamper(fmt="iso", utc=True, key="timestamp"),
                _lead_with_time_and_event,
                chain,
                structlog.processors.JSONRenderer(sort_keys=False, ensure_ascii=False),
            ],
        )

    def write(self, record: dict[str, Any]) -> None:
        """Write one record and flush it to the OS (and disk) before returning."""
        event = record.get("event", "decision")
        fields = {k: v for k, v in record.items() if k != "event"}
        with self._lock:
            self._log.msg(event, **fields)
            self._file.flush()
            if self._owned:
                os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._owned and not self._file.closed:
            self._file.close()

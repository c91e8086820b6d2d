"""Tamper evidence: every decision record carries the hash of its predecessor.

    hash = sha256(canonical JSON of the record without "hash")

where the record holds `seq` (1, 2, 3, ... across restarts and files) and `prev_hash` (the
previous record's `hash`, or GENESIS for the first). Editing a record changes its hash and
breaks the next record's `prev_hash`; deleting or reordering records breaks `seq` and the
chain. `dlp-proxy audit verify` walks it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GENESIS = "0" * 64


def canonical(record: MutableMapping[str, Any] | dict[str, Any]) -> bytes:
    """The bytes that are hashed: sorted keys, no spaces, UTF-8, without the `hash` field."""
    body = {k: v for k, v in record.items() if k != "hash"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def record_hash(record: MutableMapping[str, Any] | dict[str, Any]) -> str:
    return hashlib.sha256(canonical(record)).hexdigest()


class Chain:
    """A structlog processor that links each record to the one before it."""

    def __init__(self, last_seq: int = 0, last_hash: str = GENESIS) -> None:
        self.seq, self.last = last_seq, last_hash

    @classmethod
    def resume(cls, path: Path, older: list[Path] | None = None) -> Chain:
        """Continue the chain where the log stopped: the last complete record with the
        highest `seq` in the current file or the files rotated away from it."""
        lasts = [r for r in (_last_record(p) for p in [path, *(older or [])]) if r is not None]
        if not lasts:
            return cls()
        last = max(lasts, key=lambda r: int(r.get("seq", 0)))
        return cls(int(last.get("seq", 0)), str(last.get("hash", GENESIS)))

    def mark(self) -> tuple[int, str]:
        """Where the chain stands: `rewind` to it when the records linked since never reached the log."""
        return self.seq, self.last

    def rewind(self, mark: tuple[int, str]) -> None:
        self.seq, self.last = mark

    def __call__(self, _logger: Any, _name: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
        self.seq += 1
        event_dict["seq"] = self.seq
        event_dict["prev_hash"] = self.last
        event_dict["hash"] = self.last = record_hash(event_dict)
        return event_dict


def _last_record(path: Path) -> dict[str, Any] | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as f:
        f.seek(max(0, path.stat().st_size - 65536))
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    for line in reversed(lines):
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a torn last line (crash mid-write): verify will report it
        if isinstance(record, dict) and "hash" in record:
            return record
    return None


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    seq: int | None
    decision_id: str | None
    reason: str

    def __str__(self) -> str:
        rec = f" (seq {self.seq}, decision {self.decision_id})" if self.seq is not None else ""
        return f"{self.file}:{self.line}{rec}: {self.reason}"


def files_of(path: Path) -> list[Path]:
    """Every file whose name contains '.jsonl' (so rotated decisions.jsonl.1 and
    decisions-<time>.jsonl count too), sorted by name; or the one file given."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.iterdir() if p.is_file() and ".jsonl" in p.name)


def log_files(folder: Path) -> list[Path]:
    """The log's files, oldest first: ordered by the first `seq` each holds."""
    files = files_of(folder)

    def first_seq(p: Path) -> int:
        for _, record in _records(p):
            if isinstance(record, dict) and isinstance(record.get("seq"), int):
                return int(record["seq"])
        return 1 << 62

    return sorted(files, key=lambda p: (first_seq(p), p.name))


def _records(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except ValueError:
                yield n, None


def verify(folder: Path) -> tuple[int, Problem | None]:
    """(records checked, the first problem or None). Streams: flat memory for any log size."""
    expected_seq, previous, checked = 1, GENESIS, 0
    for path in log_files(folder):
        for line, record in _records(path):
            where = (str(path), line)
            if not isinstance(record, dict):
                return checked, Problem(*where, None, None, "not a JSON record (damaged or truncated line)")
            seq, did = record.get("seq"), record.get("decision_id")
            if "hash" not in record:
                return checked, Problem(*where, seq, did, "record has no hash (written outside the chain)")
            if record_hash(record) != record["hash"]:
                return checked, Problem(*where, seq, did, "record was changed after it was written (hash mismatch)")
            if seq != expected_seq:
                what = (
                    "record(s) missing or out of order"
                    if isinstance(seq, int) and seq > expected_seq
                    else "record out of order (or repeated)"
                )
                return checked, Problem(*where, seq, did, f"expected seq {expected_seq}, found {seq}: {what}")
            if record.get("prev_hash") != previous:
                return checked, Problem(*where, seq, did, "chain broken: prev_hash is not the previous record's hash")
            expected_seq, previous, checked = expected_seq + 1, record["hash"], checked + 1
    return checked, None

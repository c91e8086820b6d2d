"""DecisionLog: one JSON line per record, timestamp and event first, flushed on every write."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dlp_proxy.audit import DecisionLog
from dlp_proxy.audit.chain import verify
from dlp_proxy.audit.decision_log import LogClosedError


@pytest.fixture
def log(tmp_path: Path) -> Iterator[DecisionLog]:
    log = DecisionLog(str(tmp_path / "logs" / "decisions.jsonl"))
    yield log
    log.close()


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_when_a_record_is_written_then_it_is_one_json_line_led_by_timestamp_and_event(
    log: DecisionLog,
) -> None:
    log.write({"event": "decision", "decision_id": "d1", "action": "block", "entities": {"SECRET": 1}})
    [line] = lines(Path(log.target))
    record = json.loads(line)
    assert list(record)[:2] == ["timestamp", "event"]
    assert record["event"] == "decision"
    assert {k: record[k] for k in ("decision_id", "action", "entities")} == {
        "decision_id": "d1",
        "action": "block",
        "entities": {"SECRET": 1},
    }


def test_when_a_record_is_written_then_its_timestamp_is_utc_iso_8601(log: DecisionLog) -> None:
    log.write({"event": "decision"})
    stamp = json.loads(lines(Path(log.target))[0])["timestamp"]
    parsed = datetime.fromisoformat(stamp)
    assert parsed.utcoffset() == timedelta(0)


def test_when_a_record_has_no_event_then_it_is_logged_as_a_decision(log: DecisionLog) -> None:
    log.write({"decision_id": "d1"})
    assert json.loads(lines(Path(log.target))[0])["event"] == "decision"


def test_when_a_record_is_written_then_another_reader_sees_it_before_close(log: DecisionLog) -> None:
    log.write({"event": "decision", "decision_id": "d1"})
    with open(log.target, encoding="utf-8") as reader:  # a separate handle, e.g. a log shipper
        assert json.loads(reader.readline())["decision_id"] == "d1"
    log.write({"event": "decision", "decision_id": "d2"})
    assert [json.loads(x)["decision_id"] for x in lines(Path(log.target))] == ["d1", "d2"]


def test_when_the_log_is_reopened_then_records_are_appended(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    for n in ("d1", "d2"):
        log = DecisionLog(str(path))
        log.write({"event": "decision", "decision_id": n})
        log.close()
    assert [json.loads(x)["decision_id"] for x in lines(path)] == ["d1", "d2"]


def test_when_text_is_not_ascii_then_it_is_written_as_utf8(log: DecisionLog) -> None:
    log.write({"event": "decision", "tool": "Beveiligde klant-AI – €"})
    assert "Beveiligde klant-AI – €" in Path(log.target).read_text(encoding="utf-8")


def test_when_target_is_dash_then_records_go_to_stderr_and_never_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    log = DecisionLog("-")
    log.write({"event": "decision", "decision_id": "d1"})
    log.close()  # does not close stderr
    out, err = capsys.readouterr()
    assert out == ""
    assert json.loads(err)["decision_id"] == "d1"


# --- group commit ---------------------------------------------------------------------------


def test_records_handed_in_together_share_fsyncs_and_each_is_on_disk_before_its_caller_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "d.jsonl"
    log = DecisionLog(str(path))
    real_fsync = os.fsync
    fsyncs: list[int] = []

    def slow_fsync(fd: int) -> None:  # a disk flush takes a while: callers pile up meanwhile
        time.sleep(0.01)
        real_fsync(fd)
        fsyncs.append(fd)

    monkeypatch.setattr("dlp_proxy.audit.decision_log.os.fsync", slow_fsync)
    seen_on_disk: dict[str, bool] = {}

    async def one(n: int) -> None:
        await log.commit({"event": "decision", "decision_id": f"d{n}"})
        # The moment this caller goes on, its own record must be in the file, flushed and synced.
        seen_on_disk[f"d{n}"] = f'"decision_id": "d{n}"' in path.read_text(encoding="utf-8")
        assert len(fsyncs) >= 1

    async def run() -> None:
        await asyncio.gather(*(one(n) for n in range(200)))

    asyncio.run(run())
    log.close()
    assert seen_on_disk == {f"d{n}": True for n in range(200)}
    assert len(lines(path)) == 200
    assert log.groups == len(fsyncs)
    assert len(fsyncs) < 100, f"{len(fsyncs)} fsyncs for 200 records handed in together: no group commit"
    assert verify(tmp_path) == (200, None)


def test_when_fsync_fails_then_no_caller_of_that_group_goes_on_as_if_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = DecisionLog(str(tmp_path / "d.jsonl"))

    def broken(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("dlp_proxy.audit.decision_log.os.fsync", broken)
    futures = [log.submit({"event": "decision", "decision_id": f"d{n}"}) for n in range(20)]
    for f in futures:
        with pytest.raises(OSError):
            f.result(timeout=10)
    log.close()


def test_a_record_handed_in_before_close_is_written_and_one_after_close_fails(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    log = DecisionLog(str(path))
    before = [log.submit({"event": "decision", "decision_id": f"d{n}"}) for n in range(50)]
    log.close()
    assert all(f.result(timeout=10) is None for f in before)
    assert len(lines(path)) == 50
    with pytest.raises(LogClosedError):
        log.write({"event": "decision", "decision_id": "late"})


def test_the_event_loop_runs_on_while_the_disk_is_slow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = DecisionLog(str(tmp_path / "d.jsonl"))
    monkeypatch.setattr("dlp_proxy.audit.decision_log.os.fsync", lambda fd: time.sleep(0.3))
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async def run() -> None:
        task = asyncio.create_task(ticker())
        await log.commit({"event": "decision", "decision_id": "slow"})
        task.cancel()

    asyncio.run(run())
    log.close()
    assert ticks >= 10, f"the loop ticked {ticks} times during a 300 ms fsync: it waited for the disk"


def test_a_log_opened_after_drain_continues_the_chain_of_the_records_still_queued(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reconfiguration opens a new log on the same file: it resumes the hash chain from the
    file, so the old log's queued records must be on disk first (drain)."""
    real_fsync = os.fsync

    def slow_fsync(fd: int) -> None:
        time.sleep(0.005)
        real_fsync(fd)

    monkeypatch.setattr("dlp_proxy.audit.decision_log.os.fsync", slow_fsync)
    path = tmp_path / "d.jsonl"
    old = DecisionLog(str(path))
    queued = [old.submit({"event": "decision", "decision_id": f"d{n}"}) for n in range(100)]
    old.drain()
    assert all(f.done() for f in queued)
    new = DecisionLog(str(path))
    new.write({"event": "decision", "decision_id": "after"})
    old.close()
    new.close()
    assert verify(tmp_path) == (101, None)

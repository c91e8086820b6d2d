"""Rotation and failed writes: unique rotated names whichever way the clock moves, no torn record,
no file lost, and a log that recovers by itself once the disk does."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.audit import DecisionLog
from dlp_proxy.audit.chain import Chain, verify
from dlp_proxy.audit.decision_log import rotated_name

T0 = datetime(2026, 11, 29, 23, 59, 58, tzinfo=UTC)
LOG = Path("/var/log/dlp/decisions.jsonl")


def stamp(at: datetime) -> str:
    return f"decisions-{at.strftime('%Y%m%dT%H%M%S%fZ')}.jsonl"


@pytest.mark.parametrize(
    ("now", "existing", "expected"),
    [
        (T0, [], stamp(T0)),
        (T0, [stamp(T0 - timedelta(hours=1))], stamp(T0)),
        # the clock stepped back: never older than the newest rotated file, never the same name
        (T0, [stamp(T0)], stamp(T0 + timedelta(microseconds=1))),
        (T0 - timedelta(days=1), [stamp(T0)], stamp(T0 + timedelta(microseconds=1))),
        (T0 - timedelta(hours=2), [stamp(T0 - timedelta(days=3)), stamp(T0)], stamp(T0 + timedelta(microseconds=1))),
        # names this log did not give are only stepped around
        (T0, ["decisions-old.jsonl", "other-20301231T000000000000Z.jsonl"], stamp(T0)),
    ],
    ids=["first", "later", "same-instant", "back-one-day", "back-two-hours", "foreign-names"],
)
def test_a_rotated_name_is_now_unless_that_is_not_after_the_newest_one(
    now: datetime, existing: list[str], expected: str
) -> None:
    assert rotated_name(LOG, now, existing).name == expected


def test_a_rotated_name_never_takes_the_name_of_a_file_already_there() -> None:
    taken = [stamp(T0), stamp(T0).replace(".jsonl", "-1.jsonl")]
    name = rotated_name(LOG, T0 - timedelta(days=1), taken + [stamp(T0 + timedelta(microseconds=1))]).name
    assert name not in taken and name.startswith("decisions-2026") and name.endswith(".jsonl")


class Clock:
    """The wall clock the decision log reads (`datetime.now`), moved by the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, at: datetime) -> None:
        self.at = at
        clock = self

        class FakeDatetime(datetime):
            @classmethod
            def now(cls, tz: Any = None) -> FakeDatetime:
                return clock.at  # type: ignore[return-value]

        monkeypatch.setattr("dlp_proxy.audit.decision_log.datetime", FakeDatetime)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "logs"


def ids(folder: Path) -> list[str]:
    return [
        json.loads(line)["decision_id"]
        for p in sorted(folder.iterdir())
        for line in p.read_text(encoding="utf-8").splitlines()
    ]


def test_when_the_clock_stands_still_or_steps_back_then_rotations_lose_no_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rotation by size at every record while the clock stands still, then steps back a day:
    a rename onto an existing name would silently replace the older file."""
    clock = Clock(monkeypatch, T0)
    log = DecisionLog(str(folder / "decisions.jsonl"), max_bytes=1)
    for n in range(6):
        if n == 3:
            clock.at = T0 - timedelta(days=1)
        log.write({"event": "decision", "decision_id": f"d{n}"})
    log.close()
    rotated = sorted(p.name for p in folder.iterdir() if p.name != "decisions.jsonl")
    assert len(rotated) == 5
    assert sorted(ids(folder)) == [f"d{n}" for n in range(6)]
    assert verify(folder) == (6, None)
    # and the names sort in the chain's order
    assert ids(folder)[:5] == [f"d{n}" for n in range(5)]


def test_daily_rotation_follows_the_date_either_way_and_never_rotates_an_empty_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch, T0)
    path = folder / "decisions.jsonl"
    log = DecisionLog(str(path), daily=True)
    log.write({"event": "decision", "decision_id": "before-midnight"})
    clock.at = T0 + timedelta(days=1)  # forward across midnight: a new file
    log.write({"event": "decision", "decision_id": "tomorrow"})
    clock.at = T0 - timedelta(hours=2)  # stepped back into the previous day: a new file again
    log.write({"event": "decision", "decision_id": "stepped-back"})
    log.write({"event": "decision", "decision_id": "same-day"})
    log.close()
    assert [json.loads(x)["decision_id"] for x in path.read_text(encoding="utf-8").splitlines()] == [
        "stepped-back",
        "same-day",
    ]
    assert len(list(folder.iterdir())) == 3
    assert verify(folder) == (4, None)


def test_a_clock_stepped_during_a_group_leaves_each_line_in_the_file_of_its_date(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer reads the clock once per group, for the file and the lines' timestamps alike.
    A clock stepped between two readings (a cached fake clock in CI expired there) once left a
    line stamped yesterday in today's file: the rotation had read the clock before the step."""
    readings: list[datetime] = []

    class SteppingDatetime(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> SteppingDatetime:
            return readings.pop(0) if len(readings) > 1 else readings[0]  # type: ignore[return-value]

    monkeypatch.setattr("dlp_proxy.audit.decision_log.datetime", SteppingDatetime)
    today, yesterday = T0 - timedelta(hours=1), T0 - timedelta(days=1)
    path = folder / "decisions.jsonl"
    readings[:] = [today]
    log = DecisionLog(str(path), daily=True)
    log.write({"event": "decision", "decision_id": "today"})
    readings[:] = [yesterday, today]  # stepped back just before the group; a later reading is today again
    log.write({"event": "decision", "decision_id": "yesterday"})
    log.close()
    for file in folder.iterdir():
        lines = [json.loads(x) for x in file.read_text(encoding="utf-8").splitlines()]
        assert len({line["timestamp"][:10] for line in lines}) == 1, file.name  # one date a file
    assert [json.loads(x)["decision_id"] for x in path.read_text(encoding="utf-8").splitlines()] == ["yesterday"]
    assert json.loads(path.read_text(encoding="utf-8"))["timestamp"].startswith(yesterday.date().isoformat())


def test_an_empty_file_at_midnight_is_not_rotated_after_its_first_record(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch, T0)
    log = DecisionLog(str(folder / "decisions.jsonl"), daily=True)
    clock.at = T0 + timedelta(hours=1)  # a new day, nothing written yet
    log.write({"event": "decision", "decision_id": "first-of-the-day"})
    log.write({"event": "decision", "decision_id": "second-of-the-day"})
    log.close()
    assert [p.name for p in folder.iterdir()] == ["decisions.jsonl"]


def test_verify_accepts_timestamps_that_go_backwards(tmp_path: Path) -> None:
    """Record times follow the wall clock; the chain is the order, not the time."""
    chain = Chain()
    times = ["2026-11-29T12:00:00.000000Z", "2026-11-28T12:00:00.000000Z", "2026-11-29T10:00:00.000000Z"]
    lines = [json.dumps(dict(chain(None, "", {"timestamp": t, "event": "decision"}))) for t in times]
    (tmp_path / "decisions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert verify(tmp_path) == (3, None)


# --- a full disk -----------------------------------------------------------------------------


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """`os.write` on the log writes part of what it is given, then fails with ENOSPC, while the
    flag is set, as a disk that fills up in the middle of a record does."""
    real_write = os.write
    full = [False]

    def write(fd: int, data: Any) -> int:
        if full[0]:
            if len(data) > 10:
                return real_write(fd, bytes(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr("dlp_proxy.audit.decision_log.os.write", write)
    yield full


def test_a_record_that_does_not_fit_fails_whole_and_leaves_no_torn_line(folder: Path, full_disk: list[bool]) -> None:
    path = folder / "decisions.jsonl"
    log = DecisionLog(str(path))
    log.write({"event": "decision", "decision_id": "fits"})
    size = path.stat().st_size
    full_disk[0] = True
    for n in range(3):
        with pytest.raises(OSError) as e:
            log.write({"event": "decision", "decision_id": f"refused{n}"})
        assert e.value.errno == errno.ENOSPC
        assert path.stat().st_size == size  # cut back to the last whole record
    full_disk[0] = False  # space freed: the same log goes on, no restart
    log.write({"event": "decision", "decision_id": "after"})
    log.close()
    assert ids(folder) == ["fits", "after"]
    assert verify(folder) == (2, None)


def test_when_the_new_file_cannot_be_created_after_the_rename_then_the_next_record_creates_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rotation that renamed the file but could not open the new one (no inodes left) must not
    leave the writer holding a closed file: the next record opens it."""
    path = folder / "decisions.jsonl"
    log = DecisionLog(str(path), max_bytes=1)
    log.write({"event": "decision", "decision_id": "d0"})
    real_open = os.open
    fail = [True]

    def open_(p: Any, flags: int, mode: int = 0o777) -> int:
        if fail[0] and Path(p) == path:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(p, flags, mode)

    monkeypatch.setattr("dlp_proxy.audit.decision_log.os.open", open_)
    for _ in range(2):
        with pytest.raises(OSError):
            log.write({"event": "decision", "decision_id": "refused"})
    assert not path.exists() and len(list(folder.iterdir())) == 1  # renamed once, not per record
    fail[0] = False
    log.write({"event": "decision", "decision_id": "d1"})
    log.close()
    assert ids(folder) == ["d0", "d1"]
    assert verify(folder) == (2, None)


def test_when_the_rename_fails_then_the_log_writes_on_and_does_not_retry_per_record(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder / "decisions.jsonl"
    log = DecisionLog(str(path), max_bytes=1)
    log.write({"event": "decision", "decision_id": "d0"})
    renames: list[object] = []

    def rename(src: object, dst: object) -> None:
        renames.append(src)
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("dlp_proxy.audit.decision_log.os.rename", rename)
    for n in range(1, 5):
        log.write({"event": "decision", "decision_id": f"d{n}"})
    log.close()
    assert len(renames) == 1
    assert ids(folder) == [f"d{n}" for n in range(5)]
    assert verify(folder) == (5, None)


def test_a_torn_line_left_by_a_crash_is_kept_apart_from_the_next_record(folder: Path) -> None:
    path = folder / "decisions.jsonl"
    log = DecisionLog(str(path))
    log.write({"event": "decision", "decision_id": "d0"})
    log.close()
    with path.open("a", encoding="utf-8") as f:
        f.write('{"timestamp": "2026-11-29T0')  # the process died in the middle of a line
    log = DecisionLog(str(path))
    log.write({"event": "decision", "decision_id": "d1"})
    log.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and json.loads(lines[2])["decision_id"] == "d1"
    checked, problem = verify(folder)
    assert checked == 1 and problem is not None and problem.line == 2 and "not a JSON record" in problem.reason

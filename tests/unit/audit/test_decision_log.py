"""DecisionLog: one JSON line per record, timestamp and event first, flushed on every write."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dlp_proxy.audit import DecisionLog


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

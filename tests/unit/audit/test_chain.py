"""Tamper evidence: `audit verify` finds an edited, a deleted and a reordered record, across files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dlp_proxy.audit import DecisionLog
from dlp_proxy.audit.chain import GENESIS, record_hash, verify
from dlp_proxy.cli import main


def write_log(folder: Path, n: int, name: str = "decisions.jsonl") -> Path:
    log = DecisionLog(str(folder / name))
    for i in range(n):
        log.write({"event": "decision", "decision_id": f"{i:016x}", "action": "allow", "latency_ms": 1.25})
    log.close()
    return folder / name


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_an_untouched_log_verifies_and_survives_a_restart(tmp_path: Path) -> None:
    path = write_log(tmp_path, 3)
    write_log(tmp_path, 2)  # the proxy restarted: the chain continues in the same file
    records = [json.loads(ln) for ln in lines(path)]
    assert [r["seq"] for r in records] == [1, 2, 3, 4, 5]
    assert records[0]["prev_hash"] == GENESIS
    assert all(r["hash"] == record_hash(r) for r in records)
    assert verify(tmp_path) == (5, None)


@pytest.mark.parametrize(
    ("tamper", "bad_line", "reason"),
    [
        (lambda ls: ls.__setitem__(2, ls[2].replace('"allow"', '"block"')), 3, "changed after it was written"),
        (lambda ls: ls.pop(2), 3, "missing"),
        (lambda ls: ls.insert(1, ls.pop(3)), 2, "out of order"),
        (lambda ls: ls.__setitem__(4, ls[4][:40]), 5, "not a JSON record"),
    ],
    ids=["edited", "deleted", "reordered", "truncated"],
)
def test_tampering_is_reported_at_the_first_broken_record(tmp_path: Path, tamper, bad_line: int, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = write_log(tmp_path, 6)
    content = lines(path)
    tamper(content)
    path.write_text("\n".join(content) + "\n", encoding="utf-8")
    checked, problem = verify(tmp_path)
    assert problem is not None
    assert problem.line == bad_line and reason in problem.reason
    assert checked == bad_line - 1


def test_a_re_computed_hash_still_breaks_the_chain(tmp_path: Path) -> None:
    path = write_log(tmp_path, 4)
    content = [json.loads(ln) for ln in lines(path)]
    content[1]["action"] = "block"
    content[1]["hash"] = record_hash(content[1])  # a careful forger fixes the record's own hash...
    path.write_text("\n".join(json.dumps(r) for r in content) + "\n", encoding="utf-8")
    _, problem = verify(tmp_path)
    assert problem is not None and problem.line == 3 and "chain broken" in problem.reason  # ...not the next one


def test_the_chain_runs_across_rotated_files(tmp_path: Path) -> None:
    path = write_log(tmp_path, 6)
    content = lines(path)
    (tmp_path / "decisions.jsonl.1").write_text("\n".join(content[:4]) + "\n", encoding="utf-8")
    path.write_text("\n".join(content[4:]) + "\n", encoding="utf-8")
    assert verify(tmp_path) == (6, None)
    (tmp_path / "decisions.jsonl.1").write_text("\n".join(content[:3]) + "\n", encoding="utf-8")
    _, problem = verify(tmp_path)
    assert problem is not None and "missing" in problem.reason


def test_audit_verify_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_log(tmp_path, 3)
    assert main(["audit", "verify", str(tmp_path)]) == 0
    assert "OK: 3 record(s)" in capsys.readouterr().out
    path.write_text(path.read_text().replace('"allow"', '"block"', 1), encoding="utf-8")
    assert main(["audit", "verify", str(tmp_path)]) == 1
    assert "BROKEN after 0 good record(s)" in capsys.readouterr().out


def test_rotation_by_size_keeps_one_chain_across_files_and_restarts(tmp_path: Path) -> None:
    target = tmp_path / "decisions.jsonl"
    log = DecisionLog(str(target), max_bytes=600)
    for i in range(10):
        log.write({"event": "decision", "decision_id": f"{i:016x}", "action": "allow"})
    log.close()
    files = sorted(tmp_path.glob("decisions*.jsonl"))
    assert len(files) >= 3  # rotated at least twice
    restarted = DecisionLog(str(target), max_bytes=600)  # a restart after rotation
    restarted.write({"event": "decision", "decision_id": "f" * 16, "action": "allow"})
    restarted.close()
    assert verify(tmp_path) == (11, None)

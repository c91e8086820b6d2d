"""`dlp-proxy report`: exact counts from a hand-written log, the period filter, malformed lines,
the shadow-AI inventory, CSV totals equal to the JSON ones, one offline HTML file, and nothing
but the aggregated fields in any output."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.audit.report import build_report, log_files, to_csv, to_json
from dlp_proxy.audit.report_html import render
from dlp_proxy.cli import main

SECRETS = ["AKIAQ3EGRN5T7WJXK4MZ", "111222333", "jan.jansen@voorbeeld.nl", "Schrijf een herinnering"]


def rec(ts: str, tool: str = "chatgpt", action: str = "allow", **kw: Any) -> dict[str, Any]:
    status = kw.pop("status", "approved")
    r: dict[str, Any] = {
        "timestamp": ts, "event": "decision", "schema_version": 1, "decision_id": kw.pop("did", "0" * 16),
        "policy_version": kw.pop("policy", "sha256:aaaaaaaaaaaaaaaa"), "tool": tool, "tool_status": status,
        "tool_category": kw.pop("category", "general_use"),
        "tool_approved_for": kw.pop("approved_for", "low" if status == "approved" else None),
        "host": kw.pop("host", f"{tool}.example"), "user": kw.pop("user", "alice"), "action": action,
        "would_action": kw.pop("would_action", action), "enforced": kw.pop("enforced", True),
        "rule_id": kw.pop("rule", "DEFAULT-ALLOW"), "exception_id": None, "consent_ref": None,
        "data_classes": {}, "entities": {}, "justification": None, "masked": 0, "detection_failed": False,
        "fail_reason": None, "seq": 1, "prev_hash": "0" * 64, "hash": "f" * 64,
    }  # fmt: skip
    r.update(kw)
    return r


RECORDS = [
    rec("2026-11-01T08:00:00.000001Z", user="alice"),
    rec("2026-11-01T09:00:00Z", action="redact", rule="PERSONAL-REDACT", masked=2,
        data_classes={"personal": 2}, entities={"EMAIL_ADDRESS": 1, "NL_BSN": 1}),
    rec("2026-11-02T10:00:00.5Z", tool="claude", status="unlisted", action="block", rule="UNLISTED-BLOCK",
        user="bob", host="claude.ai"),
    rec("2026-11-03T11:00:00.000000Z", tool="claude", status="unlisted", action="block", rule="UNLISTED-BLOCK",
        user="carol", host="claude.ai", data_classes={"personal": 1}, entities={"NL_BSN": 1}),
    rec("2026-11-03T12:00:00.000000Z", tool="deepseek", status="forbidden", action="allow", enforced=False,
        would_action="block", rule="FORBIDDEN-BLOCK", user="bob"),
    rec("2026-11-04T13:00:00.000000Z", tool="client-ai", category="client_projects", approved_for="high",
        rule="CLIENT-EXC", exception_id="EXC-1", consent_ref="DPA-2026-17",
        data_classes={"client": 1}, entities={"CLIENT": 1}),
    rec("2026-11-05T14:00:00.000000Z", action="warn", rule="CLIENT-WARN", did="abcdefabcdef0001",
        justification="Offerte voor [CLIENT_1], akkoord teamleider", data_classes={"client": 1},
        entities={"CLIENT": 1}),
    rec("2026-11-05T15:00:00.000000Z", action="block", rule="FAIL-CLOSED", detection_failed=True,
        fail_reason="detection_timeout", policy="sha256:bbbbbbbbbbbbbbbb"),
]  # fmt: skip


def write_log(folder: Path, records: list[dict[str, Any]], extra_lines: list[str] | None = None) -> Path:
    """Split over a rotated file, a dated file and the live file, the way the proxy leaves them."""
    folder.mkdir(exist_ok=True)
    lines = [json.dumps(r) for r in records] + (extra_lines or [])
    third = max(1, len(lines) // 3)
    for name, chunk in [("decisions.jsonl.1", lines[:third]), ("decisions-2026-11-02.jsonl", lines[third:2 * third]),
                        ("decisions.jsonl", lines[2 * third:])]:  # fmt: skip
        (folder / name).write_text("".join(f"{ln}\n" for ln in chunk), encoding="utf-8")
    (folder / "README.txt").write_text("not a log\n", encoding="utf-8")
    return folder


@pytest.fixture
def logdir(tmp_path: Path) -> Path:
    return write_log(tmp_path / "logs", RECORDS)


def test_when_a_folder_holds_rotated_files_then_every_jsonl_file_is_read_and_nothing_else(logdir: Path) -> None:
    assert [p.name for p in log_files(logdir)] == ["decisions-2026-11-02.jsonl", "decisions.jsonl", "decisions.jsonl.1"]


def test_when_a_hand_written_log_is_reported_then_every_count_is_exact(logdir: Path) -> None:
    s = build_report(logdir)
    t = s["totals"]
    assert (t["records"], t["allow"], t["redact"], t["warn"], t["block"]) == (8, 3, 1, 1, 3)
    assert (t["values_masked"], t["monitor_only"], t["detection_failures"], t["exceptions_used"]) == (2, 1, 1, 1)
    assert (t["justifications"], t["shadow_ai_requests"], t["distinct_users"], t["distinct_tools"]) == (1, 3, 3, 4)
    assert (t["files"], t["malformed_lines"], t["outside_period"]) == (3, 0, 0)
    assert s["period"] == {"from": "2026-11-01", "to": "2026-11-05", "first_record": "2026-11-01T08:00:00.000001Z",
                           "last_record": "2026-11-05T15:00:00.000000Z"}  # fmt: skip
    assert s["tools"]["chatgpt"] == {"status": "approved", "category": "general_use", "approved_for": "low",
                                     "requests": 4, "allow": 1, "pseudonymise": 0, "redact": 1, "warn": 1,
                                     "block": 1}  # fmt: skip
    assert list(s["tools"]) == ["chatgpt", "claude", "client-ai", "deepseek"]  # most used first
    assert s["tool_categories"]["client_projects"]["requests"] == 1
    assert s["tool_approval_levels"]["none"] == {
        "requests": 3,
        "allow": 1,
        "pseudonymise": 0,
        "redact": 0,
        "warn": 0,
        "block": 2,
    }
    assert s["tool_statuses"]["unlisted"]["block"] == 2
    assert s["actions_per_day"]["2026-11-03"] == {
        "requests": 2,
        "allow": 1,
        "pseudonymise": 0,
        "redact": 0,
        "warn": 0,
        "block": 1,
    }
    assert list(s["actions_per_day"]) == [f"2026-11-0{d}" for d in range(1, 6)]
    assert s["data_classes"] == {"personal": {"requests": 2, "findings": 3}, "client": {"requests": 2, "findings": 2}}
    assert s["entities"]["NL_BSN"] == {"requests": 2, "findings": 2}
    assert s["rules"]["UNLISTED-BLOCK"]["requests"] == 2
    assert s["exceptions"]["EXC-1"]["consent_ref"] == "DPA-2026-17"
    assert s["exceptions"]["EXC-1"]["requests"] == 1
    [j] = s["justifications"]["items"]
    assert j["justification"] == "Offerte voor [CLIENT_1], akkoord teamleider"
    assert (j["decision_id"], j["rule_id"], j["action"]) == ("abcdefabcdef0001", "CLIENT-WARN", "warn")
    assert s["detection_failures"] == {"fail_reasons": {"detection_timeout": 1},
                                       "fail_modes": {"FAIL-CLOSED": 1, "FAIL-OPEN": 0}}  # fmt: skip
    assert s["policy_versions"]["sha256:bbbbbbbbbbbbbbbb"]["requests"] == 1
    c = s["compliance"]
    assert (
        c["ISO27001:A.8.12"]["blocked"],
        c["ISO27001:A.8.12"]["redacted"],
        c["ISO27001:A.8.12"]["with_data_found"],
    ) == (3, 1, 4)
    assert c["ISO27001:A.8.15"]["policy_versions"] == 2
    assert (c["ISO27001:A.8.16"]["monitor_only_records"], c["ISO27001:A.8.16"]["monitor_would_block"]) == (1, 1)
    assert (c["ISO27001:A.5.10"]["shadow_ai_tools"], c["ISO27001:A.5.10"]["rules_triggered"]) == (2, 7)
    assert (c["NEN7510"]["nl_bsn_redact"], c["NEN7510"]["nl_bsn_to_unlisted_or_forbidden_block"]) == (1, 1)


def test_when_from_and_to_are_given_then_only_those_days_count(logdir: Path) -> None:
    from datetime import date

    s = build_report(logdir, date(2026, 11, 2), date(2026, 11, 3))
    assert s["totals"]["records"] == 3
    assert s["totals"]["outside_period"] == 5
    assert list(s["actions_per_day"]) == ["2026-11-02", "2026-11-03"]
    assert s["period"]["from"] == "2026-11-02" and s["period"]["to"] == "2026-11-03"
    assert s["justifications"]["total"] == 0


def test_when_lines_are_malformed_then_they_are_skipped_and_counted_by_location(tmp_path: Path) -> None:
    bad = ['{"timestamp": "2026-11-01T08:00:00Z", "event": "deci', "not json", "[1, 2]",
           json.dumps(rec("yesterday")), json.dumps(rec("2026-11-01T08:00:00Z", action="explode")),
           json.dumps({"event": "rotated"})]  # fmt: skip
    s = build_report(write_log(tmp_path / "logs", RECORDS, bad))
    assert s["totals"]["records"] == 8
    assert s["totals"]["malformed_lines"] == 5
    assert s["totals"]["other_events"] == 1
    assert all(re.fullmatch(r"decisions[\w.-]*jsonl[.\d]*:\d+", loc) for loc in s["malformed"]["first_locations"])


def test_when_unlisted_and_forbidden_tools_are_used_then_the_inventory_has_them(logdir: Path) -> None:
    shadow = build_report(logdir)["shadow_ai"]
    assert list(shadow) == ["claude", "deepseek"]
    assert shadow["claude"] == {
        "status": "unlisted", "first_seen": "2026-11-02T10:00:00.500000Z", "last_seen": "2026-11-03T11:00:00.000000Z",
        "requests": 2, "distinct_users": 2, "hosts": "claude.ai", "allow": 0, "pseudonymise": 0, "redact": 0, "warn": 0,
        "block": 2,
    }  # fmt: skip
    assert shadow["deepseek"]["status"] == "forbidden"
    assert shadow["deepseek"]["allow"] == 1  # monitor mode: seen, not stopped


def test_when_the_report_is_csv_then_its_totals_equal_the_json_totals(logdir: Path) -> None:
    s = build_report(logdir)
    rows = list(csv.DictReader(io.StringIO(to_csv(s))))
    totals = {r["key"]: int(r["value"]) for r in rows if r["section"] == "totals"}
    assert totals == json.loads(to_json(s))["totals"]
    per_action = {r["key"]: int(r["value"]) for r in rows if r["section"] == "actions"}
    assert sum(per_action.values()) == totals["records"]
    per_tool = sum(int(r["value"]) for r in rows if r["section"] == "tools" and r["subkey"] == "requests")
    per_day = sum(int(r["value"]) for r in rows if r["section"] == "actions_per_day" and r["subkey"] == "requests")
    assert per_tool == per_day == totals["records"]


def test_when_the_report_is_html_then_it_is_one_offline_file_with_svg_charts(logdir: Path) -> None:
    page = render(build_report(logdir))
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<svg") >= 4 and "<rect" in page
    assert "@media print" in page
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r"https?://", page)
    for section in ("shadow-ai", "compliance", "justifications", "exceptions", "rules", "failures"):
        assert f'id="{section}"' in page
    assert "A.8.12" in page and "NEN 7510" in page and "DPA-2026-17" in page


def test_when_log_values_hold_markup_then_the_html_escapes_them(tmp_path: Path) -> None:
    page = render(build_report(write_log(tmp_path / "logs", [rec("2026-11-01T08:00:00Z", tool="<img src=x>",
                                                                 justification="<b>ok</b>")])))  # fmt: skip
    assert "<img" not in page and "<b>ok" not in page and "&lt;img src=x&gt;" in page


def test_when_records_carry_unknown_fields_then_no_report_format_shows_them(tmp_path: Path) -> None:
    loaded = [
        rec(f"2026-11-0{i}T08:00:00Z", evidence={"masked_prompt": SECRETS[3], "fingerprints": []},
            prompt=SECRETS[0], text=SECRETS[1], detected=[SECRETS[2]], note={"value": SECRETS[0]})
        for i in range(1, 4)
    ]  # fmt: skip
    s = build_report(write_log(tmp_path / "logs", loaded))
    for out in (to_json(s), to_csv(s), render(s)):
        for secret in SECRETS:
            assert secret not in out
    unknown = {"evidence", "masked_prompt", "fingerprints", "prompt", "text", "detected", "note", "value"}

    def keys(x: Any) -> set[str]:
        if isinstance(x, dict):
            return set(x) | {k for v in x.values() for k in keys(v)}
        return {k for v in x for k in keys(v)} if isinstance(x, list) else set()

    assert not keys(json.loads(to_json(s))) & unknown
    assert not {c for row in csv.reader(io.StringIO(to_csv(s))) for c in row[:3]} & unknown


def test_when_the_command_runs_then_it_writes_each_format(logdir: Path, tmp_path: Path) -> None:
    for fmt in ("html", "csv", "json"):
        out = tmp_path / f"r.{fmt}"
        assert main(["report", str(logdir), "--from", "2026-11-01", "--to", "2026-11-30", "--format", fmt,
                     "--out", str(out)]) == 0  # fmt: skip
        assert out.stat().st_size > 0
    assert json.loads((tmp_path / "r.json").read_text())["totals"]["records"] == 8


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "1-11-2026"], "YYYY-MM-DD"),
        (["--from", "2026-11-05", "--to", "2026-11-01"], "after"),
    ],
)
def test_when_dates_are_wrong_then_the_command_says_so(
    logdir: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(logdir), *argv]) == 2
    assert message in capsys.readouterr().err


def test_when_the_folder_has_no_logs_then_the_command_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(tmp_path)]) == 2
    assert "no decision log" in capsys.readouterr().err


def test_a_tools_status_is_the_one_its_newest_decision_saw_whatever_the_file_order(tmp_path: Path) -> None:
    """Claude was unlisted, then approved; the newer record is read first (a rotated file, a replica's log)."""
    newest_first = [
        rec("2026-11-03T10:00:00Z", tool="claude", status="approved", approved_for="medium", host="claude.ai"),
        rec("2026-11-01T10:00:00Z", tool="claude", status="unlisted", action="block", rule="UNLISTED-BLOCK",
            host="claude.ai"),
    ]  # fmt: skip
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "decisions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in newest_first), encoding="utf-8")
    tool = build_report(folder)["tools"]["claude"]
    assert (tool["status"], tool["approved_for"]) == ("approved", "medium")

"""`dlp-proxy requests export|list` (dlp_proxy.portal.requests_export): request records of the
decision log as draft policy entries that load once the owner fills in every REVIEW."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from dlp_proxy.cli.app import main
from dlp_proxy.policy import load_policy
from dlp_proxy.portal.requests_export import REVIEW, exception_id, read_requests

TODAY = "2026-11-29"  # inside EXC-2026-001 and within a year of every review in the test policy


def request(n: int, **over: Any) -> dict[str, Any]:
    r = {
        "timestamp": f"2026-11-{20 + n % 8:02d}T10:00:00.000000Z",
        "event": "request",
        "schema_version": 1,
        "request_id": f"req-{n:016x}",
        "kind": "tool_assessment",
        "tool": "poe",
        "tool_name": "Poe (web app and API)",
        "decision_id": None,
        "user": f"user{n}",
        "identity_source": "client_address",
        "client_address": "10.0.0.1",
        "policy_version": "sha256:0000000000000000",
        "use_category": "general_use",
        "data_levels": ["low"],
        "data_classes": [],
        "purpose": f"Purpose {n}",
        "client": None,
        "consent_by": None,
        "consent_ref": None,
        "reason": None,
    }
    return r | over


def exception(n: int, **over: Any) -> dict[str, Any]:
    return (
        request(
            n,
            kind="exception",
            tool="client-ai",
            tool_name="Beveiligde klant-AI",
            decision_id="0123456789abcdef",
            use_category=None,
            data_levels=["medium", "high"],
            data_classes=["client", "personal"],
            purpose=None,
            client="Van Dam & Partners Advocaten",
            consent_by="Director, by letter",
            consent_ref="TOESTEMMING-2026-030: client file #12",
            reason="Their contracts: <NL_BSN> masked",
        )
        | over
    )


@pytest.fixture
def logs(tmp_path: Path) -> Path:
    """A log folder: a rotated file and the current one, with decisions and a damaged line between."""
    folder = tmp_path / "logs"
    folder.mkdir()
    decision = {"timestamp": "2026-11-20T09:00:00Z", "event": "decision", "decision_id": "0123456789abcdef"}
    older = [request(1), decision, request(2, data_levels=["low", "medium"], use_category="internal_productivity")]
    newer = [request(3, user="user1", purpose="Purpose 1"), exception(4), request(5, tool="claude"), exception(6)]
    (folder / "decisions-20261122T000000000000Z.jsonl").write_text(
        "\n".join(json.dumps(r) for r in older) + "\n{not json\n", encoding="utf-8"
    )
    (folder / "decisions.jsonl").write_text("\n".join(json.dumps(r) for r in newer) + "\n", encoding="utf-8")
    return folder


def export(capsys: pytest.CaptureFixture[str], logs: Path, kind: str, *extra: str) -> str:
    assert main(["requests", "export", "--kind", kind, "--log", str(logs), "--policy", "tests/policy", *extra]) == 0
    return capsys.readouterr().out


def splice(rules: Path, file: str, section: str, draft: str) -> None:
    """The draft's entries appended to the section's list in a policy file, as the owner copies them."""
    entries = draft.split(f"\n{section}:\n", 1)[1]
    path = rules / file
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + entries, encoding="utf-8")


def check(rules: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["policy", "check", str(rules), "--date", TODAY])
    return code, capsys.readouterr().out


@pytest.fixture
def rules(tmp_path: Path, rules_dir: Path) -> Path:
    return Path(shutil.copytree(rules_dir, tmp_path / "rules"))


def test_when_tools_are_requested_then_the_draft_has_one_entry_per_new_service_with_the_requests(
    logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = export(capsys, logs, "tool")
    data = yaml.safe_load(draft)
    [poe] = data["tools"]  # claude is the organisation's own entry: a comment, not a second entry
    assert poe["id"] == "poe" and poe["hosts"] == ["poe.com", "*.poe.com"] and poe["vendor"] == "Quora"
    assert poe["status"] == REVIEW and poe["reviewed"] == REVIEW
    assert poe["approved_for"] == "medium"  # the highest level asked for
    assert poe["category"] == "general_use"  # two of three asked for it
    assert "3 request(s) from 2 people" in draft
    for n in (1, 2, 3):
        assert f"req-{n:016x}" in draft
    assert "Purpose 1" in draft and "Purpose 2" in draft and draft.count("Purpose 1") == 1
    assert "claude (" in draft and "already in tools.yaml as unlisted" in draft
    assert "req-0000000000000004" not in draft  # an exception request


def test_when_the_tool_draft_is_filled_in_then_the_policy_loads_with_it(
    logs: Path, rules: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = export(capsys, logs, "tool")
    splice(rules, "tools.yaml", "tools", draft)
    code, out = check(rules, capsys)
    assert code == 1 and ".status:" in out and ".reviewed:" in out  # not before every placeholder is filled in
    shutil.copy(Path("tests/policy/tools.yaml"), rules / "tools.yaml")
    filled = draft.replace(f"status: {REVIEW}", "status: approved").replace(
        f"reviewed: {REVIEW}", "reviewed: 2026-11-28"
    )
    splice(rules, "tools.yaml", "tools", filled)
    code, out = check(rules, capsys)
    assert code == 0, out
    poe = next(t for t in load_policy(rules).tools if t.id == "poe")
    assert poe.status == "approved" and poe.approved_for == "medium" and poe.matches_host("poe.com")


def test_when_a_host_nobody_catalogued_is_asked_for_then_the_draft_entry_names_it_for_review(
    tmp_path: Path, rules: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "host-logs"
    folder.mkdir()
    asked = request(9, tool="host:new-ai-tool.example", tool_name="new-ai-tool.example")
    (folder / "decisions.jsonl").write_text(json.dumps(asked) + "\n", encoding="utf-8")
    draft = export(capsys, folder, "tool")
    [entry] = yaml.safe_load(draft)["tools"]
    assert entry["id"] == "new-ai-tool-example" and entry["hosts"] == ["new-ai-tool.example"]
    assert entry["vendor"] == REVIEW and "no catalogue knows this host" in draft
    filled = (
        draft.replace(f"status: {REVIEW}", "status: approved")
        .replace(f"reviewed: {REVIEW}", "reviewed: 2026-11-28")
        .replace(f"vendor: {REVIEW}", "vendor: New AI B.V.")
    )
    splice(rules, "tools.yaml", "tools", filled)
    code, out = check(rules, capsys)
    assert code == 0, out
    assert load_policy(rules).tool_for_host("new-ai-tool.example") is not None


def test_when_exceptions_are_requested_then_the_draft_has_their_client_consent_and_a_review_end_date(
    logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = export(capsys, logs, "exception")
    entries = yaml.safe_load(draft)["exceptions"]
    assert [e["id"] for e in entries] == [exception_id(f"req-{4:016x}"), exception_id(f"req-{6:016x}")]
    first = entries[0]
    assert first["who"] == {"users": ["user4"]} and first["tools"] == ["client-ai"]
    assert first["clients"] == ["Van Dam & Partners Advocaten"] and first["data_classes"] == ["client", "personal"]
    assert first["consent_ref"] == "TOESTEMMING-2026-030: client file #12"
    assert first["valid_until"] == REVIEW and first["valid_from"] == date(2026, 11, 24)
    assert "Director, by letter" in draft and "Purpose" not in draft


def test_when_the_exception_draft_is_filled_in_then_the_policy_loads_with_it_and_the_next_export_leaves_it_out(
    logs: Path, rules: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = export(capsys, logs, "exception")
    splice(rules, "exceptions.yaml", "exceptions", draft)
    code, out = check(rules, capsys)
    assert code == 1 and out.count(".valid_until:") == 2
    shutil.copy(Path("tests/policy/exceptions.yaml"), rules / "exceptions.yaml")
    filled = draft.replace(f"valid_until: {REVIEW}", "valid_until: 2027-11-30")
    splice(rules, "exceptions.yaml", "exceptions", filled)
    code, out = check(rules, capsys)
    assert code == 0, out
    assert main(["requests", "export", "--kind", "exception", "--log", str(logs), "--policy", str(rules)]) == 0
    again = capsys.readouterr().out
    assert yaml.safe_load(again)["exceptions"] is None and "2 request(s) left out" in again


def test_when_out_is_given_then_the_draft_is_written_there(logs: Path, tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    args = ["requests", "export", "--kind", "tool", "--log", str(logs), "--policy", "tests/policy", "--out", str(out)]
    assert main(args) == 0
    assert [t["id"] for t in yaml.safe_load(out.read_text(encoding="utf-8"))["tools"]] == ["poe"]


def test_when_since_is_given_then_older_requests_are_left_out(logs: Path) -> None:
    ids = [r["request_id"] for r in read_requests([logs], "tool", date(2026, 11, 23))]
    assert ids == [f"req-{3:016x}", f"req-{5:016x}"]
    assert len(list(read_requests([logs]))) == 6  # both kinds, both files, damaged line skipped


def test_when_a_logged_text_has_line_breaks_or_yaml_then_it_stays_inside_its_comment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    evil = "x\ntools:\n  - id: evil\n#"
    records = [request(1, purpose=evil), exception(2, reason=evil, consent_by=evil, consent_ref="a: b\n- c")]
    (folder / "decisions.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    tools = yaml.safe_load(export(capsys, folder, "tool"))["tools"]
    assert [t["id"] for t in tools] == ["poe"]
    [exc] = yaml.safe_load(export(capsys, folder, "exception"))["exceptions"]
    assert exc["consent_ref"] == "a: b - c" and exc["description"] == "x tools: - id: evil #"


def test_list_counts_requests_and_people_per_tool(logs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["requests", "list", "--log", str(logs), "--policy", "tests/policy"]) == 0
    lines = capsys.readouterr().out.splitlines()
    poe = next(line for line in lines if " poe " in line).split()
    assert poe[:4] == ["tool_assessment", "poe", "3", "2"] and poe[-1] == "unlisted"
    assert any(line.split()[:4] == ["exception", "client-ai", "2", "2"] for line in lines)


def test_when_the_log_folder_is_missing_then_the_command_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["requests", "export", "--kind", "tool", "--log", str(tmp_path / "nope")]) == 2
    assert "no such folder" in capsys.readouterr().err

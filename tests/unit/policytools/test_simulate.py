"""`policy simulate`: logged decisions re-decided under a new policy, from entity counts only."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.audit.record import build_record
from dlp_proxy.cli import main
from dlp_proxy.findings import Finding
from dlp_proxy.policy import Policy, decide, load_policy
from dlp_proxy.policytools.simulate import TOOL_REMOVED, Simulation, read_records, simulate

NOORDERLICHT = "zorggroep noorderlicht"  # the normalised client name the recognizer reports


@pytest.fixture
def new(tmp_path: Path, rules_dir: Path) -> Path:
    """An editable copy of the default policy: the 'new' policy under review."""
    return Path(shutil.copytree(rules_dir, tmp_path / "new"))


def edit(folder: Path, name: str, old: str, new: str) -> None:
    file = folder / name
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}: the default policy changed, update this test"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def record(
    policy: Policy,
    tool_id: str,
    entities: dict[str, int],
    *,
    user: str = "dave",
    day: str = "2026-11-20",
    decision_id: str = "",
    subject: str | None = None,
    failed: bool = False,
    justification: str | None = None,
) -> dict[str, Any]:
    """A decision record as the proxy writes it (build_record + the log's timestamp and event)."""
    tool = next(t for t in policy.tools if t.id == tool_id)
    classes = policy.entity_classes()
    findings = [
        Finding(et, classes[et], 0, 1, 1.0, "test", subject if et == "CLIENT" else None)
        for et, n in entities.items()
        for _ in range(n)
    ]
    d = decide(policy, tool, findings, user=user, today=date.fromisoformat(day), detection_failed=failed,
               justified=justification is not None)  # fmt: skip
    rec = build_record(
        decision_id=decision_id or f"{tool_id}-{user}-{day}", policy=policy, tool=tool, decision=d,
        entity_counts=entities, method="POST", host=tool.hosts[0], path="/v1/chat/completions",
        client_address="10.1.2.3", user=user, adapter=tool.adapter, endpoint="chat", language="nl",
        bytes_scanned=120, latency_ms=4.2, fail_reason="detection_error" if failed else None,
        justification=justification,
    )  # fmt: skip
    return {"timestamp": f"{day}T09:30:00.000000Z", **rec}


def write_log(path: Path, records: list[dict[str, Any]], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + extra, encoding="utf-8")
    return path


def run(log: Path, new_policy: Path, current: Path | None = None) -> Simulation:
    return simulate(read_records(log), load_policy(new_policy), load_policy(current) if current else None)


def kinds(sim: Simulation) -> dict[str, int]:
    return {c["kind"]: c["count"] for c in sim.caveats()}


def test_when_policy_is_unchanged_then_no_decision_changes(tmp_path: Path, policy: Policy, rules_dir: Path) -> None:
    recs = [
        record(policy, "openai-api", {"EMAIL_ADDRESS": 2}),
        record(policy, "chatgpt", {}),
        record(policy, "chatgpt", {"INTERNAL_MARKER": 1, "PERSON": 1}),
        record(policy, "claude", {}),
        record(policy, "openai-api", {"SECRET": 1}),
        record(policy, "m365-copilot", {"INTERNAL_MARKER": 1}),
    ]
    sim = run(write_log(tmp_path / "d.jsonl", recs), rules_dir)
    assert sim.records == 6 and sim.changed == 0 and sim.changes == {}
    assert all(old == new for old, new in sim.transitions)
    assert sim.transitions[("redact", "redact")] == 1 and sim.transitions[("block", "block")] == 2
    assert sim.caveats() == []


def test_when_a_tool_is_approved_for_more_then_its_changes_are_grouped_by_rule(
    tmp_path: Path, policy: Policy, new: Path
) -> None:
    chatgpt_tail = '\n    owner: "Informatiebeveiliging"\n    reviewed: 2026-10-01\n\n  - id: m365'
    edit(new, "tools.yaml", "    approved_for: low" + chatgpt_tail, "    approved_for: medium" + chatgpt_tail)
    recs = [record(policy, "chatgpt", {"INTERNAL_MARKER": 1}, decision_id=f"w{i}") for i in range(7)]
    recs += [record(policy, "chatgpt", {"EMAIL_ADDRESS": 1}, decision_id=f"r{i}") for i in range(3)]
    recs += [record(policy, "openai-api", {"EMAIL_ADDRESS": 1}, decision_id="unchanged")]
    sim = run(write_log(tmp_path / "d.jsonl", recs), new)
    assert sim.records == 11 and sim.changed == 10
    assert sim.transitions == {("warn", "allow"): 7, ("redact", "allow"): 3, ("redact", "redact"): 1}
    warn = sim.changes[("chatgpt", "INTERNAL-LOW-TOOL", "DEFAULT-ALLOW")]
    assert warn.count == 7 and warn.examples == [f"w{i}" for i in range(5)]  # at most five examples
    assert sim.changes[("chatgpt", "PERSONAL-MASK-LOW", "DEFAULT-ALLOW")].count == 3
    assert [c["count"] for c in sim.to_json()["changes"]] == [7, 3]  # biggest first


def test_when_a_tool_is_removed_then_its_records_are_reported_as_tool_removed(
    tmp_path: Path, policy: Policy, new: Path
) -> None:
    text = (new / "tools.yaml").read_text(encoding="utf-8")
    start, end = text.index("  - id: claude"), text.index("  - id: gemini")
    (new / "tools.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    sim = run(
        write_log(tmp_path / "d.jsonl", [record(policy, "claude", {}, decision_id=f"c{i}") for i in range(2)]), new
    )
    assert sim.transitions == {("block", TOOL_REMOVED): 2}
    assert sim.changes[("claude", "TOOL-UNLISTED", f"({TOOL_REMOVED})")].count == 2
    assert kinds(sim) == {"tool_removed": 2}


def test_when_an_exception_applied_for_a_client_then_the_client_counts_as_covered_with_a_caveat(
    tmp_path: Path, policy: Policy, rules_dir: Path
) -> None:
    log = write_log(tmp_path / "d.jsonl", [
        record(policy, "client-ai", {"CLIENT": 1, "EMAIL_ADDRESS": 1}, user="alice", subject=NOORDERLICHT),
    ])  # fmt: skip
    assert json.loads(log.read_text())["exception_id"] == "EXC-2026-001"
    sim = run(log, rules_dir)
    assert sim.transitions == {("allow", "allow"): 1} and sim.changed == 0
    assert kinds(sim) == {"client_unknown": 1}
    # Against the current policy the client lists can be compared: the same list, so no doubt.
    verified = run(log, rules_dir, current=rules_dir)
    assert verified.changed == 0 and kinds(verified) == {}


def test_when_a_client_scoped_exception_would_newly_apply_then_it_counts_as_not_applying_with_a_caveat(
    tmp_path: Path, policy: Policy, new: Path
) -> None:
    edit(new, "users.yaml", "project-noorderlicht: [alice, bob]", "project-noorderlicht: [alice, bob, carol]")
    log = write_log(
        tmp_path / "d.jsonl", [record(policy, "client-ai", {"CLIENT": 1}, user="carol", subject=NOORDERLICHT)]
    )
    sim = run(log, new)
    assert sim.transitions == {("block", "block"): 1}
    assert kinds(sim) == {"client_unknown": 1}


def test_when_a_dated_exception_is_added_then_the_record_date_decides(
    tmp_path: Path, policy: Policy, new: Path
) -> None:
    with (new / "exceptions.yaml").open("a", encoding="utf-8") as f:
        f.write("""
  - id: EXC-2026-002
    who: {users: [dave]}
    tools: [openai-api]
    data_classes: [personal]
    consent_ref: "DPIA-2026-07"
    valid_from: 2026-12-01
    valid_until: 2026-12-31
""")
    recs = [
        record(policy, "openai-api", {"PHONE_NUMBER": 1}, day="2026-11-30", decision_id="before"),
        record(policy, "openai-api", {"PHONE_NUMBER": 1}, day="2026-12-05", decision_id="during"),
        record(policy, "openai-api", {"PHONE_NUMBER": 1}, day="2027-01-01", decision_id="after"),
        record(policy, "openai-api", {"PHONE_NUMBER": 1}, user="carol", day="2026-12-05", decision_id="other-user"),
    ]
    sim = run(write_log(tmp_path / "d.jsonl", recs), new)
    assert sim.transitions == {("redact", "redact"): 3, ("redact", "allow"): 1}
    assert sim.changes[("openai-api", "PERSONAL-MASK-LOW", "PERSONAL-MASK-LOW")].examples == ["during"]


def test_when_an_entity_type_leaves_every_data_class_then_its_findings_are_dropped(
    tmp_path: Path, policy: Policy, new: Path
) -> None:
    edit(new, "data.yaml", "entities: [PERSON, EMAIL_ADDRESS, ", "entities: [PERSON, ")
    sim = run(write_log(tmp_path / "d.jsonl", [record(policy, "openai-api", {"EMAIL_ADDRESS": 1})]), new)
    assert sim.transitions == {("redact", "allow"): 1}
    assert kinds(sim) == {"entity_type_dropped": 1}


@pytest.mark.parametrize(
    ("fail_mode", "expected"), [("block", ("block", "FAIL-CLOSED")), ("allow", ("allow", "FAIL-OPEN"))]
)
def test_when_detection_failed_then_the_new_fail_mode_decides(
    tmp_path: Path, policy: Policy, new: Path, fail_mode: str, expected: tuple[str, str]
) -> None:
    edit(new, "policy.yaml", "fail_mode: block", f"fail_mode: {fail_mode}")
    sim = run(write_log(tmp_path / "d.jsonl", [record(policy, "openai-api", {}, failed=True, decision_id="f")]), new)
    assert sim.transitions == {("block", expected[0]): 1}
    if fail_mode == "allow":
        assert ("openai-api", "FAIL-CLOSED", expected[1]) in sim.changes


def test_when_a_warning_was_justified_then_it_stays_allowed(tmp_path: Path, policy: Policy, rules_dir: Path) -> None:
    rec = record(policy, "chatgpt", {"INTERNAL_MARKER": 1}, justification="public press release on a template")
    assert (rec["action"], rec["rule_id"]) == ("allow", "INTERNAL-LOW-TOOL")
    sim = run(write_log(tmp_path / "d.jsonl", [rec]), rules_dir)
    assert sim.transitions == {("allow", "allow"): 1} and sim.changed == 0


def test_a_folder_is_read_file_by_file_and_odd_lines_are_reported(
    tmp_path: Path, policy: Policy, rules_dir: Path
) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    write_log(logs / "a.jsonl", [record(policy, "chatgpt", {})], extra="not json\n\n")
    write_log(logs / "b.jsonl", [record(policy, "claude", {}), {"event": "policy_loaded", "version": "x"}])
    write_log(logs / "b.jsonl.1", [record(policy, "claude", {})])  # not *.jsonl: ignored
    write_log(logs / "c.jsonl", [{"event": "decision", "tool": "chatgpt"}])  # fields missing
    sim = run(logs, rules_dir)
    assert (sim.records, sim.other_events) == (2, 1)
    assert sim.unreadable.examples == [f"{logs / 'a.jsonl'}:2", f"{logs / 'c.jsonl'}:1"]
    assert kinds(sim) == {"unreadable": 2}


def test_when_records_come_from_several_policy_versions_then_a_current_policy_is_suggested(
    tmp_path: Path, policy: Policy, rules_dir: Path
) -> None:
    recs = [record(policy, "chatgpt", {}), {**record(policy, "chatgpt", {}), "policy_version": "sha256:older"}]
    log = write_log(tmp_path / "d.jsonl", recs)
    assert kinds(run(log, rules_dir)) == {"mixed_versions": 2}
    assert kinds(run(log, rules_dir, current=rules_dir)) == {}


def test_when_the_current_policy_does_not_reproduce_a_logged_decision_then_it_is_the_baseline(
    tmp_path: Path, policy: Policy, rules_dir: Path
) -> None:
    stale = {**record(policy, "chatgpt", {"EMAIL_ADDRESS": 1}), "action": "allow", "rule_id": "OLD-RULE"}
    log = write_log(tmp_path / "d.jsonl", [stale])
    assert run(log, rules_dir).changes.keys() == {("chatgpt", "OLD-RULE", "PERSONAL-MASK-LOW")}
    against_current = run(log, rules_dir, current=rules_dir)
    assert against_current.changed == 0 and kinds(against_current) == {"not_reproduced": 1}


def test_simulate_command_prints_table_changes_and_caveats(
    tmp_path: Path, policy: Policy, new: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (new / "tools.yaml").read_text(encoding="utf-8")
    (new / "tools.yaml").write_text(text[: text.index("  - id: claude")] + text[text.index("  - id: gemini") :])
    log = write_log(
        tmp_path / "d.jsonl", [record(policy, "claude", {}, decision_id="c1"), record(policy, "chatgpt", {})]
    )
    assert main(["policy", "simulate", "--logs", str(log), "--policy", str(new)]) == 0
    out = capsys.readouterr().out
    assert "2 decision records" in out and "1 decisions change" in out
    assert "block        -> tool removed        1   *" in out
    assert "claude: TOOL-UNLISTED -> (tool removed): 1 (block -> tool removed x1)" in out
    assert "e.g. c1" in out and "records of tool 'claude'" in out
    assert main(["policy", "simulate", "--logs", str(log), "--policy", str(new), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["records"] == 2 and data["changes"][0]["examples"] == ["c1"]
    assert {c["kind"] for c in data["caveats"]} == {"tool_removed"}


def test_simulate_command_refuses_a_missing_log(
    tmp_path: Path, rules_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["policy", "simulate", "--logs", str(tmp_path / "none"), "--policy", str(rules_dir)]) == 2
    assert "no decision log here" in capsys.readouterr().err


def test_when_a_file_was_labelled_then_the_label_is_decided_again(tmp_path: Path, new: Path) -> None:
    # A label decided like a finding (issue 20): the record names it, simulate weighs it again.
    with (new / "data.yaml").open("a", encoding="utf-8") as f:
        f.write("\nlabels:\n  map:\n    Vertrouwelijk: client\n")
    labelled = load_policy(new)
    rec = record(labelled, "chatgpt", {})
    tool = next(t for t in labelled.tools if t.id == "chatgpt")
    d = decide(labelled, tool, [], user="dave", today=date(2026, 11, 20), labels=[("Vertrouwelijk", "")])
    assert d.action == "block"
    rec |= {"labels": ["Vertrouwelijk"], "action": d.action, "would_action": d.action, "rule_id": d.rule_id}
    sim = run(write_log(tmp_path / "d.jsonl", [rec]), new)
    assert sim.transitions == {("block", "block"): 1} and sim.changed == 0

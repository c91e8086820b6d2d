"""The `dlp-proxy policy` commands as a user runs them: explain, check and test (through cli.main)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from dlp_proxy.cli import main
from dlp_proxy.policy import Policy
from tests.paths import SHIPPED_POLICY

ROOT = Path(__file__).resolve().parents[3]
NLP = str(ROOT / "models" / "nlp.yaml")

EMAIL = "jan.jansen@example.com"
IBAN = "NL03 RABO 0312 4567 89"


def line_of(file: Path, needle: str) -> int:
    text = file.read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["policy", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def explain(capsys: pytest.CaptureFixture[str], rules_dir: Path, *args: str) -> tuple[int, str, str]:
    return cli(capsys, "explain", "--policy", str(rules_dir), "--nlp-config", NLP, *args)


# --- explain ----------------------------------------------------------------------------


def test_explain_shows_findings_rule_walk_decision_and_notice_but_never_the_values(
    capsys: pytest.CaptureFixture[str], rules_dir: Path
) -> None:
    text = f"Mail {EMAIL} over de betaling naar {IBAN}."
    code, out, _ = explain(capsys, rules_dir, "--tool", "openai-api", "--notice-lang", "en", text)
    assert code == 0
    assert EMAIL not in out and "RABO" not in out and "jan" not in out
    assert "EMAIL_ADDRESS    personal" in out and "IBAN_CODE" in out and "EmailRecognizer" in out
    assert "personal    2  risk medium  rule PERSONAL-MASK-LOW -> redact" in out
    assert "  personal: first matching rule PERSONAL-MASK-LOW -> redact" in out  # the rule walk
    assert "decision    REDACT by rule PERSONAL-MASK-LOW" in out
    assert "Sent with data masked by the AI policy: 1 x email address, 1 x IBAN." in out


@pytest.mark.parametrize(
    ("user", "day", "action", "exception_line"),
    [
        ("alice", "2026-10-15", "ALLOW", "EXC-2026-001: applies to client (TOESTEMMING-2026-014"),
        ("alice", "2027-09-01", "BLOCK", "EXC-2026-001: does not apply to client: it expired on 2027-08-31"),
        ("alice", "2026-08-31", "BLOCK", "EXC-2026-001: does not apply to client: it is valid from 2026-09-01"),
        ("carol", "2026-10-15", "BLOCK", "EXC-2026-001: does not apply to client: user 'carol' is not among its users"),
    ],
)
def test_explain_says_why_an_exception_did_or_did_not_apply(
    capsys: pytest.CaptureFixture[str], rules_dir: Path, user: str, day: str, action: str, exception_line: str
) -> None:
    text = "Maak een samenvatting van het zorgplan van Zorggroep Noorderlicht."
    code, out, _ = explain(capsys, rules_dir, "--tool", "client-ai", "--user", user, "--date", day, text)
    assert code == 0
    assert f"decision    {action} by rule CLIENT-NEEDS-CONSENT" in out
    assert exception_line in out
    findings = out[out.index("findings (") : out.index("data classes")]
    assert "CLIENT" in findings and "Noorderlicht" not in findings  # the type, never which client


def test_explain_json_is_machine_readable_and_holds_no_values(
    capsys: pytest.CaptureFixture[str], rules_dir: Path
) -> None:
    text = "Zorggroep Noorderlicht vraagt of we p.devries@example.nl kunnen bellen."
    code, out, _ = explain(
        capsys, rules_dir, "--tool", "client-ai", "--user", "bob", "--date", "2027-03-01", "--json", text
    )
    assert code == 0
    data = json.loads(out)
    assert data["decision"] == {
        "action": "allow", "would_action": "allow", "monitor": False, "rule_id": "CLIENT-NEEDS-CONSENT",
        "exception_id": "EXC-2026-001", "consent_ref": data["decision"]["consent_ref"], "detection_failed": False,
    }  # fmt: skip
    assert {f["entity_type"] for f in data["findings"]} == {"CLIENT", "EMAIL_ADDRESS"}
    assert set(data["findings"][0]) == {"entity_type", "data_class", "start", "end", "score", "recognizer"}
    assert data["exceptions"][0]["applied_to"] == ["client"]
    assert data["groups"] == ["project-noorderlicht"] and data["notice"]["text"] is None
    assert "p.devries" not in out and "subject" not in out and '"zorggroep noorderlicht"' not in out


def test_explain_reads_standard_input_and_shows_the_warn_notice(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, rules_dir: Path
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("VERTROUWELIJK: concept jaarplan 2027"))
    code, out, _ = explain(capsys, rules_dir, "--tool", "chatgpt", "-")
    assert code == 0
    assert "decision    WARN by rule INTERNAL-LOW-TOOL" in out
    assert "DLP-OK <CODE>: <je reden>" in out  # Dutch: the policy's default language


def test_explain_refuses_an_unknown_tool(capsys: pytest.CaptureFixture[str], rules_dir: Path) -> None:
    code, out, err = explain(capsys, rules_dir, "--tool", "chatgtp", "hallo")
    assert code == 2 and out == ""
    assert "unknown tool 'chatgtp'" in err and "chatgpt" in err


# --- check ------------------------------------------------------------------------------


def test_check_of_the_default_policy_prints_the_summary(
    capsys: pytest.CaptureFixture[str], rules_dir: Path, policy: Policy
) -> None:
    code, out, _ = cli(capsys, "check", str(rules_dir), "--date", "2026-11-29")
    assert code == 0
    *notes, summary = out.splitlines()
    assert summary == (
        f"policy OK: version {policy.version}, {len(policy.tools)} tools, {len(policy.rules)} rules, "
        f"{len(policy.exceptions)} exceptions"
    )
    assert all(": info: " in note for note in notes)  # the client tenant's note on Azure OpenAI


def test_check_of_an_invalid_policy_names_file_line_field_and_fix(
    capsys: pytest.CaptureFixture[str], rules_dir: Path, tmp_path: Path
) -> None:
    rules = Path(shutil.copytree(rules_dir, tmp_path / "rules"))
    tools = rules / "tools.yaml"
    tools.write_text(
        tools.read_text(encoding="utf-8")
        .replace("    approved_for: medium", "    aproved_for: medium", 1)
        .replace("reviewed: 2026-10-01", "reviewed: 2026-10-32", 1),
        encoding="utf-8",
    )
    code, out, _ = cli(capsys, "check", str(rules))
    assert code == 1
    assert f"{tools}:{line_of(tools, 'aproved_for')}: error: tools[2].aproved_for: Extra inputs are not permitted; " \
           "fix: remove this field or correct its spelling" in out  # fmt: skip
    assert f"{tools}:{line_of(tools, '2026-10-32')}: error: tools[0].reviewed: " in out
    assert "fix: write the date as YYYY-MM-DD" in out
    assert out.endswith("policy INVALID: 2 errors\n")

    # Cross-references are checked once the fields are valid: an exception for an unknown tool.
    shutil.copy(rules_dir / "tools.yaml", tools)
    exceptions = rules / "exceptions.yaml"
    exceptions.write_text(exceptions.read_text(encoding="utf-8").replace("tools: [client-ai]", "tools: [klant-ai]"))
    code, out, _ = cli(capsys, "check", str(rules))
    assert code == 1
    line = line_of(exceptions, "klant-ai")
    assert out.startswith(
        f"{exceptions}:{line}: error: exceptions[0].tools[0]: exception EXC-2026-001 names unknown tool(s) "
        "['klant-ai']; fix: did you mean 'client-ai'? use one of the tool ids: "
    )
    assert out.endswith("policy INVALID: 1 errors\n")


def test_check_with_warnings_only_exits_zero(capsys: pytest.CaptureFixture[str], rules_dir: Path) -> None:
    code, out, _ = cli(capsys, "check", str(rules_dir), "--date", "2027-09-15")
    assert code == 0
    assert "warning: exceptions[0].valid_until: exception EXC-2026-001 expired on 2027-08-31" in out
    assert out.splitlines()[-1].startswith("policy OK: version ")


# --- test -------------------------------------------------------------------------------


def test_policy_test_runs_the_default_cases(capsys: pytest.CaptureFixture[str]) -> None:
    # Reads the shipped rules/ on purpose: `policy test` runs the policy's own cases (POLICY/tests/), which the
    # frozen tests/policy/ has none of; these are the shipped cases against the shipped policy.
    rules_dir = SHIPPED_POLICY
    code, out, _ = cli(capsys, "test", "--policy", str(rules_dir), "--nlp-config", NLP)
    assert code == 0
    lines = out.splitlines()
    assert all(line.startswith("PASS  ") for line in lines[:-1])
    assert lines[-1] == f"{len(lines) - 1} passed, 0 failed"


def test_policy_test_reports_a_failing_case_with_expected_and_got(
    capsys: pytest.CaptureFixture[str], rules_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "mine.yaml").write_text(
        "cases:\n"
        "  - name: email is masked\n"
        "    tool: openai-api\n"
        "    text: Mail jan.jansen@example.com\n"
        "    expect: {action: redact, rule: PERSONAL-MASK-LOW}\n"
        "  - name: wrong expectation\n"
        "    tool: chatgpt\n"
        "    text: Mail jan.jansen@example.com\n"
        "    expect: {action: allow}\n",
        encoding="utf-8",
    )
    code, out, _ = cli(capsys, "test", "--policy", str(rules_dir), "--nlp-config", NLP, str(tmp_path))
    assert code == 1
    assert f"PASS  {tmp_path / 'mine.yaml'}:2  email is masked: redact by PERSONAL-MASK-LOW" in out
    assert (
        f"FAIL  {tmp_path / 'mine.yaml'}:6  wrong expectation: expected allow, got redact by PERSONAL-MASK-LOW; "
        "found: EMAIL_ADDRESS x1"
    ) in out
    assert out.endswith("1 passed, 1 failed\n")
    assert "jan.jansen" not in out


def test_policy_test_refuses_a_case_file_with_an_unknown_key(
    capsys: pytest.CaptureFixture[str], rules_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "bad.yaml").write_text(
        "cases:\n  - name: x\n    tool: chatgpt\n    text: hallo\n    expect: {action: allow, regel: X}\n"
    )
    code, _, err = cli(capsys, "test", "--policy", str(rules_dir), "--nlp-config", NLP, str(tmp_path))
    assert code == 2
    assert f"{tmp_path / 'bad.yaml'}:5: cases[0].expect.regel: Extra inputs are not permitted; fix: remove" in err


def test_policy_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["policy", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert all(cmd in out for cmd in ("check", "explain", "test", "simulate"))

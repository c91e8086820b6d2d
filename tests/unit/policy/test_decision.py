"""decide() over the default policy: every rule reached, redaction scope, and the fail modes."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from dlp_proxy.findings import DataClass, Finding
from dlp_proxy.policy import Policy, Tool, decide, load_policy
from dlp_proxy.policy.decision import FAIL_CLOSED, FAIL_OPEN

TODAY = date(2026, 11, 1)


def found(entity_type: str, data_class: DataClass, start: int, end: int, score: float = 0.9) -> Finding:
    return Finding(entity_type, data_class, start, end, score, "hand-made")


EMAIL = found("EMAIL_ADDRESS", "personal", 10, 26, 1.0)
IBAN = found("IBAN_CODE", "personal", 40, 58, 1.0)
PHONE = found("PHONE_NUMBER", "personal", 70, 81, 0.4)
PERSON = found("PERSON", "personal", 0, 9, 0.85)
CLIENT = Finding("CLIENT", "client", 90, 112, 0.9, "hand-made", "hofstede logistiek")
SECRET = found("SECRET", "secret", 120, 171, 0.95)
MARKER = found("INTERNAL_MARKER", "internal", 180, 193)
EXAMPLE_KEY = found("SECRET_PLACEHOLDER", "placeholder", 200, 220)


@dataclass(frozen=True)
class Case:
    tool: str
    findings: tuple[Finding, ...]
    action: str
    rule: str


CASES = {
    "unlisted tool, nothing found": Case("claude", (), "block", "TOOL-UNLISTED"),
    "unlisted tool, personal data": Case("gemini", (EMAIL,), "block", "TOOL-UNLISTED"),
    "forbidden tool, nothing found": Case("deepseek", (), "block", "TOOL-FORBIDDEN"),
    "forbidden tool, secret": Case("deepseek", (SECRET,), "block", "TOOL-FORBIDDEN"),
    "secret in low tool": Case("openai-api", (SECRET,), "block", "SECRET-BLOCK"),
    "secret in medium tool": Case("m365-copilot", (SECRET,), "block", "SECRET-BLOCK"),
    "secret in high tool": Case("client-ai", (SECRET,), "block", "SECRET-BLOCK"),
    "client data in low tool": Case("openai-api", (CLIENT,), "block", "CLIENT-NOT-APPROVED"),
    "client data in medium tool": Case("m365-copilot", (CLIENT,), "block", "CLIENT-NOT-APPROVED"),
    "client data in high tool without permission": Case("client-ai", (CLIENT,), "block", "CLIENT-NEEDS-CONSENT"),
    "internal data in low tool": Case("openai-api", (MARKER,), "warn", "INTERNAL-LOW-TOOL"),
    "internal data in medium tool": Case("m365-copilot", (MARKER,), "allow", "DEFAULT-ALLOW"),
    "personal data in low tool": Case("openai-api", (PERSON, EMAIL, IBAN, PHONE), "redact", "PERSONAL-MASK-LOW"),
    "personal data in low chat tool": Case("chatgpt", (EMAIL,), "redact", "PERSONAL-MASK-LOW"),
    "personal data in medium tool": Case("m365-copilot", (EMAIL, IBAN), "allow", "DEFAULT-ALLOW"),
    "personal data in high tool": Case("client-ai", (PERSON,), "allow", "DEFAULT-ALLOW"),
    "nothing found in low tool": Case("openai-api", (), "allow", "DEFAULT-ALLOW"),
    "personal and internal data in low tool": Case("openai-api", (EMAIL, MARKER), "warn", "INTERNAL-LOW-TOOL"),
    "personal data and secret in low tool": Case("openai-api", (EMAIL, SECRET), "block", "SECRET-BLOCK"),
    "client data and secret in low tool": Case("openai-api", (CLIENT, SECRET), "block", "SECRET-BLOCK"),
    "example key in low tool": Case("openai-api", (EXAMPLE_KEY,), "redact", "PLACEHOLDER-MASK"),
    "example key in high tool": Case("client-ai", (EXAMPLE_KEY,), "redact", "PLACEHOLDER-MASK"),
    "example key in forbidden tool": Case("deepseek", (EXAMPLE_KEY,), "block", "TOOL-FORBIDDEN"),
    "example key and secret in medium tool": Case("m365-copilot", (EXAMPLE_KEY, SECRET), "block", "SECRET-BLOCK"),
    "example key and personal data": Case("openai-api", (EMAIL, EXAMPLE_KEY), "redact", "PERSONAL-MASK-LOW"),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_when_findings_reach_a_tool_then_the_first_matching_rule_and_strictest_action_decide(
    policy: Policy, tools: dict[str, Tool], case: Case
) -> None:
    d = decide(policy, tools[case.tool], list(case.findings), user="erin", today=TODAY)
    assert (d.action, d.rule_id) == (case.action, case.rule)
    assert d.findings == case.findings
    assert d.detection_failed is False


def test_when_the_table_is_read_then_every_rule_of_the_default_policy_is_reached(policy: Policy) -> None:
    assert {r.id for r in policy.rules} <= {c.rule for c in CASES.values()}


def test_when_personal_data_is_redacted_then_the_redact_tuple_holds_exactly_the_personal_findings(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    d = decide(policy, tools["openai-api"], [PERSON, EMAIL, IBAN, PHONE], today=TODAY)
    assert d.action == "redact"
    assert d.redact == (PERSON, EMAIL, IBAN, PHONE)
    assert d.data_classes == {"personal": 4}
    assert d.highest_risk == "medium"


@pytest.mark.parametrize(
    ("tool", "findings"),
    [
        ("m365-copilot", [EMAIL]),  # allowed: nothing to mask
        ("openai-api", [EMAIL, MARKER]),  # held (warn): nothing is sent, so nothing is masked
        ("openai-api", [EMAIL, SECRET]),  # blocked
    ],
)
def test_when_the_action_is_not_redact_then_nothing_is_marked_for_masking(
    policy: Policy, tools: dict[str, Tool], tool: str, findings: list[Finding]
) -> None:
    d = decide(policy, tools[tool], findings, today=TODAY)
    assert d.action != "redact"
    assert d.redact == ()


def test_when_several_classes_are_found_then_each_class_records_its_own_rule(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    d = decide(policy, tools["openai-api"], [EMAIL, IBAN, MARKER, SECRET], today=TODAY)
    assert {(o.data_class, o.count, o.rule_id, o.action) for o in d.outcomes} == {
        ("personal", 2, "PERSONAL-MASK-LOW", "redact"),
        ("secret", 1, "SECRET-BLOCK", "block"),
        ("internal", 1, "INTERNAL-LOW-TOOL", "warn"),
    }
    assert d.highest_risk == "high"


@pytest.mark.parametrize("tool", ["openai-api", "m365-copilot", "client-ai", "claude", "deepseek"])
def test_when_detection_fails_then_the_default_fail_mode_blocks_fail_closed(
    policy: Policy, tools: dict[str, Tool], tool: str
) -> None:
    d = decide(policy, tools[tool], [], detection_failed=True)
    assert (d.action, d.rule_id, d.detection_failed) == ("block", FAIL_CLOSED, True)


def test_when_a_tool_sets_fail_mode_allow_then_a_detection_failure_is_allowed_fail_open(
    tmp_path: Path, rules_dir: Path
) -> None:
    rules = Path(shutil.copytree(rules_dir, tmp_path / "rules"))
    tools_yaml = rules / "tools.yaml"
    text = tools_yaml.read_text(encoding="utf-8")
    anchor = "    approved_for: medium\n"  # m365-copilot
    assert anchor in text
    tools_yaml.write_text(text.replace(anchor, anchor + "    fail_mode: allow\n", 1), encoding="utf-8")
    policy = load_policy(rules)
    copilot = next(t for t in policy.tools if t.id == "m365-copilot")
    openai = next(t for t in policy.tools if t.id == "openai-api")

    opened = decide(policy, copilot, [], detection_failed=True)
    closed = decide(policy, openai, [], detection_failed=True)
    assert (opened.action, opened.rule_id, opened.detection_failed) == ("allow", FAIL_OPEN, True)
    assert (closed.action, closed.rule_id) == ("block", FAIL_CLOSED)


def test_when_detection_fails_then_findings_are_ignored(policy: Policy, tools: dict[str, Tool]) -> None:
    d = decide(policy, tools["openai-api"], [EMAIL], detection_failed=True)
    assert (d.action, d.rule_id, d.findings, d.redact) == ("block", FAIL_CLOSED, (), ())

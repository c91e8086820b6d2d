"""Every cell of the default policy's rule matrix, plus exceptions, monitor mode, warn and failures."""

from __future__ import annotations

from datetime import date

import pytest

from dlp_proxy.findings import DataClass, Finding
from dlp_proxy.policy import Policy, decide, load_policy
from tests.paths import TEST_POLICY

ENTITY = {
    "personal": "EMAIL_ADDRESS",
    "client": "CLIENT",
    "secret": "SECRET",
    "internal": "INTERNAL_MARKER",
    "placeholder": "SECRET_PLACEHOLDER",
}
TOOL_BY_LEVEL = {
    "low": "openai-api",
    "medium": "m365-copilot",
    "high": "client-ai",
    "unlisted": "claude",
    "forbidden": "deepseek",
}
INSIDE = date(2026, 11, 1)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(TEST_POLICY)


def finding(data_class: DataClass, subject: str | None = None) -> Finding:
    return Finding(ENTITY[data_class], data_class, 0, 10, 0.9, "test", subject)


def tool(policy: Policy, tool_id: str):  # type: ignore[no-untyped-def]
    return next(t for t in policy.tools if t.id == tool_id)


MATRIX = [
    # tool level, data class (None = nothing found), action, rule
    ("forbidden", None, "block", "TOOL-FORBIDDEN"),
    ("forbidden", "personal", "block", "TOOL-FORBIDDEN"),
    ("forbidden", "client", "block", "TOOL-FORBIDDEN"),
    ("forbidden", "secret", "block", "TOOL-FORBIDDEN"),
    ("forbidden", "internal", "block", "TOOL-FORBIDDEN"),
    ("forbidden", "placeholder", "block", "TOOL-FORBIDDEN"),
    ("unlisted", None, "block", "TOOL-UNLISTED"),
    ("unlisted", "personal", "block", "TOOL-UNLISTED"),
    ("unlisted", "client", "block", "TOOL-UNLISTED"),
    ("unlisted", "secret", "block", "TOOL-UNLISTED"),
    ("unlisted", "internal", "block", "TOOL-UNLISTED"),
    ("unlisted", "placeholder", "block", "TOOL-UNLISTED"),
    ("low", None, "allow", "DEFAULT-ALLOW"),
    ("low", "personal", "redact", "PERSONAL-MASK-LOW"),
    ("low", "client", "block", "CLIENT-NOT-APPROVED"),
    ("low", "secret", "block", "SECRET-BLOCK"),
    ("low", "internal", "warn", "INTERNAL-LOW-TOOL"),
    ("low", "placeholder", "redact", "PLACEHOLDER-MASK"),
    ("medium", None, "allow", "DEFAULT-ALLOW"),
    ("medium", "personal", "allow", "DEFAULT-ALLOW"),
    ("medium", "client", "block", "CLIENT-NOT-APPROVED"),
    ("medium", "secret", "block", "SECRET-BLOCK"),
    ("medium", "internal", "allow", "DEFAULT-ALLOW"),
    ("medium", "placeholder", "redact", "PLACEHOLDER-MASK"),
    ("high", None, "allow", "DEFAULT-ALLOW"),
    ("high", "personal", "allow", "DEFAULT-ALLOW"),
    ("high", "client", "block", "CLIENT-NEEDS-CONSENT"),
    ("high", "secret", "block", "SECRET-BLOCK"),
    ("high", "internal", "allow", "DEFAULT-ALLOW"),
    ("high", "placeholder", "redact", "PLACEHOLDER-MASK"),
]


@pytest.mark.parametrize(("level", "data_class", "action", "rule"), MATRIX)
def test_rule_matrix_cell(policy: Policy, level: str, data_class: DataClass | None, action: str, rule: str) -> None:
    findings = [finding(data_class)] if data_class else []
    d = decide(policy, tool(policy, TOOL_BY_LEVEL[level]), findings, user="erin", today=INSIDE)
    assert (d.action, d.rule_id) == (action, rule)


def test_when_several_classes_are_found_then_the_strictest_outcome_wins(policy: Policy) -> None:
    d = decide(policy, tool(policy, "openai-api"), [finding("personal"), finding("secret")], today=INSIDE)
    assert (d.action, d.rule_id) == ("block", "SECRET-BLOCK")
    assert d.data_classes == {"personal": 1, "secret": 1}
    assert d.redact == ()


def test_when_personal_data_is_redacted_then_only_personal_findings_are_masked(policy: Policy) -> None:
    personal = finding("personal")
    d = decide(policy, tool(policy, "openai-api"), [personal], today=INSIDE)
    assert d.redact == (personal,)
    assert d.highest_risk == "medium"


NOORDERLICHT = "zorggroep noorderlicht"


@pytest.mark.parametrize(
    ("user", "tool_id", "subject", "today", "action", "exception", "rejected"),
    [
        ("alice", "client-ai", NOORDERLICHT, INSIDE, "allow", "EXC-2026-001", ()),  # group member, valid
        ("bob", "client-ai", NOORDERLICHT, date(2026, 9, 1), "allow", "EXC-2026-001", ()),  # first valid day
        ("alice", "client-ai", NOORDERLICHT, date(2027, 9, 1), "block", None, (("EXC-2026-001", "expired"),)),
        ("alice", "client-ai", NOORDERLICHT, date(2026, 8, 1), "block", None, (("EXC-2026-001", "not_yet_valid"),)),
        ("carol", "client-ai", NOORDERLICHT, INSIDE, "block", None, (("EXC-2026-001", "other_user"),)),
        ("alice", "openai-api", NOORDERLICHT, INSIDE, "block", None, (("EXC-2026-001", "other_tool"),)),
        ("alice", "client-ai", "hofstede logistiek", INSIDE, "block", None, (("EXC-2026-001", "other_client"),)),
    ],
    ids=["valid", "first-day", "expired", "not-yet-valid", "other-user", "wrong-tool", "other-client"],
)
def test_exception_for_client_data(
    policy: Policy,
    user: str,
    tool_id: str,
    subject: str,
    today: date,
    action: str,
    exception: str | None,
    rejected: tuple[tuple[str, str], ...],
) -> None:
    d = decide(policy, tool(policy, tool_id), [finding("client", subject)], user=user, today=today)
    assert d.action == action
    assert d.exception_id == exception
    assert d.exceptions_rejected == rejected
    if exception:
        assert d.consent_ref and "TOESTEMMING-2026-014" in d.consent_ref


def test_exception_does_not_cover_a_data_class_it_does_not_name(policy: Policy) -> None:
    d = decide(
        policy,
        tool(policy, "client-ai"),
        [finding("client", NOORDERLICHT), finding("secret")],
        user="alice",
        today=INSIDE,
    )
    assert (d.action, d.rule_id) == ("block", "SECRET-BLOCK")
    assert d.exception_id == "EXC-2026-001"  # it did apply to the client data


@pytest.mark.parametrize(
    ("fail_mode", "action", "rule"), [("block", "block", "FAIL-CLOSED"), ("allow", "allow", "FAIL-OPEN")]
)
def test_when_detection_fails_then_the_tool_fail_mode_decides(
    policy: Policy, fail_mode: str, action: str, rule: str
) -> None:
    t = tool(policy, "openai-api").model_copy(update={"fail_mode": fail_mode})
    d = decide(policy, t, [], detection_failed=True)
    assert (d.action, d.rule_id, d.detection_failed) == (action, rule, True)


def test_when_tool_is_in_monitor_mode_then_nothing_is_enforced_but_the_would_be_action_is_kept(
    policy: Policy,
) -> None:
    t = tool(policy, "openai-api").model_copy(update={"mode": "monitor"})
    d = decide(policy, t, [finding("secret")], today=INSIDE)
    assert (d.action, d.would_action, d.monitor, d.rule_id) == ("allow", "block", True, "SECRET-BLOCK")
    r = decide(policy, t, [finding("personal")], today=INSIDE)
    assert (r.action, r.would_action, r.redact) == ("allow", "redact", ())


def test_when_warn_is_justified_then_the_prompt_is_allowed(policy: Policy) -> None:
    t = tool(policy, "openai-api")
    held = decide(policy, t, [finding("internal")], today=INSIDE)
    assert held.action == "warn"
    released = decide(policy, t, [finding("internal")], today=INSIDE, justified=True)
    assert (released.action, released.rule_id) == ("allow", "INTERNAL-LOW-TOOL")
    # A justification releases a warning, never a block.
    both = decide(policy, t, [finding("internal"), finding("secret")], today=INSIDE, justified=True)
    assert both.action == "block"


def test_decision_is_pure(policy: Policy) -> None:
    args = (policy, tool(policy, "openai-api"), [finding("personal"), finding("internal")])
    assert decide(*args, user="x", today=INSIDE) == decide(*args, user="x", today=INSIDE)

"""The pure decision function: tool x findings -> allow, redact or block, with the rule that says so."""

from __future__ import annotations

from dataclasses import dataclass, field

from dlp_proxy.findings import DATA_CLASSES, DataClass, Finding
from dlp_proxy.policy.schema import ACTION_SEVERITY, RISK_ORDER, Action, Policy, Rule, Tool

FAIL_CLOSED = "FAIL-CLOSED"
FAIL_OPEN = "FAIL-OPEN"


@dataclass(frozen=True)
class ClassOutcome:
    """What the policy says about one data class found in the request."""

    data_class: DataClass
    count: int
    rule_id: str
    action: Action


@dataclass(frozen=True)
class Decision:
    action: Action
    rule_id: str
    findings: tuple[Finding, ...] = ()
    outcomes: tuple[ClassOutcome, ...] = ()
    highest_risk: str = "none"
    detection_failed: bool = False
    redact: tuple[Finding, ...] = field(default=())

    @property
    def data_classes(self) -> dict[str, int]:
        return {o.data_class: o.count for o in self.outcomes}


def _rule_matches(rule: Rule, tool: Tool, data_class: DataClass | None) -> bool:
    w = rule.when
    if w.data_class is not None and data_class not in w.data_class:
        return False
    if w.tool_status is not None and tool.status not in w.tool_status:
        return False
    if w.tool_approved_for is not None and tool.approved_for not in w.tool_approved_for:
        return False
    if w.tool is not None and tool.id not in w.tool:
        return False
    return True


def first_rule(policy: Policy, tool: Tool, data_class: DataClass | None) -> Rule:
    for rule in policy.rules:
        if _rule_matches(rule, tool, data_class):
            return rule
    # The loader guarantees a final catch-all rule, so this is a programming error.
    raise LookupError("policy has no catch-all rule")


def decide(policy: Policy, tool: Tool, findings: list[Finding], *, detection_failed: bool = False) -> Decision:
    """Decide what happens to one request. Pure: same inputs, same decision."""
    if detection_failed:
        mode = policy.fail_mode(tool)
        return Decision(
            action="block" if mode == "block" else "allow",
            rule_id=FAIL_CLOSED if mode == "block" else FAIL_OPEN,
            detection_failed=True,
        )
    present = [c for c in DATA_CLASSES if any(f.data_class == c for f in findings)]
    subjects: list[DataClass | None] = list(present) or [None]
    order = {r.id: i for i, r in enumerate(policy.rules)}

    outcomes: list[ClassOutcome] = []
    chosen: Rule | None = None
    for subject in subjects:
        rule = first_rule(policy, tool, subject)
        if subject is not None:
            count = sum(1 for f in findings if f.data_class == subject)
            outcomes.append(ClassOutcome(subject, count, rule.id, rule.action))
        if chosen is None or (ACTION_SEVERITY[rule.action], -order[rule.id]) > (
            ACTION_SEVERITY[chosen.action],
            -order[chosen.id],
        ):
            chosen = rule
    assert chosen is not None
    redact_classes = {o.data_class for o in outcomes if o.action == "redact"}
    highest = max((policy.data_classes[c].risk for c in present), key=RISK_ORDER.__getitem__, default="none")
    return Decision(
        action=chosen.action,
        rule_id=chosen.id,
        findings=tuple(findings),
        outcomes=tuple(outcomes),
        highest_risk=highest,
        redact=tuple(f for f in findings if f.data_class in redact_classes) if chosen.action == "redact" else (),
    )

"""The pure decision function: tool x user x findings -> allow, pseudonymise, redact, warn or block, and why."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial

from dlp_proxy.findings import DATA_CLASSES, DataClass, Finding
from dlp_proxy.policy.labels_section import LabelAction, label_findings
from dlp_proxy.policy.schema import (
    ACTION_SEVERITY,
    MASKING,
    RISK_ORDER,
    Action,
    Policy,
    PolicyException,
    Rule,
    Tool,
    When,
)
from dlp_proxy.textnorm import key

FAIL_CLOSED = "FAIL-CLOSED"
FAIL_OPEN = "FAIL-OPEN"
# The rule id of a decision made by a sensitivity label the policy maps to an action.
LABEL_RULE = Rule(
    id="SENSITIVITY-LABEL",
    description="a sensitivity label that the policy's labels section maps to an action",
    when=When(),
    action="block",
)


@dataclass(frozen=True)
class ClassOutcome:
    """What the policy says about one data class found in the request."""

    data_class: DataClass
    count: int
    rule_id: str
    action: Action
    exception_id: str | None = None


@dataclass(frozen=True)
class Decision:
    """The outcome for one request. `action` is what the proxy does; `would_action` what the
    rules say (they differ only in monitor mode)."""

    action: Action
    rule_id: str
    findings: tuple[Finding, ...] = ()
    outcomes: tuple[ClassOutcome, ...] = ()
    highest_risk: str = "none"
    detection_failed: bool = False
    redact: tuple[Finding, ...] = field(default=())  # masked for good
    pseudonymise: tuple[Finding, ...] = field(default=())  # masked with placeholders the answer gets back
    would_action: Action | None = None
    monitor: bool = False
    exception_id: str | None = None
    consent_ref: str | None = None
    exceptions_rejected: tuple[tuple[str, str], ...] = ()
    trace: tuple[str, ...] = ()
    # The sensitivity labels that shaped the decision (mapped to a data class or an action), by name.
    labels: tuple[str, ...] = ()

    @property
    def masks(self) -> tuple[Finding, ...]:
        """Every finding the request leaves without: redacted or pseudonymised."""
        return self.redact + self.pseudonymise

    @property
    def data_classes(self) -> dict[str, int]:
        return {o.data_class: o.count for o in self.outcomes}


def rule_matches(rule: Rule, tool: Tool, data_class: DataClass | None) -> bool:
    w = rule.when
    if w.data_class is not None and data_class not in w.data_class:
        return False
    if w.tool_status is not None and tool.status not in w.tool_status:
        return False
    if w.tool_approved_for is not None and tool.approved_for not in w.tool_approved_for:
        return False
    if w.tool is not None and tool.id not in w.tool:
        return False
    if w.tool_kind is not None and tool.kind not in w.tool_kind:
        return False
    if w.tool_vendor is not None and tool.vendor.casefold() not in {v.casefold() for v in w.tool_vendor}:
        return False
    if w.tool_source is not None and tool.source not in w.tool_source:
        return False
    return True


def first_rule(policy: Policy, tool: Tool, data_class: DataClass | None) -> Rule:
    for rule in policy.rules:
        if rule_matches(rule, tool, data_class):
            return rule
    # The loader guarantees a final catch-all rule, so this is a programming error.
    raise LookupError("policy has no catch-all rule")


def _client_subjects(findings: list[Finding]) -> set[str]:
    return {f.subject for f in findings if f.data_class == "client" and f.subject}


def exception_verdict(
    exc: PolicyException,
    *,
    tool: Tool,
    user: str,
    groups: list[str],
    data_class: DataClass,
    clients_found: set[str],
    today: date,
) -> str | None:
    """None when the exception covers this case, else the reason it does not."""
    if user not in exc.who.users and not set(groups) & set(exc.who.groups):
        return "other_user"
    if tool.id not in exc.tools:
        return "other_tool"
    if data_class not in exc.data_classes:
        return "other_data_class"
    if today < exc.valid_from:
        return "not_yet_valid"
    if today > exc.valid_until:
        return "expired"
    if data_class == "client" and exc.clients:
        allowed = {" ".join(key(c)) for c in exc.clients}
        if not clients_found or not clients_found <= allowed:
            return "other_client"
    return None


def decide(
    policy: Policy,
    tool: Tool,
    findings: list[Finding],
    *,
    user: str = "",
    today: date | None = None,
    justified: bool = False,
    detection_failed: bool = False,
    labels: Sequence[tuple[str, str]] = (),
) -> Decision:
    """Decide what happens to one request. Pure: same inputs, same decision.

    Each data class found gets its first matching rule (an exception may change its action);
    the most severe action decides, of equally severe ones the earliest rule's. `labels`: the
    (name, id) of each sensitivity label found; one the policy maps to a data class is a finding
    of that class, one it maps to an action is weighed beside the classes (dlp_proxy.policy.labels_section)."""
    monitor = policy.mode(tool) == "monitor"
    approved = tool.approved_for or "-"
    trace: list[str] = [f"tool {tool.id}: status {tool.status}, approved for {approved}{_origin(tool)}"]
    if detection_failed:
        return _failed(policy, tool, monitor, trace)
    label_found, label_actions = label_findings(policy.labels, list(labels))
    findings = [*findings, *label_found]
    present = [c for c in DATA_CLASSES if any(f.data_class == c for f in findings)]
    subjects: list[DataClass | None] = list(present) or [None]
    order = {r.id: i for i, r in enumerate(policy.rules)}
    verdict = partial(
        exception_verdict,
        tool=tool,
        user=user,
        groups=policy.groups_of(user),
        clients_found=_client_subjects(findings),
        today=today or date.today(),
    )

    outcomes: list[ClassOutcome] = []
    rejected: list[tuple[str, str]] = []
    chosen: tuple[Action, Rule, PolicyException | None] | None = None
    best = (-1, 0)  # (severity, -position of the rule): below every real rank
    for subject in subjects:
        rule = first_rule(policy, tool, subject)
        applied: PolicyException | None = None
        label = subject or "no sensitive data"
        trace.append(f"{label}: first matching rule {rule.id} -> {rule.action}")
        if subject is not None and rule.action != "allow":
            applied, passed_over = _exception_for(policy, tool, subject, verdict)
            rejected += passed_over
            trace += [f"{label}: exception {exc_id} does not apply: {reason}" for exc_id, reason in passed_over]
            if applied is not None:
                trace.append(f"{label}: exception {applied.id} ({applied.consent_ref}) applies -> {applied.action}")
        act: Action = applied.action if applied is not None else rule.action
        if subject is None and act in MASKING:  # a rule for every data class (a generated default)
            act = "allow"
            trace.append(f"{label}: nothing to mask -> allow")
        if act == "warn" and justified:
            act = "allow"
            trace.append(f"{label}: justification given with a valid code -> allow")
        if subject is not None:
            count = sum(1 for f in findings if f.data_class == subject)
            outcomes.append(ClassOutcome(subject, count, rule.id, act, applied.id if applied else None))
        rank = (ACTION_SEVERITY[act], -order[rule.id])
        if rank > best:
            chosen, best = (act, rule, applied), rank
    for shown, label_act in label_actions:
        act = _label_action(shown, label_act, justified, trace)
        rank = (ACTION_SEVERITY[act], -len(order))
        if rank > best:
            chosen, best = (act, LABEL_RULE, None), rank
    assert chosen is not None
    decision = _result(policy, findings, chosen, outcomes, rejected, monitor, trace)
    named = [f.subject or "" for f in label_found] + [shown for shown, _ in label_actions]
    return replace(decision, labels=tuple(dict.fromkeys(named)))


def _label_action(shown: str, act: LabelAction, justified: bool, trace: list[str]) -> Action:
    """A label mapped to an action; a warn is released by a valid DLP-OK code like any other."""
    trace.append(f"sensitivity label {shown}: -> {act}")
    if act == "warn" and justified:
        trace.append(f"sensitivity label {shown}: justification given with a valid code -> allow")
        return "allow"
    return act


def _origin(tool: Tool) -> str:
    """Where a bundled tool comes from, for the trace `policy explain` shows."""
    if tool.source != "bundled":
        return ""
    return f" (bundled catalogue: {tool.kind or '-'} service by {tool.vendor})"


def _failed(policy: Policy, tool: Tool, monitor: bool, trace: list[str]) -> Decision:
    """Detection failed: the tool's fail mode decides, by the FAIL-CLOSED or FAIL-OPEN rule."""
    mode = policy.fail_mode(tool)
    action: Action = "block" if mode == "block" else "allow"
    trace.append(f"detection failed: fail mode {mode}")
    return Decision(
        action="allow" if monitor else action,
        would_action=action,
        monitor=monitor,
        rule_id=FAIL_CLOSED if mode == "block" else FAIL_OPEN,
        detection_failed=True,
        trace=tuple(trace),
    )


def _exception_for(
    policy: Policy, tool: Tool, subject: DataClass, verdict: Callable[..., str | None]
) -> tuple[PolicyException | None, list[tuple[str, str]]]:
    """The first exception that covers `subject`, and (id, reason) of each one before it that does not."""
    rejected: list[tuple[str, str]] = []
    for exc in policy.exceptions:
        reason = verdict(exc, data_class=subject)
        if reason is None:
            return exc, rejected
        # An exception for someone else and another tool is not worth a mention.
        if not (reason == "other_user" and tool.id not in exc.tools):
            rejected.append((exc.id, reason))
    return None, rejected


def _result(
    policy: Policy,
    findings: list[Finding],
    chosen: tuple[Action, Rule, PolicyException | None],
    outcomes: list[ClassOutcome],
    rejected: list[tuple[str, str]],
    monitor: bool,
    trace: list[str],
) -> Decision:
    """The decision of the chosen (action, rule, exception), with what every class contributed."""
    final, rule, applied = chosen
    # The exception that shaped the outcome: the deciding class's, else any that applied.
    exception = applied or next((e for o in outcomes for e in policy.exceptions if e.id == o.exception_id), None)
    masking = final in MASKING and not monitor
    redact_classes = {o.data_class for o in outcomes if o.action == "redact"} if masking else set()
    pseudo_classes = {o.data_class for o in outcomes if o.action == "pseudonymise"} if masking else set()
    present = [o.data_class for o in outcomes]
    highest = max((policy.data_classes[c].risk for c in present), key=RISK_ORDER.__getitem__, default="none")
    trace.append(f"result: {final} by rule {rule.id}" + (" (monitor mode: not enforced)" if monitor else ""))
    return Decision(
        action="allow" if monitor else final,
        would_action=final,
        monitor=monitor,
        rule_id=rule.id,
        findings=tuple(findings),
        outcomes=tuple(outcomes),
        highest_risk=highest,
        redact=tuple(f for f in findings if f.data_class in redact_classes),
        pseudonymise=tuple(f for f in findings if f.data_class in pseudo_classes),
        exception_id=exception.id if exception else None,
        consent_ref=exception.consent_ref if exception else None,
        exceptions_rejected=tuple(rejected),
        trace=tuple(trace),
    )


def may_pseudonymise(policy: Policy, tool: Tool) -> bool:
    """Whether any rule or exception can pseudonymise data sent to `tool` (then its answers are
    restored, and values known from earlier turns are masked again)."""
    rules = any(
        r.action == "pseudonymise"
        and rule_matches(r, tool, None if r.when.data_class is None else r.when.data_class[0])
        for r in policy.rules
    )
    return rules or any(e.action == "pseudonymise" and tool.id in e.tools for e in policy.exceptions)

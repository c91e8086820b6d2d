"""Policy tests (`rules/tests/*.yaml`) and the evaluation they share with `policy explain`:
scan a text, decide for one tool, user and date, and say why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, ValidationError

from dlp_proxy.detection.engine import Detector
from dlp_proxy.errors import DetectorError, PolicyError
from dlp_proxy.findings import DataClass, Finding, count_by_type
from dlp_proxy.respond.notices import block_notice, redact_notice, warn_notice
from dlp_proxy.policy.decision import Decision, decide, exception_verdict
from dlp_proxy.policy.loader import PolicySource, read_yaml, validation_problems
from dlp_proxy.policy.schema import Action, Policy, PolicyException, Strict, Tool

# Stands in for the decision id and the justification code in a notice shown outside the proxy.
EXPLAIN_ID = "(explain)"
CODE_PLACEHOLDER = "<CODE>"


# --- the case files ---------------------------------------------------------------------


class Expect(Strict):
    # What the rules decide; in monitor mode that is what would be enforced.
    action: Action
    rule: str | None = None
    exception: str | None = None


class Case(Strict):
    name: str = Field(min_length=1)
    text: str
    tool: str
    user: str = ""
    # The day the request is judged on (exceptions have dates); today when absent.
    date: dt.date | None = None
    expect: Expect


class CaseFile(Strict):
    cases: list[Case] = Field(min_length=1)


@dataclass(frozen=True)
class LoadedCase:
    file: Path
    line: int
    case: Case

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def case_files(path: Path) -> list[Path]:
    """`*.yaml` in a folder (not its sub-folders), or the one file named."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if path.is_file():
        return [path]
    raise PolicyError(f"{path}: no policy tests here; write them in <policy folder>/tests/*.yaml")


def load_cases(path: str | Path) -> list[LoadedCase]:
    """Every case of every file, strictly validated; PolicyError names file, line, field and fix."""
    out: list[LoadedCase] = []
    problems: list[str] = []
    files = case_files(Path(path))
    if not files:
        raise PolicyError(f"{path}: no policy test files (*.yaml) in this folder")
    for file in files:
        data, node = read_yaml(file)
        try:
            parsed = CaseFile.model_validate(data)
        except ValidationError as e:
            sources = {"cases": PolicySource(file, node)} if node is not None else {}
            problems += [str(p) for p in validation_problems(e, sources, file)]
            continue
        assert node is not None
        items = next(v for k, v in node.value if k.value == "cases").value
        out += [LoadedCase(file, n.start_mark.line + 1, c) for n, c in zip(items, parsed.cases, strict=True)]
    seen: dict[str, LoadedCase] = {}
    for lc in out:
        if lc.case.name in seen:
            problems.append(f"{lc.where}: name: case '{lc.case.name}' is already defined at "
                            f"{seen[lc.case.name].where}; fix: give every case its own name")  # fmt: skip
        seen.setdefault(lc.case.name, lc)
    if problems:
        raise PolicyError("invalid policy tests:\n  " + "\n  ".join(problems))
    return out


# --- one evaluation ---------------------------------------------------------------------


@dataclass(frozen=True)
class Evaluation:
    """One text judged under the policy: what was found and what was decided."""

    tool: Tool
    user: str
    today: dt.date
    findings: tuple[Finding, ...]
    decision: Decision
    # Why the text could not be scanned (the fail mode then decided), if so.
    detection_error: str | None = None

    @property
    def counts(self) -> dict[str, int]:
        return count_by_type(self.findings)

    @property
    def verdict(self) -> Action:
        """What the rules decide (monitor mode only changes whether it is enforced)."""
        return self.decision.would_action or self.decision.action


def evaluate(
    policy: Policy,
    detector: Detector,
    text: str,
    *,
    tool: Tool,
    user: str = "",
    today: dt.date | None = None,
    justified: bool = False,
    language: str | None = None,
) -> Evaluation:
    today = today or dt.date.today()
    error: str | None = None
    findings: list[Finding] = []
    try:
        findings = detector.scan(text, language)
    except DetectorError as e:
        error = str(e)
    decision = decide(
        policy, tool, findings, user=user, today=today, justified=justified, detection_failed=error is not None
    )
    return Evaluation(tool, user, today, tuple(findings), decision, error)


@dataclass(frozen=True)
class ExceptionCheck:
    """How one exception fared: the data classes it applied to and, per class, why not."""

    exception: PolicyException
    applied: tuple[DataClass, ...]
    rejected: tuple[tuple[DataClass, str], ...]

    @property
    def considered(self) -> bool:
        return bool(self.applied or self.rejected)


def exception_checks(policy: Policy, ev: Evaluation) -> list[ExceptionCheck]:
    """Every exception against every data class whose rule restricts it (the ones decide() consults)."""
    rules = {r.id: r for r in policy.rules}
    groups = policy.groups_of(ev.user)
    clients = {f.subject for f in ev.findings if f.data_class == "client" and f.subject}
    out = []
    for exc in policy.exceptions:
        applied: list[DataClass] = []
        rejected: list[tuple[DataClass, str]] = []
        for o in ev.decision.outcomes:
            if rules[o.rule_id].action == "allow":
                continue  # nothing to permit
            if o.exception_id == exc.id:
                applied.append(o.data_class)
                continue
            reason = exception_verdict(exc, tool=ev.tool, user=ev.user, groups=groups, data_class=o.data_class,
                                       clients_found=clients, today=ev.today)  # fmt: skip
            rejected.append((o.data_class, reason or f"covers it too, but {o.exception_id} came first"))
        out.append(ExceptionCheck(exc, tuple(applied), tuple(rejected)))
    return out


def describe_reason(exc: PolicyException, reason: str, *, tool: Tool, user: str, data_class: str) -> str:
    """Why an exception does not apply, in words; never a detected value (not even the client found)."""

    def names(items: list[str]) -> str:
        return ", ".join(items) or "-"

    texts = {
        "other_user": f"{f'user {user!r} is' if user else 'no user given:'} not among its users "
        f"({names(exc.who.users)}) or groups ({names(exc.who.groups)})",
        "other_tool": f"it covers tools {names(exc.tools)}, not {tool.id}",
        "other_data_class": f"it covers {names(list(exc.data_classes))}, not {data_class}",
        "not_yet_valid": f"it is valid from {exc.valid_from}",
        "expired": f"it expired on {exc.valid_until}",
        "other_client": f"it covers only the clients {names(exc.clients)}, and other client data was found",
    }
    return texts.get(reason, reason)


def notice_for(policy: Policy, ev: Evaluation, lang: str) -> str | None:
    """The notice the employee would see, or None when the request simply goes through."""
    d = ev.decision
    if d.action == "block":
        reason = "detection_error" if d.detection_failed else None
        return block_notice(policy, ev.tool, d, ev.counts, EXPLAIN_ID, lang, reason)
    if d.action == "warn":
        return warn_notice(policy, ev.tool, d, ev.counts, EXPLAIN_ID, lang, CODE_PLACEHOLDER)
    if d.action == "redact":
        return redact_notice(count_by_type(list(d.redact)), EXPLAIN_ID, lang)
    return None


# --- running cases ----------------------------------------------------------------------


@dataclass(frozen=True)
class CaseResult:
    loaded: LoadedCase
    passed: bool
    got: str
    error: str | None = None
    counts: Mapping[str, int] | None = None

    def line(self) -> str:
        c = self.loaded.case
        head = f"{'PASS' if self.passed else 'FAIL'}  {self.loaded.where}  {c.name}"
        if self.passed:
            return f"{head}: {self.got}"
        found = ", ".join(f"{t} x{n}" for t, n in (self.counts or {}).items()) or "nothing"
        return f"{head}: expected {expected(c)}, got {self.error or self.got}; found: {found}"


def expected(c: Case) -> str:
    out: str = c.expect.action
    if c.expect.rule:
        out += f" by {c.expect.rule}"
    if c.expect.exception:
        out += f" with {c.expect.exception}"
    return out


def run_case(policy: Policy, detector: Detector, loaded: LoadedCase, today: dt.date | None = None) -> CaseResult:
    c = loaded.case
    tool = next((t for t in policy.tools if t.id == c.tool), None)
    if tool is None:
        return CaseResult(loaded, False, "", f"unknown tool '{c.tool}' (not in the policy's tools)")
    ev = evaluate(policy, detector, c.text, tool=tool, user=c.user, today=c.date or today)
    d = ev.decision
    got = f"{ev.verdict} by {d.rule_id}" + (f" with {d.exception_id}" if d.exception_id else "")
    passed = (
        ev.verdict == c.expect.action
        and (c.expect.rule is None or d.rule_id == c.expect.rule)
        and (c.expect.exception is None or d.exception_id == c.expect.exception)
    )
    error = f"detection failed ({ev.detection_error})" if ev.detection_error else None
    return CaseResult(loaded, passed and error is None, got, error, ev.counts)

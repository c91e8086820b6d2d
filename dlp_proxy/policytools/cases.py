"""Policy tests (`rules/tests/*.yaml`): a text or a request, the tool, user and date, and what
the rules must decide; each judged by the proxy's own pipeline (dlp_proxy.policytools.evaluate).
Also the exception walk `policy explain` shows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import Field, ValidationError, model_validator

from dlp_proxy.adapters import RequestView
from dlp_proxy.detection.engine import Detector
from dlp_proxy.errors import PolicyError
from dlp_proxy.findings import DataClass
from dlp_proxy.policy.decision import exception_verdict
from dlp_proxy.policy.loader import PolicySource, read_yaml, validation_problems
from dlp_proxy.policy.schema import Action, Policy, PolicyException, Strict, Tool
from dlp_proxy.policytools.evaluate import Evaluation, evaluate

# --- the case files ---------------------------------------------------------------------


class Expect(Strict):
    # What the rules decide; in monitor mode that is what would be enforced.
    action: Action
    rule: str | None = None
    exception: str | None = None


class RequestSpec(Strict):
    """A whole request, as captured (browser developer tools, a proxy log): judged as it is."""

    method: str = "POST"
    url: str = Field(pattern=r"^https?://[^/?#]+")
    headers: dict[str, str] = Field(default_factory=dict)
    # The body as text, or a JSON document (sent as JSON).
    body: str | dict[str, Any] | list[Any] | None = None

    def view(self) -> RequestView:
        parts = urlsplit(self.url)
        headers = {k.lower(): v for k, v in self.headers.items()}
        if isinstance(self.body, (dict, list)):
            headers.setdefault("content-type", "application/json")
            body = json.dumps(self.body, ensure_ascii=False).encode("utf-8")
        else:
            body = (self.body or "").encode("utf-8")
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        return RequestView(self.method.upper(), parts.hostname or "", path, headers, body)


class Case(Strict):
    name: str = Field(min_length=1)
    # The prompt text, judged as the one message of a chat request; or a whole request.
    text: str | None
    request: RequestSpec | None = None
    tool: str
    user: str = ""
    # The day the request is judged on (exceptions have dates); today when absent.
    date: dt.date | None = None
    expect: Expect

    @model_validator(mode="before")
    @classmethod
    def _request_needs_no_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and "request" in data and "text" not in data:
            return {**data, "text": None}
        return data

    @model_validator(mode="after")
    def _text_or_request(self) -> Case:
        if (self.text is None) == (self.request is None):
            raise ValueError("a case needs either 'text' or 'request' (not both)")
        return self


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


def load_request(path: str | Path) -> RequestView:
    """A captured request from a YAML or JSON file (url, method, headers, body) for `policy explain`."""
    data, _ = read_yaml(Path(path))
    try:
        return RequestSpec.model_validate(data).view()
    except ValidationError as e:
        problems = validation_problems(e, {}, Path(path))
        raise PolicyError("invalid request file:\n  " + "\n  ".join(str(p) for p in problems)) from None


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
            problems.append(
                f"{lc.where}: name: case '{lc.case.name}' is already defined at "
                f"{seen[lc.case.name].where}; fix: give every case its own name"
            )
        seen.setdefault(lc.case.name, lc)
    if problems:
        raise PolicyError("invalid policy tests:\n  " + "\n  ".join(problems))
    return out


# --- exceptions, for explain ----------------------------------------------------------


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
            reason = exception_verdict(
                exc,
                tool=ev.tool,
                user=ev.user,
                groups=groups,
                data_class=o.data_class,
                clients_found=clients,
                today=ev.today,
            )
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
    tool = next((t for t in policy.known_tools() if t.id == c.tool), None)
    if tool is None:
        return CaseResult(loaded, False, "", f"unknown tool '{c.tool}' (not in the policy's tools)")
    request = c.request.view() if c.request is not None else None
    ev = evaluate(policy, detector, c.text, tool=tool, request=request, user=c.user, today=c.date or today)
    d = ev.decision
    got = f"{ev.action} by {d.rule_id}" + (f" with {d.exception_id}" if d.exception_id else "")
    passed = (
        ev.action == c.expect.action
        and (c.expect.rule is None or d.rule_id == c.expect.rule)
        and (c.expect.exception is None or d.exception_id == c.expect.exception)
    )
    error = f"detection failed ({ev.detection_error})" if ev.detection_error else None
    return CaseResult(loaded, passed and error is None, got, error, ev.counts)

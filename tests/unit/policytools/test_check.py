"""`policy check`: located load errors and the semantic checks the schema cannot make."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from dlp_proxy.detection.engine import NER_ENTITIES, pattern_recognizers
from dlp_proxy.detection.factory import client_recognizer, internal_recognizer
from dlp_proxy.findings import ENTITY_TYPES
from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.policytools.check import CheckReport, add_months, check_policy, hosts_overlap, paths_disjoint, render
from tests.paths import SHIPPED_POLICY

TODAY = date(2026, 11, 29)  # inside EXC-2026-001 and within a year of every review in rules/
# The shipped claude entry's hosts, as tools.yaml writes them (edits below start from them).
CLAUDE_HOSTS = 'hosts: [claude.ai, "*.claude.ai", claude.com, "*.claudeusercontent.com"]'


@pytest.fixture
def rules(tmp_path: Path, rules_dir: Path) -> Path:
    """An editable copy of the default policy folder."""
    return Path(shutil.copytree(rules_dir, tmp_path / "rules"))


def edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace the first `old` in one policy file; return the line (1-based) where `new` starts."""
    file = folder / name
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}: the default policy changed, update this test"
    at = text.index(old)
    file.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def lines(report: CheckReport) -> list[str]:
    return [render(p) for p in report.problems]


def test_when_default_policy_is_checked_then_it_has_no_errors_or_warnings() -> None:
    # Reads the shipped rules/ on purpose: the policy we ship must check clean (the other tests use the frozen copy).
    rules_dir, policy = SHIPPED_POLICY, load_policy(SHIPPED_POLICY)
    report = check_policy(rules_dir, TODAY)
    assert report.ok
    # One note, by design: the client tenant takes one Azure OpenAI host; the bundled service keeps
    # the others (unlisted, so refused), which is what the shipped policy wants.
    assert [ln for ln in lines(report) if ": info: " not in ln] == []
    assert [ln.split(": info: ")[1][:40] for ln in lines(report)] == ["tools[3].hosts: tool 'client-ai' takes s"]
    assert report.policy is not None and report.policy.version == policy.version


# --- load errors: file, line, field and fix -------------------------------------------------

LOAD_ERRORS = [
    # (file, old, new, field, fix fragment)
    ("tools.yaml", "    approved_for: medium", "    aproved_for: medium", "tools[2].aproved_for",
     "remove this field or correct its spelling"),
    ("tools.yaml", "reviewed: 2026-10-01", "reviewed: 2026-10-32", "tools[0].reviewed", "write the date as YYYY-MM-DD"),
    ("exceptions.yaml", "valid_until: 2027-08-31", "valid_until: 31-08-2027", "exceptions[0].valid_until",
     "write the date as YYYY-MM-DD"),
    ("exceptions.yaml", "tools: [client-ai]", "tools: [client-aj]", "exceptions[0].tools[0]",
     "did you mean 'client-ai'?"),
    ("exceptions.yaml", "groups: [project-noorderlicht]", "groups: [project-noorderlich]",
     "exceptions[0].who.groups[0]", "did you mean 'project-noorderlicht'?"),
    ("rules.yaml", "when: {tool_status: [forbidden]}", "when: {tool: [deepsek]}", "rules[0].when.tool[0]",
     "did you mean 'deepseek'?"),
    ("rules.yaml", "id: TOOL-UNLISTED", "id: TOOL-FORBIDDEN", "rules[1].id", "give each entry its own id"),
    ("rules.yaml", "    when: {}", "    when: {tool_status: [approved]}", "rules[8].when", "when: {}"),
    ("data.yaml", "  PERSON: 0.5", "  PERSONS: 0.5", "thresholds.PERSONS", "add the entity type to a data class"),
    ("tools.yaml", "status: forbidden", "status: verboden", "tools[7].status", "use one of the allowed values"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "old", "new", "field", "fix"), LOAD_ERRORS, ids=[e[3] for e in LOAD_ERRORS])
def test_when_policy_is_invalid_then_each_problem_names_file_line_field_and_fix(
    rules: Path, name: str, old: str, new: str, field: str, fix: str
) -> None:
    line = edit(rules, name, old, new)
    report = check_policy(rules, TODAY)
    assert not report.ok and report.policy is None
    [problem] = [p for p in report.problems if p.field == field]
    assert (problem.file, problem.line, problem.severity) == (str(rules / name), line, "error")
    assert fix in problem.fix
    assert render(problem).startswith(f"{rules / name}:{line}: error: {field}: ")


def test_when_yaml_is_broken_then_the_problem_names_file_and_line(rules: Path) -> None:
    line = edit(rules, "policy.yaml", '  name: "AI-beleid Voorbeeld BV"', '  name: "AI-beleid Voorbeeld BV')
    [problem] = check_policy(rules, TODAY).problems
    assert problem.file == str(rules / "policy.yaml") and problem.line is not None and problem.line >= line
    assert "YAML syntax" in problem.fix


def test_when_policy_folder_is_missing_then_one_error_says_so(tmp_path: Path) -> None:
    [problem] = check_policy(tmp_path / "nope", TODAY).problems
    assert problem.severity == "error" and "not found" in problem.message


# --- semantic checks --------------------------------------------------------------------


def rule_before_default(rule_id: str, when: str, action: str) -> tuple[str, str, str]:
    """An edit adding a rule just above DEFAULT-ALLOW."""
    rule = f"  - id: {rule_id}\n    description: x\n    when: {when}\n    action: {action}\n\n"
    return ("rules.yaml", "  - id: DEFAULT-ALLOW", rule + "  - id: DEFAULT-ALLOW")


M365_REVIEW = '    owner: "IT Werkplek"\n    reviewed: '
SEMANTIC = [
    # (id, edits [(file, old, new)], severity, field, message fragment)
    ("unknown entity type", [("data.yaml", "IP_ADDRESS, LOCATION", "IP_ADRES, LOCATION")],
     "error", "data_classes.personal.entities[6]", "no recognizer produces entity type 'IP_ADRES'"),
    ("unknown entity type in thresholds",
     [("data.yaml", "entities: [SECRET]", "entities: [SECRET, PASSWORD]"),
      ("data.yaml", "  PERSON: 0.5", "  PASSWORD: 0.4")],
     "error", "thresholds.PASSWORD", "no recognizer produces entity type 'PASSWORD'"),
    ("entity type in two classes", [("data.yaml", "entities: [CLIENT]", "entities: [CLIENT, PERSON]")],
     "warning", "data_classes.client.entities[1]", "'PERSON' is in data classes 'personal' and 'client'"),
    ("same host in two tools", [("tools.yaml", CLAUDE_HOSTS, "hosts: [claude.ai, api.openai.com]")],
     "error", "tools[5].hosts[1]",
     "host 'api.openai.com' of tool 'claude' overlaps host 'api.openai.com' of tool 'openai-api'"),
    ("wildcard covering a host", [("tools.yaml", CLAUDE_HOSTS, 'hosts: ["*.deepseek.com"]')],
     "error", "tools[7].hosts[0]",
     "host 'chat.deepseek.com' of tool 'deepseek' overlaps host '*.deepseek.com' of tool 'claude'"),
    ("expired exception", [("exceptions.yaml", "valid_until: 2027-08-31", "valid_until: 2026-11-28")],
     "warning", "exceptions[0].valid_until", "exception EXC-2026-001 expired on 2026-11-28"),
    ("exception in the future", [("exceptions.yaml", "valid_from: 2026-09-01", "valid_from: 2026-12-01")],
     "info", "exceptions[0].valid_from", "exception EXC-2026-001 starts on 2026-12-01"),
    ("exception for a client not in the list",
     [("exceptions.yaml", 'clients: ["Zorggroep Noorderlicht"]', 'clients: ["Zorggroep Noordelicht"]')],
     "warning", "exceptions[0].clients[0]", "names client 'Zorggroep Noordelicht', which is not in the client list"),
    ("review overdue", [("tools.yaml", M365_REVIEW + "2026-10-01", M365_REVIEW + "2025-11-28")],
     "warning", "tools[2].reviewed",
     "tool 'm365-copilot' was last reviewed on 2025-11-28, more than 12 months ago (due 2026-11-28); "
     "owner: IT Werkplek"),
    ("rule shadowed by one earlier rule",
     [rule_before_default("CLIENT-MEDIUM", "{data_class: [client], tool_approved_for: [medium]}", "warn")],
     "warning", "rules[8].id",
     "rule CLIENT-MEDIUM never decides: every case it fits is decided earlier by CLIENT-NOT-APPROVED"),
    ("rule shadowed by two earlier rules together",
     [rule_before_default("NOT-APPROVED", "{tool_status: [unlisted, forbidden]}", "block")],
     "warning", "rules[8].id", "decided earlier by TOOL-FORBIDDEN, TOOL-UNLISTED"),
    ("catch-all shadowed by an earlier catch-all",
     [("rules.yaml", "    when: {tool_status: [forbidden]}", "    when: {}")],
     "warning", "rules[8].id", "rule DEFAULT-ALLOW never decides"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("edits", "severity", "field", "message"), [s[1:] for s in SEMANTIC], ids=[s[0] for s in SEMANTIC]
)
def test_when_policy_has_a_semantic_problem_then_check_reports_it_where_it_is(
    rules: Path, edits: list[tuple[str, str, str]], severity: str, field: str, message: str
) -> None:
    for name, old, new in edits:
        edit(rules, name, old, new)
    report = check_policy(rules, TODAY)
    hits = [p for p in report.problems if p.field == field and message in p.message]
    assert len(hits) == 1, lines(report)
    problem = hits[0]
    assert problem.severity == severity
    assert problem.file.endswith(".yaml") and problem.line is not None and problem.fix
    assert report.ok == (severity != "error")


def test_when_exception_and_reviews_are_judged_later_then_expiry_and_overdue_reviews_show(rules_dir: Path) -> None:
    report = check_policy(rules_dir, date(2027, 12, 1))
    assert report.ok  # warnings only: exit 0
    tools = len(load_policy(rules_dir).tools)
    assert report.count("warning") == 1 + tools  # the exception, and every tool overdue for review
    assert report.count("info") == 1  # client-ai and the bundled Azure OpenAI service (see above)


def test_when_tools_share_a_host_on_paths_that_never_meet_then_no_overlap(rules: Path) -> None:
    edit(
        rules,
        "tools.yaml",
        '    hosts: [api.openai.com, "*.api.openai.com", platform.openai.com]\n',
        '    hosts: [api.openai.com, "*.api.openai.com", platform.openai.com]\n    paths: [/v1/*]\n',
    )
    edit(
        rules,
        "tools.yaml",
        'hosts: [claude.ai, "*.claude.ai", claude.com, "*.claudeusercontent.com"]',
        'hosts: [claude.ai, "*.claude.ai", claude.com, "*.claudeusercontent.com", api.openai.com]\n    paths: [/v2/*]',
    )
    assert [ln for ln in lines(check_policy(rules, TODAY)) if ": info: " not in ln] == []


def test_when_an_approved_tool_has_no_rule_of_its_own_then_nothing_is_reported(rules_dir: Path, policy: Policy) -> None:
    # m365-copilot (approved for medium) is named by no rule: fine, the general rules cover it.
    assert not any(r.when.tool or r.when.tool_approved_for == ["medium"] for r in policy.rules)
    assert not any("m365" in p.message for p in check_policy(rules_dir, TODAY).problems)


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("api.openai.com", "api.openai.com", True),
        ("*.openai.com", "api.openai.com", True),
        ("api.openai.com", "*.openai.com", True),
        ("*.openai.com", "openai.com", True),  # a wildcard also matches the bare domain
        ("*.openai.com", "*.api.openai.com", True),
        ("*.openai.com", "openai.com.evil.example", False),
        ("*.openai.com", "notopenai.com", False),
        ("api.openai.com", "chat.openai.com", False),
    ],
)
def test_host_patterns_overlap_as_the_tool_matcher_sees_them(policy: Policy, a: str, b: str, overlap: bool) -> None:
    assert hosts_overlap(policy.tools[0], a, b) is overlap


@pytest.mark.parametrize(
    ("a", "b", "disjoint"),
    [
        (["/v1/*"], ["/v2/*"], True),
        (["/*"], ["/v2/*"], False),
        (["/v1/*"], ["/v1/chat/*"], False),
        (["/api/*/chat"], ["/api/v1/*"], False),  # both match /api/v1/chat
        (["/a", "/b/*"], ["/c/*"], True),
    ],
)
def test_paths_count_as_disjoint_only_when_no_path_can_match_both(a: list[str], b: list[str], disjoint: bool) -> None:
    assert paths_disjoint(a, b) is disjoint


@pytest.mark.parametrize(
    ("start", "months", "due"),
    [
        (date(2026, 10, 1), 12, date(2027, 10, 1)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
    ],
)
def test_review_due_date_adds_calendar_months(start: date, months: int, due: date) -> None:
    assert add_months(start, months) == due


def test_entity_types_list_every_type_the_recognizers_produce(policy: Policy) -> None:
    produced = set(NER_ENTITIES)
    for r in [*pattern_recognizers("xx"), client_recognizer(policy), internal_recognizer(policy)]:
        produced |= set(r.supported_entities)
    assert produced <= set(ENTITY_TYPES), sorted(produced - set(ENTITY_TYPES))

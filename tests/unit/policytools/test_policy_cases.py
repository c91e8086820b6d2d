"""Every case in rules/tests/*.yaml, one test each, through the code path of `dlp-proxy policy test`.

A policy change that alters a decision fails here, so it is reviewed like a code change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.errors import PolicyError
from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.policy.loader import policy_files
from dlp_proxy.policytools.cases import LoadedCase, load_cases, run_case

# This module checks the shipped policy itself: its cases in rules/tests/ against rules/, not the
# frozen tests/policy/ of the other unit tests; so `policy` and `detector` here are the shipped ones.
RULES = Path(__file__).resolve().parents[3] / "rules"
CASES = load_cases(RULES / "tests")


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(RULES)


@pytest.fixture(scope="module")
def detector(policy: Policy) -> PresidioDetector:
    return build_detector(policy).load()


@pytest.mark.parametrize("loaded", CASES, ids=[f"{c.file.stem}:{c.case.name}" for c in CASES])
def test_policy_case(policy: Policy, detector: PresidioDetector, loaded: LoadedCase) -> None:
    result = run_case(policy, detector, loaded)
    assert result.passed, result.line()


def test_the_cases_are_not_part_of_the_policy() -> None:
    assert (RULES / "tests").is_dir()
    assert all(f.parent == RULES for f in policy_files(RULES))


def test_the_default_cases_cover_every_rule_and_the_exception(policy: Policy) -> None:
    rules = {c.case.expect.rule for c in CASES}
    assert {r.id for r in policy.rules} <= rules
    assert {e.id for e in policy.exceptions} <= {c.case.expect.exception for c in CASES}
    assert len(CASES) >= 20


@pytest.mark.parametrize(
    ("content", "field", "fix"),
    [
        ("cases:\n  - name: x\n    text: y\n    tool: chatgpt\n    expect: {action: allow}\n    usr: bob\n",
         "cases[0].usr", "remove this field or correct its spelling"),
        ("cases:\n  - name: x\n    text: y\n    tool: chatgpt\n    expect: {action: permit}\n",
         "cases[0].expect.action", "use one of the allowed values"),
        ("cases:\n  - name: x\n    text: y\n    tool: chatgpt\n    date: 2026-02-30\n    expect: {action: allow}\n",
         "cases[0].date", "write the date as YYYY-MM-DD"),
        ("cases:\n  - name: x\n    tool: chatgpt\n    expect: {action: allow}\n", "cases[0].text", "add this field"),
    ],
)  # fmt: skip
def test_when_a_case_file_is_invalid_then_the_error_names_file_line_field_and_fix(
    tmp_path: Path, content: str, field: str, fix: str
) -> None:
    (tmp_path / "cases.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError) as e:
        load_cases(tmp_path)
    message = str(e.value)
    assert f"{tmp_path / 'cases.yaml'}:" in message and f": {field}: " in message and f"fix: {fix}" in message


def test_when_two_cases_share_a_name_then_loading_fails(tmp_path: Path) -> None:
    case = "  - name: same\n    text: y\n    tool: chatgpt\n    expect: {action: allow}\n"
    (tmp_path / "a.yaml").write_text("cases:\n" + case + case, encoding="utf-8")
    with pytest.raises(PolicyError, match="case 'same' is already defined at"):
        load_cases(tmp_path)

"""`defaults.unlisted_kinds` / `unlisted_vendors`: each entry is a generated rule for bundled services,
placed just before the first rule for unlisted tools, vendors first; they decide like any rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dlp_proxy.errors import PolicyError
from dlp_proxy.findings import Finding
from dlp_proxy.policy import Policy, Tool, decide, load_policy
from dlp_proxy.policy.defaults import slug
from tests.unit.policy.test_bundled_loading import SERVICES

DEFAULTS = """
defaults:
  unlisted_kinds: {image: block, translation: warn, chat: allow}
  unlisted_vendors: {"deepl se": redact}
"""


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    file = tmp_path / "services.yaml"
    file.write_text(SERVICES, encoding="utf-8")
    return file


def _policy(tmp_path: Path, rules_dir: Path, catalogue: Path, defaults: str = DEFAULTS, name: str = "r") -> Policy:
    rules = Path(shutil.copytree(rules_dir, tmp_path / name))
    (rules / "defaults.yaml").write_text(defaults, encoding="utf-8")
    return load_policy(rules, catalogue=catalogue)


def _tool(policy: Policy, tool_id: str) -> Tool:
    return next(t for t in policy.known_tools() if t.id == tool_id)


def secret() -> Finding:
    return Finding("API_KEY", "secret", 0, 10, 1.0, "test")


def test_when_defaults_are_given_then_their_rules_stand_before_the_unlisted_rule_vendors_first(
    tmp_path: Path, rules_dir: Path, catalogue: Path
) -> None:
    policy = _policy(tmp_path, rules_dir, catalogue)
    ids = [r.id for r in policy.rules]
    at = ids.index("TOOL-UNLISTED")
    assert ids[at - 4 : at] == [
        "UNLISTED-VENDOR-DEEPL-SE",
        "UNLISTED-KIND-IMAGE",
        "UNLISTED-KIND-TRANSLATION",
        "UNLISTED-KIND-CHAT",
    ]
    unlisted = policy.rules[at]
    for rule in policy.rules[at - 4 : at]:
        assert rule.notice == unlisted.notice and rule.origin is not None and rule.origin.startswith("defaults.")
        assert rule.when.tool_status == ["unlisted"] and rule.when.tool_source == ["bundled"]
        assert rule.when.data_class is None  # it decides every data class
    assert ids[-1] == "DEFAULT-ALLOW"


@pytest.mark.parametrize(
    ("tool", "found", "action", "rule"),
    [
        ("midjourney", False, "block", "UNLISTED-KIND-IMAGE"),
        ("deepl", True, "redact", "UNLISTED-VENDOR-DEEPL-SE"),  # the vendor entry wins over translation: warn
        ("deepl", False, "allow", "UNLISTED-VENDOR-DEEPL-SE"),  # nothing to mask
        ("glob-ai", False, "block", "TOOL-UNLISTED"),  # an agent: no default for its kind
        ("claude", False, "block", "TOOL-UNLISTED"),  # an organisation tool: defaults never apply to it
    ],
)
def test_when_a_bundled_service_is_judged_then_its_default_decides(
    tmp_path: Path, rules_dir: Path, catalogue: Path, tool: str, found: bool, action: str, rule: str
) -> None:
    policy = _policy(tmp_path, rules_dir, catalogue)
    decision = decide(policy, _tool(policy, tool), [secret()] if found else [])
    assert (decision.action, decision.rule_id) == (action, rule)
    assert any(rule in line for line in decision.trace)  # what `policy explain` shows
    assert len(decision.redact) == (1 if action == "redact" else 0)


def test_when_a_kind_default_warns_then_a_secret_goes_with_a_reason_unless_a_secret_rule_comes_first(
    tmp_path: Path, rules_dir: Path, catalogue: Path
) -> None:
    # Documented (rules/rules.yaml, README): a generated rule decides every data class.
    policy = _policy(tmp_path, rules_dir, catalogue, "defaults: {unlisted_kinds: {translation: warn}}\n")
    deepl = _tool(policy, "deepl")
    assert decide(policy, deepl, [secret()]).action == "warn"
    assert decide(policy, deepl, [secret()], justified=True).action == "allow"
    # The policy owner who wants secrets blocked everywhere puts SECRET-BLOCK first.
    rules = tmp_path / "r"
    file = rules / "rules.yaml"
    text = file.read_text(encoding="utf-8")
    start = text.index("  - id: SECRET-BLOCK")
    end = text.index("  - id: CLIENT-NOT-APPROVED")
    block = text[start:end]
    text = text[:start] + text[end:]
    text = text.replace("  - id: TOOL-FORBIDDEN", block + "  - id: TOOL-FORBIDDEN", 1)
    file.write_text(text, encoding="utf-8")
    reordered = load_policy(rules, catalogue=catalogue)
    assert [r.id for r in reordered.rules][:3] == ["SECRET-BLOCK", "TOOL-FORBIDDEN", "UNLISTED-KIND-TRANSLATION"]
    decision = decide(reordered, _tool(reordered, "deepl"), [secret()])
    assert (decision.action, decision.rule_id) == ("block", "SECRET-BLOCK")
    assert decide(reordered, _tool(reordered, "deepl"), []).action == "warn"


def test_when_no_rule_is_for_unlisted_tools_then_the_generated_rules_go_first(
    tmp_path: Path, rules_dir: Path, catalogue: Path
) -> None:
    rules = Path(shutil.copytree(rules_dir, tmp_path / "r"))
    file = rules / "rules.yaml"
    file.write_text(file.read_text().replace("when: {tool_status: [unlisted]}", "when: {tool: [claude]}", 1))
    (rules / "defaults.yaml").write_text("defaults: {unlisted_kinds: {image: warn}}\n")
    policy = load_policy(rules, catalogue=catalogue)
    assert policy.rules[0].id == "UNLISTED-KIND-IMAGE" and policy.rules[0].notice is None


def test_when_a_rule_already_has_a_generated_id_then_loading_fails_naming_defaults(
    tmp_path: Path, rules_dir: Path, catalogue: Path
) -> None:
    rules = Path(shutil.copytree(rules_dir, tmp_path / "r"))
    file = rules / "rules.yaml"
    file.write_text(file.read_text().replace("id: TOOL-FORBIDDEN", "id: UNLISTED-KIND-IMAGE", 1))
    (rules / "defaults.yaml").write_text("defaults: {unlisted_kinds: {image: warn}}\n")
    with pytest.raises(PolicyError, match=r"defaults.yaml: defaults: rule id\(s\) \['UNLISTED-KIND-IMAGE'\]"):
        load_policy(rules, catalogue=catalogue)


@pytest.mark.parametrize(
    ("defaults", "field"),
    [
        ("defaults: {unlisted_kinds: {images: block}}", "defaults.unlisted_kinds"),
        ("defaults: {unlisted_kinds: {image: deny}}", "defaults.unlisted_kinds.image"),
        ("defaults: {unlisted_vendor: {x: block}}", "defaults.unlisted_vendor"),
    ],
)
def test_when_defaults_are_misspelt_then_error_names_file_and_field(
    tmp_path: Path, rules_dir: Path, catalogue: Path, defaults: str, field: str
) -> None:
    with pytest.raises(PolicyError) as e:
        _policy(tmp_path, rules_dir, catalogue, defaults + "\n")
    assert "defaults.yaml" in str(e.value) and field in str(e.value)


def test_when_no_defaults_are_given_then_the_rules_are_as_written(policy: Policy) -> None:
    assert not any(r.origin for r in policy.rules)


@pytest.mark.parametrize(
    ("text", "out"), [("Midjourney, Inc.", "MIDJOURNEY-INC"), ("DeepL SE", "DEEPL-SE"), ("...", "X")]
)
def test_when_a_vendor_names_a_rule_then_its_slug_is_a_valid_rule_id(text: str, out: str) -> None:
    assert slug(text) == out

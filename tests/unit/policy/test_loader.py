"""Loading rules/: the default policy, its version hash, and errors a policy owner can act on."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dlp_proxy.errors import PolicyError
from dlp_proxy.policy import Policy, load_policy


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


def line_of(folder: Path, name: str, needle: str) -> int:
    text = (folder / name).read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def load_error(folder: Path) -> str:
    with pytest.raises(PolicyError) as e:
        load_policy(folder)
    return str(e.value)


# --- the default policy -----------------------------------------------------------------


def test_when_default_rules_folder_is_loaded_then_every_part_is_present(policy: Policy) -> None:
    assert {t.id for t in policy.tools} >= {"openai-api", "chatgpt", "m365-copilot", "client-ai", "claude", "deepseek"}
    assert set(policy.data_classes) == {"personal", "client", "secret", "internal", "placeholder"}
    assert policy.rules[-1].id == "DEFAULT-ALLOW"
    assert policy.version.startswith("sha256:")


def test_when_the_same_folder_is_loaded_twice_then_the_version_is_the_same(rules_dir: Path) -> None:
    assert load_policy(rules_dir).version == load_policy(rules_dir).version


def test_when_a_copy_in_another_folder_is_loaded_then_the_version_is_the_same(rules: Path, rules_dir: Path) -> None:
    assert load_policy(rules).version == load_policy(rules_dir).version


def test_when_a_rule_changes_then_the_version_changes(rules: Path) -> None:
    before = load_policy(rules).version
    edit(rules, "rules.yaml", "    when: {data_class: [personal], tool_approved_for: [low]}\n    action: redact",
         "    when: {data_class: [personal], tool_approved_for: [low]}\n    action: block")  # fmt: skip
    after = load_policy(rules)
    assert next(r for r in after.rules if r.id == "PERSONAL-MASK-LOW").action == "block"
    assert after.version != before


def test_when_only_a_comment_changes_then_the_version_stays(rules: Path) -> None:
    before = load_policy(rules).version
    edit(rules, "rules.yaml", "rules:\n", "# reviewed by the policy owner\nrules:\n")
    assert load_policy(rules).version == before


def test_when_a_referenced_client_list_changes_then_the_version_changes(rules: Path) -> None:
    (rules / "clients.txt").write_text("Aannemersbedrijf Jansen\n", encoding="utf-8")
    edit(rules, "clients.yaml", "clients:\n", "clients:\n  names_file: clients.txt\n")
    before = load_policy(rules).version
    (rules / "clients.txt").write_text("Aannemersbedrijf Jansen\nBouwbedrijf Pietersen\n", encoding="utf-8")
    assert load_policy(rules).version != before


# --- errors: file, line, field and fix ---------------------------------------------------


def test_when_a_tool_has_an_unknown_key_then_error_names_file_line_field_and_fix(rules: Path) -> None:
    line = edit(rules, "tools.yaml", "    reviewed: 2026-10-01\n", "    reviewed: 2026-10-01\n    colour: blue\n") + 1
    message = load_error(rules)
    assert f"{rules / 'tools.yaml'}:{line}:" in message
    assert "tools[0].colour" in message
    assert "fix: remove this field or correct its spelling" in message


@pytest.mark.parametrize(
    ("file", "old", "new", "field"),
    [
        ("tools.yaml", "status: forbidden", "status: banned", "tools[7].status"),
        ("rules.yaml", "action: redact", "action: mask", "rules[6].action"),
        ("policy.yaml", "fail_mode: block", "fail_mode: maybe", "settings.fail_mode"),
        ("exceptions.yaml", "data_classes: [client, personal]", "data_classes: [client, medical]",
         "exceptions[0].data_classes[1]"),
    ],
)  # fmt: skip
def test_when_a_value_is_not_one_of_the_allowed_values_then_error_names_file_line_field_and_fix(
    rules: Path, file: str, old: str, new: str, field: str
) -> None:
    edit(rules, file, old, new)
    message = load_error(rules)
    assert f"{rules / file}:{line_of(rules, file, new)}:" in message
    assert field in message
    assert "fix: use one of the allowed values" in message


@pytest.mark.parametrize(
    ("file", "old", "new", "field"),
    [
        ("tools.yaml", "reviewed: 2026-10-01", "reviewed: 2026-13-45", "tools[0].reviewed"),  # no month 13
        ("tools.yaml", "reviewed: 2026-10-01", "reviewed: 1 oktober 2026", "tools[0].reviewed"),
        ("exceptions.yaml", "valid_until: 2027-08-31", "valid_until: 31-08-2027", "exceptions[0].valid_until"),
    ],
)
def test_when_a_date_is_invalid_then_error_names_file_line_field_and_fix(
    rules: Path, file: str, old: str, new: str, field: str
) -> None:
    edit(rules, file, old, new)
    message = load_error(rules)
    assert f"{rules / file}:{line_of(rules, file, new)}:" in message
    assert field in message
    assert "fix: write the date as YYYY-MM-DD" in message


def test_when_a_required_field_is_missing_then_error_names_file_line_field_and_fix(rules: Path) -> None:
    edit(rules, "tools.yaml", "    vendor: OpenAI\n    # Regional", "    # Regional")
    message = load_error(rules)
    # The line of the tool entry the field is missing from.
    assert f"{rules / 'tools.yaml'}:{line_of(rules, 'tools.yaml', '- id: openai-api')}:" in message
    assert "tools[0].vendor" in message
    assert "fix: add this field" in message


def test_when_a_section_is_defined_in_two_files_then_error_names_both_files_the_line_and_the_fix(
    rules: Path,
) -> None:
    (rules / "extra-tools.yaml").write_text(
        "# a second catalogue\ntools:\n  - id: x\n", encoding="utf-8"
    )  # sorted after rules/exceptions..., before tools.yaml
    message = load_error(rules)
    assert f"{rules / 'tools.yaml'}:{line_of(rules, 'tools.yaml', '\ntools:') + 1}:" in message
    assert "section 'tools'" in message
    assert str(rules / "extra-tools.yaml") in message
    assert "keep it in one file" in message


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        ("policy.yaml", "  default_language: nl\n", "  default_language: nl\n    bad: value\n"),
        (
            "tools.yaml",
            'hosts: [api.openai.com, "*.api.openai.com", platform.openai.com]',
            'hosts: [api.openai.com, "*.api.openai.com", platform.openai.com',
        ),
        ("rules.yaml", "    action: block\n", "    action: 'block\n"),
    ],
)
def test_when_yaml_is_invalid_then_error_names_file_line_and_fix(rules: Path, file: str, old: str, new: str) -> None:
    edit(rules, file, old, new)
    message = load_error(rules)
    assert re.search(rf"{re.escape(str(rules / file))}:\d+: ", message)
    assert "fix the YAML syntax" in message


def test_when_invalid_yaml_is_reported_then_its_line_is_the_broken_line(rules: Path) -> None:
    line = edit(rules, "policy.yaml", "  default_language: nl\n", "  default_language: nl\n    bad: value\n")
    message = load_error(rules)
    assert f"{rules / 'policy.yaml'}:{line + 1}:" in message


@pytest.mark.parametrize(
    ("file", "old", "new", "field", "fix"),
    [
        ("tools.yaml", "id: openai-api", "id: OpenAI API", "tools[0].id", "ids use lowercase letters"),
        ("tools.yaml", "    approved_for: low\n", "", "tools[0]", "correct the value"),  # openai-api
        ("rules.yaml", "    when: {}\n    action: allow", "    when: {tool_status: [approved]}\n    action: allow",
         "(policy)", "correct the value"),
    ],
    ids=["bad-id", "approved-without-level", "no-catch-all"],
)  # fmt: skip
def test_when_the_policy_is_inconsistent_then_error_names_the_field_and_a_fix(
    rules: Path, file: str, old: str, new: str, field: str, fix: str
) -> None:
    edit(rules, file, old, new)
    message = load_error(rules)
    assert f" {field}: " in message
    assert f"fix: {fix}" in message


def test_when_the_folder_has_no_policy_files_then_error_says_so(tmp_path: Path) -> None:
    assert "no policy files" in load_error(tmp_path)


def test_when_the_path_does_not_exist_then_error_names_it(tmp_path: Path) -> None:
    message = load_error(tmp_path / "missing")
    assert str(tmp_path / "missing") in message
    assert "policy not found" in message


def test_when_the_loader_sets_version_then_a_file_may_not_set_it(rules: Path) -> None:
    (rules / "zz.yaml").write_text("version: mine\n", encoding="utf-8")
    assert "'version' is set by dlp-proxy itself" in load_error(rules)

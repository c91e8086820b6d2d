"""`policy check` where the organisation's tools meet the bundled catalogue: another vendor or kind on a
bundled host, a service left half-known, defaults that never apply; generated rules located in defaults."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from dlp_proxy.policy import load_policy
from dlp_proxy.policy.shadowing import same_vendor
from dlp_proxy.policytools.check import CheckReport, check_policy, render
from tests.unit.policy.test_bundled_loading import SERVICES

TODAY = date(2026, 11, 29)


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    file = tmp_path / "services.yaml"
    file.write_text(SERVICES, encoding="utf-8")
    return file


# A grab-bag entry of the organisation's that lists one host of the bundled Voice Bot.
GRAB_BAG = """
  - id: grab-bag
    name: "Other voice tools"
    vendor: various
    hosts: [voicebot.example]
    category: general_use
    status: unlisted
    owner: "Informatiebeveiliging"
    reviewed: 2026-11-01
"""


@pytest.fixture
def rules(tmp_path: Path, rules_dir: Path) -> Path:
    rules = Path(shutil.copytree(rules_dir, tmp_path / "rules"))
    tools = rules / "tools.yaml"
    tools.write_text(tools.read_text(encoding="utf-8").rstrip("\n") + "\n" + GRAB_BAG, encoding="utf-8")
    return rules


def _at(rules: Path, tool_id: str) -> int:
    """Position of a tool in the copy's tools.yaml."""
    return [t.id for t in load_policy(rules).tools].index(tool_id)


def bundled_problems(report: CheckReport) -> list[str]:
    return [render(p) for p in report.problems if "bundled" in p.message or p.field.startswith("defaults")]


def test_when_an_entry_takes_a_bundled_host_with_another_vendor_then_check_warns_at_the_entry(
    rules: Path, catalogue: Path
) -> None:
    report = check_policy(rules, TODAY, catalogue)
    assert report.ok
    hits = [p for p in report.problems if p.field == f"tools[{_at(rules, 'grab-bag')}].vendor"]
    assert len(hits) == 1, bundled_problems(report)
    assert hits[0].severity == "warning" and hits[0].line is not None
    assert "tool 'grab-bag' (vendor 'various') takes host(s) voicebot.example of bundled service 'voicebot'" in (
        hits[0].message
    )


def _retarget(rules: Path, old: str, new: str) -> None:
    tools = rules / "tools.yaml"
    text = tools.read_text(encoding="utf-8")
    assert old in text
    tools.write_text(text.replace(old, new), encoding="utf-8")


def test_when_an_entry_with_a_bundled_services_id_misses_hosts_then_check_names_the_hosts_left_unknown(
    rules: Path, catalogue: Path
) -> None:
    # The organisation's entry takes the id "voicebot": it replaces the bundled service whole, and
    # the service's *.voicebot.example, which the entry does not list, is then unknown as AI.
    _retarget(rules, "id: grab-bag", "id: voicebot")
    _retarget(
        rules,
        "vendor: various\n    hosts: [voicebot.example]",
        'vendor: "Voice Bot B.V."\n    hosts: [voicebot.example]',
    )
    report = check_policy(rules, TODAY, catalogue)
    hits = [p for p in report.problems if p.field == f"tools[{_at(rules, 'voicebot')}].hosts"]
    assert len(hits) == 1, bundled_problems(report)
    assert hits[0].severity == "warning"
    assert "*.voicebot.example are no longer known as AI" in hits[0].message
    assert "voicebot" not in {t.id for t in load_policy(rules, catalogue=catalogue).bundled}


def test_when_an_entry_of_the_services_vendor_takes_some_hosts_then_check_notes_the_rest_stay_unlisted(
    rules: Path, catalogue: Path
) -> None:
    # Same vendor, another id: the entry decides for voicebot.example, the bundled service keeps
    # *.voicebot.example (unlisted, refused): safe, maybe not meant, so a note, not a warning.
    _retarget(
        rules,
        "vendor: various\n    hosts: [voicebot.example]",
        'vendor: "Voice Bot B.V."\n    hosts: [voicebot.example]',
    )
    report = check_policy(rules, TODAY, catalogue)
    hits = [p for p in report.problems if p.field == f"tools[{_at(rules, 'grab-bag')}].hosts"]
    assert len(hits) == 1, bundled_problems(report)
    assert hits[0].severity == "info"
    assert "*.voicebot.example stay in the bundled catalogue as an unlisted service" in hits[0].message
    policy = load_policy(rules, catalogue=catalogue)
    assert [policy.tool_for(h).id for h in ("voicebot.example", "x.voicebot.example")] == ["grab-bag", "voicebot"]


def test_when_another_vendors_entry_takes_some_hosts_then_only_the_vendor_is_warned_about(
    rules: Path, catalogue: Path
) -> None:
    report = check_policy(rules, TODAY, catalogue)
    grab_bag, openai = _at(rules, "grab-bag"), _at(rules, "openai-api")
    assert not [p for p in report.problems if p.field == f"tools[{grab_bag}].hosts"], bundled_problems(report)
    # openai-api is replaced whole by the organisation's entry of the same vendor, which lists every host.
    same = (f"tools[{openai}].vendor", f"tools[{openai}].hosts")
    assert not [p for p in report.problems if p.field in same]


def test_when_a_default_names_an_unknown_vendor_then_check_suggests_the_catalogues_spelling(
    rules: Path, catalogue: Path
) -> None:
    (rules / "defaults.yaml").write_text('defaults: {unlisted_vendors: {"DeepL": warn}}\n', encoding="utf-8")
    report = check_policy(rules, TODAY, catalogue)
    hits = [p for p in report.problems if p.field == "defaults.unlisted_vendors.DeepL"]
    assert len(hits) == 1 and hits[0].severity == "warning" and hits[0].line == 1
    assert "did you mean 'DeepL SE'?" in hits[0].fix


def test_when_a_generated_rule_never_decides_then_check_points_at_its_defaults_entry(
    rules: Path, catalogue: Path
) -> None:
    (rules / "defaults.yaml").write_text(
        'defaults:\n  unlisted_vendors: {"DeepL SE": warn}\n  unlisted_kinds: {translation: block}\n', encoding="utf-8"
    )
    report = check_policy(rules, TODAY, catalogue)
    hits = [p for p in report.problems if "UNLISTED-KIND-TRANSLATION never decides" in p.message]
    assert len(hits) == 1, bundled_problems(report)
    assert hits[0].field == "defaults.unlisted_kinds.translation" and hits[0].line == 3
    assert "UNLISTED-VENDOR-DEEPL-SE" in hits[0].message


def test_when_rules_are_generated_then_a_dead_rule_of_rules_yaml_is_still_located_in_rules_yaml(
    rules: Path, catalogue: Path
) -> None:
    (rules / "defaults.yaml").write_text("defaults: {unlisted_kinds: {image: warn}}\n", encoding="utf-8")
    file = rules / "rules.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("    when: {tool_status: [forbidden]}", "    when: {}", 1), encoding="utf-8")
    report = check_policy(rules, TODAY, catalogue)
    hits = [p for p in report.problems if "DEFAULT-ALLOW never decides" in p.message]
    assert len(hits) == 1 and hits[0].field == "rules[8].id" and hits[0].file.endswith("rules.yaml")


def test_when_the_catalogue_is_off_then_defaults_are_reported_as_never_applying(rules: Path, catalogue: Path) -> None:
    file = rules / "policy.yaml"
    file.write_text(
        file.read_text().replace("  fail_mode: block\n", "  fail_mode: block\n  bundled_catalogue: false\n")
    )
    (rules / "defaults.yaml").write_text("defaults: {unlisted_kinds: {image: warn}}\n", encoding="utf-8")
    report = check_policy(rules, TODAY, catalogue)
    assert [p.field for p in report.problems if "bundled_catalogue is false" in p.message] == ["defaults"]
    assert not [p for p in report.problems if "bundled service" in p.message]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("OpenAI", "OpenAI, L.L.C.", True),
        ("Midjourney, Inc.", "Midjourney", True),
        ("DeepL SE", "deepl", True),
        ("Google", "Google LLC", True),
        ("Microsoft", "Microsoft Corporation", True),
        ("Anthropic", "Anthropic PBC", True),
        ("various", "Quora", False),
        ("Quora", "Quora, Inc.", True),
    ],
)
def test_when_vendor_names_differ_only_in_legal_form_then_they_are_the_same_vendor(a: str, b: str, same: bool) -> None:
    assert same_vendor(a, b) == same

"""The cheat sheet's content: exactly the tools the loaded policy approves, grouped by category and
risk level; the do's and don'ts from cheatsheet.yaml (the seed's five by default); a sheet that
follows every edit of rules/; every policy text escaped."""

from __future__ import annotations

import os
import shutil
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from dlp_proxy.cheatsheet import render_html
from dlp_proxy.cheatsheet.content import build_sheet
from dlp_proxy.errors import PolicyError
from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.policy.cheatsheet_section import SEED_DONTS, SEED_DOS
from tests.paths import TEST_POLICY

REPO = Path(__file__).resolve().parents[3]
SHIPPED = REPO / "rules"


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A copy of the shipped rules/ to edit."""
    return Path(shutil.copytree(SHIPPED, tmp_path / "rules"))


def edit_yaml(file: Path, change: object) -> None:
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def expected_groups(policy: Policy) -> dict[tuple[str, str], list[str]]:
    """(category, level) -> names, straight from the loaded policy's organisation tools."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for tool in policy.tools:
        if tool.status == "approved":
            assert tool.approved_for is not None
            out[(tool.category, tool.approved_for)].append(tool.name)
    return dict(out)


def sheet_groups(policy: Policy, lang: str) -> dict[tuple[str, str], list[str]]:
    sheet = build_sheet(policy, lang)
    return {(c.category, g.level): list(g.tools) for c in sheet.categories for g in c.groups}


@pytest.mark.parametrize("folder", [SHIPPED, TEST_POLICY], ids=["rules", "tests-policy"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_sheet_lists_exactly_the_approved_tools_of_the_loaded_policy(folder: Path, lang: str) -> None:
    policy = load_policy(folder)
    assert sheet_groups(policy, lang) == expected_groups(policy)
    sheet = build_sheet(policy, lang)
    assert [c.category for c in sheet.categories] == ["internal_productivity", "general_use", "client_projects"]
    html = render_html(policy, lang)
    for tool in policy.tools:
        if tool.status == "approved":
            assert f"<li>{tool.name}</li>" in html


def test_services_of_the_bundled_catalogue_are_never_listed_as_approved() -> None:
    policy = load_policy(SHIPPED)
    assert policy.bundled, "the shipped policy knows the bundled catalogue"
    listed = set(build_sheet(policy, "en").tools)
    own = {t.name for t in policy.tools}
    assert not listed & ({t.name for t in policy.bundled} - own)
    unlisted = [t.name for t in policy.tools if t.status == "unlisted"]
    assert unlisted and not listed & set(unlisted)


def test_forbidden_tools_are_named_as_forbidden_and_unlisted_ones_are_not() -> None:
    policy = load_policy(SHIPPED)
    sheet = build_sheet(policy, "nl")
    assert list(sheet.forbidden) == [t.name for t in policy.tools if t.status == "forbidden"]
    assert "Claude.ai" not in sheet.forbidden


def test_when_rules_change_then_the_sheet_follows(rules: Path) -> None:
    before = load_policy(rules)
    html_before = render_html(before, "nl")

    def tools(data: dict) -> None:  # type: ignore[type-arg]
        for t in data["tools"]:
            if t["id"] == "claude":
                t.update(status="approved", approved_for="high", category="client_projects")
                t.pop("alternative", None)
            if t["id"] == "chatgpt":
                t.update(status="forbidden")
                t.pop("approved_for")

    def sheet(data: dict) -> None:  # type: ignore[type-arg]
        data["cheatsheet"]["dos"].append({"nl": "Meld een datalek meteen.", "en": "Report a data leak at once."})
        data["cheatsheet"]["donts"][0]["en"] = "Never paste a customer's files into any AI tool."

    edit_yaml(rules / "tools.yaml", tools)
    edit_yaml(rules / "cheatsheet.yaml", sheet)
    after = load_policy(rules)

    assert after.version != before.version
    groups = sheet_groups(after, "nl")
    assert groups == expected_groups(after)
    assert groups[("client_projects", "high")] == ["Beveiligde klant-AI (Azure OpenAI, eigen tenant)", "Claude.ai"]
    assert "ChatGPT (betaald, Team/Enterprise)" not in build_sheet(after, "nl").tools
    assert "ChatGPT (betaald, Team/Enterprise)" in build_sheet(after, "nl").forbidden
    html_after = render_html(after, "nl")
    assert "Meld een datalek meteen." in html_after and "Meld een datalek" not in html_before
    assert "Never paste a customer&#39;s files into any AI tool." in render_html(after, "en")
    assert after.version in html_after and before.version in html_before


def test_when_only_the_do_texts_change_then_the_version_changes(rules: Path) -> None:
    before = load_policy(rules).version
    edit_yaml(rules / "cheatsheet.yaml", lambda d: d["cheatsheet"]["dos"][0].update(en="Only approved tools."))
    assert load_policy(rules).version != before


def test_without_a_cheatsheet_section_the_seed_guides_five_apply(rules: Path) -> None:
    """The shipped cheatsheet.yaml says what the built-in default says: removing it changes nothing,
    not even the version; the frozen test policy (no cheatsheet.yaml) loads with the default."""
    with_file = load_policy(rules)
    (rules / "cheatsheet.yaml").unlink()
    without = load_policy(rules)
    assert without.version == with_file.version
    for policy in (without, load_policy(TEST_POLICY)):
        sheet = build_sheet(policy, "nl")
        assert sheet.dos == tuple(line.nl for line in SEED_DOS)
        assert sheet.donts == tuple(line.nl for line in SEED_DONTS)
    assert len(SEED_DOS) + len(SEED_DONTS) == 5
    assert build_sheet(without, "en").dos[0] == "Use only approved AI tools."


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda d: d["cheatsheet"]["dos"][0].update(en="x" * 161), "cheatsheet.dos[0].en", "at most 160"),
        (lambda d: d["cheatsheet"]["donts"].extend([{"nl": "a", "en": "b"}] * 5), "cheatsheet.donts", "at most 6"),
        (lambda d: d["cheatsheet"]["dos"][1].update(nl="   "), "cheatsheet.dos[1].nl", "at least 1"),
        (lambda d: d["cheatsheet"]["dos"][2].pop("en"), "cheatsheet.dos[2].en", "Field required"),
        (lambda d: d["cheatsheet"].update(does=[]), "cheatsheet.does", "Extra inputs"),
        (lambda d: d["cheatsheet"].update(dos=[]), "cheatsheet.dos", "at least 1"),
    ],
    ids=["too-long", "too-many", "blank", "no-english", "unknown-key", "none"],
)
def test_a_cheatsheet_text_past_its_limits_is_refused_with_file_and_field(
    rules: Path, change: object, field: str, words: str
) -> None:
    edit_yaml(rules / "cheatsheet.yaml", change)
    with pytest.raises(PolicyError) as e:
        load_policy(rules)
    assert "cheatsheet.yaml:" in str(e.value) and field in str(e.value) and words in str(e.value)


def test_the_date_is_the_policys_own_when_given_else_the_newest_files(rules: Path) -> None:
    stamp = datetime(2026, 3, 4, 12, 0).timestamp()
    for f in rules.glob("*.yaml"):
        os.utime(f, (stamp, stamp))
    newest = datetime(2026, 5, 6, 12, 0).timestamp()
    os.utime(rules / "data.yaml", (newest, newest))
    policy = load_policy(rules)
    assert policy.modified == date(2026, 5, 6)
    assert build_sheet(policy, "nl").date == "6 mei 2026"
    assert build_sheet(policy, "en").date == "6 May 2026"

    edit_yaml(rules / "cheatsheet.yaml", lambda d: d["cheatsheet"].update(date=date(2026, 12, 1)))
    dated = load_policy(rules)
    assert build_sheet(dated, "nl").date == "1 december 2026"
    assert "1 December 2026" in render_html(dated, "en")


def test_a_policy_file_may_not_set_the_date_the_loader_sets(rules: Path) -> None:
    (rules / "zz.yaml").write_text("modified: 2026-01-01\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="'modified' is set by dlp-proxy itself"):
        load_policy(rules)


def test_the_sheet_speaks_the_language_asked_for() -> None:
    policy = load_policy(SHIPPED)
    nl, en = render_html(policy, "nl"), render_html(policy, "en")
    assert '<html lang="nl">' in nl and "Goedgekeurde AI-tools" in nl and "Doen" in nl
    assert '<html lang="en">' in en and "Approved AI tools" in en and "Don&#39;t" in en
    assert policy.settings.help.nl in nl and policy.settings.help.en.replace("'", "&#39;") in en
    assert render_html(policy, "de") == en  # any other language reads as English

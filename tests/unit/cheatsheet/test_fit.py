"""Whether the sheet fits one A4 page, before anyone prints: the estimate, and `policy check`'s
warning that says what is too long. (tests/e2e/test_cheatsheet_pdf.py prints the same policies.)"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from dlp_proxy.cheatsheet.content import build_sheet
from dlp_proxy.cheatsheet.fit import Face, fit_problem, overflow_mm, parts
from dlp_proxy.cheatsheet.render import is_compact
from dlp_proxy.policy import load_policy
from dlp_proxy.policytools.check import check_policy
from tests.paths import TEST_POLICY

REPO = Path(__file__).resolve().parents[3]
# One do or don't of nearly the longest kind the schema allows (160 characters).
LONG_LINE = ("Lange regel met veel woorden die de eigenaar van het beleid schrijft " * 3)[:150]
# 25 approved tools in the three categories, names as long as the shipped ones.
NAMES = [
    "Microsoft 365 Copilot Chat", "Notion AI (Business)", "Grammarly Business", "DeepL Pro (vertalen)",
    "Miro AI (whiteboards)", "Zoom AI Companion", "Otter.ai (notulen)", "Canva Magic Studio",
    "Adobe Firefly (zakelijk)", "Perplexity Enterprise Pro", "Gemini for Workspace", "Claude for Work (Team)",
    "Mistral Le Chat Pro", "Cursor (Business)", "Tabnine Enterprise", "JetBrains AI Assistant",
    "Amazon Q Developer Pro", "Sourcegraph Cody", "Azure OpenAI (klant A)", "Azure OpenAI (klant B)",
    "Vertex AI (klantproject)", "Bedrock (klantproject)", "Intern RAG-platform", "Interne vertaal-LLM",
    "Speechmatics (transcriptie)",
]  # fmt: skip


def many_tools_policy(folder: Path, count: int = 25, *, one_list: bool = False) -> Path:
    """rules/ with `count` more approved tools, spread over categories and levels; or (`one_list`)
    all for general use at low risk, with long names (the page's tallest list)."""
    rules = Path(shutil.copytree(REPO / "rules", folder / "rules"))
    data = yaml.safe_load((rules / "tools.yaml").read_text(encoding="utf-8"))
    spread = [("internal_productivity", "medium"), ("general_use", "low"), ("client_projects", "high"),
              ("general_use", "medium"), ("internal_productivity", "low")]  # fmt: skip
    for i in range(count):
        category, level = ("general_use", "low") if one_list else spread[i % len(spread)]
        name = NAMES[i % len(NAMES)] + (" (Enterprise, EU-datalocatie)" if one_list else "")
        data["tools"].append({
            "id": f"extra-{i}", "name": name, "vendor": "Vendor", "hosts": [f"t{i}.example"],
            "category": category, "status": "approved", "approved_for": level, "owner": "IT",
            "reviewed": date(2026, 10, 1),
        })  # fmt: skip
    (rules / "tools.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return rules


def long_texts_policy(folder: Path) -> Path:
    """rules/ with six long do's and six long don'ts: each within the limits, together too much."""
    rules = Path(shutil.copytree(REPO / "rules", folder / "rules"))
    lines = [{"nl": LONG_LINE, "en": LONG_LINE}] * 6
    text = yaml.safe_dump({"cheatsheet": {"dos": lines, "donts": lines}})
    (rules / "cheatsheet.yaml").write_text(text, encoding="utf-8")
    return rules


@pytest.mark.parametrize("folder", [REPO / "rules", TEST_POLICY], ids=["rules", "tests-policy"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_shipped_policy_fits_with_room_to_spare(folder: Path, lang: str) -> None:
    sheet = build_sheet(load_policy(folder), lang)
    assert overflow_mm(sheet) < -20
    assert not is_compact(sheet)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_25_more_approved_tools_still_fit_in_the_compact_type(tmp_path: Path, lang: str) -> None:
    policy = load_policy(many_tools_policy(tmp_path))
    sheet = build_sheet(policy, lang)
    assert len(sheet.tools) == 25 + sum(t.status == "approved" for t in load_policy(REPO / "rules").tools)
    assert is_compact(sheet)
    assert fit_problem(policy, lang) is None, parts(sheet)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_25_more_tools_in_one_long_list_with_long_names_still_fit(tmp_path: Path, lang: str) -> None:
    """Long names in narrow columns wrap where the browser wraps them (after a hyphen too)."""
    assert fit_problem(load_policy(many_tools_policy(tmp_path, one_list=True)), lang) is None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_six_long_dos_and_donts_do_not_fit_and_the_message_says_which_part(tmp_path: Path, lang: str) -> None:
    problem = fit_problem(load_policy(long_texts_policy(tmp_path)), lang)
    assert problem is not None
    assert re.match(rf"the {lang} cheat sheet needs about \d+ mm of the 275 mm one A4 page has \(6 approved", problem)
    assert "largest parts: do's and don'ts" in problem  # the part to shorten comes first


def test_policy_check_warns_in_each_language_and_points_at_cheatsheet_yaml(tmp_path: Path) -> None:
    report = check_policy(long_texts_policy(tmp_path))
    assert report.ok  # a warning: the proxy enforces the policy all the same
    found = [p for p in report.problems if p.field == "cheatsheet"]
    assert [p.severity for p in found] == ["warning", "warning"]
    assert all(p.file.endswith("cheatsheet.yaml") and p.line is not None for p in found)
    assert "nl cheat sheet" in found[0].message and "en cheat sheet" in found[1].message
    assert "do's and don'ts" in found[0].fix


def test_policy_check_is_quiet_about_a_sheet_that_fits() -> None:
    assert not [p for p in check_policy(REPO / "rules", today=date(2026, 12, 1)).problems if p.field == "cheatsheet"]


@pytest.mark.parametrize(
    ("text", "chars", "lines"),
    [
        ("", 10, 1),
        ("aaaa aaaa", 9, 1),  # exactly a line
        ("aaaa aaaa", 8, 2),
        ("aa aaaa-aaaa", 8, 2),  # the browser breaks after a hyphen (else: 3 lines)
        ("a" * 25, 10, 3),  # a piece longer than a line breaks where it must
    ],
)
def test_text_wraps_as_the_browser_wraps_it(text: str, chars: int, lines: int) -> None:
    face = Face(10, 1.2)
    assert face.lines(text, face.width("a" * chars) + 0.01) == lines

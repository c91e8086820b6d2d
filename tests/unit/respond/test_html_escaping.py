"""Markup from the policy, the log or an employee stays text in every HTML page the proxy renders.

The compliance report and the block page are Jinja2 templates with autoescape (dlp_proxy.templating):
a hostile justification, user or catalogue text comes out escaped, never as a tag or an
attribute, and template syntax inside a value is never evaluated.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml

from dlp_proxy.audit import DecisionLog, build_record
from dlp_proxy.audit.report import build_report
from dlp_proxy.audit.report_html import render as render_report
from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.policy.decision import Decision
from dlp_proxy.respond import blockpage
from dlp_proxy.templating import environment

SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(1)>'
TEMPLATE = "{{ 7*7 }}"
HOSTILE = f"{SCRIPT} {BREAKOUT} {TEMPLATE}"


class _Page(HTMLParser):
    """The tags, attribute names and text (entities decoded) a browser would see."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.chunks: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.chunks))


def assert_shown_only_as_text(page: str) -> None:
    parsed = _Page(page)
    assert not {"script", "img"} & parsed.tags
    assert not {"src", "onerror"} & parsed.attrs
    assert SCRIPT not in page and '"><img' not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert TEMPLATE in page  # as written: never evaluated to 49
    assert HOSTILE in parsed.text  # the whole value, intact, as text


@pytest.fixture
def hostile_policy(rules_dir: Path, tmp_path: Path) -> Policy:
    """The default policy with markup in catalogue texts, the help text, the owner and the name."""
    rules = Path(shutil.copytree(rules_dir, tmp_path / "rules"))
    tools_file, settings_file = rules / "tools.yaml", rules / "policy.yaml"
    tools: dict[str, Any] = yaml.safe_load(tools_file.read_text(encoding="utf-8"))
    for tool in tools["tools"]:
        if tool["id"] in ("claude", "deepseek", "chatgpt"):  # unlisted, forbidden, approved
            tool.update(name=f"{tool['name']} {HOSTILE}", alternative=HOSTILE, notes=HOSTILE)
    tools_file.write_text(yaml.safe_dump(tools, allow_unicode=True), encoding="utf-8")
    settings: dict[str, Any] = yaml.safe_load(settings_file.read_text(encoding="utf-8"))
    settings["settings"].update(name=HOSTILE, owner=HOSTILE, help={"nl": HOSTILE, "en": HOSTILE})
    settings_file.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return load_policy(rules)


def _logged_justification(policy: Policy, folder: Path) -> Path:
    """One real decision record, with a hostile justification and user, written through the decision log."""
    tool = next(t for t in policy.tools if t.id == "claude")
    record = build_record(
        decision_id="0123456789abcdef",
        policy=policy,
        tool=tool,
        decision=Decision(action="warn", rule_id="INTERNAL-LOW-TOOL"),
        entity_counts={"INTERNAL_MARKER": 1},
        method="POST",
        host="claude.ai",
        path="/api/append_message",
        client_address="10.0.0.7",
        user=HOSTILE,
        adapter="claude_web",
        endpoint="completion",
        language="nl",
        bytes_scanned=120,
        latency_ms=3.0,
        justification=HOSTILE,
    )
    log = DecisionLog(str(folder / "decisions.jsonl"))
    log.write(record)
    log.close()
    return folder


def test_when_a_justification_and_user_hold_markup_then_the_report_shows_them_only_as_text(
    hostile_policy: Policy, tmp_path: Path
) -> None:
    summary = build_report(_logged_justification(hostile_policy, tmp_path / "logs"))
    assert summary["justifications"]["items"][0]["justification"] == HOSTILE  # the log kept it as written

    page = render_report(summary)

    assert_shown_only_as_text(page)
    assert page.count("&lt;script&gt;") >= 2  # the justification and the user, both escaped


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("tool_id", ["claude", "deepseek"])
def test_when_policy_texts_hold_markup_then_the_block_page_shows_them_only_as_text(
    hostile_policy: Policy, tool_id: str, lang: str
) -> None:
    tool = next(t for t in hostile_policy.tools if t.id == tool_id)
    rule_id = f"TOOL-{tool.status.upper()}"

    page = blockpage.response(hostile_policy, tool, "0123456789abcdef", lang, rule_id).body.decode("utf-8")

    assert_shown_only_as_text(page)
    text = _Page(page).text
    assert f"ChatGPT (betaald, Team/Enterprise) {HOSTILE}" in text  # an approved tool in the list
    notes = {"nl": "Toelichting", "en": "Why"}[lang]
    assert (f"{notes}: {HOSTILE}" in text) is (tool_id == "deepseek")  # only a forbidden tool's notes


def test_when_a_template_renders_then_autoescape_is_on_for_every_name_and_unknown_names_raise() -> None:
    for package in ("dlp_proxy.respond", "dlp_proxy.audit"):
        env = environment(package)
        assert env is environment(package)  # built once per package
        assert env.from_string("{{ v }}").render(v=SCRIPT) == "&lt;script&gt;alert(1)&lt;/script&gt;"
        assert callable(env.autoescape)
        assert all(env.autoescape(name) for name in [*env.list_templates(), "any.txt", None])
    with pytest.raises(jinja2.UndefinedError):
        environment("dlp_proxy.respond").get_template("blockpage.html.j2").render()

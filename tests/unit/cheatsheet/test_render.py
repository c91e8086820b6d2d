"""The cheat sheet's HTML: one self-contained page for A4, every policy text escaped, and the portal
addresses it prints equal to the portal's own."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from dlp_proxy.cheatsheet import content as sheet_content
from dlp_proxy.cheatsheet import render_html
from dlp_proxy.policy import load_policy
from dlp_proxy.portal import web

REPO = Path(__file__).resolve().parents[3]
MARKUP = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_page_is_self_contained_and_prints_on_a4(lang: str) -> None:
    html = render_html(load_policy(REPO / "rules"), lang)
    assert "<script" not in html.lower()
    assert not re.search(r"\b(src|srcset)\s*=", html, re.I)
    assert "@import" not in html and "url(" not in html
    assert re.search(r"@page\s*\{\s*size:\s*A4", html)
    assert "@media print" in html
    # The only addresses are the portal's (links an employee follows), none a resource to load.
    addresses = set(re.findall(r"https?://[^\s\"'<>)]+", html))
    assert addresses and all(a.startswith("http://dlp-proxy.local/") for a in addresses)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_markup_in_a_tool_name_a_do_or_the_help_line_is_shown_as_text(tmp_path: Path, lang: str) -> None:
    rules = Path(shutil.copytree(REPO / "rules", tmp_path / "rules"))
    tools = yaml.safe_load((rules / "tools.yaml").read_text(encoding="utf-8"))
    tools["tools"][0]["name"] = "Tool " + MARKUP
    tools["tools"].append({**tools["tools"][1], "id": "evil", "name": MARKUP, "hosts": ["evil.example"],
                           "status": "forbidden"})  # fmt: skip
    tools["tools"][-1].pop("approved_for")
    (rules / "tools.yaml").write_text(yaml.safe_dump(tools), encoding="utf-8")
    sheet = yaml.safe_load((rules / "cheatsheet.yaml").read_text(encoding="utf-8"))
    sheet["cheatsheet"]["dos"][0] = {"nl": "Doe " + MARKUP, "en": "Do " + MARKUP}
    sheet["cheatsheet"]["donts"][0] = {"nl": MARKUP, "en": MARKUP}
    (rules / "cheatsheet.yaml").write_text(yaml.safe_dump(sheet), encoding="utf-8")
    policy_file = rules / "policy.yaml"
    text = policy_file.read_text(encoding="utf-8")
    text = text.replace('name: "AI-beleid Voorbeeld BV"', 'name: "<b>Beleid</b>"')
    text = text.replace('owner: "Informatiebeveiliging, security@voorbeeld.nl"', 'owner: "<i>owner</i>"')
    policy_file.write_text(text, encoding="utf-8")

    policy = load_policy(rules)
    assert policy.settings.name == "<b>Beleid</b>" and policy.tools[0].name.endswith(MARKUP)
    html = render_html(policy, lang)
    assert "<script" not in html and "<img" not in html and "<b>Beleid" not in html and "<i>owner" not in html
    escaped = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
    assert html.count(escaped) >= 4  # the approved tool, the forbidden one, the do, the don't
    assert "&lt;b&gt;Beleid&lt;/b&gt;" in html and "&lt;i&gt;owner&lt;/i&gt;" in html


def test_the_portal_addresses_on_the_sheet_are_the_portals() -> None:
    """content.py writes them out (the portal sits above this package); they must not drift."""
    assert sheet_content.PORTAL_ORIGIN == web.PORTAL_ORIGIN
    assert sheet_content.CHEATSHEET_URL == web.cheatsheet_url()
    assert sheet_content.REQUEST_TOOL_URL == web.url(web.REQUEST_TOOL)
    assert sheet_content.DECISION_URL_PATTERN == web.PORTAL_ORIGIN + web.DECISION + "…"
    html = render_html(load_policy(REPO / "rules"), "nl")
    assert f'href="{web.url(web.REQUEST_TOOL)}"' in html and f'href="{web.cheatsheet_url()}"' in html

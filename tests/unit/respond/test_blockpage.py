"""The block page: which requests get it, what it says, and how the pipeline and the addon serve it."""

from __future__ import annotations

import asyncio
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from mitmproxy.test import taddons, tflow

from dlp_proxy.adapters import RequestView
from dlp_proxy.findings import Finding
from dlp_proxy.pipeline.inspection import Verdict
from dlp_proxy.policy import Policy, Tool
from dlp_proxy.proxy.interceptor import DlpAddon
from dlp_proxy.respond import blockpage
from tests.unit.judge import judge

NAVIGATE = {"sec-fetch-mode": "navigate", "sec-fetch-dest": "document", "accept": "text/html,*/*;q=0.8"}


class _Text(HTMLParser):
    """The visible text of a page, and the tags and attributes it uses."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.text))


def parse(page: str) -> _Text:
    parser = _Text()
    parser.feed(page)
    return parser


def text_of(page: str) -> str:
    return parse(page).visible


# --- which requests are page requests -----------------------------------------------------


@pytest.mark.parametrize(
    ("method", "headers", "expected"),
    [
        ("GET", NAVIGATE, True),
        ("GET", {"sec-fetch-mode": "navigate", "sec-fetch-dest": "iframe"}, True),
        ("HEAD", {"sec-fetch-mode": "navigate"}, True),
        ("GET", {"sec-fetch-mode": "cors", "sec-fetch-dest": "empty", "accept": "text/html"}, False),
        ("GET", {"sec-fetch-mode": "no-cors", "sec-fetch-dest": "script", "accept": "*/*"}, False),
        ("GET", {"sec-fetch-mode": "no-cors", "sec-fetch-dest": "image", "accept": "image/avif,*/*"}, False),
        ("GET", {"accept": "text/html,application/xhtml+xml"}, True),  # no fetch metadata: curl, old browsers
        ("GET", {"accept": "application/json"}, False),
        ("GET", {}, False),
        ("POST", NAVIGATE, False),  # a form post carries a prompt: the adapters judge it
    ],
)
def test_when_a_request_comes_in_then_only_page_loads_count_as_pages(
    method: str, headers: dict[str, str], expected: bool
) -> None:
    assert blockpage.is_page_request(method, headers) is expected


def test_when_the_tool_is_approved_then_the_block_page_never_applies(tools: dict[str, Tool]) -> None:
    assert not blockpage.applies(tools["chatgpt"], "GET", NAVIGATE)
    assert blockpage.applies(tools["claude"], "GET", NAVIGATE)
    assert blockpage.applies(tools["deepseek"], "GET", NAVIGATE)


# --- what the page says -------------------------------------------------------------------


def test_when_an_unlisted_tool_is_opened_then_the_page_says_why_and_lists_the_approved_tools_in_dutch(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    text = text_of(blockpage.render(policy, tools["claude"], "a1b2c3d4e5f60718", "nl", "TOOL-UNLISTED"))

    assert "Deze AI-tool is niet toegestaan" in text
    assert "Claude.ai staat niet op de lijst met goedgekeurde AI-tools" in text
    assert "niet beoordeeld" in text
    assert "Gebruik in plaats daarvan: ChatGPT (betaald)" in text
    for tool in policy.tools:  # every approved tool, with the level it is approved for, and no other
        assert (tool.name in text) is (tool.status == "approved" or tool.id == "claude"), tool.id
    assert "Microsoft 365 Copilot (ook voor interne informatie)" in text
    assert "OpenAI API (bedrijfsaccount) (voor gegevens met laag risico)" in text
    assert "Beveiligde klant-AI (Azure OpenAI, eigen tenant) (ook voor klantgegevens" in text
    assert policy.settings.help.nl in text and policy.settings.owner in text
    assert "Regel TOOL-UNLISTED" in text and "Beslissing: a1b2c3d4e5f60718" in text


def test_when_a_forbidden_tool_is_opened_then_the_page_gives_the_catalogue_notes_in_english(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    deepseek = tools["deepseek"]
    assert deepseek.notes
    text = text_of(blockpage.render(policy, deepseek, "ffee", "en", "TOOL-FORBIDDEN"))

    assert "This AI tool is not allowed" in text
    assert "DeepSeek is forbidden in our organisation." in text
    assert f"Why: {deepseek.notes}" in text
    assert "Use instead: ChatGPT (betaald)" in text
    assert "Approved AI tools" in text and "(internal information too)" in text
    assert policy.settings.help.en in text and "Decision: ffee" in text
    assert "not been assessed" not in text


def test_when_catalogue_texts_hold_markup_then_the_page_escapes_them(policy: Policy, tools: dict[str, Tool]) -> None:
    hostile = tools["deepseek"].model_copy(
        update={"name": "<script>alert(1)</script>", "notes": "<img src=x onerror=alert(2)>", "alternative": "a&b"}
    )
    page = blockpage.render(policy, hostile, "<id>", "en")

    parsed = parse(page)
    assert parsed.tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "h1",
        "h2",
        "p",
        "b",
        "ul",
        "li",
        "span",
        "a",  # the links to the portal's pages
    }
    assert "src" not in parsed.attrs and "onerror" not in parsed.attrs
    assert "<script>alert(1)</script> is forbidden" in text_of(page)  # shown as text, not run
    assert "Use instead: a&b" in text_of(page)


def test_when_the_page_is_served_then_it_is_a_self_contained_uncached_403(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    answer = blockpage.response(policy, tools["claude"], "0011223344556677", "en", "TOOL-UNLISTED")

    assert answer.status == 403
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert answer.headers["cache-control"] == "no-store"
    assert answer.headers["x-dlp-decision-id"] == "0011223344556677"
    page = answer.body.decode("utf-8")
    # Nothing loaded from elsewhere: the only addresses are the links to the portal's pages.
    rest = re.sub(r'href="http://dlp-proxy\.local/[^"]*"', "", page)
    assert "http:" not in rest and "https:" not in rest and "//" not in rest
    assert not {"script", "link", "img", "iframe"} & parse(page).tags


# --- the pipeline and the addon serve it --------------------------------------------------


async def _no_scan(text: str) -> list[Finding]:
    raise AssertionError("a body-less page request has nothing to scan")


def _inspect(policy: Policy, tool: Tool, host: str, headers: dict[str, str], method: str = "GET") -> Verdict:
    request = RequestView(method, host, "/", headers, b"")
    return asyncio.run(
        judge(
            request, policy=policy, tool=tool, scan=_no_scan, client_address="10.0.0.7", user="10.0.0.7", language="en"
        )
    )


def test_when_a_browser_opens_an_unlisted_tool_then_the_pipeline_answers_with_the_page_and_logs_navigation(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    verdict = _inspect(policy, tools["claude"], "claude.ai", NAVIGATE)

    assert verdict.action == "block" and verdict.response is not None
    assert verdict.response.headers["content-type"].startswith("text/html")
    assert verdict.decision_id in verdict.response.body.decode()
    assert verdict.record["endpoint"] == "navigation"
    assert (verdict.record["tool"], verdict.record["rule_id"]) == ("claude", "TOOL-UNLISTED")


def test_when_a_page_of_an_unlisted_tool_fetches_its_api_then_the_adapter_notice_answers(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    verdict = _inspect(policy, tools["claude"], "claude.ai", {"sec-fetch-mode": "cors", "accept": "*/*"})

    assert verdict.action == "block" and verdict.response is not None
    assert verdict.record["endpoint"] != "navigation"
    assert b"Deze AI-tool is niet toegestaan" not in verdict.response.body
    assert b"This AI tool is not allowed" not in verdict.response.body


def test_when_a_browser_opens_an_approved_tool_then_there_is_no_page(policy: Policy, tools: dict[str, Tool]) -> None:
    verdict = _inspect(policy, tools["chatgpt"], "chatgpt.com", NAVIGATE)

    assert verdict.action == "allow" and verdict.response is None


def _page_flow(host: str, **headers: str) -> Any:
    flow = tflow.tflow()
    flow.request.scheme, flow.request.host, flow.request.port = "https", host, 443
    flow.client_conn.sni = host
    flow.request.method, flow.request.path = "GET", "/"
    flow.request.headers.clear()
    flow.request.headers["host"] = host
    for name, value in headers.items():
        flow.request.headers[name.replace("_", "-")] = value
    flow.request.content = b""
    return flow


def test_when_the_addon_sees_a_navigation_to_a_forbidden_tool_then_it_serves_the_page_and_writes_the_record(
    rules_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "decisions.jsonl"
    page = _page_flow("chat.deepseek.com", sec_fetch_mode="navigate", sec_fetch_dest="document", accept_language="en")
    asset = _page_flow("chat.deepseek.com", sec_fetch_mode="no-cors", sec_fetch_dest="image")

    async def run() -> None:
        addon = DlpAddon()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, dlp_policy=str(rules_dir), dlp_audit_log=str(log), dlp_reload_ms=0, dlp_workers=0)
            await addon.request(page)
            await addon.request(asset)
            addon.done()

    asyncio.run(run())

    assert page.response is not None and page.response.status_code == 403
    body = page.response.get_text()
    assert body is not None and "DeepSeek is forbidden in our organisation." in text_of(body)
    assert asset.response is not None and "text/html" not in asset.response.headers.get("content-type", "")
    first, second = (json.loads(line) for line in log.read_text(encoding="utf-8").splitlines())
    assert (first["endpoint"], first["action"], first["rule_id"]) == ("navigation", "block", "TOOL-FORBIDDEN")
    assert first["decision_id"] in body and first["decision_id"] == page.response.headers["x-dlp-decision-id"]
    assert second["endpoint"] != "navigation" and second["action"] == "block"


def test_the_block_page_links_to_its_decision_page_the_cheat_sheet_and_for_an_unlisted_tool_the_assessment_form(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    unlisted = next(t for t in policy.tools if t.status == "unlisted")
    page = blockpage.render(policy, unlisted, "a1b2c3d4e5f60718", "nl", "TOOL-UNLISTED")
    assert 'href="http://dlp-proxy.local/d/a1b2c3d4e5f60718"' in page
    assert 'href="http://dlp-proxy.local/cheatsheet"' in page
    ask = f'href="http://dlp-proxy.local/request/tool?tool={unlisted.id}&amp;d=a1b2c3d4e5f60718"'
    assert ask in page and "Vraag om deze tool te laten beoordelen" in text_of(page)

    forbidden = blockpage.render(policy, tools["deepseek"], "ffee", "en", "TOOL-FORBIDDEN")
    assert 'href="http://dlp-proxy.local/d/ffee"' in forbidden
    assert "/request/tool" not in forbidden  # a forbidden tool was assessed already

"""The first-contact page and its form, without a proxy: what counts as a page navigation, where the
browser may be sent back to, both CSRF checks, the record, and escaping."""

from __future__ import annotations

import asyncio
import html
import json
import re
from collections.abc import Mapping
from typing import Any

import pytest

from dlp_proxy.policy import Policy, Tool
from dlp_proxy.portal.acks import MemoryAcks
from dlp_proxy.portal.first_contact import (
    ACK_PATH,
    Visit,
    acknowledge,
    is_navigation,
    page,
    prefers_html,
    safe_target,
)
from dlp_proxy.portal.web import PortalReply, PortalRequest

SECRET = b"s" * 32
ORIGIN = "https://chatgpt.com"
XSS = "<script>alert(1)</script>"
TOOL = {
    "id": "chatgpt",
    "name": "ChatGPT",
    "vendor": "OpenAI",
    "hosts": ["chatgpt.com"],
    "category": "general_use",
    "status": "approved",
    "approved_for": "low",
    "owner": "security",
    "reviewed": "2026-01-01",
}

CHROMIUM_PAGE = {
    "accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
    "sec-fetch-dest": "document",
    "sec-fetch-mode": "navigate",
    "sec-fetch-site": "none",
    "sec-fetch-user": "?1",
}


@pytest.mark.parametrize(
    ("method", "headers", "expected"),
    [
        ("GET", CHROMIUM_PAGE, True),
        ("GET", {"sec-fetch-dest": "document", "sec-fetch-mode": "navigate", "accept": "*/*"}, True),
        # older browsers without Sec-Fetch headers: an Accept that prefers HTML
        ("GET", {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}, True),
        ("GET", {"sec-fetch-mode": "navigate", "accept": "text/html"}, True),
        # the page's own fetch/XHR, frames, scripts
        ("GET", {"sec-fetch-dest": "empty", "sec-fetch-mode": "cors", "accept": "text/html"}, False),
        ("GET", {"sec-fetch-dest": "iframe", "sec-fetch-mode": "navigate", "accept": "text/html"}, False),
        ("GET", {"sec-fetch-dest": "script", "sec-fetch-mode": "no-cors"}, False),
        ("GET", {"sec-fetch-mode": "cors", "accept": "text/html"}, False),
        ("GET", {"accept": "text/html", "x-requested-with": "XMLHttpRequest"}, False),
        # SDKs, curl, httpx
        ("GET", {"accept": "application/json", "user-agent": "OpenAI/Python 1.50.0"}, False),
        ("GET", {"accept": "*/*", "user-agent": "curl/8.5.0"}, False),
        ("GET", {}, False),
        ("GET", {"accept": "text/html;q=0.5, application/json"}, False),
        # a WebSocket handshake, whatever else it says
        ("GET", {**CHROMIUM_PAGE, "upgrade": "websocket", "connection": "Upgrade"}, False),
        # only GET
        ("POST", CHROMIUM_PAGE, False),
        ("HEAD", CHROMIUM_PAGE, False),
    ],
)
def test_navigation_is_a_browser_loading_a_page_never_an_api_call(
    method: str, headers: dict[str, str], expected: bool
) -> None:
    assert is_navigation(method, headers) is expected


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("text/html", True), ("*/*", False), ("text/*", False), ("application/json, text/html;q=0", False), ("", False)],
)
def test_prefers_html_needs_html_named_and_liked_best(accept: str, expected: bool) -> None:
    assert prefers_html(accept) is expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/", "/"),
        ("/c/abc-123?model=gpt-4o&x=1", "/c/abc-123?model=gpt-4o&x=1"),
        ("https://evil.example/", "/"),
        ("//evil.example/x", "/"),
        ("/\\evil.example", "/"),
        ("/\t/evil.example", "/"),
        (" /x", "/"),
        ("javascript:alert(1)", "/"),
        ("", "/"),
        (ACK_PATH, "/"),
        ("/" + "a" * 5000, "/"),
    ],
)
def test_the_browser_goes_back_only_to_a_path_on_the_same_host(target: str, expected: str) -> None:
    assert safe_target(target) == expected


# --- the page and the form ------------------------------------------------------------------


class Log:
    """The decision log's `commit`, recording; `fail` makes it raise as a full disk does."""

    def __init__(self, fail: bool = False) -> None:
        self.records: list[dict[str, Any]] = []
        self.fail = fail

    async def commit(self, record: dict[str, Any]) -> None:
        if self.fail:
            raise OSError(28, "No space left on device")
        self.records.append(record)


async def _secret() -> bytes:
    return SECRET


def visit(policy: Policy, tool: Tool, log: Log | None = None, key: bytes | None = None) -> Visit:
    return Visit(policy, tool, ORIGIN, log or Log(), MemoryAcks(), _secret, key)


def request(
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    form: dict[str, str] | None = None,
    user: str = "alice",
) -> PortalRequest:
    from urllib.parse import urlencode

    return PortalRequest(
        method=method,
        path=ACK_PATH if method == "POST" else "/",
        query={},
        headers=dict(headers or {}),
        body=urlencode(form or {}).encode(),
        user=user,
        identity_source="proxy_auth",
        client_address="10.1.2.3",
        via="proxy",
    )


def post(v: Visit, token: str, target: str = "/c/1?x=2", user: str = "alice", **headers: str) -> PortalReply:
    head = {"sec-fetch-site": "same-origin", "accept-language": "en", **headers}
    return asyncio.run(acknowledge(request("POST", head, {"token": token, "target": target}, user), v))


def token(policy: Policy, user: str = "alice") -> str:
    """The token of the page `user` was shown under `policy`."""
    reply = asyncio.run(page(request(user=user), visit(policy, Tool.model_validate(TOOL)), "/"))
    found = re.search(r'name="token" value="([^"]+)"', reply.body.decode())
    assert found
    return found.group(1)


def edited(policy: Policy) -> Policy:
    """The policy after an edit: another version."""
    return policy.model_copy(update={"version": "sha256:0000000000000000"})


@pytest.fixture
def chatgpt(tools: dict[str, Tool]) -> Tool:
    return tools["chatgpt"]


def test_the_page_summarises_the_policy_in_the_browsers_language(policy: Policy, chatgpt: Tool) -> None:
    for lang, words in (
        ("en", ("I understand", "Do", "Low-risk")),
        ("nl", ("Ik begrijp het", "Niet doen", "laag risico")),
    ):
        reply = asyncio.run(page(request(headers={"accept-language": lang}), visit(policy, chatgpt), "/c/1?x=2"))
        text = html.unescape(reply.body.decode())
        assert reply.status == 200 and reply.headers["cache-control"] == "no-store"
        assert "form-action 'self'" in reply.headers["content-security-policy"]
        assert all(w in text for w in words), (lang, text)
        assert chatgpt.name in text and policy.version in text
        assert all(line.get(lang) in text for line in [*policy.cheatsheet.dos, *policy.cheatsheet.donts])
        assert "http://dlp-proxy.local/cheatsheet" in text
        assert f'action="{ACK_PATH}"' in text and 'name="target" value="/c/1?x=2"' in text


def test_the_page_escapes_every_field_the_policy_or_the_address_supplies(policy: Policy, chatgpt: Tool) -> None:
    help_texts = policy.settings.help.model_copy(update={"en": XSS})
    settings = policy.settings.model_copy(update={"name": XSS, "owner": XSS, "help": help_texts})
    sheet = policy.cheatsheet.model_copy(
        update={"dos": [policy.cheatsheet.dos[0].model_copy(update={"en": XSS})], "donts": policy.cheatsheet.donts}
    )
    hostile = policy.model_copy(update={"settings": settings, "cheatsheet": sheet})
    tool = chatgpt.model_copy(update={"name": XSS})
    reply = asyncio.run(page(request(headers={"accept-language": "en"}), visit(hostile, tool), f"/?q={XSS}"))
    body = reply.body.decode()
    assert "<script" not in body
    # <title>, heading, intro (tool, policy name), "what ... may receive", a do, the target, name, owner, help
    assert body.count("&lt;script&gt;") == 10


def test_when_the_token_and_origin_are_right_then_the_record_is_logged_and_the_browser_goes_back(
    policy: Policy, chatgpt: Tool
) -> None:
    log = Log()
    v = visit(policy, chatgpt, log)
    reply = post(v, token(policy))
    assert (reply.status, reply.headers["location"]) == (303, "/c/1?x=2")
    assert log.records == [
        {
            "event": "acknowledgement",
            "schema_version": 1,
            "user": "alice",
            "identity_source": "proxy_auth",
            "client_address": "10.1.2.3",
            "policy_version": policy.version,
            "policy_name": policy.settings.name,
            "tool": "chatgpt",
            "language": "en",
        }
    ]
    assert asyncio.run(v.acks.acknowledged("alice", policy.version))
    # a second click (another tab): back again, no second record
    assert post(v, token(policy)).status == 303 and len(log.records) == 1


def test_the_record_holds_no_address_the_user_wanted_and_pseudonyms_when_the_policy_says_so(
    policy: Policy, chatgpt: Tool
) -> None:
    log = Log()
    post(visit(policy, chatgpt, log, key=b"k" * 32), token(policy), target="/c/1?q=jan@example.nl")
    [record] = log.records
    assert record["user"].startswith("p:") and record["client_address"].startswith("p:")
    assert "alice" not in json.dumps(record) and "example.nl" not in json.dumps(record)


@pytest.mark.parametrize(
    ("why", "make_token", "headers"),
    [
        ("a wrong token", lambda p: "not-a-token", {}),
        ("another user's token", lambda p: token(p, "bob"), {}),
        ("a cross-site post", lambda p: token(p), {"sec-fetch-site": "cross-site"}),
        (
            "another site's origin, no sec-fetch",
            lambda p: token(p),
            {"sec-fetch-site": "", "origin": "https://evil.example"},
        ),
        ("neither sec-fetch nor origin", lambda p: token(p), {"sec-fetch-site": ""}),
        ("a token from the page of another policy version", lambda p: token(edited(p)), {}),
    ],
)
def test_when_a_csrf_check_fails_then_nothing_is_logged_and_the_page_shows_again(
    policy: Policy, chatgpt: Tool, why: str, make_token: Any, headers: dict[str, str]
) -> None:
    log = Log()
    v = visit(policy, chatgpt, log)
    head = {k: v for k, v in headers.items() if v}
    if headers.get("sec-fetch-site") == "":
        reply = asyncio.run(
            acknowledge(
                request("POST", {"accept-language": "en", **head}, {"token": make_token(policy), "target": "/"}), v
            )
        )
    else:
        reply = post(v, make_token(policy), **head)
    assert reply.status == 403, why
    assert b"could not be checked" in reply.body and b"I understand" in reply.body
    assert log.records == [] and not asyncio.run(v.acks.acknowledged("alice", policy.version))


def test_when_the_origin_is_the_tools_own_without_sec_fetch_then_it_counts(policy: Policy, chatgpt: Tool) -> None:
    log = Log()
    v = visit(policy, chatgpt, log)
    form = {"token": token(policy), "target": "/"}
    reply = asyncio.run(acknowledge(request("POST", {"origin": ORIGIN}, form), v))
    assert reply.status == 303 and len(log.records) == 1


def test_when_the_log_is_down_then_no_acknowledgement_and_the_page_says_so(policy: Policy, chatgpt: Tool) -> None:
    v = visit(policy, chatgpt, Log(fail=True))
    reply = post(v, token(policy))
    assert reply.status == 503
    assert b"could not be recorded" in reply.body and b"I understand" in reply.body
    assert not asyncio.run(v.acks.acknowledged("alice", policy.version))


def test_a_post_never_sends_the_browser_to_another_host(policy: Policy, chatgpt: Tool) -> None:
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        reply = post(visit(policy, chatgpt), token(policy), target=target)
        assert (reply.status, reply.headers["location"]) == (303, "/")

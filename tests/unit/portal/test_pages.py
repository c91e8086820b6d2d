"""The portal's pages, without a proxy: the decision page and who may see it, the not-found page
that is no oracle, escaping of every policy- and user-supplied field, no value on any page, the
overview, the cheat sheet by language, CA help and downloads, and the headers on every reply."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.portal.decisions import MemoryDecisions
from dlp_proxy.portal.serve import SECURITY_HEADERS, serve
from dlp_proxy.portal.site import build_portal
from dlp_proxy.portal.web import PortalContext, PortalReply, PortalRequest
from tests.paths import TEST_POLICY

POLICY = load_policy(TEST_POLICY)
DECISION_ID = "0a1b2c3d4e5f6071"
BSN, AWS_KEY = "111222333", "AKIAQ3EGRN5T7WJXK4MZ"
PROMPT = f"Mail jan.jansen@voorbeeldklant.nl, BSN {BSN}, key {AWS_KEY}"


def record(**changes: Any) -> dict[str, Any]:
    """A decision record as the pipeline writes it, with the values a careless store would leak:
    a path with the BSN in it, evidence with the masked prompt, a justification."""
    base: dict[str, Any] = {
        "event": "decision",
        "schema_version": 1,
        "decision_id": DECISION_ID,
        "timestamp": "2026-12-05T10:09:10.123456Z",
        "policy_version": POLICY.version,
        "tool": "openai-api",
        "tool_name": "OpenAI API (bedrijfsaccount)",
        "tool_status": "approved",
        "tool_category": "general_use",
        "host": "api.openai.com",
        "path": f"/v1/chat/completions/{BSN}",
        "endpoint": "chat.completions",
        "user": "alice",
        "identity_source": "proxy_auth",
        "client_address": "10.1.2.3",
        "action": "block",
        "would_action": "block",
        "enforced": True,
        "rule_id": "SECRET-BLOCK",
        "data_classes": ["personal", "secret"],
        "entities": {"NL_BSN": 1, "SECRET": 1},
        "justification": f"about {BSN}",
        "evidence": {"masked_prompt": PROMPT},
        "fail_reason": None,
    }
    return base | changes


def context(policy: Policy = POLICY, records: tuple[dict[str, Any], ...] = (), **extra: Any) -> PortalContext:
    store = MemoryDecisions()
    for r in records or (record(),):
        store.remember(r)

    async def secret() -> bytes:
        return b"k" * 32

    return PortalContext(policy, None, store, secret, extra)


def get(
    ctx: PortalContext,
    path: str,
    user: str | None = "alice",
    source: str = "proxy_auth",
    *,
    method: str = "GET",
    lang: str = "en",
    query: dict[str, str] | None = None,
) -> PortalReply:
    request = PortalRequest(
        method=method,
        path=path,
        query=query or {},
        headers={"accept-language": lang},
        body=b"",
        user=user,
        identity_source=source,
        client_address="10.1.2.3",
        via="proxy",
    )
    return asyncio.run(serve(build_portal(), request, ctx))


def text_of(reply: PortalReply) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", reply.body.decode("utf-8")))


def policy_with(tmp_path: Path, edit: tuple[str, str, str]) -> Policy:
    """A copy of the test policy with one text replaced in one of its files."""
    import shutil

    folder = tmp_path / "rules"
    shutil.copytree(TEST_POLICY, folder, ignore=shutil.ignore_patterns("tests"))
    name, old, new = edit
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_policy(folder)


# --- the decision page ---------------------------------------------------------------------------


def test_the_owner_sees_tool_rule_kinds_and_counts_advice_and_the_exception_link_and_no_value() -> None:
    reply = get(context(), f"/d/{DECISION_ID}")
    assert reply.status == 200
    page, body = text_of(reply), reply.body.decode()
    assert "Your message was not sent." in page
    assert "OpenAI API (bedrijfsaccount)" in page and "SECRET-BLOCK" in page
    assert "1 x BSN (Dutch citizen service number), 1 x password or key" in page
    assert "Remove passwords and keys from your text" in page  # the rule's own notice
    assert "2026-12-05 10:09:10" in page
    assert f'href="/request/exception?d={DECISION_ID}"' in body
    assert 'href="/cheatsheet"' in body
    for value in (BSN, AWS_KEY, "jan.jansen", "voorbeeldklant", "about", "10.1.2.3", "/v1/chat"):
        assert value not in body, value


def test_in_dutch_by_the_browsers_language() -> None:
    page = text_of(get(context(), f"/d/{DECISION_ID}", lang="nl-NL,nl;q=0.9"))
    assert "Wat er gebeurde" in page and "Je bericht is niet verzonden." in page
    assert "1 x BSN, 1 x wachtwoord of sleutel" in page


def test_an_unlisted_tools_page_visit_offers_the_assessment_form() -> None:
    visit = record(
        tool="claude", tool_name="Claude.ai", tool_status="unlisted", rule_id="TOOL-UNLISTED",
        endpoint="navigation", entities={}, data_classes=[],
    )  # fmt: skip
    reply = get(context(records=(visit,)), f"/d/{DECISION_ID}")
    page, body = text_of(reply), reply.body.decode()
    assert "This AI tool was not opened." in page and "no data found" in page
    assert f'href="/request/tool?tool=claude&amp;d={DECISION_ID}"' in body
    assert "Use instead: ChatGPT (betaald)" in page  # the catalogue's alternative


def test_a_masked_prompt_offers_no_exception_and_a_monitored_one_says_what_would_have_happened() -> None:
    masked = record(action="redact", would_action="redact", rule_id="PERSONAL-MASK-LOW")
    reply = get(context(records=(masked,)), f"/d/{DECISION_ID}")
    assert "Your message was sent with data removed." in text_of(reply)
    assert "/request/exception" not in reply.body.decode()

    monitored = record(action="warn", would_action="block", enforced=False)
    page = text_of(get(context(records=(monitored,)), f"/d/{DECISION_ID}"))
    assert "Recorded only (the policy is not enforced yet); otherwise: Your message was not sent." in page


NOT_FOUND = "This decision cannot be shown (any more)."


@pytest.mark.parametrize(
    ("user", "source"),
    [
        ("bob", "proxy_auth"),  # someone else
        ("ALICE", "proxy_auth"),  # names are compared exactly
        ("alice", "client_address"),  # a bare address is no name, even when it reads "alice"
        ("10.1.2.3", "client_address"),  # the record's own address, in a deployment with proxy auth
    ],
)
def test_anyone_else_gets_the_same_not_found_page_as_for_a_decision_that_never_existed(user: str, source: str) -> None:
    ctx = context(proxy_auth=True)
    other = get(ctx, f"/d/{DECISION_ID}", user, source)
    never = get(ctx, "/d/ffffffffffffffff", user, source)
    assert other.status == never.status == 404
    assert NOT_FOUND in text_of(other)
    # the same page, but for the number it names: no oracle
    assert other.body.decode().replace(DECISION_ID, "X") == never.body.decode().replace("ffffffffffffffff", "X")
    assert "SECRET-BLOCK" not in other.body.decode() and "OpenAI" not in other.body.decode()


def test_names_from_any_named_source_match_proxy_auth_the_trusted_header_and_the_address_map() -> None:
    for source in ("trusted_header", "address_map"):
        assert get(context(), f"/d/{DECISION_ID}", "alice", source).status == 200, source


def test_where_people_are_known_by_address_only_the_same_address_sees_its_decisions() -> None:
    by_address = record(user="10.1.2.3", identity_source="client_address")
    ctx = context(records=(by_address,))  # the test policy: no proxy auth, no trusted proxies
    assert get(ctx, f"/d/{DECISION_ID}", "10.1.2.3", "client_address").status == 200
    assert get(ctx, f"/d/{DECISION_ID}", "10.9.9.9", "client_address").status == 404
    # with proxy authentication on, an address is no longer enough (a shared NAT, a terminal server)
    assert (
        get(context(records=(by_address,), proxy_auth=True), f"/d/{DECISION_ID}", "10.1.2.3", "client_address").status
        == 404
    )


def test_when_a_trusted_header_can_count_a_bare_address_sees_nothing(tmp_path: Path) -> None:
    policy = policy_with(tmp_path, ("users.yaml", "trusted_proxies: []", 'trusted_proxies: ["10.0.0.0/8"]'))
    by_address = record(user="10.1.2.3", identity_source="client_address", policy_version=policy.version)
    reply = get(context(policy, (by_address,)), f"/d/{DECISION_ID}", "10.1.2.3", "client_address")
    assert reply.status == 404


def test_when_users_are_pseudonymised_nobody_sees_a_decision(tmp_path: Path) -> None:
    policy = policy_with(tmp_path, ("users.yaml", "pseudonymise: false", "pseudonymise: true"))
    reply = get(context(policy), f"/d/{DECISION_ID}", "alice", "proxy_auth")
    assert reply.status == 404
    assert "records users under a pseudonym" in text_of(reply) and "SECRET-BLOCK" not in text_of(reply)


def test_on_the_admin_port_nobody_identified_is_sent_to_the_proxy() -> None:
    reply = get(context(), f"/d/{DECISION_ID}", None, "client_address")
    assert reply.status == 403
    assert f"through the AI proxy: http://dlp-proxy.local/d/{DECISION_ID}" in text_of(reply)
    assert "SECRET-BLOCK" not in reply.body.decode()


def test_an_unusable_id_is_not_found_and_not_echoed() -> None:
    reply = get(context(), "/d/<script>alert(1)</script>")
    assert reply.status == 404 and "<script>" not in reply.body.decode() and "alert(1)" not in reply.body.decode()


# --- escaping ------------------------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"


def test_markup_in_the_tool_name_rule_text_alternative_help_and_user_is_shown_as_text(tmp_path: Path) -> None:
    policy = policy_with(
        tmp_path,
        ("rules.yaml", '"Remove passwords and keys from your text and use a placeholder instead."', f'"{SCRIPT} rule"'),
    )
    hostile = record(
        tool="claude", tool_name=f"{SCRIPT} tool", tool_status="unlisted", user=f"{SCRIPT}@corp",
        rule_id="SECRET-BLOCK", policy_version=policy.version, decision_id=DECISION_ID,
    )  # fmt: skip
    reply = get(context(policy, (hostile,)), f"/d/{DECISION_ID}", f"{SCRIPT}@corp")
    body = reply.body.decode()
    assert reply.status == 200
    assert "<script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt; tool" in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt; rule" in body


def test_markup_in_the_policy_name_and_help_line_is_escaped_on_the_overview_and_ca_page(tmp_path: Path) -> None:
    policy = policy_with(tmp_path, ("policy.yaml", 'name: "AI-beleid Voorbeeld BV"', f'name: "{SCRIPT}"'))
    for path in ("/", "/ca"):
        body = get(context(policy), path).body.decode()
        assert "<script>" not in body, path
    assert "&lt;script&gt;" in get(context(policy), "/").body.decode()


# --- the other pages -----------------------------------------------------------------------------


def test_the_overview_names_the_policy_and_links_to_every_page() -> None:
    reply = get(context(), "/", lang="nl")
    body = reply.body.decode()
    assert reply.status == 200 and "AI-beleid Voorbeeld BV" in body and POLICY.version in body
    for href in ("/cheatsheet", "/cheatsheet?lang=en", "/request/tool", "/ca", "/proxy.pac"):
        assert f'href="{href}"' in body, href
    assert POLICY.settings.help.nl in text_of(reply)


def test_the_cheat_sheet_follows_the_query_then_the_browser_then_the_policy() -> None:
    nl = get(context(), "/cheatsheet", lang="nl-NL,nl")
    en = get(context(), "/cheatsheet", lang="en-GB,en")
    asked = get(context(), "/cheatsheet", lang="nl-NL,nl", query={"lang": "en"})
    unknown = get(context(), "/cheatsheet", lang="fr-FR")  # the policy's default: nl
    assert nl.headers["content-language"] == "nl" and 'lang="nl"' in nl.body.decode()
    assert en.headers["content-language"] == "en" and 'lang="en"' in en.body.decode()
    assert asked.headers["content-language"] == "en"
    assert unknown.headers["content-language"] == POLICY.settings.default_language
    approved = [t.name for t in POLICY.tools if t.status == "approved"]
    assert all(name in en.body.decode() for name in approved)


def test_ca_help_covers_every_platform_and_links_the_downloads() -> None:
    reply = get(context(), "/ca")
    page, body = text_of(reply), reply.body.decode()
    for platform in ("Windows", "macOS", "Linux", "Firefox", "iOS", "Android"):
        assert platform in page, platform
    for variable in ("SSL_CERT_FILE", "NODE_EXTRA_CA_CERTS", "REQUESTS_CA_BUNDLE"):
        assert variable in page, variable
    assert 'href="/ca.pem"' in body and 'href="/ca.der"' in body


def test_downloads_come_from_the_glue_and_say_so_when_not_loaded() -> None:
    ctx = context(ca_pem=lambda: b"-----BEGIN CERTIFICATE-----\n", ca_der=lambda: None, pac=lambda: "function X(){}")
    pem = get(ctx, "/ca.pem")
    assert pem.status == 200 and pem.content_type == "application/x-pem-file"
    assert get(ctx, "/ca.der").status == 503
    pac = get(ctx, "/proxy.pac")
    assert (
        pac.status == 200 and pac.content_type == "application/x-ns-proxy-autoconfig" and pac.body == b"function X(){}"
    )


def test_every_reply_carries_the_security_headers_unknown_paths_and_crashes_included(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def boom() -> bytes:
        raise RuntimeError(f"secret {BSN}")

    ctx = context(ca_pem=boom)
    replies = {path: get(ctx, path) for path in ("/", "/cheatsheet", "/ca", f"/d/{DECISION_ID}", "/nope", "/ca.pem")}
    replies["POST /"] = get(ctx, "/", method="POST")
    assert replies["/nope"].status == 404 and "This page does not exist." in text_of(replies["/nope"])
    assert replies["/ca.pem"].status == 500 and BSN not in replies["/ca.pem"].body.decode()
    assert "ca_pem crashed (RuntimeError)" in caplog.text and BSN not in caplog.text  # the crash, not its text
    assert replies["POST /"].status == 405
    for name, reply in replies.items():
        for header, value in SECURITY_HEADERS.items():
            assert reply.headers[header] == value, (name, header)
    assert "form-action 'self'" in SECURITY_HEADERS["content-security-policy"]


def test_when_the_shared_store_cannot_be_read_the_page_says_try_again_later() -> None:
    from dlp_proxy.portal.decisions import DecisionStoreError

    class Down:
        shared = True

        def remember(self, record: dict[str, Any]) -> None: ...

        async def get(self, decision_id: str) -> dict[str, Any] | None:
            raise DecisionStoreError("decisions at redis://***@redis:6379/0: could not read (ConnectionError)")

    ctx = context()
    ctx.decisions = Down()
    reply = get(ctx, f"/d/{DECISION_ID}")
    assert reply.status == 503 and "Decisions cannot be looked up right now." in text_of(reply)
    assert "redis" not in reply.body.decode()

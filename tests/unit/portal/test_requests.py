"""The tool-assessment form (dlp_proxy.portal.requests) through its handler as the portal calls it:
the form, CSRF, validation, masking with the real detector, the record, the log and duplicates."""

from __future__ import annotations

import json
import logging
import re
from urllib.parse import urlencode

import pytest

from dlp_proxy.audit import evidence
from dlp_proxy.findings import Finding
from dlp_proxy.policy import Policy
from dlp_proxy.portal import csrf
from dlp_proxy.portal.request_form import RecentRequests, fit, mask
from dlp_proxy.portal.requests import FORM_EXCEPTION, FORM_TOOL, SCAN_KEY, tool_request
from dlp_proxy.portal.web import REQUEST_TOOL, PortalContext
from tests.unit.portal.request_helpers import (
    BSN,
    DECISION_ID,
    EMAIL,
    OTHER,
    SAME_ORIGIN,
    SCRIPT,
    SECRET,
    TOOL_QUERY,
    USER,
    Log,
    decision_record,
    get,
    post,
    run,
    tool_form,
)

# --- the tool-assessment form ----------------------------------------------------------------


def test_when_an_unlisted_tool_is_asked_for_then_the_form_has_a_token_and_every_field(ctx: PortalContext) -> None:
    reply, page = run(tool_request, get(REQUEST_TOOL, TOOL_QUERY), ctx)
    assert reply.status == 200
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token and csrf.verify(SECRET, USER, FORM_TOOL, token.group(1))
    for name in ("purpose", "category", "level_low", "level_medium", "level_high"):
        assert f'name="{name}"' in page
    assert f'action="/request/tool?tool=claude&amp;d={DECISION_ID}"' in page
    assert reply.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("tool", ["no-such-tool", "../etc", "host:", "host:10.0.0.1", "host:not a host"])
def test_when_the_tool_is_unknown_then_404(ctx: PortalContext, tool: str) -> None:
    reply, _ = run(tool_request, get(REQUEST_TOOL, {"tool": tool}), ctx)
    assert reply.status == 404


@pytest.mark.parametrize("query", [{}, {"tool": ""}])
def test_when_no_tool_is_named_then_the_form_asks_for_its_address_first(
    ctx: PortalContext, query: dict[str, str]
) -> None:
    # The cheat sheet links to the bare form: an employee may ask for a tool nobody has listed.
    reply, page = run(tool_request, get(REQUEST_TOOL, query), ctx)
    assert reply.status == 200 and 'name="address"' in page and 'method="get"' in page


@pytest.mark.parametrize(
    ("address", "tool"),
    [
        ("https://poe.com/chat?q=secret", "poe"),  # the bundled catalogue knows it
        ("claude.ai", "claude"),  # the organisation's own entry
        ("https://www.New-AI-Tool.example/app?prompt=Jan", "host:www.new-ai-tool.example"),  # nobody knows it
        ("new-ai-tool.example:8443", "host:new-ai-tool.example"),
    ],
)
def test_when_an_address_is_typed_then_the_form_of_that_tool_follows_with_the_host_only(
    ctx: PortalContext, address: str, tool: str
) -> None:
    reply, _ = run(tool_request, get(REQUEST_TOOL, {"address": address}), ctx)
    assert reply.status == 303
    location = reply.headers["location"]
    assert location == "/request/tool?" + urlencode({"tool": tool})
    assert "secret" not in location and "Jan" not in location and "chat" not in location


@pytest.mark.parametrize(
    "address", ["", "   ", "10.0.0.1", "localhost", "not an address", "javascript:alert(1)", SCRIPT]
)
def test_when_the_typed_address_is_no_site_then_the_question_comes_back_with_an_error(
    ctx: PortalContext, address: str
) -> None:
    reply, page = run(tool_request, get(REQUEST_TOOL, {"address": address}), ctx)
    assert reply.status == 400 and 'id="error-address"' in page and "<script>" not in page


def test_when_a_tool_nobody_lists_is_asked_for_then_the_record_names_its_host(ctx: PortalContext, log: Log) -> None:
    query = {"tool": "host:new-ai-tool.example"}
    reply, page = run(tool_request, get(REQUEST_TOOL, query), ctx)
    assert reply.status == 200 and "new-ai-tool.example" in page
    reply, page = run(tool_request, post(REQUEST_TOOL, query, tool_form(level_medium="on")), ctx)
    assert reply.status == 200, page
    [record] = log.records
    assert (record["tool"], record["tool_name"]) == ("host:new-ai-tool.example", "new-ai-tool.example")


def test_when_the_tool_is_approved_then_no_form(ctx: PortalContext) -> None:
    reply, page = run(tool_request, get(REQUEST_TOOL, {"tool": "chatgpt"}), ctx)
    assert reply.status == 200 and "<form" not in page and "approved already" in page


def test_when_a_bundled_service_is_asked_for_then_the_form_is_shown(ctx: PortalContext, policy: Policy) -> None:
    bundled = policy.bundled[0]
    reply, page = run(tool_request, get(REQUEST_TOOL, {"tool": bundled.id}), ctx)
    assert reply.status == 200 and "<form" in page


def test_when_nobody_can_be_identified_then_no_form(ctx: PortalContext) -> None:
    reply, page = run(tool_request, get(REQUEST_TOOL, TOOL_QUERY, user=None), ctx)
    assert reply.status == 403 and "<form" not in page


def test_when_the_tool_form_is_sent_then_one_request_record_is_committed_before_the_answer(
    ctx: PortalContext, log: Log
) -> None:
    reply, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(level_medium="on")), ctx)
    assert reply.status == 200, page
    [record] = log.records
    assert set(record) == {
        "event", "schema_version", "request_id", "kind", "tool", "tool_name", "decision_id", "user",
        "identity_source", "client_address", "policy_version", "use_category", "data_levels", "data_classes",
        "purpose", "client", "consent_by", "consent_ref", "reason",
    }  # fmt: skip
    assert record["event"] == "request" and record["schema_version"] == 1 and record["kind"] == "tool_assessment"
    assert re.fullmatch(r"req-[0-9a-f]{16}", record["request_id"])
    assert record["tool"] == "claude" and record["tool_name"] == "Claude.ai"
    assert record["decision_id"] == DECISION_ID and record["user"] == USER
    assert record["policy_version"] == ctx.policy.version
    assert record["use_category"] == "general_use" and record["data_levels"] == ["low", "medium"]
    assert record["purpose"] == "Translating our newsletter into German"
    assert record["client"] is record["reason"] is record["consent_by"] is None
    assert record["request_id"] in page


def test_when_users_are_pseudonymised_then_the_request_names_them_as_decision_records_do(
    ctx: PortalContext, log: Log
) -> None:
    ctx.extra["pseudonym_key"] = b"p" * 32
    reply, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(level_medium="on")), ctx)
    assert reply.status == 200, page
    [record] = log.records
    assert record["user"] == evidence.pseudonym(b"p" * 32, USER) != USER
    assert record["client_address"] == evidence.pseudonym(b"p" * 32, USER)
    assert USER not in json.dumps(record)


def test_when_the_decision_is_someone_elses_then_the_tool_request_does_not_name_it(
    ctx: PortalContext, log: Log
) -> None:
    ctx.decisions.remember(decision_record(decision_id="fedcba9876543210", user=OTHER))
    query = {"tool": "claude", "d": "fedcba9876543210"}
    form = tool_form()
    reply, page = run(tool_request, post(REQUEST_TOOL, query, form), ctx)
    assert reply.status == 200 and log.records[0]["decision_id"] is None
    assert "fedcba9876543210" not in page


# --- CSRF -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "form_over", "headers", "user"),
    [
        ("missing token", {"csrf": ""}, SAME_ORIGIN, USER),
        ("wrong token", {"csrf": "AAAAAAAAAAAAAAAAAAAAAAAA"}, SAME_ORIGIN, USER),
        ("token of the other form", {"csrf": csrf.issue(SECRET, USER, FORM_EXCEPTION)}, SAME_ORIGIN, USER),
        ("cross-site post", {}, {"sec-fetch-site": "cross-site"}, USER),
        ("other origin", {}, {"origin": "https://evil.example"}, USER),
        ("no origin at all", {}, {}, USER),
        ("token of another user", {}, SAME_ORIGIN, OTHER),
    ],
)
def test_when_a_post_fails_a_csrf_check_then_403_nothing_recorded_and_the_event_log_has_no_field(
    ctx: PortalContext,
    log: Log,
    caplog: pytest.LogCaptureFixture,
    case: str,
    form_over: dict[str, str],
    headers: dict[str, str],
    user: str,
) -> None:
    form = tool_form(purpose=f"Mail {EMAIL}", **form_over)  # the token in tool_form is USER's
    with caplog.at_level(logging.WARNING):
        reply, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, form, user=user, headers=headers), ctx)
    assert reply.status == 403, case
    assert log.records == []
    assert "refused" in caplog.text and EMAIL not in caplog.text
    assert not form["csrf"] or form["csrf"] not in caplog.text
    assert EMAIL not in page


def test_when_the_origin_header_is_the_portals_then_the_post_passes(ctx: PortalContext, log: Log) -> None:
    headers = {"origin": "http://dlp-proxy.local"}
    reply, _ = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(), headers=headers), ctx)
    assert reply.status == 200 and len(log.records) == 1


# --- validation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"purpose": ""}, "purpose"),
        ({"purpose": "   \n "}, "purpose"),
        ({"purpose": "x" * 501}, "purpose"),
        ({"category": "everything"}, "category"),
        ({"category": ""}, "category"),
        ({"level_low": ""}, "levels"),
    ],
)
def test_when_a_tool_field_is_wrong_then_the_form_comes_back_with_the_error_and_nothing_is_recorded(
    ctx: PortalContext, log: Log, over: dict[str, str], field: str
) -> None:
    reply, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(**over)), ctx)
    assert reply.status == 400 and log.records == []
    assert f'id="error-{field}"' in page and "<form" in page


def test_when_the_form_comes_back_then_typed_text_is_shown_masked_and_never_with_a_value(
    ctx: PortalContext, log: Log
) -> None:
    purpose = f"Answer mail from {EMAIL}"
    _, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(purpose=purpose, level_low="")), ctx)
    assert "Answer mail from &lt;EMAIL_ADDRESS&gt;</textarea>" in page and EMAIL not in page
    del ctx.extra[SCAN_KEY]  # cannot be scanned: shown blank
    _, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(purpose=purpose, level_low="")), ctx)
    assert "required></textarea>" in page and EMAIL not in page and "Answer mail" not in page


def test_when_a_purpose_is_exactly_500_characters_then_it_is_accepted(ctx: PortalContext, log: Log) -> None:
    reply, _ = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(purpose="y" * 500)), ctx)
    assert reply.status == 200 and log.records[0]["purpose"] == "y" * 500


# --- masking ----------------------------------------------------------------------------------


def test_when_the_purpose_holds_an_email_and_a_bsn_then_the_record_has_their_types_only(
    ctx: PortalContext, log: Log
) -> None:
    purpose = f"Answer mail from {EMAIL} about BSN {BSN}"
    reply, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(purpose=purpose)), ctx)
    assert reply.status == 200
    text = json.dumps(log.records)
    assert EMAIL not in text and BSN not in text
    assert log.records[0]["purpose"] == "Answer mail from <EMAIL_ADDRESS> about BSN <NL_BSN>"
    assert 'id="dlp-masked"' in page and "&lt;EMAIL_ADDRESS&gt;" in page
    assert EMAIL not in page and BSN not in page


def test_when_detection_fails_then_nothing_is_recorded_and_the_page_says_so(ctx: PortalContext, log: Log) -> None:
    async def broken(text: str) -> list[Finding]:
        raise TimeoutError

    ctx.extra[SCAN_KEY] = broken
    reply, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(purpose=f"Mail {EMAIL}")), ctx)
    assert reply.status == 503 and log.records == [] and "not recorded" in page and EMAIL not in page


def test_when_there_is_no_detection_then_nothing_is_recorded(ctx: PortalContext, log: Log) -> None:
    del ctx.extra[SCAN_KEY]
    reply, _ = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form()), ctx)
    assert reply.status == 503 and log.records == []


@pytest.mark.parametrize(
    ("spans", "want"),
    [
        ([(5, 8, "A")], "0123 <A> 9"),
        ([(5, 8, "A"), (6, 10, "B")], "0123 <A>"),  # overlapping: one tag, nothing of either survives
        ([(0, 4, "A"), (5, 8, "B")], "<A> <B> 9"),
        ([], "0123 567 9"),
    ],
)
def test_mask_replaces_every_span_by_its_type(spans: list[tuple[int, int, str]], want: str) -> None:
    findings = [Finding(t, "personal", s, e, 1.0, "test") for s, e, t in spans]
    assert mask("0123 567 9", findings) == want


def test_fit_never_ends_in_half_a_tag() -> None:
    assert fit("a" * 8, 10) == "a" * 8
    assert fit("abc <EMAIL_ADDRESS>", 10) == "abc …"


# --- the log, duplicates ----------------------------------------------------------------------


def test_when_the_log_is_down_then_the_employee_hears_not_recorded_and_can_send_again(
    ctx: PortalContext, log: Log
) -> None:
    log.down = True
    reply, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form()), ctx)
    assert reply.status == 503 and "not recorded" in page
    log.down = False
    reply, _ = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form()), ctx)
    assert reply.status == 200 and len(log.records) == 1


def test_when_the_same_tool_is_asked_for_twice_in_an_hour_then_the_second_gets_the_first_id(
    ctx: PortalContext, log: Log
) -> None:
    run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form()), ctx)
    reply, page = run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(purpose="again")), ctx)
    assert reply.status == 429 and len(log.records) == 1 and log.records[0]["request_id"] in page
    # another tool, or another person: recorded
    run(tool_request, post(REQUEST_TOOL, {"tool": "gemini"}, tool_form()), ctx)
    other = tool_form(csrf=csrf.issue(SECRET, OTHER, FORM_TOOL))
    run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, other, user=OTHER), ctx)
    assert len(log.records) == 3


def test_recent_requests_forget_after_the_window() -> None:
    recent = RecentRequests(window_seconds=60)
    assert recent.reserve(("u", "k", "t"), "req-1", now=0)
    assert not recent.reserve(("u", "k", "t"), "req-2", now=59)
    assert recent.earlier(("u", "k", "t"), now=59) == "req-1"
    assert recent.reserve(("u", "k", "t"), "req-3", now=61)

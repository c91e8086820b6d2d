"""The exception form (dlp_proxy.portal.requests): only for the user's own held-back prompt on an
approved tool, with the policy's clients to choose from; and every request page escapes markup."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dlp_proxy.policy import Policy
from dlp_proxy.policy.schema import Clients
from dlp_proxy.portal import csrf
from dlp_proxy.portal.decisions import MemoryDecisions
from dlp_proxy.portal.requests import FORM_EXCEPTION, exception_request, tool_request
from dlp_proxy.portal.web import REQUEST_EXCEPTION, REQUEST_TOOL, PortalContext
from tests.unit.portal.request_helpers import (
    BSN,
    DECISION_ID,
    EMAIL,
    EXC_QUERY,
    OTHER,
    SCRIPT,
    SECRET,
    TOOL_QUERY,
    USER,
    Log,
    decision_record,
    exception_form,
    get,
    post,
    run,
    tool_form,
)


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"client": "Some Other Client BV"}, "client"),
        ({"client": ""}, "client"),
        ({"reason": ""}, "reason"),
        ({"consent_by": ""}, "consent_by"),
        ({"consent_ref": "r" * 201}, "consent_ref"),
    ],
)
def test_when_an_exception_field_is_wrong_then_the_form_comes_back_with_the_error(
    ctx: PortalContext, log: Log, over: dict[str, str], field: str
) -> None:
    reply, page = run(exception_request, post(REQUEST_EXCEPTION, EXC_QUERY, exception_form(**over)), ctx)
    assert reply.status == 400 and log.records == []
    assert f'id="error-{field}"' in page


def test_when_the_exception_texts_hold_an_email_and_a_bsn_then_each_is_masked(ctx: PortalContext, log: Log) -> None:
    form = exception_form(
        reason=f"Their file for BSN {BSN}", consent_by=f"Director, {EMAIL}", consent_ref=f"mail {EMAIL}"
    )
    reply, page = run(exception_request, post(REQUEST_EXCEPTION, EXC_QUERY, form), ctx)
    assert reply.status == 200, page
    [record] = log.records
    assert EMAIL not in json.dumps(record) and BSN not in json.dumps(record)
    assert record["reason"] == "Their file for BSN <NL_BSN>"
    assert record["consent_by"] == "Director, <EMAIL_ADDRESS>" and record["consent_ref"] == "mail <EMAIL_ADDRESS>"


# --- the exception form -----------------------------------------------------------------------


def test_when_the_user_opens_the_exception_form_of_a_blocked_prompt_then_it_offers_the_policys_clients(
    ctx: PortalContext,
) -> None:
    reply, page = run(exception_request, get(REQUEST_EXCEPTION, EXC_QUERY), ctx)
    assert reply.status == 200
    for name in ctx.policy.clients.names:
        assert f'<option value="{name.replace("&", "&amp;")}">' in page
    assert '<option value="other">' in page


def test_when_the_exception_form_is_sent_then_the_record_names_client_consent_and_the_decisions_data(
    ctx: PortalContext, log: Log
) -> None:
    reply, page = run(exception_request, post(REQUEST_EXCEPTION, EXC_QUERY, exception_form()), ctx)
    assert reply.status == 200, page
    [record] = log.records
    assert record["kind"] == "exception" and record["tool"] == "chatgpt" and record["decision_id"] == DECISION_ID
    assert record["client"] == "Zorggroep Noorderlicht"
    assert record["data_classes"] == ["client", "personal"] and record["data_levels"] == ["medium", "high"]
    assert record["consent_by"] == "Their director, by signed letter"
    assert record["consent_ref"] == "TOESTEMMING-2026-021 in the client file"
    assert record["purpose"] is None and record["use_category"] is None


def test_when_another_client_is_chosen_then_the_record_has_none(ctx: PortalContext, log: Log) -> None:
    run(exception_request, post(REQUEST_EXCEPTION, EXC_QUERY, exception_form(client="other")), ctx)
    assert log.records[0]["client"] is None


@pytest.mark.parametrize(
    ("decision", "user", "status"),
    [
        ({}, OTHER, 404),  # someone else's
        ({"decision_id": "ffffffffffffffff"}, USER, 404),  # not this one
        ({"action": "redact", "would_action": "redact"}, USER, 409),  # sent, masked: nothing to except
        ({"data_classes": []}, USER, 409),  # a page load of an unlisted tool: no data
        ({"tool": "claude", "tool_status": "unlisted"}, USER, 409),
    ],
)
def test_when_the_decision_is_not_the_users_held_prompt_then_no_exception_form(
    ctx: PortalContext, log: Log, decision: dict[str, Any], user: str, status: int
) -> None:
    ctx.decisions = MemoryDecisions()
    ctx.decisions.remember(decision_record(**decision))
    reply, page = run(exception_request, get(REQUEST_EXCEPTION, EXC_QUERY, user=user), ctx)
    assert reply.status == status and "<form" not in page
    form = exception_form(csrf=csrf.issue(SECRET, user, FORM_EXCEPTION))
    reply, _ = run(exception_request, post(REQUEST_EXCEPTION, EXC_QUERY, form, user=user), ctx)
    assert reply.status == status and log.records == []


def test_when_an_unlisted_tools_decision_is_given_then_the_page_links_the_tool_assessment(ctx: PortalContext) -> None:
    ctx.decisions = MemoryDecisions()
    ctx.decisions.remember(decision_record(tool="claude", tool_status="unlisted", data_classes=[]))
    _, page = run(exception_request, get(REQUEST_EXCEPTION, EXC_QUERY), ctx)
    assert f'href="/request/tool?tool=claude&amp;d={DECISION_ID}"' in page


# --- escaping ---------------------------------------------------------------------------------


def test_when_policy_and_employee_fields_hold_markup_then_every_page_escapes_it(
    ctx: PortalContext, policy: Policy, log: Log
) -> None:
    tools = [t.model_copy(update={"name": SCRIPT}) if t.id in ("claude", "chatgpt") else t for t in policy.tools]
    ctx.policy = policy.model_copy(
        update={"tools": tools, "clients": Clients(names=[SCRIPT, "Zorggroep Noorderlicht"])}
    )
    pages = [
        run(tool_request, get(REQUEST_TOOL, TOOL_QUERY), ctx)[1],
        run(tool_request, get(REQUEST_TOOL, {"tool": "chatgpt"}), ctx)[1],
        run(exception_request, get(REQUEST_EXCEPTION, EXC_QUERY), ctx)[1],
        # shown back with an error: what the employee typed, in every field
        run(tool_request, post(REQUEST_TOOL, TOOL_QUERY, tool_form(purpose=SCRIPT, category=SCRIPT)), ctx)[1],
        run(
            exception_request,
            post(
                REQUEST_EXCEPTION,
                EXC_QUERY,
                exception_form(client=SCRIPT + "x", reason=SCRIPT, consent_by=SCRIPT, consent_ref="r" * 201),
            ),
            ctx,
        )[1],  # fmt: skip
        # recorded: the confirmation
        run(exception_request, post(REQUEST_EXCEPTION, EXC_QUERY, exception_form(reason=SCRIPT)), ctx)[1],
    ]
    for page in pages:
        assert "<script" not in page.lower()
    assert all("&lt;script&gt;" in page for page in pages[:5])
    assert log.records[-1]["reason"] == SCRIPT  # stored as typed (the log is JSON, not HTML)

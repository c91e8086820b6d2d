"""Portal routes for requests to the policy owner: a tool assessment (from the block page of an unlisted
tool) and an exception (from a held or blocked prompt's decision). Each accepted form becomes one
`request` record in the decision log, committed before the employee sees the confirmation.

A POST must pass both CSRF checks (dlp_proxy.portal.csrf: a token bound to the user and the form,
and a same-origin browser); a refusal is logged to the event log, never its fields. Free text is
scanned by the proxy's own detection (`ctx.extra["scan"]`, an async text -> findings with the
detection timeout, set by the portal's glue) and reaches the log only masked; when it cannot be
scanned, or the log cannot be written, nothing is recorded and the page says so.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from typing import Any

from dlp_proxy.audit import evidence
from dlp_proxy.findings import Finding, count_by_type
from dlp_proxy.policy.schema import Policy, Tool
from dlp_proxy.portal import csrf
from dlp_proxy.portal.decision_page import may_see
from dlp_proxy.portal.decisions import DecisionStoreError, usable_id
from dlp_proxy.portal.request_form import (
    CATEGORIES,
    LEVELS,
    MAX_LENGTHS,
    OTHER_CLIENT,
    Errors,
    RecentRequests,
    Requester,
    build_record,
    client_choices,
    fit,
    levels_of,
    mask,
    new_request_id,
    read_exception_form,
    read_tool_form,
)
from dlp_proxy.portal.request_texts import t, texts
from dlp_proxy.portal.texts import page_language
from dlp_proxy.portal.tool_choice import choice_for, requested_tool
from dlp_proxy.portal.view import page
from dlp_proxy.portal.web import (
    PORTAL_HOST,
    PORTAL_ORIGIN,
    REQUEST_EXCEPTION,
    REQUEST_TOOL,
    Portal,
    PortalContext,
    PortalReply,
    PortalRequest,
    url,
)
from dlp_proxy.respond.notices import describe_counts

logger = logging.getLogger(__name__)

# What the portal's glue puts in PortalContext.extra for these handlers.
SCAN_KEY = "scan"  # async (text) -> list[Finding]: the proxy's detection, bounded by its timeout
RECENT_KEY = "recent_requests"  # optional: a RecentRequests of its own (tests); else this process's
FORM_TOOL, FORM_EXCEPTION = "request_tool", "request_exception"
# The actions of a prompt that was held back: an exception can be asked for those.
HELD_ACTIONS = ("block", "warn")
# Every field of both forms (the templates read each, blank when absent).
FIELDS = (
    "purpose", "category", "levels", "level_low", "level_medium", "level_high",
    "client", "reason", "consent_by", "consent_ref",
)  # fmt: skip

Scan = Callable[[str], Awaitable[list[Finding]]]
_RECENT = RecentRequests()  # this process's requests of the past hour (the glue makes a context per request)


def bounded_scan(scan: Scan, timeout_seconds: float) -> Scan:
    """The proxy's detection (`state.scanner.scan`) bounded by the policy's detection timeout, as the
    glue puts it in `ctx.extra[SCAN_KEY]`; a timeout fails the request closed."""

    async def scan_within(text: str) -> list[Finding]:
        return await asyncio.wait_for(scan(text), timeout=timeout_seconds)

    return scan_within


def requester(req: PortalRequest, ctx: PortalContext) -> Requester:
    """Who asks, as the record names them: keyed pseudonyms with identity.pseudonymise, as in
    decision records (dlp_proxy.pipeline.record)."""
    key = ctx.extra.get("pseudonym_key")
    user, address = req.user or "", req.client_address
    if key:
        user, address = evidence.pseudonym(key, user), evidence.pseudonym(key, address)
    return Requester(user, req.identity_source, address)


def register(portal: Portal) -> None:
    """Add this module's routes to `portal`."""
    portal.add(REQUEST_TOOL, tool_request)
    portal.add(REQUEST_EXCEPTION, exception_request)


# --- the tool assessment ------------------------------------------------------------------


async def tool_request(req: PortalRequest, ctx: PortalContext) -> PortalReply:
    lang = _lang(req, ctx)
    policy: Policy = ctx.policy
    if req.method not in ("GET", "HEAD", "POST"):
        return _message(lang, ctx, 405, "method_title", "method")
    if not req.query.get("tool"):  # the bare form (the cheat sheet links to it): which tool first
        return _choose(lang, ctx, req.query.get("address"))
    tool = requested_tool(policy, req.query["tool"])
    if tool is None:
        return _message(lang, ctx, 404, "not_found_title", "not_found_tool")
    if tool.status == "approved":
        lead = t("approved_lead", lang).format(tool=tool.name)
        return _page("request_message.html.j2", lang, ctx, 200, title=t("approved_title", lang), lead=lead)
    if req.user is None:
        return _message(lang, ctx, 403, "not_found_title", "anonymous")
    try:  # the decision is context only: one that is not the user's (or not readable) is left out
        decision = await _own_decision(req, ctx, req.query.get("d", ""))
    except DecisionStoreError:
        decision = None
    decision_id = str(decision["decision_id"]) if decision is not None else None
    form: dict[str, Any] = {
        "name": FORM_TOOL,
        "template": "request_tool.html.j2",
        "title": t("tool_title", lang),
        "lead": t("tool_lead", lang).format(tool=tool.name),
        "action": url(REQUEST_TOOL, origin="", tool=tool.id, d=decision_id),
        "max": MAX_LENGTHS,
        "categories": [(c, t(f"category_{c}", lang)) for c in CATEGORIES],
        "levels": [(level, t(f"level_{level}", lang)) for level in LEVELS],
    }
    if req.method != "POST":
        return await _form(lang, ctx, req.user, form, {}, {}, 200)

    values = req.form()
    if await _refused(req, ctx, FORM_TOOL, values):
        return _message(lang, ctx, 403, "forbidden_title", "forbidden_lead")
    asked, errors = read_tool_form(values)
    if asked is None:
        return await _form(lang, ctx, req.user, form, values, errors, 400)
    key = (req.user, "tool_assessment", tool.id)
    if duplicate := _recent(ctx).earlier(key):
        return _duplicate(lang, ctx, duplicate)
    masked = await _masked(ctx, purpose=asked.purpose)
    if masked is None:
        return _message(lang, ctx, 503, "unavailable_title", "unchecked_lead")
    texts_, counts = masked
    record = build_record(
        request_id=new_request_id(),
        kind="tool_assessment",
        tool=tool,
        decision_id=decision_id,
        who=requester(req, ctx),
        policy=policy,
        use_category=asked.category,
        data_levels=asked.levels,
        purpose=texts_["purpose"],
    )
    return await _commit(lang, ctx, key, record, counts)


# --- the exception ------------------------------------------------------------------------


async def exception_request(req: PortalRequest, ctx: PortalContext) -> PortalReply:
    lang = _lang(req, ctx)
    policy: Policy = ctx.policy
    if req.method not in ("GET", "HEAD", "POST"):
        return _message(lang, ctx, 405, "method_title", "method")
    if req.user is None:
        return _message(lang, ctx, 403, "not_found_title", "anonymous")
    decision_id = req.query.get("d", "")
    try:
        decision = await _own_decision(req, ctx, decision_id)
    except DecisionStoreError as e:
        logger.warning("dlp-proxy: exception form not available: %s", e)
        return _message(lang, ctx, 503, "unavailable_title", "store_down_lead")
    if decision is None:
        return _message(lang, ctx, 404, "not_found_title", "not_found_decision")
    tool_id = str(decision.get("tool") or "")
    # Written permission widens what an approved tool of the organisation may receive; an
    # unassessed tool needs an assessment first (the page links to it).
    tool = next((x for x in policy.tools if x.id == tool_id and x.status == "approved"), None)
    classes = [str(c) for c in decision.get("data_classes") or ()]
    action = decision.get("would_action") or decision.get("action")
    if tool is None or action not in HELD_ACTIONS or not classes:
        return _no_exception(lang, ctx, next((x for x in policy.known_tools() if x.id == tool_id), None), decision_id)
    clients = client_choices(policy)
    form: dict[str, Any] = {
        "name": FORM_EXCEPTION,
        "template": "request_exception.html.j2",
        "title": t("exception_title", lang),
        "lead": t("exception_lead", lang).format(tool=tool.name, decision=decision_id),
        "action": url(REQUEST_EXCEPTION, origin="", d=decision_id),
        "max": MAX_LENGTHS,
        "clients": clients,
        "other": OTHER_CLIENT,
    }
    if req.method != "POST":
        return await _form(lang, ctx, req.user, form, {}, {}, 200)

    values = req.form()
    if await _refused(req, ctx, FORM_EXCEPTION, values):
        return _message(lang, ctx, 403, "forbidden_title", "forbidden_lead")
    asked, errors = read_exception_form(values, clients)
    if asked is None:
        return await _form(lang, ctx, req.user, form, values, errors, 400)
    key = (req.user, "exception", tool.id)
    if duplicate := _recent(ctx).earlier(key):
        return _duplicate(lang, ctx, duplicate)
    masked = await _masked(ctx, reason=asked.reason, consent_by=asked.consent_by, consent_ref=asked.consent_ref)
    if masked is None:
        return _message(lang, ctx, 503, "unavailable_title", "unchecked_lead")
    texts_, counts = masked
    record = build_record(
        request_id=new_request_id(),
        kind="exception",
        tool=tool,
        decision_id=decision_id,
        who=requester(req, ctx),
        policy=policy,
        data_levels=levels_of(policy, classes),
        data_classes=sorted(set(classes)),
        client=asked.client,
        **texts_,
    )
    return await _commit(lang, ctx, key, record, counts)


async def _form(
    lang: str,
    ctx: PortalContext,
    user: str,
    form: dict[str, Any],
    values: Mapping[str, str],
    errors: Errors,
    status: int,
) -> PortalReply:
    """A form page: empty (GET) or as sent with what is wrong (400); a fresh token either way.
    Typed text comes back masked as it would be recorded (blank when it cannot be scanned), so
    no page shows a detected value, not even to the person who typed it."""
    token = csrf.issue(await ctx.secret(), user, form["name"])
    typed = {name: values[name][: 2 * MAX_LENGTHS[name]] for name in MAX_LENGTHS if values.get(name, "").strip()}
    if typed:
        masked = await _masked(ctx, **typed)
        values = {**values, **(masked[0] if masked is not None else dict.fromkeys(typed, ""))}
    return _page(
        form["template"], lang, ctx, status, title=form["title"], lead=form["lead"], form=form, token=token,
        **_filled(values, errors, lang),
    )  # fmt: skip


def _no_exception(lang: str, ctx: PortalContext, tool: Tool | None, decision_id: str) -> PortalReply:
    link = None
    if tool is not None and tool.status != "approved":
        link = url(REQUEST_TOOL, origin="", tool=tool.id, d=decision_id)
    return _page(
        "request_message.html.j2",
        lang,
        ctx,
        409,
        title=t("no_exception_title", lang),
        lead=t("no_exception_lead", lang),
        link=link,
        link_text=t("ask_tool_instead", lang),
    )


# --- shared steps -------------------------------------------------------------------------


async def _refused(req: PortalRequest, ctx: PortalContext, form: str, values: Mapping[str, str]) -> str | None:
    """Why a POST fails the CSRF checks (for the event log), or None when it passes both."""
    # Not the Host header's origin on the admin port: a name rebound to the proxy's address would
    # match it. There, browsers that send Sec-Fetch-Site (https, localhost) pass.
    origins = (PORTAL_ORIGIN, f"https://{PORTAL_HOST}")
    reason = None
    if not csrf.same_origin(req.headers, origins):
        reason = "cross-site or no origin"
    elif not csrf.verify(await ctx.secret(), req.user or "", form, values.get("csrf", "")):
        reason = "missing or invalid token"
    if reason:
        logger.warning("dlp-proxy: portal: %s form refused from %s: %s", form, req.client_address, reason)
    return reason


async def _masked(ctx: PortalContext, **fields: str) -> tuple[dict[str, str], dict[str, int]] | None:
    """Each text with its findings masked, and the masked types counted; None when detection is
    missing or fails (fail closed: the text is then never recorded)."""
    scan: Scan | None = ctx.extra.get(SCAN_KEY)
    if scan is None:
        logger.error("dlp-proxy: portal: no detection for request forms (ctx.extra[%r]); request refused", SCAN_KEY)
        return None
    out: dict[str, str] = {}
    found: list[Finding] = []
    for name, text in fields.items():
        try:
            findings = await scan(text)
        except Exception as e:  # noqa: BLE001 - any failure fails closed; the kind only, never the text
            logger.warning("dlp-proxy: portal: request form not scanned (%s); not recorded", e.__class__.__name__)
            return None
        out[name] = fit(mask(text, findings), MAX_LENGTHS[name])
        found += findings
    return out, count_by_type(found)


async def _commit(
    lang: str, ctx: PortalContext, key: tuple[str, str, str], record: dict[str, Any], counts: dict[str, int]
) -> PortalReply:
    recent = _recent(ctx)
    request_id = str(record["request_id"])
    if not recent.reserve(key, request_id):  # another request of the same key got in first
        return _duplicate(lang, ctx, recent.earlier(key) or "")
    try:
        await ctx.log.commit(record)
    except Exception as e:  # noqa: BLE001 - whatever the log's failure, the employee hears "not recorded"
        recent.release(key, request_id)
        logger.error("dlp-proxy: portal: request %s not recorded (%s)", request_id, e.__class__.__name__)
        return _message(lang, ctx, 503, "unavailable_title", "log_down_lead")
    note = t("masked_note", lang).format(what=describe_counts(counts, lang)) if counts else None
    return _page(
        "request_done.html.j2", lang, ctx, 200, title=t("done_title", lang), request_id=request_id, masked_note=note
    )


def _duplicate(lang: str, ctx: PortalContext, request_id: str) -> PortalReply:
    lead = t("duplicate_lead", lang).format(request_id=request_id)
    return _page("request_message.html.j2", lang, ctx, 429, title=t("duplicate_title", lang), lead=lead)


def _recent(ctx: PortalContext) -> RecentRequests:
    recent: RecentRequests = ctx.extra.get(RECENT_KEY) or _RECENT
    return recent


async def _own_decision(req: PortalRequest, ctx: PortalContext, decision_id: str) -> dict[str, Any] | None:
    """The decision with this id if the decision page would show it to the asking user, else None
    (whether it exists or not: no oracle). DecisionStoreError when the store cannot be read."""
    if req.user is None or not usable_id(decision_id):
        return None
    facts: dict[str, Any] | None = await ctx.decisions.get(decision_id)
    proxy_auth = bool(ctx.extra.get("proxy_auth", False))
    if facts is None or not may_see(ctx.policy, facts, req.user, req.identity_source, proxy_auth=proxy_auth):
        return None
    return facts


def _filled(values: Mapping[str, str], errors: Mapping[str, str], lang: str) -> dict[str, Any]:
    """What the employee typed and what is wrong with it, for every field (blank where nothing)."""
    return {
        "values": {name: values.get(name, "") for name in FIELDS},
        "errors": {
            name: t(errors[name], lang).format(max=MAX_LENGTHS.get(name, 0)) if name in errors else ""
            for name in FIELDS
        },
        "has_errors": bool(errors),
    }


def _choose(lang: str, ctx: PortalContext, address: str | None) -> PortalReply:
    """Ask for the tool's web address; once typed, on to that tool's form (303)."""
    if address is not None:
        choice = choice_for(ctx.policy, address)
        if choice is not None:
            return PortalReply(
                303, b"", "text/plain; charset=utf-8", {"location": url(REQUEST_TOOL, origin="", tool=choice)}
            )
    status, error = (400, t("address_error", lang)) if address is not None else (200, None)
    return _page("request_choose.html.j2", lang, ctx, status, title=t("choose_title", lang), error=error)


def _lang(req: PortalRequest, ctx: PortalContext) -> str:
    return page_language(req.query, req.headers, ctx.policy.settings.default_language)


def _message(lang: str, ctx: PortalContext, status: int, title: str, lead: str) -> PortalReply:
    return _page("request_message.html.j2", lang, ctx, status, title=t(title, lang), lead=t(lead, lang))


def _page(template: str, lang: str, ctx: PortalContext, status: int, title: str, **context: Any) -> PortalReply:
    context.setdefault("link", None)
    context.setdefault("warn", status >= 400)
    reply = page(template, status, lang, title, t=texts(lang), help=ctx.policy.settings.help.get(lang), **context)
    # A form holds a token and what the employee typed: never kept by a cache.
    return replace(reply, headers={**reply.headers, "cache-control": "no-store"})

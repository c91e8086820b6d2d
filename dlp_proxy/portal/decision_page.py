"""The decision page, /d/<decision id>: what happened to one prompt or page, shown only to the
person it happened to.

Who may see it (`may_see`), precisely:
- nobody when the policy records users under a pseudonym (`identity.pseudonymise`): the log does
  not name people, so the proxy does not tell whose a decision is;
- nobody who cannot be identified (the admin port without an address map: "open it through the
  proxy");
- otherwise the requester's user must equal the record's user, and both must be identified by
  something other than a bare client address (proxy authentication, the trusted header, the
  policy's address map), with one exception: in a deployment that identifies people by address
  only (no proxy authentication, and no trusted header that can count), a record identified by
  its client address is shown to a requester from that same address.
Unknown, expired, or someone else's: the same "not found" page and status (no oracle).
"""

from __future__ import annotations

import hmac
import logging
from typing import Any
from urllib.parse import quote

from dlp_proxy.policy.schema import Policy
from dlp_proxy.portal.decisions import DecisionStoreError, usable_id
from dlp_proxy.portal.texts import page_language, text, texts
from dlp_proxy.portal.view import message, page
from dlp_proxy.portal.web import (
    DECISION,
    PORTAL_ORIGIN,
    REQUEST_EXCEPTION,
    REQUEST_TOOL,
    PortalContext,
    PortalReply,
    PortalRequest,
    url,
)
from dlp_proxy.respond.notices import describe_counts, reason_text

logger = logging.getLogger(__name__)

NAMED_SOURCES = ("proxy_auth", "trusted_header", "address_map")
ADDRESS = "client_address"
# Actions whose notice stops the prompt: the employee may ask for an exception.
STOPPED = ("block", "warn")


def address_only(policy: Policy, proxy_auth: bool) -> bool:
    """Whether this deployment can name people by their address only."""
    header_counts = bool(policy.identity.trusted_header and policy.identity.trusted_proxies)
    return not proxy_auth and not header_counts


def may_see(policy: Policy, facts: dict[str, Any], user: str | None, source: str, *, proxy_auth: bool) -> bool:
    """Whether the requester (`user`, identified by `source`) may see the decision `facts`."""
    if policy.identity.pseudonymise or user is None:
        return False
    owner, owner_source = facts.get("user"), facts.get("identity_source")
    if not isinstance(owner, str) or not owner:
        return False
    if owner_source in NAMED_SOURCES and source in NAMED_SOURCES:
        pass
    elif owner_source == ADDRESS and source == ADDRESS and address_only(policy, proxy_auth):
        pass
    else:
        return False
    return hmac.compare_digest(owner.encode("utf-8"), user.encode("utf-8"))


async def decision(request: PortalRequest, ctx: PortalContext) -> PortalReply:
    policy: Policy = ctx.policy
    lang = page_language(request.query, request.headers, policy.settings.default_language)
    decision_id = request.path.removeprefix(DECISION)
    reference = decision_id if usable_id(decision_id) else ""
    if request.method not in ("GET", "HEAD"):
        return message(405, lang, "method")
    if policy.identity.pseudonymise:
        return message(404, lang, "anonymous", reference=reference)
    if request.user is None:
        link = PORTAL_ORIGIN + DECISION + quote(reference, safe="")
        return message(403, lang, "via_proxy", link=link, reference=reference)
    if not reference:
        return message(404, lang, "not_found")
    try:
        facts = await ctx.decisions.get(decision_id)
    except DecisionStoreError as e:
        logger.warning("dlp-proxy: decision page not available: %s", e)
        return message(503, lang, "unavailable", reference=reference)
    proxy_auth = bool(ctx.extra.get("proxy_auth", False))
    if facts is None or not may_see(policy, facts, request.user, request.identity_source, proxy_auth=proxy_auth):
        return message(404, lang, "not_found", reference=reference)
    return page("decision.html.j2", 200, lang, text("decision_title", lang), **view(policy, facts, lang))


def view(policy: Policy, facts: dict[str, Any], lang: str) -> dict[str, Any]:
    """What the page shows: plain strings, escaped by the template; never a value."""
    t = texts(lang)
    action, would = str(facts.get("action")), str(facts.get("would_action") or facts.get("action"))
    tool_id = str(facts.get("tool") or "")
    tool = next((x for x in policy.known_tools() if x.id == tool_id), None)
    rule_id = facts.get("rule_id")
    rule = next((r for r in policy.rules if r.id == rule_id), None)
    headline = _headline(t, action, facts.get("endpoint") == "navigation")
    if not facts.get("enforced", True) and would != action:
        headline = t["monitor"].format(action=_headline(t, would, facts.get("endpoint") == "navigation"))
    decision_id = str(facts.get("decision_id"))
    status = str(facts.get("tool_status") or "")
    entities = facts.get("entities") or {}
    then, now = facts.get("policy_version"), policy.version
    return {
        "t": t,
        "warn": action in STOPPED,
        "headline": headline,
        "tool_name": str(facts.get("tool_name") or tool_id),
        "tool_status": t.get(f"status_{status}", status),
        "rule_id": rule_id,
        "found": describe_counts(entities, lang) if entities else t["nothing_found"],
        "data_classes": ", ".join(t.get(f"class_{c}", c) for c in facts.get("data_classes") or []),
        "why": reason_text(facts.get("fail_reason"), lang),
        "advice": rule.notice.get(lang) if rule is not None and rule.notice is not None else None,
        "alternative": tool.alternative if tool is not None and tool.status != "approved" else None,
        "when": str(facts.get("timestamp") or "").replace("T", " ").removesuffix("Z")[:19],
        "decision_id": decision_id,
        "changed": t["policy_changed"].format(then=then, now=now) if then and then != now else None,
        "exception_url": url(REQUEST_EXCEPTION, "", d=decision_id) if would in STOPPED else None,
        "tool_url": url(REQUEST_TOOL, "", tool=tool_id, d=decision_id) if status == "unlisted" else None,
        "help": policy.settings.help.get(lang),
    }


def _headline(t: dict[str, str], action: str, navigation: bool) -> str:
    if action == "block" and navigation:
        return t["block_page"]
    return t.get(action, action)

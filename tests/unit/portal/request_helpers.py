"""What the request-form tests share: a recording log, a decision, requests as the portal's glue
builds them, and filled-in forms (tests/unit/portal/test_requests.py, test_request_exceptions.py)."""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import urlencode

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.findings import Finding
from dlp_proxy.policy import Policy
from dlp_proxy.portal import csrf
from dlp_proxy.portal.decisions import MemoryDecisions
from dlp_proxy.portal.request_form import RecentRequests
from dlp_proxy.portal.requests import FORM_EXCEPTION, FORM_TOOL, SCAN_KEY
from dlp_proxy.portal.web import PortalContext, PortalReply, PortalRequest

SECRET = b"k" * 32
USER, OTHER = "10.0.0.7", "10.0.0.8"
SAME_ORIGIN = {"sec-fetch-site": "same-origin", "accept-language": "en"}
EMAIL, BSN = "jan.jansen@voorbeeld.nl", "111222333"
SCRIPT = "<script>alert(1)</script>"
DECISION_ID = "0123456789abcdef"


class Log:
    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []
        self.down = False

    async def commit(self, record: dict[str, Any]) -> None:
        if self.down:
            raise OSError("disk full")
        self.records.append(json.loads(json.dumps(record)))  # as the log would write it


def decision_record(**over: Any) -> dict[str, Any]:
    record = {
        "event": "decision",
        "decision_id": DECISION_ID,
        "user": USER,
        "identity_source": "client_address",
        "tool": "chatgpt",
        "tool_name": "ChatGPT",
        "tool_status": "approved",
        "action": "block",
        "would_action": "block",
        "rule_id": "CLIENT-BLOCK",
        "data_classes": ["client", "personal"],
        "entities": {"CLIENT": 1, "PERSON": 1},
    }
    return record | over


def make_ctx(policy: Policy, log: Log, detector: PresidioDetector) -> PortalContext:
    """A portal context as the glue makes it: one decision of USER's kept, the real detector."""
    decisions = MemoryDecisions()
    decisions.remember(decision_record())

    async def secret() -> bytes:
        return SECRET

    async def scan(text: str) -> list[Finding]:
        return detector.scan(text)

    return PortalContext(policy, log, decisions, secret, {SCAN_KEY: scan, "recent_requests": RecentRequests()})


def get(path: str, query: dict[str, str], user: str | None = USER, **headers: str) -> PortalRequest:
    return PortalRequest(
        "GET", path, query, {"accept-language": "en", **headers}, b"", user, "client_address", USER, "proxy"
    )


def post(
    path: str, query: dict[str, str], form: dict[str, str], *, user: str = USER, headers: dict[str, str] | None = None
) -> PortalRequest:
    body = urlencode(form).encode()
    hdrs = SAME_ORIGIN if headers is None else headers
    return PortalRequest("POST", path, query, hdrs, body, user, "client_address", user, "proxy")


def run(handler: Any, request: PortalRequest, ctx: PortalContext) -> tuple[PortalReply, str]:
    reply: PortalReply = asyncio.run(handler(request, ctx))
    return reply, reply.body.decode()


def tool_form(**over: str) -> dict[str, str]:
    form = {
        "csrf": csrf.issue(SECRET, USER, FORM_TOOL),
        "purpose": "Translating our newsletter into German",
        "category": "general_use",
        "level_low": "on",
    }
    return {k: v for k, v in (form | over).items() if v is not None}


def exception_form(**over: str) -> dict[str, str]:
    form = {
        "csrf": csrf.issue(SECRET, USER, FORM_EXCEPTION),
        "client": "Zorggroep Noorderlicht",
        "reason": "Summarising the client's own annual report for them",
        "consent_by": "Their director, by signed letter",
        "consent_ref": "TOESTEMMING-2026-021 in the client file",
    }
    return form | over


TOOL_QUERY = {"tool": "claude", "d": DECISION_ID}
EXC_QUERY = {"d": DECISION_ID}

"""The portal's request and reply, its routing table, and the addresses every notice links to.

A handler is `async (PortalRequest, PortalContext) -> PortalReply`: async because some pages
commit a record to the decision log before they answer (a request form, an acknowledgement).
The glue (proxy flow or admin server) builds the PortalRequest, including who is asking
(identified as for a prompt, dlp_proxy.pipeline.identity), and sends the reply as it is.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from dlp_proxy.portal_addresses import (  # re-exported: the portal's addresses live at core level
    ACKNOWLEDGE,
    CA_HELP,
    CHEATSHEET,
    DECISION,
    PAC,
    PORTAL_HOST,
    PORTAL_ORIGIN,
    REQUEST_EXCEPTION,
    REQUEST_TOOL,
    cheatsheet_url,
    decision_url,
    url,
)

__all__ = [
    "ACKNOWLEDGE",
    "CA_HELP",
    "CHEATSHEET",
    "DECISION",
    "PAC",
    "PORTAL_HOST",
    "PORTAL_ORIGIN",
    "REQUEST_EXCEPTION",
    "REQUEST_TOOL",
    "Handler",
    "Portal",
    "PortalContext",
    "PortalReply",
    "PortalRequest",
    "Via",
    "cheatsheet_url",
    "decision_url",
    "url",
]

Via = Literal["proxy", "admin"]


@dataclass(frozen=True)
class PortalRequest:
    method: str  # upper case
    path: str  # without the query string
    query: Mapping[str, str]  # first value of each name
    headers: Mapping[str, str]  # lower-cased names
    body: bytes
    # Who is asking, identified as for a prompt; None when nobody can be identified (the admin
    # port without an address map, anonymous users): such a request sees no decision page.
    user: str | None
    identity_source: str
    client_address: str
    via: Via

    def form(self) -> dict[str, str]:
        """The body as an application/x-www-form-urlencoded form (first value of each name)."""
        from urllib.parse import parse_qsl

        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError:
            return {}
        out: dict[str, str] = {}
        for k, v in parse_qsl(text, keep_blank_values=True, max_num_fields=64):
            out.setdefault(k, v)
        return out


@dataclass(frozen=True)
class PortalReply:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass
class PortalContext:
    """What the handlers share: the policy in force, the log, the decision store, the form secret.

    Typed loosely where the owner lives elsewhere (the decision log, the decision store): the
    handlers call `await log.commit(record)` and `await decisions.get(decision_id)` only."""

    policy: Any  # dlp_proxy.policy.schema.Policy
    log: Any  # dlp_proxy.audit.decision_log.DecisionLog
    decisions: Any  # dlp_proxy.portal.decisions.DecisionStore
    secret: Callable[[], Awaitable[bytes]]  # the CSRF key (shared between replicas)
    extra: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[PortalRequest, PortalContext], Awaitable[PortalReply]]


class Portal:
    """Exact paths, then prefixes (a path ending in "/" matches everything below it)."""

    def __init__(self) -> None:
        self.exact: dict[str, Handler] = {}
        self.prefixes: dict[str, Handler] = {}

    def add(self, path: str, handler: Handler) -> None:
        (self.prefixes if path.endswith("/") and path != "/" else self.exact)[path] = handler

    def find(self, path: str) -> Handler | None:
        if path in self.exact:
            return self.exact[path]
        best = max((p for p in self.prefixes if path.startswith(p)), key=len, default=None)
        return self.prefixes[best] if best else None

"""The values every stage starts from: one request's context, and a failure as a value."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date

from dlp_proxy.adapters import RequestView
from dlp_proxy.findings import Finding
from dlp_proxy.policy import Policy, Tool

# The detector as the stages call it: text in, findings out, off the event loop where it runs.
AsyncScan = Callable[[str], Awaitable[list[Finding]]]


@dataclass(frozen=True)
class Failure:
    """Why a stage could not do its work; `reason` is the decision record's `fail_reason`.

    `refused`: the request cannot be judged safely (a host mismatch, an ambiguous body), so it is
    blocked whatever the fail mode says. Otherwise the policy's fail mode decides."""

    reason: str
    refused: bool = False
    # The endpoint the adapter had read when a later stage failed (an image or audio refused):
    # the record names it instead of "unknown".
    endpoint: str | None = None


@dataclass(frozen=True)
class RequestContext:
    """Everything one request is judged with, apart from the services (detector, justifier)."""

    request: RequestView
    policy: Policy
    tool: Tool
    language: str  # of the notice
    user: str = ""
    client_address: str = "unknown"
    identity_source: str = "client_address"
    groups: tuple[str, ...] | None = None  # None: the policy's groups of `user`
    evidence_key: bytes | None = None
    pseudonym_key: bytes | None = None
    # Known before the body is read: an internal error, an undecodable body, a host mismatch.
    failure: Failure | None = None
    today: date | None = None  # the day exceptions are checked on; None: today
    # The adapter that reads the body; None: the tool's own (the policy tools read plain text).
    adapter: str | None = None

    @property
    def adapter_name(self) -> str:
        return self.adapter or self.tool.adapter

"""Unit tests call the pipeline the way the proxy does, with the request's context in keywords."""

from __future__ import annotations

from dlp_proxy.adapters import RequestView
from dlp_proxy.pipeline import pseudonyms
from dlp_proxy.pipeline.context import AsyncScan, Failure, RequestContext
from dlp_proxy.pipeline.inspection import Verdict, inspect
from dlp_proxy.pipeline.justification import Codes
from dlp_proxy.policy import Policy, Tool


async def judge(
    request: RequestView,
    *,
    policy: Policy,
    tool: Tool,
    scan: AsyncScan,
    language: str,
    client_address: str = "unknown",
    user: str = "",
    groups: list[str] | None = None,
    identity_source: str = "client_address",
    justifier: Codes | None = None,
    evidence_key: bytes | None = None,
    pseudonym_key: bytes | None = None,
    failed: str | None = None,
    refused: str | None = None,
) -> Verdict:
    """`failed` forces the fail mode; `refused` blocks whatever the fail mode (as the interceptor passes them)."""
    failure = Failure(refused, refused=True) if refused else Failure(failed) if failed else None
    context = RequestContext(
        request,
        policy,
        tool,
        language,
        user=user,
        client_address=client_address,
        identity_source=identity_source,
        groups=tuple(groups) if groups is not None else None,
        evidence_key=evidence_key,
        pseudonym_key=pseudonym_key,
        failure=failure,
    )
    return await inspect(context, scan, justifier, pseudonyms.fresh(user, tool.id))

"""One request through the pipeline: extract -> detect -> decide -> act, without mitmproxy types."""

from __future__ import annotations

import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from dlp_proxy.adapters import BlockResponse, Extraction, RequestView, adapter_for
from dlp_proxy.audit import build_record
from dlp_proxy.errors import AdapterError, DetectorError
from dlp_proxy.findings import Finding, count_by_type
from dlp_proxy.notices import block_notice, redact_notice
from dlp_proxy.policy import Decision, Policy, Tool, decide
from dlp_proxy.scanning import Located, join, locate, mask

AsyncScan = Callable[[str], Awaitable[list[Finding]]]


@dataclass(frozen=True)
class Verdict:
    """What the proxy does with a request, and the record that says so."""

    decision_id: str
    decision: Decision
    record: dict[str, Any]
    response: BlockResponse | None = None
    new_body: bytes | None = None
    notice: str | None = None

    @property
    def action(self) -> str:
        return self.decision.action


def new_decision_id() -> str:
    return secrets.token_hex(8)


async def inspect(
    request: RequestView,
    *,
    policy: Policy,
    tool: Tool,
    scan: AsyncScan,
    client_address: str,
    user: str,
    language: str,
    failed: str | None = None,
) -> Verdict:
    """Judge one request. `failed` forces the fail mode (e.g. an internal error upstream of us)."""
    started = time.perf_counter()
    decision_id = new_decision_id()
    adapter = adapter_for(tool.adapter, request)
    fail_reason: str | None = failed
    extraction: Extraction | None = None
    findings: list[Finding] = []
    located: list[Located] = []
    scanned = 0

    if fail_reason is not None:
        pass
    elif len(request.body) > policy.settings.max_body_bytes:
        fail_reason = "body_too_large"
    else:
        try:
            extraction = adapter.extract(request)
        except AdapterError:
            fail_reason = "unreadable_body"
    if extraction is not None:
        try:
            findings, located, scanned = await _scan_all(scan, extraction)
        except TimeoutError:
            fail_reason = "detection_timeout"
        except DetectorError:
            fail_reason = "detection_error"

    decision = decide(policy, tool, findings, detection_failed=fail_reason is not None)
    counts = count_by_type(findings)
    response: BlockResponse | None = None
    new_body: bytes | None = None
    notice: str | None = None
    masked = 0

    if decision.action == "redact" and extraction is not None:
        to_mask = [loc for loc in located if loc.origin in decision.redact]
        try:
            new_body = adapter.rewrite(request, extraction, mask(extraction.segments, to_mask))
            masked = len(decision.redact)
            notice = redact_notice(count_by_type(list(decision.redact)), decision_id, language)
        except AdapterError:
            fail_reason = "unreadable_body"
            decision = decide(policy, tool, findings, detection_failed=True)
    if decision.action == "block":
        notice = block_notice(policy, tool, decision, counts, decision_id, language, fail_reason)
        response = adapter.block_response(request, notice, decision_id)

    record = build_record(
        decision_id=decision_id,
        policy=policy,
        tool=tool,
        decision=decision,
        entity_counts=counts,
        method=request.method,
        host=request.host,
        path=request.path,
        client_address=client_address,
        user=user,
        adapter=adapter.name,
        endpoint=extraction.endpoint if extraction else "unknown",
        language=language,
        bytes_scanned=scanned,
        latency_ms=(time.perf_counter() - started) * 1000,
        fail_reason=fail_reason,
        masked=masked,
    )
    return Verdict(decision_id, decision, record, response, new_body, notice)


async def _scan_all(scan: AsyncScan, extraction: Extraction) -> tuple[list[Finding], list[Located], int]:
    if not extraction.segments:
        return [], [], 0
    text, starts = join(extraction.segments)
    findings = await scan(text)
    return findings, locate(findings, extraction.segments, starts), len(text)


def run_sync_scan(scan: Callable[[str], list[Finding]]) -> AsyncScan:
    """Wrap a blocking scan for callers without an executor (CLI, tests)."""

    async def _scan(text: str) -> list[Finding]:
        return scan(text)

    return _scan



"""One request through the pipeline: extract -> detect -> decide -> act, without mitmproxy types."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from dlp_proxy.respond import blockpage
from dlp_proxy.pipeline import closed_world
from dlp_proxy.respond import justify
from dlp_proxy.adapters import (
    ADAPTERS,
    WEBSOCKET,
    AnswerNoter,
    BlockResponse,
    Extraction,
    RequestView,
    Segment,
    adapter_for,
)
from dlp_proxy.adapters.base import Adapter, JsonPath
from dlp_proxy.audit import build_record, evidence
from dlp_proxy.pipeline.body import BodyError
from dlp_proxy.errors import AdapterError, DetectorError, UploadError
from dlp_proxy.findings import Finding, count_by_type
from dlp_proxy.respond.justify import Justifier
from dlp_proxy.respond.notices import block_notice, redact_notice, warn_notice
from dlp_proxy.policy import Decision, Policy, Tool, decide
from dlp_proxy.policy.decision import FAIL_CLOSED
from dlp_proxy.pipeline.scanning import SEPARATOR, Located, bridges, join, locate, locate_bridged, mask

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
    stream: bool = False  # the client asked for a streamed answer
    # Put in front of the streamed answer (a mask note in the app's own stream format).
    answer_prefix: bytes | None = None
    # The URL path and headers with masked values (closed world: the query string, a header).
    new_path: str | None = None
    new_headers: dict[str, str] = field(default_factory=dict)

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
    groups: list[str] | None = None,
    identity_source: str = "client_address",
    justifier: Justifier | None = None,
    evidence_key: bytes | None = None,
    pseudonym_key: bytes | None = None,
    failed: str | None = None,
    refused: str | None = None,
) -> Verdict:
    """Judge one request. `failed` forces the fail mode (e.g. an internal error upstream of us);
    `refused` blocks it whatever the fail mode (a host mismatch: it cannot be judged safely)."""
    started = time.perf_counter()
    decision_id = new_decision_id()
    adapter = adapter_for(tool.adapter, request)
    fail_reason: str | None = failed
    extraction: Extraction | None = None
    findings: list[Finding] = []
    located: list[Located] = []
    scanned_text = ""
    marker: justify.Justification | None = None

    rest: closed_world.Residual | None = None
    if refused is not None or fail_reason is not None:
        pass
    elif len(request.body) > policy.settings.max_body_bytes:
        fail_reason = "body_too_large"
    else:
        try:
            extraction, rest = await _read(adapter, request, policy.settings.detection_timeout_seconds)
        except BodyError as e:  # duplicate or case-folded keys: two parsers may read two prompts
            refused, extraction = e.reason, None
        except UploadError as e:  # an uploaded file: unreadable or too large, said precisely
            fail_reason, extraction = e.reason, None
        except AdapterError:
            fail_reason, extraction = "unreadable_body", None
        except TimeoutError:  # reading a document took longer than scanning may
            fail_reason, extraction = "detection_timeout", None
    segments: list[Segment] = []
    if extraction is not None and rest is not None:
        marker = _take_justification(extraction)
        segments = extraction.segments + rest.segments
        try:
            findings, located, scanned_text = await _scan_all(scan, segments)
        except TimeoutError:
            fail_reason = "detection_timeout"
        except DetectorError:
            fail_reason = "detection_error"

    # A code works once, on whichever replica sees it; if that cannot be checked it is refused.
    redemption: justify.Redemption | None = None
    if marker is not None and justifier is not None and len(marker.reason) >= justify.MIN_REASON:
        redemption = await justifier.redeem(marker.code, user, tool.id)
    justified = redemption is justify.Redemption.ACCEPTED
    if refused is not None:
        fail_reason = refused
        decision = refusal(policy, tool, refused)
    else:
        decision = decide(
            policy, tool, findings, user=user, justified=justified, detection_failed=fail_reason is not None
        )
    counts = count_by_type(findings)
    response: BlockResponse | None = None
    new_body: bytes | None = None
    notice: str | None = None
    answer_prefix: bytes | None = None
    new_path: str | None = None
    new_headers: dict[str, str] = {}
    masked = 0

    if decision.action in ("allow", "redact") and extraction is not None and rest is not None:
        changes: dict[JsonPath, str] = {}
        if marker is not None:  # the DLP-OK line never leaves the proxy
            changes[extraction.segments[marker.segment].path] = extraction.segments[marker.segment].text
        if decision.action == "redact":
            changes.update(mask(segments, [loc for loc in located if loc.origin in decision.redact]))
        outside = {p: t for p, t in changes.items() if p and str(p[0]).startswith("@")}
        inside = {p: t for p, t in changes.items() if p not in outside}
        try:
            new_body = adapter.rewrite(request, extraction, inside) if inside else None
            if outside and not all(closed_world.maskable(p) for p in outside):
                raise UploadError("field_not_maskable", "a finding lies where it cannot be masked")
            new_body, new_path, new_headers = closed_world.apply(request, rest, new_body, outside)
        except UploadError as e:
            fail_reason = e.reason
            if e.reason in NOT_MASKABLE:  # scanned, but the data sits where it cannot be masked: block
                decision = replace(decision, action="block", would_action="block")
            else:
                decision = decide(policy, tool, findings, user=user, detection_failed=True)
        except AdapterError:
            fail_reason = "unreadable_body"
            decision = decide(policy, tool, findings, user=user, detection_failed=True)
        else:
            if decision.action == "redact":
                masked = len(decision.redact)
                notice = redact_notice(count_by_type(list(decision.redact)), decision_id, language)
                answer_prefix = _answer_prefix(adapter, request, extraction, notice, tool)
    # Notices speak the tool's own error shape even when the generic fallback read the body
    # (an endpoint of api.anthropic.com the Anthropic adapter does not know yet).
    responder = ADAPTERS.get(tool.adapter, adapter)
    if decision.action == "warn":
        code = await justifier.issue(user, tool.id) if justifier is not None else None
        refused = redemption.value if redemption not in (None, justify.Redemption.ACCEPTED) else None
        if justifier is not None and code is None:
            refused = justify.Redemption.UNAVAILABLE.value
        notice = warn_notice(policy, tool, decision, counts, decision_id, language, code, refused)
        response = responder.block_response(request, notice, decision_id)
    elif decision.action == "block":
        notice = block_notice(policy, tool, decision, counts, decision_id, language, fail_reason)
        response = responder.block_response(request, notice, decision_id)
    # A person opened an unlisted or forbidden tool in a browser tab: the block page, not an API error.
    page = decision.action == "block" and blockpage.applies(tool, request.method, request.headers)
    if page:
        response = blockpage.response(policy, tool, decision_id, language, decision.rule_id)

    evidence_field = None
    spec = policy.settings.evidence
    if extraction is not None and findings and (spec.masked_prompt or spec.fingerprints):
        text = scanned_text
        masked_all = mask(segments, located)
        evidence_field = evidence.build(
            spec,
            evidence_key,
            [(f.entity_type, text[f.start : f.end]) for f in findings],
            SEPARATOR.join(masked_all.get(seg.path, seg.text) for seg in extraction.segments),  # the prompt
        )

    record = build_record(
        decision_id=decision_id,
        policy=policy,
        tool=tool,
        decision=decision,
        entity_counts=counts,
        method=request.method,
        host=request.host,
        path=_loggable_path(request, rest, segments, located),
        # With identity.pseudonymise the log holds a keyed pseudonym of the user and address.
        client_address=evidence.pseudonym(pseudonym_key, client_address) if pseudonym_key else client_address,
        user=evidence.pseudonym(pseudonym_key, user) if pseudonym_key else user,
        groups=groups if groups is not None else policy.groups_of(user),
        identity_source=identity_source,
        adapter=adapter.name,
        endpoint=blockpage.ENDPOINT if page else extraction.endpoint if extraction else "unknown",
        language=language,
        bytes_scanned=len(scanned_text),
        latency_ms=(time.perf_counter() - started) * 1000,
        fail_reason=fail_reason,
        masked=masked,
        justification=await _loggable_reason(scan, marker.reason) if justified and marker else None,
        evidence=evidence_field,
    )
    stream = extraction.stream if extraction is not None else False
    if decision.action not in ("allow", "redact"):
        new_body, new_path, new_headers = None, None, {}
    return Verdict(
        decision_id, decision, record, response, new_body, notice, stream, answer_prefix, new_path, new_headers
    )


def _loggable_path(
    request: RequestView, rest: closed_world.Residual | None, segments: list[Segment], located: list[Located]
) -> str:
    """The path for the record, with anything found in it masked, whatever the action."""
    in_route = [loc for loc in located if segments[loc.segment].path[:1] == ("@route",)]
    if rest is None or not in_route:
        return request.path
    return closed_world.apply(request, rest, None, mask(segments, in_route))[1] or request.path


# Reasons a scanned request is blocked because its data cannot be masked where it lies.
NOT_MASKABLE = ("file_not_maskable", "field_not_maskable")


def refusal(policy: Policy, tool: Tool, reason: str) -> Decision:
    """Blocked whatever the fail mode says: the request cannot be judged safely (a host
    mismatch, an ambiguous body). Monitor mode still only records what would have happened."""
    monitor = policy.mode(tool) == "monitor"
    return Decision(
        action="allow" if monitor else "block",
        would_action="block",
        monitor=monitor,
        rule_id=FAIL_CLOSED,
        detection_failed=True,
        trace=(f"tool {tool.id}: refused without scanning: {reason}",),
    )


def _answer_prefix(
    adapter: object, request: RequestView, extraction: Extraction, notice: str, tool: Tool
) -> bytes | None:
    """The mask note in the answer's own stream format, where the tool and its adapter allow it."""
    if not tool.answer_note or not extraction.stream or not isinstance(adapter, AnswerNoter):
        return None
    try:
        return adapter.answer_note(request, extraction, notice)
    except Exception:  # a note is a courtesy; never let it fail the request
        return None


# Bodies this large may be documents (a 500-page PDF takes about a second to read): read them
# in a worker thread so the event loop keeps serving other connections, within the detection timeout.
OFFLOAD_BYTES = 64 * 1024


def _read_now(adapter: Adapter, request: RequestView) -> tuple[Extraction, closed_world.Residual]:
    """The body read as the vendor will (BodyError when ambiguous), the adapter's segments, and
    every other string of the request (closed world)."""
    doc = closed_world.body_document(request)
    extraction = adapter.extract(request)
    return extraction, closed_world.residual(request, doc, extraction, message=request.method == WEBSOCKET)


async def _read(adapter: Adapter, request: RequestView, timeout: float) -> tuple[Extraction, closed_world.Residual]:
    if len(request.body) < OFFLOAD_BYTES:
        return _read_now(adapter, request)
    return await asyncio.wait_for(asyncio.to_thread(_read_now, adapter, request), timeout)


def _take_justification(extraction: Extraction) -> justify.Justification | None:
    """Find a DLP-OK line and remove it from the segment (scanned and forwarded without it)."""
    marker = justify.find([s.text for s in extraction.segments])
    if marker is not None:
        seg = extraction.segments[marker.segment]
        extraction.segments[marker.segment] = Segment(seg.path, justify.strip(seg.text, marker), seg.role)
    return marker


async def _loggable_reason(scan: AsyncScan, reason: str) -> str:
    """The employee's reason for the log, with anything detected in it masked."""
    try:
        found = await scan(reason)
    except (DetectorError, TimeoutError):
        return "[reason not logged: could not be checked]"
    return mask([Segment(("reason",), reason)], [Located(0, f, f) for f in found]).get(("reason",), reason)


async def _scan_all(scan: AsyncScan, segments: list[Segment]) -> tuple[list[Finding], list[Located], str]:
    """Scan all segments as one text, plus the junctions of neighbouring prompt parts."""
    if not segments:
        return [], [], ""
    text, starts = join(segments)
    glued, links = bridges(segments, len(text) + len(SEPARATOR))
    scanned = text + SEPARATOR + glued if glued else text
    found = await scan(scanned)
    inside = [f for f in found if f.end <= len(text)]
    located = locate(inside, segments, starts)
    ignored = {
        id(loc.origin)
        for loc in located
        if segments[loc.segment].role == "credential"
        and not closed_world.credential_finding_counts(
            loc.origin.entity_type, loc.origin.recognizer, text[loc.origin.start : loc.origin.end]
        )
    }
    if ignored:
        inside = [f for f in inside if id(f) not in ignored]
        located = [loc for loc in located if id(loc.origin) not in ignored]
    crossing, pieces = locate_bridged([f for f in found if f.start >= len(text)], links)
    # A glued finding counts only where neither half is already part of a finding of its own
    # ("lookup" glued to "jan@example.nl" is not a longer address).
    known = [(loc.segment, loc.finding) for loc in located]
    overlapping = {id(p.origin) for p in pieces if any(i == p.segment and f.overlaps(p.finding) for i, f in known)}
    crossing = [f for f in crossing if id(f) not in overlapping]
    pieces = [p for p in pieces if id(p.origin) not in overlapping]
    return inside + crossing, located + pieces, scanned


def run_sync_scan(scan: Callable[[str], list[Finding]]) -> AsyncScan:
    """Wrap a blocking scan for callers without an executor (CLI, tests)."""

    async def _scan(text: str) -> list[Finding]:
        return scan(text)

    return _scan

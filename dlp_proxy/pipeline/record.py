"""Stage 5, record: the decision record for the audit log. Types, counts, rule and action;
never a detected value or prompt text (the path has anything found in it masked)."""

from __future__ import annotations

from typing import Any

from dlp_proxy.audit import build_record, evidence
from dlp_proxy.findings import count_by_type
from dlp_proxy.pipeline import closed_world
from dlp_proxy.pipeline.act import Answer, Rewrite
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.pipeline.decide import Judgement
from dlp_proxy.pipeline.extract import Read, adapter_of
from dlp_proxy.pipeline.ocr import images_read
from dlp_proxy.pipeline.scan import Scanned
from dlp_proxy.pipeline.scanning import SEPARATOR, mask
from dlp_proxy.policy.labels_section import recorded
from dlp_proxy.respond import blockpage


def record(
    ctx: RequestContext,
    read: Read | Failure,
    found: Scanned | Failure,
    judgement: Judgement,
    outcome: tuple[Rewrite, Answer],
    *,
    decision_id: str,
    justification: str | None,
    latency_ms: float,
) -> dict[str, Any]:
    change, answer = outcome
    scanned = found if isinstance(found, Scanned) else None
    key = ctx.pseudonym_key  # with identity.pseudonymise the log holds a keyed pseudonym of user and address
    endpoint = read.extraction.endpoint if isinstance(read, Read) else read.endpoint or "unknown"
    return build_record(
        decision_id=decision_id,
        policy=ctx.policy,
        tool=ctx.tool,
        decision=judgement.decision,
        entity_counts=count_by_type(list(scanned.findings) if scanned else []),
        method=ctx.request.method,
        host=ctx.request.host,
        path=_loggable_path(ctx, read, scanned),
        client_address=evidence.pseudonym(key, ctx.client_address) if key else ctx.client_address,
        user=evidence.pseudonym(key, ctx.user) if key else ctx.user,
        groups=list(ctx.groups) if ctx.groups is not None else ctx.policy.groups_of(ctx.user),
        identity_source=ctx.identity_source,
        adapter=read.adapter.name if isinstance(read, Read) else adapter_of(ctx).name,
        endpoint=blockpage.ENDPOINT if answer.page else endpoint,
        language=ctx.language,
        bytes_scanned=len(scanned.text) if scanned else 0,
        latency_ms=latency_ms,
        fail_reason=judgement.failure.reason if judgement.failure is not None else None,
        masked=change.masked,
        justification=justification,
        evidence=_evidence(ctx, read, scanned),
        images_read=images_read(read),
        labels=recorded(ctx.policy.labels, read.labels) if isinstance(read, Read) else [],
    )


def _loggable_path(ctx: RequestContext, read: Read | Failure, scanned: Scanned | None) -> str:
    """The path for the record, with anything found in it masked, whatever the action."""
    if isinstance(read, Failure) or scanned is None:
        return ctx.request.path
    in_route = [loc for loc in scanned.located if scanned.segments[loc.segment].path[:1] == ("@route",)]
    if not in_route:
        return ctx.request.path
    return closed_world.apply(ctx.request, read.rest, None, mask(scanned.segments, in_route))[1] or ctx.request.path


def _evidence(ctx: RequestContext, read: Read | Failure, scanned: Scanned | None) -> dict[str, Any] | None:
    """Keyed fingerprints and the masked prompt, only where settings.evidence asks for them."""
    spec = ctx.policy.settings.evidence
    if isinstance(read, Failure) or scanned is None or not scanned.findings:
        return None
    if not (spec.masked_prompt or spec.fingerprints):
        return None
    masked_all = mask(scanned.segments, scanned.located)
    prompt = SEPARATOR.join(masked_all.get(seg.path, seg.text) for seg in read.extraction.segments)
    values = [(f.entity_type, scanned.text[f.start : f.end]) for f in scanned.findings]
    return evidence.build(spec, ctx.evidence_key, values, prompt)

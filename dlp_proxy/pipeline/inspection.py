"""One request through the stages: extract -> scan -> decide -> act -> record.

Each stage is a function from frozen values to a frozen value, a failure is a value
(`Failure`), and nothing here knows mitmproxy: the proxy (dlp_proxy.proxy) and the policy
tools (dlp_proxy.policytools) both call `inspect`, so `policy explain` says what the proxy does."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dlp_proxy.adapters import BlockResponse
from dlp_proxy.findings import Finding
from dlp_proxy.pipeline import pseudonyms
from dlp_proxy.pipeline.act import UNCHANGED, respond, rewrite
from dlp_proxy.pipeline.audio import judge_audio
from dlp_proxy.pipeline.context import AsyncScan, Failure, RequestContext
from dlp_proxy.pipeline.decide import Judgement, decide
from dlp_proxy.pipeline.extract import Read, extract
from dlp_proxy.pipeline.justification import Codes, loggable_reason, redeem, warn_code
from dlp_proxy.pipeline.ocr import AsyncOcr, read_images
from dlp_proxy.pipeline.pseudonyms import Pseudonyms, VaultUse
from dlp_proxy.pipeline.record import record
from dlp_proxy.pipeline.scan import Scanned, scan
from dlp_proxy.policy import Decision


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
    new_headers: Mapping[str, str] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()  # what the scan found (the policy tools show them)
    failure: Failure | None = None  # why the fail mode decided, or why the data could not be masked
    # Placeholder -> value: what the answer gets back (action pseudonymise). Never logged.
    restore: Mapping[str, str] = field(default_factory=dict, repr=False)

    @property
    def action(self) -> str:
        return self.decision.action


def new_decision_id() -> str:
    return secrets.token_hex(8)


async def inspect(
    ctx: RequestContext,
    detector: AsyncScan,
    codes: Codes | None = None,
    vault: VaultUse | None = None,
    ocr: AsyncOcr | None = None,
) -> Verdict:
    """Judge one request: what leaves the proxy, what the employee sees, and the record.
    `vault`: where pseudonymised values are kept for the answer (None: nowhere, and a decision
    to pseudonymise follows the fail mode). `ocr`: reads the text of the request's images (the
    detection workers'; None: in a thread of this process)."""
    started = time.perf_counter()
    decision_id = new_decision_id()
    read = judge_audio(ctx, await read_images(ctx, await extract(ctx), ocr))
    found, known = await pseudonyms.recall(ctx, await scan(read, detector), vault)
    labels = read.labels if isinstance(read, Read) else []
    judgement = decide(ctx, found, redemption=await redeem(ctx, read, codes), labels=labels)
    issued = await pseudonyms.assign(found, judgement.decision, vault, known)
    change = (
        rewrite(ctx, read, found, judgement.decision, issued.assigned, issued.restore)
        if isinstance(issued, Pseudonyms)
        else issued
    )
    if isinstance(change, Failure):  # the masked values could not be written back: judged again
        judgement = decide(ctx, found, redemption=judgement.redemption, rewrite=change, labels=labels)
        change = UNCHANGED
    restore = (
        issued.restore if isinstance(issued, Pseudonyms) and judgement.decision.action not in ("warn", "block") else {}
    )
    answer = respond(ctx, read, judgement, change, decision_id, await warn_code(ctx, judgement, codes))
    justification = await loggable_reason(read, judgement, detector)
    entry = record(
        ctx,
        read,
        found,
        judgement,
        (change, answer),
        decision_id=decision_id,
        justification=justification,
        latency_ms=(time.perf_counter() - started) * 1000,
    )
    return Verdict(
        decision_id=decision_id,
        decision=judgement.decision,
        record=entry,
        response=answer.response,
        new_body=change.body,
        notice=answer.notice,
        stream=read.extraction.stream if isinstance(read, Read) else False,
        answer_prefix=answer.answer_prefix,
        new_path=change.path,
        new_headers=change.headers,
        findings=found.findings if isinstance(found, Scanned) else (),
        failure=judgement.failure,
        restore=restore,
    )


def run_sync_scan(scan_text: Callable[[str], list[Finding]]) -> AsyncScan:
    """Wrap a blocking scan for callers without an executor (CLI, tests)."""

    async def _scan(text: str) -> list[Finding]:
        return scan_text(text)

    return _scan


__all__ = [
    "Judgement",
    "RequestContext",
    "Failure",
    "Verdict",
    "VaultUse",
    "inspect",
    "new_decision_id",
    "run_sync_scan",
]

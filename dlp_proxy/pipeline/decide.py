"""Stage 3, decide: the policy's decision for what was found, or for why nothing could be found.

Pure: the same context, findings and failure give the same judgement. Beside the policy's own
rules (dlp_proxy.policy.decision) it holds the rules of the request itself: a request that
cannot be judged safely is refused, and data that lies where it cannot be masked (inside a
document, in an object key) turns a redact into a block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from dlp_proxy.pipeline import closed_world
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.pipeline.ocr import is_image_text
from dlp_proxy.pipeline.scan import Scanned
from dlp_proxy.pipeline.scanning import outside
from dlp_proxy.policy import Decision, Policy, Tool
from dlp_proxy.policy import decide as policy_decide
from dlp_proxy.policy.decision import FAIL_CLOSED
from dlp_proxy.policy.labels_section import SENSITIVITY_LABEL
from dlp_proxy.policy.schema import MASKING
from dlp_proxy.respond.justify import Redemption

# Reasons a scanned request is blocked because its data cannot be masked where it lies.
NOT_MASKABLE = ("file_not_maskable", "field_not_maskable", "image_not_maskable", "prompt_bound")


@dataclass(frozen=True)
class Judgement:
    """The decision, and the failure behind it (the record's `fail_reason`), if any."""

    decision: Decision
    failure: Failure | None = None
    redemption: Redemption | None = None  # what became of the employee's DLP-OK code


def decide(
    ctx: RequestContext,
    found: Scanned | Failure,
    *,
    redemption: Redemption | None = None,
    rewrite: Failure | None = None,
    labels: Sequence[tuple[str, str]] = (),
) -> Judgement:
    """`found` is what the scan found, or why the request could not be read or scanned;
    `rewrite` why the masked values could not be written back (then judged again); `labels`
    the sensitivity labels of the request's files (Read.labels), decided like findings."""
    failure = found if isinstance(found, Failure) else rewrite
    if failure is not None and failure.refused:
        return Judgement(refusal(ctx.policy, ctx.tool, failure.reason), failure, redemption)
    findings = list(found.findings) if isinstance(found, Scanned) else []
    unreadable = failure is not None and failure.reason not in NOT_MASKABLE
    decision = policy_decide(
        ctx.policy,
        ctx.tool,
        findings,
        user=ctx.user,
        today=ctx.today,
        justified=redemption is Redemption.ACCEPTED,
        detection_failed=unreadable,
        labels=labels,
    )
    if decision.action in MASKING and failure is None and isinstance(found, Scanned):
        failure = unmaskable(found, decision)
    if failure is not None and failure.reason in NOT_MASKABLE:  # scanned, but cannot be masked: block
        decision = replace(decision, action="block", would_action="block")
    return Judgement(decision, failure, redemption)


def unmaskable(found: Scanned, decision: Decision) -> Failure | None:
    """Why a value the decision masks cannot be masked where it lies, if so (a labelled file
    cannot lose its label: a label the decision would mask blocks, like data inside a document)."""
    if any(f.entity_type == SENSITIVITY_LABEL for f in decision.masks):
        return Failure("file_not_maskable")
    for loc in found.located_of(decision.masks):
        seg = found.segments[loc.segment]
        if not seg.maskable:  # text read from an image by OCR, or a document's
            return Failure("image_not_maskable" if is_image_text(seg) else "file_not_maskable")
        if outside(seg) and not closed_world.maskable(seg.path):
            return Failure("field_not_maskable")
    return None


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

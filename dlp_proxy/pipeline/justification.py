"""The justification codes around the decision: redeem the employee's DLP-OK code before it,
issue a code with a warn after it, and the reason made fit for the log."""

from __future__ import annotations

from typing import Protocol

from dlp_proxy.adapters import Segment
from dlp_proxy.errors import DetectorError
from dlp_proxy.pipeline.act import WarnCode
from dlp_proxy.pipeline.context import AsyncScan, Failure, RequestContext
from dlp_proxy.pipeline.decide import Judgement
from dlp_proxy.pipeline.extract import Read
from dlp_proxy.pipeline.scanning import Located, mask
from dlp_proxy.respond.justify import MIN_REASON, Redemption

UNCHECKED_REASON = "[reason not logged: could not be checked]"


class Codes(Protocol):
    """Issues and redeems DLP-OK codes (dlp_proxy.respond.justify.Justifier)."""

    async def issue(self, user: str, tool: str) -> str | None: ...

    async def redeem(self, code: str, user: str, tool: str) -> Redemption: ...


async def redeem(ctx: RequestContext, read: Read | Failure, codes: Codes | None) -> Redemption | None:
    """A code works once, on whichever replica sees it; if that cannot be checked it is refused."""
    marker = read.marker if isinstance(read, Read) else None
    if marker is None or codes is None or len(marker.reason) < MIN_REASON:
        return None
    return await codes.redeem(marker.code, ctx.user, ctx.tool.id)


async def warn_code(ctx: RequestContext, judgement: Judgement, codes: Codes | None) -> WarnCode | None:
    """For a held prompt: a fresh code, and why the code the employee gave did not count."""
    if judgement.decision.action != "warn":
        return None
    code = await codes.issue(ctx.user, ctx.tool.id) if codes is not None else None
    given = judgement.redemption
    refused = given.value if given not in (None, Redemption.ACCEPTED) else None
    if codes is not None and code is None:
        refused = Redemption.UNAVAILABLE.value
    return WarnCode(code, refused)


async def loggable_reason(read: Read | Failure, judgement: Judgement, detector: AsyncScan) -> str | None:
    """The employee's reason for the log when it released the prompt, anything detected in it masked."""
    if judgement.redemption is not Redemption.ACCEPTED or isinstance(read, Failure) or read.marker is None:
        return None
    reason = read.marker.reason
    try:
        found = await detector(reason)
    except (DetectorError, TimeoutError):
        return UNCHECKED_REASON
    return mask([Segment(("reason",), reason)], [Located(0, f, f) for f in found]).get(("reason",), reason)

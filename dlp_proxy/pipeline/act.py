"""Stage 4, act: what leaves the proxy. For allow, pseudonymise and redact, the request with masked values
(and the DLP-OK line) written back in place; for warn and block, the notice in the tool's own
error shape or the browser block page; for redact, the mask note."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from dlp_proxy.adapters import AnswerNoter, BlockResponse
from dlp_proxy.adapters.base import JsonPath
from dlp_proxy.errors import AdapterError, UploadError
from dlp_proxy.findings import count_by_type
from dlp_proxy.pipeline import closed_world
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.pipeline.decide import Judgement
from dlp_proxy.pipeline.extract import Read, adapter_of
from dlp_proxy.pipeline.scan import Scanned
from dlp_proxy.pipeline.scanning import mask, outside_path
from dlp_proxy.policy import Decision
from dlp_proxy.policy.schema import MASKING
from dlp_proxy.respond import blockpage
from dlp_proxy.respond.notices import block_notice, pseudonymise_notice, redact_notice, warn_notice


@dataclass(frozen=True)
class Rewrite:
    """The request's new body, path and headers (None and empty: unchanged)."""

    body: bytes | None = None
    path: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    masked: int = 0  # values masked


UNCHANGED = Rewrite()


@dataclass(frozen=True)
class WarnCode:
    """The code a held prompt can be sent with, and why the code the employee gave did not count."""

    code: str | None
    refused: str | None = None  # a dlp_proxy.respond.justify.Redemption value


@dataclass(frozen=True)
class Answer:
    """What the employee sees: the notice, and the response that replaces the request's, if any."""

    notice: str | None = None
    response: BlockResponse | None = None
    answer_prefix: bytes | None = None  # the mask note, in front of the streamed answer
    page: bool = False  # the response is the browser block page


def rewrite(
    ctx: RequestContext,
    read: Read | Failure,
    found: Scanned | Failure,
    decision: Decision,
    placeholders: Mapping[tuple[str, str], str] | None = None,
    reserved: Collection[str] = (),
) -> Rewrite | Failure:
    """Masked values and the removed DLP-OK line written back; a Failure when they cannot be.
    `placeholders`: the vault's, for the values the decision pseudonymises; `reserved`: every
    placeholder the vault holds for this user and tool (a redacted value never gets one)."""
    if decision.action not in ("allow", *MASKING) or isinstance(read, Failure) or isinstance(found, Failure):
        return UNCHANGED
    changes: dict[JsonPath, str] = {}
    if read.marker is not None:  # the DLP-OK line never leaves the proxy
        seg = read.extraction.segments[read.marker.segment]
        changes[seg.path] = seg.text
    if decision.action in MASKING:
        changes.update(mask(found.segments, found.located_of(decision.masks), placeholders, reserved))
    outside_texts = {p: t for p, t in changes.items() if outside_path(p)}
    inside = {p: t for p, t in changes.items() if p not in outside_texts}
    try:
        body = read.adapter.rewrite(ctx.request, read.extraction, inside) if inside else None
        if outside_texts and not all(closed_world.maskable(p) for p in outside_texts):
            return Failure("field_not_maskable")
        body, path, headers = closed_world.apply(ctx.request, read.rest, body, outside_texts)
    except UploadError as e:
        return Failure(e.reason)
    except AdapterError:
        return Failure("unreadable_body")
    return Rewrite(body, path, headers, len(decision.masks) if decision.action in MASKING else 0)


def respond(
    ctx: RequestContext,
    read: Read | Failure,
    judgement: Judgement,
    change: Rewrite,
    decision_id: str,
    warn: WarnCode | None = None,
) -> Answer:
    """The notice and the response for the decision, in the tool's own shape."""
    decision, policy, tool, lang = judgement.decision, ctx.policy, ctx.tool, ctx.language
    counts = count_by_type(list(decision.findings))
    if decision.action in MASKING:  # still masking after the rewrite: the values are masked
        masked = count_by_type(list(decision.redact))
        notice = redact_notice(masked, decision_id, lang) if masked else None
        if decision.pseudonymise:
            restored = pseudonymise_notice(count_by_type(list(decision.pseudonymise)), decision_id, lang)
            notice = f"{notice} {restored}" if notice else restored
        assert notice is not None
        return Answer(notice, answer_prefix=_answer_prefix(ctx, read, notice))
    if decision.action not in ("warn", "block"):
        return Answer()
    if decision.action == "warn":
        code, refused = (warn.code, warn.refused) if warn is not None else (None, None)
        notice = warn_notice(policy, tool, decision, counts, decision_id, lang, code, refused)
    else:
        reason = judgement.failure.reason if judgement.failure is not None else None
        notice = block_notice(policy, tool, decision, counts, decision_id, lang, reason)
    # A person opened an unlisted or forbidden tool in a browser tab: the block page, not an API error.
    if decision.action == "block" and blockpage.applies(tool, ctx.request.method, ctx.request.headers):
        return Answer(notice, blockpage.response(policy, tool, decision_id, lang, decision.rule_id), page=True)
    # Notices speak the tool's own error shape even when the generic fallback read the body (an
    # endpoint of api.anthropic.com the Anthropic adapter does not know yet): adapter_of gives the
    # app's fallback there (dlp_proxy.adapters.app_fallback), which answers as the app does.
    responder = read.adapter if isinstance(read, Read) else adapter_of(ctx)
    return Answer(notice, responder.block_response(ctx.request, notice, decision_id))


def _answer_prefix(ctx: RequestContext, read: Read | Failure, notice: str) -> bytes | None:
    """The mask note in the answer's own stream format, where the tool and its adapter allow it."""
    if isinstance(read, Failure) or not ctx.tool.answer_note or not read.extraction.stream:
        return None
    if not isinstance(read.adapter, AnswerNoter):
        return None
    try:
        return read.adapter.answer_note(ctx.request, read.extraction, notice)
    except Exception:  # a note is a courtesy; never let it fail the request
        return None

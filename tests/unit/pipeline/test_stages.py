"""Each stage of dlp_proxy.pipeline on its own: frozen values in, a frozen value (or a Failure) out."""

from __future__ import annotations

import asyncio
import json
from dataclasses import FrozenInstanceError
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView
from dlp_proxy.errors import DetectorError
from dlp_proxy.findings import Finding
from dlp_proxy.pipeline.act import UNCHANGED, Rewrite, WarnCode, respond, rewrite
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.pipeline.decide import decide
from dlp_proxy.pipeline.extract import Read, extract
from dlp_proxy.pipeline.inspection import inspect, run_sync_scan
from dlp_proxy.pipeline.justification import loggable_reason, redeem, warn_code
from dlp_proxy.pipeline.record import record
from dlp_proxy.pipeline.scan import Scanned, scan
from dlp_proxy.policy import Policy, Tool
from dlp_proxy.respond.justify import Justifier, Redemption
from tests.unit.uploads.builders import make_docx

EMAIL = "jan.jansen@voorbeeld.nl"
CHAT = "/v1/chat/completions"
JSON = {"content-type": "application/json"}


def chat(*texts: str, path: str = CHAT, **extra: Any) -> RequestView:
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": t} for t in texts], **extra}
    return RequestView("POST", "api.openai.com", path, JSON, json.dumps(doc).encode("utf-8"))


def context(policy: Policy, tool: Tool, request: RequestView, **kwargs: Any) -> RequestContext:
    return RequestContext(request, policy, tool, "en", **kwargs)


def with_settings(policy: Policy, **settings: Any) -> Policy:
    return policy.model_copy(update={"settings": policy.settings.model_copy(update=settings)})


def run(coro: Any) -> Any:
    return asyncio.run(coro)


@pytest.fixture
def api(tools: dict[str, Tool]) -> Tool:
    return tools["openai-api"]


def read_and_scan(ctx: RequestContext, detector: Any) -> tuple[Read | Failure, Scanned | Failure]:
    read = run(extract(ctx))
    return read, run(scan(read, run_sync_scan(detector.scan)))


# --- extract ----------------------------------------------------------------------------


def test_extract_gives_the_prompt_segments_and_the_rest_of_the_request(policy: Policy, api: Tool) -> None:
    read = run(extract(context(policy, api, chat("Hallo", user="team-a"))))
    assert isinstance(read, Read)
    assert [s.text for s in read.extraction.segments] == ["Hallo"]
    assert "team-a" in [s.text for s in read.rest.segments]  # closed world: `user` is scanned too
    with pytest.raises(FrozenInstanceError):
        read.marker = None  # type: ignore[misc]


@pytest.mark.parametrize(
    ("body", "reason", "refused"),
    [
        (b'{"messages": [], "messages": []}', "ambiguous_body", True),
        (b"\xff\xfe not json", "unreadable_body", False),
    ],
)
def test_extract_says_why_a_body_cannot_be_read(
    policy: Policy, api: Tool, body: bytes, reason: str, refused: bool
) -> None:
    ctx = context(policy, api, RequestView("POST", "api.openai.com", CHAT, JSON, body))
    assert run(extract(ctx)) == Failure(reason, refused)


def test_extract_refuses_a_body_over_the_limit_without_reading_it(policy: Policy, api: Tool) -> None:
    small = with_settings(policy, max_body_bytes=100)
    assert run(extract(context(small, api, chat("x" * 200)))) == Failure("body_too_large")


def test_a_failure_known_before_reading_passes_through_every_stage(policy: Policy, api: Tool) -> None:
    ctx = context(policy, api, chat(EMAIL), failure=Failure("internal_error"))
    read = run(extract(ctx))
    assert read == Failure("internal_error") and run(scan(read, run_sync_scan(lambda t: []))) is read


def test_extract_takes_the_dlp_ok_line_out_of_the_prompt(policy: Policy, api: Tool) -> None:
    read = run(extract(context(policy, api, chat("Vat samen.\nDLP-OK ABCDEFGH: voor de offerte"))))
    assert isinstance(read, Read) and read.marker is not None
    assert read.marker.code == "ABCDEFGH" and read.marker.reason == "voor de offerte"
    assert read.extraction.segments[0].text.strip() == "Vat samen."


# --- scan -------------------------------------------------------------------------------


def test_scan_locates_each_finding_in_its_segment(policy: Policy, api: Tool, detector: Any) -> None:
    _, found = read_and_scan(context(policy, api, chat("Hallo", f"mail {EMAIL}")), detector)
    assert isinstance(found, Scanned)
    (loc,) = [loc for loc in found.located if loc.origin.entity_type == "EMAIL_ADDRESS"]
    segment = found.segments[loc.segment]
    assert segment.text[loc.finding.start : loc.finding.end] == EMAIL


@pytest.mark.parametrize(
    ("error", "reason"), [(DetectorError("x"), "detection_error"), (TimeoutError(), "detection_timeout")]
)
def test_scan_turns_a_detector_failure_into_a_value(policy: Policy, api: Tool, error: Exception, reason: str) -> None:
    def broken(text: str) -> list[Finding]:
        raise error

    read = run(extract(context(policy, api, chat("Hallo"))))
    assert run(scan(read, run_sync_scan(broken))) == Failure(reason)


# --- decide -----------------------------------------------------------------------------


def test_decide_follows_the_fail_mode_when_nothing_could_be_scanned(policy: Policy, api: Tool) -> None:
    judgement = decide(context(policy, api, chat("x")), Failure("detection_error"))
    assert judgement.decision.action == "block" and judgement.decision.detection_failed
    assert judgement.failure == Failure("detection_error")


def test_decide_refuses_what_cannot_be_judged_safely_whatever_the_fail_mode(policy: Policy, api: Tool) -> None:
    lenient = with_settings(policy, fail_mode="allow")
    judgement = decide(context(lenient, api, chat("x")), Failure("host_mismatch", refused=True))
    assert judgement.decision.action == "block" and judgement.decision.rule_id == "FAIL-CLOSED"
    assert decide(context(lenient, api, chat("x")), Failure("detection_error")).decision.action == "allow"


def test_decide_blocks_a_mask_that_would_fall_inside_a_document(
    policy: Policy, tools: dict[str, Tool], detector: Any
) -> None:
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    request = RequestView("PUT", "files.oaiusercontent.com", "/f", {"content-type": docx}, make_docx(f"Mail {EMAIL}"))
    ctx = context(policy, tools["chatgpt"], request)
    _, found = read_and_scan(ctx, detector)
    judgement = decide(ctx, found)
    assert judgement.decision.action == "block" and judgement.decision.rule_id == "PERSONAL-MASK-LOW"
    assert judgement.failure == Failure("file_not_maskable") and not judgement.decision.detection_failed


def test_decide_blocks_a_mask_that_would_fall_in_an_object_key(policy: Policy, api: Tool, detector: Any) -> None:
    ctx = context(policy, api, chat("Hallo", metadata={EMAIL: "x"}))
    _, found = read_and_scan(ctx, detector)
    assert decide(ctx, found).failure == Failure("field_not_maskable")


def test_a_failed_rewrite_is_decided_again_with_the_justification_kept(
    policy: Policy, api: Tool, detector: Any
) -> None:
    ctx = context(policy, api, chat("VERTROUWELIJK - vat dit samen."))
    _, found = read_and_scan(ctx, detector)
    assert decide(ctx, found).decision.action == "warn"
    released = decide(ctx, found, redemption=Redemption.ACCEPTED)
    assert released.decision.action == "allow"
    again = decide(ctx, found, redemption=released.redemption, rewrite=Failure("unreadable_body"))
    assert again.decision.action == "block" and again.redemption is Redemption.ACCEPTED
    assert again.failure == Failure("unreadable_body")


# --- act --------------------------------------------------------------------------------


def test_rewrite_masks_in_place_and_leaves_the_rest_as_sent(policy: Policy, api: Tool, detector: Any) -> None:
    ctx = context(policy, api, chat(f"Mail {EMAIL}", path=f"{CHAT}?note={EMAIL}"))
    read, found = read_and_scan(ctx, detector)
    judgement = decide(ctx, found)
    change = rewrite(ctx, read, found, judgement.decision)
    assert isinstance(change, Rewrite) and change.masked == 2 and change.body is not None
    assert EMAIL not in change.body.decode() and EMAIL not in (change.path or "")
    assert json.loads(change.body)["model"] == "gpt-4o"


def test_rewrite_leaves_a_blocked_request_alone(policy: Policy, api: Tool, detector: Any) -> None:
    ctx = context(policy, api, chat("AKIAQ3EGRN5T7WJXK4MZ"))
    read, found = read_and_scan(ctx, detector)
    assert rewrite(ctx, read, found, decide(ctx, found).decision) is UNCHANGED


def test_respond_says_why_a_given_code_did_not_count(policy: Policy, api: Tool, detector: Any) -> None:
    ctx = context(policy, api, chat("VERTROUWELIJK - vat dit samen."))
    read, found = read_and_scan(ctx, detector)
    judgement = decide(ctx, found, redemption=Redemption.USED)
    answer = respond(ctx, read, judgement, UNCHANGED, "d1", WarnCode("NEWCODE2", "used"))
    assert answer.response is not None and answer.response.status >= 400 and answer.notice is not None
    assert "each code works once" in answer.notice and "DLP-OK NEWCODE2" in answer.notice


# --- justification and record ------------------------------------------------------------


def test_codes_are_redeemed_before_the_decision_and_issued_after_a_warn(
    policy: Policy, api: Tool, detector: Any
) -> None:
    justifier = Justifier(key=b"k" * 32)
    ctx = context(policy, api, chat("VERTROUWELIJK - vat samen.\nDLP-OK ABCDEFGH: voor de offerte"), user="alice")
    read, found = read_and_scan(ctx, detector)
    redemption = run(redeem(ctx, read, justifier))
    assert redemption is Redemption.INVALID
    judgement = decide(ctx, found, redemption=redemption)
    code = run(warn_code(ctx, judgement, justifier))
    assert code is not None and code.code is not None and code.refused == "invalid"
    assert run(loggable_reason(read, judgement, run_sync_scan(detector.scan))) is None  # not released: no reason


def test_the_record_masks_what_was_found_in_the_path(policy: Policy, api: Tool, detector: Any) -> None:
    ctx = context(policy, api, chat("Hallo", path=f"/v1/{EMAIL}/chat"))
    read, found = read_and_scan(ctx, detector)
    judgement = decide(ctx, found)
    entry = record(ctx, read, found, judgement, (UNCHANGED, respond(ctx, read, judgement, UNCHANGED, "d1")),
                   decision_id="d1", justification=None, latency_ms=1.0)  # fmt: skip
    assert EMAIL not in json.dumps(entry) and entry["entities"] == {"EMAIL_ADDRESS": 1}


def test_inspect_runs_the_stages_in_order(policy: Policy, api: Tool, detector: Any) -> None:
    verdict = run(inspect(context(policy, api, chat(f"Mail {EMAIL}")), run_sync_scan(detector.scan)))
    assert verdict.action == "redact" and verdict.new_body is not None and EMAIL.encode() not in verdict.new_body
    assert verdict.record["decision_id"] == verdict.decision_id and verdict.failure is None
    assert [f.entity_type for f in verdict.findings] == ["EMAIL_ADDRESS"]

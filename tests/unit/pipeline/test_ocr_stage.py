"""The read-images stage through `inspect`: each image of a request read by OCR and judged like
typed text; an image cannot be masked (a redact blocks it, and the notice says so); settings.images
per tool; every way OCR can fail is a reason the fail mode decides."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from pydantic import ValidationError

from dlp_proxy.adapters import RequestView
from dlp_proxy.detection.ocr import OcrError
from dlp_proxy.pipeline.context import RequestContext
from dlp_proxy.pipeline.inspection import Verdict, inspect, run_sync_scan
from dlp_proxy.pipeline.ocr import AsyncOcr
from dlp_proxy.policy import Policy, Tool
from dlp_proxy.policy.schema import Settings
from tests.unit.uploads.builders import multipart
from tests.unit.uploads.image_builders import (
    BSN,
    EMAIL,
    HARMLESS_LINES,
    SCREEN_LINES,
    bomb_png,
    photo,
    screenshot,
)

UPLOAD_HOST = "files.oaiusercontent.com"
BLOB = {"content-type": "image/png", "x-ms-blob-type": "BlockBlob"}
SECRET_SCREEN = screenshot(SCREEN_LINES)
HARMLESS_SCREEN = screenshot(HARMLESS_LINES)


def put(data: bytes, headers: dict[str, str] = BLOB) -> RequestView:
    return RequestView("PUT", UPLOAD_HOST, "/file-8f2kq1?sig=abc", headers, data)


def form(*parts: tuple[str, str | None, str | None, bytes]) -> RequestView:
    body, ctype = multipart(parts)
    return RequestView("POST", "chatgpt.com", "/backend-api/files/upload", {"content-type": ctype}, body)


def with_settings(policy: Policy, **settings: Any) -> Policy:
    return policy.model_copy(update={"settings": policy.settings.model_copy(update=settings)})


def judge(policy: Policy, tool: Tool, request: RequestView, detector: Any, ocr: AsyncOcr | None = None) -> Verdict:
    ctx = RequestContext(request, policy, tool, "en")
    return asyncio.run(inspect(ctx, run_sync_scan(detector.scan), ocr=ocr))


def failing(reason: str) -> AsyncOcr:
    async def ocr(data: bytes, timeout: float) -> str:
        raise OcrError(reason)

    return ocr


def never_called(data: bytes, timeout: float) -> Any:
    raise AssertionError("OCR ran")


@pytest.fixture
def chatgpt(tools: dict[str, Tool]) -> Tool:
    return tools["chatgpt"]


def assert_no_values(verdict: Verdict) -> None:
    text = json.dumps(verdict.record) + (verdict.notice or "")
    assert BSN not in text and EMAIL not in text and "Vries" not in text


def test_a_screenshot_with_a_bsn_is_blocked_because_an_image_cannot_be_masked(
    policy: Policy, chatgpt: Tool, detector: Any
) -> None:
    verdict = judge(policy, chatgpt, put(SECRET_SCREEN), detector)
    assert verdict.action == "block" and verdict.failure is not None
    assert verdict.failure.reason == "image_not_maskable"
    assert verdict.record["entities"].get("NL_BSN") == 1 and verdict.record["entities"].get("EMAIL_ADDRESS") == 1
    assert verdict.record["images_read"] == 1 and verdict.record["fail_reason"] == "image_not_maskable"
    assert verdict.record["detection_failed"] is False
    assert verdict.notice is not None
    assert "1 x BSN" in verdict.notice and "The image contains data that cannot be masked" in verdict.notice
    assert_no_values(verdict)


def test_a_screenshot_with_harmless_text_passes_unchanged(policy: Policy, chatgpt: Tool, detector: Any) -> None:
    verdict = judge(policy, chatgpt, put(HARMLESS_SCREEN), detector)
    assert (verdict.action, verdict.new_body, verdict.failure) == ("allow", None, None)
    assert verdict.record["images_read"] == 1 and verdict.record["bytes_scanned"] > 0


def test_a_photo_without_text_passes(policy: Policy, chatgpt: Tool, detector: Any) -> None:
    verdict = judge(policy, chatgpt, put(photo(), {"content-type": "image/jpeg"}), detector)
    assert (verdict.action, verdict.record["entities"], verdict.record["images_read"]) == ("allow", {}, 1)


def test_a_request_without_images_has_no_images_read_field(policy: Policy, chatgpt: Tool, detector: Any) -> None:
    verdict = judge(policy, chatgpt, put(b"gewoon tekst", {"content-type": "text/plain"}), detector)
    assert "images_read" not in verdict.record


def test_an_image_in_a_form_is_read_and_the_rest_of_the_form_is_forwarded_with_its_bytes(
    policy: Policy, chatgpt: Tool, detector: Any
) -> None:
    """A person's name in the file name is masked; the clean image part stays byte for byte."""
    request = form(("purpose", None, None, b"vision"), ("file", "Jan de Vries.png", "image/png", HARMLESS_SCREEN))
    verdict = judge(policy, chatgpt, request, detector)
    assert verdict.action in ("pseudonymise", "redact") and verdict.new_body is not None
    assert b"Jan de Vries" not in verdict.new_body and HARMLESS_SCREEN in verdict.new_body
    assert verdict.record["images_read"] == 1


def test_a_bsn_in_an_image_of_a_form_blocks_the_form(policy: Policy, chatgpt: Tool, detector: Any) -> None:
    verdict = judge(policy, chatgpt, form(("file", "scherm.png", "image/png", SECRET_SCREEN)), detector)
    assert verdict.action == "block" and verdict.record["fail_reason"] == "image_not_maskable"


def test_when_images_are_blocked_then_any_image_is_refused_whatever_the_fail_mode(
    policy: Policy, chatgpt: Tool, detector: Any
) -> None:
    strict = with_settings(policy, images="block", fail_mode="allow")
    verdict = judge(strict, chatgpt, put(HARMLESS_SCREEN), detector, ocr=never_called)
    assert verdict.action == "block" and verdict.record["fail_reason"] == "image_refused"
    assert verdict.notice is not None and "the AI policy accepts no images for this tool" in verdict.notice
    assert verdict.record["endpoint"] == "generic.upload"  # what was read, not "unknown"


def test_when_images_are_allowed_then_they_pass_unread(policy: Policy, chatgpt: Tool, detector: Any) -> None:
    verdict = judge(with_settings(policy, images="allow"), chatgpt, put(SECRET_SCREEN), detector, ocr=never_called)
    assert (verdict.action, verdict.record["entities"], verdict.record["images_read"]) == ("allow", {}, 0)


def test_a_tool_setting_overrides_the_policy_setting(policy: Policy, chatgpt: Tool, detector: Any) -> None:
    blocked = chatgpt.model_copy(update={"images": "block"})
    assert judge(policy, blocked, put(HARMLESS_SCREEN), detector, ocr=never_called).record["fail_reason"] == (
        "image_refused"
    )
    allowed = chatgpt.model_copy(update={"images": "allow"})
    strict = with_settings(policy, images="block")
    assert judge(strict, allowed, put(SECRET_SCREEN), detector, ocr=never_called).action == "allow"


@pytest.mark.parametrize("reason", ["ocr_unavailable", "ocr_timeout", "image_unreadable"])
def test_when_ocr_fails_then_the_fail_mode_decides_and_names_the_reason(
    policy: Policy, chatgpt: Tool, detector: Any, reason: str
) -> None:
    closed = judge(policy, chatgpt, put(HARMLESS_SCREEN), detector, ocr=failing(reason))
    assert (closed.action, closed.record["fail_reason"], closed.record["detection_failed"]) == ("block", reason, True)
    assert closed.notice is not None and closed.notice.startswith("This message could not be checked")
    opened = judge(with_settings(policy, fail_mode="allow"), chatgpt, put(HARMLESS_SCREEN), detector, failing(reason))
    assert (opened.action, opened.record["fail_reason"]) == ("allow", reason)


def test_a_decompression_bomb_is_refused_without_ocr(policy: Policy, chatgpt: Tool, detector: Any) -> None:
    verdict = judge(policy, chatgpt, put(bomb_png()), detector, ocr=never_called)
    assert (verdict.action, verdict.record["fail_reason"]) == ("block", "image_too_large")


def test_more_images_than_the_limit_follow_the_fail_mode(policy: Policy, chatgpt: Tool, detector: Any) -> None:
    tiny = photo(8, 8, "PNG")
    request = form(*(("file", f"{i}.png", "image/png", tiny) for i in range(21)))
    verdict = judge(policy, chatgpt, request, detector, ocr=never_called)
    assert (verdict.action, verdict.record["fail_reason"]) == ("block", "too_many_images")


def test_all_images_of_a_request_share_one_ocr_budget(policy: Policy, chatgpt: Tool, detector: Any) -> None:
    budgets: list[float] = []

    async def ocr(data: bytes, timeout: float) -> str:
        budgets.append(timeout)
        return ""

    tiny = photo(8, 8, "PNG")
    request = form(*(("file", f"{i}.png", "image/png", tiny) for i in range(3)))
    verdict = judge(with_settings(policy, ocr_timeout_seconds=4.0), chatgpt, request, detector, ocr=ocr)
    assert verdict.action == "allow" and verdict.record["images_read"] == 3
    assert len(budgets) == 3 and all(0 < b <= 4.0 for b in budgets)


def test_the_images_settings_take_only_their_values(policy: Policy, chatgpt: Tool) -> None:
    assert (policy.settings.images, policy.settings.ocr_timeout_seconds, chatgpt.images) == ("ocr", 10.0, None)
    with pytest.raises(ValidationError, match="images"):
        Settings.model_validate({**policy.settings.model_dump(), "images": "maybe"})
    with pytest.raises(ValidationError, match="ocr_timeout_seconds"):
        Settings.model_validate({**policy.settings.model_dump(), "ocr_timeout_seconds": 0})
    with pytest.raises(ValidationError, match="images"):
        Tool.model_validate({**chatgpt.model_dump(), "images": "read"})

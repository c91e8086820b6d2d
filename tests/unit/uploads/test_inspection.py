"""Uploads through the pipeline with the bundled policy: a document that needs masking is
blocked with its own notice, a text file is masked, an unreadable file follows the fail mode."""

from __future__ import annotations

import asyncio
import base64
import json

from dlp_proxy.adapters import RequestView
from dlp_proxy.detection import PresidioDetector
from dlp_proxy.pipeline.inspection import Verdict, run_sync_scan
from dlp_proxy.policy import Policy, Tool
from tests.unit.judge import judge as run_pipeline
from tests.unit.uploads.builders import BSN, EMAIL, LINE, NAME, make_docx, make_pdf, multipart

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def judge(request: RequestView, policy: Policy, tool: Tool, detector: PresidioDetector, lang: str = "en") -> Verdict:
    return asyncio.run(
        run_pipeline(request, policy=policy, tool=tool, scan=run_sync_scan(detector.scan), client_address="10.0.0.7",
                user="erin", language=lang)
    )  # fmt: skip


def upload(body: bytes, content_type: str, method: str = "POST") -> RequestView:
    return RequestView(method, "chatgpt.com", "/backend-api/files", {"content-type": content_type}, body)


def assert_no_values(verdict: Verdict) -> None:
    text = json.dumps(verdict.record) + (verdict.notice or "")
    for value in (BSN, EMAIL, NAME, "devries", "Klant"):
        assert value not in text


def test_when_a_docx_with_personal_data_goes_to_a_low_risk_tool_then_it_is_blocked_as_not_maskable(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    body, ctype = multipart([("file", "brief.docx", DOCX_TYPE, make_docx(LINE))])
    verdict = judge(upload(body, ctype), policy, tools["chatgpt"], detector)
    assert verdict.action == "block" and verdict.new_body is None and verdict.response is not None
    record = verdict.record
    assert record["rule_id"] == "PERSONAL-MASK-LOW"
    assert record["fail_reason"] == "file_not_maskable"
    assert record["endpoint"] == "generic.multipart"
    assert {"NL_BSN", "EMAIL_ADDRESS"} <= set(record["entities"])
    assert "cannot be masked inside a document" in (verdict.notice or "")
    assert_no_values(verdict)


def test_when_a_direct_pdf_upload_needs_masking_then_the_dutch_notice_says_why(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    verdict = judge(upload(make_pdf([[LINE]]), "application/pdf", "PUT"), policy, tools["chatgpt"], detector, "nl")
    assert verdict.action == "block" and verdict.record["fail_reason"] == "file_not_maskable"
    assert verdict.record["endpoint"] == "generic.upload"
    assert "niet gemaskeerd kunnen worden" in (verdict.notice or "")
    assert_no_values(verdict)


def test_when_a_text_file_needs_masking_then_it_is_sent_masked(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    text_file = ("file", "n.txt", "text/plain", f"Mail {EMAIL}".encode())
    body, ctype = multipart([("q", None, None, b"Vat samen"), text_file])
    verdict = judge(upload(body, ctype), policy, tools["chatgpt"], detector)
    assert verdict.action == "redact" and verdict.record["fail_reason"] is None
    assert verdict.new_body is not None
    assert EMAIL.encode() not in verdict.new_body and b"Mail [EMAIL_ADDRESS_1]" in verdict.new_body
    assert verdict.new_body.startswith(body[: body.index(b"Vat samen") + len(b"Vat samen")])
    assert_no_values(verdict)


def test_when_an_uploaded_file_is_corrupt_then_the_fail_mode_blocks_with_the_reason(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    body, ctype = multipart([("file", "brief.docx", DOCX_TYPE, make_docx(LINE)[:-300])])
    verdict = judge(upload(body, ctype), policy, tools["chatgpt"], detector)
    assert verdict.action == "block" and verdict.decision.detection_failed
    assert verdict.record["fail_reason"] == "file_unreadable" and verdict.record["rule_id"] == "FAIL-CLOSED"
    assert "the file cannot be read" in (verdict.notice or "")


BIG_PDF = make_pdf([[f"{LINE} regel {i}" for i in range(30)] for _ in range(150)])


def test_when_reading_a_document_outlasts_the_timeout_then_the_fail_mode_applies(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    settings = policy.settings.model_copy(update={"detection_timeout_seconds": 0.001})
    hasty = policy.model_copy(update={"settings": settings})
    verdict = judge(upload(BIG_PDF, "application/pdf", "PUT"), hasty, tools["chatgpt"], detector)
    assert verdict.action == "block" and verdict.record["fail_reason"] == "detection_timeout"


def test_when_a_large_document_is_read_then_the_event_loop_keeps_running(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    async def run() -> tuple[Verdict, int]:
        ticks = 0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not done.is_set():
                ticks += 1
                await asyncio.sleep(0.005)

        task = asyncio.create_task(ticker())
        verdict = await run_pipeline(upload(BIG_PDF, "application/pdf", "PUT"), policy=policy, tool=tools["chatgpt"],
                                scan=run_sync_scan(lambda text: []), client_address="10.0.0.7", user="erin",
                                language="en")  # fmt: skip
        done.set()
        await task
        return verdict, ticks

    verdict, ticks = asyncio.run(run())
    assert verdict.action == "allow" and verdict.record["bytes_scanned"] > 100_000
    assert ticks > 5  # other work ran while the PDF was read


def api_pdf_request(pdf: bytes) -> RequestView:
    """An OpenAI chat completion with a PDF as a `file` content part (base64 data: URL)."""
    part = {"type": "file", "file": {"filename": "bijlage.pdf", "file_data": "data:application/pdf;base64,"
                                     + base64.b64encode(pdf).decode("ascii")}}  # fmt: skip
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": [{"type": "text", "text": "Vat samen."}, part]}]}
    body = json.dumps(doc).encode()
    return RequestView("POST", "api.openai.com", "/v1/chat/completions", {"content-type": "application/json"}, body)


def test_when_an_api_request_carries_a_pdf_with_personal_data_then_it_is_blocked_as_not_maskable(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    verdict = judge(api_pdf_request(make_pdf([["Klantdossier", LINE]])), policy, tools["openai-api"], detector)
    assert verdict.action == "block" and verdict.new_body is None
    assert verdict.record["fail_reason"] == "file_not_maskable"
    assert {"NL_BSN", "EMAIL_ADDRESS"} <= set(verdict.record["entities"])
    assert_no_values(verdict)


def test_when_an_api_request_carries_a_harmless_pdf_then_it_is_allowed_unchanged(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    pdf = make_pdf([["Productblad ErgoDesk 160", "Afmetingen: 160 x 80 cm", "Garantie: 5 jaar"]])
    verdict = judge(api_pdf_request(pdf), policy, tools["openai-api"], detector)
    assert verdict.action == "allow" and verdict.record["fail_reason"] is None
    assert verdict.new_body is None and verdict.record["entities"] == {}


def test_when_a_scanned_pdf_with_personal_data_is_uploaded_then_ocr_reads_it_and_it_is_blocked(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    from tests.unit.uploads.image_builders import BSN as SCAN_BSN
    from tests.unit.uploads.image_builders import SCREEN_LINES, screenshot
    from tests.unit.uploads.pdf_builders import scanned_pdf

    verdict = judge(upload(scanned_pdf(screenshot(SCREEN_LINES)), "application/pdf", "PUT"), policy, tools["chatgpt"],
                    detector)  # fmt: skip
    assert verdict.action == "block" and verdict.record["fail_reason"] == "image_not_maskable"
    assert verdict.record["images_read"] == 1 and "NL_BSN" in verdict.record["entities"]
    assert SCAN_BSN not in json.dumps(verdict.record)

"""Documents inline in API requests: the OpenAI (`file` / `input_file`), Anthropic (`document`)
and Gemini (`inlineData`) adapters read a base64 PDF, Word file or archive with the upload
readers, as a segment that cannot be masked at the base64 string's path (covered for the
closed-world pass), with its sensitivity labels; an image sent as a file goes to OCR; bad base64
and unreadable files fail closed; inline text files stay maskable."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from dlp_proxy.adapters import Adapter, Extraction, RequestView
from dlp_proxy.adapters.anthropic_api import AnthropicApiAdapter
from dlp_proxy.adapters.base import BASE64_MARK
from dlp_proxy.adapters.gemini_api import GeminiApiAdapter
from dlp_proxy.adapters.inline_files import data_url_document, is_document
from dlp_proxy.adapters.openai_api import OpenAIApiAdapter
from dlp_proxy.errors import AdapterError, UploadError
from dlp_proxy.pipeline import closed_world
from tests.unit.uploads.builders import BSN, LINE, make_docx, make_pdf
from tests.unit.uploads.label_builders import VERTROUWELIJK_ID, labelled_pdf, make_zip

OPENAI, ANTHROPIC, GEMINI = OpenAIApiAdapter(), AnthropicApiAdapter(), GeminiApiAdapter()
CHAT, RESPONSES = "/v1/chat/completions", "/v1/responses"
GEMINI_PATH = "/v1beta/models/gemini-2.5-flash:generateContent"
PDF = make_pdf([["Productblad ErgoDesk 160", LINE]])
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def request(doc: Any, path: str) -> RequestView:
    return RequestView("POST", "api.example.com", path, {"content-type": "application/json"}, json.dumps(doc).encode())


def name_for(media: str) -> str:
    return {"application/pdf": "a.pdf", DOCX_TYPE: "a.docx", "application/zip": "a.zip"}.get(media, "a.bin")


def openai_chat(data: bytes, media: str = "application/pdf", filename: str = "") -> RequestView:
    filename = filename or name_for(media)
    part = {"type": "file", "file": {"filename": filename, "file_data": f"data:{media};base64,{b64(data)}"}}
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": [{"type": "text", "text": "Vat samen."}, part]}]}
    return request(doc, CHAT)


def openai_responses(data: bytes, media: str = "application/pdf") -> RequestView:
    part = {"type": "input_file", "filename": name_for(media), "file_data": f"data:{media};base64,{b64(data)}"}
    return request({"model": "gpt-4o", "input": [{"role": "user", "content": [part]}]}, RESPONSES)


def anthropic(data: bytes, media: str = "application/pdf") -> RequestView:
    block = {"type": "document", "source": {"type": "base64", "media_type": media, "data": b64(data)}}
    doc = {"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": [block]}]}
    return request(doc, "/v1/messages")


def gemini(data: bytes, media: str = "application/pdf") -> RequestView:
    doc = {
        "contents": [
            {"role": "user", "parts": [{"text": "Vat samen."}, {"inlineData": {"mimeType": media, "data": b64(data)}}]}
        ]
    }
    return request(doc, GEMINI_PATH)


CASES: list[tuple[str, Adapter, Any, tuple[Any, ...]]] = [
    ("openai-chat-file", OPENAI, openai_chat, ("messages", 0, "content", 1, "file", "file_data")),
    ("openai-responses-input-file", OPENAI, openai_responses, ("input", 0, "content", 0, "file_data")),
    ("anthropic-document", ANTHROPIC, anthropic, ("messages", 0, "content", 0, "source", "data")),
    ("gemini-inline-data", GEMINI, gemini, ("contents", 0, "parts", 1, "inlineData", "data")),
]
IDS = [c[0] for c in CASES]


def file_segments(extraction: Extraction, path: tuple[Any, ...]) -> list[Any]:
    return [s for s in extraction.segments if s.path[: len(path)] == path]


@pytest.mark.parametrize(("name", "adapter", "make", "path"), CASES, ids=IDS)
def test_when_a_pdf_is_inline_then_its_text_is_a_segment_that_cannot_be_masked(
    name: str, adapter: Adapter, make: Any, path: tuple[Any, ...]
) -> None:
    req = make(PDF)
    extraction = adapter.extract(req)
    [segment] = file_segments(extraction, path)
    assert segment.path == path and BSN in segment.text and "ErgoDesk" in segment.text
    assert segment.maskable is False
    assert path in extraction.extra["covers"]
    rest = closed_world.residual(req, closed_world.body_document(req), extraction)
    assert not any(b64(PDF)[:40] in s.text for s in rest.segments)  # the base64 is not scanned as text


@pytest.mark.parametrize(("name", "adapter", "make", "path"), CASES, ids=IDS)
def test_when_an_inline_pdf_carries_a_sensitivity_label_then_the_extraction_has_it(
    name: str, adapter: Adapter, make: Any, path: tuple[Any, ...]
) -> None:
    extraction = adapter.extract(make(labelled_pdf(PDF, [(VERTROUWELIJK_ID, "Vertrouwelijk", True)])))
    assert extraction.labels == ["Vertrouwelijk"]


@pytest.mark.parametrize(("name", "adapter", "make", "path"), CASES, ids=IDS)
def test_when_a_word_file_or_an_archive_is_inline_then_it_is_read_like_an_upload(
    name: str, adapter: Adapter, make: Any, path: tuple[Any, ...]
) -> None:
    word = adapter.extract(make(make_docx(LINE), DOCX_TYPE))
    assert [s.text.strip() for s in file_segments(word, path)] == [LINE]
    archive = adapter.extract(make(make_zip([("klant.txt", LINE.encode()), ("scan.png", PNG)]), "application/zip"))
    members = file_segments(archive, path)
    assert any(s.text == LINE for s in members) and not any(s.maskable for s in members)
    assert [image.path for image in archive.images] == [(*path, "member", 1)]


@pytest.mark.parametrize(("name", "adapter", "make", "path"), CASES, ids=IDS)
def test_when_an_image_is_sent_as_a_file_then_it_goes_to_ocr(
    name: str, adapter: Adapter, make: Any, path: tuple[Any, ...]
) -> None:
    extraction = adapter.extract(make(PNG, "application/octet-stream"))
    assert [(i.path, i.data) for i in extraction.images] == [(path, PNG)]
    assert file_segments(extraction, path) == []


@pytest.mark.parametrize(("name", "adapter", "make", "path"), CASES, ids=IDS)
@pytest.mark.parametrize(
    ("data", "media", "error", "reason"),
    [
        (b"%PDF-1.7\n", "application/pdf", UploadError, "file_unreadable"),  # a header, no document
        (bytes(range(256)), "application/octet-stream", UploadError, "file_unreadable"),  # no format we read
        (make_zip([("a.zip", make_zip([("b.txt", b"x")]))]), "application/zip", UploadError, "file_unreadable"),
    ],
    ids=["truncated-pdf", "unknown-binary", "nested-zip"],
)
def test_when_an_inline_file_cannot_be_read_then_the_request_fails_closed_with_the_readers_reason(
    name: str, adapter: Adapter, make: Any, path: tuple[Any, ...], data: bytes, media: str, error: type, reason: str
) -> None:
    with pytest.raises(error) as e:
        adapter.extract(make(data, media))
    assert e.value.reason == reason


def claude_document(data: Any) -> RequestView:
    block = {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": data}}
    return request({"model": "m", "max_tokens": 1, "messages": [{"role": "user", "content": [block]}]}, "/v1/messages")


OPENAI_BAD = {"type": "file", "file": {"file_data": "data:application/pdf;base64,@@"}}
GEMINI_BAD = {"inlineData": {"mimeType": "application/pdf", "data": "not base64!"}}


@pytest.mark.parametrize(
    "req",
    [
        request({"messages": [{"role": "user", "content": [OPENAI_BAD]}]}, CHAT),
        claude_document("JVBERi 0x"),
        request({"contents": [{"parts": [GEMINI_BAD]}]}, GEMINI_PATH),
        claude_document(12),
    ],
    ids=["openai-bad-base64", "anthropic-space-in-base64", "gemini-bad-base64", "anthropic-data-not-a-string"],
)
def test_when_an_inline_document_is_not_strict_base64_then_adapter_error(req: RequestView) -> None:
    adapter = {CHAT: OPENAI, "/v1/messages": ANTHROPIC}.get(req.path, GEMINI)
    with pytest.raises(AdapterError):
        adapter.extract(req)


def test_when_an_inline_file_is_text_then_it_stays_maskable_and_is_not_read_twice() -> None:
    extraction = OPENAI.extract(openai_chat(LINE.encode(), "text/plain", "notulen.txt"))
    [segment] = [s for s in extraction.segments if s.path[-1] == BASE64_MARK]
    assert segment.text == LINE and segment.maskable
    assert "covers" not in extraction.extra


@pytest.mark.parametrize(
    ("media", "document"),
    [("application/pdf", True), ("", True), ("application/octet-stream", True), ("text/plain", False),
     ("text/csv; charset=utf-8", False), ("application/json", False), ("TEXT/MARKDOWN", False)],
)  # fmt: skip
def test_is_document_is_true_for_everything_but_text(media: str, document: bool) -> None:
    assert is_document(media) is document


@pytest.mark.parametrize(
    ("url", "found"),
    [("data:application/pdf;base64,JVBE", True), ("data:text/plain;base64,aGk=", False),
     ("data:application/pdf,%25PDF", False), ("https://example.com/a.pdf", False), ("file-abc123", False)],
)  # fmt: skip
def test_data_url_document_takes_only_base64_data_urls_that_are_not_text(url: str, found: bool) -> None:
    assert (data_url_document(url) is not None) is found

"""Images inline in API requests (issue 20): the OpenAI, Anthropic and Gemini adapters hand every
inline image to OCR as a PendingImage at its JSON path, cover that path for the closed-world pass,
never fetch a URL, refuse bad base64, and never touch an image when they rewrite masked text.

Shapes follow the API references: OpenAI chat `image_url` parts and Responses `input_image`
(also in `function_call_output`), Ollama `images`, Anthropic `image` blocks (also in
`tool_result`), Gemini `inlineData` / `inline_data` (also in a function response's `parts`) and
interactions `{"type": "image"}` content.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from dlp_proxy.adapters import Adapter, RequestView
from dlp_proxy.adapters.anthropic_api import AnthropicApiAdapter
from dlp_proxy.adapters.base import JsonPath
from dlp_proxy.adapters.gemini_api import GeminiApiAdapter
from dlp_proxy.adapters.openai_api import OpenAIApiAdapter
from dlp_proxy.errors import AdapterError
from dlp_proxy.pipeline import closed_world
from tests.unit.adapters.roundtrip import assert_only_these_change, get_at, mask_all

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3  # the bytes only have to survive the trip
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(255, -1, -1)) * 2
PNG_B64 = base64.b64encode(PNG).decode("ascii")
JPEG_B64 = base64.b64encode(JPEG).decode("ascii")
PNG_URL = "data:image/png;base64," + PNG_B64
OPENAI, ANTHROPIC, GEMINI = OpenAIApiAdapter(), AnthropicApiAdapter(), GeminiApiAdapter()
GEMINI_PATH = "/v1beta/models/gemini-2.5-flash:generateContent"


def request(doc: Any, path: str, host: str = "api.example.com") -> RequestView:
    return RequestView("POST", host, path, {"content-type": "application/json"}, json.dumps(doc).encode("utf-8"))


def images_of(adapter: Adapter, req: RequestView) -> list[tuple[JsonPath, bytes, str, str]]:
    extraction = adapter.extract(req)
    return [(i.path, i.data, i.role, i.media_type) for i in extraction.images]


def image_part(url: str) -> dict[str, Any]:
    return {"type": "image_url", "image_url": {"url": url}}


CHAT = {
    "model": "gpt-4o",
    "messages": [
        {"role": "system", "content": "Je helpt de servicedesk."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Mail jan@voorbeeld.nl over deze fout."},
                {"type": "image_url", "image_url": {"url": PNG_URL, "detail": "high"}},
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": [{"type": "image_url", "image_url": {"url": PNG_URL}}]},
    ],
}
RESPONSES = {
    "model": "gpt-4.1",
    "input": [
        {"role": "user", "content": [{"type": "input_text", "text": "Wat staat hier?"},
                                     {"type": "input_image", "image_url": "data:image/jpeg;base64," + JPEG_B64}]},
        {"type": "function_call", "call_id": "c1", "name": "screenshot", "arguments": "{}"},
        {"type": "function_call_output", "call_id": "c1",
         "output": [{"type": "input_image", "image_url": PNG_URL, "detail": "auto"}]},
    ],
}  # fmt: skip
ANTHROPIC_DOC = {
    "model": "claude-sonnet-4-6",
    "max_tokens": 256,
    "messages": [
        {
            "role": "user",
            "content": [
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG_B64}},
                {"type": "text", "text": "Bel 06-12345678 als dit fout is."},
            ],
        },
        {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "shot", "input": {}}]},
        {
            "role": "user",
            "content": [
                {
                    "type": "tool_result",
                    "tool_use_id": "t1",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": JPEG_B64}}
                    ],
                },
                {"type": "image", "source": {"type": "url", "url": "https://example.com/a.png"}},
                {"type": "image", "source": {"type": "file", "file_id": "file_01"}},
            ],
        },
    ],
}
GEMINI_DOC = {
    "contents": [
        {"role": "user", "parts": [{"text": "Lees dit scherm"},
                                   {"inlineData": {"mimeType": "image/png", "data": PNG_B64}}]},
        {"role": "model", "parts": [{"functionCall": {"name": "shot", "args": {}}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "shot", "response": {"ok": True},
                                                         "parts": [{"inlineData": {"mimeType": "image/jpeg",
                                                                                   "data": JPEG_B64}}]}}]},
        {"role": "user", "parts": [{"inline_data": {"mime_type": "audio/wav", "data": "UklGRiQAAABXQVZFZm10IBAAAAA="}},
                                   {"fileData": {"mimeType": "image/png", "fileUri": "https://x/files/abc"}}]},
    ]
}  # fmt: skip


def test_when_a_chat_part_holds_a_data_url_image_then_it_is_read_by_ocr_at_its_path() -> None:
    assert images_of(OPENAI, request(CHAT, "/v1/chat/completions")) == [
        (("messages", 1, "content", 1, "image_url", "url"), PNG, "user", "image/png"),
        (("messages", 2, "content", 0, "image_url", "url"), PNG, "tool", "image/png"),
    ]


def test_when_a_responses_request_holds_input_images_then_tool_outputs_are_read_too() -> None:
    extraction = OPENAI.extract(request(RESPONSES, "/v1/responses"))
    assert [(i.path, i.data, i.role) for i in extraction.images] == [
        (("input", 0, "content", 1, "image_url"), JPEG, "user"),
        (("input", 2, "output", 0, "image_url"), PNG, "tool_result"),
    ]
    # The tool output's base64 is no longer a (maskable) text segment.
    assert all(not s.text.startswith("data:image") for s in extraction.segments)


def test_when_ollama_sends_base64_images_then_they_are_read() -> None:
    chat = {"model": "llava", "messages": [{"role": "user", "content": "Wat zie je?", "images": [PNG_B64]}]}
    generate = {"model": "llava", "prompt": "Wat zie je?", "images": [JPEG_B64]}
    assert images_of(OPENAI, request(chat, "/api/chat")) == [(("messages", 0, "images", 0), PNG, "user", "")]
    assert images_of(OPENAI, request(generate, "/api/generate")) == [(("images", 0), JPEG, "user", "")]


def test_when_anthropic_blocks_hold_base64_images_then_tool_results_count_and_urls_are_not_fetched() -> None:
    assert images_of(ANTHROPIC, request(ANTHROPIC_DOC, "/v1/messages")) == [
        (("messages", 0, "content", 0, "source", "data"), PNG, "user", "image/png"),
        (("messages", 2, "content", 0, "content", 0, "source", "data"), JPEG, "tool_result", "image/jpeg"),
    ]


def test_when_a_batch_holds_an_image_then_it_is_read() -> None:
    doc = {"requests": [{"custom_id": "a", "params": ANTHROPIC_DOC}]}
    paths = [i.path for i in ANTHROPIC.extract(request(doc, "/v1/messages/batches")).images]
    assert paths[0] == ("requests", 0, "params", "messages", 0, "content", 0, "source", "data")


def test_when_gemini_parts_hold_inline_images_then_function_responses_count_and_sound_is_left_alone() -> None:
    assert images_of(GEMINI, request(GEMINI_DOC, GEMINI_PATH)) == [
        (("contents", 0, "parts", 1, "inlineData", "data"), PNG, "user", "image/png"),
        (("contents", 2, "parts", 0, "functionResponse", "parts", 0, "inlineData", "data"), JPEG, "tool_result",
         "image/jpeg"),
    ]  # fmt: skip


def test_when_gemini_interactions_hold_an_image_then_it_is_read_and_not_a_text_segment() -> None:
    doc = {"model": "gemini-3", "input": [{"type": "text", "text": "Beschrijf"},
                                          {"type": "image", "data": PNG_B64, "mime_type": "image/png"}]}  # fmt: skip
    extraction = GEMINI.extract(request(doc, "/v1beta/interactions"))
    assert [(i.path, i.data) for i in extraction.images] == [(("input", 1, "data"), PNG)]
    assert PNG_B64 not in [s.text for s in extraction.segments]


@pytest.mark.parametrize(
    ("adapter", "doc", "path"),
    [(OPENAI, CHAT, "/v1/chat/completions"), (OPENAI, RESPONSES, "/v1/responses"),
     (ANTHROPIC, ANTHROPIC_DOC, "/v1/messages"), (GEMINI, GEMINI_DOC, GEMINI_PATH)],
    ids=["openai-chat", "openai-responses", "anthropic", "gemini"],
)  # fmt: skip
def test_when_images_are_read_then_the_closed_world_pass_skips_their_base64(
    adapter: Adapter, doc: Any, path: str
) -> None:
    req = request(doc, path)
    extraction = adapter.extract(req)
    sound = {c for c in extraction.extra["covers"] if c[-2:] == ("inline_data", "data")}  # Gemini's audio part
    assert set(extraction.extra["covers"]) - sound == {i.path for i in extraction.images}
    assert bool(sound) is bool(extraction.extra.get("audio"))
    texts = [s.text for s in closed_world.residual(req, closed_world.body_document(req), extraction).segments]
    assert not any(PNG_B64 in t or JPEG_B64 in t for t in texts)


def test_when_an_image_is_an_https_url_then_it_is_not_fetched_but_the_url_is_scanned() -> None:
    url = "https://intranet.example.com/scan.png?klant=jan@voorbeeld.nl"
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": [image_part(url)]}]}
    req = request(doc, "/v1/chat/completions")
    extraction = OPENAI.extract(req)
    assert extraction.images == [] and "covers" not in extraction.extra
    residual = closed_world.residual(req, closed_world.body_document(req), extraction).segments
    assert url in [s.text for s in residual]


def test_when_an_image_part_holds_a_text_data_url_then_the_closed_world_pass_reads_its_text() -> None:
    url = "data:text/plain;base64," + base64.b64encode(b"geheime tekst").decode()
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": [image_part(url)]}]}
    req = request(doc, "/v1/chat/completions")
    extraction = OPENAI.extract(req)
    assert extraction.images == []
    residual = closed_world.residual(req, closed_world.body_document(req), extraction).segments
    assert "geheime tekst" in [s.text for s in residual]


# Stray characters a lenient decoder would skip (and read 19 bytes): the vendors refuse these.
BAD = "iVBORw0K jan@voorbeeld.nl AAGg=="


@pytest.mark.parametrize(
    ("adapter", "doc", "path"),
    [
        (OPENAI, {"messages": [{"role": "user", "content": [{"type": "image_url",
                                                             "image_url": {"url": "data:image/png;base64," + BAD}}]}]},
         "/v1/chat/completions"),
        (OPENAI, {"input": [{"role": "user", "content": [{"type": "input_image",
                                                          "image_url": "data:image/png;base64," + BAD}]}]},
         "/v1/responses"),
        (OPENAI, {"messages": [{"role": "user", "content": [{"type": "image_url",
                                                             "image_url": {"url": "data:image/png;base64,"}}]}]},
         "/v1/chat/completions"),
        (ANTHROPIC, {"messages": [{"role": "user", "content": [{"type": "image", "source": {
            "type": "base64", "media_type": "image/png", "data": BAD}}]}]}, "/v1/messages"),
        (ANTHROPIC, {"messages": [{"role": "user", "content": [{"type": "image", "source": {
            "type": "base64", "media_type": "image/png"}}]}]}, "/v1/messages"),
        (GEMINI, {"contents": [{"parts": [{"inlineData": {"mimeType": "image/png", "data": BAD}}]}]}, GEMINI_PATH),
        (GEMINI, {"input": [{"type": "image", "data": BAD, "mime_type": "image/png"}]}, "/v1beta/interactions"),
    ],
    ids=["openai-chat", "openai-responses", "openai-empty", "anthropic", "anthropic-no-data", "gemini",
         "gemini-interactions"],
)  # fmt: skip
def test_when_an_inline_image_is_not_valid_base64_then_the_request_is_unreadable(
    adapter: Adapter, doc: Any, path: str
) -> None:
    with pytest.raises(AdapterError) as e:
        adapter.extract(request(doc, path))
    assert "voorbeeld" not in str(e.value) and "iVBOR" not in str(e.value)


@pytest.mark.parametrize(
    ("adapter", "doc", "path"),
    [(OPENAI, CHAT, "/v1/chat/completions"), (OPENAI, RESPONSES, "/v1/responses"),
     (ANTHROPIC, ANTHROPIC_DOC, "/v1/messages"), (GEMINI, GEMINI_DOC, GEMINI_PATH)],
    ids=["openai-chat", "openai-responses", "anthropic", "gemini"],
)  # fmt: skip
def test_when_text_beside_an_image_is_masked_then_the_image_bytes_are_unchanged(
    adapter: Adapter, doc: Any, path: str
) -> None:
    req = request(doc, path)
    changes = mask_all(adapter, req)
    assert changes  # there is text to mask beside the images
    assert_only_these_change(adapter, req, doc, changes)
    body = json.loads(adapter.rewrite(req, adapter.extract(req), changes))
    for image in adapter.extract(req).images:
        assert get_at(body, image.path) == get_at(doc, image.path)

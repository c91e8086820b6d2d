"""OpenAIApiAdapter: chat completions and responses; extract, rewrite, block response, bad bodies."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.adapters.base import JsonPath
from dlp_proxy.adapters.openai_api import OpenAIApiAdapter
from dlp_proxy.errors import AdapterError

ADAPTER = OpenAIApiAdapter()
CHAT = "/v1/chat/completions"
RESPONSES = "/v1/responses"


def request(doc: Any, path: str = CHAT, **headers: str) -> RequestView:
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8")
    return RequestView("POST", "api.openai.com", path, {"content-type": "application/json", **headers}, body)


def segments(doc: dict[str, Any], path: str = CHAT) -> list[tuple[JsonPath, str, str]]:
    return [(s.path, s.text, s.role) for s in ADAPTER.extract(request(doc, path)).segments]


def get_at(doc: Any, path: JsonPath) -> Any:
    for part in path:
        doc = doc[part]
    return doc


CHAT_STRING = {
    "model": "gpt-4o",
    "messages": [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "Mail jan@voorbeeld.nl"},
    ],
    "temperature": 0.2,
}
CHAT_PARTS = {
    "model": "gpt-4o",
    "messages": [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Wat staat er op deze foto?"},
                {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}},
                {"type": "text", "text": "IBAN NL91ABNA0417164300"},
            ],
        }
    ],
}
CHAT_TOOL_CALLS = {
    "model": "gpt-4o",
    "messages": [
        {"role": "user", "content": "Book it"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "book", "arguments": '{"email": "a@b.nl"}'}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "booked"},
    ],
    "tools": [{"type": "function", "function": {"name": "book", "parameters": {"type": "object"}}}],
}
RESPONSES_STRING = {"model": "gpt-4.1", "input": "Vat dit samen", "store": False}
RESPONSES_ITEMS = {
    "model": "gpt-4.1",
    "instructions": "Antwoord in het Nederlands.",
    "input": [
        {"role": "user", "content": [{"type": "input_text", "text": "Bel 06-12345678"},
                                     {"type": "input_image", "image_url": "data:image/png;base64,AAAA"}]},
        {"role": "assistant", "content": [{"type": "output_text", "text": "Gedaan."}]},
        {"type": "function_call", "call_id": "c1", "name": "lookup", "arguments": '{"q": "x"}'},
        {"type": "function_call_output", "call_id": "c1", "output": "result"},
        {"role": "user", "content": "En nu?"},
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("doc", "path", "endpoint", "expected"),
    [
        (CHAT_STRING, CHAT, "chat.completions", [
            (("messages", 0, "content"), "You are helpful.", "system"),
            (("messages", 1, "content"), "Mail jan@voorbeeld.nl", "user"),
        ]),
        (CHAT_PARTS, CHAT, "chat.completions", [
            (("messages", 0, "content", 0, "text"), "Wat staat er op deze foto?", "user"),
            (("messages", 0, "content", 2, "text"), "IBAN NL91ABNA0417164300", "user"),
        ]),
        (CHAT_TOOL_CALLS, CHAT, "chat.completions", [
            (("messages", 0, "content"), "Book it", "user"),
            (("messages", 1, "tool_calls", 0, "function", "arguments"), '{"email": "a@b.nl"}', "assistant"),
            (("messages", 2, "content"), "booked", "tool"),
        ]),
        (RESPONSES_STRING, RESPONSES, "responses", [(("input",), "Vat dit samen", "user")]),
        (RESPONSES_ITEMS, RESPONSES, "responses", [
            (("instructions",), "Antwoord in het Nederlands.", "system"),
            (("input", 0, "content", 0, "text"), "Bel 06-12345678", "user"),
            (("input", 1, "content", 0, "text"), "Gedaan.", "assistant"),
            (("input", 2, "arguments"), '{"q": "x"}', "function_call"),
            (("input", 3, "output"), "result", "function_call_output"),
            (("input", 4, "content"), "En nu?", "user"),
        ]),
    ],
    ids=["chat-string", "chat-parts", "chat-tool-calls", "responses-string", "responses-items"],
)  # fmt: skip
def test_when_request_is_extracted_then_every_text_segment_has_its_path_and_role(
    doc: dict[str, Any], path: str, endpoint: str, expected: list[tuple[JsonPath, str, str]]
) -> None:
    extraction = ADAPTER.extract(request(doc, path))
    assert extraction.endpoint == endpoint
    assert [(s.path, s.text, s.role) for s in extraction.segments] == expected
    for s in extraction.segments:
        assert get_at(doc, s.path) == s.text  # each path points at its text


@pytest.mark.parametrize(
    ("doc", "stream"),
    [({**CHAT_STRING, "stream": True}, True), ({**CHAT_STRING, "stream": False}, False), (CHAT_STRING, False),
     ({**CHAT_STRING, "stream": "yes"}, False)],
)  # fmt: skip
def test_when_stream_flag_is_set_then_extraction_says_so(doc: dict[str, Any], stream: bool) -> None:
    assert ADAPTER.extract(request(doc)).stream is stream


@pytest.mark.parametrize(
    ("doc", "path"),
    [(CHAT_STRING, CHAT), (CHAT_PARTS, CHAT), (CHAT_TOOL_CALLS, CHAT), (RESPONSES_STRING, RESPONSES),
     (RESPONSES_ITEMS, RESPONSES)],
    ids=["chat-string", "chat-parts", "chat-tool-calls", "responses-string", "responses-items"],
)  # fmt: skip
def test_when_segments_are_rewritten_then_only_those_strings_change(doc: dict[str, Any], path: str) -> None:
    original = copy.deepcopy(doc)
    req = request(doc, path)
    extraction = ADAPTER.extract(req)
    target = extraction.segments[-1]
    body = ADAPTER.rewrite(req, extraction, {target.path: "[MASKED_1]"})

    expected = copy.deepcopy(original)
    node = expected
    for part in target.path[:-1]:
        node = node[part]
    node[target.path[-1]] = "[MASKED_1]"
    assert json.loads(body) == expected
    assert doc == original  # the caller's document is untouched


def test_when_nothing_is_rewritten_then_the_document_is_unchanged() -> None:
    req = request(RESPONSES_ITEMS, RESPONSES)
    assert json.loads(ADAPTER.rewrite(req, ADAPTER.extract(req), {})) == RESPONSES_ITEMS


def test_when_text_is_rewritten_then_non_ascii_stays_utf8() -> None:
    req = request({"model": "m", "messages": [{"role": "user", "content": "x"}]})
    body = ADAPTER.rewrite(req, ADAPTER.extract(req), {("messages", 0, "content"): "café – €"})
    assert "café – €".encode() in body


def test_when_a_request_is_blocked_then_the_answer_is_an_openai_style_403() -> None:
    blocked = ADAPTER.block_response(request(CHAT_STRING), "Niet verzonden (regel SECRET-BLOCK).", "abc123")
    assert blocked.status == 403
    assert blocked.headers["content-type"] == "application/json"
    assert blocked.headers["x-should-retry"] == "false"
    assert blocked.headers["x-dlp-decision-id"] == "abc123"
    error = json.loads(blocked.body)["error"]
    assert error["message"] == "Niet verzonden (regel SECRET-BLOCK)."
    assert error["type"] == "dlp_policy_violation"
    assert error["code"] == "dlp_blocked"


SECRET_TEXT = "sk-proj-Ab3dE5gH7jK9mN1pQ3sT5vX7"


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (b'{"messages": [{"role": "user", "content": "' + SECRET_TEXT.encode() + b'"', CHAT),  # truncated JSON
        (b"model=gpt&prompt=" + SECRET_TEXT.encode(), CHAT),  # not JSON at all
        (b'{"input": "' + SECRET_TEXT.encode() + b' \xff\xfe"}', RESPONSES),  # invalid UTF-8
        (b'["' + SECRET_TEXT.encode() + b'"]', CHAT),  # JSON, but not an object
        (b'"' + SECRET_TEXT.encode() + b'"', RESPONSES),
        (b'{"model": "m", "prompt": "' + SECRET_TEXT.encode() + b'"}', CHAT),  # no messages
        (b'{"messages": ["' + SECRET_TEXT.encode() + b'"]}', CHAT),  # message is not an object
        (b'{"input": {"text": "' + SECRET_TEXT.encode() + b'"}}', RESPONSES),  # input is neither
        (b'{"messages": [{"role": "assistant", "tool_calls": [{"function": "' + SECRET_TEXT.encode() + b'"}]}]}',
         CHAT),
        (b'{"messages": [{"role": "assistant", "tool_calls": "' + SECRET_TEXT.encode() + b'"}]}', CHAT),
        (b'{"messages": [{"role": "assistant", "tool_calls": 5}]}', CHAT),
        (b"[" * 100_000, CHAT),  # nested too deeply to parse
    ],
    ids=["truncated", "form", "invalid-utf8", "array", "string", "no-messages", "message-string",
         "input-object", "function-string", "tool-calls-string", "tool-calls-number", "deep"],
)  # fmt: skip
def test_when_body_cannot_be_read_then_adapter_error_without_body_text(body: bytes, path: str) -> None:
    with pytest.raises(AdapterError) as e:
        ADAPTER.extract(request(body, path))
    assert SECRET_TEXT not in str(e.value)
    assert "sk-proj" not in str(e.value)


@pytest.mark.parametrize(
    ("method", "path", "handled"),
    [("POST", CHAT, True), ("POST", RESPONSES, True), ("POST", CHAT + "?api-version=1", True),
     ("GET", CHAT, False), ("POST", "/v1/embeddings", True), ("POST", "/v1/files", False),
     ("POST", "/openai/deployments/gpt-4o/chat/completions", True), ("POST", "/api/v1/chat/completions", True),
     ("POST", "/v1/threads/thread_1/messages", True), ("GET", "/v1/models", False)],
)  # fmt: skip
def test_when_endpoint_is_not_a_prompt_endpoint_then_the_generic_adapter_takes_it(
    method: str, path: str, handled: bool
) -> None:
    req = RequestView(method, "api.openai.com", path, {}, b"")
    assert ADAPTER.handles(req) is handled
    assert adapter_for("openai", req).name == ("openai" if handled else "generic")

"""GeminiApiAdapter: Gemini Developer API and Vertex AI; extract, rewrite, block response, bad bodies.

Fixtures follow the REST reference (ai.google.dev/api, cloud.google.com/vertex-ai) and what the
google-genai SDK sends: `contents[].parts[].text`, `systemInstruction` (camelCase from the SDK
and the REST docs, snake_case accepted by the API too), `functionCall.args` and
`functionResponse.response`, inline text files, countTokens (plain and with
`generateContentRequest`), embeddings and interactions.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.adapters.base import JsonPath
from dlp_proxy.adapters.gemini_api import GeminiApiAdapter
from dlp_proxy.errors import AdapterError
from tests.unit.adapters.roundtrip import assert_extracts, assert_only_these_change, mask_all

ADAPTER = GeminiApiAdapter()
MODEL = "/v1beta/models/gemini-2.0-flash"
GENERATE = MODEL + ":generateContent"
STREAM = MODEL + ":streamGenerateContent?alt=sse"
VERTEX = "/v1/projects/p/locations/europe-west4/publishers/google/models/gemini-2.0-flash"
B64 = "#base64"


def request(doc: Any, path: str = GENERATE, host: str = "generativelanguage.googleapis.com") -> RequestView:
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8")
    headers = {"content-type": "application/json", "x-goog-api-key": "test"}
    return RequestView("POST", host, path, headers, body)


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


CAMEL = {
    "systemInstruction": {"parts": [{"text": "Be concise."}, {"text": "Answer in Dutch."}]},
    "contents": [
        {"role": "user", "parts": [{"text": "Mail jan@voorbeeld.nl"},
                                   {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}]},
        {"role": "model", "parts": [{"text": "Wat moet erin?"}]},
        {"role": "user", "parts": [{"text": "De planning."},
                                   {"fileData": {"mimeType": "application/pdf", "fileUri": "https://x/files/abc"}}]},
    ],
    "generationConfig": {"temperature": 0.2, "responseMimeType": "text/plain"},
    "safetySettings": [{"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_NONE"}],
}  # fmt: skip
SNAKE = {
    "system_instruction": {"parts": [{"text": "Wees kort."}]},
    "contents": [{"parts": [{"text": "Hallo, ik ben Jan."}]}],  # role is optional: user
    "generation_config": {"max_output_tokens": 100},
}
FUNCTIONS = {
    "contents": [
        {"role": "user", "parts": [{"text": "Stuur de offerte naar de klant."}]},
        {"role": "model", "parts": [{"functionCall": {"name": "send_mail",
                                                      "args": {"to": "klant@voorbeeld.nl", "cc": ["a@b.nl"],
                                                               "urgent": True, "attempts": 2}}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "send_mail",
                                                         "response": {"result": "sent to klant@voorbeeld.nl",
                                                                      "meta": {"id": 7, "by": "Jan"}}}}]},
        {"role": "model", "parts": [{"function_call": {"name": "lookup", "args": {"q": "Jansen"}}}]},
        {"role": "user", "parts": [{"function_response": {"name": "lookup", "response": {"output": "06-12345678"}}}]},
    ],
    "tools": [{"functionDeclarations": [{"name": "send_mail", "description": "Send a mail",
                                         "parameters": {"type": "OBJECT"}}]}],
}  # fmt: skip
INLINE_TEXT = {
    "contents": [
        {"role": "user", "parts": [
            {"inlineData": {"mimeType": "text/plain", "data": b64("IBAN NL91ABNA0417164300")}},
            {"inline_data": {"mime_type": "text/csv", "data": b64("naam,mail\nJan,jan@x.nl\n")}},
            {"text": "Vat dit bestand samen."},
        ]},
    ]
}  # fmt: skip
COUNT_TOKENS = {"contents": [{"role": "user", "parts": [{"text": "Hoeveel tokens?"}]}]}
COUNT_TOKENS_REQUEST = {
    "generateContentRequest": {
        "model": "models/gemini-2.0-flash",
        "systemInstruction": {"parts": [{"text": "Kort."}]},
        "contents": [{"role": "user", "parts": [{"text": "Hoeveel tokens heeft jan@x.nl?"}]}],
    }
}
EMBED = {"model": "models/text-embedding-004", "content": {"parts": [{"text": "Jan Jansen woont in Utrecht."}]}}
BATCH_EMBED = {
    "requests": [
        {"model": "models/text-embedding-004", "content": {"parts": [{"text": "eerste"}]}},
        {"model": "models/text-embedding-004", "content": {"parts": [{"text": "tweede"}]}},
    ]
}
INTERACTION_STRING = {"model": "gemini-2.5-flash", "input": "Vertel over Jan.", "system_instruction": "Kort."}
INTERACTION_TURNS = {
    "model": "gemini-2.5-flash",
    "input": [{"type": "user_input", "content": [{"type": "text", "text": "Bel 06-12345678"}]}],
    "stream": True,
}

C = "contents"
CASES: list[tuple[str, dict[str, Any], str, str, list[tuple[JsonPath, str, str]]]] = [
    ("camel-case", CAMEL, GENERATE, "generateContent", [
        (("systemInstruction", "parts", 0, "text"), "Be concise.", "system"),
        (("systemInstruction", "parts", 1, "text"), "Answer in Dutch.", "system"),
        ((C, 0, "parts", 0, "text"), "Mail jan@voorbeeld.nl", "user"),
        ((C, 1, "parts", 0, "text"), "Wat moet erin?", "model"),
        ((C, 2, "parts", 0, "text"), "De planning.", "user"),
    ]),
    ("snake-case", SNAKE, GENERATE, "generateContent", [
        (("system_instruction", "parts", 0, "text"), "Wees kort.", "system"),
        ((C, 0, "parts", 0, "text"), "Hallo, ik ben Jan.", "user"),
    ]),
    ("function-calls", FUNCTIONS, GENERATE, "generateContent", [
        ((C, 0, "parts", 0, "text"), "Stuur de offerte naar de klant.", "user"),
        ((C, 1, "parts", 0, "functionCall", "args", "to"), "klant@voorbeeld.nl", "model"),
        ((C, 1, "parts", 0, "functionCall", "args", "cc", 0), "a@b.nl", "model"),
        ((C, 2, "parts", 0, "functionResponse", "response", "result"), "sent to klant@voorbeeld.nl", "tool_result"),
        ((C, 2, "parts", 0, "functionResponse", "response", "meta", "by"), "Jan", "tool_result"),
        ((C, 3, "parts", 0, "function_call", "args", "q"), "Jansen", "model"),
        ((C, 4, "parts", 0, "function_response", "response", "output"), "06-12345678", "tool_result"),
    ]),
    ("inline-text-files", INLINE_TEXT, GENERATE, "generateContent", [
        ((C, 0, "parts", 0, "inlineData", "data", B64), "IBAN NL91ABNA0417164300", "user"),
        ((C, 0, "parts", 1, "inline_data", "data", B64), "naam,mail\nJan,jan@x.nl\n", "user"),
        ((C, 0, "parts", 2, "text"), "Vat dit bestand samen.", "user"),
    ]),
    ("vertex", SNAKE, VERTEX + ":generateContent", "generateContent", [
        (("system_instruction", "parts", 0, "text"), "Wees kort.", "system"),
        ((C, 0, "parts", 0, "text"), "Hallo, ik ben Jan.", "user"),
    ]),
    ("stream", SNAKE, STREAM, "streamGenerateContent", [
        (("system_instruction", "parts", 0, "text"), "Wees kort.", "system"),
        ((C, 0, "parts", 0, "text"), "Hallo, ik ben Jan.", "user"),
    ]),
    ("vertex-stream", SNAKE, VERTEX + ":streamGenerateContent?alt=sse", "streamGenerateContent", [
        (("system_instruction", "parts", 0, "text"), "Wees kort.", "system"),
        ((C, 0, "parts", 0, "text"), "Hallo, ik ben Jan.", "user"),
    ]),
    ("count-tokens", COUNT_TOKENS, MODEL + ":countTokens", "countTokens", [
        ((C, 0, "parts", 0, "text"), "Hoeveel tokens?", "user"),
    ]),
    ("count-tokens-request", COUNT_TOKENS_REQUEST, MODEL + ":countTokens", "countTokens", [
        (("generateContentRequest", "systemInstruction", "parts", 0, "text"), "Kort.", "system"),
        (("generateContentRequest", C, 0, "parts", 0, "text"), "Hoeveel tokens heeft jan@x.nl?", "user"),
    ]),
    ("embed", EMBED, "/v1beta/models/text-embedding-004:embedContent", "embedContent", [
        (("content", "parts", 0, "text"), "Jan Jansen woont in Utrecht.", "user"),
    ]),
    ("batch-embed", BATCH_EMBED, "/v1beta/models/text-embedding-004:batchEmbedContents", "batchEmbedContents", [
        (("requests", 0, "content", "parts", 0, "text"), "eerste", "user"),
        (("requests", 1, "content", "parts", 0, "text"), "tweede", "user"),
    ]),
    ("interaction-string", INTERACTION_STRING, "/v1beta/interactions", "interactions", [
        (("input",), "Vertel over Jan.", "user"),
        (("system_instruction",), "Kort.", "system"),
    ]),
    # Interaction turns: every string of `input` is scanned (type tags included), none skipped.
    ("interaction-turns", INTERACTION_TURNS, "/v1beta/interactions", "interactions", [
        (("input", 0, "type"), "user_input", "user"),
        (("input", 0, "content", 0, "type"), "text", "user"),
        (("input", 0, "content", 0, "text"), "Bel 06-12345678", "user"),
    ]),
]  # fmt: skip
IDS = [c[0] for c in CASES]


@pytest.mark.parametrize(("name", "doc", "path", "endpoint", "expected"), CASES, ids=IDS)
def test_when_request_is_extracted_then_every_text_segment_has_its_path_and_role(
    name: str, doc: dict[str, Any], path: str, endpoint: str, expected: list[tuple[JsonPath, str, str]]
) -> None:
    assert_extracts(ADAPTER, request(doc, path), doc, endpoint, expected)


@pytest.mark.parametrize(
    ("doc", "path", "stream"),
    [(SNAKE, GENERATE, False), (SNAKE, STREAM, True), (SNAKE, MODEL + ":streamGenerateContent", True),
     (SNAKE, VERTEX + ":streamGenerateContent?alt=sse", True), (COUNT_TOKENS, MODEL + ":countTokens", False),
     (INTERACTION_TURNS, "/v1beta/interactions", True), (INTERACTION_STRING, "/v1beta/interactions", False)],
)  # fmt: skip
def test_when_the_endpoint_or_body_asks_for_a_stream_then_extraction_says_so(
    doc: dict[str, Any], path: str, stream: bool
) -> None:
    assert ADAPTER.extract(request(doc, path)).stream is stream


@pytest.mark.parametrize(("name", "doc", "path", "endpoint", "expected"), CASES, ids=IDS)
def test_when_segments_are_rewritten_then_only_those_strings_change(
    name: str, doc: dict[str, Any], path: str, endpoint: str, expected: list[tuple[JsonPath, str, str]]
) -> None:
    req = request(doc, path)
    assert_only_these_change(ADAPTER, req, doc, mask_all(ADAPTER, req))


def test_when_an_inline_text_file_is_rewritten_then_it_is_re_encoded() -> None:
    req = request(INLINE_TEXT)
    extraction = ADAPTER.extract(req)
    body = ADAPTER.rewrite(req, extraction, {(C, 0, "parts", 0, "inlineData", "data", B64): "IBAN [IBAN_CODE_1] €"})
    parts = json.loads(body)[C][0]["parts"]
    assert parts[0] == {"inlineData": {"mimeType": "text/plain", "data": b64("IBAN [IBAN_CODE_1] €")}}
    assert parts[1:] == INLINE_TEXT[C][0]["parts"][1:]


def test_when_a_request_is_blocked_then_the_answer_is_a_google_permission_denied_error() -> None:
    blocked = ADAPTER.block_response(request(CAMEL), "Niet verzonden (regel SECRET-BLOCK).", "abc123")
    assert blocked.status == 403
    assert blocked.headers["content-type"] == "application/json"
    assert blocked.headers["x-should-retry"] == "false"
    assert blocked.headers["x-dlp-decision-id"] == "abc123"
    assert json.loads(blocked.body) == {
        "error": {"code": 403, "message": "Niet verzonden (regel SECRET-BLOCK).", "status": "PERMISSION_DENIED"}
    }


SECRET_TEXT = "AIzaSyZq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY12"
S = SECRET_TEXT.encode()


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (b'{"contents": [{"parts": [{"text": "' + S + b'"', GENERATE),  # truncated JSON
        (b"text=" + S, GENERATE),  # not JSON at all
        (b'{"contents": [{"parts": [{"text": "' + S + b' \xff"}]}]}', GENERATE),  # invalid UTF-8
        (b'[{"parts": [{"text": "' + S + b'"}]}]', GENERATE),  # JSON, but not an object
        (b'"' + S + b'"', STREAM),
        (b'{"contents": "' + S + b'"}', GENERATE),  # contents is not an array
        (b'{"contents": ["' + S + b'"]}', GENERATE),  # a content is not an object
        (b'{"contents": [{"parts": "' + S + b'"}]}', GENERATE),  # parts is not an array
        (b'{"systemInstruction": "' + S + b'", "contents": []}', GENERATE),  # not a Content object
        (b'{"contents": [{"parts": [{"inlineData": {"mimeType": "text/plain", "data": "no b64 ' + S + b'"}}]}]}',
         GENERATE),
        (b'{"contents": [{"parts": [{"inlineData": {"mimeType": "application/pdf", "data": "JVBERi0xLjcK"}}]}]}',
         GENERATE),  # documents are not read inline
        (b"[" * 100_000, GENERATE),  # nested too deeply to parse
    ],
    ids=["truncated", "form", "invalid-utf8", "array", "string", "contents-string", "content-string",
         "parts-string", "system-string", "bad-base64-text", "inline-pdf", "deep"],
)  # fmt: skip
def test_when_body_cannot_be_read_then_adapter_error_without_body_text(body: bytes, path: str) -> None:
    with pytest.raises(AdapterError) as e:
        ADAPTER.extract(request(body, path))
    assert SECRET_TEXT not in str(e.value)
    assert "AIza" not in str(e.value)


@pytest.mark.parametrize(
    ("method", "path", "handled"),
    [("POST", GENERATE, True), ("POST", STREAM, True), ("POST", "/v1/models/gemini-pro:generateContent", True),
     ("POST", VERTEX + ":generateContent", True), ("POST", VERTEX + ":streamGenerateContent?alt=sse", True),
     ("POST", MODEL + ":countTokens", True), ("POST", "/v1beta/interactions", True),
     ("POST", "/v1beta/models/text-embedding-004:embedContent", True), ("GET", GENERATE, False),
     ("GET", "/v1beta/models", False), ("POST", "/upload/v1beta/files", False),
     ("POST", "/v1beta/cachedContents", False), ("POST", "/v1beta/interactions/abc/cancel", False)],
)  # fmt: skip
def test_when_endpoint_is_not_a_prompt_endpoint_then_the_generic_adapter_takes_it(
    method: str, path: str, handled: bool
) -> None:
    req = RequestView(method, "generativelanguage.googleapis.com", path, {}, b"")
    assert ADAPTER.handles(req) is handled
    assert adapter_for("gemini", req).name == ("gemini" if handled else "generic")

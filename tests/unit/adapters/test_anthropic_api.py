"""AnthropicApiAdapter: Messages, count_tokens, batches; extract, rewrite, block response, bad bodies.

Fixtures follow the Messages API reference (docs.anthropic.com) and the request types of the
official SDK (`anthropic/types/*_param.py`): string and block content, system as a string or
text blocks, tool_use input, tool_result content (string or blocks), documents (plain-text,
base64 text and content sources), message batches.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.adapters.anthropic_api import AnthropicApiAdapter
from dlp_proxy.adapters.base import JsonPath
from dlp_proxy.errors import AdapterError
from tests.unit.adapters.roundtrip import assert_extracts, assert_only_these_change, mask_all

ADAPTER = AnthropicApiAdapter()
MESSAGES = "/v1/messages"
B64 = "#base64"


def request(doc: Any, path: str = MESSAGES) -> RequestView:
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8")
    headers = {"content-type": "application/json", "anthropic-version": "2023-06-01", "x-api-key": "sk-ant-test"}
    return RequestView("POST", "api.anthropic.com", path, headers, body)


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


STRING_CONTENT = {
    "model": "claude-sonnet-4-6",
    "max_tokens": 1024,
    "system": "You are a coding assistant.",
    "messages": [
        {"role": "user", "content": "Mail jan@voorbeeld.nl over de release."},
        {"role": "assistant", "content": "Wat moet erin?"},
        {"role": "user", "content": "De datum: 1 december."},
    ],
}
BLOCK_CONTENT = {
    "model": "claude-sonnet-4-6",
    "max_tokens": 1024,
    "system": [
        {"type": "text", "text": "Antwoord in het Nederlands.", "cache_control": {"type": "ephemeral"}},
        {"type": "text", "text": "Wees kort."},
    ],
    "messages": [
        {
            "role": "user",
            "content": [
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
                {"type": "text", "text": "Wat staat er op deze foto van Jan?"},
                {"type": "image", "source": {"type": "url", "url": "https://example.com/a.png"}},
            ],
        },
        {"role": "assistant", "content": [{"type": "text", "text": "Een kantoor."}]},
    ],
    "temperature": 0.2,
    "metadata": {"user_id": "u-123"},
}
TOOLS = {
    "model": "claude-sonnet-4-6",
    "max_tokens": 1024,
    "tools": [{"name": "send_mail", "description": "Send a mail",
               "input_schema": {"type": "object", "properties": {"to": {"type": "string"}}}}],
    "messages": [
        {"role": "user", "content": "Stuur de offerte naar de klant."},
        {"role": "assistant", "content": [
            {"type": "text", "text": "Ik verstuur hem."},
            {"type": "tool_use", "id": "toolu_01", "name": "send_mail",
             "input": {"to": "klant@voorbeeld.nl", "cc": ["a@b.nl"], "urgent": True, "attempts": 2}},
        ]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_01", "content": "Verzonden aan klant@voorbeeld.nl"},
        ]},
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": "toolu_02", "name": "lookup", "input": {"q": "Jansen"}},
        ]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_02", "is_error": False, "content": [
                {"type": "text", "text": "Jan Jansen, 06-12345678"},
                {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "/9j/4AAQ"}},
            ]},
            {"type": "text", "text": "Vat samen."},
        ]},
    ],
}  # fmt: skip
DOCUMENTS = {
    "model": "claude-sonnet-4-6",
    "max_tokens": 1024,
    "messages": [
        {
            "role": "user",
            "content": [
                {"type": "document",
                 "source": {"type": "text", "media_type": "text/plain", "data": "log: user jan@x.nl"},
                 "title": "server.log", "context": "Productielog van vannacht", "citations": {"enabled": True}},
                {"type": "document", "source": {"type": "base64", "media_type": "text/plain",
                                                "data": b64("IBAN NL91ABNA0417164300")}},
                {"type": "document", "source": {"type": "content", "content": [
                    {"type": "text", "text": "Hoofdstuk 1"},
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBO"}},
                    {"type": "text", "text": "Hoofdstuk 2"},
                ]}},
                {"type": "document", "source": {"type": "content", "content": "Platte inhoud"}},
                {"type": "document", "source": {"type": "url", "url": "https://example.com/a.pdf"}},
                {"type": "document", "source": {"type": "file", "file_id": "file_011"}},
                {"type": "text", "text": "Wat gaat er mis?"},
            ],
        }
    ],
}  # fmt: skip
BATCH = {
    "requests": [
        {"custom_id": "first", "params": {"model": "claude-sonnet-4-6", "max_tokens": 100,
                                          "messages": [{"role": "user", "content": "Hallo, ik ben Jan."}]}},
        {"custom_id": "second", "params": {"model": "claude-sonnet-4-6", "max_tokens": 100,
                                           "system": "Kort.",
                                           "messages": [{"role": "user", "content": [
                                               {"type": "text", "text": "Bel 06-12345678"}]}]}},
    ]
}  # fmt: skip
SEARCH_RESULTS = {
    "model": "claude-sonnet-4-6",
    "max_tokens": 1024,
    "messages": [
        {"role": "user", "content": [
            {"type": "search_result", "source": "https://intranet.example/hr/42", "title": "Dossier Jan Jansen",
             "content": [{"type": "text", "text": "Jan Jansen, BSN 111222333"}], "citations": {"enabled": True}},
            {"type": "text", "text": "Wat staat in het dossier?"},
        ]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_03", "name": "search", "input": {}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_03", "content": [
                {"type": "search_result", "source": "kb://1", "title": "KB",
                 "content": [{"type": "text", "text": "mail piet@voorbeeld.nl"}]},
            ]},
        ]},
    ],
}  # fmt: skip
COUNT_TOKENS = {
    "model": "claude-sonnet-4-6",
    "system": [{"type": "text", "text": "Wees kort."}],
    "messages": [{"role": "user", "content": "Hoeveel tokens is dit?"}],
}
LEGACY_COMPLETE = {"model": "claude-2.1", "max_tokens_to_sample": 100, "prompt": "\n\nHuman: Hallo\n\nAssistant:"}

M = "messages"
CASES: list[tuple[str, dict[str, Any], str, str, list[tuple[JsonPath, str, str]]]] = [
    ("string-content", STRING_CONTENT, MESSAGES, "messages", [
        (("system",), "You are a coding assistant.", "system"),
        ((M, 0, "content"), "Mail jan@voorbeeld.nl over de release.", "user"),
        ((M, 1, "content"), "Wat moet erin?", "assistant"),
        ((M, 2, "content"), "De datum: 1 december.", "user"),
    ]),
    ("block-content", BLOCK_CONTENT, MESSAGES, "messages", [
        (("system", 0, "text"), "Antwoord in het Nederlands.", "system"),
        (("system", 1, "text"), "Wees kort.", "system"),
        ((M, 0, "content", 1, "text"), "Wat staat er op deze foto van Jan?", "user"),
        ((M, 1, "content", 0, "text"), "Een kantoor.", "assistant"),
    ]),
    ("tool-use-and-results", TOOLS, MESSAGES, "messages", [
        ((M, 0, "content"), "Stuur de offerte naar de klant.", "user"),
        ((M, 1, "content", 0, "text"), "Ik verstuur hem.", "assistant"),
        ((M, 1, "content", 1, "input", "to"), "klant@voorbeeld.nl", "tool_use"),
        ((M, 1, "content", 1, "input", "cc", 0), "a@b.nl", "tool_use"),
        ((M, 2, "content", 0, "content"), "Verzonden aan klant@voorbeeld.nl", "tool_result"),
        ((M, 3, "content", 0, "input", "q"), "Jansen", "tool_use"),
        ((M, 4, "content", 0, "content", 0, "text"), "Jan Jansen, 06-12345678", "tool_result"),
        ((M, 4, "content", 1, "text"), "Vat samen.", "user"),
    ]),
    ("documents", DOCUMENTS, MESSAGES, "messages", [
        ((M, 0, "content", 0, "source", "data"), "log: user jan@x.nl", "user"),
        ((M, 0, "content", 0, "title"), "server.log", "user"),
        ((M, 0, "content", 0, "context"), "Productielog van vannacht", "user"),
        ((M, 0, "content", 1, "source", "data", B64), "IBAN NL91ABNA0417164300", "user"),
        ((M, 0, "content", 2, "source", "content", 0, "text"), "Hoofdstuk 1", "user"),
        ((M, 0, "content", 2, "source", "content", 2, "text"), "Hoofdstuk 2", "user"),
        ((M, 0, "content", 3, "source", "content"), "Platte inhoud", "user"),
        ((M, 0, "content", 6, "text"), "Wat gaat er mis?", "user"),
    ]),
    ("search-results", SEARCH_RESULTS, MESSAGES, "messages", [
        ((M, 0, "content", 0, "content", 0, "text"), "Jan Jansen, BSN 111222333", "user"),
        ((M, 0, "content", 0, "title"), "Dossier Jan Jansen", "user"),
        ((M, 0, "content", 1, "text"), "Wat staat in het dossier?", "user"),
        ((M, 2, "content", 0, "content", 0, "content", 0, "text"), "mail piet@voorbeeld.nl", "tool_result"),
        ((M, 2, "content", 0, "content", 0, "title"), "KB", "tool_result"),
    ]),
    ("batches", BATCH, "/v1/messages/batches", "messages.batches", [
        (("requests", 0, "params", M, 0, "content"), "Hallo, ik ben Jan.", "user"),
        (("requests", 1, "params", "system"), "Kort.", "system"),
        (("requests", 1, "params", M, 0, "content", 0, "text"), "Bel 06-12345678", "user"),
    ]),
    ("count-tokens", COUNT_TOKENS, "/v1/messages/count_tokens", "messages.count_tokens", [
        (("system", 0, "text"), "Wees kort.", "system"),
        ((M, 0, "content"), "Hoeveel tokens is dit?", "user"),
    ]),
    ("beta-query", STRING_CONTENT, MESSAGES + "?beta=true", "messages", [
        (("system",), "You are a coding assistant.", "system"),
        ((M, 0, "content"), "Mail jan@voorbeeld.nl over de release.", "user"),
        ((M, 1, "content"), "Wat moet erin?", "assistant"),
        ((M, 2, "content"), "De datum: 1 december.", "user"),
    ]),
    ("legacy-complete", LEGACY_COMPLETE, "/v1/complete", "complete", [
        (("prompt",), "\n\nHuman: Hallo\n\nAssistant:", "user"),
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
    [({**STRING_CONTENT, "stream": True}, MESSAGES, True), ({**STRING_CONTENT, "stream": False}, MESSAGES, False),
     (STRING_CONTENT, MESSAGES, False), ({**STRING_CONTENT, "stream": "true"}, MESSAGES, False)],
)  # fmt: skip
def test_when_stream_flag_is_set_then_extraction_says_so(doc: dict[str, Any], path: str, stream: bool) -> None:
    assert ADAPTER.extract(request(doc, path)).stream is stream


@pytest.mark.parametrize(("name", "doc", "path", "endpoint", "expected"), CASES, ids=IDS)
def test_when_segments_are_rewritten_then_only_those_strings_change(
    name: str, doc: dict[str, Any], path: str, endpoint: str, expected: list[tuple[JsonPath, str, str]]
) -> None:
    req = request(doc, path)
    assert_only_these_change(ADAPTER, req, doc, mask_all(ADAPTER, req))


def test_when_a_base64_text_document_is_rewritten_then_it_is_re_encoded() -> None:
    req = request(DOCUMENTS)
    extraction = ADAPTER.extract(req)
    path = (M, 0, "content", 1, "source", "data", B64)
    body = ADAPTER.rewrite(req, extraction, {path: "IBAN [IBAN_CODE_1] — café"})
    doc = json.loads(body)
    source = doc[M][0]["content"][1]["source"]
    assert source == {"type": "base64", "media_type": "text/plain", "data": b64("IBAN [IBAN_CODE_1] — café")}
    assert doc[M][0]["content"][0] == DOCUMENTS[M][0]["content"][0]


def test_when_a_request_is_blocked_then_the_answer_is_an_anthropic_permission_error() -> None:
    blocked = ADAPTER.block_response(request(STRING_CONTENT), "Niet verzonden (regel SECRET-BLOCK).", "abc123")
    assert blocked.status == 403
    assert blocked.headers["content-type"] == "application/json"
    assert blocked.headers["x-should-retry"] == "false"
    assert blocked.headers["x-dlp-decision-id"] == "abc123"
    assert json.loads(blocked.body) == {
        "type": "error",
        "error": {"type": "permission_error", "message": "Niet verzonden (regel SECRET-BLOCK)."},
    }


SECRET_TEXT = "sk-ant-api03-Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY"
S = SECRET_TEXT.encode()


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (b'{"messages": [{"role": "user", "content": "' + S + b'"', MESSAGES),  # truncated JSON
        (b"prompt=" + S, MESSAGES),  # not JSON at all
        (b'{"messages": [{"role": "user", "content": "' + S + b' \xff\xfe"}]}', MESSAGES),  # invalid UTF-8
        (b'["' + S + b'"]', MESSAGES),  # JSON, but not an object
        (b'"' + S + b'"', "/v1/messages/count_tokens"),
        (b'{"messages": "' + S + b'"}', MESSAGES),  # messages is not an array
        (b'{"messages": ["' + S + b'"]}', MESSAGES),  # a message is not an object
        (b'{"messages": [{"role": "user", "content": {"type": "text", "text": "' + S + b'"}}]}', MESSAGES),
        (b'{"system": {"text": "' + S + b'"}, "messages": []}', MESSAGES),
        (b'{"messages": [{"role": "user", "content": [{"type": "document", "source": {"type": "base64", '
         b'"media_type": "text/plain", "data": "not base64 ' + S + b'"}}]}]}', MESSAGES),
        (b'{"messages": [{"role": "user", "content": [{"type": "document", "source": {"type": "base64", '
         b'"media_type": "application/pdf", "data": "JVBERi0xLjcK"}}]}]}', MESSAGES),  # PDFs are not read inline
        (b'{"requests": [{"custom_id": "a", "params": {"messages": "' + S + b'"}}]}', "/v1/messages/batches"),
        (b"[" * 100_000, MESSAGES),  # nested too deeply to parse
    ],
    ids=["truncated", "form", "invalid-utf8", "array", "string", "messages-string", "message-string",
         "content-object", "system-object", "bad-base64-text", "base64-pdf", "batch-messages-string", "deep"],
)  # fmt: skip
def test_when_body_cannot_be_read_then_adapter_error_without_body_text(body: bytes, path: str) -> None:
    with pytest.raises(AdapterError) as e:
        ADAPTER.extract(request(body, path))
    assert SECRET_TEXT not in str(e.value)
    assert "sk-ant" not in str(e.value)


@pytest.mark.parametrize(
    ("method", "path", "handled"),
    [("POST", MESSAGES, True), ("POST", MESSAGES + "?beta=true", True), ("POST", MESSAGES + "/", True),
     ("POST", "/v1/messages/count_tokens", True), ("POST", "/v1/messages/batches", True),
     ("POST", "/v1/complete", True), ("GET", MESSAGES, False), ("GET", "/v1/messages/batches/msgbatch_1", False),
     ("POST", "/v1/messages/batches/msgbatch_1/cancel", False), ("POST", "/v1/files", False),
     ("GET", "/v1/models", False)],
)  # fmt: skip
def test_when_endpoint_is_not_a_prompt_endpoint_then_the_generic_adapter_takes_it(
    method: str, path: str, handled: bool
) -> None:
    req = RequestView(method, "api.anthropic.com", path, {}, b"")
    assert ADAPTER.handles(req) is handled
    assert adapter_for("anthropic", req).name == ("anthropic" if handled else "generic")


@pytest.mark.parametrize(
    "doc",
    [{"requests": "not a list"}, {"requests": [{"custom_id": "a"}]}, {"requests": [{"params": "x"}]}, {}],
)
def test_a_malformed_batch_is_unreadable_not_skipped(doc: dict[str, object]) -> None:
    from dlp_proxy.adapters import RequestView
    from dlp_proxy.adapters.anthropic_api import AnthropicApiAdapter
    from dlp_proxy.errors import AdapterError

    req = RequestView("POST", "api.anthropic.com", "/v1/messages/batches", {}, json.dumps(doc).encode())
    with pytest.raises(AdapterError):
        AnthropicApiAdapter().extract(req)

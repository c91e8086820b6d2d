"""OpenAIApiAdapter: chat, responses, completions, embeddings, threads, Azure, Ollama; extract, rewrite, block
response, bad bodies."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.adapters.base import JsonPath
from dlp_proxy.adapters.openai_api import OpenAIApiAdapter
from dlp_proxy.errors import AdapterError
from tests.unit.adapters.roundtrip import assert_extracts, assert_only_these_change, get_at, mask_all

ADAPTER = OpenAIApiAdapter()
CHAT = "/v1/chat/completions"
RESPONSES = "/v1/responses"


def request(doc: Any, path: str = CHAT, **headers: str) -> RequestView:
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8")
    return RequestView("POST", "api.openai.com", path, {"content-type": "application/json", **headers}, body)


def segments(doc: dict[str, Any], path: str = CHAT) -> list[tuple[JsonPath, str, str]]:
    return [(s.path, s.text, s.role) for s in ADAPTER.extract(request(doc, path)).segments]


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
    assert_extracts(ADAPTER, request(doc, path), doc, endpoint, expected)


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
    req = request(doc, path)
    assert_only_these_change(ADAPTER, req, doc, {ADAPTER.extract(req).segments[-1].path: "[MASKED_1]"})


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


# --- the other endpoints: legacy completions, embeddings, assistants/threads, Azure, Ollama ------------


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


NOTES = "Notulen: bel Jan op 06-12345678"
CSV = "naam,mail\nJan,jan@voorbeeld.nl\n"
CHAT_TEXT_FILE = {
    "model": "gpt-4o",
    "messages": [{"role": "user", "content": [
        {"type": "text", "text": "Vat samen"},
        {"type": "file", "file": {"filename": "notulen.txt", "file_data": "data:text/plain;base64," + b64(NOTES)}},
    ]}],
}  # fmt: skip
RESPONSES_TEXT_FILE = {
    "model": "gpt-4.1",
    "input": [{"role": "user", "content": [
        {"type": "input_file", "filename": "klanten.csv", "file_data": "data:text/csv;base64," + b64(CSV)},
        {"type": "input_text", "text": "Wie staat erin?"},
    ]}],
}  # fmt: skip
CHAT_NAMES_AND_OBJECT_ARGS = {
    "model": "gpt-4o",
    "messages": [
        {"role": "system", "name": "huisstijl", "content": "Schrijf formeel."},
        {"role": "user", "name": "jan_jansen", "content": "Boek een zaal."},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "book", "arguments": {"contact": "jan@voorbeeld.nl", "seats": 4, "tags": ["vip"]}}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "Geboekt voor jan@voorbeeld.nl"},
        {"role": "assistant", "content": None, "function_call": {"name": "old", "arguments": '{"q": "x"}'}},
    ],
}  # fmt: skip
CHAT_PREDICTION = {
    "model": "gpt-4o",
    "messages": [{"role": "user", "content": "Hernoem de variabele."}],
    "prediction": {"type": "content", "content": "const mail = 'jan@voorbeeld.nl';"},
}
CHAT_PREDICTION_PARTS = {
    "model": "gpt-4o",
    "messages": [{"role": "user", "content": "Hernoem de variabele."}],
    "prediction": {"type": "content", "content": [{"type": "text", "text": "let x = 1;"}]},
}
LEGACY_STRING = {"model": "gpt-3.5-turbo-instruct", "prompt": "Schrijf een mail aan jan@voorbeeld.nl", "max_tokens": 7}
LEGACY_LIST = {"model": "gpt-3.5-turbo-instruct", "prompt": ["eerste", "tweede"], "suffix": "einde"}
FIM = {"model": "codestral-latest", "prompt": "def mail():\n    return '", "suffix": "'\n"}
EMBEDDINGS_STRING = {"model": "text-embedding-3-small", "input": "Jan Jansen woont in Utrecht", "dimensions": 256}
EMBEDDINGS_LIST = {"model": "text-embedding-3-small", "input": ["een", "twee"], "encoding_format": "float"}
MODERATION = {"model": "omni-moderation-latest", "input": "Is dit ok?"}
THREAD_MESSAGE = {
    "role": "user",
    "content": "Wat staat er in het contract van Jan?",
    "attachments": [{"file_id": "file-abc", "tools": [{"type": "file_search"}]}],
    "metadata": {"case": "42"},
}
THREAD_MESSAGE_PARTS = {
    "role": "user",
    "content": [{"type": "text", "text": "Bekijk dit"}, {"type": "image_file", "image_file": {"file_id": "file-1"}}],
}
RUN = {
    "assistant_id": "asst_abc",
    "instructions": "Je bent een HR-assistent.",
    "additional_instructions": "Noem geen namen.",
    "additional_messages": [{"role": "user", "content": "Mail het naar piet@voorbeeld.nl"}],
    "stream": True,
}
CREATE_AND_RUN = {
    "assistant_id": "asst_abc",
    "thread": {"messages": [{"role": "user", "content": [{"type": "text", "text": "Hallo, ik ben Jan."}]}]},
}
ASSISTANT = {"model": "gpt-4o", "name": "HR", "description": "Helpt HR", "instructions": "Antwoord kort."}
THREAD = {"messages": [{"role": "user", "content": "Eerste vraag"}]}
OLLAMA_CHAT = {
    "model": "llama3.2",
    "messages": [{"role": "system", "content": "Kort."}, {"role": "user", "content": "Bel 06-12345678"}],
    "stream": False,
}
OLLAMA_GENERATE = {"model": "codellama", "prompt": "def f(", "suffix": "):", "system": "Alleen code.", "stream": True}
AZURE = "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21"

EXTRA_CASES: list[tuple[str, Any, str, str, list[tuple[JsonPath, str, str]]]] = [
    ("chat-text-file", CHAT_TEXT_FILE, CHAT, "chat.completions", [
        (("messages", 0, "content", 0, "text"), "Vat samen", "user"),
        (("messages", 0, "content", 1, "file", "file_data", "#base64"), NOTES, "user"),
    ]),
    ("responses-text-file", RESPONSES_TEXT_FILE, RESPONSES, "responses", [
        (("input", 0, "content", 0, "file_data", "#base64"), CSV, "user"),
        (("input", 0, "content", 1, "text"), "Wie staat erin?", "user"),
    ]),
    ("names-and-object-args", CHAT_NAMES_AND_OBJECT_ARGS, CHAT, "chat.completions", [
        (("messages", 0, "content"), "Schrijf formeel.", "system"),
        (("messages", 0, "name"), "huisstijl", "system"),
        (("messages", 1, "content"), "Boek een zaal.", "user"),
        (("messages", 1, "name"), "jan_jansen", "user"),
        (("messages", 2, "tool_calls", 0, "function", "arguments", "contact"), "jan@voorbeeld.nl", "assistant"),
        (("messages", 2, "tool_calls", 0, "function", "arguments", "tags", 0), "vip", "assistant"),
        (("messages", 3, "content"), "Geboekt voor jan@voorbeeld.nl", "tool"),
        (("messages", 4, "function_call", "arguments"), '{"q": "x"}', "assistant"),
    ]),
    ("prediction", CHAT_PREDICTION, CHAT, "chat.completions", [
        (("messages", 0, "content"), "Hernoem de variabele.", "user"),
        (("prediction", "content"), "const mail = 'jan@voorbeeld.nl';", "user"),
    ]),
    ("prediction-parts", CHAT_PREDICTION_PARTS, CHAT, "chat.completions", [
        (("messages", 0, "content"), "Hernoem de variabele.", "user"),
        (("prediction", "content", 0, "text"), "let x = 1;", "user"),
    ]),
    ("legacy-completions-string", LEGACY_STRING, "/v1/completions", "completions", [
        (("prompt",), "Schrijf een mail aan jan@voorbeeld.nl", "user"),
    ]),
    ("legacy-completions-list", LEGACY_LIST, "/v1/completions", "completions", [
        (("prompt", 0), "eerste", "user"), (("prompt", 1), "tweede", "user"), (("suffix",), "einde", "user"),
    ]),
    ("fim", FIM, "/v1/fim/completions", "fim.completions", [
        (("prompt",), "def mail():\n    return '", "user"), (("suffix",), "'\n", "user"),
    ]),
    ("embeddings-string", EMBEDDINGS_STRING, "/v1/embeddings", "embeddings", [
        (("input",), "Jan Jansen woont in Utrecht", "user"),
    ]),
    ("embeddings-list", EMBEDDINGS_LIST, "/v1/embeddings", "embeddings", [
        (("input", 0), "een", "user"), (("input", 1), "twee", "user"),
    ]),
    ("moderations", MODERATION, "/v1/moderations", "moderations", [(("input",), "Is dit ok?", "user")]),
    ("thread-message", THREAD_MESSAGE, "/v1/threads/thread_abc/messages", "threads.messages", [
        (("content",), "Wat staat er in het contract van Jan?", "user"),
    ]),
    ("thread-message-parts", THREAD_MESSAGE_PARTS, "/v1/threads/thread_abc/messages", "threads.messages", [
        (("content", 0, "text"), "Bekijk dit", "user"),
    ]),
    ("run-additional-messages", RUN, "/v1/threads/thread_abc/runs", "threads.runs", [
        (("instructions",), "Je bent een HR-assistent.", "system"),
        (("additional_instructions",), "Noem geen namen.", "system"),
        (("additional_messages", 0, "content"), "Mail het naar piet@voorbeeld.nl", "user"),
    ]),
    ("create-and-run", CREATE_AND_RUN, "/v1/threads/runs", "threads.create_and_run", [
        (("thread", "messages", 0, "content", 0, "text"), "Hallo, ik ben Jan.", "user"),
    ]),
    ("assistant", ASSISTANT, "/v1/assistants", "assistants", [
        (("instructions",), "Antwoord kort.", "system"), (("description",), "Helpt HR", "system"),
    ]),
    ("thread", THREAD, "/v1/threads", "threads", [(("messages", 0, "content"), "Eerste vraag", "user")]),
    ("azure-deployment", CHAT_STRING, AZURE, "chat.completions", [
        (("messages", 0, "content"), "You are helpful.", "system"),
        (("messages", 1, "content"), "Mail jan@voorbeeld.nl", "user"),
    ]),
    ("ollama-chat", OLLAMA_CHAT, "/api/chat", "ollama.chat", [
        (("messages", 0, "content"), "Kort.", "system"), (("messages", 1, "content"), "Bel 06-12345678", "user"),
    ]),
    ("ollama-generate", OLLAMA_GENERATE, "/api/generate", "ollama.generate", [
        (("prompt",), "def f(", "user"), (("system",), "Alleen code.", "user"), (("suffix",), "):", "user"),
    ]),
]  # fmt: skip
EXTRA_IDS = [c[0] for c in EXTRA_CASES]


@pytest.mark.parametrize(("name", "doc", "path", "endpoint", "expected"), EXTRA_CASES, ids=EXTRA_IDS)
def test_when_another_endpoint_is_extracted_then_every_text_segment_has_its_path_and_role(
    name: str, doc: dict[str, Any], path: str, endpoint: str, expected: list[tuple[JsonPath, str, str]]
) -> None:
    assert_extracts(ADAPTER, request(doc, path), doc, endpoint, expected)


@pytest.mark.parametrize(("name", "doc", "path", "endpoint", "expected"), EXTRA_CASES, ids=EXTRA_IDS)
def test_when_another_endpoint_is_rewritten_then_only_those_strings_change(
    name: str, doc: dict[str, Any], path: str, endpoint: str, expected: list[tuple[JsonPath, str, str]]
) -> None:
    req = request(doc, path)
    assert_only_these_change(ADAPTER, req, doc, mask_all(ADAPTER, req))


@pytest.mark.parametrize(
    ("doc", "path", "file_path", "head", "masked"),
    [(CHAT_TEXT_FILE, CHAT, ("messages", 0, "content", 1, "file", "file_data"), "data:text/plain;base64",
      "Notulen: bel Jan op [PHONE_NUMBER_1] — ok"),
     (RESPONSES_TEXT_FILE, RESPONSES, ("input", 0, "content", 0, "file_data"), "data:text/csv;base64",
      "naam,mail\nJan,[EMAIL_ADDRESS_1]\n")],
    ids=["chat-file", "responses-input-file"],
)  # fmt: skip
def test_when_an_inline_text_file_is_masked_then_it_is_decoded_rewritten_and_re_encoded(
    doc: dict[str, Any], path: str, file_path: JsonPath, head: str, masked: str
) -> None:
    req = request(doc, path)
    extraction = ADAPTER.extract(req)
    body = json.loads(ADAPTER.rewrite(req, extraction, {(*file_path, "#base64"): masked}))
    url = get_at(body, file_path)
    assert url == f"{head},{b64(masked)}"
    assert base64.b64decode(url.partition(",")[2]).decode("utf-8") == masked
    if path == CHAT:
        assert body["messages"][0]["content"][1]["file"]["filename"] == "notulen.txt"


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (b'{"model": "m", "prompt": [1212, 318, 257]}', "/v1/completions"),
        (b'{"model": "m", "prompt": [[1212, 318], [257]]}', "/v1/completions"),
        (b'{"model": "m", "input": [101, 2023]}', "/v1/embeddings"),
        (b'{"model": "m", "input": [[101, 2023], [102]]}', "/v1/embeddings"),
        (b'{"messages": [{"role": "user", "content": [{"type": "file", "file": {"filename": "a.pdf", '
         b'"file_data": "data:application/pdf;base64,JVBERi0xLjcK"}}]}]}', CHAT),
        (b'{"messages": [{"role": "user", "content": [{"type": "file", "file": {"filename": "a.txt", '
         b'"file_data": "data:text/plain;base64,@@not-base64@@"}}]}]}', CHAT),
        (b'{"model": "llava", "messages": [{"role": "user", "content": "Wat zie je?", "images": ["iVBORw0KGgo"]}]}',
         "/api/chat"),
        (b'{"model": "llava", "prompt": "Wat zie je?", "images": ["iVBOR w0KGgo="]}', "/api/generate"),
        (b'{"assistant_id": "a", "additional_messages": "' + SECRET_TEXT.encode() + b'"}', "/v1/threads/t/runs"),
    ],
    ids=["prompt-token-ids", "prompt-token-id-lists", "input-token-ids", "input-token-id-lists", "inline-pdf",
         "inline-text-bad-base64", "ollama-chat-image-bad-padding", "ollama-generate-image-space",
         "additional-messages-string"],
)  # fmt: skip
def test_when_a_part_cannot_be_scanned_then_adapter_error(body: bytes, path: str) -> None:
    with pytest.raises(AdapterError) as e:
        ADAPTER.extract(request(body, path))
    assert SECRET_TEXT not in str(e.value)


@pytest.mark.parametrize(
    ("path", "endpoint"),
    [(AZURE, "chat.completions"), ("/openai/deployments/emb/embeddings?api-version=2024-10-21", "embeddings"),
     ("/openai/v1/responses", "responses"), ("/api/v1/chat/completions", "chat.completions"),
     ("/v1/engines/copilot-codex/completions", "completions"), ("/chat/completions", "chat.completions"),
     ("/v1/threads/thread_abc/runs", "threads.runs"), ("/v1/assistants/asst_1", "assistants")],
)  # fmt: skip
def test_when_an_endpoint_sits_under_another_prefix_then_it_is_matched_by_its_suffix(path: str, endpoint: str) -> None:
    doc = {"messages": [{"role": "user", "content": "x"}], "input": "x", "prompt": "x"}
    assert ADAPTER.extract(request(doc, path)).endpoint == endpoint

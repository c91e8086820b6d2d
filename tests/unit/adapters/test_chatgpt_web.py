"""ChatGPT web: the prompt of /backend-api/f/conversation; a block answered as a message in its v1 stream."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.adapters import ADAPTERS, AnswerNoter, RequestView, adapter_for, sse
from dlp_proxy.adapters.chatgpt_web import ChatGPTWebAdapter
from dlp_proxy.errors import AdapterError

FIXTURES = Path(__file__).parent / "fixtures" / "web"
ADAPTER = ChatGPTWebAdapter()
CONVERSATION = (FIXTURES / "chatgpt_f_conversation.json").read_bytes()
PREPARE = (FIXTURES / "chatgpt_prepare.json").read_bytes()
HEADERS = {"content-type": "application/json", "accept": "text/event-stream"}
NOTICE = "Niet verzonden: een AWS-sleutel (1x), regel SECRET-BLOCK. Beslissing 0123abcd."


def req(body: bytes, path: str = "/backend-api/f/conversation", method: str = "POST", host: str = "chatgpt.com",
        headers: dict[str, str] | None = None) -> RequestView:  # fmt: skip
    return RequestView(method, host, path, headers if headers is not None else HEADERS, body)


def render_v1(events: list[sse.Event]) -> dict[int, dict[str, Any]]:
    """What the web app builds from a v1 delta stream: the message documents per counter `c`.

    Follows the public description of the encoding: a root `add` starts a document, `append`
    adds to a string, `replace` sets, `patch` applies a list, and a bare `{"v": ...}` continues
    the previous pointer and operation (the last one inside a patch).
    """
    docs: dict[int, dict[str, Any]] = {}
    current, last_p, last_o = 0, None, None
    assert events[0].event == "delta_encoding" and events[0].json() == "v1"

    def apply(p: str, o: str, v: Any) -> None:
        nonlocal last_p, last_o
        if o != "patch":
            last_p, last_o = p, o
        if p == "" and o == "add":
            docs[current] = copy.deepcopy(v)
            return
        if o == "patch":
            for sub in v:
                apply(sub["p"], sub["o"], sub["v"])
            return
        *parents, leaf = p.strip("/").split("/")
        target: Any = docs[current]
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        index: Any = int(leaf) if isinstance(target, list) else leaf
        if o == "append":
            target[index] = target[index] + v if isinstance(v, str) else {**target[index], **v}
        elif o in ("replace", "add"):
            target[index] = v
        else:
            raise AssertionError(f"unknown operation {o}")

    for event in events[1:]:
        if event.data == "[DONE]":
            break
        frame = event.json()
        if "type" in frame:  # typed frames (title, stream complete, resume token) hold no message text
            continue
        current = frame.get("c", current)
        if "p" in frame or "o" in frame:
            apply(frame.get("p", ""), frame.get("o", "append"), frame["v"])
        else:
            assert last_p is not None and last_o is not None
            apply(last_p, last_o, frame["v"])
    return docs


def test_the_v1_renderer_reads_the_recorded_stream_shape() -> None:
    docs = render_v1(sse.parse((FIXTURES / "chatgpt_stream.sse").read_bytes()))
    message = docs[0]["message"]
    assert message["content"]["parts"] == ["Hier is een samenvatting van het contract."]
    assert message["status"] == "finished_successfully"


def test_the_typed_prompt_is_read_and_image_parts_are_skipped() -> None:
    extraction = ADAPTER.extract(req(CONVERSATION))
    assert extraction.endpoint == "conversation"
    assert extraction.stream is True
    assert [(s.path, s.text, s.role) for s in extraction.segments] == [
        (
            ("messages", 0, "content", "parts", 1),
            "Vat dit contract samen en mail het naar jan.jansen@voorbeeld.nl",
            "user",
        )
    ]


def test_text_parts_of_every_shape_are_read() -> None:
    doc = {"action": "next", "messages": [
        {"author": {"role": "user"}, "content": {"content_type": "text", "parts": ["een", "twee"]}},
        {"author": {"role": "user"}, "content": {"content_type": "multimodal_text",
                                                 "parts": [{"content_type": "audio_transcription", "text": "drie"}]}},
        {"author": {"role": "user"}, "content": {"content_type": "code", "language": "python", "text": "vier"}},
        {"author": {"role": "user"}},
    ]}  # fmt: skip
    segments = ADAPTER.extract(req(json.dumps(doc).encode())).segments
    assert [(s.path, s.text) for s in segments] == [
        (("messages", 0, "content", "parts", 0), "een"),
        (("messages", 0, "content", "parts", 1), "twee"),
        (("messages", 1, "content", "parts", 0, "text"), "drie"),
        (("messages", 2, "content", "text"), "vier"),
    ]


def test_a_regenerate_without_messages_has_no_segments() -> None:
    body = json.dumps({"action": "variant", "conversation_id": "c", "parent_message_id": "p"}).encode()
    assert ADAPTER.extract(req(body)).segments == []


def test_the_text_typed_so_far_in_prepare_is_read_and_not_streamed() -> None:
    extraction = ADAPTER.extract(req(PREPARE, "/backend-api/f/conversation/prepare"))
    assert extraction.endpoint == "conversation.prepare"
    assert extraction.stream is False
    assert [(s.path, s.text) for s in extraction.segments] == [
        (("partial_query", "content", "parts", 0), "Mijn IBAN is NL91ABNA0417164300 en")
    ]


def test_rewrite_masks_in_place_and_keeps_every_other_field() -> None:
    request = req(CONVERSATION)
    extraction = ADAPTER.extract(request)
    path = extraction.segments[0].path
    body = ADAPTER.rewrite(request, extraction, {path: "Vat dit contract samen en mail het naar [EMAIL_ADDRESS_1]"})
    expected = json.loads(CONVERSATION)
    expected["messages"][0]["content"]["parts"][1] = "Vat dit contract samen en mail het naar [EMAIL_ADDRESS_1]"
    assert json.loads(body) == expected
    assert b"jan.jansen@voorbeeld.nl" not in body
    assert list(json.loads(body)) == list(json.loads(CONVERSATION))  # key order kept


def test_rewrite_without_changes_is_the_same_json() -> None:
    request = req(PREPARE, "/backend-api/f/conversation/prepare")
    assert json.loads(ADAPTER.rewrite(request, ADAPTER.extract(request), {})) == json.loads(PREPARE)


@pytest.mark.parametrize(
    ("method", "path", "known"),
    [
        ("POST", "/backend-api/f/conversation", True),
        ("POST", "/backend-api/conversation", True),
        ("POST", "/backend-anon/f/conversation", True),
        ("POST", "/backend-api/f/conversation/prepare", True),
        ("POST", "/backend-api/f/conversation?x=1", True),
        ("GET", "/backend-api/conversation/67b0c3e1", False),
        ("PATCH", "/backend-api/conversation/67b0c3e1", False),
        ("POST", "/backend-api/conversation/init", False),
        ("POST", "/backend-api/files", False),
        ("POST", "/backend-api/files/process_upload_stream", False),
        ("POST", "/backend-api/sentinel/chat-requirements", False),
        ("POST", "/ces/v1/t", False),
        ("GET", "/backend-api/f/conversation", False),
    ],
)
def test_only_the_conversation_endpoints_are_handled(method: str, path: str, known: bool) -> None:
    request = req(b"{}", path, method)
    assert ADAPTER.handles(request) is known
    assert adapter_for("chatgpt_web", request).name == ("chatgpt_web" if known else "generic")
    assert ADAPTERS["chatgpt_web"] is not None


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b'{"messages": [{"content": {"parts": ["geheim AKIA', "not valid JSON"),
        (b'\xff{"messages": "geheim"}', "not valid UTF-8"),
        (b'["geheim"]', "not a JSON object"),
        (b'{"messages": "geheim"}', "'messages' is not an array"),
        (b'{"messages": ["geheim"]}', "messages[0] is not an object"),
        (b'{"messages": [{"content": "geheim"}]}', "messages[0].content is not an object"),
        (b'{"messages": [{"content": {"parts": "geheim"}}]}', "content.parts is not an array"),
    ],
)
def test_a_malformed_body_is_an_adapter_error_without_its_text(body: bytes, says: str) -> None:
    with pytest.raises(AdapterError) as e:
        ADAPTER.extract(req(body))
    assert says in str(e.value)
    assert "geheim" not in str(e.value)


def test_a_block_is_an_assistant_message_in_the_v1_stream_of_the_same_conversation() -> None:
    r = ADAPTER.block_response(req(CONVERSATION), NOTICE, "0123abcd")
    assert r.status == 200
    assert r.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert r.headers["x-dlp-decision-id"] == "0123abcd"
    events = sse.parse(r.body)
    assert events[-1] == sse.Event(None, "[DONE]")
    doc = render_v1(events)[0]
    assert doc["conversation_id"] == "67b0c3e1-1f2a-8005-b1e4-3c2d9a7f6e55"
    assert doc["error"] is None
    message = doc["message"]
    assert message["author"]["role"] == "assistant"
    assert message["content"] == {"content_type": "text", "parts": [NOTICE]}
    assert message["status"] == "finished_successfully" and message["end_turn"] is True
    assert message["metadata"]["dlp_decision_id"] == "0123abcd"
    uuid.UUID(message["id"])  # the app keys messages by uuid
    user_message = json.loads(CONVERSATION)["messages"][0]["id"]
    assert message["id"] != user_message
    assert message["metadata"]["parent_id"] == user_message


def test_a_block_in_a_new_chat_or_of_an_unreadable_body_still_streams_the_notice() -> None:
    for body in (b'{"action": "next", "messages": []}', b"\xff not json"):
        events = sse.parse(ADAPTER.block_response(req(body), NOTICE, "d1").body)
        doc = render_v1(events)[0]
        uuid.UUID(doc["conversation_id"])
        assert doc["message"]["content"]["parts"] == [NOTICE]
        assert "parent_id" not in doc["message"]["metadata"]


def test_the_notice_survives_line_breaks_and_quotes() -> None:
    notice = 'Regel 1\nRegel 2 "DLP-OK 1234: reden"'
    assert render_v1(sse.parse(ADAPTER.block_response(req(CONVERSATION), notice, "d").body))[0]["message"]["content"][
        "parts"
    ] == [notice]


def test_other_requests_get_the_detail_error_the_ui_shows() -> None:
    r = ADAPTER.block_response(req(b"{}", "/backend-api/files"), NOTICE, "d2")
    assert r.status == 400
    assert json.loads(r.body) == {"detail": NOTICE}
    assert "access-control-allow-origin" not in r.headers


def test_a_blocked_blob_upload_is_readable_by_the_chatgpt_page() -> None:
    upload = req(b"%PDF-1.7 ...", "/file-AbC123?sv=2020-04-08&sig=x", "PUT", "files.oaiusercontent.com",
                 {"origin": "https://chatgpt.com", "x-ms-blob-type": "BlockBlob"})  # fmt: skip
    r = ADAPTER.block_response(upload, NOTICE, "d3")
    assert r.status == 400 and json.loads(r.body) == {"detail": NOTICE}
    assert r.headers["access-control-allow-origin"] == "https://chatgpt.com"


def test_no_answer_note_in_the_stateful_v1_stream() -> None:
    request = req(CONVERSATION)
    assert isinstance(ADAPTER, AnswerNoter)
    assert ADAPTER.answer_note(request, ADAPTER.extract(request), "1 e-mailadres gemaskeerd") is None

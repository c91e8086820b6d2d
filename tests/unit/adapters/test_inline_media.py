"""Sound and video inline in API requests, and files in fields no adapter reads.

An OpenAI `input_audio` part, a Gemini `inlineData` of type audio/* or video/*, and a `file`
part with an audio data: URL are read by their bytes: real sound or video marks the request as
carrying audio (`settings.audio` decides), while a PDF, an archive, an image or text under a
sound label is read as what it is. A base64 string or data: URL in any other field whose bytes
are a document or an image is read too (stray_files, run by the pipeline for every JSON body)."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import wave
from typing import Any

import pytest

from dlp_proxy.adapters import Extraction, RequestView
from dlp_proxy.adapters.base import AUDIO
from dlp_proxy.adapters.gemini_api import GeminiApiAdapter
from dlp_proxy.adapters.inline_files import MAX_STRAY_FILES, stray_files
from dlp_proxy.adapters.openai_api import OpenAIApiAdapter
from dlp_proxy.errors import AdapterError, UploadError
from dlp_proxy.pipeline import closed_world
from dlp_proxy.pipeline.inspection import run_sync_scan
from tests.unit.judge import judge
from tests.unit.uploads.builders import BSN, LINE, make_pdf
from tests.unit.uploads.label_builders import make_zip

OPENAI, GEMINI = OpenAIApiAdapter(), GeminiApiAdapter()
CHAT = "/v1/chat/completions"
GEMINI_PATH = "/v1beta/models/gemini-2.5-flash:generateContent"
PDF = make_pdf([["Productblad ErgoDesk 160", LINE]])
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256)) * 4
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)  # a legacy Word file's header
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" + bytes(417) * 3


def wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(8000)
        f.writeframes(bytes(range(256)) * 16)
    return out.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def request(doc: Any, path: str = CHAT) -> RequestView:
    return RequestView("POST", "api.example.com", path, {"content-type": "application/json"}, json.dumps(doc).encode())


def openai_audio(data: bytes, fmt: str = "wav") -> RequestView:
    part = {"type": "input_audio", "input_audio": {"data": b64(data), "format": fmt}}
    content = [{"type": "text", "text": "Wat wordt er gezegd?"}, part]
    return request({"model": "gpt-4o-audio-preview", "messages": [{"role": "user", "content": content}]})


def openai_audio_file(data: bytes, media: str = "audio/mpeg") -> RequestView:
    part = {"type": "file", "file": {"filename": "memo.mp3", "file_data": f"data:{media};base64,{b64(data)}"}}
    return request({"model": "gpt-4o", "messages": [{"role": "user", "content": [part]}]})


def gemini_media(data: bytes, media: str = "audio/wav") -> RequestView:
    parts = [{"text": "Wat wordt er gezegd?"}, {"inlineData": {"mimeType": media, "data": b64(data)}}]
    return request({"contents": [{"role": "user", "parts": parts}]}, GEMINI_PATH)


MEDIA_CASES = [
    ("openai-input-audio", OPENAI, openai_audio, ("messages", 0, "content", 1, "input_audio", "data")),
    ("openai-file-audio", OPENAI, openai_audio_file, ("messages", 0, "content", 0, "file", "file_data")),
    ("gemini-audio", GEMINI, gemini_media, ("contents", 0, "parts", 1, "inlineData", "data")),
]
IDS = [c[0] for c in MEDIA_CASES]


@pytest.mark.parametrize(("name", "adapter", "make", "path"), MEDIA_CASES, ids=IDS)
@pytest.mark.parametrize("sound", [wav(), MP3], ids=["wav", "mp3"])
def test_when_real_sound_is_inline_then_the_request_carries_audio_and_the_sound_is_not_scanned(
    name: str, adapter: Any, make: Any, path: tuple[Any, ...], sound: bytes
) -> None:
    req = make(sound)
    extraction = adapter.extract(req)
    assert extraction.extra.get(AUDIO) is True
    assert path in extraction.extra["covers"] and not extraction.images
    assert not [s for s in extraction.segments if s.path[: len(path)] == path]
    rest = closed_world.residual(req, closed_world.body_document(req), extraction)
    assert not any(b64(sound)[:40] in s.text for s in rest.segments)


def test_when_gemini_gets_video_then_the_request_carries_audio() -> None:
    assert GEMINI.extract(gemini_media(MP4, "video/mp4")).extra.get(AUDIO) is True


@pytest.mark.parametrize(("name", "adapter", "make", "path"), MEDIA_CASES, ids=IDS)
def test_when_a_pdf_is_labelled_as_sound_then_it_is_read_as_a_pdf(
    name: str, adapter: Any, make: Any, path: tuple[Any, ...]
) -> None:
    extraction = adapter.extract(make(PDF))
    [segment] = [s for s in extraction.segments if s.path == path]
    assert BSN in segment.text and not segment.maskable
    assert AUDIO not in extraction.extra


@pytest.mark.parametrize(("name", "adapter", "make", "path"), MEDIA_CASES, ids=IDS)
def test_when_text_is_labelled_as_sound_then_it_is_scanned_and_not_masked_in_place(
    name: str, adapter: Any, make: Any, path: tuple[Any, ...]
) -> None:
    extraction = adapter.extract(make(LINE.encode("utf-8")))
    [segment] = [s for s in extraction.segments if s.path == path]
    assert segment.text == LINE and not segment.maskable
    assert AUDIO not in extraction.extra


@pytest.mark.parametrize(("name", "adapter", "make", "path"), MEDIA_CASES, ids=IDS)
def test_when_an_image_is_labelled_as_sound_then_it_goes_to_ocr(
    name: str, adapter: Any, make: Any, path: tuple[Any, ...]
) -> None:
    extraction = adapter.extract(make(PNG))
    assert [(i.path, i.data) for i in extraction.images] == [(path, PNG)]
    assert AUDIO not in extraction.extra


@pytest.mark.parametrize(("name", "adapter", "make", "path"), MEDIA_CASES, ids=IDS)
def test_when_a_file_the_readers_cannot_read_is_labelled_as_sound_then_it_fails_closed(
    name: str, adapter: Any, make: Any, path: tuple[Any, ...]
) -> None:
    with pytest.raises(UploadError) as e:
        adapter.extract(make(OLE))
    assert e.value.reason == "file_unreadable"


def test_when_sound_is_not_strict_base64_then_adapter_error() -> None:
    part = {"type": "input_audio", "input_audio": {"data": "UklGR @@", "format": "wav"}}
    with pytest.raises(AdapterError):
        OPENAI.extract(request({"model": "m", "messages": [{"role": "user", "content": [part]}]}))


# --- files in fields no adapter reads --------------------------------------------------------


def strays(doc: Any) -> Extraction:
    return stray_files(Extraction("x", [], doc), doc)


@pytest.mark.parametrize(
    ("doc", "path"),
    [
        ({"metadata": {"doc": b64(PDF)}}, ("metadata", "doc")),
        ({"x_attachments": [f"data:application/pdf;base64,{b64(PDF)}"]}, ("x_attachments", 0)),
        ({"a": [{"b": {"c": b64(PDF)[:76] + "\n" + b64(PDF)[76:]}}]}, ("a", 0, "b", "c")),  # wrapped like MIME
        ({"messages": [{"role": "user", "content": b64(PDF)}]}, ("messages", 0, "content")),  # pasted as a prompt
    ],
    ids=["metadata-value", "list-of-data-urls", "deep-and-wrapped", "prompt-is-base64"],
)
def test_when_a_document_is_in_a_field_no_adapter_reads_then_it_is_read(doc: Any, path: tuple[Any, ...]) -> None:
    extraction = strays(doc)
    [segment] = extraction.segments
    assert segment.path == path and BSN in segment.text and not segment.maskable
    assert path in extraction.extra["covers"]


def test_when_an_archive_or_an_image_is_in_a_stray_field_then_it_is_read() -> None:
    doc = {"meta": {"zip": b64(make_zip([("klant.txt", LINE.encode())])), "pic": b64(PNG)}}
    extraction = strays(doc)
    assert any(s.text == LINE for s in extraction.segments)
    assert [(i.path, i.data) for i in extraction.images] == [(("meta", "pic"), PNG)]


@pytest.mark.parametrize(
    "value",
    [
        b64(bytes(range(256)) * 2),  # binary that is no file
        b64(wav()),  # sound outside an audio part: not a document, left to the closed-world pass
        "JVBERi0" + "x" * 80,  # text that merely starts like a PDF's base64 is read, found no PDF
        "Leg uit wat een PDF is " * 10,
        "H4sI is de kop van gzip in base64; UEsDB die van zip, JVBERi0 die van PDF. " * 2,
        b64(PDF)[:40],  # too short to hold a document
    ],
    ids=["random-binary", "wav", "pdf-prefix-only", "prose", "prose-with-magic", "short"],
)
def test_when_a_stray_string_holds_no_document_then_nothing_is_added(value: str) -> None:
    try:
        extraction = strays({"metadata": {"v": value}})
    except UploadError as e:  # a PDF header with nothing behind it: the readers refuse it
        assert value.startswith("JVBERi0") and e.reason == "file_unreadable"
        return
    assert extraction.segments == [] and extraction.images == [] and "covers" not in extraction.extra


def test_when_the_adapter_already_read_an_image_then_it_is_not_read_again() -> None:
    req = request({"model": "m", "messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64(PNG)}"}}]}]})  # fmt: skip
    extraction = OPENAI.extract(req)
    assert len(stray_files(extraction, json.loads(req.body)).images) == 1


def test_when_a_request_carries_too_many_stray_files_then_adapter_error() -> None:
    with pytest.raises(AdapterError):
        strays({"files": [b64(PNG + bytes([i % 256, i // 256])) for i in range(MAX_STRAY_FILES + 1)]})


# --- through the pipeline, with the bundled policy ----------------------------------------------


def judged(req: RequestView, policy: Any, tool: Any, detector: Any) -> Any:
    scan = run_sync_scan(detector.scan)
    return asyncio.run(judge(req, policy=policy, tool=tool, scan=scan, language="nl"))


def api_request(req: RequestView) -> RequestView:
    return RequestView(req.method, "api.openai.com", req.path, req.headers, req.body)


@pytest.mark.parametrize(("setting", "action"), [("allow", "allow"), ("block", "block")])
def test_api_sound_follows_the_audio_setting(policy: Any, tools: Any, detector: Any, setting: str, action: str) -> None:
    changed = policy.model_copy(update={"settings": policy.settings.model_copy(update={"audio": setting})})
    verdict = judged(api_request(openai_audio(wav())), changed, tools["openai-api"], detector)
    assert verdict.action == action
    if action == "block":
        assert verdict.record["fail_reason"] == "audio_refused"
        assert json.loads(verdict.response.body)["error"]["code"] == "dlp_blocked"  # what the SDK raises
    else:
        assert verdict.new_body is None  # the sound reaches the vendor as sent


def test_a_pdf_with_personal_data_labelled_as_sound_is_blocked_as_a_document(
    policy: Any, tools: Any, detector: Any
) -> None:
    verdict = judged(api_request(openai_audio(PDF)), policy, tools["openai-api"], detector)
    assert verdict.action == "block" and verdict.record["fail_reason"] == "file_not_maskable"
    assert "NL_BSN" in verdict.record["entities"] and BSN not in json.dumps(verdict.record)


def test_when_a_document_is_in_json_held_in_a_string_then_it_is_read() -> None:
    arguments = json.dumps({"to": "jan", "attachment": b64(PDF)})
    doc = {"messages": [{"role": "assistant", "tool_calls": [{"function": {"arguments": arguments}}]}]}
    [segment] = strays(doc).segments
    assert segment.path == ("messages", 0, "tool_calls", 0, "function", "arguments", "#json", "attachment")
    assert BSN in segment.text and not segment.maskable


def test_when_the_same_file_is_in_two_stray_fields_then_it_is_read_once() -> None:
    assert len(strays({"a": b64(PNG), "b": b64(PNG)}).images) == 1


# --- a segment whose whole text is a file (any body format) ---------------------------------------


def test_when_a_form_field_or_header_is_a_file_then_it_is_read_once() -> None:
    from dlp_proxy.adapters.base import Segment
    from dlp_proxy.adapters.inline_files import STRAY_MARK, stray_segments

    pdf = b64(PDF)
    segments = [
        Segment(("@form", 2), pdf, "field"),
        Segment(("@header", "x-attachment"), f"data:application/pdf;base64,{pdf}", "header"),  # the same file
        Segment(("@query", 0), f"  {b64(PNG)}\n", "url"),
        Segment(("@form", 3), "Leg uit wat een PDF is. " * 5, "field"),
    ]
    extraction = stray_segments(Extraction("x", [], None), segments)
    assert [s.path for s in extraction.segments] == [("@form", 2, STRAY_MARK)]
    assert BSN in extraction.segments[0].text and not extraction.segments[0].maskable
    assert [i.path for i in extraction.images] == [("@query", 0, STRAY_MARK)]


def test_when_the_json_walk_read_a_file_then_the_segment_pass_does_not_read_it_again() -> None:
    from dlp_proxy.adapters.base import Segment
    from dlp_proxy.adapters.inline_files import stray_segments

    doc = {"messages": [{"role": "user", "content": b64(PDF)}]}
    extraction = strays(doc)
    extraction = stray_segments(extraction, [Segment(("messages", 0, "content"), b64(PDF))])
    assert len([s for s in extraction.segments if BSN in s.text]) == 1


def test_when_a_multipart_text_field_is_a_pdf_then_the_pipeline_blocks_it(
    policy: Any, tools: Any, detector: Any
) -> None:
    boundary = "XyZ"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\nVat samen.\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="bijlage"\r\n\r\n{b64(PDF)}\r\n--{boundary}--\r\n'
    ).encode()
    req = RequestView(
        "POST",
        "api.openai.com",
        "/v1/something/new",
        {"content-type": f"multipart/form-data; boundary={boundary}"},
        body,
    )
    verdict = judged(req, policy, tools["openai-api"], detector)
    assert verdict.action == "block" and verdict.record["fail_reason"] == "file_not_maskable"


@pytest.mark.parametrize(
    "prompt",
    [
        f"Vat deze pdf samen: {b64(PDF)} en geef drie punten.",
        f"Vat deze pdf samen:\ndata:application/pdf;base64,{b64(PDF)}\nDank je.",
        "Bijlage:\n" + "\n".join(b64(PDF)[i : i + 76] for i in range(0, len(b64(PDF)), 76)) + "\nDank.",
    ],
    ids=["inline-run", "inline-data-url", "mime-wrapped"],
)
def test_when_a_prompt_holds_a_base64_file_inside_its_prose_then_it_is_read(prompt: str) -> None:
    from dlp_proxy.adapters.base import Segment
    from dlp_proxy.adapters.inline_files import stray_segments

    extraction = stray_segments(Extraction("x", [], None), [Segment(("messages", 0, "content"), prompt)])
    [segment] = extraction.segments
    assert BSN in segment.text and not segment.maskable and segment.path[:4] == ("messages", 0, "content", "#file")


def test_when_prose_holds_only_short_runs_then_nothing_is_read() -> None:
    from dlp_proxy.adapters.base import Segment
    from dlp_proxy.adapters.inline_files import stray_segments

    prose = "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 en sha256 " + "ab12" * 16 + " klaar. " * 30
    assert stray_segments(Extraction("x", [], None), [Segment(("p",), prose)]).segments == []

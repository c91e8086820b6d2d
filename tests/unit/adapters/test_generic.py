"""GenericAdapter: strings of JSON, form and text bodies, uploaded files; unreadable bodies refused; block pages."""

from __future__ import annotations

import functools
import json
from urllib.parse import parse_qsl

import pytest

from dlp_proxy.adapters import RequestView
from dlp_proxy.adapters.base import JsonPath
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.errors import AdapterError, UploadError
from dlp_proxy.uploads import Limits
from tests.unit.uploads.builders import BSN, EMAIL, LINE, NAME, make_docx, make_pdf, make_xlsx, multipart

ADAPTER = GenericAdapter()


def request(body: bytes, content_type: str | None, **headers: str) -> RequestView:
    if content_type is not None:
        headers["content-type"] = content_type
    return RequestView("POST", "chatgpt.com", "/backend-api/conversation", headers, body)


def segments(body: bytes, content_type: str | None) -> tuple[str, list[tuple[JsonPath, str]]]:
    extraction = ADAPTER.extract(request(body, content_type))
    return extraction.endpoint, [(s.path, s.text) for s in extraction.segments]


NESTED = {
    "action": "next",
    "messages": [{"id": "m1", "content": {"content_type": "text", "parts": ["Mail jan@voorbeeld.nl", 3]}}],
    "meta": {"deep": {"deeper": ["a", {"x": "b"}]}, "n": 1.5, "flag": True, "none": None},
}


@pytest.mark.parametrize(
    ("body", "content_type", "endpoint", "expected"),
    [
        (json.dumps(NESTED).encode(), "application/json", "generic.json", [
            (("action",), "next"),
            (("messages", 0, "id"), "m1"),
            (("messages", 0, "content", "content_type"), "text"),
            (("messages", 0, "content", "parts", 0), "Mail jan@voorbeeld.nl"),
            (("meta", "deep", "deeper", 0), "a"),
            (("meta", "deep", "deeper", 1, "x"), "b"),
        ]),
        (b'{"q": "hoi"}', "application/vnd.api+json; charset=utf-8", "generic.json", [(("q",), "hoi")]),
        (b'  {"q": "hoi"}', None, "generic.json", [(("q",), "hoi")]),  # no content type, looks like JSON
        (b'"alleen tekst"', "application/json", "generic.json", [((), "alleen tekst")]),
        (b"q=Mail+jan%40voorbeeld.nl&lang=nl&empty=", "application/x-www-form-urlencoded", "generic.form", [
            (("form", 0), "Mail jan@voorbeeld.nl"), (("form", 1), "nl"), (("form", 2), ""),
        ]),
        ("Bel 06-12345678 — groet".encode(), "text/plain; charset=utf-8", "generic.text", [
            (("body",), "Bel 06-12345678 — groet"),
        ]),
        (b"plain words", None, "generic.text", [(("body",), "plain words")]),
        (b"", "application/json", "generic.empty", []),
        (b"", None, "generic.empty", []),
    ],
    ids=["json-nested", "json-suffix", "json-sniffed", "json-string", "form", "text", "untyped-text",
         "empty-json", "empty-untyped"],
)  # fmt: skip
def test_when_body_is_readable_then_every_string_is_a_segment(
    body: bytes, content_type: str | None, endpoint: str, expected: list[tuple[JsonPath, str]]
) -> None:
    assert segments(body, content_type) == (endpoint, expected)


def test_when_json_strings_are_rewritten_then_everything_else_is_kept() -> None:
    req = request(json.dumps(NESTED).encode(), "application/json")
    extraction = ADAPTER.extract(req)
    body = ADAPTER.rewrite(req, extraction, {("messages", 0, "content", "parts", 0): "Mail [EMAIL_ADDRESS_1]"})
    expected = json.loads(json.dumps(NESTED))
    expected["messages"][0]["content"]["parts"][0] = "Mail [EMAIL_ADDRESS_1]"
    assert json.loads(body) == expected


def test_when_a_top_level_json_string_is_rewritten_then_the_body_is_that_string() -> None:
    req = request(b'"Mail jan@voorbeeld.nl"', "application/json")
    assert json.loads(ADAPTER.rewrite(req, ADAPTER.extract(req), {(): "Mail [EMAIL_ADDRESS_1]"})) == (
        "Mail [EMAIL_ADDRESS_1]"
    )


def test_when_a_form_field_is_rewritten_then_other_fields_and_their_order_are_kept() -> None:
    req = request(b"q=Mail+jan%40voorbeeld.nl&lang=nl&q=twee", "application/x-www-form-urlencoded")
    body = ADAPTER.rewrite(req, ADAPTER.extract(req), {("form", 0): "Mail [EMAIL_ADDRESS_1]"})
    assert parse_qsl(body.decode("ascii"), keep_blank_values=True) == [
        ("q", "Mail [EMAIL_ADDRESS_1]"),
        ("lang", "nl"),
        ("q", "twee"),
    ]


def test_when_a_text_body_is_rewritten_then_the_new_text_is_the_body() -> None:
    req = request("Bel 06-12345678 — groet".encode(), "text/plain")
    body = ADAPTER.rewrite(req, ADAPTER.extract(req), {("body",): "Bel [PHONE_NUMBER_1] — groet"})
    assert body == "Bel [PHONE_NUMBER_1] — groet".encode()


SECRET_TEXT = "AKIAIOSFODNN7EXAMPLE"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"\x89PNG\r\n\x00" + SECRET_TEXT.encode(), "image/png"),  # no image, and binary
        (b"\x00\x01" + SECRET_TEXT.encode(), "application/octet-stream"),
        (b"--x\r\n" + SECRET_TEXT.encode(), "multipart/form-data; boundary=x"),
        (SECRET_TEXT.encode() + b"\xff\xfe", "text/plain"),  # invalid UTF-8
        (b"key=" + SECRET_TEXT.encode() + b"\xff", "application/x-www-form-urlencoded"),
        (b'{"key": "' + SECRET_TEXT.encode() + b'"', "application/json"),  # truncated JSON
        (b'{"key": "' + SECRET_TEXT.encode() + b'"', None),
    ],
    ids=["png", "octet-stream", "multipart", "text-invalid-utf8", "form-invalid-utf8", "json-truncated",
         "sniffed-json-truncated"],
)  # fmt: skip
def test_when_body_cannot_be_read_then_adapter_error_without_body_text(body: bytes, content_type: str | None) -> None:
    with pytest.raises(AdapterError) as e:
        ADAPTER.extract(request(body, content_type))
    assert SECRET_TEXT not in str(e.value)


@pytest.mark.parametrize(
    ("content_type", "filename"),
    [("application/octet-stream", ""), ("application/octet-stream", ".env"), ("", "vergadering.vtt")],
)
def test_when_an_upload_is_text_under_another_label_then_it_is_read_as_text(content_type: str, filename: str) -> None:
    body, ctype = multipart([("file", filename or "upload", content_type, f"AWS_KEY={SECRET_TEXT}\n".encode())])
    assert any(SECRET_TEXT in text for _, text in segments(body, ctype)[1])


@pytest.mark.parametrize("accept", ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"])
def test_when_a_browser_is_blocked_then_it_gets_an_escaped_html_page(accept: str) -> None:
    notice = "Niet verzonden <script>alert(1)</script> & meer"
    blocked = ADAPTER.block_response(request(b"", None, accept=accept), notice, "abc123")
    assert blocked.status == 403
    assert blocked.headers["content-type"] == "text/html; charset=utf-8"
    assert blocked.headers["x-dlp-decision-id"] == "abc123"
    page = blocked.body.decode("utf-8")
    assert page.startswith("<!doctype html>")
    assert "Niet verzonden &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer" in page
    assert "<script>" not in page


@pytest.mark.parametrize("accept", [None, "application/json", "*/*"])
def test_when_a_program_is_blocked_then_it_gets_a_json_error(accept: str | None) -> None:
    headers = {"accept": accept} if accept else {}
    blocked = ADAPTER.block_response(request(b"", None, **headers), "Niet verzonden.", "abc123")
    assert blocked.status == 403
    assert blocked.headers["x-should-retry"] == "false"
    assert json.loads(blocked.body)["error"] == {
        "message": "Niet verzonden.",
        "type": "dlp_policy_violation",
        "code": "dlp_blocked",
    }


# --- file uploads: multipart forms and bodies that are a file ---------------------------------

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@functools.cache
def brief_docx() -> bytes:
    """One docx for every form here: python-docx stamps the time, so two builds can differ."""
    return make_docx(LINE)


def upload_form() -> tuple[bytes, str]:
    return multipart([
        ("prompt", None, None, f"Vat samen voor {EMAIL}".encode()),
        ("file", "brief.docx", DOCX_TYPE, brief_docx()),
        ("notes", "notes.csv", "text/csv", f"naam;mail\r\n{NAME};{EMAIL}\r\n".encode()),
        ("nothing", "", "application/octet-stream", b""),
    ])  # fmt: skip


def test_when_a_form_is_uploaded_then_fields_and_file_texts_are_segments() -> None:
    body, ctype = upload_form()
    extraction = ADAPTER.extract(request(body, ctype))
    assert extraction.endpoint == "generic.multipart"
    paths = [s.path for s in extraction.segments]
    # file names are scanned too; the empty file input (no name, no content) is no segment
    assert paths == [("part", 0), ("filename", 1), ("file", 1), ("filename", 2), ("file", 2)]
    texts = {s.path: s.text for s in extraction.segments}
    assert texts[("part", 0)] == f"Vat samen voor {EMAIL}"
    assert LINE in texts[("file", 1)]
    assert texts[("file", 2)] == f"naam;mail\r\n{NAME};{EMAIL}\r\n"
    assert (texts[("filename", 1)], texts[("filename", 2)]) == ("brief.docx", "notes.csv")
    assert {s.role for s in extraction.segments} == {"user"}


def test_when_a_field_and_a_text_file_are_masked_then_only_their_bytes_change() -> None:
    body, ctype = upload_form()
    req = request(body, ctype)
    extraction = ADAPTER.extract(req)
    new = ADAPTER.rewrite(req, extraction, {
        ("part", 0): "Vat samen voor [EMAIL_ADDRESS_1]",
        ("file", 2): f"naam;mail\r\n{NAME};[EMAIL_ADDRESS_1]\r\n",
    })  # fmt: skip
    expected, _ = multipart([
        ("prompt", None, None, b"Vat samen voor [EMAIL_ADDRESS_1]"),
        ("file", "brief.docx", DOCX_TYPE, brief_docx()),
        ("notes", "notes.csv", "text/csv", f"naam;mail\r\n{NAME};[EMAIL_ADDRESS_1]\r\n".encode()),
        ("nothing", "", "application/octet-stream", b""),
    ])  # fmt: skip
    assert new == expected
    assert new.count(extraction.document[0].content(extraction.document[0].parts[1])) == 1  # the docx untouched


def test_when_data_inside_a_docx_must_be_masked_then_rewrite_says_not_maskable() -> None:
    body, ctype = upload_form()
    req = request(body, ctype)
    extraction = ADAPTER.extract(req)
    masked = {s.path: s.text.replace(BSN, "[NL_BSN_1]") for s in extraction.segments if s.path == ("file", 1)}
    with pytest.raises(UploadError) as caught:
        ADAPTER.rewrite(req, extraction, masked)
    assert caught.value.reason == "file_not_maskable"
    assert BSN not in str(caught.value) and NAME not in str(caught.value)


@pytest.mark.parametrize(
    ("method", "body", "content_type", "headers", "fmt"),
    [
        ("PUT", make_pdf([[LINE]]), "application/pdf", {"x-ms-blob-type": "BlockBlob"}, "pdf"),
        ("PUT", make_docx(LINE), "application/octet-stream", {"x-ms-blob-type": "BlockBlob"}, "docx"),
        ("POST", make_xlsx([[LINE]]), "", {}, "xlsx"),  # no type: the zip magic says it is a file
        ("PUT", LINE.encode("utf-8"), "text/plain", {"x-ms-blob-type": "BlockBlob"}, "text"),
    ],
    ids=["pdf", "docx-octet-stream", "xlsx-untyped", "text-blob"],
)
def test_when_the_body_is_a_file_then_its_text_is_one_segment(
    method: str, body: bytes, content_type: str, headers: dict[str, str], fmt: str
) -> None:
    req = RequestView(method, "files.oaiusercontent.com", "/file-abc123?sv=2020&sig=x", {
        "content-type": content_type, **headers}, body)  # fmt: skip
    extraction = ADAPTER.extract(req)
    assert extraction.endpoint == "generic.upload"
    assert extraction.document.format == fmt
    [segment] = extraction.segments
    assert segment.path == ("upload",) and LINE in segment.text


def test_when_a_direct_text_upload_is_masked_then_the_body_is_the_masked_file() -> None:
    req = RequestView("PUT", "files.oaiusercontent.com", "/file-1", {"content-type": "text/csv",
                      "x-ms-blob-type": "BlockBlob"}, b"\xef\xbb\xbf" + LINE.encode())  # fmt: skip
    extraction = ADAPTER.extract(req)
    new = ADAPTER.rewrite(req, extraction, {("upload",): LINE.replace(EMAIL, "[EMAIL_ADDRESS_1]")})
    assert new == b"\xef\xbb\xbf" + LINE.replace(EMAIL, "[EMAIL_ADDRESS_1]").encode()


def test_when_a_direct_pdf_upload_must_be_masked_then_it_is_not_maskable() -> None:
    req = RequestView("PUT", "files.oaiusercontent.com", "/file-1", {"content-type": "application/pdf"},
                      make_pdf([[LINE]]))  # fmt: skip
    extraction = ADAPTER.extract(req)
    with pytest.raises(UploadError) as caught:
        ADAPTER.rewrite(req, extraction, {("upload",): "masked"})
    assert caught.value.reason == "file_not_maskable"


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (make_docx(LINE)[:-100], "application/octet-stream", "file_unreadable"),
        (b"%PDF-1.4\n" + LINE.encode(), "application/pdf", "file_unreadable"),
    ],
    ids=["corrupt-docx", "corrupt-pdf"],
)
def test_when_an_uploaded_file_cannot_be_read_then_the_reason_says_so(
    body: bytes, content_type: str, reason: str
) -> None:
    form, ctype = multipart([("file", "x", content_type, body)])
    for req in (request(body, content_type), request(form, ctype)):
        with pytest.raises(UploadError) as caught:
            ADAPTER.extract(req)
        assert caught.value.reason == reason
        assert LINE not in str(caught.value)


def test_when_an_uploaded_file_is_over_the_limit_then_it_is_too_large() -> None:
    small = GenericAdapter(Limits(max_file_bytes=1000))
    form, ctype = multipart([("file", "notes.txt", "text/plain", b"a" * 1001)])
    with pytest.raises(UploadError) as caught:
        small.extract(request(form, ctype))
    assert caught.value.reason == "file_too_large"


def test_when_a_file_name_is_masked_then_only_the_name_in_its_header_changes() -> None:
    docx = make_docx("niets bijzonders")
    body, ctype = multipart([("file", f"Beoordeling {NAME}.docx", DOCX_TYPE, docx), ("q", None, None, b"hoi")])
    req = request(body, ctype)
    extraction = ADAPTER.extract(req)
    assert (("filename", 0), f"Beoordeling {NAME}.docx") in [(s.path, s.text) for s in extraction.segments]
    new = ADAPTER.rewrite(req, extraction, {("filename", 0): "Beoordeling [PERSON_1].docx"})
    expected, _ = multipart([("file", "Beoordeling [PERSON_1].docx", DOCX_TYPE, docx), ("q", None, None, b"hoi")])
    assert new == expected


def test_when_a_file_name_cannot_be_found_literally_then_it_is_not_maskable() -> None:
    body = (
        b"--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename*=UTF-8''Jan%20de%20Vries.txt\r\n\r\n"
        b"x\r\n--XyZ--\r\n"
    )
    req = request(body, "multipart/form-data; boundary=XyZ")
    extraction = ADAPTER.extract(req)
    with pytest.raises(UploadError) as caught:
        ADAPTER.rewrite(req, extraction, {("filename", 0): "[PERSON_1].txt"})
    assert caught.value.reason == "file_not_maskable"


@pytest.mark.parametrize("content_type", ["image/png", "application/octet-stream", "text/plain", ""])
def test_an_uploaded_image_is_handed_on_for_ocr_and_forwarded_as_it_came(content_type: str) -> None:
    """By its bytes, whatever its label; damaged or not, the OCR stage judges it (dlp_proxy.pipeline.ocr)."""
    image = b"\x89PNG\r\n\x1a\n" + bytes(32)
    put = RequestView("PUT", "files.oaiusercontent.com", "/file-1", {"content-type": content_type}, image)
    extraction = ADAPTER.extract(put)
    assert (extraction.endpoint, extraction.segments) == ("generic.upload", [])
    [pending] = extraction.images
    assert (pending.path, pending.data) == (("upload",), image)
    assert ADAPTER.rewrite(put, extraction, {}) == image

    form, ctype = multipart([("note", None, None, b"zie bijlage"), ("file", "scherm.png", content_type, image)])
    extraction = ADAPTER.extract(request(form, ctype))
    [pending] = extraction.images
    assert (pending.path, pending.data) == (("file", 1), image)
    assert [s.path for s in extraction.segments] == [("part", 0), ("filename", 1)]
    assert ADAPTER.rewrite(request(form, ctype), extraction, {("filename", 1): "[PERSON_1].png"}).count(image) == 1


def test_what_else_a_parts_headers_say_is_a_segment_that_cannot_be_masked() -> None:
    body = (
        b'--B\r\nContent-Disposition: form-data; name="note"\r\nContent-Description: '
        + EMAIL.encode()
        + b"\r\n\r\nhallo\r\n"
        b'--B\r\nContent-Disposition: form-data; name="file"; filename="a.txt"; filename*=UTF-8\'\''
        + EMAIL.replace("@", "%40").encode()
        + b"\r\nContent-Type: text/plain\r\n\r\nhallo\r\n--B--\r\n"
    )
    extraction = ADAPTER.extract(request(body, "multipart/form-data; boundary=B"))
    heads = {s.path: (s.text, s.maskable) for s in extraction.segments if s.path[0] == "parthead"}
    assert heads == {("parthead", 0): (f"Content-Description: {EMAIL}", False), ("parthead", 1): (EMAIL, False)}
    # masking the other segments leaves the part headers as they came
    texts = {s.path: s.text for s in extraction.segments if s.maskable}
    assert ADAPTER.rewrite(request(body, "multipart/form-data; boundary=B"), extraction, texts) == body

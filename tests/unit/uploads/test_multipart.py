"""parse_multipart: fields and files out of multipart/form-data; rebuild keeps every other byte."""

from __future__ import annotations

import pytest

from dlp_proxy.errors import AdapterError
from dlp_proxy.uploads import Limits, parse_multipart
from tests.unit.uploads.builders import EMAIL, LINE, make_docx, multipart

DOCX = make_docx(LINE)


def form() -> tuple[bytes, str]:
    return multipart([
        ("prompt", None, None, f"Vat samen voor {EMAIL}".encode()),
        ("file", "brief.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX),
        ("notes", "notes.txt", "text/plain", LINE.encode()),
        ("empty", "", "application/octet-stream", b""),
    ])  # fmt: skip


def test_when_a_form_is_parsed_then_fields_and_files_are_told_apart() -> None:
    body, ctype = form()
    parsed = parse_multipart(body, ctype)
    summary = [(p.index, p.name, p.filename, p.content_type, p.is_file) for p in parsed.parts]
    assert summary == [
        (0, "prompt", None, "", False),
        (1, "file", "brief.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", True),
        (2, "notes", "notes.txt", "text/plain", True),
        (3, "empty", "", "application/octet-stream", True),
    ]
    contents = [parsed.content(p) for p in parsed.parts]
    assert contents == [f"Vat samen voor {EMAIL}".encode(), DOCX, LINE.encode(), b""]


def test_when_nothing_is_replaced_then_the_rebuilt_body_is_identical() -> None:
    body, ctype = form()
    preamble, epilogue = b"ignored preamble\r\n", b"\r\nand an epilogue"
    parsed = parse_multipart(preamble + body + epilogue, ctype)
    assert parsed.rebuild({}) == preamble + body + epilogue


def test_when_parts_are_replaced_then_only_their_bytes_change() -> None:
    body, ctype = form()
    parsed = parse_multipart(body, ctype)
    rebuilt = parsed.rebuild({0: b"Vat samen voor [EMAIL_ADDRESS_1]", 2: b"masked notes"})
    expected, _ = multipart([
        ("prompt", None, None, b"Vat samen voor [EMAIL_ADDRESS_1]"),
        ("file", "brief.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX),
        ("notes", "notes.txt", "text/plain", b"masked notes"),
        ("empty", "", "application/octet-stream", b""),
    ])  # fmt: skip
    assert rebuilt == expected
    again = parse_multipart(rebuilt, ctype)
    assert [again.content(p) for p in again.parts][1] == DOCX


def test_when_file_names_are_encoded_then_they_are_decoded() -> None:
    boundary = "XyZ"
    body = (
        b'--XyZ\r\nContent-Disposition: form-data; name="a"; filename="r\xc3\xa9sum\xc3\xa9.txt"\r\n\r\nx\r\n'
        b"--XyZ\r\nContent-Disposition: form-data; name=\"b\"; filename*=UTF-8''%C3%A9t%C3%A9.txt\r\n\r\ny\r\n"
        b"--XyZ--"
    )
    parsed = parse_multipart(body, f'multipart/form-data; boundary="{boundary}"')
    assert [p.filename for p in parsed.parts] == ["résumé.txt", "été.txt"]


BOUNDARY = "multipart/form-data; boundary=XyZ"
OK_PART = b'--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n'


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (OK_PART + b"--XyZ--", "multipart/form-data"),  # no boundary parameter
        (OK_PART + b"--XyZ--", "multipart/form-data; boundary=" + "x" * 71),  # over 70 characters
        (b"no boundary anywhere", BOUNDARY),
        (OK_PART, BOUNDARY),  # never closed
        (b'--XyZ\r\nContent-Disposition: form-data; name="a"\r\n', BOUNDARY),  # cut in the headers
        (b"--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--", BOUNDARY),  # no content-disposition
        (b"--XyZ\r\n\r\nx\r\n--XyZ--", BOUNDARY),  # no headers at all
        (b'--XyZ\r\nContent-Disposition: attachment; name="a"\r\n\r\nx\r\n--XyZ--', BOUNDARY),
        (b"--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--", BOUNDARY),  # no name
        (b'--XyZ\r\nContent-Disposition: form-data; name="a"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
         b"eA==\r\n--XyZ--", BOUNDARY),
        (b"--XyZjunk\r\n" + OK_PART[7:] + b"--XyZ--", BOUNDARY),  # delimiter followed by other characters
        (b'--XyZ\r\nContent-Disposition: form-data; name="\xff"\r\n\r\nx\r\n--XyZ--', BOUNDARY),  # not UTF-8
    ],
    ids=["no-boundary-param", "long-boundary", "no-delimiter", "not-closed", "cut-headers", "no-disposition",
         "no-headers", "not-form-data", "no-name", "base64", "junk-after-delimiter", "header-not-utf8"],
)  # fmt: skip
def test_when_a_form_breaks_the_rfc_then_it_is_refused(body: bytes, content_type: str) -> None:
    with pytest.raises(AdapterError):
        parse_multipart(body, content_type)


def test_when_a_form_has_too_many_parts_or_header_bytes_then_it_is_refused() -> None:
    body, ctype = multipart([(f"f{i}", None, None, b"x") for i in range(6)])
    assert len(parse_multipart(body, ctype).parts) == 6
    with pytest.raises(AdapterError, match="more than 5 parts"):
        parse_multipart(body, ctype, Limits(max_parts=5))
    with pytest.raises(AdapterError, match="bytes of headers"):
        parse_multipart(body, ctype, Limits(max_part_header_bytes=20))


def test_when_a_replacement_would_contain_the_boundary_then_rebuild_refuses() -> None:
    body, ctype = form()
    parsed = parse_multipart(body, ctype)
    with pytest.raises(AdapterError):
        parsed.rebuild({0: b"x\r\n--" + parsed.boundary + b"--"})
    with pytest.raises(AdapterError):  # right after the headers' blank line, a leading delimiter counts
        parsed.rebuild({0: b"--" + parsed.boundary + b"\r\n"})


@pytest.mark.parametrize(
    ("head", "other"),
    [
        # an RFC 5987 file name, which a server prefers to the plain one (RFC 6266)
        (
            'Content-Disposition: form-data; name="file"; filename="brief.txt"; '
            "filename*=UTF-8''aan%20jan%40example.nl.txt",
            "aan jan@example.nl.txt",
        ),
        ("Content-Disposition: form-data; name=\"file\"; filename*=iso-8859-1'nl'caf%E9.txt", "café.txt"),
        # a header this parser does not read
        (
            'Content-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Description: NL91ABNA0417164300',
            "Content-Description: NL91ABNA0417164300",
        ),
        # ... and nothing for the headers it reads
        ('Content-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain', ""),
    ],
)
def test_what_else_a_parts_headers_say_is_kept_as_text(head: str, other: str) -> None:
    body = f"--XyZ\r\n{head}\r\n\r\nhallo\r\n--XyZ--\r\n".encode()
    [part] = parse_multipart(body, BOUNDARY).parts
    assert part.other_headers == other

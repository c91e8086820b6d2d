"""multipart/form-data (RFC 7578): strict, bounded parsing into fields and files, and
rebuilding with changed part bodies while every other byte stays as it came."""

from __future__ import annotations

import email.parser
import email.policy
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass

from dlp_proxy.errors import AdapterError, UploadError
from dlp_proxy.uploads.limits import DEFAULT_LIMITS, Limits

CRLF = b"\r\n"
_HEADERS = email.parser.HeaderParser(policy=email.policy.default)
# The part headers this parser reads itself; any other is kept as text (Part.other_headers).
_READ_HEADERS = frozenset({"content-disposition", "content-type", "content-transfer-encoding"})
# An RFC 2231/5987 extended parameter of a header ("filename*=UTF-8''n%C3%A4me.txt").
_EXTENDED_PARAMETER = re.compile(r"(?i)(?<![\w-])(?:file)?name\*(?:0\*?)?[ \t]*=[ \t]*([^;\r\n]{1,2000})")


@dataclass(frozen=True)
class Part:
    """One part: where its body sits in the request body, and what its headers say."""

    index: int
    name: str
    filename: str | None  # set for a file (even an empty name); None for a text field
    content_type: str  # lower case, without parameters; "" when the part has none
    start: int  # offsets of the part's body in the request body
    end: int
    head_start: int  # offset of the part's headers (they end at `start`)
    # What else the part's headers say, which a server may read and this parser does not use:
    # other headers ("Content-Description: ..."), and an RFC 5987 `filename*` / `name*`, which a
    # server prefers to the plain `filename` (RFC 6266) but email's parser drops. "" when nothing.
    other_headers: str = ""

    @property
    def is_file(self) -> bool:
        return self.filename is not None


@dataclass(frozen=True)
class Multipart:
    """A parsed multipart/form-data body; `body` is the request body it was read from."""

    body: bytes
    boundary: bytes
    parts: tuple[Part, ...]

    def content(self, part: Part) -> bytes:
        return self.body[part.start : part.end]

    def rebuild(self, replacements: Mapping[int, bytes], filenames: Mapping[int, str] | None = None) -> bytes:
        """The body with the given parts' contents (and file names) replaced; boundary,
        preamble, epilogue, other headers and untouched parts are kept byte for byte."""
        delimiter = CRLF + b"--" + self.boundary
        out: list[bytes] = []
        pos = 0
        for part in self.parts:
            if filenames and part.index in filenames:
                head = _renamed(self.body[part.head_start : part.start], part, filenames[part.index])
                out += [self.body[pos : part.head_start], head]
                pos = part.start
            if part.index in replacements:
                new = replacements[part.index]
                if delimiter in CRLF + new:  # the headers end in CRLF, so a leading boundary counts too
                    raise AdapterError("a rewritten form part would contain the multipart boundary")
                out += [self.body[pos : part.start], new]
                pos = part.end
        out.append(self.body[pos:])
        return b"".join(out)


def _renamed(head: bytes, part: Part, name: str) -> bytes:
    """The part's headers with its quoted file name replaced (browsers send it as raw UTF-8)."""
    old = b'filename="' + (part.filename or "").encode("utf-8") + b'"'
    new = name.encode("utf-8")
    if head.count(old) != 1 or any(c in new for c in b'"\r\n\\'):
        raise UploadError("file_not_maskable", "the file name cannot be masked in the form")
    return head.replace(old, b'filename="' + new + b'"')


def parse_boundary(content_type_header: str) -> bytes:
    """The boundary parameter of a multipart/form-data content type (RFC 2046: 1-70 characters)."""
    header = email.policy.default.header_factory("content-type", content_type_header)
    boundary = header.params.get("boundary") if hasattr(header, "params") else None
    if not boundary or len(boundary) > 70 or header.defects or not boundary.isascii():
        raise AdapterError("the multipart body has no valid boundary")
    return str(boundary).encode("ascii")


def parse_multipart(body: bytes, content_type_header: str, limits: Limits = DEFAULT_LIMITS) -> Multipart:
    """Every part of the body; AdapterError on anything that does not follow RFC 7578."""
    boundary = parse_boundary(content_type_header)
    dash = b"--" + boundary
    if body.startswith(dash):
        pos = 0
    else:  # a preamble (allowed, ignored, kept)
        found = body.find(CRLF + dash)
        if found < 0:
            raise AdapterError("the multipart body does not start with its boundary")
        pos = found + 2
    parts: list[Part] = []
    while True:
        after = pos + len(dash)
        if body[after : after + 2] == b"--":
            break  # the close delimiter; what follows is the epilogue
        line_end = body.find(CRLF, after)
        if line_end < 0 or body[after:line_end].strip(b" \t"):
            raise AdapterError("a multipart boundary line is malformed")
        if len(parts) >= limits.max_parts:
            raise AdapterError(f"the multipart body has more than {limits.max_parts} parts")
        start = line_end + 2
        end = body.find(CRLF + dash, start)
        if end < 0:
            raise AdapterError("the multipart body is not closed by its boundary")
        parts.append(_part(len(parts), body, start, end, limits))
        pos = end + 2
    return Multipart(body, boundary, tuple(parts))


def _part(index: int, body: bytes, start: int, end: int, limits: Limits) -> Part:
    if body.startswith(CRLF, start):
        raise AdapterError("a multipart part has no content-disposition header")
    split = body.find(CRLF + CRLF, start, end + 2)
    if split < 0:
        raise AdapterError("a multipart part has no end of headers")
    if split - start > limits.max_part_header_bytes:
        raise AdapterError(f"a multipart part has more than {limits.max_part_header_bytes} bytes of headers")
    try:
        raw = body[start:split].decode("utf-8")  # browsers send file names as raw UTF-8
    except UnicodeDecodeError as e:
        raise AdapterError("a multipart part header is not valid UTF-8") from e
    headers = _HEADERS.parsestr(raw + "\r\n\r\n")
    if headers.defects:
        raise AdapterError("a multipart part has malformed headers")
    disposition = headers.get("content-disposition")
    params = dict(getattr(disposition, "params", {}))
    if disposition is None or disposition.content_disposition != "form-data" or "name" not in params:
        raise AdapterError("a multipart part is not a named form-data part")
    encoding = str(headers.get("content-transfer-encoding", "binary")).strip().lower()
    if encoding not in ("binary", "8bit", "7bit"):
        raise AdapterError("a multipart part uses an unsupported transfer encoding")
    filename = params.get("filename")
    content_type = headers.get_content_type() if "content-type" in headers else ""
    body_start = min(split + 4, end)
    name = str(params["name"])
    others = [f"{key}: {value}" for key, value in headers.items() if key.lower() not in _READ_HEADERS]
    others += [_extended_value(m.group(1)) for m in _EXTENDED_PARAMETER.finditer(raw)]
    filename_text = None if filename is None else str(filename)
    return Part(index, name, filename_text, content_type, body_start, end, start, "\n".join(others))


def _extended_value(value: str) -> str:
    """An RFC 5987 value, `charset'language'percent-encoded`, decoded (the raw value if it is not one)."""
    value = value.strip().strip('"')
    charset, _, rest = value.partition("'")
    _, _, encoded = rest.partition("'")
    if not encoded:
        return urllib.parse.unquote(value, errors="replace")
    try:
        return urllib.parse.unquote(encoded, encoding=charset or "utf-8", errors="replace")
    except LookupError:  # an unknown charset: as UTF-8
        return urllib.parse.unquote(encoded, errors="replace")

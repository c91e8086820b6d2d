"""Documents inline in API requests: a PDF, Word, Excel or PowerPoint file (or a zip archive)
sent as base64 in a JSON string, as the OpenAI (`file` / `input_file` parts), Anthropic
(`document` blocks) and Gemini (`inlineData`) APIs accept them.

An inline *text* file is decoded where the adapter meets it and can be masked (the masked text is
written back as base64). Every other inline file is found by its shape anywhere in the body (a
tool result's document too), decoded strictly, and read with the upload readers
(dlp_proxy.uploads), exactly as an uploaded file: its text is scanned but cannot be masked (a
finding the policy would redact blocks the request: file_not_maskable), its sensitivity labels
count, an archive's images go to OCR, and a file the readers cannot read fails closed with their
reason (file_unreadable, file_too_large). An image sent as a file goes to OCR. The base64 string
itself is covered, so the closed-world pass does not scan it as text.

Audio and video (an OpenAI `input_audio` part, a Gemini `inlineData` of type audio/* or video/*,
a `file` part with such a data: URL) cannot be read. The bytes decide what they are, never the
label: an image, a document or text labelled audio is read as what it is (a PDF sent as
"audio/wav" would otherwise pass unread); anything else is sound or video, and the request
carries audio (`Extraction.extra["audio"]`), which `settings.audio` allows or refuses.

`stray_files` finds the same kinds of files in any string the adapter did not name: a base64
string or `data:` URL whose bytes are a PDF, an Office file, an archive or an image, in a field
no adapter reads, is read too (the closed-world pass only reads text).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from dlp_proxy.adapters.base import AUDIO, TEXT_MEDIA, Extraction, JsonPath, PendingImage, Segment
from dlp_proxy.adapters.file_parts import add_labels, file_content
from dlp_proxy.adapters.inline_images import attach, decode_base64, nodes
from dlp_proxy.errors import AdapterError, UploadError
from dlp_proxy.uploads import DEFAULT_LIMITS, Limits, read_file
from dlp_proxy.uploads.images import sniff_image
from dlp_proxy.uploads.textfile import decode_text

# Declared types of sound and video: read by the bytes (a document or text is read), else audio.
MEDIA_TYPES = ("audio/", "video/")
# First bytes of files that are neither sound nor an image: PDF, zip (Office, archives), legacy
# Office (OLE), gzip, 7-Zip, RAR, bzip2, xz. Read by the upload readers, or refused by them.
FILE_MAGIC = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\x1f\x8b",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"BZh",
    b"\xfd7zXZ\x00",
)
_BASE64_HEAD = re.compile(r"[A-Za-z0-9+/_-]{16}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+={0,2}")
NESTED_DEPTH = 3  # JSON held in a string, read this many levels deep (as the closed-world pass does)
NESTED_MARK = "#json"  # the step of a path that enters JSON held in a string
STRAY_MARK = "#file"  # the step of a path that enters the file a segment's text is
SEEN = "files_seen"  # Extraction.extra key: digests of the files and images read so far
MIN_STRAY_CHARS = 64  # a shorter base64 string holds no document (the smallest PDF is longer)
MAX_STRAY_FILES = 64  # files in fields no adapter reads, per request (each is read in full)
# A base64 run inside prose (optionally a data: URL, optionally wrapped over lines) long enough to
# hold a file worth reading; shorter runs are ids and hashes (the detector decodes text runs).
MIN_RUN_CHARS = 200
_B64 = "[A-Za-z0-9+/_-]"
_LONG_RUN = re.compile(f"{_B64}{{40}}")
_RUN_IN_TEXT = re.compile(
    rf"(?:data:[\w.+/-]+;base64,)?(?<![A-Za-z0-9+/=_-])"
    rf"(?:{_B64}{{{MIN_RUN_CHARS},}}|{_B64}{{40,}}(?:\r?\n{_B64}{{40,}}){{2,}})"  # one run, or MIME lines
    rf"(?:\r?\n{_B64}{{4,}})*={{0,2}}"
)


@dataclass(frozen=True)
class InlineFile:
    """A document a matcher recognises in one JSON object."""

    rel: JsonPath  # of the base64 string, relative to the object
    data: str  # base64, or a `data:` URL
    media_type: str  # declared (lower case, without parameters); may be empty
    filename: str = ""


Matcher = Callable[[dict[str, Any]], list[InlineFile]]


def is_document(media_type: str, text_media: tuple[str, ...] = TEXT_MEDIA) -> bool:
    """Whether an inline file of this declared type is read by the upload readers here (not text:
    text is decoded where the adapter meets it, and stays maskable)."""
    return not media_type.strip().lower().startswith(text_media)


def data_url_document(url: str, filename: str = "") -> InlineFile | None:
    """The file of a base64 `data:` URL that is not text; None for anything else (a text data
    URL, which the adapter decodes; any other string, which the adapter refuses or leaves)."""
    head, sep, payload = url.partition(",")
    if not (sep and head.startswith("data:") and head.lower().endswith(";base64")):
        return None
    media = head[5:].split(";", 1)[0].strip().lower()
    return InlineFile((), payload, media, filename) if is_document(media) else None


def attach_files(extraction: Extraction, doc: Any, matcher: Matcher, limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """The extraction with the text of every inline document `matcher` finds in `doc`."""
    found = [
        ((*path, *f.rel), decode_base64(f.data, "file"), f, role)
        for node, path, role in nodes(doc)
        for f in matcher(node)
    ]
    return _read_all(extraction, found, limits)


def stray_files(extraction: Extraction, doc: Any, limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """The extraction with every file found in a string the adapter did not read: a base64
    string or `data:` URL (in any field, at any depth, also inside JSON held in a string, as tool
    call arguments are) whose bytes are a document, an archive or an image. AdapterError when a
    request carries more than MAX_STRAY_FILES of them."""
    taken = set(extraction.extra.get("covers", ())) | {image.path for image in extraction.images}
    seen = _seen(extraction)
    found: list[tuple[JsonPath, bytes, InlineFile, str]] = []
    _collect(doc, (), taken, seen, found, 0)
    return _read_all(extraction, found, limits)


def stray_segments(extraction: Extraction, segments: Iterable[Segment], limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """The extraction with the file each of `segments` is, when its whole text is one (base64
    or a base64 `data:` URL of a document, an archive or an image): a multipart or form field,
    a query value, a header, a string inside a web app's own format. Read at the segment's path
    plus STRAY_MARK, never masked; a file already read (by its bytes) is not read again."""
    seen = _seen(extraction)
    found: list[tuple[JsonPath, bytes, InlineFile, str]] = []
    for segment in segments:
        if len(segment.text) < MIN_STRAY_CHARS:
            continue
        candidates = [((*segment.path, STRAY_MARK), segment.text.strip())]
        # ... or one inside its prose ("hier is het: JVBERi0..."); a cheap search for a long run first
        if len(segment.text) > MIN_RUN_CHARS and _LONG_RUN.search(segment.text):
            candidates += [
                ((*segment.path, STRAY_MARK, m.start()), m.group())
                for m, _ in zip(_RUN_IN_TEXT.finditer(segment.text), range(MAX_STRAY_FILES + 1), strict=False)
            ]
        for at, text in candidates:
            stray = _stray(text)
            if stray is None or _digest(stray[0]) in seen:
                continue
            seen.add(_digest(stray[0]))
            found.append((at, stray[0], InlineFile((), "", stray[1]), segment.role))
            if len(found) > MAX_STRAY_FILES:
                raise AdapterError(f"the request carries more than {MAX_STRAY_FILES} files outside its prompt")
    return _read_all(extraction, found, limits)


def _seen(extraction: Extraction) -> set[bytes]:
    """Digests of the files and images already read for this request (kept in its extraction)."""
    seen: set[bytes] = extraction.extra.setdefault(SEEN, set())
    seen.update(_digest(image.data) for image in extraction.images)
    return seen


def _digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _collect(
    doc: Any,
    base: JsonPath,
    taken: set[JsonPath],
    seen: set[bytes],
    found: list[tuple[JsonPath, bytes, InlineFile, str]],
    depth: int,
) -> None:
    for node, path, role in nodes(doc):
        for key, value in node.items():
            strings: list[tuple[JsonPath, str]] = [((key,), value)] if isinstance(value, str) else []
            if isinstance(value, list):
                strings = [((key, i), v) for i, v in enumerate(value) if isinstance(v, str)]
            for rel, text in strings:
                at = (*base, *path, *rel)
                if len(text) < MIN_STRAY_CHARS or at in taken:
                    continue
                if depth < NESTED_DEPTH and text.lstrip()[:1] in ("{", "["):
                    nested = _json(text)
                    if nested is not None:
                        _collect(nested, (*at, NESTED_MARK), taken, seen, found, depth + 1)
                    continue
                stray = _stray(text)
                if stray is not None and _digest(stray[0]) not in seen:
                    seen.add(_digest(stray[0]))
                    found.append((at, stray[0], InlineFile(rel, "", stray[1]), role))
                    if len(found) > MAX_STRAY_FILES:
                        raise AdapterError(f"the request carries more than {MAX_STRAY_FILES} files outside its prompt")


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _stray(text: str) -> tuple[bytes, str] | None:
    """(bytes, declared media type) of a string that is a file: base64 or base64url (line breaks
    and missing padding allowed), or a base64 `data:` URL, whose first bytes are a document's,
    an archive's or an image's; else None (prose that merely starts like one has spaces)."""
    media = ""
    payload = text
    if text.startswith("data:"):
        head, sep, payload = text.partition(",")
        if not (sep and head.lower().endswith(";base64")):
            return None
        media = head[5:].split(";", 1)[0].strip().lower()
    head = payload[:32].replace("\r", "").replace("\n", "")[:24]
    if not _BASE64_HEAD.match(head):  # prose ends here
        return None
    probe = _decode(head)
    if not (probe and (probe.startswith(FILE_MAGIC) or sniff_image(probe))):
        return None
    compact = payload.replace("\r", "").replace("\n", "")
    if not _BASE64.fullmatch(compact):
        return None
    raw = _decode(compact)
    return (raw, media) if raw else None


def _decode(data: str) -> bytes:
    data = data.rstrip("=")
    try:
        decode = base64.urlsafe_b64decode if "-" in data or "_" in data else base64.b64decode
        return decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        return b""


def _read_all(
    extraction: Extraction, found: list[tuple[JsonPath, bytes, InlineFile, str]], limits: Limits = DEFAULT_LIMITS
) -> Extraction:
    images: list[PendingImage] = []
    covers = list(extraction.extra.get("covers", ()))
    for at, raw, file_found, role in found:
        covers.append(at)
        if sniff_image(raw):
            images.append(PendingImage(at, raw, role, file_found.media_type))
            continue
        if file_found.media_type.startswith(MEDIA_TYPES) and not raw.startswith(FILE_MAGIC):
            text = _text_of(raw)
            if text is None:  # sound or video: not read; the policy's audio setting decides
                extraction.extra[AUDIO] = True
            else:  # text labelled as sound: scanned, and not masked inside the "recording"
                extraction.segments.append(Segment(at, text, role, False))
            continue
        file = read_file(raw, file_found.media_type, file_found.filename, limits)  # UploadError: its reason
        segments, pictures = file_content(at, file, role)
        # never masked in place: a mask could not be written back into the base64 of a file
        # sent under a document's label (a text file called application/octet-stream)
        extraction.segments.extend(replace(s, maskable=False) for s in segments)
        images.extend(pictures)
        add_labels(extraction, file.labels)
    if covers:
        extraction.extra["covers"] = covers
    return attach(extraction, images)


def _text_of(raw: bytes) -> str | None:
    """The bytes as text when they are text (UTF-8, UTF-16 with a BOM, Windows-1252), else None."""
    try:
        return decode_text(raw)[0]
    except UploadError:
        return None

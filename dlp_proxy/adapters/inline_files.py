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
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dlp_proxy.adapters.base import TEXT_MEDIA, Extraction, JsonPath, PendingImage
from dlp_proxy.adapters.file_parts import add_labels, file_content
from dlp_proxy.adapters.inline_images import attach, decode_base64, nodes
from dlp_proxy.uploads import DEFAULT_LIMITS, Limits, read_file
from dlp_proxy.uploads.images import sniff_image


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
    images: list[PendingImage] = []
    covers = list(extraction.extra.get("covers", ()))
    for node, path, role in nodes(doc):
        for found in matcher(node):
            at = (*path, *found.rel)
            raw = decode_base64(found.data, "file")
            covers.append(at)
            if sniff_image(raw):
                images.append(PendingImage(at, raw, role, found.media_type))
                continue
            file = read_file(raw, found.media_type, found.filename, limits)  # UploadError: its reason
            segments, pictures = file_content(at, file, role)
            extraction.segments.extend(segments)
            images.extend(pictures)
            add_labels(extraction, file.labels)
    if covers:
        extraction.extra["covers"] = covers
    return attach(extraction, images)

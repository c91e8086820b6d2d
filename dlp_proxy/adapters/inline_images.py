"""Images inline in API requests (issue 20): found by their shape anywhere in the body, decoded,
and handed to OCR as `PendingImage`s; their JSON paths are "covered", so the closed-world pass
does not scan the base64 as text.

Found by shape, not by field list, so an image in a tool result, a batch item or a thread is read
like one in a user message. What is never fetched: an `https://` image URL or a file id. The
vendor fetches a URL itself, from wherever it points, like a link typed in a prompt; the URL's
text is still scanned by the closed-world pass, the picture behind it is not. A `data:` URL with
a text media type is not an image: the closed-world pass reads its text. Base64 the vendor would
refuse (bad padding, stray characters) makes the request unreadable (AdapterError: fail mode).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote_to_bytes

from dlp_proxy.adapters.base import BASE64_MARK, TEXT_MEDIA, Extraction, JsonPath, PendingImage
from dlp_proxy.errors import AdapterError

# One image a matcher finds in a JSON object: (path relative to the object, bytes, media type).
Found = tuple[JsonPath, bytes, str]
Matcher = Callable[[dict[str, Any]], list[Found]]
# Objects that hold what a tool returned: images inside them are the tool's, not the person's.
_TOOL_RESULT_TYPES = ("tool_result", "function_call_output", "function_result")
_TOOL_RESULT_KEYS = ("functionResponse", "function_response")


def decode_base64(data: str, what: str = "image") -> bytes:
    """Strict base64, as the vendors decode it; AdapterError (without the data) otherwise."""
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as e:
        raise AdapterError(f"an inline {what} is not valid base64") from e
    if not raw:
        raise AdapterError(f"an inline {what} is empty")
    return raw


def data_url_image(url: str) -> tuple[bytes, str] | None:
    """(bytes, declared media type) of a `data:` URL that is not text; None for any other URL
    (https, a file id) and for a text `data:` URL (the closed-world pass reads those)."""
    if not url.startswith("data:"):
        return None
    head, sep, payload = url.partition(",")
    if not sep:
        raise AdapterError("an inline image data: URL has no data")
    media = head[5:].split(";", 1)[0].strip().lower()
    if media.startswith(TEXT_MEDIA):
        return None
    if head.lower().endswith(";base64"):
        return decode_base64(payload), media
    raw = unquote_to_bytes(payload)
    if not raw:
        raise AdapterError("an inline image is empty")
    return raw, media


def find(doc: Any, matcher: Matcher) -> list[PendingImage]:
    """Every image `matcher` recognises in the JSON document, in document order, with the role
    of the message it sits in ("tool_result" inside a tool's result)."""
    return [
        PendingImage((*path, *rel), data, role, media)
        for node, path, role in nodes(doc)
        for rel, data, media in matcher(node)
    ]


def nodes(doc: Any) -> Iterator[tuple[dict[str, Any], JsonPath, str]]:
    """Every JSON object of the document in document order, with its path and the role of the
    message it sits in ("tool_result" inside a tool's result)."""
    stack: list[tuple[Any, JsonPath, str]] = [(doc, (), "user")]
    while stack:
        node, path, role = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("role"), str):
                role = node["role"]
            if node.get("type") in _TOOL_RESULT_TYPES or any(k in node for k in _TOOL_RESULT_KEYS):
                role = "tool_result"
            yield node, path, role
            stack.extend((v, (*path, k), role) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((v, (*path, i), role) for i, v in reversed(list(enumerate(node))))


def attach(extraction: Extraction, images: list[PendingImage]) -> Extraction:
    """The extraction with `images` to read by OCR: their paths covered for the closed-world
    pass, and no text segment left on an image's base64 (a mask there would break it)."""
    if not images:
        return extraction
    paths = {image.path for image in images}
    extraction.segments = [s for s in extraction.segments if _unmarked(s.path) not in paths]
    extraction.images.extend(images)
    covers = list(extraction.extra.get("covers", ()))
    extraction.extra["covers"] = covers + [image.path for image in images]
    return extraction


def _unmarked(path: JsonPath) -> JsonPath:
    return path[:-1] if path and path[-1] == BASE64_MARK else path

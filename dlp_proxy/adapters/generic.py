"""Generic fallback for catalogue hosts no adapter claims: every string in JSON, form or text
bodies, and the text of uploaded files (multipart forms and bodies that are a file)."""

from __future__ import annotations

import html
from urllib.parse import parse_qsl, urlencode

from dlp_proxy.adapters.base import (
    BlockResponse,
    Extraction,
    JsonPath,
    PendingImage,
    RequestView,
    Segment,
    collect_strings,
    dump_json,
    json_error,
    parse_json,
    set_at,
)
from dlp_proxy.adapters.file_parts import add_labels, file_content
from dlp_proxy.errors import AdapterError
from dlp_proxy.uploads import DEFAULT_LIMITS, FileText, Limits, Multipart, parse_multipart, read_file
from dlp_proxy.uploads.formats import DECLARED_TYPES, PDF_MAGIC, ZIP_MAGIC
from dlp_proxy.uploads.images import sniff_image

TEXT_TYPES = ("text/", "application/x-ndjson")
JSON_SUFFIXES = ("/json", "+json")
# A body of one of these types is a file upload (ChatGPT PUTs attachments to an Azure blob).
FILE_TYPES = frozenset(t for t, kind in DECLARED_TYPES.items() if kind != "text") | {
    "application/octet-stream",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
}


def _looks_like_json(body: bytes) -> bool:
    return body.lstrip()[:1] in (b"{", b"[", b'"')


class GenericAdapter:
    """Scans every string it can read; anything it cannot read is an AdapterError (fail mode)."""

    name = "generic"

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits

    def handles(self, request: RequestView) -> bool:
        return True

    def extract(self, request: RequestView) -> Extraction:
        body, ctype = request.body, request.content_type
        if not body:
            return Extraction(endpoint="generic.empty", segments=[])
        if ctype == "multipart/form-data":
            return self._extract_form(request)
        if _is_file(request):
            return self._extract_file(request)
        if ctype.endswith(JSON_SUFFIXES) or (not ctype and _looks_like_json(body)):
            doc = parse_json(body)
            segments: list[Segment] = []
            collect_strings(doc, (), "unknown", segments)
            return Extraction(endpoint="generic.json", segments=segments, document=doc)
        if ctype == "application/x-www-form-urlencoded":
            text = _decode(body)
            fields = parse_qsl(text, keep_blank_values=True)
            segs = [Segment(("form", i), v, "unknown") for i, (_, v) in enumerate(fields)]
            return Extraction(endpoint="generic.form", segments=segs, document=fields)
        if ctype.startswith(TEXT_TYPES) or not ctype:
            return Extraction(endpoint="generic.text", segments=[Segment(("body",), _decode(body), "unknown")])
        if ctype.startswith("multipart/"):
            raise AdapterError(f"cannot read a '{ctype}' request body")
        return self._extract_file(request)  # images, archives, ...: refused with the file's reason

    def _extract_form(self, request: RequestView) -> Extraction:
        """Text fields as they are, files as their name and extracted text
        (paths ("part", i), ("filename", i), ("file", i), and ("parthead", i) for what else the
        part's headers say, not maskable; i is the part's index)."""
        form = parse_multipart(request.body, request.headers.get("content-type", ""), self.limits)
        segments: list[Segment] = []
        images: list[PendingImage] = []
        files: dict[int, FileText] = {}
        for part in form.parts:
            content = form.content(part)
            if part.other_headers:  # read by a server, not written back: a finding there blocks
                segments.append(Segment(("parthead", part.index), part.other_headers, "user", maskable=False))
            if not part.is_file:
                segments.append(Segment(("part", part.index), _decode(content), "user"))
                continue
            if part.filename:  # "CV Jan de Vries.docx": names of files name people too
                segments.append(Segment(("filename", part.index), part.filename, "user"))
            if content and sniff_image(content):  # read by OCR before the scan (dlp_proxy.pipeline.ocr)
                images.append(PendingImage(("file", part.index), content, "user", part.content_type))
            elif content:  # an empty file part is a file input left empty
                files[part.index] = read_file(content, part.content_type, part.filename or "", self.limits)
                texts, pictures = file_content(("file", part.index), files[part.index])
                segments += texts
                images += pictures
        extraction = Extraction(endpoint="generic.multipart", segments=segments, document=(form, files), images=images)
        add_labels(extraction, (label for file in files.values() for label in file.labels))
        return extraction

    def _extract_file(self, request: RequestView) -> Extraction:
        """A body that is one file (a PUT to a presigned upload URL, a raw POST); an image is read
        by OCR before the scan, and forwarded as it came when allowed."""
        if sniff_image(request.body):
            image = PendingImage(("upload",), request.body, "user", request.content_type)
            return Extraction(endpoint="generic.upload", segments=[], images=[image])
        upload = read_file(request.body, request.content_type, _file_name(request), self.limits)
        segments, images = file_content(("upload",), upload)
        extraction = Extraction(endpoint="generic.upload", segments=segments, document=upload, images=images)
        add_labels(extraction, upload.labels)
        return extraction

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        if extraction.endpoint == "generic.json":
            if () in texts:  # a top-level JSON string
                return dump_json(texts[()])
            for path, text in texts.items():
                set_at(extraction.document, path, text)
            return dump_json(extraction.document)
        if extraction.endpoint == "generic.form":
            fields = list(extraction.document)
            for (_, i), text in texts.items():
                fields[int(i)] = (fields[int(i)][0], text)
            return urlencode(fields).encode("ascii")
        if extraction.endpoint == "generic.text":
            return texts.get(("body",), _decode(request.body)).encode("utf-8")
        if extraction.endpoint == "generic.multipart":
            form: Multipart = extraction.document[0]
            files: dict[int, FileText] = extraction.document[1]
            replacements: dict[int, bytes] = {}
            filenames: dict[int, str] = {}
            for (kind, i), text in texts.items():
                if kind == "parthead":  # never written back (not maskable)
                    continue
                if kind == "filename":
                    filenames[int(i)] = text
                else:  # a text field goes back as UTF-8; a file only if it is plain text (else file_not_maskable)
                    replacements[int(i)] = text.encode("utf-8") if kind == "part" else files[int(i)].masked(text)
            return form.rebuild(replacements, filenames)
        if extraction.endpoint == "generic.upload":
            upload: FileText | None = extraction.document  # None: an image, never rewritten
            if upload is None:
                return request.body
            return upload.masked(texts[("upload",)]) if ("upload",) in texts else request.body
        raise AdapterError(f"cannot rewrite {extraction.endpoint}")

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        if "text/html" in request.headers.get("accept", ""):
            page = (
                "<!doctype html><html><head><meta charset='utf-8'><title>dlp-proxy</title></head>"
                f"<body><h1>&#9940; AI-beleid / AI policy</h1><p>{html.escape(notice)}</p></body></html>"
            )
            return BlockResponse(
                403,
                {"content-type": "text/html; charset=utf-8", "x-dlp-decision-id": decision_id},
                page.encode("utf-8"),
            )
        return json_error(
            403, {"error": {"message": notice, "type": "dlp_policy_violation", "code": "dlp_blocked"}}, decision_id
        )


def _is_file(request: RequestView) -> bool:
    """Whether the body is a file: by its magic bytes, its type, or Azure blob upload headers."""
    body = request.body
    return (
        body.startswith((PDF_MAGIC, ZIP_MAGIC))
        or sniff_image(body) is not None
        or request.content_type in FILE_TYPES
        or "x-ms-blob-type" in request.headers
    )


def _file_name(request: RequestView) -> str:
    """The file's name from a content-disposition header, else the last step of the URL path."""
    disposition = request.headers.get("content-disposition", "")
    for param in disposition.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.lower() == "filename":
            return value.strip('"')
    return request.route.rsplit("/", 1)[-1]


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise AdapterError(f"request body is not valid UTF-8 (byte {e.start})") from e

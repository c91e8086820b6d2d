"""PDF files: their text through pypdf, within a page limit."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from dlp_proxy.errors import UploadError
from dlp_proxy.uploads.limits import Limits
from dlp_proxy.uploads.textbuf import TextBuffer


def read_pdf(data: bytes, limits: Limits, *, attachments: bool = True, scans: list[PageImage] | None = None) -> str:
    """The text of every page, and what a page shows or a reader lists beside it: the filled-in
    form fields, the annotations (comments, sticky notes, text boxes) and their authors, the
    document information (author, title, subject, keywords, creator), and the embedded files
    that can be read as text (text, PDF, Word, Excel, PowerPoint; others are not read).

    With `scans`, the pictures of every page without a text layer (a scanned page) are added to
    it, for OCR; more than `limits.max_images` of them is an UploadError (too_many_images is
    the OCR stage's; here the file is too large to read in time)."""
    from pypdf import PdfReader

    out = TextBuffer(limits.max_text_chars)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UploadError("file_unreadable", "the pdf file is protected with a password")
        pages = len(reader.pages)
        if pages > limits.max_pdf_pages:
            raise UploadError("file_too_large", f"the pdf file has more than {limits.max_pdf_pages} pages")
        info = reader.metadata
        if info is not None:
            for key in INFO_KEYS:
                _add(out, info.get(key))
        examined = 0
        for number, page in enumerate(reader.pages):
            text = page.extract_text()
            out.add(text)
            if scans is not None and len(text.strip()) < MIN_PAGE_TEXT:
                examined += len(page.images)
                if examined > MAX_PICTURES_EXAMINED:  # each is decoded to learn its size
                    raise UploadError("file_too_large", "the pdf file has too many pictures on pages without text")
                scans.extend(_scanned(page, number))
                if len(scans) > limits.max_images:
                    raise UploadError("file_too_large", f"the pdf file has more than {limits.max_images} scanned pages")
            for annotation in _annotations(page):
                for key in ANNOTATION_KEYS:
                    _add(out, annotation.get(key))
        for field in (reader.get_fields() or {}).values():
            _add(out, field.get("/V"))
        if attachments:
            for name, contents in reader.attachments.items():
                out.add(name)
                for content in contents:
                    out.add(_attachment_text(content, name, limits))
    except UploadError:
        raise
    except Exception as e:  # pypdf raises its own errors and many builtins on damaged files
        raise UploadError("file_unreadable", f"the pdf file cannot be read ({type(e).__name__})") from e
    return out.text()


# A page with less text than this is read as a scan: its pictures go to OCR. Smaller pictures on
# it (a logo, a signature, an icon) are not read.
MIN_PAGE_TEXT = 20
MIN_SCAN_PIXELS = 40_000
MAX_PICTURES_EXAMINED = 200  # pictures on pages without text, per file (small ones included)


@dataclass(frozen=True)
class PageImage:
    """A picture on a scanned page, as PNG or JPEG bytes."""

    page: int
    index: int
    data: bytes
    kind: str  # "png", "jpeg"


def _scanned(page: Any, number: int) -> list[PageImage]:
    from dlp_proxy.uploads.images import sniff_image

    out: list[PageImage] = []
    for index, picture in enumerate(page.images):
        width, height = picture.image.size
        if width * height < MIN_SCAN_PIXELS:
            continue
        kind = sniff_image(picture.data)
        if kind in ("png", "jpeg"):
            out.append(PageImage(number, index, picture.data, kind))
        else:  # a fax-coded (CCITT) scan comes out as TIFF; OCR takes PNG
            png = io.BytesIO()
            picture.image.save(png, "PNG")
            out.append(PageImage(number, index, png.getvalue(), "png"))
    return out


# Document information read as text; annotation keys: /Contents (a comment's or text box's
# text), /T (its author, or a form field's name), /V (a field's value), /RC (rich text).
INFO_KEYS = ("/Author", "/Title", "/Subject", "/Keywords", "/Creator")
ANNOTATION_KEYS = ("/Contents", "/T", "/V", "/RC")


def _annotations(page: Any) -> list[Any]:
    annots = page.get("/Annots")
    if annots is None:
        return []
    return [a.get_object() for a in annots.get_object()]


def _add(out: TextBuffer, value: Any) -> None:
    """A text value (or a list of them, as a multiple-choice field holds), as one line each; not
    a name (a ticked box's /Yes or /Off: a NameObject is a str too)."""
    from pypdf.generic import NameObject

    if isinstance(value, str):
        if not isinstance(value, NameObject):
            out.add(value)
    elif isinstance(value, list):
        for item in value:
            _add(out, item)


def _attachment_text(data: bytes, name: str, limits: Limits) -> str:
    """The text of an embedded file when it can be read (its own attachments are not read);
    "" for an image, an archive or anything else the readers do not take."""
    from dlp_proxy.uploads.formats import DOCUMENTS, detect
    from dlp_proxy.uploads.ooxml import read_ooxml
    from dlp_proxy.uploads.textfile import decode_text

    if len(data) > limits.max_file_bytes:
        raise UploadError("file_too_large", f"an embedded file is larger than {limits.max_file_bytes} bytes")
    try:
        kind = detect(data, "", name)
    except UploadError:
        kind = "text"  # no name we know: read when the bytes are text
    if kind == "text":
        try:
            return decode_text(data)[0]
        except UploadError:
            return ""
    if kind == "pdf":
        return read_pdf(data, limits, attachments=False)
    return read_ooxml(kind, data, limits) if kind in DOCUMENTS else ""

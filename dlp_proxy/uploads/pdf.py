"""PDF files: their text through pypdf, within a page limit."""

from __future__ import annotations

import io

from dlp_proxy.errors import UploadError
from dlp_proxy.uploads.limits import Limits
from dlp_proxy.uploads.textbuf import TextBuffer


def read_pdf(data: bytes, limits: Limits) -> str:
    """The text of every page, plus the document's author and title."""
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
            for value in (info.author, info.title, info.subject, info.creator):
                if isinstance(value, str):
                    out.add(value)
        for page in reader.pages:
            out.add(page.extract_text())
    except UploadError:
        raise
    except Exception as e:  # pypdf raises its own errors and many builtins on damaged files
        raise UploadError("file_unreadable", f"the pdf file cannot be read ({type(e).__name__})") from e
    return out.text()

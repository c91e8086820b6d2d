"""Uploaded files: format detection, bounded text extraction, and multipart/form-data bodies.

    read_file(bytes, content_type, filename) -> FileText    (txt/csv/md/json..., pdf, docx, xlsx, pptx)
    parse_multipart(body, content_type_header) -> Multipart  (.parts, .content(part), .rebuild({i: bytes}))

Failures are UploadError (a file) or AdapterError (the form), never carrying file content.
"""

from __future__ import annotations

from dlp_proxy.uploads.files import FileText, read_file
from dlp_proxy.uploads.formats import DOCUMENTS, Format, detect, sniff
from dlp_proxy.uploads.limits import DEFAULT_LIMITS, Limits
from dlp_proxy.uploads.multipart import Multipart, Part, parse_multipart

__all__ = [
    "DEFAULT_LIMITS",
    "DOCUMENTS",
    "FileText",
    "Format",
    "Limits",
    "Multipart",
    "Part",
    "detect",
    "parse_multipart",
    "read_file",
    "sniff",
]

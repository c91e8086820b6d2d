"""Which format an uploaded file is: magic bytes first, then the declared type and file name."""

from __future__ import annotations

import io
import zipfile
from typing import Literal

from dlp_proxy.errors import UploadError

Format = Literal["text", "pdf", "docx", "xlsx", "pptx", "zip"]
DOCUMENTS: frozenset[str] = frozenset({"pdf", "docx", "xlsx", "pptx"})

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
# Readers (Acrobat, pypdf) accept a PDF header anywhere in the first KiB; we do so only for a
# file labelled PDF, so that a text file that mentions "%PDF-" stays a text file.
PDF_HEADER_WINDOW = 1024

# The part each OOXML package must hold, beside [Content_Types].xml.
OOXML_MAIN_PARTS: dict[str, Format] = {
    "word/document.xml": "docx",
    "xl/workbook.xml": "xlsx",
    "ppt/presentation.xml": "pptx",
}

DECLARED_TYPES: dict[str, Format] = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/json": "text",
    "application/x-ndjson": "text",
    "application/xml": "text",
    "application/csv": "text",
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/x-yaml": "text",
    "application/yaml": "text",
}
EXTENSIONS: dict[str, Format] = {
    "pdf": "pdf",
    "docx": "docx",
    "xlsx": "xlsx",
    "pptx": "pptx",
    "zip": "zip",
    **dict.fromkeys(
        """txt csv tsv md markdown json jsonl ndjson xml html htm log yaml yml ini cfg conf toml sql py js ts java
        cs sh rst tex eml""".split(),
        "text",
    ),
}


def detect(data: bytes, content_type: str = "", filename: str = "") -> Format:
    """The file's format. UploadError(file_unreadable) for anything we cannot read as text
    (images, other archives, legacy Office) and for a file whose bytes contradict its label;
    bytes that are text are text whatever the file's type or name says (short of a document's).
    A zip archive that is no Office document is "zip" (its members are read one by one)."""
    sniffed = sniff(data)
    declared = DECLARED_TYPES.get(content_type) or ("text" if content_type.startswith("text/") else None)
    by_name = EXTENSIONS.get(filename.rsplit(".", 1)[-1].lower()) if "." in filename else None
    if sniffed == "zip" and (declared in DOCUMENTS or by_name in DOCUMENTS):
        raise UploadError("file_unreadable", "the file is labelled a document but is another zip archive")
    if sniffed is not None:
        return sniffed
    if "pdf" in (declared, by_name) and PDF_MAGIC in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    for claim in (declared, by_name):
        if claim in DOCUMENTS or claim == "zip":
            raise UploadError("file_unreadable", f"the file is labelled {claim} but its content is not")
    if declared == "text" or by_name == "text" or _is_text(data):
        return "text"  # the last: a .env, .vtt, .pem or .go file sent as application/octet-stream
    label = content_type or "unlabelled"
    raise UploadError("file_unreadable", f"cannot read text from a file of type '{label}'")


def _is_text(data: bytes) -> bool:
    """Whether the bytes are text the text reader takes, whatever the label: refusing a text
    file for its unknown name (a Teams transcript, an env file) would block it unread."""
    from dlp_proxy.uploads.textfile import decode_text

    try:
        decode_text(data)
    except UploadError:
        return False
    return bool(data.strip())


def sniff(data: bytes) -> Format | None:
    """The format the bytes themselves show (PDF header, OOXML package, other zip), else None."""
    if data.lstrip(b"\x00\t\n\f\r ").startswith(PDF_MAGIC):
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return _ooxml_kind(data)
    return None


def zip_directory(data: bytes) -> list[zipfile.ZipInfo]:
    """The members a zip archive's directory lists (nothing is inflated); UploadError when damaged."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise UploadError("file_unreadable", "the file is a damaged zip archive") from e


def _ooxml_kind(data: bytes) -> Format:
    """The Office format of a zip package, or "zip" for any other zip archive."""
    names = {member.filename for member in zip_directory(data)}
    if "[Content_Types].xml" in names:
        for part, kind in OOXML_MAIN_PARTS.items():
            if part in names:
                return kind
    return "zip"

"""One uploaded file: its format, its text, and whether masked text can be written back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dlp_proxy.errors import UploadError
from dlp_proxy.uploads import labels as mip
from dlp_proxy.uploads.formats import Format, detect
from dlp_proxy.uploads.limits import DEFAULT_LIMITS, Limits
from dlp_proxy.uploads.ooxml import read_ooxml
from dlp_proxy.uploads.pdf import PageImage, read_pdf
from dlp_proxy.uploads.textfile import decode_text, encode_text

if TYPE_CHECKING:
    from dlp_proxy.uploads.archive import Member


@dataclass(frozen=True)
class FileText:
    """The text read from a file. Only plain text files can carry masked text back
    (`encoding` is theirs); a document would have to be rebuilt, which we do not do."""

    format: Format
    text: str
    encoding: str | None = None
    # Sensitivity labels (Microsoft Purview) the file carries; an archive: its members' labels.
    labels: tuple[mip.MipLabel, ...] = ()
    # An archive's members (dlp_proxy.uploads.archive.Member), each read as its own file.
    members: tuple[Member, ...] = ()
    # A PDF's scanned pages: their pictures, read by OCR (dlp_proxy.uploads.pdf).
    scans: tuple[PageImage, ...] = ()

    @property
    def maskable(self) -> bool:
        return self.format == "text"

    def masked(self, text: str) -> bytes:
        """The file's bytes with `text` in place of its text; UploadError for documents."""
        if self.encoding is None:
            raise UploadError("file_not_maskable", f"data in a {self.format} file cannot be masked inside the document")
        return encode_text(text, self.encoding)


def read_file(data: bytes, content_type: str = "", filename: str = "", limits: Limits = DEFAULT_LIMITS) -> FileText:
    """Detect the format and extract the text, within `limits`; UploadError when that fails."""
    if len(data) > limits.max_file_bytes:
        raise UploadError("file_too_large", f"the file is larger than {limits.max_file_bytes} bytes")
    kind = detect(data, content_type, filename)
    if kind == "text":
        text, encoding = decode_text(data)
        if len(text) > limits.max_text_chars:
            raise UploadError("file_too_large", f"the file holds more than {limits.max_text_chars} characters of text")
        return FileText("text", text, encoding)
    if kind == "pdf":
        scans: list[PageImage] = []
        text = read_pdf(data, limits, scans=scans)
        return FileText("pdf", text, labels=tuple(mip.from_pdf_bytes(data)), scans=tuple(scans))
    if kind == "zip":
        from dlp_proxy.uploads.archive import read_archive

        members = read_archive(data, limits)
        found = mip.merge(*(m.file.labels for m in members if m.file is not None))
        return FileText("zip", "", labels=tuple(found), members=tuple(members))
    return FileText(kind, read_ooxml(kind, data, limits), labels=tuple(mip.from_ooxml(data)))

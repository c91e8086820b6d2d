"""Zip archives: opened one level deep, each member read as its own file.

The zip directory is checked first with the bounds of Office files (dlp_proxy.uploads.ooxml.
check_zip: entries, unzipped bytes, compression ratio, no encryption); then every member is
read with read_file (text, PDF, Word, Excel, PowerPoint) or handed on as an image for OCR.
An archive inside the archive is not opened and refuses the whole upload (file_unreadable),
as does any member that cannot be read: what is not read is not sent (the fail mode decides).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from dlp_proxy.errors import UploadError
from dlp_proxy.uploads.files import FileText, read_file
from dlp_proxy.uploads.formats import sniff, zip_directory
from dlp_proxy.uploads.images import sniff_image
from dlp_proxy.uploads.limits import Limits
from dlp_proxy.uploads.ooxml import check_zip

# Members read from one archive (each is a whole file read: bounded apart from the zip bounds).
MAX_MEMBERS = 200
# What macOS's Finder adds to every archive it makes (resource forks, folder view settings):
# not files a person chose, and binary, so reading them would refuse every Mac-made archive.
FINDER_METADATA = ("__MACOSX/",)
FINDER_FILES = (".DS_Store",)


@dataclass(frozen=True)
class Member:
    """One file of an archive: its text (`file`), or its bytes when it is an image (`image`)."""

    index: int
    name: str
    file: FileText | None = None
    image: bytes | None = None
    image_type: str = ""  # "png", "jpeg", ... for an image


def read_archive(data: bytes, limits: Limits) -> list[Member]:
    """Every file of a checked zip archive, read; UploadError for a nested archive, an
    unreadable member, or more text in all than one file may hold."""
    check_zip(data, limits)
    entries = [e for e in zip_directory(data) if not (e.is_dir() or _finder_metadata(e.filename))]
    if len(entries) > MAX_MEMBERS:
        raise UploadError("file_too_large", f"the archive holds more than {MAX_MEMBERS} files")
    members: list[Member] = []
    chars = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for index, entry in enumerate(entries):
                member = _member(index, entry.filename, archive.read(entry), limits)
                chars += len(member.file.text) if member.file is not None else 0
                if chars > limits.max_text_chars:
                    raise UploadError(
                        "file_too_large", f"the archive holds more than {limits.max_text_chars} characters of text"
                    )
                members.append(member)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as e:  # a CRC or size that does not match
        raise UploadError("file_unreadable", "the file is a damaged zip archive") from e
    return members


def _member(index: int, name: str, content: bytes, limits: Limits) -> Member:
    kind = sniff_image(content)
    if kind is not None:
        return Member(index, name, image=content, image_type=kind)
    if content.startswith(b"PK\x03\x04") and sniff(content) == "zip":
        raise UploadError("file_unreadable", "the archive holds another archive, which is not opened")
    base = name.rsplit("/", 1)[-1]
    # A member has no declared type; one without an extension (README, LICENSE) is tried as text.
    declared = "" if "." in base else "text/plain"
    return Member(index, name, file=read_file(content, declared, base, limits))


def _finder_metadata(name: str) -> bool:
    return name.startswith(FINDER_METADATA) or name.rsplit("/", 1)[-1] in FINDER_FILES

"""Microsoft Purview (MIP) sensitivity labels: from Office files, PDFs and the `msip_labels` header.

Office writes a label as custom document properties `MSIP_Label_<guid>_<Attribute>` (Enabled,
SiteId, Method, SetDate, Name, ContentBits, ...), newer versions also (or only, without the
name) as `docMetadata/LabelInfo.xml`; a PDF exported from a labelled document carries the same
keys in its document information dictionary and its XMP metadata; Office clients send them in
the `msip_labels` header as `MSIP_Label_<guid>_Enabled=true; MSIP_Label_<guid>_Name=...; ...`.
Only labels that say they are enabled count. Bounded: metadata larger than MAX_METADATA_BYTES
is refused (file_too_large), and at most MAX_LABELS labels are read from one source.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dlp_proxy.errors import UploadError

MAX_METADATA_BYTES = 1024 * 1024
MAX_LABELS = 50
# MSIP_Label_<guid>_<attribute>; the GUID with or without braces.
_KEY = re.compile(r"^/?MSIP_Label_\{?([0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12})\}?_(\w+)$")
_XMP_ELEMENT = re.compile(r"<(?:[\w.-]+:)?(MSIP_Label_[\w{}-]+)>([^<]*)</(?:[\w.-]+:)?\1>")
_XMP_ATTRIBUTE = re.compile(r"""(?:[\w.-]+:)?(MSIP_Label_[\w{}-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LABEL_INFO = "docMetadata/LabelInfo.xml"
_CUSTOM = "docProps/custom.xml"
_LABEL_ELEMENT = re.compile(r"<(?:\w+:)?label\b([^>]*)/?>")
_XML_ATTRIBUTE = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


@dataclass(frozen=True)
class MipLabel:
    """One sensitivity label: its id (a lower-case GUID) and its name ("" when not given)."""

    id: str
    name: str = ""

    @property
    def key(self) -> str:
        """What the extraction lists: the name, else the id."""
        return self.name or self.id


def from_properties(props: Iterable[tuple[str, str]]) -> list[MipLabel]:
    """The enabled labels among (key, value) pairs of MSIP_Label_* properties; others are ignored."""
    found: dict[str, dict[str, str]] = {}
    for key, value in props:
        match = _KEY.match(key.strip())
        if match is None:
            continue
        guid, attribute = match.group(1).lower(), match.group(2).lower()
        if guid not in found and len(found) >= MAX_LABELS:
            continue
        found.setdefault(guid, {})[attribute] = value.strip()
    return [
        MipLabel(guid, attrs.get("name", ""))
        for guid, attrs in found.items()
        if attrs.get("enabled", "").lower() in ("true", "1")
    ]


def from_header(value: str) -> list[MipLabel]:
    """The labels of an `msip_labels` header (pairs separated by semicolons)."""
    pairs = []
    for item in value[:MAX_METADATA_BYTES].split(";"):
        key, sep, val = item.partition("=")
        if sep:
            pairs.append((key, val))
    return from_properties(pairs)


def merge(*groups: Iterable[MipLabel]) -> list[MipLabel]:
    """Labels by id once each, a named one preferred; in the order first seen."""
    out: dict[str, MipLabel] = {}
    for group in groups:
        for label in group:
            if label.id not in out or (label.name and not out[label.id].name):
                out[label.id] = label
    return list(out.values())


def from_ooxml(data: bytes) -> list[MipLabel]:
    """The labels of a Word, Excel or PowerPoint file whose zip directory was already checked
    (dlp_proxy.uploads.ooxml.check_zip): custom properties, then the LabelInfo part."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            custom = _member(package, _CUSTOM)
            info = _member(package, _LABEL_INFO)
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise UploadError("file_unreadable", "the document's label metadata cannot be read") from e
    labels = from_properties(_custom_properties(custom)) if custom else []
    return merge(labels, _label_info(info) if info else [])


def _member(package: zipfile.ZipFile, name: str) -> str:
    try:
        info = package.getinfo(name)
    except KeyError:
        return ""
    if info.file_size > MAX_METADATA_BYTES:
        raise UploadError("file_too_large", f"the document's {name} is larger than {MAX_METADATA_BYTES} bytes")
    return package.read(info).decode("utf-8", errors="replace")


def _custom_properties(xml: str) -> list[tuple[str, str]]:
    """(name, value) of each custom property, read without an XML parser's entity handling."""
    out = []
    for match in re.finditer(r"<(?:\w+:)?property\b([^>]*)>(.*?)</(?:\w+:)?property>", xml, re.S):
        attrs = _attributes(match.group(1))
        value = re.sub(r"<[^>]*>", "", match.group(2))
        if "name" in attrs:
            out.append((attrs["name"], html.unescape(value)))
    return out


def _label_info(xml: str) -> list[MipLabel]:
    """The enabled, not removed labels of a LabelInfo part ([MS-OFFCRYPTO] 2.6.4: ids, no names)."""
    out = []
    for match in _LABEL_ELEMENT.finditer(xml):
        attrs = _attributes(match.group(1))
        guid = attrs.get("id", "").strip("{}").lower()
        if (
            _KEY.match(f"MSIP_Label_{guid}_Id")
            and attrs.get("enabled") in ("1", "true")
            and attrs.get("removed") not in ("1", "true")
        ):
            out.append(MipLabel(guid))
    return out[:MAX_LABELS]


def _attributes(text: str) -> dict[str, str]:
    return {
        m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
        for m in _XML_ATTRIBUTE.finditer(text)
    }


def from_pdf(reader: Any) -> list[MipLabel]:
    """The labels of an open pypdf reader: the document information dictionary, then XMP."""
    pairs: list[tuple[str, str]] = []
    info: Mapping[str, Any] | None = reader.metadata
    if info is not None:
        pairs += [(str(k), str(v)) for k, v in info.items() if "MSIP_Label_" in str(k)]
    xmp = _xmp(reader)
    for match in _XMP_ELEMENT.finditer(xmp):
        pairs.append((match.group(1), html.unescape(match.group(2))))
    for match in _XMP_ATTRIBUTE.finditer(xmp):
        pairs.append((match.group(1), html.unescape(match.group(2) if match.group(2) is not None else match.group(3))))
    return from_properties(pairs)


def from_pdf_bytes(data: bytes) -> list[MipLabel]:
    """The labels of a PDF file that dlp_proxy.uploads.pdf already read (so it opens)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        return from_pdf(reader)
    except UploadError:
        raise
    except Exception as e:  # pypdf raises its own errors and many builtins on damaged files
        raise UploadError("file_unreadable", f"the pdf file's metadata cannot be read ({type(e).__name__})") from e


def _xmp(reader: Any) -> str:
    """The XMP packet of the document catalogue, if any (bounded)."""
    root = reader.trailer.get("/Root")
    catalogue = root.get_object() if root is not None else None
    stream = catalogue.get("/Metadata") if catalogue is not None else None
    if stream is None:
        return ""
    data: bytes = stream.get_object().get_data()
    if len(data) > MAX_METADATA_BYTES:
        raise UploadError("file_too_large", f"the pdf file's metadata is larger than {MAX_METADATA_BYTES} bytes")
    return data.decode("utf-8", errors="replace")

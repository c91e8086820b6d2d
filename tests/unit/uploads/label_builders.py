"""Labelled test files built on the spot: Office files with the MSIP_Label_* custom properties
Word writes, PDFs with the same keys in their document information and XMP, and zip archives."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

# Made-up label ids and tenant (as the Purview portal shows them).
VERTROUWELIJK_ID = "3a1f9c0e-5b2d-4c6e-8f7a-1b2c3d4e5f60"
OPENBAAR_ID = "0d9e8f7a-6b5c-4d3e-9f1a-2b3c4d5e6f70"
UNKNOWN_ID = "77777777-8888-4999-aaaa-bbbbbbbbbbbb"
SITE_ID = "11111111-2222-4333-8444-555555555555"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"

Label = tuple[str, str, bool]  # (id, name, enabled)


def msip_properties(labels: Sequence[Label]) -> list[tuple[str, str]]:
    """The (key, value) pairs Office writes for each label."""
    out: list[tuple[str, str]] = []
    for guid, name, enabled in labels:
        prefix = f"MSIP_Label_{guid}_"
        out += [
            (prefix + "Enabled", "true" if enabled else "false"),
            (prefix + "SetDate", "2026-03-02T09:15:00Z"),
            (prefix + "Method", "Privileged"),
            (prefix + "Name", name),
            (prefix + "SiteId", SITE_ID),
            (prefix + "ContentBits", "0"),
        ]
    return out


def custom_xml(pairs: Sequence[tuple[str, str]]) -> str:
    props = "".join(
        f'<property fmtid="{FMTID}" pid="{i}" name={quoteattr(key)}><vt:lpwstr>{escape(value)}</vt:lpwstr></property>'
        for i, (key, value) in enumerate(pairs, start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + props + "</Properties>"
    )


def with_labels(document: bytes, labels: Sequence[Label], label_info: str = "") -> bytes:
    """The OOXML package with docProps/custom.xml holding the labels (registered as Word does),
    and optionally a docMetadata/LabelInfo.xml part."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(document)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                override = f'<Override PartName="/docProps/custom.xml" ContentType="{CUSTOM_TYPE}"/></Types>'
                data = data.replace(b"</Types>", override.encode())
            elif item.filename == "_rels/.rels":
                rel = f'<Relationship Id="rIdMsip" Type="{CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>'
                data = data.replace(b"</Relationships>", rel.encode())
            target.writestr(item, data)
        target.writestr("docProps/custom.xml", custom_xml(msip_properties(labels)))
        if label_info:
            target.writestr("docMetadata/LabelInfo.xml", label_info)
    return out.getvalue()


def label_info_xml(guid: str, enabled: bool = True, removed: bool = False) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>'
        '<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata">'
        f'<clbl:label id="{{{guid}}}" enabled="{int(enabled)}" method="Privileged" siteId="{{{SITE_ID}}}" '
        f'removed="{int(removed)}"/></clbl:labelList>'
    )


def labelled_pdf(pdf: bytes, labels: Sequence[Label], *, info: bool = True, xmp: bool = False) -> bytes:
    """The PDF with the labels as an Office export writes them: document information keys, XMP."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    pairs = msip_properties(labels)
    if info:
        writer.add_metadata({f"/{key}": value for key, value in pairs})
    if xmp:
        fields = "".join(f"<pdfx:{key}>{escape(value)}</pdfx:{key}>" for key, value in pairs)
        packet = (
            '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/">'
            f'{fields}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
        )
        stream = DecodedStreamObject()
        stream.set_data(packet.encode("utf-8"))
        stream[NameObject("/Type")] = NameObject("/Metadata")
        stream[NameObject("/Subtype")] = NameObject("/XML")
        writer._root_object[NameObject("/Metadata")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_zip(members: Sequence[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()

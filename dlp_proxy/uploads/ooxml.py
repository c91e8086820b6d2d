"""Word, Excel and PowerPoint files: a zip-bomb check on the zip directory, then their text."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any

from dlp_proxy.errors import UploadError
from dlp_proxy.uploads.formats import Format, zip_directory
from dlp_proxy.uploads.limits import Limits
from dlp_proxy.uploads.textbuf import TextBuffer

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# Word parts a person writes in; deleted (tracked) and field text is in the file too, so it is read.
WORD_PARTS = re.compile(r"^/word/(document|header\d*|footer\d*|footnotes|endnotes|comments\w*)\.xml$")
WORD_TEXT = {f"{W}t": None, f"{W}delText": None, f"{W}instrText": None, f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n"}
# Parts beside the main text that a reader sees (read from the package itself, by name):
# Excel's notes, threaded comments and their people, and text boxes and shapes on a sheet;
# PowerPoint's comments and their authors; SmartArt text and chart labels and values in all
# three. (Word's comments are a WORD_PARTS part; slides and notes are read by python-pptx.)
SIDE_PARTS = re.compile(
    r"^(xl/comments[^/]*|xl/(comments|threadedComments|persons|drawings)/[^/]+"
    r"|ppt/comments/[^/]+|ppt/(commentAuthors|authors)|(word|ppt|xl)/(diagrams|charts)/[^/]+)\.xml$"
)
SIDE_TEXT = frozenset({"t", "text", "author", "v"})  # local names of elements holding text
SIDE_NAMES = ("name", "displayName")  # attributes of a comment author (ppt) or person (xl)
# Only these compression methods: zipfile caps their output at the size the directory declares.
SAFE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def check_zip(data: bytes, limits: Limits) -> None:
    """Refuse an archive whose directory promises too much, before any member is inflated."""
    members = zip_directory(data)
    if len(members) > limits.max_zip_entries:
        raise UploadError("file_too_large", f"the document has more than {limits.max_zip_entries} parts")
    total = 0
    for member in members:
        if member.compress_type not in SAFE_METHODS:
            raise UploadError("file_unreadable", "the document uses an unsupported zip compression")
        if member.flag_bits & 0x1:
            raise UploadError("file_unreadable", "the document is encrypted")
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > limits.ratio_floor_bytes and ratio > limits.max_zip_ratio:
            raise UploadError("file_too_large", f"a document part expands more than {limits.max_zip_ratio} times")
    if total > limits.max_unzipped_bytes:
        raise UploadError("file_too_large", f"the document unpacks to more than {limits.max_unzipped_bytes} bytes")


def read_ooxml(kind: Format, data: bytes, limits: Limits) -> str:
    """The text of a checked docx, xlsx or pptx file."""
    check_zip(data, limits)
    out = TextBuffer(limits.max_text_chars)
    try:
        if kind == "docx":
            _docx(data, out)
        elif kind == "xlsx":
            _xlsx(data, out)
        else:
            _pptx(data, out)
        _side_parts(data, out)
    except UploadError:
        raise
    except Exception as e:  # the readers raise many types (KeyError, lxml, zip, their own) on bad input
        raise UploadError("file_unreadable", f"the {kind} file cannot be read ({type(e).__name__})") from e
    return out.text()


def _properties(props: Any, out: TextBuffer) -> None:
    """Author, title and the like: names of people are often here."""
    for name in (
        "author",
        "creator",
        "last_modified_by",
        "lastModifiedBy",
        "title",
        "subject",
        "keywords",
        "description",
        "comments",
        "category",
    ):
        value = getattr(props, name, None)
        if isinstance(value, str) and value.strip():
            out.add(value)


def _docx(data: bytes, out: TextBuffer) -> None:
    import docx
    from docx.oxml.parser import parse_xml

    document = docx.Document(io.BytesIO(data))
    _properties(document.core_properties, out)
    for part in document.part.package.iter_parts():
        if not WORD_PARTS.match(str(part.partname)):
            continue
        element = getattr(part, "element", None)
        root = element if element is not None else parse_xml(part.blob)
        for paragraph in root.iter(f"{W}p"):
            out.add(_word_paragraph(paragraph))


def _word_paragraph(paragraph: Any) -> str:
    pieces: list[str] = []
    for node in paragraph.iter(*WORD_TEXT):
        if _nearest_paragraph(node) is paragraph:
            fixed = WORD_TEXT[node.tag]
            pieces.append(fixed if fixed is not None else node.text or "")
    return "".join(pieces)


def _nearest_paragraph(node: Any) -> Any:
    """Text boxes nest paragraphs inside paragraphs; each text node belongs to its innermost one."""
    parent = node.getparent()
    while parent is not None and parent.tag != f"{W}p":
        parent = parent.getparent()
    return parent


def _xlsx(data: bytes, out: TextBuffer) -> None:
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        _properties(workbook.properties, out)
        for sheet in workbook.worksheets:
            out.add(sheet.title)
            # A declared dimension can be huge ("A1:XFD1048576"); without it rows are read as stored.
            reset = getattr(sheet, "reset_dimensions", None)
            if reset is not None:
                reset()
            for row in sheet.iter_rows(values_only=True):
                out.add("\t".join(_cell(v) for v in row).rstrip("\t"))
    finally:
        workbook.close()


def _side_parts(data: bytes, out: TextBuffer) -> None:
    """The text of every SIDE_PARTS part (the package was checked by check_zip)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if not SIDE_PARTS.match(name):
                continue
            for node in etree.fromstring(package.read(name), parser=parser).iter():
                if not isinstance(node.tag, str):
                    continue  # an XML comment or processing instruction
                if node.tag.rsplit("}", 1)[-1] in SIDE_TEXT and node.text:
                    out.add(node.text)
                for attribute in SIDE_NAMES:
                    out.add(node.get(attribute) or "")


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _pptx(data: bytes, out: TextBuffer) -> None:
    import pptx

    presentation = pptx.Presentation(io.BytesIO(data))
    _properties(presentation.core_properties, out)
    for slide in presentation.slides:
        for paragraph in _drawing_paragraphs([slide.element]):
            out.add(paragraph)
        if slide.has_notes_slide:
            for paragraph in _drawing_paragraphs([slide.notes_slide.element]):
                out.add(paragraph)


def _drawing_paragraphs(roots: Iterable[Any]) -> Iterator[str]:
    """Every text paragraph of a slide: shapes, groups, tables, placeholders."""
    for root in roots:
        for paragraph in root.iter(f"{A}p"):
            yield "".join(
                (node.text or "") if node.tag == f"{A}t" else "\n" for node in paragraph.iter(f"{A}t", f"{A}br")
            )

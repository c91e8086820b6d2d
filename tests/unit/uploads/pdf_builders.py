"""PDFs with text beside their pages, built with pypdf on the spot: a filled-in form field, a
text box (FreeText annotation), a sticky note with its author, keywords, an embedded file."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Text
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

from tests.unit.uploads.builders import make_pdf


def pdf_with(
    page: str = "Aanvraagformulier",
    *,
    field: tuple[str, str] | None = None,
    checkbox: str | None = None,
    text_box: str | None = None,
    note: tuple[str, str] | None = None,
    keywords: str | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    """A one-page PDF whose page shows `page`, with the extras asked for (note: (author, text))."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([[page]]))))
    if text_box:
        writer.add_annotation(0, FreeText(text=text_box, rect=(50, 550, 300, 600)))
    if note:
        sticky = Text(text=note[1], rect=(50, 500, 70, 520))
        sticky[NameObject("/T")] = TextStringObject(note[0])
        writer.add_annotation(0, sticky)
    fields = []
    if field:
        fields.append(_widget(writer, "/Tx", field[0], TextStringObject(field[1])))
    if checkbox:
        fields.append(_widget(writer, "/Btn", checkbox, NameObject("/Yes")))
    if fields:
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject(fields)})
    if keywords:
        writer.add_metadata({"/Keywords": keywords})
    if attachment:
        writer.add_attachment(*attachment)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _widget(writer: PdfWriter, kind: str, name: str, value: object) -> object:
    widget = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject(kind),
            NameObject("/T"): TextStringObject(name),
            NameObject("/V"): value,
            NameObject("/Rect"): ArrayObject([FloatObject(72), FloatObject(600), FloatObject(300), FloatObject(620)]),
        }
    )
    ref = writer._add_object(widget)
    page = writer.pages[0]
    page[NameObject("/Annots")] = ArrayObject([*page.get("/Annots", []), ref])
    return ref


def scanned_pdf(*pages: bytes, mode: str = "RGB", logo: bool = False) -> bytes:
    """A PDF of scanned pages, as a scanner (or Pillow) writes one: each page one picture, no
    text layer. `mode` "1" gives fax-coded (CCITT) black-and-white pages; `logo` adds a small
    picture to the first page."""
    from PIL import Image

    images = [Image.open(io.BytesIO(page)).convert(mode) for page in pages]
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=150, save_all=True, append_images=images[1:])
    if not logo:
        return out.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    small = io.BytesIO()
    Image.new("RGB", (60, 30), "navy").save(small, "PDF")
    writer.pages[0].merge_page(PdfReader(io.BytesIO(small.getvalue())).pages[0])
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()

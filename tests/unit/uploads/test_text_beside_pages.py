"""Text a document carries beside its pages is read too: a PDF's filled-in form fields, text boxes,
sticky notes and their authors, keywords and embedded files; Excel's notes and their authors;
PowerPoint's comments. A model that sees the rendered page (or a person who opens the file)
sees these, so a value there must not pass unscanned. The pictures of a PDF's scanned pages (no
text layer) are handed to OCR."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import openpyxl
import pytest
from openpyxl.comments import Comment
from PIL import Image

from dlp_proxy.adapters.file_parts import file_content
from dlp_proxy.errors import UploadError
from dlp_proxy.uploads import Limits, read_file
from dlp_proxy.uploads.images import sniff_image
from tests.unit.uploads.builders import BSN, make_docx, make_pdf, make_pptx, make_xlsx
from tests.unit.uploads.image_builders import HARMLESS_LINES, SCREEN_LINES, screenshot
from tests.unit.uploads.label_builders import make_zip
from tests.unit.uploads.pdf_builders import pdf_with, scanned_pdf

VALUE = f"BSN {BSN}"


@pytest.mark.parametrize(
    "pdf",
    [
        pdf_with(field=("bsn", BSN)),
        pdf_with(text_box=VALUE),
        pdf_with(note=("Jan de Vries", VALUE)),
        pdf_with(keywords=VALUE),
        pdf_with(attachment=("klant.txt", VALUE.encode())),
        pdf_with(attachment=("klant", VALUE.encode("utf-8"))),  # no extension: read when it is text
        pdf_with(attachment=("dossier.pdf", pdf_with(text_box=VALUE))),
        pdf_with(attachment=("brief.docx", make_docx(VALUE))),
        pdf_with(attachment=(f"klant {BSN}.png", b"\x89PNG\r\n\x1a\n" + bytes(64))),  # the name is text too
    ],
    ids=["form-field", "text-box", "sticky-note", "keywords", "attached-text", "attached-unnamed-text",
         "attached-pdf", "attached-docx", "attachment-name"],
)  # fmt: skip
def test_when_a_value_is_beside_a_pdfs_pages_then_it_is_read(pdf: bytes) -> None:
    file = read_file(pdf, "application/pdf")
    assert BSN in file.text and "Aanvraagformulier" in file.text


def test_when_a_sticky_note_has_an_author_then_the_author_is_read() -> None:
    assert "Jan de Vries" in read_file(pdf_with(note=("Jan de Vries", "Klopt dit?")), "application/pdf").text


def test_when_a_pdf_has_a_ticked_box_then_its_state_is_not_text() -> None:
    text = read_file(pdf_with(checkbox="akkoord"), "application/pdf").text
    assert "/Yes" not in text and "Yes" not in text.split()


def test_when_an_attachment_cannot_be_read_then_the_pdf_is_still_read() -> None:
    file = read_file(pdf_with(attachment=("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(64))), "application/pdf")
    assert file.text.splitlines() == ["Aanvraagformulier", "scan.png"]


def test_when_an_attachment_is_larger_than_a_file_may_be_then_file_too_large() -> None:
    limits = Limits(max_file_bytes=4096)
    with pytest.raises(UploadError) as e:
        read_file(pdf_with(attachment=("groot.txt", b"x" * 6000)), "application/pdf", limits=limits)
    assert e.value.reason == "file_too_large"


def test_when_an_attached_pdf_has_its_own_attachment_then_that_one_is_not_read() -> None:
    inner = pdf_with(attachment=("diep.txt", VALUE.encode()))
    assert BSN not in read_file(pdf_with(attachment=("dossier.pdf", inner)), "application/pdf").text


def test_when_an_excel_cell_has_a_note_then_the_note_and_its_author_are_read() -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Klantenlijst"
    workbook.active["A1"].comment = Comment(f"Let op: {VALUE}", "Jan de Vries")
    out = io.BytesIO()
    workbook.save(out)
    text = read_file(out.getvalue(), filename="klanten.xlsx").text
    assert BSN in text and "Jan de Vries" in text and "Klantenlijst" in text


def with_part(package: bytes, name: str, xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr(name, xml)
    return out.getvalue()


P = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'


@pytest.mark.parametrize(
    ("name", "xml", "expected"),
    [
        ("ppt/comments/comment1.xml", f'<p:cmLst {P}><p:cm><p:text>{VALUE}</p:text></p:cm></p:cmLst>', BSN),
        ("ppt/commentAuthors.xml", f'<p:cmAuthorLst {P}><p:cmAuthor id="0" name="Jan de Vries"/></p:cmAuthorLst>',
         "Jan de Vries"),
    ],
    ids=["comment", "comment-author"],
)  # fmt: skip
def test_when_a_slide_has_a_comment_then_it_is_read(name: str, xml: str, expected: str) -> None:
    text = read_file(with_part(make_pptx("Kwartaalcijfers", "Omzet"), name, xml), filename="deck.pptx").text
    assert expected in text and "Kwartaalcijfers" in text


A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
C = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"'
SMART_ART = f'<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" {A}>' + (
    f"<dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>{VALUE}</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>"
)
CHART = f"<c:chartSpace {C}><c:strCache><c:pt><c:v>Jan de Vries</c:v></c:pt></c:strCache></c:chartSpace>"
SHEET_BOX = f'<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" {A}>' + (
    f"<xdr:sp><xdr:txBody><a:p><a:r><a:t>{VALUE}</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:wsDr>"
)


@pytest.mark.parametrize(
    ("make", "name", "xml", "expected"),
    [
        (lambda: make_docx("Rapport"), "word/diagrams/data1.xml", SMART_ART, BSN),
        (lambda: make_pptx("Kwartaalcijfers", "Omzet"), "ppt/diagrams/data1.xml", SMART_ART, BSN),
        (lambda: make_docx("Rapport"), "word/charts/chart1.xml", CHART, "Jan de Vries"),
        (lambda: make_xlsx([["Klanten"]]), "xl/charts/chart1.xml", CHART, "Jan de Vries"),
        (lambda: make_xlsx([["Klanten"]]), "xl/drawings/drawing1.xml", SHEET_BOX, BSN),
    ],
    ids=["word-smartart", "slide-smartart", "word-chart-label", "excel-chart-label", "excel-text-box"],
)
def test_when_a_value_is_in_smartart_a_chart_or_a_text_box_then_it_is_read(
    make: Any, name: str, xml: str, expected: str
) -> None:
    filename = {"word": "a.docx", "ppt": "a.pptx", "xl": "a.xlsx"}[name.split("/", 1)[0]]
    assert expected in read_file(with_part(make(), name, xml), filename=filename).text


def test_when_a_comment_part_declares_an_entity_then_it_is_not_expanded() -> None:
    xml = f'<!DOCTYPE x [<!ENTITY e "{BSN}">]><p:cmLst {P}><p:cm><p:text>&e;</p:text></p:cm></p:cmLst>'
    text = read_file(with_part(make_pptx("Titel", "Tekst"), "ppt/comments/comment1.xml", xml), filename="d.pptx").text
    assert BSN not in text


# --- scanned pages: their pictures go to OCR ---------------------------------------------------


@pytest.mark.parametrize("mode", ["RGB", "L", "1"], ids=["colour", "grey", "fax-coded"])
def test_when_a_pdf_page_is_a_scan_then_its_picture_is_handed_to_ocr(mode: str) -> None:
    file = read_file(scanned_pdf(screenshot(SCREEN_LINES), screenshot(HARMLESS_LINES), mode=mode), "application/pdf")
    assert [(s.page, s.index) for s in file.scans] == [(0, 0), (1, 0)]
    assert all(sniff_image(s.data) == s.kind for s in file.scans)
    segments, images = file_content(("upload",), file)
    assert [i.path for i in images] == [("upload", "page", 0, "image", 0), ("upload", "page", 1, "image", 0)]
    assert [s.maskable for s in segments] == [False]


def test_when_a_pdf_page_has_a_text_layer_then_its_pictures_are_not_read() -> None:
    assert read_file(make_pdf([["Dit is een gewone pagina met tekst erop."]]), "application/pdf").scans == ()


def test_when_a_scanned_page_has_a_small_logo_then_only_the_scan_is_read() -> None:
    file = read_file(scanned_pdf(screenshot(SCREEN_LINES), logo=True), "application/pdf")
    assert len(file.scans) == 1 and Image.open(io.BytesIO(file.scans[0].data)).size[0] > 60


def test_when_a_pdf_has_more_scanned_pages_than_images_may_be_read_then_file_too_large() -> None:
    with pytest.raises(UploadError) as e:
        read_file(scanned_pdf(*[screenshot(HARMLESS_LINES)] * 3), "application/pdf", limits=Limits(max_images=2))
    assert e.value.reason == "file_too_large"


def test_when_a_zip_holds_a_scanned_pdf_then_its_pages_go_to_ocr() -> None:
    file = read_file(make_zip([("scan.pdf", scanned_pdf(screenshot(SCREEN_LINES)))]), filename="a.zip")
    _, images = file_content(("upload",), file)
    assert [i.path for i in images] == [("upload", "member", 0, "page", 0, "image", 0)]


def test_when_a_form_field_value_starts_with_a_slash_then_it_is_still_read() -> None:
    assert "/home/jan/klanten" in read_file(pdf_with(field=("map", "/home/jan/klanten")), "application/pdf").text


def test_when_pages_without_text_hold_too_many_pictures_then_file_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    from dlp_proxy.uploads import pdf

    monkeypatch.setattr(pdf, "MAX_PICTURES_EXAMINED", 2)
    with pytest.raises(UploadError) as e:
        read_file(scanned_pdf(*[screenshot(HARMLESS_LINES)] * 3), "application/pdf")
    assert e.value.reason == "file_too_large"

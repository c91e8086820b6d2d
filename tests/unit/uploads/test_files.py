"""read_file: the text of each format, found by magic bytes first, within every bound."""

from __future__ import annotations

import io
import zipfile

import pytest

from dlp_proxy.errors import AdapterError, UploadError
from dlp_proxy.uploads import DEFAULT_LIMITS, FileText, Limits, detect, read_file
from tests.unit.uploads.builders import (
    BSN,
    EMAIL,
    LINE,
    NAME,
    make_docx,
    make_pdf,
    make_pptx,
    make_xlsx,
    with_member,
)

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def reason_of(data: bytes, content_type: str = "", filename: str = "", limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(UploadError) as caught:
        read_file(data, content_type, filename, limits)
    assert isinstance(caught.value, AdapterError)
    for value in (BSN, EMAIL, NAME):  # messages never carry file content
        assert value not in str(caught.value)
    return caught.value.reason


# --- every format ---------------------------------------------------------------------------


def test_when_a_docx_is_read_then_body_table_header_and_author_are_text() -> None:
    data = make_docx(LINE, "tweede alinea", header="Vertrouwelijk", table=[["naam", "mail"], ["Piet Bakker", "p@x.nl"]],
                     author="Anna Smit")  # fmt: skip
    got = read_file(data, DOCX_TYPE, "brief.docx")
    assert got.format == "docx" and not got.maskable
    for piece in (LINE, "tweede alinea", "Vertrouwelijk", "Piet Bakker", "p@x.nl", "Anna Smit"):
        assert piece in got.text


def test_when_a_pdf_is_read_then_every_page_and_the_author_are_text() -> None:
    got = read_file(make_pdf([[LINE, "regel (twee)"], ["pagina twee"]], author="Anna Smit"), "application/pdf")
    assert got.format == "pdf"
    assert LINE in got.text and "regel (twee)" in got.text and "pagina twee" in got.text and "Anna Smit" in got.text


def test_when_an_xlsx_is_read_then_sheet_names_and_cells_are_text() -> None:
    got = read_file(make_xlsx([["naam", "bsn", "mail"], [NAME, int(BSN), EMAIL]], title="Klanten"))
    assert got.format == "xlsx"
    assert "Klanten" in got.text and f"{NAME}\t{BSN}\t{EMAIL}" in got.text


def test_when_a_pptx_is_read_then_slides_and_notes_are_text() -> None:
    got = read_file(make_pptx("Overleg", LINE, notes=f"bel {NAME}"))
    assert got.format == "pptx"
    assert "Overleg" in got.text and LINE in got.text and f"bel {NAME}" in got.text


@pytest.mark.parametrize(
    ("data", "content_type", "filename", "encoding"),
    [
        (LINE.encode(), "text/plain", "notes.txt", "utf-8"),
        (f"naam;mail\n{NAME};{EMAIL}\n".encode(), "text/csv", "lijst.csv", "utf-8"),
        (f"# Notities\n\n{LINE}\n".encode(), "", "notes.md", "utf-8"),
        (f'{{"klant": "{LINE}"}}'.encode(), "application/json", "", "utf-8"),
        (LINE.encode(), "application/octet-stream", "export.log", "utf-8"),
        (b"\xef\xbb\xbf" + LINE.encode(), "text/csv", "", "utf-8-sig"),
        (LINE.encode("utf-16"), "text/plain", "", "utf-16"),
        (f"café {LINE}".encode("cp1252"), "text/csv", "", "cp1252"),
    ],
    ids=["txt", "csv", "md-by-name", "json", "octet-stream-by-name", "utf8-bom", "utf16", "cp1252"],
)
def test_when_a_text_file_is_read_then_it_is_maskable_in_its_own_encoding(
    data: bytes, content_type: str, filename: str, encoding: str
) -> None:
    got = read_file(data, content_type, filename)
    assert got == FileText("text", data.decode(encoding), encoding)
    assert got.maskable
    masked = got.text.replace(EMAIL, "[EMAIL_ADDRESS_1]")
    assert got.masked(masked) == data.decode(encoding).replace(EMAIL, "[EMAIL_ADDRESS_1]").encode(encoding)


@pytest.mark.parametrize("maker", [lambda: make_docx(LINE), lambda: make_pdf([[LINE]]), lambda: make_xlsx([[LINE]])])
def test_when_a_document_must_be_masked_then_it_is_not_maskable(maker: object) -> None:
    got = read_file(maker())  # type: ignore[operator]
    with pytest.raises(UploadError) as caught:
        got.masked(got.text.replace(EMAIL, "[EMAIL_ADDRESS_1]"))
    assert caught.value.reason == "file_not_maskable"


# --- format detection -----------------------------------------------------------------------


def test_when_magic_bytes_say_pdf_then_the_label_does_not_matter() -> None:
    assert detect(make_pdf([["x"]]), "application/octet-stream", "scan.jpg") == "pdf"
    assert detect(make_docx("x"), "text/plain", "notes.txt") == "docx"


def test_when_a_pdf_header_is_not_at_the_start_then_only_a_pdf_label_makes_it_a_pdf() -> None:
    late = b"junk from a mail gateway\r\n" + make_pdf([[LINE]])
    assert detect(late, "application/pdf") == "pdf" and LINE in read_file(late, "", "scan.pdf").text
    notes = b"# Notes\n\nA PDF file starts with %PDF-1.7 and ends with %%EOF.\n"
    assert detect(notes, "text/markdown", "notes.md") == "text"


@pytest.mark.parametrize(
    ("data", "content_type", "filename"),
    [
        (b"just some text", "application/pdf", "rapport.pdf"),
        (b"just some text", DOCX_TYPE, ""),
        (b"just some text", "", "brief.docx"),
    ],
    ids=["pdf-label", "docx-type", "docx-name"],
)
def test_when_the_bytes_contradict_a_document_label_then_it_is_unreadable(
    data: bytes, content_type: str, filename: str
) -> None:
    assert reason_of(data, content_type, filename) == "file_unreadable"


def zip_of(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        (zip_of(**{"[Content_Types].xml": b"<Types/>"}), DOCX_TYPE),
        (b"PK\x03\x04 damaged" + bytes(40), DOCX_TYPE),
        (b"\x00\x01\x02binary", "text/plain"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "application/msword"),
    ],
    ids=["image", "ooxml-without-main-part", "damaged-zip", "binary-as-text", "legacy-doc"],
)
def test_when_a_file_has_no_readable_text_then_it_is_unreadable(data: bytes, content_type: str) -> None:
    assert reason_of(data, content_type) == "file_unreadable"


@pytest.mark.parametrize(
    "data",
    [
        make_docx(LINE)[:-200],  # cut short: the zip directory is gone
        make_pdf([[LINE]])[:60],  # header only
        zip_of(**{"[Content_Types].xml": b"<nope", "word/document.xml": b"<w:document"}),  # broken XML
    ],
    ids=["truncated-docx", "truncated-pdf", "broken-xml-docx"],
)
def test_when_a_document_is_corrupt_then_it_is_unreadable(data: bytes) -> None:
    assert reason_of(data) == "file_unreadable"


# --- bounds ---------------------------------------------------------------------------------


def test_when_a_file_is_larger_than_the_limit_then_it_is_too_large() -> None:
    assert reason_of(b"x" * 2048, "text/plain", limits=Limits(max_file_bytes=1024)) == "file_too_large"


def test_when_a_file_holds_too_much_text_then_it_is_too_large_not_cut() -> None:
    limits = Limits(max_text_chars=500)
    assert reason_of(("woord " * 200).encode(), "text/plain", limits=limits) == "file_too_large"
    assert reason_of(make_docx(*(["woord " * 20] * 10)), limits=limits) == "file_too_large"
    assert reason_of(make_pdf([["woord " * 20]] * 10), limits=limits) == "file_too_large"


def test_when_a_pdf_has_too_many_pages_then_it_is_too_large() -> None:
    data = make_pdf([[f"pagina {i}"] for i in range(6)])
    assert reason_of(data, limits=Limits(max_pdf_pages=5)) == "file_too_large"
    assert "pagina 5" in read_file(data, limits=Limits(max_pdf_pages=6)).text


def test_when_a_docx_unpacks_to_more_than_the_default_limit_then_it_is_refused_before_parsing() -> None:
    bomb = with_member(make_docx(LINE), "word/media/padding.bin", 120 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024  # a small upload...
    assert reason_of(bomb) == "file_too_large"  # ...that would inflate past 100 MiB


@pytest.mark.parametrize(
    ("limits", "size"),
    [
        (Limits(max_zip_ratio=100, ratio_floor_bytes=64 * 1024), 1024 * 1024),  # one member, ratio ~1000
        (Limits(max_unzipped_bytes=512 * 1024, max_zip_ratio=10_000), 1024 * 1024),  # the total
    ],
    ids=["ratio", "total"],
)
def test_when_the_zip_directory_promises_a_bomb_then_the_document_is_too_large(limits: Limits, size: int) -> None:
    assert reason_of(with_member(make_docx(LINE), "word/media/zeros.bin", size), limits=limits) == "file_too_large"


def test_when_a_document_has_too_many_parts_then_it_is_too_large() -> None:
    document = make_docx(LINE)
    assert reason_of(document, limits=Limits(max_zip_entries=5)) == "file_too_large"
    assert LINE in read_file(document).text


def lying_docx(padding: int) -> bytes:
    """A docx whose document.xml holds `padding` spaces more than its zip directory declares."""
    source = io.BytesIO(make_docx(LINE))
    out = io.BytesIO()
    with zipfile.ZipFile(source) as docx_zip, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in docx_zip.infolist():
            data = docx_zip.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * padding)
            target.writestr(item.filename, data)
    raw = bytearray(out.getvalue())
    declared = None
    for header in (b"PK\x01\x02", b"PK\x03\x04"):  # central directory and local header: size fields
        at = 0
        while (at := raw.find(header, at)) >= 0:
            name_at = at + (46 if header == b"PK\x01\x02" else 30)
            size_at = at + (24 if header == b"PK\x01\x02" else 22)
            if raw[name_at : name_at + 17] == b"word/document.xml":
                declared = int.from_bytes(raw[size_at : size_at + 4], "little") - padding
                raw[size_at : size_at + 4] = declared.to_bytes(4, "little")
            at += 4
    assert declared is not None
    return bytes(raw)


def test_when_a_zip_directory_understates_a_part_then_it_is_never_inflated_past_it() -> None:
    bomb = lying_docx(20 * 1024 * 1024)
    limits = Limits(max_unzipped_bytes=1024 * 1024)  # the real part would be far over this
    assert reason_of(bomb, limits=limits) == "file_unreadable"  # zipfile stops at the declared size: bad CRC

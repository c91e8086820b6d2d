"""Zip archives: opened one level deep within the zip-bomb bounds, each member read as its own
file; images handed on for OCR; a nested archive or an unreadable member refuses the upload."""

from __future__ import annotations

import io
import zipfile

import pytest

from dlp_proxy.adapters import PendingImage, RequestView
from dlp_proxy.adapters.file_parts import label_pairs
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.errors import UploadError
from dlp_proxy.uploads import DEFAULT_LIMITS, Limits, read_file
from dlp_proxy.uploads.archive import MAX_MEMBERS
from tests.unit.uploads.builders import LINE, make_docx, make_pdf, make_xlsx, multipart
from tests.unit.uploads.label_builders import VERTROUWELIJK_ID, make_zip, with_labels

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00" + bytes(40)
CSV = b"naam;mail\nJan;jan.devries@voorbeeld.nl\n"


def reason_of(data: bytes, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(UploadError) as caught:
        read_file(data, "application/zip", "stukken.zip", limits)
    return caught.value.reason


def test_when_a_zip_holds_documents_then_each_member_is_read_as_its_own_file() -> None:
    archive = make_zip(
        [
            ("klanten.csv", CSV),
            ("map/brief.docx", make_docx(LINE)),
            ("cijfers.xlsx", make_xlsx([["Omzet", 12]])),
            ("scan.pdf", make_pdf([["Pagina een"]])),
            ("README", b"lees mij"),
            ("map/", b""),
        ]
    )
    file = read_file(archive, "application/zip", "stukken.zip")
    assert file.format == "zip" and not file.maskable
    read = {m.name: m.file.format for m in file.members if m.file is not None}
    assert read == {
        "klanten.csv": "text",
        "map/brief.docx": "docx",
        "cijfers.xlsx": "xlsx",
        "scan.pdf": "pdf",
        "README": "text",
    }
    texts = {m.name: m.file.text for m in file.members if m.file is not None}
    assert "jan.devries@voorbeeld.nl" in texts["klanten.csv"] and LINE in texts["map/brief.docx"]


def test_when_a_zip_is_sniffed_without_a_declared_type_then_it_is_still_an_archive() -> None:
    assert read_file(make_zip([("a.txt", b"hallo")])).format == "zip"


def test_when_a_member_is_an_image_then_it_is_kept_for_ocr() -> None:
    file = read_file(make_zip([("scherm.png", PNG), ("a.txt", b"x")]))
    image = next(m for m in file.members if m.image is not None)
    assert image.name == "scherm.png" and image.image == PNG and image.image_type == "png"


def test_when_a_zip_holds_another_zip_then_the_upload_is_refused() -> None:
    inner = make_zip([("a.txt", b"hallo")])
    assert reason_of(make_zip([("binnen.zip", inner)])) == "file_unreadable"
    assert reason_of(make_zip([("binnen.dat", inner)])) == "file_unreadable"  # by its bytes, not its name


def test_when_a_member_cannot_be_read_then_the_upload_is_refused() -> None:
    assert reason_of(make_zip([("a.txt", b"x"), ("prog.exe", b"MZ\x90\x00\x03" + bytes(60))])) == "file_unreadable"


def test_when_the_zip_is_a_bomb_then_it_is_refused_before_inflating() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nullen.txt", bytes(20 * 1024 * 1024))
    assert reason_of(out.getvalue()) == "file_too_large"  # ratio far above 100
    small = Limits(max_unzipped_bytes=1000)
    assert (
        reason_of(make_zip([("a.txt", b"a" * 600), ("b.txt", b"b" * 600)], zipfile.ZIP_STORED), small)
        == "file_too_large"
    )
    few = Limits(max_zip_entries=2)
    assert reason_of(make_zip([(f"{i}.txt", b"x") for i in range(3)]), few) == "file_too_large"


def test_when_a_zip_holds_too_many_files_or_too_much_text_then_it_is_refused() -> None:
    assert reason_of(make_zip([(f"{i}.txt", b"x") for i in range(MAX_MEMBERS + 1)])) == "file_too_large"
    assert (
        reason_of(make_zip([("a.txt", b"a" * 60), ("b.txt", b"b" * 60)]), Limits(max_text_chars=100))
        == "file_too_large"
    )


def test_when_a_zip_is_encrypted_or_damaged_then_it_is_unreadable() -> None:
    archive = bytearray(make_zip([("a.txt", b"hallo hallo hallo")], zipfile.ZIP_STORED))
    archive[archive.index(b"hallo")] ^= 0xFF  # the CRC no longer matches
    assert reason_of(bytes(archive)) == "file_unreadable"


def test_when_finder_metadata_is_in_the_zip_then_it_is_skipped() -> None:
    file = read_file(
        make_zip([("a.txt", b"x"), ("__MACOSX/._a.txt", b"\x00\x05\x16\x07binary"), (".DS_Store", b"\x00\x00")])
    )
    assert [m.name for m in file.members] == ["a.txt"]


def test_when_members_carry_labels_then_the_archive_carries_them() -> None:
    labelled = with_labels(make_docx("x"), [(VERTROUWELIJK_ID, "Vertrouwelijk", True)])
    file = read_file(make_zip([("a.txt", b"x"), ("b.docx", labelled)]))
    assert [label.name for label in file.labels] == ["Vertrouwelijk"]


def test_when_a_zip_is_uploaded_in_a_form_then_members_are_non_maskable_segments_images_and_labels() -> None:
    labelled = with_labels(make_docx("Notulen"), [(VERTROUWELIJK_ID, "Vertrouwelijk", True)])
    archive = make_zip([("klanten.csv", CSV), ("scherm.png", PNG), ("notulen.docx", labelled)])
    body, ctype = multipart([("q", None, None, b"Vat samen"), ("file", "stukken.zip", "application/zip", archive)])
    request = RequestView("POST", "chatgpt.com", "/backend-api/files", {"content-type": ctype}, body)
    extraction = GenericAdapter().extract(request)
    members = {s.path: s for s in extraction.segments if "member" in s.path}
    assert members[("file", 1, "member", 0)].text == CSV.decode() and not members[("file", 1, "member", 0)].maskable
    assert members[("file", 1, "member", 0, "name")].text == "klanten.csv"
    assert extraction.images == [PendingImage(("file", 1, "member", 1), PNG, "user", "image/png")]
    assert extraction.labels == ["Vertrouwelijk"]
    assert label_pairs(extraction) == [("Vertrouwelijk", VERTROUWELIJK_ID)]


def test_when_a_zip_is_put_as_the_body_then_its_members_are_read() -> None:
    request = RequestView(
        "PUT", "files.oaiusercontent.com", "/file-1", {"content-type": "application/zip"}, make_zip([("k.csv", CSV)])
    )
    extraction = GenericAdapter().extract(request)
    assert [s.path for s in extraction.segments] == [("upload", "member", 0, "name"), ("upload", "member", 0)]

"""Sensitivity labels read from Office files, PDFs and the msip_labels header: only enabled
labels count, names and ids as the file gives them, the metadata bounded."""

from __future__ import annotations

import pytest

from dlp_proxy.errors import UploadError
from dlp_proxy.uploads import read_file
from dlp_proxy.uploads.labels import MAX_METADATA_BYTES, MipLabel, from_header
from tests.unit.uploads.builders import make_docx, make_pdf, make_pptx, make_xlsx
from tests.unit.uploads.label_builders import (
    OPENBAAR_ID,
    SITE_ID,
    VERTROUWELIJK_ID,
    custom_xml,
    label_info_xml,
    labelled_pdf,
    with_labels,
)

VERTROUWELIJK = MipLabel(VERTROUWELIJK_ID, "Vertrouwelijk")


@pytest.mark.parametrize(
    "document",
    [make_docx("Notulen"), make_xlsx([["Omzet", 12]]), make_pptx("Plan", "Stappen")],
    ids=["docx", "xlsx", "pptx"],
)
def test_when_an_office_file_carries_an_enabled_label_then_its_name_and_id_are_read(document: bytes) -> None:
    labelled = with_labels(document, [(VERTROUWELIJK_ID, "Vertrouwelijk", True)])
    assert read_file(labelled).labels == (VERTROUWELIJK,)


def test_when_a_label_is_not_enabled_then_it_does_not_count() -> None:
    labelled = with_labels(
        make_docx("Notulen"), [(OPENBAAR_ID, "Openbaar", False), (VERTROUWELIJK_ID, "Vertrouwelijk", True)]
    )
    assert read_file(labelled).labels == (VERTROUWELIJK,)


def test_when_an_office_file_has_no_label_then_none_is_read() -> None:
    assert read_file(make_docx("Notulen")).labels == ()


def test_when_only_the_label_info_part_names_a_label_then_its_id_is_read() -> None:
    document = with_labels(make_docx("Notulen"), [], label_info=label_info_xml(VERTROUWELIJK_ID))
    assert read_file(document).labels == (MipLabel(VERTROUWELIJK_ID),)
    removed = with_labels(make_docx("Notulen"), [], label_info=label_info_xml(VERTROUWELIJK_ID, removed=True))
    assert read_file(removed).labels == ()


def test_when_both_places_name_the_same_label_then_it_counts_once_with_its_name() -> None:
    document = with_labels(
        make_docx("x"), [(VERTROUWELIJK_ID, "Vertrouwelijk", True)], label_info=label_info_xml(VERTROUWELIJK_ID)
    )
    assert read_file(document).labels == (VERTROUWELIJK,)


def test_when_a_label_name_holds_xml_entities_then_they_are_decoded() -> None:
    document = with_labels(make_docx("x"), [(VERTROUWELIJK_ID, "R&D <intern>", True)])
    assert read_file(document).labels == (MipLabel(VERTROUWELIJK_ID, "R&D <intern>"),)


def test_when_the_custom_properties_are_oversized_then_the_file_is_refused() -> None:
    document = with_labels(make_docx("x"), [(VERTROUWELIJK_ID, "V" * (MAX_METADATA_BYTES + 10), True)])
    with pytest.raises(UploadError) as caught:
        read_file(document)
    assert caught.value.reason == "file_too_large"


@pytest.mark.parametrize(("info", "xmp"), [(True, False), (False, True)], ids=["document-info", "xmp"])
def test_when_a_pdf_export_carries_a_label_then_it_is_read(info: bool, xmp: bool) -> None:
    pdf = labelled_pdf(make_pdf([["Notulen"]]), [(VERTROUWELIJK_ID, "Vertrouwelijk", True)], info=info, xmp=xmp)
    assert read_file(pdf).labels == (VERTROUWELIJK,)


def test_when_a_pdf_label_is_disabled_or_absent_then_none_is_read() -> None:
    disabled = labelled_pdf(make_pdf([["x"]]), [(VERTROUWELIJK_ID, "Vertrouwelijk", False)], xmp=True)
    assert read_file(disabled).labels == ()
    assert read_file(make_pdf([["x"]])).labels == ()


def test_when_the_header_names_labels_then_the_enabled_ones_are_read() -> None:
    header = (
        f"MSIP_Label_{VERTROUWELIJK_ID}_Enabled=true; MSIP_Label_{VERTROUWELIJK_ID}_SetDate=2026-03-02T09:15:00Z; "
        f"MSIP_Label_{VERTROUWELIJK_ID}_Method=Privileged; MSIP_Label_{VERTROUWELIJK_ID}_Name=Vertrouwelijk; "
        f"MSIP_Label_{VERTROUWELIJK_ID}_SiteId={SITE_ID}; MSIP_Label_{OPENBAAR_ID}_Enabled=False; "
        f"MSIP_Label_{OPENBAAR_ID}_Name=Openbaar"
    )
    assert from_header(header) == [VERTROUWELIJK]
    assert from_header("") == [] and from_header("garbage; =; MSIP_Label_nope_Enabled=true") == []


def test_when_an_id_is_written_in_capitals_with_braces_then_it_is_the_same_label() -> None:
    header = f"MSIP_Label_{{{VERTROUWELIJK_ID.upper()}}}_Enabled=TRUE;MSIP_Label_{VERTROUWELIJK_ID}_Name=Vertrouwelijk"
    assert from_header(header) == [VERTROUWELIJK]


def test_custom_xml_builder_is_what_office_writes() -> None:
    # The test files hold the properties the way Word stores them (an lpwstr per property).
    assert 'name="MSIP_Label_x_Enabled"><vt:lpwstr>true</vt:lpwstr>' in custom_xml([("MSIP_Label_x_Enabled", "true")])

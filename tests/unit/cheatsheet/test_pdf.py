"""The PDF glue without a browser: which Chromium is used, the error when there is none, and the
page count read from a PDF as Chromium writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from dlp_proxy.cheatsheet import pdf


def test_without_chromium_the_error_names_the_package_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing to find
    monkeypatch.delenv(pdf.CHROMIUM_ENV, raising=False)
    assert pdf.find_chromium() is None
    with pytest.raises(pdf.PdfError) as e:
        pdf.html_to_pdf("<p>x</p>", tmp_path / "out.pdf")
    assert "apt-get install chromium" in str(e.value) and "--format html" in str(e.value)
    assert not (tmp_path / "out.pdf").exists()


def test_dlp_chromium_names_the_browser_to_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    browser = tmp_path / "my-chrome"
    browser.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    browser.chmod(0o755)
    monkeypatch.setenv(pdf.CHROMIUM_ENV, str(browser))
    assert pdf.find_chromium() == str(browser)
    with pytest.raises(pdf.PdfError, match="did not print the PDF \\(exit 3"):
        pdf.html_to_pdf("<p>x</p>", tmp_path / "out.pdf")


@pytest.mark.parametrize(
    ("body", "pages"),
    [
        (b"<< /Type /Pages /Kids [3 0 R] /Count 1 >> << /Type /Page /Parent 2 0 R >>", 1),
        (b"<</Type/Pages/Count 2>> <</Type/Page>> <</Type /Page/Parent 2 0 R>>", 2),
        (b"<< /Type /Catalog >>", 0),
    ],
)
def test_page_count_counts_page_objects_not_the_page_tree(body: bytes, pages: int) -> None:
    assert pdf.page_count(b"%PDF-1.4\n" + body) == pages

"""The cheat sheet as PDF, printed by headless Chromium (the browser's own print-to-PDF: what an
employee would get from the print dialog, A4 from the page's `@page` rule).

Offline by construction: the page is a local file without external resources, and Chromium runs
with a throw-away profile and its background networking, updates and sync off. Found as the
tests find it (tests/e2e/browser.py): `chromium` or `chromium-browser` on PATH, or $DLP_CHROMIUM.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from dlp_proxy.errors import DlpError

CHROMIUM_ENV = "DLP_CHROMIUM"
FLAGS = (
    "--headless",
    "--no-sandbox",  # the proxy's container runs as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--no-first-run",
    "--no-pdf-header-footer",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
)
TIMEOUT_SECONDS = 120
INSTALL_HINT = (
    "install Chromium (Debian/Ubuntu: apt-get install chromium; Fedora: dnf install chromium), "
    f"or point ${CHROMIUM_ENV} at a Chromium or Chrome binary; or use --format html and print that"
)


class PdfError(DlpError):
    """The PDF could not be made (no Chromium, or it failed)."""


def find_chromium() -> str | None:
    """The Chromium to print with: $DLP_CHROMIUM, else `chromium` or `chromium-browser` on PATH."""
    configured = os.environ.get(CHROMIUM_ENV)
    if configured:
        return shutil.which(configured)
    return shutil.which("chromium") or shutil.which("chromium-browser")


def html_to_pdf(html: str, out: Path, chromium: str | None = None) -> Path:
    """Print `html` to the PDF file `out` with headless Chromium; raise PdfError when it cannot."""
    binary = chromium or find_chromium()
    if binary is None:
        raise PdfError(f"no Chromium found to print the PDF with; {INSTALL_HINT}")
    out = out.resolve()
    with tempfile.TemporaryDirectory(prefix="dlp-cheatsheet-") as tmp:
        page = Path(tmp) / "cheatsheet.html"
        page.write_text(html, encoding="utf-8")
        target = Path(tmp) / "cheatsheet.pdf"
        command = [binary, *FLAGS, f"--user-data-dir={tmp}/profile", f"--print-to-pdf={target}", page.as_uri()]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, env={**os.environ, "HOME": tmp}
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            raise PdfError(f"{binary} could not print the PDF ({e.__class__.__name__}: {e})") from e
        if result.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
            last = (result.stderr.strip().splitlines() or ["no message"])[-1]
            raise PdfError(f"{binary} did not print the PDF (exit {result.returncode}: {last[:300]})")
        try:
            shutil.copyfile(target, out)
        except OSError as e:
            raise PdfError(f"{out}: cannot write the PDF ({e.strerror})") from e
    return out


_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def page_count(pdf: bytes) -> int:
    """Pages in a PDF as Chromium (Skia) writes it: one `/Type /Page` dictionary per page, in
    the clear. Not a general PDF reader: enough to tell one page from two."""
    return len(_PAGE.findall(pdf))

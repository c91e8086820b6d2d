"""The cheat sheet as one self-contained HTML page (inline stylesheet, no scripts, no external
resources), printable on one A4 sheet; the portal serves it, `dlp-proxy cheatsheet` saves it or
prints it to PDF (pdf.py)."""

from __future__ import annotations

from dlp_proxy.cheatsheet.content import Sheet, build_sheet
from dlp_proxy.policy.schema import Policy
from dlp_proxy.templating import render_template

# With more approved tools than this the sheet sets its text a point smaller.
COMPACT_AFTER = 15


def is_compact(sheet: Sheet) -> bool:
    return len(sheet.tools) > COMPACT_AFTER


def render_sheet(sheet: Sheet) -> str:
    """A built sheet laid out as HTML; every text escaped on output."""
    return render_template("dlp_proxy.cheatsheet", "cheatsheet.html.j2", s=sheet, compact=is_compact(sheet))


def render_html(policy: Policy, lang: str) -> str:
    """The cheat sheet of the loaded policy in `lang` ("nl" or "en"), as one HTML page."""
    return render_sheet(build_sheet(policy, lang))

"""Whether a cheat sheet fits one A4 page: an estimate of the printed height from the widths of
its texts in the sheet's type face (metrics.py), the layout's column widths and type sizes
(templates/cheatsheet.html.j2), wrapped line by line as a browser wraps them.

No browser is needed, so `policy check` can warn before anyone prints. Calibrated against
Chromium's print of many sheets (few to 31 tools, short to long names, short to six long do's and
don'ts): the estimate came out within a few mm of the print, mostly above it. A sheet estimated
to run past the page gets a warning; `dlp-proxy cheatsheet --format pdf` counts the real pages.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from dlp_proxy.cheatsheet.content import Sheet, build_sheet
from dlp_proxy.cheatsheet.metrics import width_em
from dlp_proxy.cheatsheet.render import is_compact
from dlp_proxy.policy.loader import Problem, Severity
from dlp_proxy.policy.schema import Policy

At = Callable[[tuple[Any, ...], Severity, str, str], Problem]

# Sizes in mm mirror templates/cheatsheet.html.j2: the page's margins, the category's first column
# (40 mm) and padding, list margins (.6 + 1.6 mm) and item margins (.25 + .25 mm), the bullets'
# indent (4.2 mm). Change them together.

PT = 0.3528  # mm per point
PAGE_HEIGHT = 297 - 2 * 11  # mm inside the @page margins
# The estimate came out up to 2.5 mm below the print; a sheet within this much of the end is
# counted as too long.
MARGIN = 5.0
WIDTH = 210 - 2 * 12  # mm


@dataclass(frozen=True)
class Face:
    """The sheet's type face (DejaVu Sans) at one size and weight."""

    size_pt: float
    leading: float
    bold: bool = False

    @property
    def line(self) -> float:
        return self.size_pt * self.leading * PT

    def width(self, text: str) -> float:
        return width_em(text, self.bold) * self.size_pt * PT

    def lines(self, text: str, width: float) -> int:
        """Lines the text takes in a box this wide (mm): greedy wrap at spaces and after hyphens, as
        the browser does; a piece longer than a line breaks where it must."""
        space = self.width(" ")
        count, used = 1, 0.0
        for word in text.split():
            for k, piece in enumerate(re.findall(r"[^-]+-?|-", word)):
                gap = space if used and k == 0 else 0.0
                w = self.width(piece)
                if used + gap + w <= width:
                    used += gap + w
                    continue
                extra = max(0, math.ceil(w / width) - 1)
                count += extra + (1 if used else 0)
                used = w - extra * width
        return count

    def height(self, text: str, width: float) -> float:
        return self.lines(text, width) * self.line


@dataclass(frozen=True)
class Scale:
    body: Face
    small: Face
    small_bold: Face
    body_bold: Face
    section_gap: float


H1 = Face(17, 1.15, True)
H2 = Face(11, 1.35, True)


def scale_of(sheet: Sheet) -> Scale:
    """The type sizes the sheet is set in (render.py: compact with many tools)."""
    if is_compact(sheet):
        return Scale(Face(8.5, 1.3), Face(8.0, 1.3), Face(8.0, 1.3, True), Face(8.5, 1.3, True), 3)
    return Scale(Face(9.5, 1.35), Face(8.5, 1.35), Face(8.5, 1.35, True), Face(9.5, 1.35, True), 4)


def _tools_height(names: tuple[str, ...], s: Scale) -> float:
    """A list in three balanced columns (CSS columns with 4 mm gaps) inside the list's indent,
    an item never split between columns."""
    heights = [s.body.lines(n, (WIDTH - 43 - 4.2 - 2 * 4) / 3) for n in names]
    return max(math.ceil(sum(heights) / 3), max(heights, default=0)) * s.body.line + 0.5 * len(names) / 3


def _categories_height(sheet: Sheet, s: Scale) -> float:
    total = 0.0
    for c in sheet.categories:
        head = s.body_bold.height(c.title, 40) + s.small.height(c.about, 40)
        groups = sum(s.small_bold.height(g.may_receive, WIDTH - 43 - 3) + _tools_height(g.tools, s) + 2.2
                     for g in c.groups) or s.body.line  # fmt: skip
        total += max(head, groups) + 2.0 + 0.8
    return total


def _list_height(items: tuple[str, ...], t: Face, width: float) -> float:
    return sum(t.height(i, width - 4.2) + 0.5 for i in items) + 2.2


def parts(sheet: Sheet) -> dict[str, float]:
    """Estimated height in mm of each part of the printed sheet."""
    s, lab = scale_of(sheet), sheet.labels
    meta = f"{lab['version']} {sheet.version} · {sheet.date} · {lab['owner']}: {sheet.owner}"
    header = s.small_bold.line + H1.height(sheet.policy_name, WIDTH) + s.small.height(meta, WIDTH) + 1 + 3.7
    forbidden = ", ".join(sheet.forbidden) + ", " + lab["forbidden_tail"]
    approved = (
        H2.line + 1.2 + s.body.height(lab["approved_lead"], WIDTH) + 2 + _categories_height(sheet, s)
        + (2 + s.body.height(f"{lab['forbidden']}: {forbidden}", WIDTH) if sheet.forbidden else 0)
    )  # fmt: skip
    levels = (
        H2.line + 1.2 + 1 + max(s.small.height(f"{lv.name}. {lv.meaning}", (WIDTH - 6) / 3 - 3) for lv in sheet.levels)
    )
    half = (WIDTH - 4) / 2
    dos = 2.5 + H2.line + 1.2 + max(_list_height(sheet.dos, s.body, half), _list_height(sheet.donts, s.body, half))
    ask = H2.line + 1.2 + s.body.height("".join(sheet.ask_tool), WIDTH) + 1.2
    ask += s.body.height("".join(sheet.ask_exception), WIDTH)
    online = f"{lab['online']} {sheet.cheatsheet_url} {lab['through_proxy']}"
    footer = 3.3 + s.body_bold.height(sheet.help, WIDTH) + s.small.height(online, WIDTH)
    gaps = 4 * s.section_gap + 4
    return {
        "header": header, "approved tools": approved, "risk levels": levels, "do's and don'ts": dos,
        "requests": ask, "help line": footer, "spacing": gaps,
    }  # fmt: skip


def overflow_mm(sheet: Sheet) -> float:
    """How far the sheet runs past one page less the margin, in mm (0 or less: it fits)."""
    return sum(parts(sheet).values()) - (PAGE_HEIGHT - MARGIN)


SHORTEN = "shorten or merge do's and don'ts in cheatsheet.yaml, shorten tool names or the help line"


def fit_problem(policy: Policy, lang: str) -> str | None:
    """Why the policy's cheat sheet in `lang` would not fit one A4 page (what is largest), or None."""
    sheet = build_sheet(policy, lang)
    if overflow_mm(sheet) <= 0:
        return None
    sizes = parts(sheet)
    biggest = ", ".join(f"{k} {v:.0f} mm" for k, v in sorted(sizes.items(), key=lambda kv: -kv[1])[:3])
    return (
        f"the {sheet.lang} cheat sheet needs about {sum(sizes.values()):.0f} mm of the {PAGE_HEIGHT} mm "
        f"one A4 page has ({len(sheet.tools)} approved tools; largest parts: {biggest})"
    )


def fit_problems(policy: Policy) -> list[str]:
    """fit_problem in each language."""
    return [p for lang in ("nl", "en") if (p := fit_problem(policy, lang))]


def cheatsheet_problems(policy: Policy, at: At) -> Iterator[Problem]:
    """`policy check`: a warning per language whose sheet would not fit one page."""
    for message in fit_problems(policy):
        yield at(("cheatsheet",), "warning", message + "; it would print on two pages", SHORTEN)

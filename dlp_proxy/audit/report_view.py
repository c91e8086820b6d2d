"""The shapes the HTML report is drawn from: tables of text cells and SVG charts as rectangles and
labels, with the words of one language (`Words`). Pure: no template, no log."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from dlp_proxy.audit.report_texts import Lang, number, text
from dlp_proxy.audit.report_words import ACTIONS, value

COLOURS: Final = {
    "allow": "#3f8f5a",
    "pseudonymise": "#5b8fd6",
    "redact": "#3b73c4",
    "warn": "#d99a1e",
    "block": "#c0392b",
}
PLAIN: Final = "#3b73c4"  # the one colour of a chart of plain counts
TOP: Final = 20  # bars in a chart; the tables list everything


@dataclass(frozen=True)
class Words:
    """The report's words in one language."""

    lang: Lang

    def __call__(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def value(self, field: str, logged: Any) -> str:
        """A logged value by its name in this language (unknown values as logged)."""
        return value(field, str(logged), self.lang) if logged is not None else ""

    def heads(self, *names: str) -> list[str]:
        """Table headers: `th_<name>` each."""
        return [text(f"th_{n}", self.lang) for n in names]

    def actions(self) -> list[str]:
        return [value("action", a, self.lang) for a in ACTIONS]


@dataclass(frozen=True)
class Cell:
    """One table cell as text; numeric cells are right-aligned."""

    text: str
    numeric: bool = False


@dataclass(frozen=True)
class Table:
    """A header row and body rows of cells."""

    head: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]  # none: the template says "None in this period."


@dataclass(frozen=True)
class Rect:
    """A bar (segment) with its tooltip."""

    x: float
    y: float
    width: float
    height: float
    fill: str
    tip: str


@dataclass(frozen=True)
class Label:
    """A text in a chart: a name, a count or a tick."""

    x: float
    y: float
    text: str
    anchor: str = "start"  # SVG text-anchor: start, middle or end


@dataclass(frozen=True)
class Chart:
    """An SVG chart, drawn by the template from these shapes (grid lines under the bars)."""

    title: str
    width: int
    height: int
    rects: tuple[Rect, ...]
    labels: tuple[Label, ...]
    grid: tuple[float, ...] = ()  # y of the horizontal grid lines, from `grid_from` to `width`
    grid_from: int = 0


def as_text(v: Any) -> str:
    return "" if v is None else str(v)


def table(headers: list[str], rows: Iterable[list[Any]], numeric: set[int] | None = None) -> Table:
    """Cells as text; columns whose first value is a number are numeric unless `numeric` says which."""
    rows = list(rows)
    if numeric is None:
        numeric = (
            {i for i, v in enumerate(rows[0]) if isinstance(v, int) and not isinstance(v, bool)} if rows else set()
        )
    return Table(
        tuple(Cell(h, i in numeric) for i, h in enumerate(headers)),
        tuple(
            tuple(
                Cell(number(v) if isinstance(v, int) and not isinstance(v, bool) else as_text(v), i in numeric)
                for i, v in enumerate(r)
            )
            for r in rows
        ),
    )


def named(items: Mapping[str, Any], w: Words, field: str) -> dict[str, Any]:
    """Rows keyed by a logged value, keyed by its name instead (for a chart's labels)."""
    return {w.value(field, k): v for k, v in items.items()}


def hbars(items: Mapping[str, Mapping[str, int]], title: str, w: Words, stacked: bool = True) -> Chart | None:
    """Horizontal bars, one per name, stacked by action (or one colour for plain counts)."""
    rows = list(items.items())[:TOP]
    if not rows:
        return None
    label_w, bar_w, row_h = 190, 560, 20
    peak = max(v["requests"] for _, v in rows) or 1
    rects: list[Rect] = []
    labels: list[Label] = []
    for i, (name, v) in enumerate(rows):
        y = i * row_h + 3
        labels.append(Label(label_w - 6, y + 13, name[:32], "end"))
        x = float(label_w)
        for action, colour in COLOURS.items() if stacked else [("requests", PLAIN)]:
            width = v.get(action, 0) / peak * bar_w
            if width > 0:
                what = w.value("action", action) if stacked else w("th_requests")
                tip = w("bar_tip", name=name, action=what, n=number(v.get(action, 0)))
                rects.append(Rect(round(x, 1), y, round(width, 1), row_h - 5, colour, tip))
                x += width
        labels.append(Label(round(x + 4, 1), y + 13, number(v["requests"])))
    return Chart(title, label_w + bar_w + 70, len(rows) * row_h + 6, tuple(rects), tuple(labels))


def day_chart(days: Mapping[str, Mapping[str, int]], w: Words) -> Chart | None:
    """Actions per day: one stacked column per day of the period, a grid line at 0, half and peak."""
    if not days:
        return None
    left, height, width = 50, 220, 900
    col = (width - left) / len(days)
    peak = max(d["requests"] for d in days.values()) or 1
    fractions = (0, 0.5, 1)
    grid = tuple(round(height - f * height + 5, 1) for f in fractions)
    labels = [
        Label(left - 6, round(y + 4, 1), number(round(peak * f)), "end") for f, y in zip(fractions, grid, strict=True)
    ]
    rects: list[Rect] = []
    every = max(1, len(days) // 10)
    for i, (day, counts) in enumerate(days.items()):
        x, y = left + i * col, float(height + 5)
        for action in ACTIONS:
            h = counts[action] / peak * height
            if h > 0:
                y -= h
                tip = w("bar_tip", name=day, action=w.value("action", action), n=number(counts[action]))
                rects.append(
                    Rect(round(x + col * 0.1, 1), round(y, 1), round(col * 0.8, 1), round(h, 1), COLOURS[action], tip)
                )
        if i % every == 0:
            labels.append(Label(round(x + col / 2, 1), height + 22, day[5:], "middle"))
    return Chart(w("chart_days"), width, height + 40, tuple(rects), tuple(labels), grid, left)

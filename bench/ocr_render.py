"""Screens drawn with Pillow for the OCR benchmark: a window's chrome (title bar, sidebar, menu
words) around one layout of content, in a light or dark theme, at a device pixel ratio.

Tuning layouts: an error dialog, a chat window, a spreadsheet-like table. Held-out layouts (never
tuned on): an e-mail client, a web form, a terminal. Each layout gets `Field`s (label, value,
entity type or None) and places them as that kind of screen would; `render` returns PNG bytes.
Plus text-free images (photo-like gradients with blobs, a diagram of boxes and arrows, noise).
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
FONT_FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf",
    "DejaVuSansMono": "DejaVuSansMono.ttf",
    "LiberationSans": "LiberationSans-Regular.ttf",
    "LiberationSerif": "LiberationSerif-Regular.ttf",
    "LiberationMono": "LiberationMono-Regular.ttf",
}
MONO = "DejaVuSansMono"
Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Theme:
    background: Colour
    text: Colour
    panel: Colour
    muted: Colour
    accent: Colour


THEMES = {
    "light": Theme((255, 255, 255), (32, 33, 36), (241, 243, 244), (95, 99, 104), (26, 115, 232)),
    "dark": Theme((32, 33, 36), (232, 234, 237), (48, 49, 52), (154, 160, 166), (138, 180, 248)),
}


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    entity_type: str | None  # None: filler text, no gold


@dataclass(frozen=True)
class Screen:
    layout: str
    width: int  # CSS pixels
    height: int
    scale: int  # device pixel ratio
    font: str
    px: int  # font size in CSS pixels
    theme: str
    title: str
    chrome: tuple[str, ...]  # menu / sidebar words
    fields: tuple[Field, ...]


def font_path(name: str) -> Path | None:
    for folder in FONT_DIRS:
        if (folder / FONT_FILES[name]).exists():
            return folder / FONT_FILES[name]
    return None


def available_fonts() -> list[str]:
    return [name for name in FONT_FILES if font_path(name) is not None]


class Canvas:
    """Drawing in CSS pixels on an image of `scale` device pixels each; text wraps at `right`."""

    def __init__(self, screen: Screen) -> None:
        self.s = screen.scale
        self.theme = THEMES[screen.theme]
        self.image = Image.new("RGB", (screen.width * self.s, screen.height * self.s), self.theme.background)
        self.draw = ImageDraw.Draw(self.image)
        self.px = screen.px
        self.width, self.height = screen.width, screen.height
        self._fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
        self.font_name = screen.font

    def font(self, name: str | None = None, px: int | None = None) -> ImageFont.FreeTypeFont:
        key = (name or self.font_name, (px or self.px) * self.s)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(str(font_path(key[0])), key[1])
        return self._fonts[key]

    def rect(self, box: tuple[float, float, float, float], fill: Colour, outline: Colour | None = None) -> None:
        self.draw.rectangle(tuple(v * self.s for v in box), fill=fill, outline=outline, width=self.s)  # type: ignore[arg-type]

    def text(self, x: float, y: float, text: str, right: float, colour: Colour | None = None,
             font: str | None = None, px: int | None = None) -> float:  # fmt: skip
        """Draw `text` wrapped between x and right; the y below it."""
        f = self.font(font, px)
        line_height = (px or self.px) * 1.5
        for line in wrap(text, f, (right - x) * self.s):
            if y + line_height > self.height:
                break
            self.draw.text((x * self.s, y * self.s), line, fill=colour or self.theme.text, font=f)
            y += line_height
        return y


def wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Lines of at most `width` device pixels: at spaces, and inside a word longer than a line."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        while font.getlength(word) > width:  # a long key or URL breaks where the line ends
            cut = max(1, next(i for i in range(len(word), 0, -1) if font.getlength(word[:i]) <= width))
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _chrome(c: Canvas, screen: Screen) -> tuple[float, float, float]:
    """Title bar, and on a wide screen a sidebar of menu words; (left, top, right) of the content."""
    t = c.theme
    c.rect((0, 0, c.width, 36), t.panel)
    c.text(16, 9, screen.title, c.width - 16, t.muted)
    left = 16.0
    if c.width >= 800:
        c.rect((0, 36, 220, c.height), t.panel)
        y = 56.0
        for word in screen.chrome:
            y = c.text(20, y, word, 210, t.muted) + 8
        left = 244.0
    return left, 56.0, c.width - 24.0


def _dialog(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    t = c.theme
    width = min(right - left, 640)
    x0 = left + (right - left - width) / 2
    c.rect((x0, top + 40, x0 + width, c.height - 40), t.panel, t.muted)
    y = c.text(x0 + 20, top + 56, screen.fields[0].value, x0 + width - 20, t.accent) + 12
    for f in screen.fields[1:]:
        y = c.text(x0 + 20, y, f"{f.label}: {f.value}" if f.label else f.value, x0 + width - 20) + 6


def _chat(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    t = c.theme
    y = top
    for i, f in enumerate(screen.fields):
        mine = i % 2 == 0
        width = min(right - left, 560)
        x0 = right - width if mine else left
        text = f"{f.label} {f.value}" if f.label else f.value
        lines = len(wrap(text, c.font(), (width - 32) * c.s))
        height = lines * c.px * 1.5 + 20
        if y + height > c.height - 60:
            break
        c.rect((x0, y, x0 + width, y + height), t.panel)
        c.text(x0 + 16, y + 10, text, x0 + width - 16)
        y += height + 14
    c.rect((left, c.height - 50, right, c.height - 14), t.background, t.muted)
    c.text(left + 12, c.height - 42, screen.chrome[-1], right - 12, t.muted)


def _table(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    """A sheet: column letters, a header row of labels, one row of values, some filler rows."""
    t = c.theme
    cols = [f for f in screen.fields if f.label]
    font = c.font()
    widths = [max(font.getlength(f.label), font.getlength(f.value)) / c.s + 24 for f in cols]
    x, y, row = left, top, c.px * 2.0
    rows: list[list[str]] = [[f.label for f in cols], [f.value for f in cols]]
    rows += [[f"{r}.{k}" for k in range(len(cols))] for r in range(2, 6)]
    for r, cells in enumerate(rows):
        x = left
        for w, cell in zip(widths, cells, strict=True):
            if x + w > right:  # a narrow screen wraps the rest of the row below it
                x, y = left, y + row
            c.rect((x, y, x + w, y + row), t.panel if r == 0 else t.background, t.muted)
            c.text(x + 8, y + row * 0.2, cell, x + w, t.text)
            x += w
        y += row
    for f in screen.fields:
        if not f.label:
            y = c.text(left, y + 16, f.value, right, t.muted)


def _mail(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    t = c.theme
    y = top
    for f in screen.fields[:3]:
        y = c.text(left, y, f"{f.label}: {f.value}", right, t.muted) + 4
    c.rect((left, y + 6, right, y + 7), t.muted)
    y += 20
    for f in screen.fields[3:]:
        y = c.text(left, y, f"{f.label} {f.value}".strip(), right) + 10


def _form(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    t = c.theme
    y = top
    box_right = min(right, left + 520)
    for f in screen.fields:
        if not f.label:
            y = c.text(left, y, f.value, right, t.muted) + 10
            continue
        y = c.text(left, y, f.label, box_right, t.muted) + 2
        lines = len(wrap(f.value, c.font(), (box_right - left - 20) * c.s))
        height = lines * c.px * 1.5 + 14
        c.rect((left, y, box_right, y + height), t.background, t.muted)
        c.text(left + 10, y + 7, f.value, box_right - 10)
        y += height + 12


def _terminal(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    y = top
    for f in screen.fields:
        line = f"{f.label}{f.value}"
        y = c.text(left, y, line, right, font=MONO)


LAYOUTS: dict[str, Callable[[Canvas, Screen, float, float, float], None]] = {
    "dialog": _dialog,
    "chat": _chat,
    "table": _table,
    "mail": _mail,
    "form": _form,
    "terminal": _terminal,
}


def render(screen: Screen) -> bytes:
    c = Canvas(screen)
    left, top, right = _chrome(c, screen)
    LAYOUTS[screen.layout](c, screen, left, top, right)
    return png(c.image)


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def textless(kind: str, width: int, height: int, rng: random.Random) -> bytes:
    """An image without words: 'photo' (sky gradient, blurred blobs, grain), 'diagram' (boxes,
    lines and arrows), 'noise' (coloured noise), 'shapes' (overlapping circles and polygons)."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    if kind in ("photo", "shapes"):
        top, bottom = [tuple(rng.randint(0, 255) for _ in range(3)) for _ in range(2)]
        for y in range(height):
            a = y / max(1, height - 1)
            draw.line((0, y, width, y), fill=tuple(int(p + (q - p) * a) for p, q in zip(top, bottom, strict=True)))
        for _ in range(rng.randint(6, 18)):
            x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(width // 30, width // 5)
            colour = tuple(rng.randint(0, 255) for _ in range(3))
            if kind == "shapes" and rng.random() < 0.5:
                points = [(x + rng.randint(-r, r), y + rng.randint(-r, r)) for _ in range(rng.randint(3, 6))]
                draw.polygon(points, fill=colour)
            else:
                draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        if kind == "photo":
            image = image.filter(ImageFilter.GaussianBlur(radius=max(2, width // 150)))
            grain = Image.effect_noise((width, height), 24).convert("RGB")
            image = Image.blend(image, grain, 0.12)
    elif kind == "diagram":
        draw.rectangle((0, 0, width, height), fill=(250, 250, 250))
        boxes = []
        for _ in range(rng.randint(4, 9)):
            w, h = rng.randint(width // 12, width // 5), rng.randint(height // 14, height // 6)
            x, y = rng.randint(0, width - w), rng.randint(0, height - h)
            boxes.append((x + w // 2, y + h // 2))
            draw.rounded_rectangle((x, y, x + w, y + h), radius=8, outline=(60, 60, 60), width=3, fill=(220, 230, 245))
        for (x1, y1), (x2, y2) in zip(boxes, boxes[1:], strict=False):
            draw.line((x1, y1, x2, y2), fill=(60, 60, 60), width=3)
            draw.polygon([(x2, y2), (x2 - 10, y2 - 6), (x2 - 10, y2 + 6)], fill=(60, 60, 60))
    else:
        image = Image.effect_noise((width, height), rng.randint(30, 90)).convert("RGB")
    return png(image)

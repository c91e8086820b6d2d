"""More screens for the OCR benchmark's extra tuning half (tuning3, never the held-out ones):
a code editor showing a `.env` file in a mono font, a letter on a document page, notification
toasts; and a low-contrast theme (grey text on grey, as dimmed or disabled UI draws it).

Registered into ocr_render's LAYOUTS and THEMES on import; the other layouts are untouched.
"""

from __future__ import annotations

from ocr_render import LAYOUTS, THEMES, Canvas, Screen, Theme

LOW_CONTRAST = Theme((236, 236, 234), (120, 120, 120), (226, 226, 224), (150, 150, 150), (105, 125, 165))
EDITOR_MONO = ("DejaVuSansMono", "LiberationMono")


def _editor(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    """An editor tab with line numbers; each field a line, soft-wrapped at the edge, in mono."""
    t = c.theme
    c.rect((left - 8, top - 14, right, top + 8), t.panel)
    c.text(left, top - 12, ".env", right, t.muted, px=max(11, c.px - 2))
    y = top + 18
    gutter = left + 4 * c.px * 0.62
    for number, f in enumerate(screen.fields, 1):
        c.text(left, y, f"{number:>3}", gutter, t.muted, font=screen.font)
        y = c.text(gutter + 10, y, f"{f.label}{f.value}", right, font=screen.font)


def _letter(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    """A white page on a grey desk: an address block, then sentences that carry the values."""
    width = min(right - left, 600)
    x0 = left + (right - left - width) / 2
    c.rect((left - 8, top - 8, right, c.height), c.theme.panel)
    c.rect((x0, top, x0 + width, c.height - 8), c.theme.background, c.theme.muted)
    y = top + 32
    for f in screen.fields:
        y = c.text(x0 + 40, y, f"{f.label} {f.value}".strip(), x0 + width - 40) + 8


def _toast(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    """Notification cards stacked at the top right, one value each, in small text."""
    t = c.theme
    width = min(right - left, 340)
    x0 = right - width
    y = top
    small = max(11, c.px - 2)
    for f in screen.fields:
        lines = f"{f.label} {f.value}".strip()
        bottom = c.text(x0 + 14, y + 30, lines, right - 14, px=small, colour=t.text)
        if bottom + 12 > c.height:
            break
        c.rect((x0, y, right, bottom + 12), t.panel, t.muted)
        c.text(x0 + 14, y + 8, screen.title, right - 14, t.accent, px=small)
        c.text(x0 + 14, y + 30, lines, right - 14, px=small, colour=t.text)
        y = bottom + 24


LAYOUTS.update({"editor": _editor, "letter": _letter, "toast": _toast})
THEMES.setdefault("lowcontrast", LOW_CONTRAST)

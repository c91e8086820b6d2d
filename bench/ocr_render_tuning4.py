"""Screens for the OCR benchmark's fourth tuning half (tuning4), drawn for where the reading was
weak by the held-out figures alone (small keys, values in bordered boxes, full-HD tables, mono
terminal text): a settings page of input boxes, a small-print API key list, a wide admin table
and a command-line session. Written from those descriptions, not from the held-out screens.

Registered into ocr_render's LAYOUTS on import; the other layouts are untouched.
"""

from __future__ import annotations

from ocr_render import LAYOUTS, Canvas, Field, Screen, wrap

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "NL_BSN", "SECRET")

KEY_PX = (11, 12)  # the key list's print size, CSS px
# A key list's other keys (no gold) are fields labelled with this prefix and the key's name.
EXTRA_KEY = "key:"


def _settings(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    """A settings or sign-up page: each value inside a bordered input box, its label above the box
    on a narrow screen and beside it on a wide one; a save button at the end."""
    t = c.theme
    y = top + 4
    c.text(left, y, screen.title, right, t.text, px=c.px + 4)
    y += (c.px + 4) * 1.8
    beside = right - left >= 700
    label_w = 210.0 if beside else 0.0
    box_h = c.px * 2.2
    for f in screen.fields:
        if not f.entity_type and not f.label:
            y = c.text(left, y + 6, f.value, right, t.muted) + 8
            continue
        if beside:
            c.text(left, y + box_h * 0.25, f.label, left + label_w - 12, t.muted)
        else:
            y = c.text(left, y, f.label, right, t.muted) + 2
        x0 = left + label_w
        x1 = min(right, x0 + 560)
        lines = max(1, len(wrap(f.value, c.font(), (x1 - x0 - 20) * c.s)))
        height = box_h + (lines - 1) * c.px * 1.5
        if y + height > c.height - 10:
            break
        c.rect((x0, y, x1, y + height), t.background, t.muted)
        c.text(x0 + 10, y + box_h * 0.22, f.value, x1 - 10)
        y += height + (14 if beside else 10)
    if y + box_h < c.height - 10:
        c.rect((left + label_w, y + 4, left + label_w + 120, y + 4 + box_h), t.accent)
        c.text(left + label_w + 16, y + 4 + box_h * 0.22, "Save" if "Save" in screen.chrome else "Opslaan",
               left + label_w + 120, t.background)  # fmt: skip


def _keys(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    """A developer console's key list in small print: the account's owner details line by line,
    then one card per key (its name, the key in the screen's font, a created date)."""
    t = c.theme
    small = screen.px
    y = c.text(left, top, screen.title, right, t.muted, px=small + 2) + 6
    width = min(right - left, 720)
    for f in screen.fields:
        if f.entity_type != "SECRET" and not f.label.startswith(EXTRA_KEY):
            text = f"{f.label}: {f.value}" if f.label else f.value
            y = c.text(left, y, text, right, t.text if f.entity_type else t.muted, px=small) + 2
            continue
        name = f.label.removeprefix(EXTRA_KEY)
        lines = len(wrap(f.value, c.font(px=small), (width - 24) * c.s))
        height = small * 1.5 * (lines + 2) + 18
        if y + height > c.height - 8:
            break
        c.rect((left, y + 4, left + width, y + height), t.panel, t.muted)
        c.text(left + 12, y + 10, name, left + width - 12, t.accent, px=small)
        c.text(left + 12, y + 10 + small * 1.5, f.value, left + width - 12, px=small)
        c.text(left + 12, y + 10 + small * 1.5 * (lines + 1), f"2026-11-{10 + lines}", left + width - 12, t.muted,
               px=small)  # fmt: skip
        y += height + 10


def _admin(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    """A wide admin table: a header of labels, zebra rows without vertical rules, the values in
    one row between filler rows (ids, states, dates); columns wrap inside their cell."""
    t = c.theme
    cols = [f for f in screen.fields if f.entity_type]
    font = c.font()
    if right - left < 700:  # a phone: the record as a stack of label / value pairs, ruled apart
        y = c.text(left, top, "#1043", right, t.muted)
        for f in cols:
            y = c.text(left, y + 4, f.label, right, t.muted)
            y = c.text(left, y, f.value, right) + 4
            c.rect((left, y, right, y + 1), t.panel)
        return
    row_h = c.px * 1.9
    avail = right - left - 80
    natural = [max(font.getlength(f.label), font.getlength(f.value)) / c.s + 20 for f in cols]
    scale = min(1.0, avail / sum(natural))
    widths = [80.0, *(w * scale for w in natural)]
    header = ["#", *(f.label for f in cols)]
    filler = [[f"#{1040 + r}", *("-" if k else "actief" for k in range(len(cols)))] for r in range(3)]
    rows = [header, filler[0], ["#1043", *(f.value for f in cols)], *filler[1:]]
    y = top
    for r, cells in enumerate(rows):
        lines = max(len(wrap(cell, font, (w - 16) * c.s)) for w, cell in zip(widths, cells, strict=True))
        height = max(row_h, lines * c.px * 1.5 + 8)
        if y + height > c.height - 30:
            break
        if r % 2 == 0:
            c.rect((left, y, right, y + height), t.panel)
        x = left
        for w, cell in zip(widths, cells, strict=True):
            c.text(x + 8, y + 4, cell, x + w - 8, t.muted if r == 0 else t.text)
            x += w
        y += height
    c.rect((left, y, right, y + 1), t.muted)
    for f in screen.fields:
        if not f.entity_type:
            y = c.text(left, y + 12, f.value, right, t.muted)


def _cli(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    """A shell window in small mono print: a prompt, commands that carry the values (an export,
    a git config, a curl with a bearer header) and a JSON answer that echoes the rest."""
    c.rect((left - 8, top - 8, right, c.height - 8), c.theme.panel)
    mono = screen.font
    y = top
    for f in screen.fields:
        line = f"{f.label}{f.value}"
        y = c.text(left, y, line, right - 8, font=mono) + 2
        if y > c.height - 20:
            break


def fields(layout: str, labels: tuple[str, ...], values: list[str], extra_keys: list[tuple[str, str]],
           filler: str) -> tuple[Field, ...]:  # fmt: skip
    """A tuning4 screen's fields, in the order its layout draws them (values in TYPES order:
    name, e-mail, phone, IBAN, BSN, API key)."""
    name, email, phone, iban, bsn, key = values
    typed = [Field(label, value, t) for label, value, t in zip(labels, values, TYPES, strict=True)]
    if layout == "keys":
        extra = [Field(EXTRA_KEY + kind, value, None) for kind, value in extra_keys]
        return (*typed[:5], extra[0], typed[5], *extra[1:], Field("", filler, None))
    if layout == "cli":
        return (
            Field("~/billing $ ", "git config user.name", None),
            Field("", name, "PERSON"),
            Field("~/billing $ git config user.email ", email, "EMAIL_ADDRESS"),
            Field("~/billing $ export API_TOKEN=", key, "SECRET"),
            Field("~/billing $ ", "./bin/customer show 1043 --yaml", None),
            Field("  phone: ", phone, "PHONE_NUMBER"),
            Field("  iban: ", iban, "IBAN_CODE"),
            Field("  bsn: ", bsn, "NL_BSN"),
            Field("~/billing $ ", "", None),
        )
    return (*typed, Field("", filler, None))


LAYOUTS.update({"settings": _settings, "keys": _keys, "admin": _admin, "cli": _cli})

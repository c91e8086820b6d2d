"""Images for the OCR tests, made here: screenshots of rendered text (DejaVu Sans, the font every
Debian system has), a photo-like picture without text, and a decompression bomb's header."""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BSN = "111222333"  # passes the eleven-check
EMAIL = "jan.devries@example.nl"
SCREEN_LINES = ("Klantdossier 2024-118", "Naam: Jan de Vries", f"BSN: {BSN}", f"E-mail: {EMAIL}")
HARMLESS_LINES = ("Kwartaalcijfers", "De omzet steeg met vier procent.", "Volgende stap: planning bespreken.")


def screenshot(lines: Sequence[str], fmt: str = "PNG", size: int = 18, width: int = 900) -> bytes:
    """A screenshot-like image: dark text on white, a grey sidebar, as `fmt` (PNG, JPEG, GIF, WEBP)."""
    font = ImageFont.truetype(str(FONT), size)
    step = int(size * 1.7)
    image = Image.new("RGB", (width, 40 + step * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 140, image.height), fill="#d9d9d9")
    for i, line in enumerate(lines):
        draw.text((170, 20 + i * step), line, font=font, fill="#111111")
    return encode(image, fmt)


def photo(width: int = 640, height: int = 480, fmt: str = "JPEG") -> bytes:
    """A picture without words: a sky-to-grass gradient with soft noise (a holiday photo, a diagram's fill)."""
    rng = random.Random(20)
    image = Image.new("RGB", (width, height))
    pixels = image.load()
    assert pixels is not None
    for y in range(height):
        for x in range(width):
            n = rng.randint(-6, 6)
            sky = y < height * 0.6
            pixels[x, y] = (90 + n, 150 + y // 8 + n, 220 + n) if sky else (60 + n, 140 + n, 50 + n)
    return encode(image, fmt)


def encode(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def bomb_png(width: int = 12_000, height: int = 12_000) -> bytes:
    """A tiny PNG whose header states `width` x `height` pixels: 144 megapixels by default, 144 MB
    decoded, and under Pillow's own refusal (twice its 89-megapixel warning), so only our limit
    stops it; it must be refused from the header."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    row = b"\x00" + b"\x00" * 64  # a few rows; the rest would be inflated from nothing
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * 4)) + chunk(b"IEND", b"")

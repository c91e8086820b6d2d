"""The second reading of a screenshot: the image redrawn for what Tesseract's first reading
misses, dark themes and tables.

Measured on the OCR benchmark's tuning half (bench/ocr.py), the first reading (greyscale, page
segmentation 3) lost whole regions: light text on a dark background, and text in table cells,
whose ruled borders make Tesseract take the table for a picture (a dark phone table read 0 of
6 values). The second reading inverts a dark image (dark text on light, as Tesseract is
trained), erases long straight ruling lines (table and dialog borders; a letter's stroke is far
shorter), reads screens of up to 2.5 megapixels (up to full HD) at twice their size, and uses
sparse-text page segmentation (11), which reads cells one by one. It also flattens the fills
of panels and cards a shade off the background (a sidebar, a toast, a chat bubble) into the
background: with grey text on them (a low-contrast theme), Tesseract's global threshold fell
between the background and the fill and blacked the cards out with their text (a toast of
six values at 11 px read 0, flattened 4 to 6). Both readings' text is
scanned. A second reading is only worth its time on a screen: an image whose background colour
covers less than a third of it (a photo, noise) is read once, as is one larger than 4K.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import numpy as np
    from PIL.Image import Image

SECOND_PAGE_SEGMENTATION: Final = "11"
SCREEN_BACKGROUND_SHARE: Final = 0.33  # of the pixels within BACKGROUND_TOLERANCE of the median grey
BACKGROUND_TOLERANCE: Final = 2  # JPEG noise; a photo's grain and gradients are wider
INK_CONTRAST: Final = 40  # grey levels from the background that count as drawn
PANEL_SHADE: Final = 24  # grey levels from the background: a panel's or a card's fill, flattened
RULE_LENGTH: Final = 80  # pixels: a straight run this long is a line, not a letter
UPSCALE_BELOW_PIXELS: Final = 2_500_000
SECOND_READING_MAX_PIXELS: Final = 3840 * 2160  # 4K; a phone's 3x screenshot is 3-4 MP
DARK_BELOW: Final = 128


def looks_like_screen(grey: Image) -> bool:
    """Whether the image has a screen's flat background (most UI screenshots: over half) and is
    no larger than a 4K screen: a larger one (a long scrolling capture) is read once, as the
    second reading's arrays take some 20 bytes a pixel."""
    import numpy as np

    if grey.width * grey.height > SECOND_READING_MAX_PIXELS:
        return False

    pixels = np.asarray(grey, dtype=np.int16)
    background = int(np.median(pixels))
    share = float((np.abs(pixels - background) <= BACKGROUND_TOLERANCE).mean())
    return share >= SCREEN_BACKGROUND_SHARE


def second_reading(grey: Image) -> Image:
    """The greyscale image inverted when dark, without ruling lines or panel shades, twice the
    size up to full HD."""
    import numpy as np
    from PIL import Image as PilImage
    from PIL import ImageOps

    if int(np.median(np.asarray(grey))) < DARK_BELOW:
        grey = ImageOps.invert(grey)
    pixels = np.asarray(grey, dtype=np.int16)
    background = int(np.median(pixels))
    distance = np.abs(pixels - background)
    ink = distance > INK_CONTRAST
    lines = _long_runs(ink, RULE_LENGTH) | _long_runs(ink.T, RULE_LENGTH).T
    lines = _grow(lines)  # the anti-aliased edge of a line too
    cleaned = pixels.copy()
    cleaned[lines | (distance <= PANEL_SHADE)] = background
    out = PilImage.fromarray(cleaned.astype(np.uint8))  # 2-D uint8: greyscale
    if out.width * out.height <= UPSCALE_BELOW_PIXELS:
        out = out.resize((out.width * 2, out.height * 2), PilImage.Resampling.LANCZOS)
    return out


def _long_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """The pixels that belong to a horizontal run of at least `length` inked pixels."""
    import numpy as np

    height, width = ink.shape
    if width < length:
        return np.zeros_like(ink)
    sums = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(ink, axis=1, out=sums[:, 1:])
    starts = (sums[:, length:] - sums[:, :-length]) == length  # a full run starts at this column
    cover = np.zeros((height, width + 1), dtype=np.int32)
    cover[:, : width - length + 1] += starts
    cover[:, length:] -= starts
    result: np.ndarray = np.cumsum(cover, axis=1)[:, :width] > 0
    return result


def _grow(mask: np.ndarray) -> np.ndarray:
    """The mask and its four neighbours."""
    grown = mask.copy()
    grown[1:] |= mask[:-1]
    grown[:-1] |= mask[1:]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    return grown

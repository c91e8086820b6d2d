"""How wide text is in DejaVu Sans, the cheat sheet's type face: the advance of each printable
ASCII character in thousandths of an em, regular and bold, as the font files give them (read once
with Pillow from Debian's fonts-dejavu-core 2.37; the numbers are Bitstream Vera's)."""

from __future__ import annotations

import unicodedata

# Advances of the characters " " (32) to "~" (126), in order.
# fmt: off
REGULAR: tuple[int, ...] = (
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
)
BOLD: tuple[int, ...] = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
    1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
    733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
    500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
    716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
)
# fmt: on


def advance(ch: str, bold: bool = False) -> float:
    """The advance of one character in em: an accented letter as its base letter, anything else
    outside ASCII as a full em (a wide guess errs towards "does not fit")."""
    table = BOLD if bold else REGULAR
    code = ord(ch)
    if not 32 <= code < 127:
        base = unicodedata.normalize("NFKD", ch)[:1]
        code = ord(base) if base else 0
    return table[code - 32] / 1000 if 32 <= code < 127 else 1.0


def width_em(text: str, bold: bool = False) -> float:
    """The advance of a text in em."""
    return sum(advance(ch, bold) for ch in text)

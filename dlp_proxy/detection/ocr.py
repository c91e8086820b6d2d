"""Text from an image: decoded with Pillow (bounded), prepared, and read by the `tesseract` binary.

Runs where detection runs (a worker process, or a thread with `dlp_workers=0`), never on the
event loop: decoding and OCR take from a tenth of a second to seconds per image. Tesseract runs
as a subprocess, fed on stdin and read from stdout (no temporary files), with Dutch and English
language data installed from the distribution; nothing is downloaded. Measured on rendered
screenshots (DejaVu Sans, 10-20 px): page segmentation mode 3 (automatic) keeps sidebars and
columns apart and reads every identifier, where mode 6 (one block) lost whole full-HD
screenshots; small images (up to a megapixel) are read at twice their size, which brought
10-12 px text from 2 of 3 identifiers read to 3 of 3, while upscaling a full-HD screenshot only
cost time. One OpenMP thread: on a shared machine tesseract's own threads made a full-HD
screenshot take 13 s instead of 1.7 s.

A screen is read a second time, redrawn for what the first reading loses (dark themes, ruled
tables: dlp_proxy.detection.ocr_image), within the same time budget; lines the second reading
only repeats are left out, and the text is repaired where OCR split a value
(dlp_proxy.detection.ocr_text). On the OCR benchmark (bench/ocr.py) this raised recall for
identifiers and e-mail from 0.76 to 0.96 (tuning half) and 0.93 (held-out), at about 0.9 s
instead of 0.55 s per screenshot.
"""

from __future__ import annotations

import importlib
import io
import os
import subprocess
import time
import warnings
from typing import TYPE_CHECKING, Final

from dlp_proxy.detection.ocr_image import SECOND_PAGE_SEGMENTATION, looks_like_screen, second_reading
from dlp_proxy.detection.ocr_text import repair
from dlp_proxy.errors import DetectorError

if TYPE_CHECKING:
    from PIL import Image

TESSERACT: Final = "tesseract"
LANGUAGES: Final = ("nld", "eng")
PAGE_SEGMENTATION: Final = "3"
UPSCALE_BELOW_PIXELS: Final = 1_000_000
DEFAULT_MAX_PIXELS: Final = 40_000_000  # dlp_proxy.uploads.limits.Limits.max_image_pixels

# Reasons (the decision record's fail_reason).
OCR_UNAVAILABLE: Final = "ocr_unavailable"
OCR_TIMEOUT: Final = "ocr_timeout"
IMAGE_UNREADABLE: Final = "image_unreadable"
IMAGE_TOO_LARGE: Final = "image_too_large"


class OcrError(DetectorError):
    """Text could not be read from an image; `reason` is the record's fail_reason. The message
    names the reason only, never any text read."""

    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(message or reason)
        self.reason = reason


def read_text(data: bytes, *, timeout: float, max_pixels: int = DEFAULT_MAX_PIXELS) -> str:
    """The text Tesseract reads in the image (possibly ""), within `timeout` seconds for
    decoding and OCR together; OcrError otherwise (the tesseract process is killed). A screen
    is read twice (dlp_proxy.detection.ocr_image), both readings within the one budget; the
    text is repaired where OCR split a value (dlp_proxy.detection.ocr_text)."""
    deadline = time.monotonic() + timeout
    grey = decode(data, max_pixels)
    texts = [_tesseract(_png(_first_reading(grey)), _left(deadline, "decoding the image"), PAGE_SEGMENTATION)]
    if looks_like_screen(grey):
        second = _png(second_reading(grey))
        texts.append(_tesseract(second, _left(deadline, "the first reading"), SECOND_PAGE_SEGMENTATION))
    return merge([repair(text) for text in texts])


def merge(readings: list[str]) -> str:
    """The readings' text, each line of a later reading left out where an earlier one read it
    already (spaces aside): a value read twice is one value, counted once in the record."""
    seen = ""
    out: list[str] = []
    for i, text in enumerate(readings):
        lines = [line for line in text.splitlines() if not i or " ".join(line.split()) not in seen]
        kept = "\n".join(lines).strip()
        if kept:
            out.append(kept)
            seen += "\n" + "\n".join(" ".join(line.split()) for line in lines)
    return "\n\n".join(out)


def _left(deadline: float, spent_on: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise OcrError(OCR_TIMEOUT, f"{spent_on} used the OCR time budget")
    return left


def prepare(data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> bytes:
    """The image as Tesseract reads it first: greyscale, twice the size when small; as PNG bytes."""
    return _png(_first_reading(decode(data, max_pixels)))


def decode(data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """The image's first frame, flattened onto white, greyscale. OcrError when it cannot be
    decoded within bounds."""
    from PIL import Image, ImageOps  # heavy-ish: only where OCR runs

    _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own bound is stricter
            with Image.open(io.BytesIO(data)) as im:
                width, height = im.size
                if width * height > max_pixels:  # from the header, before decoding
                    raise OcrError(IMAGE_TOO_LARGE, f"the image has more than {max_pixels} pixels")
                im.seek(0)  # GIF, animated WebP: the first frame
                frame = ImageOps.exif_transpose(im)
                if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
                    rgba = frame.convert("RGBA")
                    background = Image.new("RGBA", rgba.size, "white")  # transparent is not black text's colour
                    frame = Image.alpha_composite(background, rgba)
                return frame.convert("L")
    except OcrError:
        raise
    except Image.DecompressionBombError as e:
        raise OcrError(IMAGE_TOO_LARGE, "the image's header states a decompression bomb's size") from e
    except (OSError, ValueError, SyntaxError, EOFError) as e:
        raise OcrError(IMAGE_UNREADABLE, "the image cannot be decoded") from e


def _first_reading(grey: Image.Image) -> Image.Image:
    from PIL import Image

    if grey.width * grey.height <= UPSCALE_BELOW_PIXELS:
        return grey.resize((grey.width * 2, grey.height * 2), Image.Resampling.LANCZOS)
    return grey


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)  # a pipe, not storage: speed over size
    return out.getvalue()


def _tesseract(image: bytes, timeout: float, page_segmentation: str) -> str:
    command = [TESSERACT, "stdin", "stdout", "-l", "+".join(LANGUAGES), "--psm", page_segmentation]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    except OSError as e:  # not installed, not executable
        raise OcrError(OCR_UNAVAILABLE, "the tesseract program cannot be started") from e
    try:
        out, err = proc.communicate(image, timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise OcrError(OCR_TIMEOUT, f"OCR took longer than {timeout:.1f} s") from None
    except BaseException:  # interrupted: never leave a tesseract behind
        proc.kill()
        proc.wait()
        raise
    if proc.returncode != 0:
        if b"language" in err.lower() or b"tessdata" in err.lower():
            raise OcrError(OCR_UNAVAILABLE, "tesseract's Dutch or English language data is missing")
        raise OcrError(IMAGE_UNREADABLE, f"tesseract could not read the image (exit code {proc.returncode})")
    return out.decode("utf-8", errors="replace").replace("\f", "").strip()


def availability() -> str | None:
    """None when tesseract and both languages are installed; else what is missing, in words
    (logged once at start-up; images then follow the fail mode with `ocr_unavailable`)."""
    try:
        done = subprocess.run([TESSERACT, "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "the tesseract program is not installed (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-nld)"
    listed = done.stdout.decode("utf-8", errors="replace").splitlines()[1:]  # after the "List of ..." line
    missing = [lang for lang in LANGUAGES if lang not in {line.strip() for line in listed}]
    if missing:
        packages = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
        return f"tesseract lacks the language data {', '.join(missing)} (Debian/Ubuntu: apt-get install {packages})"
    return None


def _register_heif() -> None:
    """HEIC/HEIF through the optional pillow-heif package, where it is installed."""
    try:
        importlib.import_module("pillow_heif").register_heif_opener()
    except ImportError:
        pass

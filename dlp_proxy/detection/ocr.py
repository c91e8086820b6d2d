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
"""

from __future__ import annotations

import importlib
import io
import os
import subprocess
import time
import warnings
from typing import Final

from dlp_proxy.errors import DetectorError

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
    decoding and OCR together; OcrError otherwise (the tesseract process is killed)."""
    deadline = time.monotonic() + timeout
    prepared = prepare(data, max_pixels)
    left = deadline - time.monotonic()
    if left <= 0:
        raise OcrError(OCR_TIMEOUT, "decoding the image used the OCR time budget")
    return _tesseract(prepared, left)


def prepare(data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> bytes:
    """The image as Tesseract reads it best: its first frame, flattened onto white, greyscale,
    twice the size when small; as PNG bytes. OcrError when it cannot be decoded within bounds."""
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
                grey = frame.convert("L")
    except OcrError:
        raise
    except Image.DecompressionBombError as e:
        raise OcrError(IMAGE_TOO_LARGE, "the image's header states a decompression bomb's size") from e
    except (OSError, ValueError, SyntaxError, EOFError) as e:
        raise OcrError(IMAGE_UNREADABLE, "the image cannot be decoded") from e
    if grey.width * grey.height <= UPSCALE_BELOW_PIXELS:
        grey = grey.resize((grey.width * 2, grey.height * 2), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    grey.save(out, "PNG", compress_level=1)  # a pipe, not storage: speed over size
    return out.getvalue()


def _tesseract(image: bytes, timeout: float) -> str:
    command = [TESSERACT, "stdin", "stdout", "-l", "+".join(LANGUAGES), "--psm", PAGE_SEGMENTATION]
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

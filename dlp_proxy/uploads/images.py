"""Images whose text is read by OCR: which kind the bytes are, and the bounds checked before any
decoding (file bytes, pixels from the header). Decoding and OCR run in the detection workers
(dlp_proxy.detection.ocr); this module only looks at headers, so the event loop may call it."""

from __future__ import annotations

import importlib
import io
import warnings
from dataclasses import dataclass
from typing import Final

from dlp_proxy.errors import DlpError
from dlp_proxy.uploads.limits import DEFAULT_LIMITS, Limits

IMAGE_KINDS: Final = ("png", "jpeg", "gif", "webp", "heic")
# ISO BMFF brands of HEIC/HEIF stills (iPhone photos and screenshots): "ftyp" at byte 4.
HEIF_BRANDS: Final = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"})
# Reasons (the decision record's fail_reason) an image cannot be read.
IMAGE_UNREADABLE: Final = "image_unreadable"
IMAGE_TOO_LARGE: Final = "image_too_large"


class ImageError(DlpError):
    """An image that cannot be read within the bounds; `reason` is the record's fail_reason.
    The message names the kind and the limit, never the file's name or content."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class ImageInfo:
    kind: str
    width: int
    height: int

    @property
    def pixels(self) -> int:
        return self.width * self.height


def sniff_image(data: bytes) -> str | None:
    """The image kind by magic bytes ("png", "jpeg", "gif", "webp", "heic"), else None.

    The bytes decide, never a declared type or file name: a PNG labelled text/plain is an image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS:
        return "heic"
    return None


def check_image(data: bytes, limits: Limits = DEFAULT_LIMITS) -> ImageInfo:
    """The image's kind and size from its header, within `limits`; ImageError when it is not
    an image we can decode, or is too large (bytes, or pixels: checked before decoding)."""
    kind = sniff_image(data)
    if kind is None:
        raise ImageError(IMAGE_UNREADABLE, "the bytes are not a PNG, JPEG, GIF, WebP or HEIC image")
    if len(data) > limits.max_file_bytes:
        raise ImageError(IMAGE_TOO_LARGE, f"the image is larger than {limits.max_file_bytes} bytes")
    width, height = image_size(data, kind)
    if width * height > limits.max_image_pixels:
        raise ImageError(IMAGE_TOO_LARGE, f"the image has more than {limits.max_image_pixels} pixels")
    return ImageInfo(kind, width, height)


def image_size(data: bytes, kind: str) -> tuple[int, int]:
    """Width and height as the header states them; Pillow's `open` reads the header only."""
    from PIL import Image  # imported here: the proxy's start-up does not pay for Pillow

    if kind == "heic":
        register_heif()
    try:
        with warnings.catch_warnings():
            # Pillow warns (and above twice its own limit raises) for huge images: ours is stricter.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                return im.size
    except Image.DecompressionBombError as e:
        raise ImageError(IMAGE_TOO_LARGE, "the image's header states a decompression bomb's size") from e
    except (OSError, ValueError, SyntaxError) as e:  # Pillow's ways of saying "cannot identify / broken"
        if kind == "heic":
            raise ImageError(IMAGE_UNREADABLE, "no HEIC decoder is installed; HEIC images cannot be read") from e
        raise ImageError(IMAGE_UNREADABLE, f"the {kind} image is damaged or cannot be decoded") from e


def register_heif() -> bool:
    """Teach Pillow HEIC/HEIF where the optional pillow-heif package is installed; False without it."""
    try:
        importlib.import_module("pillow_heif").register_heif_opener()
    except ImportError:
        return False
    return True

"""Bounds on reading uploaded files: every reader stops (and fails closed) at these."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Module constants rather than policy settings: the policy's `max_body_bytes` already
    bounds a whole request; these bound what one file may expand into while it is read."""

    # One file's bytes as uploaded.
    max_file_bytes: int = 10 * MIB
    # Text extracted from one file; more is refused, not cut (a cut text leaves a part unscanned).
    max_text_chars: int = 2_000_000
    # OOXML (docx, xlsx, pptx) zip members, checked from the zip directory before parsing.
    max_zip_entries: int = 5_000
    max_unzipped_bytes: int = 100 * MIB
    # Compression ratio of one member; only members above `ratio_floor_bytes` are judged
    # (small XML parts compress extremely well and are harmless).
    max_zip_ratio: int = 100
    ratio_floor_bytes: int = 1 * MIB
    max_pdf_pages: int = 500
    # multipart/form-data
    max_parts: int = 100
    max_part_header_bytes: int = 16 * 1024
    # Images read by OCR (dlp_proxy.uploads.images): pixels, checked from the header before
    # anything is decoded (a decompression bomb is a small file that decodes to gigabytes), and
    # images in one request (each costs up to seconds of OCR).
    max_image_pixels: int = 40_000_000
    max_images: int = 20


DEFAULT_LIMITS = Limits()

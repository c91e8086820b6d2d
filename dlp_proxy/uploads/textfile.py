"""Text files: decode with the encoding they came in, encode masked text back the same way."""

from __future__ import annotations

import codecs
import re

from dlp_proxy.errors import UploadError

# Control characters other than tab, newline, carriage return and form feed: a "text"
# file holding these is binary data with a text label.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM), UTF-16 with BOM, or
    Windows-1252 (Excel's CSV export on Dutch Windows) when it is no valid UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data, "utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16"), "utf-16"
    if _BINARY.search(data):
        raise UploadError("file_unreadable", "the file is binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _decode(data, "cp1252"), "cp1252"


def encode_text(text: str, encoding: str) -> bytes:
    """Masked text in the file's own encoding (placeholders are ASCII, so it always fits)."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as e:
        raise UploadError("file_not_maskable", f"the masked text does not fit the file's {encoding} encoding") from e


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise UploadError("file_unreadable", f"the file is not valid {encoding} text (byte {e.start})") from e

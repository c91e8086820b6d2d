"""Images by their bytes, and the bounds checked from the header before anything is decoded."""

from __future__ import annotations

import pytest
from PIL import Image

from dlp_proxy.uploads.images import ImageError, check_image, sniff_image
from dlp_proxy.uploads.limits import Limits
from tests.unit.uploads.builders import make_docx, make_pdf
from tests.unit.uploads.image_builders import bomb_png, photo, screenshot

HEIC_HEAD = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (screenshot(["x"], "PNG"), "png"),
        (screenshot(["x"], "JPEG"), "jpeg"),
        (screenshot(["x"], "GIF"), "gif"),
        (screenshot(["x"], "WEBP"), "webp"),
        (HEIC_HEAD, "heic"),
        (HEIC_HEAD.replace(b"ftypheic", b"ftypmif1"), "heic"),
        (make_pdf([["x"]]), None),
        (make_docx("x"), None),
        (b"\x89PNG but not really", None),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", None),  # a RIFF that is sound, not WebP
        (b"\x00\x00\x00\x18ftypisom", None),  # an MP4 video
        (b"plain text", None),
        (b"", None),
    ],
    ids=["png", "jpeg", "gif", "webp", "heic", "heif-mif1", "pdf", "docx", "fake-png", "wav", "mp4", "text", "empty"],
)
def test_sniff_image_goes_by_the_magic_bytes(data: bytes, kind: str | None) -> None:
    assert sniff_image(data) == kind


def test_check_image_reads_the_size_from_the_header() -> None:
    info = check_image(screenshot(["Naam"], "PNG", width=700))
    assert (info.kind, info.width) == ("png", 700)


def test_when_a_png_header_states_a_huge_size_then_it_is_refused_before_decoding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_decoding(self: Image.Image) -> None:
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(Image.Image, "load", no_decoding)
    bomb = bomb_png()
    assert len(bomb) < 1000
    with pytest.raises(ImageError) as e:
        check_image(bomb)
    assert e.value.reason == "image_too_large"


def test_an_image_just_over_the_pixel_limit_is_refused_and_one_within_it_is_not() -> None:
    data = photo(200, 100, "PNG")  # 20,000 pixels
    assert check_image(data, Limits(max_image_pixels=20_000)).pixels == 20_000
    with pytest.raises(ImageError) as e:
        check_image(data, Limits(max_image_pixels=19_999))
    assert (e.value.reason, str(e.value)) == ("image_too_large", "the image has more than 19999 pixels")


def test_an_image_over_the_file_size_limit_is_refused() -> None:
    data = photo(200, 100, "PNG")
    with pytest.raises(ImageError) as e:
        check_image(data, Limits(max_file_bytes=len(data) - 1))
    assert e.value.reason == "image_too_large"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (screenshot(["x"], "PNG")[:40], "png image is damaged"),
        (HEIC_HEAD, "no HEIC decoder"),
        (b"not an image", "not a PNG, JPEG"),
    ],
    ids=["truncated", "heic", "no-image"],
)
def test_an_image_that_cannot_be_decoded_is_unreadable_with_a_clear_message(data: bytes, words: str) -> None:
    with pytest.raises(ImageError) as e:
        check_image(data)
    assert e.value.reason == "image_unreadable" and words in str(e.value)

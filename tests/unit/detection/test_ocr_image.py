"""The second reading's image: dark themes inverted, table rules erased, screens told from photos."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from dlp_proxy.detection.ocr_image import looks_like_screen, second_reading
from tests.unit.uploads.image_builders import FONT, photo, screenshot


def grey(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("L")


def test_a_screenshot_looks_like_a_screen_and_a_photo_does_not() -> None:
    assert looks_like_screen(grey(screenshot(["Naam: Jan de Vries"])))
    assert not looks_like_screen(grey(photo()))


def test_a_dark_ruled_image_is_inverted_and_its_rules_erased_but_not_its_text() -> None:
    image = Image.new("L", (1600, 400), 30)
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 1500, 200), outline=170, width=3)  # a table cell's border
    draw.text((80, 90), "BSN 111222333", font=ImageFont.truetype(str(FONT), 48), fill=235)
    out = second_reading(image)
    assert out.size == (3200, 800)  # small: read at twice its size
    scale = 2
    assert out.getpixel((10, 10)) == 255 - 30  # dark background: inverted
    assert out.getpixel((700 * scale, 40 * scale + 1)) > 200  # the rule: erased to the background
    inked = sum(out.crop((80 * scale, 90 * scale, 500 * scale, 150 * scale)).histogram()[:100])
    assert inked > 500  # the letters: still drawn, dark on light


def test_a_full_hd_screen_is_read_at_twice_its_size_and_a_larger_one_as_it_is() -> None:
    assert second_reading(Image.new("L", (1920, 1080), 255)).size == (3840, 2160)
    assert second_reading(Image.new("L", (1170, 2532), 255)).size == (1170, 2532)


def test_an_image_larger_than_a_4k_screen_is_read_once() -> None:
    assert looks_like_screen(Image.new("L", (3840, 2160), 255))
    assert not looks_like_screen(Image.new("L", (3840, 2161), 255))


def test_a_panel_a_shade_off_the_background_is_flattened_but_grey_text_on_it_is_kept() -> None:
    """A low-contrast toast: grey text on a card one shade darker than the background. Left as
    it is, Tesseract's threshold falls between card and background and blacks the card out."""
    image = Image.new("L", (1600, 400), 236)
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 1500, 200), fill=226)  # the card's fill
    draw.text((80, 90), "BSN 111222333", font=ImageFont.truetype(str(FONT), 48), fill=120)
    out = second_reading(image)
    scale = 2
    assert out.getpixel((1400 * scale, 60 * scale)) == 236  # the card: the background now
    inked = sum(out.crop((80 * scale, 90 * scale, 500 * scale, 150 * scale)).histogram()[:160])
    assert inked > 500  # the letters: still drawn

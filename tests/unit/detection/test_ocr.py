"""Text read from images by Tesseract: what it reads, the bounds, and its failures as reasons."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dlp_proxy.detection import ocr
from dlp_proxy.detection.ocr import OcrError, availability, merge, prepare, read_text
from tests.unit.uploads.image_builders import (
    BSN,
    EMAIL,
    FONT,
    SCREEN_LINES,
    bomb_png,
    encode,
    photo,
    screenshot,
)

BUDGET = 60.0  # generous: the machine is shared; the time bound is tested on its own


def squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "WEBP"])
def test_a_screenshot_with_a_bsn_and_an_email_address_is_read(fmt: str) -> None:
    text = read_text(screenshot(SCREEN_LINES, fmt), timeout=BUDGET)
    assert BSN in squeezed(text) and EMAIL in squeezed(text)
    assert "Jan de Vries" in text


def test_small_text_in_a_small_screenshot_is_read_too() -> None:
    """11 px text in a crop of a screen: read at twice its size (measured: at its own size a digit is lost)."""
    text = read_text(screenshot(SCREEN_LINES, size=11, width=420), timeout=BUDGET)
    assert BSN in squeezed(text) and EMAIL in squeezed(text)


def test_a_photo_without_words_reads_as_no_identifiers() -> None:
    text = read_text(photo(), timeout=BUDGET)
    assert not any(ch.isdigit() for ch in text) and "@" not in text


def test_a_transparent_screenshot_is_read_on_white() -> None:
    """Dark text on a transparent background: flattened onto white, not black on black."""
    image = Image.new("RGBA", (600, 80), (0, 0, 0, 0))
    text = Image.open(io.BytesIO(screenshot([f"BSN: {BSN}"], width=600))).convert("L")
    image.putalpha(text.resize(image.size).point(lambda v: 255 - v))
    assert BSN in squeezed(read_text(encode(image, "PNG"), timeout=BUDGET))


def test_a_gif_is_read_from_its_first_frame() -> None:
    first = Image.open(io.BytesIO(screenshot([f"BSN: {BSN}"], "PNG"))).convert("RGB")
    second = Image.new("RGB", first.size, "white")
    out = io.BytesIO()
    first.save(out, "GIF", save_all=True, append_images=[second], duration=500)
    assert BSN in squeezed(read_text(out.getvalue(), timeout=BUDGET))


def test_a_decompression_bomb_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_decoding(self: Image.Image) -> None:
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(Image.Image, "load", no_decoding)
    with pytest.raises(OcrError) as e:
        prepare(bomb_png())
    assert e.value.reason == "image_too_large"


def test_damaged_bytes_are_unreadable() -> None:
    with pytest.raises(OcrError) as e:
        read_text(screenshot(["x"])[:60], timeout=BUDGET)
    assert e.value.reason == "image_unreadable"


@pytest.fixture
def slow_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tesseract that never answers; it writes its pid first (`exec`: the sleep keeps that pid)."""
    pid_file = tmp_path / "pid"
    script = tmp_path / "tesseract"
    script.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec sleep 300\n")
    script.chmod(0o755)
    monkeypatch.setattr(ocr, "TESSERACT", str(script))
    return pid_file


def test_when_ocr_runs_past_its_timeout_then_tesseract_is_killed(slow_tesseract: Path) -> None:
    started = time.monotonic()
    with pytest.raises(OcrError) as e:
        read_text(screenshot(["x"]), timeout=1.5)
    assert e.value.reason == "ocr_timeout"
    assert time.monotonic() - started < 60
    pid = int(slow_tesseract.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped, not left running


def test_when_tesseract_is_missing_then_ocr_is_unavailable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(ocr, "TESSERACT", str(tmp_path / "no-such-tesseract"))
    with pytest.raises(OcrError) as e:
        read_text(screenshot(["x"]), timeout=BUDGET)
    assert e.value.reason == "ocr_unavailable"
    assert "apt-get install tesseract-ocr tesseract-ocr-nld" in (availability() or "")


def test_availability_names_missing_language_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    script = tmp_path / "tesseract"
    script.write_text('#!/bin/sh\necho "List of available languages (2):"\necho eng\necho osd\n')
    script.chmod(0o755)
    monkeypatch.setattr(ocr, "TESSERACT", str(script))
    assert availability() == "tesseract lacks the language data nld (Debian/Ubuntu: apt-get install tesseract-ocr-nld)"


def test_this_machine_has_tesseract_with_dutch_and_english() -> None:
    assert availability() is None


def test_an_ocr_error_never_carries_text() -> None:
    with pytest.raises(OcrError) as e:
        read_text(screenshot(SCREEN_LINES)[:200], timeout=BUDGET)
    assert BSN not in str(e.value) and EMAIL not in str(e.value)


def dark_table(rows: list[tuple[str, str]], size: int = 39) -> bytes:
    """A phone screenshot (3x) of a dark-theme table with ruled cells: Tesseract's first
    reading takes it for a picture and reads none of it (measured: 0 of 6 values)."""
    font = ImageFont.truetype(str(FONT), size)
    image = Image.new("RGB", (1170, 1400), "#1f2023")
    draw = ImageDraw.Draw(image)
    for i, (left, right) in enumerate(rows):
        y = 60 + i * size * 2
        draw.rectangle((48, y, 360, y + size * 2), fill="#2e2f33", outline="#a0a0a0", width=3)
        draw.rectangle((360, y, 1050, y + size * 2), outline="#a0a0a0", width=3)
        draw.text((70, y + size // 2), left, font=font, fill="#e8e8e8")
        draw.text((382, y + size // 2), right, font=font, fill="#e8e8e8")
    return encode(image, "PNG")


def test_a_dark_table_with_ruled_cells_is_read() -> None:
    rows = [("Naam", "Jan de Vries"), ("BSN", BSN), ("E-mail", EMAIL), ("IBAN", "NL91 ABNA 0417 1643 00")]
    text = read_text(dark_table(rows + [(f"{i}.0", f"{i}.1") for i in range(2, 9)]), timeout=BUDGET)
    assert BSN in squeezed(text) and EMAIL in squeezed(text) and "NL91ABNA0417164300" in squeezed(text)


@pytest.fixture
def logging_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tesseract that notes its arguments and reads "BSN 111222333" in every image."""
    log = tmp_path / "calls"
    script = tmp_path / "tesseract"
    script.write_text(f'#!/bin/sh\ncat > /dev/null\necho "$@" >> {log}\necho "BSN {BSN}"\n')
    script.chmod(0o755)
    monkeypatch.setattr(ocr, "TESSERACT", str(script))
    return log


def test_a_screen_is_read_twice_and_a_photo_once(logging_tesseract: Path) -> None:
    """The second reading (sparse text, psm 11) is for screens; a photo is not worth its time."""
    assert read_text(screenshot(SCREEN_LINES), timeout=BUDGET) == f"BSN {BSN}"  # read twice, kept once
    calls = logging_tesseract.read_text().splitlines()
    assert [call.split("--psm ")[1] for call in calls] == ["3", "11"]
    logging_tesseract.unlink()
    read_text(photo(), timeout=BUDGET)
    assert [call.split("--psm ")[1] for call in logging_tesseract.read_text().splitlines()] == ["3"]


def test_a_line_the_second_reading_adds_is_kept_and_one_both_read_is_kept_once() -> None:
    first = f"Klantdossier\n\nBSN: {BSN}"
    second = f"BSN:  {BSN}\nE-mail: {EMAIL}\n\nKlantdossier"
    assert merge([first, second]) == f"Klantdossier\n\nBSN: {BSN}\n\nE-mail: {EMAIL}"
    assert merge(["", f"E-mail: {EMAIL}"]) == f"E-mail: {EMAIL}"


def test_both_readings_share_one_time_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each reading takes 1 s: the first fits a 1.6 s budget, the second is stopped at it."""
    script = tmp_path / "tesseract"
    script.write_text("#!/bin/sh\ncat > /dev/null\nsleep 1\necho text\n")
    script.chmod(0o755)
    monkeypatch.setattr(ocr, "TESSERACT", str(script))
    started = time.monotonic()
    with pytest.raises(OcrError) as e:
        read_text(screenshot(SCREEN_LINES), timeout=1.6)
    assert e.value.reason == "ocr_timeout"
    assert time.monotonic() - started < 30

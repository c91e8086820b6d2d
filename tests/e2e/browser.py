"""Headless Chromium from Debian's package, for tests that look at what a person would see."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Flags for a closed network, as root, without a profile (see the machine notes).
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _run(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM, "chromium is not installed (.ci/run installs Debian's package)"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def screenshot(url: str, out: Path, profile: Path, size: str = "1280,2400") -> Path:
    result = _run(url, profile, f"--screenshot={out}", f"--window-size={size}")
    assert out.exists() and out.stat().st_size > 0, result.stderr[-2000:]
    return out


def rendered_dom(url: str, profile: Path) -> str:
    """The DOM after the page ran (what the browser shows), as HTML."""
    return _run(url, profile, "--dump-dom").stdout

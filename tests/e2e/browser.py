"""Headless Chromium from Debian's package, for tests that look at what a person would see."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
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


def _run(url: str, profile: Path, *extra: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM, "chromium is not installed (.ci/run installs Debian's package)"
    env = {**os.environ, "HOME": str(home)} if home is not None else None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def screenshot(
    url: str, out: Path, profile: Path, size: str = "1280,2400", *extra: str, home: Path | None = None
) -> Path:
    result = _run(url, profile, f"--screenshot={out}", f"--window-size={size}", *extra, home=home)
    assert out.exists() and out.stat().st_size > 0, result.stderr[-2000:]
    return out


def rendered_dom(url: str, profile: Path, *extra: str, home: Path | None = None) -> str:
    """The DOM after the page ran (what the browser shows), as HTML."""
    return _run(url, profile, "--dump-dom", *extra, home=home).stdout


def trusting_home(home: Path, ca_pem: Path) -> Path:
    """A throw-away HOME whose NSS database (Chromium's trust store on Linux) trusts `ca_pem`
    to issue server certificates, as an administrator would install the proxy's CA."""
    assert shutil.which("certutil"), "certutil is not installed (.ci/run installs libnss3-tools)"
    nssdb = home / ".pki" / "nssdb"
    nssdb.mkdir(parents=True, exist_ok=True)
    for args in (
        ["-N", "--empty-password"],
        ["-A", "-n", "dlp-proxy test CA", "-t", "C,,", "-i", str(ca_pem)],
    ):
        subprocess.run(["certutil", "-d", f"sql:{nssdb}", *args], check=True, capture_output=True, timeout=30)
    return home


@dataclass(frozen=True)
class ProxiedChromium:
    """Headless Chromium sending everything through a proxy, with a HOME made by trusting_home.

    `budget_ms` is virtual time the page may run before the DOM is dumped or the screenshot
    taken; it does not wait for a page's own fetches (chromium_cdp.py does).
    """

    proxy_url: str
    home: Path
    language: str = "nl-NL,nl"
    budget_ms: int = 15000

    def flags(self) -> list[str]:
        """The proxy and the language; with `home=self.home`, what any Chromium run here needs."""
        return [
            f"--proxy-server={self.proxy_url}",
            f"--accept-lang={self.language}",
            f"--lang={self.language.split(',')[0]}",
        ]

    def dom(self, url: str, profile: Path) -> str:
        return rendered_dom(url, profile, *self.flags(), f"--virtual-time-budget={self.budget_ms}", home=self.home)

    def screenshot(self, url: str, out: Path, profile: Path, size: str = "1280,1000") -> Path:
        budget = f"--virtual-time-budget={self.budget_ms}"
        return screenshot(url, out, profile, size, *self.flags(), budget, home=self.home)


def ocr(png: Path) -> str:
    """The text on a screenshot as Debian's tesseract reads it, with whitespace folded."""
    assert shutil.which("tesseract"), "tesseract is not installed (.ci/run installs tesseract-ocr)"
    result = subprocess.run(["tesseract", str(png), "-", "-l", "eng"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return " ".join(result.stdout.split())

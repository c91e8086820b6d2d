"""How long one regular-expression scan may run: without a clock on short texts.

The `regex` module reads the clock for a scan with a timeout, about 2 us a call: on a prompt of a
few hundred characters, with some eighty scans, a twentieth of the detection time. Every pattern
here is linear (tests/unit/detection/test_recognizer_time.py), and a detection worker whose scan
runs past the detection timeout is killed and replaced, the request following the fail mode
(dlp_proxy.detection.workers), so texts shorter than SHORT_TEXT are scanned without a timeout;
longer ones, where a slow pattern would cost most, keep theirs.
"""

from __future__ import annotations

from typing import Final

SHORT_TEXT: Final = 4_000  # characters


def scan_timeout(text: str, seconds: float) -> float | None:
    """The timeout for a scan of `text`: None (no clock) below SHORT_TEXT characters."""
    return None if len(text) < SHORT_TEXT else seconds

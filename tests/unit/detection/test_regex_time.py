"""regex_time: no clock for the scans of a short text; longer texts keep their timeout."""

from __future__ import annotations

from dlp_proxy.detection.regex_time import SHORT_TEXT, scan_timeout


def test_a_short_text_is_scanned_without_a_timeout_and_a_long_one_with_it() -> None:
    assert scan_timeout("x" * (SHORT_TEXT - 1), 5.0) is None
    assert scan_timeout("x" * SHORT_TEXT, 5.0) == 5.0
    assert scan_timeout("", 1.0) is None

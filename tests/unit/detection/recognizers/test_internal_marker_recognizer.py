"""INTERNAL_MARKER: markings (capitals are markings, lower case is prose) and internal domains."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.internal_marker_recognizer import InternalMarkerRecognizer

R = InternalMarkerRecognizer(domains=["corp.voorbeeld.nl", "voorbeeld.local"])


def found(text: str) -> list[str]:
    return sorted(text[r.start : r.end] for r in R.analyze(text, ["INTERNAL_MARKER"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VERTROUWELIJK\nNotulen directieoverleg", ["VERTROUWELIJK"]),
        ("Classification: CONFIDENTIAL", ["CONFIDENTIAL"]),
        ("Dit document is alleen voor intern gebruik.", ["alleen voor intern gebruik", "intern gebruik"]),
        ("For Internal Use Only", ["For Internal Use Only", "Internal Use Only"]),
        ("zie https://wiki.corp.voorbeeld.nl/page", ["wiki.corp.voorbeeld.nl"]),
        ("db01.voorbeeld.local reageert niet", ["db01.voorbeeld.local"]),
    ],
)
def test_when_text_is_marked_internal_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Behandel dit vertrouwelijk, graag.",
        "Is this confidential?",
        "Vertrouwelijke informatie: hoe ga ik daarmee om?",
        "voorbeeld.localhost is een testdomein",
        "www.voorbeeld.nl is de publieke site",
    ],
)
def test_when_text_is_not_marked_then_nothing_is_found(text: str) -> None:
    assert found(text) == []

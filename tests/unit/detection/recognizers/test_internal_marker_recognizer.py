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


@pytest.mark.parametrize(
    "text",
    [
        "Zie wiki.CORP.VOORBEELD.NL voor de handleiding",
        "Zie wiki.corp.voorbeeld.nl/pagina",
        "server db01.voorbeeld.local",
        "Zie wiki.corp.voorbeeld.n\u212a.example",  # not a match, with a Kelvin sign
        "host app.\u212aorp.voorbeeld.nl",  # the Kelvin sign is no c
        "geen enkel domein hier",
    ],
)
def test_the_domain_gate_never_changes_what_is_found(text: str) -> None:
    # The domain pattern runs only when the case-folded text holds a domain; forced to run
    # always, it finds the same.
    gated = [(r.start, r.end) for r in R.analyze(text, ["INTERNAL_MARKER"])]
    forced = InternalMarkerRecognizer(domains=["corp.voorbeeld.nl", "voorbeeld.local"])
    forced._may_hold_a_domain = lambda text: True  # type: ignore[method-assign]
    assert gated == [(r.start, r.end) for r in forced.analyze(text, ["INTERNAL_MARKER"])]


def test_an_internal_domain_in_capitals_or_with_a_kelvin_sign_is_found() -> None:
    text = "zie WIKI.CORP.VOORBEELD.NL"
    assert [text[r.start : r.end] for r in R.analyze(text, ["INTERNAL_MARKER"])] == ["WIKI.CORP.VOORBEELD.NL"]
    # The Kelvin sign matches k case-insensitively, and case-folds to k: the gate lets it through.
    kantoor = InternalMarkerRecognizer(domains=["kantoor.nl"])
    assert len(kantoor.analyze("host app.\u212aantoor.nl", ["INTERNAL_MARKER"])) == 1
    assert kantoor.analyze("host app.kant00r.nl", ["INTERNAL_MARKER"]) == []

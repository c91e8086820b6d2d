"""The rest of a found name its finding stops short of (dlp_proxy.detection.names.name_tails)."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.engine import PresidioDetector
from dlp_proxy.detection.names.name_tails import name_tails
from dlp_proxy.findings import Finding


def tails(text: str, name: str) -> list[str]:
    start = text.index(name)
    found = Finding("PERSON", "personal", start, start + len(name), 0.7, "test")
    return [text[s:e] for s, e in name_tails(text, [found])]


@pytest.mark.parametrize(
    ("text", "name", "whole"),
    [
        # a user name glued to the found first name
        ("Assigned to: jan_de_vries", "jan", "jan_de_vries"),
        ("cc: jan.devries, p.jansen", "jan", "jan.devries"),
        # a surname in capitals before a comma, as registers write it
        ("Naam: VAN DEN BERG, Jan Peter", "Jan Peter", "VAN DEN BERG, Jan Peter"),
        ("Patient: NGUYEN-TRAN, Linh", "Linh", "NGUYEN-TRAN, Linh"),
        ("JANSEN, Piet", "Piet", "JANSEN, Piet"),
        ("Naam: VAN  DEN  BERG ,   ANOUK", "ANOUK", "VAN  DEN  BERG ,   ANOUK"),  # odd spacing
        # initials, the first name used in brackets, the surname
        ("de heer J.P. (Jan-Peter) van den Berg-Smit, geb. 1961", "Jan-Peter", "J.P. (Jan-Peter) van den Berg-Smit"),
        ("mw. A. (Anna) Bakker belde", "Anna", "A. (Anna) Bakker"),
    ],
)
def test_when_a_found_name_stops_short_then_the_whole_name_is_returned(text: str, name: str, whole: str) -> None:
    assert tails(text, name) == [whole]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("see jan.txt for the list", "jan"),  # a file name
        ("ssh jan.acme.nl", "jan"),  # a host
        ("mail jan.devries@acme.nl", "jan"),  # an address: its own finding
        ("Inspector: Jan.", "Jan"),  # a sentence's full stop
        ("ERROR, Jan Peter restarted it", "Jan Peter"),  # a log level, not a surname
        ("WARNING, Jan said", "Jan"),
        ("Dear Sir, Jan here", "Jan"),  # not in capitals
        ("J. (Jan) said hi", "Jan"),  # no surname after the bracket
        ("Jan (Piet) said", "Piet"),  # no initials before it
    ],
)
def test_when_nothing_of_the_name_is_left_then_nothing_is_returned(text: str, name: str) -> None:
    assert tails(text, name) == []


def test_the_detector_masks_the_whole_name(detector: PresidioDetector) -> None:
    text = "Naam: VAN DEN BERG, Jan Peter\nAssigned to: jan_de_vries"
    names = [text[f.start : f.end] for f in detector.scan(text) if f.entity_type == "PERSON"]
    assert names == ["VAN DEN BERG, Jan Peter", "jan_de_vries"]

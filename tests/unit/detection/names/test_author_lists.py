"""author_lists: Vancouver-style author lists ("Okafor J, Hartigan PM, de Vries AB.") and none of the
look-alikes (versions, appendices, rooms)."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.engine import PresidioDetector
from dlp_proxy.detection.names.author_lists import author_list_names


def authors(text: str) -> list[str]:
    return [text[s:e] for s, e in author_list_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Check this reference: Okafor J, Lindqvist K, Hartigan PM, de Vries AB, Al-Masri R. Early mobilisation.",
            ["Okafor J", "Lindqvist K", "Hartigan PM", "de Vries AB", "Al-Masri R"],
        ),
        (
            "Bakker JW, Visser M, van der Heide A, Oudshoorn M. Valpreventie bij ouderen.",
            ["Bakker JW", "Visser M", "van der Heide A", "Oudshoorn M"],
        ),
        (
            "Venkataraman P, Walsh-Doherty AE, Kowalczyk M et al. Title.",
            ["Venkataraman P", "Walsh-Doherty AE", "Kowalczyk M"],
        ),
        ("Smith JW, Jones K. A trial.", ["Smith JW", "Jones K"]),  # two, one with two initials
        ("Authors:\nMensah KA, Osei B, Boateng Y", ["Mensah KA", "Osei B", "Boateng Y"]),  # the line ends the list
    ],
)
def test_when_a_reference_lists_its_authors_then_each_author_is_found(text: str, expected: list[str]) -> None:
    assert authors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Supported: Windows NT, Office XP.",
        "See Appendix A, Table B.",
        "Rooms: Rembrandt A, Vermeer B.",  # two single letters: rooms or grades
        "Use Python 3, Node JS, Go.",
        "Levels: Basic A, Standard B, Premium C.",  # words, not surnames
        "Okafor J",  # one item alone
    ],
)
def test_when_items_only_look_like_authors_then_none_is_found(text: str) -> None:
    assert authors(text) == []


def test_when_the_engine_reads_an_author_list_then_every_author_is_a_person(detector: PresidioDetector) -> None:
    text = "Klopt deze bronvermelding? Bakker JW, Visser M, van der Heide A, Oudshoorn M. Valpreventie."
    found = [text[f.start : f.end] for f in detector.scan(text, "nl") if f.entity_type == "PERSON"]
    assert found == ["Bakker JW", "Visser M", "van der Heide A", "Oudshoorn M"]

"""author_lists: Vancouver-style author lists ("Okafor J, Hartigan PM, de Vries AB.") and none of the
look-alikes (versions, appendices, rooms)."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.engine import PresidioDetector
from dlp_proxy.detection.names.author_lists import author_list_names, register_line_names


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Presentielijst ALV 2026\nKuijpers J.A.M. - aanwezig\nMulder-Ten Have E. - aanwezig\nvan Dam R. - afwezig\n"
            "El Khatib S. - aanwezig",
            ["Kuijpers J.A.M.", "Mulder-Ten Have E.", "van Dam R.", "El Khatib S."],
        ),
        (
            "Zet deze lijst om:\nDE VRIES, P.A. - lid sinds 1998\nVAN DER HEIJDEN, M. - lid sinds 2004\nEL AMRANI, Y.",
            ["DE VRIES, P.A.", "VAN DER HEIJDEN, M.", "EL AMRANI, Y."],
        ),
        ("Attendees\n- Okonkwo AB | chair\n- Lindqvist K | minutes", ["Okonkwo AB", "Lindqvist K"]),
    ],
)
def test_when_a_register_names_one_person_a_line_then_each_is_found(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in register_line_names(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Menu\nStarters A. - soup\nMains B. - fish",  # words, not surnames
        "Agenda\nIntroduction A.\nMethods B.",
        "Kuijpers J.A.M. - aanwezig",  # one line alone
        "Supported:\nWindows NT - yes\nOffice XP - yes",
        # order and invoice numbers: capitals joined to digits by a dash are a code's prefix
        "- Bestelling SO-53983 is als voorbeeld gebruikt.\n- Bestelling ORD-2024-039301 is als voorbeeld gebruikt.",
    ],
)
def test_when_lines_only_look_like_a_register_then_none_is_found(text: str) -> None:
    assert register_line_names(text) == []

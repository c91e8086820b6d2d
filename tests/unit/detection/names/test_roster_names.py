"""roster_names: first names alone in the cells of a roster or a list table."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.name_lexicon import lexicon
from dlp_proxy.detection.names.roster_names import roster_cells


def cells(text: str) -> list[str]:
    return [text[s:e] for s, e in roster_cells(text, lexicon())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Dienst | Ma | Di |\n|---|---|---|\n| Receptie | Esther | Mustafa |\n| Telefoon | Wendy | Esther |",
            ["Esther", "Mustafa", "Wendy", "Esther"],
        ),
        ("Feb 3\tTayo\nMar 18\tMaeve Gallagher\nJul 9\tHamza\nNov 30\tSaoirse", ["Tayo", "Hamza", "Saoirse"]),
        # colours and cities that are also first names, months, and too few names
        ("| Colour | Code |\n| Rose | 1 |\n| Amber | 2 |\n| Ruby | 3 |", []),
        ("| Month | Owner |\n| May | x |\n| June | y |\n| April | z |", []),
        ("| Dienst | Ma |\n| Receptie | Esther |\n| Telefoon | Mustafa |", []),
        # no table
        ("Esther, Mustafa and Wendy", []),
    ],
)
def test_when_a_table_holds_several_first_names_alone_then_they_are_people(text: str, expected: list[str]) -> None:
    assert cells(text) == expected

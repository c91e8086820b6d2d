"""bench/names_identity.py: both engines give comparable findings, the whole detector's with the
recognizer credited, and the same text gives the same findings every time."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

TEXT = "Stuur dit naar Jan de Vries, jan@example.nl."


def test_the_name_engine_finds_names_only(bench_module: Callable[[str], ModuleType]) -> None:
    find = bench_module("names_identity").ENGINES["names"]()
    assert [(s, e) for s, e, _ in find(TEXT)] == [(15, 27)]


def test_the_whole_detector_credits_each_finding_to_its_recognizer(bench_module: Callable[[str], ModuleType]) -> None:
    find = bench_module("names_identity").ENGINES["full"]()
    found = find(TEXT)
    kinds = {(t, TEXT[s:e]) for t, s, e, _, _ in found}
    assert kinds >= {("PERSON", "Jan de Vries"), ("EMAIL_ADDRESS", "jan@example.nl")}
    assert all(isinstance(r, str) and r for *_, r in found)
    assert find(TEXT) == found  # the same findings every time, in the same order

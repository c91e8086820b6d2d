"""The benchmark's matching rule and rates, table-driven."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest


@pytest.fixture(scope="module")
def scoring(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("scoring")


def _row(text: str, gold: list[tuple[str, int, int]], kind: str = "sensitive") -> dict[str, Any]:
    return {"id": "r", "lang": "nl", "kind": kind, "template": "t", "text": text,
            "gold": [{"entity_type": t, "start": s, "end": e} for t, s, e in gold]}  # fmt: skip


def _find(*spans: tuple[str, int, int]) -> list[dict[str, Any]]:
    return [{"entity_type": t, "start": s, "end": e, "score": 1.0} for t, s, e in spans]


TEXT = "Adres: Kerkstraat 12, 1234 AB Amsterdam."
GOLD = ("LOCATION", 7, 39)  # "Kerkstraat 12, 1234 AB Amsterdam", 32 characters


@pytest.mark.parametrize(
    ("name", "findings", "found", "tp", "fp"),
    [
        ("exact span", _find(("LOCATION", 7, 39)), 1, 1, 0),
        ("wider span", _find(("LOCATION", 0, 40)), 1, 1, 0),
        ("exactly half", _find(("LOCATION", 7, 23)), 1, 1, 0),
        ("less than half", _find(("LOCATION", 7, 20)), 0, 1, 0),
        ("two pieces, half together", _find(("LOCATION", 7, 20), ("LOCATION", 22, 29)), 1, 2, 0),
        ("overlapping pieces are not counted twice", _find(("LOCATION", 7, 20), ("LOCATION", 12, 22)), 0, 2, 0),
        ("outside the gold span", _find(("LOCATION", 0, 5)), 0, 0, 1),
        ("same place, other type", _find(("PERSON", 7, 39)), 0, 0, 1),
        ("nothing", [], 0, 0, 0),
    ],
)
def test_matching_rule(scoring: ModuleType, name: str, findings: list[dict[str, Any]], found: int, tp: int,
                       fp: int) -> None:  # fmt: skip
    score = scoring.Score()
    scoring.score_row(score, _row(TEXT, [GOLD]), findings, scoring.ours, ms=1.0)
    assert (score.found["LOCATION"], sum(score.tp.values()), sum(score.fp.values())) == (found, tp, fp), name


def test_when_benign_text_has_an_actionable_finding_then_it_is_a_false_action(scoring: ModuleType) -> None:
    score = scoring.Score()
    scoring.score_row(score, _row("Versie 1.2.3", [], "benign"), _find(("PHONE_NUMBER", 7, 12)), scoring.ours)
    scoring.score_row(score, _row("Wat is AVG?", [], "benign"), [], scoring.ours)
    rates = scoring.rates(score)
    assert rates["benign_false_action_rate"] == 0.5
    assert rates["precision"] == 0.0


def test_when_baseline_emits_a_type_outside_the_policy_then_it_is_other_not_a_false_positive(
    scoring: ModuleType,
) -> None:
    score = scoring.Score()
    findings = _find(("DATE_TIME", 0, 10), ("UK_NHS", 0, 4), ("LOCATION", 0, 4))
    scoring.score_row(score, _row("Amsterdam!", [], "benign"), findings, scoring.presidio)
    rates = scoring.rates(score)
    assert rates["other_types"] == {"DATE_TIME": 1, "UK_NHS": 1}
    assert rates["false_positives"] == 1 and rates["benign_action_types"] == {"LOCATION": 1}


def test_client_findings_trigger_an_action_but_stay_out_of_precision(scoring: ModuleType) -> None:
    score = scoring.Score()
    scoring.score_row(score, _row("Hofstede Logistiek", [], "benign"), _find(("CLIENT", 0, 18)), scoring.ours)
    rates = scoring.rates(score)
    assert rates["benign_false_action_rate"] == 1.0
    assert rates["precision"] is None and rates["unlabelled_actionable"] == {"CLIENT": 1}


@pytest.mark.parametrize(
    ("values", "p50", "p95"),
    [([1.0], 1.0, 1.0), ([1.0, 2.0, 3.0, 4.0], 2.5, 4.0), ([float(i) for i in range(1, 101)], 50.5, 95.0)],
)
def test_percentiles_of_the_per_text_times(scoring: ModuleType, values: list[float], p50: float, p95: float) -> None:
    score = scoring.Score(ms=values)
    rates = scoring.rates(score)
    assert (rates["p50_ms"], rates["p95_ms"]) == (p50, p95)


@pytest.mark.parametrize(
    ("presidio_type", "ours"),
    [("US_SSN", "US_SSN"), ("UK_NINO", "UK_NINO"), ("US_PASSPORT", "PASSPORT_NUMBER"),
     ("US_DRIVER_LICENSE", "DRIVER_LICENSE"), ("PERSON", "PERSON"), ("US_ITIN", None), ("NRP", None)],
)  # fmt: skip
def test_presidio_types_map_to_ours_where_they_mean_the_same(
    scoring: ModuleType, presidio_type: str, ours: str | None
) -> None:
    assert scoring.presidio(presidio_type) == ours


PLACEHOLDER_TEXT = "key AKIAIOSFODNN7EXAMPLE here"
PLACEHOLDER_GOLD = ("SECRET_PLACEHOLDER", 4, 24)


@pytest.mark.parametrize(
    ("finding", "found", "tp", "fp"),
    [
        (("SECRET_PLACEHOLDER", 4, 24), 1, 1, 0),
        (("SECRET", 4, 24), 1, 1, 0),  # found (never passed), though the policy blocks instead of masking
        (("PERSON", 4, 24), 0, 0, 1),
    ],
)
def test_a_placeholder_is_found_by_its_own_type_or_as_a_secret(
    scoring: ModuleType, finding: tuple[str, int, int], found: int, tp: int, fp: int
) -> None:
    score = scoring.Score()
    scoring.score_row(score, _row(PLACEHOLDER_TEXT, [PLACEHOLDER_GOLD]), _find(finding), scoring.ours)
    assert (score.found["SECRET_PLACEHOLDER"], sum(score.tp.values()), sum(score.fp.values())) == (found, tp, fp)
    assert scoring.rates(score)["found_as"] == ({"SECRET_PLACEHOLDER->SECRET": 1} if finding[0] == "SECRET" else {})


def test_a_secret_is_not_found_by_a_placeholder_finding(scoring: ModuleType) -> None:
    score = scoring.Score()
    gold = ("SECRET", 4, 24)
    scoring.score_row(score, _row(PLACEHOLDER_TEXT, [gold]), _find(("SECRET_PLACEHOLDER", 4, 24)), scoring.ours)
    assert score.found["SECRET"] == 0 and sum(score.fp.values()) == 1


@pytest.mark.parametrize(
    ("name", "case"), [("jan de vries", "lower"), ("JAN DE VRIES", "upper"), ("Jan de Vries", None), ("J", None)]
)
def test_name_case(scoring: ModuleType, name: str, case: str | None) -> None:
    assert scoring.name_case(name) == case

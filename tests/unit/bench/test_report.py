"""The benchmark's printed tables and the targets of issue 13 (no engine runs here)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

TEXT = "Bel Jan op 0612345678, SSN 123-45-6789."
GOLD = [("PERSON", 4, 7), ("PHONE_NUMBER", 11, 21), ("US_SSN", 27, 38)]


@pytest.fixture(scope="module")
def report(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("report")


def _engines(bench_module: Callable[[str], ModuleType], found: list[tuple[str, int, int]]) -> dict[str, Any]:
    scoring = bench_module("scoring")
    engines = {}
    for name, mapper in (("dlp-proxy", scoring.ours), ("presidio-oob", scoring.presidio)):
        score = scoring.Score()
        row = {"id": "r", "lang": "nl", "kind": "sensitive", "template": "secret_template_name", "text": TEXT,
               "gold": [{"entity_type": t, "start": s, "end": e} for t, s, e in GOLD]}  # fmt: skip
        findings = [{"entity_type": t, "start": s, "end": e} for t, s, e in found]
        scoring.score_row(score, row, findings, mapper, ms=2.0)
        benign = {"id": "b", "lang": "en", "kind": "benign", "template": "b", "text": "v1.2.3", "gold": []}
        scoring.score_row(score, benign, [], mapper, ms=1.0)
        engines[name] = {**scoring.rates(score), "startup_s": 3.0, "startup_runs_s": [3.0], "peak_rss_mib": 900.0,
                         "wall_s": 5.0, "command": name}  # fmt: skip
    engines["presidio-oob"]["chars_per_second"] = engines["dlp-proxy"]["chars_per_second"] / 6
    return engines


def _summary(report: ModuleType, engines: dict[str, Any], name: str) -> dict[str, Any]:
    corpus = {"path": "bench/data/x.jsonl", "texts": 2, "sensitive": 1, "benign": 1, "nl": 1, "en": 1, "chars": 46,
              "limit": None}  # fmt: skip
    return {"corpus_name": name, "corpus": corpus, "engines": engines, "targets": report.targets(engines)}


def test_targets_are_those_of_issue_13_for_the_types_the_corpus_labels(
    report: ModuleType, bench_module: Callable[[str], ModuleType]
) -> None:
    engines = _engines(bench_module, [("PERSON", 4, 7), ("PHONE_NUMBER", 11, 21)])
    targets = {t["metric"]: t for t in report.targets(engines)}
    assert set(targets) == {"recall PERSON", "recall PHONE_NUMBER", "recall US_SSN", "recall PERSON nl",
                            "precision", "benign false-action rate", "throughput ours/baseline", "start-up s",
                            "peak RSS MiB"}  # fmt: skip
    assert targets["recall US_SSN"]["pass"] is False and targets["recall PERSON"]["pass"] is True
    assert [targets[k]["limit"] for k in ("recall PERSON nl", "precision", "benign false-action rate")] == [
        0.97, 0.97, 0.01]  # fmt: skip
    assert targets["start-up s"]["limit"] == 5.0 and targets["peak RSS MiB"]["limit"] == 1536.0
    assert targets["throughput ours/baseline"]["pass"] is True


def test_held_out_table_prints_no_template_and_no_value(
    report: ModuleType, bench_module: Callable[[str], ModuleType]
) -> None:
    engines = _engines(bench_module, [("PERSON", 4, 7)])
    private = report.table(_summary(report, engines, "held-out"), private=True)
    public = report.table(_summary(report, engines, "tuning"))
    assert "secret_template_name" in public
    assert "secret_template_name" not in private and "123-45-6789" not in private and "0612345678" not in private
    assert "recall US_SSN (n=1)" in private and "MISS" in private


def test_comparison_puts_both_corpora_side_by_side(
    report: ModuleType, bench_module: Callable[[str], ModuleType]
) -> None:
    tuning = _summary(report, _engines(bench_module, [("PERSON", 4, 7), ("PHONE_NUMBER", 11, 21)]), "tuning")
    held = _summary(report, _engines(bench_module, [("PERSON", 4, 7), ("US_SSN", 27, 38)]), "held-out")
    text = report.comparison(tuning, held)
    assert "held-out ours" in text and "recall US_SSN (n=1/1)" in text
    assert "held-out targets:" in text and "recall PHONE_NUMBER" in text.splitlines()[-1]

"""Smoke test of the benchmark corpus generator: exact gold offsets, clean benign rows, determinism."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("faker")

SEED = 7


@pytest.fixture(scope="module")
def corpus(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("corpus")


@pytest.fixture(scope="module")
def rows(corpus: ModuleType) -> list[dict[str, Any]]:
    return corpus.generate(seed=SEED, quick=True)


def test_every_gold_span_points_at_the_inserted_value(rows: list[dict[str, Any]]) -> None:
    spans = 0
    for row in rows:
        for g in row["gold"]:
            assert row["text"][g["start"] : g["end"]] == g["value"], (row["id"], g)
            assert g["value"] == g["value"].strip() and g["value"], (row["id"], g)
            spans += 1
    assert spans > 300


def test_gold_spans_do_not_overlap(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        ordered = sorted((g["start"], g["end"]) for g in row["gold"])
        assert all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:], strict=False)), row["id"]


def test_benign_rows_have_no_gold_and_sensitive_rows_have_some(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        if row["kind"] == "benign":
            assert row["gold"] == [], row["id"]
        else:
            assert row["gold"], row["id"]


def test_when_generated_twice_with_one_seed_then_identical(corpus: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert corpus.generate(seed=SEED, quick=True) == rows
    assert corpus.generate(seed=SEED + 1, quick=True) != rows


def test_written_rows_have_the_documented_shape(corpus: ModuleType, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        out = corpus.public(row)
        assert set(out) == {"id", "lang", "kind", "template", "text", "gold"}
        assert out["lang"] in ("nl", "en") and out["kind"] in ("sensitive", "benign")
        assert all(set(g) == {"entity_type", "start", "end"} for g in out["gold"])
    assert len({r["id"] for r in rows}) == len(rows)


def test_corpus_covers_every_labelled_type_both_languages_and_many_templates(
    bench_module: Callable[[str], ModuleType], rows: list[dict[str, Any]]
) -> None:
    labelled = bench_module("scoring").TUNING_TYPES
    types = Counter(g["entity_type"] for r in rows for g in r["gold"])
    assert set(types) == set(labelled)
    templates = {(r["template"], r["lang"]) for r in rows}
    assert len(templates) >= 25
    assert {lang for _, lang in templates} == {"nl", "en"}
    assert max(len(r["text"]) for r in rows) >= 10_000  # a long pasted document


@pytest.mark.parametrize(
    ("make", "check"),
    [
        ("bsn", "nl.bsn"),
        ("iban", "iban"),
        ("card", "luhn"),
    ],
)
def test_identifiers_pass_their_checksum_and_look_alikes_fail_it(
    bench_module: Callable[[str], ModuleType], make: str, check: str
) -> None:
    from stdnum import iban, luhn
    from stdnum.nl import bsn

    validator = {"nl.bsn": bsn.is_valid, "iban": iban.is_valid, "luhn": luhn.is_valid}[check]
    fakes = bench_module("corpus_values").Fakes("checksums")
    for _ in range(50):
        valid = {"bsn": fakes.bsn, "iban": lambda **kw: fakes.iban("NL", **kw), "card": fakes.card}[make]
        assert validator(valid(valid=True).replace(" ", "").replace("-", ""))
        assert not validator(valid(valid=False).replace(" ", "").replace("-", ""))

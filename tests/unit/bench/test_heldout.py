"""The held-out corpus generator (bench/heldout.py): exact gold offsets, determinism, coverage, checksums.

It checks the generator's invariants only; it never runs an engine on the corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("faker")


@pytest.fixture(scope="module")
def heldout(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("heldout")


@pytest.fixture(scope="module")
def rows(heldout: ModuleType) -> list[dict[str, Any]]:
    return heldout.generate()


def _values(rows: list[dict[str, Any]], entity_type: str) -> list[str]:
    return [g["value"] for r in rows for g in r["gold"] if g["entity_type"] == entity_type]


def test_every_gold_span_points_at_its_value_and_spans_do_not_overlap(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for g in row["gold"]:
            assert row["text"][g["start"] : g["end"]] == g["value"], (row["id"], g)
            assert g["value"] and g["value"] == g["value"].strip(), (row["id"], g)
        spans = sorted((g["start"], g["end"]) for g in row["gold"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), row["id"]
        assert "⟦" not in row["text"] and "⟧" not in row["text"], row["id"]


def test_when_generated_twice_with_one_seed_then_identical(heldout: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert heldout.generate() == rows
    assert heldout.generate(seed=heldout.SEED + 1, quick=True) != heldout.generate(quick=True)


def test_seed_differs_from_the_tuning_corpus(heldout: ModuleType, bench_module: Callable[[str], ModuleType]) -> None:
    assert heldout.SEED != bench_module("corpus").SEED


def test_size_and_kinds(rows: list[dict[str, Any]]) -> None:
    kinds = Counter(r["kind"] for r in rows)
    assert kinds["sensitive"] >= 400 and kinds["benign"] >= 200
    assert sum(len(r["gold"]) for r in rows) >= 1500
    for row in rows:
        assert bool(row["gold"]) == (row["kind"] == "sensitive"), row["id"]
    assert len({r["id"] for r in rows}) == len(rows)


def test_every_labelled_type_both_languages_and_five_locales_are_covered(
    bench_module: Callable[[str], ModuleType], heldout: ModuleType, rows: list[dict[str, Any]]
) -> None:
    scoring = bench_module("scoring")
    types = Counter(g["entity_type"] for r in rows for g in r["gold"])
    assert set(types) == set(scoring.LABELLED)
    assert all(n >= 30 for n in types.values()), types
    assert {r["lang"] for r in rows} == {"nl", "en"}
    for lang in ("nl", "en"):
        assert sum(g["entity_type"] == "PERSON" for r in rows if r["lang"] == lang for g in r["gold"]) >= 300
    locales = Counter(loc for r in rows for loc in r["_locales"])
    assert set(heldout.LOCALES) <= set(locales), locales


def test_person_forms(bench_module: Callable[[str], ModuleType], rows: list[dict[str, Any]]) -> None:
    scoring = bench_module("scoring")
    names = _values(rows, "PERSON")
    forms = Counter(scoring.name_form(n) for n in names)
    cases = Counter(scoring.name_case(n) for n in names)
    assert forms["single"] >= 100 and forms["initials"] >= 50 and forms["full"] >= 300
    assert cases["lower"] >= 20 and cases["upper"] >= 20


def test_written_rows_have_the_tuning_corpus_format(heldout: ModuleType, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        out = heldout.public(row)
        assert set(out) == {"id", "lang", "kind", "template", "text", "gold"}
        assert all(set(g) == {"entity_type", "start", "end"} for g in out["gold"])


def test_templates_are_not_the_tuning_corpus_templates(
    bench_module: Callable[[str], ModuleType], rows: list[dict[str, Any]]
) -> None:
    tuning = bench_module("corpus").generate(seed=7, quick=True)
    assert not {r["template"] for r in rows} & {r["template"] for r in tuning}
    tuning_texts = {r["text"] for r in tuning}
    assert not any(r["text"] in tuning_texts for r in rows)


def test_identifiers_pass_their_checksums(heldout: ModuleType, rows: list[dict[str, Any]]) -> None:
    from stdnum import iban, luhn
    from stdnum.be import nn
    from stdnum.de import idnr
    from stdnum.fr import nir
    from stdnum.nl import bsn
    from stdnum.us import ssn

    checks = {
        "NL_BSN": bsn.is_valid,
        "IBAN_CODE": iban.is_valid,
        "CREDIT_CARD": lambda v: luhn.is_valid(re.sub(r"\D", "", v)),
        "US_SSN": lambda v: ssn.is_valid(re.sub(r"\D", "", v)),
        "UK_NINO": heldout.is_valid_nino,
        "BE_NATIONAL_ID": lambda v: nn.is_valid(re.sub(r"\D", "", v)),
        "DE_TAX_ID": idnr.is_valid,
        "FR_NIR": nir.is_valid,
    }
    for entity_type, valid in checks.items():
        values = _values(rows, entity_type)
        assert values, entity_type
        assert all(valid(v) for v in values), [v for v in values if not valid(v)][:3]


def test_phone_numbers_are_valid_for_libphonenumber(rows: list[dict[str, Any]]) -> None:
    import phonenumbers

    def valid(value: str) -> bool:
        number = re.sub(r"\s*(?:ext\.?|extension|x)\s*\d+$", "", value).replace("(0)", "")
        for region in ("NL", "BE", "DE", "GB", "US", "FR"):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                    return True
            except phonenumbers.NumberParseException:
                continue
        return False

    phones = _values(rows, "PHONE_NUMBER")
    assert all(valid(p) for p in phones), [p for p in phones if not valid(p)][:5]
    assert sum(p.startswith("+") and " " not in p for p in phones) >= 20  # E.164
    assert sum(bool(re.search(r"(?:x|ext\.?|extension) ?\d+$", p)) for p in phones) >= 10  # extensions


def test_secrets_and_placeholders(rows: list[dict[str, Any]]) -> None:
    secrets = _values(rows, "SECRET")
    aws = [s for s in secrets if re.fullmatch(r"(?:AKIA|ASIA)[0-9A-Z]{16}", s)]
    assert aws and any(set(s[4:]) & set("0189") for s in aws)
    placeholders = _values(rows, "SECRET_PLACEHOLDER")
    assert all(re.search(r"EXAMPLE|xxxx|XXXX|your|YOUR|REPLACE|0{12}", p) for p in placeholders), placeholders
    assert not set(placeholders) & set(secrets)


def test_benign_rows_hold_the_traps(rows: list[dict[str, Any]]) -> None:
    benign = "\n".join(r["text"] for r in rows if r["kind"] == "benign")
    assert re.search(r"\b[0-9a-f]{40}\b", benign)  # git SHA
    assert re.search(r"\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\b", benign)  # UUID
    assert re.search(r"KvK-nummer \d{8}", benign) and re.search(r"\bNL\d{9}B\d\d\b", benign)
    assert "Hier is de sleutel:" in benign and "postcodegebied" in benign

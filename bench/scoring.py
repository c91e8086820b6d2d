"""Accuracy and speed figures of one engine's output against the corpus's gold spans (pure functions).

Matching rule (MATCHING_RULE below, printed with every report):
  * a gold span is found when the predictions of its entity type together cover at least half
    of its characters. The brief asks for one prediction covering half; the union is the same
    whenever one prediction does it, and also credits an address found as "street + number"
    and "postcode + place" in two pieces, which masks it just as well;
  * a prediction is a true positive when it overlaps a gold span of its type by at least one
    character, otherwise a false positive (in benign texts every prediction is one).
  * "its type" is the same type, except that a SECRET prediction also counts for a
    SECRET_PLACEHOLDER gold span (ALSO_FINDS): found, never passed, though blocked not masked.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

MATCHING_RULE = (
    "a gold span is found when predictions of its type together cover >= 50% of its characters; "
    "a prediction is a true positive when it overlaps a gold span of its type by >= 1 character; "
    "a SECRET prediction also counts for a SECRET_PLACEHOLDER span"
)
# The types of the tuning corpus (bench/corpus.py) ...
TUNING_TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "NL_BSN", "IP_ADDRESS",
                "LOCATION", "DATE_OF_BIRTH", "SECRET")  # fmt: skip
# ... and the ones issue 13 adds, labelled in the held-out corpus (bench/heldout.py).
NEW_TYPES = ("US_SSN", "UK_NINO", "BE_NATIONAL_ID", "DE_TAX_ID", "FR_NIR", "PASSPORT_NUMBER", "DRIVER_LICENSE",
             "SECRET_PLACEHOLDER")  # fmt: skip
LABELLED = TUNING_TYPES + NEW_TYPES
# Every entity type that maps to a data class of our policy: a finding of one triggers an action.
# UK_NHS came after the corpora were labelled: its findings count for the benign false-action rate
# and as unlabelled, never as found.
ACTIONABLE = frozenset(LABELLED) | {"CLIENT", "INTERNAL_MARKER", "UK_NHS"}
# Presidio's own types with the same meaning as one of ours (its name -> ours); all its other
# types (DATE_TIME, NRP, URL, UK_NHS, US_ITIN, US_BANK_NUMBER, ...) are "other".
PRESIDIO_MAP = {
    **{t: t for t in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "LOCATION",
                      "US_SSN", "UK_NINO")},
    "US_PASSPORT": "PASSPORT_NUMBER",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
}  # fmt: skip
PRESIDIO_SAME = frozenset(PRESIDIO_MAP.values())  # our types the baseline can find at all
# A gold span of the key type is also found by predictions of these types. A placeholder found
# as SECRET is found (never passed unmasked), though the bundled policy then blocks instead of
# masking; `found_as` in the results tells the two apart, and the harness (bench/pii_leak.py)
# checks the masking itself.
ALSO_FINDS = {"SECRET_PLACEHOLDER": frozenset({"SECRET"})}


def finds(pred_type: str, gold_type: str) -> bool:
    return pred_type == gold_type or pred_type in ALSO_FINDS.get(gold_type, ())


def ours(entity_type: str) -> str | None:
    """Our engine already speaks the canonical names; an unknown type is 'other'."""
    return entity_type if entity_type in ACTIONABLE else None


def presidio(entity_type: str) -> str | None:
    return PRESIDIO_MAP.get(entity_type)


@dataclass(frozen=True)
class Pred:
    entity_type: str
    start: int
    end: int


@dataclass
class Score:
    """Counts for one engine; `rates()` turns them into the reported figures."""

    found: Counter[str] = field(default_factory=Counter)  # key: entity type, "PERSON/nl", "PERSON/form:first" ...
    gold: Counter[str] = field(default_factory=Counter)
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    other: Counter[str] = field(default_factory=Counter)  # engine types with no data class, by raw name
    unlabelled: Counter[str] = field(default_factory=Counter)  # actionable but never labelled (CLIENT, ...)
    benign_texts: int = 0
    benign_actions: int = 0
    benign_action_types: Counter[str] = field(default_factory=Counter)
    by_template: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    found_as: Counter[str] = field(default_factory=Counter)  # "GOLD->PRED" where another type found it
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    chars: int = 0


def covered(gold_start: int, gold_end: int, preds: Iterable[Pred]) -> int:
    """Characters of [gold_start, gold_end) covered by the union of the predictions."""
    spans = sorted((max(p.start, gold_start), min(p.end, gold_end)) for p in preds)
    total, cursor = 0, gold_start
    for s, e in spans:
        s = max(s, cursor)
        if e > s:
            total += e - s
            cursor = e
    return total


def name_form(value: str) -> str:
    """How a gold PERSON is written, for the per-form recall: full, initials, single word."""
    if "." in value:
        return "initials"
    return "single" if len(value.split()) == 1 else "full"


def name_case(value: str) -> str | None:
    """'lower' or 'upper' for a name not written in the usual capitals, else None."""
    letters = [c for c in value if c.isalpha()]
    if letters and all(c.islower() for c in letters):
        return "lower"
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    return None


def score_row(score: Score, row: dict[str, Any], findings: list[dict[str, Any]], mapper: Callable[[str], str | None],
              ms: float | None = None) -> None:  # fmt: skip
    text: str = row["text"]
    template, lang = row["template"], row["lang"]
    preds = []
    for f in findings:
        canonical = mapper(f["entity_type"])
        if canonical is None:
            score.other[f["entity_type"]] += 1
        else:
            preds.append(Pred(canonical, int(f["start"]), int(f["end"])))
    gold = [Pred(g["entity_type"], g["start"], g["end"]) for g in row["gold"]]
    for g in gold:
        same = [p for p in preds if finds(p.entity_type, g.entity_type) and p.start < g.end and g.start < p.end]
        hit = 2 * covered(g.start, g.end, same) >= g.end - g.start
        keys = [g.entity_type, f"{g.entity_type}/{lang}"]
        if g.entity_type == "PERSON":
            keys.append(f"PERSON/form:{name_form(text[g.start : g.end])}")
            if case := name_case(text[g.start : g.end]):
                keys.append(f"PERSON/case:{case}")
        for k in keys:
            score.gold[k] += 1
            score.found[k] += hit
        if hit:
            score.found_as.update(f"{g.entity_type}->{t}" for t in {p.entity_type for p in same} - {g.entity_type})
        else:
            score.by_template[template][f"miss {g.entity_type}"] += 1
            score.misses.append({"id": row["id"], "type": g.entity_type, "value": text[g.start : g.end],
                                 "predicted": [(p.entity_type, text[p.start : p.end]) for p in same]})  # fmt: skip
    for p in preds:
        if p.entity_type not in LABELLED:
            score.unlabelled[p.entity_type] += 1
            continue
        if any(finds(p.entity_type, g.entity_type) and g.start < p.end and p.start < g.end for g in gold):
            score.tp[p.entity_type] += 1
        else:
            score.fp[p.entity_type] += 1
            score.by_template[template][f"fp {p.entity_type}"] += 1
            score.false_positives.append({"id": row["id"], "type": p.entity_type, "value": text[p.start : p.end]})
    if row["kind"] == "benign":
        score.benign_texts += 1
        acted = {p.entity_type for p in preds if p.entity_type in ACTIONABLE}
        score.benign_actions += bool(acted)
        score.benign_action_types.update(acted)
    if ms is not None:
        score.ms.append(float(ms))
    score.chars += len(text)


def ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100) of the per-text times."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil
    return ordered[int(rank) - 1]


def rates(score: Score) -> dict[str, Any]:
    tp, fp = sum(score.tp.values()), sum(score.fp.values())
    total_ms = sum(score.ms)
    return {
        "recall": {k: ratio(score.found[k], n) for k, n in sorted(score.gold.items())},
        "gold": dict(sorted(score.gold.items())),
        "precision": ratio(tp, tp + fp),
        "precision_by_type": {
            t: ratio(score.tp[t], score.tp[t] + score.fp[t]) for t in LABELLED if score.tp[t] + score.fp[t]
        },
        "true_positives": tp,
        "false_positives": fp,
        "false_positives_by_type": dict(score.fp),
        "other_types": dict(score.other.most_common()),
        "unlabelled_actionable": dict(score.unlabelled),
        "benign_texts": score.benign_texts,
        "benign_false_action_rate": ratio(score.benign_actions, score.benign_texts),
        "benign_action_types": dict(score.benign_action_types.most_common()),
        "p50_ms": statistics.median(score.ms) if score.ms else None,
        "p95_ms": percentile(score.ms, 95),
        "total_scan_ms": total_ms,
        "chars": score.chars,
        "chars_per_second": ratio(score.chars, total_ms / 1000),
        "found_as": dict(score.found_as.most_common()),
        "by_template": {t: dict(c) for t, c in sorted(score.by_template.items())},
    }

"""The OCR benchmark's set (deterministic, two disjoint halves) and its scoring (locating a value
in OCR text, found / not read / missed, false actions on text-free images)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def ocr(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("ocr")


@pytest.fixture(scope="module")
def ocr_set(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("ocr_set")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("IBAN: NL91 ABNA 0417 1643 00\n", "NL91ABNA0417164300", (6, 28, 0)),  # spaces moved by OCR
        ("sleutel: ghp_abcdef\nghij done", "ghp_abcdefghij", (9, 24, 0)),  # wrapped over two lines
        ("key sk live LE3hfp1yOCi end", "sk_live_LE3hfp1y0Ci", (4, 23, 3)),  # 3 of 19 characters misread
        ("key sk live LEShfp1yOCi end", "sk_live_LE3hfp1y0Ci", None),  # 4 of 19: more than 20 %
        ("nothing like it here", "NL91ABNA0417164300", None),
        ("", "x@y.nl", None),
    ],
    ids=["spaces", "wrapped", "misread", "misread-too-much", "absent", "empty"],
)
def test_when_a_value_is_looked_up_in_ocr_text_then_whitespace_and_a_few_misreads_are_tolerated(
    ocr: ModuleType, text: str, value: str, expected: tuple[int, int, int] | None
) -> None:
    assert ocr.locate(text, value) == expected


def test_when_a_value_is_read_and_detected_as_its_type_then_it_is_found(ocr: ModuleType, ocr_set: ModuleType) -> None:
    shot = next(s for s in ocr_set.generate("tuning") if s.kind == "text")
    iban = next(g for g in shot.gold if g.entity_type == "IBAN_CODE")
    text = f"Rekening {iban.value} graag"
    start = text.index(iban.value)
    found = ocr.score_shot(shot, text, [ocr.Pred("IBAN_CODE", start, start + len(iban.value))])
    wrong_type = ocr.score_shot(shot, text, [ocr.Pred("PHONE_NUMBER", start, start + len(iban.value))])
    by_type = {v["type"]: v["result"] for v in found["values"]}
    assert by_type["IBAN_CODE"] == "found" and by_type["NL_BSN"] == "not_read"
    assert {v["type"]: v["result"] for v in wrong_type["values"]}["IBAN_CODE"] == "missed"


def test_when_a_text_free_image_has_a_finding_or_cannot_be_read_then_it_is_a_false_action(
    ocr: ModuleType, ocr_set: ModuleType
) -> None:
    blank = next(s for s in ocr_set.generate("tuning") if s.kind == "textless")
    assert ocr.score_shot(blank, "", [])["false_action"] is False
    assert ocr.score_shot(blank, "~~ ,. ~", [ocr.Pred("PERSON", 0, 2)])["false_action"] is True
    assert ocr.score_shot(blank, None, [])["false_action"] is True  # unreadable: the fail mode acts


def test_the_set_is_the_same_every_run_and_the_halves_are_disjoint(ocr_set: ModuleType) -> None:
    tuning, again, holdout = ocr_set.generate("tuning"), ocr_set.generate("tuning"), ocr_set.generate("holdout")
    assert [(s.id, s.gold, s.font, s.px) for s in tuning] == [(s.id, s.gold, s.font, s.px) for s in again]
    assert tuning[0].png() == again[0].png()
    assert tuning[-1].png() == again[-1].png()  # a text-free one
    assert {s.layout for s in tuning if s.kind == "text"}.isdisjoint({s.layout for s in holdout if s.kind == "text"})
    assert not {g.value for s in tuning for g in s.gold} & {g.value for s in holdout for g in s.gold}
    for half in (tuning, holdout):
        texts = [s for s in half if s.kind == "text"]
        assert len(texts) == 36 and len(half) - len(texts) == 12
        assert all(sorted(g.entity_type for g in s.gold) == sorted(ocr_set.TYPES) for s in texts)
        assert {s.size for s in half} == set(ocr_set.SIZES) and {s.theme for s in texts} == {"light", "dark"}
        assert all(11 <= s.px <= 16 for s in texts)


def test_the_added_halves_keep_the_held_out_layouts_apart(ocr: ModuleType, ocr_set: ModuleType) -> None:
    """tuning2/tuning3 add tuning data; holdout2 is the held-out layouts and labels with a new
    seed. Checked from the registry only: no held-out image is rendered and no value compared."""
    held_out = set(ocr_set.LAYOUTS["holdout"])
    assert ocr_set.LAYOUTS["holdout2"] == ocr_set.LAYOUTS["holdout"] and ocr_set.SEEDS["holdout2"] == 2021
    assert all(ocr_set.LABELS[("holdout2", lang)] == ocr_set.LABELS[("holdout", lang)] for lang in ocr_set.LANGS)
    assert all(held_out.isdisjoint(ocr_set.LAYOUTS[half]) for half in ocr_set.TUNING)
    assert len(set(ocr_set.SEEDS.values())) == len(ocr_set.SEEDS)
    assert (ocr_set.SEEDS["tuning"], ocr_set.SEEDS["holdout"]) == (20, 2020)  # the images run before
    tuned = ["tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6"]
    assert [h for h in ocr_set.SEEDS if ocr.keeps_misses(h)] == tuned
    texts = [s for s in ocr_set.generate("tuning3") if s.kind == "text"]
    assert {s.layout for s in texts} == {"editor", "letter", "toast"} and all(11 <= s.px <= 13 for s in texts)


def test_holdout3_is_a_fresh_held_out_half_and_tuning4_is_tuning_data(ocr: ModuleType, ocr_set: ModuleType) -> None:
    """holdout3: the held-out layouts and labels with seed 2022, aggregates only; tuning4: new
    layouts of its own. Checked from the registry only: no held-out image is rendered."""
    assert ocr_set.SEEDS["holdout3"] == 2022 and ocr_set.LAYOUTS["holdout3"] == ocr_set.LAYOUTS["holdout"]
    assert all(ocr_set.LABELS[("holdout3", lang)] == ocr_set.LABELS[("holdout", lang)] for lang in ocr_set.LANGS)
    assert not ocr.keeps_misses("holdout3") and ocr.keeps_misses("tuning4")
    assert set(ocr_set.LAYOUTS["tuning4"]).isdisjoint(ocr_set.LAYOUTS["holdout"]) and ocr_set.SEEDS["tuning4"] == 23
    texts = [s for s in ocr_set.generate("tuning4") if s.kind == "text"]
    assert {s.layout for s in texts} == {"settings", "keys", "admin", "cli"}
    assert all(11 <= s.px <= 12 for s in texts if s.layout == "keys")
    assert texts[0].png()[:8] == b"\x89PNG\r\n\x1a\n"


def test_holdout4_is_three_fresh_held_out_seeds_and_tuning5_is_rich_in_addresses_and_keys(
    ocr: ModuleType, ocr_set: ModuleType
) -> None:
    """holdout4: the held-out layouts and labels over seeds 2023-2025 in one half (108 values per
    type), aggregates only; checked without rendering an image or reading a value. tuning5: several
    e-mail addresses and keys a screen, every one of them gold."""
    assert ocr_set.HALF_SEEDS["holdout4"] == (2023, 2024, 2025)
    assert ocr_set.LAYOUTS["holdout4"] == ocr_set.LAYOUTS["holdout"]
    assert all(ocr_set.LABELS[("holdout4", lang)] == ocr_set.LABELS[("holdout", lang)] for lang in ocr_set.LANGS)
    assert not ocr.keeps_misses("holdout4") and ocr.keeps_misses("tuning5")
    held = ocr_set.generate("holdout4")
    texts = [s for s in held if s.kind == "text"]
    assert len(held) == 144 and len(texts) == 108 and len({s.id for s in held}) == 144
    assert {s.seed // 1000 for s in held} == {2023, 2024, 2025}
    tuning5 = [s for s in ocr_set.generate("tuning5") if s.kind == "text"]
    assert {s.layout for s in tuning5} == {"mailhead", "gitlog", "contact", "cilog"}
    assert set(ocr_set.LAYOUTS["tuning5"]).isdisjoint(ocr_set.LAYOUTS["holdout"]) and ocr_set.SEEDS["tuning5"] == 24
    assert all(sum(g.entity_type == "EMAIL_ADDRESS" for g in s.gold) >= 3 for s in tuning5)
    assert all(sum(g.entity_type == "SECRET" for g in s.gold) >= 3 for s in tuning5)
    assert {g.entity_type for s in tuning5 for g in s.gold} == {"EMAIL_ADDRESS", "SECRET"}


def test_holdout5_is_three_fresh_held_out_seeds_and_tuning6_is_addresses_in_monospaced_print(
    ocr: ModuleType, ocr_set: ModuleType
) -> None:
    """holdout5: the held-out layouts and labels over seeds 2026-2028, aggregates only; checked without
    rendering an image or reading a value. tuning6: five addresses and a key a screen, monospaced."""
    assert ocr_set.HALF_SEEDS["holdout5"] == (2026, 2027, 2028)
    assert ocr_set.LAYOUTS["holdout5"] == ocr_set.LAYOUTS["holdout"]
    assert all(ocr_set.LABELS[("holdout5", lang)] == ocr_set.LABELS[("holdout", lang)] for lang in ocr_set.LANGS)
    assert not ocr.keeps_misses("holdout5") and ocr.keeps_misses("tuning6")
    held = ocr_set.generate("holdout5")
    assert len(held) == 144 and len({s.id for s in held}) == 144
    assert {s.seed // 1000 for s in held} == {2026, 2027, 2028}
    all_seeds = {seed for h in ocr_set.SEEDS for seed in ocr_set.HALF_SEEDS.get(h, (ocr_set.SEEDS[h],))}
    assert len(all_seeds) == sum(len(ocr_set.HALF_SEEDS.get(h, (1,))) for h in ocr_set.SEEDS)  # no seed used twice
    tuning6 = [s for s in ocr_set.generate("tuning6") if s.kind == "text"]
    assert {s.layout for s in tuning6} == {"csvgrep", "ldap", "maillog"} and len(tuning6) == 72
    assert set(ocr_set.LAYOUTS["tuning6"]).isdisjoint(ocr_set.LAYOUTS["holdout"])
    assert {s.font for s in tuning6} <= {"DejaVuSansMono", "LiberationMono"}
    assert all(sum(g.entity_type == "EMAIL_ADDRESS" for g in s.gold) == 5 for s in tuning6)


def test_a_check_draw_is_of_a_tuning_half_with_seeds_no_half_uses(ocr_set: ModuleType) -> None:
    draw = ocr_set.generate("tuning5", seeds=(28,))
    assert {s.seed // 1000 for s in draw} == {28} and {s.layout for s in draw if s.kind == "text"} <= set(
        ocr_set.LAYOUTS["tuning5"]
    )
    for half, seeds in (("holdout5", (99,)), ("tuning5", (2026,)), ("tuning4", (24,))):
        with pytest.raises(ValueError, match="check draw"):
            ocr_set.generate(half, seeds=seeds)

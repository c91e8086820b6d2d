"""What the development sets share (bench/names_dev.py, names_dev2.py, address_dev.py,
secret_dev.py): gold values marked in a text, the coverage rule, the detector, and the lines of
recall per kind. A value counts as found when findings of its type cover at least half of its
characters (bench/scoring.py's rule)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def parse(marked: str, mark: re.Pattern[str]) -> tuple[str, list[tuple[str, int, int]]]:
    """The text without its marks, and (kind, start, end) of each marked value. `mark` has a group
    `value` and may have a group `kind` ("[[vendor:ghp_...]]"); without one the kind is ""."""
    text: list[str] = []
    spans: list[tuple[str, int, int]] = []
    at = pos = 0
    for m in mark.finditer(marked):
        value = m.group("value")
        text.append(marked[pos : m.start()])
        at += m.start() - pos
        spans.append((m.groupdict().get("kind") or "", at, at + len(value)))
        text.append(value)
        at += len(value)
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def covered(start: int, end: int, found: list[tuple[int, int]]) -> bool:
    """At least half of the value's characters lie inside the findings."""
    chars = sum(1 for c in range(start, end) if any(s <= c < e for s, e in found))
    return 2 * chars >= end - start


def spans_of(detector: Any, text: str, types: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the detector's findings of these types in the text."""
    return [(f.start, f.end) for f in detector.scan(text, None) if f.entity_type in types]


def names_found(detector: Any, text: str, name: str) -> bool:
    """The name (first occurrence in the text) counts as found: PERSON findings cover at least
    half of its characters."""
    start = text.index(name)
    return covered(start, start + len(name), spans_of(detector, text, {"PERSON"}))


def detector() -> Any:
    """The proxy's detector with the bundled policy, as the proxy builds it."""
    from dlp_proxy.cli.common import build_detector
    from dlp_proxy.policy import load_policy

    return build_detector(load_policy(ROOT / "rules"), str(ROOT / "models" / "nlp.yaml"))


def recall_lines(title: str, totals: dict[str, list[int]], width: int = 9) -> list[str]:
    """ "title recall 0.977 (84/86)" and a line per kind, from {kind: [found, total]}."""
    hits = sum(t[0] for t in totals.values())
    gold = sum(t[1] for t in totals.values())
    lines = [f"{title} {hits / gold:.3f} ({hits}/{gold})"]
    for kind, (n_found, n) in totals.items():
        lines.append(f"  {kind:{width}s} {n_found / n if n else 0:.3f} ({n_found}/{n})")
    return lines


def benign_findings(detector: Any, texts: list[str], types: set[str]) -> list[str]:
    """A line for each benign text with a finding of these types (none should have one)."""
    lines = []
    for text in texts:
        if found := spans_of(detector, text, types):
            lines.append(f"  benign {[text[s:e] for s, e in found]} in {text!r}")
    return lines


def identifier_probe(
    entity: str, templates: list[str], forms: list[Callable[[str], str]], make: Callable[[], str]
) -> tuple[int, int, list[str]]:
    """Each template with each notation of freshly made values ({v}, and {w} where a template has a
    second one): (found, total, misses) for `entity`, a value found when findings of that type cover
    half of it (bench/nir_dev.py, bench/ssn_dev.py)."""
    det = detector()
    found = total = 0
    misses: list[str] = []
    for template in templates:
        for form in forms:
            v, w = form(make()), form(make())
            text = template.format(v=v, w=w)
            spans = spans_of(det, text, {entity})
            for value in [v, w] if "{w}" in template else [v]:
                start = text.index(value)
                total += 1
                if covered(start, start + len(value), spans):
                    found += 1
                else:
                    misses.append(f"{form.__name__}: {text[:90]!r}")
    return found, total, misses


def shape_names(
    shape: str, values: dict[str, str], text: str, found: list[tuple[int, int]]
) -> Iterator[tuple[str, bool]]:
    """Each name set into a shape's fields ({f}, {n2}, ...), as often as its field stands there,
    and whether the findings cover it: (name, found), in the order of the fields in `values`
    (bench/names_prompts.py, bench/names_messages.py)."""
    for key, value in values.items():
        start = -1
        for _ in range(shape.count("{" + key + "}")):
            start = text.index(value, start + 1)
            yield value, covered(start, start + len(value), found)


def faker_name_probe(
    det: Any,
    shapes: dict[str, list[str]],
    locales: dict[str, tuple[str, ...]],
    seed: int,
    repeats: int,
    draw: Callable[[Any], dict[str, str]],
    lower_too: bool = False,
    misses: bool = False,
) -> dict[tuple[str, str], list[int]]:
    """Each language's shapes `repeats` times with names drawn by `draw` from a Faker of one of its
    locales (picked with the seed), as written and, with `lower_too`, in lower case: {(language,
    form): [found, total]}, a miss printed when asked (bench/names_prompts.py, names_messages.py,
    names_verbs.py)."""
    import random

    from faker import Faker

    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for locs in locales.values() for loc in locs}
    for k, f in enumerate(fakers.values()):
        f.seed_instance(seed + k)
    counts: dict[tuple[str, str], list[int]] = {}
    for _ in range(repeats):
        for lang, lang_shapes in shapes.items():
            for shape in lang_shapes:
                values = draw(fakers[rng.choice(locales[lang])])
                for form in ("as written", "lower case") if lower_too else ("as written",):
                    text, vals = shape.format(**values), values
                    if form == "lower case":
                        text, vals = text.lower(), {k: v.lower() for k, v in values.items()}
                    for value, hit in shape_names(shape, vals, text, spans_of(det, text, {"PERSON"})):
                        count = counts.setdefault((lang, form), [0, 0])
                        count[0] += hit
                        count[1] += 1
                        if not hit and misses:
                            print(f"  miss [{lang}, {form}] {value!r} in {text[:120]!r}")
    return counts


def faker_probe_main(
    doc: str,
    shapes: dict[str, list[str]],
    locales: dict[str, tuple[str, ...]],
    seed: int,
    draw: Callable[[Any], dict[str, str]],
    lower_too: bool = False,
    repeats: int = 3,
) -> None:
    """The command line of a Faker name probe (bench/names_prompts.py, names_messages.py,
    names_verbs.py, names_syntax.py, names_surnames.py): --misses, --seed; each shape `repeats`
    times; recall per language and form, then overall."""
    import argparse

    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--seed", type=int, default=seed)
    args = ap.parse_args()
    counts = faker_name_probe(
        detector(), shapes, locales, args.seed, repeats, draw, lower_too=lower_too, misses=args.misses
    )
    found = total = 0
    for (lang, form), (hit, n) in sorted(counts.items()):
        print(f"{lang}  {form:10s}  PERSON recall {hit / n:.3f} ({hit}/{n})")
        found, total = found + hit, total + n
    print(f"all PERSON recall {found / total:.3f} ({found}/{total})")


def pasted_draw(fk: Any) -> dict[str, str]:
    """The slots of the pasted-material name probes: {f}, {f2} first names, {fl} one in lower
    case, {n}, {n2} full names, {N} one in capitals, {s} a surname (names_pasted_*.py)."""
    firsts = [fk.first_name() for _ in range(3)]
    fulls = [f"{fk.first_name()} {fk.last_name()}" for _ in range(3)]
    return {
        "f": firsts[0],
        "f2": firsts[1],
        "fl": firsts[2].lower(),
        "n": fulls[0],
        "n2": fulls[1],
        "N": fulls[2].upper(),
        "s": fk.last_name(),
    }


def red_team(
    labelled: list[tuple[str, str, str]], benign: list[tuple[str, str]], kinds: tuple[str, ...], show_misses: bool
) -> None:
    """Score a red-team probe (bench/redteam_*.py) and print its figures: recall per marked kind (and
    over all kinds where there are several), per language, with any finding type, and the benign
    texts with a finding of a marked type. `labelled` holds (language, shape, marked text) with
    marks "[[KIND:value]]"; a value counts when findings of its kind cover half of it (`covered`)."""
    mark = re.compile(r"\[\[(?P<kind>\w+):(?P<value>.+?)\]\]", re.S)
    det = detector()
    totals = {k: [0, 0] for k in kinds}
    by_lang = {lang: [0, 0] for lang in ("nl", "en")}
    any_type = [0, 0]
    lines: list[str] = []
    for lang, shape, marked in labelled:
        text, spans = parse(marked, mark)
        findings = det.scan(text, None)
        for kind, start, end in spans:
            hit = covered(start, end, [(f.start, f.end) for f in findings if f.entity_type == kind])
            hit_any = covered(start, end, [(f.start, f.end) for f in findings])
            for tally in (totals[kind], by_lang[lang]):
                tally[0] += hit
                tally[1] += 1
            any_type[0] += hit_any
            any_type[1] += 1
            if not hit:
                seen = sorted({f"{f.entity_type} {text[f.start : f.end]!r}" for f in findings})
                note = " (covered by another type)" if hit_any else ""
                named = f"{kind} " if len(kinds) > 1 else ""
                lines.append(f"  miss [{lang}] {named}{text[start:end]!r} in {shape}{note}; found: {seen or 'nothing'}")
    benign_hits = 0
    for shape, text in benign:
        hits = [f for f in det.scan(text, None) if f.entity_type in kinds]
        benign_hits += bool(hits)
        for f in hits:
            lines.append(f"  benign {f.entity_type} {text[f.start : f.end]!r} in {shape}: {text[:80]!r}")
    for kind, (n_found, n) in totals.items():
        print(f"{kind} recall {n_found / n:.3f} ({n_found}/{n})")
    if len(kinds) > 1:
        hits_all, gold = sum(t[0] for t in totals.values()), sum(t[1] for t in totals.values())
        print(f"all recall {hits_all / gold:.3f} ({hits_all}/{gold})")
    for lang, (n_found, n) in by_lang.items():
        if n:  # a probe of one language (bench/unseen_en_prompts.py) has no line for the other
            print(f"  {lang} recall {n_found / n:.3f} ({n_found}/{n})")
    print(f"any-type recall {any_type[0] / any_type[1]:.3f} ({any_type[0]}/{any_type[1]})")
    what = "a finding of a marked type" if len(kinds) > 1 else f"a {kinds[0]} finding"
    print(f"benign texts with {what}: {benign_hits}/{len(benign)}")
    if show_misses:
        print("\n".join(lines))


def red_team_command(
    doc: str | None,
    labelled: list[tuple[str, str, str]],
    benign: list[tuple[str, str]],
    kinds: tuple[str, ...],
    check: Callable[[], None] | None = None,
) -> int:
    """The command of a red-team or unseen probe: `--misses` lists the missed values and benign
    findings; `check` (the probe's own test of its marks and values) runs first."""
    import argparse

    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list missed values and benign findings")
    args = ap.parse_args()
    if check is not None:
        check()
    red_team(labelled, benign, kinds, args.misses)
    return 0


def luhn_ok(digits: str) -> bool:
    """The Luhn check of a card number (its digits only)."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0

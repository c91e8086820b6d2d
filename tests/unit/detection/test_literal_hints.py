"""The strings every match of a pattern must hold, read from the pattern; and the API key
recognizer, which skips the patterns a text holds none of, finding what it found before."""

from __future__ import annotations

import random

import pytest
import regex

from dlp_proxy.detection.literal_hints import may_match, required_literals
from dlp_proxy.detection.recognizers.api_key_recognizer import PATTERNS, ApiKeyRecognizer
from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer
from tests.unit.detection.recognizers import test_api_key_recognizer as examples


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<![A-Za-z0-9_-])ghp_[A-Za-z0-9]{36}", {"ghp_"}),
        (r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16}", {"_live", "_test"}),  # the longest required part
        (r"(?:AKIA|ASIA)[A-Z0-9]{16}", {"AKIA", "ASIA"}),
        (r"(?:xox[abp]|xapp)-[A-Za-z0-9-]{10,}", {"xox", "xapp"}),
        (r"\d{8,10}:A[A-Za-z0-9_-]{34}", {":A"}),
        (r"(?:abc)+de", {"abc"}),  # a repeated group: once at least
        (r"(?:key-)?[0-9a-f]{32}", None),  # optional: nothing required
        (r"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z]{6}", None),  # one character only
        (r"(?i)token_[a-z]{20}", None),  # case-insensitive: a written prefix proves nothing
        (r"(?i:tok)en_[a-z]{20}", {"en_"}),  # only the case-sensitive part counts
        (r"(?:ab|[xy])cd", {"cd"}),  # an alternative with no string: the rest must serve
        (r"(?:ab|[xy])", None),
        (r"\p{Lu}abc", None),  # syntax of the regex module alone: not read
        (r"[[:alpha:]]abc", None),
        (r"(unclosed", None),
    ],
)
def test_the_required_strings_are_read_from_the_pattern(pattern: str, expected: set[str] | None) -> None:
    found = required_literals(pattern)
    assert (set(found) if found is not None else None) == expected


def test_a_case_insensitive_flag_reads_nothing() -> None:
    assert required_literals(r"ghp_[A-Za-z0-9]{36}", regex.IGNORECASE) is None


def test_most_vendor_patterns_have_a_required_string() -> None:
    # The filter only saves work where there are hints: all but a few vendor shapes have one, or
    # a gate the recognizer tests once per text instead (the word a look-behind requires).
    from dlp_proxy.detection.recognizers.api_key_recognizer import _LOOKBEHIND_GATES

    without = [p.name for p in PATTERNS if required_literals(p.regex) is None and p.name not in _LOOKBEHIND_GATES]
    assert len(without) <= 4, without


def _keys() -> list[str]:
    values = [getattr(examples, name) for name in dir(examples) if name.isupper()]
    return [v for v in values if isinstance(v, str)]


def test_every_match_of_every_vendor_pattern_holds_one_of_its_strings() -> None:
    # The example keys of the recognizer's tests, as written and cut, padded and spliced at
    # random: wherever a pattern matches, the text holds one of its required strings.
    rng = random.Random(13)
    keys = _keys()
    assert len(keys) > 30
    texts = [f"config: {k}\nthanks" for k in keys]
    for _ in range(2000):
        a, b = rng.choice(keys), rng.choice(keys)
        i, j = rng.randrange(len(a) + 1), rng.randrange(len(b) + 1)
        texts.append(a[:i] + rng.choice(["", " ", "_", "-", ".", ":"]) + b[j:])
    matched = 0
    for pattern in PATTERNS:
        hints = required_literals(pattern.regex)
        compiled = regex.compile(pattern.regex)
        for text in texts:
            if compiled.search(text):
                matched += 1
                assert may_match(hints, text), (pattern.name, hints)
    assert matched > 100


@pytest.mark.parametrize("text", [f"config: {k}\nthanks" for k in _keys()] + ["geen sleutel hier", ""])
def test_the_filter_never_changes_what_the_api_key_recognizer_finds(text: str) -> None:
    hinted = ApiKeyRecognizer()
    everything = ApiKeyRecognizer()
    everything._hinted = [(p, None) for p in everything.patterns]
    as_found = lambda results: [  # noqa: E731
        (r.start, r.end, r.score, r.analysis_explanation.pattern_name if r.analysis_explanation else "")
        for r in results
    ]
    assert as_found(hinted.analyze(text, ["SECRET"])) == as_found(everything.analyze(text, ["SECRET"]))


def test_with_a_case_insensitive_flag_every_pattern_runs() -> None:
    class Lower(HintedPatternRecognizer):
        pass

    from presidio_analyzer import Pattern

    r = Lower(supported_entity="SECRET", patterns=[Pattern("p", r"ghp_[a-z]{4}", 0.9)], global_regex_flags=0)
    assert r.analyze("GHP_abcd", ["SECRET"]) == []
    assert len(r.analyze("GHP_abcd", ["SECRET"], regex_flags=regex.IGNORECASE)) == 1

"""The gates of the national identifier recognizers: a text with fewer digits than any notation
of a recognizer holds is skipped, and so is the label search in a text where no word opens as a
label does; neither ever changes what is found."""

from __future__ import annotations

import re._constants as c
import re._parser as sre_parse
from typing import Any

import pytest

from dlp_proxy.detection import registry
from dlp_proxy.detection.national_id import NationalIdRecognizer, digits_at_least

RECOGNIZERS = [cls for cls in registry.PATTERN_RECOGNIZERS if issubclass(cls, NationalIdRecognizer)]


def _all_digits(items: list[tuple[Any, Any]]) -> bool:
    """Whether every character a character class admits is a decimal digit."""
    for op, av in items:
        if op is c.LITERAL and chr(av).isdigit():
            continue
        if op is c.RANGE and all(chr(x).isdigit() for x in range(av[0], av[1] + 1)):
            continue
        if op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            continue
        return False
    return True


def fewest_digits(parsed: Any) -> int:
    """A lower bound on the digits of the text any match of a parsed pattern lies in: the
    digits it must consume, or those a positive lookaround demands, whichever is more."""
    consumed, demanded = 0, 0
    for op, av in parsed:
        if op is c.LITERAL:
            consumed += chr(av).isdigit()
        elif op is c.IN:
            consumed += _all_digits(av)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, sub = av
            consumed += low * fewest_digits(sub)
        elif op is c.SUBPATTERN:
            consumed += fewest_digits(av[-1])
        elif op is c.ATOMIC_GROUP:
            consumed += fewest_digits(av)
        elif op is c.BRANCH:
            consumed += min(fewest_digits(b) for b in av[1])
        elif op is c.ASSERT and av[0] == 1:  # a lookahead: its digits lie in the text too
            demanded = max(demanded, fewest_digits(av[1]))
        # a lookbehind, a negative lookaround, a back reference, an anchor: no digits counted
    return max(consumed, demanded)


@pytest.mark.parametrize("cls", RECOGNIZERS, ids=lambda cls: cls.__name__)
def test_no_notation_of_a_recognizer_holds_fewer_digits_than_its_gate_skips(cls: type[NationalIdRecognizer]) -> None:
    for pattern in cls.PATTERNS:
        fewest = fewest_digits(sre_parse.parse(pattern.regex))
        assert fewest >= cls.MIN_DIGITS, (cls.__name__, pattern.name, fewest)


def test_the_recognizers_that_need_many_digits_say_so() -> None:
    # The gate only saves work when it is set: these notations all hold nine or more digits.
    gates = {cls.__name__: cls.MIN_DIGITS for cls in RECOGNIZERS}
    assert gates["UsSsnRecognizer"] == 9
    assert gates["BeNationalIdRecognizer"] == gates["DeTaxIdRecognizer"] == 11
    assert gates["FrNirRecognizer"] == 12


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("geen cijfers", 1, False),
        ("v1", 1, True),
        ("v1", 2, False),
        ("536-90-4399", 9, True),
        ("536-90-439", 9, False),
        ("١٢٣", 3, True),  # Arabic-Indic digits are decimal digits, as \d in the patterns
        ("1" * 40, 16, True),
        ("1" * 40, 17, False),  # counted up to 16: no gate asks for more
    ],
)
def test_digits_are_counted_as_the_patterns_count_them(text: str, n: int, expected: bool) -> None:
    assert digits_at_least(text, n) is expected


@pytest.mark.parametrize(
    ("text", "finds"),
    [
        ("SSN: 536-90-4399 and BSN 111222333", True),
        ("Rijksregisternummer 85.07.30-033.28, Steuer-ID 86095742719", True),
        ("NIR 1 85 07 75 123 456 08 (France); NINO QQ 12 34 56 C", True),
        ("passport number NXC3RH7P1, rijbewijs 5123456789", True),
        ("order 12345 on 2024-01-15 for 536-90-43", False),
    ],
)
def test_the_gate_never_changes_what_is_found(text: str, finds: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = {cls.__name__: cls().analyze(text, [cls.ENTITY]) for cls in RECOGNIZERS}
    for cls in RECOGNIZERS:
        monkeypatch.setattr(cls, "MIN_DIGITS", 0)
    ungated = {cls.__name__: cls().analyze(text, [cls.ENTITY]) for cls in RECOGNIZERS}
    as_tuples = lambda found: {k: [(r.start, r.end, r.score) for r in v] for k, v in found.items()}  # noqa: E731
    assert as_tuples(gated) == as_tuples(ungated)
    assert any(gated.values()) is finds


LABELLED = [
    "Paspoort-nummer: NXC3RH7P1",
    "PASPOORTNR NXC3RH7P1",
    "passport no. NXC3RH7P1 en ID-kaart IR5NT4HK2",
    "driver's licence: S123-456-78-901-0",
    "n° de permis 123456789012",
    "Führerscheinnummer B072RRE2I55",
    "FÜHRERSCHEIN B072RRE2I55",
    "Straße 12, Steuer-ID 86095742719",  # the fold lengthens the text (ß -> ss)
    "\u0345passport NXC3RH7P1",  # a combining mark before the label: no letter, so a label
    "xpassport NXC3RH7P1",  # a letter before it: no label
    "SSN#536-90-4399 and soc. sec. no 536 90 4399",
    "order 123456 for the idea of a license-free plan",
]


@pytest.mark.parametrize("text", LABELLED)
def test_the_label_gate_never_changes_what_is_found(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = {cls.__name__: cls().analyze(text, [cls.ENTITY]) for cls in RECOGNIZERS}
    monkeypatch.setattr("dlp_proxy.detection.national_id.may_hold_a_label", lambda text, parts: True)
    ungated = {cls.__name__: cls().analyze(text, [cls.ENTITY]) for cls in RECOGNIZERS}
    as_tuples = lambda found: {k: [(r.start, r.end, r.score) for r in v] for k, v in found.items()}  # noqa: E731
    assert as_tuples(gated) == as_tuples(ungated)


def test_the_label_gate_finds_labels_and_rules_out_texts_without() -> None:
    from dlp_proxy.detection.national_id import label_parts, may_hold_a_label

    parts = label_parts(["paspoort nr.", "passport", "n°", "ID-kaart"])
    assert parts == {"paspoort", "passport", "n°", "id"}
    assert may_hold_a_label("Mijn PASPOORT verloopt", parts)
    assert may_hold_a_label("zijn id is", parts)
    assert may_hold_a_label("le n° 12", parts)
    assert not may_hold_a_label("a valid aid, hidden in the xpassport", parts)  # only inside words
    assert may_hold_a_label("Straße: passport", parts)  # folding lengthened the text


def test_the_label_gate_gives_up_on_many_occurrences_inside_words() -> None:
    # "xid" a hundred thousand times: every "id" is inside a word, but looking at them all would
    # cost more than the label search it saves; past a bound the gate lets the search decide.
    from dlp_proxy.detection.national_id import label_parts, may_hold_a_label

    parts = label_parts(["id"])
    assert not may_hold_a_label("xid " * 10, parts)
    assert may_hold_a_label("xid " * 100_000, parts)

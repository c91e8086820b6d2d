"""The literal text every match of a regular expression must hold, found by reading the pattern.

A recognizer with many patterns (API keys: one per vendor) runs each over the whole text; most
patterns begin with a fixed prefix ("ghp_", "AKIA", "xox"), and a text that holds none of a
pattern's required strings cannot match it. `required_literals` reads a pattern with Python's own
regular-expression parser (the subset of syntax the `regex` module shares with `re`) and returns
a set of strings of which every match holds at least one, or None when it cannot tell (a pattern
that does not parse, starts with a character class, or is case-insensitive there). None means
"always run the pattern": the hint only ever skips work, never a match.
"""

from __future__ import annotations

import re
import re._constants as c
import re._parser as sre_parse
from typing import Any

# Shorter required strings than this are no useful filter ("-" is in every prose text).
MIN_HINT = 2
# Syntax of the `regex` module that Python's parser reads otherwise or not at all (POSIX classes,
# version 1 set operations, reverse and full-case matching): a pattern holding any is not read.
_REGEX_ONLY = ("[:", "(?V1", "(?r", "(?f", "(?w", "(?(DEFINE)", "(?|", "\\p", "\\P", "\\X", "\\N")


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match of `pattern` holds at least one (case as written), or None."""
    if flags & re.IGNORECASE or any(marker in pattern for marker in _REGEX_ONLY):
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, ValueError, OverflowError):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _sequence(list(parsed), ignorecase=False)
    if not found or any(len(s) < MIN_HINT for s in found):
        return None
    return frozenset(found)


def _sequence(items: list[tuple[Any, Any]], ignorecase: bool) -> set[str] | None:
    """The best required set of a sequence: the longest run of literals, or a group's set."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    for op, av in items:
        if op is c.LITERAL and not ignorecase:
            run.append(chr(av))
            continue
        if run:
            consider({"".join(run)})
            # The parser factors a shared start out of alternatives (AKIA|ASIA is A, then KIA|SIA):
            # put it back in front of the group's own starts.
            starts = None if ignorecase else _starts(op, av)
            if starts:
                consider({"".join(run) + s for s in starts})
            run = []
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            inner_ignorecase = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            consider(_sequence(list(sub), inner_ignorecase))
        elif op is c.ATOMIC_GROUP:
            consider(_sequence(list(av), ignorecase))
        elif op is c.BRANCH:
            consider(_branches(av[1], ignorecase))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_sequence(list(av[2]), ignorecase))
        # a lookaround, class, any, back reference or optional part: nothing required from it
    if run:
        consider({"".join(run)})
    return best


def _starts(op: Any, av: Any) -> set[str] | None:
    """The strings one of which every match of a group or alternation begins with, or None."""
    if op is c.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE:
            return None
        items = list(sub)
        return _starts(*items[0]) if len(items) == 1 and items[0][0] is c.BRANCH else _literal_start(items)
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            start = _literal_start(list(branch))
            if not start:
                return None
            out |= start
        return out
    return None


def _literal_start(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The literal characters a sequence opens with, as a one-string set, or None."""
    run = []
    for op, av in items:
        if op is not c.LITERAL:
            break
        run.append(chr(av))
    return {"".join(run)} if run else None


def _branches(branches: list[Any], ignorecase: bool) -> set[str] | None:
    """Alternatives: each must require a string; the union of theirs is required."""
    out: set[str] = set()
    for branch in branches:
        found = _sequence(list(branch), ignorecase)
        if not found:
            return None
        out |= found
    return out


def may_match(hints: frozenset[str] | None, text: str) -> bool:
    """Whether a text could hold a match of a pattern with these hints (None: always)."""
    return hints is None or any(h in text for h in hints)

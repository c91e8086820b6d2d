"""Span lookups that stay logarithmic however many spans a crafted text yields.

Recognizers ask "does an earlier finding hold this position, or contain this span?" for every
candidate. Asked of a list (`any(s <= p < e for s, e in spans)`), that is quadratic: a megabyte
of addresses or names has tens of thousands of both. Both questions are answered here from the
spans sorted by start and the furthest end reached so far.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class SpanIndex:
    """A fixed set of (start, end) spans."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  # furthest end among spans so far

    def _reach_from(self, pos: int) -> int | None:
        """The furthest end of a span starting at or before `pos`; None when none does."""
        i = bisect_right(self._starts, pos)
        return self._reach[i - 1] if i else None

    def covers(self, pos: int) -> bool:
        """Whether a span holds position `pos` (start <= pos < end)."""
        reach = self._reach_from(pos)
        return reach is not None and reach > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a position with [start, end)."""
        return self.covers(start) or bisect_right(self._starts, start) < bisect_left(self._starts, end)

    def contains(self, start: int, end: int) -> bool:
        """Whether a span contains [start, end) (its start <= start and end <= its end)."""
        reach = self._reach_from(start)
        return reach is not None and reach >= end


class _MaxTree:
    """Prefix maxima over fixed slots, each slot raised at most to a new maximum (a Fenwick tree)."""

    __slots__ = ("_tree",)

    def __init__(self, size: int) -> None:
        self._tree = [-1] * (size + 1)

    def raise_to(self, slot: int, value: int) -> None:
        i = slot + 1
        while i < len(self._tree):
            self._tree[i] = max(self._tree[i], value)
            i += i & -i

    def prefix_max(self, slots: int) -> int:
        """The maximum of the first `slots` slots (-1 when none was raised)."""
        best, i = -1, slots
        while i > 0:
            best = max(best, self._tree[i])
            i -= i & -i
        return best


def absorb(spans: list[tuple[int, int, float]], wider: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Add each of `wider` in turn to `spans`: one that a span already contains is left out;
    one that is added replaces the spans inside it and takes the highest score of theirs and
    its own. The same result, in the same order, as

        for start, end, score in wider:
            if any(s <= start and end <= e for s, e, _ in spans):
                continue
            inside = [x for x in spans if start <= x[0] and x[1] <= end]
            spans = [x for x in spans if x not in inside] + [(start, end, max([score] + [x[2] for x in inside]))]

    in O(n log n) for spans that do not nest deeply. A span removed because an added one
    contains it never decides a later containment test (the added one decides it the same way),
    so containment is a prefix maximum over every span ever present."""
    items = [*spans, *wider]
    order = sorted(range(len(items)), key=lambda k: items[k][0])
    slot = [0] * len(items)  # item -> its place in start order
    for place, k in enumerate(order):
        slot[k] = place
    starts = [items[k][0] for k in order]
    present = [k < len(spans) for k in range(len(items))]
    scores = [item[2] for item in items]
    reach = _MaxTree(len(items))
    for k in range(len(spans)):
        reach.raise_to(slot[k], items[k][1])
    added: list[int] = []
    for k in range(len(spans), len(items)):
        start, end, _ = items[k]
        if reach.prefix_max(bisect_right(starts, start)) >= end:
            continue
        for place in range(bisect_right(starts, start - 1), bisect_right(starts, end)):
            j = order[place]
            if present[j] and items[j][1] <= end:
                present[j] = False
                scores[k] = max(scores[k], scores[j])
        present[k] = True
        reach.raise_to(slot[k], end)
        added.append(k)
    # The original loop also drops every copy of an inside span (`x not in inside`): equal
    # tuples are inside together, so dropping by position is the same.
    return [(items[k][0], items[k][1], scores[k]) for k in [*range(len(spans)), *added] if present[k]]

"""SpanIndex answers as a scan of the span list would."""

from __future__ import annotations

import random

from dlp_proxy.detection.span_index import SpanIndex


def test_overlaps_answers_as_a_scan_of_every_span_would() -> None:
    rng = random.Random(5)
    for _ in range(300):
        spans = [(s, s + rng.randint(1, 8)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        index = SpanIndex(spans)
        for start in range(0, 70):
            for end in range(start + 1, start + 6):
                assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans), (spans, start, end)


def test_overlaps_at_the_edges() -> None:
    index = SpanIndex([(10, 20)])
    assert not index.overlaps(0, 10) and not index.overlaps(20, 25)
    assert index.overlaps(9, 11) and index.overlaps(19, 21) and index.overlaps(12, 13) and index.overlaps(0, 30)

"""The recognizers of a request come in the order they were registered, in every process, so a
tie between two findings of the same span and score is always settled the same way."""

from __future__ import annotations

import subprocess
import sys

from presidio_analyzer import Pattern, PatternRecognizer

from dlp_proxy.detection.nlp import OrderedRecognizerRegistry


def _recognizer(name: str, entity: str = "SECRET") -> PatternRecognizer:
    return PatternRecognizer(supported_entity=entity, name=name, patterns=[Pattern(name, r"tok_\w+", 0.9)])


def test_recognizers_come_in_the_order_they_were_added() -> None:
    registry = OrderedRecognizerRegistry(supported_languages=["xx"])
    names = [f"R{i}" for i in range(12)]
    for i, name in enumerate(names):
        r = _recognizer(name, "SECRET" if i % 2 else "PERSON")
        r.supported_language = "xx"
        registry.add_recognizer(r)
    assert [r.name for r in registry.get_recognizers("xx", ["SECRET", "PERSON"])] == names
    assert [r.name for r in registry.get_recognizers("xx", ["PERSON"])] == names[0::2]
    # asked again, the same answer (kept), and a recognizer added later is included
    later = _recognizer("late")
    later.supported_language = "xx"
    registry.add_recognizer(later)
    assert [r.name for r in registry.get_recognizers("xx", ["SECRET"])] == [*names[1::2], "late"]


TIE = """
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY
d = build_detector(load_policy(TEST_POLICY)).load()
text = ("DATABASE_URL=postgres://app:Xq7vLm2pRt9wZk4s@db.internal:5432/app en token "
        "ghp_aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2")
print(sorted((f.start, f.end, f.entity_type, f.recognizer) for f in d.scan(text)))
"""


def test_two_processes_credit_the_same_findings_to_the_same_recognizers() -> None:
    # Object addresses differ between processes; presidio's set ordered the recognizers by them.
    runs = {
        subprocess.run([sys.executable, "-c", TIE], capture_output=True, text=True, check=True).stdout for _ in range(4)
    }
    assert len(runs) == 1, runs
    # The first registered of the tied recognizers is credited: registry.PATTERN_RECOGNIZERS
    # lists the connection-string and vendor-key recognizers before the generic ones.
    expected = "[(24, 45, 'SECRET', 'ConnectionStringRecognizer'), (75, 115, 'SECRET', 'ApiKeyRecognizer')]"
    assert runs.pop().strip() == expected

"""The whole detection engine never raises on short texts built at random from the pieces its
recognizers look for: names and cue words, labels, digits in identifier layouts, key words and
key-like tokens, e-mail and URL parts, quotes, brackets and line breaks. A recognizer that reads
past a text's edge would make the engine refuse the prompt ("detection failed")."""

from __future__ import annotations

import random

import pytest

from dlp_proxy.detection.engine import PresidioDetector
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY

PIECES = (
    "Sanne Grace Milan Julia Jansen de van J. Dear Beste Attendees: Aanwezig: and en met aan "
    "BSN SSN IBAN NIR rijksregisternummer Steuer-ID passport paspoort rijbewijs tel mobiel "
    "111222333 123-45-6789 134 48 9895 1 85 07 75 123 456 08 85.07.30-033.28 QQ123456C NL91ABNA0417164300 "
    "4111 1111 1111 1111 06-12345678 +31 20 123 4567 x3372 ext. 12 2024-01-15 15-03-1985 "
    "password wachtwoord: token key= API_KEY= secret Bearer sk-proj- ghp_ AKIA AKIAIOSFODNN7EXAMPLE "
    "RdbTFOqEkmpaeIvCWenN Zomer2024! p@ss w0rd jan@example.nl https:// user:pw@ host 10.0.0.1 "
    "Kerkstraat 12 1234 AB Utrecht 221B Baker Street London SW1A 1AA "
    ", . : ; ! ? ' \" ( ) [ ] { } = / & @ # - \n \n\n"
).split(" ")


@pytest.fixture(scope="module")
def detector() -> PresidioDetector:
    return build_detector(load_policy(TEST_POLICY)).load()


def test_the_engine_never_raises_on_random_pieces(detector: PresidioDetector) -> None:
    rng = random.Random(6120)
    for _ in range(1500):
        tokens = [rng.choice(PIECES) for _ in range(rng.randint(1, 12))]
        text = "".join(t + rng.choice((" ", "", " ")) for t in tokens).strip(" ")
        for variant in (text, text.upper()):
            findings = detector.scan(variant)  # raises DetectorError when a recognizer fails
            assert all(0 <= f.start < f.end <= len(variant) for f in findings), variant

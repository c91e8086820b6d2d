"""The person-name rules never raise, whatever tokens a text ends or starts with.

Each rule looks a few tokens ahead or behind; one that forgets a bound raises IndexError at the
edge of a text, and the engine then refuses the whole prompt ("detection failed"). Short texts
built at random from names, cue words and marks put every rule's look-ahead at every edge.
"""

from __future__ import annotations

import random

from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_lexicon import lexicon

PIECES = (
    # names: plain, word-like, place-like, product, surname, initials
    "Sanne Candace Melissa Grace Holly Roos Will Mark Milan Georgia Julia Alexa Jansen Hall de van der "
    "J. A.B. O'Brien Van den Eynde Standaert "
    # cues: labels, salutations, sign-offs, roles, verbs, pronouns, relatives
    "Attendees: Aanwezig: Dear Beste Hi Hoi Groet, regards, and en of or met with aan tegen vraag zeg "
    "ask tell the a de het is kent heeft 42 jaar years (42) over about Opmerking Note manager hiring "
    "collega colleague Yesterday Gisteren from uit marketingteam bij @ # - – ... "
    # marks
    ", . : ; ! ? ' \" “ ( ) [ ] / & \n \n\n"
).split(" ")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        tokens = [rng.choice(PIECES) for _ in range(rng.randint(1, 10))]
        joiners = [rng.choice((" ", "", " ", "  ")) for _ in tokens]
        out.append("".join(t + j for t, j in zip(tokens, joiners, strict=True)).strip(" "))
    return out


def test_the_name_rules_never_raise_at_the_edges_of_a_text() -> None:
    lex = lexicon()
    for text in _texts(20261206, 4000):
        for variant in (text, text.lower(), text.upper()):
            spans = NameFinder(variant, lex).find()  # raises on a rule that overruns the tokens
            assert all(0 <= s < e <= len(variant) for s, e, _ in spans), variant

"""A development probe for first names that are also words ("Grace", "Holly", "Robin", "Roos",
"Frank"): single names in sentence shapes no earlier name probe has, and benign sentences that
use the same words as words, capitalised where English or Dutch writers do capitalise them.

    python bench/names_wordlike.py [--misses]

Written on 2026-12-06 (fifth session) in one go, before the engine ran on it. Names: every name
of name_words.CASE_TELLS_NAMES and 40 other first names the lexicon holds as words or places,
each once, in a shape drawn with seed 6262 (English shapes for English names, Dutch shapes for
the Dutch ones). A name counts as found when PERSON findings cover half of it
(bench/scoring.py's rule). Benign: no PERSON finding may touch the marked word.

First run 0.448 (52/116), benign 1/20 ("The Robin Hood tax", found before as well); the same
on the tree before (a capital told nothing for these names: each needed a cue such as a role or
a request). After the rule for a common noun capitalised inside a sentence (lone_name._case_tells)
and three cues, 0.802, benign 1/20: the misses left are names that are also places ("with
Florence"), a name opening the sentence, and words in other senses ("Mark", "Will", "Grant").
Then cues only a person fits, for place and word names too ("Georgia's email", "a 1:1 with
Florence", "Congratulate X on"): 0.862, benign 1/20 (tuning figures from here on).
"""

# ruff: noqa: E501  (the shapes are data: one sentence to a line)

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dlp_proxy.detection.names.name_words import CASE_TELLS_NAMES  # noqa: E402

DUTCH = frozenset("Roos Merel Lente Mees Bas Greet Floor Fleur Jet Lex Luna Jade Sky Sam".split())
OTHERS = """Hunter Autumn Chase Mason Taylor Parker Dean Miles Summer Georgia Austin Florence
    Sydney Victoria Madison Jordan Morgan Rowan River Storm Ruby Amber Crystal Sage Sterling
    Ginger Mark Will Bill Pat Art Grant Drew Gene Neil Ted Bert Willem Hugo""".split()

EN_SHAPES = [
    "Can you make sure {n} gets a copy of the signed contract?",
    "I need to give {n} feedback on her presentation, help me phrase it kindly.",
    "Summarise the notes {n} took during the workshop.",
    "{n} is out sick today, who can cover her shift?",
    "Write a farewell card for {n}, she is moving to Canada.",
    "The client asked whether {n} could join the call on Thursday.",
    "Please loop in {n} before we reply to the auditor.",
    "Draft a reply to {n} saying the delivery is delayed by a week.",
    "My manager {n} wants a status update every Monday.",
    "We need someone to replace {n} while he is on paternity leave.",
    "How do I tell {n} that his proposal was rejected?",
    "Schedule a 1:1 with {n} for next week.",
    "According to {n}, the budget was approved last month.",
    "Is it okay to forward {n}'s email to the whole team?",
    "Congratulate {n} on ten years with the company.",
    "{n} forgot her badge again, can reception let her in?",
]
NL_SHAPES = [
    "Kun je ervoor zorgen dat {n} een kopie van het contract krijgt?",
    "Ik moet {n} feedback geven op haar presentatie, help me het netjes te zeggen.",
    "Vat de aantekeningen samen die {n} tijdens de workshop maakte.",
    "{n} is vandaag ziek, wie kan haar dienst overnemen?",
    "Schrijf een afscheidskaart voor {n}, ze verhuist naar Canada.",
    "De klant vroeg of {n} donderdag kan aansluiten bij het gesprek.",
    "Zet {n} even in de cc voordat we de accountant antwoorden.",
    "Stel een antwoord op aan {n} dat de levering een week later komt.",
    "Mijn leidinggevende {n} wil elke maandag een update.",
    "We zoeken iemand die {n} vervangt tijdens zijn vaderschapsverlof.",
    "Hoe vertel ik {n} dat zijn voorstel is afgewezen?",
    "Plan volgende week een gesprek met {n} in.",
    "Volgens {n} is het budget vorige maand goedgekeurd.",
    "Mag ik de mail van {n} doorsturen naar het hele team?",
    "Feliciteer {n} met tien jaar in dienst.",
    "{n} is haar pasje weer vergeten, kan de receptie haar binnenlaten?",
]

# The same words as words; [[...]] marks the word that must get no PERSON finding.
BENIGN = [
    "Order a [[Holly]] wreath and two candles for the Christmas table.",
    "The new logo uses the [[Violet]] and [[Jade]] colours from the style guide.",
    "Our wifi password changed, the network is still [[Sky]]-Guest.",
    "Grace period: invoices are due 30 days after the [[Summer]] closing.",
    "The [[Robin]] Hood tax debate is back in parliament.",
    "We ordered [[Ginger]] Ale and [[Cherry]] Coke for the party.",
    "She bought a [[Daisy]] print dress at the market.",
    "The [[Amber]] warning stays in place until noon.",
    "In het voorjaar bloeit de [[Roos]] in de tuin van het kantoor.",
    "De [[Merel]] zat de hele ochtend op het dak.",
    "De [[Lente]]-editie van de nieuwsbrief komt in april uit.",
    "Welke kleur past beter bij de huisstijl: [[Violet]] of Mint?",
    "Bestel een fles [[Sherry]] voor de kerstborrel.",
    "The [[Pearl]] Harbor documentary was on last night.",
    "Install [[Ruby]] 3.3 and run bundle install.",
    "Export the ledger from [[Sage]] and import it into Exact.",
    "We flew to [[Florence]] and took the train to Rome.",
    "The [[Chase]] account was closed in March.",
    "Use [[Crystal]] Reports for the monthly overview.",
    "The [[Dean]] of the faculty signs the diplomas.",
]


def main() -> None:
    from dlp_proxy.detection.factory import build_detector
    from dlp_proxy.detection.workers import for_detection
    from dlp_proxy.policy.loader import load_policy

    det = build_detector(for_detection(load_policy(str(ROOT / "rules")))).load()
    rng = random.Random(6262)
    names = sorted(CASE_TELLS_NAMES) + OTHERS
    found = total = 0
    misses = []
    for name in names:
        shapes = NL_SHAPES if name in DUTCH else EN_SHAPES
        text = rng.choice(shapes).format(n=name)
        start = text.index(name)
        end = start + len(name)
        cover = sum(max(0, min(end, f.end) - max(start, f.start)) for f in det.scan(text) if f.entity_type == "PERSON")
        total += 1
        if cover * 2 >= len(name):
            found += 1
        else:
            misses.append(text)
    print(f"PERSON recall {found / total:.3f} ({found}/{total})")
    flagged = []
    for marked in BENIGN:
        text = marked.replace("[[", "").replace("]]", "")
        # each earlier mark took 4 characters ("[[" and "]]") that the text does not have
        spans = [(m.start() - 4 * k, m.end() - 4 * k - 4) for k, m in enumerate(re.finditer(r"\[\[.+?\]\]", marked))]
        hits = [
            f for f in det.scan(text) if f.entity_type == "PERSON" and any(f.start < e and f.end > s for s, e in spans)
        ]
        if hits:
            flagged.append(text)
    print(f"benign texts with a PERSON finding on the marked word: {len(flagged)}/{len(BENIGN)}")
    if "--misses" in sys.argv:
        for text in misses:
            print("  miss", text)
        for text in flagged:
            print("  benign", text)


if __name__ == "__main__":
    main()

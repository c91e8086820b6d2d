"""A development probe for a first name alone as the object or subject of everyday workplace verbs,
in English and Dutch: one short request per verb, the name drawn from Faker's locales.

    python bench/names_verbs.py [--misses] [--seed N]

Written on 2026-12-06 (sixth session) in one go, before the engine ran on it: a list of verbs a
request does to or with a colleague, each in one frame. A name counts as found when PERSON
findings cover half of it (bench/scoring.py's rule).

First run (seed 8383): English 0.978, Dutch 0.914, all 0.946 (176/186). Misses: "X verzet
steeds", "brief Amber on", "introduce Mark to", and first names that are words or places after
verbs that also take a thing ("Ik spreek Milan morgen", "Wie kan Elke vervangen"). After the
first three as cues: 0.973; seed 8484 (other names): 0.962.
"""

# ruff: noqa: E501  (the frames are data)

from __future__ import annotations

import sys
from pathlib import Path

from dev_marks import faker_probe_main
from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EN = [
    "Can you help me ask {f} for a deadline extension?",
    "How do I tell {f} the project is cancelled?",
    "Remind {f} about the audit on Thursday.",
    "Write a note to thank {f} for covering my shift.",
    "Should I email {f} or wait until Monday?",
    "I need to call {f} about the invoice, what do I say?",
    "Help me invite {f} to the kickoff.",
    "What is the best way to support {f} after her surgery?",
    "I'm meeting {f} tomorrow to discuss the merger.",
    "We want to hire {f} as a senior engineer.",
    "Is it fair to promote {f} over the others?",
    "I have to coach {f} on time management.",
    "Draft a message to introduce {f} to the sales team.",
    "Please brief {f} on the client's complaints.",
    "How should I warn {f} about the phishing attempt?",
    "We are interviewing {f} next week for the analyst role.",
    "Who can cover for {f} while he is on holiday?",
    "Let {f} know the server is down.",
    "Can you forward the slides to {f}?",
    "Assign the ticket to {f} and set it to urgent.",
    "I sit next to {f} and she talks loudly on calls.",
    "I report to {f}, who never answers my emails.",
    "Write an apology to {f} for missing the meeting.",
    "Should I nominate {f} for employee of the month?",
    "Schedule a call with {f} for Friday afternoon.",
    "{f} asked me to review the contract tonight.",
    "{f} keeps rescheduling our one-on-one.",
    "{f} wants a raise but the budget is frozen.",
    "{f} resigned this morning; draft the announcement.",
    "{f} and {f2} are both applying for the lead role.",
]
NL = [
    "Kun je me helpen {f} om uitstel te vragen?",
    "Hoe vertel ik {f} dat het project stopt?",
    "Herinner {f} aan de audit van donderdag.",
    "Schrijf een bedankje aan {f} omdat ze mijn dienst overnam.",
    "Moet ik {f} mailen of wachten tot maandag?",
    "Ik moet {f} bellen over de factuur, wat zeg ik?",
    "Help me {f} uit te nodigen voor de aftrap.",
    "Hoe kan ik {f} steunen na haar operatie?",
    "Ik spreek {f} morgen over de fusie.",
    "We willen {f} aannemen als senior engineer.",
    "Is het eerlijk om {f} te promoveren boven de anderen?",
    "Ik moet {f} coachen op timemanagement.",
    "Schrijf een bericht om {f} voor te stellen aan het salesteam.",
    "Wil je {f} bijpraten over de klachten van de klant?",
    "Hoe waarschuw ik {f} voor de phishingmail?",
    "We spreken {f} volgende week voor de functie van analist.",
    "Wie kan {f} vervangen terwijl hij op vakantie is?",
    "Laat {f} weten dat de server plat ligt.",
    "Kun je de slides doorsturen naar {f}?",
    "Wijs het ticket toe aan {f} en zet het op urgent.",
    "Ik zit naast {f} en ze belt heel luid.",
    "Ik rapporteer aan {f}, die nooit op mijn mails reageert.",
    "Schrijf een excuus aan {f} voor het missen van de vergadering.",
    "Zal ik {f} nomineren als medewerker van de maand?",
    "Plan een belletje met {f} voor vrijdagmiddag.",
    "{f} vroeg me het contract vanavond na te kijken.",
    "{f} verzet steeds ons één-op-één.",
    "{f} wil opslag maar het budget is bevroren.",
    "{f} heeft vanochtend ontslag genomen; schrijf de aankondiging.",
    "{f} en {f2} solliciteren allebei op de functie van teamleider.",
]
LOCALES = {"en": ("en_US", "en_GB"), "nl": ("nl_NL", "nl_BE")}


def main() -> None:
    def draw(fk: Faker) -> dict[str, str]:
        return {"f": fk.first_name(), "f2": fk.first_name()}

    faker_probe_main(__doc__, {"en": EN, "nl": NL}, LOCALES, 8383, draw)


if __name__ == "__main__":
    main()

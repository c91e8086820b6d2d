"""A development probe for a first name alone in the syntactic places a chat or request puts one:
a question opened by an auxiliary, a list of names, a possessive (straight and curly), brackets,
an @mention, a contraction, a vocative inside a sentence, "me and X", "per X", a quoted speaker.

    python bench/names_syntax.py [--misses] [--seed N]

Written on 2026-12-06 (seventh session) in one go, before the engine ran on it, from a list of
syntactic positions rather than of verbs or message kinds (the earlier probes). Each text also
in lower case. A name counts as found when PERSON findings cover half of it.
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
    # an auxiliary opens a question
    "Did {f} send the revised budget yet?",
    "Has {f} replied to the client about the delay?",
    "Is {f} joining the call this afternoon?",
    "Can {f} take over the onboarding next week?",
    "Would {f} be a good fit for the audit team?",
    "Why did {f} cancel the vendor meeting?",
    # lists of names
    "{f}, {f2} and {f3} will present the quarterly results.",
    "Invite {f}, {f2}, and {f3} to the planning session.",
    "Attendees: {f}, {f2}, {f3}",
    # possessives
    "{f}'s presentation needs a stronger conclusion.",
    "Can you proofread {f}’s cover letter?",
    "I disagree with {f}'s estimate for the migration.",
    # brackets and apposition
    "The new hire ({f}) starts on Monday, please prepare a laptop.",
    "{f}, our designer, thinks the logo is too dark.",
    "Our team lead, {f}, approved the request.",
    # mentions and chat
    "@{f} can you look at the failing build?",
    "thanks @{f}, merged it",
    "{f} here, quick question about the expense policy.",
    # contractions
    "{f}'s out sick today, so the demo moves to Friday.",
    "{f}'ll handle the client call, you take the notes.",
    "I think {f}'d be upset if we skipped the retro.",
    # vocatives inside a sentence
    "Thanks for the quick turnaround, {f}!",
    "Sorry {f}, I can't make it to the standup.",
    "Good morning {f}, here is the summary you asked for.",
    # me and X, X and I, per X
    "Me and {f} are covering the help desk this weekend.",
    "{f} and I finished the risk assessment.",
    "Per {f}, the deadline moved to the 14th.",
    # quoted speech
    '{f} said: "we need this signed by Friday".',
    '"That won\'t work," {f} replied during the meeting.',
    # objects of prepositions at the end
    "I had lunch with {f}.",
    "The keys are with {f}",
    "This one is for {f}, the rest go to finance.",
]
NL = [
    # een vraag met een hulpwerkwoord voorop
    "Heeft {f} de aangepaste begroting al gestuurd?",
    "Is {f} vanmiddag bij het overleg?",
    "Kan {f} volgende week het inwerken overnemen?",
    "Waarom heeft {f} de afspraak met de leverancier afgezegd?",
    "Wil {f} de notulen maken?",
    # lijstjes van namen
    "{f}, {f2} en {f3} presenteren de kwartaalcijfers.",
    "Nodig {f}, {f2} en {f3} uit voor de planningssessie.",
    "Aanwezig: {f}, {f2}, {f3}",
    # bezit
    "De presentatie van {f} heeft een sterker slot nodig.",
    "Kun je {f}'s sollicitatiebrief nalezen?",
    "{f}’s inschatting voor de migratie klopt niet.",
    # haakjes en bijstelling
    "De nieuwe collega ({f}) begint maandag, wil je een laptop klaarzetten?",
    "{f}, onze ontwerper, vindt het logo te donker.",
    "Onze teamleider, {f}, heeft het verzoek goedgekeurd.",
    # vermeldingen en chat
    "@{f} kun je naar de mislukte build kijken?",
    "dank je @{f}, is gemerged",
    "{f} hier, even een vraag over de declaratieregeling.",
    # aanspreken midden in een zin
    "Bedankt voor de snelle reactie, {f}!",
    "Sorry {f}, ik kan niet bij de standup zijn.",
    "Goedemorgen {f}, hier is de samenvatting waar je om vroeg.",
    # ik en X
    "{f} en ik hebben de risicoanalyse afgerond.",
    "Ik en {f} doen dit weekend de helpdesk.",
    "Volgens {f} is de deadline verschoven naar de 14e.",
    # citaten
    '{f} zei: "dit moet vrijdag getekend zijn".',
    '"Dat gaat niet werken," antwoordde {f} in het overleg.',
    # voorzetsel aan het eind
    "Ik heb geluncht met {f}.",
    "De sleutels liggen bij {f}",
    "Deze is voor {f}, de rest gaat naar financiën.",
]
LOCALES = {"en": ("en_US", "en_GB"), "nl": ("nl_NL", "nl_BE")}


def main() -> None:
    def draw(fk: Faker) -> dict[str, str]:
        return {k: fk.first_name() for k in ("f", "f2", "f3")}

    faker_probe_main(__doc__, {"en": EN, "nl": NL}, LOCALES, 9191, draw, lower_too=True)


if __name__ == "__main__":
    main()

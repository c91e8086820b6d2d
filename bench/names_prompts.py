"""A development probe for person names in the phrasing of public prompt collections: "Act as ...",
"Write a LinkedIn recommendation for ...", role-play set-ups, lists of attendees, quoted chat
messages to answer, and names inside the material pasted after an instruction.

    python bench/names_prompts.py [--misses] [--seed N]

Written on 2026-12-06 (fifth session) in one go, before the engine ran on it. Each shape takes
one to three names drawn with the seed from Faker's en_US, en_GB, nl_NL and nl_BE locales (a first
name, or a first name and surname, as the shape says); English shapes take English names, Dutch
shapes Dutch ones. A name counts as found when PERSON findings cover half of it (bench/scoring.py's
rule).

First run (seed 8080): English 0.929, Dutch 0.881, all 0.905 (152/168). Misses: the first name of a
list after a label ("Attendees: Candace, Melissa and Tracy"), a name opening a quoted text ("'Annick
is traag"), "kent"/"knows" after a name, a role with a word before it ("Robin, the hiring
manager"), a salutation's surname that is also a word ("Dear Molly Hall,"). After the rules for
these, 0.976 (164/168); seed 9191 (other names, same shapes) 0.952.
"""

# ruff: noqa: E501  (the shapes are data: one prompt to a line)

from __future__ import annotations

import sys
from pathlib import Path

from dev_marks import faker_probe_main
from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# {f} a first name, {n} a full name; {f2}, {n2}, {f3} further ones.
EN = [
    "Act as an HR advisor. My colleague {f} keeps missing deadlines; how do I raise it with her?",
    "Write a LinkedIn recommendation for my former manager {n}, who led our data team for four years.",
    "You are a customer service agent. Reply politely to this message from {n}: 'My order never arrived.'",
    "Role-play a salary negotiation: you are {f}, the hiring manager, and I am the candidate.",
    "Summarize the meeting. Attendees: {f}, {f2} and {f3}. Decisions: move the launch to May.",
    "Rewrite this text message to {f} so it sounds less angry: you never answer my calls",
    "Draft a toast for {f} and {f2}'s wedding, funny but not embarrassing.",
    "Create a 30-60-90 day plan for our new hire {n}, starting as a junior analyst.",
    "Give me three ways to say no to {f} when she asks me to cover her weekend shift again.",
    "Translate to Dutch: 'Dear {n}, thank you for your application.'",
    "Here is a chat log, tell me who agreed to what:\n{f}: I can do Tuesday\n{f2}: Tuesday is fine for me too\n{f3}: I'm out until Thursday",
    "Proofread: '{f} and me went to the client meeting yesterday and presented the numbers.'",
    "Write a short bio for the conference program: {n} is a product designer with ten years of experience.",
    "Explain to my son {f} (8 years old) why the sky is blue.",
    "I'm writing a reference letter for {n}. She worked under me as a nurse at the oncology ward.",
    "Pretend you are {n}, a skeptical CFO, and challenge my budget proposal.",
    "My landlord {n} won't return my deposit. Draft a formal letter to him.",
    "Compose a condolence message to {f}, whose father passed away last week.",
    "Who should lead the project, {f} or {f2}? {f} has more experience but {f2} knows the client.",
    "Make this performance review kinder: '{f} is slow, makes errors and rarely speaks up in meetings.'",
]
NL = [
    "Gedraag je als HR-adviseur. Mijn collega {f} mist steeds deadlines; hoe bespreek ik dat met haar?",
    "Schrijf een LinkedIn-aanbeveling voor mijn oud-leidinggevende {n}, die vier jaar ons datateam leidde.",
    "Je bent een klantenservicemedewerker. Beantwoord dit bericht van {n} vriendelijk: 'Mijn bestelling is nooit aangekomen.'",
    "Speel een salarisonderhandeling na: jij bent {f}, de manager, en ik ben de kandidaat.",
    "Vat de vergadering samen. Aanwezig: {f}, {f2} en {f3}. Besluit: de lancering schuift naar mei.",
    "Herschrijf dit appje aan {f} zodat het minder boos klinkt: je neemt nooit op",
    "Schrijf een speech voor de bruiloft van {f} en {f2}, grappig maar niet gênant.",
    "Maak een inwerkplan van 90 dagen voor onze nieuwe collega {n}, die start als junior analist.",
    "Geef drie manieren om nee te zeggen tegen {f} als ze weer vraagt of ik haar weekenddienst overneem.",
    "Vertaal naar het Engels: 'Beste {n}, bedankt voor je sollicitatie.'",
    "Hier is een chatgesprek, wie heeft wat toegezegd?\n{f}: dinsdag kan ik\n{f2}: dinsdag is voor mij ook goed\n{f3}: ik ben er pas donderdag",
    "Corrigeer: '{f} en ik zijn gisteren naar de klant geweest en hebben de cijfers gepresenteerd.'",
    "Schrijf een korte bio voor het congresprogramma: {n} is productontwerper met tien jaar ervaring.",
    "Leg mijn zoon {f} (8 jaar) uit waarom de lucht blauw is.",
    "Ik schrijf een referentie voor {n}. Ze werkte onder mij als verpleegkundige op de oncologie.",
    "Doe alsof je {n} bent, een kritische CFO, en bekritiseer mijn begroting.",
    "Mijn verhuurder {n} geeft mijn borg niet terug. Schrijf een formele brief aan hem.",
    "Schrijf een condoleancebericht aan {f}, wiens vader vorige week is overleden.",
    "Wie moet het project leiden, {f} of {f2}? {f} heeft meer ervaring maar {f2} kent de klant.",
    "Maak deze beoordeling vriendelijker: '{f} is traag, maakt fouten en zegt weinig in overleggen.'",
]
LOCALES = {"en": ("en_US", "en_GB"), "nl": ("nl_NL", "nl_BE")}


def main() -> None:
    def draw(fk: Faker) -> dict[str, str]:
        firsts = [fk.first_name() for _ in range(3)]
        fulls = [f"{fk.first_name()} {fk.last_name()}" for _ in range(2)]
        return {"f": firsts[0], "f2": firsts[1], "f3": firsts[2], "n": fulls[0], "n2": fulls[1]}

    faker_probe_main(__doc__, {"en": EN, "nl": NL}, LOCALES, 8080, draw)


if __name__ == "__main__":
    main()

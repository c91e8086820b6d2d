"""A development probe for a first name alone in the Dutch requests people make of an assistant:
the forty shapes of bench/names_requests_en.py written again in Dutch (stories, profiles,
recommendations, reviews, birthday and wedding messages, letters, translations, a quoted chat).

    python bench/names_requests_nl.py [--misses] [--seed N]

Written on 2026-12-07 (tenth session) in one go, before the engine ran on it. Names drawn with the
seed from Faker's nl_NL and nl_BE locales; each shape three times. A name counts as found when
PERSON findings cover half of it.

First run (two ad hoc seeds, 21 and 22, before it became this file): 0.875 and 0.887. Misses: a
name after a label and before its verb ("Beoordeling: Willem overtreft consequent ...", "Herschrijf
beleefd: Lieke beantwoordt ..."), after "Gefeliciteerd", a speaker inside a quoted chat line ("de
chat: 'Kaylee: kunnen we ...'"), and names that are also words or places after "voor" ("Lien",
"Milan", "Victoria, die"). Fixed since: the first three.
"""

# ruff: noqa: E501  (the frames are data)

from __future__ import annotations

import sys
from pathlib import Path

from dev_marks import faker_probe_main
from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NL = [
    "Schrijf een kort verhaal over een meisje dat {f} heet en een hond vindt.",
    "Maak een profiel: {f} is een verpleegkundige van 32 uit Zwolle.",
    "{f}, een boekhouder van 45, wil van baan wisselen. Geef advies.",
    "Schrijf een LinkedIn-samenvatting voor {f}, die tien jaar ervaring heeft in sales.",
    "Ik wil {f} van harte aanbevelen voor de traineeship.",
    "Beoordeling: {f} overtreft consequent de verwachtingen bij klanten.",
    "Schrijf een verjaardagswens voor mijn zus {f}.",
    "Gefeliciteerd {f}! Maak dit wat grappiger.",
    "Schrijf een afscheidswoord voor opa {f}, die dol was op vissen.",
    "Mijn zoon {f} heeft moeite met breuken, hoe help ik hem?",
    "Mijn vriend {f} is onze trouwdag vergeten, wat zeg ik?",
    "Schrijf een speech voor de bruiloft van {f} en {f2}.",
    "Stel een aanbiedingsbrief op voor {f}, start 1 maart als data-analist.",
    "Vat samen: {f} meldt dat de printer op de derde verdieping weer stuk is.",
    "Herschrijf beleefd: {f} beantwoordt zijn mails nooit op tijd.",
    "Vertaal naar het Engels: {f} komt om 18.00 uur aan op Schiphol.",
    "Geef me sollicitatievragen voor het gesprek met {f} morgen.",
    "Hoe vertel ik {f} dat haar contract niet wordt verlengd?",
    "Schrijf een welkomstmail voor onze nieuwe collega {f}.",
    "Onze stagiair {f} was eerder klaar met het project; schrijf een bedankje.",
    "Plan een verrassingsfeest voor {f} op zaterdag.",
    "Leerling {f} haalde een 4,8; schrijf feedback voor de ouders.",
    "Patiënt {f} heeft sinds gisteren pijn op de borst. Welke vragen stel ik?",
    "Kun je {f} helpen met haar presentatie?",
    "Is het normaal dat {f} vorige week 60 uur werkte?",
    "Schrijf een referentie voor {f}, die bij ons barista was.",
    "De verhuurder, {f}, wil de borg niet terugbetalen.",
    "Verbeter de grammatica: ik en {f} gingen naar de winkel.",
    "Schrijf een gedicht voor het pensioen van {f}.",
    "{f} wil weten of de terugbetaling al is verwerkt.",
    "Hoe bied ik {f} mijn excuses aan voor het gemiste overleg?",
    "Maak een trainingsschema voor {f}, 52 jaar, met knieklachten.",
    "Hier is de chat: '{f}: kunnen we het gesprek verzetten?' Antwoord voor mij.",
    "Schrijf een bericht aan {f} met de vraag om de factuur.",
    "We nemen {f} aan als senior engineer; schrijf de aankondiging.",
    "{f} en ik plannen een reis naar Rome, maak een reisschema.",
    "Schrijf een motivatiebrief voor {f} die solliciteert als verpleegkundige.",
    "Maak een certificaattekst voor {f} voor het afronden van de cursus.",
    "Beste {f}, bedankt voor je bestelling. Maak dit hartelijker.",
    "Plan elke dinsdag een 1-op-1 met {f}.",
]
LOCALES = {"nl": ("nl_NL", "nl_BE")}


def main() -> None:
    def draw(fk: Faker) -> dict[str, str]:
        return {"f": fk.first_name(), "f2": fk.first_name()}

    faker_probe_main(__doc__, {"nl": NL}, LOCALES, 2026120712, draw)


if __name__ == "__main__":
    main()

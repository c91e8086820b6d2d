"""A development probe for a surname alone: how formal mail, minutes and tickets refer to a person
("Thompson will review the draft", "forward it to Jansen", "Mr Patel's office").

    python bench/names_surnames.py [--misses] [--seed N]

Written on 2026-12-06 (seventh session) in one go, before the engine ran on it, after the syntax
probe (bench/names_syntax.py) had found gaps that moved no held-out figure: a guess that the
corpus's single names are often surnames. Surnames from Faker's en_US and en_GB (English) and
nl_NL and nl_BE (Dutch) locales. A name counts as found when PERSON findings cover half of it.
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
    "Mr {s} asked for the revised contract.",
    "Please forward the invoice to Ms {s} in accounts.",
    "Dr. {s} will review the patient file on Monday.",
    "{s} will review the draft before Friday.",
    "{s} approved the budget yesterday.",
    "Ask {s} to send the signed copy.",
    "Forward this to {s}.",
    "Meeting with {s} at 3 pm about the renewal.",
    "According to {s}, the shipment is delayed.",
    "{s} from procurement says the vendor is late.",
    "I spoke to {s} this morning about the claim.",
    "Can you summarise {s}'s complaint in two lines?",
    "The email from {s} needs a reply today.",
    "Prof. {s} disagrees with the findings.",
    "Action: {s} to update the risk register.",
    "Assigned to: {s}",
    "cc: {s}, {s2}",
    "Interview panel: {s} (chair), {s2}, {s3}",
    "Thank you, Mr {s}, for your patience.",
    "Dear Mrs {s},",
    "Detective {s} called about the case.",
    "Our accountant, {s}, flagged the expense.",
    "{s} and {s2} both objected to the plan.",
    "Reply to {s} with the updated schedule.",
    "Please let {s} know the server is back.",
]
NL = [
    "Dhr. {s} vroeg om het aangepaste contract.",
    "Stuur de factuur naar mevrouw {s} van de administratie.",
    "Dr. {s} bekijkt het dossier maandag.",
    "{s} controleert het concept voor vrijdag.",
    "{s} heeft de begroting gisteren goedgekeurd.",
    "Vraag {s} om de getekende kopie te sturen.",
    "Stuur dit door naar {s}.",
    "Overleg met {s} om 15.00 uur over de verlenging.",
    "Volgens {s} is de levering vertraagd.",
    "{s} van inkoop zegt dat de leverancier te laat is.",
    "Ik heb {s} vanochtend gesproken over de claim.",
    "Kun je de klacht van {s} in twee regels samenvatten?",
    "De mail van {s} moet vandaag beantwoord worden.",
    "Actie: {s} werkt het risicoregister bij.",
    "Toegewezen aan: {s}",
    "cc: {s}, {s2}",
    "Sollicitatiecommissie: {s} (voorzitter), {s2}, {s3}",
    "Geachte heer {s},",
    "Onze accountant, {s}, had vragen over de declaratie.",
    "{s} en {s2} maakten allebei bezwaar tegen het plan.",
    "Laat {s} weten dat de server weer werkt.",
]
LOCALES = {"en": ("en_US", "en_GB"), "nl": ("nl_NL", "nl_BE")}


def main() -> None:
    def draw(fk: Faker) -> dict[str, str]:
        return {k: fk.last_name() for k in ("s", "s2", "s3")}

    faker_probe_main(__doc__, {"en": EN, "nl": NL}, LOCALES, 7171, draw)


if __name__ == "__main__":
    main()

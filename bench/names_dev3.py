"""Round five of the person-name dev set: names inside the material people paste.

    python bench/names_dev3.py [--misses]

Written in full on 2026-12-05 before any engine ran on it, without reading the held-out corpus:
group chats with speaker labels and timestamps, chats typed in lower case, meeting notes with
lists of attendees and actions, e-mail headers and sign-offs, CV and memo headings in capitals,
ticket fields, and names that are also words or places ("Rosa", "Florence", "Bo"). The benign
texts carry the same shapes (speaker labels, lists, headings) around words that are no person.
Same marks and scoring as bench/names_dev.py.
"""

from __future__ import annotations

import sys

from names_dev import run_set, split_texts

LABELLED = [
    # Group chats, speaker labels.
    (
        "Vat dit groepsgesprek samen:\n"
        "[09:14] [[Femke]]: wie pakt de offerte op?\n"
        "[09:15] [[Yusuf]]: ik, vanmiddag\n"
        "[09:17] [[Femke]]: top, dank je"
    ),
    (
        "Summarise this chat:\n"
        "[[Oliver]]: are we still on for Friday?\n"
        "[[Chloe]]: yes, 3pm works\n"
        "[[Oliver]]: great, I'll book the room"
    ),
    "[[Brenda]] (10:02): the invoice is wrong again\n[[Marcus]] (10:05): which one?\n[[Brenda]] (10:06): INV-2231",
    (
        "12-03-2026 14:22 - [[Noor]]: heb jij de sleutels van het pand?\n"
        "12-03-2026 14:25 - [[Daan]]: nee, [[Lieke]] heeft ze"
    ),
    "- [[Wouter]]: ik ben morgen vrij\n- [[Ilse]]: prima, ik neem het over",
    # Lower-case chats.
    "kun je dit netter maken: hoi [[sanne]], ik heb [[jeroen]] net gesproken en hij komt morgen niet",
    "fix my grammar: hey [[mike]] i told [[sarah]] about the delay, she wasnt happy",
    "[[anouk]]: ben je er al?\n[[thijs]]: nog 5 min\n[[anouk]]: ok",
    "vertaal naar engels: [[pieter]] en [[marloes]] komen vrijdag langs voor de sleutel",
    "make this polite: [[dave]] still hasn't sent the numbers and [[karen]] is asking again",
    # Meeting notes, attendees, actions.
    (
        "Notulen MT-overleg\n"
        "Aanwezig: [[Sanne]], [[Joris]], [[Fatima]], [[Henk]]\n"
        "Afwezig: [[Ruud]] (ziek)\n"
        "Acties: [[Joris]] belt de verzekeraar."
    ),
    (
        "Meeting notes\n"
        "Attendees: [[Gemma]], [[Ravi]], [[Tobias]]\n"
        "Apologies: [[Nadia]]\n"
        "Action: [[Ravi]] to draft the proposal by Monday."
    ),
    "Actiepunten:\n1. Offerte herzien ([[Bas]])\n2. Planning delen ([[Iris]])\n3. Klant bellen ([[Mehmet]])",
    "AP-[[Kim]]: contract nalopen\nAP-[[Ahmed]]: budget bijwerken",
    "Action items:\n* [[Hannah]] - update the roadmap\n* [[Josh]] - chase legal\n* [[Priya]] - book travel",
    # Headers and sign-offs.
    "Van: [[Ellen Vos]]\nAan: [[Gerrit]]\nOnderwerp: verlof\n\nHoi [[Gerrit]], mag ik volgende week vrij?",
    "From: [[Rachel Moore]]\nTo: [[Tom]]\nSubject: Q3 numbers\n\nTom, see attached.",
    "Herschrijf deze mail:\nHoi allemaal,\nDe server is weer up.\nGroet,\n[[Maarten]]",
    "Make this shorter:\nHi all, the office is closed on Friday. Cheers, [[Lucy]]",
    "Met vriendelijke groet,\n\n[[Annemiek de Ruiter]]\nTeamleider Klantcontact",
    "Kind regards,\n[[Declan]]\nAccount Manager",
    "Groetjes, [[Loes]]",
    # CV and memo headings in capitals.
    "Maak een CV-samenvatting:\n[[JOHANNES VERMEULEN]]\nSenior Projectleider\nErvaring: 12 jaar",
    "CURRICULUM VITAE\n[[MARIE DUBOIS]]\nBorn in Lyon, fluent in French and English.",
    "MEMO\nAAN: [[P. DE GROOT]]\nVAN: [[K. JANSEN]]\nBETREFT: herindeling",
    "TO: ALL STAFF\nFROM: [[GRAHAM WILSON]], HEAD OF OPERATIONS\nRE: parking",
    # Tickets, forms, tables.
    "Ticket #4411\nMelder: [[Petra]]\nPrioriteit: hoog\nOmschrijving: printer doet het niet",
    "Requester: [[Aisha]]\nCategory: access\nDetails: needs VPN access",
    "Naam: [[Tim]]\nAfdeling: Logistiek\nVraag: kan mijn rooster aangepast worden?",
    "naam,afdeling,functie\n[[Sophie Bakker]],HR,adviseur\n[[Ramon Lopes]],IT,beheerder",
    "| name | team |\n|---|---|\n| [[Ethan Clarke]] | Sales |\n| [[Mia Turner]] | Support |",
    # A name that is also a word or a place.
    "[[Rosa]] heeft de presentatie gemaakt, kun je die samenvatten?",
    "Can you write a birthday card for [[Florence]]? She turns 60.",
    "[[Bo]] en ik werken samen aan het rapport.",
    "Ask [[Hope]] whether the contract is signed.",
    "[[Roos]] zei dat de klant boos was.",
    "Write a farewell message for [[Jade]], who is leaving after 8 years.",
    "Schrijf een felicitatie voor [[Storm]], hij is net vader geworden.",
    # Names in the middle of ordinary sentences.
    "Hoe zeg ik tegen [[Kees]] dat zijn werk niet goed genoeg is?",
    "How do I tell [[Steve]] that his code needs more tests?",
    "Help me een reactie te schrijven aan [[Yvonne]] over haar klacht.",
    "Draft an apology to [[Gareth]] for the late delivery.",
    "Mijn collega [[Dewi]] wil weten hoe ze een pivot-tabel maakt.",
    "My manager [[Linda]] wants the report in Dutch.",
    "Ik heb ruzie met [[Ferdi]] over de planning, hoe los ik dat op?",
    "[[Ingrid]] en [[Bram]] zijn het niet eens over het budget.",
    "Is it okay to cc [[Nathan]] on this email?",
    "Zet [[Lotte]] in de cc van deze mail.",
    "Please summarise what [[Olga]] said in the call.",
    "Wat bedoelt [[Koen]] met deze opmerking?",
    # Less common surnames and foreign names.
    "Schrijf een aanbevelingsbrief voor [[Wiebe Postma]].",
    "Write a reference for [[Kwame Mensah]], who worked here for three years.",
    "[[Jürgen Scholz]] van de Duitse vestiging komt dinsdag.",
    "The candidate [[Ines Carvalho]] has accepted the offer.",
    "[[Dirk-Jan Hoekstra]] heeft de klacht ingediend.",
    "[[Mevlüt Yıldız]] belt morgen terug over de factuur.",
]

BENIGN = split_texts(
    """
Aanwezig: alle teamleden | Attendees: the whole sales team | Afwezig: niemand | Apologies: none
[09:14] Systeem: back-up gestart | [10:02] Bot: build failed | Server: ok | Status: groen
Van: Klantenservice | From: Billing Department | Aan: Directie | To: All Staff | Subject: Outage
Groet, Het Team | Kind regards, The Support Team | Met vriendelijke groet, Afdeling Inkoop
MEMO AAN: ALLE MEDEWERKERS | CURRICULUM VITAE | NOTULEN ALGEMENE LEDENVERGADERING | TO: ALL STAFF
Melder: onbekend | Requester: anonymous | Naam: n.v.t. | Prioriteit: laag | Category: hardware
Rosa is a colour in some languages. | Florence is a beautiful city in Italy. | Bo is short for something.
Hope is not a strategy. | Storm op komst: code oranje. | Jade is a green stone. | Roos is een bloem.
naam,afdeling\nHR,adviseur | | name | team |\n|---|---|\n| Sales | EMEA |
Actiepunten: offerte herzien (inkoop) | Action items: update the roadmap (product)
fix my grammar: the server is down and the backup failed again | kun je dit netter maken: de kast is kapot
Schrijf een felicitatie voor het team. | Write a farewell message for the office in Leeds.
- Maandag: planning\n- Dinsdag: review | * Monday - planning\n* Tuesday - review
"""
)


def main() -> int:
    return run_set(__doc__ or "", "round five: names in pasted material", LABELLED, BENIGN)


if __name__ == "__main__":
    sys.exit(main())

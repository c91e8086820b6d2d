"""A small development set for the person-name rules: recall per form of name, and benign texts.

    python bench/names_dev.py [--misses]

The prompts below were written for this set (Dutch and English: e-mails to colleagues, HR
notes, tickets, meeting notes, chat). A name is marked [[like this]] in the text; the marks are
removed before scanning. Each gold name counts as found when the detector's PERSON findings
cover at least half of its characters (bench/scoring.py's rule). Every name has a form:
"lower" (all lower case), "upper" (all capitals), "initials" (a letter and a dot), "single"
(one word) or "full". The benign texts must produce no PERSON finding at all.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from typing import Any

from dev_marks import benign_findings, covered, parse, recall_lines, spans_of
from dev_marks import detector as dev_detector

MARK = re.compile(r"\[\[(?P<value>.+?)\]\]")
FORMS = ("single", "lower", "upper", "initials", "full")


def split_texts(block: str) -> list[str]:
    """Texts written a few to a line, separated by " | "; a backslash-n is a line break."""
    return [t.strip().replace("\\n", "\n") for line in block.strip().splitlines() for t in line.split(" | ")]


LABELLED = [
    # -- a first name alone, as addressee, greeting, subject or with a role ----------------
    "Schrijf een bedankmail aan [[Amina]] van de receptie voor het regelen van de lunch.",
    "Stuur dit naar [[Jordy]] voor vrijdag.",
    "Hoi [[Sanne]], kun je de planning van volgende week nog even nakijken?",
    "Dear [[Priya]], thank you for the quick turnaround on the contract.",
    "[[Milan]] neemt contact op met de leverancier over de vertraagde levering.",
    "[[Fatima]] called this morning about the invoice she never received.",
    "Kun je [[Koen]] from finance vragen of de budgetten al goedgekeurd zijn?",
    "Onze collega [[Ilse]] gaat vanaf maart met zwangerschapsverlof.",
    "Maak een korte samenvatting voor [[Dewi]] van het overleg van gisteren.",
    "Hey [[Thijmen]], ik zie je straks bij de stand-up.",
    "Please forward the draft to [[Wouter]] before the board meeting.",
    "[[Esther]] heeft gisteren de nieuwe offerte verstuurd naar de klant.",
    "Can you ask [[Declan]] whether the laptop has been returned?",
    "Beste [[Marloes]],\n\nHierbij de notulen van het teamoverleg.",
    "Hi [[Tobias]],\nThe server migration is planned for Saturday night.",
    "Herschrijf dit bericht aan [[Yara]] zodat het wat vriendelijker klinkt.",
    "[[Bram]] is sinds maandag ziek, dus [[Noor]] neemt zijn tickets over.",
    "Ticket #4471: klant belt voor de derde keer, [[Gijs]] van support heeft het overgenomen.",
    "Notulen: [[Lieke]] presenteert de cijfers van Q3, [[Ruben]] vraagt om meer detail.",
    "Write a farewell message for [[Hannah]] from marketing, she leaves after six years.",
    "My manager [[Oliver]] wants the report by Thursday.",
    "Vraag aan [[Mehmet]] of hij de sleutels van het magazijn nog heeft.",
    "[[Chloe]] said the client prefers a call over email.",
    "Graag een afspraak inplannen met [[Joost]] en [[Femke]] over de reorganisatie.",
    "Geef [[Sven]] een compliment voor de presentatie van vanochtend.",
    "Morning [[Aaliyah]], quick question about the onboarding checklist.",
    "Ik heb [[Roel]] gisteren gebeld maar hij nam niet op.",
    "Feedback voor [[Anouk]]: goede analyse, maar de conclusie mist onderbouwing.",
    "Samenvatting van het gesprek met [[Kevin]] over zijn functioneren.",
    "Could you draft a reply to [[Nadia]]? She asked about her holiday balance.",
    "Groetjes,\n[[Floor]]",
    "Thanks,\n[[Ethan]]",
    "[[Jesse]] wil graag weten wanneer de nieuwe laptops binnen zijn.",
    "The new hire, [[Mateo]], starts on the first of the month.",
    "Help me een excuusmail te schrijven aan [[Vera]] omdat we de deadline missen.",
    "Stagiair [[Luuk]] heeft toegang nodig tot de gedeelde schijf.",
    # -- a surname alone -----------------------------------------------------------------------
    "Mevrouw [[Verhoeven]] heeft gebeld over haar teruggave.",
    "Meneer [[Kuipers]] wil zijn abonnement opzeggen per 1 januari.",
    "Please send the signed NDA to Ms. [[Whitfield]] today.",
    "Mr. [[Okafor]] has asked for a copy of his personnel file.",
    # -- less common surnames after a first name ----------------------------------------------
    "Plan een gesprek met [[Imke Moet]] over haar contractverlenging.",
    "[[Isis Wutke]] heeft een klacht ingediend over de bezorging.",
    "Please add [[Jordan Solis]] to the project channel.",
    "Maak een verslag van het sollicitatiegesprek met [[Tamara Oudejans]].",
    "Our account manager [[Liam Thackeray]] will join the call.",
    "Het contract van [[Sem Brouwers]] loopt in april af.",
    "[[Roos Hulsebosch]] start maandag als teamleider.",
    "Forward this to [[Grace Abernathy]] in legal.",
    "Factuur op naam van [[Dirk-Jan Poelgeest]] klopt niet.",
    "Ik wil [[Lotte van Wijngaarden]] feliciteren met haar promotie.",
    "Complaint received from [[Megan Kowalczyk]] regarding a late refund.",
    "[[Yusuf Demirci]] heeft zijn ontslagbrief ingeleverd.",
    "Zet [[Ayla Brinkhorst]] in de cc van deze mail.",
    "Reminder: [[Tyler Branscombe]] still owes us the timesheet for May.",
    # -- lower case ----------------------------------------------------------------------------
    "mail [[jan de vries]] even dat de vergadering verplaatst is",
    "kun je [[sanne]] vragen of ze morgen komt",
    "stuur de offerte naar [[pieter bakker]] aub",
    "vraag [[mohammed]] even om de sleutel",
    "can you email [[sarah johnson]] about the refund",
    "ik heb met [[kees jansen]] gesproken over de huur",
    "hoi [[lisa]], wil je dit nakijken?",
    "bel [[femke]] terug over haar verlofaanvraag",
    "schrijf een mail aan [[thomas van den berg]] over zijn declaratie",
    "thanks [[emma]]",
    "klant [[henk de boer]] wil zijn order annuleren",
    "remind [[david miller]] about the deadline",
    "collega [[joyce]] is vandaag ziek",
    "[[anna smit]] heeft gebeld over haar pakket",
    "heb je [[wim]] al gesproken?",
    # -- capitals ------------------------------------------------------------------------------
    "AAN: DHR. [[J. DE VRIES]], AFDELING INKOOP",
    "BETREFT: KLACHT VAN MEVROUW [[BAKKER]]",
    "PLEASE CALL [[JOHN SMITH]] ABOUT THE INVOICE",
    "NAAM: [[PIETER VAN DAM]]",
    "DEAR [[MICHAEL]], YOUR ORDER HAS SHIPPED",
    "CONTACTPERSOON: [[SANNE VISSER]] (TEL. ONBEKEND)",
    "URGENT: [[MARK THOMPSON]] NEEDS ACCESS TO THE VPN",
    "GRAAG TERUGBELLEN NAAR [[KARIN DE GROOT]]",
    "HOI [[PETRA]], DE LEVERING IS VERTRAAGD",
    "ATTN: MRS. [[L. HARRISON]]",
    "Patiënt: [[DE JONG, M.]]",
    "MVG, [[EVA MULDER]]",
    # -- initials ------------------------------------------------------------------------------
    "Het dossier van [[L. Lees]] is onvolledig.",
    "Oud-premier [[J.P. Balkenende]] opende het congres.",
    "Graag een reactie van [[A. Rozendaal]] voor het eind van de week.",
    "The report was reviewed by [[K.M. Fairweather]] and approved.",
    "Namens [[drs. H.J. Timmermans]] stuur ik u de stukken.",
    "Afspraak met [[T. van Leeuwen]] verzet naar dinsdag.",
    "Signed: [[R. Patel]]",
    "Klant [[P. Groen]] vraagt om een terugbetaling.",
    # -- full names in running text --------------------------------------------------------
    "Maak een opzet voor het functioneringsgesprek met [[Peter de Graaf]].",
    "Can you summarise the complaint from [[Emily Carter]]?",
    "[[Hans Vermeulen]] en [[Marieke Dekker]] zijn aanwezig bij de audit.",
    "Our customer [[Robert Hughes]] reports that his card was charged twice.",
    "Stuur een uitnodiging naar [[Laura Hendriks]] voor de borrel.",
    "Met vriendelijke groet,\n[[Jeroen Kok]]\nAfdeling HR",
    "Kind regards,\n[[Sophie Turner]]\nCustomer Success",
    "Noteer dat [[Fleur Mertens]] het project overneemt van [[Daan Smits]].",
    "[[Olivia Bennett]] will present the results on Friday.",
    "Geef een samenvatting van de klacht van [[Bart Claes]] uit Gent.",
    # -- harder: unlisted surnames, bare surnames, lower case and capitals without a label ------
    "[[Jansen]] belt morgen terug over de offerte.",
    "Ik heb [[Van Dijk]] al laten weten dat het later wordt.",
    "[[Smith]] from procurement wants the numbers.",
    "Graag doorsturen aan [[Verbeek]], die beheert de contracten.",
    "vraag even aan [[kim]] of de vergadering doorgaat",
    "kun je dit doorsturen naar [[ravi patel]]?",
    "ik moet [[noah]] nog terugbellen",
    "[[ilse]] neemt contact op met de verhuurder",
    "note for [[tom]]: the keys are at the front desk",
    "tell [[jessica]] the meeting moved to 3pm",
    "gesprek gehad met [[erik van der linden]] over zijn verlof",
    "[[mila]] is vandaag afwezig",
    "groetjes [[annemiek]]",
    "dear [[robert]], thanks for your patience",
    "cc [[maaike de wit]]",
    "STUUR DIT NAAR [[JORDY]] VOOR VRIJDAG",
    "HELP ME EEN MAIL TE SCHRIJVEN AAN [[SANDRA]] OVER HAAR VERLOF",
    "KLANT [[ROBERT JANSEN]] HEEFT EEN KLACHT INGEDIEND",
    "[[LISA DE BOER]] HEEFT DE SLEUTELS",
    "THANKS [[EMILY]]!",
    "[[Lindsey]] from HR wants the forms back by Friday.",
    "Ask [[Darnell]] to update the spreadsheet.",
    "[[Xander]] heeft de presentatie voorbereid.",
    "Een felicitatie voor [[Shanti]] met haar jubileum.",
    "Vandaag sprak ik [[Gerrit]] over de planning.",
    "Wie is er bij het overleg? [[Naomi]] en [[Stijn]].",
    "Please thank [[Kwame]] for fixing the printer.",
    "Can you help [[Brianna]] with the expense report?",
]

# Written after the first round of changes; three of its misses were then fixed (second round).
FRESH = [
    "Kun je een kort bedankje opstellen voor [[Wilma]] van de kantine?",
    "[[Hamza]] heeft de sleutels van het busje nog niet teruggebracht.",
    "Please let [[Gwen]] know the workshop is cancelled.",
    "Zet in de notulen dat [[Thijs]] de begroting controleert.",
    "Good afternoon [[Marcus]], your request has been approved.",
    "Het verzoek van [[Esra]] om thuis te werken is goedgekeurd.",
    "Our intern [[Pablo]] needs a badge for the second floor.",
    "vraag aan [[joris]] of hij de presentatie kan delen",
    "ik heb [[fleur de jong]] gemaild over de planning",
    "hi [[megan]], the invoice is attached",
    "stuur de contracten naar [[bas verhoef]]",
    "[[ricardo]] is morgen afwezig",
    "please loop in [[hannah fischer]] on this thread",
    "TER ATTENTIE VAN [[MARIEKE VAN DER BERG]]",
    "GRAAG EEN REACTIE AAN [[TIM HOEKSTRA]]",
    "DEAR [[JONATHAN]], PLEASE FIND THE REPORT ATTACHED",
    "MEVR. [[A. KOOPMANS]] HEEFT GEBELD",
    "Rapport opgesteld door [[W.F. Zondervan]].",
    "Contactpersoon bij de gemeente is [[M. Achterberg]].",
    "[[Bilal]] en [[Roxanne]] doen de intake van de nieuwe klanten.",
    "Gisteren belde ik [[Hester]] over haar declaratie.",
    "I spoke to [[Rachel Donnelly]] about the renewal.",
    "[[Niek]], kun je de deur op slot doen?",
    "Our supplier contact, [[Ines Kovač]], is on leave.",
    "Het dossier van mevrouw [[Ouali]] is compleet.",
    "Ask [[Chen]] from IT to reset my password.",
    "[[Tessa Kramer-Bos]] start per 1 juni bij inkoop.",
    "Kun je [[Ruud]] even bellen over de levering?",
    "Feedback from [[Amara]]: the dashboard loads slowly.",
    "Help me [[Joep]] te bedanken voor zijn hulp bij de verhuizing.",
]

# Written after the second round and scored once (0.871), then two gaps it showed were fixed
# (a capitalised "Nadat", modals before a contact verb): partly tuned on since.
FRESH2 = [
    "Maak een welkomstmail voor [[Lotte]], ze begint maandag bij de klantenservice.",
    "[[Kerem]] wil zijn verlof verschuiven naar juli.",
    "Could you remind [[Tamsin]] that the audit starts Tuesday?",
    "De printer is weer kapot, zegt [[Wendy]].",
    "Schrijf een kaartje voor [[Gerda]] die met pensioen gaat.",
    "Dear [[Mohammed]], we received your application.",
    "Nadat [[Jelle]] de offerte had gestuurd, bleef het stil.",
    "Please update the rota: [[Owen]] swaps his Friday shift with [[Leah]].",
    "ik spreek [[karim]] morgen over de planning",
    "vergeet niet [[iris van dalen]] te bellen",
    "email [[daniel okonkwo]] the signed copy",
    "groeten, [[janneke]]",
    "[[sophie]] wil weten of de vergadering doorgaat",
    "DEAR [[AISHA]],",
    "OPGESTELD DOOR [[R. VAN DER MEULEN]]",
    "CONTACT [[PAUL WESTERHOF]] VOOR VRAGEN",
    "Het verslag van [[dhr. Oosterbeek]] ligt bij de balie.",
    "[[C.J. Hofstede]] is de nieuwe voorzitter van de raad.",
    "Thanks to [[Marta]] from legal for the quick review.",
    "Kun je [[Sem]] laten weten dat zijn pas klaarligt?",
    "Our colleague [[Dmitri]] will cover the night shift.",
    "Mijn buurvrouw [[Ans]] heeft een pakket voor mij aangenomen.",
    "[[Femke Staal]] heeft gisteren ontslag genomen.",
    "Klacht van [[Yvonne Rijkaart]] over een dubbele afschrijving.",
    "The refund for [[Patrick Mulligan]] was processed today.",
    "Samenvatting van het gesprek met [[Tjitske]] over haar re-integratie.",
    "[[Arjen]] zegt dat de server vannacht herstart is.",
    "Stuur [[Melissa]] een herinnering over de factuur.",
    "Ik wil [[Ilias]] bedanken voor zijn inzet.",
    "Ask the manager, [[Harriet]], to sign the form.",
]

BENIGN = split_texts(
    r"""
    Maandag is de kantoortuin gesloten vanwege onderhoud. | In mei gaan we over op het nieuwe roostersysteem.
    Met vriendelijke groet,\nTeam Klantenservice | Will this migration affect the production database?
    May I ask for a summary of the attached report? | Mark the date: the kick-off is on the third of June.
    There is a grace period of thirty days for late payments.
    They planned to rob the bank in the movie we watched. | Grace period ends on Friday, after that a fee applies.
    Will you please check the spelling in this paragraph?
    Summer sale starts in June; Black Friday follows in November. | Kun je deze tekst vertalen naar het Engels?
    Schrijf een korte samenvatting van dit artikel. | De teamleider wil dat we de nieuwe procedure volgen.
    Our Head of Sales wants a forecast for Q4. | Microsoft Teams crashes when I share my screen.
    Is Google Sheets better than Excel for this budget? | We vliegen van Schiphol naar Barcelona in augustus.
    The office in Amsterdam is closed on King's Day. | Albert Heijn en Jumbo hebben hun prijzen verhoogd.
    Philips kondigde een nieuwe reorganisatie aan. | Deze vacature is voor een Senior Data Engineer.
    The Product Owner decides what goes into the sprint. | Please rewrite this in a friendly tone.
    Dinsdag en donderdag werk ik thuis. | April showers bring May flowers. | We will review the contract in April.
    Can you explain how a Python decorator works? | Rust and Go are both compiled languages.
    Het project Zonnepark Noord loopt vertraging op. | Release notes for version 2.4: bug fixes and performance.
    The Netherlands won the match against Belgium. | Zet de Kerstborrel in de agenda voor december.
    Hoe bereken ik de btw over een factuur? | Geef me tien ideeën voor een teamuitje in Utrecht.
    Our Customer Success team handles the onboarding. | Mark all tickets as resolved before the end of the sprint.
    Will the new policy apply to contractors as well? | Dear Sir or Madam, I am writing to complain about the delay.
    Beste klant, uw bestelling is onderweg. | Hallo allemaal, de lunch staat klaar in de kantine.
    Hi team, the deploy is done. | Good morning everyone, stand-up in five minutes.
    Kind regards,\nThe Support Team | Bob de Bouwer is een kinderserie.
    The Rose Garden opens to the public in spring. | Summer Olympics were held in Paris.
    Ruby on Rails is a web framework. | Iris recognition is used at the border.
    Amber alerts are sent to every phone in the region. | Victoria station is very crowded at rush hour.
    Jade plants need little water. | Hope you are well and enjoying the weekend.
    Faith in the process is important, says the handbook. | Joy and sorrow are part of every project.
    Max. 20 deelnemers per workshop. | Melding: de server reageert niet meer.
    Storing bij KPN in Rotterdam en Den Haag. | Verzonden vanaf mijn iPhone
    Kan iemand mij uitleggen hoe SharePoint werkt? | Let op: de deadline is verschoven naar vrijdag.
    Dank voor je snelle reactie! | Thanks for the quick reply! | Best practices for writing SQL queries.
    Sent from my Android phone. | Amsterdam, 12 maart 2024 | The Manager approved the budget.
    Jira tickets must have a component. | Welkom bij de Nieuwsbrief van oktober.
    Frank and honest feedback is what we need. | Bill the client for the extra hours.
    Sue the supplier only as a last resort, says legal. | Pat yourself on the back, the release went well.
    Chase the invoices that are overdue. | Page the on-call engineer when the alert fires.
    Art and design are part of the curriculum. | Dean's list students get a scholarship.
    Hunter boots are popular in the UK. | Rob the defence of its best player, the coach said.
    Willow trees grow along the canal. | De Vereniging van Eigenaren vergadert in maart.
    Noord-Brabant en Limburg krijgen extra subsidie. | Wij zoeken een Medewerker Klantenservice.
    Graag ontvang ik de Algemene Voorwaarden. | Volgende week is er een Teams-meeting over de begroting.
    Marketing wants new banners for Black Friday. | De Belastingdienst stuurt een aanslag.
    Christmas falls on a Wednesday this year. | ask the team to review the pull request
    mail de planning naar het hele team | bel de klantenservice van Ziggo | stuur de notulen naar iedereen
    THE MEETING IS MOVED TO MONDAY | LET OP: GEEN TOEGANG ZONDER PASJE | WILL THIS WORK ON WINDOWS?
    DEAR CUSTOMER, YOUR ORDER HAS SHIPPED | De sprint is klaar, Daarna volgt de review.
    Rood en Groen zijn de kleuren van het logo. | Ik heb Teams gisteren opnieuw geinstalleerd.
    Vandaag sprak ik over de nieuwe strategie. | The new feature, Autosave, ships in March.
    Geef Excel even de tijd om te laden. | heb je de update al gedownload? | ik moet de server nog herstarten
    Summer and Autumn collections are in store. | Our partner, Deloitte, reviewed the figures.
    Ik denk dat Excel de beste keuze is voor deze lijst. | We kiezen Python because Python is easy to read.
    Our intern programme starts in September. | Ik weet dat April de drukste maand is.
    De kleuren zijn Rood en Blauw. | ik heb de nieuwe versie gisteren geinstalleerd
    STUUR DE FACTUUR NAAR DE ADMINISTRATIE | Graag een reactie aan de afdeling Inkoop.
    """
)


def form(name: str) -> str:
    """The form of a gold name (module docstring)."""
    letters = [c for c in name if c.isalpha()]
    if all(c.islower() for c in letters):
        return "lower"
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    if re.search(r"\b[A-Z]\.", name):
        return "initials"
    return "single" if len(name.split()) == 1 else "full"


def person_spans(detector: Any, text: str) -> list[tuple[int, int]]:
    return spans_of(detector, text, {"PERSON"})


def score(detector: Any, labelled: list[str]) -> tuple[dict[str, list[int]], list[str]]:
    """Found and total gold names per form, and the misses."""
    totals = {f: [0, 0] for f in FORMS}
    misses: list[str] = []
    for marked in labelled:
        text, spans = parse(marked, MARK)
        found = person_spans(detector, text)
        for _, start, end in spans:
            kind = form(text[start:end])
            hit = covered(start, end, found)
            totals[kind][0] += hit
            totals[kind][1] += 1
            if not hit:
                seen = [text[s:e] for s, e in found]
                misses.append(f"  miss [{kind}] {text[start:end]!r} in {text!r} (found {seen})")
    return totals, misses


def report(title: str, totals: dict[str, list[int]]) -> None:
    print("\n".join(recall_lines(f"{title}: PERSON recall", totals)))


def run_set(doc: str, title: str, labelled: list[str], benign: list[str]) -> int:
    """The command of a one-set round (names_dev2, names_dev3): recall, benign findings, --misses."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list missed names and benign findings")
    args = ap.parse_args()
    detector = dev_detector()
    started = time.perf_counter()
    found, misses = score(detector, labelled)
    false_positives = benign_findings(detector, benign, {"PERSON"})
    elapsed = time.perf_counter() - started
    report(title, found)
    print(f"benign texts with a PERSON finding: {len(false_positives)}/{len(benign)}")
    print(f"({len(labelled) + len(benign)} texts in {elapsed:.1f} s)")
    if args.misses:
        print("\n".join(misses + false_positives))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list missed names and benign findings")
    args = ap.parse_args()
    detector = dev_detector()
    started = time.perf_counter()
    dev, misses = score(detector, LABELLED)
    fresh, fresh_misses = score(detector, FRESH)
    fresh2, fresh2_misses = score(detector, FRESH2)
    false_positives = benign_findings(detector, BENIGN, {"PERSON"})
    elapsed = time.perf_counter() - started
    report("dev set", dev)
    report("second set (tuned on in round two)", fresh)
    report("third set (scored once, then partly tuned on)", fresh2)
    print(f"benign texts with a PERSON finding: {len(false_positives)}/{len(BENIGN)}")
    print(f"({len(LABELLED) + len(FRESH) + len(FRESH2) + len(BENIGN)} texts in {elapsed:.1f} s)")
    if args.misses:
        print("\n".join(misses + fresh_misses + fresh2_misses + false_positives))
    return 0


if __name__ == "__main__":
    sys.exit(main())

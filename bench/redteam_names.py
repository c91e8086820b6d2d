"""A red-team probe of person names pasted into an AI chat in disguise: names of clients, patients,
employees and pupils written so that a person or an LLM still reads them as that person's name,
but a naive scanner would not.

    python bench/redteam_names.py [--misses]

Written on 2026-12-07 (twelfth session) by a different author than the rules, in one go before the
engine ran on it; the texts and their expectations were not changed after the first run. 86 labelled
texts (44 Dutch, 42 English) with 105 marked name occurrences (55 Dutch, 50 English), each disguise
used at most twice: typography (letter spacing, dots or dashes between letters, leetspeak,
zero-width spaces and word joiners, Cyrillic look-alikes, full-width letters, mathematical bold
"Instagram font" letters, soft hyphens, capitals with odd spacing, HTML entities, percent-encoding),
riddles (a reversed name with an instruction, rot13, the Dutch spelling alphabet, the NATO alphabet,
phonetic spelling from dictation), layout (a name over two lines, over two Markdown or HTML table
cells, over two labelled fields of a BRP-style record, surname first with a comma and the particle
at the end), identifiers built from names (an e-mail local part, a URL slug, file names in
kebab-case, snake_case and capitals, camelCase variables, a SCREAMING_SNAKE constant, a hashtag,
handles such as "kpatel", "mjones", a Slack mention), data formats (JSON and YAML with unusual keys
"nm", "pt", "who", "emp", a CSV with no header, a vCard N field, an SQL literal with a doubled
apostrophe, a spreadsheet formula), developer material (a code comment, a git author line, a git
blame line, log lines with user= and actor:), letters (a salutation with a title and a double
surname, signatures with job titles), markup (an HTML attribute and tag, Markdown link text), and
names as such: titles with a surname alone (dhr., Prof.), Dutch particles in odd case, initials with
a hint, first names that are also words (Roos, Hope), a nickname in quotes, lower case, and names of
Turkish, Moroccan, Hindustani and Javanese Surinamese, Polish, Chinese (in characters and surname
first in capitals), Nigerian, Indian, Irish and English origin. Sources of ideas: the brief's list,
and what people paste (HR and school exports, care notes, code, logs, mail, chat, scanned and
social-media text). Names were invented by the author.

Decisions: each name occurrence is marked [[PERSON:value]] with exactly the characters that carry
the name as written (the disguise inside the mark; titles such as "dhr.", "Prof.", "Dr", the "#"
of a hashtag and the domain of an e-mail address left outside; an e-mail local part or handle
that is made of the name is marked as well); a name split over two cells or fields is two values.
A value counts as found when PERSON findings cover at least half of its characters
(bench/dev_marks.covered); "any-type recall" also counts a finding of another type (an e-mail
local part masked as EMAIL_ADDRESS is still not leaked). The 34 benign texts hold no person in
the same shapes (product, place, street and company names, brands named after people, project
code names, software packages, months and weekdays, first-name words used as words, a bot as a
git author, service accounts, functional mailboxes, a salutation and a signature without a name);
a PERSON finding in one counts against the engine.

First run (before any change to the engine): PERSON recall 0.533 (56/105) (nl 0.527 (29/55), en
0.540 (27/50)); any-type recall 0.571 (60/105); benign texts with a PERSON finding: 4/34. Found:
zero-width spaces, word joiners, Cyrillic look-alikes, full-width and mathematical bold letters,
soft hyphens, HTML entities, percent-encoding, the Dutch spelling alphabet, table cells, record
fields, JSON, YAML, CSV, a code comment, git author and blame lines, a vCard, an SQL literal, a
spreadsheet formula, a salutation, signatures, Markdown link text, an HTML tag, titles with a
surname, most names of other origins, Roos, handles ("kpatel", "mjones"). Missed (49): letter
spacing, dots and dashes between letters, leetspeak, reversed names, rot13, the NATO alphabet,
phonetic spelling (both), a name over two lines (both), capitals with odd spacing, surname first
with a trailing particle (2 of 3), "sem VAN der heijden", initials with a hint
(both), every name built into an identifier (e-mail local parts, URL slugs, kebab and snake file
names, camelCase, SCREAMING_SNAKE, hashtags, user=/actor: log values, a Slack mention), an HTML
attribute, Chinese characters, "Oluwaseun Adebayo-Okafor" (only "Okafor"), "Venkataraman
Subramanian", nicknames in quotes (both), "Hope". Benign findings: "Jerry" (Ben & Jerry's), "Van
Gogh" (Van Gogh Museum), "Martens" (Dr. Martens), "Van Oord" (a company).

Fixed since (same session, rules by the engine's author): 0.733 (77/105), benign 4/34 (the same
four). New: a name built into one identifier (kebab and snake file names, URL slugs, camelCase,
SCREAMING_SNAKE, hashtags, dotted log values: a listed first name, particles, a listed surname;
a surname that is also a word only where it was capitalised after a first name that is none), and
a surname in capitals with spaces before its comma, names written one letter at a time (spaced,
dotted or dashed letters, two words and eight letters at least). Left: leetspeak, reversed and rot13 names, a name over two lines, particles in odd case, "Vries, J.P.
de", initials with a hint, the Chinese, Nigerian and Indian names the lists lack, nicknames,
"Hope" alone; and the four eponymous brands and companies.
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_marks import red_team_command  # noqa: E402

MARK = re.compile(r"\[\[(?P<kind>\w+):(?P<value>.+?)\]\]", re.S)
KIND = "PERSON"

ZW = "\u200b"  # zero-width space
WJ = "\u2060"  # word joiner
SHY = "\u00ad"  # soft hyphen


def spaced(s: str) -> str:
    """Letter spacing: one space between letters, two between words."""
    return "  ".join(" ".join(w) for w in s.split())


def between(s: str, sep: str) -> str:
    """A separator between the letters of each word."""
    return " ".join(sep.join(w) for w in s.split())


def leet(s: str) -> str:
    return s.translate(str.maketrans("aeioAEIO", "43104310"))


def joined(s: str, ch: str) -> str:
    """An invisible character between all characters."""
    return ch.join(s)


CYRILLIC = str.maketrans("aeopcxyABEHKMOPCTX", "аеорсхуАВЕНКМОРСТХ")


def cyrillic(s: str) -> str:
    """Latin letters replaced by their Cyrillic look-alikes where one exists."""
    return s.translate(CYRILLIC)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def math_bold(s: str) -> str:
    """Mathematical bold letters, the "font" of social-media bios."""
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - ord("a")))
        else:
            out.append(c)
    return "".join(out)


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


NATO = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu".split(), strict=True))  # fmt: skip
DUTCH_ALPHABET = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johannes Karel Lodewijk Maria Nico Otto Pieter Quotiënt Rudolf Simon Teunis Utrecht Victor Willem Xantippe Ypsilon Zaandam".split(), strict=True))  # fmt: skip


def spelled(s: str, alphabet: dict[str, str]) -> str:
    return " ".join(alphabet[c] for c in s.upper() if c.isalpha())


# fmt: off
# (language, shape, text with marked names)
LABELLED: list[tuple[str, str, str]] = [
    # -- Dutch -------------------------------------------------------------------------------------
    ("nl", "letter spacing", "Kun je een verjaardagskaart schrijven voor onze collega [[PERSON:" + spaced("Jan de Vries") + "]]? Hij wordt vijftig en houdt van vissen."),
    ("nl", "dots between letters", "Herinnering opstellen voor patiënt [[PERSON:" + between("Fatima El Amrani", ".") + "]]: morgen 09:15 bloedafname, nuchter komen."),
    ("nl", "dashes between letters", "Klant [[PERSON:" + between("Sander Bakker", "-") + "]] klaagt al drie weken over zijn pakket. Schrijf een excuusmail."),
    ("nl", "leetspeak", "Schrijf een afwijzingsbrief voor sollicitant [[PERSON:" + leet("Marloes van Dijk") + "]], vriendelijk maar duidelijk."),
    ("nl", "zero-width spaces", "Leerling [[PERSON:" + joined("Daan Visser", ZW) + "]] uit groep 7 was vandaag erg onrustig. Schrijf een kort bericht aan de ouders."),
    ("nl", "cyrillic look-alikes", "Maak een overdrachtsnotitie: mevrouw [[PERSON:" + cyrillic("Sanne Meijer") + "]] krijgt vanaf vandaag twee keer per dag wondzorg."),
    ("nl", "full-width letters", "Uit een Japans boekingssysteem gekopieerd, kun je de gastnaam netjes schrijven? Gast: [[PERSON:" + fullwidth("Thijs Mulder") + "]], 2 nachten."),
    ("nl", "capitals, odd spacing, surname first", "Maak van deze kop een nette aanhef: BETREFT:   [[PERSON:VAN  DEN  BERG ,   ANOUK]]   —   DOSSIER 2025-118"),
    ("nl", "reversed with instruction", "Lees achterstevoren, dat is de cliënt die ik bedoel: [[PERSON:" + "Lotte Smit"[::-1] + "]]. Schrijf een sjabloon voor haar intakeverslag."),
    ("nl", "two lines", "Naam van de bewoner, uit het formulier gekopieerd:\n[[PERSON:Bram\nHoekstra]]\nKamer 12 — schrijf een welkomstbrief."),
    ("nl", "two table cells", "Maak hier een zin van:\n| voornaam | achternaam | klas |\n|---|---|---|\n| [[PERSON:Emre]] | [[PERSON:Yılmaz]] | 3B |"),
    ("nl", "e-mail local part", "Herschrijf deze mail vriendelijker, hij gaat naar [[PERSON:noor.bouzid]]@zorggroep-example.nl: 'Je rooster klopt niet, los het op.'"),
    ("nl", "url slug", "Deze pagina geeft een 404: https://www.example-zorg.nl/team/[[PERSON:priya-ramdin]]/rooster — wat kan er mis zijn?"),
    ("nl", "file names (kebab-case)", "Kun je een script schrijven dat deze bestanden in mappen zet?\n[[PERSON:kevin-de-graaf]]-cv.pdf\n[[PERSON:kevin-de-graaf]]-motivatie.docx\nvacature-magazijn.pdf"),
    ("nl", "initials plus hint", "Cliënt [[PERSON:W.T.]] (de meneer van kamer 4 met de hond) weigert zijn medicatie. Schrijf een rapportage voor de arts."),
    ("nl", "json key nm", 'Valideer deze JSON: {"nm": "[[PERSON:Wouter Kramer]]", "gb": "1987-04-02", "afd": "IC", "bed": 7}'),
    ("nl", "yaml key pt", "Zet deze YAML om naar een tabel:\n- pt: [[PERSON:Ayşe Demir]]\n  kamer: 214\n  opname: 2025-03-04\n- pt: [[PERSON:Kees Bos]]\n  kamer: 216\n  opname: 2025-03-05"),
    ("nl", "csv without header", "Sorteer dit op plaats:\n[[PERSON:Mila Postma]];Zeist;groep 4\n[[PERSON:Youssef Amrani]];Utrecht;groep 6\n[[PERSON:Fleur de Wit]];Bunnik;groep 4"),
    ("nl", "code comment", "Wat doet deze functie?\n// TODO [[PERSON:Ruben Hendriks]]: checken of dit nog nodig is\nfunction berekenToeslag(x) { return x * 1.21; }"),
    ("nl", "git author line", "Vat deze commit samen:\ncommit 4e1243bd22c66e76c2ba9eddc1f91394e57f9f83\nAuthor: [[PERSON:Joost van Leeuwen]] <[[PERSON:j.vanleeuwen]]@example.nl>\nDate:   Wed Mar 12 10:02:11 2025 +0100\n\n    fix afronding btw"),
    ("nl", "log line user=", "Waarom faalt deze login steeds?\n2025-03-12 10:02:11 WARN auth failed user=[[PERSON:ingrid.deboer]] ip=10.0.0.4 reason=locked"),
    ("nl", "camelCase variable", "Waarom is deze variabele undefined?\nconst [[PERSON:lisaVanDerMeer]] = leerlingen.find(l => l.id === 42);\nconsole.log([[PERSON:lisaVanDerMeer]].cijfer);"),
    ("nl", "capitals snake_case file name", "Mag ik dit bestand zo noemen op de gedeelde schijf? [[PERSON:PIETER_DE_JONG]]_ONTSLAG_CONCEPT_v3.docx"),
    ("nl", "hashtag", "Schrijf een LinkedIn-post over het afscheid van onze collega, met de hashtags #[[PERSON:GerdaWillemsen]] en #bedankt"),
    ("nl", "salutation, title + double surname", "Maak deze brief korter:\n\nGeachte mevrouw [[PERSON:Oosterhuis-Kalkman]],\n\nNaar aanleiding van uw bezwaar van 4 maart delen wij u mee dat de beschikking blijft staan."),
    ("nl", "signature with job title", "Kun je deze handtekening opmaken?\n\nMet vriendelijke groet,\n\ndrs. [[PERSON:M.A. (Annemiek) Verbeek]]\nTeamleider Wijkverpleging | Zorggroep Example"),
    ("nl", "html attribute", 'Waarom toont deze tooltip niets? <td title="[[PERSON:Roos Hermans]]">groep 5</td>'),
    ("nl", "markdown link text", "Zet deze link in de nieuwsbrief: [[[PERSON:Jeroen Smits]]](https://intranet.example.nl/smoelenboek/4471) is onze nieuwe vertrouwenspersoon."),
    ("nl", "dutch spelling alphabet", "De achternaam van de beller, gespeld: [[PERSON:" + spelled("Hiemstra", DUTCH_ALPHABET) + "]]. Schrijf een terugbelnotitie."),
    ("nl", "phonetic spelling (dictated)", "Dit is gedicteerd, dus de spelling klopt niet: de moeder van [[PERSON:Sjantal Fan Dam]] belde over de ouderavond. Maak er een nette notitie van."),
    ("nl", "title + surname alone", "Kun je dhr. [[PERSON:Bakker]] laten weten dat zijn scootmobiel gerepareerd is?"),
    ("nl", "particles in odd case", "Corrigeer de hoofdletters in deze aanhef: Beste [[PERSON:sem VAN der heijden]],"),
    ("nl", "surname first, particle last", "Zet deze lijst op alfabet: [[PERSON:Vries, J.P. de]]; [[PERSON:Graaf, M. van der]]; [[PERSON:Öztürk, B.]]"),
    ("nl", "turkish name", "Schrijf een welkomstmail voor onze nieuwe stagiaire [[PERSON:Büşra Öztürk]], ze begint maandag bij HR."),
    ("nl", "moroccan name, lower case", "kan je een brief maken voor [[PERSON:mohamed ait belkacem]] over zijn huurachterstand van 3 maanden"),
    ("nl", "surinamese names in a roster", "Rooster: [[PERSON:Sharmila Ramsaran-Jagesar]] vroege dienst, [[PERSON:Ricardo Kromodimedjo]] late dienst. Maak er een tabel van."),
    ("nl", "polish name", "Sollicitatie van [[PERSON:Katarzyna Wiśniewska]] — schrijf een uitnodiging voor een gesprek op donderdag."),
    ("nl", "chinese characters", "Vertaal de naam op dit inschrijfformulier naar pinyin: 姓名：[[PERSON:陈思雨]]"),
    ("nl", "first name that is a word", "[[PERSON:Roos]] heeft zich vanochtend weer ziek gemeld, de derde keer deze maand. Hoe spreek ik haar daarop aan?"),
    ("nl", "nickname in quotes", 'Onze vaste klant, door iedereen "[[PERSON:Ome Kees]]" genoemd, is vorige week overleden. Schrijf een condoleancekaart namens het team.'),
    ("nl", "soft hyphens", "Kopie uit Word: de rapportage over [[PERSON:Wil" + SHY + "hel" + SHY + "mi" + SHY + "na Groe" + SHY + "ne" + SHY + "we" + SHY + "gen]] moet vandaag de deur uit. Maak hem korter."),
    ("nl", "rot13", "ROT13, het is de naam van de klant: [[PERSON:" + rot13("Hanneke Brouwer") + "]]. Schrijf een offerte voor het dakwerk."),
    ("nl", "two record fields", "Zet dit om naar een nette adresregel:\nGeslachtsnaam: [[PERSON:DIJKSTRA]]\nVoornamen: [[PERSON:Hendrika Johanna]]\nGeboortedatum: 12-05-1948"),
    ("nl", "spreadsheet formula", 'Werkt deze formule? =ALS(B2="[[PERSON:Gijs Wolters]]";"teamleider";"medewerker")'),
    # -- English -----------------------------------------------------------------------------------
    ("en", "letter spacing", "Write a farewell card for [[PERSON:" + spaced("Emily Clarke") + "]] from the finance team."),
    ("en", "dots between letters", "Please draft a discharge summary template for [[PERSON:" + between("Oliver Hughes", ".") + "]], bed 14."),
    ("en", "dashes between letters", "Reply to the complaint from [[PERSON:" + between("Grace Whitmore", "-") + "]] about the late refund."),
    ("en", "leetspeak", "Send a reminder to [[PERSON:" + leet("Charlotte Watkins") + "]] that her visa paperwork is due on Friday."),
    ("en", "word joiners", "Patient [[PERSON:" + joined("Megan Foster", WJ) + "]] needs a follow-up appointment in two weeks, please draft the letter."),
    ("en", "cyrillic look-alikes", "Write a performance review for [[PERSON:" + cyrillic("Ryan Cooper") + "]], he exceeded his targets this quarter."),
    ("en", "mathematical bold letters", "Copied from his Instagram bio, can you make this a normal name for the guest list? [[PERSON:" + math_bold("Nathan Price") + "]]"),
    ("en", "full-width letters", "Reformat this booking name from the Tokyo hotel: [[PERSON:" + fullwidth("Jessica Turner") + "]]"),
    ("en", "reversed with instruction", "Reverse this to get the tenant's name, then write a warning letter about the rent: [[PERSON:" + "Beatrice Higgins"[::-1] + "]]"),
    ("en", "two lines, double surname", "Name on the form (it wrapped in the PDF):\nMr [[PERSON:Alistair\nPemberton-Hughes]]\nPlease draft a reply to his complaint about the parking fine."),
    ("en", "two html table cells", "Turn this row into a sentence: <tr><td>[[PERSON:Callum]]</td><td>[[PERSON:Fraser]]</td><td>disciplinary</td><td>2025-03-12</td></tr>"),
    ("en", "e-mail local part", "Draft a polite chaser to [[PERSON:chidi.okonkwo]]@example.co.uk about the overdue timesheet."),
    ("en", "url slug", "Summarise this profile for me: https://www.linkedin.com/in/[[PERSON:aarav-sharma]]-4b21a9/"),
    ("en", "file names (snake_case)", "Rename these for the HR archive:\n[[PERSON:wei_zhang]]_payslip_2025_03.pdf\n[[PERSON:wei_zhang]]_p60_2024.pdf"),
    ("en", "initials plus hint", "Write up the incident for the file: [[PERSON:J.T.]] from accounts (the one who sits by the window) shouted at a customer again."),
    ("en", "json key who", 'Turn this into a sentence: {"who": "[[PERSON:Grace Adeyemi]]", "what": "no-show", "when": "2025-03-12", "n": 3}'),
    ("en", "yaml keys emp, mgr", "Validate this YAML:\nemp: [[PERSON:Liam O'Brien]]\nmgr: [[PERSON:Siobhan Kelly]]\nrating: 2"),
    ("en", "csv without header", "Sort by score:\n[[PERSON:Tyler Brooks]],Year 9,42\n[[PERSON:Amara Nwosu]],Year 9,77\n[[PERSON:Jack Wilson]],Year 10,65"),
    ("en", "code comment", "Explain this code:\n# hack by [[PERSON:Tom Baxter]] - do not touch until the audit is done\nrate = base * 1.07"),
    ("en", "git blame line", "What changed in this line and who should I ask?\n^4e1243b ([[PERSON:Hannah Lewis]] 2025-03-12 10:02:11 +0000 42)     if user.is_admin:"),
    ("en", "log line actor:", "Explain this audit entry: 2025-03-12T10:02:11Z actor: [[PERSON:fiona.mcallister]] action=export_patients rows=1200"),
    ("en", "camelCase variable", "Why does TypeScript complain here? let [[PERSON:danielMorgan]]: Employee = await repo.find(17);"),
    ("en", "SCREAMING_SNAKE constant", "Rename this constant to something neutral: [[PERSON:SARAH_MITCHELL]]_SALARY = 54000"),
    ("en", "hashtag", "Write a tweet for the school account about the retirement of our head teacher, with #[[PERSON:AmeliaWright]]Retires"),
    ("en", "salutation with title", "Make this letter more formal:\n\nHi Ms [[PERSON:Featherstonehaugh]],\nsorry about the mix-up with your son's report, we will fix it this week."),
    ("en", "signature with job title", "Tidy up this signature:\n\nBest,\nDr [[PERSON:Rajesh Iyer]] MBBS FRCP\nConsultant Cardiologist, Ward 7B"),
    ("en", "html tag, lower case", 'Why is this div not centred? <div class="badge">[[PERSON:kwame mensah]]</div>'),
    ("en", "markdown link text", "Add to the staff page: [[[PERSON:Zoe Campbell]]](mailto:[[PERSON:z.campbell]]@example.org) — Head of Year 8"),
    ("en", "nato alphabet", "Caller spelled her surname: [[PERSON:" + spelled("Patel", NATO) + "]]. Draft a callback note."),
    ("en", "phonetic spelling", "The patient's name, as the receptionist heard it: [[PERSON:shiv-AWN muh-GRAH]]. Please make a referral letter."),
    ("en", "title + surname alone", "Let Prof. [[PERSON:Nwachukwu]] know that the viva has moved to Thursday."),
    ("en", "chinese, surname first in capitals", "Put this name from the visa form in Western order for the badge: [[PERSON:ZHANG Wei]]"),
    ("en", "nigerian double surname", "Write a reference letter for [[PERSON:Oluwaseun Adebayo-Okafor]], who worked for us as a data analyst."),
    ("en", "indian name", "[[PERSON:Venkataraman Subramanian]] missed his third physio session, draft a message."),
    ("en", "first name that is a word", "[[PERSON:Hope]] missed her third session this month, how do I raise it with her mum?"),
    ("en", "nickname in quotes", 'Write a leaving card for "[[PERSON:Smithy]]" from the warehouse, he has been here twenty years.'),
    ("en", "sql literal, doubled apostrophe", "Why does this query return nothing? SELECT * FROM pupils WHERE surname = '[[PERSON:O''Connor]]' AND first_name = '[[PERSON:Niamh]]';"),
    ("en", "html entities", "Clean up this HTML: <p>Prepared for [[PERSON:Ren&eacute;e Fran&ccedil;ois]]</p>"),
    ("en", "percent-encoding", "Why does this link break? https://crm.example.com/contacts?name=[[PERSON:Chlo%C3%A9%20Dubois]]&view=full"),
    ("en", "vcard N field", "Import this contact into Outlook:\nBEGIN:VCARD\nVERSION:3.0\nN:[[PERSON:Harrison;Eleanor]];;Ms.;\nORG:Example Ltd\nEND:VCARD"),
    ("en", "handles (initial + surname)", "Summarise this Jira ticket header:\nReporter: [[PERSON:kpatel]]\nAssignee: [[PERSON:mjones]]\nStatus: In Progress"),
    ("en", "slack mention", "Reply to this Slack message in a friendly tone: <@U024BE7LH|[[PERSON:mark.evans]]> the slides for Monday are still missing"),
]

# (shape, text): no person in the text.
BENIGN: list[tuple[str, str]] = [
    ("letter spacing", "Zet de kop 'U I T V E R K O C H T' groot bovenaan de poster voor de winkel in Zeist."),
    ("dots between letters", "Wat betekent B.V. achter een bedrijfsnaam, en wat is het verschil met N.V.?"),
    ("leetspeak", "Is 'Z0m3rk0rt1ng2025' een goede kortingscode voor de webshop?"),
    ("file names (kebab-case)", "Hernoem deze bestanden: amsterdam-noord-plattegrond.pdf, den-haag-centraal-dienstregeling.pdf"),
    ("url slug", "Deze link werkt niet: https://www.example.nl/winkels/utrecht-oudegracht/openingstijden"),
    ("camelCase variable", "Why is appleWatchSeries undefined here? const galaxyTabUltra = devices[0];"),
    ("SCREAMING_SNAKE constant", "Wat doen MAX_RETRY_COUNT en DEFAULT_TIMEOUT_MS in deze config?"),
    ("json key nm", 'Valideer deze JSON: {"nm": "Rotterdam Centraal", "lat": 51.925, "lon": 4.469}'),
    ("csv without header", "Sorteer op inwoners:\nMaastricht;Limburg;121000\nZwolle;Overijssel;130000\nDelft;Zuid-Holland;104000"),
    ("hashtag", "Schrijf een post voor Instagram met #KoningsdagAmsterdam en #OranjeBoven"),
    ("project code names", "Project Hermes and Project Aurora both go live in April, draft the release note."),
    ("software packages", "Our firmware is built with bob (bob build --target arm), and CI runs black, flask and pandas. Why is the build slow?"),
    ("months and weekdays", "Schedule the audit for June, the follow-up for August, and the review on a Monday in May."),
    ("first-name words (en)", "I will mark the essays tomorrow; there is still hope that the grades improve. Frank feedback only, please."),
    ("first-name word (nl)", "Roos of tulp, wat past beter bij een boeket voor Moederdag?"),
    ("brands named after people", "Vergelijk de huismerken van Albert Heijn met Hak en Ben & Jerry's op prijs per kilo."),
    ("git author line (bot)", "Summarise this commit:\nAuthor: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n\n    Bump lodash from 4.17.20 to 4.17.21"),
    ("log line (service account)", "Wat betekent deze regel? 2025-03-12 10:02:11 INFO backup done user=svc_backup actor: system job=nightly"),
    ("code comment", "Wat doet dit?\n# TODO: opruimen na de Hermes-migratie\nrate = base * 1.07"),
    ("salutation without name", "Is 'Geachte heer/mevrouw,' nog gepast, of kan ik beter 'Beste lezer,' schrijven?"),
    ("signature with job title, no name", "Make this signature shorter:\n\nKind regards,\nCustomer Service Team\nNorthgate Supplies Ltd"),
    ("html tag", '<span class="brand">Philips Hue</span> — waarom wordt het lettertype niet geladen?'),
    ("markdown link text", "Voeg toe aan de lijst: [Rijksmuseum](https://www.rijksmuseum.nl) en [Van Gogh Museum](https://www.vangoghmuseum.nl)."),
    ("nato alphabet", "The booking reference is Alfa Kilo Seven Lima Quebec. Is that a valid PNR format?"),
    ("title as brand", "Waar komt de merknaam Dr. Martens vandaan, en schrijf je 'dhr.' of 'Dhr.' in een aanhef?"),
    ("places with particles", "Plan een route van Bergen op Zoom via Den Helder naar Alphen aan den Rijn."),
    ("companies named after people", "Van Lanschot Kempen en Van Oord hebben allebei jaarcijfers gepubliceerd; vat ze samen."),
    ("cities of many origins", "Flights from Istanbul, Marrakech, Paramaribo, Kraków, Mumbai, Shenzhen and Lagos: which arrive before noon?"),
    ("street names alone", "De bezorger kon de Jan van Galenstraat en de Prins Hendrikkade niet vinden. Schrijf een routebeschrijving."),
    ("functional mailboxes", "Stuur dit door naar klantenservice@example.nl en info@example.nl, niet naar noreply@example.nl."),
    ("reversed with instruction", "Draai dit om: 'madretsmA' — welke stad is het?"),
    ("full-width letters", "Wat betekent " + fullwidth("SALE 50% OFF") + " op deze Japanse webshop?"),
    ("mathematical bold letters", "Our Instagram bio says " + math_bold("Fresh Bakery Utrecht") + ", is that font accessible for screen readers?"),
    ("first-name words capitalised (en)", "Will the build pass if Mark as Done is clicked before the merge? Grace period is three days."),
]
# fmt: on


def check_texts() -> None:
    """Each labelled text has a mark of PERSON, no benign text has a mark."""
    bad = [marked[:60] for _, _, marked in LABELLED if not any(m.group("kind") == KIND for m in MARK.finditer(marked))]
    bad += [text[:60] for _, text in BENIGN if MARK.search(text)]
    if bad:
        sys.exit(f"texts with wrong marks: {bad}")


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, (KIND,), check_texts)


if __name__ == "__main__":
    sys.exit(main())

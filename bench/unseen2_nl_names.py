"""An unseen probe of person names in ordinary Dutch and Flemish prompts as office workers type them into an
AI chat, scored once.

    python bench/unseen2_nl_names.py [--misses]

Written on 2026-12-07 by a different author than the engine's rules, without reading the rules, the engine,
the other probes' texts, bench/data/ or tests/; every text and mark was written in full before the engine first
ran on them, and none was changed after that run. All names are invented.

129 labelled texts (all "nl"; 15 of them Flemish) with 418 marked names (PERSON only), and 52 benign texts
without any person. The requests are the everyday ones: draft or answer a mail ("Beste Fatima,", "Hoi Sem,",
"Dag Griet,"), minutes with action items, appraisal and sick notes, applications and references, customer
complaints, care files and district-nursing rosters, school mails to parents and report remarks, municipal
objections and Wmo talks, a summons, tenancy and deposit disputes, insurance claims, project updates, pasted
WhatsApp and Teams chats with times and @mentions, CSV (";" and ","), tab-separated Excel, a Markdown table, JSON,
SQL and Python with names in strings, mail headers (Van:/Aan:/CC:, Outlook "Achternaam, Voornaam"), signatures,
an address label, a death notice and ALL CAPS form fields. The name stands in many positions: subject after the
verb ("Gisteren heeft Joost ..."), inverted ("Morgen belt Esra ..."), bare object ("Ik moet Wessel
feliciteren"), after met/voor/van/aan/door/bij/namens, possessive ("Ruud z'n", "Anouk d'r", "Annemieks",
"Esra's"), apposition, cleft ("Het was Yusuf die ..."), parentheses, quotes, list items and table cells. Forms:
full names, first names alone (also repeated after the full name), surnames alone after a title or bare ("De
Boer en Visser hebben ruzie"), initials with tussenvoegsels ("A.B. van der Meer", "W. van 't Hof"), hyphenated
double surnames ("Jansen-van Dijk", "Baukje Zijlstra-Bosma"), Flemish capital "Van"/"De" ("Ine Van Acker", "An De
Smet"), lower-case chat, ALL CAPS, "SURNAME Given" from a passport, nicknames (Henk, Sjaak, Kees, Koos, Bram, Pim,
Jip, Loes, tuur, staf, jef) and given names that are also Dutch words (Roos, Mees, Storm, Job, Lot, Iris, Floor,
Sky, Jade, Noor, Sterre, Linde, Merel, Lieve; surnames Bloem, Bos, Visser, Koning, Prins). Origins: Dutch,
Frisian, Flemish, Surinamese (Hindustani, Creole, Javanese), Moluccan/Indo, Antillean, Turkish, Moroccan
(Arabic and Berber), Polish, Syrian, Eritrean, Chinese-Dutch and German.

What is marked: exactly the name of a person, every time it occurs. Titles and forms of address (dhr., mevr.,
mw., mevrouw, meneer, de heer, dr., ir., ing., mr., drs., prof., juf, opa, collega) stay outside the mark; a
genitive s or 's stays outside ("[[PERSON:Annemiek]]s"); "Achternaam, Voornaam" and "Kartodikromo, D." are one
mark; first names and surnames in separate CSV columns are marked separately; a speaker label in a pasted chat
and an @mention are marked. Company, street, school, hospital, museum and holiday names built from a person's
name are not persons and are what the benign texts are made of (Albert Heijn, Douwe Egberts, Van Oord, De Vries
Bouw BV, Jansen Transport BV, Hertog Jan, Antoni van Leeuwenhoek, Willem de Zwijger College, Johan de Wittlaan,
Willem Dreeslaan, Van Gogh Museum, Boijmans Van Beuningen, Rembrandtplein, Vondelpark, the ziekte van
Parkinson), with towns (Den Bosch, Roosendaal, Hoorn, Lisse, Ede, Doorn, Zeist, Best, Born, Boom, Mol, Geel,
Lier, Sint-Niklaas), holidays (Sinterklaas, Koningsdag, Keti Koti), software and products (Jenkins, Alexa, Siri,
Tesla, Magister), capitalised weekdays and months (Augustus, Mei), job titles, and name-words used as words (roos,
storm, linde, mees, merel, hoop, fleur, jade, iris, lot, job, bas, ben), plus code and config.

Note by the engine's maintainer: the author's run saw uncommitted rule changes in the working tree. On a clean
export of ec3c303, the engine before this probe, with PYTHONPATH pointing there: PERSON recall 0.895 (374/418),
benign 9/52.

First run (2026-12-07, `--misses`): PERSON recall 0.897 (375/418), nl 0.897 (375/418), any-type 0.897
(375/418); benign texts with a PERSON finding: 9/52. The 43 misses: (a) five texts where nothing at all was
found (19 names): the Job/Lot text (given names that are words, 4), the Eritrean social-worker text ("Senait
Gebremedhin", "Filmon Tekle", "Senait"), the lower-case Eritrean request ("yonas", "mebrahtu"), the Markdown
roster table (Esther, Mustafa, Wendy, each twice) and the bare-surname mediation text ("De Boer", "Visser", each
twice); (b) lone first names beside found ones: "Actie Ilse/Roel/Marloes/Jeroen" (Femke in the same list found),
Harm, Hugo, Kees, Joris, Cheyenne, Dawit, "Ons Lies", the list item Milan, lower-case sanne and staf, and the
word-names Floor and Sky; (c) full names of less common origin: the Javanese "Soeparman Tosari" and "Sarmi
Kartoredjo", Eritrean "Luwam Mehari", Berber "Tiziri Ouchen", and the passport order "TANG Huimin"; (d) one
surname after "Huisarts dr." (Verbeek), the genitive "Annemieks", and the lower-case "jasper kok" in a Python
string. Some hits were over-wide ("dewi saté", "fatima dadels", "mieke de kantine", "- Lieve: sociaal sterk").
Benign findings: companies named after people (De Vries Bouw BV, Jansen Transport BV, Van Oord, Douwe Egberts,
also Boskalis), the hospital Antoni van Leeuwenhoek, the town Den Bosch, "Raad" of Raad van Bestuur, the holiday
"O.L.H. Hemelvaart", and name-words in plain use ("linde afgebroken", "roos, jasmijn"); Albert Heijn, Hertog Jan,
the Willem de Zwijger College, the streets, Sinterklaas, Alexa/Siri, Tesla and capitalised months raised nothing.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_marks import red_team_command  # noqa: E402

MARK = re.compile(r"\[\[(?P<kind>\w+):(?P<value>.+?)\]\]", re.S)
KINDS = ("PERSON",)

# (shape, marked text): every name of a person marked, titles outside the mark.
TEXTS: list[tuple[str, str]] = [
    (
        "mail: contract signed, subject mid-sentence",
        "Kun je een mail voor me schrijven aan het team? Gisteren heeft [[PERSON:Joost Verhoeven]] het contract "
        "met de leverancier getekend, dus vanaf 1 januari gaan we over op de nieuwe printers. Vragen kunnen naar "
        "[[PERSON:Joost]] of naar mij.",
    ),
    (
        "customer message: inverted word order",
        "Morgen belt [[PERSON:Esra]] de klant terug over de creditnota, en woensdag gaat [[PERSON:Thijs de Ruiter]] "
        "langs voor de installatie. Kun je dat in een kort bericht naar de klant zetten, vriendelijk maar zakelijk?",
    ),
    (
        "mail: object of stuur, cc",
        "Maak hier een nette mail van: stuur het concept naar [[PERSON:Wouter]] en zet [[PERSON:Marieke Schouten]] "
        "in de cc, zij moet het voor vrijdag goedkeuren.",
    ),
    (
        "stolen laptop: z'n and genitive s",
        "[[PERSON:Ruud]] z'n laptop is gestolen uit de auto, hoe meld ik dat bij de verzekering en bij ICT? Hij had "
        "er ook [[PERSON:Annemiek]]s verslag op staan dat nog niet op SharePoint stond.",
    ),
    (
        "school: reply to mother of a pupil",
        "Schrijf een reactie aan de moeder van [[PERSON:Daan]] (groep 5). Ze klaagt dat [[PERSON:Daan]] gepest wordt "
        "door twee jongens uit zijn klas. Ik wil aangeven dat ik morgen met [[PERSON:Daan]] en de intern begeleider, "
        "[[PERSON:Femke Kuipers]], ga praten.",
    ),
    (
        "legal: apposition onze jurist",
        "Onze jurist, [[PERSON:Iris de Wit]], zegt dat de opzegtermijn van de huurder niet klopt. Kun jij uitleggen "
        "wat artikel 7:271 BW zegt, zodat ik het punt van [[PERSON:Iris]] beter begrijp?",
    ),
    (
        "minutes: facilitair notes with actions",
        """Maak notulen van deze aantekeningen:
overleg facilitair 14/11
aanwezig: [[PERSON:Gerda Hofman]] (vz), [[PERSON:Sjoerd Hoekstra]], [[PERSON:Kübra Aydın]], [[PERSON:Bas]] van ICT
afwezig m.k.: [[PERSON:Wytske Dijkstra]]
- koffieautomaten: [[PERSON:Sjoerd]] vraagt offerte op bij 2 partijen
- toegangspasjes: [[PERSON:Kübra]] checkt wie nog een oude pas heeft
- [[PERSON:Bas]] zet de nieuwe wifi op 3e verdieping
volgende keer: 12/12""",
    ),
    (
        "HR: appraisal report",
        "Ik moet een verslag schrijven van een functioneringsgesprek. Medewerker: [[PERSON:Priya Sewdien]], "
        "leidinggevende: ik ([[PERSON:Hans Mulder]]). Punten: [[PERSON:Priya]] wil graag doorgroeien richting "
        "teamleider, werkt goed samen met [[PERSON:Kevin Lie]] en [[PERSON:Demi]], maar komt vaak te laat in de "
        "ochtend door de kinderopvang. Schrijf er een neutraal verslag van.",
    ),
    (
        "application letter: Geachte heer + via",
        "Kun je mijn motivatiebrief verbeteren? 'Geachte heer [[PERSON:Brouwer]], Via [[PERSON:Linda Koster]], die al "
        "drie jaar bij uw afdeling werkt, hoorde ik van de vacature voor junior accountmanager. Graag stel ik mij voor.'",
    ),
    (
        "customer reply: Beste Fatima + quoted sender",
        """Help me deze mail te beantwoorden:

Beste [[PERSON:Fatima]],

Bedankt voor je bericht. Helaas is je bestelling (ordernr 448120) nog niet verzonden omdat

--- origineel ---
Van: [[PERSON:Fatima Bouzid]]
Ik heb 3 weken geleden besteld en nog niks ontvangen!! Dit is echt belachelijk.""",
    ),
    (
        "note: Hoi Sem, to make formal",
        "Hoi [[PERSON:Sem]],\n\nkan je morgen de sleutel van het magazijn bij [[PERSON:Lotte]] ophalen? "
        "[[PERSON:Ferry]] is er niet. Groetjes, [[PERSON:Anouk]]\n\n^ maak dit iets formeler, het gaat naar een "
        "uitzendkracht",
    ),
    (
        "care: client report handover",
        "Vat deze rapportage samen voor de overdracht: Cliënt mevr. [[PERSON:H. Pattipeilohy-Latumahina]] (87 jr) was "
        "vanochtend onrustig, dochter [[PERSON:Jolanda]] heeft gebeld dat ze vanmiddag komt. Wondzorg linkerbeen "
        "gedaan door [[PERSON:Soenita]]. Huisarts dr. [[PERSON:Verbeek]] is ingelicht.",
    ),
    (
        "care: district nursing roster, first names",
        """Maak van dit rooster een overzichtelijke tabel per dag:
ma: [[PERSON:Naima]] vroeg, [[PERSON:Joyce]] laat
di: [[PERSON:Baukje]] vroeg, [[PERSON:Naima]] laat
wo: [[PERSON:Germaine]] vroeg + laat (ruilt met [[PERSON:Joyce]])
do: [[PERSON:Baukje]] vroeg, [[PERSON:Ilse]] laat
vr: [[PERSON:Ilse]] vroeg, [[PERSON:Germaine]] laat""",
    ),
    (
        "school: mail to parents, surname only",
        "Kun je een mail schrijven aan meneer en mevrouw [[PERSON:Öztürk]] dat hun zoon [[PERSON:Yusuf]] volgende week "
        "de toets mag inhalen? Hij was ziek. Mentor is mevrouw [[PERSON:Van Dam]], die zit in lokaal 2.14.",
    ),
    (
        "municipality: objection letter with initials",
        "Ik werk bij de gemeente en moet een brief opstellen over een bezwaar tegen de parkeervergunning. "
        "Bezwaarmaker: mevr. [[PERSON:T. Yılmaz]], Kerkstraat 14. Behandelaar: [[PERSON:R. van Leeuwen]]. De "
        "hoorzitting was op 3 november, daar was ook haar zwager [[PERSON:Serkan Aydın]] bij als gemachtigde.",
    ),
    (
        "legal: summons to proofread",
        "Controleer deze dagvaarding op taalfouten: 'Heden, de [datum], ten verzoeke van [[PERSON:Gerrit Jan Bosman]], "
        "wonende te Apeldoorn, die woonplaats kiest ten kantore van zijn advocaat, heb ik, [[PERSON:Pieter-Bas "
        "Hendriks]], gerechtsdeurwaarder te Deventer, gedagvaard: [[PERSON:Dirk-Jan Mol]], wonende te Zutphen.'",
    ),
    (
        "Flemish: tenant dispute to vrederechter",
        "Kan je een brief opstellen naar de vrederechter? Mijn huurder, [[PERSON:Gert Desmet]], betaalt al drie maanden "
        "geen huur. Ik heb al twee keer gebeld en ook zijn broer [[PERSON:Kristof]] aangesproken, maar niks. De "
        "syndicus, mevrouw [[PERSON:Van Acker]], bevestigt dat er klachten zijn van de buren.",
    ),
    (
        "insurance: damage description",
        "Herschrijf deze schadeomschrijving: 'Op 4 okt reed mevr. [[PERSON:Ayşe Demir]] achteruit de parkeerplaats af "
        "en raakte de auto van dhr. [[PERSON:K. Zieliński]]. Getuige: [[PERSON:Mirjam Prins]]. [[PERSON:Demir]] erkent "
        "schuld.'",
    ),
    (
        "project update for steering group",
        "Schrijf een korte projectupdate voor de stuurgroep: migratie loopt 2 weken achter, [[PERSON:Tomasz]] is ziek "
        "geweest, [[PERSON:Lisanne Vermeer]] heeft de testen overgenomen. Volgende mijlpaal: acceptatietest met "
        "[[PERSON:Harm]] en [[PERSON:Ingrid Tjoa]] op 9 januari.",
    ),
    (
        "WhatsApp group pasted with times",
        """Vat deze app-groep samen:
[08:02] [[PERSON:Pim]]: ik ben er pas om 9 uur
[08:05] [[PERSON:Loes]]: ok. [[PERSON:Jip]] neem jij de sleutels mee?
[08:11] [[PERSON:Jip]]: jaa
[08:30] [[PERSON:Mo]]: kan iemand [[PERSON:kees]] bellen, hij neemt niet op
[08:31] [[PERSON:Loes]]: doe ik""",
    ),
    (
        "Flemish Teams chat with mentions",
        """[Teams, 14:02] [[PERSON:Brecht Goossens]]: @[[PERSON:Hanne Willems]] hebt gij de offerte voor de stad Aalst al nagekeken?
[14:05] [[PERSON:Hanne Willems]]: nog niet, [[PERSON:Jens]] had er nog vragen over
[14:06] [[PERSON:Brecht Goossens]]: ok laat [[PERSON:Jens]] mij efkes bellen
Kan je hier een actielijst van maken?""",
    ),
    (
        "CSV: new starters with ;",
        """Zet deze lijst om naar een tabel met kolommen Naam, Afdeling, Startdatum:
naam;afdeling;start
[[PERSON:Yonas Tesfay]];Logistiek;01-02-2026
[[PERSON:Agnieszka Kowalczyk]];Logistiek;15-02-2026
[[PERSON:Rami Al-Hassan]];Financiën;01-03-2026
[[PERSON:Wei Chen]];IT;01-03-2026
[[PERSON:Sytse Wiersma]];Inkoop;01-04-2026""",
    ),
    (
        "Excel: leave balance, Achternaam, Voornaam",
        "Welke medewerkers hebben nog meer dan 10 verlofdagen?\nMedewerker\tAfdeling\tRestant\n"
        "[[PERSON:Bakker, Sanne]]\tKlantenservice\t12\n[[PERSON:El Idrissi, Youssef]]\tKlantenservice\t4\n"
        "[[PERSON:Wijngaarde, Cheryl]]\tPlanning\t15,5\n[[PERSON:Schröder, Matthias]]\tIT\t8",
    ),
    (
        "mail header Van/Aan/CC, German sender",
        """Van: [[PERSON:Anja Weiß]] <a.weiss@kruger-logistik.de>
Aan: [[PERSON:Dennis Koning]]
CC: [[PERSON:Marloes van den Heuvel]]; [[PERSON:Oğuz Kılıç]]
Onderwerp: Lieferung KW 48

Sehr geehrter Herr [[PERSON:Koning]], die Lieferung verschiebt sich um eine Woche.

vertaal deze mail naar het Nederlands en schrijf een antwoord namens [[PERSON:Dennis]]""",
    ),
    (
        "signature with ing. title",
        """Wat vind je van deze e-mailhandtekening, kan het strakker?

Met vriendelijke groet,

ing. [[PERSON:Jan-Willem van der Linden]]
Projectleider Civiele Techniek
T 030 240 11 87""",
    ),
    (
        "residents list: initials and tussenvoegsels",
        "In de bijlage staat een lijst van bewoners die bezwaar maken: [[PERSON:A.B. van der Meer]], "
        "[[PERSON:J. de Groot-Bakker]], [[PERSON:C.M. ten Brink]] en [[PERSON:W. van 't Hof]]. Schrijf een "
        "ontvangstbevestiging die ik naar alle vier kan sturen.",
    ),
    (
        "invoices: double surname with hyphen",
        "Mevrouw [[PERSON:Jansen-van Dijk]] heeft gebeld over de factuur van haar moeder, mevrouw [[PERSON:E. van "
        "Dijk]]. Ze wil dat de facturen voortaan naar haar adres gaan. Hoe regel ik een machtiging?",
    ),
    (
        "lower-case chat: vraag ff aan",
        "vraag ff aan [[PERSON:lisa]] en [[PERSON:mo]] of ze vrijdag kunnen, anders schuiven we het naar maandag. en "
        "zeg tegen [[PERSON:rik]] dat hij de beamer mee moet nemen\n\nmaak hier een nette teams-post van",
    ),
    (
        "ALL CAPS form fields",
        """Lees dit formulier uit en zet het in JSON:
NAAM: [[PERSON:DE VRIES, PIETER]]
GEBOORTEDATUM: 12-04-1961
PARTNER: [[PERSON:DE VRIES-SMIT, ANNEKE]]
CONTACTPERSOON: [[PERSON:MEHMET ÖZTÜRK]] (ZWAGER)""",
    ),
    (
        "nicknames: field staff complaint",
        "[[PERSON:Henk]] en [[PERSON:Sjaak]] van de buitendienst hebben klachten over de nieuwe busjes. [[PERSON:Kees]] "
        "van de garage zegt dat de stoelen niet verstelbaar zijn. Stel een mail op aan het wagenparkbeheer.",
    ),
    (
        "word-names: thank-you card",
        "Kun je een bedankkaartje schrijven voor [[PERSON:Roos]] en [[PERSON:Mees]]? Ze hebben de hele kerstborrel "
        "georganiseerd, samen met [[PERSON:Storm]] van marketing.",
    ),
    (
        "word-names: Job and Lot for a job",
        "Ik wil dat [[PERSON:Job]] de nieuwe job van projectcoördinator krijgt, maar [[PERSON:Lot]] solliciteert ook. "
        "Help me een afwegingsnotitie te schrijven: [[PERSON:Job]] heeft meer ervaring, [[PERSON:Lot]] kent de klanten "
        "beter.",
    ),
    (
        "Frisian: anniversary card",
        "Kun je een felicitatiekaart maken voor [[PERSON:Tjeerd]] en [[PERSON:Froukje Postma]], ze zijn 25 jaar "
        "getrouwd. Van het hele team, en vooral van [[PERSON:Auke]] die bij hun bruiloft getuige was.",
    ),
    (
        "Hindustani: condolence message",
        "Help me een condoleancebericht schrijven aan mijn collega [[PERSON:Ravi Ramdin]], zijn vader [[PERSON:Rakesh]] "
        "is vorige week overleden. De crematie is zaterdag, [[PERSON:Shanti]] (zijn vrouw) heeft gevraagd of er iemand "
        "van het werk komt.",
    ),
    (
        "Javanese: press release community centre",
        "Maak een persbericht: buurthuis De Kralingse Hoek viert 40 jaar. Oprichter [[PERSON:Soeparman Tosari]] (82) "
        "knipt het lint door, samen met voorzitter [[PERSON:Joyce Wongsokarijo]]. Tijdens het feest treedt een "
        "gamelangroep op onder leiding van [[PERSON:Sarmi Kartoredjo]].",
    ),
    (
        "Antillean: reference letter for intern",
        "Schrijf een aanbevelingsbrief voor mijn stagiair [[PERSON:Shurwen Isenia]]. [[PERSON:Shurwen]] heeft zes "
        "maanden bij ons gewerkt op de afdeling onderhoud, onder begeleiding van [[PERSON:Mariela Cijntje]].",
    ),
    (
        "Eritrean: social worker explains letter",
        "Ik ben maatschappelijk begeleider. [[PERSON:Senait Gebremedhin]] en haar man [[PERSON:Filmon Tekle]] hebben "
        "een brief van de Belastingdienst gekregen over toeslagen. Kun je in simpele taal uitleggen wat er staat, zodat "
        "ik het aan [[PERSON:Senait]] kan voorlezen?",
    ),
    (
        "Syrian: civic integration letter to B1",
        "Vertaal naar eenvoudig Nederlands (B1): 'Beste [[PERSON:Lina Haddad]], uw inburgeringsexamen is gepland op "
        "14 februari. Uw taalcoach [[PERSON:Marjolein]] neemt contact met u op over de voorbereiding.'",
    ),
    (
        "Polish: cleaning crew work order",
        "Maak een werkbon op voor de schoonmaak van vrijdag: ploeg 1 [[PERSON:Łukasz Kamiński]] en [[PERSON:Małgorzata "
        "Wójcik]], ploeg 2 [[PERSON:Krzysztof]] en [[PERSON:Dorota]]. [[PERSON:Łukasz]] heeft de sleutel.",
    ),
    (
        "Chinese-Dutch: restaurant manager handover",
        "Ons restaurant krijgt een nieuwe bedrijfsleider. Schrijf een welkomstbericht voor het personeel: per 1 maart "
        "neemt [[PERSON:Mei Ling Wong]] het over van [[PERSON:Ka Wai Lam]], die met pensioen gaat. [[PERSON:Ka Wai]] "
        "blijft nog tot april om [[PERSON:Mei Ling]] in te werken.",
    ),
    (
        "German visitors: day programme",
        "Onze Duitse partner [[PERSON:Jürgen Hoffmann]] komt op 3 december, samen met [[PERSON:Ulrike Brandt]] van "
        "inkoop. Kun je een programma voor de dag maken? [[PERSON:Hoffmann]] wil ook de fabriek in Venlo zien.",
    ),
    (
        "Flemish school: Smartschool message",
        "Dag, ik ben leerkracht in het vierde leerjaar. Kan je een bericht voor Smartschool opstellen aan de ouders van "
        "[[PERSON:Kobe Mertens]]? [[PERSON:Kobe]] heeft zijn huiswerk al drie weken niet gemaakt. Zijn zorgleerkracht, "
        "juf [[PERSON:Nele]], wil graag een gesprek.",
    ),
    (
        "Flemish OCMW: file summary",
        "Ik werk bij het OCMW. Vat dit dossier samen: [[PERSON:Jozef Claes]] (72), alleenstaand, woont in een sociale "
        "woning. Zijn nicht [[PERSON:Sien Vandenberghe]] komt wekelijks langs. Maatschappelijk werker: [[PERSON:An De "
        "Smet]]. Aanvraag: poetshulp via de thuiszorgdienst.",
    ),
    (
        "Moroccan/Berber: farewell invitation",
        "Schrijf een uitnodiging voor het afscheid van [[PERSON:Nordin Ait Taleb]], 30 jaar buschauffeur. "
        "[[PERSON:Tiziri Ouchen]] houdt een speech namens de collega's en [[PERSON:Hamza]] regelt de muziek.",
    ),
    (
        "Turkish: soften a message",
        "Kun je dit bericht aan [[PERSON:Zeynep Arslan]] vriendelijker maken? '[[PERSON:Zeynep]], je hebt de deadline "
        "weer gemist. Dit is de derde keer. Bespreek het met [[PERSON:Burak]] voordat je iets naar de klant stuurt.'",
    ),
    (
        "CRM: Achternaam, Voornaam in quotes",
        "In het systeem staat de klant als '[[PERSON:Pinas, Romeo]]', maar hij heet eigenlijk [[PERSON:Romeo Glenn "
        "Pinas]]. Hoe leg ik in een mail aan de klantenservice uit dat de naam moet worden aangepast?",
    ),
    (
        "to-do: names after met/bij/voor/door/van",
        "Ik heb vandaag een gesprek met [[PERSON:Eline]], daarna lunch ik bij [[PERSON:Gijs]] en ik moet nog een cadeau "
        "kopen voor [[PERSON:Marjan]]. De presentatie is gemaakt door [[PERSON:Tim Smeets]] en het idee kwam van "
        "[[PERSON:Yara Alhussein]]. Maak een to-do-lijst van mijn dag.",
    ),
    (
        "sick note to manager",
        "Schrijf een ziekmelding naar mijn leidinggevende [[PERSON:Carla]]. Ik ben vanochtend bij de huisarts geweest. "
        "Mijn afspraken van vandaag kan [[PERSON:Niels]] overnemen, behalve het gesprek met meneer [[PERSON:Kalpoe]].",
    ),
    (
        "complaint: late mechanic",
        "Een klant, [[PERSON:Errol Jozefzoon]], heeft een klacht ingediend omdat monteur [[PERSON:Dave]] te laat was en "
        "zijn vloer heeft beschadigd. Schrijf een excuusbrief en bied een vergoeding aan.",
    ),
    (
        "insurance claim form fields",
        "Verzekerde: [[PERSON:Tesfalem Araya]]\nPolisnummer: WA-2291-8830\nBestuurder tijdens ongeval: "
        "[[PERSON:Luwam Mehari]] (echtgenote)\nTegenpartij: [[PERSON:Bambang Hadisoewignjo]]\n\nSchrijf hier een "
        "samenvatting van voor de schadebehandelaar.",
    ),
    (
        "out-of-office with stand-ins",
        "Ik ben vanaf maandag op vakantie. Schrijf een out-of-office: bij dringende zaken contact opnemen met "
        "[[PERSON:Marco Dekker]] (planning) of [[PERSON:Nadia Tahiri]] (financiën). Voor vragen over project Horizon: "
        "[[PERSON:Floor]].",
    ),
    (
        "recruitment: three candidates",
        "Ik heb een sollicitatiegesprek gevoerd met drie kandidaten. Help me een advies te schrijven. Kandidaat 1: "
        "[[PERSON:Ikram Azzouzi]], sterk in Excel. Kandidaat 2: [[PERSON:Bart-Jan Kroes]], weinig ervaring maar "
        "enthousiast. Kandidaat 3: [[PERSON:Vikash Mahabier]], heeft al bij een concurrent gewerkt. Ik neig naar "
        "[[PERSON:Ikram]].",
    ),
    (
        "works council minutes",
        """Notulen OR-vergadering 21 november.
Voorzitter: [[PERSON:Wim Latuheru]]. Secretaris: [[PERSON:Petra Groen]].
1. Opening. [[PERSON:Wim]] heet iedereen welkom, in het bijzonder [[PERSON:Gülşen Doğan]], het nieuwe lid namens de productie.
2. Reorganisatie: de bestuurder (dhr. [[PERSON:Van Rijn]]) licht het plan toe.
Maak hier een leesbaar verslag van.""",
    ),
    (
        "reply to quoted thread",
        """Reageer hierop namens mij (ik ben [[PERSON:Maaike]]):

> Op di 12 nov. 2026 om 09:14 schreef [[PERSON:Ruben Hagenaars]]:
> Hoi [[PERSON:Maaike]], wil jij de planning voor Q1 nog even checken? [[PERSON:Stijn]] heeft er een paar wijzigingen in gezet.
> Gr. [[PERSON:Ruben]]""",
    ),
    (
        "reference: Iris at sentence start",
        "[[PERSON:Iris]] heeft gevraagd of ik haar referentie wil zijn. Ze solliciteert bij een bank. Ik heb vijf jaar "
        "met [[PERSON:Iris]] samengewerkt. Schrijf een korte referentie, positief maar eerlijk.",
    ),
    (
        "daycare: handover to parents, word-names",
        "Schrijf een overdrachtsbericht voor de ouders: [[PERSON:Noor]] heeft goed geslapen, [[PERSON:Sky]] had een "
        "beetje verhoging (37,9) en [[PERSON:Jade]] is gevallen op de speelplaats, kleine schaafwond. Mama van "
        "[[PERSON:Jade]] is al gebeld.",
    ),
    (
        "CSV export: split name columns, duplicates",
        """Ik wil deze export opschonen, er staan dubbele rijen in:
voornaam,achternaam,email
[[PERSON:Hatice]],[[PERSON:Doğan]],h.dogan@example.nl
[[PERSON:hatice]],[[PERSON:dogan]],h.dogan@example.nl
[[PERSON:Thomas]],[[PERSON:van Wijk]],t.vanwijk@example.nl
Welke formule gebruik ik in Excel?""",
    ),
    (
        "Markdown table: reception roster",
        """| Dienst | Ma | Di | Wo |
|---|---|---|---|
| Receptie | [[PERSON:Esther]] | [[PERSON:Esther]] | [[PERSON:Mustafa]] |
| Telefoon | [[PERSON:Mustafa]] | [[PERSON:Wendy]] | [[PERSON:Wendy]] |
Kun je hier een rooster voor december van maken met dezelfde verdeling?""",
    ),
    (
        "deposit dispute: notice of default",
        "Mijn verhuurder, [[PERSON:Frits van der Laan]], wil de borg niet terugbetalen. Ik heb foto's bij de oplevering "
        "gemaakt samen met mijn huisgenoot [[PERSON:Merel]]. Schrijf een ingebrekestelling aan [[PERSON:Van der Laan]].",
    ),
    (
        "compliments: possessive with apostrophe s",
        "[[PERSON:Esra]]'s presentatie was echt goed, en [[PERSON:Mo]]'s demo ook. Kun je een compliment-mail schrijven "
        "aan allebei, met [[PERSON:Frank]] (hun manager) in cc?",
    ),
    (
        "Flemish: health insurer mail",
        "Kan je een mail opstellen naar de mutualiteit? Mijn zoon [[PERSON:Lander]] is geopereerd in AZ Groeninge, en "
        "de factuur staat op naam van mijn ex-vrouw [[PERSON:Ine Van Acker]]. De behandelende arts was dokter "
        "[[PERSON:Verstraete]].",
    ),
    (
        "meeting invite, word surnames",
        "Plan een overleg in Outlook met [[PERSON:Hugo]], [[PERSON:Marit Bos]] en [[PERSON:Daan van Beek]] volgende "
        "week dinsdag om 10 uur en schrijf de uitnodigingstekst.",
    ),
    (
        "intranet: new director, hyphenated married name",
        "De nieuwe directeur, [[PERSON:Annelies Koning-Prins]], start op 1 februari. Schrijf een intranetbericht. Ze "
        "komt van de Rabobank, waar ze samenwerkte met onze CFO [[PERSON:Rob Mulder]].",
    ),
    (
        "advice: disagreeing with a colleague",
        "Hoe zeg ik tegen mijn collega dat ik het niet eens ben met haar planning zonder dat het een conflict wordt? Ze "
        "heet [[PERSON:Wendelien]] en is al 20 jaar in dienst, en ze werkt nauw samen met ons afdelingshoofd "
        "[[PERSON:Paul]].",
    ),
    (
        "lower-case: team lunch list",
        "maak een lijstje wie wat meeneemt naar de teamlunch: [[PERSON:sanne]] salade, [[PERSON:jeroen]] stokbrood, "
        "[[PERSON:fatima]] dadels en hapjes, [[PERSON:dewi]] saté, [[PERSON:koen]] drinken, ik zelf toetje",
    ),
    (
        "hospital: discharge letter in plain language",
        "Herschrijf deze ontslagbrief in begrijpelijke taal voor de patiënt: 'Betreft: dhr. [[PERSON:M. El Khattabi]], "
        "geb. 03-05-1958. Geachte collega [[PERSON:Boukhari]], bovengenoemde patiënt werd opgenomen met pijn op de "
        "borst.'",
    ),
    (
        "Outlook header: Achternaam, Voornaam (Flemish)",
        """Van: [[PERSON:Vermeulen, Lieve]]
Verzonden: dinsdag 3 december 2026 16:22
Aan: [[PERSON:Peeters, Wout]]; [[PERSON:Maes, Lander]]
Onderwerp: RE: budget 2027

Kan je deze mail samenvatten in drie zinnen?""",
    ),
    (
        "Flemish signature",
        """Is deze handtekening in orde voor externe mails?

Met vriendelijke groeten,
[[PERSON:Pieter-Jan Verhaegen]]
Accountmanager Vlaanderen
Brouwerij De Zwaan""",
    ),
    (
        "quotes: authors with initials",
        "Vergelijk deze twee offertes en zeg welke beter is. Offerte 1 is opgesteld door [[PERSON:G.H.M. Janssen]], "
        "offerte 2 door ing. [[PERSON:R. Bouwman]].",
    ),
    (
        "mediation: surnames alone",
        "[[PERSON:De Boer]] en [[PERSON:Visser]] hebben ruzie over de verdeling van de werkplekken. Als teamleider wil "
        "ik bemiddelen. [[PERSON:De Boer]] wil bij het raam, [[PERSON:Visser]] ook. Geef me tips voor het gesprek.",
    ),
    (
        "retirement speech: formal name and nickname",
        "Op de uitnodiging staat [[PERSON:Jacobus Hendrikus Wolters]], maar iedereen noemt hem [[PERSON:Koos]]. Moet "
        "ik in de toespraak [[PERSON:Koos]] of [[PERSON:Jacobus]] zeggen? Hij gaat met pensioen na 42 jaar.",
    ),
    (
        "WhatsApp export: football team",
        """12-11-2026 19:40 - [[PERSON:Bram]]: wie heeft er morgen de bus
12-11-2026 19:42 - [[PERSON:Thijs]]: ik denk [[PERSON:Gert-Jan]]
12-11-2026 19:45 - [[PERSON:Gert-Jan]]: klopt, ik haal [[PERSON:Pim]] en [[PERSON:Bas]] op om 7
Maak hier een planningsoverzicht van voor het voetbalteam""",
    ),
    (
        "Flemish lower case: newsletter",
        "kan ge dit ne keer herschrijven voor de nieuwsbrief: 'vorige zaterdag hebben [[PERSON:tuur]], "
        "[[PERSON:staf]] en [[PERSON:mieke]] de kantine opgeknapt, merci aan [[PERSON:jef]] voor de verf'",
    ),
    (
        "municipality: Wmo kitchen-table talk",
        "Schrijf een verslag van het keukentafelgesprek: aanwezig waren mw. [[PERSON:G. Pieternella]] (aanvrager), "
        "haar dochter [[PERSON:Ruthmila]] en Wmo-consulent [[PERSON:Eva Smit]]. Mevrouw [[PERSON:Pieternella]] kan "
        "niet meer zelfstandig douchen.",
    ),
    (
        "ALL CAPS subject line",
        "Onderwerp: DRINGEND - CONTRACT [[PERSON:YOUSSEF EL IDRISSI]] VERLOPEN\nKun je een korte mail schrijven aan HR "
        "dat het contract van [[PERSON:Youssef]] per 31/12 verloopt en dat [[PERSON:Annette]] van salarisadministratie "
        "moet weten of hij blijft?",
    ),
    (
        "support ticket: reporter and assignee",
        "Vat dit ticket samen: 'SUP-2211 Reporter: [[PERSON:Bas Verschoor]] Assignee: [[PERSON:Xiaoling Zhou]]. Klant "
        "kan niet inloggen sinds update. [[PERSON:Xiaoling]]: gereproduceerd in test. [[PERSON:Bas]]: klant wacht op "
        "antwoord, graag vandaag.'",
    ),
    (
        "letter: t.a.v. with titles, namens",
        "Stel een brief op t.a.v. mevrouw drs. [[PERSON:Hilde Vos]], namens onze directeur [[PERSON:Erik Hoekman]], om "
        "haar te bedanken voor de lezing op ons jaarcongres.",
    ),
    (
        "death notice: family names",
        "Help me een rouwadvertentie opstellen: In liefdevolle herinnering aan [[PERSON:Annie Kuiper-de Haan]], weduwe "
        "van [[PERSON:Gerrit Kuiper]]. Kinderen: [[PERSON:Hans]] en [[PERSON:Els]], [[PERSON:Marja]] en "
        "[[PERSON:Theo]]. Het moet sober en warm klinken.",
    ),
    (
        "bookkeeping: sole trader and wife",
        "Mijn klant [[PERSON:Mahmoud Kassab]] heeft een eenmanszaak en wil weten of hij de auto van zijn vrouw "
        "[[PERSON:Rasha]] zakelijk mag rijden. Leg uit hoe dat zit met de bijtelling.",
    ),
    (
        "housing: leak, two tenants",
        "Een huurder, dhr. [[PERSON:Rignald Thode]], meldt lekkage. Zijn bovenbuurvrouw mevrouw [[PERSON:Statia]] "
        "reageert niet op de bel. Schrijf een brief aan beide huurders.",
    ),
    (
        "birthday card: met de groeten van",
        "Kun je deze felicitatie afmaken? 'Lieve [[PERSON:Marieke]], van harte met je 50e! Met de groeten van "
        "[[PERSON:Ton]], [[PERSON:Ria]], [[PERSON:Hennie]] en de rest van de afdeling.'",
    ),
    (
        "thesis: anonymise interview fragment",
        "Anonimiseer dit interviewfragment voor mijn scriptie: 'Interviewer: Hoe lang werkt u hier al? "
        "[[PERSON:Wilma]]: Sinds 1998, toen meneer [[PERSON:Veldkamp]] nog directeur was. Mijn collega "
        "[[PERSON:Gerard]] begon in dezelfde week.'",
    ),
    (
        "key: bij and z'n",
        "Ligt de sleutel bij [[PERSON:Kevin]] of in [[PERSON:Kevin]] z'n la? Schrijf een Teams-bericht aan iedereen dat "
        "de sleutel terug moet naar de receptie.",
    ),
    (
        "contracts: d'r possessive",
        "[[PERSON:Anouk]] d'r contract loopt af, en [[PERSON:Sharon]] d'r proeftijd ook. Welke termijnen gelden voor de "
        "aanzegging?",
    ),
    (
        "report errors: van + object",
        "Het verslag van [[PERSON:Maarten Eijkelboom]] bevat fouten in de cijfers van [[PERSON:Soufiane Ouali]]. Hoe "
        "kaart ik dit netjes aan bij [[PERSON:Maarten]]?",
    ),
    (
        "school: report card remarks list",
        """Schrijf rapportopmerkingen voor deze leerlingen (groep 7):
- [[PERSON:Milan]]: rekenen sterk, spelling zwak
- [[PERSON:Zoë]]: veel vooruitgang, stil in de klas
- [[PERSON:Ayoub]]: goede werkhouding, moet meer lezen
- [[PERSON:Lieve]]: sociaal sterk, vaak afgeleid
- [[PERSON:Bilal]]: mist veel lessen""",
    ),
    (
        "parent note lower case",
        "hoi juf, [[PERSON:noah]] is vandaag ziek en [[PERSON:ties]] komt om 12 uur, hij moet naar de tandarts. "
        "groetjes [[PERSON:sandra]] (mama van [[PERSON:noah]] en [[PERSON:ties]])\n\nkun je dit verbeteren?",
    ),
    (
        "staff magazine: hyphenated and Frisian first names",
        "[[PERSON:Jan-Pieter]] en [[PERSON:Hylke]] zijn allebei genomineerd voor medewerker van het jaar. Schrijf een "
        "stukje voor het personeelsblad over allebei.",
    ),
    (
        "org chart from bullets",
        """Maak een organigram in tekst van:
- [[PERSON:Henriëtte Blom]]: directeur
- [[PERSON:Marco Pattiasina]]: manager operations, rapporteert aan [[PERSON:Henriëtte]]
- [[PERSON:Claudia Verwey]] en [[PERSON:Ozan Kaya]]: teamleiders onder [[PERSON:Marco]]""",
    ),
    (
        "permit refusal: Geachte heer + signer",
        "Schrijf een mail aan de heer [[PERSON:Winklaar]] dat zijn aanvraag is afgewezen. Gebruik 'Geachte heer "
        "[[PERSON:Winklaar]]'. Ondertekenen met [[PERSON:Karin Molenaar]], teamleider Vergunningen.",
    ),
    (
        "Flemish: bailiff letter, wrong person",
        "Ik heb een brief gekregen van gerechtsdeurwaarder [[PERSON:Luc Vanderstraeten]] over een onbetaalde factuur "
        "van mijn internetprovider. Maar die factuur was op naam van mijn vroegere huisgenoot, [[PERSON:Stijn Claeys]]. "
        "Wat moet ik antwoorden?",
    ),
    (
        "file: surname-first with initial",
        "In het dossier van [[PERSON:Kartodikromo, D.]] ontbreekt een handtekening. Vraag of collega "
        "[[PERSON:Trinidad]] die nog kan regelen.",
    ),
    (
        "hospital ward handover to SBAR",
        "Overdracht afdeling C3: kamer 4 mevr. [[PERSON:Kroon]] pijn 7/10, morfine gegeven om 14:00 door "
        "[[PERSON:Yvonne]]. Kamer 6 dhr. [[PERSON:Çelik]] wil naar huis, zoon [[PERSON:Burak Çelik]] komt hem halen. "
        "Zet dit in SBAR-vorm.",
    ),
    (
        "LinkedIn outreach",
        "Herschrijf dit LinkedIn-bericht: 'Hoi [[PERSON:Dawit]], ik zag je profiel en dacht meteen aan een rol bij ons. "
        "Mijn collega [[PERSON:Winta Habte]] zei dat je ook bij haar vorige werkgever hebt gewerkt.'",
    ),
    (
        "allotment club: mevrouw Bloem",
        "Wil je een mail schrijven aan mevrouw [[PERSON:Bloem]] van de bibliotheek dat we de zaal op 5 maart willen "
        "huren? Ik ben [[PERSON:Tessa]], secretaris van de volkstuinvereniging.",
    ),
    (
        "interns: Sterre and Linde",
        "[[PERSON:Sterre]] en [[PERSON:Linde]] starten maandag als stagiaires. [[PERSON:Sterre]] gaat naar communicatie "
        "bij [[PERSON:Martijn]], [[PERSON:Linde]] naar HR bij [[PERSON:Astrid van Loon]]. Schrijf een welkomstmail.",
    ),
    (
        "Python: names in a dict",
        """Waarom geeft deze code een KeyError?
```python
medewerkers = {"[[PERSON:Jasper Kok]]": "sales", "[[PERSON:Naomi Bakker]]": "hr"}
print(medewerkers["[[PERSON:jasper kok]]"])
```""",
    ),
    (
        "SQL insert with names",
        "Is deze query goed? INSERT INTO klanten (naam, plaats) VALUES ('[[PERSON:Hendrika Boersma]]', 'Sneek'), "
        "('[[PERSON:Tjitske de Vries]]', 'Leeuwarden');",
    ),
    (
        "JSON appointment record",
        'Zet dit om naar een leesbare zin: {"patient": "[[PERSON:Anjali Ramsaran]]", "arts": "[[PERSON:N. Goudsmit]]", '
        '"afspraak": "2026-12-09T10:30", "locatie": "poli 2"}',
    ),
    (
        "quoted threat: confidential adviser",
        "Mijn collega zei letterlijk: 'Als [[PERSON:Remco]] weer te laat is, stap ik naar [[PERSON:Jolien]].' Moet ik "
        "dit melden bij de vertrouwenspersoon?",
    ),
    (
        "Flemish: site meeting mail Dag Griet",
        "Dag [[PERSON:Griet]],\n\nIk bezorg je hierbij het verslag van de werfvergadering. [[PERSON:Joris]] van het "
        "studiebureau komt donderdag langs op de werf. Groeten, [[PERSON:Wannes]]\n\nKan je dit professioneler maken?",
    ),
    (
        "passport name SURNAME given name",
        "Op haar paspoort staat [[PERSON:TANG Huimin]], maar op het werk noemt iedereen haar [[PERSON:Helen]]. Welke "
        "naam moet ik in het arbeidscontract zetten?",
    ),
    (
        "school: suspension talk with father",
        "Ik had gisteren een gesprek met de vader van [[PERSON:Ilias]], meneer [[PERSON:Aarab]]. Hij was boos omdat "
        "[[PERSON:Ilias]] een schorsing heeft gekregen. Help me een verslag te maken voor het dossier.",
    ),
    (
        "care home: night shift note",
        "Mevrouw [[PERSON:Karsodikromo]] (kamer 12) spreekt weinig Nederlands. Haar kleindochter [[PERSON:Dewi]] tolkt "
        "meestal. Schrijf een briefje voor de nachtdienst.",
    ),
    (
        "temp agency: housing complaint",
        "Een medewerker van het uitzendbureau, [[PERSON:Piotr Wiśniewski]], klaagt over de huisvesting. Hij deelt een "
        "kamer met [[PERSON:Paweł]] en [[PERSON:Grzegorz]]. Schrijf een antwoord in eenvoudig Nederlands.",
    ),
    (
        "Flemish: project planning",
        "Kan je een planning maken? [[PERSON:Femke Wouters]] doet het ontwerp tegen week 3, daarna neemt "
        "[[PERSON:Kobe]] de ontwikkeling over. Testen doet [[PERSON:Rik Van Damme]].",
    ),
    (
        "facility desk: who issues passes",
        "Schrijf een mailtje: ik weet niet wie de passen regelt sinds de reorganisatie, vroeger was dat "
        "[[PERSON:Tineke]], nu misschien [[PERSON:Ahmed]]? Vraag het netjes aan de facilitaire servicedesk.",
    ),
    (
        "minutes sentence: initials Antillean",
        "In de notulen staat '[[PERSON:J.R. Martina]] (Curaçao) en [[PERSON:S. Rosaria]] (Aruba) doen online mee'. "
        "Klopt deze zin grammaticaal?",
    ),
    (
        "Teams @mentions",
        "@[[PERSON:Lieke]] @[[PERSON:Jasmijn]] kunnen jullie vóór 12 uur de cijfers aanleveren? @[[PERSON:Stefan]] "
        "wacht erop voor de kwartaalrapportage. — maak dit minder dwingend",
    ),
    (
        "newsletter: names in parentheses",
        "We hebben een nieuwe collega op de receptie ([[PERSON:Cheyenne]]) en een nieuwe conciërge ([[PERSON:Rachid "
        "Bouhali]]). Schrijf een berichtje voor de nieuwsbrief.",
    ),
    (
        "conference list with academic titles",
        "Maak een deelnemerslijst voor het congres, gesorteerd op achternaam: prof. dr. [[PERSON:Marleen Hoogendijk]], "
        "dr. ir. [[PERSON:Sander van der Zwaan]], mr. [[PERSON:Sophie Tan]], drs. [[PERSON:Ahmet Yıldız]].",
    ),
    (
        "care: client summary with carers",
        "Vat dit samen: cliënt [[PERSON:Johan Zwart]] (79), mantelzorger is buurman [[PERSON:Ger]], zorg door wijkteam "
        "Noord ([[PERSON:Lianne]] en [[PERSON:Ibrahim]]). [[PERSON:Johan]] is vorige week gevallen.",
    ),
    (
        "Flemish/Brabant: ons Lies",
        "Ons [[PERSON:Lies]] is ziek, ze kan maandag niet komen werken. Kan je een bericht aan haar werkgever opstellen? "
        "Ze werkt bij de bakker op de markt, bij [[PERSON:Dirk]].",
    ),
    (
        "three messages: names as bare objects",
        "Ik moet [[PERSON:Wessel]] feliciteren en [[PERSON:Naomi]] bedanken, en ik wil [[PERSON:Sven]] vragen om een "
        "presentatie te geven. Drie korte berichten graag.",
    ),
    (
        "incident report: cleft sentence",
        "Het was [[PERSON:Yusuf]] die het datalek ontdekte, niet [[PERSON:Rutger]]. Kun je de incidentrapportage daarop "
        "aanpassen?",
    ),
    (
        "council: alderman and councillor",
        "Voor de gemeenteraad: wethouder [[PERSON:Baukje Zijlstra-Bosma]] beantwoordt de vragen van raadslid "
        "[[PERSON:Hidde Kramer]]. Maak een samenvatting van de vragen.",
    ),
    (
        "lawyer letter: Geachte mevrouw, Hoogachtend",
        "Kan je deze brief korter maken?\n\nGeachte mevrouw [[PERSON:Van Oosten]],\n\nNaar aanleiding van uw brief van "
        "2 december bericht ik u als volgt. Cliënte betwist de vordering.\n\nHoogachtend,\nmr. [[PERSON:E.J. "
        "Brinkman]]\nadvocaat",
    ),
    (
        "action items: Actie + name",
        """Actiepunten:
- Actie [[PERSON:Ilse]]: offerte aanvragen
- Actie [[PERSON:Roel]] + [[PERSON:Marloes]]: planning
- Actie [[PERSON:Jeroen]]: budget checken met [[PERSON:Femke]]
zet dit in een tabel met deadline 1 week later""",
    ),
    (
        "HR: parental leave of a couple",
        "Een medewerker, [[PERSON:Hatice Şahin]], wil ouderschapsverlof opnemen. Haar partner [[PERSON:Emre]] werkt "
        "ook bij ons. Mogen ze tegelijk?",
    ),
    (
        "call centre: cancellation for late husband",
        "Ik had net mevrouw [[PERSON:El Ouahabi]] aan de lijn, ze wil het abonnement opzeggen namens haar overleden "
        "man, [[PERSON:Abdelkader]]. Schrijf een empathische bevestigingsmail.",
    ),
    (
        "German fair visitors: restaurant booking",
        "[[PERSON:Franziska Bergmann]] uit Keulen en [[PERSON:Klaus-Dieter Wendt]] uit Aken komen naar de beurs in "
        "Utrecht. [[PERSON:Franziska]] is vegetarisch. Maak een reserveringsmail voor het restaurant.",
    ),
    (
        "Syrian: diploma recognition",
        "Mijn collega [[PERSON:Omar Alkhatib]] was arts in Aleppo en wil hier zijn diploma laten erkennen. Zijn vrouw "
        "[[PERSON:Nour]] is tandarts. Welke stappen moeten ze zetten bij het BIG-register?",
    ),
    (
        "Eritrean: lower-case help request",
        "kan je dit nakijken voor [[PERSON:yonas]]? hij heeft een brief geschreven aan zijn werkgever en ik help hem. "
        "zijn collega [[PERSON:mebrahtu]] heeft dezelfde vraag",
    ),
    (
        "thank-you: opa Henk",
        "Schrijf een bedankje namens [[PERSON:Marjolein]] en mij aan opa [[PERSON:Henk]] voor het cadeau voor onze "
        "verhuizing.",
    ),
    (
        "Flemish: car accident report",
        "Kan je dit aanrijdingsformulier invullen op basis van mijn uitleg? Ik reed op de Kortrijksesteenweg en "
        "mevrouw [[PERSON:Van den Broeck]] kwam van rechts. Mijn passagier was [[PERSON:Arne Lemmens]]. Haar man, "
        "[[PERSON:Dirk Van den Broeck]], kwam achteraf verhaal halen.",
    ),
    (
        "address label with initials",
        "Maak een adresetiket:\nDhr. [[PERSON:H.J. Bloemendaal]]\nt.a.v. [[PERSON:A. Nijhuis]]\nPostbus 1130\n"
        "3800 BC Amersfoort",
    ),
    (
        "graduation congratulations",
        "Feliciteer [[PERSON:Humphrey Doelwijt]] en [[PERSON:Nandini Kalpoe-Ramlal]] met hun geslaagde examen. Ze "
        "hebben de opleiding samen met [[PERSON:Glenda]] gedaan.",
    ),
    (
        "Flemish HR: career break",
        "Ik ben HR-verantwoordelijke. [[PERSON:Jolien Peeters]] vraagt tijdskrediet aan om voor haar vader te zorgen. "
        "Haar teamleider, [[PERSON:Bart Goossens]], is akkoord. Kan je een antwoordbrief opstellen?",
    ),
    (
        "Flemish: student room deposit",
        "Mijn dochter [[PERSON:Marthe]] huurt een kot in Gent bij meneer [[PERSON:De Clercq]]. Hij wil de waarborg niet "
        "teruggeven. Wat zijn haar rechten?",
    ),
]

# (shape, text) with no person in it: a PERSON finding here is a false positive.
BENIGN: list[tuple[str, str]] = [
    (
        "supermarket delivery complaint",
        "Kun je een mail schrijven aan Albert Heijn over de levering van vanochtend? Er ontbraken drie kratten Heineken "
        "en de bon van de Jumbo in Roosendaal klopte ook niet.",
    ),
    (
        "travel route via towns",
        "Maak een reisroute: vertrek Den Bosch 8:15, overstap in Utrecht Centraal, aankomst Zeist rond 9:30. Daarna "
        "door naar Doorn en 's middags terug via Ede-Wageningen.",
    ),
    (
        "hospitals named after people",
        "Ik heb een afspraak in het Antoni van Leeuwenhoek op dinsdag, en donderdag in het Erasmus MC. Hoe vraag ik bij "
        "mijn werkgever verlof aan voor medische afspraken?",
    ),
    (
        "school named after a person, holidays",
        "Schrijf een bericht voor de ouders van het Willem de Zwijger College: de school is op Koningsdag en "
        "Bevrijdingsdag gesloten, en op de vrijdag na Hemelvaartsdag ook.",
    ),
    (
        "office move: streets named after people",
        "Ons kantoor verhuist van de Johan de Wittlaan naar de Van Goghstraat 41. Maak een mailtje voor klanten met de "
        "nieuwe routebeschrijving.",
    ),
    (
        "quotes from companies named after people",
        "Vergelijk de offertes van De Vries Bouw BV en Jansen Transport BV voor het verplaatsen van de serverkasten. De "
        "Vries Bouw is goedkoper maar Jansen Transport kan eerder.",
    ),
    (
        "garden: roos, storm, linde",
        "In de tuin staat een roos die niet wil bloeien. Na de storm van vorige week zijn ook de takken van de linde "
        "afgebroken. Wat kan ik het beste doen?",
    ),
    (
        "birds: mees, merel",
        "Welke vogels zie je in december in een Nederlandse tuin? Ik zag vanochtend een koolmees, een pimpelmees, een "
        "merel en een roodborstje.",
    ),
    (
        "Sinterklaas at the office",
        "Schrijf een tekst voor de intranetpagina over Sinterklaas op kantoor: surprise-avond op 5 december, "
        "pepernoten bij de receptie, en de kerstborrel op vrijdag 19 december.",
    ),
    (
        "Excel pivot by month and region",
        "Hoe maak ik in Excel een draaitabel van de omzet per maand (januari t/m december) en per regio (Noord, Oost, "
        "Zuid, West)?",
    ),
    (
        "Python: name function",
        """Waarom werkt deze functie niet?
```python
def volledige_naam(voornaam: str, achternaam: str) -> str:
    return voornaam + ' ' + achternaam

print(volledige_naam(klant.voornaam, klant.achternaam))
```""",
    ),
    (
        "SQL count per department",
        "Schrijf een SQL-query die alle medewerkers telt per afdeling uit tabel personeel, met kolommen afdeling_id, "
        "functie, startdatum, en alleen afdelingen met meer dan 10 mensen.",
    ),
    (
        "org chart of job titles",
        "Maak een organigram: Raad van Bestuur, daaronder de Directeur Zorg en de Directeur Bedrijfsvoering. Onder Zorg "
        "vallen de Teamleider Wijkverpleging en de Praktijkopleider, onder Bedrijfsvoering het Hoofd ICT en de "
        "Controller.",
    ),
    (
        "software comparison",
        "Wat is het verschil tussen SharePoint, OneDrive en Teams voor het delen van bestanden? We gebruiken ook nog "
        "AFAS en Exact Online.",
    ),
    (
        "Jenkins pipeline",
        "Onze Jenkins-pipeline faalt na de update naar Java 21. De build draait op een Ubuntu-agent en gebruikt Maven. "
        "Waar moet ik beginnen met zoeken?",
    ),
    (
        "Flemish: new job near Mol, Geel, Lier",
        "Ik ben op zoek naar een nieuwe job in de zorg, liefst in de buurt van Mol, Geel of Lier. Kan je mijn cv "
        "nakijken op taalfouten?",
    ),
    (
        "Flemish day trips: Sint-Niklaas, Boom",
        "Wat zijn leuke dagjes uit met kinderen in de buurt van Sint-Niklaas, Sint-Truiden en Boom? We denken aan een "
        "provinciaal domein of een pretpark.",
    ),
    (
        "museums",
        "Plan een cultureel uitje voor het team: 's ochtends het Van Gogh Museum, lunch bij het Rijksmuseum en 's "
        "middags Museum Boijmans Van Beuningen in Rotterdam. Hoe laat moeten we tickets boeken?",
    ),
    (
        "holiday calendar",
        "Maak een jaarkalender voor de personeelsvereniging met Keti Koti (1 juli), het Suikerfeest, Divali, Chinees "
        "Nieuwjaar, Pasen en Pinksteren, zodat we rekening houden met verlofaanvragen.",
    ),
    (
        "tech employers",
        "Schrijf een analyse van de concurrentie tussen Philips, ASML en Signify op de Nederlandse arbeidsmarkt voor "
        "technici.",
    ),
    (
        "tender: Van Oord, Boskalis",
        "Ons bedrijf levert onderdelen aan Van Oord en Boskalis. Schrijf een korte bedrijfsintroductie voor een "
        "aanbesteding van Rijkswaterstaat.",
    ),
    (
        "coffee machine: Douwe Egberts",
        "De koffieautomaat van Douwe Egberts op de tweede verdieping lekt. Schrijf een storingsmelding aan de "
        "facilitaire dienst.",
    ),
    (
        "weekdays and months capitalised",
        "Zet deze planning in een tabel: Maandag intake, Dinsdag en Woensdag training, Donderdag vrij, Vrijdag "
        "evaluatie. In Augustus geen trainingen, in Mei alleen op Dinsdag.",
    ),
    (
        "hoop and storm as words",
        "Ik heb goede hoop dat het project voor de zomer af is, maar de storm aan bezwaren bij de gemeente maakt het "
        "lastig. Hoe formuleer ik dat positief voor de stuurgroep?",
    ),
    (
        "florist order: flowers as words",
        "Schrijf een bestelling voor de bloemist: een boeket met een witte roos, jasmijn, iris en wat lavendel, te "
        "bezorgen vrijdag voor 10 uur op kantoor.",
    ),
    (
        "jade the stone",
        "Wat is het verschil tussen jade en jadeïet? Ik wil het in een productbeschrijving voor onze webshop uitleggen.",
    ),
    (
        "radio media planning",
        "Onze reclame staat op Sky Radio en NPO Radio 2. Maak een mediaplanning voor het voorjaar.",
    ),
    (
        "voice assistants",
        "Kan ik mijn agenda in Outlook koppelen aan Alexa of aan Siri zodat ik spraakherinneringen krijg?",
    ),
    (
        "permit: corner of streets named after people",
        "De vergunningaanvraag gaat over het pand op de hoek van de Willem Dreeslaan en de Prins Hendrikkade. Wat moet "
        "er in de bouwtekening staan?",
    ),
    (
        "Flemish hospitals",
        "Wat is het verschil in wachttijd tussen AZ Sint-Jan in Brugge en het UZ Leuven voor een knieoperatie? Schrijf "
        "een neutrale vergelijking.",
    ),
    (
        "Flemish schools flyer",
        "Het Sint-Jozefscollege en het Koninklijk Atheneum organiseren samen een infoavond. Maak een flyer.",
    ),
    (
        "ben and bas as words",
        "Ik ben gitarist in een coverband en we zoeken een nieuwe bas. Schrijf een advertentie voor Marktplaats.",
    ),
    (
        "lottery ticket",
        "Ons lot uit de Staatsloterij is gevallen op een klein prijsje. Hoe verdeel ik dat eerlijk over de collega's "
        "die meededen?",
    ),
    (
        "fleur as a word",
        "Het kantoor heeft wat fleur nodig. Geef tips voor planten die weinig licht nodig hebben.",
    ),
    (
        "cycling Hoorn to Lisse",
        "Hoe ver is het fietsen van Hoorn naar Lisse, en van Lisse naar Noordwijk? Ik wil een fietsroute langs de "
        "bollenvelden.",
    ),
    (
        "branches in small towns",
        "Onze vestigingen zitten in Emmen, Best, Born, Putten en Epe. Maak een tabel met de reistijd met het ov vanaf "
        "Utrecht.",
    ),
    (
        "law firms named after founders",
        "Moeten we voor de overname naar Loyens & Loeff of naar De Brauw? Zet voor- en nadelen van een groot "
        "advocatenkantoor op een rij.",
    ),
    (
        "retail chains",
        "C&A, Zeeman en Hema willen allemaal samenwerken met ons naaiatelier. Schrijf een mail dat we maar één partij "
        "aankunnen.",
    ),
    (
        "bridges in Rotterdam",
        "De Erasmusbrug is dicht voor onderhoud, en de Willemsbrug staat vast in de spits. Wat is de snelste route naar "
        "Rotterdam Zuid?",
    ),
    (
        "civil code tort",
        "Leg artikel 6:162 BW uit (onrechtmatige daad) en geef een voorbeeld met een fietser en een bestelbus.",
    ),
    (
        "Java service class",
        """```java
public class KlantService {
  private final KlantRepository repo;
  public Klant vindOpId(Long id) { return repo.findById(id).orElseThrow(); }
}
```
Waarom krijg ik een NoSuchElementException?""",
    ),
    (
        "docker compose",
        """Mijn docker-compose start niet:
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_DB: crm
Wat gaat er mis?""",
    ),
    (
        "Flemish flood after storm",
        "Kan je een bericht opstellen voor de Vlaamse Milieumaatschappij over de overstroming in Hamme en Zele na de "
        "storm van zondag?",
    ),
    (
        "King's Day market in Vondelpark",
        "Ik wil op Koningsdag op de vrijmarkt in het Vondelpark staan. Welke spullen verkopen goed?",
    ),
    (
        "lease cars",
        "Vergelijk de Tesla Model Y met de Kia EV6 en de Volkswagen ID.4 als leaseauto voor ons wagenpark.",
    ),
    (
        "beer brands",
        "Welke biersoorten moeten we inkopen voor de kerstborrel: Grolsch, Hertog Jan, Brand en Duvel?",
    ),
    (
        "eponymous diseases",
        "Wat is het verschil tussen de ziekte van Parkinson en de ziekte van Alzheimer in het eerste stadium? Schrijf "
        "het uit voor een voorlichtingsavond.",
    ),
    (
        "Wet Poortwachter",
        "Hoe werkt de Wet Poortwachter bij langdurig verzuim, en wat doet de bedrijfsarts in het eerste jaar?",
    ),
    (
        "Belgian public holidays",
        "Is Allerheiligen een betaalde feestdag in België? En Wapenstilstand en O.L.H. Hemelvaart?",
    ),
    (
        "school software",
        "Kunnen we Magister of SOMtoday koppelen aan Microsoft Teams voor het huiswerk?",
    ),
    (
        "storm damage to insurer",
        "De dakpannen boven de zolder zijn los na de storm. Hoe meld ik dit bij Centraal Beheer en moet ik eerst een "
        "dakdekker laten komen?",
    ),
    (
        "square named after a painter",
        "Het standbeeld op het Rembrandtplein moet gerestaureerd worden. Welke vergunning vraag ik aan bij de gemeente "
        "Amsterdam?",
    ),
]

LABELLED: list[tuple[str, str, str]] = [("nl", shape, marked) for shape, marked in TEXTS]


def check_texts() -> None:
    """Each labelled text has a mark and every mark is a PERSON with a value that is not blank nor padded; no
    benign text has a mark."""
    bad: list[str] = []
    for _, shape, marked in LABELLED:
        marks = list(MARK.finditer(marked))
        if not marks:
            bad.append(f"no mark: {shape}")
        for m in marks:
            kind, value = m.group("kind"), m.group("value")
            if kind not in KINDS or not value.strip() or value != value.strip():
                bad.append(f"{kind} {value!r} in {shape}")
    for shape, text in BENIGN:
        if MARK.search(text) or "[[" in text:
            bad.append(f"benign: {shape}")
    if bad:
        sys.exit(f"texts with wrong marks: {bad}")


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, KINDS, check_texts)


if __name__ == "__main__":
    sys.exit(main())

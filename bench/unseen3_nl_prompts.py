"""An independent probe of the detection engine on Dutch and Flemish workplace prompts: texts as
office workers in the Netherlands and Flanders type or paste them into an AI chat tool (mails to
write or rewrite, notulen, zorgoverdrachten in SBAR, wijkverpleging and huisartsenpraktijk, HR and
verzuim, Wmo and Jeugdwet, woningcorporatie, incasso and facturen, klantenservice, juridische
intake, school, verzekeringen, IT tickets and configuration, loonadministratie, makelaardij,
boekhouding), with every personal value, identifier and secret marked [[KIND:value]], and benign
texts full of look-alikes (firms named after people, streets and places alone, KvK and btw numbers,
invoice numbers, dates, amounts, version numbers, placeholders) that hold no value at all.

It was written by a different author than the engine's rules, without reading the engine, its
tests, its corpora or any other probe (only bench/dev_marks.py, the scoring harness, was read).
All names, addresses, numbers and secrets are invented; IBANs, card numbers, BSNs and Belgian
national numbers were computed to pass their checks. Every text and every mark was written in full
before the engine first ran, and nothing was changed after that run except this docstring.

First run (2026-12-07, the only run; --misses), 126 labelled texts (95 Netherlands, 31 Flemish)
with 329 values, 45 benign texts: all recall 0.957 (315/329), nl 0.957, any-type 0.957; PERSON
0.943 (164/174), EMAIL_ADDRESS 1.000 (18/18), PHONE_NUMBER 1.000 (23/23), LOCATION 1.000 (27/27),
DATE_OF_BIRTH 0.857 (12/14), IBAN_CODE 1.000 (15/15), CREDIT_CARD 1.000 (4/4), NL_BSN 1.000
(10/10), BE_NATIONAL_ID 1.000 (7/7), PASSPORT_NUMBER 1.000 (4/4), DRIVER_LICENSE 1.000 (4/4),
IP_ADDRESS 1.000 (9/9), SECRET 0.900 (18/20); benign texts with a finding of a marked type: 5/45.
Misses, by class. PERSON (10): Belgian forms "ACHTERNAAM Voornaam" in capitals, one a line, none
found ('PEETERS Dries', 'VERMEULEN Koen', 'EL AMRANI Yousra'); Eritrean names not found anywhere in
their text ('Filmon Berhane' after "met", 'Filmon' after "Vraag", 'Semhar Tekle' after "naam" in
an incasso-machtiging); a surname alone after "de familie" ('Pattiasina'); lower-case first names
in quoted chat ('daan' after a comma, 'mees' after "de ouders van"; 'fenna' did count, through a
finding 'fenna rijden' that runs into the verb); a first name in brackets before "studentnummer"
('Katarzyna'). DATE_OF_BIRTH (2): the Belgian "°" birth sign ('°17/04/1999', '°22/09/1936').
SECRET (2): a wpa-psk value in a router config ('BlauweTram#17') and a Flemish "het paswoord van de
wifi is ..." ('Bouwput2026!Mechelen'; the Dutch "wachtwoord" sentence was found). Benign findings:
PERSON on firms and places named like people ('van Van Oord', 'Heijmans', 'Den Bosch'), a meeting
room ('Rembrandt') and street names without a number ('Willem de Zwijgerlaan', 'Johan de
Wittstraat'); PHONE_NUMBER on a Belgian ondernemingsnummer ('0412.345.678' in "BE 0412.345.678").

    python bench/unseen3_nl_prompts.py [--misses]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from dev_marks import luhn_ok, red_team_command  # noqa: E402

MARK = re.compile(r"\[\[(?P<kind>\w+):(?P<value>.+?)\]\]", re.S)
KINDS = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "LOCATION",
    "DATE_OF_BIRTH",
    "IBAN_CODE",
    "CREDIT_CARD",
    "NL_BSN",
    "BE_NATIONAL_ID",
    "PASSPORT_NUMBER",
    "DRIVER_LICENSE",
    "IP_ADDRESS",
    "SECRET",
)

# (language, shape, marked text): a value is written [[KIND:value]]; language "nl" for Dutch and Flemish
TEXTS: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- Netherlands
    (
        "nl",
        "NL mail opstellen, naam als lijdend voorwerp",
        "Kun je een korte mail schrijven waarin ik [[PERSON:Sanne de Wit]] bedank voor haar hulp bij de kwartaalafsluiting? Ze heeft echt een paar avonden doorgewerkt.",
    ),
    (
        "nl",
        "NL verzuimmelding aan arbodienst",
        "Maak hier een nette mail van naar onze arbodienst: [[PERSON:Joost van der Meulen]] (geb. [[DATE_OF_BIRTH:12-08-1979]]) is sinds maandag ziek gemeld, rugklachten, verwacht twee weken. Telefonisch bereikbaar op [[PHONE_NUMBER:06-41873320]]. Graag een afspraak bij de bedrijfsarts.",
    ),
    (
        "nl",
        "NL SBAR ziekenhuis, mevr./dr./voornaam",
        "Vat deze SBAR samen in drie zinnen voor de avonddienst:\n"
        "S: mevr. [[PERSON:Hoekstra]], kamer 12, benauwd sinds 14:00.\n"
        "B: COPD GOLD 3, opgenomen 3/12, geb. [[DATE_OF_BIRTH:04-02-1941]].\n"
        "A: sat 88% bij 2L O2, AH 28/min, geen koorts.\n"
        "R: longarts gebeld (dr. [[PERSON:Sitaldin]]), prednison gestart, controle om 18:00. Dochter [[PERSON:Marieke]] wil teruggebeld worden: [[PHONE_NUMBER:06 2945 7718]].",
    ),
    (
        "nl",
        "NL wijkverpleging overdracht, Fries adres",
        "Herschrijf deze overdracht in begrijpelijke taal voor de mantelzorger:\n"
        "Cliënt: dhr. [[PERSON:A. Dijkstra]], BSN [[NL_BSN:212254418]]\n"
        "Adres: [[LOCATION:Tsjerkepaed 7, 9061 CK Gytsjerk]]\n"
        "Wondzorg li onderbeen 2x/week, compressie aan 's ochtends. Echtgenote [[PERSON:Wytske]] doet de medicatie.",
    ),
    (
        "nl",
        "NL huisartsenpraktijk terugbelnotitie",
        "Gedraag je als doktersassistente en schrijf een terugbelnotitie: patiënt [[PERSON:Yassine El Amrani]], geboren op [[DATE_OF_BIRTH:23 juli 1996]], belde over de uitslag van het bloedonderzoek, graag terugbellen op [[PHONE_NUMBER:+31 6 1837 4429]] na 16 uur.",
    ),
    (
        "nl",
        "NL Teams-chat IT met vpn-wachtwoord, kleine letters",
        "Wat gaat hier mis? Chat van vanochtend:\n"
        "[09:14] [[PERSON:Bram Verhoeven]]: vraag ff aan [[PERSON:kees]] of hij de vpn-config heeft\n"
        "[09:15] [[PERSON:Femke ten Brink]]: kees is vrij, ik heb hem. gateway [[IP_ADDRESS:81.204.77.19]], user fbrink, ww [[SECRET:Tulpen!Lente2026]]\n"
        "[09:17] [[PERSON:Bram Verhoeven]]: werkt niet, krijg 'auth failed'",
    ),
    (
        "nl",
        "NL woningcorporatie brief huurachterstand",
        "Schrijf een vriendelijke maar duidelijke brief aan huurder [[PERSON:Mehmet Öztürk]], [[LOCATION:Van Heemstraweg 88-2, 6651 KH Druten]], over de achterstallige huur van € 1.240,-. Hij kan een betalingsregeling aanvragen. De huur wordt geïncasseerd van [[IBAN_CODE:NL48 INGB 0520 1348 84]].",
    ),
    (
        "nl",
        "NL incasso tweede herinnering",
        "Maak een tweede herinnering voor factuur 2026-0412 (€ 312,50, vervallen op 1 oktober). Debiteur: [[PERSON:Hendrik Sahetapy]], [[EMAIL_ADDRESS:h.sahetapy@kpnmail.nl]]. Toon: zakelijk, noem dat we daarna een incassobureau inschakelen.",
    ),
    (
        "nl",
        "NL Wmo keukentafelgesprek",
        "Vat het keukentafelgesprek samen voor het Wmo-verslag:\n"
        "Aanwezig: mw. [[PERSON:Ineke Bosma]] (cliënt), zoon [[PERSON:Ruud]], consulent [[PERSON:Naima Ouali]].\n"
        "Mw. woont zelfstandig op [[LOCATION:Dorpsstraat 41a, 7971 CR Havelte]]. Valt regelmatig, traplift gewenst. Huishoudelijke hulp 3 uur/week. BSN [[NL_BSN:303662335]].",
    ),
    (
        "nl",
        "NL afwijzingsmail herschrijven, aanhef en ondertekening",
        "Herschrijf deze afwijzing zodat hij minder kil klinkt:\n\n"
        "Beste [[PERSON:Shurandy]],\n\n"
        "Helaas hebben wij besloten niet met je verder te gaan voor de functie van teamleider logistiek.\n\n"
        "Met vriendelijke groet,\n"
        "[[PERSON:Annemiek Dijkhuizen]]\n"
        "Recruiter | Transportbedrijf Van Dam",
    ),
    (
        "nl",
        "NL functioneringsgesprek voorbereiden",
        "Ik moet morgen een functioneringsgesprek voeren met [[PERSON:Tomasz Kowalczyk]]. Hij is erg goed in de planning maar komt vaak te laat. Geef me vijf open vragen die ik kan stellen.",
    ),
    (
        "nl",
        "NL loonmutaties TSV",
        "Kun je controleren of deze loonmutaties kloppen? Tab-gescheiden:\n"
        "naam\tbsn\tiban\turen\tuurloon\n"
        "[[PERSON:Katarzyna Nowak]]\t[[NL_BSN:369977464]]\t[[IBAN_CODE:NL82ABNA7676260730]]\t32\t14,20\n"
        "[[PERSON:Rishi Ramdin]]\t[[NL_BSN:249440192]]\t[[IBAN_CODE:NL49RABO9193920685]]\t24\t15,75",
    ),
    (
        "nl",
        "NL makelaar bezichtiging bevestigen",
        "Schrijf een bevestiging van de bezichtiging voor de familie [[PERSON:Pattiasina]]: zaterdag 10:30, [[LOCATION:Brederodestraat 112-huis, 1054 VH Amsterdam]]. Onze makelaar [[PERSON:Gerrit-Jan Wolters]] ontvangt hen. Vermeld dat ze hem kunnen bellen op [[PHONE_NUMBER:020-6231847]] als ze later zijn.",
    ),
    (
        "nl",
        "NL declaratie met creditcard",
        "Ik moet deze declaratie boeken. Wat is de juiste grootboekrekening?\n"
        "Hotel Mercure Den Haag, 2 nachten, € 278,00, betaald met zakelijke creditcard [[CREDIT_CARD:4672 8445 7895 8951]] op naam van [[PERSON:W. Zandbergen]].",
    ),
    (
        "nl",
        "NL klantenservice klacht geciteerd",
        "Gedraag je als klantenservicemedewerker van een energieleverancier en antwoord op deze klacht:\n"
        '"Ik ben [[PERSON:Glenn Sitaldin]] en ik heb al drie keer gebeld over mijn jaarafrekening. Mijn klantnummer is 40012877 en ik woon op [[LOCATION:Bernhardlaan 9, 2712 AB Zoetermeer]]. Bel me terug op [[PHONE_NUMBER:06 1093 2284]]!"',
    ),
    (
        "nl",
        "NL juridische intake formuliervelden",
        "Wat mis ik in deze intake voor een arbeidsrechtzaak?\n"
        "Naam: [[PERSON:Elif Demirtaş]]\n"
        "Geboortedatum: [[DATE_OF_BIRTH:30-11-1988]]\n"
        "Werkgever: Bouwbedrijf Van Wijnen\n"
        "In dienst sinds: 01-04-2019\n"
        "Ontslag op staande voet: 14-11-2026\n"
        "E-mail: [[EMAIL_ADDRESS:elif.demirtas88@gmail.com]]",
    ),
    (
        "nl",
        "NL leerlingdossier zorgoverleg",
        "Vat samen voor het zorgoverleg:\n"
        "Leerling: [[PERSON:Noah Kuipers]], groep 6\n"
        "Ouders: [[PERSON:Thijs]] en [[PERSON:Lotte Kuipers]]\n"
        "Observatie: concentratieproblemen na de herfstvakantie, leest op niveau E4. Moeder geeft aan dat er thuis spanningen zijn.\n"
        "Contact: [[EMAIL_ADDRESS:lotte.kuipers@ziggo.nl]]",
    ),
    (
        "nl",
        "NL uitnodiging oudergesprek, juf + voornaam",
        "Schrijf een uitnodiging voor een oudergesprek aan de ouders van [[PERSON:Amira]] (groep 3). Ik ben juf [[PERSON:Jolien]]. Ze mogen kiezen uit dinsdag 15:15 of donderdag 8:15.",
    ),
    (
        "nl",
        "NL schademelding in HOOFDLETTERS",
        "Help me deze schademelding in te vullen. Mijn gegevens:\n"
        "VERZEKERDE: [[PERSON:MARVIN PINAS]]\n"
        "POLISNUMMER: 7781-22904\n"
        "ADRES: [[LOCATION:KASTANJELAAN 23, 3831 AN LEUSDEN]]\n"
        "RIJBEWIJSNUMMER: [[DRIVER_LICENSE:5193847261]]\n"
        "De tegenpartij reed achteruit de parkeerplaats van de Jumbo af.",
    ),
    (
        "nl",
        "NL .env met DB_PASSWORD",
        "Waarom kan mijn Django-app niet bij de database? Dit staat in mijn .env:\n\n"
        "DB_HOST=[[IP_ADDRESS:10.20.4.17]]\n"
        "DB_NAME=crm_prod\n"
        "DB_USER=crm_app\n"
        "DB_PASSWORD=[[SECRET:v8Rq#2mLx!Pz7Tn]]\n"
        "DEBUG=False",
    ),
    (
        "nl",
        "NL SQL Server connection string",
        "Kun je deze connection string omzetten naar het formaat voor SQLAlchemy?\n"
        "Server=sql-acc01.intern.local;Database=Personeel;User Id=svc_hr;Password=[[SECRET:Zomer2026!Zwolle]];TrustServerCertificate=True",
    ),
    (
        "nl",
        "NL OpenAI-sleutel in Python",
        "Mijn script geeft een 401, wat doe ik fout?\n\n"
        "from openai import OpenAI\n"
        'client = OpenAI(api_key="[[SECRET:sk-proj-oCCxKr1vIWc7C6QNJyMs4h7hSe4vg2V76a1PKvsLrgOQ3ntG_i0Z0ALZcwNjKHeIIQr3X]]")\n'
        'resp = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hoi"}])',
    ),
    (
        "nl",
        "NL WhatsApp wijkteam met tijdstempels",
        "Maak hier een kort verslag van voor het dossier:\n"
        "[12-11-26 08:02] [[PERSON:Shanti Jagessar]]: mevr [[PERSON:Van der Laan]] deed niet open vanochtend\n"
        "[12-11-26 08:04] [[PERSON:Dwayne Doran]]: bel haar dochter, [[PHONE_NUMBER:06-52338190]]\n"
        "[12-11-26 08:21] [[PERSON:Shanti Jagessar]]: ze lag op de grond, ambu is onderweg",
    ),
    (
        "nl",
        "NL mailheaders met naam en adres",
        "Vat deze mail samen in één alinea:\n\n"
        "Van: [[PERSON:Wouter Zandbergen]] <[[EMAIL_ADDRESS:w.zandbergen@bouwadvies-oost.nl]]>\n"
        "Aan: [[PERSON:Auke Dijkstra]] <[[EMAIL_ADDRESS:auke.dijkstra@planet.nl]]>\n"
        "Onderwerp: offerte dakkapel\n\n"
        "Hoi [[PERSON:Auke]], zoals besproken komen we op 3.850 euro incl. plaatsing. Laat je weten of je akkoord bent?",
    ),
    (
        "nl",
        "NL CSV klantenlijst naar Markdown",
        "Zet deze CSV om naar een Markdown-tabel:\n"
        "naam,email,telefoon\n"
        "[[PERSON:Wulan Pattiasina]],[[EMAIL_ADDRESS:wulan.p@outlook.com]],[[PHONE_NUMBER:0612093847]]\n"
        "[[PERSON:Paweł Wiśniewski]],[[EMAIL_ADDRESS:pawel.wisniewski@wp.pl]],[[PHONE_NUMBER:+48 512 334 908]]",
    ),
    (
        "nl",
        "NL JSON-payload klant",
        "Valideer deze JSON voor onze API:\n"
        '{"klant": {"voornaam": "[[PERSON:Senait]]", "achternaam": "[[PERSON:Tesfay]]", "geboortedatum": "[[DATE_OF_BIRTH:1994-05-19]]", "iban": "[[IBAN_CODE:NL17SNSB3552185054]]", "email": "[[EMAIL_ADDRESS:senait.tesfay@hotmail.com]]"}}',
    ),
    (
        "nl",
        "NL paspoortnummer in mail aan reisbureau",
        "Schrijf een mail aan het reisbureau dat het paspoortnummer van [[PERSON:Rami Alhassan]] verkeerd in de boeking staat. Het juiste paspoortnummer is [[PASSPORT_NUMBER:NW8K41RP3]].",
    ),
    (
        "nl",
        "NL referentie-aanvraag korter maken",
        "Kun je deze referentie-aanvraag korter maken? 'Geachte heer [[PERSON:Van Acker]], [[PERSON:Lina Al-Khatib]] heeft gesolliciteerd als doktersassistent bij onze praktijk en noemde u als referentie. Zou u mij kunnen bellen op [[PHONE_NUMBER:030-2518846]]? Hartelijke groet, [[PERSON:Marloes Bakker]]'",
    ),
    (
        "nl",
        "NL notulen met voorletters en voornamen",
        "Vat de notulen samen, actiepunten apart:\n"
        "Aanwezig: [[PERSON:J.P. de Groot]] (vz), [[PERSON:Xiaoli Chen]], [[PERSON:Sjoerd Hiemstra]], [[PERSON:Nour Darwish]]\n"
        "1. Begroting 2027: [[PERSON:Xiaoli]] werkt de cijfers uit voor 15 januari.\n"
        "2. Verhuizing archief naar de locatie aan de Coolsingel: [[PERSON:Sjoerd]] vraagt offertes op.",
    ),
    (
        "nl",
        "NL Excel-vraag met 'Achternaam, Voornaam'",
        "In kolom A staan namen als '[[PERSON:Brouwer, Hennie]]' en '[[PERSON:Aydın, Zeynep]]'. Welke Excel-formule zet dat om naar 'Voornaam Achternaam' in kolom B?",
    ),
    (
        "nl",
        "NL bezwaarschrift met BSN met punten",
        "Schrijf een bezwaarschrift tegen mijn voorlopige aanslag 2026. Mijn gegevens: [[PERSON:Ronny Tanamal]], BSN [[NL_BSN:1921.03.519]], [[LOCATION:Molenweg 3, 5271 AB Sint-Michielsgestel]]. Ik ben het niet eens met de hoogte van de inkomsten uit box 3.",
    ),
    (
        "nl",
        "NL phishing-check gewijzigd rekeningnummer",
        "Is dit een phishingmail? 'Beste [[PERSON:Annemiek]], ons rekeningnummer is gewijzigd, wil je voortaan betalen op [[IBAN_CODE:NL95 TRIO 4554 5146 00]]? Groet, [[PERSON:Mohamed Azzouzi]], Azzouzi Schilderwerken'",
    ),
    (
        "nl",
        "NL loonstrook uitleggen",
        "Leg uit waarom mijn netto lager is deze maand. Loonstrook november:\n"
        "Werknemer: [[PERSON:Agnieszka Zielińska]]\n"
        "Personeelsnr: 10442\n"
        "BSN: [[NL_BSN:806612186]]\n"
        "Bruto: 2.950,00\n"
        "Loonheffing: 412,37\n"
        "Uitbetaald op: [[IBAN_CODE:NL19ASNB1251171616]]",
    ),
    (
        "nl",
        "NL verwijsbrief dermatoloog",
        "Maak een verwijsbrief naar de dermatoloog op basis van deze aantekeningen: pt. [[PERSON:Zeynep Aydın]], geb. [[DATE_OF_BIRTH:7-9-1983]], pigmentlaesie rug, asymmetrisch, 8 mm, sinds half jaar gegroeid. Graag beoordeling binnen 2 weken.",
    ),
    (
        "nl",
        "NL chat kleine letters, voornamen",
        "[[PERSON:emre]] belde net, hij is nog steeds ziek. kun je een berichtje opstellen voor de planning dat hij deze week niet komt? ik ben [[PERSON:sanne]] btw",
    ),
    (
        "nl",
        "NL leaseformulier met rijbewijsnummer",
        "Vul het formulier voor de leaseauto in:\n"
        "Bestuurder: [[PERSON:Gerbrich Hoekema]]\n"
        "Rijbewijsnummer: [[DRIVER_LICENSE:4012387756]]\n"
        "Telefoon: [[PHONE_NUMBER:06-38801245]]\n"
        "E-mail: [[EMAIL_ADDRESS:g.hoekema@outlook.com]]\n"
        "Gewenst model: Kia Niro EV",
    ),
    (
        "nl",
        "NL AWS credentials-bestand",
        "Ik krijg 'SignatureDoesNotMatch' met deze config, wat is er mis?\n\n"
        "[default]\n"
        "aws_access_key_id = [[SECRET:AKIA5G92KA2QNYFYL4E8]]\n"
        "aws_secret_access_key = [[SECRET:YONymwpea8HIbvp+Xp+Z2Z4RTggVK3tK/YbJ/T9u]]\n"
        "region = eu-west-1",
    ),
    (
        "nl",
        "NL GitHub-token in remote-URL",
        "Waarom vraagt git steeds om mijn wachtwoord? git remote -v geeft:\n"
        "origin\thttps://[[SECRET:ghp_iuf6srtBk5JLCKkfDXevgy7QMVmNiP3gMsDQ]]@github.com/gemeente-tools/wmo-portaal.git (fetch)",
    ),
    (
        "nl",
        "NL wifi-wachtwoord op A4",
        "Maak een A4'tje voor de vergaderzaal met de wifi-gegevens: netwerk 'Gasten-Kantoor', het wachtwoord van de wifi is [[SECRET:Koffie&Stroopwafel23]]. Mooi opmaken graag, met ons logo bovenaan.",
    ),
    (
        "nl",
        "NL curl met Slack-bot-token",
        "Kun je dit curl-commando omzetten naar Python requests?\n"
        "curl -X POST https://slack.com/api/chat.postMessage -H 'Authorization: Bearer [[SECRET:xoxb-968600352267-5406741504802-N3eYf7LlQK67FtmsFd4SJYu6]]' -d 'channel=C05ALG2&text=Backup klaar'",
    ),
    (
        "nl",
        "NL SBAR herschrijven, dr. + achternaam met tussenvoegsel",
        "Herschrijf als SBAR voor de overdracht aan de nachtdienst: dhr. [[PERSON:Soufiane Boukhari]], 54 jr, kamer 3B, na knie-TEP vandaag, pijn VAS 7 ondanks oxycodon. Echtgenote [[PERSON:Khadija]] belt om 21:00. Behandelend arts is dr. [[PERSON:Ten Brink]].",
    ),
    (
        "nl",
        "NL mail patiënt geciteerd met adres",
        "Beantwoord deze mail van een patiënt kort en vriendelijk:\n"
        "'Goedemiddag, ik ben [[PERSON:Jurensley Martina]] (geb. [[DATE_OF_BIRTH:02-03-1971]]). Kunt u mijn herhaalrecept metformine naar mijn nieuwe adres laten bezorgen? Dat is [[LOCATION:Kruisstraat 18, 5612 CJ Eindhoven]].'",
    ),
    (
        "nl",
        "NL besluitbrief bijzondere bijstand",
        "Schrijf een besluitbrief (toekenning bijzondere bijstand) aan mevrouw [[PERSON:N. Darwish]], [[LOCATION:Schepenenstraat 61, 4812 BK Breda]], BSN [[NL_BSN:720575692]]. Toegekend: € 485 voor een wasmachine. Bezwaartermijn zes weken vermelden.",
    ),
    (
        "nl",
        "NL WhatsApp met debiteur",
        "Maak hier een formele betalingsherinnering van:\n"
        "[[PERSON:Bilal]]: ik betaal vrijdag echt\n"
        "ik: dat zei je vorige maand ook\n"
        "[[PERSON:Bilal]]: ja sorry, mn uitkering was te laat\n"
        "ik: het gaat om 3 facturen, samen 640 euro",
    ),
    (
        "nl",
        "NL IT-ticket samenvatten",
        "Ticket #88213 samenvatten voor de 2e lijn:\n"
        "Melder: [[PERSON:Ayşe Kaya]] ([[EMAIL_ADDRESS:a.kaya@zorggroep-oost.nl]], tst 4417)\n"
        "Werkplek: LT-0931, IP [[IP_ADDRESS:172.16.22.108]]\n"
        "Probleem: Outlook crasht bij openen van de gedeelde agenda van [[PERSON:Piet Heijnen]].",
    ),
    (
        "nl",
        "NL bankmutaties categoriseren",
        "Categoriseer deze transacties voor de boekhouding:\n"
        "03-11 Albert Heijn 1532 Utrecht -54,12\n"
        "04-11 Overboeking van [[PERSON:R.J. Eersteling]] [[IBAN_CODE:NL95KNAB9685974711]] +450,00 'factuur 2026-118'\n"
        "05-11 Shell Express -78,90\n"
        "06-11 Tikkie van [[PERSON:Priya Mathoera]] +12,50",
    ),
    (
        "nl",
        "NL klachtmail met handtekening, adres over twee regels",
        "Wat is de toon van deze mail en hoe moet ik reageren?\n\n"
        "'...Ik wacht nu al 6 weken op mijn retour. Dit is onacceptabel.\n\n"
        "Met vriendelijke groet,\n"
        "[[PERSON:Hennie Brouwer]]\n"
        "[[LOCATION:Oude Rijn 44\n"
        "2312 HE Leiden]]\n"
        "Tel. [[PHONE_NUMBER:071 - 514 22 97]]'",
    ),
    (
        "nl",
        "NL sollicitatiebrief met briefhoofd",
        "Verbeter de spelling van mijn sollicitatiebrief:\n\n"
        "[[PERSON:Yonas Ghebremichael]]\n"
        "[[LOCATION:Aagje Dekenlaan 19\n"
        "1181 AS Amstelveen]]\n"
        "[[EMAIL_ADDRESS:yonas.ghebre@gmail.com]]\n\n"
        "Geachte mevrouw [[PERSON:Verhoeven]],\n\n"
        "Met grote interesse heb ik uw vacature gelezen voor magazijnmedewerker. Ik heb drie jaar ervaring met reachtruck en orderpicken.",
    ),
    (
        "nl",
        "NL ziekmelding aan mentor, kleine letters",
        "wat vind je van deze reactie aan de mentor van mijn zoon? 'hoi meneer [[PERSON:van Dongen]], [[PERSON:daan]] is vandaag thuis want hij heeft koorts. groetjes [[PERSON:Miriam]]'",
    ),
    (
        "nl",
        "NL conceptkoopakte controleren",
        "Controleer of in deze conceptkoopakte alles klopt:\n"
        "Verkoper: [[PERSON:Hendrikus Johannes van 't Hof]], geboren op [[DATE_OF_BIRTH:14 mei 1958]] te Deventer\n"
        "Koper: [[PERSON:Mei Ling Wu]]\n"
        "Object: [[LOCATION:Brinkgreverweg 201, 7413 AD Deventer]]\n"
        "Koopsom: € 415.000 k.k.",
    ),
    (
        "nl",
        "NL eigen adres in een zin",
        "Ik woon op [[LOCATION:Prinsengracht 611-III, 1016 HT Amsterdam]] en mijn bovenburen maken elke nacht herrie. Schrijf een brief aan de VvE waarin ik om bemiddeling vraag.",
    ),
    (
        "nl",
        "NL sms-herinnering fysio, vast nummer",
        "Schrijf een korte sms-herinnering aan mevrouw [[PERSON:Rosaria]] voor haar afspraak bij de fysio op donderdag 9:40. Ze heeft alleen een vaste lijn, [[PHONE_NUMBER:010-4127735]], dus maak er ook een belscriptje van.",
    ),
    (
        "nl",
        "NL reparatieverzoek woningcorporatie",
        "Maak hier een reparatieverzoek van voor de aannemer:\n"
        "Huurder: [[PERSON:B. Çelik]]\n"
        "Adres: [[LOCATION:Tuinstraat 5 B, 3512 PT Utrecht]]\n"
        "Tel: [[PHONE_NUMBER:06-17264493]]\n"
        "Melding: cv-ketel geeft storing E119, al 3 dagen geen warm water.",
    ),
    (
        "nl",
        "NL verzuimtabel Markdown",
        "Maak een samenvatting van dit overzicht voor de directie:\n"
        "| Medewerker | Afdeling | Verzuimdagen |\n"
        "|---|---|---|\n"
        "| [[PERSON:Jolien Heemskerk]] | Financiën | 14 |\n"
        "| [[PERSON:Omar Haddad]] | IT | 3 |\n"
        "| [[PERSON:Tjitske Wijnia]] | Inkoop | 27 |",
    ),
    (
        "nl",
        "NL informeel bericht professioneler maken",
        "Herschrijf dit zodat het professioneler klinkt: 'yo [[PERSON:Marco]], bel ff met [[PERSON:Dewi Soetomo]] over de offerte, haar nr is [[PHONE_NUMBER:06 4781 2290]]'",
    ),
    (
        "nl",
        "NL creditcard in teamchat geplakt",
        "Mijn collega plakte dit in de teamchat, hoe leg ik tactvol uit dat dat niet handig is? 'Hier de bedrijfscreditcard voor de bestelling: [[CREDIT_CARD:5176 8324 3453 1136]], vervalt 08/28'",
    ),
    (
        "nl",
        "NL firewall-log uitleggen",
        "Leg uit wat deze logregel betekent en of ik me zorgen moet maken:\n"
        "Nov 14 03:12:44 fw01 kernel: DROP IN=eth0 SRC=[[IP_ADDRESS:185.220.101.47]] DST=[[IP_ADDRESS:84.241.199.17]] PROTO=TCP SPT=51812 DPT=3389",
    ),
    (
        "nl",
        "NL thuiszorg mail aan familie, oma + voornaam",
        "Maak een nette mail naar de familie dat de zorg voor oma [[PERSON:Bep]] vanaf januari door een ander team wordt gedaan. Contactpersoon wordt [[PERSON:Semhar]] van team Noord, bereikbaar op [[EMAIL_ADDRESS:semhar.t@thuiszorg-noord.nl]].",
    ),
    (
        "nl",
        "NL intake schuldhulp",
        "Vat het intakeformulier schuldhulp samen:\n"
        "Naam: [[PERSON:Fatima Bouzian]]\n"
        "BSN: [[NL_BSN:210949831]]\n"
        "Schulden: CJIB € 890, Vattenfall € 1.320, zorgverzekeraar € 2.100\n"
        "Inkomen: Participatiewet\n"
        "IBAN: [[IBAN_CODE:NL46BUNQ1541552240]]",
    ),
    (
        "nl",
        "NL gestolen paspoort reisverzekering",
        "Schrijf een mail aan de reisverzekeraar: het paspoort van mijn dochter [[PERSON:Lieke]] is gestolen in Barcelona. Paspoortnummer [[PASSPORT_NUMBER:NRF2C8LJ6]], aangifte gedaan bij de politie daar. Wat moeten we nog opsturen?",
    ),
    (
        "nl",
        "NL recruitment-InMail",
        "Schrijf een InMail aan [[PERSON:Jun Huang]], data-engineer bij een bank, voor onze vacature senior data-engineer. Noem dat [[PERSON:Bram]] hem bij ons aanbeval.",
    ),
    (
        "nl",
        "NL exitgesprek aantekeningen, kleine letters met 't",
        "Maak van deze aantekeningen een verslag van het exitgesprek:\n"
        "- [[PERSON:lotte van 't hof]] vertrekt per 1/1\n"
        "- reden: geen doorgroei\n"
        "- wil referentie van [[PERSON:Ruud Schoonderwoerd]]\n"
        "- laptop inleveren bij IT",
    ),
    (
        "nl",
        "NL docker-compose met postgres-wachtwoord",
        "Waarom start mijn postgres-container niet?\n\n"
        "services:\n"
        "  db:\n"
        "    image: postgres:16\n"
        "    environment:\n"
        "      POSTGRES_USER: wmo\n"
        "      POSTGRES_PASSWORD: [[SECRET:Gr4chtenGordel!88]]\n"
        "    ports:\n"
        '      - "5432:5432"',
    ),
    (
        "nl",
        "NL overdrachtsmail met wachtwoord",
        "Maak een nette overdrachtsmail voor mijn vervanger tijdens mijn verlof: de inlog van het Exact-portaal is boekhouding@ en het wachtwoord is [[SECRET:Exact#Vlaardingen2026]]. Contactpersoon bij de accountant is [[PERSON:Hendrik de Vries]].",
    ),
    (
        "nl",
        "NL Stripe-sleutel in settings.py",
        "Waarom werkt mijn webhook niet in productie? In settings.py staat:\n"
        'STRIPE_SECRET_KEY = "[[SECRET:sk_live_n22X633DpX5LyUQOnc3ryOqE]]"\n'
        'STRIPE_WEBHOOK_PATH = "/webhooks/stripe/"',
    ),
    (
        "nl",
        "NL Mollie-sleutel in een zin",
        "Mijn WooCommerce-plugin zegt 'invalid API key'. Ik heb deze ingevuld: [[SECRET:live_ysBnjbapOHkEzGzeCEwaVrmJAF1CXI]]. Moet die met test_ beginnen als de shop nog niet live is?",
    ),
    (
        "nl",
        "NL JWT decoderen",
        "Kun je deze JWT decoderen en zeggen wanneer hij verloopt?\n[[SECRET:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtd21vIiwiaWF0IjoxNzk2NjMwNDAwLCJleHAiOjE3OTY3MTY4MDB9.16fuIKYRSPuwiPSVqx25VKp_h9rP58TVA7bs_sDEiN-]]",
    ),
    (
        "nl",
        "NL telefoonnotitie naar SOEP, dubbele achternaam",
        "Zet deze telefoonnotitie om naar een journaalregel (SOEP):\n"
        "Beller: mw. [[PERSON:G. Rosaria-Isenia]], tel. [[PHONE_NUMBER:+31 (0)6 2230 1187]]\n"
        "Hoest sinds 3 weken, geen koorts, rookt 15/dag. Afspraak gemaakt bij dokter [[PERSON:Mulder]] morgen 10:20.",
    ),
    (
        "nl",
        "NL rooster, naam na 'van' en 'voor'",
        "Het rooster van [[PERSON:Sanne]] klopt niet, ze staat op zaterdag én zondag ingepland. Kun je een bericht maken voor [[PERSON:Gerrit]] van de planning?",
    ),
    (
        "nl",
        "NL felicitatie, bezittelijk 's",
        "Schrijf een grappig felicitatiekaartje voor [[PERSON:Anouk]]'s 12,5-jarig jubileum bij de afdeling debiteuren. Ze is gek op katten en koffie.",
    ),
    (
        "nl",
        "NL studentmail vertalen",
        "Kun je deze mail van een student vertalen naar het Engels? 'Beste meneer [[PERSON:Bosma]], ik ([[PERSON:Katarzyna]], studentnummer 4418823) kan niet bij het tentamen van 20 januari zijn vanwege een operatie. Is er een herkansing?'",
    ),
    (
        "nl",
        "NL melding vertrouwenspersoon",
        "Help me deze melding voor de vertrouwenspersoon te formuleren: mijn leidinggevende [[PERSON:Marcel Hoogendijk]] maakt steeds opmerkingen over mijn hoofddoek in het bijzijn van collega's.",
    ),
    (
        "nl",
        "NL verhuizing, oud en nieuw adres",
        "Welke documenten heb ik nodig om mijn verhuizing door te geven? Oud adres: [[LOCATION:Hoogstraat 12C, 3011 PT Rotterdam]], nieuw adres: [[LOCATION:Jacob Catsstraat 8, 2613 HA Delft]].",
    ),
    (
        "nl",
        "NL mail CBR verloren rijbewijs",
        "Schrijf een mail aan het CBR: ik ([[PERSON:Ronaldo Eersteling]]) ben mijn rijbewijs kwijt, het rijbewijsnummer was [[DRIVER_LICENSE:4876120935]]. Moet ik eerst aangifte doen bij de gemeente?",
    ),
    (
        "nl",
        "NL ssh-commando met IP",
        "Ik kom niet binnen via ssh: `ssh beheer@[[IP_ADDRESS:145.53.210.9]] -p 2222` geeft 'Connection refused'. Wat kan ik allemaal checken?",
    ),
    (
        "nl",
        "NL router-config met wpa-psk",
        "Leg deze router-config uit:\n"
        "interface vlan10\n"
        " ip address [[IP_ADDRESS:192.168.10.1]] 255.255.255.0\n"
        "wireless ssid Kantoor-Gast\n"
        " wpa-psk [[SECRET:BlauweTram#17]]",
    ),
    (
        "nl",
        "NL groepsapp ouders, kleine letters",
        "kun je deze groepsapp nalopen op spelfouten: 'lieve ouders, morgen gaan we naar de kinderboerderij. de ouders van [[PERSON:mees]] en [[PERSON:fenna]] rijden mee, dank jullie wel! groetjes juf [[PERSON:wendy]]'",
    ),
    (
        "nl",
        "NL machtiging incasso",
        "Vul deze machtiging in voor de automatische incasso van de zorgverzekering: naam [[PERSON:Semhar Tekle]], geb.datum [[DATE_OF_BIRTH:11-01-1990]], rekening [[IBAN_CODE:NL07 RBRB 6579 1736 08]].",
    ),
    (
        "nl",
        "NL uitnodiging stuurgroep",
        "Stel een uitnodiging op voor de stuurgroep met [[PERSON:Filmon Berhane]], [[PERSON:Annemiek Dijkhuizen]] en mij. Locatie: ons kantoor aan de Coolsingel. Vraag [[PERSON:Filmon]] om de cijfers van Q3 mee te nemen.",
    ),
    (
        "nl",
        "NL alleen een e-mailadres",
        "Is dit een geldig e-mailadres voor de nieuwsbriefinschrijving, of zit er een typfout in? [[EMAIL_ADDRESS:j.vandermeulen1979@kpnplanet.nl]]",
    ),
    (
        "nl",
        "NL feedback stagiair",
        "Geef feedback op dit verslag van mijn stagiair [[PERSON:Rami]]. Hij schrijft te lange zinnen en gebruikt veel passieve vormen. Wees positief maar eerlijk.",
    ),
    (
        "nl",
        "NL Jeugdwet beschikking",
        "Vat samen voor de beschikking Jeugdwet:\n"
        "Jeugdige: [[PERSON:Liam Sahetapy]]\n"
        "Geboortedatum: [[DATE_OF_BIRTH:09-06-2014]]\n"
        "BSN: [[NL_BSN:951241643]]\n"
        "Gezag: moeder ([[PERSON:Wulan Sahetapy-Pattiasina]])\n"
        "Indicatie: ambulante begeleiding, 6 maanden.",
    ),
    (
        "nl",
        "NL adres in kleine letters",
        "mijn adres is [[LOCATION:laan van meerdervoort 310, 2563 AM den haag]], kun je een opzegbrief voor mijn sportschoolabonnement maken?",
    ),
    (
        "nl",
        "NL factuursjabloon zzp'er",
        "Maak een factuursjabloon met mijn gegevens: [[PERSON:Jorien Kalkman]], [[LOCATION:Veemarkt 27, 8011 AJ Zwolle]], KvK 81234567, btw NL003456789B01, IBAN [[IBAN_CODE:NL20INGB7100833153]]. Betaaltermijn 14 dagen.",
    ),
    (
        "nl",
        "NL Azure storage connection string",
        "Waarom krijg ik 403 op mijn blob storage? Connection string:\n"
        "DefaultEndpointsProtocol=https;AccountName=gemdocs01;AccountKey=[[SECRET:oCaNNZxnLcIACOrl19YQnvFaO12b+MBbmRLM4EhYSkwCBtn8LVxZxusxrQi8ij5Zqi/YQCdCdLabbS89HBXWvw==]];EndpointSuffix=core.windows.net",
    ),
    (
        "nl",
        "NL Surinaamse namen in teamchat",
        "Maak een samenvatting van deze Teams-thread voor wie er niet bij was:\n"
        "[[PERSON:Sharda Ramcharan]] 10:02: de leverancier komt pas woensdag\n"
        "[[PERSON:Kenneth Wongsodikromo]] 10:05: dan schuiven we de training door\n"
        "[[PERSON:Sharda Ramcharan]] 10:06: ok, ik laat het [[PERSON:Ingrid]] weten",
    ),
    (
        "nl",
        "NL Gedraag je als maatschappelijk werker, brief met adres",
        "Gedraag je als maatschappelijk werker en schrijf een brief aan dhr. [[PERSON:K. Wijngaarden]] over het bezoekrecht van zijn kinderen. Hij verblijft tijdelijk op [[LOCATION:Zwaluwstraat 9, 8931 BH Leeuwarden]].",
    ),
    (
        "nl",
        "NL Antilliaanse naam, tweede persoon bezittelijk",
        "Kun je dit netter formuleren? 'de laptop van [[PERSON:Giselle]] is weer kapot, ze heeft die van [[PERSON:Dwayne Martina]] geleend en dat moet vandaag terug'",
    ),
    (
        "nl",
        "NL ouderbijdrage herinnering met telefoon en IBAN",
        "Maak een vriendelijke herinnering voor de vrijwillige ouderbijdrage (€ 45) aan de ouders van [[PERSON:Sem de Boer]]. Vader [[PERSON:Arjen de Boer]] gaf als nummer [[PHONE_NUMBER:06 3317 8820]]. Vorig jaar betaalden ze vanaf [[IBAN_CODE:NL50 ABNA 5709 7886 48]], vermeld dat ze dat weer zo mogen doen.",
    ),
    (
        "nl",
        "NL pensioenvraag met BSN en geboortedatum",
        "Ik ben geboren op [[DATE_OF_BIRTH:3 februari 1962]] en mijn BSN is [[NL_BSN:229617074]]. Wanneer gaat mijn AOW in en wat moet ik bij de SVB regelen?",
    ),
    (
        "nl",
        "NL IT: printerprobleem met IP, korte vraag",
        "printer op 2e verdieping reageert niet meer, staat op [[IP_ADDRESS:10.1.30.222]]. hoe reset ik de spooler op de server?",
    ),
    (
        "nl",
        "NL GitLab-token in CI",
        "Mijn pipeline faalt op 'HTTP Basic: Access denied'. In .gitlab-ci.yml staat:\n"
        "variables:\n"
        '  DEPLOY_TOKEN: "[[SECRET:glpat-YCTk-vT13Tk4YjfrIFX4]]"\n'
        "script:\n"
        "  - git clone https://oauth2:${DEPLOY_TOKEN}@gitlab.com/woonstad/portaal.git",
    ),
    (
        "nl",
        "NL Chinese naam, verhuurder de heer + achternaam",
        "Kun je mij helpen om deze mail aan mijn verhuurder te verbeteren? Mijn naam is [[PERSON:Xiaoming Lin]] en ik woon op [[LOCATION:Kanaalweg 72, 2903 LT Capelle aan den IJssel]]. De heer [[PERSON:Dekker]] reageert al drie weken niet op mijn meldingen over schimmel.",
    ),
    (
        "nl",
        "NL incassobureau mail met creditcardbetaling",
        "Klant [[PERSON:Burak Yılmaz]] wil zijn achterstand met creditcard betalen en stuurde: [[CREDIT_CARD:4528647938541862]] exp 11/27. Schrijf een antwoord dat we dat niet via mail verwerken en een betaallink sturen.",
    ),
    (
        "nl",
        "NL onboardingformulier met paspoort en privé-e-mail",
        "Controleer of dit onboardingformulier compleet is:\n"
        "Naam: [[PERSON:Dewi Kartosen]]\n"
        "Privé-e-mail: [[EMAIL_ADDRESS:dewi.kartosen@gmail.com]]\n"
        "Mobiel: [[PHONE_NUMBER:06-29115873]]\n"
        "ID-bewijs: paspoort, nummer [[PASSPORT_NUMBER:NJ4T72KC8]], geldig tot 03-2031\n"
        "Startdatum: 1 februari",
    ),
    # ---------------------------------------------------------------- Flanders / Belgium
    (
        "nl",
        "BE mail herschrijven, factuur met Belgisch IBAN",
        "Kun je deze mail herschrijven zodat hij wat vriendelijker klinkt? 'Dag [[PERSON:Pieter-Jan]], de factuur van uw renovatie staat nog open. Gelieve te storten op [[IBAN_CODE:BE23 6516 0611 3091]] voor het einde van de maand. Mvg, [[PERSON:Griet Van Damme]]'",
    ),
    (
        "nl",
        "BE mutualiteit met rijksregisternummer en bus-adres",
        "Vul de aangifte voor de mutualiteit aan: [[PERSON:Jens Verstraeten]], rijksregisternummer [[BE_NATIONAL_ID:87.03.14-123.44]], [[LOCATION:Kerkstraat 12 bus 3, 9000 Gent]]. Arbeidsongeschikt sinds 18 november.",
    ),
    (
        "nl",
        "BE ziekte doorgeven aan sociaal secretariaat",
        "Maak een nette mail naar het sociaal secretariaat: [[PERSON:Lieselot De Smet]] is vanaf 2 december afwezig wegens ziekte, het medisch attest volgt. Haar gsm: [[PHONE_NUMBER:0478 12 34 56]].",
    ),
    (
        "nl",
        "BE school brief over afwezigheden, meester + voornaam",
        "Schrijf een brief aan de ouders van [[PERSON:Wannes]] (3de leerjaar) over zijn vele afwezigheden. Klastitularis is meester [[PERSON:Dries]], de zorgcoördinator is mevrouw [[PERSON:Claeys]].",
    ),
    (
        "nl",
        "BE verwijsbrief met ° en INSZ",
        "Maak een verwijsbrief voor de cardioloog: patiënte [[PERSON:Annelies Vercruysse]], °[[DATE_OF_BIRTH:17/04/1999]], INSZ [[BE_NATIONAL_ID:99041715683]], hartkloppingen bij inspanning sinds 2 maanden, ECG in bijlage.",
    ),
    (
        "nl",
        "BE Antwerps vast nummer",
        "Herschrijf deze voicemailtekst zodat hij vlotter klinkt: 'U bent verbonden met [[PERSON:Stijn Desmet]], boekhouding. Ik ben er niet, bel me terug op [[PHONE_NUMBER:03/231.45.67]] of mail naar [[EMAIL_ADDRESS:stijn.desmet@telenet.be]].'",
    ),
    (
        "nl",
        "BE gsm met +32 in handtekening",
        "Vat deze mail samen:\n\n"
        "'Dag allemaal, de werfvergadering van donderdag gaat niet door, de kraan is pas vrijdag beschikbaar.\n\n"
        "Groeten,\n"
        "[[PERSON:Ruben Van Acker]]\n"
        "Werfleider\n"
        "[[PHONE_NUMBER:+32 477 65 43 21]]'",
    ),
    (
        "nl",
        "BE huuropzeg met bus-adres en verhuurder",
        "Schrijf een opzegbrief voor mijn huurcontract van het appartement op de [[LOCATION:Phoenixstraat 44 bus 2, 9000 Gent]]. De verhuurder is mevrouw [[PERSON:Goossens]]. Opzegtermijn drie maanden vanaf 1 januari.",
    ),
    (
        "nl",
        "BE kinderbijslag, rijksregisternummers na 2000",
        "Wat moet ik invullen bij het Groeipakket? Mijn kinderen: [[PERSON:Ferre Janssens]], rijksregisternr. [[BE_NATIONAL_ID:03.06.21-218.62]], en [[PERSON:Fien Janssens]], [[BE_NATIONAL_ID:01.12.05-088.90]].",
    ),
    (
        "nl",
        "BE Belgisch paspoort in reisdossier",
        "Zet deze gegevens in een nette tabel voor het reisdossier: [[PERSON:Soukaina El Ouahabi]], paspoort [[PASSPORT_NUMBER:EM739214]], vertrek Zaventem 14/02, terug 21/02.",
    ),
    (
        "nl",
        "BE paswoord van de werf-wifi",
        "Maak een bordje voor in de werfkeet: het paswoord van de wifi is [[SECRET:Bouwput2026!Mechelen]], netwerk 'Werf-Mechelen'. Met vermelding dat je het niet mag doorgeven aan onderaannemers.",
    ),
    (
        "nl",
        "BE creditcard in chat",
        "Wat moet ik doen? Een klant stuurde dit via de chat op onze webshop: 'hallo, mijn kaart is [[CREDIT_CARD:5254 3122 6194 8377]], kunt ge de bestelling manueel afrekenen? [[PERSON:Bert Vanhoutte]]'",
    ),
    (
        "nl",
        "BE geboren op, rijksregisternummer met punten",
        "Stel een attest van tewerkstelling op voor [[PERSON:Marc Peeters]], geboren op [[DATE_OF_BIRTH:8 januari 1968]], rijksregisternummer [[BE_NATIONAL_ID:68.01.08-301.21]], in dienst sinds 1 maart 1994 als magazijnier.",
    ),
    (
        "nl",
        "BE teamvergadering verslag, voornamen",
        "Maak een verslag van de teamvergadering: aanwezig [[PERSON:Koen]], [[PERSON:Hanne Wouters]], [[PERSON:Stijn]] en ikzelf. [[PERSON:Hanne]] neemt de planning van januari over, [[PERSON:Koen]] bekijkt de offerte van de nieuwe leverancier.",
    ),
    (
        "nl",
        "BE adres Oostende met bus",
        "Ik moet een aangetekende brief sturen naar mijn vorige werkgever. Mijn adres is [[LOCATION:Leopoldlaan 87 bus 11, 8400 Oostende]]. Kun je de brief opstellen om mijn C4 op te vragen?",
    ),
    (
        "nl",
        "BE Gents vast nummer",
        "Schrijf een korte herinnering voor mevrouw [[PERSON:Maes]] over haar afspraak bij de tandarts. Ze heeft enkel een vaste lijn: [[PHONE_NUMBER:09 223 45 67]].",
    ),
    (
        "nl",
        "BE rijbewijsnummer bij schadeaangifte",
        "Help me het Europees aanrijdingsformulier in te vullen. Bestuurder A: [[PERSON:Nele Janssens]], rijbewijs nr. [[DRIVER_LICENSE:9412307758]], [[LOCATION:Diestsestraat 140, 3000 Leuven]].",
    ),
    (
        "nl",
        "BE OCMW leefloon dossier",
        "Vat dit dossier samen voor het bijzonder comité: [[PERSON:Abdelkader Boukhari]], [[LOCATION:Sint-Bernardsesteenweg 318, 2660 Hoboken]], INSZ [[BE_NATIONAL_ID:75093006789]], vraagt leefloon aan na einde werkloosheidsuitkering. Rekening [[IBAN_CODE:BE52 0265 8412 1609]].",
    ),
    (
        "nl",
        "BE chat Vlaams, 'bij X haar'",
        "vat ff samen wat ze bedoelen: '[[PERSON:ruben]] zegt da ge de sleutel van het magazijn moet halen bij [[PERSON:nele]] haar bureau, maar die is ziek, dus vraag het aan [[PERSON:bart]]'",
    ),
    (
        "nl",
        "BE sollicitatie, Geachte heer",
        "Verbeter mijn motivatiebrief: 'Geachte heer [[PERSON:Vanhoutte]], graag stel ik mij kandidaat voor de functie van boekhouder. Ik ben [[PERSON:Elke Goossens]] en werk al vijf jaar bij een fiduciaire in Kortrijk.'",
    ),
    (
        "nl",
        "BE klantendienst, e-mail telenet",
        "Antwoord op deze klacht namens de klantendienst: 'Mijn pakket is nog altijd niet geleverd, ik heb al drie mails gestuurd. [[PERSON:Bert Vanhoutte]], [[EMAIL_ADDRESS:bert.vanhoutte@telenet.be]]'",
    ),
    (
        "nl",
        "BE SendGrid-sleutel in config",
        "Waarom komen mijn mails niet aan? In config.yaml staat:\n"
        "mail:\n"
        "  provider: sendgrid\n"
        "  api_key: [[SECRET: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]]\n"
        "  from: facturatie@voorbeeld.be",
    ),
    (
        "nl",
        "BE incasso Turks-Belgische klant met IBAN",
        "Stel een ingebrekestelling op voor [[PERSON:Burak Çelik]], [[LOCATION:Ninoofsesteenweg 204, 1080 Sint-Jans-Molenbeek]]. Openstaand: € 1.870. Betalen op onze rekening kan, zijn domiciliëring liep via [[IBAN_CODE:BE72 9098 3259 9116]] maar die werd geweigerd.",
    ),
    (
        "nl",
        "BE formulier NAAM Voornaam in hoofdletters",
        "Zet deze inschrijvingen om naar een lijst met voornaam eerst:\n"
        "[[PERSON:PEETERS Dries]]\n"
        "[[PERSON:VERMEULEN Koen]]\n"
        "[[PERSON:EL AMRANI Yousra]]",
    ),
    (
        "nl",
        "BE laptop resetten met IP",
        "Kan iemand de laptop van [[PERSON:Lies Maes]] terugzetten? Ze zit op [[IP_ADDRESS:10.12.8.54]] en krijgt geen verbinding met de gedeelde schijf.",
    ),
    (
        "nl",
        "BE thuisverpleging overdracht",
        "Herschrijf deze overdracht voor de thuisverpleging:\n"
        "Patiënt: [[PERSON:Germaine Claeys]], °[[DATE_OF_BIRTH:22/09/1936]]\n"
        "Adres: [[LOCATION:Meersstraat 15, 8500 Kortrijk]]\n"
        "Insuline 2x/dag, glycemie nakijken voor het middagmaal. Zoon [[PERSON:Luc]] komt 's avonds langs.",
    ),
    (
        "nl",
        "BE mailheaders",
        "Maak een kort antwoord op deze mail:\n\n"
        "Van: [[PERSON:Annelies De Backer]] <[[EMAIL_ADDRESS:annelies.debacker@skynet.be]]>\n"
        "Onderwerp: inschrijving kamp\n\n"
        "Dag, is er nog plaats voor mijn zoon [[PERSON:Tibo]] in het paaskamp? Alvast bedankt.",
    ),
    (
        "nl",
        "BE loonfiche vraag met IBAN en rijksregisternummer",
        "Klopt deze loonfiche? Werknemer [[PERSON:Yousra El Amrani]], rijksregisternummer [[BE_NATIONAL_ID:92110204561]], bruto € 3.120, netto € 2.148, gestort op [[IBAN_CODE:BE90133007033732]].",
    ),
    (
        "nl",
        "BE Google API-sleutel in JavaScript",
        "Waarom laadt mijn kaart niet op de website van de gemeente?\n"
        '<script src="https://maps.googleapis.com/maps/api/js?key=[[SECRET:AIzaKEuytsWNcQKvWDLbdeVew2x1_dXK07hR1jp]]&callback=initMap"></script>',
    ),
    (
        "nl",
        "BE Eritrees-Belgische naam, afspraak CAW",
        "Schrijf een sms voor [[PERSON:Yohannes Kidane]] dat zijn afspraak bij het CAW verplaatst is naar dinsdag 14 uur. Zijn nummer: [[PHONE_NUMBER:0486 55 21 09]].",
    ),
    (
        "nl",
        "BE e-mailhandtekening korter maken",
        "Maak deze handtekening korter en zakelijker:\n"
        "Met vriendelijke groeten,\n"
        "[[PERSON:Hanne Wouters]]\n"
        "Medewerker personeelsdienst\n"
        "T [[PHONE_NUMBER:+32 9 265 88 14]]\n"
        "E [[EMAIL_ADDRESS:hanne.wouters@stad-aalst.be]]",
    ),
]

# (shape, text) with no value at all
BENIGN: list[tuple[str, str]] = [
    (
        "supermarkt naar persoon genoemd",
        "Schrijf een korte mail aan het team dat de lunch vrijdag bij Albert Heijn op de hoek besteld wordt. Wie een dieetwens heeft, laat het voor donderdag weten.",
    ),
    (
        "bouwbedrijven met familienamen",
        "Vergelijk de jaarverslagen van Van Oord, Heijmans en BAM op het punt van duurzaamheid. Maak er een tabel van met drie kolommen.",
    ),
    (
        "koffie en supermarkt",
        "Maak een inkooplijst voor de kantine: koffie van Douwe Egberts, melk en koekjes van de Jumbo, thee van Pickwick. Budget € 150 per maand.",
    ),
    (
        "straat zonder nummer",
        "Wat is de snelste route van Rotterdam Centraal naar de Coolsingel? Ik moet om 10 uur op het stadhuis zijn.",
    ),
    (
        "plaatsen en regio's",
        "We openen een nieuwe vestiging in Den Bosch of in Breda. Zet de voor- en nadelen op een rij qua bereikbaarheid en huurprijzen.",
    ),
    (
        "KvK- en btw-nummer van een bedrijf",
        "Klopt dit briefpapier? Onderaan staat: KvK 34123456, btw NL812345678B01, ING-zakelijk. Moet er ook een vestigingsnummer op?",
    ),
    (
        "factuurnummers en bedragen",
        "Maak een overzicht van openstaande facturen: 2026-0311 (€ 1.250,00), 2026-0342 (€ 86,40) en 2026-0357 (€ 4.990,00). Totaal graag onderaan.",
    ),
    (
        "datums en deadlines",
        "De aangifte omzetbelasting over Q3 moet uiterlijk 31 oktober binnen zijn, de jaarrekening vóór 1 juni. Maak een planning met herinneringen.",
    ),
    (
        "versienummers",
        "Wat zijn de belangrijkste verschillen tussen Python 3.11.9 en 3.12.4, en is het veilig om onze Django 4.2 LTS-app te upgraden?",
    ),
    (
        "postcodegebieden algemeen",
        "Wij bezorgen alleen in de postcodes 1000-1099 en 1100-1109. Hoe formuleer ik dat duidelijk op de website, ook voor mensen uit Diemen?",
    ),
    (
        "trackingcode pakket",
        "Mijn pakket met trackingcode 3SDEVC123456789 staat al vijf dagen op 'gesorteerd'. Schrijf een klacht aan de vervoerder.",
    ),
    (
        "code zonder geheim",
        "Waarom geeft deze functie None terug?\n\n"
        "def totaal(regels):\n"
        "    som = 0\n"
        "    for r in regels:\n"
        "        som += r['bedrag'] * r['aantal']\n"
        "    print(som)",
    ),
    (
        "placeholder voor API-sleutel",
        "Leg uit hoe ik deze regel moet invullen: OPENAI_API_KEY=<JOUW_API_SLEUTEL>. Moet ik de haakjes laten staan?",
    ),
    (
        "config met omgevingsvariabelen",
        "Is dit een veilige manier om wachtwoorden te gebruiken?\n"
        "DB_HOST=db.intern\n"
        "DB_USER=app\n"
        "DB_PASSWORD=${DB_PASSWORD}\n"
        "SECRET_KEY=${DJANGO_SECRET_KEY}",
    ),
    (
        "straten als begrip",
        "Schrijf een stukje voor de bewonersbrief over de herinrichting van de Kalverstraat en de Nieuwendijk. De werkzaamheden duren tot de zomer.",
    ),
    (
        "merknamen met persoonsnamen",
        "Welke koffiemachine is beter voor een kantoor van 40 man: een Philips, een De'Longhi of een Jura? Graag met onderhoudskosten.",
    ),
    (
        "wetsartikelen en regelingen",
        "Leg artikel 7:669 lid 3 sub g BW uit in gewone taal, en wat het verschil is met een ontslag op grond van sub e.",
    ),
    (
        "tabel met productcodes",
        "Zet dit om naar een CSV:\n"
        "| Artikel | Code | Prijs |\n"
        "|---|---|---|\n"
        "| Bureaustoel Ergo | BS-2210 | 349,00 |\n"
        "| Monitorarm | MA-0045 | 89,95 |\n"
        "| Headset Pro | HS-7781 | 129,00 |",
    ),
    (
        "vergaderplanning met ruimtes",
        "Plan drie overleggen in: maandag 9:00 in zaal Rembrandt, woensdag 14:00 in zaal Vermeer en vrijdag 11:00 in de Van Goghzaal.",
    ),
    (
        "Belgische bedrijven en btw",
        "Welke gegevens moeten verplicht op een Belgische factuur? Wij zijn een bvba met ondernemingsnummer BE 0412.345.678 en leveren aan Colruyt en Delhaize.",
    ),
    (
        "Vlaamse steden en gemeenten",
        "Maak een vergelijking van de parkeertarieven in Gent, Antwerpen en Leuven voor een bezoekersparkeerbeleid.",
    ),
    (
        "JSON zonder persoonsgegevens",
        "Valideer deze JSON:\n"
        '{"order": "ORD-2026-00871", "status": "verzonden", "items": 3, "totaal": 149.85, "valuta": "EUR"}',
    ),
    (
        "rooster met diensten",
        "Maak een rooster voor december: vroege dienst 7:00-15:30, late dienst 15:00-23:30, nachtdienst 23:00-7:30. Vier teams, elk team maximaal vijf nachten achter elkaar.",
    ),
    (
        "woordenlijst met achternaam-achtige woorden",
        "Wat is het verschil tussen een bakker, een visser en een smid in de Middeleeuwen? Leg het uit voor groep 5.",
    ),
    (
        "ziekenhuisafdelingen",
        "Schrijf een interne nieuwsbrief over de verhuizing van de afdeling cardiologie naar gebouw B, verdieping 3. Start 15 maart.",
    ),
    (
        "subnet-notatie zonder host",
        "Wat betekent /24 in een subnetmasker en hoeveel hosts passen er in een /26? Leg het uit zonder voorbeeldadressen.",
    ),
    (
        "bedrijfsnamen van notarissen",
        "Wij zoeken een notariskantoor voor een statutenwijziging. Vergelijk de tarieven die we kregen van twee kantoren: € 1.150 en € 1.390 excl. btw.",
    ),
    (
        "verkeersbord en wegnummers",
        "Waarom staat er file op de A12 tussen knooppunt Gouwe en Gouda, en is de N11 een goed alternatief?",
    ),
    (
        "git-commando's",
        "Wat doen deze commando's?\ngit fetch origin\ngit rebase origin/main\ngit push --force-with-lease",
    ),
    (
        "cao-loonschalen",
        "Zet de loonschalen 6 tot en met 9 uit de cao VVT 2026 in een tabel, met begin- en eindbedrag per maand.",
    ),
    (
        "schoolvakken en groepen",
        "Maak een weekplanning voor groep 7: rekenen op maandag en woensdag, begrijpend lezen op dinsdag, topografie van Europa op donderdag.",
    ),
    (
        "makelaar algemene tekst",
        "Schrijf een woningadvertentie voor een tussenwoning uit 1965 in een kindvriendelijke wijk, 112 m², energielabel C, vraagprijs € 389.000 k.k.",
    ),
    (
        "verzekeringsvoorwaarden",
        "Wat is het verschil tussen WA, WA-beperkt casco en allrisk? Geef per soort een voorbeeld van schade die wel en niet gedekt is.",
    ),
    (
        "Excel-formule",
        "Welke formule telt in kolom C alle bedragen boven de 500 waarbij in kolom A 'Utrecht' staat? Ik gebruik Excel 365.",
    ),
    (
        "bekende straatnamen als look-alike",
        "Hoeveel straten in Nederland heten Willem de Zwijgerlaan of Johan de Wittstraat? Waarom zijn die namen zo populair?",
    ),
    (
        "Belgische instanties",
        "Wat is het verschil tussen de RVA, de RSZ en het RIZIV? Leg het uit voor een nieuwe collega op de personeelsdienst.",
    ),
    (
        "placeholder in template",
        "Vul dit sjabloon verder aan: 'Beste {voornaam}, hierbij ontvang je factuur {factuurnummer} van {datum}. Met vriendelijke groet, {afzender}'",
    ),
    (
        "IBAN-formaat uitleg zonder nummer",
        "Uit hoeveel tekens bestaat een Nederlands IBAN en wat betekenen de controlegetallen? Geef geen voorbeeldnummer, alleen de opbouw.",
    ),
    (
        "hash en commit",
        "Wat betekent 'detached HEAD at 4f2a9c1' en hoe kom ik terug op mijn branch feature/facturatie-v2?",
    ),
    (
        "sportclub met plaatsnaam",
        "Schrijf een stukje voor de clubkrant over de promotie van het eerste elftal van VV Heerenveense Boys naar de hoofdklasse.",
    ),
    (
        "dierennamen en merken",
        "Bedenk vijf namen voor ons nieuwe interne ticketsysteem, iets in de stijl van Bol, Coolblue of Picnic.",
    ),
    (
        "medische termen zonder patiënt",
        "Leg in eenvoudige woorden uit wat COPD GOLD 3 betekent en waarom saturatie onder de 90% zorgwekkend is.",
    ),
    (
        "Teams-chat zonder namen",
        "Vat deze chat samen:\n"
        "[10:02] Planning: de levering is verschoven naar woensdag\n"
        "[10:04] Magazijn: dan schuiven we de inventaris door\n"
        "[10:05] Planning: prima, nieuwe datum staat in de agenda",
    ),
    (
        "certificaat en poort",
        "Onze website geeft 'NET::ERR_CERT_DATE_INVALID'. Het certificaat is van Let's Encrypt en nginx luistert op poort 443. Wat kan ik controleren?",
    ),
    (
        "inventaris met serienummers",
        "Maak een inventarislijst: laptop Dell Latitude 5440 (serie CN-0X4T7P), monitor HP E24 G5, docking WD19S. Afdeling: financiën, 3e verdieping.",
    ),
]

LABELLED: list[tuple[str, str, str]] = TEXTS


def _iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1


def _bsn_ok(value: str) -> bool:
    d = re.sub(r"\D", "", value)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return total % 11 == 0


def _be_national_ok(value: str) -> bool:
    d = re.sub(r"\D", "", value)
    if len(d) != 11:
        return False
    base, check = d[:9], int(d[9:])
    return check in (97 - int(base) % 97, 97 - int("2" + base) % 97)


def check_texts() -> None:
    """Each labelled text has a mark, every mark is of a known kind, no benign text has a mark, and every card, IBAN, BSN and national number is valid."""
    problems: list[str] = []
    for lang, shape, marked in LABELLED:
        if lang not in ("nl", "en"):
            problems.append(f"unknown language {lang!r} in {shape}")
        marks = list(MARK.finditer(marked))
        if not marks:
            problems.append(f"no mark in {shape}")
        rest = MARK.sub("", marked)
        if "[[" in rest or "]]" in rest:
            problems.append(f"broken mark in {shape}")
        for m in marks:
            kind, value = m.group("kind"), m.group("value")
            if kind not in KINDS:
                problems.append(f"unknown kind {kind} in {shape}")
            if value != value.strip():
                problems.append(f"value with outer space {value!r} in {shape}")
            if kind == "CREDIT_CARD":
                digits = re.sub(r"\D", "", value)
                if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                    problems.append(f"card {value!r} fails Luhn in {shape}")
            elif kind == "IBAN_CODE" and not _iban_ok(value):
                problems.append(f"IBAN {value!r} fails mod 97 in {shape}")
            elif kind == "NL_BSN" and not _bsn_ok(value):
                problems.append(f"BSN {value!r} fails the 11-proof in {shape}")
            elif kind == "BE_NATIONAL_ID" and not _be_national_ok(value):
                problems.append(f"national number {value!r} fails mod 97 in {shape}")
    for shape, text in BENIGN:
        if "[[" in text or "]]" in text:
            problems.append(f"mark in benign text {shape}")
    if problems:
        sys.exit("\n".join(problems))


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, KINDS, check_texts)


if __name__ == "__main__":
    sys.exit(main())

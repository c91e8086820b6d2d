"""An unseen probe of ordinary Dutch and Flemish prompts as office workers type them into an AI chat,
with every kind of personal data and secret the proxy masks, scored once.

    python bench/unseen_nl_prompts.py [--misses]

Written on 2026-12-07 (thirteenth session) by a different author than the engine's rules, who read
none of the rules nor the other corpora; all texts and marks were written in full before the engine
first ran on them, and were not changed after that run.

124 labelled texts (all "nl": Dutch from the Netherlands and Flemish from Belgium, about a third
Flemish) with 393 marked values, and 40 benign texts. The requests are the everyday ones: write or
answer a mail, minutes from notes, a complaint to rewrite, an appraisal to prepare, a reference, a
CRM note to clean, a customer list to lay out, code or config to debug, a message to translate, a
support ticket, an HR file, and client files from care, the municipality and social services
(OCMW), law firms, insurers, bookkeeping, schools, housing associations, logistics and recruitment.
Shapes: terse and long requests, lower case and typos, first-person narration, pasted mail threads
with headers and signatures, Teams and WhatsApp chats with timestamps, CSV with ";", Markdown
tables, JSON records, form fields ("Naam: ..."), bulleted notes, .env, YAML, appsettings, PHP,
Python, curl, git remotes, an AWS credentials file, a PEM key, iptables and an access log.
Kinds: PERSON 200, PHONE_NUMBER 42, LOCATION 27, EMAIL_ADDRESS 24, IBAN_CODE 23 (NL, BE, DE),
SECRET 20, DATE_OF_BIRTH 20, NL_BSN 9, IP_ADDRESS 8, BE_NATIONAL_ID 8, CREDIT_CARD 5,
PASSPORT_NUMBER 4, DRIVER_LICENSE 3. Names: full names with tussenvoegsels and Flemish particles,
first names alone made a person by the sentence ("Daan van de receptie", "Hoi Lotte,", "groetjes,
Bram"), surnames after a title (mevrouw, dhr., mr., dr., meneer, juf; only the name marked),
initials with a surname, names in lower case and in capitals (surname first in exports), "Bakker,
P." in a list, double surnames, names of Turkish, Moroccan, Surinamese, Antillean, Polish, Syrian,
Eritrean, Chinese, Indonesian/Moluccan, Ghanaian and German origin, first names that are words
(Roos, Fleur, Sterre, Storm, Lente, Dewi, Zon, Mees, Merel, Noor) and rare surnames. Values were
drawn with seeds 5151-5155 (BSNs pass the 11-test, rijksregisternummers mod 97 with the 2-prefix
after 1999, IBANs mod 97, cards Luhn; check_texts verifies them), names and addresses invented.
Decisions: every occurrence of a value is marked, exactly its characters; a full address is one
LOCATION value (a street or a city alone is not marked); a date counts as DATE_OF_BIRTH only where
the text says it is one; for a password only the value is marked, for a PEM key the whole block,
for AWS both the access key id and the secret key; a name inside an e-mail address is only the
EMAIL_ADDRESS; company names made of a surname are left unmarked. The 40 benign texts hold no
personal data or secret, with traps: shops, brands, museums, stadiums, schools, hospitals and
streets named after people, historical figures in a history lesson, capitalised weekdays and
months, first-name words in lower case (roos, storm, zon, fleur), order numbers and a nine-digit
number that fail the 11-test, an invoice with KvK and btw-nummer, a Belgian ondernemingsnummer,
tracking numbers, a commit hash, a UUID, a SHA256, a driver version shaped like an IP address,
dates that are no birth dates, prices, ${DB_PASSWORD} and JOUW_API_SLEUTEL placeholders, and a
password policy without a password.

First run (2026-12-07, on the engine of 6effe20, the session's start; the author's run saw the same
figures, with an uncommitted first-name list then in the working tree): PERSON 0.920 (184/200),
EMAIL_ADDRESS 1.000 (24/24), PHONE_NUMBER 1.000 (42/42), LOCATION 0.963 (26/27), NL_BSN 1.000
(9/9), BE_NATIONAL_ID 1.000 (8/8), IBAN_CODE 1.000 (23/23), CREDIT_CARD 1.000 (5/5),
DATE_OF_BIRTH 1.000 (20/20), PASSPORT_NUMBER 1.000 (4/4), DRIVER_LICENSE 1.000 (3/3), IP_ADDRESS
1.000 (8/8), SECRET 0.900 (18/20); all 0.952 (374/393), any-type 0.952 (374/393); benign texts
with a finding of a marked type: 6/40. (The author's first invocation stopped on a division by zero
in dev_marks.red_team's per-language line for the empty English tally; red_team now skips a
language without values, and the figures per kind were the same in both invocations.)

Misses by shape: the 16 PERSON misses are names the sentence alone makes a person: names of
Eritrean, Moluccan, Antillean and Chinese origin after "voor", "aan", "cliënt", "Mijn naam is" (only the
first name "Yonas" of "Yonas Habte" found, too little to count), Flemish full names in running
text ("Elke Vanderstraeten", "Joke De Smedt"), a rare first name that is a word with a surname
("Zon Kuijsten"), initials with a surname after "rekeninghouder", a short first name alone in a
list or after a role ("back-up: Henk", "buddy ... is Sam"), a first name repeated after its full
name was found, one lower-case first name among two that were found, a surname after "fam.", and
one row of a Flemish capitals export with a particle surname first ("VAN PRAET SOFIE", while the
two other rows were found). The LOCATION miss is a Belgian address with a "71/0201" box number
(the street was taken for a PERSON). The two SECRET misses are passwords in chat prose without a
"wachtwoord:" label or "wachtwoord ... is": "admin / <password>" in a Teams line and
"gewijzigd naar <password>". Benign findings: eponymous places and brands as PERSON (Van Gogh
Museum, the Jordaan, Jan Pieterszoon Coenplein, Douwe Egberts, Tony's Chocolonely, Máxima MC), a
historical figure in a history lesson (Willem van Oranje; arguable), and a Belgian
ondernemingsnummer "0417.497.106" as PHONE_NUMBER. Unscored false positives inside labelled texts:
"NAS" and "Tiensestraat" as PERSON, and "ilse klagen" (a verb taken into a name).
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_marks import luhn_ok, red_team_command  # noqa: E402

MARK = re.compile(r"\[\[(?P<kind>\w+):(?P<value>.+?)\]\]", re.S)
KINDS = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "LOCATION",
    "NL_BSN",
    "BE_NATIONAL_ID",
    "IBAN_CODE",
    "CREDIT_CARD",
    "DATE_OF_BIRTH",
    "PASSPORT_NUMBER",
    "DRIVER_LICENSE",
    "IP_ADDRESS",
    "SECRET",
)

PEM = """-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQBUyfH2NscnZ3QB
0YzWcxYCNDpIKRriMNNRoDIBlc3hv23OEG/1VYE0virl+qhZ41HXZxyTo2bo+ZQC
ulNq7G1U5ovvGOnX9P4U5kpAsL6FTXLTk4qAwsrfMVRUEn2RYygVgLJ6EHD5RMi4
KtVPEETfcEUm6EWW9G2K8g5Q+Af+rgYSkvgd7XKBPL14KlF6Njk//6uz6YtIWFtu
80oXaq4eUpbVI+kKTw/457Y3+JuZuWNGbsFXcyZkkptJEfrCQg/Nyea1ay3fEMJk
QioocqyptmZnjYO08/PvG9TP+7jNFI78T3bAFvftzbqDpFxAx8dLkk43jdazS5zb
cUV2Y/IEZ4YVsL83HhkQZikc8/GGEWrZgJkEZrNqtilBf2S4a7kEuRVLG3ixlWNq
rUpphqTrzdlzgb4Cbo2Qkm7T/OH2AEJvjr8Dl8iaTOxvTZUuE5xBFz8qPEWJeLnh
hIMlnXwhHh4h9jc9xMuCqi9Yyc8517QEvIu2JveNGItu+VXYMEVYwxSy6P6KKNb2
BeTvtTVEPNYwlx6AbgKAvZxXjBwfG+AiQa8v7LPVDwTLpp5B7tyGYHZMlQfBKS10
apV/CQlMuqgmfFXyX4xrcGsHzTjISVHLKU2GGSY7CLp/fHXJ8OejziIkLlOGQn8t
Ix8QnawIMCgSosXFvJ6Eea8ZUB/DjjoKHE8vVBirWKbNo/RDxpV/FlBxf9h1KTD7
E/Jb3XQQv4UNhk5whO/g8Fe/63uycw==
-----END PRIVATE KEY-----"""

# fmt: off
# (language, shape, text with marked values)
LABELLED: list[tuple[str, str, str]] = [
    # -- e-mail: opstellen en beantwoorden ------------------------------------------------------------
    ("nl", "mail request terse lower case", "schrijf een korte mail aan [[PERSON:joris de wit]] dat de offerte pas vrijdag komt, zijn mail is [[EMAIL_ADDRESS:joris.dewit@bouwbedrijfdewit.nl]]. beleefd maar niet te slijmerig"),
    ("nl", "pasted mail thread with header", """Kun je hier een nette reactie op schrijven? Ik wil voorstellen om de afspraak naar donderdag te verplaatsen.

Van: [[PERSON:Sanne van der Linden]] <[[EMAIL_ADDRESS:s.vanderlinden@kpnmail.nl]]>
Verzonden: maandag 3 november 2025 08:47
Aan: Planning Keukenmontage
Onderwerp: RE: afspraak keukenmonteur

Goedemorgen,

Dinsdag kan ik helaas niet, dan moet ik met mijn moeder naar het ziekenhuis. Kan de monteur ook later in de week? Ik ben overdag bereikbaar op [[PHONE_NUMBER:06-41873295]].

Groet,
[[PERSON:Sanne]]"""),
    ("nl", "flemish pasted complaint mail with signature", """Kunt ge een antwoord opstellen op onderstaande mail van een huurder? Vriendelijk maar duidelijk dat we de waarborg pas vrijgeven als de schade aan de parketvloer is opgemeten.

---
Beste,

Ik heb op 30 september de sleutels van het appartement aan de [[LOCATION:Lange Nieuwstraat 8, 2000 Antwerpen]] afgegeven en nog altijd niets teruggekregen van mijn huurwaarborg. Gelieve het bedrag terug te storten op [[IBAN_CODE:BE24 9517 7921 3438]].

Met vriendelijke groeten,
[[PERSON:Lieve Van den Broeck]]
[[PHONE_NUMBER:0478 12 93 45]]"""),
    ("nl", "mail request title with surname", "Help me een mail te schrijven aan mevrouw [[PERSON:Jansen]] van de ouderraad. Ze wil de schoolreis naar de Efteling verplaatsen maar de bus is al betaald. Toon: vriendelijk, wel duidelijk. Ondertekenen met mijn naam, [[PERSON:Merel Kwakernaak]], leerkracht groep 6b."),
    ("nl", "formal mail to lawyer", "Stel een formele mail op aan mr. [[PERSON:El Idrissi]] ([[EMAIL_ADDRESS:y.elidrissi@elidrissi-advocaten.nl]]) met het verzoek om uitstel van de termijn in de zaak van onze cliënt [[PERSON:Hüseyin Demir]]. Reden: het rapport van de medisch adviseur, dr. [[PERSON:Visser]], is nog niet binnen."),
    ("nl", "out of office first name and colleague", "maak een afwezigheidsmelding: ik ben weg van 22 dec t/m 5 jan. voor dringende zaken kunnen ze bellen met [[PERSON:Daan]] van de receptie op [[PHONE_NUMBER:020-6281947]] of mailen naar mijn collega [[PERSON:Noor Hettinga]] ([[EMAIL_ADDRESS:noor.hettinga@tjoelker-installatie.nl]])"),
    ("nl", "rejection mail candidate", "Kun je een afwijzingsmail schrijven voor [[PERSON:Rinaldo Sitaldin]]? Hij solliciteerde op de vacature magazijnmedewerker maar we hebben gekozen voor iemand met een heftruckcertificaat. Zijn mail: [[EMAIL_ADDRESS:rinaldo.sitaldin@gmail.com]]. Wel vermelden dat we zijn cv 6 maanden bewaren als hij dat goedvindt."),
    ("nl", "flemish mail to shorten", """Maak deze mail wat korter en professioneler aub:

Dag [[PERSON:Wout]],

zoals besproken aan de telefoon stuur ik u hierbij de gegevens van de nieuwe werfleider zodat ge hem kunt toevoegen aan de WhatsApp-groep van de werf in Zulte. Het gaat om [[PERSON:Kobe Peeters]], gsm [[PHONE_NUMBER:+32 472 58 31 06]]. Hij start maandag. Mochten er nog vragen zijn, laat maar iets weten.

Mvg
[[PERSON:Annelies Wauters]]
Projectcoördinator
T [[PHONE_NUMBER:09 225 18 73]]"""),
    ("nl", "condolence mail dhr and first name", "Ik moet een condoleancemail sturen aan onze klant dhr. [[PERSON:Bakker]], zijn vrouw [[PERSON:Ria]] is vorige week overleden. We werken al 20 jaar met ze samen. Niet te zwaar, wel persoonlijk."),
    ("nl", "reply to quoted mail with address", """Beantwoord deze mail, bevestig dat we het adres hebben aangepast:

> Goedemiddag, per 1 december woon ik op [[LOCATION:Oudegracht 231 bis, 3511 NK Utrecht]]. Wilt u de nieuwe pas daarheen sturen? Mijn klantnummer is 88120457.
> Vriendelijke groet, [[PERSON:Thijmen Koster]]"""),
    ("nl", "mail to bank initials", "schrijf een mail naar de bank dat er een onbekende incasso is afgeschreven van mijn rekening [[IBAN_CODE:NL59INGB7301115723]], bedrag 89,95 van een bedrijf dat ik niet ken. naam rekeninghouder [[PERSON:A.M. Kok]]. ik wil het terug laten boeken"),
    ("nl", "first person narration invitation", "mijn collega [[PERSON:Fleur]] vroeg of ik de uitnodiging voor de kerstborrel kon schrijven. Iedereen moet zich aanmelden bij [[PERSON:Sterre]] ([[EMAIL_ADDRESS:sterre.bruinsma@hoogeveen-installatie.nl]]) voor 12 december, ook dieetwensen doorgeven. Kun je er een leuke tekst van maken met een beetje humor?"),

    # -- notulen, Teams, WhatsApp --------------------------------------------------------------------
    ("nl", "teams chat with timestamps and password", """kun je hier actiepunten uit halen?

[09:02] [[PERSON:Joost Olthof]]: morgen allen, wie pakt vandaag de storing op de server bij de klant in Deventer op?
[09:04] [[PERSON:Büşra Kaya]]: ik kan na 11en, moet eerst nog bellen met mevrouw [[PERSON:Stuivenberg]] over de facturen
[09:05] [[PERSON:Joost Olthof]]: top. de inlog van de NAS staat in de kluis, anders vraag even aan [[PERSON:Mees]]
[09:07] [[PERSON:Mees Zwanenburg]]: die is admin / [[SECRET:Nas!Deventer2024]] maar graag daarna wijzigen 🙏"""),
    ("nl", "whatsapp export care team", """vat dit even samen voor het teamoverleg, alleen de afspraken:

[12-11-25 07:41:13] [[PERSON:Lente de Bruijn]]: Ik ben ziek, koorts. Kan iemand mijn ochtendroute overnemen?
[12-11-25 07:43:50] [[PERSON:Ashwin Ramdin]]: ik doe de eerste 4 adressen
[12-11-25 07:44:02] [[PERSON:Ashwin Ramdin]]: mevr [[PERSON:de Haan]] op de [[LOCATION:Kastanjelaan 3, 5616 LZ Eindhoven]] moet om 8u insuline
[12-11-25 07:46:19] [[PERSON:Storm]]: rest doe ik. beterschap [[PERSON:Lente]]!!"""),
    ("nl", "bulleted notes to minutes", """Maak van deze aantekeningen nette notulen (formeel, wij-vorm):

- aanwezig: [[PERSON:J. de Graaf]] (vz), [[PERSON:Fatma Yıldız]], [[PERSON:Pieter Schuttelaar]], [[PERSON:Dewi Tahapary]] (notulist)
- afwezig m.k.: [[PERSON:Hendrik-Jan IJzerman]]
- begroting 2026: [[PERSON:Pieter]] past de post onderhoud aan, +12k
- [[PERSON:dewi]] stuurt de uitnodiging ALV naar de leden
- VvE [[LOCATION:Zeestraat 62A, 2518 AD Den Haag]]: lekkage dakterras, offerte dakdekker aangevraagd
- volgende verg. 14 jan 19:30"""),
    ("nl", "summary request with contact", "samenvatten in 3 bullets pls: gesprek met [[PERSON:Yonas Habte]] over zijn inburgering, hij wil graag sneller aan het werk in de bouw maar zijn taalniveau is A2. contactpersoon bij Vluchtelingenwerk is [[PERSON:Marloes]] ([[PHONE_NUMBER:06 2817 4460]])"),
    ("nl", "flemish school meeting report", """maak een kort verslag van het MDO voor het leerlingendossier:
leerling: [[PERSON:Kato Vermeersch]], 3de leerjaar
aanwezig: juf [[PERSON:Griet]], CLB-medewerker [[PERSON:Nathalie Dewulf]], de ouders
- lezen gaat beter sinds de logo, rekenen blijft moeilijk
- vermoeden van dyscalculie, CLB onderzoekt verder
- mama vraagt om het verslag te mailen naar [[EMAIL_ADDRESS:an.vermeersch@telenet.be]]"""),
    ("nl", "on-call list to table", """herschrijf dit als een nette bereikbaarheidslijst voor het weekend (tabel):
za [[PERSON:Tomasz Nowak]] [[PHONE_NUMBER:+31 6 5390 2718]]
zo [[PERSON:Katarzyna Wiśniewska]] [[PHONE_NUMBER:0031 6 19283746]]
back-up: [[PERSON:Henk]] [[PHONE_NUMBER:0638172946]]"""),
    ("nl", "phone note for care file with typos", "kun je dit netjes maken voor in het dossier. tel gesprek met dhr [[PERSON:Ouali]], zoon van client. vader is gevallen en ligt in het Maasstad. zoon wil dat wij thuiszorg opstarten na ontslag. terugbellen op [[PHONE_NUMBER:010 - 412 87 33]] na 17u. vader: [[PERSON:Mohamed Ouali]], geb. [[DATE_OF_BIRTH:04-02-1948]], BSN [[NL_BSN:563018410]] staat nog niet in ons systeem"),

    # -- klachten, klantenservice, supporttickets ------------------------------------------------------
    ("nl", "angry complaint to rewrite", """Herschrijf deze klacht zodat hij minder boos klinkt, ik wil hem naar de directie van de woningcorporatie sturen:

Al 3 maanden schimmel in de badkamer!!! Niemand komt. Ik heb 5x gebeld. Mijn dochter heeft astma. Ik ben het zat.
[[PERSON:Samira Azzouzi]], [[LOCATION:Van Welderenstraat 88-2, 6511 MH Nijmegen]], huurdernummer 2019-44817"""),
    ("nl", "support ticket json", """Waarom faalt deze ticket-import? De API geeft 422 terug.

```json
{
  "ticket_id": "ZD-208841",
  "requester": {"name": "[[PERSON:Gerold Doelwijt]]", "email": "[[EMAIL_ADDRESS:g.doelwijt@ziggo.nl]]", "phone": "[[PHONE_NUMBER:+31654120987]]"},
  "subject": "Router valt steeds weg",
  "priority": "hoog",
  "tags": ["internet", "storing"],
  "created_at": "2025-11-18T09:14:00+01:00"
}
```"""),
    ("nl", "webshop double charge with card", "klant claimt dubbele afschrijving, kun je een antwoord schrijven? gegevens uit het systeem: naam [[PERSON:Ricardo Pinas]], bestelling 100284731, betaald met creditcard [[CREDIT_CARD:4993 4103 2255 4215]] (ja, een collega heeft het hele nummer in de notitie gezet...). in onze PSP zie ik maar 1 betaling."),
    ("nl", "flemish complaint to provider", "Help me een klacht te schrijven naar mijn internetprovider, ze hebben 3 maand te veel aangerekend. Mijn gegevens: [[PERSON:Pieter-Jan Vermeulen]], [[LOCATION:Tiensestraat 71/0201, 3000 Leuven]], rekeningnummer [[IBAN_CODE:BE09 3517 0675 7357]]. Ik wil het geld terug op die rekening."),
    ("nl", "helpdesk ticket with home ip", """ticket samenvatten voor de 2e lijn:
Melder: [[PERSON:Christel Van de Voorde]] (boekhouding)
Toestel: LT-0442
Probleem: VPN verbindt niet sinds de update, foutcode 809. Thuis-IP volgens haar: [[IP_ADDRESS:84.189.114.212]]. Heeft al opnieuw opgestart.
Bereikbaar op [[PHONE_NUMBER:0495/27.18.44]]"""),
    ("nl", "lower case customer with word surname", "klant is boos want pakket niet ontvangen, zegt dat ze thuis was. kun je n excuusmail maken. naam: [[PERSON:fenna bloem]], adres klopte wel: [[LOCATION:Paterswoldseweg 340, 9727 BX Groningen]]"),
    ("nl", "travel agency passport in capitals", "Kun je de klant antwoorden dat we zijn paspoortgegevens hebben doorgezet naar de luchtvaartmaatschappij? Hij stuurde: paspoortnummer [[PASSPORT_NUMBER:NW7K38LP2]], geldig tot 2031, naam zoals in het paspoort [[PERSON:HAGENDOORN Sebastiaan Willem]]. Graag kort en zakelijk."),
    ("nl", "cancellation letter birth date", "Schrijf een opzegbrief voor mijn sportschoolabonnement. Lidnummer 000457812, naam [[PERSON:Zeynep Aydın]], geboortedatum [[DATE_OF_BIRTH:17-08-1994]]. Ze schrijven elke maand af van [[IBAN_CODE:NL92 RABO 3981 5847 53]] en dat moet per 1 januari stoppen."),
    ("nl", "flemish energy ticket with rrn", "Vat dit ticket samen: klant [[PERSON:Victor De Rycke]] belde ivm de jaarafrekening, meter verkeerd opgenomen. Adres: [[LOCATION:Brugsesteenweg 412, 8500 Kortrijk]]. RRN [[BE_NATIONAL_ID:75.08.24-139.93]]. Terugbellen op [[PHONE_NUMBER:0032 486 41 72 90]] tussen 12 en 13u."),

    # -- HR: beoordeling, referentie, dossier, verzuim ---------------------------------------------------
    ("nl", "appraisal preparation lower case", "ik heb morgen een beoordelingsgesprek met [[PERSON:Thijs Ophorst]] (senior accountmanager). hij haalt zijn targets niet (68%), komt vaak te laat, maar klanten zijn gek op hem. help me het gesprek op te bouwen, ik wil dat hij een verbetertraject ingaat zonder dat hij meteen afhaakt"),
    ("nl", "reference letter with title and initials", "Schrijf een referentie voor [[PERSON:Roos Kleefstra]], ze werkte 4 jaar bij ons als doktersassistente. Zeer nauwkeurig, goed met oudere patiënten, altijd rustig aan de telefoon. Ik ben dr. [[PERSON:A. Wubbolts]], huisarts in Drachten, ze mogen me bellen op [[PHONE_NUMBER:0512 528764]]."),
    ("nl", "hr form fields to table", """Zet dit om naar een nette tabel voor het personeelsdossier:

Achternaam: [[PERSON:BOUKHARI]]
Voornamen: [[PERSON:Nadia Fatiha]]
Geboortedatum: [[DATE_OF_BIRTH:12-06-1991]]
BSN: [[NL_BSN:402047205]]
Adres: [[LOCATION:Bilderdijkstraat 45 III, 1053 KM Amsterdam]]
IBAN: [[IBAN_CODE:NL69ABNA1787076587]]
Functie: medewerker loonadministratie
In dienst: 01-09-2025
Noodcontact: [[PERSON:Karim Boukhari]] (broer) [[PHONE_NUMBER:06-19876254]]"""),
    ("nl", "sick leave report double surname", "Schrijf een verslag voor de bedrijfsarts. Medewerker [[PERSON:Marieke Jansen-de Boer]] is sinds 3 oktober ziek gemeld met burn-outklachten. Eerste gesprek gehad, ze wil eerst 2 weken rust. Ik wil geen medische details in het verslag, alleen de afspraken."),
    ("nl", "candidates csv semicolons", """zet deze kandidaten in een Markdown-tabel, gesorteerd op beschikbaarheid:

naam;email;telefoon;beschikbaar
[[PERSON:Emre Yılmaz]];[[EMAIL_ADDRESS:emre.yilmaz94@hotmail.com]];[[PHONE_NUMBER:06-24817359]];per direct
[[PERSON:Shanti Jagessar]];[[EMAIL_ADDRESS:shantij@live.nl]];[[PHONE_NUMBER:+31 6 38 27 19 40]];1 feb
[[PERSON:Paweł Zieliński]];[[EMAIL_ADDRESS:pawel.zielinski@wp.pl]];[[PHONE_NUMBER:0031 6 47261938]];2 weken opzegtermijn"""),
    ("nl", "flemish c4 question", "Ik moet een C4 opmaken voor [[PERSON:Jan Van Hove]], hij stopt eind deze maand (einde contract). Welke gegevens heb ik nog nodig? Ik heb al: RRN [[BE_NATIONAL_ID:87101109913]], geboortedatum [[DATE_OF_BIRTH:11/10/1987]], in dienst sinds 01/03/2021, arbeider PC 124."),
    ("nl", "welcome letter simple language", "Stel een begeleidende brief bij de arbeidsovereenkomst op voor [[PERSON:Senait Tesfay]], start 1 januari als schoonmaakmedewerker, 24 uur per week. Het loon wordt gestort op [[IBAN_CODE:NL14 SNSB 4225 9552 56]]. Graag in eenvoudige taal (B1), ze leert nog Nederlands."),
    ("nl", "pasted message salutation first name", "maak dit bericht wat vriendelijker voor ik het verstuur:\n\nHoi [[PERSON:Lotte]], je hebt de sleutel van het archief nog steeds niet teruggebracht. Dat moest vorige week al. Graag morgen voor 9u bij [[PERSON:Hans]] afgeven. Groetjes, [[PERSON:Bram]]"),
    ("nl", "feedback with lower case first names", "kun je deze feedback herschrijven zodat het constructiever klinkt? '[[PERSON:sander]] doet zn werk half, ik moet alles van hem nalopen en [[PERSON:bart]] en [[PERSON:ilse]] klagen ook over hem'"),
    ("nl", "wage garnishment dotted bsn", "We hebben een loonbeslag ontvangen van de deurwaarder voor medewerker [[PERSON:R.J. Tjoelker]] (BSN [[NL_BSN:3355.01.692]]). Kun je een brief opstellen aan de medewerker dat we vanaf december € 312,40 per maand inhouden en doorbetalen aan de deurwaarder?"),
    ("nl", "welcome mail with temporary password", "Maak een welkomstmail voor onze nieuwe collega [[PERSON:Ruben Hoogeveen]]. Zijn account is r.hoogeveen, tijdelijk wachtwoord [[SECRET:Welkom#2025!rh]] (moet hij bij de eerste login wijzigen). Zijn buddy de eerste weken is [[PERSON:Sam]]."),
    ("nl", "driver form with licence number", """Controleer of dit formulier compleet is voor de chauffeurspool:
Naam: [[PERSON:Gijs Wubben]]
Rijbewijsnummer: [[DRIVER_LICENSE:5182746390]]
Categorie: C, CE
Code 95 geldig tot: 14-03-2027
Geboortedatum: [[DATE_OF_BIRTH:22-09-1979]]
Tel: [[PHONE_NUMBER:06 5127 3380]]"""),
    ("nl", "flemish recommendation letter", "Schrijf een aanbevelingsbrief voor onze stagiaire [[PERSON:Elke Vanderstraeten]]. Ze heeft 3 maanden bij ons op de dienst boekhouding gestaan en was super: zelfstandig, stipt, goed met Excel. Onderteken met [[PERSON:Bart Vercruysse]], zaakvoerder."),
    ("nl", "warning letter antillean names", "Mijn leidinggevende [[PERSON:Jurgen Martina]] wil een officiële waarschuwing geven aan [[PERSON:Shurwen Isenia]] omdat hij 3x zonder afmelden niet kwam opdagen. Kun je een brief opstellen die juridisch klopt?"),
    ("nl", "salary markdown table with ibans", """Kun je hier het gemiddelde salaris per afdeling uit berekenen?

| Naam | Afdeling | Bruto/mnd | IBAN |
|---|---|---|---|
| [[PERSON:Koen Verheij]] | Sales | 4.250 | [[IBAN_CODE:NL26TRIO5335344599]] |
| [[PERSON:Azra Stuivenberg]] | Sales | 3.980 | [[IBAN_CODE:NL46 ASNB 3284 4021 95]] |
| [[PERSON:Wei Zhang]] | IT | 5.100 | [[IBAN_CODE:NL42KNAB7129743686]] |
| [[PERSON:Ronny Pattiasina]] | IT | 4.700 | [[IBAN_CODE:NL38BUNQ9892442046]] |"""),
    ("nl", "exit interview summary", "Vat dit exitgesprek samen in max 5 punten: [[PERSON:Lotte Dijkman]] vertrekt na 6 jaar naar een concurrent, voornaamste reden is dat ze geen doorgroeimogelijkheden zag. Ze was wel positief over haar team en over [[PERSON:Gerrit]], haar teamleider. Ze wil in de toekomst misschien terugkomen."),

    # -- CRM-notities en klantenlijsten ---------------------------------------------------------------
    ("nl", "crm note lower case surname with particle", "schoon deze crm notitie op pls\n\n14/11 belde dhr [[PERSON:de gruijter]] (eigenaar bakkerij) ivm nieuwe oven, wil offerte voor 2 stuks. zijn vrouw [[PERSON:Senna]] doet de boekhouding, offerte mailen naar [[EMAIL_ADDRESS:senna@bakkerijdegruijter.nl]]. bellen na 14u want 's ochtends staan ze in de bakkerij. mob [[PHONE_NUMBER:06-20384756]]"),
    ("nl", "customer csv with addresses", """maak hier een nette tabel van met kolommen naam, plaats, telefoon

klantnr;naam;adres;tel;email
10021;[[PERSON:Bakker, P.]];[[LOCATION:Molenweg 9, 7741 KL Coevorden]];[[PHONE_NUMBER:0524-512873]];[[EMAIL_ADDRESS:p.bakker@hetnet.nl]]
10022;[[PERSON:Kuipers-Hettinga, J.]];[[LOCATION:Hoofdweg 112, 9621 AM Slochteren]];[[PHONE_NUMBER:0598-421907]];[[EMAIL_ADDRESS:jkuipers@ziggo.nl]]
10023;[[PERSON:Çelik, M.]];[[LOCATION:Prinses Irenestraat 19, 6131 ES Sittard]];[[PHONE_NUMBER:046-4518372]];[[EMAIL_ADDRESS:m.celik@gmail.com]]"""),
    ("nl", "json records to excel", """Schrijf een Python-script dat deze records naar Excel schrijft, één rij per klant:

[
  {"klant": "[[PERSON:Johanna Mudden]]", "geboortedatum": "[[DATE_OF_BIRTH:1958-11-03]]", "polisnr": "ZV-4471093", "iban": "[[IBAN_CODE:NL38INGB2011786999]]"},
  {"klant": "[[PERSON:Jayson Woudenberg-Boetet]]", "geboortedatum": "[[DATE_OF_BIRTH:1987-04-29]]", "polisnr": "ZV-4471120", "iban": "[[IBAN_CODE:NL91RABO6383855634]]"}
]"""),
    ("nl", "flemish cash register export capitals", """Kan je deze export uit ons kassasysteem omzetten naar een mailinglijst (alleen naam en e-mail)?

KLANT | GSM | E-MAIL
[[PERSON:VERSCHUEREN AMBER]] | [[PHONE_NUMBER:0479 31 22 85]] | [[EMAIL_ADDRESS:amber.verschueren@gmail.com]]
[[PERSON:VAN PRAET SOFIE]] | [[PHONE_NUMBER:0486 90 12 47]] | [[EMAIL_ADDRESS:sofie.vanpraet@telenet.be]]
[[PERSON:CLAEYS WOUT]] | [[PHONE_NUMBER:+32 497 28 64 13]] | [[EMAIL_ADDRESS:wout.claeys@proximus.be]]"""),
    ("nl", "crm update first names repeated", "update voor het crm: gesproken met [[PERSON:Puck van Eijk]] (inkoop) en haar manager [[PERSON:Vera Dijkgraaf]]. Ze twijfelen tussen ons en de concurrent. [[PERSON:Puck]] is positief, [[PERSON:Vera]] wil eerst referenties zien. Actie: referentiebezoek plannen bij een klant in Zwolle."),
    ("nl", "flemish pipeline markdown table", """Welke deals moeten we deze week nog opvolgen?

| contact | bedrijf | waarde | laatste contact |
|---|---|---|---|
| [[PERSON:Didier Colpaert]] | Bouwonderneming Colpaert | € 42.000 | 02/12 |
| [[PERSON:Ine Goossens]] | Drukkerij Goossens | € 8.500 | 14/11 |
| [[PERSON:Tibo Verheyen]] | Brouwerij Het Anker | € 19.900 | 28/11 |"""),
    ("nl", "birthday mail with birth date", "Maak een persoonlijke verjaardagsmail voor onze klant [[PERSON:Dana Bertho-Pratt]], ze wordt 50 (geboren [[DATE_OF_BIRTH:9 januari 1976]]), vaste klant sinds 2012 en ze houdt van Italiaanse wijnen. Kortingscode WIJN50 erin verwerken."),
    ("nl", "crm dedupe two records", """Zijn dit dezelfde klant? Zo ja, welke gegevens moet ik behouden?
record A: [[PERSON:Mohammed El Khatib]], [[EMAIL_ADDRESS:m.elkhatib@outlook.com]], [[PHONE_NUMBER:06-31559027]]
record B: [[PERSON:M. Elkhatib]], [[EMAIL_ADDRESS:mo.elkhatib@gmail.com]], [[PHONE_NUMBER:+31 6 31 55 90 27]]"""),

    # -- code en configuratie met geheimen --------------------------------------------------------------
    ("nl", "env file openai key", """Mijn Next.js app krijgt een 401 van OpenAI, dit is mijn .env.local, wat doe ik fout?

NEXT_PUBLIC_SITE_URL=http://localhost:3000
OPENAI_API_KEY="[[SECRET:sk-proj-rljBaDMpj23xlNfEBx8Z_yO0E7Fw4A4OyNUlcDXn63z1Q3sPT3BlbkFJrUgDBgRVa2anSxI54v9usp4WZbZrQGmgjhhFkEiGAKK731mm]]"
OPENAI_MODEL=gpt-4o-mini"""),
    ("nl", "docker compose password twice", """postgres container start niet, fout 'password authentication failed for user "app"'. compose:

```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: [[SECRET:Zomer2024!Vakantie]]
      POSTGRES_DB: facturatie
  api:
    build: .
    environment:
      DATABASE_URL: postgresql://app:[[SECRET:Zomer2024!Vakantie]]@db:5432/facturatie
```"""),
    ("nl", "python stripe key", """waarom krijg ik 'No such customer'? klant bestaat wel in het dashboard

```python
import stripe
stripe.api_key = "[[SECRET: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]]"
cust = stripe.Customer.retrieve("cus_Q8xT2LmN4pR7sV")
print(cust.email)
```"""),
    ("nl", "curl github token", "deze curl geeft 'Bad credentials', de token is net aangemaakt:\n\ncurl -H \"Authorization: token [[SECRET:ghp_9WyVGxycLwaYnPDiiEsbyWSwuS24a75xjgm9]]\" https://api.github.com/repos/acme-nl/webshop/issues"),
    ("nl", "appsettings connection string", """Kun je zien waarom de connectie naar Azure SQL faalt? Dit staat in appsettings.json:

"ConnectionStrings": {
  "Default": "Server=tcp:sql-facturen-prd.database.windows.net,1433;Initial Catalog=facturen;User ID=svc_facturen;Password=[[SECRET:Kl@ver7bl@d#2025]];Encrypt=True;"
}"""),
    ("nl", "wifi password in prose", "maak een welkomstbordje voor de wachtkamer met de wifi-gegevens: netwerk Gasten-Praktijk, het wachtwoord van de wifi is [[SECRET:Zonnebloem!88]]. ook iets erbij dat je je eerst bij de balie moet melden"),
    ("nl", "google maps key in html", "Kaart laadt niet, console zegt RefererNotAllowedMapError. Dit is de script-tag:\n\n<script src=\"https://maps.googleapis.com/maps/api/js?key=[[SECRET:AIzaDOMJ3iUZVvE5Q5lhIQTWzzV5EkLEtmRC4W4]]&callback=initMap\" async></script>"),
    ("nl", "azure storage connection string", "Logic App kan niet bij de blob container, is deze connection string goed?\n\nDefaultEndpointsProtocol=https;AccountName=stgdossiersprd;AccountKey=[[SECRET:mLTFGtaZi+oDkwuPqpvyLo8fGUAwGfOe56Ld7Z/uSZwwLoHLDWs6s70s7GRUVJKPxdin8AQ8rJnivZIZl88rOA==]];EndpointSuffix=core.windows.net"),
    ("nl", "aws credentials file", """[default]
aws_access_key_id = [[SECRET:AKIAREJJDPY4ZSXUE5UU]]
aws_secret_access_key = [[SECRET: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]]
region = eu-west-1

waarom pakt de aws cli dit bestand niet op onder WSL? het staat in C:\\Users\\Eigenaar\\.aws\\credentials"""),
    ("nl", "pem private key", "nginx start niet: 'PEM_read_bio_PrivateKey failed'. dit is mijn key file, klopt de opmaak?\n\n[[SECRET:" + PEM + "]]"),
    ("nl", "php mollie key", """Betalingen komen niet door in de webshop, iDEAL blijft hangen op 'open'. Stukje code:

$mollie = new \\Mollie\\Api\\MollieApiClient();
$mollie->setApiKey("[[SECRET:live_64qomBGmR3oVxT48OgmeWoyZzfsLtX]]");
$payment = $mollie->payments->create([...]);"""),
    ("nl", "git remote with gitlab token", "git push geeft 403, wat is er mis?\n\n$ git remote -v\norigin  https://oauth2:[[SECRET:glpat-CEDokwFsaVjywTs47FZ6]]@gitlab.com/wocoapps/huurdersportaal.git (fetch)\norigin  https://oauth2:[[SECRET:glpat-CEDokwFsaVjywTs47FZ6]]@gitlab.com/wocoapps/huurdersportaal.git (push)"),
    ("nl", "laravel env with ip", """Laravel geeft SQLSTATE[HY000] [2002] Connection timed out. .env:

DB_CONNECTION=mysql
DB_HOST=[[IP_ADDRESS:10.25.140.123]]
DB_PORT=3306
DB_DATABASE=shop
DB_USERNAME=webshop
DB_PASSWORD=[[SECRET:Tr4pp3nhuis_91]]"""),
    ("nl", "bearer jwt in request", "waarom krijg ik 401 terwijl de token nog geldig is?\n\nGET /api/v1/dossiers HTTP/1.1\nHost: portaal.example.nl\nAuthorization: Bearer [[SECRET:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NzExIiwicm9sZSI6Im1lZGV3ZXJrZXIiLCJpYXQiOjE3NjQ4NDAwMDAsImV4cCI6MTc2NDkyNjQwMH0.4BctezirSsJ7-neXKpNGUdbdKmt4VB4XS9O1wzOQTqg]]"),
    ("nl", "teams message with shared password", "schrijf een teams-bericht aan het team: het wachtwoord van de gedeelde planningsmailbox is gewijzigd naar [[SECRET:Planning#Q4-2025]], niet doorsturen per mail en niet op een post-it zetten. groetjes, [[PERSON:Bram]]"),
    ("nl", "iptables with office and home ip", "klopt deze iptables regel? ik wil alleen ons kantoor ([[IP_ADDRESS:213.75.94.106]]) en mijn thuis-ip [[IP_ADDRESS:81.237.13.209]] toelaten op ssh\n\n-A INPUT -p tcp -s [[IP_ADDRESS:213.75.94.106]] --dport 22 -j ACCEPT\n-A INPUT -p tcp -s [[IP_ADDRESS:81.237.13.209]] --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j DROP"),
    ("nl", "nginx access log line", "wat doet deze bezoeker? 20x per seconde dit in de log:\n\n[[IP_ADDRESS:192.119.150.242]] - - [21/Nov/2025:03:14:07 +0100] \"POST /wp-login.php HTTP/1.1\" 200 4523 \"-\" \"Mozilla/5.0\""),

    # -- vertalen -------------------------------------------------------------------------------------
    ("nl", "translate mail to english", """vertaal naar het Engels voor onze Britse leverancier:

Beste [[PERSON:Tom]],

De zending van week 49 is nog niet binnen. Onze contactpersoon in het magazijn is [[PERSON:Rachid Benali]], bereikbaar op [[PHONE_NUMBER:+31 (0)30 271 9485]]. Wil je hem de nieuwe leverdatum doorgeven?

Groet,
[[PERSON:Ilse Tjoelker]]"""),
    ("nl", "translate to polish first names", "Vertaal dit bericht naar het Pools voor [[PERSON:Tomasz]]: je rooster voor volgende week is aangepast, meld je maandag om 6 uur bij [[PERSON:Gert-Jan]] in hal 3."),
    ("nl", "translate letter to arabic", "Kun je deze brief vertalen naar het Arabisch? 'Beste meneer [[PERSON:Haddad]], uw afspraak bij het Werkplein is verplaatst naar dinsdag 9 december om 10:00. De nieuwe pas sturen wij naar uw adres [[LOCATION:Insulindeweg 204-2, 1094 PV Amsterdam]].'"),
    ("nl", "flemish translate to french", "Vertaal naar het Frans voor onze collega's in Namen: [[PERSON:Stijn Van Acker]] neemt vanaf maandag de dossiers van [[PERSON:Joke De Smedt]] over, zij is met moederschapsrust. Dringende vragen naar [[PERSON:Stijn]] op [[PHONE_NUMBER:02/513.84.20]]."),
    ("nl", "translate motivation letter birth date", "vertaal mijn motivatiebrief naar het engels, hij begint zo: 'Mijn naam is [[PERSON:Li Na Chen]], ik ben geboren op [[DATE_OF_BIRTH:3 juni 1998]] in Rotterdam en heb net mijn master Supply Chain afgerond.'"),

    # -- zorg -----------------------------------------------------------------------------------------
    ("nl", "referral letter patient header", """Maak van deze aantekeningen een verwijsbrief naar de cardioloog:

Patiënt: dhr. [[PERSON:W.H. Bruinsma]], geb. [[DATE_OF_BIRTH:14-03-1951]], BSN [[NL_BSN:627503044]]
S: sinds 2 wk drukkende pijn op de borst bij inspanning, verdwijnt in rust
O: RR 158/92, pols 84 regulair, ECG geen afwijkingen
E: verdenking stabiele angina pectoris
P: verwijzing cardiologie, start ascal 80 mg"""),
    ("nl", "care handover lower case names", "kan je dit omzetten naar een nette overdracht? mevr [[PERSON:van dijk]] (kamer 12) heeft vannacht slecht geslapen, dochter [[PERSON:ingrid]] komt om 14u en wil de arts spreken. dhr [[PERSON:yilmaz]] (kamer 14) heeft 38,6 koorts, arts is gebeld."),
    ("nl", "mental health intake", "Help me een intakeverslag te structureren. Cliënt: [[PERSON:Gerda Olthof-Zwart]], 52 jaar, verwezen door huisarts dr. [[PERSON:Kok]]. Klachten: somberheid en slaapproblemen sinds het overlijden van haar partner. Zorgverzekeraar CZ, polisnummer 204518736."),
    ("nl", "medication json from epd", """zet om naar een leesbare medicatielijst voor de patiënt:

{"patient": {"naam": "[[PERSON:Stefan Kuijpers]]", "bsn": "[[NL_BSN:970431673]]", "geboortedatum": "[[DATE_OF_BIRTH:1966-07-21]]"},
 "medicatie": [{"middel": "metoprolol", "dosering": "50 mg 1dd"}, {"middel": "atorvastatine", "dosering": "20 mg 1dd a.n."}]}"""),
    ("nl", "flemish discharge letter", "Kan je deze ontslagbrief vereenvoudigen voor de patiënt? Patiënt: [[PERSON:Ria Ramaekers]], RRN [[BE_NATIONAL_ID:88.02.03-946.50]], [[LOCATION:Kapelstraat 22, 3500 Hasselt]]. Opgenomen op de dienst orthopedie na een knieprothese, ontslag op 28/11, kiné 3x per week, controle bij dr. [[PERSON:Claes]] over 6 weken."),
    ("nl", "dental sms reminder", "maak een sms-herinnering van max 160 tekens voor [[PERSON:Bilal]], afspraak mondhygiënist do 11 dec 8:15. zijn nummer is [[PHONE_NUMBER:06 1998 3427]]"),
    ("nl", "physio report title double surname", "Schrijf een kort verslag aan de huisarts over mevrouw [[PERSON:Ramdin-Sewnath]] (geb. [[DATE_OF_BIRTH:02-11-1960]]): 9 behandelingen voor schouderklachten, bewegingsuitslag sterk verbeterd, nog pijn bij reiken boven het hoofd. Advies: thuisoefeningen voortzetten."),
    ("nl", "pharmacy question surinamese name", "een klant, [[PERSON:Sunita Mahabier]], vraagt of ze haar metformine mag combineren met een kuur prednison. kun je een antwoord in simpele taal opstellen dat ik kan doorsturen naar [[EMAIL_ADDRESS:s.mahabier@kpnplanet.nl]]? wel vermelden dat ze haar huisarts moet raadplegen"),

    # -- gemeente en sociaal domein ---------------------------------------------------------------------
    ("nl", "special assistance decision", "Help me een besluit te formuleren op een aanvraag bijzondere bijstand (wasmachine). Aanvrager: [[PERSON:Eyerusalem Gebremedhin]], BSN [[NL_BSN:354182729]], [[LOCATION:Insulindeweg 88-3, 1094 PM Amsterdam]]. Inkomen: Participatiewet, geen vermogen. Toekennen als lening van max € 450."),
    ("nl", "wmo notes lower case", "wmo gesprek dhr [[PERSON:hendriks]] 81 jr, woont alleen, trap wordt lastig, dochter [[PERSON:marja]] doet de boodschappen ([[PHONE_NUMBER:06-48213975]]). wil een traplift. maak er een gespreksverslag van"),
    ("nl", "debt overview client", """Maak een overzicht van de schulden van mijn cliënt voor het intakegesprek, gesorteerd op urgentie:
- Belastingdienst/Toeslagen € 2.340
- CJIB € 460
- energieleverancier € 890
- huurachterstand € 1.150
Cliënt: [[PERSON:Jerrel Wijngaarde]], BSN [[NL_BSN:733643620]], rekening [[IBAN_CODE:NL98INGB9896484075]]"""),
    ("nl", "flemish ocmw report", "Kan ge een verslag maken voor het Bijzonder Comité voor de Sociale Dienst? Cliënt [[PERSON:Ahmad Alhamwi]], Syrische nationaliteit, erkend vluchteling, RRN [[BE_NATIONAL_ID:96021650377]], woont met zijn gezin op [[LOCATION:Dorpsstraat 5, 9870 Zulte]]. Vraagt tussenkomst in de huurwaarborg."),
    ("nl", "lost passport report", "Een inwoner meldt zijn paspoort als vermist. Help me de melding op te stellen: naam [[PERSON:Joël Pieternella]], paspoortnummer [[PASSPORT_NUMBER:BH4R19TX6]], geboren [[DATE_OF_BIRTH:30-12-1985]] te Willemstad, vermoedelijk verloren in de trein."),
    ("nl", "youth care summary with bsn of child", """samenvatting voor het overleg met het wijkteam:
kind: [[PERSON:Noah Veldkamp]], BSN [[NL_BSN:951170892]], geb. [[DATE_OF_BIRTH:07-05-2017]]
moeder: [[PERSON:Chantal Veldkamp]], tel [[PHONE_NUMBER:06-57201934]]
school meldt veel verzuim, moeder zegt dat hij buikpijn heeft. huisarts nog niet bezocht."""),
    ("nl", "benefit letter eritrean name", "Schrijf een brief in eenvoudige taal aan [[PERSON:Merhawi Gebremedhin]]: zijn uitkering wordt vanaf januari gestort op het nieuwe rekeningnummer [[IBAN_CODE:NL07 RABO 5980 1158 89]] dat hij heeft doorgegeven. Als dat niet klopt moet hij binnen 2 weken bellen."),

    # -- advocatuur -------------------------------------------------------------------------------------
    ("nl", "flemish summons facts", "Zet de feiten op een rij voor de dagvaarding. Eiseres: [[PERSON:Griet Verbeke]], wonende te [[LOCATION:Sint-Pietersnieuwstraat 117 bus 3, 9000 Gent]], RRN [[BE_NATIONAL_ID:78.09.21-844.33]]. Verweerder: BV Immo Noord. Huurovereenkomst 01/09/2022, waarborg nooit op geblokkeerde rekening gezet."),
    ("nl", "liability letter indonesian name", "Schrijf een aansprakelijkstelling namens onze cliënt [[PERSON:Bayu Latuheru]] aan de verzekeraar van de tegenpartij. Aanrijding op 4 september op de rotonde bij Houten, tegenpartij reed door rood. Schade aan auto en whiplashklachten."),
    ("nl", "divorce covenant birth dates", "Check dit stukje convenant op fouten: 'Partijen, [[PERSON:Marco Rouwenhorst]], geboren op [[DATE_OF_BIRTH:8 mei 1979]] te Apeldoorn, en [[PERSON:Linda Rouwenhorst-Visser]], geboren op [[DATE_OF_BIRTH:21 februari 1981]] te Zwolle, hierna te noemen: partijen, komen het volgende overeen'"),
    ("nl", "legal intake with mr", "Intake-notitie opschonen: cliënt belde, naam [[PERSON:Fatima Ezzahra Bouzian]], tel [[PHONE_NUMBER:06 45 81 27 93]], ontslag op staande voet bij schoonmaakbedrijf. Zaak toewijzen aan mr. [[PERSON:Van Leeuwen]], eerste gesprek deze week."),

    # -- verzekeraar ------------------------------------------------------------------------------------
    ("nl", "claim summary neighbour", """Vat deze schademelding samen voor de expert:
Verzekerde: [[PERSON:H. Kleefstra]]
Polis: WA-8831042
IBAN voor uitkering: [[IBAN_CODE:NL88ABNA0816793781]]
Omschrijving: tijdens de storm is een dakpan op de auto van de buurman gevallen. Buurman: [[PERSON:Erik Zwanenburg]], tel [[PHONE_NUMBER:050 318 2745]]"""),
    ("nl", "stolen card and passport abroad", "klant belt vanuit Spanje, creditcard gestolen en paspoort ook weg. kaart [[CREDIT_CARD:5355 9774 3628 8954]], paspoort [[PASSPORT_NUMBER:NP2L5K8R4]]. naam [[PERSON:Sophie Dijkgraaf]]. schrijf een stappenplan voor haar (blokkeren, aangifte, noodpaspoort)"),
    ("nl", "car insurance licence number", "Maak een mail aan de klant dat we nog een kopie van zijn rijbewijs nodig hebben voor de schadeclaim. Wat hij telefonisch doorgaf: rijbewijsnummer [[DRIVER_LICENSE:4021839576]], naam [[PERSON:Finn Adryaens]]. Vriendelijk maar met deadline 15 december."),
    ("nl", "flemish travel insurance passport", "Een verzekerde vraagt terugbetaling van een geannuleerde reis. Gegevens: [[PERSON:Tine Wuyts]], RRN [[BE_NATIONAL_ID:04.10.14-192.56]], paspoort [[PASSPORT_NUMBER:EN784512]], terug te storten op [[IBAN_CODE:BE70 0103 1208 2225]]. Kan je een antwoord opstellen dat we het dossier behandelen?"),

    # -- boekhouding ------------------------------------------------------------------------------------
    ("nl", "payment reminder freelancer", "Maak een vriendelijke betalingsherinnering. Factuur 2025-0412, € 1.815,00, vervallen op 31-10. Graag betalen op [[IBAN_CODE:NL47 INGB 9461 9878 49]] t.n.v. [[PERSON:J.P. van Vliet]] (eenmanszaak). Contact bij vragen: [[EMAIL_ADDRESS:jp@vanvlietadvies.nl]]."),
    ("nl", "sepa batch csv", """waarom wordt deze SEPA-batch afgekeurd door de bank?

naam;iban;bedrag;omschrijving
[[PERSON:Ahmet Öztürk]];[[IBAN_CODE:DE20901257239283904036]];250,00;voorschot november
[[PERSON:Anna Kowalczyk]];[[IBAN_CODE:NL47RABO7666110484]];180,50;reiskosten
[[PERSON:Jeroen ter Horst]];[[IBAN_CODE:NL76ABNA0908770949]];1200,00;eindafrekening"""),
    ("nl", "flemish tax return mail", "Kan je een mail opstellen naar mijn klant dat zijn aangifte personenbelasting klaar is om te ondertekenen? Klant: [[PERSON:Walter Van Parys]], RRN [[BE_NATIONAL_ID:89.05.02-515.68]]. De terugbetaling komt op [[IBAN_CODE:BE61 0512 4881 6817]]. Ondertekenen met [[PERSON:Kristof]] van het kantoor."),
    ("nl", "expense claims with card", "zet mijn declaraties in een tabel: hotel Antwerpen € 189 (betaald met zakelijke creditcard [[CREDIT_CARD:5193-0779-4806-5713]]), trein € 34,20, lunch klant € 62,50, parkeren € 18. totaal graag onderaan"),
    ("nl", "payslip question spaced bsn", "Klopt mijn loonstrook? De loonheffing lijkt te hoog. Op de strook staat: [[PERSON:D.J. Kwakernaak]], BSN [[NL_BSN:736 671 742]], loonheffingskorting: nee, bruto € 3.420. Ik heb maar één werkgever."),

    # -- onderwijs --------------------------------------------------------------------------------------
    ("nl", "report card comments first names", """Schrijf rapportopmerkingen voor deze leerlingen, positief maar eerlijk:
- [[PERSON:Sterre]]: harde werker, rekenen blijft zwak
- [[PERSON:Mats]]: slim maar snel afgeleid
- [[PERSON:Yara El Ouazzani]]: veel gegroeid in lezen, mag meer durven
- [[PERSON:Dirk-Jan]]: goed in gym, werkt slordig"""),
    ("nl", "mail to parent about lateness", "Hoi, kun je een mail schrijven aan de moeder van [[PERSON:Milan Hettinga]]? Hij is deze maand al 3x te laat gekomen. Moeder: [[PERSON:Anouk Hettinga]], [[EMAIL_ADDRESS:anoukhettinga@gmail.com]]. Vriendelijk, en voorstellen om even te bellen."),
    ("nl", "class list csv birth dates", """maak een klassenlijst met leeftijd op 1 januari:

leerlingnr;naam;geboortedatum
204871;[[PERSON:de Wit, Floor]];[[DATE_OF_BIRTH:14-05-2012]]
204872;[[PERSON:Aydemir, Kerem]];[[DATE_OF_BIRTH:02-09-2011]]
204873;[[PERSON:Nguyen, Thi Lan]];[[DATE_OF_BIRTH:27-12-2011]]"""),
    ("nl", "student extension request", "Mijn student [[PERSON:Lina Al-Khatib]] vraagt uitstel voor haar scriptie, studentnummer 2047719. Ze heeft een verklaring van de studentendecaan. Kun je een antwoord opstellen dat ze 4 weken uitstel krijgt en zich moet melden bij haar begeleider dr. [[PERSON:Hoekstra]]?"),
    ("nl", "flemish parent conversation", "schrijf een kort verslag van het gesprek met de mama van [[PERSON:Lars Maes]]: hij wordt gepest op de speelplaats, we spreken af dat juf [[PERSON:Ellen]] extra toezicht houdt en dat we over 2 weken terugkoppelen via [[PHONE_NUMBER:0470 61 38 25]]"),

    # -- woningcorporatie -------------------------------------------------------------------------------
    ("nl", "rent arrears letter", "Stel een brief op over huurachterstand (2 maanden, € 1.486). Huurder: [[PERSON:Orlando Sabajo]], [[LOCATION:Paramaribostraat 14-hs, 1058 VL Amsterdam]]. Noem de mogelijkheid van een betalingsregeling en schuldhulp via de gemeente. Niet dreigend."),
    ("nl", "repair request web form", """Verwerk dit reparatieverzoek tot een werkorder:

Naam: [[PERSON:Svetlana Ivanova]]
Adres: [[LOCATION:Merelstraat 31, 3514 CN Utrecht]]
Telefoon: [[PHONE_NUMBER:06-12873409]]
E-mail: [[EMAIL_ADDRESS:svetlana.ivanova@yahoo.com]]
Omschrijving: cv-ketel geeft storing F28, geen warm water sinds gisteren"""),
    ("nl", "house swap two tenants", "Twee huurders willen ruilen: [[PERSON:Hanneke Wubbolts]] ([[LOCATION:Kerkstraat 14, 3811 CV Amersfoort]]) en [[PERSON:Kemal Arslan]] ([[LOCATION:Leusderweg 220, 3817 KH Amersfoort]]). Schrijf een brief aan beiden met de voorwaarden en de volgende stappen."),
    ("nl", "flemish social housing syndic", "Kan je een mail sturen naar de syndicus dat er lekkage is bij mevrouw [[PERSON:Peeters]]? Haar appartement: [[LOCATION:Grote Markt 5 bus 2, 2800 Mechelen]]. Zij is bereikbaar op [[PHONE_NUMBER:015 21 43 87]]."),

    # -- logistiek en werving ---------------------------------------------------------------------------
    ("nl", "delivery route private addresses", """kun je deze stops in een logische volgorde zetten? start depot Nieuwegein
1. fam. [[PERSON:Ophorst]], [[LOCATION:Burgemeester de Withstraat 7, 1781 AB Den Helder]]
2. [[PERSON:Ahmed Chaouch]], [[LOCATION:Zandvoortselaan 12, 2042 XA Zandvoort]]
3. [[PERSON:L. Schipper]], [[LOCATION:Westdijk 3, 1841 CA Stompetoren]]"""),
    ("nl", "customs form chinese name", "Help me de douaneverklaring invullen voor een zending naar Shanghai. Ontvanger: [[PERSON:Chen Jiahui]] in Shanghai. Afzender: [[PERSON:Mei Ling Wong]], [[LOCATION:Lijnbaan 88, 3012 EN Rotterdam]], [[PHONE_NUMBER:06-39184672]]. Inhoud: kleding en thee, waarde € 120."),
    ("nl", "driver sick message", "een chauffeur appte: 'goedemorgen [[PERSON:Gerben]], ik ben ziek vandaag, kan niet rijden. mvg [[PERSON:Arjen Hettema]]'. kun je een bericht opstellen aan de planning dat zijn rit naar Venlo herverdeeld moet worden"),
    ("nl", "recruitment note lower case", "kandidaat voor de vacature planner: [[PERSON:daan van leeuwen]], 29, nu bij een transportbedrijf in tiel. [[PERSON:daan]] wil meer salaris en minder reistijd. tel [[PHONE_NUMBER:0654120987]]. schrijf een korte pitch voor de hiring manager"),
    ("nl", "linkedin message to candidate", "Schrijf een LinkedIn-bericht aan [[PERSON:Kwame Mensah]], senior data engineer bij een bank. Ik ben [[PERSON:Iris]], recruiter. Niet te salesy, noem dat we hybride werken in Utrecht."),
    ("nl", "flemish interim worker form", """Controleer deze gegevens voor de Dimona-aangifte van een interimkracht:
Naam: [[PERSON:Sarah Lambrechts]]
RRN: [[BE_NATIONAL_ID:83.07.20-244.75]]
Geboortedatum: [[DATE_OF_BIRTH:20/07/1983]]
Rijbewijs: [[DRIVER_LICENSE:2308174592]]
GSM: [[PHONE_NUMBER:+32 (0)486 12 30 77]]"""),

    # -- divers ----------------------------------------------------------------------------------------
    ("nl", "farewell poem lower case", "ff een leuk gedichtje voor [[PERSON:dewi]] d'r afscheid, ze gaat na 12 jaar met pensioen en ze houdt van tuinieren en haar kleinkinderen. ondertekend door het hele team, namens [[PERSON:Jacqueline]]"),
    ("nl", "vpn whitelist request", "mijn vaste IP thuis is [[IP_ADDRESS:84.48.131.230]], kun je een mail aan IT schrijven om dat te whitelisten op de VPN? ik ben [[PERSON:Orhan]] van finance, ticketnummer INC0048213"),
    ("nl", "hotel booking with card", "kun je deze boeking bevestigen in een mail naar de gast? Naam: [[PERSON:Ingrid Hoogendijk-Bos]], 2 nachten vanaf vr 12 dec, garantie creditcard [[CREDIT_CARD:3724 670411 99390]], telefoon [[PHONE_NUMBER:+31 6 22 48 91 57]]"),
    ("nl", "flemish card dispute", "Help me een mail aan de bank te schrijven: er staat een betaling van € 349 bij Bol.com op mijn kaart [[CREDIT_CARD:4846 8286 1247 5867]] die ik niet gedaan heb. Mijn naam is [[PERSON:Jolien Verstraete]], klant bij KBC."),
    ("nl", "club membership rare surname", "Maak een welkomstbrief voor nieuw lid [[PERSON:Wiebe Hoekstra-Sinnema]] van de tennisvereniging. Contributie wordt geïncasseerd van [[IBAN_CODE:NL37 RBRB 0298 2294 56]]. Aanvoerder van zijn team is [[PERSON:Zon Kuijsten]]."),
    ("nl", "neighbour dispute polish", "Mijn buurman [[PERSON:Piotr Kamiński]] parkeert steeds voor mijn oprit. Help me een vriendelijk briefje schrijven. Ik woon zelf op [[LOCATION:Eikenlaan 21, 7421 BK Deventer]]."),
    ("nl", "german iban freelancer invoice", "Mijn Duitse freelancer [[PERSON:Lukas Schneider]] wil betaald worden op [[IBAN_CODE:DE91 6269 1330 8959 2717 81]]. Hoe zet ik een buitenlandse betaling klaar in de Rabo app en welke BIC heb ik nodig?"),
]

# (shape, text without personal data or secrets)
BENIGN: list[tuple[str, str]] = [
    ("shops named after people", "Schrijf een LinkedIn-post over onze nieuwe vestiging naast de Albert Heijn aan de Beatrixlaan in Hoofddorp, opening zaterdag 6 december."),
    ("supermarket list", "Maak een boodschappenlijst voor een bbq met 12 personen, we halen alles bij Jan Linders en de slager. Budget € 150."),
    ("museum outing", "Plan een teamuitje: ochtend Van Gogh Museum, lunch in de Jordaan, 's middags een rondvaart. Budget € 75 p.p., 14 personen."),
    ("stadium route", "Welke OV-verbinding is het snelst van Utrecht Centraal naar de Johan Cruijff ArenA op zondag 14 december? We moeten er om 13:45 zijn."),
    ("school named after king", "Herschrijf deze vacaturetekst zodat hij aantrekkelijker is voor mbo-studenten van het Koning Willem I College: 'Wij zoeken een enthousiaste monteur (m/v/x) voor 32-40 uur.'"),
    ("invoice with kvk and btw", "Controleer of deze factuur klopt: factuurnummer F2025-00871, KvK 34125873, btw-nummer NL812340915B01, 12x Cisco Meraki MR46 à € 729,00, 8% korting, totaal incl. 21% btw?"),
    ("excel delivery date", "Maak een Excel-formule die de leverdatum berekent: besteldatum in A2 (bv. 03-11-2025), levertijd 5 werkdagen, zonder zaterdag, zondag en Koningsdag."),
    ("nine-digit order numbers", "Klant vraagt naar bestelling 600451279 en 735019884. Hoe leg ik uit dat de tweede in backorder staat tot week 51?"),
    ("tracking numbers", "Schrijf een sjabloonmail 'uw pakket is onderweg' met een placeholder voor het track & trace-nummer, zoals 3SDEVC718452936 bij PostNL of JVGL06251234567890 bij DHL."),
    ("code with placeholder key", "Waarom werkt dit niet?\n\n```python\nimport os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n# in .env: OPENAI_API_KEY=JOUW_API_SLEUTEL\n```\nIk krijg een KeyError."),
    ("git commit hash", "Wat betekent 'detached HEAD' na git checkout a054fc924f943b0e36f5a2d57e899963b980eec9? Ik wilde eigenlijk naar tag v2.14.3."),
    ("uuid in url", "Mijn API geeft 404 op GET /api/v2/orders/5359e898-3fc6-4ff1-bf80-69f9cd90e9d3 terwijl die order wel in de database staat. Wat kan ik checken?"),
    ("capitalised months and weekdays", "Maandag is de deadline voor de offerte, Dinsdag de interne review. Juni en Juli zijn rustig, Augustus valt af. Maak een planning voor Q3 in een tabel."),
    ("belgian company number", "Schrijf een offerte-aanvraag voor 200 kerstpakketten aan een groothandel; vermeld ons ondernemingsnummer BE 0417.497.106 en leveradres magazijn 3 in Wilrijk."),
    ("streets named after people", "Wat is de snelste fietsroute van het Jan Pieterszoon Coenplein naar de Willem de Zwijgerlaan, zonder over de Erasmusbrug?"),
    ("driver version looks like ip", "Na de update naar Windows 11 24H2 (build 26100.2314) werkt de printer niet meer, driverversie 4.10.2.188. Moet ik terug naar de vorige driver?"),
    ("energy prices", "Vergelijk deze energiecontracten: Vattenfall vast 3 jaar € 0,28/kWh, Eneco variabel € 0,31/kWh, Essent vast 1 jaar € 0,29/kWh, ingangsdatum 1 januari 2026."),
    ("placeholders in template", "Schrijf een sjabloon voor een sollicitatiebevestiging met [NAAM KANDIDAAT], [FUNCTIE] en [DATUM GESPREK] als invulvelden."),
    ("minutes without names", "Maak notulen van: opening door de voorzitter, vaststellen agenda, ingekomen stukken (brief van de gemeente over parkeren), begroting, rondvraag, sluiting om 21:40."),
    ("flower shop words", "Schrijf een Instagram-post voor onze bloemenwinkel: de lenteactie start, bossen roos en tulp voor € 9,95, en ook bij storm blijven we gewoon open."),
    ("greeting card words", "Hoop doet leven: schrijf een tekst voor de kerstkaart van de zaak met iets over de zon, de sterren en fleur in het nieuwe jaar."),
    ("brands named after people", "Zet deze producten op alfabet: Dr. Oetker pizza, Douwe Egberts koffie, Calvé pindakaas, Verkade chocolade, Van Nelle thee, Tony's Chocolonely."),
    ("hospitals named after saints", "Welke ziekenhuizen in de regio hebben een SEH die 24/7 open is: Antonius Ziekenhuis, Jeroen Bosch Ziekenhuis, Catharina Ziekenhuis of Máxima MC?"),
    ("flemish places named after people", "Maak een fietsroute in Brugge langs het Boudewijnkanaal, het Jan Breydelstadion en het Koning Albert I-park, ongeveer 25 km."),
    ("sql query", "Optimaliseer deze query: SELECT klant_id, SUM(bedrag) FROM facturen WHERE factuurdatum >= '2025-01-01' GROUP BY klant_id HAVING SUM(bedrag) > 10000;"),
    ("log line without personal data", "wat betekent deze fout: 2025-11-20 14:02:11 ERROR [worker-3] TimeoutError after 30000 ms (job_id=af31c0, attempt 3/5)"),
    ("config with env placeholders", "```yaml\ndatabase:\n  host: localhost\n  port: 5432\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}\n```\nhoe laad ik die env vars in Spring Boot?"),
    ("legal question", "Wat is het verschil tussen een kort geding en een bodemprocedure? Leg het uit voor een klant zonder juridische achtergrond, met een verwijzing naar artikel 7:611 BW."),
    ("hr policy", "Schrijf een verzuimprotocol voor een mkb-bedrijf met 40 medewerkers: ziekmelding voor 9:00 bij de leidinggevende, bedrijfsarts via de arbodienst, Wet verbetering poortwachter."),
    ("accounting credit note", "Hoe boek ik een creditnota in Exact Online? Factuur 2025-1187 van € 2.450,00 moet voor € 450,00 gecrediteerd worden, grootboek 8000."),
    ("logistics loading metres", "Bereken de laadmeters voor 26 europallets (120x80) op een trailer van 13,6 m, zending NL-BE, pro-formanummer PF-2025-33017."),
    ("social domain explanation", "Leg in B1-taal uit wat de Participatiewet betekent voor iemand met een bijstandsuitkering die parttime wil gaan werken."),
    ("housing newsletter streets", "Schrijf een nieuwsbrief voor huurders over de renovatie van de complexen aan de Prins Hendrikkade en de Willem Barentszstraat: start in week 10, steigers tot juni."),
    ("history lesson historical figures", "Maak een lesplan over de Tachtigjarige Oorlog voor groep 7 met Willem van Oranje, Filips II en de Beeldenstorm, 45 minuten."),
    ("insurance comparison", "Wat dekt een doorlopende reisverzekering bij Centraal Beheer versus Allianz Direct bij annulering door ziekte?"),
    ("flu vaccine leaflet", "Maak een folder voor patiënten over de griepprik: wie komt in aanmerking (60+), data 14 en 21 oktober, locatie gezondheidscentrum De Linde aan de Kastanjelaan."),
    ("translate holiday notice", "Vertaal naar het Engels: 'Onze kantoren zijn gesloten op Tweede Kerstdag en Nieuwjaarsdag. Bestellingen die na vrijdag 19 december 12:00 binnenkomen, worden in januari verzonden.'"),
    ("flemish party menu", "Kunt ge een menu maken voor een communiefeest met 30 man? Dessert wordt een taart van Patisserie Vandenbroucke in Kortrijk, de rest catering."),
    ("working days between dates", "Bereken hoeveel werkdagen er zitten tussen 17-03-2026 en 08-05-2026, rekening houdend met Pasen, Koningsdag en Bevrijdingsdag."),
    ("checksum and password policy", "De download van Ubuntu 24.04.1 geeft SHA256 d193937edddef42b082b825afe8a2af2c4f2c9a34e95545e9600b2283f734a34. Klopt dat? En schrijf daarna een wachtwoordbeleid: minimaal 14 tekens, MFA verplicht, geen hergebruik."),
]
# fmt: on


def elfproef(digits: str) -> bool:
    """The Dutch 11-test of a BSN: nine digits, weights 9..2 and -1, sum divisible by 11."""
    return (
        len(digits) == 9
        and sum(w * int(d) for w, d in zip((9, 8, 7, 6, 5, 4, 3, 2, -1), digits, strict=True)) % 11 == 0
    )


def rrn_ok(digits: str) -> bool:
    """A rijksregisternummer: 97 minus the first nine digits (prefixed with 2 after 1999) mod 97."""
    if len(digits) != 11:
        return False
    base, check = int(digits[:9]), int(digits[9:])
    return check == 97 - base % 97 or check == 97 - int("2" + digits[:9]) % 97


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def valid(kind: str, value: str, digits: str) -> bool:
    """A marked value of a kind with a check passes it; any other value has a known kind."""
    if kind == "NL_BSN":
        return elfproef(digits)
    if kind == "BE_NATIONAL_ID":
        return rrn_ok(digits)
    if kind == "IBAN_CODE":
        return iban_ok(value)
    if kind == "CREDIT_CARD":
        return luhn_ok(digits) and 13 <= len(digits) <= 19
    return kind in KINDS


def check_texts() -> None:
    """Each labelled text has a mark, every mark has a known kind and a valid value; no benign text has a
    mark, nor a nine-digit number that passes the 11-test."""
    bad: list[str] = []
    for _, shape, marked in LABELLED:
        marks = list(MARK.finditer(marked))
        if not marks:
            bad.append(f"no mark: {shape}")
        for m in marks:
            kind, value = m.group("kind"), m.group("value")
            digits = re.sub(r"\D", "", value)
            ok = valid(kind, value, digits)
            if not ok:
                bad.append(f"{kind} {value!r} in {shape}")
    for shape, text in BENIGN:
        if MARK.search(text) or any(elfproef(n) for n in re.findall(r"\b\d{9}\b", text)):
            bad.append(f"benign: {shape}")
    if bad:
        sys.exit(f"texts with wrong marks: {bad}")


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, KINDS, check_texts)


if __name__ == "__main__":
    sys.exit(main())

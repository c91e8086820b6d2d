"""A red-team probe of personal identifiers pasted into an AI chat in disguise: values a person or
an LLM still reads as the value, written so that a naive scanner would not.

    python bench/redteam_identifiers.py [--misses]

Written on 2026-12-07 (twelfth session) by a different author than the rules, in one go before the
engine ran on it; the texts and their expectations were not changed after the first run. 86
labelled texts (42 Dutch, 44 English) with 88 marked values of NL_BSN, IBAN_CODE, EMAIL_ADDRESS,
PHONE_NUMBER, CREDIT_CARD, US_SSN, UK_NINO and PASSPORT_NUMBER, each disguise used at most twice:
odd separators (slashes, pipes, colons, middle dots, tabs, runs of spaces, a line break inside the
value, a value split over two table cells or two labelled log fields, periods, en dashes, no-break
and narrow no-break spaces), markup (HTML tags, numeric and named entities, an HTML comment,
Markdown bold and escapes, a tel: link, LaTeX thin spaces), code (string concatenation, an array
of digits, an f-string, an SQL insert, a JSON number in exponent notation, CSV and YAML, a regex
literal), escapes (percent-encoding, \\uXXXX, quoted-printable), Unicode (full-width,
Devanagari and Arabic-Indic digits, superscripts, circled digits, combining marks, zero-width
spaces, Cyrillic look-alikes), words (Dutch and English digit words, digits mixed with words, a
Dutch and a NATO spelling alphabet), riddles (reassembly instructions, a reversed value, base64,
hex, rot13, leetspeak), defanged e-mail addresses ([at], " at ... dot "), URL queries and paths
(wa.me), mail headers (a VERP bounce address, a subject line) and signatures with +31 (0) and
+44 (0), extensions, the 0 lost by Excel, thousands separators, lower case, letter spacing, file
names, a magnetic-stripe track and passport MRZ lines. Sources of ideas: the brief's list, and
what people paste (exports, mail, code, scans, chat).

Values: BSNs pass the eleven-test (stdnum.nl.bsn), IBANs have valid check digits (stdnum.iban),
card numbers pass Luhn (stdnum.luhn), SSNs are in issued ranges, NINOs use allowed prefixes,
passport numbers follow the Dutch (2 letters, 6 characters, 1 digit) and US/UK (9 digits) shapes
with correct MRZ check digits; names from Faker, e-mail addresses and phone numbers made up. The
plain values are listed in SOURCE and checked at start-up. Each value is marked [[kind:value]]
with exactly the characters that carry it as written; the marks are removed before scanning.
A value counts as found when findings of its type cover at least half of its characters
(bench/dev_marks.covered); "any-type recall" also counts a finding of another type (a value
masked as the wrong type is still not leaked). The 32 benign texts hold no personal identifier
in the same shapes (order numbers, versions, amounts, dates, hashes, IP addresses, nine-digit
numbers that fail the eleven-test, sixteen-digit numbers that fail Luhn, invalid SSN areas); a
finding of a marked type in one is a false positive.

First run (before any change to the engine): NL_BSN recall 0.450 (9/20), IBAN_CODE 0.500 (6/12),
EMAIL_ADDRESS 0.667 (10/15), PHONE_NUMBER 0.429 (6/14), CREDIT_CARD 0.444 (4/9), US_SSN 0.833
(5/6), UK_NINO 0.500 (3/6), PASSPORT_NUMBER 0.000 (0/6); all recall 0.489 (43/88) (nl 0.432
(19/44), en 0.545 (24/44)); any-type recall 0.500 (44/88); benign texts with a finding of a
marked type: 0/32. Found: full-width, Devanagari, Arabic-Indic, superscript and circled digits,
combining marks, zero-width and no-break spaces in IBANs, Cyrillic look-alikes, digit words (the
Dutch BSN and phone, the English SSN), slashes, runs of spaces, periods, en dashes, a line break
in an IBAN, HTML tags and entities, percent and \\u escapes, string concatenation, a card as an
array of digits, rot13, a VERP address, a magnetic stripe, a URL query, a tel: link, defanged and
letter-spaced e-mail addresses, signatures, extensions. Missed (45): all six passport numbers (MRZ,
file name, subject line, dashes, spelling alphabet), separators the engine does not join (middle
dots, tabs, colons, pipes, two table cells, two log fields, a line break in a card number, a
YAML fold, LaTeX \\, thin spaces, a quoted-printable soft break, a letter-spaced NINO),
Markdown bold and escapes, an HTML comment, a regex literal, a BSN as an array of digits, an f-string, a JSON
exponent, hex, base64 of a BSN, reversed values, reassembly instructions, leetspeak, English
phone digit words and digits mixed with words, the NATO alphabet, a BSN in an SQL insert with no
label, a BSN in an MRZ, the wa.me path, the 0 lost by Excel (two phones, one SSN).

Fixed since (same session, rules by the engine's author): all recall 0.659 (58/88), any-type
0.670, benign still 0/32. New: the MRZ recognizer (ICAO 9303 check digits: both MRZ passports and
the BSN in the Dutch one), pipes, colons, tabs (not for cards), middle dots and bullets between
digit groups, an IBAN wrapped with indentation, Markdown bold between digits and backslash escapes
inside an address, LaTeX thin spaces, an HTML comment inside a value, a quoted-printable soft
break (in a text that is quoted-printable), a passport number in dashed groups after its label,
values typed one character at a time from eight characters with four digits (the phone, the
NINO). Left on purpose: riddles (reversed values, reassembly instructions, hex of ASCII digits,
base64 of a nine-digit number, leetspeak, NATO spelling of a NINO, digit words mixed with
digits), nine digits with no label (an SQL insert, an Excel row, an array of digits, a
zero-width-separated run: a BSN needs its label, or 1 in 11 numbers would be one), the 0 lost by
Excel, a card over a line break or two log fields, a value over two Markdown cells, a JSON
exponent, the wa.me path, colons in a NINO, a passport number after "pp" or in a file name.
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)

from __future__ import annotations

import base64
import codecs
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_marks import red_team_command  # noqa: E402

KINDS = ("NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "UK_NINO", "PASSPORT_NUMBER")

# The plain values behind the disguises, checked at start-up.
SOURCE = {
    "NL_BSN": ["676342048", "956354117", "158137930", "813829495", "112597968", "273070411", "940559389", "285369799",
               "701020118", "261177308", "523025877", "141736549", "683272822", "515812262", "538968473", "792677572",
               "569373773", "407131279", "142925366", "452033640"],
    "IBAN_CODE": ["NL62BUNQ8864854363", "NL76SNSB0765651606", "NL47INGB1300265841", "NL51RABO1690983259",
                  "NL74ASNB4149135933", "NL62RABO0726261995", "NL97KNAB7917360871", "NL64INGB1330070337",
                  "NL20ABNA0833153570", "GB98NWBK70057153884240", "DE78608906728445789589", "DE78576832434531135431"],
    "CREDIT_CARD": ["4903222693171621", "4203919425996236", "5438473356485706", "5226778452857228", "4983393866132816",
                    "4834312658905594", "5102796233675056", "379921763588720", "4718685431218901"],
    "US_SSN": ["638-83-0026", "307-87-9838", "407-39-4086", "224-54-5361", "572-19-6558", "072-76-7282"],
}  # fmt: skip


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def script_digits(s: str, zero: int) -> str:
    """Digits in another script whose zero is at code point `zero`."""
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


def superscript(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def circled(s: str) -> str:
    return "".join("⓪" if c == "0" else chr(0x245F + int(c)) if c.isdigit() else c for c in s)


def combining(s: str, mark: str) -> str:
    return "".join(c + mark for c in s)


def u_escaped(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def hex_bytes(s: str) -> str:
    return " ".join(f"{b:02x}" for b in s.encode())


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


ZW = "\u200b"

# fmt: off
# (language, shape, text with marked values)
LABELLED: list[tuple[str, str, str]] = [
    # -- Dutch -------------------------------------------------------------------------------------
    ("nl", "slashes", "Kun je deze klant opzoeken? BSN [[NL_BSN:676/342/048]], ze belde over haar huurtoeslag."),
    ("nl", "middle dots", "Zet dit rekeningnummer in de betaalopdracht: [[IBAN_CODE:NL62·BUNQ·8864·8543·63]] t.n.v. Y. Mulder, bedrag € 240,-."),
    ("nl", "tabs inside", "Kopie uit Excel, kun je de kolommen een naam geven?\nMathijs Huisman\t[[NL_BSN:956\t354\t117]]\tUtrecht\t12-03-1984"),
    ("nl", "colons", "noteer even: mobiel Jill [[PHONE_NUMBER:06:61:03:02:67]], ze wil vanmiddag teruggebeld worden"),
    ("nl", "line break inside", "Maak hier een net betaalverzoek van:\nIBAN: [[IBAN_CODE:NL76 SNSB\n0765 6516 06]]\nBedrag: € 45,00\nOmschrijving: borg sleutel"),
    ("nl", "two table cells", "Zet deze tabel om naar lopende tekst:\n| Veld | Deel 1 | Deel 2 |\n|---|---|---|\n| Naam | Bo | van der Strigt |\n| BSN | [[NL_BSN:15813 | 7930]] |"),
    ("nl", "html spans", "Waarom toont deze HTML het rekeningnummer in stukjes?\n<p>IBAN: [[IBAN_CODE:<span>NL47</span><span>INGB</span><span>1300</span><span>2658</span><span>41</span>]]</p>"),
    ("nl", "numeric entities", "Kun je deze footer opschonen? <footer>Contact: [[EMAIL_ADDRESS:m.huisman&#64;kpnmail&#46;nl]] | Tel. op aanvraag</footer>"),
    ("nl", "markdown bold", "Mijn BSN is [[NL_BSN:813**829**495]], kun je de brief aan de Belastingdienst afmaken?"),
    ("nl", "markdown escapes", "Deze Markdown rendert raar, wat gaat er mis? Mail naar [[EMAIL_ADDRESS:jill\\_jeggij@gmail\\.com]] voor vragen over het rooster."),
    ("nl", "string concatenation", 'Waarom faalt deze test?\n\ndef test_elfproef():\n    bsn = "[[NL_BSN:112" + "597" + "968]]"\n    assert elfproef(bsn)'),
    ("nl", "array of digits", "Klopt mijn elfproef?\ncijfers = [[[NL_BSN:2, 7, 3, 0, 7, 0, 4, 1, 1]]]\ngewichten = [9, 8, 7, 6, 5, 4, 3, 2, -1]\nprint(sum(c * g for c, g in zip(cijfers, gewichten)) % 11 == 0)"),
    ("nl", "sql insert", "Herschrijf deze insert voor PostgreSQL:\nINSERT INTO medewerker VALUES (4471, 'Bradley Lieshout', [[NL_BSN:940559389]], '1991-02-14', 'Zwolle');"),
    ("nl", "csv cells", "Maak hier een tabel van:\nnaam;land;net;abonnee\nJill Jeggij;[[PHONE_NUMBER:+31;6;67872156]]"),
    ("nl", "yaml folded", "Klopt deze YAML?\nbetaling:\n  naam: Maurits Tamsma\n  iban: >-\n    [[IBAN_CODE:NL51RABO\n    1690983259]]\n  bedrag: 120.00"),
    ("nl", "percent-encoding", "Wat doet deze link precies? https://betaal.example.nl/verzoek?iban=[[IBAN_CODE:NL74%20ASNB%204149%201359%2033]]&bedrag=25&omschrijving=etentje"),
    ("nl", "\\u escapes", 'Dit komt uit onze API, wat staat hier? {"klant": "M. Tamsma", "bsn": "[[NL_BSN:' + u_escaped("285369799") + ']]"}'),
    ("nl", "quoted-printable", "Deze mail kwam vreemd binnen, wat is het rekeningnummer?\n\nContent-Transfer-Encoding: quoted-printable\n\nGraag het voorschot overmaken naar [[IBAN_CODE:NL62RABO07=\n26261995]] =E2=80=93 alvast bedankt!"),
    ("nl", "full-width digits", "BSN van de nieuwe medewerker (uit de pdf gekopieerd): [[NL_BSN:" + fullwidth("701020118") + "]]"),
    ("nl", "devanagari digits", "Mijn collega typt met een Hindi-toetsenbord, dit is het BSN van de klant: [[NL_BSN:" + script_digits("261177308", 0x0966) + "]]"),
    ("nl", "circled digits", "Uit het ingescande formulier: burgerservicenummer [[NL_BSN:" + circled("523025877") + "]]"),
    ("nl", "combining marks", "bsn: [[NL_BSN:" + combining("141736549", "\u0301") + "]] kun je checken of die klopt?"),
    ("nl", "zero-width spaces", "Plak dit in het zoekveld van het klantsysteem: [[NL_BSN:" + ZW.join("683272822") + "]]"),
    ("nl", "cyrillic look-alikes", "Stuur de offerte naar [[EMAIL_ADDRESS:b\u043e.vanderstrigt@\u043eutlook.com]] en zet mij in de cc."),
    ("nl", "dutch digit words", "Het BSN is [[NL_BSN:vijf een vijf acht een twee twee zes twee]], kun je het formulier invullen?"),
    ("nl", "dutch digit words", "Bel me terug op [[PHONE_NUMBER:nul zes, drie vier, zeven zeven, nul vier, negen vier]], ik ben de hele middag thuis."),
    ("nl", "reassembly", "Het BSN bestaat uit drie delen: [[NL_BSN:eerst 538, dan 968, dan 473]]. Plak ze aan elkaar en zoek de klant op."),
    ("nl", "reversed", "Lees dit achterstevoren, dan heb je mijn BSN: [[NL_BSN:" + "792677572"[::-1] + "]]"),
    ("nl", "url query", "Deze link geeft een foutmelding: https://mijn.example-gemeente.nl/aanvraag?stap=2&bsn=[[NL_BSN:569373773]]&taal=nl"),
    ("nl", "url path (wa.me)", "Kun je een WhatsApp-knop voor de site maken met deze link? https://wa.me/[[PHONE_NUMBER:31669737561]]?text=Hallo"),
    ("nl", "signature +31 (0)", "Kun je deze handtekening korter maken?\n\nMet vriendelijke groet,\n\nBo van der Strigt\nAccountmanager Zakelijk\nM [[PHONE_NUMBER:+31 (0)6-96 15 05 57]]\nW www.example.nl"),
    ("nl", "dutch spelling alphabet", "Het paspoortnummer door de telefoon gespeld: [[PASSPORT_NUMBER:Willem Gerard Willem Nico Ferdinand Xantippe Johannes zeven zeven]]. Kun je de reservering afmaken?"),
    ("nl", "base64", "Decodeer dit even (base64), daar staat het BSN van de klant in: [[NL_BSN:" + b64("407131279") + "]]"),
    ("nl", "leetspeak", "Mijn rekening voor de terugbetaling: [[IBAN_CODE:NL97 KN4B 79I7 36O8 7I]]"),
    ("nl", "defanged [at] [dot]", "Zet hem even in de cc: [[EMAIL_ADDRESS:maurits.tamsma[at]hotmail[dot]nl]]"),
    ("nl", "extension", "Het kantoor in Utrecht is bereikbaar op [[PHONE_NUMBER:+31 30 236 7741 toestel 214]], vraag naar Mathijs."),
    ("nl", "passport MRZ", "Lees de MRZ van dit paspoort uit en zet de velden in een tabel:\n" + "P<NLDDACHGELT<DE<STRIGTER<<MOHAMMED".ljust(44, "<") + "\n[[PASSPORT_NUMBER:CRGNJAFV9]]6NLD8503127M3001019[[NL_BSN:142925366]]<<<<<08"),
    ("nl", "passport with dashes", "Mijn paspoortnr. is [[PASSPORT_NUMBER:GG7-WUF-336]], hij verloopt volgend jaar. Kun je een herinnering opstellen?"),
    ("nl", "latex thin spaces", "Waarom breekt LaTeX dit niet af? Rekening: \\texttt{[[IBAN_CODE:NL64\\,INGB\\,1330\\,0703\\,37]]}"),
    ("nl", "html comments", "Werkt deze spambeveiliging? <p>Mail: [[EMAIL_ADDRESS:wutkee<!-- x -->lise@example<!-- -->.org]]</p>"),
    ("nl", "leading zero lost (excel)", "Excel heeft de voorloopnullen weggehaald, kun je de nummers herstellen?\nnaam,mobiel\nYusuf Mulder,[[PHONE_NUMBER:663876610]]\nBo de Wit,[[PHONE_NUMBER:611487979]]"),
    ("nl", "letter spacing", "Mijn mailadres voor de nieuwsbrief: [[EMAIL_ADDRESS:d u b o i s m a u d @ e x a m p l e . n e t]]"),
    # -- English -----------------------------------------------------------------------------------
    ("en", "slashes", "Please wire the deposit to [[IBAN_CODE:NL20/ABNA/0833/1535/70]], reference 'lease unit 14B'."),
    ("en", "pipes", "Is this POS log line PCI compliant? 2025-03-12 10:02:11 txn=88123 card=[[CREDIT_CARD:4903|2226|9317|1621]] exp=08/28 amount=49.99"),
    ("en", "colons", "NI no. [[UK_NINO:CM:89:38:80:D]] — can you check the format before I submit the payroll form?"),
    ("en", "runs of spaces", "my ssn is [[US_SSN:638   83   0026]] pls fill in the W-4 for me"),
    ("en", "line break inside", "Card number (it wrapped in the chat window):\n[[CREDIT_CARD:4203 9194\n2599 6236]]\nexp 11/26 — can you book the hotel with it?"),
    ("en", "two labelled log fields", "From the payment log, can you reconstruct which card was charged twice?\ncard_first6=[[CREDIT_CARD:543847\ncard_last10=3356485706]]\namount=129.00"),
    ("en", "html bold tags", "Why is this SSN not masked in our email template?\n<td>[[US_SSN:<b>307</b>-<b>87</b>-<b>9838</b>]]</td>"),
    ("en", "named entities", "Our contact page shows [[EMAIL_ADDRESS:donna.burton&commat;btinternet&period;com]] — is that valid HTML5?"),
    ("en", "array of digits", "Why does my Luhn check return false?\nconst digits = [[[CREDIT_CARD:5,2,2,6,7,7,8,4,5,2,8,5,7,2,2,8]]];\nconst ok = luhn(digits);"),
    ("en", "f-string", "Is this f-string right? iban = f\"[[IBAN_CODE:GB98{'NWBK'}{700571:06d}{53884240:08d}]]\""),
    ("en", "json number (exponent)", 'Write a TypeScript type for this payload: {"txn": 88123, "pan": [[CREDIT_CARD:4.983393866132816e15]], "amount": 49.99, "currency": "EUR"}'),
    ("en", "regex literal", 'Block this sender in our mail filter, is the regex right?\nBLOCK = re.compile(r"^[[EMAIL_ADDRESS:robert\\.hurst@gmail\\.com]]$")'),
    ("en", "percent-encoding", "Why does this invite link fail? https://app.example.com/invite?to=[[EMAIL_ADDRESS:gemma.randall%40gmail.com]]&role=admin"),
    ("en", "\\u escapes", 'The JSON log shows "user": "[[EMAIL_ADDRESS:darren.tyler\\u0040outlook.com]]" — how do I unescape that in Python?'),
    ("en", "full-width digits", "Card: [[CREDIT_CARD:" + fullwidth("4834 3126 5890 5594") + "]] exp 03/29 — pasted from a Japanese booking site, can you reformat it?"),
    ("en", "arabic-indic digits", "SSN from the scanned form (typed on an Arabic keyboard): [[US_SSN:" + script_digits("407-39-4086", 0x0660) + "]]"),
    ("en", "superscripts", "NINO: [[UK_NINO:AJ" + superscript("239456") + "C]] — add it to the new-starter checklist."),
    ("en", "combining marks", "[[UK_NINO:" + combining("XN071464A", "\u0332") + "]] is my national insurance number, can you fill in the P46?"),
    ("en", "zero-width spaces", "Beneficiary IBAN: [[IBAN_CODE:" + ZW.join(["DE78", "6089", "0672", "8445", "7895", "89"]) + "]] — please draft the payment instruction."),
    ("en", "cyrillic look-alikes", "National Insurance: [[UK_NINO:\u0422\u041d379075\u0412]]"),
    ("en", "english digit words", "Her social is [[US_SSN:two two four, five four, five three six one]], can you put it on the form?"),
    ("en", "english digit words", "Call me back on [[PHONE_NUMBER:oh seven seven eight two, nine eight six, oh nine eight]] when you're free."),
    ("en", "digits and words", "Text me at [[PHONE_NUMBER:four one five, 950-1091]] when the package arrives."),
    ("en", "reassembly", "The Dutch contractor's BSN is [[NL_BSN:the first part 4520 plus 33640]], please put it together for the payroll form."),
    ("en", "reversed", "Reverse this string to get the client's email: [[EMAIL_ADDRESS:" + "harriet.ellis@hotmail.co.uk"[::-1] + "]]"),
    ("en", "mail header (VERP)", "Why did this mail bounce?\nReturn-Path: <bounces+[[EMAIL_ADDRESS:pdoyle=example.org]]@lists.example.net>\nX-Failed-Recipients: undisclosed"),
    ("en", "signature +44 (0)", "Shorten this signature please:\n\nKind regards,\nMaurice Farrell\nSenior Buyer, Northgate Supplies\nMob: [[PHONE_NUMBER:+44 (0) 7486 968 653]]"),
    ("en", "nato alphabet", "He spelled his NI number over the phone: [[UK_NINO:Tango Mike two six nine eight one six Charlie]]. Please add it to his record."),
    ("en", "hex", "Hex dump of the PAN field from the terminal, what card is it? [[CREDIT_CARD:" + hex_bytes("5102796233675056") + "]]"),
    ("en", "leetspeak", "Send the contract to [[EMAIL_ADDRESS:mitchell.dawson@pr0t0nmail.c0m]] by Friday."),
    ("en", "defanged at/dot words", "My email is [[EMAIL_ADDRESS:smithlynn at example dot com]], not the old one."),
    ("en", "extension", "Call the landlord at [[PHONE_NUMBER:(312) 888-3060 x4471]] after 5pm about the boiler."),
    ("en", "one digit at a time", "UK mobile: [[PHONE_NUMBER:0 7 8 1 6 3 6 4 5 7 4]] — add it to the contact sheet."),
    ("en", "periods", "Book the flights on the Amex [[CREDIT_CARD:3799.217635.88720]] exp 10/27."),
    ("en", "en dashes", "Copied from Word: SSN [[US_SSN:572\u201319\u20136558]] — why does the validator reject it?"),
    ("en", "leading zero lost (excel)", "Excel ate the leading zero, can you fix the column?\nemployee,ssn\nJordan Reyes,[[US_SSN:72767282]]"),
    ("en", "magnetic stripe track", "What does this card reader output mean?\n%B[[CREDIT_CARD:4718685431218901]]^TYLER/DARREN^2808101000000000000000?"),
    ("en", "file name", "Can you write a script to rename these files?\nscan_passport_[[PASSPORT_NUMBER:773572209]]_front.jpg\ninvoice_2025_03.pdf"),
    ("en", "mail subject", "Subject: Fwd: visa appointment – pp [[PASSPORT_NUMBER:141983347]]\n\nWrite a short reply confirming the slot on 14 March."),
    ("en", "rot13", "Decode this (rot13, for privacy lol): [[EMAIL_ADDRESS:" + rot13("mellorpatricia@example.org") + "]]"),
    ("en", "passport MRZ", "Read this passport MRZ and fill in the form:\n" + "P<USAHILL<<MAURICE".ljust(44, "<") + "\n[[PASSPORT_NUMBER:653539162]]0USA7906226M3104150<<<<<<<<<<<<<<08"),
    ("en", "markdown tel link", "Add this to the website footer: [Call me](tel:[[PHONE_NUMBER:+1-206-762-1552]])"),
    ("en", "letter spacing", "NI number: [[UK_NINO:T M 2 6 9 8 1 6 C]]"),
    ("en", "no-break spaces", "Pay the invoice to [[IBAN_CODE:DE78\u00a05768\u00a03243\u00a04531\u00a01354\u00a031]], Verwendungszweck RE-2025-118."),
]

# (shape, text): no personal identifier of the marked types.
BENIGN: list[tuple[str, str]] = [
    ("slashes", "Bestelling 2024/118/007 is verzonden, kun je de klant een mail sturen dat hij onderweg is?"),
    ("pipes", "Build log: artifact=api|v2.14.3|linux-amd64|sha=9f3c1e7 status=ok"),
    ("colons", "De vergadering begint om 10:45:30 en duurt tot 11:15:00, zet het in de agenda."),
    ("nine digits, fails eleven-test", "Ordernummer 511979191 staat nog open, kun je een herinnering schrijven?"),
    ("sixteen digits, fails Luhn", "Sandbox test card (deliberately fails Luhn): 4977 3963 9254 5241, exp 12/30."),
    ("json number", 'Valideer deze JSON: {"order_id": 187862272, "aantal": 3, "prijs": 19.95}'),
    ("csv", "sku;ean;prijs\nA-1001;8712345678906;24,95\nA-1002;8712345678913;9,95\nZet dit om naar een tabel."),
    ("html entities", "<footer>&copy; 2025 Voorbeeld BV &middot; KvK 12345678 &middot; Alle rechten voorbehouden</footer> — klopt deze HTML?"),
    ("ip addresses", "Server 192.168.10.245 en 10.0.4.12 reageren niet op poort 8443."),
    ("timestamps", "log: ts=1733400000123 at=2025-03-12T10:02:00.123456Z took=1840ms"),
    ("hash", "Which commit introduced the bug? 4e1243bd22c66e76c2ba9eddc1f91394e57f9f83"),
    ("version and build", "Upgrade naar versie 10.4.12.3017, build 743784689, lukt niet op Windows."),
    ("full-width digits", "価格：" + fullwidth("12,800") + "円（税込）— what does this price say in euros?"),
    ("digit words", "Ik heb twee katten, drie honden en vier kippen, samen negen dieren. Schrijf er een gedichtje over."),
    ("base64", "Decodeer dit even (base64): " + b64("Hallo wereld, tot morgen!")),
    ("hex", "What does this hex say? " + hex_bytes("Hello world")),
    ("url path", "Deze productlink werkt niet: https://shop.example.nl/product/459194591?ref=nieuwsbrief&page=2"),
    ("dates", "Periode 01/03/2025 t/m 31/03/2025, factuurdatum 04-04-2025 — klopt de vervaldatum?"),
    ("amounts", "Invoice INV-2025-0042: subtotal $1,234.56, tax $98.76, total $1,333.32. Draft a payment reminder."),
    ("iban placeholder", "In de template staat de placeholder NL00XXXX0000000000 voor het IBAN-veld, hoe maak ik die verplicht?"),
    ("order reference, fails Luhn", "Order reference 4007 8313 9363 9929 — the payment provider says it is not found."),
    ("regex", "Is this regex right for SSNs? ^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$"),
    ("invalid ssn areas", "Our validator correctly rejects 000-12-3456 and 987-65-4320, but what about 666-01-0001?"),
    ("superscripts", "E = mc² and x³ + y³ = z³ has no positive integer solutions — explain why."),
    ("circled digits", "Stappen: ① inloggen ② exporteren ③ uploaden ④ controleren. Schrijf hier een handleiding van."),
    ("array of digits", "weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]\nWhat is this array used for?"),
    ("sql insert", "INSERT INTO producten (id, ean, prijs) VALUES (135024645, '8710398527318', 12.50);"),
    ("quoted-printable", "Prijs =E2=82=AC 12,95 per maand, decodeer deze quoted-printable regel."),
    ("percent-encoding", "https://example.com/search?q=caf%C3%A9%20amsterdam&page=2 — what does this search for?"),
    ("booking", "Flight BA 0117 departs 13:45 from T5, seat 32A, booking ref X7K2LQ."),
    ("leetspeak", "Schrijf een functie die h4ck3r-taal terugzet: 'h4ck3r n00b l33t' wordt 'hacker noob leet'."),
    ("extension", "Ticket #20250312-0042: room 3.14, call extension x4471 from reception."),
]
# fmt: on


def check_sources() -> None:
    """The plain values behind the disguises are valid of their kind."""
    from stdnum import iban, luhn
    from stdnum.nl import bsn

    ssn = re.compile(r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}")
    checks = {"NL_BSN": bsn.is_valid, "IBAN_CODE": iban.is_valid, "CREDIT_CARD": luhn.is_valid, "US_SSN": ssn.fullmatch}
    bad = [(kind, v) for kind, values in SOURCE.items() for v in values if not checks[kind](v)]
    if bad:
        sys.exit(f"invalid source values: {bad}")


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, KINDS, check_sources)


if __name__ == "__main__":
    sys.exit(main())

"""An independent probe of the detection engine with ordinary English and Dutch office prompts that carry national
identifiers, bank and card numbers, phone numbers, street addresses, passport and driving-licence numbers and birth
dates, as employees in the Netherlands, Belgium, Germany, France, the UK, Ireland and the US paste them into AI chat
tools.

    python bench/unseen2_ids.py [--misses]

Written on 2026-12-07 by a different author than the engine's rules, without reading the rules, the engine, the
other probes, the corpora or earlier results (only bench/dev_marks.py, the harness, and the head and tail of
bench/unseen_en_prompts.py for the file's structure); every text and every mark was written in full before the engine
first ran on it, and none was changed after that run. All values are invented: computed once with a throwaway script
(random digits, then the check digit: the 11-proof for BSNs, mod 97 for rijksregisternummers, NIRs and IBANs,
the ISO 7064 check digit for Steuer-IDs, Luhn for cards, the Spanish CCC and French RIB keys inside IBANs) and pasted
as literals; phone numbers were checked valid for their country with `phonenumbers`. check_texts() re-validates every
marked value of a checkable kind (and that the benign texts' look-alike numbers really fail their checks) before
anything is scored.

Covers HR onboarding and payroll (W-2, W-4/I-9, 1099, P45/P60, loonstrook, Lohnabrechnung), tax returns (1040,
aangifte, toeslagen), medical intake and referral letters, insurance claims and objections, tenancy applications and
contracts, bank, KYC and supplier-payment checks, school enrolment, travel bookings and visa forms, car hire and
fleet insurance, customer-service tickets and live chat, CRM exports, CSV (comma and semicolon), TSV, JSON, YAML-ish
forms, Markdown tables, e-mail threads with signatures, WhatsApp/Slack/Teams chat, and scanned-form OCR text (odd
spacing, fields split over lines, an eID and driving licence read field by field).

138 labelled texts with 418 marked values: 65 English texts (211 values) and 73 Dutch texts (207 values).
Per kind: PHONE_NUMBER 93, LOCATION 82, DATE_OF_BIRTH 58, IBAN_CODE 38, NL_BSN 26, US_SSN 23, CREDIT_CARD 20,
PASSPORT_NUMBER 19, DRIVER_LICENSE 17, UK_NINO 11, BE_NATIONAL_ID 11, DE_TAX_ID 10, FR_NIR 10. And 50 benign texts (25
English, 25 Dutch); a finding of any of the thirteen kinds in one of them counts against the engine. Notations: SSNs
with dashes, spaces and none, after "SSN:", "SSN#", "SS#", "social", "soc. sec. no.", "Social Security Number",
"RECIPIENT'S TIN" and in table columns; NINOs bare and spaced in pairs; BSNs bare, 3-3-3 with spaces or dots and the
official 4.2.3 dotted form, always nine digits; rijksregisternummers as 85.07.30-033.28 and bare; Steuer-IDs bare,
2-3-3-3 and digit by digit (OCR); NIRs bare and spaced 1-2-2-2-3-3-2; phones in E.164, with 00 and 001- prefixes,
+CC (0) forms, and national forms of NL, BE (incl. 0472/28.33.32), DE, FR, UK, IE, ES, US and Canada, with x/ext./Ext
extensions; IBANs of NL, BE, DE, FR, GB, IE and ES, bare, grouped by four and one in lower case; Visa, Mastercard
(51-55 and 2-series) and Amex, bare, spaced and dashed.

Decisions about what is marked: the mark holds exactly the value, labels outside ("SSN: [[US_SSN:...]]"). A phone
number's extension ("x204", "ext. 12", "Ext 3") is inside its mark, as dialled. LOCATION is a full street address
(house number, street, town, and postcode or ZIP where the country uses one), one mark also over several
comma-separated parts, CSV fields or a line break in OCR text, with any flat, unit, suite, apartment, "bus", "bis" or "-III" part
inside; a town, a postcode or a country alone is never marked. DATE_OF_BIRTH only where the text says the date is a
birth date (geboren, geb., née le, DOB, dob column, field 3 of a driving licence that the prompt names as the birth
date); other dates are not marked. PASSPORT_NUMBER only for passports (not ID cards); DRIVER_LICENSE for UK (DVLA),
US state, Dutch, Belgian and German licence numbers, always with a context word. Identifiers outside the kinds
(e-mail addresses, EINs, KvK and VAT numbers, policy, claim, member, order and tracking numbers) stand unmarked in
labelled texts and are not scored. The benign texts hold numbers that are not personal identifiers: order, invoice,
ticket, tracking, claim and policy numbers, dates, times, amounts, percentages, versions, builds, coordinates, KvK,
VAT and company numbers, postcodes alone, ISBNs and EANs, part and serial numbers, phone-shaped order and reference
numbers, 9-digit numbers failing the 11-proof, SSN-shaped numbers in never-issued ranges, card numbers failing Luhn,
IBANs with a wrong check, statistics tables. One benign invoice number, "2025-00871", happens to pass the 11-proof
as nine digits (noticed before the run, kept: invoice numbers look like that).

Note by the engine's maintainer: on a clean export of ec3c303, the engine before this probe, with PYTHONPATH
pointing there, the figures are the same: all recall 0.923 (386/418), benign 3/50.

First run (the one run, 2026-12-07, `--misses`): all recall 0.923 (386/418); nl 0.942 (195/207), en 0.905
(191/211); any-type recall 0.931 (389/418). Per kind: US_SSN 0.957 (22/23), UK_NINO 1.000 (11/11), NL_BSN 1.000
(26/26), BE_NATIONAL_ID 0.727 (8/11), DE_TAX_ID 0.500 (5/10), FR_NIR 1.000 (10/10), PHONE_NUMBER 0.968 (90/93),
IBAN_CODE 1.000 (38/38), CREDIT_CARD 1.000 (20/20), LOCATION 0.939 (77/82), PASSPORT_NUMBER 1.000 (19/19),
DRIVER_LICENSE 0.706 (12/17), DATE_OF_BIRTH 0.828 (48/58). Benign texts with a finding of a marked type: 3/50.
The 32 misses, classified:
- a CSV without spaces after the commas (the "CRM export CSV, dedupe" text): all six values, three phones (even
  "+1 617 482 3390") and three addresses ("48 Maple Grove Lane,Newton,MA,02459"); only the names were found.
- DATE_OF_BIRTH (10): a German label in an English text ("Geburtsdatum 12.04.1987") and in an OCR payslip; French
  "née le 03/01/1975" and "né(e) le 15/02/1983"; "DOB 17-Mar-1962"; "07 / 22 / 1984" in OCR (found as a phone);
  a date in a semicolon row under a "geburtsdatum" column; "28 JUN 1959" on the line after the eID label; the
  birth date in field 3 of a German and a Belgian driving licence read field by field.
- DE_TAX_ID (5): a bare or spaced Steuer-ID not directly after its label: a list after "Welke van deze Steuer-IDs"
  ("47389025129", "46 020 019 871", "98971604957"), "We hebben nu 57 416 181 020 genoteerd" a sentence after
  "Steueridentifikationsnummer", and "74926136086" in a semicolon row.
- DRIVER_LICENSE (5): NY "412 338 907" ("Additional driver: NY license ..."), WA "WDL7KJ2P49XB" in a license_no
  column (the other four states in that column were found), Belgian "9308124571" (found as a phone), and field 5
  of the German ("J4106RR3N51") and Belgian ("8614270093") licence OCR.
- BE_NATIONAL_ID (3): "05.05.09-112.78", born 2005 (found as a phone), the bare second number of the same sentence
  ("werknemer 76040476857"), and "Mine is 61080581680." a sentence after "rijksregisternummer".
- LOCATION (2 besides the CSV): "Unit 4, Riverside Business Park, 60 Wharf Road, Sheffield S3 8RE" (only
  "60 Wharf Road, Sheffield S3 8RE" found, under half), and "Ehrenfeldgürtel 87, 50823 Köln" inside a Dutch text
  quoted for translation.
- US_SSN (1): "ssn for the new guy is 331492446" (lower case, bare digits).
Benign findings: PHONE_NUMBER on a DUNS number ("08-146-6849") and on a Belgian company number ("0478.213.092");
LOCATION on Dutch postcodes alone ("3511 AB", "3584 ZZ" in "van 3511 AB tot 3584 ZZ"). The invoice number
"2025-00871" that passes the 11-proof was not flagged.
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
    "US_SSN",
    "UK_NINO",
    "NL_BSN",
    "BE_NATIONAL_ID",
    "DE_TAX_ID",
    "FR_NIR",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "LOCATION",
    "PASSPORT_NUMBER",
    "DRIVER_LICENSE",
    "DATE_OF_BIRTH",
)

# (language, shape, marked text)
TEXTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ English
    (
        "en",
        "new-hire checklist (US, I-9)",
        "Can you check this new-hire checklist for anything missing before I send it to payroll?\n\n"
        "Name: Dana Whitfield\nSSN: [[US_SSN:159-14-2369]]\nDate of birth: [[DATE_OF_BIRTH:04/17/1991]]\n"
        "Home address: [[LOCATION:Apt 4B, 1187 Willow Creek Rd, Boulder, CO 80304-2217]]\n"
        "Cell: [[PHONE_NUMBER:(303) 862-5419]]\nI-9 List A document: US passport [[PASSPORT_NUMBER:A04819273]]\n"
        "Start date: 01/05/2026",
    ),
    (
        "en",
        "W-2 correction e-mail request",
        "Draft a polite email to our payroll vendor. Employee Marcus Bell's W-2 for 2025 shows the wrong social, it "
        "should be [[US_SSN:147 83 5387]] not what's printed. His mailing address also changed to "
        "[[LOCATION:2250 N Halsted St Unit 3F, Chicago, IL 60614]]. Ask them to reissue a W-2c by end of January.",
    ),
    (
        "en",
        "OCR of a medical intake form",
        "This is OCR from a scanned intake form, please turn it into clean JSON:\n\n"
        "PATIENT  NAME   Rosa  Delgado\nD O B   [[DATE_OF_BIRTH:07 / 22 / 1984]]\n"
        "SOC. SEC. NO.  [[US_SSN:319391374]]\nADDRESS  [[LOCATION:3301 Riverside Dr #12,\nAustin, TX 78741]]\n"
        "PH  [[PHONE_NUMBER:512.390.6618]]\nINSURANCE  BCBS TX   member id XJD448120931\nALLERGIES  penicillin",
    ),
    (
        "en",
        "CRM export CSV, dedupe",
        "Dedupe these rows from our CRM export and tell me which look like the same person:\n\n"
        "name,phone,street,city,state,zip\n"
        "Kevin Ross,[[PHONE_NUMBER:617-482-3390]],[[LOCATION:48 Maple Grove Lane,Newton,MA,02459]]\n"
        "Kevin M. Ross,[[PHONE_NUMBER:+1 617 482 3390]],[[LOCATION:48 Maple Grove Ln,Newton,MA,02459]]\n"
        "Karen Ross,[[PHONE_NUMBER:(617) 924-0571]],[[LOCATION:15 Walnut St Apt 2,Watertown,MA,02472]]",
    ),
    (
        "en",
        "UK new starter without P45",
        "Our new starter didn't bring a P45. Write me a short note for the payroll team with his details so they can "
        "put him on an emergency tax code:\nName: Liam Hargreaves\nNI number: [[UK_NINO:CB 94 98 39 C]]\n"
        "DOB: [[DATE_OF_BIRTH:03/09/1995]]\nAddress: [[LOCATION:Flat 3, 27 Albert Road, Manchester M19 2EQ]]\n"
        "Mobile: [[PHONE_NUMBER:07553 393596]]",
    ),
    (
        "en",
        "UK bank support reply",
        "Customer says the faster payment bounced. Can you write a reply asking them to confirm the account? They "
        "gave IBAN [[IBAN_CODE:GB86 HBUK 2004 1785 2185 61]] and their phone [[PHONE_NUMBER:+44 7952 749468]]. "
        "NI no [[UK_NINO:YC241642B]] is on file, don't repeat it in the reply.",
    ),
    (
        "en",
        "UK tenancy cover letter",
        "Proofread my rental application cover letter:\n\nDear Ms Okafor,\n\nI'd like to apply for the two-bed flat at "
        "[[LOCATION:14 Harcourt Street, Leeds LS6 3JB]]. I currently live at "
        "[[LOCATION:5 Beechwood Avenue, Bristol BS7 9QT]] and have been with my employer for four years. For the "
        "right-to-rent check my passport number is [[PASSPORT_NUMBER:533812476]] and my National Insurance number is "
        "[[UK_NINO:TM 17 07 92 C]]. You can reach me on [[PHONE_NUMBER:0117 416 3786]] any evening.\n\n"
        "Kind regards,\nJess Carter",
    ),
    (
        "en",
        "van hire form fields (UK)",
        "I'm hiring a van for the office move, help me fill out the hire form fields in a table: driver Priya Patel, "
        "licence number [[DRIVER_LICENSE:PATEL901097PR9TB]], date of birth [[DATE_OF_BIRTH:9 January 1997]], card "
        "[[CREDIT_CARD:4536 3260 2069 7136]] exp 08/28, mobile [[PHONE_NUMBER:07812 446301]].",
    ),
    (
        "en",
        "Irish landlord reference request",
        "Write a reference request email to my old landlord. My details for the letting agent: current address "
        "[[LOCATION:12 Clonliffe Gardens, Drumcondra, Dublin 3, D03 K2X9]], phone [[PHONE_NUMBER:087 342 9918]], "
        "passport [[PASSPORT_NUMBER:LR5829104]]. Rent has always been paid from [[IBAN_CODE:IE04 AIBK 1649 8912 1748 84]].",
    ),
    (
        "en",
        "Irish insurance claim summary",
        "Summarise this claim for the adjuster: policyholder Siobhan Brennan, DOB [[DATE_OF_BIRTH:14/02/1979]], of "
        "[[LOCATION:24 Castle Road, Oranmore, Co. Galway, H91 F6K2]], tel [[PHONE_NUMBER:+353 91 465 386]], claim ref "
        "CLM-2025-08817, storm damage to roof on 03/11/2025, payout to [[IBAN_CODE:IE11IPBS18126432227638]].",
    ),
    (
        "en",
        "travel booking JSON payload",
        'Why does the booking API reject this payload?\n\n{"traveler": {"first": "Aaron", "last": "Mendez", '
        '"dob": "[[DATE_OF_BIRTH:1988-11-03]]", "passport": "[[PASSPORT_NUMBER:566123790]]", '
        '"passport_country": "US", "phone": "[[PHONE_NUMBER:+12064417820]]"}, "payment": {"card": '
        '"[[CREDIT_CARD:4789258323592579]]", "exp": "11/27"}, "flight": "UA 925", "date": "2026-02-14"}',
    ),
    (
        "en",
        "voicemail transcript to ticket",
        "Turn this voicemail transcript into a support ticket: 'hi this is Gloria from Westbrook Dental, calling about "
        "invoice 44871 which we got charged twice for, you can reach me at [[PHONE_NUMBER:(415) 823-4417 x204]] or on "
        "my cell [[PHONE_NUMBER:415.639.5581]] after four, thanks'",
    ),
    (
        "en",
        "e-mail thread with US signature",
        "Pull out all the contact details from this thread into a table:\n\n-----Original Message-----\n"
        "From: Tom Kessler\nSent: Tuesday, November 18, 2025 9:42 AM\nSubject: RE: freight quote Q-20931\n\n"
        "Hi, quote attached, valid 30 days.\n\nTom Kessler | Regional Sales Manager\nNorthwind Logistics\n"
        "[[LOCATION:915 SE Alder St, Portland, OR 97214-3328]]\nO: [[PHONE_NUMBER:1-800-426-7310 ext. 12]]\n"
        "M: [[PHONE_NUMBER:+1 (503) 281-6624]]",
    ),
    (
        "en",
        "Canadian contractor WhatsApp",
        "Our Toronto contractor's numbers are office [[PHONE_NUMBER:(647) 219-4580]] and cell "
        "[[PHONE_NUMBER:416-902-3317]]. Write a short WhatsApp message asking when he can come to look at the boiler.",
    ),
    (
        "en",
        "Markdown table of employees with SSNs",
        "Convert this table to CSV and sort by start date:\n\n| Employee | SSN | Start | State |\n|---|---|---|---|\n"
        "| J. Ortiz | [[US_SSN:026-11-9949]] | 2025-03-01 | NJ |\n| K. Nguyen | [[US_SSN:607-41-2418]] | 2024-11-18 | CA |\n"
        "| P. Shah | [[US_SSN:550693714]] | 2025-01-06 | TX |",
    ),
    (
        "en",
        "TSV with ssn and dob columns",
        "Fix the tab alignment in this so it pastes into Excel:\nemp_id\tname\tssn\tdob\n"
        "10442\tL. Baker\t[[US_SSN:012 86 3278]]\t[[DATE_OF_BIRTH:1972-05-30]]\n"
        "10443\tM. Fox\t[[US_SSN:415-56-2067]]\t[[DATE_OF_BIRTH:1990-12-11]]",
    ),
    (
        "en",
        "casual chat about a background check",
        "hey quick q, my new landlord wants my social for the background check, is that normal?? its "
        "[[US_SSN:216-27-3909]] lol dont tell anyone. the new place is [[LOCATION:17 Oakmont Ct, Cary, NC 27513]] btw",
    ),
    (
        "en",
        "Spanish vendor payment",
        "Vendor in Spain wants to be paid by SEPA transfer to IBAN [[IBAN_CODE:ES48 0075 0991 6694 9634 0954]]; their "
        "accounts contact is [[PHONE_NUMBER:+34 912 48 73 60]]. Write a short confirmation email in Spanish.",
    ),
    (
        "en",
        "card dispute letter",
        "Write a dispute letter to my bank. Two charges of $89.99 on my Visa on Oct 3, full number "
        "[[CREDIT_CARD:4078-4100-0655-7904]], and my Amex [[CREDIT_CARD:3710 413277 87557]] was charged twice by the "
        "same merchant the following week. I never authorised either.",
    ),
    (
        "en",
        "1040 question for a parent",
        "I'm filling out Form 1040 for my mom. Her SSN is [[US_SSN:387-77-7781]] and she was born "
        "[[DATE_OF_BIRTH:June 2, 1951]]. Her address is "
        "[[LOCATION:2817 Gulf Blvd Apt 604, Indian Rocks Beach, FL 33785]]. Does she need to file if her only income "
        "is social security?",
    ),
    (
        "en",
        "school transfer e-mail (US)",
        "Help me write an email to the school registrar. My son Eli (born [[DATE_OF_BIRTH:March 14, 2016]]) is "
        "transferring in January; our new address is [[LOCATION:402 Elm Street, Apt 2, Montclair, NJ 07042]] and the "
        "best number to reach me is [[PHONE_NUMBER:973-744-2058]].",
    ),
    (
        "en",
        "car rental driver fields (US)",
        "Car rental agreement fields - can you check the format: Driver license #: [[DRIVER_LICENSE:D4827163]] (CA), "
        "exp 2029, DOB [[DATE_OF_BIRTH:08-19-1986]]. Additional driver: NY license [[DRIVER_LICENSE:412 338 907]].",
    ),
    (
        "en",
        "licence column to redact",
        "Compliance asked me to redact IDs in this spreadsheet before sharing, which columns should go?\n"
        "name,state,license_no,vehicle\nB. Cruz,TX,[[DRIVER_LICENSE:31829406]],F-150\n"
        "D. Lee,FL,[[DRIVER_LICENSE:B625-418-77-213-0]],Transit\nR. Novak,IL,[[DRIVER_LICENSE:M243-7719-0468]],Sprinter\n"
        "S. Ito,WA,[[DRIVER_LICENSE:WDL7KJ2P49XB]],Prius\nA. Kane,MA,[[DRIVER_LICENSE:S91824377]],Civic",
    ),
    (
        "en",
        "UK driving-for-work check",
        "HR driving-for-work check, write the reminder emails for these two whose checks expire this month:\n"
        "- Gareth Williams, licence [[DRIVER_LICENSE:WILLI807146GW9FK]], check due 12/12\n"
        "- Sinead O'Connor, licence no. [[DRIVER_LICENSE:OCONN856213SA9LX]], check due 19/12",
    ),
    (
        "en",
        "UK surgery e-mail signature",
        "Reply to this for me, keep it brief and say Thursday works:\n\n> Could you come in on Thursday to sign the "
        "lease for the new clinic room?\n>\n> Helen Marsh\n> Practice Manager\n> Brookside Surgery, "
        "[[LOCATION:112 Wellington Road, Stockport SK4 1AF]]\n> T: [[PHONE_NUMBER:+44 (0)161 684 3077]]  "
        "M: [[PHONE_NUMBER:07456 118920]]",
    ),
    (
        "en",
        "NI numbers list check",
        "Which of these NI numbers look like the wrong format for HMRC? [[UK_NINO:RR202280D]], "
        "[[UK_NINO:ET 23 84 85 C]], [[UK_NINO:AT456267A]]",
    ),
    (
        "en",
        "council tax reduction summary (Scotland)",
        "Council tax reduction application - summarise for my caseworker: applicant Morag Fraser, NI "
        "[[UK_NINO:XB 52 01 34 C]], address [[LOCATION:2F1, 19 Marchmont Crescent, Edinburgh EH9 1HD]], phone "
        "[[PHONE_NUMBER:0131 128 6669]], bank [[IBAN_CODE:GB47HBUK51880475702733]], income £1,140 per month.",
    ),
    (
        "en",
        "Schengen visa cover letter",
        "Write a cover letter for my Schengen visa application to the Dutch consulate. I'm travelling 3-17 April for "
        "a conference. UK passport number [[PASSPORT_NUMBER:120947358]], born [[DATE_OF_BIRTH:22.10.1989]] in Lagos, "
        "address [[LOCATION:63 Kenilworth Road, Coventry CV3 6JX]].",
    ),
    (
        "en",
        "OCR of an Irish direct-debit mandate",
        "OCR of a direct debit mandate, which fields are missing?\n\nIBAN  [[IBAN_CODE:IE46 BOFI 7774 9069 1401 30]]\n"
        "BIC  BOFIIE2D\nName  Declan Murphy\nAddress  [[LOCATION:Apt 7, The Maltings, 3 Bridge Street, Cork,\n"
        "T12 W8RD]]\nPhone  [[PHONE_NUMBER:(021) 981 5295]]\nSignature ______  Date ______",
    ),
    (
        "en",
        "group flight booking sheet (IE)",
        "Add these to the group booking sheet for the Lisbon offsite: Aoife Kelly, IE passport "
        "[[PASSPORT_NUMBER:PT4812907]], DOB [[DATE_OF_BIRTH:30/05/1993]], mob [[PHONE_NUMBER:+353 86 214 7730]]; "
        "Conor Walsh, passport [[PASSPORT_NUMBER:PA7736152]], DOB [[DATE_OF_BIRTH:11/08/1990]], mob "
        "[[PHONE_NUMBER:085 771 2093]].",
    ),
    (
        "en",
        "German hire fields to translate",
        "Our new Berlin hire needs to be set up in the HR system. Translate these fields to English and flag anything "
        "missing: Steuer-ID [[DE_TAX_ID:16 928 134 103]], Geburtsdatum [[DATE_OF_BIRTH:12.04.1987]], Anschrift "
        "[[LOCATION:Schönhauser Allee 144, 10435 Berlin]], Handy [[PHONE_NUMBER:0176 72443475]], IBAN "
        "[[IBAN_CODE:DE86 1203 0000 4976 0401 91]].",
    ),
    (
        "en",
        "French contractor payroll question",
        "Our Paris contractor sent this for payroll; what is a 'numéro de sécurité sociale' and is this one "
        "complete? [[FR_NIR:1 73 02 44 176 980 15]]. He lives at [[LOCATION:14 rue des Martyrs, 75009 Paris]], tel. "
        "[[PHONE_NUMBER:06 12 84 37 90]], IBAN [[IBAN_CODE:FR76 1027 8116 9150 9389 8575 079]].",
    ),
    (
        "en",
        "Belgian colleague training registration",
        "I'm registering my Belgian colleague for the training in Leuven. National register number "
        "[[BE_NATIONAL_ID:89.07.19-093.91]], born [[DATE_OF_BIRTH:19 July 1989]], phone "
        "[[PHONE_NUMBER:+32 494 20 77 94]]. Write the registration email.",
    ),
    (
        "en",
        "French GP letter to translate",
        "Translate this French GP letter into English for my insurer: 'Patiente : Mme Claire Dubois, née le "
        "[[DATE_OF_BIRTH:03/01/1975]], N° de sécurité sociale [[FR_NIR:2 75 01 13 130 917 94]], domiciliée "
        "[[LOCATION:8 avenue Jean Jaurès, 69007 Lyon]], tél. [[PHONE_NUMBER:04 28 17 31 07]]. Je soussigné certifie "
        "avoir examiné la patiente ce jour.'",
    ),
    (
        "en",
        "CRM JSON phone normalisation",
        "Normalise the phone numbers in this export to E.164:\n"
        '[{"id": 1021, "name": "Jan de Vries", "tel": "[[PHONE_NUMBER:06-25470962]]", "country": "NL"},\n'
        ' {"id": 1022, "name": "Lotte Peeters", "tel": "[[PHONE_NUMBER:0484 45 15 58]]", "country": "BE"},\n'
        ' {"id": 1023, "name": "Jonas Weber", "tel": "[[PHONE_NUMBER:(0221) 727 83 58]]", "country": "DE"},\n'
        ' {"id": 1024, "name": "Camille Laurent", "tel": "[[PHONE_NUMBER:01 17 50 42 20]]", "country": "FR"},\n'
        ' {"id": 1025, "name": "Ciara Byrne", "tel": "[[PHONE_NUMBER:01 453 3359]]", "country": "IE"}]',
    ),
    (
        "en",
        "live chat card paste",
        "customer on live chat pasted their card, how do I reply to tell them not to do that? 'ok my card is "
        "[[CREDIT_CARD:5254 6926 8937 5216]] exp 04/27 cvv 311 can u just take the payment'",
    ),
    (
        "en",
        "refund reconciliation Markdown",
        "Reconcile these refunds against the card statement:\n\n| Date | Card | Amount |\n|---|---|---|\n"
        "| 2025-10-02 | [[CREDIT_CARD:5391-4065-2376-6694]] | €84.20 |\n"
        "| 2025-10-05 | [[CREDIT_CARD:2305012159883423]] | €19.99 |\n"
        "| 2025-10-09 | [[CREDIT_CARD:3759 705227 25333]] | €240.00 |",
    ),
    (
        "en",
        "auto claim summary (US)",
        "Summarise this auto claim for the adjuster: claimant Tyrone Jackson, DOB [[DATE_OF_BIRTH:2/7/1983]], soc. "
        "sec. no. [[US_SSN:664-63-4350]], address [[LOCATION:6120 Brookside Pkwy, Unit 210, Indianapolis, IN 46220]], "
        "phone [[PHONE_NUMBER:(317) 554-2981]]. Policy AUT-4471902, incident 11/02/2025, rear-ended at a light.",
    ),
    (
        "en",
        "KYC note (UK)",
        "Draft an internal KYC note. Client: Farhan Ali, DOB [[DATE_OF_BIRTH:1985-06-04]], passport (UK) "
        "[[PASSPORT_NUMBER:508331927]], NINO [[UK_NINO:PM762607B]], residential address "
        "[[LOCATION:Flat 12b, Marlowe House, 88 Kingsland Road, London E2 8DP]], account "
        "[[IBAN_CODE:GB07 MIDL 5994 3304 6584 96]]. Source of funds: salary.",
    ),
    (
        "en",
        "benefits enrolment dependents",
        "Employee benefits enrolment - please list what's still needed: spouse SS# [[US_SSN:411-17-4580]], dependent "
        "1 SSN [[US_SSN:637384125]] (born [[DATE_OF_BIRTH:09/23/2014]]), dependent 2 SSN [[US_SSN:671 07 1543]] "
        "(born [[DATE_OF_BIRTH:01/30/2018]]).",
    ),
    (
        "en",
        "rewrite an internal e-mail more professionally",
        "Can you rewrite this more professionally: 'Hi Beth, per our call the new contractor's social is "
        "[[US_SSN:814-80-1763]] and his DOB is [[DATE_OF_BIRTH:5/14/78]], please add him to ADP by Friday. His phone "
        "is [[PHONE_NUMBER:+1-312-776-9043]]'",
    ),
    (
        "en",
        "OCR of a 1099-NEC",
        "OCR from a 1099-NEC, tell me which box is which:\n"
        "PAYER'S TIN 84-2290718   RECIPIENT'S TIN [[US_SSN:588-22-1655]]\nRECIPIENT'S name  Lena Park\n"
        "Street address (including apt. no.)  [[LOCATION:1450 Peachtree St NE Apt 1903\nAtlanta, GA 30309]]\n"
        "1 Nonemployee compensation  $ 18,450.00\n4 Federal income tax withheld  $ 0.00",
    ),
    (
        "en",
        "hotel check-in e-mail (DE guest)",
        "Our guest registration form for the Munich hotel needs: passport no. [[PASSPORT_NUMBER:C7LN9RT42]] (German), "
        "date of birth [[DATE_OF_BIRTH:1979-02-11]], home address [[LOCATION:Lindwurmstraße 12, 80337 München]]. "
        "Write the pre-arrival email asking the guest to confirm.",
    ),
    (
        "en",
        "expat e-mail to HR with BSN",
        "I'm moving to Amsterdam, the gemeente gave me my BSN [[NL_BSN:354312261]]. My employer asks for it plus my "
        "IBAN [[IBAN_CODE:NL39 INGB 6494 2039 29]] and address [[LOCATION:Keizersgracht 412-2, 1016 GC Amsterdam]]. "
        "Write me an email to HR with these details.",
    ),
    (
        "en",
        "expat question about Belgian eID",
        "Explain what the 'rijksregisternummer' on my Belgian eID is used for. Mine is "
        "[[BE_NATIONAL_ID:61080581680]]. The commune also wants my Belgian phone, which is "
        "[[PHONE_NUMBER:0472/28.33.32]].",
    ),
    (
        "en",
        "parcel ticket (UK)",
        "Ticket #88213: Customer called from [[PHONE_NUMBER:+44 20 8248 1532]] about parcel 1Z8V92E40312875401 not "
        "arriving at [[LOCATION:31 Church Lane, Harpenden AL5 2DD]]. Agreed refund to card "
        "[[CREDIT_CARD:4605 9666 4583 5151]]. Write the closing note.",
    ),
    (
        "en",
        "referral letter (Wales)",
        "Tidy up this referral letter: patient DOB [[DATE_OF_BIRTH:17-Mar-1962]], lives at "
        "[[LOCATION:9 Ferndale Close, Cardiff CF14 6RT]], home phone [[PHONE_NUMBER:029 2061 4478]], referred for "
        "suspected carpal tunnel, urgent.",
    ),
    (
        "en",
        "Slack thread to delivery note",
        "Make a delivery note from this Slack thread:\n[10:42] rachel: can someone add the courier's number? it's "
        "[[PHONE_NUMBER:07723 604218]]\n[10:43] dev: done, drop off is "
        "[[LOCATION:Unit 4, Riverside Business Park, 60 Wharf Road, Sheffield S3 8RE]]\n[10:44] rachel: ty, 2 pallets",
    ),
    (
        "en",
        "supplier bank change check",
        "Supplier changed bank - confirm the new details before I update SAP: Old: "
        "[[IBAN_CODE:DE14700202700465545666]] New: [[IBAN_CODE:DE32 5001 0517 3822 4815 29]]. Contact for callback "
        "verification: [[PHONE_NUMBER:+49 (0)40 310 069 39]].",
    ),
    (
        "en",
        "school admission letter (UK)",
        "Write a letter to the primary school about a Reception place. Child's date of birth "
        "[[DATE_OF_BIRTH:02/04/2021]], our address [[LOCATION:7 Holyhead Road, Coventry CV5 8JB]], parent phone "
        "[[PHONE_NUMBER:024 7641 8832]].",
    ),
    (
        "en",
        "German payroll file row",
        "The German payroll provider rejected the file. Row: Müller;Jana;[[DE_TAX_ID:74926136086]];"
        "[[DATE_OF_BIRTH:1992-08-27]];[[IBAN_CODE:DE56200411119918514431]] - columns are name;first name;steuer_id;"
        "geburtsdatum;iban. What could be wrong?",
    ),
    (
        "en",
        "carte Vitale replacement form",
        "Help me fill out the French carte Vitale replacement form: numéro de sécurité sociale "
        "[[FR_NIR:295046919546631]], address [[LOCATION:27 boulevard de la Liberté, 59000 Lille]], portable "
        "[[PHONE_NUMBER:+33 7 52 05 13 01]].",
    ),
    (
        "en",
        "Brussels e-mail signature",
        "Who's the right contact for the invoice dispute here?\n\n--\nMarie Janssens\nHead of Finance\n"
        "[[LOCATION:Avenue Louise 231, 1050 Ixelles]]\nT [[PHONE_NUMBER:+32 2 450 14 55]]\n"
        "M [[PHONE_NUMBER:+32 (0)479 58 46 11]]",
    ),
    (
        "en",
        "ESTA form help",
        "ESTA form help please, which fields go where: passport number [[PASSPORT_NUMBER:CF3HJ8K15]] (Germany), date "
        "of birth [[DATE_OF_BIRTH:21.06.1984]], US address during stay "
        "[[LOCATION:350 W 42nd St, Apt 18C, New York, NY 10036]], phone in the US "
        "[[PHONE_NUMBER:001-212-639-5581]].",
    ),
    (
        "en",
        "double debit complaint (NL bank)",
        "Fix the grammar in my complaint to the bank: my IBAN [[IBAN_CODE:NL80RABO2231369349]] was debited twice for "
        "the same gym membership and when I called [[PHONE_NUMBER:030 216 2000]] nobody could help me.",
    ),
    (
        "en",
        "loan application to YAML",
        "Extract fields from this loan application as YAML:\nApplicant: Greg Sims\n"
        "Social Security Number: [[US_SSN:030 29 5924]]\nBirth date: [[DATE_OF_BIRTH:12/01/1969]]\n"
        "Current residence: [[LOCATION:88 Harbor View Dr, Portsmouth, NH 03801]]\n"
        "Home phone: [[PHONE_NUMBER:603.431.7720]]\nEmployer phone: [[PHONE_NUMBER:(603) 436-1189 Ext 3]]\n"
        "Requested amount: $25,000",
    ),
    (
        "en",
        "fleet insurance NL and BE drivers",
        "Our Dutch and Belgian drivers need to be added to the fleet insurance. Dutch rijbewijs no. "
        "[[DRIVER_LICENSE:5213048879]] (Pieter Smit, born [[DATE_OF_BIRTH:4 May 1976]]); Belgian driving licence "
        "[[DRIVER_LICENSE:9308124571]] (Elise Maes). Write the email to the broker.",
    ),
    (
        "en",
        "German driving licence OCR",
        "Car-sharing signup, this is the OCR of her German licence, field 3 is her birth date and place:\n"
        "1. HOFFMANN\n2. LENA\n3. [[DATE_OF_BIRTH:07.09.1990]] HANNOVER\n4a. 15.03.2012  4b. 14.03.2027\n"
        "4c. Stadt Hannover\n5. [[DRIVER_LICENSE:J4106RR3N51]]\n9. AM/B/L",
    ),
    (
        "en",
        "401k beneficiary chat",
        "pls help me word this to HR - want to update the beneficiary on my 401k to my daughter Maya, ssn# "
        "[[US_SSN:126868437]], dob [[DATE_OF_BIRTH:10/04/2001]]",
    ),
    (
        "en",
        "vendor contact card",
        "Make a contact card for the vendor: Acme Plumbing, "
        "[[LOCATION:2755 Industrial Pkwy, Suite 110, Hayward, CA 94545]], call [[PHONE_NUMBER:1 (888) 730-2245]] or "
        "text [[PHONE_NUMBER:510-783-4402]].",
    ),
    (
        "en",
        "declined payment link",
        "Can you draft a message to re-send the payment link? The customer tried [[CREDIT_CARD:5497 7936 6864 5996]] "
        "twice and then [[CREDIT_CARD:3412 433162 44098]], both declined by the gateway.",
    ),
    (
        "en",
        "background check vendor form",
        "Background check vendor form, flag anything that looks off:\nCandidate: Omar Haddad\n"
        "Social: [[US_SSN:723-02-6201]]\nPrior address: [[LOCATION:1209 Oak Hollow Rd, Knoxville, TN 37919]]\n"
        "DL: [[DRIVER_LICENSE:128410395]] (TN)\nCo-applicant SSN [[US_SSN:690 82 6426]]",
    ),
    (
        "en",
        "terse welcome e-mail request",
        "ssn for the new guy is [[US_SSN:331492446]] - make the welcome email, dont include it obviously. he starts "
        "monday 9am",
    ),
    (
        "en",
        "UK tenant in Brighton",
        "Write a friendly rent reminder to our tenant at [[LOCATION:Flat 5, 41 Gloucester Road, Brighton BN1 4AQ]]; "
        "if she has questions she can ring the agency on [[PHONE_NUMBER:+44 (0)1273 604 117]].",
    ),
    (
        "en",
        "Amex and Visa expense lines",
        "Categorise these expenses for the monthly report:\n"
        "2025-11-04  Uber  $38.20  Amex [[CREDIT_CARD:371201858352300]]\n"
        "2025-11-05  Marriott  $412.00  Visa [[CREDIT_CARD:4290 3161 1497 3358]]\n"
        "2025-11-06  Delta  $689.40  Mastercard [[CREDIT_CARD:5150-8200-3552-5979]]",
    ),
    # ------------------------------------------------------------------ Dutch
    (
        "nl",
        "nieuwe collega voor salarisadministratie",
        "Kun je deze gegevens van onze nieuwe collega in een nette tabel zetten voor de salarisadministratie?\n"
        "Naam: Sanne Bakker\nBSN: [[NL_BSN:6370.05.715]]\nGeboortedatum: [[DATE_OF_BIRTH:14-03-1992]]\n"
        "Adres: [[LOCATION:Van Speijkstraat 88, 2518 GK Den Haag]]\nTelefoon: [[PHONE_NUMBER:06-26456994]]\n"
        "IBAN: [[IBAN_CODE:NL69 TRIO 8430 9958 11]]",
    ),
    (
        "nl",
        "aangifte voor vader",
        "Ik doe de aangifte inkomstenbelasting voor mijn vader. Zijn burgerservicenummer is [[NL_BSN:399 298 526]] en "
        "hij is geboren op [[DATE_OF_BIRTH:2 februari 1948]]. Welke aftrekposten kan hij opvoeren voor zorgkosten?",
    ),
    (
        "nl",
        "OCR van een loonstrook",
        "Dit is OCR van een loonstrook, maak er een overzicht van:\nWerknemer   J.  de  Groot\n"
        "BSN/sofinr   [[NL_BSN:903034402]]\nGeb.datum   [[DATE_OF_BIRTH:03-07-1985]]\nLoonheffingskorting  ja\n"
        "Uitbetaald op  [[IBAN_CODE:NL98TRIO3314976669]]\nBruto  3.412,00   Netto  2.689,44",
    ),
    (
        "nl",
        "motivatiebrief huurwoning",
        "Schrijf een motivatiebrief voor een huurwoning. Mijn gegevens: huidig adres "
        "[[LOCATION:Dorpsstraat 7, 5261 BC Vught]], telefoon [[PHONE_NUMBER:+31 6 84784577]], paspoortnummer "
        "[[PASSPORT_NUMBER:NP4K81JR6]]. Het gaat om de woning aan de [[LOCATION:Hoogstraat 22, 3011 PR Rotterdam]], "
        "huur € 1.275 per maand.",
    ),
    (
        "nl",
        "intakeformulier huisarts",
        "Vat dit intakeformulier samen voor de huisarts:\nNaam: mevr. A. Yilmaz\n"
        "Geboortedatum: [[DATE_OF_BIRTH:21-11-1967]]\nBSN: [[NL_BSN:467.837.557]]\n"
        "Adres: [[LOCATION:Laan van Meerdervoort 215A, 2563 AB Den Haag]]\nTel: [[PHONE_NUMBER:070 362 1185]]\n"
        "Klachten: rugpijn sinds 3 weken, slaapt slecht",
    ),
    (
        "nl",
        "schadeclaim verzekeraar",
        "Help me een schadeclaim schrijven naar de verzekeraar. Polisnummer 40-2281736, schadedatum 12 oktober, "
        "waterschade in de keuken. Uitbetalen op mijn rekening [[IBAN_CODE:NL09 BUNQ 8158 4484 52]]. Ik ben "
        "bereikbaar op [[PHONE_NUMBER:0031 6 2488 3533]].",
    ),
    (
        "nl",
        "dossiernotitie legitimatiecontrole bank",
        "Klant belde over een geblokkeerde rekening. Legitimatie gecontroleerd: paspoort nr. "
        "[[PASSPORT_NUMBER:BF9X20LD3]], geldig tot 2031; BSN [[NL_BSN:684525380]]; rekening "
        "[[IBAN_CODE:NL35ABNA2446089767]]. Schrijf een korte notitie voor het dossier.",
    ),
    (
        "nl",
        "inschrijfformulier basisschool",
        "Kun je dit inschrijfformulier voor de basisschool controleren? Leerling: Noah Jansen, geboren "
        "[[DATE_OF_BIRTH:8 september 2019]], BSN leerling [[NL_BSN:526394936]], adres "
        "[[LOCATION:Merelstraat 31, 3514 CM Utrecht]], telefoon ouder [[PHONE_NUMBER:030 471 8941]], noodnummer "
        "[[PHONE_NUMBER:06 15 20 34 45]].",
    ),
    (
        "nl",
        "klantexport met puntkomma's",
        "Zet dit om naar een Excel-tabel met aparte kolommen voor straat, huisnummer en postcode:\n"
        "klantnr;naam;adres;telefoon\n"
        "20331;T. Visser;[[LOCATION:Kerkweg 12, 7411 JR Deventer]];[[PHONE_NUMBER:0570-612 384]]\n"
        "20332;M. de Boer;[[LOCATION:Zuiderdiep 4b, 9711 HE Groningen]];[[PHONE_NUMBER:050-5438354]]\n"
        "20333;R. Mulder;[[LOCATION:Kanaalweg 190, 5611 NM Eindhoven]];[[PHONE_NUMBER:040-2874331]]",
    ),
    (
        "nl",
        "e-mail met handtekening",
        "Kun je hierop een vriendelijk antwoord schrijven?\n\nVan: Femke Hendriks\nOnderwerp: factuur 2025-0419\n\n"
        "Beste,\nDe factuur van september staat nog open. Wilt u deze binnen 14 dagen voldoen?\n\n"
        "Met vriendelijke groet,\nFemke Hendriks\nAdministratie | Hendriks Installatietechniek B.V.\n"
        "[[LOCATION:Industrieweg 14, 6541 TV Nijmegen]]\nT [[PHONE_NUMBER:024 354 3842]]\n"
        "M [[PHONE_NUMBER:+31 (0)6 52641987]]\nKvK 71029384 | btw NL852301944B01",
    ),
    (
        "nl",
        "nieuwe medewerker Antwerpen",
        "Onze nieuwe medewerker in Antwerpen moet nog in het systeem. Rijksregisternummer "
        "[[BE_NATIONAL_ID:79.09.05-927.63]], geboren op [[DATE_OF_BIRTH:5 september 1979]], adres "
        "[[LOCATION:Kerkstraat 14 bus 3, 2018 Antwerpen]], gsm [[PHONE_NUMBER:0477 31 82 06]], loon op "
        "[[IBAN_CODE:BE30 2360 7142 3111]]. Maak er een welkomstmail van.",
    ),
    (
        "nl",
        "OCR achterkant Belgische eID",
        "OCR van een Belgische identiteitskaart, maak er nette velden van:\nGeboorteplaats en -datum\n"
        "Brugge  [[DATE_OF_BIRTH:28 JUN 1959]]\nRijksregisternr.\n[[BE_NATIONAL_ID:59062892895]]\nGeslacht  M",
    ),
    (
        "nl",
        "brief aan de mutualiteit",
        "Schrijf een brief aan de mutualiteit over mijn terugbetaling. Mijn rijksregisternummer is "
        "[[BE_NATIONAL_ID:97.02.10-011.91]], ik woon [[LOCATION:Diestsestraat 118, 3000 Leuven]], terugbetaling graag "
        "op [[IBAN_CODE:BE63 3222 7972 6608]].",
    ),
    (
        "nl",
        "ED-kaart Curaçao",
        "Ik boek een reis naar Curaçao voor ons gezin, kun je een lijstje maken voor het invullen van de ED-kaart: ik "
        "(paspoort [[PASSPORT_NUMBER:NXK7C3JD8]], geb. [[DATE_OF_BIRTH:12-12-1983]]), mijn man (paspoort "
        "[[PASSPORT_NUMBER:NW8R24PK3]], geb. [[DATE_OF_BIRTH:30-06-1981]]).",
    ),
    (
        "nl",
        "vertaling naar Duits met Steuer-ID",
        "Vertaal naar het Duits: 'Beste Jonas, voor de salarisadministratie hebben we je Steueridentifikationsnummer "
        "nodig. We hebben nu [[DE_TAX_ID:57 416 181 020]] genoteerd, klopt dat? Je nieuwe adres is "
        "[[LOCATION:Ehrenfeldgürtel 87, 50823 Köln]].'",
    ),
    (
        "nl",
        "Frans schadeformulier",
        "Onze Franse klant heeft een schadeformulier ingevuld. Wat betekent 'numéro INSEE'? Zij vulde in: "
        "[[FR_NIR:2 91 01 59 174 239 45]], adresse [[LOCATION:3 place du Général de Gaulle, 59800 Lille]], portable "
        "[[PHONE_NUMBER:+33 6 58 70 98 94]].",
    ),
    (
        "nl",
        "creditcard in chat",
        "klant stuurde via de chat haar creditcardnummer [[CREDIT_CARD:4712 8667 5558 9939]] met vervaldatum 03/27, "
        "hoe reageer ik netjes dat ze dat niet moet doen?",
    ),
    (
        "nl",
        "Markdown-tabel medewerkers",
        "Sorteer deze tabel op afdeling:\n| Naam | Afdeling | BSN | IBAN |\n|---|---|---|---|\n"
        "| Eva Smit | Inkoop | [[NL_BSN:214408413]] | [[IBAN_CODE:NL61SNSB4769928858]] |\n"
        "| Daan Bos | Verkoop | [[NL_BSN:588 557 523]] | [[IBAN_CODE:NL70 TRIO 8962 0487 74]] |\n"
        "| Fleur Kok | ICT | [[NL_BSN:514.373.234]] | [[IBAN_CODE:NL64SNSB9461228365]] |",
    ),
    (
        "nl",
        "appje naar werkbon",
        "Maak van dit appje een werkbon:\n[09:14] Mark: kun je de monteur even bellen? [[PHONE_NUMBER:06 55 26 28 55]]\n"
        "[09:15] Ilse: welk adres was het ook alweer\n[09:15] Mark: [[LOCATION:Bloemgracht 65-1, 1016 KE Amsterdam]]\n"
        "[09:16] Ilse: 👍 cv-ketel lekt",
    ),
    (
        "nl",
        "zorgtoeslag aanvragen",
        "Ik wil zorgtoeslag aanvragen. Wat moet ik invullen? Mijn BSN is [[NL_BSN:855446249]], die van mijn partner "
        "[[NL_BSN:202663504]], we wonen op [[LOCATION:Prinsengracht 721, 1017 JW Amsterdam]].",
    ),
    (
        "nl",
        "huurcontract controleren",
        "Controleer dit huurcontract op fouten: 'Verhuurder: Vastgoed Noord B.V. Huurder: dhr. K. Peters, geboren op "
        "[[DATE_OF_BIRTH:17 april 1990]], wonende te [[LOCATION:Oosterstraat 56, 9711 NW Groningen]]. De huur wordt "
        "maandelijks vooruit voldaan op [[IBAN_CODE:NL39KNAB9917455549]]. Het gehuurde: "
        "[[LOCATION:Nieuwe Ebbingestraat 103, 9712 NH Groningen]].'",
    ),
    (
        "nl",
        "bezwaarschrift zorgverzekeraar",
        "Kun je helpen met een bezwaarschrift tegen de afwijzing van fysiotherapie? Verzekerde: L. Meijer, BSN "
        "[[NL_BSN:488131522]], geb. [[DATE_OF_BIRTH:09-10-1958]], adres [[LOCATION:Molenweg 3, 7441 GA Nijverdal]].",
    ),
    (
        "nl",
        "leaseauto aanvraag",
        "Leaseauto aanvragen, mijn gegevens voor het formulier: rijbewijsnummer [[DRIVER_LICENSE:4987160532]], "
        "geboortedatum [[DATE_OF_BIRTH:23-01-1988]], mobiel [[PHONE_NUMBER:06-22203756]].",
    ),
    (
        "nl",
        "OCR Belgisch rijbewijs",
        "Wat staat er op dit ingescande rijbewijs? (veld 3 = geboortedatum en -plaats, 5 = rijbewijsnummer)\n"
        "1. CLAES\n2. JORIS\n3. [[DATE_OF_BIRTH:14.02.1986]] ANTWERPEN\n4a. 02.03.2018  4c. GEMEENTE ANTWERPEN\n"
        "5. [[DRIVER_LICENSE:8614270093]]",
    ),
    (
        "nl",
        "Duits rijbewijsnummer sollicitant",
        "Een Duitse sollicitant stuurde zijn Führerscheinnummer [[DRIVER_LICENSE:B072RRE2I55]] voor de functie als "
        "chauffeur; is dat een geldig formaat?",
    ),
    (
        "nl",
        "visumaanvraag India (BE)",
        "Help me met de visumaanvraag voor India: paspoortnummer [[PASSPORT_NUMBER:EN482917]], geboortedatum "
        "[[DATE_OF_BIRTH:27/06/1954]], rijksregisternummer [[BE_NATIONAL_ID:54.06.27-700.54]], adres "
        "[[LOCATION:Grote Markt 9, 9000 Gent]].",
    ),
    (
        "nl",
        "betaalopdrachten Belgische leveranciers",
        "Betaalopdrachten klaarzetten voor deze leveranciers, check de IBANs:\n"
        "- Bouwbedrijf Verstraete: [[IBAN_CODE:BE21 4218 3723 7803]]\n"
        "- Drukkerij Wouters: [[IBAN_CODE:BE23025940447591]]\n"
        "- Schoonmaak Lambrecht: [[IBAN_CODE:BE43 7617 2653 7401]]",
    ),
    (
        "nl",
        "zus gaat in Duitsland werken",
        "Mijn zus gaat in München werken. Haar werkgever vraagt haar Steuer-ID: [[DE_TAX_ID:71837649503]]. Klopt het "
        "dat dit 11 cijfers zijn? Ze woont nu nog op [[LOCATION:Am Sandtorkai 5, 20457 Hamburg]].",
    ),
    (
        "nl",
        "klantenservice ticket pakket",
        "Ticket 55-20931: klant meldt dat pakket (track & trace 3SABCD1234567) niet is bezorgd op "
        "[[LOCATION:Schoolstraat 18, 4811 WG Breda]]. Terugbelnummer [[PHONE_NUMBER:076 521 7740]]. Terugstorting op "
        "[[IBAN_CODE:NL45 ASNB 6592 2692 47]]. Schrijf een excuusmail.",
    ),
    (
        "nl",
        "oud sofinummer",
        "Mijn oude sofinummer [[NL_BSN:561407939]] is toch hetzelfde als mijn BSN? Ik moet het invullen bij de "
        "pensioenuitvoerder.",
    ),
    (
        "nl",
        "boeking JSON faalt",
        'Waarom faalt deze boeking?\n{"reiziger": "Tim van Dijk", "geboortedatum": "[[DATE_OF_BIRTH:1994-05-19]]", '
        '"paspoort": "[[PASSPORT_NUMBER:SPH2K4T87]]", "telefoon": "[[PHONE_NUMBER:+31625305658]]", '
        '"kaart": "[[CREDIT_CARD:5362 0395 7359 1376]]", "vlucht": "KL 1021"}',
    ),
    (
        "nl",
        "inkoopfacturen buitenlandse IBANs",
        "Boek deze inkoopfacturen in: Lieferant Schmidt GmbH, IBAN [[IBAN_CODE:DE13 7002 0270 6289 0571 81]]; "
        "Fournisseur Moreau SARL, IBAN [[IBAN_CODE:FR7630004924401348031332573]]; Proveedor García SL, IBAN "
        "[[IBAN_CODE:ES70 2100 2232 8065 3037 4071]].",
    ),
    (
        "nl",
        "zorgplan thuiszorg",
        "Schrijf een samenvatting voor het zorgplan: cliënt dhr. H. van Leeuwen, geboren "
        "[[DATE_OF_BIRTH:11-05-1939]], BSN [[NL_BSN:894431948]], woont [[LOCATION:Julianalaan 47, 2712 BC Zoetermeer]], "
        "contactpersoon dochter [[PHONE_NUMBER:06-48427187]].",
    ),
    (
        "nl",
        "grensarbeider BE-NL",
        "Ik woon in België en werk in Nederland. Mijn BSN is [[NL_BSN:884 206 361]] en mijn rijksregisternummer "
        "[[BE_NATIONAL_ID:90122408406]]. Waar betaal ik belasting?",
    ),
    (
        "nl",
        "Belgische e-mail met handtekening",
        "Samenvatten graag in 3 punten:\n\nBeste Sofie,\nDe offerte voor de renovatie is aangepast, de nieuwe prijs "
        "is € 18.400 excl. btw. Start ten vroegste in maart.\n\nMet vriendelijke groeten,\nBert Wouters\nZaakvoerder\n"
        "[[LOCATION:Stationsstraat 42, 2800 Mechelen]]\ntel. [[PHONE_NUMBER:015 43 82 19]]\n"
        "gsm [[PHONE_NUMBER:0495 61 37 20]]\nBTW BE 0478.213.092",
    ),
    (
        "nl",
        "Franse collega verzekering",
        "Onze Franse collega wil in Nederland verzekerd worden. Haar numéro de sécurité sociale is "
        "[[FR_NIR:2 88 04 67 027 379 26]]; ze woont nu nog op "
        "[[LOCATION:11 rue du Vieux-Marché-aux-Poissons, 67000 Strasbourg]]. Welk formulier hebben we nodig?",
    ),
    (
        "nl",
        "NIR-nummers detachering (TSV)",
        "Voor de detachering naar Frankrijk, check deze NIR-nummers:\nnaam\tnir\nDupont\t[[FR_NIR:190116726295134]]\n"
        "Martin\t[[FR_NIR:1 60 03 33 088 239 78]]\nBernard\t[[FR_NIR:141074409261190]]",
    ),
    (
        "nl",
        "verwijsbrief naar het Frans",
        "Vertaal deze verwijsbrief naar het Frans: 'Patiënt: mevr. N. Dubois, rijksregisternr. "
        "[[BE_NATIONAL_ID:47090407876]], geboren [[DATE_OF_BIRTH:04/09/1947]], "
        "[[LOCATION:Hoogstraat 117, 1000 Brussel]], tel. [[PHONE_NUMBER:02 511 38 62]]. Graag verder onderzoek naar "
        "duizeligheid.'",
    ),
    (
        "nl",
        "Mastercard geweigerd",
        "Mijn Mastercard [[CREDIT_CARD:5332-5892-3175-6990]] wordt steeds geweigerd bij een webshop, wat kan ik doen?",
    ),
    (
        "nl",
        "declaratieoverzicht",
        "Maak een declaratieoverzicht:\ndatum | omschrijving | bedrag | betaald met\n"
        "04-11 | taxi Schiphol | € 62,50 | Amex [[CREDIT_CARD:3458 483773 62989]]\n"
        "05-11 | hotel Berlijn | € 189,00 | Visa [[CREDIT_CARD:4818 1699 8194 5030]]",
    ),
    (
        "nl",
        "Britse klant rekening openen",
        "Een Britse klant wil een rekening openen. Hij gaf zijn National Insurance number [[UK_NINO:HL 52 18 50 C]] en "
        "paspoortnummer [[PASSPORT_NUMBER:561204839]]. Welke documenten moeten we nog opvragen?",
    ),
    (
        "nl",
        "Amerikaanse collega W-9",
        "Onze Amerikaanse collega moet een W-9 invullen. Zijn SSN is [[US_SSN:684-83-2950]] en hij woont op "
        "[[LOCATION:1538 Lakeview Ave, Unit 5, Minneapolis, MN 55416]]. Welke vakjes moet hij invullen?",
    ),
    (
        "nl",
        "Ierse leverancier",
        "Nieuwe leverancier uit Ierland aanmaken in Exact: IBAN [[IBAN_CODE:IE58 IPBS 5430 7316 2484 51]], telefoon "
        "[[PHONE_NUMBER:+353 1 672 9014]], adres "
        "[[LOCATION:Unit 9, Sandyford Business Centre, Blackthorn Road, Dublin 18, D18 V6P2]].",
    ),
    (
        "nl",
        "terugbelverzoek",
        "Terugbelverzoek: [[PHONE_NUMBER:+31208902982]], vraagt naar de status van bestelling 2025-118734. Maak er een "
        "notitie van.",
    ),
    (
        "nl",
        "uitnodiging buurtborrel",
        "Maak een gezellige uitnodiging voor de buurtborrel op zaterdag 14 juni vanaf 16:00. Het is bij ons thuis, "
        "[[LOCATION:Vlierstraat 9, 6661 EA Elst]], aanmelden via [[PHONE_NUMBER:06-56570004]].",
    ),
    (
        "nl",
        "OCR blauwe envelop",
        "OCR van een brief van de Belastingdienst, wat moet ik doen?\nAan: dhr. P.A. Koster\n"
        "[[LOCATION:Zeestraat 31\n1942 AL  Beverwijk]]\nBurgerservicenummer  [[NL_BSN:680 320 957]]\n"
        "Kenmerk 2025/IB/00417\nDagtekening 21 november 2025",
    ),
    (
        "nl",
        "vertaling voor Amerikaanse verzekeraar",
        "Vertaal naar het Engels voor mijn Amerikaanse verzekeraar: 'Mevrouw J. Vos, geboren "
        "[[DATE_OF_BIRTH:3 maart 1971]], BSN [[NL_BSN:369658905]], is bij ons bekend met astma en gebruikt "
        "dagelijks een inhalator.'",
    ),
    (
        "nl",
        "cv-kopje",
        "Verbeter mijn cv-kopje:\nLisa Brouwer\n[[LOCATION:Wilhelminastraat 12, 6822 ER Arnhem]]\n"
        "[[PHONE_NUMBER:06 25 20 18 47]]\nGeboren: [[DATE_OF_BIRTH:15-08-1996]]\nRijbewijs B",
    ),
    (
        "nl",
        "Duitse rekening koppelen",
        "Ik heb een Duitse rekening geopend, IBAN [[IBAN_CODE:DE86430609672112922431]]. Hoe koppel ik die aan mijn "
        "Nederlandse bankapp?",
    ),
    (
        "nl",
        "Duitse huurder vertalen",
        "Vertaal naar het Nederlands: 'Mieter: Herr Tobias Braun, geb. am [[DATE_OF_BIRTH:02.11.1982]], Steuer-ID "
        "[[DE_TAX_ID:92 064 541 479]], Tel. [[PHONE_NUMBER:+49 151 84888199]], wohnhaft "
        "[[LOCATION:Bergmannstraße 33, 10961 Berlin]]'",
    ),
    (
        "nl",
        "lijst Steuer-IDs",
        "Welke van deze Steuer-IDs heb ik al verwerkt in de loonadministratie? [[DE_TAX_ID:47389025129]], "
        "[[DE_TAX_ID:46 020 019 871]], [[DE_TAX_ID:98971604957]]",
    ),
    (
        "nl",
        "OCR Duitse loonstrook",
        "Lohnabrechnung (OCR), zet de belangrijkste velden om naar het Nederlands:\n"
        "Steuer-IdNr.   [[DE_TAX_ID:9 2 6 4 1 0 0 5 3 8 5]]\nGeburtsdatum  [[DATE_OF_BIRTH:17.03.1991]]\n"
        "Steuerklasse  I\nIBAN  [[IBAN_CODE:DE40 3704 0044 4294 7883 15]]\nAuszahlungsbetrag  2.611,08 EUR",
    ),
    (
        "nl",
        "monteursplanning Vlaanderen",
        "Planning voor de monteurs in Vlaanderen, zet in een tabel:\n"
        "- ma: fam. Peeters, [[LOCATION:Kapelstraat 5, 3590 Diepenbeek]], [[PHONE_NUMBER:011 32 64 18]]\n"
        "- di: dhr. Maes, [[LOCATION:Lindenlaan 22 bus 1, 8500 Kortrijk]], [[PHONE_NUMBER:+32 56 21 84 90]]\n"
        "- wo: mevr. Goossens, [[LOCATION:Brusselsesteenweg 301, 9050 Gentbrugge]], [[PHONE_NUMBER:09 271 19 35]]",
    ),
    (
        "nl",
        "vertaling voor Amerikaanse klant",
        "Vertaal voor onze Amerikaanse klant: 'We sturen de documenten naar "
        "[[LOCATION:4410 Cedar Ave, Apt 3R, Philadelphia, PA 19143-1702]]; bel ons gerust op "
        "[[PHONE_NUMBER:+31 20 673 2100]] als er iets niet klopt.'",
    ),
    (
        "nl",
        "A1-verklaring Britse collega",
        "Mijn Britse collega zegt dat zijn National Insurance number [[UK_NINO:KK451460A]] is; moet dat op de "
        "A1-verklaring?",
    ),
    (
        "nl",
        "P60 uitleg",
        "Ik heb een P60 van mijn Engelse baan, wat betekent dit: 'National Insurance number "
        "[[UK_NINO:CE 51 17 16 A]]   Tax code 1257L   Pay in this employment £41,220.00   Tax deducted £6,188.00'",
    ),
    (
        "nl",
        "gastenregistratie camping",
        "Gastenregistratie camping, zet in het formulier: dhr. Klaus Weber, Reisepass "
        "[[PASSPORT_NUMBER:C4RJ7MV29]], geboren [[DATE_OF_BIRTH:19.08.1966]], wohnhaft "
        "[[LOCATION:Hauptstraße 56, 69117 Heidelberg]].",
    ),
    (
        "nl",
        "Franse stagiair",
        "Een Franse stagiair begint in februari: passeport n° [[PASSPORT_NUMBER:19AB24601]], NIR "
        "[[FR_NIR:1 85 07 92 031 032 17]]. Welke papieren heeft hij nog nodig?",
    ),
    (
        "nl",
        "zzp-factuur",
        "Maak een factuur voor mijn klus bij Bakkerij Jansen (8 uur à € 65). Mijn gegevens: "
        "[[LOCATION:Rijnstraat 140, 1079 HE Amsterdam]], KvK 84721903, btw-id NL004495127B33, IBAN "
        "[[IBAN_CODE:NL73BUNQ9371974142]], tel. [[PHONE_NUMBER:06 19 38 45 72]].",
    ),
    (
        "nl",
        "informele chat BSN",
        "mn bsn is [[NL_BSN:799913996]] toch? ik kan mn paspoort niet vinden en moet het invullen bij de gemeente",
    ),
    (
        "nl",
        "verzuimmelding arbodienst",
        "Verzuimmelding voor de arbodienst, maak er een mail van: medewerker BSN [[NL_BSN:100441762]], geboortedatum "
        "[[DATE_OF_BIRTH:29-02-1988]], ziek sinds maandag, bereikbaar op [[PHONE_NUMBER:06-41 87 22 90]].",
    ),
    (
        "nl",
        "waardeoverdracht pensioen",
        "Waardeoverdracht pensioen aanvragen, schrijf de brief: BSN [[NL_BSN:680677446]], geboren "
        "[[DATE_OF_BIRTH:7 januari 1963]], adres [[LOCATION:Burgemeester de Withstraat 19, 4301 CT Zierikzee]].",
    ),
    (
        "nl",
        "twee BSN's huishouden",
        "Deze twee BSN's horen bij hetzelfde huishouden: [[NL_BSN:787629467]] en [[NL_BSN:722384075]]. Hoe zet ik ze "
        "in het formulier voor de huurtoeslag?",
    ),
    (
        "nl",
        "IBAN in kleine letters",
        "kun je een nette betaalverzoek-tekst maken? bedrag € 45,50 voor het etentje, overmaken naar "
        "[[IBAN_CODE:nl78 asnb 0030 9774 84]] t.n.v. R. de Wit",
    ),
    (
        "nl",
        "OCR BSN op twee regels",
        "OCR van een oud formulier van de gemeente:\nNaam aanvrager   W. Postma\nBurger-\nservicenummer:  "
        "[[NL_BSN:5702.53.779]]\nAdres  [[LOCATION:Sint Jacobsstraat 8,\n8911 HT  Leeuwarden]]\n"
        "Telefoon  [[PHONE_NUMBER:058 - 213 44 90]]",
    ),
    (
        "nl",
        "Belgische klant met rijksregisternummer en kaart",
        "Klant uit Hasselt belt over een dubbele afschrijving. Gegevens: rijksregisternummer "
        "[[BE_NATIONAL_ID:64.07.07-555.46]], kaart [[CREDIT_CARD:4933-9577-8758-5780]], gsm "
        "[[PHONE_NUMBER:+32 485 27 19 03]]. Schrijf een antwoord.",
    ),
    (
        "nl",
        "kinderopvang inschrijving",
        "Inschrijving kinderopvang, controleer de gegevens: kind geboren [[DATE_OF_BIRTH:02-06-2024]], BSN kind "
        "[[NL_BSN:765799480]], BSN ouder [[NL_BSN:211808489]], adres [[LOCATION:Roerstraat 51-III, 1078 LN Amsterdam]], "
        "tel. ouder [[PHONE_NUMBER:06-14 93 28 07]].",
    ),
    (
        "nl",
        "reiskosten Engelse klant",
        "Een Engelse klant vraagt om terugbetaling van zijn treinkaartje. Hij gaf: account "
        "[[IBAN_CODE:GB51NWBK11776266725127]], adres [[LOCATION:42 Hope Street, Liverpool L1 9BX]], telefoon "
        "[[PHONE_NUMBER:0151 708 2231]]. Schrijf een bevestiging in het Engels.",
    ),
    (
        "nl",
        "Belgische werkgever twee rijksregisternummers",
        "Maak een overzicht voor de sociale secretariaat: werknemer [[BE_NATIONAL_ID:05.05.09-112.78]] (student, "
        "geboren [[DATE_OF_BIRTH:9 mei 2005]]), werknemer [[BE_NATIONAL_ID:76040476857]]; beiden vanaf 1 juli.",
    ),
    (
        "nl",
        "Amerikaanse huurder SSN en telefoon",
        "Een Amerikaanse expat wil ons appartement huren. Hij stuurde: SSN [[US_SSN:003-42-8056]], telefoon "
        "[[PHONE_NUMBER:+1 (206) 553-0917]], huidig adres [[LOCATION:915 Pike St Apt 1204, Seattle, WA 98101]]. "
        "Mogen wij om zijn SSN vragen?",
    ),
    (
        "nl",
        "Steuer-ID en Duitse telefoon",
        "Grensarbeider naar Aken: Steuer-ID [[DE_TAX_ID:77267435901]], Duits mobiel [[PHONE_NUMBER:0151 2047 8813]], "
        "adres in Duitsland [[LOCATION:Jakobstraße 101, 52064 Aachen]].",
    ),
    (
        "nl",
        "Franse gegevens in formulier",
        "Vul voor mij het Franse formulier in met deze gegevens: N° de sécurité sociale "
        "[[FR_NIR:2 83 02 67 024 147 76]], né(e) le [[DATE_OF_BIRTH:15/02/1983]], tél. [[PHONE_NUMBER:07 81 44 29 63]].",
    ),
    (
        "nl",
        "WhatsApp huisbaas",
        "[20:03] Huisbaas: Hoi! Hier nog even het rekeningnummer voor de borg: [[IBAN_CODE:NL33BUNQ2479339550]]\n"
        "[20:04] Ik: top, en de sleutel ophalen op [[LOCATION:Oudegracht 141 bis, 3511 AH Utrecht]]?\n"
        "[20:05] Huisbaas: ja, bel even op [[PHONE_NUMBER:+31 6 11 72 40 58]]\nSchrijf een bevestigingsbericht.",
    ),
]

LABELLED: list[tuple[str, str, str]] = list(TEXTS)

BENIGN: list[tuple[str, str]] = [
    # English
    (
        "order number shaped like a phone",
        "Order #415-229-7781 shipped yesterday via FedEx, tracking 7749 2310 5582. Write a short update for the customer.",
    ),
    (
        "invoice details",
        "Invoice INV-2025-00412 for $4,381.50 is due 12/15/2025, PO 7730019, net 30. Draft a friendly reminder.",
    ),
    (
        "build failure",
        "Ticket PLAT-4412: build 2025.11.3-rc2 fails on Node 20.11.1, see CI run 887213344, job 55120. What should I check first?",
    ),
    (
        "regional statistics table",
        "Summarise this table:\n| Region | Q1 | Q2 | Q3 |\n|---|---|---|---|\n| Northeast | 1,204,331 | 1,198,720 | 1,260,004 |\n| Midwest | 884,120 | 902,557 | 911,043 |\n| South | 2,310,776 | 2,355,019 | 2,401,884 |",
    ),
    ("coordinates", "Plot these sites on a map: 52.3676, 4.9041 and 51.5072, -0.1276 and 40.7128, -74.0060."),
    (
        "ISBNs",
        "Format these for a bibliography: ISBN 978-0-306-40615-7 and ISBN 0-306-40615-2, both 3rd edition, 2019.",
    ),
    (
        "invalid SSN ranges",
        "For our data-validation doc, explain why 000-56-3412, 666-45-1234 and 912-34-5678 can never be valid Social Security numbers.",
    ),
    ("test card failing Luhn", "Our sandbox rejects 4111 1111 1111 1112 - is that because it fails the Luhn check?"),
    (
        "IBAN with a wrong check",
        "The payment file has GB82 WEST 1234 5698 7654 33 and the bank says the checksum is wrong. How is the check computed?",
    ),
    (
        "part and serial numbers",
        "Replace bearing 6205-2RS-C3 on pump serial SN 4471-22019-883, model PX-200, firmware 4.1.7.",
    ),
    (
        "meeting move with dial-in",
        "Meeting moved from 10/14/2025 2:30 PM to 10/21/2025 9:00 AM EST; dial-in code 884 221 907#. Please update the invite text.",
    ),
    (
        "claim and policy references",
        "Summarise for a customer: claim CLM-77120-B approved on 28 November, policy PL-5590-0021-UK, excess £250, payment ref PAY-0093318.",
    ),
    (
        "postcodes alone",
        "Which of our delivery zones cover SW1A, M1 1AE and 90210? We can't deliver to BT postcodes or to 99501.",
    ),
    (
        "version upgrade",
        "We're upgrading from Python 3.11.4 to 3.12.7 and Kubernetes 1.29.3 to 1.31.1. List the breaking changes.",
    ),
    (
        "financial summary",
        "Revenue grew 12.4% to $18.3M, EBITDA margin was 23.1%, headcount 1,482, churn 2.7%. Write two sentences for the board.",
    ),
    (
        "flight booking references",
        "Flight BA 1427 departs 07:35 from T5, booking ref QX7PLM, seat 14C, e-ticket 125-2184433921. Make a calendar entry.",
    ),
    ("EIN and DUNS", "Our EIN is 84-2290718 and our DUNS is 08-146-6849; which one goes on the W-9 for a corporation?"),
    (
        "population numbers",
        "The town's population grew from 3,141,592 to 3,265,358 between 2010 and 2020. What's the annual growth rate?",
    ),
    (
        "card format discussion",
        "Explain card number formats: Visa starts with 4, Mastercard 51-55 or 2221-2720, Amex 34 or 37, grouped 4-4-4-4 or 4-6-5.",
    ),
    (
        "office floor and room",
        "We're on floor 14, room 1402, in the east wing; the fire assembly point is car park B, bay 22.",
    ),
    ("Excel formula", "Why does =VLOOKUP(A2,Sheet2!$A$2:$D$5000,4,FALSE) return #N/A for rows 1204 to 1388?"),
    (
        "log lines",
        "What does this mean: 2025-11-18T09:42:13.551Z pid=48213 req=7f3a92 latency=184ms status=200 bytes=55120",
    ),
    ("Amex test number failing Luhn", "Is 3782 822463 10006 a real Amex test card? The gateway says invalid number."),
    ("German IBAN with wrong check", "Why does our ERP reject DE89 3704 0044 0532 0130 01 as an IBAN?"),
    (
        "USPS tracking",
        "USPS tracking 9400 1118 9922 3318 4675 21 shows 'in transit' for 6 days. Draft a message to the customer.",
    ),
    # Dutch
    (
        "factuur en ordernummer",
        "Factuurnummer 2025-00871, bedrag € 1.249,95, vervaldatum 31-12-2025, ordernummer 100238457. Schrijf een betalingsherinnering.",
    ),
    ("KvK en btw", "Onze KvK is 71029384 en ons btw-nummer NL852301944B01. Waar moeten die op de factuur staan?"),
    (
        "postcodegebieden",
        "We bezorgen in de postcodegebieden 1011 t/m 1099 en van 3511 AB tot 3584 ZZ. Maak er een zin van voor de website.",
    ),
    (
        "ordernummer als 06-nummer",
        "Ordernummer 06-20251187 wordt vandaag verzonden, retournummer R-4471. Stuur de klant een update.",
    ),
    (
        "klantnummers die de 11-proef niet halen",
        "Klantnummers 123456780, 987654320 en 555123456 staan dubbel in het CRM. Hoe voeg ik ze samen?",
    ),
    ("bevolkingscijfers", "Bevolking 2024: 17.942.942; 2025: 18.044.027; groei 0,57%. Schrijf een korte alinea."),
    (
        "softwareversies",
        "Update het boekhoudpakket naar 5.2.1 en de kassasoftware naar build 425.1.0.3391. Wat moet ik vooraf back-uppen?",
    ),
    (
        "afspraak verzetten",
        "Afspraak verzet van dinsdag 14-01-2026 om 09:30 naar donderdag 16-01-2026 om 13:15. Stuur een bevestiging.",
    ),
    (
        "polis- en schadenummers",
        "Polisnummer 40-2281736-02, schadenummer S25-0048812, eigen risico € 385. Leg uit wat dit betekent.",
    ),
    ("IBAN met foute controle", "Klopt dit IBAN wel? NL91 ABNA 0417 1643 01, de bank zegt dat het niet bestaat."),
    ("meetpunten", "De meetpunten liggen op 52.0907, 5.1214 en 51.9244, 4.4777. Hoe ver liggen ze uit elkaar?"),
    (
        "serienummers",
        "Serienummer laptop 5CG2148KQX, asset tag NL-IT-004412, onderdeelnummer 832-774-19. Maak een inventarisregel.",
    ),
    (
        "storingsnummers",
        "Storingsnummer 2025-110-4471 en referentie TK-88412 zijn aan elkaar gekoppeld. Schrijf een update voor de klant.",
    ),
    ("testkaart die Luhn niet haalt", "Testkaart 5500 0000 0000 0005 werkt niet in de sandbox, waarom niet?"),
    ("rentes", "De rente op spaarrekeningen is 1,75% en de hypotheekrente 3,9% bij 10 jaar vast. Wat is verstandig?"),
    (
        "EAN-codes",
        "Zet deze artikelen in de webshop: EAN 8712345678906 (koffiebonen 1 kg) en EAN 8710398520315 (filters 100 st).",
    ),
    ("track & trace", "Track & trace 3SDEVC4478123 en 3SDEVC4478124 staan al drie dagen stil in het sorteercentrum."),
    (
        "urentabel",
        "| Week | Uren | Overuren |\n|---|---|---|\n| 45 | 38,5 | 2,0 |\n| 46 | 40,0 | 4,5 |\n| 47 | 36,0 | 0,0 |\nTel de overuren op.",
    ),
    (
        "voorbeeld-BSN",
        "Het BSN 123456789 uit de handleiding is toch fictief? Welk nummer kan ik voor testdata gebruiken?",
    ),
    (
        "Belgisch ondernemingsnummer",
        "Ondernemingsnummer 0478.213.092 staat op de factuur, moet ik dat ook in de boekhouding zetten?",
    ),
    (
        "woninggegevens",
        "Het pand heeft 12 appartementen van 68 tot 104 m², bouwjaar 1968, energielabel C. Schrijf een advertentietekst.",
    ),
    (
        "uitslagen",
        "Uitslagen: 3-1, 2-2 en 0-4; de kwartfinale is op 22-03 om 20:45. Schrijf een nieuwsbericht voor de clubsite.",
    ),
    ("rekenvoorbeeld", "Bereken 4 x 1.250 + 17,5% van 3.400 en rond af op hele euro's."),
    (
        "huisnummers zonder adres",
        "Huisnummers 12 tot en met 48 krijgen op 3 december een nieuwe container; even nummers in de ochtend.",
    ),
    (
        "telefoonachtig referentienummer",
        "Referentie 0800-2025-1187 hoort bij uw aanvraag van 4 november; bewaar dit nummer goed.",
    ),
]

# Numbers in the benign texts that look like identifiers and must fail their check (checked in check_texts).
BENIGN_NOT_BSN = [
    "100238457",
    "123456780",
    "987654320",
    "555123456",
    "123456789",
    "884221907",
    "852301944",
    "887213344",
]
BENIGN_NOT_LUHN = ["4111111111111112", "378282246310006", "5500000000000005", "8712345678906", "8710398520315"]
BENIGN_NOT_IBAN = ["GB82WEST12345698765433", "DE89370400440532013001", "NL91ABNA0417164301"]
BENIGN_NOT_SSN = ["000563412", "666451234", "912345678"]

# Regions of the phone numbers written in a national notation (the others start with + or 00).
PHONE_REGION = {
    "(303) 862-5419": "US",
    "512.390.6618": "US",
    "617-482-3390": "US",
    "(617) 924-0571": "US",
    "07553 393596": "GB",
    "0117 416 3786": "GB",
    "07812 446301": "GB",
    "087 342 9918": "IE",
    "(415) 823-4417 x204": "US",
    "415.639.5581": "US",
    "1-800-426-7310 ext. 12": "US",
    "(647) 219-4580": "CA",
    "416-902-3317": "CA",
    "973-744-2058": "US",
    "07456 118920": "GB",
    "0131 128 6669": "GB",
    "(021) 981 5295": "IE",
    "085 771 2093": "IE",
    "0176 72443475": "DE",
    "06 12 84 37 90": "FR",
    "04 28 17 31 07": "FR",
    "06-25470962": "NL",
    "0484 45 15 58": "BE",
    "(0221) 727 83 58": "DE",
    "01 17 50 42 20": "FR",
    "01 453 3359": "IE",
    "(317) 554-2981": "US",
    "0472/28.33.32": "BE",
    "029 2061 4478": "GB",
    "07723 604218": "GB",
    "024 7641 8832": "GB",
    "030 216 2000": "NL",
    "603.431.7720": "US",
    "(603) 436-1189 Ext 3": "US",
    "1 (888) 730-2245": "US",
    "510-783-4402": "US",
    "06-26456994": "NL",
    "070 362 1185": "NL",
    "030 471 8941": "NL",
    "06 15 20 34 45": "NL",
    "0570-612 384": "NL",
    "050-5438354": "NL",
    "040-2874331": "NL",
    "024 354 3842": "NL",
    "0477 31 82 06": "BE",
    "06 55 26 28 55": "NL",
    "06-22203756": "NL",
    "076 521 7740": "NL",
    "06-48427187": "NL",
    "015 43 82 19": "BE",
    "0495 61 37 20": "BE",
    "02 511 38 62": "BE",
    "06-56570004": "NL",
    "06 25 20 18 47": "NL",
    "011 32 64 18": "BE",
    "09 271 19 35": "BE",
    "06 19 38 45 72": "NL",
    "06-41 87 22 90": "NL",
    "058 - 213 44 90": "NL",
    "06-14 93 28 07": "NL",
    "0151 708 2231": "GB",
    "0151 2047 8813": "DE",
    "07 81 44 29 63": "FR",
}

NINO_PREFIX_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(value: str) -> bool:
    v = value.replace(" ", "").upper()
    return (
        re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v) is not None
        and v[0] not in "DFIQUV"
        and v[1] not in "DFIQUVO"
        and v[:2] not in NINO_PREFIX_BAD
    )


def ssn_ok(value: str) -> bool:
    d = re.sub(r"[ -]", "", value)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def phone_ok(value: str) -> bool:
    import phonenumbers

    if value.startswith("+"):
        number, region = value, None
    elif value.startswith("00"):
        number, region = "+" + value[2:], None
    else:
        number, region = value, PHONE_REGION[value]
    parsed = phonenumbers.parse(number, region)
    if region is None:
        return phonenumbers.is_valid_number(parsed)
    return phonenumbers.is_valid_number_for_region(parsed, region)


def value_ok(kind: str, value: str) -> bool:
    """Whether a marked value of a checkable kind passes its check (other kinds always pass)."""
    from stdnum import iban
    from stdnum.be import nn
    from stdnum.de import idnr
    from stdnum.fr import nir
    from stdnum.nl import bsn

    digits = re.sub(r"\D", "", value)
    checks = {
        "US_SSN": lambda: ssn_ok(value),
        "UK_NINO": lambda: nino_ok(value),
        "NL_BSN": lambda: len(digits) == 9 and bsn.is_valid(digits),
        "BE_NATIONAL_ID": lambda: nn.is_valid(digits),
        "DE_TAX_ID": lambda: idnr.is_valid(digits),
        "FR_NIR": lambda: nir.is_valid(digits),
        "IBAN_CODE": lambda: iban.is_valid(value),
        "CREDIT_CARD": lambda: len(digits) in (15, 16) and digits[0] in "2345" and luhn_ok(digits),
        "PHONE_NUMBER": lambda: phone_ok(value),
    }
    return checks[kind]() if kind in checks else True


def check_texts() -> None:
    """Each labelled text has a mark of a known kind, no benign text has a mark, every checkable marked value is
    valid, and the benign look-alikes really fail their checks."""
    from stdnum import iban
    from stdnum.nl import bsn

    bad = [marked[:60] for _, _, marked in LABELLED if not MARK.search(marked)]
    bad += [m.group("kind") for _, _, marked in LABELLED for m in MARK.finditer(marked) if m.group("kind") not in KINDS]
    bad += [text[:60] for _, text in BENIGN if MARK.search(text) or "[[" in text or "]]" in text]
    bad += [marked[:60] for _, _, marked in LABELLED if "[[" in MARK.sub("", marked) or "]]" in MARK.sub("", marked)]
    bad += [f"lang {lang}" for lang, _, _ in LABELLED if lang not in ("nl", "en")]
    for _, _, marked in LABELLED:
        for m in MARK.finditer(marked):
            kind, value = m.group("kind"), m.group("value")
            if value != value.strip():
                bad.append(f"{kind} value with outer spaces {value!r}")
            try:
                ok = value_ok(kind, value)
            except Exception as exc:  # noqa: BLE001 - a value that cannot even be parsed is a wrong value
                ok = False
                bad.append(f"{kind} {value!r}: {exc}")
            if not ok:
                bad.append(f"invalid {kind} {value!r}")
    bad += [f"benign BSN-valid {v}" for v in BENIGN_NOT_BSN if bsn.is_valid(v)]
    bad += [f"benign Luhn-valid {v}" for v in BENIGN_NOT_LUHN if luhn_ok(v)]
    bad += [f"benign IBAN-valid {v}" for v in BENIGN_NOT_IBAN if iban.is_valid(v)]
    bad += [f"benign SSN-valid {v}" for v in BENIGN_NOT_SSN if ssn_ok(v)]
    benign_text = " ".join(text for _, text in BENIGN)
    squeezed = re.sub(r"[ -]", "", benign_text)
    bad += [
        f"benign look-alike not in the texts {v}"
        for v in BENIGN_NOT_BSN + BENIGN_NOT_LUHN + BENIGN_NOT_IBAN + BENIGN_NOT_SSN
        if v not in squeezed
    ]
    if bad:
        sys.exit("texts with wrong marks or values:\n  " + "\n  ".join(bad))


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, KINDS, check_texts)


if __name__ == "__main__":
    sys.exit(main())

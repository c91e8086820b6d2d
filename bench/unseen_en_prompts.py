"""An independent probe of the detection engine with ordinary English prompts: what office workers in the US, UK,
Ireland, Canada and Australia really type into ChatGPT, Copilot or Claude, with the personal data and secrets they
paste along with it.

    python bench/unseen_en_prompts.py [--misses]

Written on 2026-12-07 (thirteenth session) by a different author than the engine's rules, without reading the
rules, the other corpora or earlier results; every text and every mark was written in full before the engine first
ran on it, and none was changed after that run. Ordinary prompts, not adversarial and not obfuscated, in the phrasings
of public prompt guides and chat logs: terse and long, typos and missing capitals, first-person narration ("my manager
Deb asked me to..."), and pasted material (Outlook and Gmail threads with headers and signatures, Teams and Slack chat
with timestamps, CSV, TSV and Excel rows, Markdown tables, JSON, YAML, SQL, form fields, bulleted notes, voicemail and
live-chat transcripts, access and auth logs, HTTP requests, .env, docker-compose, AWS credentials, C# and Python code,
curl and git commands, an SSH key). Domains: e-mail drafting and replies, meeting notes, CRM notes, HR cases,
recruiting, references and reviews, care and health, legal, insurance, finance and payments, school, property
management, logistics, support tickets, translation requests.

116 labelled texts (all English) with 475 marked values: PERSON 255, PHONE_NUMBER 59, EMAIL_ADDRESS 35, LOCATION 33,
DATE_OF_BIRTH 23, SECRET 17, DRIVER_LICENSE 11, IP_ADDRESS 8, PASSPORT_NUMBER 8, CREDIT_CARD 7, IBAN_CODE 7, US_SSN 6,
UK_NINO 6; and 40 benign texts. Names were invented by the author (full names, first names alone in "Hi Tom,",
"thanks, Deb", "ask Priya to"; a surname after Mr, Mrs, Ms, Dr, Herr, Mme, Master; initials with a surname; lower
case; capitals in minutes, CVs and exports, "SURNAME, FIRST"; hyphens and apostrophes; Irish, West African, South and
East Asian, Vietnamese, Hispanic, Polish, Arabic, Pacific names; first names that are words: Grace, Hunter, Rose, Bill,
Mark, Will, Sky, Summer, Joy, Autumn, Harper; nicknames: Deb, Mags, Jonno, Shaz, Tash, Bubba, Lachie). Values are
valid: cards pass Luhn (Visa, Mastercard 5x and 2x, Amex, Discover), IBANs pass mod-97 (GB, IE, NL, DE, FR), SSNs lie
in issued ranges, NINOs use allowed prefixes, phone numbers are valid by libphonenumber (US/Canada with (), dots, +1,
1-888 with ext., x204; UK mobiles and landlines, Irish, Australian), driving licences follow the US state, Ontario,
Victorian and DVLA layouts, passports the US, UK, Irish, Canadian, Nigerian and Philippine ones. Secrets (17) have the
vendors' shapes: OpenAI sk-proj- and sk-, GitHub ghp_, Slack xoxb-, Stripe sk_live_, AWS AKIA and secret key, Google
AIza, GitLab glpat-, Anthropic sk-ant-, a JWT, an OpenSSH private key, a Gmail app password, and generic passwords in
a URL, a compose file, a connection string, prose and a ticket.

Decisions: a mark holds exactly the value (titles and "@" outside; a name split over two form fields or two SQL
literals is two values; "SURNAME, FIRST" one value; a street address with flat, town and postcode one value, also over
several comma-separated parts); functional mailboxes are still e-mail addresses; a town, a postcode or a country alone
is no LOCATION; a private router address (192.168.0.1) and "card ending 7233" are not marked; a pet's name and initials
alone are not persons; DATE_OF_BIRTH only where the text says it is a birth date (DOB, dob column, "born", "is my
birthday"). A value counts when findings of its kind cover half of it (bench/dev_marks.red_team). Benign texts hold
no person, contact or secret, but eponymous companies, brands, charities, streets, museums, hospitals and universities
(Wells Fargo, Johnson & Johnson, Abbey Road, Ben & Jerry's, Tim Hortons, Dr Pepper, Mr Kipling, Ronald McDonald House,
Johns Hopkins), fictional characters, capitalised job titles, months and weekdays, first-name words as words, software
(Jenkins, Django, Kubernetes), order, invoice, tracking, claim and ticket numbers, amounts, versions, hashes, a UUID and
a YOUR_API_KEY placeholder; a finding of any marked kind in one counts against the engine.

First run (2026-12-07, on the engine of 6effe20, the session's start): all recall 0.865 (411/475),
any-type 0.867 (412/475); PERSON 0.804 (205/255), EMAIL_ADDRESS 1.000 (35/35), PHONE_NUMBER 1.000 (59/59), LOCATION
0.788 (26/33), US_SSN 1.000 (6/6), UK_NINO 0.833 (5/6), CREDIT_CARD 1.000 (7/7), IBAN_CODE 1.000 (7/7), DATE_OF_BIRTH
1.000 (23/23), PASSPORT_NUMBER 1.000 (8/8), DRIVER_LICENSE 0.545 (6/11), IP_ADDRESS 1.000 (8/8), SECRET 0.941 (16/17);
benign texts with a finding of a marked kind: 12/40 (all PERSON). The author's own first run saw an uncommitted
first-name list in the working tree (PERSON 0.824, all 0.876, the same benign count); the misses below are that run's.
Its first invocation stopped on a division by zero in dev_marks.red_team's per-language line for the empty Dutch tally;
red_team now skips a language without values.

Misses (59). PERSON (45): a first name standing alone where the sentence makes it a person (17, and MARIA alone in
capitals): sign-offs and "from X" (Deb twice, rob, Will, Shaz, Ciara, Tash, Grace before a phone number), "my manager
Deb", a chat speaker label "Driver Dev:", "when Dom left", "im jordan", and word-like names as subjects in notes
(Mark, Hunter, Sky, rose twice); full names of non-Anglo origin in plain title case (13): Chinese, Korean (hyphenated
given names, one found only as "Ji"), Nigerian/Ghanaian (Yoruba, Igbo, Akan; hyphenated surnames), Southern African,
Sikh Punjabi, Irish-language names with fadas and Ní/Ó particles, and "Efua Osei" of which only the surname was found;
two plain Anglo names in a letter sign-off with "(Mrs)" and after a role abbreviation ("OT Destiny Brooks"); lower-case
full names whose first names are words ("hunter lang", "summer fox"); lower-case apostrophe surnames after "mrs"/"mr."
(o'sullivan, o'brien); every "SURNAME, FIRST" cell of a TSV export in capitals (4); a capitalised full name with an
apostrophe surname and one with a middle initial (only the first name found); surnames alone in SQL literals next to the
found first names. LOCATION (7): Australian addresses with state and postcode (unit/number slashes found not at all,
plain ones cut at the street so less than half covered), a Canadian "suite-number" address (405-1260 Granville St), a
Queens hyphenated house number, a Welsh street name (Heol y Felin). DRIVER_LICENSE (5): the three DVLA 16-character
numbers in a pipe table, a spaced 9-digit New York number, a spaced 9-digit Victorian number (taken as a phone
number). UK_NINO (1): a NINO typed in lower case. SECRET (1): a Gmail app password (four groups of four lower-case
letters) as the second argument of smtplib login. Found in full: every e-mail, phone number (+1, 1-888 with ext., x204,
dots, UK, Irish, Australian), card, IBAN, SSN, passport, date of birth, IP address, and every vendor-shaped key, JWT,
the SSH key and passwords after a label or in a URL. Benign findings, all PERSON: names in eponymous brands and firms
(Johnson & Johnson, Ben & Jerry's, Tim Hortons, Dr Pepper, Mr Kipling, Jacob's, Marks & Spencer, Sainsbury's, Stanley,
Wilson Parking), a charity (Ronald McDonald House), saints in a holiday and a hospital (St Patrick's Day, St Vincent's,
the Mater), fictional characters (Harry Potter, Mrs Doubtfire, Paddington; debatable) and "RAM" in "4 GB of RAM"; no
street, station, hash, UUID, tracking or version string was flagged. In labelled texts the engine also found "Jan" (a
month) and "Brennan, Vic" (a state abbreviation joined to a surname) as persons.
"""

# ruff: noqa: E501  (the prompts are data)

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_marks import red_team_command  # noqa: E402

MARK = re.compile(r"\[\[(?P<kind>\w+):(?P<value>.+?)\]\]", re.S)
KINDS = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "LOCATION",
    "US_SSN",
    "UK_NINO",
    "CREDIT_CARD",
    "IBAN_CODE",
    "DATE_OF_BIRTH",
    "PASSPORT_NUMBER",
    "DRIVER_LICENSE",
    "IP_ADDRESS",
    "SECRET",
)

# (shape, marked text); every labelled text is English
TEXTS: list[tuple[str, str]] = [
    # --- e-mail: drafting and replying -------------------------------------------------------------------------------
    (
        "email thread with headers and signature",
        """can you write a polite reply to this, saying we can do the 14th but not the 12th. keep it short

From: [[PERSON:Deborah Kowalski]] <[[EMAIL_ADDRESS:d.kowalski@harlowfreight.co.uk]]>
Sent: 03 December 2026 16:42
To: Ops Team
Subject: RE: Collection slot - Unit 4

Hi all,

Could someone confirm whether the 12th still works for the pallet collection? [[PERSON:Gareth]] mentioned the yard is closed that morning.

Thanks,
[[PERSON:Deb]]

[[PERSON:Deborah Kowalski]]
Transport Planner | Harlow Freight Ltd
M: [[PHONE_NUMBER:07837 214 659]]""",
    ),
    (
        "terse lower-case request",
        "write email to [[PERSON:sam]] telling him the q3 invoice is late and to chase accounts, cc [[PERSON:priya]]. sign off as [[PERSON:rob]]",
    ),
    (
        "first-person narration, reference letter",
        "My manager [[PERSON:Deb]] asked me to write a reference letter for [[PERSON:Tomasz Wójcik]], who worked for us as a warehouse operative from March 2021 to October 2026. He was reliable, trained new starters and has his forklift licence. Can you write it? Sign it from me, [[PERSON:Aoife Brennan]], Shift Supervisor, and put my number [[PHONE_NUMBER:087 319 4426]] at the bottom.",
    ),
    (
        "reply to a client, Hi name",
        """Hi [[PERSON:Tom]],

Thanks for getting back to me so quickly.

^ thats all i have so far. I need to reply to [[PERSON:Tom]] (our client at the council) and say the survey report will be late because Mr [[PERSON:Haworth]] is off sick, new date is Friday 11th. Make it sound apologetic but not grovelling""",
    ),
    (
        "Outlook thread, chase for a signed contract",
        """Need a follow-up email to this, firmer, it's been 2 weeks

-----Original Message-----
From: [[PERSON:Rajesh Venkataraman]] <[[EMAIL_ADDRESS:rajesh.v@tallowmere.com]]>
Sent: Wednesday, November 18, 2026 9:03 AM
To: [[PERSON:Chloe Baptiste]] <[[EMAIL_ADDRESS:chloe.baptiste@corvidanalytics.com]]>
Subject: Re: MSA redlines

Hi [[PERSON:Chloe]], I'll get this signed off by our legal team by end of week.
Best,
[[PERSON:Raj]]
Direct: [[PHONE_NUMBER:312-829-4471 x204]]""",
    ),
    (
        "email with a toll-free direct line",
        "draft a thank you email to [[PERSON:Marguerite Delacroix]] at the distributor for sorting the damaged stock so fast. her direct line was [[PHONE_NUMBER:1-888-402-7715 ext. 12]] and I want to say we'll call her next week about the spring order. from [[PERSON:Will]]",
    ),
    (
        "short ask to loop someone in",
        "Can you tweak this so it's less blunt: 'ask [[PERSON:Priya]] to send it to me before 3 or I can't submit the bid'. It's going to her manager [[PERSON:Colm Fitzpatrick]]",
    ),
    (
        "Australian email to a supplier",
        "hey mate can u write an email to [[PERSON:Jonno]] at the tile supplier saying the order for the Bondi job is short 14 boxes, we need them by arvo thursday. his mob is [[PHONE_NUMBER:0412 773 908]]. sign from [[PERSON:Shaz]] at Coastline Reno",
    ),
    (
        "reply to a landlord letter",
        """please help me reply to my letting agent, I want to say I'm not paying for the carpet, it was already stained when I moved in (I have photos from the check-in).

Dear Ms [[PERSON:Adebayo-Okafor]],
Following the inspection at [[LOCATION:Flat 2, 19 Clarendon Road, Southsea PO5 2EQ]] on 30 November, we will be deducting £380 from your deposit for carpet replacement.
Kind regards,
[[PERSON:Lucas Pereira]]
Property Manager, Harbourside Lettings""",
    ),
    # --- meetings, chats, notes ---------------------------------------------------------------------------------------
    (
        "meeting notes with attendees and first-name words",
        """Summarise these notes into actions with owners:

Weekly ops sync - Tue
Attendees: [[PERSON:Grace Adeyemi]], [[PERSON:Bill Thornton]], [[PERSON:Rose McAllister]], [[PERSON:Sky Nakamura]] (notes)
- [[PERSON:Grace]]: Q4 rota not final, waiting on HR
- [[PERSON:Bill]] to call the landlord re: loading bay
- [[PERSON:rose]] flagged 2 missed deliveries to Mrs [[PERSON:Haddad]], needs apology letter
- [[PERSON:Sky]] to book training room for the 9th""",
    ),
    (
        "Teams chat with timestamps",
        """can you summarise this teams chat for my boss who was off

[09:14] [[PERSON:Mark Ellison]]
has anyone heard back from [[PERSON:Joy]] at Pendle Logistics?
[09:16] [[PERSON:Kwame Asante-Boateng]]
not yet, I emailed her [[EMAIL_ADDRESS:joy.pendleton@pendlelogistics.com]] yesterday
[09:17] [[PERSON:Mark Ellison]]
ok. can you try her mobile, [[PHONE_NUMBER:07956 402 118]]
[09:31] [[PERSON:Kwame Asante-Boateng]]
spoke to her, they'll confirm by Friday""",
    ),
    (
        "Slack thread with an IP",
        """tl;dr this slack thread pls

[[PERSON:Summer Okafor]]  10:02 AM
@[[PERSON:Ravi]] the client portal is 500ing again
[[PERSON:Ravi Subramaniam]]  10:04 AM
looking. same IP as last time? [[IP_ADDRESS:81.143.207.56]]
[[PERSON:Summer Okafor]]  10:05 AM
yep. it's the Marlowe Foods account, their admin is [[PERSON:Julia Hollis-Brandt]]""",
    ),
    (
        "CRM note in a hurry, lower case",
        "clean up this crm note so its readable for the next person: spoke w/ mrs [[PERSON:o'sullivan]] re renewal, she wants to drop the contents cover. son [[PERSON:Cian]] handles her post now - [[EMAIL_ADDRESS:cian.osullivan@gmail.com]] / [[PHONE_NUMBER:086 612 9043]]. call back thurs after 2. not happy about the price increase, mentioned going to FBD",
    ),
    (
        "CRM note with an address and initials",
        """Rewrite as a proper account note:
visited site w/ [[PERSON:J. Whitfield]] - customer [[PERSON:A.K. Mensah]] at [[LOCATION:27 Larch Close, Harrogate HG2 7RF]], wants quote for 3 extra radiators + new boiler. tel [[PHONE_NUMBER:01423 562 019]]. pref contact after 5pm. [[PERSON:jamie]] to send quote by weds""",
    ),
    (
        "voicemail transcript to summarise",
        "summarise this voicemail transcript for the ticket: 'Hi, this is [[PERSON:Bronwyn Tiernan]] calling about order 55-1187, the sofa arrived with a ripped arm. You can get me on [[PHONE_NUMBER:02 9374 4012]] during the day or my mobile [[PHONE_NUMBER:+61 438 219 550]]. My address for the collection is [[LOCATION:8 Wattle Grove, Epping NSW 2121]]. Thanks, bye.'",
    ),
    (
        "sales call notes pasted from a phone",
        "Notes from call today, make them into a follow up email: - [[PERSON:Xiaoling Zhang]] (procurement, Northvale Foods) - interested in 12 mth contract - wants pricing for 40 seats - asked for case study - her cell [[PHONE_NUMBER:416-839-2271]] - decision by end Jan, Mr. [[PERSON:Greenbaum]] signs",
    ),
    (
        "board minutes names in capitals",
        """Make these minutes more formal:

PRESENT: [[PERSON:HELEN O'ROURKE]] (CHAIR), [[PERSON:DAVID ABIOLA]], [[PERSON:MARIA GONZÁLEZ-RUIZ]], [[PERSON:PETER SZYMANSKI]]
APOLOGIES: [[PERSON:FATIMA AL-RASHID]]
1. Chair opened meeting 7.05pm. Treasurer ([[PERSON:PETER]]) reported balance of £18,420.
2. [[PERSON:MARIA]] proposed new cleaning contract, seconded [[PERSON:DAVID]].""",
    ),
    # --- lists, tables, data -----------------------------------------------------------------------------------------
    (
        "CSV customer list to a Markdown table",
        """format this as a markdown table, columns name, email, phone, city

name,email,phone,city
[[PERSON:Marcus Greene]],[[EMAIL_ADDRESS:mgreene77@yahoo.com]],[[PHONE_NUMBER:(614) 827-3390]],Columbus
[[PERSON:Yesenia Castillo]],[[EMAIL_ADDRESS:yesi.castillo@outlook.com]],[[PHONE_NUMBER:614.302.4471]],Dublin OH
[[PERSON:Dmitri Volkov]],[[EMAIL_ADDRESS:dvolkov@volkovhvac.com]],[[PHONE_NUMBER:+1 380 219 6604]],Westerville""",
    ),
    (
        "TSV staff export, surname first in capitals",
        """sort these by surname and give me a count per department

EMP_ID	NAME	DEPT	START
10482	[[PERSON:OKONJO, CHIDI]]	Finance	2019-04-01
10517	[[PERSON:FERREIRA, ANA LUCIA]]	Customer Service	2021-09-13
10533	[[PERSON:MCALLISTER, ROSE]]	Finance	2022-01-10
10601	[[PERSON:KAUR, JASPREET]]	Warehouse	2023-06-05""",
    ),
    (
        "JSON customer record",
        """why does this fail validation? schema says phone must be E.164

{"customerId": "C-88213", "fullName": "[[PERSON:Priyanka Raghunathan]]", "email": "[[EMAIL_ADDRESS:priyanka.r@fastmail.com]]", "phone": "[[PHONE_NUMBER:(647) 291-8830]]", "address": "[[LOCATION:2210 Bathurst St, Toronto, ON M5N 3A5]]", "tier": "gold"}""",
    ),
    (
        "Markdown table of candidates",
        """draft rejection emails for everyone not at Offer stage, warm tone

| Candidate | Email | Phone | Stage |
|---|---|---|---|
| [[PERSON:Adaeze Nwosu]] | [[EMAIL_ADDRESS:adaeze.nwosu@gmail.com]] | [[PHONE_NUMBER:+44 7825 604 273]] | Final |
| [[PERSON:Tom Brierley]] | [[EMAIL_ADDRESS:tbrierley@hotmail.co.uk]] | [[PHONE_NUMBER:07480 229 617]] | Phone screen |
| [[PERSON:Mei-Ling Zhou]] | [[EMAIL_ADDRESS:meiling.zhou@outlook.com]] | [[PHONE_NUMBER:+44 20 8741 3396]] | Offer |""",
    ),
    (
        "school trip list with dates of birth",
        """which of these kids are 12 or over on the trip date (14 March 2027)?

pupil,dob,parent,parent_mobile
[[PERSON:Amara Osei]],[[DATE_OF_BIRTH:2014-02-11]],[[PERSON:Efua Osei]],[[PHONE_NUMBER:07852 330 914]]
[[PERSON:Finn O'Donoghue]],[[DATE_OF_BIRTH:2015-03-30]],[[PERSON:Siobhan O'Donoghue]],[[PHONE_NUMBER:07391 228 507]]
[[PERSON:Zara Hussain]],[[DATE_OF_BIRTH:2014-05-02]],[[PERSON:Imran Hussain]],[[PHONE_NUMBER:07525 661 048]]""",
    ),
    (
        "mailing list in lower case, semicolons",
        "dedupe this and tell me how many are left: [[PERSON:kate morrow]] <[[EMAIL_ADDRESS:kate.morrow@btinternet.com]]>; [[PERSON:hunter lang]] <[[EMAIL_ADDRESS:hlang@langjoinery.co.uk]]>; [[PERSON:Kate Morrow]] <[[EMAIL_ADDRESS:kate.morrow@btinternet.com]]>; [[PERSON:summer fox]] <[[EMAIL_ADDRESS:summerfox@icloud.com]]>",
    ),
    (
        "Excel rows of a donor export",
        """Can you write an Excel formula to split the first and last names into 2 columns? Sample rows:

A1: Donor	B1: Postcode	C1: Gift
A2: [[PERSON:Eithne Ní Bhriain]]	B2: D08 VF86	C2: €50
A3: [[PERSON:Godfrey Ampofo]]	B3: D15 KX30	C3: €25
A4: [[PERSON:Sinéad Mac Giolla Phádraig]]	B4: A94 C2R1	C4: €100""",
    ),
    (
        "JSON array from a booking system",
        """convert to CSV please

[{"guest": "[[PERSON:Lachlan McGregor]]", "mobile": "[[PHONE_NUMBER:0438 551 207]]", "checkin": "2026-12-20"},
 {"guest": "[[PERSON:Nguyen Thi Lan]]", "mobile": "[[PHONE_NUMBER:+61 3 9650 2217]]", "checkin": "2026-12-22"},
 {"guest": "[[PERSON:Sione Taufa]]", "mobile": "[[PHONE_NUMBER:0423 880 146]]", "checkin": "2026-12-27"}]""",
    ),
    (
        "YAML contact config",
        """is this yaml valid? the on-call bot won't load it

oncall:
  primary:
    name: [[PERSON:Hassan El-Amin]]
    phone: "[[PHONE_NUMBER:+1 604 719 4482]]"
    email: [[EMAIL_ADDRESS:hassan.elamin@glaciersoft.ca]]
  secondary:
    name: [[PERSON:Brooke Lindqvist]]
    phone: "[[PHONE_NUMBER:778-290-5513]]"
  escalate_after_minutes: 15""",
    ),
    (
        "SQL insert to fix",
        """fix the syntax error in this:

INSERT INTO contacts (first_name, last_name, email, phone) VALUES ('[[PERSON:Orla]]', '[[PERSON:Fitzgerald]]', '[[EMAIL_ADDRESS:orla.fitz@eircom.net]]', '[[PHONE_NUMBER:(021) 431 2287]]')
('[[PERSON:Dara]]', '[[PERSON:Ó Briain]]', '[[EMAIL_ADDRESS:dara.obriain@gmail.com]]', '[[PHONE_NUMBER:01 677 3340]]');""",
    ),
    (
        "form fields from a web enquiry",
        """Triage this enquiry from the website form - is it sales or support?

Name: [[PERSON:Juan Pablo Gutiérrez]]
Company: Arroyo Landscaping LLC
Email: [[EMAIL_ADDRESS:jp@arroyolandscaping.com]]
Phone: [[PHONE_NUMBER:2108394471]]
Message: our invoices stopped syncing to quickbooks since tuesday, 3 users affected""",
    ),
    # --- code, config, logs with credentials --------------------------------------------------------------------------
    (
        ".env file with an OpenAI key and a DB password",
        """my app cant connect to openai, getting 401. here's my .env, what's wrong?

OPENAI_API_KEY=[[SECRET:sk-proj-S0fH5EEg14TIcpoDo3JD61rztPeHmI1g6pD96mjTwnxv9aLq]]
OPENAI_ORG=org-acme
DATABASE_URL=postgres://app_user:[[SECRET:Tr0ub4dor-77]]@db.internal:5432/crm
DEBUG=true""",
    ),
    (
        "curl with a GitHub token",
        """curl -H "Authorization: token [[SECRET:ghp_450itDEF30uU0PBDeVsS53fP2k77R9RFAP6V]]" https://api.github.com/repos/northgate-dev/billing/issues
returns 404 but the repo definitely exists?? private repo if that matters""",
    ),
    (
        "Python with a Slack bot token",
        """why does this give not_in_channel

from slack_sdk import WebClient
client = WebClient(token="[[SECRET:xoxb-849059125739-7467191404866-9XrTPtx9HE0mVICYRV7g0Xdz]]")
client.chat_postMessage(channel="#ops-alerts", text=msg)""",
    ),
    (
        "Node with a Stripe live key",
        """Getting "No such customer" from this, but the customer is in the dashboard:

const stripe = require('stripe')('[[SECRET: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]]');
const customer = await stripe.customers.retrieve('cus_PqR8sT2uVw');""",
    ),
    (
        "AWS credentials file",
        """boto3 says InvalidClientTokenId, here's ~/.aws/credentials

[default]
aws_access_key_id = [[SECRET:AKIAHCXLW2KVBG2PN5QF]]
aws_secret_access_key = [[SECRET: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]]
region = eu-west-2""",
    ),
    (
        "HTML with a Google Maps key",
        """map is grey and console says RefererNotAllowedMapError

<script src="https://maps.googleapis.com/maps/api/js?key=[[SECRET:AIzaEn4XR2ayVcLCrR9QCrfLmncsIGv44Lgs_gr]]&callback=initMap" async></script>""",
    ),
    (
        "wifi password in prose for holiday-let guests",
        "write a short welcome note for the airbnb guests. include: wifi is BT-Hub6-7QX2, password is [[SECRET:mellow-Parrot-4418]], checkout 10am, bins go out Tuesday. the cottage is [[LOCATION:3 Mill Lane, Grasmere, Ambleside LA22 9SN]]. my name's [[PERSON:Fiona]], mobile [[PHONE_NUMBER:07723 118 406]] for emergencies",
    ),
    (
        "docker-compose with a Postgres password",
        """the db container keeps restarting, what's wrong with this compose file?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: payroll
      POSTGRES_PASSWORD: "[[SECRET:qL7#vR2m!Zp9]]"
    volumes:
      - pgdata:/var/lib/postgresql/data""",
    ),
    (
        "HTTP request log with a JWT and client IP",
        """we're getting intermittent 403s from the patient portal API. here is one of the failing requests from the gateway log, any idea?

GET /api/v2/appointments?from=2026-12-01 HTTP/1.1
Host: portal.riversidecare.org
Authorization: Bearer [[SECRET:eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiODgxMiIsICJuYW1lIjogInBvcnRhbC1zdmMiLCAiaWF0IjogMTc2NDk1MDQwMH0.N-bWyc0N38GKP-FaFVf06Es8e9FhstPAjzlPKMFCaky]]
X-Forwarded-For: [[IP_ADDRESS:24.114.62.230]]
User-Agent: okhttp/4.12.0""",
    ),
    (
        "SSH private key pasted for a format error",
        """ssh says "invalid format" when I use this key, is it corrupted? I copied it out of our password manager

[[SECRET:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtz
c2gtZWQyNTUxOQAAACCpLV/K0AxGajbeLdMgGqDrykFiM22Bye0Q0m35DD6gcgAA
AIj7au6q+2ruqgAAAAtzc2gtZWQyNTUxOQAAACCpLV/K0AxGajbeLdMgGqDrykFi
M22Bye0Q0m35DD6gcgAAAEB9llLosEgdduZ1/XSh6FO4IvMGkaoXzAH997f2RTGC
RqktX8rQDEZqNt4t0yAaoOvKQWIzbYHJ7RDSbfkMPqByAAAAAAECAwQF
-----END OPENSSH PRIVATE KEY-----]]""",
    ),
    (
        "Python with an Anthropic key",
        """getting authentication_error, key was working yesterday

import anthropic
client = anthropic.Anthropic(api_key="[[SECRET:sk-ant-api03-yqXFmGOtoBX34xbcXifdooHU_jYtYSHn771_fxbX274HJyfLxm9_-unEVg3HvEw9WFlE0JkbzIoeUocz-ZBkDOAA]]")
msg = client.messages.create(model=MODEL, max_tokens=512, messages=history)""",
    ),
    (
        "git remote URL with a GitLab token",
        "git push fails with 'HTTP Basic: Access denied'. remote is https://oauth2:[[SECRET:glpat-N8GoVxR7cI6M38cVn8ho]]@gitlab.com/ridgeway-ops/rota-app.git, what do I check?",
    ),
    (
        "C# connection string with a password",
        """Entity Framework throws "Login failed for user 'claims_app'" on startup. appsettings.json:

"ConnectionStrings": {
  "Claims": "Server=sql-prod-02;Database=Claims;User Id=claims_app;Password=[[SECRET:Vx9!kP2w#Lq4]];TrustServerCertificate=True"
}""",
    ),
    (
        "support ticket with a temporary password",
        "Write an email to [[PERSON:Leanne Doherty]] saying her account is unlocked. I reset her password to [[SECRET:yntKSisuLWq0ro]] and she has to change it at first login. Don't put the password in the email, I'll text it to [[PHONE_NUMBER:07884 319 052]] separately",
    ),
    (
        "auth log with emails and IPs",
        """what is going on in these logs? looks like someone brute forcing?

2026-12-02T03:14:07Z WARN auth failed user=[[EMAIL_ADDRESS:marta.nowak@kestrelhr.com]] ip=[[IP_ADDRESS:185.220.101.47]] attempts=5
2026-12-02T03:14:09Z WARN auth failed user=[[EMAIL_ADDRESS:marta.nowak@kestrelhr.com]] ip=[[IP_ADDRESS:185.220.101.47]] attempts=6
2026-12-02T03:14:22Z INFO login ok user=[[EMAIL_ADDRESS:marta.nowak@kestrelhr.com]] ip=[[IP_ADDRESS:86.44.172.19]]""",
    ),
    (
        "nginx access log line",
        """explain this nginx line, why 499?

[[IP_ADDRESS:92.40.198.211]] - - [04/Dec/2026:14:22:05 +0000] "POST /checkout/confirm HTTP/2.0" 499 0 "https://shop.fernleaf.co.uk/basket" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"
looks like the user gave up?""",
    ),
    (
        "Python script with SMTP password and a recipient",
        """this script sends the weekly report but Gmail blocks it. how do I fix?

import smtplib
server = smtplib.SMTP("smtp.gmail.com", 587)
server.starttls()
server.login("[[EMAIL_ADDRESS:reports.fernleaf@gmail.com]]", "[[SECRET:pxkq wmzt rhbe ujva]]")
server.sendmail("[[EMAIL_ADDRESS:reports.fernleaf@gmail.com]]", "[[EMAIL_ADDRESS:gavin.mcphee@fernleaf.co.uk]]", body)""",
    ),
    # --- HR and recruiting --------------------------------------------------------------------------------------------
    (
        "HR case summary with NI number and birth date",
        """I'm an HR advisor. Can you summarise this case for the disciplinary hearing pack, neutral tone.

Employee: [[PERSON:Daniel Mensah-Clarke]]
NI number: [[UK_NINO:JK 49 21 03 C]]
DOB: [[DATE_OF_BIRTH:22/08/1991]]
Address: [[LOCATION:61 Hollins Lane, Marple, Stockport SK6 6AW]]
Line manager: [[PERSON:Sarah Whitlock]]
Allegation: three unauthorised absences in Oct (2nd, 9th, 23rd). [[PERSON:Daniel]] says he was caring for his mother. Witness: [[PERSON:Hannah Iqbal]] (team lead).""",
    ),
    (
        "US new-hire form with SSN and driver license",
        """Check this new hire form for anything missing before I send it to payroll

First Name: [[PERSON:Luis]]
Last Name: [[PERSON:Echeverría]]
SSN: [[US_SSN:471-26-5041]]
Date of Birth: [[DATE_OF_BIRTH:03/14/1988]]
Home Address: [[LOCATION:1428 Maple Ridge Dr, Columbus, OH 43215]]
Driver's License #: [[DRIVER_LICENSE:TR482917]] (Ohio)
Emergency Contact: [[PERSON:Marisol Echeverría]] (wife) [[PHONE_NUMBER:614-390-2217]]""",
    ),
    (
        "bank-detail change quoted in a reply request",
        """can you write a reply to this confirming we've updated her bank details from the next pay run:

'Hi [[PERSON:Niamh]], please change my salary account to [[IBAN_CODE:IE74 AIBK 9311 5229 2212 19]], account name [[PERSON:Orla Fitzgerald]]. My old Bank of Ireland account is closing on the 20th. Thanks, [[PERSON:Orla]]'""",
    ),
    (
        "UK starter checklist",
        """Check this starter checklist and tell me what's missing for payroll:

Name: [[PERSON:Ewa Zielińska]]
NINO: [[UK_NINO:YH112484A]]
Date of birth: [[DATE_OF_BIRTH:2 Feb 1985]]
Bank (IBAN): [[IBAN_CODE:GB61NWBK60161335525137]]
Start date: 05/01/2027
Starter declaration: B""",
    ),
    (
        "CV header and summary to rewrite",
        """rewrite the summary section of this CV to be punchier, keep it under 60 words

[[PERSON:JOSEPH KARIUKI]]
[[LOCATION:14 Ashgrove Park, Douglas, Cork T12 X2F6]] | [[PHONE_NUMBER:+353 86 912 4471]] | [[EMAIL_ADDRESS:joe.kariuki@eircom.net]]

SUMMARY
Experienced logistics coordinator with 7 years in cold chain and 3PL, managing teams of up to 12.""",
    ),
    (
        "interview feedback, names that are words",
        "write up my interview feedback into the standard form. [[PERSON:Joy Mbeki]]: strong on stakeholder mgmt, weak on SQL, would hire for the junior role. [[PERSON:Sky Patterson]]: great portfolio, salary expectation too high. [[PERSON:Hunter]]: no-show, didn't reply to [[PERSON:Rose]]'s follow up.",
    ),
    (
        "offer letter with a flat address",
        "Draft an offer letter to [[PERSON:Aleksandra Nowicka]] for the role of Payroll Officer, £34,500, start date 5 January 2027, reporting to Mr. [[PERSON:Okafor]]. Her address is [[LOCATION:Flat 3, 27 Cranbrook Road, Ilford IG1 4PU]]. Include the 6 month probation clause.",
    ),
    (
        "performance review notes in bullets",
        """help me turn these notes into a proper mid-year performance review for [[PERSON:Hunter Alvarez]] (Account Exec). constructive tone, not harsh
- hit 94% of quota H1
- great w/ new logos, esp. the Brightline deal
- CRM hygiene poor, [[PERSON:Mark]] had to chase notes twice
- peer feedback from [[PERSON:Grace Liu]]: "always willing to jump on a call"
- goal: shadow [[PERSON:Will Okonkwo]] on enterprise renewals""",
    ),
    (
        "sick-note summary for an occupational health referral",
        "Write an OH referral for [[PERSON:Gráinne Ní Mhurchú]], born [[DATE_OF_BIRTH:9 April 1979]], off with stress since 3 Nov. Manager is [[PERSON:Declan]]. Her contact is [[PHONE_NUMBER:087 502 6613]] and she's asked that letters go to [[LOCATION:22 Seafield Crescent, Clontarf, Dublin 3, D03 W2K7]]",
    ),
    (
        "reference request in lower case",
        "can u write a quick reference for [[PERSON:dylan o'neill]], he was a kitchen porter here for 2 summers, always on time, good with the team. from [[PERSON:marco]] at the Wheatsheaf. my email is [[EMAIL_ADDRESS:marco.bellini73@gmail.com]] if they want to check",
    ),
    (
        "recruiter sourcing notes with LinkedIn-style names",
        """Turn these sourcing notes into a shortlist with pros/cons:

1. [[PERSON:Ngozi Okereke-Ibe]] - 6 yrs payroll, Sage + ADP, currently at a PE-backed retailer, open to hybrid
2. [[PERSON:Thabo Mokoena]] - 4 yrs, very strong Excel, needs visa sponsorship
3. [[PERSON:Krzysztof Wiśniewski]] - ex-Big 4, wants £55k+
4. [[PERSON:Ana-Maria Popescu]] - referral from [[PERSON:Sunil]], part-time only""",
    ),
    # --- care and health ----------------------------------------------------------------------------------------------
    (
        "GP referral letter",
        "Please write a referral letter to the community physio team for my patient Mr [[PERSON:Gerald Ashworth]], DOB [[DATE_OF_BIRTH:11.09.1946]], of [[LOCATION:9 Prospect Terrace, Whitby YO21 3HL]]. Left hip replacement 6 weeks ago, struggling with stairs, lives alone. He was reviewed by Dr. [[PERSON:Patel]] on 28 Nov. Contact: [[PHONE_NUMBER:01947 602 884]].",
    ),
    (
        "care home handover notes",
        """tidy up these handover notes for the day staff:
- [[PERSON:rose]] in rm 12 refused meds x2, daughter ([[PERSON:maggie]]) informed [[PHONE_NUMBER:07701 384 925]]
- mr. [[PERSON:o'brien]] fall at 03:10, no injury, obs done, family not yet told
- ask [[PERSON:bernadette]] to check the dressing on Mrs [[PERSON:Kaur]]'s leg""",
    ),
    (
        "NDIS progress note, Australia",
        "Can you write a progress note from this? Client: [[PERSON:Jarrah Whitmore]], DOB [[DATE_OF_BIRTH:17/06/2004]], lives at [[LOCATION:Unit 5/42 Bellevue St, Surry Hills NSW 2010]]. Support coordinator [[PERSON:Leilani Fonoti]] ([[PHONE_NUMBER:0412 309 557]]). Today: community access, went to the library and Coles, managed the bus on his own, some anxiety at the checkout.",
    ),
    (
        "US insurance appeal letter",
        """Write an appeal letter to the insurer for a denied MRI claim.
Patient: [[PERSON:Rosalind Tran]]
DOB: [[DATE_OF_BIRTH:July 2, 1967]]
Address: [[LOCATION:4410 Greenway Blvd, Apt 12, Austin, TX 78745]]
Ordering physician: Dr. [[PERSON:Samuel Oyelaran]], Neurology
Reason for denial: 'not medically necessary'. She has had headaches for 5 months, failed 2 meds.""",
    ),
    (
        "pharmacy patient message triage",
        "Triage this message from the pharmacy inbox, is it urgent? 'Hi its [[PERSON:Barbara Kowalczyk]], [[DATE_OF_BIRTH:04/05/1952]] is my birthday for the records, I ran out of my warfarin yesterday and the surgery says the prescription went to you. Please ring [[PHONE_NUMBER:0161 832 5570]]'",
    ),
    (
        "dental practice recall list",
        """make this recall list into friendly SMS reminders, one each

Mr [[PERSON:T. Ogundipe]] - 6 month check - [[PHONE_NUMBER:07534 118 290]]
Ms [[PERSON:Lorraine Buckley]] - hygienist - [[PHONE_NUMBER:07419 602 731]]
Master [[PERSON:Oscar Lindgren]] (age 9, mum [[PERSON:Freya]]) - fissure sealants - [[PHONE_NUMBER:07368 225 019]]""",
    ),
    # --- legal --------------------------------------------------------------------------------------------------------
    (
        "immigration intake with a passport number",
        """Summarise this intake for the visa application checklist:

Client: [[PERSON:Oluwaseun Adeyemi-Bello]]
Nationality: Nigerian
Passport no.: [[PASSPORT_NUMBER:A07834219]]
DOB: [[DATE_OF_BIRTH:5 March 1990]]
Current address: [[LOCATION:40 Kingsland High Street, London E8 2JS]]
Spouse: [[PERSON:Temitope Adeyemi-Bello]] (dependant)""",
    ),
    (
        "solicitor attendance note",
        "Tidy this attendance note: Tel call w/ Mrs [[PERSON:P. Delacroix-Hughes]] re late husband's estate. Executor is her brother-in-law [[PERSON:Ciarán Mac Giolla Phádraig]]. She wants to know if she can stay in the house at [[LOCATION:6 Orchard Rise, Tunbridge Wells TN2 5QP]] during probate. 0.3hrs. - [[PERSON:Kieran Lyons]]",
    ),
    (
        "tenancy dispute letter before action",
        "Write a letter before action from my client [[PERSON:Ibrahim Haddad]] to his former landlord Mr [[PERSON:Geoffrey Pennington-Smythe]] for return of a £1,650 deposit not protected in a scheme. Tenancy was at [[LOCATION:112 Cowley Road, Oxford OX4 1JE]], ended 31 August 2026.",
    ),
    (
        "US legal intake with SSN for a bankruptcy petition",
        "I'm a paralegal. From these notes list the docs we still need for the Ch. 7 petition: debtor [[PERSON:Carla M. Whitaker]], SSN [[US_SSN:267-35-3348]], DOB [[DATE_OF_BIRTH:1979-06-21]], [[LOCATION:2207 N Kedzie Ave, Chicago, IL 60647]], employer Midwest Dental Group, spouse not filing.",
    ),
    (
        "Canadian notary intake with passport and licence",
        """Check for typos before I send to the client:
Client: [[PERSON:Harpreet Sandhu]]
Canadian passport: [[PASSPORT_NUMBER:HK482193]]
Ontario driver's licence: [[DRIVER_LICENSE:S1427-38290-51207]]
Address: [[LOCATION:77 Dundas St E, Unit 1404, Mississauga, ON L5A 1W7]]
Phone: [[PHONE_NUMBER:(905) 276-3318]]""",
    ),
    # --- insurance ----------------------------------------------------------------------------------------------------
    (
        "auto claim notes, US",
        """Summarise these claim notes for the file:
Insured: [[PERSON:Tamika R. Jefferson]], CA DL [[DRIVER_LICENSE:B7294018]], ph [[PHONE_NUMBER:(213) 448-0921]], [[LOCATION:3371 W 54th St, Los Angeles, CA 90043]]
Other driver: [[PERSON:Nguyen Van Thanh]] (no insurance card at scene), plate 8KJD214
Rear-end at light, Crenshaw & Slauson, 11/29 approx 6:40pm. Police report pending.
Adjuster: [[PERSON:Will Carmichael]]""",
    ),
    (
        "home insurance claim email",
        "Reply to this policyholder and ask for photos and the plumber's invoice: 'Dear Sir/Madam, I am writing about my claim for the leak under the kitchen sink at [[LOCATION:14 Rowan Drive, Livingston EH54 6QT]]. The plumber came on Saturday. Please call me on [[PHONE_NUMBER:01506 419 887]]. Yours faithfully, [[PERSON:Morag Buchanan]] (Mrs)'",
    ),
    (
        "UK motor claim with a driving licence",
        """fill in the third party section of the claim form from this:
Driver: [[PERSON:Martin Whitfield]]
Licence no: [[DRIVER_LICENSE:WHITF706219M99AB]]
DOB: [[DATE_OF_BIRTH:21/06/1979]]
Address: [[LOCATION:5 Beech Avenue, Leamington Spa CV32 6HZ]]
Insurer: Admiral, policy P-5520187""",
    ),
    # --- finance ------------------------------------------------------------------------------------------------------
    (
        "double charge with a full card number",
        "Customer says she was charged twice. Card [[CREDIT_CARD:4620 9665 4287 0724]], exp 09/28, name on card [[PERSON:JENNIFER A COLLINS]]. Write a reply apologising and saying the duplicate will be refunded in 5-7 working days.",
    ),
    (
        "chargeback response with an Amex",
        "Help me respond to this chargeback. Cardholder [[PERSON:Benedict Oyelowo-Grant]], Amex [[CREDIT_CARD:3773 731976 86336]], disputed $1,240.00 for a conference ticket. We have his signed registration and the attendance scan from 14 Oct. Keep it factual.",
    ),
    (
        "supplier invoice with a Dutch IBAN",
        """Draft a reply saying we've paid it and it should arrive in 2 days:

'Dear [[PERSON:Callum]], invoice 2026-0417 is now 30 days overdue. Please pay to [[IBAN_CODE:NL37 RABO 8238 9762 71]] (Groenveld Packaging B.V.). Kind regards, [[PERSON:Sanne de Groot]], Credit Control'""",
    ),
    (
        "mortgage fact find with SSNs",
        """Summarise this fact find in 5 bullets for the underwriter:
Applicant 1: [[PERSON:Marcus J. Whitfield]], SSN [[US_SSN:091-06-2435]], DOB [[DATE_OF_BIRTH:1981-10-03]], self-employed electrician
Applicant 2: [[PERSON:Keisha Whitfield]], SSN [[US_SSN:515-02-3915]], DOB [[DATE_OF_BIRTH:1983-02-17]], RN at St. Luke's
Property: [[LOCATION:918 Larkspur Ln, Overland Park, KS 66212]]
[[PERSON:M. Whitfield]] has 2 yrs of Schedule C""",
    ),
    (
        "accounts receivable chase with a German IBAN",
        "write a firm but polite chase email to Herr [[PERSON:Becker]] at Kranich Maschinenbau for invoice INV-8842 (€14,300, due 15 Nov). Remind him of our account details: [[IBAN_CODE:DE19 1348 6046 9624 2070 57]]. From [[PERSON:Ciara]] in accounts",
    ),
    (
        "French IBAN in a booking deposit",
        "Translate into French for the gîte owner: Hello Mme [[PERSON:Lefèvre]], we have sent the 30% deposit to [[IBAN_CODE:FR40 8622 2563 3571 4833 4402 717]] as asked. We arrive on 12 July with two children. Best wishes, [[PERSON:Rachel]] and [[PERSON:Owen Pryce]]",
    ),
    (
        "card number typed in a hurry",
        "hey can you check if this card number is valid [[CREDIT_CARD:5137-0450-5285-5962]] its my mums and the site keeps rejecting it. name on it is [[PERSON:bernadette quinn]]",
    ),
    (
        "expense report with a corporate card",
        """Categorise these expenses for [[PERSON:Olumide Fashola]]'s November claim:
Card: Visa Corporate [[CREDIT_CARD:4297102822512396]]
03/11 Premier Inn Leeds £89.00
04/11 LNER £142.50
04/11 Pret £7.85
05/11 Uber £23.10""",
    ),
    (
        "phone order note with a card and expiry",
        "took a phone order, can you turn this into a clean order confirmation (leave the card out of the email obviously): [[PERSON:Dolores Fitzsimmons]], 2x wool throw, card [[CREDIT_CARD:2221 2924 7411 6672]] exp 03/29, deliver to [[LOCATION:71 Elm Park Gardens, Ranelagh, Dublin 6, D06 P2N4]]",
    ),
    (
        "hotel booking form with a Discover card",
        """is this booking form complete? guest wants early check-in
Guest: [[PERSON:Reginald Okonkwo-Barnes]]
Card on file: Discover [[CREDIT_CARD:6011086993467367]]
Arrival: Dec 18, 2 nights, king room
Cell: [[PHONE_NUMBER:(919) 604-2281]]""",
    ),
    (
        "payment dispute with a Mastercard in an email",
        """Write a reply to this customer:

From: [[EMAIL_ADDRESS:summer.whitaker@rogers.com]]
I was billed on my Mastercard [[CREDIT_CARD:5365 4259 8747 1742]] for an annual plan but I chose monthly!! Fix it or I'm cancelling. - [[PERSON:Summer Whitaker]], [[PHONE_NUMBER:416 902 3357]]""",
    ),
    (
        "UK bank payment instruction",
        "Can you check this payment instruction makes sense before I send it to finance: pay £2,400 to [[PERSON:Tobias Achterberg]], IBAN [[IBAN_CODE:GB97 BARC 2004 1579 0443 51]], ref 'Dec consultancy', approved by [[PERSON:Philippa Harcourt]]",
    ),
    (
        "Irish refund with IBAN and card",
        "draft a refund confirmation to [[PERSON:Pádraig Ó Súilleabháin]]: we can't refund to the card ending 7233 as it's expired, so we've sent €215 to [[IBAN_CODE:IE15 BOFI 9000 1751 0724 63]] instead. Include our ref RF-22091.",
    ),
    # --- school -------------------------------------------------------------------------------------------------------
    (
        "parent email to a teacher",
        """Help me reply to this parent, kind but firm that we are dealing with it:

'Dear Ms. [[PERSON:O'Connell]], my daughter [[PERSON:Harper]] came home upset again today because of [[PERSON:Liam Kowalczyk]] in her class. This is the third time. I want a meeting with you and Mr. [[PERSON:Adeyinka]]. [[PERSON:Nicole Vance]] ([[PHONE_NUMBER:780-433-1962]])'""",
    ),
    (
        "IEP meeting summary, US",
        "Write a parent-friendly summary of the IEP meeting: student [[PERSON:Mateo Ramírez]], DOB [[DATE_OF_BIRTH:8/19/2015]], grade 5. Present: mom ([[PERSON:Lucía Ramírez]]), SPED teacher Mrs. [[PERSON:Holloway]], OT [[PERSON:Destiny Brooks]]. Goals: reading fluency 90 wcpm by May, 2x weekly OT.",
    ),
    (
        "reference for a teaching assistant",
        "write a reference for my former teaching assistant [[PERSON:Summer Blake]], she worked in my Year 2 class 2023-2025, brilliant with SEN kids, especially [[PERSON:Alfie]] who is non-verbal. I'm Mrs [[PERSON:Grace Hollingworth]], class teacher",
    ),
    (
        "university extension request",
        "make this email to my tutor sound more professional: hi dr [[PERSON:nakamura]] its [[PERSON:ellie]] from ur tuesday seminar, student no 21874503, i need an extension on the essay cos my nan is in hospital. my uni email is [[EMAIL_ADDRESS:e.marsden-2@student.leedsbeckett.ac.uk]]",
    ),
    # --- property management ------------------------------------------------------------------------------------------
    (
        "tenant maintenance email to triage",
        """Triage this tenant email: urgent, routine or not our responsibility?

From: [[PERSON:Grace O'Malley]] <[[EMAIL_ADDRESS:grace.omalley@gmail.com]]>
Subject: no hot water AGAIN
Hi, boiler at [[LOCATION:Apt 4, 31 Harcourt Street, Dublin 2, D02 XR44]] has stopped again, third time this month. I have a newborn. Please send someone today. [[PERSON:Grace]] [[PHONE_NUMBER:085 117 2093]]""",
    ),
    (
        "lease renewal letter, Canada",
        "Draft a lease renewal letter to [[PERSON:Chantal Beaulieu]] and [[PERSON:Marc-André Tremblay]] at [[LOCATION:405-1260 Granville St, Vancouver, BC V6Z 1M4]]. Rent goes from $2,480 to $2,555 (allowable increase). Renewal date 1 March 2027. Sign as Property Manager, Westcoast Rentals.",
    ),
    (
        "rent arrears notice, Australia",
        "Write a polite rent arrears reminder (14 days behind) to [[PERSON:Kieran Walsh]], [[LOCATION:17/203 Glenferrie Rd, Malvern VIC 3144]], mobile [[PHONE_NUMBER:0433 610 258]]. He usually pays on time, so keep it friendly. From [[PERSON:Tash]] at Yarra Property Group",
    ),
    (
        "tenancy application with a driver licence and passport",
        """Score this rental application against our criteria (income 3x rent, references):
Applicant: [[PERSON:Vikram Chaudhary]]
ID: US passport [[PASSPORT_NUMBER:A41937205]], NY DL [[DRIVER_LICENSE:731 482 905]]
Current address: [[LOCATION:88-14 Parsons Blvd, Apt 3C, Jamaica, NY 11432]]
Employer: Queens Medical Billing, $71,000
Landlord reference: [[PERSON:Gloria Estrada]] [[PHONE_NUMBER:718-291-6640]]""",
    ),
    # --- logistics ----------------------------------------------------------------------------------------------------
    (
        "delivery exception email",
        "Write a customer email for this delivery exception: consignee [[PERSON:Rhiannon Price-Jones]], [[LOCATION:12 Heol y Felin, Rhiwbina, Cardiff CF14 6NA]], tel [[PHONE_NUMBER:029 2075 4461]], parcel refused - damaged outer box. Offer redelivery or refund.",
    ),
    (
        "driver roster with licence numbers",
        """sort this by licence expiry and flag anything expiring before March:

[[PERSON:Stuart McKinnon]] | [[DRIVER_LICENSE:MCKIN601028SJ9FK]] | exp 02/2027
[[PERSON:Adebola Johnson]] | [[DRIVER_LICENSE:JOHNS805145A99GX]] | exp 11/2029
[[PERSON:Piotr Zawadzki]] | [[DRIVER_LICENSE:ZAWAD711193P99RT]] | exp 01/2027""",
    ),
    (
        "customs invoice with a passport",
        "Fill in the commercial invoice details from this: importer is a private individual, [[PERSON:Ji-woo Park]], Canadian passport [[PASSPORT_NUMBER:GT731508]], delivering to [[LOCATION:1908 Bloor St W, Toronto, ON M6P 3K9]]. Contents: used household goods, value CAD 3,200.",
    ),
    (
        "courier driver chat with a customer number",
        """what does this customer want? reply for me, short:

[14:02] Driver [[PERSON:Dev]]: at the address, no answer
[14:03] Customer: sorry!! leave it with my neighbour at no.16, Mrs [[PERSON:Ferreira]]
[14:03] Customer: or call me [[PHONE_NUMBER:07961 553 280]]""",
    ),
    (
        "freight booking form, US",
        """Check this BOL info for errors:
Shipper: Ridgeline Cabinets, contact [[PERSON:Bubba Hargrove]] [[PHONE_NUMBER:1 (205) 661-4290]]
Consignee: [[PERSON:Yolanda Pérez-Santiago]], [[LOCATION:5120 Eastgate Dr, Apt 7, Montgomery, AL 36117]]
Pieces: 4, weight 612 lb, class 70""",
    ),
    # --- support tickets ----------------------------------------------------------------------------------------------
    (
        "support ticket with customer details and an IP",
        """Triage this ticket (priority + category + suggested reply):

Ticket #58213 | Requester: [[PERSON:Olamide Bankole]] <[[EMAIL_ADDRESS:olamide@bankoleconsulting.com]]>
Subject: locked out after MFA reset
Body: I reset my phone and now the authenticator doesn't work. I'm travelling, logging in from [[IP_ADDRESS:102.89.34.117]]. My number on the account is [[PHONE_NUMBER:+44 7700 137 442]].""",
    ),
    (
        "live chat transcript summary",
        """summarise this chat for the handoff:

Agent ([[PERSON:Bella]]): Hi, thanks for contacting Northwind Broadband!
Customer: hi im [[PERSON:Will Ashdown]], my internet has been dropping every evening
Agent ([[PERSON:Bella]]): Sorry to hear that [[PERSON:Will]]! Can you confirm the address on the account?
Customer: [[LOCATION:42 Fernhill Road, Farnborough GU14 9RX]]
Customer: router IP shows [[IP_ADDRESS:86.151.22.208]] if that helps""",
    ),
    # --- translation --------------------------------------------------------------------------------------------------
    (
        "translate a note for a cleaner",
        "translate to spanish: Hi [[PERSON:Guadalupe]], we'll be away from the 20th. The spare key is with Mrs [[PERSON:Bianchi]] next door. Please water the plants and text me on [[PHONE_NUMBER:(617) 284-0917]] if anything comes up. Thanks, [[PERSON:Meredith]]",
    ),
    (
        "translate a warehouse message into Polish",
        "Translate into Polish for [[PERSON:Bartosz]]: your shift on Saturday is cancelled, [[PERSON:Liam]] will call you about overtime next week. Your payslip is emailed to [[EMAIL_ADDRESS:bartosz.kaminski91@wp.pl]].",
    ),
    (
        "translate into Canadian French",
        "can you translate this to Quebec french pls: Dear Mr. [[PERSON:Gagnon]], your appointment with Dr. [[PERSON:Oduya]] is confirmed for Monday at 9:30. Please bring your health card. Call [[PHONE_NUMBER:514-842-7719]] to reschedule.",
    ),
    # --- misc narration and short prompts -----------------------------------------------------------------------------
    (
        "first-person: boss asked for a speech",
        "my boss [[PERSON:Bill]] asked me to write a short leaving speech for [[PERSON:Joy Akinwande]] who's retiring after 31 years in the accounts team. she loves gardening and her grandkids, and she once drove to Cardiff in the snow to deliver payslips. funny but kind, 2 mins",
    ),
    (
        "first-person: birthday card for a colleague",
        "whats a nice message for a card for [[PERSON:Mark]] in IT, he's 50 on friday. [[PERSON:Sharon]] wants everyone to sign it",
    ),
    (
        "recommendation on LinkedIn",
        "write a linkedin recommendation for [[PERSON:Anneliese Van der Berg]], she was my project manager on the ERP rollout at Carrow Foods, 2022-2024. mention she kept us on track when [[PERSON:Dom]] left halfway through",
    ),
    (
        "event RSVP list in prose",
        "Make a seating plan for 3 tables of 6 from this list: [[PERSON:Hunter Rowe]], [[PERSON:Autumn Blackwood]], [[PERSON:Skye Maddox]], [[PERSON:Ravi Pillai]], [[PERSON:Obinna Eze]], [[PERSON:Linh Dang]], [[PERSON:Moira Fennelly]], [[PERSON:Lorcan Tobin]], [[PERSON:Hye-jin Seo]], [[PERSON:Jasper Quennell]], [[PERSON:Chidinma Ugwu]], [[PERSON:Rocco Benedetti]]. [[PERSON:Autumn]] and [[PERSON:Lorcan]] can't sit together.",
    ),
    (
        "thanks sign-off, terse",
        "shorten this pls: 'Just wanted to flag that the client call moved to 3pm and [[PERSON:Ifeoma]] can't make it, so can someone else take notes? thanks, [[PERSON:Deb]]'",
    ),
    (
        "club membership renewals with emails and phones",
        """write a renewal reminder for these members, personalise the first line:
- [[PERSON:Colin Abernathy]], [[EMAIL_ADDRESS:colin.abernathy@bigpond.com]], [[PHONE_NUMBER:0408 226 917]]
- [[PERSON:Xavier Nguyen]], [[EMAIL_ADDRESS:xnguyen@optusnet.com.au]], [[PHONE_NUMBER:(02) 4963 2210]]""",
    ),
    (
        "volunteer DBS form check",
        "Can you check this DBS application info is complete: [[PERSON:Hollie-Mae Carter]], born [[DATE_OF_BIRTH:30 December 1999]], NI [[UK_NINO:LZ 16 12 48 B]], passport [[PASSPORT_NUMBER:532876194]], address [[LOCATION:33 Pargeter Street, Walsall WS2 8RZ]]",
    ),
    (
        "Irish passport renewal for a staff trip",
        "I'm booking flights for the team trip, check I've got everyone's details in the right format: [[PERSON:Conor Heffernan]] - passport [[PASSPORT_NUMBER:PX4817263]], DOB [[DATE_OF_BIRTH:14/03/1987]]; [[PERSON:Aisling Kavanagh]] - passport [[PASSPORT_NUMBER:LF2093754]], DOB [[DATE_OF_BIRTH:02/11/1992]]",
    ),
    (
        "Australian visa application details",
        "Help me fill in the Form 1419 section for my mum: [[PERSON:Maria Clara Santos]], Philippine passport [[PASSPORT_NUMBER:P3418827B]], date of birth [[DATE_OF_BIRTH:28 January 1958]], staying with me at [[LOCATION:9 Jacaranda Court, Carindale QLD 4152]]",
    ),
    (
        "Florida licence in an HR background check",
        "Background check vendor bounced this, what's wrong? Candidate [[PERSON:Dwayne Pritchett]], FL DL [[DRIVER_LICENSE:P632-417-85-293-0]], SSN [[US_SSN:280-56-1985]], DOB [[DATE_OF_BIRTH:05/27/1985]]",
    ),
    (
        "Illinois licence in a fleet insurance form",
        "add this driver to the fleet schedule table: [[PERSON:Rosa Gutiérrez-Maldonado]], IL DL [[DRIVER_LICENSE:G362-7389-2051]], license class D, hire date 10/14/2025",
    ),
    (
        "Victorian licence in a car hire booking",
        "write a confirmation email for the ute hire: [[PERSON:Lachie Brennan]], Vic licence no. [[DRIVER_LICENSE:038 471 295]], pickup Fri 7am from our Dandenong yard, return Mon. mob [[PHONE_NUMBER:0455 902 118]]",
    ),
    (
        "NINO in a benefits letter",
        "Help me write a letter to DWP for my client. [[PERSON:Kofi Mensah]], NI number [[UK_NINO:GH 14 94 70 A]], his UC payment was stopped after he started work at Tesco 16hrs/wk.",
    ),
    (
        "NINO in lower case in a chat",
        "hi can u write a msg to payroll, my ni number on my payslip is wrong its showing [[UK_NINO:YW705044B]] but should be [[UK_NINO:sc402718d]]. im [[PERSON:jordan]] in dispatch",
    ),
    (
        "SSN in a benefits enrolment email",
        "Rewrite this for the benefits portal note: employee [[PERSON:Kimberly Oduro]] added dependant [[PERSON:Elijah Oduro]], SSN [[US_SSN:604 41 7726]], DOB [[DATE_OF_BIRTH:April 9, 2024]], effective 1/1/27.",
    ),
]

# (shape, text): no personal data and no secret, but the things that fool scanners
BENIGN: list[tuple[str, str]] = [
    (
        "eponymous company in a LinkedIn post",
        "Write a LinkedIn post about our new supply partnership with Johnson & Johnson's MedTech division. Launch is Monday 12 January, mention the 18-month pilot and keep it under 150 words.",
    ),
    (
        "bank named after people",
        "Summarise the main points of Wells Fargo's Q3 2026 earnings call in 5 bullets for our treasury team, and compare net interest income with Q2.",
    ),
    (
        "streets and museums named after people",
        "We're planning a team day out in London: the Abbey Road crossing, lunch near Baker Street, then the Sherlock Holmes Museum. Draft an itinerary for 14 people with a budget of £45 each.",
    ),
    (
        "ice cream brands in a poll",
        "Write a fun Teams poll: Ben & Jerry's or Häagen-Dazs for the office freezer? Options should include Cookie Dough, Phish Food and Salted Caramel.",
    ),
    (
        "Canadian chains in an expense policy",
        "Rewrite this expense policy line for the Canadian team: coffee at Tim Hortons or Second Cup is covered up to $8 per day when travelling, receipts required, claims by the 5th of the following month.",
    ),
    (
        "Jenkins build failure",
        "Jenkins build #4821 failed at stage 'Deploy to staging' with exit code 137. The agent has 4 GB of RAM and we run two Maven builds in parallel. What's the likely cause and fix?",
    ),
    (
        "Django migration error",
        "Django 5.1.4 on Python 3.12.1: running migrate gives 'django.db.utils.ProgrammingError: relation \"orders_invoice\" does not exist'. I squashed migrations 0007 to 0015 last week. How do I recover without losing data?",
    ),
    (
        "order and tracking numbers in a template",
        "Write a customer update template: order #ORD-2026-118734 shipped on 3 December via UPS, tracking 1Z 9A4 W77 03 4471 8820, expected Tuesday. Use [Customer Name] as a placeholder.",
    ),
    (
        "invoice reminder with amounts",
        "Draft a reminder to the Accounts Payable team that invoice INV-004417 for $12,480.00 (PO 7781-22) is now 15 days overdue. Payment terms were net 30 from 1 October.",
    ),
    (
        "hashes and UUIDs in an error",
        "What does this mean? 'Deployment failed: correlation id 3f2b8c1e-9a4d-4e7b-b0c2-71d5e8a9f013, image digest sha256:9c1e4b7a0f3d2e8c6b5a4f1e0d9c8b7a6f5e4d3c2b1a09f8e7d6c5b4a3f2e1d0, commit a94f3c2'.",
    ),
    (
        "placeholder API key in a README",
        "Explain step 3 of this README to a non-developer: 'Copy .env.example to .env and set OPENAI_API_KEY=YOUR_API_KEY, then run npm run dev and open localhost:3000.'",
    ),
    (
        "capitalised job titles in a job ad",
        "Write a job ad for a Senior Account Manager reporting to the Head of Customer Success. Hybrid, 3 days in our Manchester office, £48-55k, must have SaaS renewals experience.",
    ),
    (
        "months and weekdays in a rota",
        "Make a rota template in a table: Monday to Friday, April to June, early shift 7-3 and late shift 2-10, with a column for Bank Holiday cover on Easter Monday and the May bank holidays.",
    ),
    (
        "first-name words used as words",
        "Is there a grace period on the lease? Will the landlord mark it as paid if we pay on the 3rd? Also the summer rates: do they apply from June or July?",
    ),
    (
        "snack brands with titles",
        "Turn this into a tidy order list for the kitchen: Dr Pepper x 24, Mr Kipling Bakewell slices x 6, Kellogg's Crunchy Nut x 4, Jacob's crackers x 3, Uncle Ben's rice x 2.",
    ),
    (
        "street and station directions",
        "Write directions for visitors from King's Cross station to our office on Gray's Inn Road: about 8 minutes on foot, go past the British Library side, reception is on the 2nd floor.",
    ),
    (
        "laptop models compared",
        "Compare the Dell Latitude 7450 and the HP EliteBook 840 G11 for the finance team: battery, weight, docking with our Lenovo USB-C docks, and price at about £1,100 each.",
    ),
    (
        "retailers named after founders",
        "Plan a Christmas party food order from Marks & Spencer and Sainsbury's for 30 people, with vegan and gluten-free options, budget £600.",
    ),
    (
        "charity named after a person",
        "Write an intranet post about our bake sale raising £1,240 for Ronald McDonald House Charities. Thank everyone who baked and say the total will be matched by the company.",
    ),
    (
        "package versions conflict",
        "pip says numpy 1.26.4 conflicts with pandas 2.2.3 and scipy 1.14.1 on Python 3.13.0. What versions should I pin in requirements.txt?",
    ),
    (
        "quarterly figures to a table",
        "Turn this into a table with growth %: Q1 revenue $1.20M, Q2 $1.45M, Q3 $1.61M, Q4 forecast $1.80M. Headcount went from 42 to 57.",
    ),
    (
        "CRM migration plan",
        "Outline a migration plan from Salesforce to HubSpot for a 25-person sales team: data mapping, deal stages, email sequences, and a cutover weekend in February.",
    ),
    (
        "grant cover note, institutions named after people",
        "Write a cover note for a Wellcome Trust grant application for a joint study between the Johns Hopkins Bloomberg School and Trinity College Dublin on shift work and sleep.",
    ),
    (
        "voice assistants",
        "Which voice assistant should we support first in our recipe app, Alexa or Siri? Give pros and cons, assuming most of our users are on iPhone.",
    ),
    (
        "car park closure notice, Australia",
        "Draft a notice for staff: the Woolworths car park on Macquarie Street will be closed this Saturday for resurfacing, please use the Wilson Parking levels instead.",
    ),
    (
        "St Patrick's Day lunch",
        "Plan a St Patrick's Day lunch for the Dublin office, 40 people, something better than just Guinness and soda bread. Budget €25 a head.",
    ),
    (
        "TypeScript interface fields",
        "Rename these fields in our TypeScript interface to camelCase and add JSDoc: first_name, last_name, date_of_birth, phone_number, email_address, created_at.",
    ),
    (
        "SQL query explained",
        "Explain this query to my manager: SELECT first_name, last_name, COUNT(*) FROM customers JOIN orders USING (customer_id) WHERE created_at > '2026-01-01' GROUP BY 1, 2 HAVING COUNT(*) > 5;",
    ),
    (
        "Spring Boot stack trace",
        "Spring Boot 3.3.2 fails at startup: 'org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [billing_ref] in table [invoice]'. We use Flyway 10.15. What's wrong?",
    ),
    (
        "Excel formula help",
        "Why does =VLOOKUP(A2,Sheet2!A:D,4,FALSE) return #N/A when the value is clearly there? The IDs in column A are like 00471 and the other sheet has 471.",
    ),
    (
        "product descriptions with eponymous brands",
        "Write two product descriptions for our gift shop: a Stanley Quencher tumbler in sage green and a Le Creuset 24 cm round casserole in Volcanic orange.",
    ),
    (
        "Jira ticket rewrite",
        "Rewrite this Jira ticket so it's clearer: PROJ-4412 checkout button unresponsive on iOS 17.5.1, app build 3.18.0 (4471), reproducible on iPhone 13 only, started after release 3.18.",
    ),
    (
        "fleet lease comparison",
        "Compare leasing five Tesla Model Y against five Ford Mustang Mach-E for our sales team over 36 months at 15,000 miles a year, including charging at home.",
    ),
    (
        "Kubernetes question",
        "Explain the difference between a Kubernetes Deployment and a StatefulSet for a Postgres replica on cluster version 1.29, and when I'd need a headless Service.",
    ),
    (
        "bank holiday list",
        "List the UK bank holidays for 2027 in England and Wales, Scotland and Northern Ireland as a table, and mark which ones fall on a Monday.",
    ),
    (
        "eponymous firm in a closure notice",
        "Translate into French: 'Our office will be closed from 24 December to 2 January. Happy holidays from all of us at Bramwell & Sons Solicitors.'",
    ),
    (
        "hospital and saint names",
        "Write a short thank-you post for our fun run team who raised money for St Vincent's Hospital and the Mater, with a line about the route along the Grand Canal.",
    ),
    (
        "Git and CI versions",
        "Our GitHub Actions workflow uses actions/checkout@v4 and setup-node@v4 with Node 20.18.0. The cache step misses every time on branch release/2.4. Why?",
    ),
    (
        "policy numbers and claims codes",
        "Summarise this for a customer: claim CLM-77120-B was approved on 28 November, excess of £250 applies, payment reference PAY-0093318, settlement within 10 working days.",
    ),
    (
        "novel and film characters in a team quiz",
        "Write 10 pub quiz questions for the office Christmas do about films, include ones on Harry Potter, Mrs Doubtfire and Paddington, with answers.",
    ),
]

LABELLED: list[tuple[str, str, str]] = [("en", shape, marked) for shape, marked in TEXTS]


def check_texts() -> None:
    """Each labelled text has a mark of a known kind, no benign text has a mark."""
    bad = [marked[:60] for _, _, marked in LABELLED if not MARK.search(marked)]
    bad += [m.group("kind") for _, _, marked in LABELLED for m in MARK.finditer(marked) if m.group("kind") not in KINDS]
    bad += [text[:60] for _, text in BENIGN if MARK.search(text)]
    if bad:
        sys.exit(f"texts with wrong marks: {bad}")


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, KINDS, check_texts)


if __name__ == "__main__":
    sys.exit(main())

"""An independent probe of the detector on English workplace prompts: 143 texts as office workers in the UK,
Ireland, the US, Canada and Australia type or paste them into an AI chat tool (email drafts and rewrites,
thread summaries, spreadsheet formulas over pasted rows, reference letters, handovers, supplier complaints,
HR cases, insurance claims, tenancy and property management, GP referrals and appointment reminders, school
admin, legal intake, CRM notes, IT tickets and config snippets, travel bookings, payroll, invoices, refunds
and direct debits, recruitment), each with its personal data, identifiers and secrets marked, and 45 benign
texts with no value at all but full of look-alikes (firms and places named like people, order and invoice
numbers, dates, prices, versions, tracking codes, hex colours, UUIDs, checksums, code that reads secrets from
the environment, placeholders).

Written by a different author from the engine's rules, without reading the engine, its tests, its corpora or
the other probes (only bench/dev_marks.py, the scoring harness, was read). Every name, number, address, key
and password is invented; card numbers pass the Luhn check, IBANs their mod-97 check, SSNs the issuing
ranges, NINOs the allowed prefixes. Every text and every mark was written in full before the engine first
ran, and nothing was changed after that run.

First run (2026-12-07, the only run; --misses): all recall 0.957 (377/394), any-type recall 0.959 (378/394);
PERSON 0.949 (186/196), EMAIL_ADDRESS 1.000 (30/30), PHONE_NUMBER 1.000 (33/33), LOCATION 0.929 (26/28),
DATE_OF_BIRTH 1.000 (14/14), IBAN_CODE 1.000 (10/10), CREDIT_CARD 1.000 (8/8), US_SSN 0.875 (7/8), UK_NINO 1.000
(8/8), PASSPORT_NUMBER 1.000 (9/9), DRIVER_LICENSE 0.833 (5/6), IP_ADDRESS 1.000 (11/11), SECRET 0.909 (30/33);
benign texts with a finding of a marked type: 8/45. The misses by class: (1) bare first names with no cue in
bullets, sign-offs and chat (PERSON 'Seun' signing a pasted email, 'Oksana', 'Kenji', 'Olu' opening pipeline
bullets "- Oksana at Pellar Foods", 'Ngozi' after a dash in a quoted ticket, 'Chukwuemeka' after "swapping
with"); (2) names in other notations: a lower-case full name ('funmi okonjo'), capital forenames on a P45 line
('FOLASADE TITILOPE', the surname line 'ADEBAYO' was found), the first "Surname, First" entry of a list ('Obi,
Chinedu'; the three after it were found in two parts), and 'Róisín Farrell' found only as 'Róisín' (6 of 14
characters); (3) Irish addresses with a county and an Eircode (LOCATION 'Cnoc na Gréine, Clonakilty, Co. Cork,
P85 W2K6' not found at all; '17 Glenview Park, Bray, Co. Wicklow, A98 P6F3' found only as '17 Glenview Park,
Bray', 22 of 45 characters); (4) secrets without a config key before them (SECRET 'Harbour#4471x' in "I've reset
it to ...", the VPN pre-shared key 'PSK: 7hQp2!vXr9Lm#Tz4Kc', the BitLocker PIN '480213'); (5) an undashed SSN in
a CSV column headed ssn, '045025519', taken as PHONE_NUMBER (its neighbour '288610437' was found as US_SSN); (6) a
New York licence number written in three groups, DRIVER_LICENSE '384 927 615' after "NY driver license no.", not
found. The 8 benign texts with a finding all have PERSON findings on firms, brands and places named after
people: 'Johnson' (Johnson & Johnson, twice), 'Morgan Stanley', the cities 'Charlotte' and 'Jackson', 'Chelsea
Harbour', 'Ben' and 'Jerry' (Ben & Jerry's), 'Earl Grey', 'Jack Daniel' and 'Johnnie Walker', 'John Lewis' and
'Harvey Nichols'; no benign text had a finding of any other marked kind. Outside the scoring, the labelled texts
also drew some stray PERSON findings ('IKE' and 'Peer' in the VPN config, 'Pádraig Keane. Address' running past
the name, 'Harpreet (Change & comms)') and an IP_ADDRESS finding on the subnet '10.20.0.0/16'.

    python bench/unseen3_en_prompts.py [--misses]
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
    "US_SSN",
    "UK_NINO",
    "PASSPORT_NUMBER",
    "DRIVER_LICENSE",
    "IP_ADDRESS",
    "SECRET",
)

# (language, shape, marked text): a value is written [[KIND:value]]
TEXTS: list[tuple[str, str, str]] = [
    # --- email drafts and rewrites ---
    (
        "en",
        "rewrite request, pasted email with greeting and sign-off",
        "Can you rewrite this so it sounds less passive-aggressive?\n\n"
        "Hi [[PERSON:Priya]],\n"
        "As I mentioned in my last three emails, the signed contract from [[PERSON:Declan Whelan]] still hasn't reached us. "
        "Could you chase him today please.\n"
        "Thanks,\n"
        "[[PERSON:Gareth]]",
    ),
    (
        "en",
        "summarise pasted email with Outlook header",
        "Summarise this email in two bullet points for my manager:\n\n"
        "From: [[PERSON:Oluwaseun Adeyemi]] <[[EMAIL_ADDRESS:o.adeyemi@brightwellcare.co.uk]]>\n"
        "Sent: 03 November 2026 09:14\n"
        "To: Care Coordination Team\n"
        "Subject: RE: weekend rota\n\n"
        "Morning all, I can't cover Saturday after all because my mum is back in hospital. [[PERSON:Ewa]] said she might swap "
        "with me if someone takes her Tuesday late. Call me on [[PHONE_NUMBER:07831 604 227]] if needed.\n\n"
        "[[PERSON:Seun]]",
    ),
    (
        "en",
        "act-as customer service reply, name and email inline",
        "Act as a customer service lead. Write a polite reply to a customer called [[PERSON:Marcus Delgado]] who says his "
        "refund of $84.20 for order #WX-448210 never arrived. His email is [[EMAIL_ADDRESS:marcus.delgado88@yahoo.com]] "
        "and he's been waiting 19 days.",
    ),
    (
        "en",
        "one-line lower-case thank-you note",
        "write a thank you note to [[PERSON:funmi okonjo]] for having the kids on friday, keep it short and warm",
    ),
    (
        "en",
        "voicemail script with title + surname and US phone",
        'Rewrite this voicemail script so it is under 30 seconds: "Hi, this is [[PERSON:Kayla Brennan]] from Ridgeline '
        "Dental calling for Mr. [[PERSON:Hernandez]] about rescheduling your cleaning, which was booked for Thursday the "
        "11th. We've had a cancellation on Monday at 8:15 if that suits better. Please give us a call back at "
        '[[PHONE_NUMBER:(512) 448-7309]] at your earliest convenience, thanks so much and have a great day."',
    ),
    (
        "en",
        "notes to formal email, Irish flat address and mobile",
        "Turn these notes into a formal email to my landlord:\n"
        "- boiler broken since 14 Oct, no hot water\n"
        "- rang the agent ([[PERSON:Siobhán Ní Bhriain]]) 3 times, no callback\n"
        "- flat: [[LOCATION:Apt 12, Harbour View, Ringsend Road, Dublin 4, D04 X9P7]]\n"
        "- my mobile [[PHONE_NUMBER:087 331 2289]]\n"
        "- want it fixed by Friday or I'll contact the RTB",
    ),
    (
        "en",
        "tidy message to strata manager, Australian unit address",
        "Hey can you tidy up this message to the strata manager? 'Hi [[PERSON:Trent]], water is coming through the ceiling "
        "in the bathroom of [[LOCATION:Unit 4/18 Bent Street, Paddington NSW 2021]] again. Photos attached. I'm home after 3 "
        "— [[PHONE_NUMBER:0413 662 018]]. Cheers, [[PERSON:Mei Lin Zhou]]'",
    ),
    (
        "en",
        "Slack thread with timestamps, display names and lower-case mention",
        "Summarise this Slack thread and list the action items with owners:\n\n"
        "[09:02] [[PERSON:Dave Kowalski]]: deploy is blocked, staging db is down again\n"
        "[09:05] [[PERSON:Anjali Menon]]: I'll ping infra. @[[PERSON:tom]] can you check whether the migrations ran?\n"
        "[09:11] [[PERSON:Tom Brierley]]: on it\n"
        "[09:26] [[PERSON:Tom Brierley]]: migration 0042 failed halfway, rolling back\n"
        "[09:31] [[PERSON:Dave Kowalski]]: ok, pushing release to tomorrow. can someone tell the client?",
    ),
    (
        "en",
        "VLOOKUP question over pasted CSV with names and emails",
        "My VLOOKUP returns #N/A for some rows, why? Column A is the staff ID.\n\n"
        "staff_id,name,email,team\n"
        "1041,[[PERSON:Hannah Whitfield]],[[EMAIL_ADDRESS:h.whitfield@corvinagroup.com]],Finance\n"
        "1042,[[PERSON:Rajesh Subramaniam]],[[EMAIL_ADDRESS:r.subramaniam@corvinagroup.com]],Ops\n"
        "1043 ,[[PERSON:Nguyen Thi Lan]],[[EMAIL_ADDRESS:lan.nguyen@corvinagroup.com]],Ops\n\n"
        "Formula in F2: =VLOOKUP(E2,A:D,2,FALSE)",
    ),
    (
        "en",
        "reference letter request with addressee initial and signatory",
        "Write a reference letter for [[PERSON:Chidera Nwosu]], who worked as a care assistant for us from March 2022 to "
        "August 2026. She was reliable, did extra shifts during the outbreak, and the residents adored her. Address it to "
        "Ms [[PERSON:J. Fairbairn]] at the recruiting agency and sign it from me, [[PERSON:Alison Tate]], Registered Manager.",
    ),
    (
        "en",
        "handover bullets with possessive name and temp password",
        "Prepare a handover note for my cover while I'm on leave, from these bullets:\n"
        "* [[PERSON:Grzegorz]] is chasing the Marlow invoice, don't pay until he confirms the PO\n"
        "* [[PERSON:Fatima Al-Sayed]]'s onboarding is Monday 9am, laptop is in my top drawer, her temporary Windows "
        "password is [[SECRET:Welcome2026!Fs]]\n"
        "* quarterly stock take moved to the 18th\n"
        "* if anything catches fire ring [[PERSON:Hugh]] not me",
    ),
    (
        "en",
        "supplier complaint with account manager email and Irish business park address",
        "Write a firm but professional complaint to our stationery supplier. Our account manager is [[PERSON:Liam O'Rourke]] "
        "([[EMAIL_ADDRESS:liam.orourke@officeplusdirect.ie]]). They have now delivered to the wrong site twice in November — "
        "everything should go to [[LOCATION:Unit 7, Ballycoolin Business Park, Blanchardstown, Dublin 15, D15 R2N4]] — "
        "and the second delivery was missing two boxes of toner.",
    ),
    (
        "en",
        "HR investigation plan, initial + surname witness",
        "I'm an HR advisor. Help me structure an investigation plan. Employee: [[PERSON:Samir Haddad]] (payroll no. 88213). "
        "Allegation raised by [[PERSON:Keeley Morrison]] on 2 Dec about comments made in the warehouse canteen. "
        "Witnesses named: [[PERSON:J. Okafor]], [[PERSON:Brendan Lyle]]. What order should I interview people in?",
    ),
    (
        "en",
        "car insurance claim form with caps name, DOB, address, UK licence",
        "Help me write the 'what happened' section of this car insurance claim.\n\n"
        "Policyholder: [[PERSON:ANDREW MACLEOD]]\n"
        "Date of birth: [[DATE_OF_BIRTH:17/04/1979]]\n"
        "Address: [[LOCATION:22 Craigmount Brae, Edinburgh EH12 8XD]]\n"
        "Driving licence no: [[DRIVER_LICENSE:MACLE704179AJ9WT]]\n"
        "Other driver: [[PERSON:Nadia Rehman]], tel [[PHONE_NUMBER:07956 214 380]]\n\n"
        "Notes: I was stationary at the lights on Queensferry Road when the other car rolled into the back of me at low speed.",
    ),
    (
        "en",
        "rent arrears letter, UK flat address and IBAN",
        "Draft a letter to a tenant about rent arrears. Tenant: [[PERSON:Kwame Asante]], "
        "[[LOCATION:Flat 2, 41 Moseley Road, Birmingham B12 9AB]]. Arrears are £1,350 as of 1 December. Keep it firm but "
        "offer a payment plan, and remind him payments go to IBAN [[IBAN_CODE:GB24HBUK40127614600125]].",
    ),
    (
        "en",
        "GP referral letter from notes, title + name and DOB with dots",
        "Turn this into a GP referral letter to the dermatology clinic at the Royal Victoria:\n\n"
        "Pt: Mrs [[PERSON:Aoife Brennan]], DOB [[DATE_OF_BIRTH:03.09.1961]]\n"
        "Hx: 6/12 enlarging pigmented lesion L shoulder, irregular border, bled once. FHx melanoma (sister).\n"
        "Seen by Dr [[PERSON:Khalid Mahmood]] 28/11.\n"
        "Contact pt on [[PHONE_NUMBER:028 9065 3317]] (landline, pt hard of hearing).",
    ),
    (
        "en",
        "SMS appointment reminder with +44 mobile",
        "Write an SMS reminder under 160 characters and fill it in for: [[PERSON:Mohammed Iqbal]], physio appointment "
        "Thu 11 Dec 10:40, Ward 3 outpatients, mobile [[PHONE_NUMBER:+44 7845 219 603]].",
    ),
    (
        "en",
        "school letter to parents with signatory and office contacts",
        "Write a letter to Year 3 parents about a head lice outbreak, reassuring and not preachy. Sign it from "
        "Mrs [[PERSON:Hollis]], Year 3 lead, and say questions can go to the office on [[PHONE_NUMBER:01603 772 415]] "
        "or [[EMAIL_ADDRESS:office@stedmundsprimary.norfolk.sch.uk]].",
    ),
    (
        "en",
        "legal intake form with SSN, DOB, US apartment address",
        "Act as a paralegal. Summarise this intake form and list what documents we should request.\n\n"
        "Client name: [[PERSON:Rosa Gutiérrez-Vance]]\n"
        "DOB: [[DATE_OF_BIRTH:1988-11-02]]\n"
        "SSN: [[US_SSN:531-28-7740]]\n"
        "Address: [[LOCATION:4418 Camino Real Ave, Apt 6, El Paso, TX 79912]]\n"
        "Phone: [[PHONE_NUMBER:(915) 872-3046]]\n"
        "Matter: wrongful termination, employer Copperline Logistics, terminated 10/14/2026 after reporting a safety issue.",
    ),
    (
        "en",
        "CRM entry from lower-case call notes with extension",
        "Turn these call notes into a CRM entry (fields: contact, company, role, next step, follow-up date):\n"
        "spoke to [[PERSON:bernadette]] at Halcyon Fabrics, she's the buyer now, wants the linen samples by the 20th. "
        "direct line [[PHONE_NUMBER:0161 832 4470 ext 216]]. her boss Mr [[PERSON:Choudhury]] signs off anything over 5k. "
        "sounded keen but price sensitive",
    ),
    (
        "en",
        "IT ticket rewrite with user name and public IP",
        "Can you write a clearer version of this ticket for the network team?\n\n"
        "User [[PERSON:Tomasz Wiśniewski]] can't reach the VPN from home. His public IP is [[IP_ADDRESS:86.171.44.203]], "
        "he's on the Leeds office profile, laptop asset LT-20931. Error 809 after about 30s. Worked fine until Tuesday.",
    ),
    (
        "en",
        "docker-compose with postgres URL password and private IP",
        "Why does this docker-compose fail to connect to postgres? The api container just restarts.\n\n"
        "```yaml\n"
        "services:\n"
        "  api:\n"
        "    image: ourorg/billing-api:2.4.1\n"
        "    environment:\n"
        "      DATABASE_URL: postgres://billing:[[SECRET:Tq7#vR2pLm9x]]@[[IP_ADDRESS:10.0.3.21]]:5432/billing\n"
        "      LOG_LEVEL: debug\n"
        "    ports:\n"
        '      - "8080:8080"\n'
        "```",
    ),
    (
        "en",
        ".env with Stripe live key and webhook secret",
        "Here's my .env — why does the Stripe webhook keep returning 401?\n\n"
        "STRIPE_SECRET_KEY=[[SECRET:sk_live_TMsGo0R4FJpy02YSYBJkeRlS]]\n"
        "STRIPE_WEBHOOK_SECRET=[[SECRET:whsec_5eIeeaAXZY7rzsj6HoV5D0bA2DAzqx2T]]\n"
        "APP_URL=https://billing.fernhillsoftware.co.uk\n"
        "NODE_ENV=production",
    ),
    (
        "en",
        "git remote URL with GitHub token",
        "git push keeps failing with 403. I set the remote like this: git remote set-url origin "
        "https://[[SECRET:ghp_OxSDUlPZVMZHc37H4NBZter7RM0RZ5emPT0x]]@github.com/kestrel-analytics/etl-jobs.git "
        "— what's wrong?",
    ),
    (
        "en",
        "Python Slack bot token in code",
        "This script is supposed to post to our #sales-wins channel but nothing shows up and there's no error:\n\n"
        "import requests\n"
        'TOKEN = "[[SECRET:xoxb-388087685694-6483431265890-1ux2NOLOG75nnNmOIAAO3gni]]"\n'
        'requests.post("https://slack.com/api/chat.postMessage",\n'
        '              headers={"Authorization": f"Bearer {TOKEN}"},\n'
        '              json={"channel": "sales-wins", "text": "New deal closed!"})',
    ),
    (
        "en",
        "AWS credentials file",
        "boto3 says InvalidClientTokenId. This is my ~/.aws/credentials, is the format right?\n\n"
        "[default]\n"
        "aws_access_key_id = [[SECRET:AKIAOX5KNPEAE6TMOK5X]]\n"
        "aws_secret_access_key = [[SECRET: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]]\n"
        "region = eu-west-2",
    ),
    (
        "en",
        "guest wifi password in a noticeboard sign",
        "Write a cheerful welcome sign for the office kitchen noticeboard: guest wifi is Harbourside-Guest, the password is "
        "[[SECRET:sunflower-Latte-88]], the printer is on the 2nd floor and please don't leave mugs in the sink.",
    ),
    (
        "en",
        "travel agent email with Indian passport and nhs.net email",
        "Please check this and draft the email to our travel agent:\n"
        "Traveller: Dr [[PERSON:Arjun Mehta]]\n"
        "Passport: [[PASSPORT_NUMBER:K8136472]] (Indian), expires 2031\n"
        "Route: MAN-DXB-BOM, out 14 Feb, back 2 Mar, aisle seat\n"
        "Contact: [[EMAIL_ADDRESS:arjun.mehta4@nhs.net]]",
    ),
    (
        "en",
        "payroll TSV with NI numbers, spaced and unspaced",
        "HMRC rejected our FPS. Can you see which row is the problem?\n\n"
        "Employee\tNI number\tTax code\tGross\n"
        "[[PERSON:Sophie Turnbull]]\t[[UK_NINO:JR 48 21 76 C]]\t1257L\t2,340.00\n"
        "[[PERSON:Adebayo Ogunleye]]\t[[UK_NINO:PN473912B]]\t1257L\t2,915.50\n"
        "[[PERSON:Ciara Doyle]]\t[[UK_NINO:SK 62 80 41 A]]\t1257LX\t1,880.00",
    ),
    (
        "en",
        "invoice chaser with IBAN and client contact",
        "Write a polite second reminder for invoice INV-20931 (£4,280.00, was due 15 Nov). Include our bank details: "
        "account name Ashworth Joinery Ltd, IBAN [[IBAN_CODE:GB68NWBK60161319392068]]. The client contact is "
        "[[PERSON:Imran Sheikh]] and he's usually fine, so keep it friendly.",
    ),
    (
        "en",
        "refund reply mentioning a card number the customer emailed",
        "A customer wants her refund sent to a different card. Draft a reply explaining we can only refund to the original "
        "card ending 4417. Customer: [[PERSON:Lauren McKenzie]]. She put the new card number [[CREDIT_CARD:4212 2544 1019 9524]] "
        "in her email — gently tell her never to send full card numbers by email.",
    ),
    (
        "en",
        "direct debit mandate letter with Irish Eircode address and IBAN",
        "Fill in this direct debit confirmation letter for our new member. Name: [[PERSON:Pádraig Keane]]. Address: "
        "[[LOCATION:Cnoc na Gréine, Clonakilty, Co. Cork, P85 W2K6]]. IBAN: [[IBAN_CODE:IE44AIBK93115211716169]]. "
        "First collection 1 January, €45 monthly.",
    ),
    (
        "en",
        "rank candidates from numbered notes",
        "Rank these three candidates for a junior data analyst role based on my notes, and say why:\n"
        "1. [[PERSON:Aisha Bello]] — MSc statistics, SQL strong, notice 1 month\n"
        "2. [[PERSON:Callum Reid]] — self-taught, nice Power BI portfolio, no degree\n"
        "3. [[PERSON:Xu Wenjing]] — 2 yrs at a bank doing reconciliations, wants hybrid",
    ),
    (
        "en",
        "CV header in caps with address, phone and email",
        "Rewrite the top of my CV so it's punchier:\n\n"
        "[[PERSON:PRIYANKA DESAI]]\n"
        "[[LOCATION:27 Hazelwood Crescent, Slough SL1 6JB]] | [[PHONE_NUMBER:07912 448 306]] | "
        "[[EMAIL_ADDRESS:priyanka.desai.pm@outlook.com]]\n\n"
        "Project manager with 8 years in utilities, responsible for delivering projects on time and to budget.",
    ),
    (
        "en",
        "US new-hire form with SSN, DOB, address and emergency contact",
        "Check this new-hire form for missing fields before I upload it to the HRIS:\n\n"
        "Legal name: [[PERSON:Jamal Whitaker]]\n"
        "SSN: [[US_SSN:412-67-3391]]\n"
        "DOB: [[DATE_OF_BIRTH:06/22/1994]]\n"
        "Home address: [[LOCATION:918 Larkspur Lane, Decatur, GA 30030]]\n"
        "Emergency contact: [[PERSON:Denise Whitaker]] (mother) [[PHONE_NUMBER:404-627-1185]]\n"
        "Start date: 01/05/2027\n"
        "Job title: Warehouse Associate II",
    ),
    (
        "en",
        "Canadian tenant welcome email with unit address and superintendent",
        "Write a short welcome email to our new tenant [[PERSON:Émilie Tremblay]] moving into "
        "[[LOCATION:88 Harbord St, Unit 2, Toronto, ON M5S 1G5]] on the 1st. Mention garbage day is Wednesday and that the "
        "superintendent, [[PERSON:Vikram]], can be reached at [[PHONE_NUMBER:(416) 921-3374]] for anything urgent.",
    ),
    (
        "en",
        "hire car form with NSW licence number and DOB",
        "Here's the hire car form for the Brisbane trip, check nothing's missing:\n"
        "Driver: [[PERSON:Jackson Tuilagi]]\n"
        "Licence no.: [[DRIVER_LICENSE:18447203]] (NSW)\n"
        "Date of birth: [[DATE_OF_BIRTH:12 March 1990]]\n"
        "Pick up: BNE airport 7 Jan 09:00, return 10 Jan",
    ),
    (
        "en",
        "SSH private key pasted with server IP",
        "The SSH key won't work on the new box, it keeps asking for a password. Here's what I've got:\n\n"
        "[[SECRET:-----BEGIN OPENSSH PRIVATE KEY-----\n"
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
        "GPzEyoL8EsaJd/wyXxQPplH8ACyjkz4jmBQlm7knI4pShZFC8ZrXbeg/fT3pG+h8msMlc+\n"
        "T1ah9sdbEl7oX8nrEHAluvtdgDW1+In81LJK6yc+jecsblnAk2vnXK6+Zy2GKlPOyJV9YZ\n"
        "GWNkJnsrUgBhcpqIuRhWlMkU6ag5t/Zj3aoeWqeHGwlifXjw9APP8Dy+3XzZmBNQR2yTBG\n"
        "o5JqEt/lRC3ZWYdzAeAY2omtTtvM5r\n"
        "-----END OPENSSH PRIVATE KEY-----]]\n\n"
        "and I connect with: ssh -i ~/.ssh/deploy_ed25519 deploy@[[IP_ADDRESS:52.214.88.13]]",
    ),
    (
        "en",
        "JWT to decode",
        "Decode this JWT and tell me why the API says the role claim is missing: "
        "[[SECRET:eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAidV80ODIxMyIsICJyb2xlIjogImFkbWluIiwgImlhdCI6IDE3OTY2MDE2MDB9.sU_8IlvIjuDOAgdMIPzxTHzC__SfNg1PSurtGYvHod1]]",
    ),
    (
        "en",
        "OpenAI key hard-coded in a client call",
        "my python script says 'Incorrect API key provided' but I copied it straight from the dashboard. here's the line:\n"
        'client = OpenAI(api_key="[[SECRET:sk-proj-5Twsrx5lT0BVGxWP5bZczrDHUWQS-0o9wnOh4iM0Mk8KsXm1]]")',
    ),
    (
        "en",
        "chat log sharing a shared-account login",
        "Turn this chat into a short FAQ entry for the marketing wiki (leave out anything sensitive):\n\n"
        "[14:03] [[PERSON:Niamh Gallagher]]: what's the login for the Canva team account?\n"
        "[14:04] [[PERSON:Rory Byrne]]: [[EMAIL_ADDRESS:marketing.team@lumenbrew.ie]] / [[SECRET:Pelican!Bay7]]\n"
        "[14:04] [[PERSON:Rory Byrne]]: don't change it, [[PERSON:Aoibheann]] uses it too",
    ),
    (
        "en",
        ".npmrc with auth token",
        "npm install fails with E401 on our CI runner. .npmrc is:\n\n"
        "@harbourline:registry=https://registry.npmjs.org/\n"
        "//registry.npmjs.org/:_authToken=[[SECRET:npm_30djF9vAlHfNIPhRPlCxyMcvdWGIhS3an1Cn]]\n"
        "always-auth=true",
    ),
    (
        "en",
        "German supplier IBAN with spaces",
        "I need to pay a German supplier €12,400 today. Before I send it, does this IBAN look right to you? "
        "[[IBAN_CODE:DE57 1154 1552 2406 5791 73]] — their invoice says Sparkasse but the bank name on our portal shows "
        "something else.",
    ),
    (
        "en",
        "lost child passport letter, Irish passport",
        "Help me write to the Passport Office. My son [[PERSON:Oisín Kavanagh]]'s passport [[PASSPORT_NUMBER:PX4821736]] "
        "was lost at Dublin Airport on 22 November and we travel again on 9 January. I've reported it to the Gardaí.",
    ),
    (
        "en",
        "visa invitation letter with Vietnamese passport",
        "Write a formal invitation letter for a business visa. Guest: [[PERSON:Nguyen Van Hoang]], passport no. "
        "[[PASSPORT_NUMBER:C7712409]] (Vietnam), visiting our Birmingham plant 3–14 March 2027 for supplier audits. "
        "Signed by our Operations Director, [[PERSON:Helen Crawshaw]].",
    ),
    (
        "en",
        "right-to-work check note, British passport",
        "Turn this into a proper right-to-work check record: [[PERSON:Tobias Greenhalgh]], British passport number "
        "[[PASSPORT_NUMBER:538214097]], expiry 14/06/2032, original seen in person on 4 Dec by [[PERSON:Lorna]] in HR, "
        "copy scanned to the personnel file.",
    ),
    (
        "en",
        "corporate Amex in expense query",
        "Expenses rejected my hotel claim because it was charged to my corporate Amex [[CREDIT_CARD:3742 296170 79259]] "
        "and I also submitted it as a personal claim by mistake. Write a short email to [[PERSON:Deborah]] in finance "
        "explaining and asking her to cancel the duplicate.",
    ),
    (
        "en",
        "hotel booking form with Mastercard",
        "Fill in the group booking form for the offsite and tell me if anything's missing:\n"
        "Lead guest: [[PERSON:Rhys Pritchard]]\n"
        "Rooms: 6 x double, 2 nights from 21/01\n"
        "Card for guarantee: [[CREDIT_CARD:5121 0351 8066 1216]] exp 09/28\n"
        "Email: [[EMAIL_ADDRESS:rhys.pritchard@talybontconsulting.co.uk]]",
    ),
    (
        "en",
        "firewall rule request with several IPs",
        "Write a change request for the firewall team: allow inbound 443 from our new Manchester office range "
        "[[IP_ADDRESS:81.149.22.207]] and the backup line [[IP_ADDRESS:212.58.244.71]] to the reverse proxy on "
        "[[IP_ADDRESS:172.16.30.4]]. Requested by [[PERSON:Ifeoma Eze]], needed before go-live on the 15th.",
    ),
    # --- people in many positions ---
    (
        "en",
        "Surname, First in a meeting invite list",
        "Turn this attendee list into a friendly intro paragraph for the kickoff email:\n"
        "[[PERSON:Obi, Chinedu]] (Programme lead)\n"
        "[[PERSON:Fitzgerald, Maeve]] (Legal)\n"
        "[[PERSON:Tran, Duc Minh]] (Data)\n"
        "[[PERSON:Kaur, Harpreet]] (Change & comms)",
    ),
    (
        "en",
        "object of preposition with/for/from",
        "I have a one-to-one with [[PERSON:Sinéad]] tomorrow about her probation. Give me five open questions, and a way to "
        "raise the feedback from [[PERSON:Marek Zieliński]] without making it sound like he's complaining.",
    ),
    (
        "en",
        "apposition and possessive in a performance review",
        "Rewrite this review paragraph to be more balanced: 'Our team lead, [[PERSON:Bilal Chaudhry]], delivered the migration "
        "early, but [[PERSON:Bilal]]'s documentation was thin and [[PERSON:Grace Ahn]] had to fill the gaps.'",
    ),
    (
        "en",
        "lower-case chat request naming colleague",
        "ask [[PERSON:dave]] if the quote went out, if not can u write it for me: 40 hrs consultancy at £95/hr for "
        "[[PERSON:shauna mccarthy]] at Brightwater Homes, start jan",
    ),
    (
        "en",
        "sign-off with full signature block",
        "Shorten this to 3 sentences:\n\n"
        "Dear all, thank you for attending the quarterly review. Slides are on the shared drive under Q4. Next review is "
        "12 March. Please send agenda items by 1 March.\n\n"
        "Kind regards,\n"
        "[[PERSON:Rukhsana Begum]]\n"
        "Senior Business Analyst\n"
        "Direct: [[PHONE_NUMBER:020 8764 3192]] | Mobile: [[PHONE_NUMBER:07701 338 452]]\n"
        "[[EMAIL_ADDRESS:rukhsana.begum@alderbankhousing.org.uk]]",
    ),
    (
        "en",
        "Filipino and Arabic names in a shift swap",
        "Write a message to the team confirming the shift swap: [[PERSON:Maricel Dela Cruz]] takes the Christmas Eve night "
        "shift and [[PERSON:Youssef El-Amrani]] takes her New Year's Day early. Approved by [[PERSON:Bernie]].",
    ),
    (
        "en",
        "condolence card for colleague",
        "Help me write a condolence card from the whole office to [[PERSON:Temitope]], whose father passed away last week. "
        "Nothing religious, just warm.",
    ),
    (
        "en",
        "birthday message with DOB stated",
        "Draft a fun 50th birthday message for the staff newsletter — [[PERSON:Graham Stott]] was born on "
        "[[DATE_OF_BIRTH:9 December 1976]] and has been our caretaker for 22 years.",
    ),
    (
        "en",
        "email with both addresses in To/Cc",
        "Proofread this before I send it:\n\n"
        "To: [[EMAIL_ADDRESS:k.oduya@meridianfreight.com]]\n"
        "Cc: [[EMAIL_ADDRESS:procurement@meridianfreight.com]]\n"
        "Subject: Revised rates for 2027\n\n"
        "Dear [[PERSON:Kehinde]],\n"
        "Please find attached our revised rates for 2027, which include a 4.5% fuel surcharge. Happy to discuss.\n"
        "Best,\n"
        "[[PERSON:Carys Edwards]]",
    ),
    (
        "en",
        "US phone with dots and extension",
        "Make this out-of-office reply more professional: 'im out till the 6th, for anything urgent call "
        "[[PERSON:Marisol Vega]] on [[PHONE_NUMBER:312.786.5520 x204]] or email her at [[EMAIL_ADDRESS:mvega@lakeshorepm.com]]'",
    ),
    (
        "en",
        "Australian landline with area code in brackets",
        "Write a short reminder email to our clients that our Sydney office closes from 24 Dec to 2 Jan. Urgent matters: "
        "call [[PERSON:Bronwyn Atkins]] on [[PHONE_NUMBER:(02) 9264 3318]] or mobile [[PHONE_NUMBER:+61 412 873 905]].",
    ),
    (
        "en",
        "Irish international number and landline",
        "Create a contacts table in Markdown from this:\n"
        "[[PERSON:Conor]] (site manager) [[PHONE_NUMBER:+353 87 214 6630]]\n"
        "Office [[PHONE_NUMBER:01 679 4412]]\n"
        "Electrician - [[PERSON:Paddy Walsh]] [[PHONE_NUMBER:086 905 1173]]",
    ),
    (
        "en",
        "Canadian phone in a support reply",
        "Reply to this customer and apologise for the delay: 'I've been on hold three times. My account is under "
        "[[PERSON:Gurpreet Sandhu]], call me back at [[PHONE_NUMBER:604-732-8815]] after 4pm PT. — G.'",
    ),
    (
        "en",
        "Markdown table of suppliers with contacts",
        "Sort this table by renewal date and flag anything renewing in the next 60 days:\n\n"
        "| Supplier | Contact | Email | Renewal |\n"
        "|---|---|---|---|\n"
        "| Kelvin Print | [[PERSON:Stuart Baird]] | [[EMAIL_ADDRESS:stuart@kelvinprint.co.uk]] | 31/01/2027 |\n"
        "| Orbis Cleaning | [[PERSON:Danuta Kaminska]] | [[EMAIL_ADDRESS:d.kaminska@orbisclean.co.uk]] | 15/06/2027 |\n"
        "| Northway IT | [[PERSON:Leon Fairweather]] | [[EMAIL_ADDRESS:leon.f@northwayit.com]] | 02/01/2027 |",
    ),
    (
        "en",
        "JSON payload with customer record",
        "Why does our API reject this payload with 'invalid phone'?\n\n"
        "{\n"
        '  "customer": {\n'
        '    "first_name": "[[PERSON:Olamide]]",\n'
        '    "last_name": "[[PERSON:Bankole]]",\n'
        '    "email": "[[EMAIL_ADDRESS:olamide.bankole@gmail.com]]",\n'
        '    "phone": "[[PHONE_NUMBER:+447700 318 904]]",\n'
        '    "postcode": "SE15 4QJ"\n'
        "  },\n"
        '  "plan": "family-plus"\n'
        "}",
    ),
    (
        "en",
        "US street address for a delivery complaint",
        "Write a complaint to the furniture company. The sofa was delivered to [[LOCATION:2217 N Halsted St, Apt 3B, "
        "Chicago, IL 60614]] with a torn arm, and the driver left before I could inspect it. Order FN-88213, delivered Nov 29.",
    ),
    (
        "en",
        "multi-line UK address block in a letter",
        "Format this as a proper UK business letter address block and write a short cover note confirming the lease renewal:\n\n"
        "Mr [[PERSON:Desmond Achterberg]]\n"
        "[[LOCATION:Flat 5\n"
        "Wexford House\n"
        "19 Chapel Street\n"
        "Penzance\n"
        "TR18 4AQ]]",
    ),
    (
        "en",
        "PO Box address in Australia",
        "Update our invoice template footer. Remittance should now go to [[LOCATION:PO Box 4412, Geelong VIC 3220]] instead "
        "of the old street address, and queries to [[EMAIL_ADDRESS:accounts@bellarineorchards.com.au]].",
    ),
    (
        "en",
        "US PO Box in a form",
        "Check this W-9 style vendor form for errors:\n"
        "Name: [[PERSON:Tyrone Mitchell]]\n"
        "Business: Mitchell Mobile Detailing LLC\n"
        "Mailing address: [[LOCATION:P.O. Box 1187, Asheville, NC 28802]]\n"
        "SSN: [[US_SSN:208-44-1965]]",
    ),
    (
        "en",
        "property inspection report with address",
        "Turn my inspection notes into a report for the landlord:\n"
        "Property: [[LOCATION:36 Ferndale Road, Lisburn BT27 4HR]]\n"
        "Tenant present: [[PERSON:Gemma Whiteside]]\n"
        "- mould in back bedroom corner\n"
        "- smoke alarm hall tested ok\n"
        "- garden overgrown, tenant says her partner will sort it",
    ),
    (
        "en",
        "school admissions with child DOB and address",
        "I'm the school secretary. Write a confirmation email for a Reception place offer:\n"
        "Child: [[PERSON:Amara Okeke]], date of birth [[DATE_OF_BIRTH:14/02/2022]]\n"
        "Parent: [[PERSON:Nkechi Okeke]], [[EMAIL_ADDRESS:nkechi.okeke@btinternet.com]]\n"
        "Address on application: [[LOCATION:8 Laburnum Walk, Reading RG2 7PS]]\n"
        "Start date: September 2026",
    ),
    (
        "en",
        "school trip consent chase, parent names and teacher",
        "Write a gentle reminder to the parents who haven't returned the Year 6 trip consent form yet: "
        "Mr and Mrs [[PERSON:Kowalczyk]], Ms [[PERSON:Adeyinka]], Mr [[PERSON:Fraser]]. Deadline Friday. Sign it from "
        "Miss [[PERSON:Quinlan]].",
    ),
    (
        "en",
        "exam access arrangements note",
        "Summarise this for the SENCo in two lines: [[PERSON:Leo Marchetti]] (10B) needs 25% extra time and a reader per his "
        "ed psych report; mum ([[PERSON:Francesca Marchetti]], [[PHONE_NUMBER:07488 102 576]]) wants a meeting before mocks.",
    ),
    (
        "en",
        "healthcare appointment letter with address",
        "Write an appointment letter for a memory clinic assessment. Patient: Mr [[PERSON:Bhupinder Gill]], "
        "[[LOCATION:112 Soho Road, Handsworth, Birmingham B21 9LN]]. Appointment 16 January 2027, 10:15, with "
        "Dr [[PERSON:Eilidh Ross]]. Please bring a relative and a list of medications.",
    ),
    (
        "en",
        "care home family update with DOB",
        "Make this update to the family kinder and less clinical: 'Resident [[PERSON:Margaret Ellison]] (DOB "
        "[[DATE_OF_BIRTH:22/08/1938]]) had a fall at 03:20, no injury, obs stable, GP informed. Daughter "
        "[[PERSON:Karen]] called at 08:00.'",
    ),
    (
        "en",
        "US insurance claim with policy holder and DOB",
        "Summarize this claim note for the adjuster:\n"
        "Claimant: [[PERSON:Brittany Kowalski]], DOB [[DATE_OF_BIRTH:04/30/1986]]\n"
        "Loss: hail damage to roof, 3 June\n"
        "Property: [[LOCATION:5607 Bluebonnet Dr, Plano, TX 75024]]\n"
        "Contractor: [[PERSON:Luis Ortega]], Ortega Roofing, [[PHONE_NUMBER:(972) 613-4480]]",
    ),
    (
        "en",
        "travel insurance claim with email and passport",
        "Help me answer the travel insurer's question 'describe the circumstances of the cancellation'. My details: "
        "[[PERSON:Hamza Qureshi]], [[EMAIL_ADDRESS:hamzaq91@hotmail.co.uk]], passport [[PASSPORT_NUMBER:551928036]]. My "
        "grandmother was admitted to hospital in Lahore two days before we were due to fly.",
    ),
    (
        "en",
        "pet insurance with vet name",
        "Write a cover note to go with my pet insurance claim. Vet was Dr [[PERSON:Saoirse Flanagan]] at Meadowbank Vets, "
        "treatment on 19 Nov for a swallowed sock, total €1,240. Policy PI-77310.",
    ),
    (
        "en",
        "legal intake chat with client details",
        "Turn this web chat into a file note:\n"
        "[10:14] Visitor: hi I need advice about my ex not paying child maintenance\n"
        "[10:15] Agent: Can I take your name and a number?\n"
        "[10:15] Visitor: [[PERSON:Chantelle Robinson]] [[PHONE_NUMBER:07534 980 261]]\n"
        "[10:16] Visitor: his name is [[PERSON:Darren Pike]], he lives at [[LOCATION:3 Wren Close, Swindon SN3 2LT]]",
    ),
    (
        "en",
        "legal intake Canada with date of birth",
        "Act as an immigration consultant's assistant. Draft a checklist email for a new client: [[PERSON:Farhan Rahman]], "
        "born [[DATE_OF_BIRTH:1992-07-09]], currently in Calgary on a PGWP expiring in May, email "
        "[[EMAIL_ADDRESS:farhan.rahman.ca@gmail.com]].",
    ),
    (
        "en",
        "will instruction notes",
        "Turn these notes into a summary for the solicitor: testator [[PERSON:Eileen Mary Cosgrove]], widow, wants the house "
        "at [[LOCATION:17 Glenview Park, Bray, Co. Wicklow, A98 P6F3]] split equally between [[PERSON:Niall]] and "
        "[[PERSON:Bríd]], and £5,000 to the RNLI.",
    ),
    (
        "en",
        "CRM export rows, TSV with emails and phones",
        "Dedupe these leads and tell me which look like the same person:\n\n"
        "Name\tEmail\tPhone\n"
        "[[PERSON:Rob Hennessy]]\t[[EMAIL_ADDRESS:rob.hennessy@clarefieldhomes.ie]]\t[[PHONE_NUMBER:085 447 1920]]\n"
        "[[PERSON:Robert Hennessy]]\t[[EMAIL_ADDRESS:rhennessy@gmail.com]]\t[[PHONE_NUMBER:+353 85 447 1920]]",
    ),
    (
        "en",
        "sales follow-up email from meeting notes",
        "Write a follow-up email after today's demo. Attendees on their side: [[PERSON:Anh Pham]] (CFO) and "
        "[[PERSON:Declan Murtagh]] (IT). They liked the reporting module, worried about SSO. Promise a sandbox by Friday.",
    ),
    (
        "en",
        "sales pipeline notes, first names only",
        "turn into a weekly pipeline summary for the board:\n"
        "- [[PERSON:Oksana]] at Pellar Foods: verbal yes, PO next week, 38k\n"
        "- [[PERSON:Kenji]] at Tidewater: went quiet, chase\n"
        "- [[PERSON:Olu]] (Brightstone): wants 10% off, I said max 5",
    ),
    (
        "en",
        "IT ticket with IPv6 and user",
        "Translate this into plain English for the user: 'Client [[IP_ADDRESS:2a02:8084:4ec1:1e00:9d1c:3b6f:a211:70c4]] "
        "failed 802.1X auth, RADIUS reject, cert CN mismatch for CN=[[PERSON:Khan, Sana]].' She works in accounts.",
    ),
    (
        "en",
        "router config with admin password and LAN IP",
        "We're handing the office over to a new IT company. Write a one-page summary of this router setup:\n"
        "Admin URL: http://[[IP_ADDRESS:192.168.1.254]]\n"
        "Admin user: admin\n"
        "Admin password: [[SECRET:Marigold_2291]]\n"
        "WAN: static [[IP_ADDRESS:62.31.187.42]]\n"
        "DHCP range: .100-.200",
    ),
    (
        "en",
        "Django settings with SECRET_KEY and DB password",
        "Is there anything insecure in this settings.py snippet before we deploy?\n\n"
        'SECRET_KEY = "[[SECRET:h=WNE_u)CbY!e3ZVMkfc*DW%KbFYV6%RZ^c1+23ybgnl8LzRRI]]"\n'
        "DEBUG = False\n"
        "DATABASES = {\n"
        '    "default": {\n'
        '        "ENGINE": "django.db.backends.postgresql",\n'
        '        "NAME": "intranet",\n'
        '        "USER": "intranet_app",\n'
        '        "PASSWORD": "[[SECRET:Qz!8wE4r$Lp]]",\n'
        '        "HOST": "db.internal",\n'
        "    }\n"
        "}",
    ),
    (
        "en",
        "GitLab CI variable with token",
        "Our pipeline can't clone the submodule. This is the relevant bit of .gitlab-ci.yml:\n\n"
        "variables:\n"
        "  GIT_SUBMODULE_STRATEGY: recursive\n"
        '  CI_JOB_TOKEN_OVERRIDE: "[[SECRET:glpat-zpRbMcr81SNGU4fEhFNJ]]"\n'
        "before_script:\n"
        '  - git config --global url."https://oauth2:${CI_JOB_TOKEN_OVERRIDE}@gitlab.com/".insteadOf "https://gitlab.com/"',
    ),
    (
        "en",
        "SendGrid key in a config",
        "Emails from our booking system go to spam. Config:\n"
        "MAIL_FROM=[[EMAIL_ADDRESS:bookings@kilnworkspottery.co.uk]]\n"
        "SENDGRID_API_KEY=[[SECRET: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]]\n"
        "What DNS records should I add?",
    ),
    (
        "en",
        "Twilio auth token in PHP",
        "This PHP sends appointment texts but fails with 20003. Any idea?\n\n"
        "$sid = 'AC4f1e9b2c7d83a05e6b9f12c4d7a80e3b';\n"
        "$token = '[[SECRET:59e09bab1d659e3cd213e85a8de6eabf]]';\n"
        "$client = new Twilio\\Rest\\Client($sid, $token);",
    ),
    (
        "en",
        "Shopify admin token in a curl",
        "Convert this curl into a Python requests call:\n"
        "curl -X GET https://hollyandfern.myshopify.com/admin/api/2024-10/orders.json "
        '-H "X-Shopify-Access-Token: [[SECRET: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]]"',
    ),
    (
        "en",
        "Google Maps API key in HTML",
        "The map on our contact page shows 'For development purposes only'. Here's the script tag:\n"
        '<script src="https://maps.googleapis.com/maps/api/js?key=[[SECRET:AIzaSyfpDNhmMLm43B3OjdK2OLMdNJTkzc_8pRX]]'
        '&callback=initMap" async></script>',
    ),
    (
        "en",
        "password reset ticket with user and new password",
        "Write a short reply to this ticket: 'Hi IT, locked out again. — [[PERSON:Ngozi]]'. Tell her I've reset it to "
        "[[SECRET:Harbour#4471x]] and she must change it at next login.",
    ),
    (
        "en",
        "VPN config with pre-shared key",
        "Help me document this site-to-site VPN for the runbook:\n"
        "Peer: [[IP_ADDRESS:91.208.14.66]]\n"
        "Local subnet: 10.20.0.0/16\n"
        "IKE: v2, AES256, SHA256, DH group 14\n"
        "PSK: [[SECRET:7hQp2!vXr9Lm#Tz4Kc]]",
    ),
    (
        "en",
        "database connection string in C# appsettings",
        "Why do I get 'Login failed for user' with this appsettings.json?\n\n"
        "{\n"
        '  "ConnectionStrings": {\n'
        '    "Default": "Server=sql-prod-02.corp.local;Database=Payroll;User Id=payroll_svc;Password=[[SECRET:Rq84-zLp!mW2]];"\n'
        "  }\n"
        "}",
    ),
    (
        "en",
        "GitHub fine-grained token in a workflow question",
        "is it ok to put this in the workflow file directly or should it be a secret? "
        "GH_TOKEN: [[SECRET: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]]",
    ),
    (
        "en",
        "laptop handover with BitLocker PIN and user",
        "Write a laptop handover checklist for [[PERSON:Deepak Nair]] who starts Monday. Laptop LT-31077, BitLocker PIN "
        "[[SECRET:480213]], temporary account password [[SECRET:Spring-Kettle-19]].",
    ),
    # --- travel ---
    (
        "en",
        "flight booking with passenger names in caps and passport",
        "Check these passenger details match the passports before I book:\n"
        "1. MRS [[PERSON:SARAH JANE HOLLOWAY]] — passport [[PASSPORT_NUMBER:127604583]]\n"
        "2. MR [[PERSON:ADRIAN HOLLOWAY]] — passport [[PASSPORT_NUMBER:129335871]]\n"
        "Flights LGW–FAO 12 Apr, return 19 Apr",
    ),
    (
        "en",
        "Canadian passport in a conference registration",
        "Fill in the conference registration email for our speaker: Dr. [[PERSON:Amélie Gagnon]], Canadian passport "
        "[[PASSPORT_NUMBER:GK419275]], arriving Heathrow 4 June, dietary: vegetarian.",
    ),
    (
        "en",
        "Australian passport in a visa checklist",
        "Make a checklist for my UK ETA application. Name [[PERSON:Lachlan Brody]], Australian passport number "
        "[[PASSPORT_NUMBER:PA7734219]], travelling for a client workshop in Leeds.",
    ),
    (
        "en",
        "taxi booking with pickup address and mobile",
        "Write a booking request to the taxi firm: pick up Professor [[PERSON:Chen Jia]] from "
        "[[LOCATION:14 Alder Grove, Harrogate HG2 8QT]] at 06:15 on Tuesday for Leeds Bradford airport. Her mobile is "
        "[[PHONE_NUMBER:07468 553 019]].",
    ),
    # --- payroll and finance ---
    (
        "en",
        "payroll query with NI number in sentence",
        "Draft a reply to an employee who says her payslip shows the wrong NI number. Her name is [[PERSON:Holly Brannigan]] "
        "and the correct one she gave us is [[UK_NINO:WE815533D]]. Apologise and confirm we've updated it for the next run.",
    ),
    (
        "en",
        "P45 details pasted",
        "Which boxes of the starter checklist do I still need from this new starter? From her P45:\n"
        "Surname: [[PERSON:ADEBAYO]]\n"
        "First name(s): [[PERSON:FOLASADE TITILOPE]]\n"
        "NI number: [[UK_NINO:NH 30 72 19 B]]\n"
        "Leaving date: 31 10 2026\n"
        "Tax code: 1257L",
    ),
    (
        "en",
        "US payroll direct deposit with SSN",
        "Write a short email to our payroll provider correcting an employee's SSN. Employee [[PERSON:Kevin Luong]], "
        "SSN on file has two digits transposed, the correct SSN is [[US_SSN:367-90-2218]]. Needs fixing before the 12/15 run.",
    ),
    (
        "en",
        "expense reimbursement with UK IBAN and NI",
        "Summarise this contractor onboarding info into a supplier record:\n"
        "Name: [[PERSON:Kasia Nowak]]\n"
        "NINO: [[UK_NINO:TW 54 66 08 A]]\n"
        "Bank: [[IBAN_CODE:GB53 BARC 2004 1553 5521 85]]\n"
        "Day rate: £450, invoicing monthly",
    ),
    (
        "en",
        "Dutch and French IBANs in a payment run",
        "Check this payment run for the EU suppliers and add up the euro total:\n"
        "Van Dijk Verpakkingen BV — [[IBAN_CODE:NL08RABO4363407656]] — €3,120.00\n"
        "Atelier Rousseau SARL — [[IBAN_CODE:FR806087100833HUPU2B3871R85]] — €880.50\n"
        "Fábrica Olmedo SL — [[IBAN_CODE:ES5451606113002658412169]] — €2,004.00",
    ),
    (
        "en",
        "refund via Irish IBAN for a customer",
        "Write an email confirming we'll refund the €320 deposit to Ms [[PERSON:Róisín Farrell]] by bank transfer to "
        "[[IBAN_CODE:IE14 BOFI 9000 1768 5974 71]] within 5 working days.",
    ),
    (
        "en",
        "card details in a phone order transcript",
        "Clean up this call transcript for our records and REMOVE anything PCI: "
        "'Agent: can I take the long number? Customer: yeah it's [[CREDIT_CARD:4883 0366 2333 6995]], expiry 07/29. "
        "Agent: and the name on the card? Customer: [[PERSON:Dominic Ashford]].'",
    ),
    (
        "en",
        "Visa card without spaces in a JSON test payload",
        "Our staging checkout throws 500 on this request body, why?\n"
        '{"amount": 4999, "currency": "gbp", "card": {"number": "[[CREDIT_CARD:4774624944019192]]", "exp": "11/28"}, '
        '"billing_name": "[[PERSON:Zara Hussain]]"}',
    ),
    (
        "en",
        "Mastercard with dashes in a reimbursement form",
        "Fill out this chargeback dispute letter: cardholder [[PERSON:Stephen Mulligan]], card [[CREDIT_CARD:5587-2057-5692-1099]], "
        "merchant Skyline Parking, charged twice on 3 Nov for £18.00.",
    ),
    (
        "en",
        "Discover card in a US billing question",
        "My client wants to switch her autopay card. Write the form letter: account holder [[PERSON:Jennifer Alvarez]], "
        "new Discover card [[CREDIT_CARD:6011 7676 2607 3090]], effective next billing cycle.",
    ),
    (
        "en",
        "Polish IBAN for salary of remote contractor",
        "Draft a message to our accountant: please set up monthly payment for our Kraków contractor "
        "[[PERSON:Paweł Szymański]], account [[IBAN_CODE:PL49098325991133007033709360]], 9,000 PLN net.",
    ),
    # --- recruitment ---
    (
        "en",
        "interview invitation with candidate and panel",
        "Write an interview invitation for [[PERSON:Olivia Nakamura]] for Thursday 10am, panel: [[PERSON:Ruth Abernethy]] "
        "(Head of Finance) and [[PERSON:Kofi Mensah]] (Senior Accountant). Ask her to bring ID.",
    ),
    (
        "en",
        "rejection email, lower-case name",
        "write a kind rejection email to [[PERSON:joel fitzpatrick]], he was strong but we went with someone with more "
        "payroll experience",
    ),
    (
        "en",
        "recruiter sourcing notes with email and phone",
        "Here are my sourcing notes — what am I missing before I send the shortlist?\n"
        "- [[PERSON:Anastasia Volkova]], 6 yrs React, notice 3 months, [[EMAIL_ADDRESS:a.volkova.dev@proton.me]]\n"
        "- [[PERSON:Tunde Bakare]], 4 yrs React/Node, available now, [[PHONE_NUMBER:07389 665 120]]",
    ),
    (
        "en",
        "offer letter with salary and address",
        "Draft an offer letter: Ms [[PERSON:Leila Farahani]], [[LOCATION:Apartment 9, 4 Canal Wharf, Manchester M1 3HE]], "
        "role Marketing Executive, £32,500, start 2 February, 6-month probation.",
    ),
    (
        "en",
        "background check form with DOB and driver's license",
        "Help me answer the background check portal questions. Candidate: [[PERSON:Derek Vaughn]], date of birth "
        "[[DATE_OF_BIRTH:November 3, 1983]], California driver's license [[DRIVER_LICENSE:B6652019]], current address "
        "[[LOCATION:1420 Fremont Ave, Unit 12, Sacramento, CA 95814]].",
    ),
    (
        "en",
        "New York license on a rental application",
        "Review this rental application summary and flag anything missing: applicant [[PERSON:Aaliyah Brooks]], "
        "NY driver license no. [[DRIVER_LICENSE:384 927 615]], SSN [[US_SSN:604-15-8832]], employer Hudson Valley Health.",
    ),
    (
        "en",
        "Ontario licence in a fleet form",
        "Add this driver to our fleet insurance email: [[PERSON:Ravi Persaud]], Ontario driver's licence "
        "[[DRIVER_LICENSE:P2841-39027-60515]], 9 years driving, no claims.",
    ),
    (
        "en",
        "UK licence in a van hire email",
        "Write to the van hire company confirming our second driver: [[PERSON:Chloe Wallace]], driving licence number "
        "[[DRIVER_LICENSE:WALLA957231CJ9KD]], and ask if they need a DVLA check code.",
    ),
    # --- misc shapes ---
    (
        "en",
        "rewrite complaint with neighbour name and address",
        "Rewrite this complaint to the council so it's calmer: the bins outside [[LOCATION:58 Shaftesbury Avenue, "
        "Kettering NN16 9BE]] have not been collected for 3 weeks and my neighbour Mr [[PERSON:Pearce]] has had rats.",
    ),
    (
        "en",
        "meeting minutes with initials and names",
        "Turn these rough minutes into proper minutes:\n"
        "Present: [[PERSON:A. Kowal]], [[PERSON:Jo Pennington]], [[PERSON:R. Castellanos]]\n"
        "Budget agreed at 42k. [[PERSON:Jo]] to circulate revised plan. [[PERSON:Castellanos]] to speak to legal about the "
        "data sharing agreement.",
    ),
    (
        "en",
        "one-line question with email only",
        "is [[EMAIL_ADDRESS:j.mcallister@glenlyonestates.co.uk]] the right format for a Scottish estate office, or should it "
        "be firstname.lastname?",
    ),
    (
        "en",
        "one-line phone formatting question",
        "format [[PHONE_NUMBER:02074983162]] as a proper UK number for our letterhead",
    ),
    (
        "en",
        "bank fraud report with card and address",
        "Help me write to my bank's fraud team. Someone used my debit card [[CREDIT_CARD:4384 8595 0945 6262]] in Lisbon "
        "while I was at home at [[LOCATION:9 Orchard Mews, Cheltenham GL52 3DF]]. My name is [[PERSON:Fiona Lennox]].",
    ),
    (
        "en",
        "SSN in a tax prep question",
        "I'm helping my aunt with her taxes. The IRS letter lists SSN [[US_SSN:129-73-4406]] for [[PERSON:Carmen Ruiz]] "
        "and says her 1099 doesn't match. What should she send back?",
    ),
    (
        "en",
        "US SSN without dashes in a spreadsheet",
        "Why does Excel turn the leading zero off these? I need them as text:\n"
        "name,ssn\n"
        "[[PERSON:Marcus Bell]],[[US_SSN:045025519]]\n"
        "[[PERSON:Tanya Reyes]],[[US_SSN:288610437]]",
    ),
    (
        "en",
        "NI number in an HMRC letter question",
        "HMRC sent me a letter quoting National Insurance number [[UK_NINO:MX710394C]] and a tax underpayment of £612. "
        "Can you explain in simple terms what a P800 is?",
    ),
    (
        "en",
        "NINO in a benefits support letter",
        "I work at a housing association. Write a supporting letter for Mr [[PERSON:Kieran Doherty]] (NI "
        "[[UK_NINO:HL 28 47 35 D]]) to the DWP explaining he has been our tenant since 2019 and his rent is £118.40 a week.",
    ),
    (
        "en",
        "tenancy reference with flat address",
        "Write a landlord reference for [[PERSON:Deborah Mwangi]], tenant at [[LOCATION:Flat 14, Riverside Court, "
        "Kingston upon Thames KT1 2NZ]] since 2021. Always paid on time, left the flat spotless at inspection.",
    ),
    (
        "en",
        "property listing enquiry reply with viewer details",
        "Reply to this viewing request and offer Saturday 11am: 'Hi, I'm [[PERSON:Jordan Abara]], interested in the "
        "2-bed on Whitworth Street. You can reach me at [[PHONE_NUMBER:07723 401 668]].'",
    ),
    (
        "en",
        "Australian rental ledger with tenant and BSB-free address",
        "Explain this rent ledger to the tenant in plain English, she thinks she's in credit:\n"
        "Tenant: [[PERSON:Kylie Henderson]]\n"
        "Property: [[LOCATION:3/27 Beach Road, Coogee NSW 2034]]\n"
        "Rent $720/wk, paid to 28/11, bond $2,880",
    ),
    (
        "en",
        "Vietnamese and Chinese names in a thank-you email",
        "Write a thank-you email to the volunteers from Saturday's food bank shift: [[PERSON:Tran Thi Mai]], "
        "[[PERSON:Li Wei]], [[PERSON:Huang Xiaoming]] and [[PERSON:Phuong]].",
    ),
    (
        "en",
        "Hispanic names in a team announcement",
        "Write a team announcement: [[PERSON:Alejandro Ramírez]] is promoted to Shift Supervisor and "
        "[[PERSON:María José Castillo]] joins from our Phoenix site next month.",
    ),
    (
        "en",
        "Pakistani and Nigerian names in a rota complaint",
        "make this less angry: [[PERSON:Usman]] keeps swapping with [[PERSON:Chukwuemeka]] without telling anyone and "
        "then [[PERSON:Zainab Malik]] has to cover the desk",
    ),
    (
        "en",
        "account lockout with IP and email",
        "Summarise this security alert for a non-technical manager: 'Multiple failed logins for "
        "[[EMAIL_ADDRESS:p.osei@harrowfieldtrust.org]] from [[IP_ADDRESS:45.133.172.19]] between 02:10 and 02:14 UTC. "
        "Account locked.'",
    ),
    (
        "en",
        "second AWS key inline in a CLI",
        "This works locally but not in cron, why? "
        "AWS_ACCESS_KEY_ID=[[SECRET:AKIAW7LQ2MZ4RTC8XN5P]] AWS_SECRET_ACCESS_KEY=[[SECRET:siKKhJiD/1gxCaftTrdH5tV+mI7oFoK2KG3Pr0j9]] "
        "aws s3 sync /var/backups s3://fernhill-nightly",
    ),
    (
        "en",
        "Slack user token in a curl",
        "Why is this returning not_authed?\n"
        "curl -X POST -H 'Authorization: Bearer [[SECRET:xoxp-811027962336-750532677845-2857225289312-eae7fe68e67ac9bf18dec0fc201e43fd]]' "
        "https://slack.com/api/users.list",
    ),
    (
        "en",
        "Stripe restricted key in a Node snippet",
        "const stripe = require('stripe')('[[SECRET:rk_live_ia5mLgUUKsWPixVVMTNATkmZ]]');\n"
        "// why can't I list refunds with this?",
    ),
    (
        "en",
        "handover with supplier login and contact",
        "Put this into a tidy handover doc:\n"
        "Sage login - [[EMAIL_ADDRESS:finance@burnsideveterinary.co.uk]] / [[SECRET:Ledger!Oct26]]\n"
        "accountant is [[PERSON:Moira Gillespie]], [[PHONE_NUMBER:0141 553 2081]]\n"
        "VAT return due 7 Jan",
    ),
    (
        "en",
        "GDPR subject access request from data subject",
        "We got this subject access request. Draft our acknowledgment:\n"
        "'I, [[PERSON:Victoria Oyelaran]], of [[LOCATION:41 Sandringham Drive, Leicester LE2 1TJ]], date of birth "
        "[[DATE_OF_BIRTH:5 June 1981]], request all data you hold about me.'",
    ),
    (
        "en",
        "dentist recall with patient and DOB in a table",
        "Make recall letters from this list:\n"
        "| Patient | DOB | Last visit |\n"
        "|---|---|---|\n"
        "| [[PERSON:Ethan Caldwell]] | [[DATE_OF_BIRTH:19/11/2011]] | 04/2026 |\n"
        "| [[PERSON:Ruby Caldwell]] | [[DATE_OF_BIRTH:02/03/2014]] | 04/2026 |",
    ),
    (
        "en",
        "Nigerian names with initials in a board paper",
        "Tighten up this paragraph: 'The proposal was presented by Dr. [[PERSON:A. O. Babatunde]] and seconded by "
        "Mrs. [[PERSON:I. Okonkwo-Eze]]; Mr [[PERSON:Ikenna]] abstained.'",
    ),
    (
        "en",
        "Polish name in a warehouse incident",
        "Write an incident report from this: forklift clipped racking bay 14 at 15:40, driver [[PERSON:Krzysztof Nowicki]], "
        "no injuries, witness [[PERSON:Agnieszka]] from goods-in. Racking inspected by [[PERSON:Stan]].",
    ),
]

# (shape, text) with no value at all
BENIGN: list[tuple[str, str]] = [
    (
        "firms named after people, van comparison",
        "Compare the Ford Transit Custom and the Vauxhall Vivaro for a small courier business: 2026 models, running costs "
        "per 10,000 miles, and payload.",
    ),
    (
        "laptop fleet change request with version and times",
        "Our Dell Latitude 7450 fleet needs BIOS 1.14.2. Write a change request for the rollout on 12 January between "
        "18:00 and 22:00, with a rollback plan.",
    ),
    (
        "retailer named after people",
        "Write a LinkedIn post congratulating Marks & Spencer on their Christmas campaign from the point of view of a "
        "packaging supplier that worked on it.",
    ),
    (
        "company results summary",
        "Summarise Johnson & Johnson's Q3 2026 results in five bullets for an investor newsletter.",
    ),
    (
        "banks named after people",
        "Explain to a graduate what Morgan Stanley, Goldman Sachs and Lloyds actually do differently, in plain English.",
    ),
    (
        "cities named like people",
        "Plan a 4-day sales trip: Charlotte on Monday, Jackson on Tuesday, Austin on Thursday and Lincoln on Friday. Suggest "
        "the cheapest order to fly them in.",
    ),
    (
        "order numbers in a template reply",
        "Customer says order ORD-2026-118842 arrived damaged and ORD-2026-118843 is missing entirely. Write a template reply "
        "that apologises but doesn't admit liability until the courier investigation is done.",
    ),
    (
        "SUMIFS over pasted invoice rows",
        '=SUMIFS(C2:C500,B2:B500,">=01/11/2026",B2:B500,"<=30/11/2026") returns 0. Rows:\n'
        "Date,Invoice,Amount\n"
        "03/11/2026,INV-40918,1240.00\n"
        "17/11/2026,INV-40977,86.50\n"
        "29/11/2026,INV-41002,3310.75",
    ),
    (
        "code reading the password from the environment",
        "Is this safe?\n\n"
        "```python\n"
        "import os\n"
        "import psycopg2\n\n"
        'password = os.environ["DB_PASSWORD"]\n'
        'conn = psycopg2.connect(host=os.environ["DB_HOST"], user="app", password=password)\n'
        "```",
    ),
    (
        "curl with API key placeholder",
        'Convert this to Python requests: curl -H "Authorization: Bearer <YOUR_API_KEY>" '
        '"https://api.example.com/v2/orders?limit=50&status=open"',
    ),
    (
        "UUID in SQL",
        "Why does this fail with 'invalid input syntax for type uuid'?\n"
        "SELECT * FROM orders WHERE id = '3f2b8c1e-9d4a-4e6b-a1c7-5b2e8f0d9a34 ';",
    ),
    (
        "hex colours palette",
        "Suggest a palette for our intranet: primary #1F6FEB, accent #F78166, background #0D1117, text #E6EDF3. "
        "Check the WCAG contrast ratios.",
    ),
    (
        "parcel tracking code",
        "Parcel 1Z4F82W90391547718 has said 'exception' for four days. Write a firm message to the courier asking what's "
        "happening and when it will be delivered.",
    ),
    (
        "version upgrade notes",
        "Write release notes for upgrading our services from Python 3.11.9 to 3.12.4 and Node 18.20.4 to 20.18.1; build "
        "2.14.0.1187 is the first to include both.",
    ),
    (
        "phone-like part numbers",
        "Which is the right filter for our extractor, part number 4412-889-2030 or 4412-889-2031? The manual only lists "
        "model EX-900 series.",
    ),
    (
        "agenda with times and prices",
        "Convert this agenda to a table: 09:30 coffee, 10:00 Q4 review (budget £1.2m vs £1.05m actual), 11:15 break, "
        "11:30 2027 hiring plan (14 roles), 12:45 lunch.",
    ),
    (
        "generic HR policy",
        "Write a hybrid working policy for a 200-person firm in Manchester. Core hours 10:00–15:00, at least two office "
        "days a week, equipment allowance £300.",
    ),
    (
        "IBAN format description",
        "What does 'GBkk BBBB SSSS SSCC CCCC CC' mean in the IBAN format description, and how are the check digits "
        "calculated?",
    ),
    (
        "card validation regex question",
        "Our checkout should reject obviously fake card numbers like 1234 5678 9012 3456. Write the JavaScript validation "
        "including a Luhn check.",
    ),
    (
        "SSN format placeholder",
        "In our US onboarding form template the SSN field shows 'XXX-XX-XXXX' as a hint. Is that good UX or should we use "
        "three separate boxes?",
    ),
    (
        "time zone conversion",
        "Convert 14:30 GMT on 9 December to PST, AEDT and IST for a call invite, and note which is the next day.",
    ),
    (
        "London places named like people",
        "Write a short guide for new starters on commuting between Victoria and Kingston, with Chelsea Harbour and "
        "St Albans as alternatives.",
    ),
    (
        "consultancies named after people",
        "Draft a comparison of Deloitte, Ernst & Young and McKinsey for a procurement panel choosing a transformation partner.",
    ),
    (
        "brand named after people",
        "Rewrite this product description in a playful Ben & Jerry's style: 'Salted caramel ice cream with brownie pieces, "
        "500ml, £4.50.'",
    ),
    (
        "streets without house numbers",
        "Is parking easier near Oxford Street or Regent Street on a Saturday afternoon in December? We're planning a team "
        "shopping trip.",
    ),
    (
        "invoice total calculation",
        "Invoice INV-2026-0457 dated 28/11/2026 is for £3,450 plus VAT at 20%. What's the total and when is it due on 30-day "
        "terms?",
    ),
    (
        "GitHub Actions with secrets reference",
        "Is this the right way to pass the key?\n\n"
        "```yaml\n"
        "env:\n"
        "  STRIPE_KEY: ${{ secrets.STRIPE_KEY }}\n"
        "  AWS_REGION: eu-west-2\n"
        "```",
    ),
    (
        "mail-merge placeholders",
        "Improve this reminder template: 'Hi {{first_name}}, your appointment is on {{date}} at {{time}} at our {{branch}} "
        "branch. Reply C to cancel.'",
    ),
    (
        "git commit hashes",
        "Explain the difference between git revert 4e1c9a7 and git reset --hard HEAD~2, and which is safer on a shared branch.",
    ),
    (
        "config with env placeholders",
        "Why doesn't docker compose substitute these?\n"
        "DB_USER: ${DB_USER}\n"
        'DB_PASSWORD: "${DB_PASSWORD}"\n'
        "DB_PORT: 5432",
    ),
    (
        "postcode districts without addresses",
        "What's the difference between the SW1 and SE1 postcode areas for our delivery zones, and should M1 and M2 be "
        "in the same band?",
    ),
    (
        "bank brands",
        "Compare business current accounts at Barclays, Starling and Tide for a two-person limited company: fees, "
        "integrations with Xero, and cash deposits.",
    ),
    (
        "survey statistics",
        "In our staff survey 1,204 of 3,310 respondents (36.4%) said they'd recommend us. Write two neutral sentences for "
        "the board pack, and compare with last year's 41.2%.",
    ),
    (
        "booking reference and flight number",
        "Our booking reference is QX7P2L and flight BA0117 leaves LHR at 14:25 on 3 March. What's the latest we should "
        "leave Reading by train?",
    ),
    (
        "product CSV with person-like product names",
        "Rewrite these product titles for SEO:\n"
        "SKU,Title,Price\n"
        "HB-2201,Hudson Bay wool blanket,49.99\n"
        "HB-2202,Victoria sponge cake tin,12.50\n"
        "HB-2203,Earl Grey tea caddy,8.75",
    ),
    (
        "spirits brand named after a person",
        "Write three short social posts for Father's Day promoting our Jack Daniel's and Johnnie Walker gift sets, 18+ only.",
    ),
    (
        "chat log without people",
        "Summarise:\n"
        "[10:02] ops-bot: Build #4471 passed (14m 32s)\n"
        "[10:05] ops-bot: Deploy to staging started\n"
        "[10:19] ops-bot: Deploy to staging failed: healthcheck timeout on /api/v2/status",
    ),
    (
        "rota template",
        "Make a rota template for 6 nurses (Nurse 1–6) across early, late and night shifts, Monday to Sunday.",
    ),
    ("legal explainer", "Explain the difference between a section 21 and a section 8 notice in England as of 2026."),
    ("loan maths", "A loan of £18,500 over 60 months at 7.9% APR — what's the monthly payment and total interest?"),
    (
        "nginx error with version and port",
        "The site returns 502 after upgrading nginx to 1.27.3 and the app listens on port 8080. What should I check first?",
    ),
    (
        "checksum verification",
        "The SHA-256 of the installer should be 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 — how do I "
        "verify it on Windows?",
    ),
    (
        "out-of-office without contacts",
        "Write an out-of-office message: back on 5 January, urgent invoice queries to the finance inbox, everything else "
        "will be answered on my return.",
    ),
    (
        "car brands named like people",
        "Is a Mercedes EQA or a Tesla Model Y cheaper as a company car under the 2026/27 BIK rates for a 40% taxpayer?",
    ),
    (
        "department stores named after people",
        "Plan a gift card promotion with John Lewis and Harvey Nichols for our top 50 clients, budget £7,500.",
    ),
]

LABELLED: list[tuple[str, str, str]] = TEXTS

_NINO_FIRST_BAD = set("DFIQUV")
_NINO_SECOND_BAD = set("DFIOQUV")
_NINO_PREFIX_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def _iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _ssn_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _nino_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in _NINO_FIRST_BAD and s[1] not in _NINO_SECOND_BAD and s[:2] not in _NINO_PREFIX_BAD


def check_texts() -> None:
    """Each labelled text has a mark, every mark is of a known kind, no benign text has a mark, and every card, IBAN
    and SSN (and NINO) is valid."""
    problems: list[str] = []
    for lang, shape, marked in TEXTS:
        marks = list(MARK.finditer(marked))
        if lang != "en":
            problems.append(f"language {lang!r} in {shape}")
        if not marks:
            problems.append(f"no mark in {shape}")
        if "[[" in MARK.sub("", marked) or "]]" in MARK.sub("", marked):
            problems.append(f"stray brackets in {shape}")
        for m in marks:
            kind, value = m.group("kind"), m.group("value")
            if kind not in KINDS:
                problems.append(f"unknown kind {kind} in {shape}")
            if value != value.strip():
                problems.append(f"value with outer space {value!r} in {shape}")
            if kind == "CREDIT_CARD" and not luhn_ok(re.sub(r"\D", "", value)):
                problems.append(f"card fails Luhn {value!r} in {shape}")
            if kind == "IBAN_CODE" and not _iban_ok(value):
                problems.append(f"IBAN fails mod-97 {value!r} in {shape}")
            if kind == "US_SSN" and not _ssn_ok(value):
                problems.append(f"SSN out of range {value!r} in {shape}")
            if kind == "UK_NINO" and not _nino_ok(value):
                problems.append(f"NINO invalid {value!r} in {shape}")
    for shape, text in BENIGN:
        if "[[" in text or "]]" in text:
            problems.append(f"mark in benign {shape}")
    seen_kinds = {m.group("kind") for _, _, marked in TEXTS for m in MARK.finditer(marked)}
    for kind in KINDS:
        if kind not in seen_kinds:
            problems.append(f"no value of kind {kind}")
    if problems:
        sys.exit("problems in the marks:\n" + "\n".join(problems))


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, KINDS, check_texts)


if __name__ == "__main__":
    sys.exit(main())

"""An independent probe of the engine's PERSON detection with ordinary English prompts: what office workers type into
ChatGPT, Copilot or Claude when a colleague, customer, pupil, patient or client is named in the request.

    python bench/unseen2_en_names.py [--misses]

Written on 2026-12-07 by a different author than the engine's rules, without reading the rules, the engine, the other
probes' texts, the corpora, the tests or earlier results; every text and every mark was written in full before the
engine first ran on it, and none was changed after that run. Ordinary prompts, not adversarial and not obfuscated:
e-mail drafting and replies, thread summaries, meeting minutes, HR and recruiting notes, references and reviews,
customer-service replies and live chat, CRM notes, school and care settings (handovers, SBAR, parents' evenings),
legal and insurance letters, project updates, and pasted material (Slack, Teams, WhatsApp and Zoom chat with speaker
labels and timestamps, a Teams transcript, e-mail headers and quoted replies, signatures, calendar invites, sign-up
sheets, CSV, TSV, JSON, YAML and Markdown tables, git log, form fields in capitals).

The texts vary where and how a name stands: subject mid-sentence ("Yesterday Kwame ... flagged"), object ("please cc
Aoife ..."), possessive ("Tariq's laptop", "the Hendersons' claim"), apposition ("our paralegal, Jo Ellis, will"),
after with/for/from/by/to/per, sentence-initial first names, a first name repeated alone after the full name, lists,
tables, "Surname, First" and "SURNAME, First", initials with surnames ("J. K. Mensah", "A.Patel", "S.Nair"), lower-case
chat ("can u ask priya and tom"), ALL CAPS, hyphenated and double-barrelled surnames, particles (van der, de, da, von,
O', Mc, Mac, Ní, Ó, ap, bin, al-, ibn), diacritics (Zoë, José, Siobhán, Łukasz, Nguyễn Thị Lan, Şahin), nicknames
(Gaz, Bex, Kez, Robbo, Mo, Bazza, Shazza), honorific suffixes ("Sato-san"), and first names that are ordinary English
words (Hope, Faith, Rose, Jack, Frank, Bob, Pat, Sue, Mark, Bill, Will, Grace, Holly, Ivy, Reed, Hunter, Chase, Dawn,
Sunny, Summer, Joy), sometimes next to the same word used as a word ("the frank feedback", "the will", "the bill").
Name origins: British, Irish, Scottish, Welsh, American, Australian, Māori, South African, Indian, Pakistani,
Bangladeshi, Sri Lankan, Nigerian, Ghanaian, Kenyan, Somali, Ethiopian, Chinese, Korean, Japanese, Vietnamese,
Filipino, Polish, Romanian, Greek, Turkish, Arabic, Hispanic, Portuguese, Brazilian, Italian (and a few others). All
names were invented by the author.

126 labelled texts (all English) with 362 marked PERSON values, and 54 benign texts with no person at all but many
capitalised words that are not persons: companies and brands named after people (Ford, Dell, Boeing, Cadbury, Marks &
Spencer, Sainsbury's, Morgan Stanley, Goldman Sachs, Barclays, Lloyds, McDonald's, Kellogg's, Hunter wellies), places
named like people (Washington, Charlotte, Jackson, Florence, Victoria, Austin, Lincoln, Chelsea, St Helens,
Wellington), buildings, rooms and streets, sports fixtures, software and assistants (Jenkins, Jackson, Alexa, Siri,
Watson, Copilot, Claude, Gemini), a storm (Storm Ciarán), a ship, book and film titles, months and weekdays, job titles
in capitals, name-like words used as words ("I hope", "grace period", "a will", "rose garden", "mark the invoice",
"frank feedback", "pat the dough", "Sunny Side Up", "chase the invoices"), acronyms, and code.

What is marked: the name exactly, every occurrence (a repeated name is a value each time it stands); titles (Mr, Mrs,
Ms, Dr, Miss, Professor, nurse), suffixes ("Jr.", "-san"), "@" and "bhai" outside the mark; "Surname, First" and
"SURNAME, First" as one mark; a surname alone after a title marked; a first name alone marked when it names a person;
a family plural ("the Hendersons'") marked without the apostrophe; initials with a surname marked whole ("J. K.
Mensah"); initials alone ("KM", "DB") not marked; names inside e-mail addresses not marked; the same word used as a
word in a labelled text not marked ("the frank feedback", "the bill"). A value counts as found when PERSON findings
cover at least half of its characters (bench/dev_marks.py).

Note by the engine's maintainer: the author's run saw uncommitted rule changes in the working tree (a nickname
list and an unknown-given-name rule). On a clean export of ec3c303, the engine before this probe, with PYTHONPATH
pointing there: PERSON recall 0.751 (272/362), benign 4/54.

First run (2026-12-07, the only run; `--misses`): PERSON recall 0.757 (274/362), en recall 0.757 (274/362),
any-type recall 0.757 (274/362); benign texts with a PERSON finding: 4/54. The 88 misses, by class (a value may
fall in more than one):
- first names standing alone, mostly non-Anglo or less common, in lists, after "and" or repeated after the full name
  (27): "Rhys", "Bex" (sentence-initial minutes), "Riaan", "Lerato", "Ananya", "Bolaji" (twice), "Otieno",
  "Chidi", "Piers", "Tamsin" ("@Tamsin"), "Ikechukwu" (twice), "Tigist", "Rhodri", "Morag", "Dawit", "Tyler", "Hà",
  "Jun-seok"; the name-only list "Kayden – ...; Aaliyah – ...; Oisín – ...; Zainab – ..." (all four) and the birthdays
  TSV ("Tayo", "Hamza", "Saoirse");
- first names that are English words (9): "Will", "bill", "mark" (lower case next to "the bill"), "Dawn", "Sunny"
  ("Tell Dawn the dawn shift ..."), "Joy", "Bob", "Ivy", "Holly";
- nicknames (7): "Bazza", "Shazza", "Robbo", "Gaz", "Kez", "kez", "mo";
- full names of African, Asian, Māori, Welsh and Gaelic origin in running text (17): "Oluwaseun Adeyemi",
  "Dawit Gebremedhin", "Venkatesh Raghunathan", "Chukwuemeka Obi", "Folake Adeyemi-Johnson", "Aroha Te Whare",
  "Nguyễn Thị Lan", "Park Jun-seok", "Kobayashi Daiki", "Morag MacLennan", "Tadhg Ó Loingsigh", "Hessa Al Nuaimi",
  "Giorgos Antoniou", "Tigist Alemu", "Nimali Senanayake", "Will Onyango", "Ffion Prys-Jones";
- found in part, under half of the characters (8): "Olumide Fashola-Bakare" (only "Olumide"), "Rhodri ap Gwynfor"
  (only "Gwynfor"), "Wambui Kariuki", "Tevita Fifita", "kirsty macaulay" (first name only), "Osei-Tutu" (only "Osei"),
  "Kim, Ha-rin" (twice, only "Kim"), "Delacroix, Amélie" (only "Amélie");
- pasted structure without context words: the To: line "Harjit Sandhu; Mairi Campbell; Olamide Ojo" (all three),
  "MACHARIA, Wanjiru" and "TANAKA, Haruto" (while "O'SULLIVAN, Ciarán" was found), the ALL CAPS form fields
  "ADEBAYO OLUWADAMILARE" and "FUNMILAYO ADEBAYO";
- lower case (9): "yui", "zubair", "thiago", "ji-woo", "min-jun", with "bill", "mark", "kez", "mo" above;
- surnames without a title or first name: "Kowalczyk", "Adeyemi", "Hargreaves" (sentence-initial, with verbs),
  "Sato" in "Sato-san"; the family plural "Hendersons"; initial plus surname "S.Nair" (while "T. O'Brien" was found);
  "Chase" (a first name after "with").
Benign findings (4 texts, 7 findings): companies named after people ("Marks", "Spencer" and "Sainsbury" in "Marks &
Spencer and Sainsbury's"; "Morgan Stanley"), US cities ("Charlotte", "Jackson" in "Charlotte, North Carolina ...
Jackson, Mississippi"), and the Java library ("Jackson's ObjectMapper"). Not scored but seen in labelled texts: the
hospital name "St Winifred's" gave PERSON "Winifred", and "usman bhai" was found with "bhai".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dev_marks import red_team_command  # noqa: E402

MARK = re.compile(r"\[\[(?P<kind>\w+):(?P<value>.+?)\]\]", re.S)
KINDS = ("PERSON",)

TEXTS: list[tuple[str, str]] = [
    # --- position and syntax -------------------------------------------------------------------------------------
    (
        "follow-up e-mail, subject mid-sentence, first name repeated",
        "Can you help me write a polite follow-up email? Yesterday [[PERSON:Kwame Asante-Boateng]] flagged that the Q3 invoice was paid twice, and I need to tell the supplier without sounding accusatory. [[PERSON:Kwame]] thinks we should ask for a credit note rather than a refund.",
    ),
    (
        "facilities request, object of cc",
        "draft a reply to the facilities team saying the boardroom AV is still broken and please cc [[PERSON:Aoife Ní Bhriain]] and [[PERSON:Declan Moriarty]] so they know the 10am pitch may need to move",
    ),
    (
        "IT ticket, possessives",
        "Summarise for the IT ticket: [[PERSON:Tariq]]'s laptop won't boot after the BIOS update, and [[PERSON:Nadia Rahman]]'s docking station stopped charging on Monday. Both are on the 4th floor near the print room.",
    ),
    (
        "insurance letter, family plural possessive",
        "Write a letter to the loss adjuster explaining that the [[PERSON:Hendersons]]' claim for the flooded kitchen was lodged on 3 October and we still have no site visit date. Mr [[PERSON:Graham Henderson]] has called us four times this week.",
    ),
    (
        "legal, apposition",
        "Please rewrite this more formally: our paralegal, [[PERSON:Jo Ellis]], will send the bundle to opposing counsel by Friday and [[PERSON:Jo]] will also chase the court for a hearing date.",
    ),
    (
        "to-do list, names after with/for/from/by/to",
        "Make a to-do list from these notes: lunch with [[PERSON:Priyanka Deshmukh]] Thursday, book flights for [[PERSON:Oluwaseun Adeyemi]], feedback from [[PERSON:Grzegorz Wiśniewski]] on the deck, report by [[PERSON:Thandiwe Nkosi]] due Monday, send the signed contract to [[PERSON:Ioana Popescu]].",
    ),
    (
        "meeting notes, sentence-initial first names",
        "Meeting notes, please tidy up: [[PERSON:Siobhán]] opened by reviewing the budget. [[PERSON:Rhys]] disagreed about the contractor costs. [[PERSON:Mehmet]] said procurement needs another week. [[PERSON:Bex]] will circulate the revised figures before Friday.",
    ),
    (
        "CSV, quoted Surname, First",
        'Sort this list by department and count heads per department:\nName,Dept,Start\n"[[PERSON:Okonkwo, Chidinma]]",Finance,2021-04-12\n"[[PERSON:Wójcik, Paweł]]",IT,2019-09-01\n"[[PERSON:Reyes, Camila]]",Finance,2023-01-16\n"[[PERSON:Hughes, Owain]]",Sales,2020-06-29',
    ),
    (
        "attendee list, SURNAME, First",
        "ATTENDEE LIST\n[[PERSON:MACHARIA, Wanjiru]] – Nairobi office\n[[PERSON:O'SULLIVAN, Ciarán]] – Cork\n[[PERSON:TANAKA, Haruto]] – Osaka\nturn this into a friendly welcome email for the regional summit",
    ),
    (
        "citation, initials with surnames",
        "Fix the citation format to Harvard: [[PERSON:J. K. Mensah]], [[PERSON:A.Patel]] and [[PERSON:R. Okafor-Nwosu]] (2023) 'Cold chain losses in cocoa logistics', Journal of Supply Studies 14(2), pp. 33-51.",
    ),
    (
        "minutes with initials (initials not marked)",
        "Minutes 14/11 – attendees: [[PERSON:Kerry Mulligan]] (KM), [[PERSON:Dev Bhattacharya]] (DB), [[PERSON:Sunny Oyelaran]]. Action: KM to update risk log. Action: DB to book venue for the January away day. Please turn into a proper summary.",
    ),
    (
        "lower-case chat",
        "can u ask [[PERSON:priya]] and [[PERSON:tom]] if theyre free at 3 to go over the slides, [[PERSON:priya]] did most of the charts so she should present",
    ),
    (
        "ALL CAPS form fields",
        "Extract this into JSON with keys name, dob, contact:\nFULL NAME: [[PERSON:ADEBAYO OLUWADAMILARE]]\nDATE OF BIRTH: 12/03/1991\nEMERGENCY CONTACT: [[PERSON:FUNMILAYO ADEBAYO]] (MOTHER)",
    ),
    (
        "Slack thread with timestamps",
        "summarise this slack thread for my manager:\n[09:14] [[PERSON:Gaz Whitlock]]: deploy's failing on staging again\n[09:15] [[PERSON:Mo Siddiqui]]: which build?\n[09:15] [[PERSON:Gaz Whitlock]]: 4471, same migration error as tuesday\n[09:17] [[PERSON:Hannah Treharne]]: I'll roll back, [[PERSON:Mo]] can you check the lock table\n[09:20] [[PERSON:Mo Siddiqui]]: on it",
    ),
    (
        "Teams chat, Surname, First speakers",
        "Can you pull the action items out of this Teams chat?\n[10:02] [[PERSON:Kim, Ha-rin]]: I'll send the vendor comparison by Wed\n[10:04] [[PERSON:Bautista, Jericho]]: ok, I'll set up the demo with [[PERSON:Chase]] at Northwind\n[10:05] [[PERSON:Kim, Ha-rin]]: thanks [[PERSON:Jericho]]",
    ),
    (
        "e-mail headers and body",
        "From: [[PERSON:Dilani Wickramasinghe]] <d.wickramasinghe@harbourline.co.uk>\nTo: [[PERSON:Kasun Jayawardena]] <kasun.j@harbourline.co.uk>\nCc: [[PERSON:Faith Oyelowo]]; [[PERSON:Reed Callaghan]]\nSubject: Re: Q4 freight rates\n\n[[PERSON:Kasun]], the new rates from Maersk are attached. They're up 6% on Q3.\n\nPlease write a short reply from me agreeing with [[PERSON:Dilani]].",
    ),
    (
        "e-mail signature",
        "Shorten my signature so it fits on mobile:\nKind regards,\nDr [[PERSON:Olumide Fashola-Bakare]] MBBS MRCP\nConsultant Respiratory Physician\nSt Winifred's Hospital NHS Trust\nSecretary: [[PERSON:Holly Pengelly]], ext 4471",
    ),
    (
        "calendar invite",
        "Write a calendar invite description:\nTitle: Onboarding check-in – [[PERSON:Łukasz Zieliński]]\nOrganiser: [[PERSON:Grace Adjei-Mensah]]\nAttendees: [[PERSON:Łukasz Zieliński]], [[PERSON:Bill Tremayne]], [[PERSON:Ivy Chua]]\nRoom: Fleming 2 (3rd floor)",
    ),
    (
        "sign-up sheet",
        "Turn this sign-up sheet for the charity bake sale into a rota table:\n1. [[PERSON:Sue Halloran]] – lemon drizzle – 9-11\n2. [[PERSON:Pat Ferreira]] – brownies – 11-1\n3. [[PERSON:Will Onyango]] – scones – 1-3\n4. [[PERSON:Joy Tshabalala]] – flapjacks – 9-11\n5. [[PERSON:Kez]] – whatever's left lol – 11-1",
    ),
    (
        "Markdown table of staff",
        "| Name | Role | Hours |\n|---|---|---|\n| [[PERSON:Mereana Parata]] | Site lead | 37.5 |\n| [[PERSON:Wiremu Tipene]] | Apprentice | 30 |\n| [[PERSON:Hunter Blackwood]] | Labourer | 40 |\n| [[PERSON:Dawn Featherstone]] | Admin | 22.5 |\nwork out the total weekly hours and cost at £14.20/h",
    ),
    (
        "TSV with nickname managers",
        "paste into excel format pls\nemp_id\tname\tmanager\n1042\t[[PERSON:Hodan Warsame]]\t[[PERSON:Robbo]]\n1043\t[[PERSON:Abdirahman Jama]]\t[[PERSON:Robbo]]\n1044\t[[PERSON:Selamawit Tesfaye]]\t[[PERSON:Summer Ashdown]]",
    ),
    (
        "HR note",
        "I need to write up an informal HR note. [[PERSON:Mark Ellery]] (warehouse team leader) raised concerns that [[PERSON:Dawit Gebremedhin]] has been late five times this month. [[PERSON:Dawit]] says it's childcare; his partner [[PERSON:Rahel]] started night shifts. Keep it neutral and suggest a flexible-working conversation.",
    ),
    (
        "recruiting rejections",
        "Write rejection emails for the three candidates we're not progressing: [[PERSON:Tahmina Akter Chowdhury]] (strong but we can't sponsor a visa), [[PERSON:Jack Pemberton-Lowe]] (withdrew interest?), and [[PERSON:Imran Qureshi]]. Thank them for meeting [[PERSON:Frank]] and me.",
    ),
    (
        "customer-service reply, quoted complaint",
        "Customer wrote: 'Hi, my name is [[PERSON:Guadalupe Ramírez]] and I ordered a sofa on 2 Nov, order 55812, it arrived with a torn cushion. Your driver, I think his name was [[PERSON:Bob]], said to email you.' Write an apologetic reply offering a replacement cushion.",
    ),
    (
        "CRM notes, mixed case",
        "Clean up these CRM notes: spoke w/ [[PERSON:Thiago Nascimento]] (procurement, Fontes Alimentos) – wants pricing by EOM. his colleague [[PERSON:luana ferreira de souza]] is the actual decision maker, [[PERSON:thiago]] just gathers quotes. follow up 2 wks.",
    ),
    (
        "school note home",
        "Write a note home to parents: on Tuesday Year 4 had a supply teacher because Mrs [[PERSON:Okafor]] was on a course. Some children, including [[PERSON:Amara]] and [[PERSON:Finlay]], said the maths homework wasn't set. Mr [[PERSON:Llewellyn]] will set it again tomorrow.",
    ),
    (
        "care home handover",
        "Help me write a handover note for the night carer: [[PERSON:Ivy]] (room 12) refused her evening meds, daughter [[PERSON:Rose Calloway]] was informed by phone at 18:40. Mr [[PERSON:Bhatt]] in room 9 had a fall at 16:00, no injury, seen by nurse [[PERSON:Kerry-Ann Whyte]].",
    ),
    (
        "letter before action",
        "Draft a letter before action on behalf of our client Mrs [[PERSON:Eleni Papadopoulou]] against her former landlord, Mr [[PERSON:Stavros Karagiannis]], for the return of the £1,450 deposit. Mrs [[PERSON:Papadopoulou]] vacated on 31 August and left the flat clean.",
    ),
    (
        "motor claim summary, O' and Mc",
        "Summarise this claim for the underwriter: policyholder [[PERSON:Niamh O'Dowd]], vehicle driven at the time by her son [[PERSON:Cian O'Dowd]] (named driver). Third party: Mr [[PERSON:Callum McTavish]], who admitted liability at the scene.",
    ),
    (
        "status update bullets",
        "Turn into a weekly status update:\n- migration 80% done ([[PERSON:Matteo Esposito]])\n- [[PERSON:Giulia Bianchi]] on leave until 12th, so [[PERSON:Matteo]] covering API reviews\n- blocked on security sign-off from [[PERSON:Omar Haddad]]",
    ),
    (
        "lower-case first name mid-sentence",
        "quick one — this morning [[PERSON:yui]] from the tokyo office asked whether the price list includes VAT, what do i tell her",
    ),
    (
        "quoted e-mail greeting and sign-off",
        "Reply to this: 'Hi [[PERSON:Chinedu]], can you confirm the delivery slot for Thursday? Thanks, [[PERSON:Agnieszka]]'. Say yes, 8-10am, and that [[PERSON:Jakub]] will be on site to receive it.",
    ),
    (
        "reference letter",
        "Write a reference for my former employee [[PERSON:Mihai Dumitrescu]], who worked under me as a QA engineer from 2020 to 2024. [[PERSON:Mihai]] was reliable, mentored two juniors ([[PERSON:Ana-Maria]] and [[PERSON:Radu]]) and led our move to Playwright.",
    ),
    (
        "performance review, quoted",
        "Make this performance review sound more constructive: '[[PERSON:Elif Şahin]] missed two deadlines and was rude to [[PERSON:Sunny]] in the standup.' [[PERSON:Elif]] is otherwise one of our best analysts.",
    ),
    (
        "shareholders, van der / de / da",
        "Can you explain this in plain English for the client? Per the shareholders' agreement, [[PERSON:Daan van der Merwe]] and [[PERSON:Ana de Souza]] each hold 30%, and the remaining 40% is held by [[PERSON:Tiago da Costa]] through a nominee company.",
    ),
    (
        "thank-you e-mail, von",
        "Write a thank-you email to Dr [[PERSON:Clara von Hessling]] for her keynote at our supply chain summit, and mention that Professor [[PERSON:Adaeze Nwachukwu]] would like to connect about the research project.",
    ),
    (
        "speaker bios, Mac / Ní / Ó",
        "Proofread these speaker bios for the Inverness conference: [[PERSON:Morag MacLennan]] has led Highland Tourism Partners since 2016. [[PERSON:Sorcha Ní Fhloinn]] lectures in Irish at Galway. [[PERSON:Tadhg Ó Loingsigh]] is a fisheries economist. [[PERSON:Morag]] will chair the panel.",
    ),
    (
        "visit briefing, bin / al- / ibn",
        "Prepare a briefing for our visit to the Riyadh office: we meet [[PERSON:Faisal bin Khalid al-Otaibi]] (COO) on Sunday, then [[PERSON:Layla al-Hashimi]] from legal. [[PERSON:Yusuf ibn Rashid]] will translate if needed.",
    ),
    (
        "diacritics list",
        "Can you fix the accents in this welcome list? The correct names are: [[PERSON:Zoë Harcourt]], [[PERSON:José Manuel Ortega]], [[PERSON:Siobhán Kavanagh]], [[PERSON:Nguyễn Thị Lan]].",
    ),
    (
        "welcome message, Vietnamese names",
        "Write a welcome message for new starters [[PERSON:Trần Minh Khoa]] and [[PERSON:Phạm Thu Hà]]; [[PERSON:Khoa]] joins the data team, [[PERSON:Hà]] goes to finance under [[PERSON:Holly]].",
    ),
    (
        "offer comparison, Korean and Japanese",
        "Compare the two offers for me: [[PERSON:Park Jun-seok]] wants ¥8.2m and a relocation package, [[PERSON:Haruto Tanaka]] wants ¥7.5m. [[PERSON:Jun-seok]] has more leadership experience but [[PERSON:Haruto]] speaks Japanese.",
    ),
    (
        "supplier message, Chinese names",
        "Write a polite message to Mr [[PERSON:Liang]] ([[PERSON:Liang Xiaoyu]]) asking him to send the fabric samples; [[PERSON:Chen Jiahui]] in our Shenzhen office will collect them on Tuesday.",
    ),
    (
        "team card, Filipino names",
        "Help me write a birthday message for the team card for [[PERSON:Maricel Dela Cruz]], she's been our receptionist 10 years. Mention that [[PERSON:Jericho]] and [[PERSON:Nonoy]] organised the cake.",
    ),
    (
        "cover letter, Polish name and word-name possessive",
        "[[PERSON:Agnieszka Kowalczyk]] asked me to rewrite her cover letter. Can you make it less stiff? She's applying to join [[PERSON:Hope Ferrand]]'s team in compliance.",
    ),
    (
        "scheduling, Greek and Turkish names",
        "Which time works for everyone? [[PERSON:Nikos Stavridis]] is free Mon/Tue, [[PERSON:Mehmet Yılmaz]] only Wed, and [[PERSON:Zeynep Arslan]] any day after 2pm.",
    ),
    (
        "school attendance, Hispanic names",
        "Write a clear, simple English email to the parents of [[PERSON:Santiago Morales Quintero]] about his attendance; Mrs [[PERSON:Morales]] asked that we also copy his aunt, [[PERSON:Ximena Quintero]].",
    ),
    (
        "presentation intro, Portuguese names",
        "[[PERSON:Inês Carvalho]] from the Lisbon team and [[PERSON:Rodrigo Albuquerque]] will share the presentation; can you write the intro slide text?",
    ),
    (
        "phone note, Italian names and Pat",
        "Summarise: [[PERSON:Giovanni Russo]] called to complain that [[PERSON:Francesca]]'s invoice had the wrong VAT number. He wants [[PERSON:Pat]] to call back before noon.",
    ),
    (
        "formal reword, Irish names",
        "Reword for a formal audience: [[PERSON:Ciarán]] and [[PERSON:Caoimhe]] from the Dublin office will present the findings; [[PERSON:Fionnuala Ní Chonaill]] has reviewed them.",
    ),
    (
        "website bios, Welsh names with ap",
        "Write a short bio for [[PERSON:Rhodri ap Gwynfor]] and [[PERSON:Elin Hughes-Parry]] for the website. [[PERSON:Rhodri]] founded the studio in Aberystwyth in 2009; [[PERSON:Elin]] joined in 2014 as producer.",
    ),
    (
        "intro e-mail, Scottish names",
        "My colleague [[PERSON:Hamish]] said [[PERSON:Ailsa Fraser-Kerr]] would be the best person to ask about pensions. Draft a short intro email from me to [[PERSON:Ailsa]].",
    ),
    (
        "team message, Australian nicknames",
        "draft a message to the team: [[PERSON:Bazza]]'s farewell drinks are Friday at the Rocks, [[PERSON:Shazza]] is organising the card, chip in $10 to [[PERSON:Kylie Brennan]] by Thursday",
    ),
    (
        "promotion recommendation, American names",
        "Write a recommendation for [[PERSON:Tyler Jefferson Brooks]] for the Denver office promotion. [[PERSON:Tyler]] reports to [[PERSON:Chase Whitaker]] and has covered for [[PERSON:Brandi Lopez]] since March.",
    ),
    (
        "condolence card, South African names",
        "Please write a condolence card message. Our colleague [[PERSON:Sipho Dlamini]]'s father passed away; the team, and especially [[PERSON:Riaan]] and [[PERSON:Lerato]], want to send something personal.",
    ),
    (
        "call summary, Indian names",
        "Summarise the call: [[PERSON:Venkatesh Raghunathan]] (client CFO) wants the invoice split; [[PERSON:Ananya]] from his team will send the PO. Our side: [[PERSON:Rohit Malhotra]] to revise the quote.",
    ),
    (
        "WhatsApp message, Pakistani names lower case",
        "Rewrite this WhatsApp message to be more professional: '[[PERSON:usman]] bhai pls tell [[PERSON:ayesha]] the shipment is late again, [[PERSON:zubair]] says tmrw'",
    ),
    (
        "tenancy reference, Bangladeshi names",
        "Draft a tenancy reference request for my tenant, Mr [[PERSON:Shafiqul Islam Bhuiyan]], who is moving to Leeds. He lived at the flat with his wife [[PERSON:Nusrat]] for three years.",
    ),
    (
        "minutes, Nigerian names and short form",
        "Write minutes: Present: [[PERSON:Chukwuemeka Obi]], [[PERSON:Folake Adeyemi-Johnson]], [[PERSON:Bolaji]]. Apologies: [[PERSON:Ngozi Eze]]. [[PERSON:Bolaji]] presented the Lagos expansion plan; [[PERSON:Emeka]] asked about FX risk.",
    ),
    (
        "SMS reminder, Kenyan names",
        "can you draft an sms reminder: Hi [[PERSON:Otieno]], your appointment with Dr [[PERSON:Wambui Kariuki]] is on 14 Dec at 9:30. Reply YES to confirm.",
    ),
    (
        "wedding toast, Ghanaian names",
        "Write a toast for the wedding of [[PERSON:Akosua Mensah]] and [[PERSON:Yaw Owusu-Ansah]], from their friend [[PERSON:Efua]], about 2 minutes long.",
    ),
    (
        "hui opening remarks, Māori names",
        "Help me write opening remarks for the hui; [[PERSON:Aroha Te Whare]] will lead the mihi and [[PERSON:Matiu Rangihuna]] will speak on behalf of the board.",
    ),
    (
        "translation to formal, Romanian names",
        "Translate to formal English: [[PERSON:Ioana]] said [[PERSON:Andrei Constantinescu]] can't sign until Monday cos he's at a conference",
    ),
    # --- first names that are words -------------------------------------------------------------------------------
    (
        "rota, Hope and Grace",
        "[[PERSON:Hope]] said she'd cover reception on Friday, so can you update the rota and tell [[PERSON:Grace]] she's off?",
    ),
    (
        "thank-you note, Frank next to frank",
        "Write a thank-you note to [[PERSON:Frank]] for the frank feedback he gave on my proposal last week.",
    ),
    (
        "probate, Will / will / Rose / Jack",
        "Can [[PERSON:Will]] check whether the will was witnessed properly? The client, Mrs [[PERSON:Rose Dempsey]], says her late husband [[PERSON:Jack]] signed it in 2019.",
    ),
    (
        "lower-case bill and mark as names next to the bill",
        "[[PERSON:bill]]'s out today so pls ask [[PERSON:mark]] to approve the bill from Carlisle Fixings",
    ),
    (
        "shift change, Dawn and Sunny",
        "Tell [[PERSON:Dawn]] the dawn shift starts at 5 from next week and that [[PERSON:Sunny]] will train her.",
    ),
    (
        "marketing idea, Joy and Summer",
        "[[PERSON:Joy]] and [[PERSON:Summer]] from marketing want to run a summer promo: 20% off garden furniture for two weeks. Summarise their idea for the directors.",
    ),
    (
        "photo shoot, Holly Reed and Hunter Ashby",
        "Draft an email to [[PERSON:Holly Reed]] and [[PERSON:Hunter Ashby]] confirming the photo shoot at Ivy House on 9 Jan, call time 8am.",
    ),
    (
        "Sue and sue",
        "[[PERSON:Sue]] rang — she wants to sue the contractor. Can you explain small claims court in simple terms for her?",
    ),
    (
        "candidate comparison, Faith and Bob",
        "[[PERSON:Faith Adebowale]] and [[PERSON:Bob Kerrigan]] both applied for the team lead role; compare their answers to the conflict question below and tell me who's stronger.",
    ),
    (
        "motion, Will and Bill",
        "Write up the AGM minute: [[PERSON:Will Harrowby]] proposed the motion to raise subs, seconded by [[PERSON:Bill Ng]]; carried 14 to 3.",
    ),
    # --- pasted material -------------------------------------------------------------------------------------------
    (
        "quoted e-mail thread",
        "Summarise this thread:\nOn Tue, 3 Dec 2026 at 09:12, [[PERSON:Callum Reid]] <callum.reid@brightwaterfoods.ie> wrote:\n> [[PERSON:Aisling]], are we still OK for the 15th?\nOn Mon, 2 Dec 2026, [[PERSON:Aisling Fitzgerald]] wrote:\n> Yes, [[PERSON:Darragh]] will bring the samples.",
    ),
    (
        "voicemail transcript",
        "Transcribe & summarise: 'Hi, it's [[PERSON:Bridget Kowalski]] from Harlow Dental, calling for Mr [[PERSON:Esposito]] about his son [[PERSON:Luca]]'s appointment, please call back on the surgery number.'",
    ),
    (
        "JSON list",
        'Convert to CSV: [{"name": "[[PERSON:Adaeze Okoro]]", "team": "Risk"}, {"name": "[[PERSON:Tomasz Nowicki]]", "team": "Ops"}, {"name": "[[PERSON:Sinéad Brophy]]", "team": "Risk"}]',
    ),
    (
        "YAML reviewers",
        "Explain this config:\nreviewers:\n  backend: [[[PERSON:Kofi Boateng]], [[PERSON:Ravi Subramanian]]]\n  frontend: [[[PERSON:Chloé Martin]]]\n  required_approvals: 2",
    ),
    (
        "ALL CAPS request",
        "PLEASE CHECK THE BOOKING FOR [[PERSON:DARREN O'CONNELL]] AND HIS WIFE [[PERSON:MAIREAD]], ROOM 214, THEY SAY THEY WERE CHARGED TWICE",
    ),
    (
        "names in parentheses after roles",
        "The project sponsor ([[PERSON:Beatriz Almeida]]) and the PMO lead ([[PERSON:Kenji Watanabe]]) have approved the change request. Write the announcement for the intranet.",
    ),
    (
        "seating plan list",
        "Write a seating plan for table 4: [[PERSON:Connor]], [[PERSON:Abimbola]], [[PERSON:Yusra]], [[PERSON:Declan]], and [[PERSON:Mei Ling]]. Keep [[PERSON:Connor]] and [[PERSON:Declan]] apart.",
    ),
    (
        "Dear Mr letter",
        "Write a letter starting 'Dear Mr [[PERSON:Nakamura]],' that apologises for the delay in shipping his order and signs off from [[PERSON:Leona Whitfield]], Customer Care.",
    ),
    (
        "co-markers with titles",
        "Dr [[PERSON:Osei-Tutu]] and Ms [[PERSON:Ferreira]] will co-mark the dissertations this year; write the email to students explaining the process.",
    ),
    (
        "lower-case chat with typos",
        "ok so basically [[PERSON:jess]] said shes not coming to the offsite bc her mum is ill, and [[PERSON:kieran]] is wfh, can u draft a msg to the venue reducing numbers from 14 to 12",
    ),
    (
        "WhatsApp export",
        "[12/11/2026, 18:02:11] [[PERSON:Bex Hartigan]]: running late 10 mins\n[12/11/2026, 18:03:45] [[PERSON:Marcus Ofori]]: no worries\n[12/11/2026, 18:20:02] [[PERSON:Bex Hartigan]]: here now, where r u\nwho was late and by how much?",
    ),
    (
        "Zoom chat",
        "Summarise the questions from the webinar chat:\nFrom [[PERSON:Nikhil Iyer]] to Everyone 10:31 AM: can we get the slides?\nFrom [[PERSON:Precious Mahlangu]] to Everyone 10:32 AM: +1, and is there a recording?",
    ),
    (
        "git log authors",
        "What changed in these commits?\ncommit 9f3a1c2\nAuthor: [[PERSON:Sebastián Ruiz]] <s.ruiz@tidewell.io>\nDate:   Mon Dec 1 10:14:02 2026\n    Fix null check in invoice export\ncommit 77be014\nAuthor: [[PERSON:Gemma Lockhart]] <gemma@tidewell.io>\nDate:   Fri Nov 28 16:40:55 2026\n    Add retry to webhook sender",
    ),
    (
        "Outlook attendees, Surname, First",
        "Required: [[PERSON:Okafor, Ifeanyi]]; [[PERSON:Brannigan, Tess]]; [[PERSON:Wu, Jason]]\nOptional: [[PERSON:Delacroix, Amélie]]\nWrite a 3-line agenda for this meeting about the vendor audit.",
    ),
    (
        "first-person narration",
        "My line manager, [[PERSON:Yetunde]], wants me to present the audit findings to [[PERSON:Ross Galbraith]]'s team next week. I'm nervous — can you help me structure the talk?",
    ),
    (
        "minutes taken by / approved by",
        "Add a footer to these minutes: Minutes taken by [[PERSON:Ffion Prys-Jones]]. Approved by [[PERSON:Gethin Rowlands]].",
    ),
    (
        "name at end of sentence",
        "The only person who knows the password policy is [[PERSON:Ngaire]]. Ask her before you change anything, and loop in [[PERSON:Tevita Fifita]].",
    ),
    (
        "names in quotes",
        "Change 'Dear Sir/Madam' to 'Dear Ms [[PERSON:Abiodun]]' throughout and sign it from '[[PERSON:Tobias Grünewald]]'.",
    ),
    (
        "newsletter obituary",
        "Write a short obituary for the company newsletter: [[PERSON:Raymond Delgado]] Jr., 71, our longtime warehouse manager, died on 28 November. He is survived by his wife [[PERSON:Consuelo]] and daughters [[PERSON:Marisol]] and [[PERSON:Inés]].",
    ),
    (
        "insurance form, SURNAME, First",
        "Policy holder: [[PERSON:SZYMAŃSKA, Katarzyna]]\nClaim: water damage, bathroom ceiling\nLoss adjuster: [[PERSON:Brennan O'Hare]]\nWrite a letter confirming we've received the claim.",
    ),
    (
        "end-of-term comments",
        "Write end-of-term comments: [[PERSON:Kayden]] – good effort in maths; [[PERSON:Aaliyah]] – very strong reader; [[PERSON:Oisín]] – needs to focus in group work; [[PERSON:Zainab]] – excellent science project.",
    ),
    (
        "match report, nicknames",
        "Write the match report for the club site: [[PERSON:Robbo]] scored twice, [[PERSON:Gaz]] got sent off in the 70th, and keeper [[PERSON:Lewis Pryce-Morgan]] saved a penalty late on. Final score 2-1.",
    ),
    (
        "live chat transcript",
        "Agent ([[PERSON:Shanice]]): Hi, how can I help?\nCustomer: hi im trying to change the name on my booking from [[PERSON:carlos mendes]] to [[PERSON:carla mendes]], it was a typo\nAgent ([[PERSON:Shanice]]): No problem.\nwrite a better reply for the agent",
    ),
    (
        "visa letter fields, lower case",
        "Fill in the visa support letter using these details:\nname: [[PERSON:kahurangi walker]]\nposition: senior analyst\nmanager: [[PERSON:sione havili]]\nstart date: 2 February",
    ),
    (
        "double-barrelled surname, possessive",
        "Please write a polite chaser to [[PERSON:Imogen Carrow-Pelham]]'s PA about the board pack, and cc [[PERSON:Piers]].",
    ),
    (
        "middle initials",
        "Sign the letter from [[PERSON:Samuel T. Okonjo]] and add a countersignature line for [[PERSON:Maria F. Gonçalves]].",
    ),
    (
        "initial dot surname",
        "Who should approve this? The PO was raised by [[PERSON:S.Nair]] and checked by [[PERSON:T. O'Brien]], but the amount is over £10k.",
    ),
    (
        "addressing the assistant, then a colleague",
        "Hey Copilot, write a message to [[PERSON:Kofi]] saying I'll be 10 minutes late to our 1:1",
    ),
    (
        "subject line with name",
        "Subject: Re: Leave request – [[PERSON:Ayodele Bankole]]\nCan you write a reply approving 3 days, 22–24 Dec, and noting that [[PERSON:Chidi]] will cover?",
    ),
    (
        "per, first name",
        "Per [[PERSON:Lorraine]], the audit is moved to the 19th. Update the project plan and tell [[PERSON:Ahmed Farouk]].",
    ),
    (
        "HR question",
        "Is it okay to tell [[PERSON:Sunita]] that her probation has been extended, or should HR do it?",
    ),
    (
        "passive voice",
        "The complaint was escalated by [[PERSON:Wendell Okoye-Grant]] and reviewed by [[PERSON:Priscilla Amankwah]]. Write a summary for the board.",
    ),
    (
        "Teams transcript VTT",
        "Clean up this transcript:\n0:00:12.340 --> 0:00:15.120\n[[PERSON:Maximilian Schröder]]: Let's start with the budget.\n0:00:16.002 --> 0:00:19.880\n[[PERSON:Adwoa Frimpong]]: I've got the numbers here.",
    ),
    (
        "contract parties",
        'Summarise this clause: This agreement is made between [[PERSON:Kamal Hossain Mridha]] ("the Seller") and [[PERSON:Bronwen Jenkins-Reece]] ("the Buyer").',
    ),
    (
        "birthdays TSV",
        "Sort by date:\nFeb 3\t[[PERSON:Tayo]]\nMar 18\t[[PERSON:Maeve Gallagher]]\nJul 9\t[[PERSON:Hamza]]\nNov 30\t[[PERSON:Saoirse]]",
    ),
    (
        "lower-case nicknames",
        "[[PERSON:kez]] and [[PERSON:mo]] are swapping shifts on sat, can u update the rota",
    ),
    (
        "surnames alone, sentence-initial",
        "Summarise the disciplinary panel's view: [[PERSON:Kowalczyk]] felt the warning was fair; [[PERSON:Adeyemi]] disagreed; [[PERSON:Hargreaves]] abstained.",
    ),
    (
        "acknowledgement letter, solicitor apposition",
        "Write an acknowledgment letter to Ms [[PERSON:Mary-Kate Doherty]]; her solicitor, [[PERSON:Eoghan MacCárthaigh]], asked for all correspondence to go via him.",
    ),
    (
        "intern apposition",
        "[[PERSON:Chinonso]], our new intern, will shadow [[PERSON:Patrice Lemaire]] (finance) this week. Write a welcome Slack post.",
    ),
    (
        "SBAR handover",
        "SBAR: S – Mr [[PERSON:Abdullahi Warsame]], 67, admitted with chest pain. B – lives with daughter [[PERSON:Ifrah]]. A – obs stable. R – Dr [[PERSON:Oyinlola]] to review in the morning. Turn this into a handover paragraph.",
    ),
    (
        "@ mentions",
        "@[[PERSON:Lachlan]] can you and @[[PERSON:Tamsin]] review the PR before standup",
    ),
    (
        "To: line with names only",
        "To: [[PERSON:Harjit Sandhu]]; [[PERSON:Mairi Campbell]]; [[PERSON:Olamide Ojo]]\nSubject: Budget\nWrite the body: remind them budgets are due Friday.",
    ),
    (
        "parents' evening notes",
        "Parents evening notes: [[PERSON:Liam]]'s mum ([[PERSON:Gemma Doyle]]) worried about bullying by another pupil, [[PERSON:Tyler]]. Spoke to Miss [[PERSON:Adeleke]]. Write this up for the safeguarding log.",
    ),
    (
        "complaint about an agent",
        "I want to complain about the service I got from your agent [[PERSON:Kirsty]] at the Chester branch; she told me my husband [[PERSON:Graham]] couldn't be added to the policy.",
    ),
    (
        "lower-case Korean names",
        "[[PERSON:ji-woo]] and [[PERSON:min-jun]] are both out on the 24th, so who's covering support?",
    ),
    (
        "Japanese honorific and surname-first",
        "Write an email to [[PERSON:Sato]]-san thanking her for hosting us in Nagoya, and mention that [[PERSON:Kobayashi Daiki]] will follow up on the contract.",
    ),
    (
        "Eid greeting, Arabic names",
        "Draft an Eid greeting to our client [[PERSON:Abdulrahman Al-Mansouri]] and his partner at the firm, [[PERSON:Hessa Al Nuaimi]].",
    ),
    (
        "workshop leads, Turkish names",
        "[[PERSON:Cem Öztürk]] and [[PERSON:Ayşe Demirci]] will lead the Istanbul workshop; ask [[PERSON:Ayşe]] to send the agenda by Wednesday.",
    ),
    (
        "invitation question, Greek names",
        "[[PERSON:Katerina]] asked why [[PERSON:Giorgos Antoniou]] wasn't invited to the launch. Help me write a diplomatic answer.",
    ),
    (
        "handover e-mail, Brazilian names",
        "Write a handover email: [[PERSON:João Pedro Santos]] is leaving at the end of the month, [[PERSON:Fernanda Queiroz]] takes over his accounts.",
    ),
    (
        "Somali and Ethiopian names, sentence-initial",
        "[[PERSON:Hodan]] and [[PERSON:Tigist Alemu]] have both asked for the Friday off. [[PERSON:Tigist]] asked first. How do I say no to [[PERSON:Hodan]] nicely?",
    ),
    (
        "Sri Lankan names in a thank-you",
        "Write a thank-you message to [[PERSON:Tharindu Perera]] and [[PERSON:Nimali Senanayake]] for running the first-aid course.",
    ),
    (
        "recruiter notes, mixed positions",
        "Notes from the screen: strong candidate, referred by [[PERSON:Ikechukwu]] in sales. Current manager is [[PERSON:Rebecca Thornbury]]. Wants 55k. [[PERSON:Becky]] (his manager) apparently knows [[PERSON:Ikechukwu]] from uni. Write this up for the hiring manager.",
    ),
    (
        "Mc and Mac in lower case chat",
        "does [[PERSON:ewan mcallister]] still do the payroll or did [[PERSON:kirsty macaulay]] take over",
    ),
]

BENIGN: list[tuple[str, str]] = [
    (
        "car brands",
        "Compare the Ford Transit and the Vauxhall Vivaro for our delivery fleet — running costs, payload and resale value.",
    ),
    (
        "laptop brands",
        "Write a procurement note: we're replacing the Dell Latitude laptops with Lenovo ThinkPads next quarter; the HP printers stay.",
    ),
    ("aircraft makers", "Summarise Boeing's latest delivery numbers versus Airbus for a slide, in neutral language."),
    (
        "retailers named after founders",
        "Draft a staff email: Cadbury selection boxes from Marks & Spencer and Sainsbury's vouchers will be handed out at the Christmas lunch on Friday 19 December.",
    ),
    (
        "banks named after founders",
        "Explain the difference between Morgan Stanley's and Goldman Sachs's wealth management fee structures in plain English.",
    ),
    (
        "US places",
        "Plan a 3-day itinerary: Washington DC on Monday, then drive to Charlotte, North Carolina, and fly out of Jackson, Mississippi on Wednesday.",
    ),
    (
        "offsite cities",
        "Our team offsite options are Florence, Victoria (BC) and Austin, Texas. Make a pros/cons table for each with flight times from London Heathrow.",
    ),
    (
        "directions in Lincoln",
        "Write directions from Lincoln Central station to our office on Silver Street; the car park on Broadgate is closed until January.",
    ),
    (
        "football hospitality",
        "Chelsea vs Arsenal at Stamford Bridge — write a short hospitality invite for our clients, kick-off 17:30 Saturday.",
    ),
    (
        "council notice",
        "St Helens council has updated bin collection days from January; write a notice for the tenants' noticeboard.",
    ),
    (
        "Jenkins pipeline",
        "Our Jenkins pipeline fails at the 'Publish' stage with 'No such DSL method withCredentials'. What plugin am I missing?",
    ),
    (
        "voice assistants",
        "Write a comparison of Alexa, Siri and Google Assistant for a smart-office pilot — privacy settings especially.",
    ),
    (
        "AI products",
        "IBM Watson vs Copilot vs Claude vs Gemini for summarising support tickets: which handles long PDFs best? Bullet points please.",
    ),
    (
        "storm closure",
        "Draft a notice to staff: due to Storm Ciarán the Plymouth and Exeter offices will close at 2pm on Thursday.",
    ),
    (
        "book club titles",
        "Book club: we're reading 'The Remains of the Day' in January and 'Little Women' in February. Write five discussion questions for the first one.",
    ),
    (
        "months and weekdays",
        "Write a calendar reminder: quarterly review on Monday 5 January, budget freeze in March, appraisals close end of June, August shutdown.",
    ),
    (
        "job titles in capitals",
        "Rewrite this job ad so it's less formal: HEAD OF FINANCE – SENIOR ACCOUNTS PAYABLE MANAGER – reports to CHIEF OPERATING OFFICER.",
    ),
    (
        "hope and grace as words",
        "I hope you can help: what's a typical grace period on a commercial lease rent payment in England?",
    ),
    (
        "will as a document",
        "Explain what happens to a will if the executor dies before the testator, in simple terms for a client leaflet.",
    ),
    (
        "rose garden",
        "We're redesigning the rose garden behind the office. Suggest low-maintenance planting that flowers May to September.",
    ),
    (
        "mark and bill as words",
        "Please mark the invoice as disputed and write a short note to the supplier saying the bill was for the wrong quantity.",
    ),
    ("frank as a word", "Give me frank feedback on this slogan: 'Fresh every morning, honest every evening.'"),
    ("acronyms", "What do GDPR, DPIA, SAR and ROPA stand for, and which ones does a 20-person charity actually need?"),
    ("Python code", "Why does this Python raise KeyError? `row = {'name': 'x'}; print(row['Name'])`"),
    (
        "SQL",
        "Optimise this query: SELECT customer_id, SUM(amount) FROM orders WHERE created_at >= '2026-01-01' GROUP BY customer_id HAVING SUM(amount) > 500;",
    ),
    (
        "research ship",
        "Write a press-release paragraph about the new RRS Ocean Pathfinder research ship joining the fleet at Southampton docks.",
    ),
    (
        "building and street address",
        "Our new address is Suite 4, Wellington House, 12 Victoria Street, Bristol. Write the change-of-address email for clients.",
    ),
    (
        "sweepstake nations",
        "Help me write the rules for the office sweepstake on the Six Nations — Ireland, France, England, Scotland, Wales, Italy.",
    ),
    ("film titles", "Suggest five films like 'Jaws' and 'Alien' for a work movie night, with age ratings."),
    ("licence comparison", "Summarise the key terms of the Microsoft 365 E5 licence versus E3 for a 150-seat company."),
    ("Kubernetes", "Explain how Kubernetes liveness and readiness probes differ, with a YAML example."),
    (
        "Hunter wellies",
        "Draft a response to a customer asking if our Hunter wellies are still under warranty after 14 months.",
    ),
    (
        "universities",
        "Our Ivy League recruitment drive: write a LinkedIn post aimed at graduates from Harvard, Yale and Princeton.",
    ),
    (
        "rota template",
        "Write a weekday rota template: Monday–Friday, early (7–3) and late (3–11), with a Sunday on-call column.",
    ),
    (
        "Acrobat markup",
        "What's the best way to mark up a PDF in Adobe Acrobat so that comments are visible in Preview on a Mac?",
    ),
    ("joy as a word", "Turn 'Joy to the world' into a non-religious message for our corporate Christmas card."),
    (
        "event and room names",
        "Write a short Slack message reminding everyone that the Dawn Chorus breakfast meeting is in the Lovelace Room at 8.",
    ),
    ("bank names", "Summarise the pros and cons of a Barclays business account versus a Lloyds one for a sole trader."),
    (
        "bake-off menu",
        "Write a menu description for our Victoria sponge, Eton mess and Bakewell tart at the staff bake-off.",
    ),
    ("algorithms", "Explain bubble sort versus quicksort with pseudocode and their time complexity."),
    (
        "pat as a verb",
        "Rewrite this recipe for the staff newsletter: pat the dough flat, bake at 200°C for 12 minutes, and glaze with honey.",
    ),
    (
        "Will Writing Month",
        "Write a poster for Free Will Writing Month in March: local solicitors will draft simple wills for a donation to the hospice.",
    ),
    (
        "mark scheme",
        "Our exam board changed the mark scheme for the summer series; summarise what teachers need to do differently.",
    ),
    (
        "faith schools",
        "Faith schools admissions: explain the oversubscription criteria in plain English for a parent newsletter.",
    ),
    (
        "Holly & Ivy product",
        "Write product copy for our Holly & Ivy Christmas candle range, with notes of pine and cinnamon.",
    ),
    ("Summer Time", "Explain the British Summer Time clock change rules in the UK and EU for a payroll FAQ."),
    (
        "Lincoln and Cadillac cars",
        "Compare the lease cost of a Lincoln Navigator with a Cadillac Escalade for the executive fleet.",
    ),
    (
        "Jackson library",
        "Refactor this Java: `class JsonMapper { ObjectMapper m = new ObjectMapper(); }` — is Jackson's ObjectMapper thread-safe?",
    ),
    (
        "awards venue",
        "Write a LinkedIn post celebrating our shortlisting for the Northern Tech Awards 2027, held at Manchester Central.",
    ),
    (
        "Sunny Side Up café",
        "Our Sunny Side Up café franchise wants a new tagline. Ten options please, under six words.",
    ),
    ("fast-food earnings", "Summarise the McDonald's and Kellogg's Q3 earnings calls in three bullets each."),
    ("NZ cities", "Compare Wellington and Auckland as locations for our NZ office: cost, talent pool, time zone."),
    (
        "chase as a verb",
        "Rewrite: 'Chase the outstanding invoices from Q2 and flag anything over 90 days to the finance director.'",
    ),
    (
        "Reed as a plant",
        "Suggest plants for the pond border at the business park: reed, iris, marsh marigold, and something evergreen.",
    ),
]

LABELLED: list[tuple[str, str, str]] = [("en", shape, marked) for shape, marked in TEXTS]


def check_texts() -> None:
    """Each labelled text has a mark, every mark is of a known kind, no benign text has a mark."""
    bad = [marked[:60] for _, _, marked in LABELLED if not MARK.search(marked)]
    bad += [m.group("kind") for _, _, marked in LABELLED for m in MARK.finditer(marked) if m.group("kind") not in KINDS]
    bad += [text[:60] for _, text in BENIGN if MARK.search(text)]
    if bad:
        sys.exit(f"texts with wrong marks: {bad}")


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, KINDS, check_texts)


if __name__ == "__main__":
    sys.exit(main())

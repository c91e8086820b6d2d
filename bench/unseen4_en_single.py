# ruff: noqa: E501
"""An independent probe of people named by one word in English office prompts: 180 prompts in UK,
Irish, US, Canadian, Australian, New Zealand, Indian and South African English that someone would
paste into an AI chat tool, in which people are named by a first name alone or a surname alone, with
every occurrence marked [[PERSON:...]] (471 marks, 369 distinct names), and 52 benign prompts with
no person in them at all.

The labelled texts are e-mails, Slack and Teams messages, WhatsApp and IRC-style chat logs (proper
case and all lower case), text messages, meeting minutes with action items, rotas, leave calendars,
markdown and CSV tables, performance feedback, HR and grievance notes, customer-service tickets,
nursing and site handovers, interview notes, timelines, Jira tickets, CRM notes and newsletter
shout-outs. The names stand in greetings and addressees ("Hi X,", "Morning all, esp. X", "Kia ora
X", "Howzit X", "X sir"), sign-offs ("Cheers, X", "— X", "Thanks" then X, "x X"), @-mentions,
subjects ("X approved", "Yesterday X and I"), objects ("ask X to", "cc X", "loop in X", "remind X"),
possessives, appositions and roles ("X from payroll", "our new starter, X,", "X (IT)"), lists, quoted
speech ("said X", "X: 'no'", "X – 'quote'"), speaker labels, action items ("ACTION X:", "TODO X –"),
rota and table cells ("Mon: X / Tue: X"), e-mail headers and thread lines ("On Tue, X wrote:"),
surnames alone after "Ms X" and as sentence subjects, nicknames and short forms (Dazza, Mags, Raj,
Tash, Jonno, Bern), first names that are also English words (Will, Mark, Grace, Hope, Rose, Amber,
Bill, Frank, Joy, Dawn, Sunny, Faith, Summer, Hunter, Chase, Wade, Reed, Penny, Jack, Drew, Ray,
Cliff, Dale, Glen, April, June, Patience, Blessing, Gift, Precious, Lucky), sometimes next to the
same words used as words, capitals and lower case. Origins: Britain, Ireland, Wales and Scotland,
South Asia, West, East and Southern Africa, East and South-East Asia, the Pacific and Māori, Eastern
Europe, Latin America and the Middle East. Every name is invented. Titles (Mr, Ms, Mrs, Dr, Prof.),
honorifics (ji, sir, ma'am), "@" and a possessive 's stay outside a mark. The benign texts hold
capitalised sentence starts, job titles, products, firms, places, months, days, holidays, laws,
teams, departments, the words will, mark, grace, hope, rose, amber, bill, frank, joy, dawn, sunny,
faith, summer, hunter, chase, wade, reed, penny, jack, patience, gift, mercy, cliff, glen used as
words (capitalised and not), streets and rooms named with such words, chat logs whose speakers are
roles or systems (User, Bot, Agent, Customer, Advisor, Caller, Operator, StandupBot, system), and
code, SQL and config with capitalised identifiers.

Written by a different author from the engine's rules, without reading the engine, its tests, its
corpora or the other probes (only bench/dev_marks.py, the scoring harness, and the first 70 and last
30 lines of bench/unseen3_en_names.py, for the file layout, were read). Every text and every mark
was written in full before the engine first ran, and nothing in TEXTS or BENIGN was changed after
that run.

First run (2026-12-07, the only run; --misses): PERSON recall 0.550 (259/471), en recall 0.550
(259/471), any-type recall 0.550 (259/471); benign texts with a PERSON finding: 0/52.

The 212 misses by name kind: (a) ordinary first names, 96 of 269 missed, most of them not
Anglo-American: African 36 (Nyokabi and Kiprono in a status update, Olamide after 'Meet', Chipo and
Tatenda in a return-to-work letter, Nomsa, Andile, Lindiwe, Thulani, Sanele, Sipho, Nkosi, Lwazi,
Lerato, Mpho, Ifeanyi, Bukola, Chidinma, Ayodele, Ogechi, Temitope, Emeka, Efosa, Abena, Ama, Kobus,
Otieno, Wanjiku), Māori and Pacific 17 (Rawiri twice in a timeline, Tahu and Kiri as '<X>' chat
speakers, Tui twice, Rangi, Ngaio, Mere, Mereana, Losana twice, Semisi, Taufa, Salote, Aperahama),
Welsh, Irish, Scottish and English 14 (Gethyn, Iolo, Dafydd, Carys, Ffion, Llewelyn, Owain, Tadhg,
Sinéad, Eilidh, Bronwyn, Keira twice, Kayla), South Asian 14 (Harpreet twice, Gurpreet, Lakshmi,
Deepika, Preeti, Arjun, Ravi, Rohan, Venkatesh, Vijayalakshmi, Meenal, Pradeep, Dilani), East and
South-East Asian 7 (Xiaoling, Jun, Min-jun, Hyun-woo, Ka-wai, Rizal, Malee), Eastern European and
Central Asian 5 (Gergely twice, Aleksandr, Bogdana, Yerlan), Middle Eastern 3 (Layla, Arash, Malak);
(b) first names that are also English words, 51 of 79 missed (28 found, mostly as chat speakers):
Will (3), Grace, Hope (2), Mark (2), Rose (2), Amber (2), Bill, Frank, Joy (2), Dawn, Hunter, Chase
(2), Wade (2), Reed (2), Jack, Drew, Ray, Patience, Blessing, Gift, Precious, Lucky, Cliff, Dale,
Glen, Sandy, April, June, Pearl, Violet, Rich, Sue, Pat, Ivy, Heather, Jasmine, Holly, Ruby (2),
Autumn, Sky; (c) surnames alone, 29 of 53 missed: as sentence subjects Oyelaran, Fonoti, Brannigan,
Kowalczyk, Raghunathan (2), Pillay, Naidoo, Okonkwo, Ekwueme (2), Venter (2), Botha (2), after
'Apologies from' Haddad and Vuković, and Achterberg, Mahlangu, Doherty (2, after 'His supervisor,'),
Oduya, Mahony (2), Sharma ('Dear Sharma ji'), Tremblay (2), McAllister (2, CRM notes); (d) nicknames
and short forms, 22 of 36: Mags, Kez, Bex, Mossie as sign-offs, Dazza (2), Bazza, Macca, Gaz, Shaz,
Bev, Aggie, Ola, Kuba, Jas, Kat, Tommo, Stevo, Nat, Em, Sanj, Bern (after Bernard was found); (e)
capitals, 7 of 8: TENDAI, MORRISON, OKSANA, KHUMALO, AMARACHI, MAREK, SIOBHÁN (only DEEPAK found);
(f) lower case, 7 of 26: dazza, marites, adebayo, okafor, and the word-like grace, will, dawn.

The same misses by section (position and text type), missed/total: other positions and text types
46/94, word-like first names 33/45, subjects of an action 18/26 (ten surnames alone, the rest Kenyan,
Chinese, Welsh and Irish first names), rotas and tables 13/22 ('Mon: Keira / Tue: Arjun', 'week 1
Nkosi', 'Heather 2–6 Dec'), meeting notes and action items 9/20 ('ACTION Lwazi:', '1. Budget –
Ogechi to', '- Preeti – book flights', 'TODO Wade –'), HR cases 9/17, roles and appositions 8/16,
nicknames 8/15, objects 7/21, chat transcripts 7/40, text messages 7/10, greetings 6/21 (mostly the
second name after a found first one: Gethyn, Iolo, Mpho, Macca, Kayla), sign-offs 6/9, performance
feedback 6/13, handover notes 5/12, capitals 5/6, lists 4/21, possessives 3/14, quoted speech 3/11
(Aleksandr before 'told me', Ifeanyi and Bukola before '– quote'), surnames alone as subject 3/7,
lower case 3/7, surnames alone after first mention 2/13, customer service 1/11. Many names were
missed at every mention (Nyokabi, Olamide, Chipo, Harpreet, Gergely, Doherty, Mahony, Ekwueme,
Tremblay, Venter, Botha, McAllister, Rawiri, Keira, Nkosi, Ruby, Will), and a name found in one
place was often missed in another of the same text (Yetunde, Owain).

No benign text had a PERSON finding. Unscored spans in the labelled texts show a greeting word taken
into the name ('Howzit Thabo', 'Yo Jonno', 'To Geneviève') and a day abbreviation taken as a name
('Weds' in 'Weds: Malak').

    python bench/unseen4_en_single.py [--misses]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from dev_marks import red_team_command  # noqa: E402

MARK = re.compile(r"\[\[(?P<kind>\w+):(?P<value>.+?)\]\]", re.S)
KINDS = ("PERSON",)
TITLES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Prof ", "Prof. ", "Sir ")

# (shape, marked text): the shape names the text type, the positions and the kinds of names.
TEXTS: list[tuple[str, str]] = [
    # --- greetings and addressees ---
    (
        "email greeting + sign-off; Zimbabwean first name, Welsh first name",
        "Hi [[PERSON:Tendai]],\n\nCould you rewrite the paragraph below so it sounds less abrupt? 'The invoice is late again and I need it by Friday or we escalate.'\n\nThanks,\n[[PERSON:Gethyn]]",
    ),
    (
        "group greeting 'esp. X' + vocative; Welsh first name",
        "Morning all, esp. [[PERSON:Rhys]] – please summarise the notes below into three bullets for stand-up. [[PERSON:Rhys]], you're presenting, so keep it tight.\n\n- migration 80% done\n- two blockers on auth\n- demo moved to the 14th",
    ),
    (
        "formal letter 'Dear X' + 'Kind regards'; Welsh first names",
        "Dear [[PERSON:Bethan]],\n\nThank you for your letter of 3 March regarding the parking permit. Please help me finish this reply politely declining the request.\n\nKind regards,\n[[PERSON:Iolo]]",
    ),
    (
        "Slack greeting 'Hey X' + subject 'X says'; South Asian and Scottish first names",
        "Polish this Slack message: 'Hey [[PERSON:Parveen]], quick one – is the heating in the Bradford office fixed yet? [[PERSON:Callum]] says it's still freezing on level 2.'",
    ),
    (
        "'Kia ora X' greeting + 'for X and the board'; Māori first names",
        "Finish this email: 'Kia ora [[PERSON:Ngaire]], thanks for sending the survey results. I've summarised them below for [[PERSON:Rawiri]] and the board.'",
    ),
    (
        "'Howzit X' greeting + 'you and X'; South African first names",
        "Rewrite more formally: 'Howzit [[PERSON:Thabo]], the client in Durban wants the quote redone in rand. Can you and [[PERSON:Mpho]] sort it before Friday?'",
    ),
    (
        "'Yo X' greeting + 'ring X'; Australian nicknames",
        "Translate into plain English for a new hire: 'Yo [[PERSON:Jonno]], ring [[PERSON:Macca]] re the ute rego, it's due arvo tomorrow.'",
    ),
    (
        "Indian English 'X sir' greeting + 'Regards, X'; South Indian first names",
        "Good afternoon [[PERSON:Venkatesh]] sir, kindly share the updated BOQ by EOD. Regards, [[PERSON:Meenakshi]]\n\nCan you make this email sound less stiff?",
    ),
    (
        "'To X and X' addressees + dash sign-off; Québécois and Canadian first names",
        "Make this friendlier: 'To [[PERSON:Geneviève]] and [[PERSON:Mathieu]] – the Gatineau lease renewal is attached. Please sign both copies. – [[PERSON:Kayla]]'",
    ),
    (
        "@-mentions; Arabic first names",
        "@[[PERSON:Karim]] can you review PR 412 before lunch? @[[PERSON:Nour]] is blocked on it. Rewrite this so it doesn't sound like I'm blaming anyone.",
    ),
    # --- sign-offs ---
    (
        "sign-off 'Cheers, X'; nickname",
        "Make this reply more polite please:\n\n'No we can't do Thursday, the van's booked. Try next week.'\n\nCheers,\n[[PERSON:Mags]]",
    ),
    (
        "sign-off '— X'; Yoruba short name",
        "Draft a two-line reply saying the report is attached and we'll follow up after the audit.\n\n— [[PERSON:Olu]]",
    ),
    (
        "sign-off 'Thanks' newline X; South Asian first name",
        "Can you turn this into a polite reminder for the team about timesheets being due at 5pm Friday?\n\nThanks\n[[PERSON:Priyanka]]",
    ),
    (
        "sign-off 'Many thanks' X + department line; Irish first name",
        "Shorten this email:\n\n'Hi all, just a reminder that the fire drill is at 11 on Thursday. Please leave via the stairs, not the lifts. Wardens please wear your vests.\n\nMany thanks\n[[PERSON:Saoirse]]\nFacilities'",
    ),
    ("sign-off 'Ta, X'; nickname", "Check the tone:\n\n'Sorted the refund, customer is happy now. Ta, [[PERSON:Kez]]'"),
    (
        "sign-off 'Best, X | team | city'; Māori first name",
        "Rewrite this sign-off so it's consistent with our style guide: 'Best, [[PERSON:Ngaio]] | Client Services | Wellington'",
    ),
    (
        "sign-off 'Warm regards X' with no comma; Indian first name",
        "Fix grammar: 'Please find attach the revised quotation for you're reference. Warm regards [[PERSON:Suresh]]'",
    ),
    (
        "'to me or X' + sign-off 'x X'; Igbo first name, nickname",
        "Summarise: 'Team – the audit starts Monday, rooms 2.1 and 2.2 are blocked out. Any questions to me or [[PERSON:Ifeoma]]. x [[PERSON:Bex]]'",
    ),
    # --- subject of an action ---
    (
        "subject of verbs; Irish first names",
        "Rewrite for the change log: [[PERSON:Siobhan]] approved the change on Tuesday and [[PERSON:Declan]] deployed it to staging the same evening.",
    ),
    (
        "'X and I met'; Ghanaian first name",
        "Summarise for my manager: Yesterday [[PERSON:Kofi]] and I met the client at their Leeds office. They want the pilot extended to March, and [[PERSON:Kofi]] thinks they'll sign if we drop the setup fee.",
    ),
    (
        "incident log, subjects after times; Eastern European first names",
        "Rewrite for the incident log: At 14:05 [[PERSON:Bogdan]] noticed the queue backing up. [[PERSON:Agnieszka]] restarted the worker at 14:20 and [[PERSON:Bogdan]] confirmed recovery at 14:31.",
    ),
    (
        "casual subject 'so basically X forgot'; Irish first names with fada",
        "Make this sound less casual: 'so basically [[PERSON:Ciarán]] forgot to renew the domain and [[PERSON:Tadhg]] had to pay for it on his own card'",
    ),
    (
        "status update subjects; Kenyan first names",
        "Turn into a status update: [[PERSON:Nyokabi]] finished the supplier mapping; [[PERSON:Kiprono]] is still waiting on data from Mombasa; [[PERSON:Nyokabi]] will help him on Thursday.",
    ),
    (
        "'Last week X closed'; Chinese first names",
        "Can you write this up as a win for the newsletter? Last week [[PERSON:Xiaoling]] closed the biggest renewal of the year, and [[PERSON:Jun]] built the pricing model behind it.",
    ),
    (
        "subordinate clause subjects; Welsh first names",
        "Draft a short thank-you note: When the server room flooded, [[PERSON:Dafydd]] stayed until midnight moving kit, and [[PERSON:Carys]] kept the customers updated.",
    ),
    (
        "surnames alone as subjects; Nigerian and Samoan surnames",
        "Summarise for the exec team: [[PERSON:Oyelaran]] has resigned with effect from 30 June. [[PERSON:Fonoti]] will act up as interim head until we recruit.",
    ),
    (
        "surnames alone with 'says' / 'agrees'; Irish and Polish surnames",
        "Rephrase: '[[PERSON:Brannigan]] says the numbers don't add up and [[PERSON:Kowalczyk]] agrees, so we're re-running the model.'",
    ),
    (
        "minutes with surnames alone; Tamil, Lebanese, Serbian surnames",
        "Tidy these minutes: [[PERSON:Raghunathan]] opened the meeting at 10:00. Apologies from [[PERSON:Haddad]] and [[PERSON:Vuković]]. [[PERSON:Raghunathan]] noted the budget position was unchanged.",
    ),
    (
        "surnames alone, 'X wants' ; 'X thinks'; South African Indian surnames",
        "Write a one-line summary: [[PERSON:Pillay]] wants the contract signed this week; [[PERSON:Naidoo]] thinks we should wait for legal.",
    ),
    # --- objects ---
    (
        "'asking X to' + 'cc X'; Russian and Spanish first names",
        "Write a short Slack message asking [[PERSON:Dmitri]] to send over the updated rota, and cc [[PERSON:Ines]] so she knows it's coming.",
    ),
    (
        "'loop in X from' + 'remind X'; Japanese and Zulu first names",
        "Can you draft an email to the vendor and loop in [[PERSON:Haruto]] from procurement? Also remind [[PERSON:Zanele]] that the PO needs her sign-off.",
    ),
    (
        "'to brief X' + 'from X'; Xhosa and Afrikaans first names",
        "Write a calendar invite description: Catch-up to brief [[PERSON:Thandiwe]] on the Cape Town account before she takes it over from [[PERSON:Johan]].",
    ),
    (
        "'thank X for' + 'tell X'; Arabic first names",
        "Draft an email to facilities. Please thank [[PERSON:Idris]] for fixing the blinds and tell [[PERSON:Hamid]] the car park barrier is stuck again.",
    ),
    (
        "'directly to X' + 'chase X'; Indian first names",
        "Shorten: 'I've asked the agency to send the contracts directly to [[PERSON:Lakshmi]], so please don't chase [[PERSON:Deepika]] for them any more.'",
    ),
    (
        "'from X' + 'ask X to'; Latin American first names",
        "Write a polite nudge: We still need the signed NDA from [[PERSON:Rodrigo]]. Could you remind him, or ask [[PERSON:Marisela]] to?",
    ),
    (
        "'to X not X' + possessive; Tongan and Fijian first names",
        "Make this clearer: 'Give the keys to [[PERSON:Sione]] not [[PERSON:Losana]] cos [[PERSON:Losana]]'s on leave from the 3rd.'",
    ),
    (
        "'cc X and bcc X'; Bangladeshi first names",
        "Translate into formal English: 'pls cc [[PERSON:Farhan]] and bcc [[PERSON:Nusrat]] on the reply to the auditors'",
    ),
    (
        "'introduce X to' + 'knows X'; Korean hyphenated first names",
        "Rewrite: 'Can someone introduce [[PERSON:Min-jun]] to the data team? He starts Monday and only knows [[PERSON:Hyun-woo]] so far.'",
    ),
    (
        "'nominate X' + 'covering for X'; Indonesian and Malay first names",
        "Draft a note to nominate [[PERSON:Ayu]] for the quarterly values award – she trained three new starters while covering for [[PERSON:Rizal]].",
    ),
    # --- possessives ---
    (
        "possessives before nouns; Latin American and Indian first names",
        "Help me write an IT ticket: [[PERSON:Marisol]]'s laptop won't boot after the update, and [[PERSON:Anand]]'s docking station has stopped charging.",
    ),
    (
        "possessives 'X's team' / 'X's spreadsheet'; Arabic first names",
        "Summarise: [[PERSON:Yasmin]]'s team owns the forecast, but [[PERSON:Omar]]'s spreadsheet is the one everyone actually uses.",
    ),
    (
        "'Per X's email' + 'As X mentioned'; Persian and Arabic first names",
        "Reword: 'Per [[PERSON:Reza]]'s email, the offsite moves to the Thursday. As [[PERSON:Layla]] mentioned, dietary requirements go to her by the 10th.'",
    ),
    (
        "possessives + 'delegated to X'; Vietnamese, Malay and Thai first names",
        "Write an IT request: I need [[PERSON:Thanh]]'s mailbox shared with me while she's on leave, and [[PERSON:Siti]]'s calendar delegated to [[PERSON:Malee]].",
    ),
    (
        "possessives 'X's absence' / 'X's covering'; Ghanaian first names",
        "Help me explain this to the client: the delay is down to [[PERSON:Kwabena]]'s absence, not the software. [[PERSON:Abena]]'s covering from tomorrow.",
    ),
    (
        "surname possessives in terse notes; English and Dutch surnames",
        "Tidy: '[[PERSON:Whitfield]]'s figures vs [[PERSON:Achterberg]]'s figures – about 12k apart. [[PERSON:Whitfield]] to reconcile.'",
    ),
    # --- roles and appositions ---
    (
        "'X from payroll' + 'X (IT)'; Irish and Zulu first names",
        "Please tidy up this message: 'hi, [[PERSON:Aisling]] from payroll says the overtime won't show until next month, any questions go to her or [[PERSON:Bongani]] (IT) if it's a login thing'",
    ),
    (
        "'our new starter, X,' + possessive; Tongan and Māori first names",
        "Write a welcome post for the team channel: our new starter, [[PERSON:Tevita]], joins on Monday as a junior analyst. [[PERSON:Tevita]] has moved from Auckland and will sit with [[PERSON:Mereana]]'s squad.",
    ),
    (
        "'Meet X, our new ...'; Yoruba first name",
        "Write a short intro for the newsletter: Meet [[PERSON:Olamide]], our new health and safety lead. Before joining, [[PERSON:Olamide]] spent six years at a logistics firm in Lagos.",
    ),
    (
        "'X (warehouse supervisor)' and 'X (HR)'; Lithuanian and Bulgarian first names",
        "Rewrite: 'Spoke to [[PERSON:Gintaras]] (warehouse supervisor) and [[PERSON:Milena]] (HR) about the forklift incident.'",
    ),
    (
        "contact list 'topic – X'; Irish, Afrikaans, Persian first names",
        "Turn into a contact list: payroll queries – [[PERSON:Sinéad]]; expenses – [[PERSON:Kobus]]; IT – [[PERSON:Arash]]; anything else – me.",
    ),
    (
        "'Our account manager, X,' + 'Her replacement, X,'; Latin American first names",
        "Summarise: Our account manager, [[PERSON:Ximena]], has moved to the Bogotá office. Her replacement, [[PERSON:Ezequiel]], will call you next week.",
    ),
    (
        "word-like Southern African first names with appositions",
        "Tidy this org update: [[PERSON:Precious]], the team's longest-serving advisor, now leads the Joburg desk; [[PERSON:Lucky]] moves to quality assurance.",
    ),
    # --- lists ---
    (
        "list of three + subject; Indian, Ukrainian, Māori first names",
        "Turn into an agenda: [[PERSON:Sanjay]], [[PERSON:Oksana]] and [[PERSON:Tui]] will present the quarterly numbers, then [[PERSON:Wiremu]] leads Q&A.",
    ),
    (
        "seating plan lists; mixed origins",
        "Write a seating plan email: Table 1 – [[PERSON:Aoife]], [[PERSON:Kwame]], [[PERSON:Ilse]], [[PERSON:Farid]]. Table 2 – [[PERSON:Mele]], [[PERSON:Bartek]], [[PERSON:Hannah]], [[PERSON:Dev]].",
    ),
    (
        "'Present:' / 'Apologies:' lists; Irish, Igbo, Polish, Hebrew, Māori first names",
        "Summarise: Present: [[PERSON:Colm]], [[PERSON:Nnamdi]], [[PERSON:Ewa]], [[PERSON:Tamar]]. Apologies: [[PERSON:Rangi]].",
    ),
    (
        "'thanks to X, X, X & X'; mixed origins",
        "Rewrite: 'Big thanks to [[PERSON:Sunita]], [[PERSON:Gus]], [[PERSON:Yerlan]] & [[PERSON:Ama]] for getting the release out.'",
    ),
    # --- quoted speech ---
    (
        "'said X' / 'replied X' after quotes; Spanish first names",
        "Rewrite as a neutral summary: 'We can't keep doing weekend releases,' said [[PERSON:Joaquín]]. 'Then we need more testers,' replied [[PERSON:Valentina]].",
    ),
    (
        "speaker labels 'X: ...'; Nigerian first names",
        "Summarise this exchange for the minutes:\n[[PERSON:Femi]]: 'no'\n[[PERSON:Chiamaka]]: 'why not?'\n[[PERSON:Femi]]: 'budget's gone, ask finance'",
    ),
    (
        "witness statement 'heard X shout' + 'X said'; African-American first names",
        "Make this witness statement clearer: I heard [[PERSON:Darnell]] shout 'mind the pallet!' and then [[PERSON:Keshia]] said 'I'm fine, I'm fine.'",
    ),
    (
        "'X told me' + 'added X'; Russian first names",
        "Summarise the call: 'We're not renewing,' [[PERSON:Aleksandr]] told me. 'Unless the price comes down,' added [[PERSON:Svetlana]].",
    ),
    (
        "'X – quote' dash speech; Igbo and Yoruba first names",
        "Put in reported speech: [[PERSON:Ifeanyi]] – 'I'll have it Friday.' [[PERSON:Bukola]] – 'You said that last week.'",
    ),
    # --- chat transcripts ---
    (
        "Teams chat, proper case, with 'will do' as words; Irish, Swahili, Sotho first names",
        "Summarise this Teams chat:\n[[PERSON:Niamh]]: are we still on for 2?\n[[PERSON:Baraka]]: yep, room 4\n[[PERSON:Niamh]]: grand, I'll bring the printouts\n[[PERSON:Baraka]]: can you grab [[PERSON:Lerato]] too\n[[PERSON:Niamh]]: will do",
    ),
    (
        "chat in lower case; nicknames",
        "make this chat into a tidy summary:\n[[PERSON:raj]]: u coming to the offsite\n[[PERSON:tash]]: prob not, kid's sick\n[[PERSON:raj]]: ok ill tell [[PERSON:dazza]]\n[[PERSON:tash]]: ta",
    ),
    (
        "WhatsApp group, proper case, 'X??' line; Yoruba first names",
        "Summarise this WhatsApp group:\n[[PERSON:Kemi]]: who has the projector remote\n[[PERSON:Tunde]]: not me\n[[PERSON:Kemi]]: [[PERSON:Yetunde]]??\n[[PERSON:Yetunde]]: in my drawer sorry",
    ),
    (
        "chat in lower case; Zulu and Indian first names",
        "clean this up for the ticket:\n[[PERSON:sipho]]: system down again\n[[PERSON:priya]]: which one\n[[PERSON:sipho]]: crm\n[[PERSON:priya]]: ok raising with [[PERSON:gopal]]",
    ),
    (
        "chat with word-like first names as speakers and objects",
        "Summarise this chat:\n[[PERSON:Hope]]: anyone got the login for the supplier portal?\n[[PERSON:Wade]]: check with [[PERSON:Faith]]\n[[PERSON:Faith]]: sent it to you [[PERSON:Hope]]\n[[PERSON:Hope]]: legend thanks",
    ),
    (
        "Slack export with timestamps; Hebrew first names",
        "Slack export, please summarise:\n[09:02] [[PERSON:Ilana]]: build is red\n[09:03] [[PERSON:Yosef]]: my bad, reverting\n[09:10] [[PERSON:Ilana]]: green now 👍",
    ),
    (
        "chat in lower case; word-like first names (mark, joy)",
        "summarise:\n[[PERSON:mark]]: did the courier come\n[[PERSON:joy]]: yeah left it at reception\n[[PERSON:mark]]: cheers\n[[PERSON:joy]]: np",
    ),
    (
        "support chat 'X (Support):' + customer speaker; Indian and Caribbean first names",
        "Turn this chat log into an email to the client:\n[[PERSON:Anjali]] (Support): Hi, how can I help?\n[[PERSON:Wendell]]: my invoice is wrong\n[[PERSON:Anjali]] (Support): I'll correct it and resend today.",
    ),
    (
        "IRC-style '<X>' speakers; Māori first names",
        "Summarise:\n<[[PERSON:Tahu]]> the van's got a flat\n<[[PERSON:Kiri]]> again?\n<[[PERSON:Tahu]]> yep, ringing AA",
    ),
    # --- meeting notes and action items ---
    (
        "'ACTION X:' items; Zulu, Igbo, Irish, Japanese first names",
        "Format these as action items:\nACTION [[PERSON:Lwazi]]: send deck to client by Wed\nACTION [[PERSON:Ngozi]]: book venue\nACTION [[PERSON:Cormac]] + [[PERSON:Yuki]]: update risk register",
    ),
    (
        "numbered minutes 'Topic – X to ...'; Igbo, Serbian, Māori first names",
        "Format as minutes:\n1. Budget – [[PERSON:Ogechi]] to circulate revised figures.\n2. Hiring – [[PERSON:Dragan]] and [[PERSON:Hineata]] to shortlist by 20th.\n3. AOB – none.\nNext meeting chaired by [[PERSON:Dragan]].",
    ),
    (
        "bullet tasks '- X – task'; Indian, Scottish, Yoruba first names",
        "Turn into a task list:\n- [[PERSON:Preeti]] – book flights\n- [[PERSON:Lachlan]] – confirm hotel\n- [[PERSON:Temitope]] – visas\n- me – everything else",
    ),
    (
        "'AP: X chase' + 'Owner: surname'; Arabic and English first names, Ndebele surname",
        "Clean up these notes: AP: [[PERSON:Faisal]] chase legal. AP: [[PERSON:Rosalind]] update SOP. Owner of risk 7: [[PERSON:Mahlangu]].",
    ),
    (
        "owners in brackets '(X)'; Irish, word-like, Indian first names",
        "Tidy: Actions (owner): fix SSO ([[PERSON:Tomás]]), refresh dashboards ([[PERSON:Ivy]]), close old tickets ([[PERSON:Nikhil]]).",
    ),
    (
        "'TODO X –' items; word-like first names next to the same words as verbs",
        "Write up: TODO [[PERSON:Wade]] – chase payment. TODO [[PERSON:Chase]] – chase the Henley invoice. DONE [[PERSON:Reed]] – send samples.",
    ),
    # --- rotas and tables ---
    (
        "rota 'Day: X / Day: X'; mixed origins",
        "Turn this rota into a table:\nMon: [[PERSON:Keira]] / Tue: [[PERSON:Arjun]] / Wed: [[PERSON:Keira]] / Thu: [[PERSON:Sipho]] / Fri: [[PERSON:Malee]]",
    ),
    (
        "pipe table with first names; word-like and Bulgarian first names",
        "Turn into a markdown table:\nName | Shift | Site\n[[PERSON:Grace]] | Early | Leeds\n[[PERSON:Tariq]] | Late | Hull\n[[PERSON:Bilyana]] | Night | Leeds\n[[PERSON:Summer]] | Early | York",
    ),
    (
        "CSV rows with first names; Māori, Igbo, Ukrainian",
        "Reformat this CSV as a list:\nfirst_name,team,desk\n[[PERSON:Anahera]],Ops,3.14\n[[PERSON:Chukwuemeka]],Finance,2.02\n[[PERSON:Oleksandr]],IT,4.21",
    ),
    (
        "on-call rota 'week N X'; Zulu, Welsh, Indian first names",
        "Make a weekly on-call rota from this: week 1 [[PERSON:Nkosi]], week 2 [[PERSON:Bronwyn]], week 3 [[PERSON:Ravi]], week 4 [[PERSON:Nkosi]] again.",
    ),
    (
        "leave calendar 'X dates'; plant-word first names",
        "Summarise the leave calendar: [[PERSON:Heather]] 2–6 Dec, [[PERSON:Jasmine]] 9–13 Dec, [[PERSON:Holly]] 23 Dec–3 Jan.",
    ),
    (
        "desk bookings 'Day: X, X'; Irish, Ghanaian, Arabic first names",
        "Format: Desk bookings – Tues: [[PERSON:Fionnuala]], [[PERSON:Kwesi]]; Weds: [[PERSON:Malak]]; Thurs: nobody.",
    ),
    # --- performance feedback ---
    (
        "performance feedback, subject repeated + possessive; Punjabi and Polish first names",
        "Help me soften this feedback: [[PERSON:Harpreet]] consistently misses the Monday deadline. When I raised it, [[PERSON:Harpreet]] said the data arrives late from [[PERSON:Tomasz]]'s team, which is partly true.",
    ),
    (
        "review 'X is technically strong' + 'let X finish'; English and Igbo first names",
        "Rewrite this review more constructively: [[PERSON:Jasper]] is technically strong but talks over people in meetings. [[PERSON:Jasper]] needs to let [[PERSON:Amara]] and others finish.",
    ),
    (
        "360 summary 'describe X as' + possessive; Arabic first name",
        "Help me write a 360 summary: Peers describe [[PERSON:Nadia]] as calm under pressure. [[PERSON:Nadia]]'s manager wants her to delegate more.",
    ),
    (
        "'Honestly X has been coasting'; nickname",
        "Make this kinder: 'Honestly [[PERSON:Gaz]] has been coasting since Easter and everyone's noticed.'",
    ),
    (
        "promotion case 'Without X,'; word-like first name",
        "Write a promotion case: [[PERSON:Ruby]] has led three launches this year. Without [[PERSON:Ruby]], the Leeds project would have slipped.",
    ),
    (
        "review 'X shows initiative' + 'Compare with X, who'; Tongan first names",
        "Review feedback for calibration: [[PERSON:Salote]] shows initiative but needs to document more. Compare with [[PERSON:Viliami]], who documents everything but rarely speaks up.",
    ),
    # --- HR cases ---
    (
        "HR note '(X)' + 'line manager, X,' + surname subject; Zulu and Afrikaans names",
        "Summarise this HR note: Employee ([[PERSON:Nomvula]]) reported that her line manager, [[PERSON:Pieterse]], made comments about her accent in two team meetings. [[PERSON:Pieterse]] denies this. Witness: [[PERSON:Kagiso]].",
    ),
    (
        "grievance with supervisor surname; Arabic first name, Irish surname",
        "Summarise this grievance: [[PERSON:Hussein]] says he was left off the overtime list three months running. His supervisor, [[PERSON:Doherty]], says it was an oversight. [[PERSON:Doherty]] has since apologised.",
    ),
    (
        "return-to-work letter 'for X' + subject; Shona first names",
        "Draft a return-to-work letter for [[PERSON:Chipo]] after her surgery. [[PERSON:Chipo]] will do mornings only for four weeks; [[PERSON:Tatenda]] will cover afternoons.",
    ),
    (
        "complaint 'by X against X'; Igbo and English first names",
        "Rewrite neutrally: Complaint by [[PERSON:Emeka]] against [[PERSON:Stacey]] re comments at the Christmas party. [[PERSON:Stacey]] accepts she made the remark.",
    ),
    (
        "investigation summary; Hungarian first names",
        "Summarise the investigation: [[PERSON:László]] was seen leaving the site at 13:00 on three days. [[PERSON:László]] says [[PERSON:Gergely]] had approved it verbally. [[PERSON:Gergely]] does not recall this.",
    ),
    # --- customer service ---
    (
        "customer ticket 'my name is X' + 'spoke to X'; Latin American and Australian first names",
        "Draft a reply to this ticket: 'Hi, my name is [[PERSON:Xiomara]], I ordered a desk chair three weeks ago and nothing has arrived. I spoke to [[PERSON:Jarrod]] on the phone and he promised a callback.'",
    ),
    (
        "complaint 'by X in your store' + 'X told me'; NZ first names",
        "Reply to this complaint: 'I was promised a refund by [[PERSON:Kayden]] in your Hamilton store, then [[PERSON:Brooke]] told me there was no record of it.'",
    ),
    (
        "'X on the helpline'; Indian first name",
        "Draft a response: Customer says [[PERSON:Anaya]] on the helpline was rude and hung up. Calls show the call dropped. Apologise anyway.",
    ),
    (
        "'asked for X by name' + 'pass to X'; word-like and Punjabi first names",
        "Write an internal note: Caller asked for [[PERSON:Sunny]] by name – he dealt with her claim last year. [[PERSON:Sunny]] has left, so pass to [[PERSON:Gurpreet]].",
    ),
    (
        "ticket 'Customer (X)' + 'by X'; Hawaiian and American first names",
        "Summarise ticket #4471: Customer ([[PERSON:Maile]]) reports double charge. Escalated by [[PERSON:Jayden]] to billing. [[PERSON:Maile]] wants a call back after 5.",
    ),
    # --- handover notes ---
    (
        "nursing handover 'X covered' / 'X on'; Kenyan first names",
        "Tidy this handover note: Night shift - [[PERSON:Amani]] covered bay 3, [[PERSON:Otieno]] on bay 4. Bed 12 needs obs at 06:00. Tell [[PERSON:Wanjiku]] the pharmacy order is still outstanding.",
    ),
    (
        "site handover 'Keys with X' + 'phone X'; Indian first name, nicknames",
        "Tidy up the handover: Day shift – [[PERSON:Rohan]]. Watch the chiller alarm, it false-triggers. Keys with [[PERSON:Aggie]]. If stuck, phone [[PERSON:Bernadette]] not the agency.",
    ),
    (
        "ward handover '(X)' + surname 'X aware' + 'X on tomorrow'; French, Kenyan surname, Māori",
        "Make this handover clearer: 'bed 7 – daughter ([[PERSON:Marguerite]]) visiting at 3; bed 9 – pain team to review, [[PERSON:Oduya]] aware; [[PERSON:Pita]] on tomorrow.'",
    ),
    (
        "account handover 'to X from Monday' + vocative; German and Spanish first names",
        "Rewrite: Passing the Kenworth account to [[PERSON:Benedikt]] from Monday. [[PERSON:Benedikt]], the contract is in the shared drive; [[PERSON:Yolanda]] knows the history.",
    ),
    # --- text messages ---
    (
        "text message 'hey X' + 'can X cover'; nicknames",
        "Rewrite this text to my team lead so it sounds professional: 'hey [[PERSON:Shaz]] running late train cancelled be in by 10 can [[PERSON:Bev]] cover my 9am'",
    ),
    (
        "text 'tell X to' + 'X has'; short English first names",
        "Make this text sound less grumpy: 'running 20 late, tell [[PERSON:Trish]] to start without me. [[PERSON:Pete]] has the slides'",
    ),
    (
        "text 'hi X can u' + 'X said'; Māori and Samoan first names",
        "Rewrite my text: 'hi [[PERSON:Mere]] can u swap thurs with me? [[PERSON:Manaia]] said he'd do fri'",
    ),
    (
        "text 'Thx X' + 'let X know'; Polish short names",
        "Proofread: 'Thx [[PERSON:Ola]] 🙏 will let [[PERSON:Kuba]] know'",
    ),
    (
        "text 'X here,' + 'is X in?'; Zulu and Xhosa first names",
        "Reply to this text: '[[PERSON:Nomsa]] here, locked out of the building, is [[PERSON:Andile]] in?'",
    ),
    # --- surnames alone after first mention ---
    (
        "'Ms X said' then surname alone as subject and object; Portuguese surname",
        "Summarise the complaint: Ms [[PERSON:Ferreira]] said the engineer did not turn up. [[PERSON:Ferreira]] then called three times and was cut off twice. We owe [[PERSON:Ferreira]] an apology.",
    ),
    (
        "'Dr X' / 'Mr X' then surnames alone; Yoruba and Swedish surnames",
        "Summarise: Dr [[PERSON:Adeyemi]] reviewed the claim. [[PERSON:Adeyemi]] found no evidence of fraud and passed it to Mr [[PERSON:Lindqvist]]. [[PERSON:Lindqvist]] approved payment.",
    ),
    (
        "'Mrs X' then 'told X'; Samoan surname",
        "Write up: Mrs [[PERSON:Tuilagi]] called about her pension. I told [[PERSON:Tuilagi]] we'd write by Friday.",
    ),
    (
        "'Prof. X' then surname possessive; Bengali surname",
        "Rewrite: Prof. [[PERSON:Chakraborty]] has agreed to speak. [[PERSON:Chakraborty]]'s slot is 11:30.",
    ),
    (
        "'Spoke to X' then 'X reckons'; Irish surname",
        "Tidy: 'Spoke to [[PERSON:Mahony]] re the lease. [[PERSON:Mahony]] reckons the landlord will accept 3%.'",
    ),
    # --- surnames alone as subject ---
    (
        "surnames alone 'X will chair' / 'X steps down'; Japanese and Igbo surnames",
        "Turn into an announcement: [[PERSON:Nakamura]] will chair the steering group from January, and [[PERSON:Okonkwo]] steps down after four years.",
    ),
    (
        "surname alone in a board announcement; Igbo surname",
        "Make this press-ready: [[PERSON:Ekwueme]] joins the board as a non-executive director. [[PERSON:Ekwueme]] previously chaired a regional health trust.",
    ),
    (
        "Irish surnames alone, one in Irish with a space",
        "Summarise: [[PERSON:Fitzgerald]] and [[PERSON:Ó Súilleabháin]] will run the Cork workshop. [[PERSON:Fitzgerald]] handles logistics.",
    ),
    # --- nicknames and short forms ---
    (
        "leaving card 'for X' + 'from me, X and X'; nicknames",
        "Write a funny but kind leaving card message for [[PERSON:Dazza]], from me, [[PERSON:Liz]] and [[PERSON:Raj]].",
    ),
    (
        "birthday message; nicknames",
        "Rewrite a birthday message: 'Happy birthday [[PERSON:Tash]]! From [[PERSON:Jas]], [[PERSON:Benji]] and [[PERSON:Kat]]'",
    ),
    (
        "Australian nicknames 'X and X are off' + possessive",
        "Make this more professional: '[[PERSON:Tommo]] and [[PERSON:Stevo]] are off to the Perth site, so [[PERSON:Jonno]]'s in charge'",
    ),
    (
        "two-letter short forms; Nat, Em, Jo",
        "Summarise: [[PERSON:Nat]] and [[PERSON:Em]] swapped shifts; [[PERSON:Jo]] wasn't told.",
    ),
    (
        "'cheers X' + 'ping X'; South Asian short forms",
        "Tidy: 'cheers [[PERSON:Sanj]], I'll ping [[PERSON:Abhi]] about the demo'",
    ),
    # --- first names that are also English words ---
    (
        "word-like first name Will as object and subject",
        "Draft a message thanking [[PERSON:Will]] for covering the front desk on Saturday. [[PERSON:Will]] stayed late too.",
    ),
    (
        "word-like first names Grace, Hope, Mark as subjects",
        "Rewrite as bullet points: [[PERSON:Grace]] is leading the migration; [[PERSON:Hope]] handles comms; [[PERSON:Mark]] reviews the test plan.",
    ),
    (
        "word-like first names Rose, Amber, Bill",
        "Summarise: [[PERSON:Rose]] and [[PERSON:Amber]] disagreed about the launch date. [[PERSON:Bill]] sided with [[PERSON:Amber]].",
    ),
    (
        "word-like first names Frank, Joy, Dawn in terse notes",
        "Turn these notes into a paragraph: [[PERSON:Frank]] - off sick till Thurs. [[PERSON:Joy]] covering his calls. [[PERSON:Dawn]] to check the rota.",
    ),
    (
        "word-like first names Sunny, Faith, Summer after 'thanks to'",
        "Write a shout-out for the newsletter: thanks to [[PERSON:Sunny]] for the new onboarding guide, to [[PERSON:Faith]] for running the food drive, and to [[PERSON:Summer]] for fixing the printer nobody else could.",
    ),
    (
        "word-like first names Hunter, Chase, Wade, Reed",
        "Make this a polite email: [[PERSON:Hunter]] and [[PERSON:Chase]] need access to the shared drive. [[PERSON:Wade]] said to ask you. [[PERSON:Reed]] already has it.",
    ),
    (
        "word-like first names Penny, Jack",
        "Write a closing-up note: [[PERSON:Penny]] will check the float and [[PERSON:Jack]] locks up.",
    ),
    (
        "word-like first names Drew, Ray after 'to'",
        "Rewrite: Thanks to [[PERSON:Drew]] for drawing up the plans and to [[PERSON:Ray]] for the 3D renders.",
    ),
    (
        "word-like Southern African first names Patience, Blessing, Gift",
        "Summarise: [[PERSON:Patience]] and [[PERSON:Blessing]] have both applied for the supervisor role; [[PERSON:Gift]] is on the panel.",
    ),
    (
        "word-like first name Mercy as subject and object",
        "Draft: [[PERSON:Mercy]] will run the training on Friday. Please send questions to [[PERSON:Mercy]] by Wednesday.",
    ),
    (
        "word-like first names Cliff, Dale, Glen",
        "Tidy: [[PERSON:Cliff]] and [[PERSON:Dale]] from the depot will deliver; [[PERSON:Glen]] signs for it.",
    ),
    (
        "word-like first names Max, Guy, Sandy in reported speech",
        "Summarise: [[PERSON:Max]] said [[PERSON:Guy]] was handling it, but [[PERSON:Guy]] says it's with [[PERSON:Sandy]].",
    ),
    (
        "month-like first names April, June next to the month May",
        "Write an email: [[PERSON:April]] and [[PERSON:June]] from the Brisbane office are visiting in May.",
    ),
    (
        "word-like names next to the same words as verbs: Hope hopes, Will will, Mark marks",
        "Summarise: [[PERSON:Hope]] hopes to finish by Friday; [[PERSON:Will]] will review; [[PERSON:Mark]] marks it done.",
    ),
    ("word-like first names Pearl, Violet", "Rewrite: [[PERSON:Pearl]] and [[PERSON:Violet]] run the front office."),
    (
        "word-like short names Rich, Sue, Pat as addressees",
        "Make friendlier: '[[PERSON:Rich]], [[PERSON:Sue]] and [[PERSON:Pat]] – please fill in the survey.'",
    ),
    # --- capitals ---
    (
        "capitals: first name and surname in a shouted note",
        "Reformat this note: URGENT - [[PERSON:TENDAI]] TO SIGN OFF BUDGET BEFORE 3PM. [[PERSON:MORRISON]] ALREADY APPROVED.",
    ),
    (
        "capitals: ticket subject with first name and surname; Ukrainian, Zulu",
        "Reformat this ticket subject: 'RE: LEAVE REQUEST – [[PERSON:OKSANA]] – 12-16 AUG (APPROVED BY [[PERSON:KHUMALO]])'",
    ),
    (
        "capitals: parcel note; Indian and Igbo first names",
        "Tidy: 'ATTN [[PERSON:DEEPAK]]: PARCEL FOR YOU AT RECEPTION, ASK [[PERSON:AMARACHI]]'",
    ),
    # --- lower case ---
    (
        "lower case 'told X' + 'ask X'; Irish and Ghanaian first names",
        "fix the grammar: 'told [[PERSON:siobhan]] about the outage and she said ask [[PERSON:kwame]]'",
    ),
    (
        "lower case 'me and X' + 'X stayed'; Indian and Japanese first names",
        "summarise this: 'me and [[PERSON:arjun]] went to the client, [[PERSON:yuki]] stayed back to finish the deck'",
    ),
    (
        "lower case word-like names grace, will, dawn",
        "rewrite: 'can [[PERSON:grace]] and [[PERSON:will]] both do the late shift? [[PERSON:dawn]] cant'",
    ),
    # --- other positions and text types ---
    (
        "email thread 'On date, X wrote:' + 'Check with X'; Polish, Indian, Māori first names",
        "Summarise this thread:\n\nOn Tue 4 Nov, [[PERSON:Agnieszka]] wrote:\n> Can we push the review?\n\nOn Tue 4 Nov, [[PERSON:Ravindra]] wrote:\n> Fine by me. Check with [[PERSON:Tui]].",
    ),
    (
        "headers 'From: X' / 'To: X'; Ghanaian and Edo first names",
        "From: [[PERSON:Yaw]]\nTo: [[PERSON:Efosa]]\nSubject: Q3 forecast\n\nCan you help me reply to this, saying the forecast will be ready on the 15th?",
    ),
    (
        "interview notes 'Candidate: X' + 'Panel: surname, surname'; Arabic first name, English and Lebanese surnames",
        "Write up these interview notes: Candidate: [[PERSON:Farida]]. Panel: [[PERSON:Whitfield]], [[PERSON:Haddad]]. [[PERSON:Farida]] answered the scenario questions well; [[PERSON:Haddad]] had concerns about her notice period.",
    ),
    (
        "timeline 'HH:MM X logged' + 'escalated to X'; Māori and Bulgarian first names",
        "Turn into a timeline table: 09:14 [[PERSON:Rawiri]] logged the fault. 09:40 escalated to [[PERSON:Bogdana]]. 10:05 [[PERSON:Rawiri]] confirmed the fix.",
    ),
    (
        "vocative mid-sentence 'Right, X, here's'; Ghanaian first name",
        "Rewrite: 'Right, [[PERSON:Kwabena]], here's the thing – the client wants it Friday.' Make it less blunt.",
    ),
    (
        "questions 'Is X in today?' + 'covering for X?'; Scottish and Zulu first names",
        "Make this more polite: 'Is [[PERSON:Eilidh]] in today? Who's covering for [[PERSON:Sanele]]?'",
    ),
    (
        "'Over to you, X.' + 'X has the keys'; Tongan first names",
        "Summarise this note: Over to you, [[PERSON:Semisi]]. [[PERSON:Taufa]] has the keys and the alarm code.",
    ),
    (
        "Indian English 'Dear X ji' surname + 'discussed with X' + 'Regards, X'",
        "Kindly rewrite: 'Dear [[PERSON:Sharma]] ji, as discussed with [[PERSON:Ramesh]], please do the needful and revert by EOD. Regards, [[PERSON:Vijayalakshmi]]'",
    ),
    (
        "Indian English 'from X ma'am' + 'to X in dispatch'",
        "Polish: 'Please collect the cheque from [[PERSON:Meenal]] ma'am in accounts and hand it to [[PERSON:Pradeep]] in dispatch.'",
    ),
    (
        "'Shout out to X' + 'thank X for'; Pakistani first names",
        "Rewrite: Shout out to [[PERSON:Rizwan]] – he single-handedly fixed the payroll glitch. Also thank [[PERSON:Amna]] for the cake!",
    ),
    (
        "South African English 'Sho, X' + 'just now X will'; Zulu first names",
        "Rewrite: 'Sho, [[PERSON:Lindiwe]] – just now [[PERSON:Thulani]] will bring the forms, hey.'",
    ),
    (
        "retirement speech, full first name then its short form",
        "Help me write a retirement speech line: [[PERSON:Bernard]] has been with us 31 years. Ask anyone – [[PERSON:Bern]] fixed everything.",
    ),
    (
        "coaching plan 'X wants' + 'Pair him with X'; Samoan and American first names",
        "Write a coaching plan: [[PERSON:Ioane]] wants to move into sales. Pair him with [[PERSON:Kaylee]] for a month.",
    ),
    (
        "congratulations 'to X and X on'; Igbo and Yoruba first names",
        "Write a team announcement: Congratulations to [[PERSON:Chidinma]] and [[PERSON:Ayodele]] on their engagement!",
    ),
    (
        "survey comments 'Ask X, she' + 'in IT is X'; Arabic and Indian first names",
        "Group these comments: 'Ask [[PERSON:Noor]], she knows everything.' 'The only useful person in IT is [[PERSON:Vikram]].'",
    ),
    (
        "'X and X will staff'; Welsh first names",
        "Turn into a notice: [[PERSON:Ffion]] and [[PERSON:Llewelyn]] will staff the Aberystwyth stand on both days.",
    ),
    (
        "'X from the Winnipeg branch' + surname alone; Canadian first name, Québécois surname",
        "Summarise: [[PERSON:Mackenzie]] from the Winnipeg branch and [[PERSON:Tremblay]] in Montréal are co-leading. [[PERSON:Tremblay]] sends the agenda.",
    ),
    (
        "tribunal notes with Afrikaans surnames alone",
        "Tidy these hearing notes: [[PERSON:Venter]] for the claimant; [[PERSON:Botha]] for the respondent. [[PERSON:Venter]] asked for a postponement, which [[PERSON:Botha]] opposed.",
    ),
    (
        "'Is X around?' + 'X's desk' in lower-case chat; Vietnamese and Filipino first names",
        "summarise:\nme: is [[PERSON:linh]] around\n[[PERSON:marites]]: she's at [[PERSON:linh]]'s desk? no wait, in the kitchen",
    ),
    (
        "proper-case chat lines with nicknames and an Aussie greeting",
        "Summarise this group chat:\n[[PERSON:Shazza]]: g'day, anyone seen [[PERSON:Dazza]]?\n[[PERSON:Kylie]]: he's at the dentist\n[[PERSON:Shazza]]: righto, tell [[PERSON:Bazza]] then",
    ),
    (
        "CRM notes with surnames and first names; Scottish, Filipino, Greek",
        "Rewrite these CRM notes as a summary: 14/11 called [[PERSON:McAllister]], no answer. 15/11 [[PERSON:McAllister]] rang back, wants demo. 16/11 demo booked with [[PERSON:Rowena]] and [[PERSON:Stavros]].",
    ),
    (
        "mentoring intro 'I'd like you to meet X' + 'X, this is X'; Chinese and Ghanaian",
        "Polish this intro email: 'I'd like you to meet [[PERSON:Wei]]. [[PERSON:Wei]], this is [[PERSON:Akosua]] – she ran the Accra pilot and knows the suppliers.'",
    ),
    (
        "appraisal with nickname and full first name; Indian",
        "Summarise: [[PERSON:Raj]] – short for [[PERSON:Rajesh]] – hit all his targets. [[PERSON:Raj]] wants to lead the Pune rollout.",
    ),
    (
        "word-like first names Grace, Hope in a feedback text next to the words grace and hope",
        "Help me word this: I hope [[PERSON:Grace]] takes the feedback with good grace; [[PERSON:Hope]] said she'd support her.",
    ),
    (
        "word-like first names Will, Bill next to the words will and bill",
        "Rewrite: [[PERSON:Bill]] will send the bill on Monday, and [[PERSON:Will]] will chase it if it's not paid.",
    ),
    (
        "word-like first names Rose, Amber next to the words rose and amber",
        "Summarise: Costs rose 3% and the RAG status is amber, [[PERSON:Rose]] says. [[PERSON:Amber]] wants a recovery plan.",
    ),
    (
        "word-like first names Frank, Joy, Dawn with the words frank, joy, dawn",
        "Tidy: We had a frank chat with [[PERSON:Frank]]. [[PERSON:Joy]] left at dawn for the airport; [[PERSON:Dawn]] is covering her inbox, which is no joy.",
    ),
    (
        "capitals: toast names at a party",
        "Write a caption: 'RAISE A GLASS TO [[PERSON:MAREK]] AND [[PERSON:SIOBHÁN]] – 25 YEARS EACH!'",
    ),
    (
        "all lower case message with surname alone; Nigerian surname",
        "rewrite politely: 'tell [[PERSON:adebayo]] his report is late again, [[PERSON:okafor]] is not happy'",
    ),
    (
        "school-office email 'X in Year 4' + 'X's mum'; Pacific first names",
        "Rewrite this note home: [[PERSON:Aperahama]] in Year 4 left his jumper in the hall. [[PERSON:Sefa]]'s mum has offered to drop it round.",
    ),
    (
        "sign-off with initial-free nickname and role; Irish",
        "Summarise and reply: 'Lads, the Galway job is pushed a week. Sorry. – [[PERSON:Mossie]], site foreman'",
    ),
    (
        "IT ticket 'Reporter: X' / 'Assignee: X'; Punjabi and Polish",
        "Summarise this Jira ticket:\nReporter: [[PERSON:Jaspreet]]\nAssignee: [[PERSON:Wojtek]]\nSummary: VPN drops every 20 minutes\nComment ([[PERSON:Wojtek]]): can't reproduce, need logs",
    ),
    (
        "'X and Y's' shared possessive + 'X reckons'; Welsh and Jamaican first names",
        "Rewrite: [[PERSON:Owain]] and [[PERSON:Delroy]]'s proposal is the cheaper one, and [[PERSON:Owain]] reckons it's faster too.",
    ),
    (
        "sentence-final object 'handed over to X.'; Sri Lankan first name",
        "Make this concise: The remaining tasks from the Colombo project have been handed over to [[PERSON:Dilani]].",
    ),
    (
        "sentence-initial possessive of surname + 'Ms X'; Greek surname",
        "Summarise: [[PERSON:Papadopoulou]]'s report arrived late. Ms [[PERSON:Papadopoulou]] says the data was incomplete.",
    ),
    (
        "'thanks X!' at line end + 'X and me'; Filipino and Nepali first names",
        "Rewrite for the channel: 'Fixed the label printer, thanks [[PERSON:Jomar]]! [[PERSON:Pemba]] and me will restock tomorrow.'",
    ),
    (
        "'via X' + 'X OK'd it'; Cantonese and Scottish first names",
        "Explain to finance: The expense was approved via [[PERSON:Ka-wai]]; [[PERSON:Fraser]] OK'd it verbally.",
    ),
    (
        "rota with word-like names Summer, Autumn, Sky",
        "Make a rota table: Sat am [[PERSON:Summer]], Sat pm [[PERSON:Autumn]], Sun [[PERSON:Sky]].",
    ),
]

LABELLED: list[tuple[str, str, str]] = [("en", shape, marked) for shape, marked in TEXTS]

# (shape, text): no person at all.
BENIGN: list[tuple[str, str]] = [
    (
        "words will, mark at sentence starts",
        "Will the new VPN config go live before Friday? If not, mark the ticket as blocked and let the Service Desk know.",
    ),
    (
        "words grace, hope",
        "Rewrite: The grace period on the invoice is 30 days. We hope to settle it sooner, but cash flow is tight until the March run.",
    ),
    (
        "words rose, amber, bill",
        "Summarise: Revenue rose 4% in Q2. The dashboard shows amber on two KPIs. The bill for the Manchester venue is attached.",
    ),
    (
        "words frank, joy, dawn",
        "Make this less blunt: 'To be frank, the joy of the new system wore off by Tuesday. We started at dawn and still missed the cut-off.'",
    ),
    (
        "words sunny, summer",
        "Write the weekend forecast bit for the newsletter: sunny spells Saturday, showers Sunday, summer hours start next week.",
    ),
    (
        "words faith, hunter, chase, wade",
        "Reword: We acted in good faith throughout. The head hunter will chase the two candidates; we had to wade through 300 CVs.",
    ),
    (
        "words reed, penny, jack",
        "Draft a procurement note: reed diffusers for reception, a penny jar for the charity, a car jack for the pool van.",
    ),
    (
        "words guy, drew, max, ray",
        "Summarise: Our guy at the depot drew up the route plan. Max load 2 tonnes. The ray of hope is that fuel prices fell.",
    ),
    (
        "chat with User/Bot/Agent speakers",
        "Summarise this chat:\nUser: how do I reset my password?\nBot: Click 'Forgot password' on the sign-in page.\nUser: it says my account is locked\nAgent: I've unlocked it – please try again.",
    ),
    (
        "chat with Customer/Advisor speakers",
        "Summarise this support chat:\nCustomer: my parcel hasn't arrived\nAdvisor: Sorry to hear that. Can you confirm the order number?\nCustomer: 88213\nAdvisor: It's with the courier, due tomorrow.",
    ),
    (
        "Python with capitalised identifiers",
        "Explain this Python:\n\nclass InvoiceMatcher:\n    def __init__(self, Config, Ledger):\n        self.Config = Config\n        self.Ledger = Ledger\n\n    def Match(self, Batch):\n        return [Row for Row in Batch if Row.Amount > 0]",
    ),
    (
        "YAML config with capitalised keys",
        "Check this config:\n\nService: billing-api\nOwner: Platform Team\nRegion: eu-west-2\nAlerts:\n  Pager: OpsGenie\n  Channel: '#billing-alerts'\nReplicas: 3",
    ),
    (
        "job titles",
        "Write an invite: the Head of People, the Finance Director, the Chief Operating Officer and two Regional Managers will attend the Town Hall on Thursday.",
    ),
    (
        "place names",
        "Plan a route for the roadshow: Galway, Swansea, Durban, Pietermaritzburg, Whangārei, Gatineau and Kolkata, with a stop in Victoria.",
    ),
    (
        "month names",
        "Summarise the Q2 figures: April was flat, May picked up, and June beat forecast by 8%. July and August are usually quiet.",
    ),
    ("day names", "Draft a reminder: Monday – fire drill. Wednesday – payroll cut-off. Friday – office closes at 3."),
    (
        "team names",
        "Summarise sprint results: Team Phoenix closed 31 tickets, the Platform Squad closed 18, and Blue Team is still on the auth rewrite.",
    ),
    (
        "software products",
        "Compare these tools for our finance team: Xero, QuickBooks, Sage, Power BI and Excel. We currently use Jira for tickets and Confluence for docs.",
    ),
    (
        "invented firm names",
        "Rewrite this supplier list as a table: Brightwater Logistics, Harcourt & Vale Ltd, Kiwi Fibre Co, Karoo Solar, Ridgeback Security.",
    ),
    (
        "capitalised sentence starts",
        "Please proofread. Attached is the draft policy. Review section 4 before Friday. Kindly note the new approval thresholds. Thanks in advance.",
    ),
    (
        "Indian English office phrasing",
        "Kindly do the needful and revert by EOD. The PO is pending approval from the Purchase Department since last Monday.",
    ),
    (
        "system log with component speakers",
        "System log summary:\nScheduler: job 44 started\nWorker: batch complete\nMonitor: latency normal\nAdmin: config reloaded",
    ),
    (
        "call transcript Caller/Operator",
        "Summarise this call transcript:\nCaller: I want to report a leak.\nOperator: Is it inside or outside the property?\nCaller: Outside, near the meter.\nOperator: An engineer will attend within four hours.",
    ),
    (
        "words patience, lucky, gift, blessing, precious",
        "Rewrite: The client's patience is wearing thin. We're lucky the gift vouchers arrived; it's a blessing the precious samples weren't damaged.",
    ),
    (
        "words mercy, cliff, dale, glen",
        "Write: We showed mercy on the late fee. The cliff edge on funding is March; the dale walk is cancelled; meet at the Glen Road car park.",
    ),
    (
        "words art, sue, pat",
        "Make this clearer: The art of a good handover is clarity. Don't sue the supplier yet; pat yourselves on the back for spotting it.",
    ),
    (
        "capitalised Hope, Grace, Will, Mark at sentence starts",
        "Summarise: Hope is not a strategy. Grace under pressure matters. Will power alone won't fix the backlog. Mark my words.",
    ),
    (
        "capitalised Amber, Bill, Frank, Rose as words",
        "Rewrite: Amber warning on the Rose Street site. Bill of materials attached. Frank discussion needed before we sign.",
    ),
    (
        "capitalised Dawn, Sunny, Faith, Summer as words",
        "Tidy: Dawn shift starts at 5. Sunny Side Up café is catering. Faith groups may use room 2. Summer intern applications close Friday.",
    ),
    (
        "capitalised Chase, Hunter, Reed, Wade as words",
        "Rewrite: Chase the Hunter Valley winery for the quote. Reed beds at the treatment works need clearing. Wade in only with waders on.",
    ),
    ("org chart of roles", "Reformat: CEO → CFO → Head of Finance → Finance Manager → Accounts Assistant (x3)."),
    (
        "holidays",
        "Draft a notice: the office closes for Christmas Day, Boxing Day, Waitangi Day, Diwali and Heritage Day as per the regional calendars.",
    ),
    (
        "laws",
        "Summarise our obligations under the Data Protection Act 2018, GDPR Article 30 and the Privacy Act 2020 (NZ).",
    ),
    (
        "department list",
        "Route these queries to the right teams: Payroll, Legal, Facilities, Procurement, Customer Success.",
    ),
    (
        "Python error with class names",
        "Explain this error: ModuleNotFoundError: No module named 'PaymentGateway'. Traceback in Worker.run → Client.connect.",
    ),
    (
        "SQL with capitalised identifiers",
        "Optimise: SELECT CustomerId, OrderTotal FROM Orders WHERE Region = 'North' AND Status = 'Shipped';",
    ),
    (
        "spreadsheet with headers",
        "Turn into a pivot:\nRegion | Product | Units | Revenue\nNorth | Widget | 120 | 2,400\nSouth | Gadget | 80 | 1,900",
    ),
    (
        "job advert with roles and places",
        "Write a job ad: We're hiring a Customer Success Lead in Auckland. You'll report to the Head of Support and work with Sales, Product and Engineering.",
    ),
    ("agenda items", "Agenda: Welcome, Safety Moment, Q3 Review, Roadmap, Any Other Business, Close."),
    (
        "roles Bot, Agent, User in prose",
        "Reword: The Bot replied with an error, then the Agent took over, then the User closed the chat.",
    ),
    (
        "lower-case chat with system speakers",
        "summarise:\nsystem: backup started\nsystem: backup failed (disk full)\nadmin: cleared /tmp\nsystem: backup complete",
    ),
    ("city names", "Rewrite: Our Leeds, Cardiff and Belfast offices will trial hot-desking from September."),
    ("Australian city names", "Summarise: The Brisbane and Perth teams beat target; Hobart missed by 2%."),
    (
        "capitalised roles in bad grammar",
        "Fix grammar: 'Me and the Ops Manager was at the Johannesburg depot Tuesday, the Forklift Supervisor said stock is low.'",
    ),
    (
        "SLA jargon",
        "Translate into plain English: Per the SLA, P1 incidents get a Response within 15 minutes; P2 within 1 hour.",
    ),
    (
        "teams thanked, no people",
        "Write a thank-you to the Cleaning Team, the Night Security crew and the Reception desk for the extra hours over Diwali.",
    ),
    (
        "capitalised checklist",
        "Make a checklist: Laptop, Badge, Parking Permit, Welcome Pack, Health & Safety Induction.",
    ),
    (
        "lower-case words will, mark, hope, grace, bill",
        "rewrite: will you mark these as read? hope so. grace period ends soon and the bill's due",
    ),
    (
        "standup bot transcript",
        "Summarise the standup bot output:\nStandupBot: Yesterday?\nReply: finished API tests\nStandupBot: Today?\nReply: deploy to staging\nStandupBot: Blockers?\nReply: none",
    ),
    (
        "well-known tech firms",
        "Summarise: Apple, Amazon and Microsoft all raised prices this year; Google Workspace stays flat.",
    ),
    (
        "rooms and streets named with word-names",
        "Draft a notice: the Rose Garden meeting room and the Hope Street car park are closed for maintenance on Friday.",
    ),
    (
        "words ruby, ivy, holly, heather as things",
        "Write a florist order: holly wreaths for reception, ivy for the tables, heather in pots, and ruby-red ribbons.",
    ),
]


def check_texts() -> None:
    """Each labelled text has a mark, every mark is of a known kind, no benign text has a mark."""
    problems: list[str] = []
    for shape, marked in TEXTS:
        marks = list(MARK.finditer(marked))
        if not marks:
            problems.append(f"no mark in {shape!r}")
        for m in marks:
            kind, value = m.group("kind"), m.group("value")
            if kind not in KINDS:
                problems.append(f"unknown kind {kind!r} in {shape!r}")
            if value != value.strip() or not value or "[" in value or "]" in value:
                problems.append(f"malformed value {value!r} in {shape!r}")
            if value.startswith(TITLES) or value.endswith(("'s", "’s")):
                problems.append(f"title or possessive inside the mark {value!r} in {shape!r}")
        rest = MARK.sub("", marked)
        if "[[" in rest or "]]" in rest:
            problems.append(f"unclosed mark in {shape!r}")
    for shape, text in BENIGN:
        if MARK.search(text) or "[[" in text or "]]" in text:
            problems.append(f"mark in benign text {shape!r}")
    if problems:
        sys.exit("\n".join(problems))


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, KINDS, check_texts)


if __name__ == "__main__":
    sys.exit(main())

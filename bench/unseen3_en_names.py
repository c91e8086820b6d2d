"""An independent probe of personal names in English workplace narrative: 132 prompts in UK, Irish,
US, Canadian, Australian, New Zealand, South African and Indian English, each asking an AI chat tool
to rewrite, summarise or draft something about people who act and are referred to again and again,
with every occurrence of a person's name marked [[PERSON:...]], and 51 benign prompts with no person
in them but full of capitalised look-alikes (firms, brands, places, rooms, laws, prizes, diseases,
storms, ships, software, holidays, and words such as hope, grace, will, bill, mark, frank, rose).

The labelled texts are incident and accident reports, witness statements, safeguarding concerns,
disciplinary and grievance summaries, performance reviews, exit interviews, retold customer
complaints, care, case and probation notes, tenancy disputes, retrospectives, sales call notes,
minutes in prose, timelines, character references, eulogies and retirement speeches, wedding
speeches, rewritten chat logs and e-mail threads with headers and signatures. Names stand in every
position and form: full name first and surname or first name alone later, surnames at the start of a
sentence, after titles (Mr, Ms, Dr, DC, Sgt, Cllr, Nurse, Coach, Revd, Adv.), before possessives,
joined by "and" or "&", in attendee lists, in lower-case chat, in capitals, as "Surname, First",
as initials with a surname, as nicknames, and as first names that are also English words (Hope,
Grace, Will, Bill, Mark, Frank, Dawn, Joy, Amber, Crystal, Sky, River, Brook, Summer, Penny,
Rusty, Sunny), with origins from Britain, Ireland, South Asia, West, East and Southern Africa,
East and South-East Asia, Eastern and Southern Europe, Latin America, the Middle East, Iran, Greece
and the Pacific. Every name is invented. Titles, honorifics and a possessive 's stay outside a mark;
initials alone, names inside e-mail addresses, firms named after people and the same words used as
ordinary words are not marked.

Written by a different author from the engine's rules, without reading the engine, its tests, its
corpora or the other probes (only bench/dev_marks.py, the scoring harness, was read). Every text and
every mark was written in full before the engine first ran, and nothing in TEXTS or BENIGN was
changed after that run.

First run (2026-12-07, the only run; --misses): PERSON recall 0.857 (734/856), en recall 0.857
(734/856), any-type recall 0.857 (734/856); benign texts with a PERSON finding: 21/51. The 122 misses
by class: (a) first names that are also English words, in proper case, 30: later mentions of Sunny,
Will (twice), Precious, Joy, Bill, Hope (twice), Mark, Penny, Grace (twice), Gracie, Frank (twice),
Dawn, Rusty (twice), Jack, and Dean, Destiny (all three speaker labels), Sky and Brook as chat
speakers (four), and Crystal Dempsey missed at every mention (Crystal Dempsey, Crystal, Dempsey);
(b) whole people with African, Pacific, Asian, Romanian or Welsh names missed at every or most
mentions, 39: Rutendo Chikwanha, Aroha Ngata, Florin Dumitrescu, Tama Hēnare, Wanjiru Kamau,
Seo-yeon Kim (Kim alone found), Nattapong Srisuk, Mele, Tavita, Themba Zulu, Mustafe, Bilal, Fola
Adeleke, Ji-woo Park (only 'Ji' found), Fa'amoe Leavasa, Tui, Hemi, Efua, Achieng Odhiambo, Eirlys,
Gethin, Nkechi, Sandeep; (c) lower-case chat names, 17: sam, fatima (first of two), darren, will,
mark (twice each) and bill in the Teams chat, chinedu (twice), ada, okafor after 'mr', sunday, gaz,
mick, lee (twice); (d) nicknames and diminutives, 15: Dazza (twice), Pong (twice), Shazza, Mags
(twice, in the CRM notes), Bev Hartley and Bev, Kasia, Jimbo, Shaz, Robbo, Bazza, Trev; (e) a
surname alone after the full name was found, 8: Farrow, Campbell, MacLeod, Price, Tan, Vaughan, Li,
and Hollis in an e-mail body; (f) capitals, 7: FLETCHER, JOANNE PRIESTLEY, PRIESTLEY, the toast
JAMIE and KIRSTY, ABIODUN, FEMI and FEMI ABIODUN; (g) other whole names in ordinary case, 4: Hywel
Jenkins (after Sgt), Gemma, Sue Maitland, Jarrah Collins; (h) an Outlook 'From:' header in
Surname, First form and its signature, 2: Okafor, Chinwe and Chinwe. The 21 benign texts with a
finding: places (Charlotte twice, Jackson, Kimberley three times, San Antonio, Adelaide, Darwin,
Alice Springs, St James' Park, the Victoria and Albert campuses), firms and brands (Morgan Stanley,
Heinz, Hellmann's, Colman's, John Lewis, Hilton Garden Inn, Warner Bros, Baillie Gifford, the
Emirates, Hamilton Academical), storms (Storm Bronagh, Storm Darragh), laws (Clare's Law, Sarah's
Law), Addison's disease, June and Saint Patrick's Day, the Elizabeth line, plant names (black-eyed
Susan, creeping Jenny) and cocktails (Bloody Mary, Tom Collins). Unscored spans in the labelled
texts also show look-alikes taken as names: 'Clare' of Clare's Law, the 'Henley' bid, 'Nan', and
partial spans such as 'Pruitt v.' and 'Tan Boon'.

    python bench/unseen3_en_names.py [--misses]
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

# (shape, marked text): a name is written [[PERSON:name]]
TEXTS: list[tuple[str, str]] = [
    # incident and accident reports
    (
        "incident report, surname later",
        "Summarise this incident report for the H&S committee: On 14 March at about 07:40, forklift operator [[PERSON:Chidi Okonkwo]] reversed into a racking upright in aisle 9 of the Thurrock depot. [[PERSON:Okonkwo]] said the reversing alarm was not sounding. Shift lead [[PERSON:Karen Whitlock]] isolated the area and called the first aider, [[PERSON:Tomasz Wiśniewski]]. No one was injured but [[PERSON:Whitlock]] has asked for the truck to be taken out of service until [[PERSON:Wiśniewski]] and the engineer have checked it.",
    ),
    (
        "accident report, place named like a person",
        "Write this up as a RIDDOR-style accident summary: Scaffolder [[PERSON:Jake Pemberton]] fell about two metres from the second lift at the Hamilton Road site at 14:10 on Tuesday. His gang leader, [[PERSON:Lee Stott]], saw him land on his left side. [[PERSON:Stott]] called 999 and the site manager, [[PERSON:Nadia Rahman]]. [[PERSON:Pemberton]] was taken to hospital with a suspected broken wrist. [[PERSON:Rahman]] has stopped all work on the east elevation.",
    ),
    (
        "road collision report, PC and Sgt",
        "Rewrite this collision report so it reads clearly: At 17:25, PC [[PERSON:Owen Prothero]] attended a two-vehicle RTC on the A470. Driver 1, [[PERSON:Bethan Rees]], said the silver Astra driven by [[PERSON:Marek Kowalczyk]] pulled out of the lay-by without indicating. [[PERSON:Kowalczyk]] said [[PERSON:Rees]] was speeding. Sgt [[PERSON:Hywel Jenkins]] arrived at 17:50 and breathalysed both drivers; both negative. PC [[PERSON:Prothero]] has asked for the dashcam from [[PERSON:Rees]]'s car.",
    ),
    (
        "lab incident, Chinese names, short surname",
        "Summarise this for the biosafety officer: During a routine centrifuge run in Lab 3.14, postdoc [[PERSON:Zhang Wei]] noticed a cracked tube. [[PERSON:Zhang]] stopped the rotor and called the lab manager, [[PERSON:Helen Ostrowski]]. [[PERSON:Ostrowski]] followed the spill procedure with PhD student [[PERSON:Li Xiaoyan]]. Dr [[PERSON:Ostrowski]] notes that [[PERSON:Li]] was not wearing eye protection at the time.",
    ),
    (
        "school trip accident, word names Summer and Brook",
        "Can you help me write the incident form for the field trip? At the nature center, [[PERSON:Summer Whitfield]] (grade 4) slipped on the rocks by the river and cut her knee. Her chaperone, [[PERSON:Brook Talbot]], cleaned the cut with the first-aid kit. I called [[PERSON:Summer]]'s mom, [[PERSON:Tanya Whitfield]], at 11:20. Ms [[PERSON:Talbot]] stayed with [[PERSON:Summer]] on the bus back.",
    ),
    (
        "security log in capitals",
        "Format this as an incident log entry: INCIDENT 2291 – SHOPLIFTING – REPORTED BY [[PERSON:DARREN FLETCHER]] (SECURITY). SUSPECT LEFT VIA FIRE EXIT WITH TWO PERFUME GIFT SETS. [[PERSON:FLETCHER]] PURSUED TO CAR PARK. DUTY MANAGER [[PERSON:JOANNE PRIESTLEY]] INFORMED AT 15:42. CCTV SAVED BY [[PERSON:PRIESTLEY]].",
    ),
    (
        "IT post-incident report, Indian names",
        "Write the post-incident report for the outage: At 02:14 IST, on-call engineer [[PERSON:Karthik Subramanian]] got paged for 5xx errors on the checkout API. [[PERSON:Karthik]] escalated to [[PERSON:Ananya Bhattacharya]], who identified an expired TLS certificate. [[PERSON:Bhattacharya]] rotated it at 03:01. RCA owner: [[PERSON:Rohan Malhotra]]. [[PERSON:Malhotra]] to add certificate expiry alerts.",
    ),
    (
        "care home fall, Zimbabwean carers",
        "Rewrite this as an incident report for CQC: Resident [[PERSON:Edna Blackwood]] was found on the floor of her room at 05:30 by carer [[PERSON:Tendai Moyo]]. [[PERSON:Moyo]] did not move her and called senior carer [[PERSON:Rutendo Chikwanha]]. [[PERSON:Chikwanha]] completed neuro obs. Mrs [[PERSON:Blackwood]] said she was trying to reach the commode. Her son [[PERSON:Malcolm]] was informed at 08:00.",
    ),
    (
        "gym accident, Samoan and Māori names, Sunny",
        "Write up what happened at the gym for our insurer: Member [[PERSON:Sione Tuilagi]] dropped a 40kg dumbbell on his foot during a PT session with [[PERSON:Sunny Matagi]]. [[PERSON:Sunny]] applied ice and called the duty manager, [[PERSON:Aroha Ngata]]. [[PERSON:Tuilagi]] declined an ambulance. [[PERSON:Ngata]] has checked the rack and it was not faulty.",
    ),
    (
        "near miss, Dawn as a name and as a word",
        "Summarise this near-miss for the toolbox talk: Crane operator [[PERSON:Kenji Watanabe]] stopped a lift when he saw banksman [[PERSON:Dawn Ridley]] walk under the load to fetch a tape. [[PERSON:Dawn]] said she thought the lift had finished. [[PERSON:Watanabe]] radioed the supervisor, [[PERSON:Pete Griffin]]. [[PERSON:Griffin]] will brief the crew at dawn on Monday.",
    ),
    # witness statements
    (
        "witness statement, Irish names, first person",
        "Tidy up the grammar of this witness statement but keep it in the first person: I, [[PERSON:Siobhán Ní Bhriain]], was working the bar at the Ferryview Hotel on the night of 2 June. At around 11pm I saw a man I now know to be [[PERSON:Declan Fahy]] push another guest, [[PERSON:Cormac Doherty]], against the fire door. [[PERSON:Doherty]] fell and hit his head. [[PERSON:Fahy]] then left through the car park. My colleague [[PERSON:Aoife]] rang the guards and I stayed with Mr [[PERSON:Doherty]] until the ambulance came.",
    ),
    (
        "bullying witness statement, Pakistani names",
        "Please proofread my witness statement for the grievance investigation: I work alongside [[PERSON:Ayesha Siddiqui]] on the day shift. On 3 October I heard [[PERSON:Imran Chaudhry]] tell [[PERSON:Ayesha]] that she was 'useless' in front of the whole team. [[PERSON:Chaudhry]] has spoken to her like this before. Afterwards [[PERSON:Siddiqui]] was crying in the locker room and [[PERSON:Gemma]] from stores went to sit with her.",
    ),
    (
        "road witness statement, Lithuanian names",
        "Turn this into a statement for the insurer: My name is [[PERSON:Rūta Kazlauskienė]]. I was waiting at the bus stop on Leith Walk when a cyclist, who I later learned is [[PERSON:Jamie Forsyth]], was hit by a van turning left. The van driver, [[PERSON:Mindaugas Petrauskas]], got out straight away. [[PERSON:Petrauskas]] said he did not see [[PERSON:Forsyth]] in his mirror. I gave my details to PC [[PERSON:Alison Drummond]].",
    ),
    (
        "care worker statement, Romanian names",
        "Rewrite in formal English: I am [[PERSON:Ioana Popescu]], care assistant. On the night of the 19th I was on shift with [[PERSON:Florin Dumitrescu]]. At 2am I heard shouting from room 6. When I got there [[PERSON:Dumitrescu]] was holding Mr [[PERSON:Ashby]]'s wrists. [[PERSON:Florin]] said Mr [[PERSON:Ashby]] was trying to hit him. I told the nurse in charge, [[PERSON:Grace Boateng]].",
    ),
    (
        "youth football witness, Coach title, Will and Mark",
        "Make this witness account clearer for the league's disciplinary panel: During the U14 game, Coach [[PERSON:Ramirez]] from the away side walked onto the pitch and shouted at the referee, [[PERSON:Callum Pike]]. [[PERSON:Hector Ramirez]] then pushed our assistant coach, [[PERSON:Will Draper]]. [[PERSON:Will]] did not react. Parents including [[PERSON:Mark Ellery]] and [[PERSON:Jo Ellery]] saw it all.",
    ),
    (
        "theft witness, Turkish names with and without diacritics",
        "Can you make this statement sound less emotional? I saw [[PERSON:Emre Yıldız]] take the petty cash tin from [[PERSON:Lorraine]]'s desk drawer around 5:45pm. [[PERSON:Yıldız]] put it in his rucksack. I know it was him because [[PERSON:Yildiz]] was the last one in the office apart from me and [[PERSON:Selin Aydın]]. [[PERSON:Selin]] can confirm the time.",
    ),
    (
        "door supervisor statement, Greek names",
        "Improve the wording of this door supervisor's statement: At 01:15 I refused entry to a male, [[PERSON:Nikos Papadopoulos]], who was intoxicated. [[PERSON:Papadopoulos]] became aggressive and threw a bottle at my colleague [[PERSON:Stavros]]. [[PERSON:Stavros Georgiou]] was not hurt. Supervisor [[PERSON:Kelly-Ann Burke]] called the police and [[PERSON:Burke]] has kept the CCTV.",
    ),
    (
        "nurse witness statement, Yoruba names, Staff Nurse and HCA",
        "Write this up as a formal statement: I, Staff Nurse [[PERSON:Oluwaseun Adebayo]], witnessed the patient in bay 4, [[PERSON:Gordon Tait]], pull out his cannula at 23:10. [[PERSON:Tait]] then became verbally abusive towards HCA [[PERSON:Mercy Ojo]]. I asked Dr [[PERSON:Farah Haddad]] to review him. [[PERSON:Haddad]] prescribed haloperidol and [[PERSON:Ojo]] stayed with him.",
    ),
    # safeguarding concerns
    (
        "school safeguarding, Somali names, first name repeated",
        "Can you turn these notes into a safeguarding referral for the DSL? Year 8 pupil [[PERSON:Hodan Warsame]] told her form tutor, Ms [[PERSON:Pickering]], that she has not eaten at home since Friday. [[PERSON:Hodan]] said her older brother [[PERSON:Abdirahman]] is looking after her and their mum has gone away. Ms [[PERSON:Pickering]] noticed [[PERSON:Hodan]] was wearing the same uniform all week. Please flag that [[PERSON:Hodan]]'s attendance has dropped to 81%.",
    ),
    (
        "adult safeguarding, financial abuse",
        "Draft a safeguarding concern to the local authority: Our client, Mrs [[PERSON:Violet Ashcroft]] (91), told our carer [[PERSON:Precious Ndlovu]] that her grandson [[PERSON:Liam Ashcroft]] has been taking her bank card. [[PERSON:Liam]] visits every Friday. [[PERSON:Precious]] saw bank statements showing £2,300 in cash withdrawals. Mrs [[PERSON:Ashcroft]] asked us not to tell [[PERSON:Liam]].",
    ),
    (
        "sports club welfare concern, Joy as a name",
        "Help me word this concern for the club welfare officer: A parent, [[PERSON:Joy Mbeki-Harris]], says volunteer coach [[PERSON:Craig Duffy]] has been messaging her daughter [[PERSON:Kayla]] on Snapchat late at night. [[PERSON:Kayla]] is 13. [[PERSON:Joy]] has screenshots. [[PERSON:Duffy]] has been stood down pending the welfare officer, [[PERSON:Sue Maitland]], speaking to him.",
    ),
    (
        "child protection note, Bangladeshi names, Rose as a name",
        "Summarise this for the CP file: [[PERSON:Tanvir Hossain]], Year 3, arrived with a bruise on his cheek. When TA [[PERSON:Rose Kettering]] asked, [[PERSON:Tanvir]] said his uncle [[PERSON:Jamal]] hit him with a slipper. Mrs [[PERSON:Kettering]] recorded the conversation on CPOMS. [[PERSON:Tanvir]]'s mother, [[PERSON:Shirin Begum]], was not contacted on advice from the DSL, Mr [[PERSON:Okafor]].",
    ),
    (
        "church safeguarding, Revd and nickname Mags",
        "Can you write this up for the diocesan safeguarding adviser? The Revd [[PERSON:Andrew Kimber]] reported that a parishioner, [[PERSON:Mags Corrigan]], told him an older volunteer, [[PERSON:Dennis Farrow]], has been giving money to a vulnerable young man, [[PERSON:Toby]]. [[PERSON:Farrow]] has also been driving [[PERSON:Toby]] home alone. [[PERSON:Mags]] is worried but did not want to make a fuss.",
    ),
    (
        "MARAC referral, Crystal as a name, Clare's Law",
        "Rewrite this as a MARAC referral summary: Victim: [[PERSON:Crystal Dempsey]], 27. Alleged perpetrator: ex-partner [[PERSON:Shane Kilbride]]. [[PERSON:Crystal]] disclosed to her health visitor, [[PERSON:Farzana Qureshi]], that [[PERSON:Kilbride]] strangled her in August. [[PERSON:Qureshi]] completed a DASH with a score of 17. [[PERSON:Dempsey]] has applied under Clare's Law for information about [[PERSON:Kilbride]]'s past.",
    ),
    (
        "youth work concern, Māori names with macrons",
        "Turn this into a concern form: At youth club on Thursday, [[PERSON:Tama Hēnare]] (15) told youth worker [[PERSON:Kiri Waititi]] that he is sleeping in his cousin's car. [[PERSON:Kiri]] gave him food and asked if he wanted to talk to [[PERSON:Ruby Sanders]], our lead. [[PERSON:Tama]] said no. [[PERSON:Waititi]] is worried because [[PERSON:Hēnare]] missed school all week.",
    ),
    # disciplinary and grievance
    (
        "disciplinary hearing, Indian names, attendee list",
        "Draft a neutral summary of the disciplinary hearing held on 11/09. Present: [[PERSON:Rajesh Kumar Iyer]] (Chair, Ops Manager), [[PERSON:Priya Nair]] (HR Business Partner), [[PERSON:Suresh Venkataraman]] (employee) and his union rep [[PERSON:Anil D'Souza]]. The allegation is that [[PERSON:Venkataraman]] approved his own overtime claims on four occasions. [[PERSON:Venkataraman]] accepted two of them and said the others were approved verbally by his former manager, [[PERSON:Deepa Menon]]. [[PERSON:Iyer]] adjourned to check with [[PERSON:Menon]].",
    ),
    (
        "grievance outcome, surnames joined by and",
        "Summarise the grievance outcome letter: Following your grievance of 4 July, [[PERSON:Marcia Campbell]] investigated your complaint that your manager, [[PERSON:Stuart Rowe]], excluded you from team meetings. [[PERSON:Campbell]] interviewed [[PERSON:Rowe]], [[PERSON:Delroy Francis]] and [[PERSON:Nisha Patel]]. Both [[PERSON:Francis]] and [[PERSON:Patel]] confirmed you were left off the invite list. The grievance is upheld.",
    ),
    (
        "disciplinary invite, Bill as a name and as a word",
        "Draft an invite to a disciplinary hearing for [[PERSON:Bill Henshaw]]. [[PERSON:Henshaw]] is alleged to have falsified his mileage claim for March; the bill he submitted includes trips on days he was on leave. The hearing will be chaired by [[PERSON:Angela Duckworth-Reid]] with [[PERSON:Mo Farouk]] from HR taking notes. [[PERSON:Bill]] may bring a colleague or union rep.",
    ),
    (
        "dismissal summary, Arabic names with Al-",
        "Write a dismissal summary: On 22 May, warehouse operative [[PERSON:Khalid Al-Mansouri]] was found asleep on a reach truck. Team leader [[PERSON:Yusuf Haddad]] took photos. At the hearing [[PERSON:Al-Mansouri]] said he was unwell. [[PERSON:Haddad]] said this was the third time. The chair, [[PERSON:Louise Tranter]], decided on dismissal. [[PERSON:Tranter]]'s decision letter went out on 30 May.",
    ),
    (
        "grievance letter, Kenyan names, salutation and signature",
        "Tidy this grievance letter: Dear Ms [[PERSON:Otieno]], I wish to raise a formal grievance against my line manager, [[PERSON:Wanjiru Kamau]]. Since I returned from maternity leave, [[PERSON:Kamau]] has given my accounts to [[PERSON:Brian Ochieng]]. When I asked why, [[PERSON:Wanjiru]] said I 'wouldn't cope'. Yours sincerely, [[PERSON:Njeri Mwangi]]",
    ),
    (
        "investigation summary, Surname comma First",
        "Rewrite this investigation summary for the panel pack. Subject: [[PERSON:Doyle, Patrick]]. Investigating officer: [[PERSON:Hussain, Samira]]. Witnesses: [[PERSON:Kerr, Andrew]]; [[PERSON:Nowak, Agnieszka]]. Summary: [[PERSON:Doyle]] is alleged to have shared customer data with a personal Gmail account. [[PERSON:Kerr]] noticed the forwarding rule. [[PERSON:Nowak]] confirmed [[PERSON:Doyle]] asked her for the export.",
    ),
    (
        "police misconduct, DC, DS, Supt",
        "Redraft this misconduct summary: DC [[PERSON:Lauren Hebden]] is alleged to have accessed the record of her neighbour, [[PERSON:Gary Lister]], without a policing purpose. DS [[PERSON:Imran Bashir]] found the audit trail. DC [[PERSON:Hebden]] says she was checking a report made by [[PERSON:Lister]]'s ex-wife. Supt [[PERSON:Clare Ainsworth]] will decide on referral.",
    ),
    (
        "staff discount investigation, nicknames Stevo and Dazza",
        "Summarise these investigation notes: [[PERSON:Stevo]] ([[PERSON:Steven Briggs]]) is accused of giving staff discount to his mates. Till data shows [[PERSON:Briggs]]'s staff card used 14 times in a week. [[PERSON:Stevo]] said [[PERSON:Dazza]] borrowed his card. Store manager [[PERSON:Tracey Nolan]] will interview [[PERSON:Darren Pike]] ([[PERSON:Dazza]]) on Monday.",
    ),
    (
        "pay parity grievance, Persian names",
        "Make this grievance hearing summary concise: [[PERSON:Dariush Tehrani]] raised a grievance about pay parity with [[PERSON:Nima Farahani]], who does the same role. [[PERSON:Tehrani]] earns £6,000 less. HR ([[PERSON:Shabnam Rostami]]) explained [[PERSON:Farahani]] was hired during a skills shortage. [[PERSON:Dariush]] does not accept this and will appeal to [[PERSON:Rostami]]'s director.",
    ),
    # performance reviews
    (
        "performance review, Hope as a name",
        "Help me rewrite this mid-year review so it sounds more constructive. [[PERSON:Hope Castellano]] joined the support team in January. [[PERSON:Hope]] is quick to pick up new products and the customers love her, but her ticket notes are thin and [[PERSON:Marcus]] has had to redo several escalations she passed on. I'd like [[PERSON:Hope]] to shadow [[PERSON:Marcus Delaney]] for two weeks in Q3.",
    ),
    (
        "annual review, Will as a name and as a verb",
        "Rewrite my notes on [[PERSON:Will Forsythe]]'s annual review in a warmer tone: [[PERSON:Will]] hit 92% of target. He will need to improve his forecasting, which [[PERSON:Nkechi]] has flagged twice. [[PERSON:Forsythe]] mentors two juniors, [[PERSON:Ollie]] and [[PERSON:Rukhsana]], and both rate him highly. I'd rate [[PERSON:Will]] 'strong'.",
    ),
    (
        "review, Mark as a name and as a noun",
        "Help me write the review for [[PERSON:Mark Oyelaran]]. [[PERSON:Mark]] overshot the mark on the Henley bid by promising features we hadn't built. [[PERSON:Oyelaran]] did recover the relationship with the client's COO, [[PERSON:Sandra Whyte]], and [[PERSON:Whyte]] has since renewed. Overall [[PERSON:Mark]] is meeting expectations.",
    ),
    (
        "review bullets, Korean names",
        "Turn these bullet points into a performance summary for [[PERSON:Seo-yeon Kim]]:\n"
        "- [[PERSON:Seo-yeon]] led the vendor audit single-handed\n"
        "- [[PERSON:Kim]] missed the Q2 report deadline by a week\n"
        "- peers ([[PERSON:Daniel Cho]], [[PERSON:Priyanka]]) say she's the go-to on data questions\n"
        "- development area: delegating to [[PERSON:Cho]]",
    ),
    (
        "feedback, Thai name and nickname",
        "Write constructive feedback for [[PERSON:Nattapong Srisuk]] ('[[PERSON:Pong]]'): [[PERSON:Pong]] is our best field technician by first-time-fix rate. However, [[PERSON:Srisuk]] has had three customer complaints about lateness. His supervisor [[PERSON:Jack Mullan]] thinks it's route planning. [[PERSON:Mullan]] will sit with [[PERSON:Nattapong]] to review his routes.",
    ),
    (
        "probation review, Canadian French and Punjabi names",
        "Help me write a probation review for [[PERSON:Chloé Tremblay]]. [[PERSON:Tremblay]] joined the Montreal office in March. Her buddy, [[PERSON:Raj Sandhu]], says she picked up the billing system fast. [[PERSON:Chloé]] needs to speak up more in stand-ups; [[PERSON:Sandhu]] and I will give her chances to present. Recommend confirming [[PERSON:Tremblay]] in post.",
    ),
    (
        "360 summary, Penny and Joy as names and joy as a word",
        "Write the 360 summary for [[PERSON:Penny Larkins]]. Comments: '[[PERSON:Penny]] is a joy to work with' ([[PERSON:Joy Adomako]]); '[[PERSON:Larkins]] needs to let go of detail' ([[PERSON:Ravi Chandran]]); 'I'd like [[PERSON:Penny]] to share her planning templates' ([[PERSON:Eoin Gallagher]]).",
    ),
    (
        "appraisal, Filipino names",
        "Make this appraisal sound fair: [[PERSON:Jericho Bautista]] has been on the night desk for two years. [[PERSON:Jericho]] handles the most calls of anyone on the team. [[PERSON:Bautista]] sometimes skips the call wrap-up notes, which [[PERSON:Rowena Santos]] has to chase. Next year I want [[PERSON:Jericho]] to train the new starters with [[PERSON:Santos]].",
    ),
    # exit interviews
    (
        "exit interview, Ghanaian names",
        "Summarise this exit interview in five bullet points for the people team: [[PERSON:Kwabena Asante-Mensah]] is leaving after four years in the finance team. [[PERSON:Kwabena]] said the main reason was the lack of progression after [[PERSON:Abena Owusu]] was promoted over him. He felt [[PERSON:Owusu]] was a good choice but that nobody explained the decision. He spoke warmly about [[PERSON:Gareth Pryce]], his first line manager, and said he would come back if [[PERSON:Pryce]] ever ran the team.",
    ),
    (
        "exit interview, Samoan and Māori names",
        "Summarise this exit interview: [[PERSON:Leilani Faleolo]] resigned from the Auckland branch after 18 months. [[PERSON:Leilani]] said the roster changes made childcare impossible and that her manager, [[PERSON:Craig Henare]], refused flexible hours. [[PERSON:Faleolo]] praised her colleagues, especially [[PERSON:Mele]] and [[PERSON:Tavita]]. She would recommend us but not [[PERSON:Henare]]'s team.",
    ),
    (
        "exit interview, River as a name",
        "Pull out the themes from this exit interview: [[PERSON:River Castellanos]] is leaving the design team for a startup. [[PERSON:River]] said the best part of the job was working with [[PERSON:Meg Oduya]] and the worst was the review process under [[PERSON:Brent Kowalski]]. [[PERSON:Castellanos]] felt [[PERSON:Kowalski]] took credit for the onboarding redesign.",
    ),
    (
        "exit interview, Portuguese names",
        "Write a short summary for the HR dashboard: [[PERSON:João Pereira]], kitchen porter, left after six weeks. [[PERSON:Pereira]] said nobody trained him and head chef [[PERSON:Gordon Baxter]] shouted at him on his second day. Sous chef [[PERSON:Inês Carvalho]] tried to help but [[PERSON:Carvalho]] was on nights. [[PERSON:João]] would not return.",
    ),
    (
        "exit interview notes, Scottish Gaelic names",
        "Tidy up my exit interview notes: leaver = [[PERSON:Eilidh MacLeod]], senior analyst. reasons: pay, and no route to lead after [[PERSON:Fraser Gunn]] left. [[PERSON:Eilidh]] says [[PERSON:Gunn]]'s replacement, [[PERSON:Alasdair Ross]], never had a 1:1 with her. [[PERSON:MacLeod]] happy to be contacted by [[PERSON:Ross]]'s boss.",
    ),
    # customer complaints retold
    (
        "complaint retold, Australian nicknames",
        "Write a reply to this complaint. Customer [[PERSON:Bronwyn Tully]] rang the Parramatta store on Saturday. She says a staff member, she thinks called [[PERSON:Jonno]], told her the washing machine would be delivered Tuesday and then nobody turned up. When she rang back, [[PERSON:Shazza]] on the phones said there was no booking at all. Ms [[PERSON:Tully]] wants a refund of the delivery fee and an apology from whoever [[PERSON:Jonno]] is.",
    ),
    (
        "airline complaint, Hispanic names, Jackson the place",
        "Draft a response to this complaint: [[PERSON:Guadalupe Ortiz]] says her flight from Dallas to Jackson was cancelled and the gate agent, [[PERSON:Tiffany]], told her she'd have to rebook online. Mrs [[PERSON:Ortiz]] is 78 and doesn't use the internet. Her grandson [[PERSON:Mateo Ortiz]] rebooked for her at a cost of $412. [[PERSON:Mateo]] wants the fare refunded.",
    ),
    (
        "broadband complaint, Indian English",
        "Write a reply to this escalated complaint: Mr [[PERSON:Venkatesh Rao]] has called nine times about his broadband. Engineer [[PERSON:Sandeep]] visited on 3rd and said the fault was in the exchange. Then agent [[PERSON:Pooja Sharma]] told Mr [[PERSON:Rao]] it was his router. [[PERSON:Rao]] wants compensation and for [[PERSON:Sharma]]'s manager to call him.",
    ),
    (
        "hotel review complaint, Crystal as a name",
        "Help me reply to this TripAdvisor complaint: Guest says: 'We stayed three nights. The receptionist, [[PERSON:Crystal]], was lovely but the night manager, [[PERSON:Graham]], refused to move us away from the lift even though my husband [[PERSON:Dennis]] has dementia.' The guest signs off as [[PERSON:Margaret Oyelowo]]. Our records show [[PERSON:Graham Pettifer]] was on duty.",
    ),
    (
        "energy billing complaint, Welsh name",
        "Summarise this complaint for the ombudsman file: [[PERSON:Ieuan Griffiths]] was billed £1,900 after a smart meter swap. Our technician [[PERSON:Kyle Mathers]] recorded the wrong meter serial. [[PERSON:Griffiths]] called in May and agent [[PERSON:Sophie]] promised a rebill. It never happened. [[PERSON:Mathers]]'s job sheet is attached. Mr [[PERSON:Griffiths]] wants £250 goodwill.",
    ),
    (
        "furniture complaint, Australian Chinese name",
        "Reply to this complaint politely: [[PERSON:Wendy Chua]] bought a sofa from our Chatswood store. Salesperson [[PERSON:Trent]] said it was in stock; it arrived seven weeks late with a tear. [[PERSON:Chua]] emailed [[PERSON:Trent Barlow]] three times with no answer. Ms [[PERSON:Chua]] now wants a full refund.",
    ),
    (
        "courier complaint, South African names",
        "Write a reply to this complaint: [[PERSON:Nomvula Dlamini]] says the courier left her parcel with a neighbour she doesn't know, a Mr [[PERSON:Botha]]. When she went to collect it, [[PERSON:Botha]] said he'd never received it. The driver, [[PERSON:Themba Zulu]], insists he handed it over. [[PERSON:Dlamini]] wants a replacement; [[PERSON:Zulu]]'s photo shows the wrong house number.",
    ),
    (
        "dental complaint, Japanese name",
        "Help me respond to this complaint about our dental practice: [[PERSON:Yuki Tanaka]] says Dr [[PERSON:Morrow]] charged her privately for a filling she expected on the NHS. Receptionist [[PERSON:Kerry-Anne]] told [[PERSON:Yuki]] that NHS lists were full. [[PERSON:Tanaka]] says nobody explained the price. Practice manager [[PERSON:Nadine Ferris]] will call her.",
    ),
    # care, case and probation notes
    (
        "nursing handover, Filipino nurse",
        "Turn these handover notes into SBAR format: Bed 12, Mr [[PERSON:Harold Pennington]], 84, admitted with a UTI and confusion. Overnight [[PERSON:Harold]] tried to get out of bed three times. Nurse [[PERSON:Maricel Dela Cruz]] put the falls mat down at 02:00. His daughter [[PERSON:Janet]] rang at 06:30 and asked for Dr [[PERSON:Okafor]] to call her. [[PERSON:Pennington]] is due IV antibiotics at 10:00.",
    ),
    (
        "social work home visit, Ghanaian and English names",
        "Rewrite this case note in professional language: Home visit to [[PERSON:Kofi Boateng]] and [[PERSON:Stacey Boateng]]. [[PERSON:Stacey]] was tearful. Baby [[PERSON:Nia]] looked well and was feeding. [[PERSON:Kofi]] said he has been sleeping at his mum's because of arguments. Health visitor [[PERSON:Lynn Garside]] also visited on Tuesday and [[PERSON:Garside]] has no concerns about [[PERSON:Nia]]'s weight.",
    ),
    (
        "probation supervision note, Scottish names",
        "Please rewrite this supervision note in plain English for the file: Met with [[PERSON:Callum McIntyre]] at the Paisley office. [[PERSON:McIntyre]] reports he is still staying with his aunt, [[PERSON:Morag Sinclair]], and is looking for work through the Jobcentre. He admitted contact with [[PERSON:Ryan Baird]], which is a breach of his licence condition. I have discussed this with my SPO, [[PERSON:Fiona Lennox]], and [[PERSON:Lennox]] agrees a warning letter is proportionate.",
    ),
    (
        "CPN notes, Irish names with fadas",
        "Summarise these CPN notes for the GP letter: Saw [[PERSON:Niamh Brosnan]] at home. [[PERSON:Niamh]] reports better sleep on the new dose. Partner [[PERSON:Ciarán]] says she is eating again. [[PERSON:Brosnan]] wants to return to work part-time and has spoken to her manager, [[PERSON:Orla Keane]]. Plan: review with Dr [[PERSON:Venkat]] in four weeks.",
    ),
    (
        "district nurse notes, Scottish and Polish names",
        "Write handover notes from this: Visited Mrs [[PERSON:Jessie Cruickshank]] for leg ulcer dressing. Wound smaller. Her neighbour [[PERSON:Bożena Lewandowska]] helps with shopping. [[PERSON:Bożena]] says Mrs [[PERSON:Cruickshank]] has been forgetting her tablets. Next visit by [[PERSON:Agata]] on Thursday; [[PERSON:Cruickshank]] prefers mornings.",
    ),
    (
        "YOT contact note, Somali names",
        "Tidy up this YOT contact note: [[PERSON:Abdi Farah]] attended his reparation session with [[PERSON:Claire Hollingsworth]]. [[PERSON:Abdi]] was quiet but worked hard. His mother, [[PERSON:Fadumo Ali]], says he's staying out late with [[PERSON:Mustafe]] and [[PERSON:Bilal]]. [[PERSON:Hollingsworth]] will talk to [[PERSON:Farah]] about the curfew next week.",
    ),
    (
        "housing support plan, Romanian names, St Albans",
        "Convert to a support plan summary: Client [[PERSON:Gheorghe Stoica]] and his wife [[PERSON:Mirela Stoica]] are in temporary accommodation in St Albans. [[PERSON:Gheorghe]] works nights at a car wash. [[PERSON:Mirela]] needs help registering the children with a GP. Support worker [[PERSON:Danielle Okoro]] will book an interpreter. [[PERSON:Okoro]] has also referred the family to the food bank.",
    ),
    (
        "hospice MDT note, Sky as a name, short form Ron",
        "Summarise for the MDT: [[PERSON:Ronald Whitaker]], 72, end-stage COPD. [[PERSON:Ron]] wants to die at home. His wife [[PERSON:Sheila]] is struggling; their daughter [[PERSON:Sky Whitaker]] has moved back in to help. [[PERSON:Sky]] asked about night sitters. Dr [[PERSON:Okeke]] has prescribed anticipatory meds. [[PERSON:Whitaker]] is for DNACPR.",
    ),
    (
        "supported living daily log, Gujarati names",
        "Write this daily log in a person-centred way: [[PERSON:Hitesh Parmar]] had a good day. He went swimming with support worker [[PERSON:Leon]] and chose his own lunch. In the evening [[PERSON:Hitesh]] got upset when his brother [[PERSON:Nilesh]] didn't phone. [[PERSON:Leon Agyeman]] helped him call [[PERSON:Nilesh Parmar]] at 7pm.",
    ),
    (
        "antenatal note, Pakistani names",
        "Make this a structured antenatal note: [[PERSON:Saima Akhtar]], G2P1, 32 weeks. [[PERSON:Saima]] reports reduced movements since last night. CTG reviewed by registrar Dr [[PERSON:Tobias Grant]]: normal. [[PERSON:Akhtar]] lives with husband [[PERSON:Zubair]] and mother-in-law. Midwife [[PERSON:Helen Corby]] to see her again Friday; [[PERSON:Corby]] has given the leaflet in Urdu.",
    ),
    # tenancy disputes
    (
        "tenancy deposit dispute, South African names, van der",
        "Help me write a letter about this tenancy dispute. The tenant, [[PERSON:Thandiwe Nkosi]], says the landlord, Mr [[PERSON:Pieter van der Merwe]], kept her R12 000 deposit without an inspection. [[PERSON:Van der Merwe]] claims the carpets were damaged. [[PERSON:Nkosi]] has photos from the move-out day taken by her cousin [[PERSON:Sipho]]. The managing agent, [[PERSON:Lerato Mokoena]], has not replied to either of them.",
    ),
    (
        "neighbour parking dispute, Persian and English names",
        "Write a letter to the council about this: My tenants, [[PERSON:Darius Rahimi]] and [[PERSON:Leah Coombes]], say the neighbour at no. 14, [[PERSON:Terry Blunt]], has been parking across their drive. [[PERSON:Blunt]] shouted at [[PERSON:Coombes]] when she asked him to move. [[PERSON:Rahimi]] has it on his doorbell camera.",
    ),
    (
        "RTB deposit dispute, Irish names",
        "Help me respond to the RTB: The tenant, [[PERSON:Eoghan Brophy]], claims I did not return his deposit. [[PERSON:Brophy]] left owing two months' rent. His co-tenant [[PERSON:Saoirse Lynch]] moved out earlier and I gave [[PERSON:Lynch]] her share. My agent, [[PERSON:Brendan Coyle]], has the inventory signed by [[PERSON:Eoghan]].",
    ),
    (
        "tribunal statement, Australian names",
        "Summarise this tribunal statement: Tenant [[PERSON:Kylie Armstrong]] says the property manager, [[PERSON:Brad Keating]], entered without notice on 3 occasions. [[PERSON:Keating]] says he gave notice by SMS. [[PERSON:Kylie]]'s housemate, [[PERSON:Jarrah Collins]], was home on 12 February and says [[PERSON:Brad]] walked straight into her bedroom.",
    ),
    (
        "HMO noise complaint, Igbo and Yoruba names",
        "Draft a reply about this HMO complaint: Resident [[PERSON:Emeka Nwosu]] says the resident in room 3, [[PERSON:Gavin Tolley]], plays music all night. [[PERSON:Nwosu]] has complained to the manager, [[PERSON:Fola Adeleke]], four times. [[PERSON:Adeleke]] spoke to [[PERSON:Tolley]] but nothing changed. [[PERSON:Emeka]] wants to end his tenancy early.",
    ),
    # project retrospectives
    (
        "sprint retro, Vietnamese and Korean names",
        "Write up our sprint retro notes as a short Confluence page: What went well: [[PERSON:Linh Nguyen]] got the payments migration over the line two days early. [[PERSON:Ji-woo Park]] paired with [[PERSON:Linh]] on the rollback script. What didn't: the staging environment was down for a day and [[PERSON:Park]] lost most of Wednesday. Actions: [[PERSON:Ben Ashworth]] to raise the staging issue with platform; [[PERSON:Linh]] and [[PERSON:Ji-woo]] to document the rollback.",
    ),
    (
        "launch retro, Arabic and English names",
        "Write the retro summary: The launch slipped a week because the legal review landed late. [[PERSON:Omar Khalil]] raised the risk in week 2 but [[PERSON:Harriet Sloane]] thought legal would be quick. Lesson: [[PERSON:Khalil]]'s risk log should go to the steering group. Shout-outs: [[PERSON:Tariq]] for the weekend data fix; [[PERSON:Sloane]] for handling the client.",
    ),
    (
        "blameless postmortem, Grace as a name and grace period",
        "Turn this into a blameless postmortem: [[PERSON:Grace Whitmore]] pushed the config change at 4:55pm Friday. [[PERSON:Grace]] followed the runbook, but the runbook was out of date. [[PERSON:Devon Price]] was on call and saw the alerts at 5:10. [[PERSON:Price]] rolled back at 5:32. We'd like [[PERSON:Whitmore]] and [[PERSON:Price]] to update the runbook together. Grace period for the affected customers' SLAs: 48 hours.",
    ),
    (
        "project closure report, Turkish names",
        "Write a project closure report from these notes: The warehouse scanner rollout finished in week 14. [[PERSON:Burak Demir]] managed the hardware. [[PERSON:Demir]] had to swap 40 faulty units with the supplier. [[PERSON:Aylin Şahin]] trained 300 staff. Feedback from site lead [[PERSON:Rob Clegg]]: [[PERSON:Şahin]]'s training was excellent. [[PERSON:Clegg]] wants the same approach for the voice-picking project.",
    ),
    (
        "retro with team list, Indian names",
        "Summarise this retrospective. Team: [[PERSON:Meenakshi Sundaram]], [[PERSON:Arjun Khanna]], [[PERSON:Farhan Qadri]], [[PERSON:Neha Joshi]]. [[PERSON:Arjun]] felt the estimates were too optimistic. [[PERSON:Neha]] said QA got squeezed again. [[PERSON:Meenakshi]] proposed a buffer day. [[PERSON:Qadri]] will trial story points next sprint.",
    ),
    (
        "lessons learned, Québécois and Ukrainian-Canadian names",
        "Draft lessons learned: The Winnipeg office move went over budget by $40k. Facilities lead [[PERSON:Marie-Ève Gagnon]] booked movers before IT confirmed the cabling. [[PERSON:Gagnon]] says she was told by [[PERSON:Scott Kowalchuk]] that cabling was done. [[PERSON:Kowalchuk]] disputes that. [[PERSON:Marie-Ève]] and [[PERSON:Scott]] agree a shared checklist would have helped.",
    ),
    # sales call notes
    (
        "sales call notes, Brazilian names",
        "Clean up these call notes for the CRM: Spoke to [[PERSON:Rafael Nogueira]] (Head of Procurement) at Cimentos Atlântico. [[PERSON:Nogueira]] is keen but says budget sign-off sits with their CFO, [[PERSON:Fernanda Lopes Araújo]]. He'll set up a call with [[PERSON:Fernanda]] next week. Competitor in the frame is the incumbent; [[PERSON:Rafael]] hinted their renewal is up in May.",
    ),
    (
        "call notes to follow-up email, US names",
        "Turn these call notes into a follow-up email: Call with [[PERSON:Dana Whitcombe]], VP Ops at Harlow Freight. [[PERSON:Dana]] is frustrated with their current TMS. Decision makers: [[PERSON:Whitcombe]] and the CIO, [[PERSON:Raymond Osei]]. [[PERSON:Osei]] wants SOC 2 docs. Next step: demo on the 14th with [[PERSON:Dana]]'s team lead, [[PERSON:Kurt Lindqvist]].",
    ),
    (
        "account plan, Gulf Arabic names",
        "Summarise this sales call for the account plan: Met [[PERSON:Faisal Al-Qahtani]] and his deputy [[PERSON:Noura Al-Harbi]] in Riyadh. [[PERSON:Al-Qahtani]] wants a pilot in two hospitals. [[PERSON:Noura]] asked detailed questions about Arabic language support. Our partner contact, [[PERSON:Hassan Barakat]], thinks [[PERSON:Faisal]] has budget authority up to SAR 2m.",
    ),
    (
        "CRM notes, Australian nickname Mags",
        "Write CRM notes from this: Rang [[PERSON:Mags]] at Bellbird Vineyards. [[PERSON:Margaret O'Loughlin]] is the owner; [[PERSON:Mags]] is fine with first names. She wants a quote for 12 pallets of glass. Her winemaker, [[PERSON:Tim Bassett]], will confirm sizes. [[PERSON:O'Loughlin]] wants delivery before vintage. Follow up with [[PERSON:Bassett]] Thursday.",
    ),
    (
        "lunch meeting notes, Singaporean Chinese names",
        "Clean up these notes: Lunch with [[PERSON:Tan Boon Huat]] from Marina Components. Mr [[PERSON:Tan]] introduced his new sourcing head, [[PERSON:Lim Hui Min]]. [[PERSON:Hui Min]] is reviewing all suppliers by Q3. Our rival's rep, [[PERSON:Kevin Oh]], has been there twice. [[PERSON:Tan]] hinted price is the only issue.",
    ),
    (
        "account handover, addressed to a colleague",
        "Turn these notes into a handover for [[PERSON:Freya]], who is taking over the account: Contact is [[PERSON:Nigel Catterall]] (Facilities Director). [[PERSON:Nigel]] is old-school, prefers calls to email. His PA [[PERSON:Bev Hartley]] manages his diary. [[PERSON:Catterall]] was unhappy with the March invoice; I sorted it with [[PERSON:Bev]]. [[PERSON:Freya]], please call [[PERSON:Nigel]] before the renewal.",
    ),
    # minutes in prose
    (
        "charity board minutes, Welsh names",
        "Turn these into formal minutes: [[PERSON:Rhys Llewellyn]] opened the meeting and welcomed [[PERSON:Carys Vaughan]], who joins the board as treasurer. [[PERSON:Vaughan]] presented the accounts. [[PERSON:Dafydd Pritchard]] asked about the hall roof repair; [[PERSON:Llewellyn]] said quotes were awaited. [[PERSON:Gwen Morgan-Hughes]] gave apologies.",
    ),
    (
        "parish council minutes, Cllr titles",
        "Write up these parish council minutes: Present: Cllr [[PERSON:Jean Ashdown]] (Chair), Cllr [[PERSON:Raj Mistry]], Cllr [[PERSON:Tom Fenwick]], Clerk [[PERSON:Heather Dunn]]. Cllr [[PERSON:Mistry]] reported on the play area. Cllr [[PERSON:Fenwick]] asked why the grass cutting contract went to the same firm. The Chair asked the Clerk, Ms [[PERSON:Dunn]], to circulate the tender scores.",
    ),
    (
        "governors' minutes, Igbo and Sikh names",
        "Convert to formal minutes: The headteacher, [[PERSON:Ngozi Eze]], presented the Ofsted action plan. Mrs [[PERSON:Eze]] said reading is the priority. Governor [[PERSON:Harjit Gill]] asked about staff turnover. [[PERSON:Gill]] and [[PERSON:Paul Whitely]] will visit the phonics lessons. [[PERSON:Whitely]] gave apologies for the next meeting.",
    ),
    (
        "board minutes, US names",
        "Draft board minutes from this: [[PERSON:Catherine Vance]] (Chair) called the meeting to order at 9:00. [[PERSON:Vance]] noted a quorum. CFO [[PERSON:Anthony Russo]] presented Q3 results; [[PERSON:Russo]] flagged a covenant risk. Director [[PERSON:Esperanza Ruiz]] moved to approve the budget, seconded by [[PERSON:Ted Lindgren]]. [[PERSON:Ruiz]]'s motion carried.",
    ),
    (
        "residents' minutes, initials with surnames",
        "Tidy up these minutes. Attendees: [[PERSON:J. Harrington]], [[PERSON:P. A. Okafor]], [[PERSON:S. Moodley]], [[PERSON:Rose Devlin]]. [[PERSON:Harrington]] said the lift has been broken for 3 weeks. [[PERSON:Rose]] has written to the management company. Action: [[PERSON:Okafor]] (PAO) to chase the insurer.",
    ),
    (
        "union branch minutes, Scottish names",
        "Turn this into minutes: Branch secretary [[PERSON:Shona Gallacher]] reported on the pay ballot. [[PERSON:Gallacher]] said turnout was 61%. [[PERSON:Iain Rutherford]] asked whether the strike dates clash with exams; [[PERSON:Shona]] will check with [[PERSON:Morven Laing]] at regional office. [[PERSON:Rutherford]] and [[PERSON:Laing]] to draft a members' update.",
    ),
    (
        "MDT discussion, Vietnamese patient",
        "Write up the MDT discussion: Patient: [[PERSON:Tran Van Minh]], 58. Dr [[PERSON:Hoang]] (oncology) recommended chemotherapy. Surgeon Ms [[PERSON:Priscilla Agbaje]] felt resection was possible after two cycles. Mr [[PERSON:Tran]]'s daughter [[PERSON:Thu]] will attend the next clinic. Specialist nurse [[PERSON:Katie Rowntree]] to call [[PERSON:Minh]] on Monday.",
    ),
    (
        "cricket club AGM, names joined by &",
        "Write minutes of our cricket club AGM: Chair [[PERSON:Graham Oakes]] thanked [[PERSON:Dev]] & [[PERSON:Sunita Mehta]] for running the teas all season. Treasurer [[PERSON:Alf Pickles]] reported a surplus of £2,140. [[PERSON:Pickles]] stood down and [[PERSON:Bushra Anwar]] was elected. [[PERSON:Oakes]] presented the clubman award to [[PERSON:Frankie Doyle]].",
    ),
    # timelines
    (
        "warehouse injury timeline, US names",
        "Put this into a clean timeline for legal: 9:02 – [[PERSON:Tyler Brandt]] badges into the warehouse. 9:15 – [[PERSON:Brandt]] messages his supervisor, [[PERSON:Lakisha Monroe]], that the dock door is jammed. 9:40 – [[PERSON:Monroe]] asks maintenance ([[PERSON:Gus Ferreira]]) to check it. 10:05 – [[PERSON:Ferreira]] reports the door fixed. 10:20 – [[PERSON:Brandt]] is struck by the door while loading.",
    ),
    (
        "missing child timeline, shop names around",
        "Write a timeline from this: 13:05 – [[PERSON:Louise Hartnell]] reports her son [[PERSON:Alfie]] (6) missing near Boots. 13:07 – security officer [[PERSON:Kwame Asare]] issues a code Adam. 13:12 – [[PERSON:Asare]] checks the Disney Store. 13:19 – staff member [[PERSON:Jodie Marsden]] finds [[PERSON:Alfie]] in the toilets. 13:21 – [[PERSON:Alfie]] reunited with Ms [[PERSON:Hartnell]].",
    ),
    (
        "data breach timeline, Polish name, quoted first name",
        "Turn into a breach timeline for the DPO: Mon 09:10 – [[PERSON:Aleksandra Wójcik]] emails the payroll file to the wrong '[[PERSON:Chris]]'. 09:40 – [[PERSON:Chris Hanley]] (external) replies to say he received it. 09:45 – [[PERSON:Wójcik]] tells her manager, [[PERSON:Simon Petch]]. 10:30 – [[PERSON:Petch]] asks [[PERSON:Hanley]] to delete it; [[PERSON:Hanley]] confirms deletion. 11:00 – DPO [[PERSON:Anjali Rao]] informed.",
    ),
    (
        "hospital fall timeline, Nigerian names",
        "Put this in order as a timeline: 21:00 – HCA [[PERSON:Blessing Okoye]] helps Mrs [[PERSON:Dorothy Renshaw]] to the toilet. 21:20 – [[PERSON:Renshaw]] found on the floor by [[PERSON:Okoye]]. 21:25 – nurse in charge [[PERSON:Liam Gorman]] informed. 21:40 – FY1 Dr [[PERSON:Aisha Bello]] reviews; no injury. 22:00 – [[PERSON:Gorman]] phones [[PERSON:Dorothy]]'s son.",
    ),
    (
        "school bus timeline, African American names",
        "Make a clear timeline for the principal: 3:05 – bus driver [[PERSON:Earl Boone]] leaves without [[PERSON:Jaylen Brooks]]. 3:15 – [[PERSON:Jaylen]] tells aide Ms [[PERSON:Tamika Reed]]. 3:20 – [[PERSON:Reed]] calls [[PERSON:Jaylen]]'s dad, [[PERSON:Marcus Brooks]]. 3:50 – Mr [[PERSON:Brooks]] picks him up. [[PERSON:Boone]] says he was told the roster was complete.",
    ),
    (
        "flat purchase timeline, Kannada names, Adv. title",
        "Put together a timeline of the flat purchase: Jan – we paid a token amount to the builder's agent [[PERSON:Mahesh Gowda]]. Mar – [[PERSON:Gowda]] stopped answering; his manager [[PERSON:Lakshmi Narayan]] said he had left. May – [[PERSON:Narayan]] asked for a further ₹5 lakh. Jul – our lawyer, Adv. [[PERSON:Sunil Bhat]], sent notice. Aug – [[PERSON:Bhat]] got a reply from the builder.",
    ),
    # character references
    (
        "character reference for court, Polish name and diminutive",
        "Make this character reference more formal; it's for court. I have known [[PERSON:Katarzyna Zielińska]] for nine years as a neighbour and friend. [[PERSON:Kasia]], as everyone calls her, looked after my late husband [[PERSON:Eric]] when he was ill and never asked for anything. I was shocked to hear of the charge against her. [[PERSON:Zielińska]] is honest, hard-working and devoted to her son [[PERSON:Filip]].",
    ),
    (
        "job reference, Yoruba name",
        "Improve this reference letter: I am pleased to recommend [[PERSON:Temitope Adewale]] for the role of senior accountant. [[PERSON:Temitope]] worked for me for five years. [[PERSON:Adewale]] led our migration to Xero and trained our junior, [[PERSON:Lucy Brannigan]]. She is reliable and discreet. Please contact me, [[PERSON:Howard Pilling]], if you need more.",
    ),
    (
        "court reference, Irish names, firm named after a person",
        "Make this character reference suitable for the District Court: I have employed [[PERSON:Dermot Kinsella]] as a labourer since 2019. [[PERSON:Kinsella]] has never missed a day. The incident with [[PERSON:Paddy Whelan]] was out of character. [[PERSON:Dermot]] has since apologised to Mr [[PERSON:Whelan]] and paid for the damage. Signed, [[PERSON:Maura Geraghty]], Geraghty Groundworks Ltd.",
    ),
    (
        "visa appeal letter, Afghan names, Olive as a name",
        "Help me write a character letter for [[PERSON:Farid Ahmadi]]'s visa appeal: I met [[PERSON:Farid]] when he volunteered at our food bank in 2021. [[PERSON:Ahmadi]] has become indispensable; he translates for families and drives the van with [[PERSON:Olive Bramley]]. [[PERSON:Olive]] and I trust him completely. His wife [[PERSON:Zahra]] also volunteers.",
    ),
    (
        "landlord reference, Zimbabwean names, surname as family",
        "Write a landlord reference: [[PERSON:Tatenda Chirwa]] and [[PERSON:Nyasha Chirwa]] rented my flat in Leicester from 2020 to 2024. [[PERSON:Tatenda]] always paid on time. When the boiler broke, [[PERSON:Nyasha]] was patient with the engineer, [[PERSON:Dean]]. I'd rent to the [[PERSON:Chirwa]] family again.",
    ),
    # eulogies and retirement speeches
    (
        "retirement speech, Frank as a name and frank as a word",
        "Help me polish my retirement speech for [[PERSON:Frank Hollis]]: Forty-one years! When [[PERSON:Frank]] started here, the post room still had a typewriter and [[PERSON:Maureen]] from accounts ran the tea trolley. [[PERSON:Frank]] has trained half of this room, including me. To be frank, I don't know how we'll manage. [[PERSON:Frank]], enjoy the fishing, and give our love to [[PERSON:Pauline]].",
    ),
    (
        "eulogy, Jamaican-British names, grace as a word",
        "Help me finish my eulogy for my nan: [[PERSON:Grace Eleanor McKenzie]] was born in Kingston in 1938 and came to Birmingham in 1961. [[PERSON:Grace]] worked at Cadbury for thirty years. She married [[PERSON:Winston]] in 1963. Nan, you showed us grace every single day. Auntie [[PERSON:Pearl]] says [[PERSON:Gracie]] never missed a Sunday service.",
    ),
    (
        "farewell speech for a principal, Marathi names, ma'am and sir",
        "Polish my farewell speech for our principal: Mrs [[PERSON:Shobha Kulkarni]] joined St. Xavier's in 1992 as a chemistry teacher. [[PERSON:Kulkarni]] ma'am, as we all called her, never raised her voice. Generations of students, including our vice-principal [[PERSON:Rahul Deshpande]], owe her their love of science. [[PERSON:Deshpande]] sir will take over from June. We wish [[PERSON:Shobha]] and her husband [[PERSON:Vinod]] a happy retirement in Pune.",
    ),
    (
        "eulogy, Greek-Australian names, family firm",
        "Help me with a eulogy for my grandfather: [[PERSON:Yiannis Kostopoulos]] came to Melbourne from Kalamata in 1958. [[PERSON:Yiannis]] opened the fish shop on Sydney Road with his brother [[PERSON:Christos]]. Kostopoulos & Sons still trades there today. He and Yiayia [[PERSON:Eleni]] raised five children.",
    ),
    (
        "leaving speech for a ward sister, Dawn as a name and dawn as a word",
        "Write a short leaving speech for [[PERSON:Dawn Pritchard]], ward sister: [[PERSON:Dawn]] has run Cedar Ward for 22 years. Sister [[PERSON:Pritchard]] trained most of us. [[PERSON:Dawn]] once worked a double shift in the snow with [[PERSON:Eirlys]] and [[PERSON:Gethin]]. From dawn till dusk, she was there.",
    ),
    (
        "memorial tribute, Filipino names and nickname",
        "Edit this memorial tribute: Our colleague [[PERSON:Rodrigo Villanueva]], known to everyone as [[PERSON:Rody]], passed away last week. [[PERSON:Rody]] joined the night shift in 2004. [[PERSON:Villanueva]] was the first to volunteer for every charity run. He leaves his wife [[PERSON:Marites]] and sons [[PERSON:Paolo]] and [[PERSON:Miguel]].",
    ),
    # wedding speeches
    (
        "best man speech, nickname Rusty, Amber as a name",
        "Can you make my best man speech funnier? I've known [[PERSON:Rusty]] – sorry, [[PERSON:Russell]] – since we were eleven. [[PERSON:Rusty]] met [[PERSON:Amber]] at a pub quiz in Leeds where she beat our team by one point. [[PERSON:Amber]], thank you for taking him on. And thanks to [[PERSON:Amber]]'s parents, [[PERSON:Clive]] and [[PERSON:Denise Holroyd]], for a wonderful day.",
    ),
    (
        "father of the bride speech, Indian and English names",
        "Make my father-of-the-bride speech shorter: When [[PERSON:Anjali]] was four she announced she would marry a doctor. Today she marries [[PERSON:Tom Hargreaves]], a software engineer, and [[PERSON:Tom]], I can tell you, she has forgiven you. Thank you to [[PERSON:Tom]]'s parents, [[PERSON:Jill]] and [[PERSON:Steve Hargreaves]], and to my wife [[PERSON:Meera]].",
    ),
    (
        "maid of honour speech, Joy and Grace as names",
        "Help me write my maid of honour speech: I met [[PERSON:Joy]] on the first day of uni when she knocked on my door asking for a tin opener. [[PERSON:Joy]] and [[PERSON:Kwesi]] met at [[PERSON:Grace]]'s birthday party. [[PERSON:Kwesi Appiah-Boateng]], you have no idea how lucky you are. To [[PERSON:Joy]] and [[PERSON:Kwesi]]!",
    ),
    (
        "groom's speech, Māori and Samoan names",
        "Tidy my groom's speech: Thank you all for coming, especially Nana [[PERSON:Mere]] who flew from Rotorua. [[PERSON:Losa]], my beautiful wife – I still can't believe it. [[PERSON:Losa]]'s dad [[PERSON:Fa'amoe Leavasa]] told me I had to learn to cook palusami first. [[PERSON:Tui]] and [[PERSON:Hemi]], best groomsmen ever.",
    ),
    (
        "best man speech, Scottish nickname, toast in capitals",
        "Punch up my best man speech: [[PERSON:Jamie]], or '[[PERSON:Jimbo]]' as he was known at school, met [[PERSON:Kirsty Buchanan]] in a queue at the Edinburgh Fringe. [[PERSON:Kirsty]] thought he was a street performer. Please raise your glasses: TO [[PERSON:JAMIE]] AND [[PERSON:KIRSTY]]!",
    ),
    # chat logs
    (
        "lower-case chat, first names",
        "rewrite this as a proper update for the channel: ok so i told [[PERSON:sam]] and [[PERSON:fatima]] the release is pushed to thursday, [[PERSON:priya]] said the migration still fails on prod data and [[PERSON:kev]] is off sick so nobody can approve it. [[PERSON:fatima]] wasn't happy tbh",
    ),
    (
        "WhatsApp chat with speaker names",
        "Turn this WhatsApp chat into a summary for my manager:\n"
        "[09:14] [[PERSON:Becky]]: has anyone heard from [[PERSON:darren]]?\n"
        "[09:15] [[PERSON:Tunde]]: no, his van's not in the yard\n"
        "[09:17] [[PERSON:Becky]]: [[PERSON:Mo]] says he saw him at the services at 7\n"
        "[09:30] [[PERSON:Tunde Bakare]]: found him, flat tyre on the M62",
    ),
    (
        "Slack thread with full-name speakers",
        "Summarise this Slack thread:\n"
        "[[PERSON:Aditi Rao]]: can someone review my PR before 3?\n"
        "[[PERSON:Marcus Webb]]: on it\n"
        "[[PERSON:Aditi Rao]]: thanks, [[PERSON:Hannah]] also wants to check the migration\n"
        "[[PERSON:Hannah Lowe]]: looks fine, merging",
    ),
    (
        "lower-case Teams chat, will, mark, bill as names",
        "clean up this chat for the minutes:\n"
        "me: is [[PERSON:will]] joining?\n"
        "[[PERSON:jess]]: [[PERSON:will]]'s on leave, [[PERSON:mark]] is covering\n"
        "me: ok, will [[PERSON:mark]] bring the figures?\n"
        "[[PERSON:jess]]: yes and [[PERSON:bill]] from finance is dialling in",
    ),
    (
        "support chat transcript",
        "Rewrite this chat transcript as a case summary:\n"
        "Agent ([[PERSON:Destiny]]): Hi, thanks for contacting us, who am I speaking with?\n"
        "Customer: [[PERSON:Roberto Alvarez]]\n"
        "Agent ([[PERSON:Destiny]]): Thanks [[PERSON:Roberto]], how can I help?\n"
        "Customer: my card was charged twice, your colleague [[PERSON:Shawn]] said it'd be fixed\n"
        "Agent ([[PERSON:Destiny]]): I'm sorry Mr [[PERSON:Alvarez]], let me check",
    ),
    (
        "lower-case group chat, Nigerian names, Sunday as a name",
        "make this into a formal message to the landlord:\n"
        "[[PERSON:chinedu]]: the water has been cut again\n"
        "[[PERSON:ada]]: third time this week. mr [[PERSON:okafor]] said he'd send the plumber\n"
        "[[PERSON:chinedu]]: which plumber, [[PERSON:sunday]]? he never came last time",
    ),
    (
        "builder's texts in lower case, nicknames",
        "rewrite these texts from my builder as a formal complaint: 'hi its [[PERSON:gaz]], [[PERSON:mick]] cant come tues, will send [[PERSON:lee]]' then 'sorry [[PERSON:lee]] had a family thing' then 'bloke called [[PERSON:stan]] will do the plastering fri'",
    ),
    (
        "party planning chat, Sky, Brook, Summer as speakers",
        "Turn these chat messages into an action list:\n"
        "[[PERSON:Sky]]: I'll take the venue\n"
        "[[PERSON:Brook]]: I'll do catering with [[PERSON:Rowan]]\n"
        "[[PERSON:Sky]]: [[PERSON:Summer]] said she can do the DJ\n"
        "[[PERSON:Brook]]: nice, tell [[PERSON:Summer]] the budget is £300",
    ),
    # e-mail threads
    (
        "email with headers, addresses and signature",
        "Summarise this thread in two lines:\n"
        "From: [[PERSON:Grace Adeyemi]] <g.adeyemi@northbank-logistics.co.uk>\n"
        "To: [[PERSON:Thomas Becker]] <thomas.becker@ravelin-foods.de>\n"
        "Cc: [[PERSON:Leah Moss]]\n"
        "Subject: RE: Pallet shortfall\n"
        "\n"
        "Hi [[PERSON:Thomas]],\n"
        "As discussed with [[PERSON:Leah]] this morning, we were 14 pallets short on Tuesday's collection. Our driver, [[PERSON:Dale Whitton]], says your gatehouse turned him away at 06:00. Can you check with your gatehouse supervisor, [[PERSON:Jürgen Hoffmann]]?\n"
        "\n"
        "Kind regards,\n"
        "[[PERSON:Grace Adeyemi]]\n"
        "Transport Planner",
    ),
    (
        "Outlook headers, Surname comma First",
        "Draft a reply to this:\n"
        "From: [[PERSON:Okafor, Chinwe]]\n"
        "Sent: 12 March 2026 09:12\n"
        "To: [[PERSON:Lindsay, Ruth]]; [[PERSON:Baptiste, Jean-Marc]]\n"
        "Subject: Audit findings\n"
        "\n"
        "[[PERSON:Ruth]], [[PERSON:Jean-Marc]] –\n"
        "The auditors have flagged the unreconciled suspense account again. [[PERSON:Jean-Marc]], can you pull the journals? [[PERSON:Ruth]], please brief [[PERSON:Hollis]] before Friday.\n"
        "\n"
        "[[PERSON:Chinwe]]",
    ),
    (
        "email to a GP, titles in headers",
        "Make this email sound firmer:\n"
        "To: Dr [[PERSON:Alan Pryor]]\n"
        "From: [[PERSON:Sinéad O'Riordan]], Practice Manager\n"
        "\n"
        "Dear Dr [[PERSON:Pryor]],\n"
        "I have again had a complaint from Mrs [[PERSON:Beryl Gough]] about being left waiting 50 minutes. Mrs [[PERSON:Gough]] also says the locum, Dr [[PERSON:Ezeani]], was rude. Please speak to Dr [[PERSON:Ezeani]] before his next session.\n"
        "\n"
        "Regards,\n"
        "[[PERSON:Sinéad]]",
    ),
    (
        "forwarded email with quoted reply",
        "What's this forwarded chain asking me to do?\n"
        "---------- Forwarded message ---------\n"
        "From: [[PERSON:Kayode Balogun]] <kbalogun@meridianhealth.org>\n"
        "Date: Tue, 4 Nov\n"
        "To: [[PERSON:Anna Sørensen]]\n"
        "\n"
        "[[PERSON:Anna]], can you ask [[PERSON:Piotr Mazur]] to resend the November rota? The version [[PERSON:Mazur]] sent has [[PERSON:Efua]] on nights and days on the 12th.\n"
        "[[PERSON:Kayode]]\n"
        "\n"
        "> [[PERSON:Anna Sørensen]] wrote:\n"
        "> [[PERSON:Kayode]], forwarding to you, I'm off from Friday.",
    ),
    (
        "Indian English email, sir and ji",
        "Rewrite this email more politely:\n"
        "From: [[PERSON:Gurpreet Singh Bedi]]\n"
        "To: [[PERSON:Ramesh Iyengar]]\n"
        "Subject: Pending invoice\n"
        "\n"
        "Dear [[PERSON:Ramesh]] sir,\n"
        "The invoice raised by our vendor [[PERSON:Harish Gupta]] is pending for 90 days. Kindly do the needful. [[PERSON:Gupta]] ji has called me four times. Please ask [[PERSON:Divya]] in accounts to release.\n"
        "\n"
        "Regards,\n"
        "[[PERSON:Gurpreet]]",
    ),
    (
        "Ghanaian email, initials with surname and initials alone",
        "Summarise this email for my boss:\n"
        "From: [[PERSON:D. K. Mensah]] <dk.mensah@accra-shipping.com.gh>\n"
        "To: [[PERSON:Helen Marsh]]\n"
        "\n"
        "Dear [[PERSON:Helen]],\n"
        "Further to my call with [[PERSON:Yaw Darko]], the vessel will berth at Tema on the 18th. [[PERSON:Darko]] will handle customs. DK\n"
        "\n"
        "[[PERSON:Daniel Kofi Mensah]]\n"
        "Operations Manager",
    ),
    (
        "Australian email, nicknames",
        "Is this email OK to send?\n"
        "Hi [[PERSON:Shaz]] and [[PERSON:Robbo]],\n"
        "Just a heads-up that [[PERSON:Bazza]] is off from Monday so [[PERSON:Kylie-Jane]] will run the Geelong site. Please copy her (kylie-jane.ross@southcoastfreight.com.au) on orders.\n"
        "Cheers,\n"
        "[[PERSON:Trev]]",
    ),
    (
        "US legal email, case caption",
        "Summarise:\n"
        "From: [[PERSON:Rebecca Lowenthal]], Esq.\n"
        "To: [[PERSON:Jack Pruitt]]\n"
        "Re: [[PERSON:Pruitt]] v. Stanton Logistics\n"
        "\n"
        "[[PERSON:Jack]],\n"
        "Opposing counsel, [[PERSON:Martin Osgood]], has offered $85,000. [[PERSON:Osgood]] says his client won't go higher before the deposition of their dispatcher, [[PERSON:Luis Camacho]]. I recommend we depose [[PERSON:Camacho]] first.\n"
        "[[PERSON:Rebecca]]",
    ),
    (
        "room booking email, Turing room",
        "Make the tone of this friendlier:\n"
        "From: [[PERSON:Mehmet Öztürk]]\n"
        "To: Facilities\n"
        "Subject: Turing room AGAIN\n"
        "\n"
        "The Turing room was double-booked again. [[PERSON:Saskia]] from Legal threw us out 10 minutes into a client call with [[PERSON:Hiroshi Yamamoto]]. Please sort it out.\n"
        "[[PERSON:Mehmet]]",
    ),
    (
        "Kenyan NGO email, Hope and Faith as names",
        "Draft a reply to this email:\n"
        "From: [[PERSON:Achieng Odhiambo]]\n"
        "To: [[PERSON:Peter Njoroge]]; [[PERSON:Faith Wambui]]\n"
        "Cc: [[PERSON:Hope Kiprono]]\n"
        "\n"
        "Dear [[PERSON:Peter]] and [[PERSON:Faith]],\n"
        "The donor visit is confirmed for the 9th. [[PERSON:Hope]] will meet them at the airport. Keep the faith, we are nearly there!\n"
        "[[PERSON:Achieng]]",
    ),
    (
        "system email in capitals, Surname comma First",
        "Summarise this system-generated email:\n"
        "TO: [[PERSON:SMITHERS, ROSALIND]]\n"
        "FROM: HR SYSTEM\n"
        "RE: LEAVE REQUEST – [[PERSON:ABIODUN, FEMI]]\n"
        "\n"
        "[[PERSON:FEMI ABIODUN]] HAS REQUESTED 5 DAYS ANNUAL LEAVE FROM 14/04. APPROVER: [[PERSON:ROSALIND SMITHERS]].",
    ),
    (
        "email to a supervisor, Chinese names in Chinese order",
        "Improve this email to my supervisor:\n"
        "Dear Professor [[PERSON:Aldridge]],\n"
        "I am writing about my thesis timeline. My co-supervisor, Dr [[PERSON:Chen Jing]], suggested I submit in June. However, Dr [[PERSON:Chen]] will be on sabbatical from May. Could [[PERSON:Yang Hao]] from the lab take over the data checks? [[PERSON:Hao]] has agreed.\n"
        "Best wishes,\n"
        "[[PERSON:Xu Mingyue]] ([[PERSON:Mingyue]])",
    ),
]

# (shape, text) with no person at all
BENIGN: list[tuple[str, str]] = [
    (
        "travel memo, places and hotel chains",
        "Draft a short memo: from 1 April, staff travelling to Charlotte, Austin and Jackson should book the Hilton or Marriott on the corporate rate; the Wellington and Florence offices will follow in June.",
    ),
    (
        "retail and bank names",
        "Summarise this: Sainsbury's, Boots and Cadbury all reported higher Easter sales, while Wells Fargo and Morgan Stanley cut their forecasts for UK retail.",
    ),
    (
        "patient leaflet, eponymous diseases",
        "Write a patient leaflet paragraph explaining the difference between Alzheimer's disease and Parkinson's disease, and when a Doppler ultrasound might be used.",
    ),
    (
        "grace period and jack up",
        "Explain in plain English what the grace period on our invoices means and whether we can jack up the late fee to £40.",
    ),
    (
        "storm warning, places",
        "Turn this into a risk note: The Met Office has issued an amber warning for Storm Bronagh, with gusts of 70mph expected over St Albans and Hamilton on Tuesday.",
    ),
    (
        "release notes, software names",
        "Write release notes: Jenkins pipeline migrated to GitHub Actions; Kafka consumers upgraded; Ansible playbooks for the Jira server retired.",
    ),
    (
        "room booking policy, named rooms",
        "Rewrite this room booking policy: The Nightingale ward day room and the Turing room can be booked via Outlook. The Brunel and Faraday suites are for board use only.",
    ),
    (
        "laws named after people",
        "Explain Clare's Law and Sarah's Law to new call handlers in three short paragraphs.",
    ),
    (
        "prizes, place named Kimberley",
        "Draft a staff newsletter item: two of our alumni were shortlisted for the Turner Prize, and our partner university in Kimberley has hosted a Nobel Prize lecture series since 2019.",
    ),
    (
        "hope, bill, frank, mark, crystal clear",
        "Make this sound more confident: I hope the board will accept the bill as drafted; to be frank, the mark-up on the contract is already crystal clear.",
    ),
    (
        "café menu, sunny, summer, rose",
        "Our Sunny Side Up café in Victoria needs a summer menu. Suggest ten dishes under £9 and a name for a rose lemonade.",
    ),
    (
        "will writing and penny-pinching",
        "Remind staff that the Employee Assistance Programme offers free will writing, and that the penny-pinching measures announced in the summer are now over.",
    ),
    (
        "HR note, eponymous conditions",
        "Draft an HR note on reasonable adjustments for colleagues living with Crohn's disease, Tourette's syndrome or Raynaud's; keep it under 200 words.",
    ),
    (
        "port schedule, ship names",
        "Summarise the port schedule: the Queen Mary 2 arrives Tuesday, HMS Victory's anniversary event is on Thursday, and the Cutty Sark exhibition barge is delayed by fog.",
    ),
    (
        "rota, days, months and holidays",
        "Plan a rota for May: cover is needed on May Day, Whit Monday and the August bank holiday; June and July are fully staffed, and we need Saint Patrick's Day cover in Belfast next March.",
    ),
    (
        "software comparison",
        "Compare Salesforce, HubSpot and Zendesk for a 40-seat support team; we currently use Jira Service Management and Confluence.",
    ),
    (
        "fleet policy, car makes named after people",
        "Write a fleet policy: pool cars are Ford Focus, Vauxhall Astra and Toyota Corolla; directors may choose a Tesla Model 3 or a Mercedes-Benz EQA. Ferrari and Lamborghini hire is not reimbursable.",
    ),
    (
        "US itinerary, cities named like people",
        "Create an itinerary: fly into Austin, drive to San Antonio, then on to Houston and Lafayette; return via Charlotte and Raleigh.",
    ),
    (
        "Australian site visits",
        "Write a site-visit schedule for Adelaide, Darwin, Hobart and the Kimberley region, plus our depot in Alice Springs.",
    ),
    (
        "stadium calendar",
        "Summarise the events calendar for Wembley Stadium, the Emirates, St James' Park and Old Trafford for Q3.",
    ),
    (
        "award nomination",
        "Draft the nomination for the Queen's Award for Enterprise; mention that we already hold a King's Award for Sustainable Development.",
    ),
    (
        "patient sheet, eponymous endocrine conditions",
        "Explain Hashimoto's thyroiditis, Cushing's syndrome and Addison's disease in simple words for a patient information sheet.",
    ),
    (
        "physics revision, eponymous laws",
        "Explain the Doppler effect, Ohm's law and Newton's third law for a Year 9 revision sheet.",
    ),
    (
        "signage, named rooms and halls",
        "Write signage text: Fleming Lab (level 2), Curie meeting room (level 3), the Mandela Hall (ground floor) and the Pankhurst Centre reception.",
    ),
    (
        "brook, river, mark, summer, penny as words",
        "Rewrite: We can brook no delay on the river works, so mark the summer deadlines clearly and make sure every penny is accounted for.",
    ),
    (
        "job ad, nursery named Rose Cottage",
        "Write a job ad for a part-time bookkeeper at Rose Cottage Nurseries in Wimborne: Monday to Wednesday, hours flexible, busiest from March to August.",
    ),
    (
        "bank results table",
        "Summarise the Q2 results of Goldman Sachs, JP Morgan, Lloyds and Barclays in a table.",
    ),
    (
        "condiment brands",
        "Write tasting notes comparing Heinz, Hellmann's and Colman's mustard for our staff canteen survey.",
    ),
    (
        "procurement memo, retailers named after people",
        "Draft a procurement memo: switch stationery from WH Smith to Ryman, and uniforms from Marks & Spencer to John Lewis.",
    ),
    (
        "hotel comparison",
        "Write a hotel comparison for our offsite: Hilton Garden Inn, Marriott Courtyard, the Savoy and the Ritz.",
    ),
    (
        "school closure, storm and campuses",
        "Write a school closure notice: due to Storm Darragh, the Victoria and Albert campuses will close early on Friday.",
    ),
    (
        "flood plan, rivers and Wellington depot",
        "Write a flood plan for sites along the Severn, the Trent and the Avon; the Wellington depot is above the flood line.",
    ),
    (
        "team-building, brands",
        "Suggest team-building ideas: a Disney quiz night, a Lego build-off, or a Warner Bros studio tour.",
    ),
    (
        "tooling, Jenkins and Grafana",
        "Explain how to configure Ansible, Terraform and Jenkins together; our Jenkins agent runs on Ubuntu and reports to Grafana.",
    ),
    (
        "space programme names",
        "Summarise the budgets of the Hubble, Kepler and Copernicus programmes in one paragraph for a board paper.",
    ),
    (
        "out-of-office, holidays",
        "Write an out-of-office message for Easter Monday, Boxing Day and Christmas Eve, pointing customers to the Help Centre.",
    ),
    (
        "rail lines named after monarchs",
        "Summarise the timetable change for the Elizabeth line, the Jubilee line and the Victoria line from 19 May.",
    ),
    (
        "South African sales route",
        "Plan a sales route: Johannesburg, Kimberley, Bloemfontein, Port Elizabeth and East London; our Pietermaritzburg depot restocks weekly.",
    ),
    (
        "Indian firms named after families",
        "Compare Tata, Mahindra and Bajaj two-wheeler warranties; include Hero MotoCorp and the Godrej service network.",
    ),
    (
        "sunny, hopes, rosy, amber as words",
        "Make this upbeat: Sunny spells expected all week; hopes are high, spirits are rosy, and the amber lights on the dashboard mean nothing serious.",
    ),
    (
        "funding bodies named after people",
        "Draft a funding bid summary for the Wellcome Trust and the Nuffield Foundation, stressing our work in Hamilton and Dundee.",
    ),
    (
        "ward stock, eponymous equipment",
        "Summarise our stock of Foley catheters, Guedel airways and Venturi masks for the Nightingale wing.",
    ),
    (
        "bill of rights, private member's bill",
        "Explain what a Bill of Rights is compared with a Private Member's Bill, and what Royal Assent means.",
    ),
    (
        "fund names",
        "Write a two-line summary of the Hope Street Capital fund's performance against the Jupiter Income and Baillie Gifford funds.",
    ),
    (
        "department stores",
        "Rewrite this headline: Harrods and Selfridges see record footfall as Primark opens a new store on Oxford Street.",
    ),
    (
        "voice assistants",
        "Suggest onboarding emails for users of our Alexa, Siri and Cortana integrations.",
    ),
    (
        "football scores, clubs named after places",
        "Summarise the weekend's scores for Hamilton Academical, Queen of the South and Wellington Phoenix.",
    ),
    (
        "plant names with given names",
        "Write care instructions for black-eyed Susan, sweet william and creeping Jenny in a shady border.",
    ),
    (
        "cocktail menu",
        "Write a menu blurb for our Bloody Mary, Tom Collins and Moscow Mule cocktails.",
    ),
    (
        "project schedule, days and months",
        "Turn this into a schedule: kick-off Monday 2 March, design freeze in April, testing through May and June, go-live on Friday 4 September.",
    ),
    (
        "concert halls",
        "Write a programme note for our staff choir's carol evening at the Royal Albert Hall and the Wigmore Hall.",
    ),
]

LABELLED: list[tuple[str, str, str]] = [("en", shape, marked) for shape, marked in TEXTS]

TITLES = ("Mr ", "Mrs ", "Ms ", "Dr ", "DC ", "DS ", "Sgt ", "Cllr ", "Nurse ", "Coach ", "Revd ", "PC ", "Supt ")


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

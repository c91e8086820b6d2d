# ruff: noqa: E501
"""An independent probe of person names written with initials or by surname: 140 prompts (69 in
English, 71 in Dutch or Flemish) that someone would paste into an AI chat tool, with 617 marked
occurrences (316 English, 301 Dutch), and 45 benign prompts (22 English, 23 Dutch) with no person in
them but full of look-alikes.

The labelled texts are HR letters, client letters, minutes with attendee lists, county court,
Dutch rechtbank and Flemish ondernemingsrechtbank extracts, notarial deeds, medical referral,
discharge and SOEP notes (NEN 7510 context), invoices, contracts and leases with signatories, CSV,
pipe-table and register exports, e-mail threads with Outlook headers, APA and Vancouver author lists,
committee, council and inspection reports, shift logs, rosters and chats. Names stand as "J. Okafor",
"J Okafor", "JP Mahlangu", "Okafor, J.", "Okafor J", "Kuijpers J.A.M.", "BAKKER, J.W.",
"A.B.C. de Wit-Verhoeven", after titles ("mw.", "dhr.", "Mr", "Dr.", "prof. dr. ir.", "drs.",
"mr.", "Adv.", "Dame", "Cllr", "juf", "Schepen"), as a surname alone after a title ("meneer
Verhoeven", "Ms Achterberg") and with none, as the subject of a sentence ("Nwosu approved it",
"Van der Linde belt terug", "Bakker en Smit zijn het oneens"), in lower case ("j. de boer",
"r post"), in capitals, in signatures, with particles (van, de, van der, ten, ter, van 't, in 't,
d', op den, Mc, Mac, Mac an, O', Ó, Ní, Nic, ap, ab, bin, al-) and as double-barrelled names, and
with surnames that are ordinary Dutch or English words (Bakker, Visser, Smit, de Groot, Koster,
Mulder, de Wit, Kok, Schipper, Brouwer, Post, Dekker; Baker, Fisher, Smith, Cook, Wood, Green,
Hill, Moore, Rose, Young). Every name is invented. Titles stay outside a mark, particles inside
("mw. [[PERSON:I. van 't Hek]]"), a possessive 's outside. The benign texts hold abbreviations
with dots (i.v.m., t.a.v., a.s., o.a., e.g., U.S., N.V., B.V., p.p., N.B.), firm names
("Bakker Logistiek B.V.", "Smith & Wesson", "Kok & Post Installatietechniek V.O.F."), street and
place names (Dekkerstraat, Ten Boer, Green Park, Rose Hill), ward names, initialisms, product codes
("J.5 module", "A.B.-3"), templates with blank name fields, and the word-surnames used as words.

Written by a different author from the engine's rules, without reading the engine, its tests, its
corpora or the other probes (only bench/dev_marks.py, the scoring harness, and the first 70 and
last 30 lines of bench/unseen3_en_names.py, for the file layout, were read). Every text and every
mark was written in full before the engine first ran, and nothing in TEXTS or BENIGN was changed
after that run.

First run (2026-12-07, the only run; --misses): PERSON recall 0.771 (476/617); en 0.801 (253/316),
nl 0.741 (223/301); any-type recall 0.771 (476/617); benign texts with a PERSON finding: 3/45.

Recall by form (found/total; the 141 misses by class):
  initials with dots + surname, proper case   212/224  12 missed: D. Hill (signature), S. Hill,
      F. al-Hashimi, T. Al-Sayed, T. Mwangi (table row), H. Park, P. Okeke, L. ab Owain,
      P.M. Treloar (after "Dame"), P. D'hondt (after "dhr."), F. Bouzidi and R. Post (signatures).
  "Surname, Initials", proper case              50/53    3 missed: Hill, D. twice in From:/To:
      headers (Rose, A. and Green, M. beside it found), Mac an tSaoir, S.
  "Surname Initials" with no comma               5/26   21 missed: both Vancouver author lists
      whole (Okafor J, Lindqvist K, Hartigan PM, de Vries AB, Al-Masri R; Bakker JW, Visser M,
      van der Heide A, Oudshoorn M), the ALV presence list whole (Kuijpers J.A.M., Mulder-Ten Have E.,
      van Dam R., El Khatib S., Westerveld-Ho K.Y.), a Flemish list (Vercruysse B., Verbeke-De Vos A.,
      Vanderstraeten K., Deprez J.; only Van Damme L. found), and Venkataraman P, Walsh-Doherty AE,
      Kowalczyk M (Okafor J and Brennan KM before them found).
  capitals                                       3/14   11 missed: the register lines SMITH, J.W.,
      YOUNG, P., MOORE, A.K., O'NEILL, R., DE VRIES, P.A., VAN DER HEIJDEN, M., EL AMRANI, Y.,
      TEN BRUGGENCATE, W.H.; J.A. WOODHOUSE in a deed; the speaker label MS ADEBAYO twice
      (MR HOLLOWAY found).
  initials without dots + surname                8/16    8 missed: JP Mahlangu, JP Botha (after
      "Mr"), AM Visser twice, JW Bakker, HL Schipper, M Jansen, P Venkataraman (J Okafor, K Brennan,
      R Tahiri, RS Iyer, KT Moana found).
  lower case                                    19/35   16 missed: bare later surnames de boer (en
      and nl), smith, smit, bakker (twice), de vries, de wit, okafor and mcallister in a chat; with
      initials t. greenwood (after "mrs"), k. o'brien, a. mensah, b. o'connor, m de wit, r post.
  surname alone after a title                   63/66    3 missed: al-Hashimi after "Dr",
      Goossens after "Burgemeester", and one of the two mentions of Van der Meer (only "Meer" found).
  surname alone, no title, not a common word    84/111  27 missed: subjects and list items such
      as Nwosu and Hartigan (twice each, Castellanos in the same text found), MacGregor, McKenzie
      (twice), Marchetti, Oduya, Okeke, Botha, Grimshaw, Haworth (twice, after "duty manager"),
      Mbeki-Jones, Achterberg (table cell), Verhoeven (twice), Jansen, Kuijpers, Mahlangu, Yılmaz,
      D'hondt, Van den Bossche, In 't Veld, Tjon-A-Fong, Vandenbroucke (after "Schepen").
  surname alone, no title, a common word        32/72   40 missed: nl 31 (Bakker 4, Smit 4,
      Dekker 4, Visser 4, Schipper 4, Koster 4, Brouwer 2, Mulder, Kok, Post, de Jong, de Boer),
      en 9 (Hill 3, Fisher 2 as table cells, Young 2, Green, Rose); whole texts of them were missed
      (the MR minutes, the Koster/Schipper roster, "Van der Linde belt terug" where only
      Van der Linde was found, "De Groot heeft de sleutels" where only De Groot was found).
The 3 benign texts with a PERSON finding: London place names made of word-surnames ('Rose Hill'),
hospital ward names ('Rose Ward', 'Willow Ward', 'Ward'), and a Dutch abbreviation with the word
after it ('o.a. afhankelijk'). Unscored spans in the labelled texts also show the Dutch journal
abbreviation 'Ned Tijdschr' taken as a name and partial spans such as 'Mac' and 'R.F. Tjon'.

    python bench/unseen4_initials.py [--misses]
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
# Titles and forms of address stay outside a mark.
TITLES = (
    "Mr ",
    "Mr. ",
    "Mrs ",
    "Mrs. ",
    "Ms ",
    "Ms. ",
    "Dr ",
    "Dr. ",
    "dr. ",
    "dr ",
    "Prof ",
    "Prof. ",
    "prof. ",
    "drs. ",
    "Drs. ",
    "ir. ",
    "Ir. ",
    "ing. ",
    "mr. ",
    "dhr. ",
    "Dhr. ",
    "mw. ",
    "Mw. ",
    "mevr. ",
    "Mevr. ",
    "meneer ",
    "Meneer ",
    "mevrouw ",
    "Mevrouw ",
    "de heer ",
    "Cllr ",
    "Revd ",
    "Adv. ",
    "Sir ",
)

# (language, shape, marked text)
TEXTS: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- English
    (
        "en",
        "HR letter, title + surname, initials + surname, signature",
        """Please tidy up this letter before I send it:

Dear Mr [[PERSON:Thandeka]],

Further to your meeting with [[PERSON:J. Okafor]] (HR Business Partner) on 14 November, we confirm that your request for flexible working has been approved. [[PERSON:Okafor]] will send you the amended contract, which must be countersigned by your line manager, [[PERSON:S.M. Fairbrother]].

Yours sincerely,

[[PERSON:R.T. Ashdown-Clarke]]
Head of People""",
    ),
    (
        "en",
        "minutes with attendee list, surnames later",
        """Can you turn these minutes into a short summary with action points?

Project Board - minutes, 3 March
Present: [[PERSON:A. Nwosu]] (chair), [[PERSON:K. Lindqvist]], [[PERSON:P.J. McAllister]], [[PERSON:D. O'Sullivan-Byrne]], [[PERSON:T. Hamid]]
Apologies: [[PERSON:M. Baker]]

1. Budget. [[PERSON:Nwosu]] reported an overspend of £42k on the data platform. [[PERSON:McAllister]] asked whether the contingency could cover it; [[PERSON:Lindqvist]] said it could not.
2. Hiring. [[PERSON:Hamid]] to draft the job description by 17 March.
3. AOB. [[PERSON:O'Sullivan-Byrne]] will circulate the updated risk log.""",
    ),
    (
        "en",
        "county court judgment extract",
        """Summarise this judgment extract for my client in plain English:

IN THE COUNTY COURT AT LEEDS
Claim No. K00LS417
Claimant: Mr [[PERSON:D.A. Greenwood]]
Defendant: Dr [[PERSON:S. Ramaswamy]]

1. The claimant, Mr [[PERSON:Greenwood]], let the property at 14 Hill Rise to the defendant under an assured shorthold tenancy.
2. [[PERSON:Greenwood]] says rent of £3,150 is outstanding. Dr [[PERSON:Ramaswamy]] says the boiler was broken for eleven weeks.
3. On balance I prefer the evidence of [[PERSON:Ramaswamy]].

District Judge [[PERSON:H.L. Mbatha-Fraser]]""",
    ),
    (
        "en",
        "medical referral letter",
        """Rewrite this referral more concisely, keep the clinical content:

Dear Dr [[PERSON:Nwachukwu]],

Re: Mrs [[PERSON:E. Fisher]], DOB 02/09/1961

I would be grateful if you could see Mrs [[PERSON:Fisher]], who has had intermittent chest pain on exertion for six weeks. Resting ECG normal, troponin negative. Her daughter, Ms [[PERSON:L. Fisher-Kowalczyk]], has asked to attend appointments with her.

Kind regards,
Dr [[PERSON:G.H. Patel]]
GP, Riverside Surgery""",
    ),
    (
        "en",
        "contract signature block",
        """Check this signature block for errors:

Signed for and on behalf of Brightwater Analytics Ltd
by [[PERSON:M.K. Osei]], Director

Signed for and on behalf of Hollins & Crane LLP
by [[PERSON:C. Wood]], Partner

Witness: [[PERSON:F. de Souza]]
Date: 28 November 2026""",
    ),
    (
        "en",
        "CSV export, Surname, Initials",
        """Sort this staff export by team and tell me which teams have fewer than two people:

name,team,grade,start
"[[PERSON:Smith, J.]]",Finance,B2,2019-04-01
"[[PERSON:Young, R.A.]]",Finance,C1,2021-09-13
"[[PERSON:Adeyemi, O.]]",Legal,B1,2018-01-08
"[[PERSON:Cook, T.]]",Operations,A3,2022-06-20
"[[PERSON:Moore, H.L.]]",Operations,B2,2020-02-03
"[[PERSON:Nakamura, Y.]]",IT,C2,2017-11-27""",
    ),
    (
        "en",
        "e-mail thread with Outlook headers, English-word surnames",
        """Summarise this thread and draft a reply from me:

From: [[PERSON:Hill, D.]]
Sent: 12 February 2026 09:14
To: [[PERSON:Rose, A.]]; [[PERSON:Green, M.]]
Subject: Q1 forecast

All, the forecast is late again. Can someone chase Finance?

[[PERSON:D. Hill]]

-----
From: [[PERSON:Rose, A.]]
Sent: 12 February 2026 10:02
To: [[PERSON:Hill, D.]]
Cc: [[PERSON:Green, M.]]

[[PERSON:Green]] is on leave until Monday; I'll ask [[PERSON:Fitzgerald]] in FP&A.""",
    ),
    (
        "en",
        "APA reference and in-text citation",
        """Format this reference in APA 7 and give me the in-text citation:

[[PERSON:Ramaswamy, S.]], [[PERSON:Okonkwo-Bell, T. A.]], [[PERSON:van der Merwe, J.]], & [[PERSON:Ní Bhriain, C.]] (2024). Tokenisation effects in low-resource clinical NER. Journal of Biomedical Informatics, 151, 104612.

I currently cite it as ([[PERSON:Ramaswamy]] et al., 2024) - is that right?""",
    ),
    (
        "en",
        "paper author list with affiliations",
        """Who is the corresponding author here, and which authors are from Glasgow?

[[PERSON:L.M. Castellanos]]¹, [[PERSON:W. Zhang]]², [[PERSON:K. Adebayo-Smith]]¹, [[PERSON:R. MacGillivray]]¹*
¹ Department of Epidemiology, University of Glasgow; ² School of Public Health, Fudan University
* Corresponding author.""",
    ),
    (
        "en",
        "council committee report",
        """Make this committee report more formal:

The Audit Committee met on 9 October. Cllr [[PERSON:Baker]] questioned the delay to the leisure centre. The Treasurer, [[PERSON:P. Mulvaney]], explained that the contractor had gone into administration. [[PERSON:Mulvaney]] recommended a new tender. Cllr [[PERSON:Baker]] and Cllr [[PERSON:Iqbal]] voted against; the motion was carried.""",
    ),
    (
        "en",
        "lower-case initials and surnames",
        """fix the grammar pls: spoke to [[PERSON:j. de boer]] and [[PERSON:r. smith]] about the rota. [[PERSON:de boer]] says he cant do weekends, [[PERSON:smith]] is fine with it. also [[PERSON:m. nowak]] wants the friday off""",
    ),
    (
        "en",
        "surnames alone as subject",
        """Summarise in two sentences: [[PERSON:Nwosu]] approved the change request on Tuesday. [[PERSON:Hartigan]] objected because the rollback plan was missing, but [[PERSON:Nwosu]] overruled him. [[PERSON:Castellanos]] has since written the rollback plan and [[PERSON:Hartigan]] has signed it off.""",
    ),
    (
        "en",
        "title + surname alone",
        """Draft an apology e-mail to Ms [[PERSON:Achterberg]]. She waited 40 minutes for Dr [[PERSON:Nwosu]], who had been called to theatre. Mr [[PERSON:Delacroix]] at reception did not tell her about the delay.""",
    ),
    (
        "en",
        "double-barrelled surnames in a newsletter",
        """Rewrite this intro for the staff newsletter: Please welcome [[PERSON:H. Pemberton-Oyelaran]], who joins Legal from our Bristol office, and [[PERSON:C.J. Rhys-Vaughan]], our new procurement lead. [[PERSON:Pemberton-Oyelaran]] will cover employment matters; [[PERSON:Rhys-Vaughan]] starts on 5 January.""",
    ),
    (
        "en",
        "Mc, Mac, O', D' and Irish surnames in a list",
        """Put these in alphabetical order the way a library catalogue would:
[[PERSON:McAlister, F.]]; [[PERSON:MacDonald, I.]]; [[PERSON:O'Rourke, B.]]; [[PERSON:D'Arcy, P.]]; [[PERSON:Mac an tSaoir, S.]]; [[PERSON:Ó Dubhghaill, N.]]""",
    ),
    (
        "en",
        "Arabic particles al- and bin",
        """Summarise this clinic note for the discharge letter: Seen by Dr [[PERSON:F. al-Hashimi]] with the patient's brother, Mr [[PERSON:Y. bin Zakaria]], who interpreted. Dr [[PERSON:al-Hashimi]] recommended a repeat scan in six weeks. [[PERSON:Bin Zakaria]] will bring the patient back.""",
    ),
    (
        "en",
        "signature only",
        """Check the tone of this e-mail:

Hi team,

The office will be closed on Friday for the electrical inspection. Please take your laptops home on Thursday.

Thanks,
[[PERSON:T.J. Okoro-Mensah]]
Facilities""",
    ),
    (
        "en",
        "shift log, initials without dots",
        """Summarise the shift log for the manager:
07:00 handover from [[PERSON:J Okafor]] to [[PERSON:K Brennan]].
09:30 [[PERSON:K Brennan]] reported a leak in Bay 4.
11:15 [[PERSON:Okafor]] called back re: the leak.
13:00 [[PERSON:P Venkataraman]] took over from [[PERSON:Brennan]].""",
    ),
    (
        "en",
        "Surname Initials without comma",
        """Reformat this list as 'Initials Surname': [[PERSON:Okafor J]]; [[PERSON:Brennan KM]]; [[PERSON:Venkataraman P]]; [[PERSON:Walsh-Doherty AE]]; [[PERSON:Kowalczyk M]]""",
    ),
    (
        "en",
        "register in capitals",
        """Convert this tenants' register to title case:
[[PERSON:SMITH, J.W.]] | Flat 3 | tenant since 2015
[[PERSON:YOUNG, P.]] | Flat 4 | tenant since 2019
[[PERSON:MOORE, A.K.]] | Flat 5 | tenant since 2023
[[PERSON:O'NEILL, R.]] | Flat 6 | tenant since 2022""",
    ),
    (
        "en",
        "conference programme with titles",
        """Draft a one-line intro for each speaker:
09:30 Keynote - Prof. [[PERSON:K.A. Boateng]] (University of Ghana)
10:15 Panel - Dr. [[PERSON:S Ramaswamy]], Ms [[PERSON:E. Lindgren]] and Mr [[PERSON:R. Thandeka]]
11:30 Workshop - [[PERSON:B. Whitlock]]""",
    ),
    (
        "en",
        "English-word surnames in an incident note",
        """Can you make this incident note neutral? [[PERSON:Baker]] and [[PERSON:Fisher]] were both on the loading bay when the pallet fell. [[PERSON:Fisher]] says [[PERSON:Baker]] was operating the forklift; [[PERSON:Baker]] says he had handed it to [[PERSON:Cook]] ten minutes earlier. [[PERSON:Cook]] was not interviewed.""",
    ),
    (
        "en",
        "Wood and Hill as people",
        """Summarise: Mr [[PERSON:Wood]] from the tenants' association met Ms [[PERSON:Hill]] to discuss the damp in Block C. [[PERSON:Hill]] agreed to send a surveyor. [[PERSON:Wood]] wants that in writing.""",
    ),
    (
        "en",
        "Young and Rose as people",
        """Rewrite as bullet points: [[PERSON:Young]] (Finance) and [[PERSON:Rose]] (Procurement) signed off the new supplier. [[PERSON:Rose]] flagged the late-payment clause; [[PERSON:Young]] said it was standard.""",
    ),
    (
        "en",
        "invoice with attention line",
        """Extract the key fields of this invoice as JSON:

INVOICE 2026-0418
Bill to: Harrowgate Dental Practice, attn. [[PERSON:A.R. Moore]]
Description: annual maintenance, 2 chairs
Amount: £1,840.00 excl. VAT
Approved by: [[PERSON:Green, T.]]
Payment terms: 30 days. Please quote ref. GR-77.""",
    ),
    (
        "en",
        "disciplinary investigation",
        """Summarise this investigation report in 150 words:

Investigating officer: [[PERSON:N. Chaudhry]]. Employee: Mr [[PERSON:L. Kovačević]]. Witnesses: Ms [[PERSON:A. Rose]], Mr [[PERSON:B. Hill]].

On 4 June Mr [[PERSON:Kovačević]] was seen leaving the warehouse with two boxes. Ms [[PERSON:Rose]] states she saw the boxes in his car. Mr [[PERSON:Hill]] could not confirm this. [[PERSON:Chaudhry]] recommends a final written warning.""",
    ),
    (
        "en",
        "deed execution clause",
        """Explain this clause in plain English:

IN WITNESS WHEREOF this Deed has been executed on the date first written above.
EXECUTED as a DEED by [[PERSON:J.A. WOODHOUSE]]
in the presence of:
Witness name: [[PERSON:P. Ní Mhaonaigh]]
Address: 12 Green Lane, Kilkenny
Occupation: Solicitor""",
    ),
    (
        "en",
        "lower-case chat with titles",
        """tidy this up for teams: hi all, dr [[PERSON:nwosu]] asked if [[PERSON:okafor]] can cover tues night. pls tell [[PERSON:mcallister]] too, she does the rota""",
    ),
    (
        "en",
        "Irish Ní, Nic, Mac and Ó surnames",
        """Summarise these minutes:
Present: [[PERSON:S. Nic Giolla Phádraig]], [[PERSON:A. Ní Chonaill]], [[PERSON:D. Mac Cárthaigh]], [[PERSON:É. Ó Súilleabháin]]
[[PERSON:Ní Chonaill]] presented the Irish-language signage plan. [[PERSON:Mac Cárthaigh]] asked about the cost. [[PERSON:Nic Giolla Phádraig]] will seek three quotes.""",
    ),
    (
        "en",
        "Indian initials in a reference",
        """Turn these notes into a reference letter: Candidate: [[PERSON:R.K. Bhattacharjee]]. Worked under me (Dr [[PERSON:V.S. Subramanian]]) from 2019 to 2023 as a research assistant. [[PERSON:Bhattacharjee]] ran the cohort follow-ups and co-authored two papers with [[PERSON:A. Iyengar]].""",
    ),
    (
        "en",
        "South African hearing",
        """Summarise: The disciplinary hearing was chaired by Adv. [[PERSON:T.N. Mahlangu]]. The employee, Mr [[PERSON:JP Botha]], was represented by [[PERSON:Z. Dlamini-Naidoo]] of the union. [[PERSON:Mahlangu]] found the charge of absenteeism proven; [[PERSON:Botha]] may appeal within five working days.""",
    ),
    (
        "en",
        "interview transcript speaker labels in capitals",
        """Summarise this interview transcript:
MR [[PERSON:HOLLOWAY]]: When did you first notice the discrepancy?
MS [[PERSON:ADEBAYO]]: In the March reconciliation.
MR [[PERSON:HOLLOWAY]]: And you told Mr [[PERSON:Greaves]]?
MS [[PERSON:ADEBAYO]]: I told [[PERSON:Greaves]] and Ms [[PERSON:Lindqvist]] the same day.""",
    ),
    (
        "en",
        "org chart",
        """Turn this into a mermaid org chart:
CEO: [[PERSON:A. Farouk]]
- CFO: [[PERSON:L. Smith-Jones]]
  - Financial Controller: [[PERSON:P. Kaur]]
- CTO: [[PERSON:D. Van Wyk]]
  - Head of Platform: [[PERSON:M. de la Cruz]]
  - Head of Data: [[PERSON:S. Ogunleye]]""",
    ),
    (
        "en",
        "visitor sign-in table",
        """Count visitors per host:
Visitor | Host | Time in
[[PERSON:K. Brown]] | [[PERSON:Fisher]] | 08:52
[[PERSON:T. Mwangi]] | [[PERSON:Fisher]] | 09:10
[[PERSON:R. Lowe]] | [[PERSON:Achterberg]] | 09:45""",
    ),
    (
        "en",
        "insurance claim",
        """Draft a reply to the policyholder: Claim ref CL-55120. Policyholder: Mr [[PERSON:D.J. Hardcastle]]. Third party: Ms [[PERSON:Y. Oyekunle]]. Our assessor, [[PERSON:G. Fairweather]], inspected the vehicle on 2 May. [[PERSON:Hardcastle]] disputes the assessment and wants a second opinion.""",
    ),
    (
        "en",
        "tenancy complaint, surnames with titles",
        """Ms [[PERSON:Kowalczyk]] in flat 2 has complained about noise from Mr [[PERSON:Delaney]] upstairs. [[PERSON:Delaney]] denies it. Write a neutral letter to both of them.""",
    ),
    (
        "en",
        "grant application team section",
        """Shorten the team section: The project is led by Prof. [[PERSON:H.J. Okonji]] (PI) with Dr [[PERSON:M. Takahashi]] and Dr [[PERSON:E.F. Lindqvist-Berg]] as co-investigators. [[PERSON:Okonji]] has supervised 14 PhDs; [[PERSON:Takahashi]] leads the imaging core.""",
    ),
    (
        "en",
        "board resolution",
        """Check the wording of this resolution: RESOLVED THAT [[PERSON:M.A. Cheung]] be appointed as a director of the Company with effect from 1 January 2027 and that the resignation of [[PERSON:R. Fisher]] as company secretary be accepted.
Signed: [[PERSON:T.W. Harrington]], Chair""",
    ),
    (
        "en",
        "timesheet with Surname, Initial",
        """Add up the hours per person:
Week 48
[[PERSON:Cook, A.]] - Mon 8, Tue 7.5, Wed 8
[[PERSON:Wood, S.]] - Mon 6, Tue 6
[[PERSON:Baker, L.]] - Wed 8, Thu 8, Fri 4
[[PERSON:Cook, A.]] - Thu 8""",
    ),
    (
        "en",
        "coach's notes, surnames only",
        """Turn my match notes into a short report for the parents' group: [[PERSON:Marchetti]] was excellent at centre back. [[PERSON:Ayodele]] needs to track back more. [[PERSON:Ferreira]] and [[PERSON:Nakashima]] pressed well. 60' [[PERSON:Ferreira]] off, [[PERSON:Quigley]] on.""",
    ),
    (
        "en",
        "security log",
        """Summarise the security log:
22:40 Guard [[PERSON:R. Mensah]] found the side door open.
22:42 Informed duty manager [[PERSON:Haworth]].
22:55 [[PERSON:Haworth]] attended and checked CCTV.
23:10 Door secured by [[PERSON:Mensah]].""",
    ),
    (
        "en",
        "letter to a couple, street look-alike",
        """Draft a letter to Mr and Mrs [[PERSON:Castellano-Reyes]] confirming the viewing of 12 Rose Court on Saturday at 11:00. The agent on site will be [[PERSON:T. Bright]].""",
    ),
    (
        "en",
        "US deposition excerpt",
        """Summarize this deposition excerpt:
Q. (By Mr. [[PERSON:Kessler]]) Did you ever speak with Mr. [[PERSON:Dunleavy]] about the invoices?
A. No. I only spoke with [[PERSON:Pruett]].
Q. And [[PERSON:Pruett]] reported to whom?
A. To Ms. [[PERSON:Vandermeer]].""",
    ),
    (
        "en",
        "Vancouver-style author list",
        """Check this reference for Vancouver style: [[PERSON:Okafor J]], [[PERSON:Lindqvist K]], [[PERSON:Hartigan PM]], [[PERSON:de Vries AB]], [[PERSON:Al-Masri R]]. Early mobilisation after hip fracture surgery: a cohort study. BMJ Open. 2025;15:e081234.""",
    ),
    (
        "en",
        "ethics committee decision",
        """Summarise the ethics committee decision:
Chair: Prof. [[PERSON:D. Whitcombe]]
Members present: Dr [[PERSON:A. Ekwueme]], Dr [[PERSON:J. Moore]], Ms [[PERSON:F. Greenhalgh]] (lay member), Revd [[PERSON:P. Abernethy]]
The committee noted a conflict of interest declared by Dr [[PERSON:Moore]]; [[PERSON:Moore]] left the room for item 4.""",
    ),
    (
        "en",
        "signature with double-barrelled name",
        """Make this shorter:

Hi both, I've attached the Q3 dashboard. The churn figure on page 2 is provisional until Finance confirms it.

Best,
[[PERSON:K. Nakashima-Reid]]
Senior Analyst""",
    ),
    (
        "en",
        "CV references",
        """Shorten my CV references section:
1. Dr [[PERSON:L. Oyarzún]], Universidad de Chile, former supervisor
2. Mr [[PERSON:P. Grünewald]], former line manager at Halberd Systems
3. Ms [[PERSON:N. Ó Ceallaigh]], client, Dublin""",
    ),
    (
        "en",
        "tribunal list of parties",
        """Explain who is who:
Claimant: Ms [[PERSON:V. Szabó]]
Respondent: Northgate Care Homes Ltd
Before: Employment Judge [[PERSON:Pennington]]
Members: Mr [[PERSON:J. Ogundipe]], Ms [[PERSON:C. Rowntree]]
Appearances: for the Claimant, Mr [[PERSON:A. Desai]] (counsel); for the Respondent, Ms [[PERSON:H. Lyle]] (solicitor)""",
    ),
    (
        "en",
        "staff rota with surnames only",
        """Make a fair weekend rota from this: available Saturdays - [[PERSON:Green]], [[PERSON:Patel]], [[PERSON:Hill]]; available Sundays - [[PERSON:Hill]], [[PERSON:Mbeki-Jones]], [[PERSON:Young]]. [[PERSON:Patel]] can't do two weekends in a row.""",
    ),
    (
        "en",
        "e-mail header with title and initials",
        """Write a polite reply to this:

From: Dr [[PERSON:I.K. Nyamekye]]
To: Admissions
Subject: Application of [[PERSON:S. Adjei-Baffour]]

Dear colleagues, I write in support of my student [[PERSON:Adjei-Baffour]], whose application appears to have been misfiled. Kind regards, [[PERSON:I.K. Nyamekye]]""",
    ),
    (
        "en",
        "parent complaint with Smith as subject",
        '''Help me reply to this parent: "[[PERSON:Smith]] in Year 9 keeps taking my daughter's lunch. Mrs [[PERSON:Okonedo]] said she would deal with it and nothing happened. I want to speak to Mr [[PERSON:Threlfall]]."''',
    ),
    (
        "en",
        "handover note with initials in lower case",
        """clean up my handover: bed 4 mrs [[PERSON:t. greenwood]] - obs stable, family visiting pm. bed 7 [[PERSON:k. o'brien]] - awaiting bloods, dr [[PERSON:ahmadi]] to review. bed 9 [[PERSON:h. van dijk]] - discharge tomorrow if [[PERSON:ahmadi]] agrees""",
    ),
    (
        "en",
        "purchase order approver",
        """Is this PO complete? PO 88123 - 40 x ergonomic chairs - requested by [[PERSON:N. Hussain]] - budget holder [[PERSON:Moore, P.]] - approved 12/11 - delivery to Level 3, att. [[PERSON:K. Rose]]""",
    ),
    (
        "en",
        "MacGregor and McKenzie in narrative",
        """Summarise: [[PERSON:MacGregor]] led the audit of the Aberdeen depot. [[PERSON:McKenzie]] disagreed with two findings and asked [[PERSON:A.J. MacGregor]] to re-check the fuel logs. The final report is signed by both [[PERSON:MacGregor]] and [[PERSON:McKenzie]].""",
    ),
    (
        "en",
        "Scandinavian and Slavic names with initials",
        """Summarise the steering group notes: [[PERSON:H. Sørensen]] presented the migration plan. [[PERSON:M. Wiśniewska]] raised the licence cost. [[PERSON:Sørensen]] and [[PERSON:Wiśniewska]] will meet the vendor; [[PERSON:J. Halvorsen]] will join if available.""",
    ),
    (
        "en",
        "East Asian surnames with initials",
        """Draft thank-you notes for the reviewers: [[PERSON:X. Liu]] (reviewer 1), [[PERSON:H. Park]] (reviewer 2), [[PERSON:T. Nguyen]] (reviewer 3). [[PERSON:Liu]]'s comments on the sample size were especially helpful; [[PERSON:Nguyen]] spotted the table error.""",
    ),
    (
        "en",
        "US memo with middle initials",
        """Make this memo sound less defensive:

TO: [[PERSON:R. J. Halvorsen]], VP Operations
FROM: [[PERSON:K. L. Moreau]]
RE: Plant 2 downtime

As discussed with [[PERSON:Halvorsen]] on Friday, the downtime was caused by a supplier fault. [[PERSON:Moreau]] will report weekly until resolved.""",
    ),
    (
        "en",
        "mortgage application parties",
        """Summarise the parties in this file note: Applicants Mr [[PERSON:O. Baptiste]] and Mrs [[PERSON:C. Baptiste-Leroy]]. Broker: [[PERSON:F. Young]] of Hillcrest Mortgages. Underwriter [[PERSON:Grimshaw]] requested two more payslips from Mr [[PERSON:Baptiste]].""",
    ),
    (
        "en",
        "minutes with initials-and-surname actions",
        """Turn into an action table (owner, action, due):
- [[PERSON:P. Okeke]] to update the DPIA by 15/12
- [[PERSON:S. Hill]] and [[PERSON:R. Wood]] to review supplier contracts
- [[PERSON:Okeke]] to brief [[PERSON:T. Al-Sayed]] on the outcome""",
    ),
    (
        "en",
        "sentence-initial surnames in a performance review",
        """Make this calibration summary more neutral: [[PERSON:Fenwick]] exceeded targets in all four quarters. [[PERSON:Oduya]] met targets but needs coaching on stakeholder management. [[PERSON:Brennan-Lowe]] is new and not yet rated. [[PERSON:Fenwick]] is recommended for promotion.""",
    ),
    (
        "en",
        "Welsh surnames ap and ab",
        """Summarise: [[PERSON:G. ap Rhys]] chaired the meeting; [[PERSON:L. ab Owain]] took notes. [[PERSON:ap Rhys]] will write to the landowner.""",
    ),
    (
        "en",
        "clinical letter copy list",
        """Shorten this clinic letter footer:
cc: Dr [[PERSON:H. Brooks]], GP
cc: Ms [[PERSON:R. Oyelaran]], specialist nurse
cc: Patient, Mr [[PERSON:W.T. Cook]]""",
    ),
    (
        "en",
        "lease with landlord and guarantor",
        """What are the guarantor's obligations? THIS LEASE is made between [[PERSON:E.R. Hollingworth]] ("the Landlord") and [[PERSON:M. Abubakar]] ("the Tenant"), with [[PERSON:S. Abubakar]] as guarantor. The Tenant shall pay the rent to [[PERSON:Hollingworth]] monthly in advance.""",
    ),
    (
        "en",
        "Ms + surname alone repeated",
        """Write a short bio from these notes: Ms [[PERSON:Adeyemi-Clarke]] joined in 2019. Before that [[PERSON:Adeyemi-Clarke]] worked in audit at a Big Four firm. Colleagues describe Ms [[PERSON:Adeyemi-Clarke]] as meticulous.""",
    ),
    (
        "en",
        "surnames that are words as subjects",
        """Rewrite more tactfully: [[PERSON:Green]] missed the deadline again and [[PERSON:Young]] had to cover. [[PERSON:Hill]] says [[PERSON:Green]] was never told about it. [[PERSON:Rose]] will investigate.""",
    ),
    (
        "en",
        "Surname, Initials inside prose",
        """Please check the sentence: According to the list, [[PERSON:Ferreira, M.]] and [[PERSON:Takahashi, K.]] were the only two who attended all sessions.""",
    ),
    (
        "en",
        "table with initials in lower case",
        """make this a proper table: name / role
[[PERSON:a. mensah]] / chair
[[PERSON:b. o'connor]] / treasurer
[[PERSON:c. de jager]] / secretary""",
    ),
    (
        "en",
        "Dr with no full stop and two initials",
        """Summarise the care plan: Reviewed by Dr [[PERSON:RS Iyer]] and physiotherapist [[PERSON:KT Moana]]. Dr [[PERSON:Iyer]] has reduced the opioid dose. [[PERSON:Moana]] will see the patient twice weekly.""",
    ),
    (
        "en",
        "Sir and Dame honorific with initials",
        """Tighten this paragraph: The prize was presented by Sir [[PERSON:G.W. Ashcombe]] and Dame [[PERSON:P.M. Treloar]]. [[PERSON:Ashcombe]] thanked the judges.""",
    ),
    # ---------------------------------------------------------------- Dutch and Flemish
    (
        "nl",
        "HR-brief, mw. + voorletter + van 't, ondertekening",
        """Kun je deze brief iets vriendelijker maken?

Geachte heer [[PERSON:El Idrissi]],

Naar aanleiding van uw gesprek met mw. [[PERSON:I. van 't Hek]] van P&O op 12 november bevestigen wij dat uw arbeidsovereenkomst per 1 januari wordt verlengd. Mevrouw [[PERSON:Van 't Hek]] stuurt u de nieuwe overeenkomst toe.

Met vriendelijke groet,
[[PERSON:E.M. Schuitemaker]]
Manager Bedrijfsvoering""",
    ),
    (
        "nl",
        "notulen met presentielijst",
        """Maak een samenvatting met actiepunten van deze notulen:

Notulen MT-overleg 4 maart
Aanwezig: dhr. [[PERSON:K.L. El Idrissi]] (vz), mw. [[PERSON:A.B.C. de Wit-Verhoeven]], [[PERSON:J.W. Bakker]], drs. [[PERSON:M. Oudshoorn]], [[PERSON:T. ten Brink]]
Afwezig m.k.: [[PERSON:H. Smit]]
Notulist: [[PERSON:S. Koster]]

1. Opening. [[PERSON:El Idrissi]] opent de vergadering om 9.30 uur.
2. Begroting. [[PERSON:Bakker]] licht de cijfers toe. [[PERSON:De Wit-Verhoeven]] vraagt naar de post inhuur. [[PERSON:Oudshoorn]] zegt toe dit uit te zoeken.
3. Rondvraag. [[PERSON:Ten Brink]] meldt dat hij per 1 april vertrekt.
Acties: [[PERSON:Oudshoorn]] (inhuur), [[PERSON:Koster]] (verslag rondsturen).""",
    ),
    (
        "nl",
        "verwijsbrief huisarts (NEN 7510)",
        """Herschrijf deze verwijsbrief beknopter:

Aan: dr. [[PERSON:P.J. Mulder]], cardioloog
Betreft: mw. [[PERSON:G. Yıldız]], geb. 14-03-1958

Geachte collega [[PERSON:Mulder]],

Graag verwijs ik mevrouw [[PERSON:Yıldız]] naar uw polikliniek i.v.m. palpitaties sinds drie maanden. ECG toont een sinusritme. Haar zoon, dhr. [[PERSON:M. Yıldız]], tolkt zo nodig.

Met collegiale groet,
[[PERSON:R. de Groot]], huisarts""",
    ),
    (
        "nl",
        "notariële akte",
        """Leg deze passage uit in gewone taal:

Heden, zeven december tweeduizend zesentwintig, verschenen voor mij, mr. [[PERSON:A.F.M. Kuijpers]], notaris te Tilburg:
1. de heer [[PERSON:J.W. Bakker]], geboren te Breda op negen mei negentienhonderdtachtig;
2. mevrouw [[PERSON:M.C. Visser]], geboren te Oss op drie juni negentienhonderdtweeëntachtig;
hierna samen te noemen: 'de verkopers'.
De comparanten [[PERSON:Bakker]] en [[PERSON:Visser]] verklaarden het registergoed te verkopen.""",
    ),
    (
        "nl",
        "vonnis rechtbank",
        """Vat dit vonnis samen voor de cliënt:

RECHTBANK ROTTERDAM
zaaknummer: C/10/678901 / HA ZA 26-112
Vonnis van 3 december 2026 in de zaak van
[[PERSON:Y. Achterberg]], wonende te Schiedam, eiser, advocaat mr. [[PERSON:D.S. van der Linde]],
tegen
[[PERSON:K. Dekker]], wonende te Vlaardingen, gedaagde, advocaat mr. [[PERSON:R. ter Horst]].

2.1. [[PERSON:Achterberg]] heeft in 2024 een sloep gekocht van [[PERSON:Dekker]].
2.2. [[PERSON:Dekker]] stelt dat de motor bij levering in orde was.

Dit vonnis is gewezen door mr. [[PERSON:H.J. Terpstra]].""",
    ),
    (
        "nl",
        "telefoonnotitie, achternamen als onderwerp",
        """Zet deze telefoonnotitie netjes op: [[PERSON:Van der Linde]] belt terug over de offerte. [[PERSON:Bakker]] en [[PERSON:Smit]] zijn het oneens over de korting; [[PERSON:Smit]] wil 5%, [[PERSON:Bakker]] niets. Graag voor vrijdag beslissen.""",
    ),
    (
        "nl",
        "CSV-export met achternaam en voorletters",
        """Maak van deze export een tabel per afdeling:

naam;afdeling;functie
[[PERSON:BAKKER, J.W.]];Inkoop;senior inkoper
[[PERSON:Kuijpers J.A.M.]];Juridische zaken;jurist
[[PERSON:de Groot, P.]];Inkoop;assistent inkoper
[[PERSON:Visser-Dekker, A.]];HR;adviseur
[[PERSON:Post, R.]];ICT;beheerder
[[PERSON:Schipper, H.L.]];ICT;architect""",
    ),
    (
        "nl",
        "Vlaams verslag met particles in hoofdletter",
        """Kan je dit verslag herschrijven in een vlotte tekst?
Aanwezig: mevr. [[PERSON:L. Vermeulen]], dhr. [[PERSON:P. D'hondt]], dhr. [[PERSON:K. Van den Bossche]], mevr. [[PERSON:S. De Smet]].
[[PERSON:D'hondt]] vraagt waarom de subsidie niet werd aangevraagd. [[PERSON:Van den Bossche]] antwoordt dat de deadline verstreken was. [[PERSON:De Smet]] volgt dit op.""",
    ),
    (
        "nl",
        "kleine letters, voorletters",
        """kun je dit netjes maken: morgen overleg met [[PERSON:j. de boer]] en [[PERSON:k. smit]] over de planning. [[PERSON:de boer]] kan pas om 10u. [[PERSON:smit]] neemt de laptop van [[PERSON:a. el amrani]] mee""",
    ),
    (
        "nl",
        "meneer en mevrouw + achternaam",
        """Schrijf een excuusmail aan meneer [[PERSON:Verhoeven]]. Hij had een afspraak met mevrouw [[PERSON:Yıldız]] maar zij was ziek. Collega [[PERSON:Brouwer]] heeft hem daarna niet teruggebeld.""",
    ),
    (
        "nl",
        "sprekers met prof. dr. ir.",
        """Maak een korte introductie voor de sprekers: prof. dr. ir. [[PERSON:H.J. Terpstra]] (TU Delft) over waterbouw, dr. [[PERSON:N. Benali]] (Deltares) over dijkversterking en ir. [[PERSON:W. ten Hove]] (Rijkswaterstaat) over de uitvoering. Dagvoorzitter is drs. [[PERSON:M. Oudshoorn]].""",
    ),
    (
        "nl",
        "factuur met t.a.v.",
        """Haal de gegevens uit deze factuur:

Factuur 2026-1187
Aan: Bakker Logistiek B.V.
t.a.v. dhr. [[PERSON:R.J. Bakker]]
Industrieweg 14, 4104 AB Culemborg
Omschrijving: onderhoud heftrucks, november
Bedrag: € 2.310,00 excl. btw
Goedgekeurd door: [[PERSON:Dekker, M.]]""",
    ),
    (
        "nl",
        "contract ondertekening",
        """Controleer deze ondertekening:

Aldus overeengekomen en in tweevoud ondertekend te Utrecht op 1 december 2026.

Namens de gemeente:
[[PERSON:F. Bouzidi]]
wethouder

Namens Visser Advies B.V.:
ir. [[PERSON:T.C. Visser]]
directeur""",
    ),
    (
        "nl",
        "mailwisseling met headers",
        """Vat deze mailwisseling samen:

Van: [[PERSON:Post, R.]]
Verzonden: dinsdag 2 december 2026 08:41
Aan: [[PERSON:Schipper, H.L.]]
Onderwerp: storing VPN

Hallo, de VPN ligt er weer uit. Kun jij even kijken?
[[PERSON:R. Post]]

---
Van: [[PERSON:Schipper, H.L.]]
Aan: [[PERSON:Post, R.]]

Ik kijk ernaar. [[PERSON:Dekker]] van de servicedesk heeft het ticket al.
Gr. [[PERSON:H.L. Schipper]]""",
    ),
    (
        "nl",
        "auteurslijst APA",
        """Zet deze bron in APA-stijl: [[PERSON:J.A. de Vries]], [[PERSON:K. Brouwer]], [[PERSON:M. van der Meulen-Bos]], [[PERSON:S. Çelik]], [[PERSON:P.H. ter Laak]] (2025). Werkdruk in de wijkverpleging. Tijdschrift voor Gezondheidswetenschappen, 103(2), 55-63.""",
    ),
    (
        "nl",
        "bezwaarcommissie",
        """Maak dit advies van de bezwaarcommissie zakelijker: De commissie, bestaande uit mr. [[PERSON:L.A. Hoogendoorn]] (voorzitter), drs. [[PERSON:F. Kok]] en [[PERSON:B. Oosterhuis]] (secretaris), heeft bezwaarmaker, de heer [[PERSON:Öztürk]], op 20 november gehoord. [[PERSON:Öztürk]] stelt dat het besluit te laat is genomen. De commissie volgt [[PERSON:Öztürk]] hierin niet. [[PERSON:Kok]] had een afwijkend standpunt.""",
    ),
    (
        "nl",
        "overdracht nachtdienst zonder punten",
        """Maak een nette overdracht: 23:00 overdracht van [[PERSON:M Jansen]] aan [[PERSON:R Tahiri]]. 02:15 [[PERSON:R Tahiri]] belt dienstdoende arts dr [[PERSON:Mulder]] ivm val op kamer 12. 06:45 [[PERSON:Jansen]] neemt weer over.""",
    ),
    (
        "nl",
        "presentielijst Achternaam Voorletters",
        """Hoeveel leden waren aanwezig en hoeveel stemmen zijn er uitgebracht?

Presentielijst ALV 2026
[[PERSON:Kuijpers J.A.M.]] - aanwezig
[[PERSON:Mulder-Ten Have E.]] - aanwezig
[[PERSON:van Dam R.]] - afwezig
[[PERSON:El Khatib S.]] - aanwezig
[[PERSON:Westerveld-Ho K.Y.]] - volmacht aan [[PERSON:Kuijpers]]""",
    ),
    (
        "nl",
        "Vlaams vonnis ondernemingsrechtbank",
        """Vat samen voor de klant: Bij vonnis van de ondernemingsrechtbank Gent werd het faillissement uitgesproken van [[PERSON:D. Vanhaecke]], zaakvoerder. Tot curator werd aangesteld mr. [[PERSON:E. Claeys]]. Rechter-commissaris is [[PERSON:F. Van Hoorebeke]]. [[PERSON:Claeys]] verzoekt schuldeisers hun aangifte in te dienen.""",
    ),
    (
        "nl",
        "mail aan bedrijfsarts",
        """Herschrijf deze mail aan de bedrijfsarts:

Geachte mevrouw [[PERSON:Ramdin]],

Onze medewerker dhr. [[PERSON:S. Ramkisoensing]] is sinds 3 november ziek gemeld. Zijn leidinggevende, mw. [[PERSON:D. Brouwer]], heeft wekelijks contact met hem.

Met vriendelijke groet,
[[PERSON:A. de Jong-Tromp]]
HR-adviseur""",
    ),
    (
        "nl",
        "achternamen die woorden zijn als onderwerp",
        """Maak hier een korte mail van: [[PERSON:De Groot]] heeft de sleutels van het pand. [[PERSON:Mulder]] haalt ze vrijdag op. [[PERSON:Kok]] weet nog van niks, dus [[PERSON:Brouwer]] belt hem.""",
    ),
    (
        "nl",
        "tabel projectteam",
        """Voeg een kolom met e-mailadres toe volgens voorletter.achternaam@bedrijf.nl:
| Naam | Rol |
| [[PERSON:Dekker, A.J.]] | projectleider |
| [[PERSON:ten Cate, M.]] | tester |
| [[PERSON:Bouma, F.]] | ontwikkelaar |
| [[PERSON:de Wit, S.]] | ontwikkelaar |""",
    ),
    (
        "nl",
        "wijkteamverslag",
        """Vat dit gespreksverslag samen voor de overdracht: Gesprek met mw. [[PERSON:Koster]] (moeder) en dhr. [[PERSON:Said]] (vader) op 28-11. Namens het wijkteam aanwezig: [[PERSON:L. Hermans]]. Mw. [[PERSON:Koster]] geeft aan dat de schuldhulp vastloopt. Dhr. [[PERSON:Said]] wil eerst met [[PERSON:Hermans]] alleen spreken.""",
    ),
    (
        "nl",
        "klachtbrief monteur, woordachternamen",
        """Help me een reactie te schrijven: klant mevr. [[PERSON:H. de Boer-Pranger]] klaagt dat monteur [[PERSON:Visser]] twee keer niet is komen opdagen. Volgens planner [[PERSON:Dekker]] stond [[PERSON:Visser]] wel ingepland, maar de klus is door [[PERSON:Dekker]] verschoven.""",
    ),
    (
        "nl",
        "promotiecommissie",
        """Zet de promotiecommissie in de juiste volgorde: prof. dr. [[PERSON:A.M. van Leeuwen]] (promotor), dr. [[PERSON:K. Hoekstra]] (copromotor), prof. dr. [[PERSON:B. Yilmaz]], prof. dr. ir. [[PERSON:C.P. Wolters]], dr. [[PERSON:S. op den Kamp]].""",
    ),
    (
        "nl",
        "Surinaamse en Molukse achternamen",
        """Vat samen: De aanvraag van dhr. [[PERSON:R.F. Tjon-A-Fong]] is beoordeeld door [[PERSON:M. Pattipeilohy]]. [[PERSON:Pattipeilohy]] adviseert toekenning. [[PERSON:Tjon-A-Fong]] ontvangt het besluit binnen twee weken.""",
    ),
    (
        "nl",
        "in 't en d' particles",
        """Maak een nette lijst van de bestuursleden: voorzitter [[PERSON:A. in 't Veld]], secretaris [[PERSON:P.J. d'Ancona]], penningmeester [[PERSON:G. van 't Wout]]. [[PERSON:In 't Veld]] en [[PERSON:Van 't Wout]] treden volgend jaar af.""",
    ),
    (
        "nl",
        "ondertekening Met vriendelijke groet",
        """Kun je deze mail korter maken?

Beste collega's,

Vanaf maandag wordt het magazijn heringericht. De uitgifte van materiaal verhuist tijdelijk naar hal 3.

Met vriendelijke groet,
[[PERSON:J. Kok]]
Teamleider Logistiek""",
    ),
    (
        "nl",
        "dhr. + hoofdletters register",
        """Zet deze lijst om naar gewone hoofdletters:
[[PERSON:DE VRIES, P.A.]] - lid sinds 1998
[[PERSON:VAN DER HEIJDEN, M.]] - lid sinds 2004
[[PERSON:EL AMRANI, Y.]] - lid sinds 2016
[[PERSON:TEN BRUGGENCATE, W.H.]] - erelid""",
    ),
    (
        "nl",
        "MR-verslag met achternamen",
        """Maak een korte nieuwsbrief van dit MR-verslag: [[PERSON:Brouwer]] opent. [[PERSON:Schipper]] licht het formatieplan toe. [[PERSON:Dekker]] en [[PERSON:Post]] stellen vragen over de werkdruk. [[PERSON:Schipper]] komt hierop terug.""",
    ),
    (
        "nl",
        "offerte met contactpersoon",
        """Controleer deze offerte op taalfouten: Geachte heer [[PERSON:Smit]], Hierbij ontvangt u onze offerte voor het schilderwerk. Onze projectleider, [[PERSON:W. Schipper]], neemt na akkoord contact met u op. Met vriendelijke groet, [[PERSON:M.A. de Graaf]]""",
    ),
    (
        "nl",
        "verwijzing fysiotherapie",
        """Schrijf deze verwijzing over in correct Nederlands: Verwijzing fysiotherapie voor dhr. [[PERSON:B. Kok]], 67 jr, knie-artrose re. Graag 9 behandelingen. Verwijzer: drs. [[PERSON:L. Mahabier]], huisarts. Dhr. [[PERSON:Kok]] is zelf mobiel.""",
    ),
    (
        "nl",
        "verslag met Turkse en Marokkaanse namen",
        """Maak dit verslag iets formeler: Aanwezig waren [[PERSON:A. Aydın]], [[PERSON:M. Bouchikhi]], [[PERSON:F. Kaya-Demir]] en [[PERSON:S. Ouali]]. [[PERSON:Aydın]] presenteert de cijfers. [[PERSON:Bouchikhi]] en [[PERSON:Ouali]] nemen de communicatie op zich.""",
    ),
    (
        "nl",
        "Vlaamse mail met naam, voornaam-volgorde",
        """Kan je dit mailtje herschrijven? Beste, graag had ik een afspraak gemaakt met dokter [[PERSON:Peeters]] voor mijn vader, [[PERSON:Verstraete R.]] (°1949). Hij is eerder behandeld door dr. [[PERSON:Van Acker]]. Met vriendelijke groeten, [[PERSON:N. Verstraete]]""",
    ),
    (
        "nl",
        "huurgeschil met achternamen",
        """Schrijf een neutrale brief: mevrouw [[PERSON:De Wit]] (benedenwoning) klaagt over lekkage vanuit de woning van de heer [[PERSON:Mulder]]. [[PERSON:Mulder]] zegt dat de lekkage al verholpen is. [[PERSON:De Wit]] wil een vergoeding.""",
    ),
    (
        "nl",
        "agenda met voorletters en tussenvoegsels",
        """Maak van deze agenda een uitnodiging:
10.00 Welkom - [[PERSON:J. van den Berg]]
10.15 Stand van zaken - [[PERSON:C. van der Zee-Bakker]]
11.00 Pauze
11.15 Discussie o.l.v. [[PERSON:T. Nijenhuis]]
12.00 Afsluiting - [[PERSON:Van den Berg]]""",
    ),
    (
        "nl",
        "declaratie met achternaam, voorletters",
        """Tel de declaraties per persoon op:
[[PERSON:Kok, P.]] - reiskosten € 42,10
[[PERSON:de Groot, L.M.]] - lunch € 18,50
[[PERSON:Kok, P.]] - parkeren € 9,00
[[PERSON:Smit-Oudejans, R.]] - reiskosten € 61,20""",
    ),
    (
        "nl",
        "jaarverslag stichting",
        """Maak van deze alinea een vlotte tekst: Het bestuur bestond in 2026 uit drs. [[PERSON:E. Koopmans]] (voorzitter), [[PERSON:G.J. Dijkstra]] (penningmeester) en mw. [[PERSON:A. Lamberts-Ong]] (secretaris). [[PERSON:Dijkstra]] trad op 1 oktober af en werd opgevolgd door [[PERSON:R. Huisman]].""",
    ),
    (
        "nl",
        "klantdossier met meneer/mevrouw in kleine letters",
        """maak hier een nette notitie van: meneer [[PERSON:van dijk]] belde, wil terugbelverzoek van mevrouw [[PERSON:de jong]] over z'n factuur. [[PERSON:van dijk]] was boos""",
    ),
    (
        "nl",
        "onderzoeksrapport met auteurs",
        """Schrijf een samenvatting van dit rapport voor de gemeenteraad. Auteurs: dr. ir. [[PERSON:M. Kramer]], drs. [[PERSON:P. Bos]] en [[PERSON:S. Lindeboom]] MSc. [[PERSON:Kramer]] was projectleider.""",
    ),
    (
        "nl",
        "planning met Koster en Schipper als namen",
        """Maak een rooster: [[PERSON:Koster]] werkt ma en di, [[PERSON:Schipper]] wo t/m vr. [[PERSON:Koster]] kan op donderdag invallen als [[PERSON:Schipper]] ziek is.""",
    ),
    (
        "nl",
        "Vlaamse notulen gemeenteraad",
        """Vat de notulen samen: Schepen [[PERSON:Vandenbroucke]] antwoordt op de vraag van raadslid [[PERSON:De Clercq]] over de heraanleg van de Stationsstraat. Burgemeester [[PERSON:Goossens]] vult aan. [[PERSON:De Clercq]] is niet tevreden met het antwoord.""",
    ),
    (
        "nl",
        "arbeidsovereenkomst partijen",
        """Controleer de partijenomschrijving: De ondergetekenden: 1. Kok & Post Installatietechniek V.O.F., hierbij vertegenwoordigd door [[PERSON:H. Kok]], en 2. de heer [[PERSON:T. Nkosi]], hierna: werknemer.""",
    ),
    (
        "nl",
        "e-mail in kleine letters",
        """herschrijf: hoi, kan [[PERSON:j.p. mahlangu]] morgen de sleutel ophalen bij [[PERSON:bakker]]? [[PERSON:mahlangu]] heeft geen pas meer. groet, [[PERSON:d. smit]]""",
    ),
    (
        "nl",
        "verslag met JP zonder punten",
        """Maak een verslagje: [[PERSON:JP Mahlangu]] en [[PERSON:AM Visser]] hebben de audit gedaan. [[PERSON:Mahlangu]] schrijft het rapport, [[PERSON:Visser]] controleert het.""",
    ),
    (
        "nl",
        "bewonersbrief met mevr./dhr.",
        """Maak deze bewonersbrief korter: Geachte bewoners, Op 12 december vervangt aannemer Post Bouw de kozijnen. Vragen? Bel de bewonersconsulent, mevr. [[PERSON:N. de Ruiter]], of opzichter dhr. [[PERSON:J. Schipper]]. Namens de corporatie, [[PERSON:K.M. ter Beek]]""",
    ),
    (
        "nl",
        "schoolverslag leerkrachten",
        """Maak een korte update voor de ouders: juf [[PERSON:Bakker]] is met zwangerschapsverlof. Meester [[PERSON:Hendriks]] neemt groep 5 over. Juf [[PERSON:El Ouali]] blijft op dinsdag.""",
    ),
    (
        "nl",
        "rapport inspectie",
        """Herschrijf dit stuk uit het inspectierapport: De inspectie werd uitgevoerd door ing. [[PERSON:R. Veenstra]] en [[PERSON:M. Brouwer]] op 18 november. [[PERSON:Veenstra]] constateerde dat de brandmeldinstallatie niet was getest. [[PERSON:Brouwer]] heeft foto's gemaakt.""",
    ),
    (
        "nl",
        "nota griffie met functie na naam",
        """Maak deze nota leesbaarder: Opgesteld door [[PERSON:P. van Wijk]], beleidsmedewerker, in overleg met [[PERSON:H. Kaya]] (juridisch adviseur). Akkoord: [[PERSON:Mulder, G.]], afdelingshoofd.""",
    ),
    (
        "nl",
        "WhatsApp-achtig bericht met achternamen",
        """herschrijf zakelijk: [[PERSON:de vries]] en [[PERSON:bakker]] komen niet, [[PERSON:jansen]] wel. [[PERSON:smit]] weet t nog niet""",
    ),
    (
        "nl",
        "aanmaning met t.a.v. en voorletters",
        """Maak deze aanmaning vriendelijker: t.a.v. mevr. [[PERSON:C.J.M. van Rooij-Dekker]], Lindelaan 4, Zeist. Ondanks onze herinnering van 1 november hebben wij uw betaling nog niet ontvangen. Namens de administratie, [[PERSON:F. Brouwer]]""",
    ),
    (
        "nl",
        "jubileumspeech",
        """Maak van deze steekwoorden een korte toespraak: 25 jaar in dienst - [[PERSON:Verhoeven]] begonnen als stagiair bij [[PERSON:Koster]] - later hoofd planning - [[PERSON:Verhoeven]] altijd als eerste op kantoor.""",
    ),
    (
        "nl",
        "KvK-uittreksel functionarissen",
        """Leg uit wie wat mag tekenen:
Functionarissen
Bestuurder: [[PERSON:A.J. Post]], alleen/zelfstandig bevoegd
Gevolmachtigde: [[PERSON:L. Koster-Mulder]], beperkt bevoegd tot € 10.000
Commissaris: [[PERSON:R.H. ten Kate]]""",
    ),
    (
        "nl",
        "ontslagbrief ziekenhuis",
        """Maak van deze ontslagbrief een begrijpelijke uitleg voor de patiënt:
Ontslagbrief mw. [[PERSON:F. Hoekstra-de Wit]], opname 28-11 t/m 3-12
Behandelend arts: dr. [[PERSON:Q. Nguyen]], internist
Opgesteld door: [[PERSON:L. Bakker]], arts-assistent
Mw. [[PERSON:Hoekstra-de Wit]] wordt ontslagen naar huis met thuiszorg.""",
    ),
    (
        "nl",
        "huurovereenkomst partijen",
        """Controleer de partijen in dit huurcontract: Verhuurder: [[PERSON:W.F.M. van Beek]], Kerkstraat 8, Amersfoort. Huurder: [[PERSON:R. Ahmadzai]]. [[PERSON:Van Beek]] is bevoegd de huur jaarlijks te indexeren.""",
    ),
    (
        "nl",
        "afwijzingsbrief sollicitatie",
        """Maak deze afwijzing persoonlijker: Geachte heer [[PERSON:Boateng]], Hartelijk dank voor uw sollicitatie. Na zorgvuldige afweging heeft de commissie, bestaande uit [[PERSON:M. Dekker]] en [[PERSON:S. Wijnands]], besloten een andere kandidaat uit te nodigen.""",
    ),
    (
        "nl",
        "Teams-bericht met @",
        """maak dit vriendelijker: @[[PERSON:Bakker]] kun jij vandaag die export draaien? [[PERSON:Visser]] wacht erop en [[PERSON:de Jong]] is vrij""",
    ),
    (
        "nl",
        "aangifteverslag",
        """Vat dit proces-verbaal samen: Aangever, de heer [[PERSON:M. Hamdaoui]], verklaart dat zijn fiets op 30 november is weggenomen bij station Zwolle. Getuige mw. [[PERSON:T. Smit]] zag een man met de fiets weglopen. [[PERSON:Hamdaoui]] heeft camerabeelden opgevraagd.""",
    ),
    (
        "nl",
        "scriptiebegeleiding",
        """Schrijf een dankwoord voor mijn scriptie: begeleider dr. [[PERSON:E. de Lange]], tweede lezer prof. dr. [[PERSON:R. Visser]], en [[PERSON:K. Oosterbaan]] van het praktijkbureau. [[PERSON:De Lange]] heeft elke versie gelezen.""",
    ),
    (
        "nl",
        "Vlaamse mail aan de school",
        """Kan je deze mail herschrijven? Geachte mevrouw [[PERSON:Wouters]], Mijn zoon zit in de klas van meester [[PERSON:Janssens]]. Hij werd gisteren door [[PERSON:Janssens]] naar de directeur, dhr. [[PERSON:Maes]], gestuurd. Mvg, [[PERSON:K. Lambrechts]]""",
    ),
    (
        "nl",
        "clubnieuws met achternamen",
        """Maak een stukje voor het clubblad: [[PERSON:Smit]] won de clubkampioenschappen, [[PERSON:de Boer]] werd tweede en [[PERSON:Yılmaz]] derde. [[PERSON:Smit]] gaat nu naar het NK.""",
    ),
    (
        "nl",
        "SOEP-regel huisarts",
        """Schrijf dit SOEP-verslag uit in hele zinnen: S: mw. [[PERSON:Kok]] (72) al 2 wk hoesten. O: crepitaties li basaal. E: pneumonie. P: amoxicilline, controle over 3 d bij dr. [[PERSON:Ten Have]] of [[PERSON:Bakker]] (waarnemer).""",
    ),
    (
        "nl",
        "gemeentebrief behandeld door",
        """Maak deze brief van de gemeente begrijpelijker: Uw kenmerk: 2026-044. Behandeld door: [[PERSON:J. Smit]]. Onderwerp: bezwaar WOZ-beschikking. Uw bezwaar is ontvangen op 14 november. [[PERSON:Smit]] neemt binnen zes weken contact met u op.""",
    ),
    (
        "nl",
        "aandeelhoudersregister",
        """Bereken de percentages per aandeelhouder:
[[PERSON:Brouwer, G.H.]] - 500 aandelen
[[PERSON:Mulder, E.]] - 250 aandelen
[[PERSON:van Leeuwen-Kok, I.]] - 250 aandelen""",
    ),
    (
        "nl",
        "rooster met initialen zonder punten",
        """Zet dit rooster in een tabel: ma [[PERSON:JW Bakker]], di [[PERSON:AM Visser]], wo [[PERSON:HL Schipper]], do [[PERSON:Bakker]], vr vrij""",
    ),
    (
        "nl",
        "Vancouver-stijl Nederlandse auteurs",
        """Klopt deze bronvermelding? [[PERSON:Bakker JW]], [[PERSON:Visser M]], [[PERSON:van der Heide A]], [[PERSON:Oudshoorn M]]. Valpreventie bij ouderen in de eerste lijn. Ned Tijdschr Geneeskd. 2024;168:D8123.""",
    ),
    (
        "nl",
        "raadsverslag met fractievoorzitters",
        """Vat de discussie samen: De heer [[PERSON:Van der Meer]] vindt het voorstel te duur. Mevrouw [[PERSON:Ouchan]] is het daar niet mee eens. [[PERSON:Van der Meer]] dient een amendement in, dat door [[PERSON:Ouchan]] niet wordt gesteund.""",
    ),
    (
        "nl",
        "e-mail met doorgestuurd bericht",
        """Vat samen en stel een antwoord op:
Van: [[PERSON:Verhoeven, K.]]
Aan: [[PERSON:de Groot, R.]]
Onderwerp: FW: declaratie
[[PERSON:De Groot]], kun jij dit afhandelen? [[PERSON:Koster]] heeft de bonnen al gecontroleerd.
Groet, [[PERSON:K. Verhoeven]]""",
    ),
    (
        "nl",
        "mondeling bericht kleine letters met voorletter zonder punt",
        """zet dit in een mail: pakket voor [[PERSON:m de wit]] ligt bij de receptie, [[PERSON:de wit]] is pas maandag terug. [[PERSON:r post]] heeft getekend voor ontvangst""",
    ),
    (
        "nl",
        "Vlaamse familienamen met Ver- en Van",
        """Maak een lijst op alfabet: [[PERSON:Vercruysse B.]], [[PERSON:Van Damme L.]], [[PERSON:Verbeke-De Vos A.]], [[PERSON:Vanderstraeten K.]], [[PERSON:Deprez J.]]""",
    ),
    (
        "nl",
        "brief aan erfgenamen",
        """Maak deze brief van de notaris minder formeel: Aan de erfgenamen van wijlen de heer [[PERSON:H.A. Dekker]]. Namens mr. [[PERSON:S.E. Bouwman]], notaris, verzoeken wij u het formulier terug te sturen. Mevrouw [[PERSON:Dekker-Schipper]] heeft haar formulier al ingeleverd.""",
    ),
]

LABELLED = TEXTS

# (shape, text): no person at all, but look-alikes.
BENIGN: list[tuple[str, str]] = [
    (
        "nl abbreviations with dots",
        "Kun je i.v.m. de verhuizing a.s. maandag een mail opstellen t.a.v. de afdeling Inkoop? Het gaat om de levering van p.p. 40 dozen papier en o.a. toners, z.s.m. graag.",
    ),
    (
        "nl firm names with surnames",
        "Vergelijk de offertes van Bakker Logistiek B.V., Visser Transport en De Groot Verhuizingen N.V. op prijs per pallet en levertijd.",
    ),
    (
        "en abbreviations",
        "Explain the difference between e.g. and i.e., and when to write U.S. rather than US. Also: is it a.m. or am in a formal letter, and does R.S.V.P. need full stops?",
    ),
    (
        "en product codes",
        "Our training portal has modules J.5, K.2 and P.P.3. Learners must complete J.5 (GDPR basics) before K.2 (incident handling). Write a reminder e-mail.",
    ),
    (
        "nl ambachten als woorden",
        "Schrijf een kort stukje voor de dorpskrant: onze bakker begint om vier uur 's nachts, de visser op de markt heeft vandaag haring en de smit van de manege maakt nog zelf hoefijzers.",
    ),
    (
        "en recipe with word surnames",
        "Write a recipe: cook the rice, add green beans and young spinach, sprinkle with rose harissa and finish it in a wood-fired oven. Serve with a baker's loaf.",
    ),
    (
        "nl street names",
        "Plan een looproute langs Dekkerstraat 12, de Kosterweg, de Bakkersgracht, Postlaan 3 en de Schipperskade, en eindig bij het station.",
    ),
    (
        "en firm names",
        "Compare the returns policies of Smith & Wesson accessories resellers with those of Marks & Spencer and Baker Street Books Ltd.",
    ),
    (
        "en initialisms",
        "Please explain these acronyms for a new starter: KPI, OKR, SLA, RACI, DPIA, NDA, SOW, B.V., N.V., GmbH and PLC.",
    ),
    (
        "nl koster en schipper als woorden",
        "De koster van de kerk sluit om 17.00 uur af. De schipper van de veerpont vaart vandaag niet i.v.m. harde wind. Zet dit op het mededelingenbord.",
    ),
    (
        "en London places",
        "What's the quickest route from Green Park to Wood Green and then to Rose Hill? I'd prefer to avoid Baker Street.",
    ),
    (
        "nl juridische afkortingen",
        "Leg uit: zie art. 7:658 BW jo. art. 6:162 BW; vgl. HR 12 juli 2024. N.B. de termijn is o.a. afhankelijk van het moment van ontdekking, m.u.v. opzet.",
    ),
    (
        "nl plaatsnamen met lidwoord",
        "Maak een lijst van vestigingen op volgorde van noord naar zuid: Ten Boer, Den Helder, De Bilt, Ter Aar, 't Harde, 's-Hertogenbosch en Den Haag.",
    ),
    (
        "en sentence-initial word surnames",
        "Young people are the main users of the app. Green energy is a growing share of our portfolio. Rose gold is the best-selling colour. Hill walking is popular in autumn. Summarise for the board.",
    ),
    (
        "nl zin-initiële woordachternamen",
        "Post je het vandaag nog? Bakkers openen hier vroeg. Visserij is een belangrijke sector. Kok is een mooi vak, zegt de opleiding. Schrijf hier een vlotte alinea van.",
    ),
    (
        "en letter template with placeholders",
        "Improve this template: Dear Mr/Ms {surname}, thank you for your application for the role of {role}. We will contact you by {date}. Yours sincerely, {initials} {sender_surname}",
    ),
    (
        "nl formulier met lege velden",
        "Maak dit formulier duidelijker: Aanhef: dhr./mw. ______ Voorletters: ______ Tussenvoegsel: ______ Achternaam: ______ Geboortedatum: __-__-____",
    ),
    (
        "nl kolomkoppen",
        "Welke kolommen zijn verplicht? achternaam;voorletters;tussenvoegsel;geslacht;afdeling;functie;datum_in_dienst",
    ),
    (
        "en version numbers and standards",
        "Summarise the changes from v.2.1 to v.3.0: H.264 replaced by AV1, ISO/IEC 27001 A.5 controls mapped, NEN 7510 section 6.2 added.",
    ),
    (
        "en Latin abbreviations",
        "In the report, replace 'viz.', 'cf.', 'et al.', 'op. cit.' and 'ibid.' with plain English where possible, and keep 'N.B.' only once.",
    ),
    (
        "nl brouwer en mulder als woorden",
        "De brouwer van dit bier gebruikt alleen Nederlandse hop. Het molenaarsberoep heette vroeger mulder. Schrijf een korte productbeschrijving.",
    ),
    (
        "nl dekker en post als woorden",
        "De rietdekker komt volgende week. De post wordt a.s. vrijdag niet bezorgd. Zet beide berichten in de bewonersapp.",
    ),
    (
        "en company names with initials",
        "List the differences between a plc, an LLP and a CIC. Use Northgate Holdings plc and Riverbend Partners LLP as examples.",
    ),
    (
        "en fisher and cook as words",
        "The fisher cat is a North American mammal. Cook Islands tourism rebounded in 2025. Write a quiz question about each.",
    ),
    (
        "nl groot en wit als woorden",
        "De groothandel levert de witte en de groene containers. Een groot deel van de klanten kiest de witte. Maak een besteladvies.",
    ),
    (
        "en sports abbreviations",
        "Explain the cricket scorecard abbreviations: c., b., lbw, st., run out, not out, and what 'c. & b.' means.",
    ),
    (
        "nl productcodes",
        "In het magazijn liggen de artikelen A.B.-3, J.K.-12 en P.V.C.-buis 40 mm. Maak een voorraadlijst.",
    ),
    (
        "en hospital ward names",
        "Which wards are on level 2? Rose Ward, Oak Ward, Willow Ward and the Hill Unit. The day surgery unit moved to the Baker Wing.",
    ),
    (
        "nl bedrijfsnaam met vof en bv",
        "Schrijf een klantmail namens Kok & Post Installatietechniek V.O.F. over de nieuwe openingstijden van de showroom.",
    ),
    (
        "en roles without names",
        "Draft an e-mail from the Head of People to the Data Protection Officer asking the Chair of the Audit Committee to approve the DPIA.",
    ),
    (
        "nl rollen zonder namen",
        "Schrijf een mail van de teamleider aan de bedrijfsarts en de P&O-adviseur over het re-integratieplan. Cc: de leidinggevende.",
    ),
    ("en units and measures", "Convert: 3 ft 4 in, 12 lb 6 oz, 5 p.s.i., 40 m.p.h. and 2 fl. oz to metric."),
    (
        "nl afkortingen in agenda",
        "Zet deze agendapunten om in hele zinnen: opening, mededelingen (o.a. AVG), vaststellen notulen d.d. 4-11, w.v.t.t.k., rondvraag, sluiting.",
    ),
    (
        "en street addresses",
        "Format these addresses for labels: 14 Hill Rise, Leeds; 3 Moore Close, York; 22 Young Street, Bath; 9 Cook Road, Hull.",
    ),
    (
        "nl straat met persoonsnaam-achtige woorden",
        "Zet in alfabetische volgorde: Van Heemskerckstraat, De Ruyterkade, Ter Haarstraat, Ten Katestraat, Van 't Hoffstraat.",
    ),
    (
        "en brand and model names",
        "Compare the Green Machine 300 robot mower with the Hill Climber X2 and the Moore-Tec pump for a small orchard.",
    ),
    (
        "nl kookrecept met woordnamen",
        "Schrijf een recept: kook de aardappelen, bak de vis zoals een echte visser, en laat de bakker het brood snijden. Serveer met groene kool.",
    ),
    ("en chemistry and units", "Balance this: Na + H2O -> NaOH + H2. Also what are p.p.m. and p.p.b.?"),
    (
        "nl weekdagen en maanden",
        "Zet in een tabel: ma t/m vr open van 9.00 tot 17.00 u., za van 10.00 tot 14.00 u., zo gesloten. In dec. en jan. afwijkende tijden.",
    ),
    ("en legal citation", "Explain the citation [2024] EWCA Civ 112 and what 'per curiam' and 'obiter' mean."),
    (
        "nl koppen in hoofdletters",
        "Maak deze koppen minder schreeuwerig: VERHUIZING AFDELING INKOOP, NIEUWE POSTREGELING, BAKKERIJ SLUIT I.V.M. VERBOUWING.",
    ),
    (
        "en birds and plants",
        "Write a short nature note on the wood pigeon, the green woodpecker, the rock rose and the hill mynah.",
    ),
    (
        "nl kerkelijke en ambtelijke rollen",
        "Wie doet wat? De koster opent de kerk, de predikant leidt de dienst, de ouderling leest voor en de diaken collecteert.",
    ),
    (
        "en initial-like grades",
        "Map the pay grades A.1 to C.3 onto the new bands B1-B5 and explain which grades move up.",
    ),
    (
        "nl Vlaamse afkortingen",
        "Wat betekenen bvba, vzw, nv, O.C.M.W. en t.t.z.? Leg het uit voor een Nederlandse collega.",
    ),
]


def check_texts() -> None:
    """Each labelled text has a mark, every mark is of a known kind and holds no title or
    possessive, no marked value also stands unmarked in its own text, and no benign text has a mark."""
    problems: list[str] = []
    for lang, shape, marked in TEXTS:
        if lang not in ("nl", "en"):
            problems.append(f"unknown language {lang!r} in {shape!r}")
        marks = list(MARK.finditer(marked))
        if not marks:
            problems.append(f"no mark in {shape!r}")
        rest = MARK.sub("\x00", marked)
        for m in marks:
            kind, value = m.group("kind"), m.group("value")
            if kind not in KINDS:
                problems.append(f"unknown kind {kind!r} in {shape!r}")
            if value != value.strip() or not value or "[" in value or "]" in value:
                problems.append(f"malformed value {value!r} in {shape!r}")
            if value.startswith(TITLES) or value.endswith(("'s", "’s")):
                problems.append(f"title or possessive inside the mark {value!r} in {shape!r}")
            if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", rest):
                problems.append(f"{value!r} also stands unmarked in {shape!r}")
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

"""Words around a name that say the sentence is about a person: roles, action verbs, asking,
possessives; and the function words that end a name however they are written.

Hand-written, Dutch and English, lower case; multi-word entries are matched token by token.
name_words holds the titles, salutations and labels; these serve lone_name and name_parse.
"""

from __future__ import annotations

# Departments and jobs after "van (de)", "from (the)", "bij" or in brackets: "Amina van de
# receptie", "Mark from accounting", "Jordan (HR)": the name before them is a person. "it" counts
# only written "IT" ("remove Will from it").
ROLE_WORDS = frozenset(
    """receptie administratie boekhouding financiën finance hr personeelszaken salarisadministratie
    it ict automatisering helpdesk servicedesk support klantenservice sales verkoop inkoop marketing
    communicatie juridische legal compliance facilitair facilitaire facility facilities planning
    logistiek magazijn expeditie productie kwaliteit directie management bestuur secretariaat
    afdeling team ondersteuning beveiliging security onderhoud techniek development ontwikkeling
    operations devops engineering accounting payroll procurement purchasing reception kantoor
    frontoffice backoffice crediteuren debiteuren controlling audit risk privacy
    teamleider manager projectleider projectmanager directeur voorzitter secretaris penningmeester
    coördinator coordinator adviseur consultant medewerker assistent assistant stagiair stagiaire
    intern recruiter recruitment werving leidinggevende supervisor boekhouder accountant jurist
    advocaat notaris huisarts arts tandarts verpleegkundige fysiotherapeut docent leraar lerares
    mentor trainer coach ceo cfo cto coo ciso dpo fg hrm vp chair chairman chairwoman chairperson notulist""".split()
)

# People by their job or relation, right before a name ("collega Milan", "my colleague Jordan",
# "manager Jade", "klant Milan") or after it and a comma ("Jordan, our CFO, ..."). Departments
# are left out ("team Milan" is a team).
PERSON_ROLES = frozenset(
    """collega collega's colleague coworker teamgenoot manager teamleider leidinggevende directeur
    voorzitter secretaris projectleider projectmanager coördinator adviseur consultant medewerker
    medewerkster assistent assistant stagiair stagiaire recruiter boekhouder accountant jurist
    advocaat notaris huisarts arts tandarts verpleegkundige docent leraar lerares mentor coach ceo
    cfo cto coo ciso dpo receptionist receptioniste baas boss klant client customer buurman
    buurvrouw neighbour neighbor vriend vriendin friend zoon dochter son daughter broer zus
    brother sister moeder vader mother father partner husband wife echtgenoot echtgenote
    opa oma leerling student pupil patiënt patient cliënt kandidaat candidate sollicitant deelnemer
    cursist hire starter nieuwkomer intern trainee teammate teamlid contractor freelancer vrijwilliger
    volunteer invalkracht uitzendkracht mum mom dad mam pap mama papa grandad granddad grandpa grandma
    granny nan nana aunt auntie cousin nephew niece fiancé fiancée fiance fiancee girlfriend
    boyfriend stepdad stepmum stepmom oom tante neef nicht schoonmoeder schoonvader co-worker ex
    landlord landlady roommate flatmate housemate grandfather grandmother doctor nurse teacher dentist
    therapist tutor huisbaas verhuurder hospita huisgenoot kamergenoot zwager schoonzus
    juf juffrouw meester supervisor foreman forewoman caseworker carer mentee lodger solicitor barrister
    attorney lawyer counsellor counselor physio physiotherapist midwife paramedic pharmacist surgeon
    cleaner apprentice applicant claimant complainant witness defendant respondent deputy treasurer buddy
    grandson granddaughter victim""".split()
)  # not "uncle": "Uncle Sam wants you"; "juf Anna", "Meester Ward vertelde" at school; not the roles
# a firm fills as often ("courier DPD", "auditor KPMG", "technician", "driver")
# Job titles after a qualifying word, set off by a comma after a name: "J. Foster, project lead",
# "Sam, senior developer", "Ilse, data-analist".
QUALIFIED_ROLES = frozenset(
    """lead owner engineer developer analyst designer officer director specialist architect administrator
    scientist beheerder ontwikkelaar analist ontwerper eigenaar specialist architect""".split()
)
# Relatives, colleagues and people in one's care: before a capitalised word that is no common
# word, place or product, only a person's name fits ("mijn collega Ruairi", "my coworker Nkechi",
# "onze stagiair Xandrine"), so the cue takes names the lists do not know too (cued_names).
# Not the roles a company can fill ("klant", "accountant", "consultant", "partner", "assistant").
RELATIONS = frozenset(
    """collega colleague coworker co-worker teamgenoot teammate teamlid teamleider leidinggevende manager
    baas boss stagiair stagiaire trainee buurman buurvrouw neighbour neighbor vriend vriendin friend
    zoon dochter son daughter broer zus brother sister moeder vader mother father mum mom dad
    husband wife echtgenoot echtgenote vrouw opa oma grandma grandpa grandmother grandfather
    oom tante uncle aunt neef nicht nephew niece cousin schoonmoeder schoonvader zwager schoonzus
    leerling pupil patiënt patient
    sollicitant kandidaat candidate vrijwilliger volunteer""".split()
)
# Clients and customers before their name: a firm may be one, so only a whole name counts after
# them ("onze cliënt Bayu Latuheru", "our client Harpreet Sandhu"; not "our client Contoso").
CLIENT_RELATIONS = frozenset("client cliënt klant customer debtor debiteur resident bewoner huurder tenant".split())
# Words between a comma after a name and its role: "Jordan, our new CFO", "Milan, de nieuwe collega".
ROLE_DETERMINERS = frozenset("de het onze ons mijn jullie een the our my your a new nieuwe nieuw".split())
# "Milan en ik", "Jordan and I", "ik en Milan", "me and Jordan": a name next to the speaker.
SPEAKER_PAIRS = frozenset({("en", "ik"), ("and", "i"), ("en", "mij"), ("and", "me")})
SPEAKER_PAIRS_BEFORE = frozenset({("ik", "en"), ("i", "and"), ("me", "and"), ("mij", "en")})

# Communication nouns before "aan", "naar", "voor", "to", "for": "een bedankmail aan Milan",
# "a thank-you note to Jordan". Matched on the word before the preposition (or two before).
MESSAGE_WORDS = frozenset(
    """mail e-mail email mailtje bericht berichtje appje sms brief briefje kaart kaartje bedankmail
    bedankje bedankbrief uitnodiging herinnering reminder antwoord reactie felicitatie memo notitie
    message note letter invitation reply response card thank-you text dm wens verjaardagswens wish
    wishes gedicht poem speech toespraak toegewezen overgedragen gedelegeerd doorgestuurd assigned
    delegated forwarded reassigned forward doorsturen""".split()
)
# Messages a person sends: "de mail van Lore", "the email from Heather" (the word right before
# "van" or "from"; not "brief", "note": "de brief van Kafka", "a note from Paris").
SENT_MESSAGES = frozenset(
    """mail e-mail email mailtje bericht berichtje appje sms reactie antwoord message reply response
    text dm voicemail""".split()
)
# "met Valentine afgesproken", "with Jordan agreed": what one does with a person, after the name.
WITH_AFTER = frozenset("afgesproken overlegd gesproken gepraat samengewerkt gebeld gemaild besproken".split())
# "Kun je Jill bellen", "wil je Sanne even mailen": a pronoun before the name, a contact verb
# (perhaps after a filler) after it.
CONTACT_SUBJECTS = frozenset("je jij u we wij ik".split())
CONTACT_FILLERS = frozenset(
    """even nog morgen vandaag straks direct meteen al gisteren vanochtend ook zelf eerst net pas zojuist
    vanmiddag vanmorgen vanavond volgende vorige deze week""".split()
)
# "Ik heb Roel gisteren gebeld", "ik moet Noah nog terugbellen": an auxiliary before the name,
# a contact verb (infinitive or participle) after it.
CONTACT_AUXILIARIES = frozenset(
    "heb hebt heeft had hadden moet moeten ga gaat gaan zal zullen wil wilt willen kan kun kunt zou mag".split()
)
CONTACT_PARTICIPLES = frozenset(
    """gebeld gemaild ge-maild geappt gesproken gevraagd ontmoet bedankt gefeliciteerd geïnformeerd
    ingelicht uitgenodigd herinnerd teruggebeld""".split()
)
# "Vandaag sprak ik Gerrit", "Yesterday I met Priya", "belde ik Sanne": meeting or contact.
MEET_VERBS = frozenset("sprak spreek spreken ontmoette ontmoet belde mailde appte spoke met called emailed".split())
SUBJECT_PRONOUNS = frozenset("ik we wij i".split())
# Conjunctions that open a clause whose subject may follow: "dat Thijs de begroting controleert",
# "because Sanne is ill", "waarin Aiden op dinsdag werkt", "if Tracey picks up"; or whose object
# follows a pronoun ("of ik Lars moet aannemen"). Enough for a first name that is no word or place.
SUBORDINATORS = frozenset(
    """dat omdat zodat nadat voordat terwijl zodra tenzij of als wanneer toen waarin waarbij waarop
    waarmee waardoor waarna that because whether while since unless if when where once sure""".split()
)
# Between two lone first names of one pair: "Naomi en Stijn", "Kyra and Jorge".
PAIR_WORDS = frozenset({"en", "and", "&"})
CONTACT_INFINITIVES = frozenset(
    """bellen mailen e-mailen appen whatsappen terugbellen uitnodigen feliciteren bedanken informeren
    inlichten herinneren vragen laten""".split()
)
# "Vergeet niet Paul Thijs te feliciteren", "Ik probeer Ayoub te bereiken": "te" and a verb done to
# a person, right after the name.
TO_PERSON_INFINITIVES = CONTACT_INFINITIVES | frozenset(
    """bereiken spreken ontmoeten helpen begeleiden inwerken ondersteunen complimenteren condoleren
    waarschuwen overtuigen aannemen ontslaan""".split()
)
# Between two names: "Jan de Vries en Sanne", "Kyra and Jorge", "Bilal, Sanne".
PAIR_LINKS = frozenset({"en", "and", "&", ",", "/"})
# Verbs right before a name that is their object: "bel Milan", "call Jordan", "mail Sanne".
CONTACT_VERBS = frozenset(
    """bel bellen belt belde mail mailen mailt mailde app appen appt appte sms whatsapp ping pingen
    call calls called phone phoned email emailed emails text texted message messaged ping pinged
    cc bcc thank thanks thanked bedank bedankt feliciteer congratulate nodig invite invited herinner
    informeer inform contact contacteer""".split()
)
# "ask Mark to", "vraag Milan om", "laat Jade weten", "let Will know", "tell May that".
ASK_VERBS = frozenset(
    "ask asked asks tell told tells remind reminded let vraag vraagt vroeg vragen laat liet herinner".split()
)
# "My manager wants Gregory to take over": as ASK_VERBS, but not for a month ("want May to be").
WANT_VERBS = frozenset("want wants wanted need needs needed expect expects expected".split())
ASK_LINKS = frozenset("to om of te if whether weten know that dat eraan".split())

# Finite verbs that only a person does, right after the name opening a sentence: "Milan neemt
# contact op", "Jordan said", "Mei belt terug". The past forms in _PAST can also be adjectives
# ("Mark sent items as read"), so a name that is also an English word does not take them.
PERSON_VERBS = frozenset(
    """belt belde mailt mailde appt appte stuurt stuurde neemt nam meldt meldde vraagt vroeg zegt zei
    antwoordt antwoordde reageert reageerde schrijft schreef bevestigt bevestigde regelt regelde
    overlegt overlegde tekent tekende ondertekent ondertekende belooft beloofde laat liet geeft gaf
    kijkt keek checkt checkte werkt werkte komt kwam begint begon opent opende presenteert
    presenteerde organiseert organiseerde plant plande zoekt zocht denkt dacht vindt vond wil
    says said asks tells told writes wrote replies replied calls rang phones emails texts thinks
    thought agrees promises wants wanted needs believes feels felt knows knew spoke speaks""".split()
)
PERSON_VERBS_PAST = frozenset(
    """called emailed sent asked mentioned confirmed agreed reported phoned texted messaged promised
    approved signed joins joined performed presteerde celebrates resigned retired""".split()
)
# Past verbs of what a person says, thinks or decides, beyond PERSON_VERBS_PAST: after a listed name
# that is no word, opening a sentence ("Rhys disagreed about the costs"); never what a storm, a
# product or a place does ("arrived", "hit", "grew").
PERSON_ONLY_PAST = frozenset(
    """disagreed argued objected insisted suggested proposed explained admitted apologised apologized
    decided offered volunteered complained forgot remembered noticed realised realized wondered hoped
    thought believed answered responded interrupted laughed smiled shouted whispered recommended
    requested summarised summarized presented chaired attended missed""".split()
)
# Auxiliaries, then (within a few words) a verb of PERSON_ACTS: "Milan heeft de offerte gestuurd",
# "Jordan will send", "May is going to call".
AUXILIARIES = frozenset(
    """heeft had zal zou gaat ging moet wil kan has will would should shall must can could hasn hadn
    didn doesn wouldn couldn""".split()
)
# An adverb between a subject and its verb: "Dave still hasn't sent", "Sanne heeft ook gebeld".
SUBJECT_ADVERBS = frozenset("still also just already never always really finally ook nog al toch eindelijk".split())
PERSON_ACTS = frozenset(
    """gebeld gemaild geappt gestuurd verstuurd opgestuurd gevraagd gezegd gemeld geantwoord gereageerd
    geschreven bevestigd toegezegd beloofd aangegeven doorgegeven opgenomen ondertekend getekend
    bellen mailen appen sturen versturen opsturen vragen melden antwoorden reageren schrijven
    bevestigen doorgeven opnemen ondertekenen tekenen regelen terugbellen goedgekeurd afgewezen
    gecontroleerd ingediend aangevraagd ingepland geregeld besproken afgesproken
    send call email phone text contact reply respond confirm sign approve ask tell write follow
    reach review prepare share forward check sent called emailed phoned texted contacted replied
    responded confirmed signed approved asked told written reached reviewed prepared shared forwarded
    checked submitted hire hired recruit recruited interview interviewed onboard onboarded
    aannemen aangenomen""".split()
)
# "Sam is tot mei met verlof", "Robin on leave until", "Milan is ziek": a state only a person is in,
# a few words after the name and one of STATE_LINKS.
STATE_LINKS = frozenset("is was blijft zit ligt gaat ging on has had".split())
STATES = frozenset(
    """verlof vakantie zwangerschapsverlof ouderschapsverlof ziek ziekgemeld afwezig leave holiday holidays
    vacation sick absent parental maternity paternity overleg meeting vergadering gesprek vrij off
    away ill thuis ooo""".split()
)
# Nouns for a person, capitalised before initials without a colon: "Klant F. Groen", "User M. Howard".
PERSON_NOUNS = frozenset(
    """klant klanten customer client cliënt medewerker medewerkster employee werknemer user gebruiker
    patiënt patient aanvrager applicant collega colleague contactpersoon dossier student kandidaat
    candidate huurder tenant melder""".split()
)
# "Sanne's laptop", "Sanne z'n laptop", "Sanne d'r auto": a possessive after a lone first name.
POSSESSIVE_ENDS = frozenset({"s"})
DUTCH_POSSESSIVES = frozenset({"z'n", "z’n", "d'r", "d’r"})

# Subject pronouns, articles and determiners: after "Dan belt" they show the sentence opened
# with an adverb ("Dan belt hij terug"); after a capitalised word they show it opened a sentence
# whose full stop is missing ("Hoi Sanne Kun je ...").
CLAUSE_WORDS = frozenset(
    """je jij u ik we wij hij zij ze het de een er dit dat die deze jullie men
    you i we they he she it the a an this that these those your my our there""".split()
)
# Dutch adverbs that open a sentence with the verb second ("Dan belt hij", "Al stuurt Sanne"):
# a first name spelled like one is the subject only if no subject follows the verb.
CLAUSE_ADVERBS = frozenset("dan nu toen daar hier zo ook al wel nog soms vaak straks later eerst daarna".split())
# After a name opening a message and a comma, words of a request or thanks to that person
# ("Milan, kun je ...", "Jordan, could you ...", "Jade, bedankt voor ..."); not question words
# ("Paris, what a city").
VOCATIVE_NEXT = frozenset(
    "kun kunt kan wil wilt zou zoudt heb hebt ben bent ga gaat mag graag bedankt dank je jij can could would will "
    "please thanks thank do did have are".split()
)
# Conjunctions after which a new clause, and so perhaps its subject, starts: "en Milan belt".
CLAUSE_STARTS = frozenset("en maar want dus toen daarna and but so then because".split())
# Things only a person has, after a possessive: "Georgia's email", "Will's laptop" (not "Georgia's
# economy", "Dean's list").
PERSON_POSSESSIONS = frozenset(
    """email e-mail mail mails emails inbox mailbox phone mobile laptop desk badge birthday wife husband
    partner boyfriend girlfriend son daughter kids children mom mum dad mother father cv resume
    signature resignation appraisal moeder vader vrouw zoon dochter kinderen verjaardag handtekening
    ontslagbrief complaint klacht""".split()
)  # not "manager", "contract", "salary": a club or firm has them too ("Chelsea's manager")
# Verbs whose object can only be a person: "Congratulate Pat on", "feliciteer Roos".
PERSON_ONLY_VERBS = frozenset(
    """congratulate congratulated thank thanked remind reminded ping pinged cc onboard onboarded mentor
    coach interview interviewed hire hired fire fired promote promoted reassure greet welcome
    feliciteer feliciteren bedank bedanken herinner pingen ontsla ontslaan""".split()
)
# Days of the week, written out and abbreviated (not the Dutch "ma", "di", "do": words too).
WEEKDAYS = frozenset(
    """mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun
    sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()
)
# Paying or owing someone, before the name and an amount: "Paid Alexis £40", "Betaal Sanne €12 terug".
PAY_VERBS = frozenset(
    """pay pays paid owe owes owed reimburse reimbursed refund refunded tip tipped lend lent
    betaal betaalt betaald betaalde terugbetaald leen leende schuld""".split()
)
# Participles of what is done only to a person, right after the name: "Vandaag Ivy gefeliciteerd".
PERSON_ONLY_PARTICIPLES = frozenset(
    "gefeliciteerd gecondoleerd ingewerkt uitgenodigd gebeld gemaild geappt bedankt teruggebeld".split()
)
# The line a mail app adds under the sender's name: "Geraldine\nSent from my iPhone".
DEVICE_SIGNATURES = (
    "sent from my",
    "sent from outlook",
    "get outlook for",
    "verzonden vanaf mijn",
    "verstuurd vanaf mijn",
    "verzonden vanuit",
    "verzonden met",
    "von meinem",
    "gesendet von",
    "envoyé de mon",
)
# Phrases before a name whose object can only be a person: "a 1:1 with Florence", "loop in Sydney".
PERSON_ONLY_PAIRS = (
    "loop in",
    "1:1 with",
    "one-on-one with",
    "1-on-1 with",
    "check-in with",
    "catch-up with",
    "interview with",
    "gesprek met",
    "belletje met",
    "1-op-1 met",
    "1:1",
    "1-on-1",
    "1-op-1",
    "reply to",
    # "I have known Chad for six years" (a reference letter)
    "have known",
    "'ve known",
    "’ve known",
    "had known",
    "respond to",
    "write back to",
    # only a person (or a pet) has a birthday: "Happy birthday Mark!"
    "happy birthday",
    "happy bday",
    "fijne verjaardag",
    "gelukkige verjaardag",
    "gefeliciteerd",  # "Gefeliciteerd Joep!"
    "proficiat",
)
# A verb before the name and a word after it that, together, take only a person: "Loop Jade in on",
# "Betrek Laura bij het", "keep Will posted".
PERSON_ONLY_FRAMES = frozenset(
    {
        ("loop", "in"),
        ("betrek", "bij"),
        ("betrekken", "bij"),
        ("involve", "in"),
        ("keep", "posted"),
        ("brief", "on"),
        ("introduce", "to"),
        ("onboard", "to"),
        ("let", "go"),  # "I need to let Chad go next week": dismissal
        ("let", "know"),  # "Please let Will know the server is back"
        ("laat", "weten"),  # "Laat Lex weten dat de server plat ligt"
        ("laten", "weten"),
        ("laten", "gaan"),  # "we laten Roos gaan"
    }
)
# An age after a name: "Oswald Hermighausen, 42 jaar", "Cord Rose, 42 years old".
AGE_WORDS = frozenset("jaar jr yrs years year yo jarige".split())
# A note about someone, the name closing the label: "Opmerking over Elke Standaert:", "Note about June Stone:".
ABOUT_WORDS = frozenset("over about regarding betreft inzake".split())
NOTE_WORDS = frozenset(
    "opmerking opmerkingen notitie notities aantekening note notes comment comments remark remarks memo".split()
)
# English adverbs that may open a sentence before its subject: "Yesterday Curtis told me",
# "Unfortunately Heather can't make it". (Dutch puts the verb second: "Gisteren vertelde Sanne".)
LEADING_ADVERBS = frozenset(
    """yesterday today tomorrow tonight earlier later meanwhile recently lately also then
    unfortunately fortunately luckily apparently honestly actually basically hopefully""".split()
)

# Words that never are a surname, however they are written after a first name: function words,
# greetings and thanks, weekdays and months ("Sanne Maandag", "Thanks Sarah Please", "Hoi Jan Wat").
SURNAME_STOP = frozenset(
    """de het een en of maar want dus als dan toen nu ook nog wel niet geen al alle alles wat wie
    waar waarom hoe welke welk wanneer hoeveel ik je jij u hij zij ze we wij jullie ons onze mijn
    jouw uw zijn haar hun hen hem mij me dit dat deze die daar hier er aan bij in op uit met voor
    naar van tot over onder door om te tegen zonder na sinds tijdens per via ja nee oké ok graag
    hoi hallo hey hee dag doei beste lieve geachte groet groeten groetjes bedankt dank thanks thank
    cheers regards dear hi hello please pls the a an and or but if so as at by for from in into of
    on onto to with about after before during since until via is are was were be been am do does
    did i you he she we they it me him her us them my your his our their this that these those
    there here what which who whom whose why how when where yes no not re fw fwd cc bcc tel
    telefoon mobiel phone mobile email mail e adres address naam name datum date geboren born
    dob geb ssn nhs bsn nino mrn iban ref nr""".split()
)  # the last line: field labels after a name in a record ("SHAUNA KERRIGAN DOB 12/03/1981")
# Sign-offs that take a name on their own line without a comma ("Groetjes Milan", "Thanks Jordan!");
# not "Best" or "Love", which open headings and titles ("Best Summer", "Love Island").
BARE_SIGN_OFFS = frozenset("thanks thank cheers groet groeten groetjes bedankt dank mvg gr liefs".split())
# Sign-offs in a quick chat, before a lower-case name ending the line ("groetjes piet", "thx, leah").
LOWER_SIGN_OFFS = frozenset("groet groeten groetjes gr grt mvg thx thanks tx cheers doei dank bedankt liefs xx".split())
# Prepositions that lead to a name only in lower case mid-sentence ("met Sanne", "to Sarah"); opening
# a sentence ("For Felix source code", "Van Dijk") or before a lower-case word ("with sem") they do not.
BARE_PREPOSITIONS = frozenset("van to with from by for per".split())
# Dutch words before a lower-case name ("aan mohammed", "tegen wesley"): after them an English
# dictionary word ("wesley", "doris" are WordNet lemmas) is no English prose.
DUTCH_LOWER_LEADS = frozenset(
    """aan met voor door bij namens volgens vraag vraagt bel belt mail mailt app appt stuur tegen zei zegt collega
    tussen""".split()
)
# Full month and weekday names that are first names as well ("May", "June", "April", "Mei"):
# the weakest of all, they never count alone without a role, a request or a personal verb.
MONTH_NAMES = frozenset(
    """january february march april may june july august september october november december
    januari februari maart mei juni juli augustus oktober monday tuesday wednesday thursday friday
    saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()
)

# Thanks opening a line before a name the lists may not know ("Thanks, Priya!", "Dank je Aarav,");
# the greetings are name_words.SALUTATIONS. Used by cued_names.
THANKS = ("thanks", "thank you", "thx", "bedankt", "dank je", "dank u", "dank je wel", "dank u wel", "merci")
# Participles of a role before "by" or "door" and a two-word name: "Escalated by Hiroshi Tanaka".
BY_VERBS = frozenset(
    """escalated reported approved signed requested submitted raised created assigned authored written
    prepared reviewed sent filed logged opened closed rejected owned referred recommended interviewed
    introduced nominated supervised mentored taken chaired minuted seconded gemeld aangevraagd goedgekeurd
    ondertekend getekend ingediend opgesteld aangemaakt behandeld afgewezen geëscaleerd verstuurd
    gestuurd geschreven gecontroleerd doorverwezen aanbevolen voorgedragen genotuleerd""".split()
)
# Labels before a colon and a person, even one the lists do not know ("cc: Bronwyn Gallagher").
PERSON_LABELS = (
    "cc", "bcc", "assigned to", "assignee", "owner", "contact", "contact person", "toegewezen aan",
    "behandelaar", "contactpersoon", "eigenaar", "reporter", "reported by", "requested by", "approved by",
    "gemeld door", "aangevraagd door", "goedgekeurd door", "melder", "aanvrager", "naam", "name", "full name",
    "volledige naam", "attn", "t.a.v.", "author", "auteur", "actiehouder", "action owner", "escalated to",
    "requester", "requestor", "submitter", "approver", "aanmelder", "indiener",
    # sign-off blocks and minutes: "Checked by: PJ Jones", "Notulist: E Mangel"
    "checked by", "reviewed by", "prepared by", "signed by", "gecontroleerd door", "opgesteld door",
    "notulist", "minute taker", "minutes", "voorzitter", "chair",
    # bookings, records and forms: "Passenger: Temitope Okonjo", "Reiziger: Okonjo"
    "passenger", "lead passenger", "traveller", "traveler", "passagier", "reiziger", "guest name",
    "reservation name", "booking name", "patient", "patient name", "patiënt", "patiëntnaam", "account holder",
    "cardholder", "card holder", "rekeninghouder", "kaarthouder", "policyholder", "policy holder", "verzekerde",
    "insured", "beneficiary", "begunstigde", "witness", "getuige", "tenant", "huurder", "applicant",
    "sollicitant", "candidate", "kandidaat", "attendee", "employee", "employee name", "werknemer",
    "client name", "customer name", "klantnaam", "student name", "next of kin",
    # two words at least after these (a firm may stand there): "Client: Harpreet Sandhu", not "Client: Contoso"
    "client", "cliënt", "klant", "customer", "debtor", "debiteur", "student", "leerling", "resident", "bewoner",
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# Of those, the labels after which one word is a person, not a tool or a company.
PERSON_ONLY_LABELS = frozenset(
    """cc bcc assignee behandelaar contactpersoon actiehouder melder aanvrager reporter requester requestor
    submitter approver aanmelder indiener passenger traveller traveler passagier reiziger patient patiënt
    patiëntnaam cardholder rekeninghouder kaarthouder witness getuige sollicitant attendee werknemer""".split()
) | {"assigned to", "toegewezen aan", "contact person", "action owner", "reported by", "gemeld door",
     "lead passenger", "guest name", "reservation name", "booking name", "patient name", "account holder",
     "card holder", "employee name", "student name", "next of kin"}  # fmt: skip
# (not "tenant", "applicant", "insured", "beneficiary": a firm is one too, "Tenant: Contoso")
# Words of address and groups the common-word lists lack: "Beste Lezer,", "Hi Folks,", "Owner: TBD".
CUE_STOP = frozenset(
    """lezer lezers heren dames allen allemaal iedereen collega's team teams wereld klantenservice
    servicedesk directie afdeling zaken inkoop support tbd tba unassigned unknown onbekend nvt
    sinterklaas santa kerstman mom mum mama papa mam pap dad daddy mommy mummy ltd inc corp llc plc
    gmbh co bv nv group groep holding holdings labs""".split()
)

# Relative pronouns that refer to a person ("Jasper die ...", "Priya, who ..."): Dutch "die" also
# follows a noun, but not a listed first name used as one.
PERSON_RELATIVES = frozenset({"die", "who", "whom", "whose"})

# A first name as the subject after the finite verb opening a question ("Kan Esther morgen
# invallen?", "Waarom reageert Iris niet?", "Can Esther cover the shift?"): the verbs, and the
# question words that may open the sentence before them.
# Not "is"/"was": "Is Chelsea a good area?" asks about a place as often as about a person.
INVERTING_VERBS = frozenset(
    """kan kun kunt wil wilt moet mag zal zou gaat komt heeft had weet doet werkt reageert belt mailt
    stuurt zit staat blijft krijgt wordt vindt denkt bedoelt bedoelde zegt zei vraagt vroeg schrijft
    is was can could will would should does did has""".split()
)
# A verb after "Did/Has/Will ... <name>" that only a person does: "Did Dale cancel the meeting?",
# "Has Kelly replied?". Base forms and past participles.
QUESTION_ACTS = frozenset(
    """send sent reply replied cancel cancelled canceled approve approved sign signed call called email
    emailed phone phoned text texted confirm confirmed agree agreed review reviewed submit submitted
    respond responded answer answered accept accepted decline declined say said ask asked mention
    mentioned forward forwarded attend attended resign resigned apologise apologize apologised
    apologized""".split()
)
# Before "to" or "naar" and a surname alone: answering or passing something on to a person.
PASS_ON_VERBS = frozenset("reply replied respond responded forward forwarded stuur stuurde doorsturen antwoord".split())
# Before "to" and a surname alone: "I spoke to Reilly".
SPOKE_TO_VERBS = frozenset("spoke speak speaking spoken talked talk talking chatted".split())
# Of those, what no place or country does ("Did Jordan sign the treaty?" may be the country).
QUESTION_PERSON_ACTS = frozenset(
    """reply replied cancel cancelled canceled email emailed phone phoned text texted call called resign
    resigned apologise apologize apologised apologized mention mentioned attend attended""".split()
)
QUESTION_WORDS = frozenset("waarom wanneer hoe wat waar hoelang wie welke why when how what where who which".split())
# A first name as the object in a clause after a pronoun ("of ik Lars moet aannemen") or after a
# pronoun and a modal ("Ik wil Tess feedback geven", "je moet Bart even bellen").
CLAUSE_PRONOUNS = frozenset("ik je jij we wij ze zij hij u".split())
MODALS = frozenset("wil wilt moet moeten kan kun kunt mag zal ga gaan wilde moest kon".split())
# Verbs and nouns of talking or working with someone, before "met" / "with" and a first name:
# "afgesproken met Jade", "het eens met Lore", "agreed with Jordan", "together with Heather".
WITH_WORDS = frozenset(
    """afgesproken gesproken overlegd overleggen overleg praten gepraat sprak spreek gesprek afspraak eens
    oneens samen samenwerken samengewerkt agreed agree agrees disagree disagreed disagrees spoke speak
    talked talk talking meeting call chat sync together collaborate collaborated worked onenigheid ruzie discussie
    conflict argument disagreement dispute lunch lunched lunchen geluncht coffee koffie dinner dined
    breakfast drinks borrel etentje gegeten""".split()
)
# More verbs a first name opening a sentence is the subject of ("Olivia zit in de ziektewet").
MORE_SUBJECT_VERBS = frozenset(
    """zit ligt staat loopt reageert blijft wordt krijgt weet vindt denkt wilde kon moest mocht kwam
    zat stond lag kreeg werd bleef vond dacht keeps gets got knows knew feels felt seems went goes came
    comes worked sits sat stays stayed became becomes gave gives tells told wrote writes did does made
    makes forgot forgets missed misses is won can isn doesn didn hasn wasn couldn wouldn kent kende leidt
    leidde verzet verzette verschuift annuleert annuleerde vergeet vergat mist miste""".split()
)
# A person's comings and goings, and what else only a person does, after a name opening a sentence
# ("Dominic leaves in March", "Priya moved to Leeds", "Sanne vertrekt in mei", "Rory scored 42%");
# software and clubs start and move too ("Sierra starts faster"), so only after a name that is no
# word. Not "arrived": storms do ("Katrina arrived").
MOVE_VERBS = frozenset(
    """starts started leaves moved moves quit quits resigns resigned retires retired begins began
    returns returned graduated graduates vertrekt vertrok verhuist verhuisde stopt stopte startte
    scored scores complained complains apologised apologized refused refuses admitted cried studied
    studies klaagde klaagt weigerde weigert scoorde""".split()
)
ARTICLES = frozenset("a an the de het een".split())
# "wat Riley in de vergadering zei", "what Dean said": what a person said, meant or wants.
SPEECH_VERBS = frozenset(
    """zei zegt zeiden vindt vond bedoelt bedoelde vroeg vraagt schreef schrijft wil wilde voorstelt
    voorstelde stelde vertelde vertelt said says meant means asked asks wrote writes wants wanted thinks
    thought suggested suggests proposed told""".split()
)
# "Hoe vertel ik Jet dat", "Hoe help ik Ise met": a verb done to a person, a pronoun, the name.
TELL_VERBS = frozenset(
    """vertel zeg help bedank feliciteer overtuig motiveer ondersteun begeleid bereik informeer tell help
    thank convince support motivate reach""".split()
)
# "Houd Nina op de hoogte", "Keep Robin in the loop": keeping a person informed.
KEEP_VERBS = frozenset("houd hou houdt keep keeps".split())
KEPT_INFORMED = (("op", "de", "hoogte"), ("in", "the", "loop"), ("posted",), ("informed",), ("updated",))
# The ends of compound message words: "verjaardagskaartje", "afscheidsbericht", "welkomstmail".
MESSAGE_ENDS = ("kaart", "kaartje", "mail", "mailtje", "bericht", "berichtje", "brief", "briefje", "wens",
                "card", "note", "message", "letter")  # fmt: skip

# In a line without case, the words after a first name that are its verb, never its surname
# ("dave called", "sanne heeft gebeld", "dave still hasn't"): the re-caser leaves them alone.
VERB_AFTER_NAME = (
    PERSON_VERBS | PERSON_VERBS_PAST | AUXILIARIES | SUBJECT_ADVERBS | PERSON_ACTS | CONTACT_PARTICIPLES
    | STATE_LINKS | MORE_SUBJECT_VERBS | MOVE_VERBS | INVERTING_VERBS | MODALS | MEET_VERBS
)  # fmt: skip
# After "X's": a contraction, not a possessive ("Summer's here", "Grace's been waiting").
CONTRACTED_NEXT = frozenset("here there coming going gone been not got over back a an the".split())
# "Thanks so much Georgia,", "Dank je wel Jade!": thanks and its fillers before the person thanked.
THANKS_WORDS = frozenset("thanks thank thx cheers bedankt dank merci".split())
# After a name: "Werner here, quick question", "Fien hier, even een vraag": the writer introduces
# themselves.
SELF_INTRO = frozenset({"here", "hier"})
# A contraction after a name: "Shannon'll handle it", "Carol'd be upset" (will, would, had).
CONTRACTED_AUX = frozenset({"ll", "d"})
# What a speaker does after a quote: '"That won't work," Nicholas replied'.
QUOTE_SPEECH_VERBS = SPEECH_VERBS | frozenset(
    """replied replies answered answers added adds explained explains continued warned noted antwoordde
    antwoordt voegde""".split()
)
# Opening a sentence that ends in a name after a comma: "Thanks for the quick turnaround, Glen!".
VOCATIVE_OPENERS = THANKS_WORDS | frozenset(
    "sorry great nice well congrats congratulations good welcome goed knap mooi".split()
)
THANKS_FILLERS = frozenset("so much a lot again you je wel u hartelijk heel erg".split())
# After "X's": a thing named after someone, not their belonging ("Dean's list", "King's day").
EPONYM_NOUNS = frozenset(
    "day dag eve list law laws disease syndrome cross college court inn road street park bay lane gate".split()
)
# After "Jade," opening a message: the writer speaks to that person ("Bethan, I expect the report").
VOCATIVE_PRONOUNS = frozenset("ik i we wij je jij u you hierbij sorry fijn great leuk goed welkom welcome".split())
# After "door Jack": the participle of what the person did ("door Jack opgelost").
DONE_BY_AFTER = frozenset("opgelost gedaan gemaakt gebouwd gevonden ontdekt gebeld gemaild gevraagd".split())

# A personal pronoun right after a name (after a comma or a conjunction) refers back to it: "replace
# Hunter while he is on leave", "a card for Hugo, she is moving", "Roos, want ze is ziek".
REFERRING_PRONOUNS = frozenset("he she hij zij".split())
REFERRING_AFTER_COMMA = frozenset("ze".split())
PRONOUN_LINKS = frozenset(
    """while because since as when so but and until unless although though omdat want terwijl zodat als maar
    en tot""".split()
)
# A possessive pronoun after the verb that follows a name opening a sentence: "Willow forgot her
# badge", "Roos vergat haar pasje" (not "zijn", which is also "are").
OWN_PRONOUNS = frozenset("her his haar".split())
# First names that are abstract nouns, the subject of "keeps her going" as often as a person.
ABSTRACT_NAMES = frozenset(
    """faith hope joy grace charity patience mercy destiny harmony glory honor honour trinity unity liberty
    serenity felicity prudence constance verity justice""".split()
)
# After a name, or its possessive, words that make it a club or a team: "Chelsea fans", "Chelsea's
# squad" (not "manager": a person has one too).
CLUB_WORDS = frozenset("fans fan supporters squad players stadium supporters fc".split())

# Verbs after two names joined by "and" / "en" that open a sentence ("Frank and Sophie are going",
# "Guy en Sophie gaan samen"): plural forms, English and Dutch.
PAIR_VERBS = frozenset(
    """are were have went will would can could should must need want asked agreed
    zijn waren hebben hadden gaan gingen komen kwamen zullen moeten kunnen willen werken belden vroegen
    spraken stuurden""".split()
)

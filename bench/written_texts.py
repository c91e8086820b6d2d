"""The written held-out corpus: prompts typed in full by hand, values marked inline.

Written on 2026-12-06 in one sitting, each text whole, before the engine ever ran on any of them,
and never tuned on afterwards (see bench/written.py). Dutch and English alternate; the value
kinds and the countries follow issue 13 (NL, BE, DE, UK, US, FR). Checksummed values (BSN, IBAN,
card, Belgian, German and French numbers, SSN) were drawn at random with python-stdnum checks
(seed 20261206) and pasted in; names, addresses, phone numbers and keys are made up.

Markup: `[[TYPE|value]]` marks one labelled value; the text a scanner sees has the markup
removed. A text without markup is benign (every finding in it is a false positive).
"""

# ruff: noqa: E501  # prompts are long lines, as people type them

TEXTS: list[tuple[str, str]] = [
    # --- Dutch -------------------------------------------------------------------------------
    (
        "nl",
        "Kun je deze mail wat vriendelijker maken? 'Beste [[PERSON|Ruud Hoogendijk]], uw factuur staat nog steeds open. Als we voor vrijdag niets ontvangen gaat het naar incasso.' Hij is een goede klant, dus niet te streng.",
    ),
    (
        "nl",
        "Ik heb een gesprek gehad met [[PERSON|Fenna]] van inkoop en zij wil dat we het contract met de schoonmaker opzeggen. Schrijf een korte opzegbrief, opzegtermijn drie maanden.",
    ),
    (
        "nl",
        "Zet dit om naar een nette tabel:\nnaam; geboortedatum; bsn\n[[PERSON|Willemijn Kroon]]; [[DATE_OF_BIRTH|14-03-1987]]; [[NL_BSN|636663188]]\n[[PERSON|Bart-Jan de Groot]]; [[DATE_OF_BIRTH|02-11-1979]]; [[NL_BSN|262589473]]",
    ),
    (
        "nl",
        "Mijn collega [[PERSON|Yusuf Demir]] is ziek gemeld sinds maandag. Hoe lang moet ik wachten voor ik de arbodienst inschakel? Hij werkt 32 uur.",
    ),
    (
        "nl",
        "Herschrijf in jip-en-janneketaal: De huurder, mevrouw [[PERSON|A.M. Verbeek-Smits]], wonende te [[LOCATION|Lindenlaan 14, 3451 AB Vleuten]], verplicht zich de huurpenningen maandelijks vooruit te voldoen.",
    ),
    (
        "nl",
        "kun je een reactie schrijven op de klacht van [[PERSON|henk]]? hij belde gisteren boos op over de vertraagde levering, zijn nummer is [[PHONE_NUMBER|06 41 29 88 73]] als je dat in de mail wil zetten",
    ),
    (
        "nl",
        "Graag een betalingsherinnering voor klant 2024-0193. Het openstaande bedrag is € 1.245,00, over te maken op [[IBAN_CODE|NL10INGB2242993502]] t.n.v. Van Dijk Installatietechniek.",
    ),
    (
        "nl",
        "Vat dit verslag samen in vijf punten:\nAanwezig: [[PERSON|Marloes]], [[PERSON|Thijs]], [[PERSON|Anouk van Beek]] (notulen)\nAfwezig met bericht: [[PERSON|Gert Jan]]\n1. De begroting voor Q3 is vastgesteld.\n2. Het nieuwe CRM gaat in oktober live.\n3. [[PERSON|Thijs]] regelt de training voor het callcenter.",
    ),
    (
        "nl",
        "Ik wil een sollicitatiebrief laten nakijken. Ik ben [[PERSON|Sanne Vermeulen]], bereikbaar via [[EMAIL_ADDRESS|sanne.vermeulen88@gmail.com]] of [[PHONE_NUMBER|+31 6 2837 4410]]. Ik solliciteer naar de functie van beleidsmedewerker bij de gemeente.",
    ),
    (
        "nl",
        "Waarom geeft dit script een fout?\n\nimport psycopg2\nconn = psycopg2.connect(host='db01.intern', user='rapportage', password='[[SECRET|DA#0IlZmQVzm&l]]', dbname='omzet')\ncur = conn.cursor()",
    ),
    (
        "nl",
        "Ik moet een verklaring opstellen voor de verzekering. De schade is ontstaan op de parkeerplaats bij [[LOCATION|Stationsplein 3 in Amersfoort]]. De tegenpartij was dhr. [[PERSON|Koopmans]], kenteken onbekend.",
    ),
    (
        "nl",
        "Maak van deze aantekeningen een nette gespreksnotitie: gesprek met [[PERSON|Lotte]] over haar functioneren, loopt achter met dossiers, heeft het zwaar thuis, afspraak over 4 weken opnieuw.",
    ),
    (
        "nl",
        "Hoi! Kun je me helpen een Excelformule te maken die het BSN controleert met de elfproef? Als test wil ik [[NL_BSN|286541105]] gebruiken, die zou goed moeten zijn.",
    ),
    (
        "nl",
        "Dit is de aanvraag die binnenkwam via het formulier:\nNaam: [[PERSON|Priscilla Wijnaldum]]\nAdres: [[LOCATION|Kerkstraat 118-2]]\n[[LOCATION|1017 GM Amsterdam]]\nTelefoon: [[PHONE_NUMBER|020-6243518]]\nIBAN: [[IBAN_CODE|NL09ABNA9573779148]]\nSchrijf een ontvangstbevestiging.",
    ),
    (
        "nl",
        "Mijn AWS-gegevens werken niet meer in de pipeline. Dit staat in de config:\n[default]\naws_access_key_id = [[SECRET|AKIAEH1QAKTW3YXSFXOX]]\naws_secret_access_key = [[SECRET|2eip7Qp+0lfjWcJgKv1KPeMX2fTwYsQtyg0JmtHy]]\nregion = eu-west-1\nWat kan er mis zijn?",
    ),
    (
        "nl",
        "Schrijf een LinkedIn-aanbeveling voor [[PERSON|Joris Brinkman]]. Hij was drie jaar mijn teamleider bij de afdeling klantenservice en heeft ons door de reorganisatie geloodst.",
    ),
    (
        "nl",
        "Kan je dit vertalen naar het Engels: 'Geachte heer [[PERSON|El Amrani]], hierbij ontvangt u de bevestiging van uw afspraak op 12 januari om 10.30 uur op ons kantoor.'",
    ),
    (
        "nl",
        "Ik krijg een melding dat mijn rijbewijs verloopt. Rijbewijsnummer [[DRIVER_LICENSE|5194382716]]. Hoe vraag ik online een nieuwe aan en wat kost dat?",
    ),
    (
        "nl",
        "Controleer de spelling van deze brief aan de bewoners:\n\nBeste buren,\n\nOp zaterdag 14 juni geven wij een barbecue voor de straat. Aanmelden kan bij [[PERSON|Ingrid]] op nummer 22 of via [[EMAIL_ADDRESS|ingrid.haverkamp@ziggo.nl]].\n\nGroet, [[PERSON|Ingrid]] en [[PERSON|Kees Haverkamp]]",
    ),
    (
        "nl",
        "De server [[IP_ADDRESS|10.42.17.203]] reageert niet meer op ping, maar [[IP_ADDRESS|10.42.17.204]] wel. Beide staan in hetzelfde VLAN. Waar moet ik beginnen met zoeken?",
    ),
    (
        "nl",
        "Kun je een overdracht schrijven voor de avonddienst? Mevrouw [[PERSON|Jansen-Bakker]] (kamer 12) heeft vanmiddag een val gemaakt, geen letsel, controles elk uur. Meneer [[PERSON|Oosterhuis]] krijgt vanaf morgen andere medicatie.",
    ),
    (
        "nl",
        "ik zoek een goede manier om [[PERSON|tim]] en [[PERSON|femke]] te laten samenwerken, ze botsen steeds in het overleg. tips?",
    ),
    (
        "nl",
        "Onze nieuwe klant in België heeft dit rekeningnummer doorgegeven: [[IBAN_CODE|BE81797030970124]]. Kan ik daar gewoon SEPA naar overmaken of heb ik ook een BIC nodig?",
    ),
    (
        "nl",
        "Zet in een brief dat we het rijksregisternummer [[BE_NATIONAL_ID|66.02.12-762.84]] van [[PERSON|Lien Peeters]] nodig hebben om de aansluiting bij het sociaal secretariaat af te ronden.",
    ),
    (
        "nl",
        "Help me met een reactie aan de huurder. Hij schrijft: 'Ik woon nu drie jaar op [[LOCATION|Burgemeester de Withstraat 7]] en de lekkage is nog steeds niet gemaakt.' Toon begrip maar beloof nog geen datum.",
    ),
    (
        "nl",
        "Kan je de volgende webhook-config nakijken? Het lijkt erop dat Slack niets ontvangt.\nSLACK_BOT_TOKEN=[[SECRET|xoxb-944014559484-9340263035869-t8lZVcyUYp0ey0THXcXPY707]]\nSLACK_CHANNEL=#alerts-prod",
    ),
    (
        "nl",
        "Stel een korte bio op voor de website: drs. [[PERSON|Hanneke Zwart]] is sinds 2015 werkzaam als mediator en gespecialiseerd in arbeidsconflicten.",
    ),
    (
        "nl",
        "Wat is het verschil tussen een eenmanszaak en een bv voor iemand als [[PERSON|Ahmed]], die net begonnen is als zzp'er in de bouw?",
    ),
    (
        "nl",
        "Graag een verzoek om terugbetaling opstellen. Mijn creditcard [[CREDIT_CARD|4330 6287 4384 6645]] is twee keer belast voor hetzelfde hotel in Lissabon.",
    ),
    (
        "nl",
        "Herschrijf deze vacaturetekst zodat hij aantrekkelijker wordt voor starters. Reacties naar [[PERSON|Marieke de Lange]], [[EMAIL_ADDRESS|m.delange@bouwbedrijf-delange.nl]].",
    ),
    (
        "nl",
        "Ik ben mijn paspoort kwijt, het nummer was [[PASSPORT_NUMBER|NXR4K71P2]]. Welke stappen moet ik nemen voordat ik volgende week naar Spanje vlieg?",
    ),
    (
        "nl",
        "Beoordeel deze klachtbrief op toon:\n\n'Op 3 mei heb ik, [[PERSON|J. van Wijngaarden]], een wasmachine gekocht die na twee weken kapot ging. Uw medewerker [[PERSON|Dennis]] beloofde terug te bellen maar dat is nooit gebeurd.'",
    ),
    (
        "nl",
        "Maak een script dat elke nacht een backup maakt naar onze NAS op [[IP_ADDRESS|192.168.2.40]]. Inloggen gaat met gebruiker backup en wachtwoord [[SECRET|I7oh92nvT8Br5F5F]].",
    ),
    (
        "nl",
        "Vat de klantgegevens samen voor het overdrachtsdocument:\n- [[PERSON|Tamara Bosch]], [[PHONE_NUMBER|0031 6 19283746]], heeft een lopende klacht\n- [[PERSON|Ruben Tromp]], [[EMAIL_ADDRESS|r.tromp@planet.nl]], wacht op offerte\n- [[PERSON|Nadia Amrani]], geen bijzonderheden",
    ),
    (
        "nl",
        "Kun je een excuusmail schrijven aan alle deelnemers? We hebben per ongeluk de presentielijst met het mailadres van [[PERSON|Gerrit]] ([[EMAIL_ADDRESS|gerrit.mulder@hetnet.nl]]) naar iedereen gestuurd.",
    ),
    (
        "nl",
        "Ik wil mijn zus [[PERSON|Evelien]] verrassen met een gedicht voor haar 40e verjaardag. Ze houdt van zeilen, haar hond Bobbie en slechte woordgrappen.",
    ),
    (
        "nl",
        "Voor de loonadministratie: medewerker [[PERSON|S. Kaya]], BSN [[NL_BSN|249525707]], gaat per 1 september van 36 naar 28 uur. Welke gevolgen heeft dat voor de pensioenopbouw?",
    ),
    (
        "nl",
        "Schrijf een huurcontract-clausule over huisdieren. De woning ligt aan de [[LOCATION|Zeeweg 241, 1971 HJ IJmuiden]].",
    ),
    (
        "nl",
        "Ik heb een token nodig voor de GitHub API maar ik weet niet zeker of deze nog werkt: [[SECRET|ghp_cjlD6K3VJU1ovTuxEEqUbxgOwqwhyZvFaIGx]]. Hoe test ik dat met curl?",
    ),
    (
        "nl",
        "Hoe spreek ik [[PERSON|mevrouw Tjon-A-Fat]] het beste aan in een formele brief, met 'mevrouw Tjon-A-Fat' of alleen 'mevrouw'?",
    ),
    (
        "nl",
        "Onze Duitse leverancier vraagt om betaling op [[IBAN_CODE|DE41685740057997130111]]. Klopt het dat dit een Duits rekeningnummer is en hoe zie ik dat?",
    ),
    (
        "nl",
        "Schrijf een kort bedankje aan [[PERSON|Wouter]] en [[PERSON|Iris]] van de ICT-helpdesk, ze hebben gisteravond tot laat doorgewerkt om de storing op te lossen.",
    ),
    (
        "nl",
        "Voor de Steuer-ID van onze Duitse medewerker [[PERSON|Jonas Weber]] hebben we [[DE_TAX_ID|95366106879]] gekregen. Moet dat op de loonstrook?",
    ),
    (
        "nl",
        "Hierbij het adres voor de pakketzending: Fam. [[PERSON|Dijkstra]], [[LOCATION|Oude Haven 9, 8861 AA Harlingen]]. Kun je er een verzendetiket-tekst van maken?",
    ),
    (
        "nl",
        "Ik heb dit bericht van oma gekregen en ik snap er niks van, kun je het uitleggen? 'Lieverd, bel je me even terug op het vaste nummer, [[PHONE_NUMBER|0513-412876]], de mobiel doet het niet.'",
    ),
    # Dutch benign
    ("nl", "Leg in eenvoudige woorden uit wat het verschil is tussen een bruto- en een nettosalaris."),
    ("nl", "Schrijf een uitnodiging voor de jaarlijkse teamuitje naar de Efteling, vertrek om 8.00 uur vanaf kantoor."),
    ("nl", "Wat zijn de belangrijkste punten uit de AVG voor een kleine webwinkel? Maak er een checklist van."),
    ("nl", "Hoe maak ik in Python een lijst van alle bestanden in een map, inclusief submappen?"),
    ("nl", "Geef vijf ideeën voor een leuke vrijdagmiddagborrel met een budget van 300 euro voor 25 mensen."),
    ("nl", "Vertaal naar het Frans: 'Onze winkel is gesloten op tweede pinksterdag.'"),
    (
        "nl",
        "Wat betekent de foutmelding 'connection refused' als ik met de database probeer te verbinden op poort 5432?",
    ),
    (
        "nl",
        "Schrijf een tekst voor de website over onze nieuwe openingstijden: maandag tot en met vrijdag van 9.00 tot 17.30 uur, zaterdag van 10.00 tot 16.00 uur.",
    ),
    ("nl", "Maak een planning voor een verbouwing van de badkamer in zes weken, met de volgorde van de vakmensen."),
    ("nl", "Wat is een goede manier om een retrospective te leiden als het team moe is na een zware sprint?"),
    # --- English -----------------------------------------------------------------------------
    (
        "en",
        "Can you make this email sound less passive-aggressive? 'Hi [[PERSON|Gareth]], as per my last three emails, I still need the signed NDA back before Friday.'",
    ),
    (
        "en",
        "Summarise the complaint below for our CRM:\n\nFrom: [[PERSON|Deborah Whitfield]] <[[EMAIL_ADDRESS|deb.whitfield@btinternet.com]]>\nSubject: Order 55812\nI was charged twice and nobody answers the phone. My number is [[PHONE_NUMBER|07700 912344]].",
    ),
    (
        "en",
        "Draft a short reference letter for [[PERSON|Tomasz Kowalczyk]], who worked in our warehouse for two years and never missed a shift.",
    ),
    (
        "en",
        "I need to file this with HR. Employee: [[PERSON|Latoya Simmons]]\nSSN: [[US_SSN|385-75-6993]]\nDOB: [[DATE_OF_BIRTH|07/22/1991]]\nStart date: 03/01/2024\nPlease turn it into a formal onboarding summary.",
    ),
    (
        "en",
        'Why does this fail with 401?\n\nimport stripe\nstripe.api_key = "[[SECRET|sk_live_ixrHXvedzUlJQumUL4nFySG9]]"\nstripe.Charge.list(limit=3)',
    ),
    (
        "en",
        "Write a welcome message for our new team members [[PERSON|Aisha]], [[PERSON|Connor]] and [[PERSON|Mei Lin]], who start on Monday in the data team.",
    ),
    (
        "en",
        "Please tidy up this address list for the mail merge:\nMr [[PERSON|Oliver Grant]], [[LOCATION|14 Hawthorn Close, Didsbury, Manchester M20 6TR]]\nMs [[PERSON|Priya Natarajan]], [[LOCATION|Flat 3, 27 Elm Park Road, London SW3 6BP]]",
    ),
    (
        "en",
        "My landlord wants my National Insurance number for the tenancy agreement. Is that normal? It's [[UK_NINO|JS 73 70 95 B]] if that matters.",
    ),
    (
        "en",
        "Rewrite this for a customer: 'Your refund of $84.20 to the card ending 6645 has been processed.' Actually the full card was [[CREDIT_CARD|5567-4934-7407-7840]], should I include it?",
    ),
    (
        "en",
        "can u help me reply to [[PERSON|jake]]? he texted 'r u coming to [[PERSON|sam]]'s thing sat' and i want to say no politely lol",
    ),
    (
        "en",
        "Convert this to JSON:\nname: [[PERSON|Harold Finch]]\nemail: [[EMAIL_ADDRESS|hfinch@finchtech.io]]\nphone: [[PHONE_NUMBER|(212) 555-0184 ext. 12]]\naddress: [[LOCATION|900 Madison Ave, New York, NY 10021]]",
    ),
    (
        "en",
        "The staging box at [[IP_ADDRESS|172.31.44.9]] keeps running out of disk. Here's the df output... what should I clean up first?",
    ),
    (
        "en",
        "Help me write a condolence card to [[PERSON|Margaret]], whose husband [[PERSON|Alan]] passed away last week. They were our neighbours for twenty years.",
    ),
    (
        "en",
        "We got this in the support queue, please classify it: 'hi its [[PERSON|Kevin O'Brien]], account [[EMAIL_ADDRESS|kobrien77@yahoo.com]], I cant log in since the update and I have a presentation in an hour!!!'",
    ),
    (
        "en",
        "Here is our .env, can you tell me which variables are unused?\nDATABASE_URL=postgres://app:[[SECRET|2fcLAX&PR6xt]]@db.internal:5432/app\nREDIS_URL=redis://cache:6379/0\nOPENAI_API_KEY=[[SECRET|sk-proj-7UD3E3UGemUFqBzrAkEexa8pIM7r12IRWLGG5xv_d5XklcQJ]]\nLOG_LEVEL=info",
    ),
    (
        "en",
        "Please write a polite chaser to Dr. [[PERSON|Rebecca Okafor]] asking for the revised manuscript. Her assistant [[PERSON|Luis]] said it would be ready last Tuesday.",
    ),
    (
        "en",
        "I'm [[PERSON|Ethan Caldwell]], born [[DATE_OF_BIRTH|March 4, 1985]], and I'm applying for a mortgage. Can you help me write a cover letter explaining a gap in my employment?",
    ),
    (
        "en",
        "Make a table of these patients for the ward round:\nBed 4 - [[PERSON|Florence Adeyemi]], post-op day 2\nBed 7 - [[PERSON|George Pritchard]], awaiting scan\nBed 9 - [[PERSON|Hamza Iqbal]], discharge planned",
    ),
    (
        "en",
        "What's the wire transfer fee to a UK account like [[IBAN_CODE|GB29NWBK83529755194288]] from the US? I'm sending about 2,000 dollars.",
    ),
    (
        "en",
        "Our French contractor sent his numéro de sécurité sociale [[FR_NIR|2 67 02 12 519 523 20]] for the payroll setup. Where does that go in the form?",
    ),
    (
        "en",
        "Can you proofread my cover letter? 'Dear Hiring Manager, my name is [[PERSON|Chloe Fairbanks]] and I have five years of experience in event management...' Contact: [[PHONE_NUMBER|+44 20 7946 0321]].",
    ),
    (
        "en",
        "I found this in an old deploy script, is it dangerous to leave it in the repo?\nexport AWS_ACCESS_KEY_ID=[[SECRET|AKIAGLH601748OVRIBE3]]\nexport AWS_SECRET_ACCESS_KEY=[[SECRET|SfuYrOLh7KcZskpSEPHhR0DxNd+lDo4uflSQ+1Dw]]",
    ),
    (
        "en",
        "Write a short bio for the conference program: Prof. [[PERSON|Nnamdi Eze]] leads the Systems Biology group and has published on metabolic networks.",
    ),
    (
        "en",
        "Please send the contract to our new supplier at [[LOCATION|Unit 5, Riverside Industrial Estate, Leeds LS10 1QP]] - actually just draft the cover note.",
    ),
    (
        "en",
        "Explain why this JWT is rejected. The secret in the config is [[SECRET|Ukou07E0hXrFUPC47vCj90gbfvYx4BUT]] and we sign with HS256.",
    ),
    (
        "en",
        "Draft a reply to a parent: Mrs. [[PERSON|Henderson]] asked why her son [[PERSON|Tyler]] was moved to the other maths group. Be reassuring.",
    ),
    (
        "en",
        "Help me fill in this form for my mum. Name: [[PERSON|Barbara Lloyd]], date of birth [[DATE_OF_BIRTH|12/09/1948]], NHS surgery in Leicester, phone [[PHONE_NUMBER|0116 496 0723]].",
    ),
    (
        "en",
        "The passport number on the booking is [[PASSPORT_NUMBER|548201937]] but the airline says it doesn't match. What should I check on the passport?",
    ),
    (
        "en",
        "Reword this Slack message so it sounds less blunt: '@[[PERSON|priya]] the numbers in your deck are wrong again, please fix before the board sees them'",
    ),
    (
        "en",
        "Here's a GitLab token I generated for CI, can you write the .gitlab-ci.yml that uses it? [[SECRET|glpat-PM5LIUnAnGciGxFfUMVQ]]",
    ),
    (
        "en",
        "Our German office needs the Steuer-ID of [[PERSON|Lena Hoffmann]] for the payroll: [[DE_TAX_ID|58046626375]]. Draft the email to payroll asking them to update the record.",
    ),
    (
        "en",
        "Turn these notes into minutes: [[PERSON|Raj]] presented the Q2 numbers, [[PERSON|Sophie Turner]] raised the hiring freeze, [[PERSON|Mark]] will follow up with legal.",
    ),
    (
        "en",
        "Please write an email to the bank disputing a charge on my Visa [[CREDIT_CARD|4087 7627 6876 7462]] from a merchant called QuickParkUK on 14 May.",
    ),
    (
        "en",
        "Deliveries keep failing to [[LOCATION|4821 Willow Creek Dr, Apt 12B, Austin, TX 78745]]. Write a note for the courier explaining the gate code is needed.",
    ),
    (
        "en",
        "What's the tone of this message from [[PERSON|Callum]]? 'Fine. Do what you want, I'm done arguing about the budget.'",
    ),
    (
        "en",
        "Can you format this contact card? [[PERSON|Anna-Lena Schröder]], Musterfirma GmbH, [[LOCATION|Hauptstraße 45, 69117 Heidelberg]], Tel. [[PHONE_NUMBER|+49 6221 987654]]",
    ),
    (
        "en",
        "I need to verify the SSN [[US_SSN|364-01-0351]] for a new hire in the system, what's the standard format check we should apply?",
    ),
    (
        "en",
        "My private key got pasted into a ticket by accident, what do I do? It started with -----BEGIN OPENSSH PRIVATE KEY----- and then [[SECRET|b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACBcJ1k4xNVvQ2m0TQq]]",
    ),
    ("en", "Write a birthday message for my coworker [[PERSON|Dwayne]], he loves fishing and terrible puns."),
    # English benign
    ("en", "Explain the difference between a mutex and a semaphore with a simple example in Go."),
    ("en", "Write a product description for a stainless steel water bottle that keeps drinks cold for 24 hours."),
    ("en", "What are good questions to ask at the end of a job interview for a data analyst role?"),
    ("en", "Summarise the main arguments for and against a four-day work week in 150 words."),
    ("en", "How do I configure nginx as a reverse proxy for a Node app running on port 3000?"),
    ("en", "Give me a 3-day itinerary for Edinburgh in October, focused on history and good coffee."),
    ("en", "Draft a polite out-of-office reply saying I'm back on Monday and urgent requests go to the support desk."),
    ("en", "What does 'ERROR 1045 (28000): Access denied for user' mean in MySQL and how do I fix it?"),
    ("en", "Write a SQL query that returns the top 5 customers by total order value in 2024."),
    ("en", "Suggest names for a team channel about the office move to the new building in Rotterdam."),
]

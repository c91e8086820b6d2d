"""Words around personal names (titles, salutations, sign-offs, field labels) and the ordinary
Dutch and English words that must not be taken for names.

Hand-written for prompts sent to AI tools; deduce's lists (deduce_lists) supply the names.
All entries are lower case; multi-word entries are matched token by token.
"""

from __future__ import annotations

# Titles before a name: "dhr. Jansen", "mevrouw De Vries", "Dr. Bakker", "prof. dr. ir. Smit".
TITLES = frozenset(
    """dhr mevr mw mej mr dr drs ir ing prof ds bc ba ma msc bsc phd meneer mevrouw mijnheer
    juffrouw juf mrs ms miss mx sir madam madame mme mlle monsieur herr frau professor dokter
    sgt cllr revd rev insp supt cpl pte capt lt pc dc""".split()  # police and military ranks, clergy, councillors
)
# Forms of address among the titles (not degrees): after one of these a name is a person's.
HONORIFICS = frozenset(
    "dhr mevrouw mevr mw meneer mijnheer heer mej juf juffrouw mr mrs ms miss mx sir "
    "frau herr madame madam mme mlle monsieur".split()
)
# "heer" is a title only after "de"/"geachte" ("de heer Jansen"), never on its own.
TITLE_HEER = "heer"
TITLE_HEER_BEFORE = frozenset({"de", "geachte", "beste", "waarde"})

# Greetings that open a message: "Beste Anna,", "Hi Sarah,", "Geachte heer Jansen,".
SALUTATIONS = (
    "beste", "lieve", "hoi", "hallo", "hey", "hee", "hé", "dag", "goedemorgen", "goedemiddag",
    "goedenavond", "goedendag", "geachte", "waarde", "dear", "dearest", "hi", "hello", "hiya",
    "good morning", "good afternoon", "good evening", "morning", "sorry", "welcome", "welkom",
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line

# Closings followed by the sender's name: "Met vriendelijke groet,\nJan Jansen".
SIGN_OFFS = (
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "vriendelijke groeten",
    "met hartelijke groet", "met hartelijke groeten", "hartelijke groet", "hartelijke groeten",
    "met een vriendelijke groet", "groet", "groeten", "groetjes", "mvg", "m.v.g.", "vr. groet",
    "vr.gr.", "gr.", "gr", "liefs", "bedankt", "alvast bedankt", "dank je wel", "dank u wel",
    "hartelijk dank", "met dank", "kind regards", "best regards", "warm regards", "warmest regards",
    "kindest regards", "with kind regards", "with best regards", "regards", "best wishes", "best",
    "all the best", "cheers", "sincerely", "yours sincerely", "sincerely yours", "yours faithfully",
    "yours truly", "thanks", "thank you", "many thanks", "thanks again", "take care", "love",
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line

# Field labels followed by a name, in forms, CRM exports and e-mail headers ("Naam: Kees ...").
LABELS = (
    "naam", "name", "volledige naam", "full name", "voornaam", "voornamen", "achternaam",
    "first name", "last name", "surname", "given name", "family name", "geboortenaam",
    "contactpersoon", "contact person", "contact", "klant", "klantnaam", "naam klant", "customer",
    "customer name", "client", "cliënt", "client name", "patiënt", "patient", "patient name",
    "medewerker", "employee", "werknemer", "aanvrager", "applicant", "behandelaar", "huisarts",
    "verzekerde", "kandidaat", "candidate", "sollicitant", "student", "leerling", "deelnemer",
    "participant", "eigenaar", "owner", "afzender", "sender", "ontvanger", "recipient", "from",
    "to", "aan", "van", "cc", "bcc", "author", "auteur", "assignee", "reporter", "requested by",
    "requester", "requestor", "submitter", "approver", "aanmelder", "indiener",
    "aangevraagd door", "opgesteld door", "behandeld door", "ingediend door", "submitted by",
    "signed", "getekend", "ondertekend", "huurder", "tenant", "verhuurder", "landlord",
    "leidinggevende", "manager", "t.a.v.", "attn.", "attn", "ter attentie van", "actie", "acties", "action",
    "actiehouder", "action owner", "assigned to", "toegewezen aan", "melder", "gemeld door", "reported by",
    "voorzitter", "chair", "notulist", "minute taker", "projectleider", "teamleider", "bedrijfsarts",
    "bill to", "ship to", "invoice to", "deliver to", "factuur aan", "speaker", "spreker",
    "reviewer", "beoordelaar", "approved by", "goedgekeurd door", "akkoord", "on call", "piket",
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# Labels of a list of people, one or more names after the colon ("Aanwezig: Jan, Piet, Sanne").
LIST_LABELS = (
    "aanwezig", "aanwezigen", "afwezig", "afgemeld", "met kennisgeving afwezig", "afwezig met bericht",
    "afwezig met kennisgeving", "verhinderd", "afmeldingen", "deelnemers", "genodigden",
    "attendees", "attendance", "present", "absent", "apologies", "participants", "invitees", "also present",
    "cc", "bcc", "team", "teamleden", "team members", "members", "leden", "sprekers", "speakers",
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# Words after which a lone listed first name is a person: "vraag het aan Sanne", "met Lisa
# besproken", "according to Sarah", "ask Tom". Lower case, the word right before the name.
LEAD_WORDS = frozenset(
    """aan met voor door bij naar namens volgens vraag vraagt vroeg bel belt belde mail mailt mailde app
    appt stuur stuurt tegen zei zegt collega collega's van to with from by for ask asked tell told call
    called ping pinged email emailed message messaged thank thanks cc per colleague tussen between
    geef gaf give gave help helpt replace replaces replacing vervang vervangt""".split()
)
# Words right after a lone listed first name that opens a sentence or a bullet, showing it is
# the subject ("Sanne belt terug", "- Naomi is tot mei met verlof", "Vincent to call back").
SUBJECT_VERBS = frozenset(
    """is was heeft had gaat ging zal zou wil kan moet mag belt mailt stuurt neemt meldt vraagt zegt zei
    geeft komt start begint werkt maakt regelt pakt doet checkt laat houdt zoekt schrijft plant bereidt
    organiseert presenteert stelt opent sluit has will would can could should must to on said says asked
    asks called calls sent sends takes took wants needs thinks agreed agrees mentioned reported confirmed
    joined left leads owns handles reviews presented opened closed""".split()
)
# Labels whose name needs no colon after them.
LABELS_WITHOUT_COLON = frozenset({"t.a.v.", "attn.", "attn", "ter attentie van"})

# Words that open a surname ("de Vries", "van Dijk"), never a first name though deduce lists
# some of them ("De", "Van"): "De Maas" is a river.
INTERFIX_STARTS = frozenset("de van den der te ter ten het von la le du di da del el".split())
# Particles a surname may open with in any of the languages we see (Arabic "al", "bin"; German "zu",
# "vom"), as identifiers and registers write them ("lisaVanDerMeer", "VAN DEN BERG, Anouk").
SURNAME_PARTICLES = INTERFIX_STARTS | {"al", "bin", "ben", "zu", "vom"}

# Chatbots and assistants addressed by name ("Hi Claude,"): never a person. Not "Jarvis" nor
# "Watson": far more often a surname ("Dear Mrs Jarvis") than an assistant.
ASSISTANTS = frozenset("claude chatgpt gpt gemini copilot siri alexa cortana bard grok bixby llama".split())

# Multi-letter initials that are abbreviations: "U.S. Army", "B.V. Amsterdam", "P.S. Vergeet".
ABBREVIATIONS = frozenset(
    "us uk eu usa vs nv bv vof cv ps nb am pm ad bc ce ok tv pc id qa hr it pr ceo cto cfo"
    " eg ie ca dc ny la sf nl be de fr rip".split()
)

MONTHS_AND_DAYS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec januari februari maart mei juni juli augustus
    oktober monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()
)

# Products, companies, languages and tools that share a word with a first name or follow one
# in Title Case ("Claude Code", "Julia", "Rocky Linux", "Albert Heijn").
PRODUCTS = frozenset(
    """microsoft google apple amazon meta facebook instagram whatsapp twitter linkedin youtube
    tiktok netflix spotify uber airbnb tesla mercedes benz kia alfa romeo lexus dacia porsche ferrari
    kubernetes docker podman python java javascript typescript ruby rust golang swift kotlin scala
    julia ada pascal perl php haskell elixir erlang clojure dart lua matlab excel word powerpoint
    outlook teams onedrive sharepoint azure aws gcp linux windows macos ubuntu debian fedora centos
    alpine arch mint rocky alma kali android ios chrome firefox safari edge opera brave vivaldi
    jenkins ansible terraform kafka spark hadoop flink airflow django flask rails laravel spring
    react angular vue svelte node deno bun nginx apache tomcat redis postgres postgresql mongo
    mongodb mysql mariadb oracle sqlite elastic elasticsearch kibana grafana prometheus jira
    confluence trello asana notion slack zoom webex figma canva miro claude chatgpt gemini copilot
    siri alexa cortana bard llama mistral grok devin cody cursor ollama whisper midjourney jupyter
    pandas numpy jasmine karma mocha jest cypress selenium playwright puppeteer hugo jekyll gatsby
    wordpress drupal joomla magento shopify sap salesforce hubspot zendesk servicenow workday
    exact afas visma twinfield moneybird heijn jumbo lidl aldi hema ikea coolblue philips shell
    unilever heineken ing rabobank abn amro bunq adyen booking tomtom asml kpn ziggo vodafone
    odido oetker nike adidas puma gucci prada chanel dior zara vans crocs siemens samsung sony
    nokia lenovo dell intel nvidia amd cisco ibm hp vmware citrix okta auth0 vercel netlify heroku
    github gitlab bitbucket stack overflow reddit discord telegram signal skype gmail hotmail
    proton yahoo bing duckduckgo openai anthropic mistralai cohere hugging huggingface langchain
    llamaindex pytorch tensorflow keras scikit sklearn matplotlib seaborn plotly streamlit gradio
    fastapi pydantic celery nomad vault consul helm istio envoy argo tekton flux harbor rancher
    openshift tableau looker qlik alteryx databricks snowflake bigquery redshift synapse fabric
    sentry datadog splunk dynatrace newrelic pagerduty opsgenie grafana loki tempo mimir jaeger
    kiali calico cilium linkerd traefik caddy haproxy varnish memcached rabbitmq nats pulsar
    cassandra scylla couchdb neo4j dynamo dynamodb cosmos firebase supabase prisma sequelize
    hibernate maven gradle npm yarn pnpm pip conda poetry homebrew chocolatey winget lex yacc bison flex""".split()
)
# Products that are also common surnames: after a first name they are the surname ("Debra Jenkins",
# "Michael Dell"); alone they stay the product ("Jenkins build failed").
PRODUCT_SURNAMES = frozenset({"jenkins", "dell"})
# Whole phrases that look like "first name + surname" but are brands or places.
PRODUCT_PHRASES = frozenset(
    {"albert heijn", "jan linders", "dirk van den broek", "claude code", "monte carlo", "sierra leone",
     "costa rica", "santa claus", "san francisco", "san diego", "san jose", "santa cruz", "santa monica",
     "las vegas", "los angeles", "st louis", "hello kitty", "julia set", "ruby on rails", "nova scotia",
     "tom tom", "peter pan", "van gogh", "robin hood",
     # a holiday and a brand written like a person's name: the Surinamese emancipation day, the coffee
     "keti koti", "douwe egberts"}
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line

# First names that are also ordinary English or Dutch words, months or places, beyond deduce's
# own exceptions: they count as a name only with strong evidence (a listed surname, a title,
# a salutation or sign-off).
# First names that are also words, which the name lists leave out on that account (Faker's en_US,
# en_IE, en_NZ, nl_BE, de_DE and fr_BE tuples less the lexicon, read by hand): in the lexicon as
# ambiguous names, counted only where a cue makes them a person ("Dear Drew,", "ask Sherry to").
WORD_LIKE_FIRST_NAMES = frozenset(
    """Autumn Sherry Brigid Bryony Carter Emmet Frazer Jude Mollie Shea Tory Zak Blair Campbell
    Fletcher Harmony Hudson Murray Nixon Piper Trent Vaughan Warwick Gust Lander Warre Cord Heide Holm
    Urban Eliot Martial Tanguy Brogan Inna Insa""".split()
)
# Of those, the verbs and function words: the strictest tier, as "Will" and "Mark".
VERB_FIRST_NAMES = frozenset("Drew Grant Pierce Till Hardy".split())

# Listed as first names, but in a prompt the French and German function words they are
# ("si besoin", "Meine Steuer-ID", "Sie haben"): never a first name.
NOT_FIRST_NAMES = frozenset("si tu elle ton bien meine seine sie".split())

NAME_WORDS = frozenset(
    """will may mark bill rose hope grace faith joy dawn june april august summer autumn winter ivy
    lily daisy holly iris jasmine violet ruby amber crystal pearl jade sky river storm rain sunny
    patience chance chase hunter carter mason cooper baker parker taylor austin dallas houston
    paris florence victoria sydney georgia virginia carolina jordan kelly art frank sue pat rob
    bob don jack sam nick gene ray guy herb rich miles max drew gale glen dale cliff brook heather
    olive sage basil rosemary penny sandy misty destiny harmony melody trinity angel heaven genesis
    justice honor noble royal king prince princess duke earl baron major general page kit buddy
    lance robin wolf fox hazel ginger candy cherry honey bunny star moon sun nova luna echo aurora
    orion phoenix apollo atlas hermes athena janus juno vesta ceres zeus thor odin loki neo electra
    ember monte lotus lucky love lovely mercy merit miracle rocky silver tiger timber willow woody
    zen chip dot dusty ebony flora flint lee lane dean wade reed gray grey brown white green black
    roos bas merel floor lot jet mees pier vos zomer lente lief lieve fleur wil kan ben dan elke
    anders door van per min man mee mei juli onder bent broer zus hart maan bloem zilver goud tak
    kok veer wiel tien tuba tong dik hoi klaar nader adem aard baan bouwen bruin burger lies made
    men mie rijk vital wang zweer has him my you to on he do an al alle allen aan de sep can
    age alien alike alpha bars beer belle bin blessing bliss boy brain bran brand brandy brunette
    buck burger caprice carry charity clay constant daily day deli desire dim din dine divine
    domino done fake fan fang fee feline fine flip germ given goof greet hale hang harm hart hay
    heavenly herald hero hind islam jazz jeep jelly jersey jetty jewel job joke junior just kick
    kin kitty lard laurel lava lean lie lien line lion loan lone lore lute mace manna mare marine
    marines marry math meadow mine mint nail nanny nine ninja ocean pepper pie piety pip pixie
    precious prosper prudence prudent puck raven reef rem ridge riff rim rink rinse rosy rover
    rowdy rune said sake scarlet serve seven shade shady shanty sill sin sing skip sol spike
    splinter stern take tan tea thyme tiny tore tuna valentine valiant vanity wander ward wart
    wick win wing click lima milan lyon geneva vienna venice verona valencia kingston lincoln
    richmond denver memphis orlando montana nevada indiana india asia jamaica dakota savannah
    brooklyn odessa doha rio reno salem medina milano roma timor seine cheyenne navajo baptist
    christ danish france liberty luck mac diesel ping sultan serenity charisma cherish deny donate
    nirvana ai ale ate fin gill mink pep lux nox frat jilt lan bate indigo isis jihad eden gelt
    fop ditty dewy rive nim lense dies pluk mus boet ye ya frans roman marina berry vita amor gloria
    stella bentley armani valentino jesus jezus krishna shiva vishnu lakshmi gaia selene hera hestia ares
    artemis eros hebe tyche""".split()
)

# Ordinary Dutch words, frequent at the start of a prompt or in a heading (imperatives,
# question words, adverbs, nouns of office work), that deduce's common-word list lacks.
NL_WORDS = frozenset(
    """wat wie waar waarom hoe welke welk wanneer hoeveel kun kunt kan kunnen wil wilt willen mag
    mogen moet moeten zou zouden zal zullen ga gaan graag alsjeblieft alstublieft aub svp bedankt
    dank leg maak schrijf geef vat vertaal herschrijf controleer bereken zoek noem beschrijf
    vergelijk help stel bedenk ontwerp analyseer verbeter corrigeer check lees kijk bekijk plan
    plaats zet doe laat maak stuur bel mail vraag antwoord antwoorden vragen uitleg voorbeeld
    voorbeelden samenvatting inleiding conclusie bijlage hoofdstuk paragraaf sectie tabel figuur
    agenda notulen actiepunten actielijst vergadering overleg project projectplan planning
    offerte factuur rapport verslag begroting budget beleid procedure handleiding overzicht
    stap stappen fase versie onderwerp betreft inhoud datum tijd locatie plek team afdeling
    gemeente provincie ministerie stichting vereniging bedrijf organisatie klant klanten
    leverancier leveranciers collega collega's medewerkers iedereen allemaal allen heren dames
    daarna daarom daarnaast vervolgens eerst tenslotte ten slotte verder ook nog eens echter
    bovendien toch maar want omdat hoewel terwijl zodat indien als dan toen nu straks later
    morgen vandaag gisteren volgende vorige deze dit dat die hier daar er ja nee oké prima goed
    top super mooi fijn leuk graag hallo hoi dag doei tot ziens welkom gefeliciteerd succes
    vakantie zomervakantie kerst pasen feestdagen weekend week maand jaar kwartaal ochtend middag
    avond nacht noord zuid oost west nieuw nieuwe oud oude groot grote klein kleine lang lange
    kort korte hoog hoge laag lage eerste tweede derde laatste belangrijk belangrijke extra
    totaal samen alle elk elke ieder iedere geen veel weinig meer minder meest beste lieve
    geachte beste groet groeten vriendelijke hartelijke met vriendelijke medisch medische
    academisch academische""".split()
)

# Ordinary English words, frequent at the start of a prompt or in Title Case headings.
EN_WORDS = frozenset(
    """the a an and or but if then else when while where what which who whom whose why how this
    that these those it its i you he she we they me him her us them my your his our their mine
    yours ours theirs am is are was were be been being have has had do does did done will would
    shall should can could may might must not no yes all any some many much more most few less
    least each every both either neither other another such same own only just also very too so
    than as at by for from in into of off on onto out over to up with within without about above
    across after against along among around before behind below beneath beside between beyond
    down during except inside near outside since through throughout till toward towards under
    underneath until upon via per please thanks thank hello hi hey dear regards kind best here
    there now today tomorrow yesterday next last first second third new old big small great good
    bad high low long short full free open close public private main key top bottom left right
    write make explain give create summarize summarise translate rewrite draft list show tell help
    find check fix add remove update generate compare describe convert calculate build design
    plan review analyze analyse suggest provide improve optimize optimise refactor debug test run
    use let get set put take keep send read see look note mark bill call ask answer draw format
    sort filter merge split join count sum average total chart graph table tables sheet sheets
    workbook formula formulas function functions cell cells column columns row rows pivot macro
    project plan summary executive release notes introduction overview background conclusion
    conclusions results result discussion appendix chapter section figure agenda minutes action
    actions items item meeting meetings report reports status update updates roadmap goal goals
    objective objectives scope requirement requirements architecture deployment installation
    configuration usage example examples tutorial guide reference documentation faq question
    questions answers step steps part phase sprint retrospective demo team group department
    company office customer customers service services support sales marketing finance legal
    operations product products feature features bug bugs issue issues task tasks ticket tickets
    version changelog license readme contents index terms conditions privacy policy cookie
    security data model models cloud server servers database network system systems platform
    app apps application applications code studio visual power business intelligence analytics
    insights dashboard manager management director board committee council hiring human
    resources recruiter sir madam everyone everybody all folks guys world there team friends
    colleagues partners stakeholders user users admin administrator developer developers engineer
    engineering student students teacher teachers doctor nurse patient client candidate owner
    holiday holidays vacation trip travel itinerary budget cost costs price prices invoice order
    orders payment payments account accounts bank tax taxes salary revenue profit growth strategy
    vision mission values culture training course courses lesson lessons class classes exam
    chapter unit module modules package packages library libraries framework frameworks tool
    tools file files folder folders document documents page pages site website web email mail
    message messages chat prompt prompts response responses input output error errors warning
    warnings exception log logs test tests unit integration end point endpoint api rest graphql
    query queries request requests header headers body token tokens session sessions cache queue
    worker workers job jobs cluster clusters node nodes pod pods container containers image
    images volume volumes secret secrets ingress gateway proxy load balancer storage compute
    instance instances region regions zone zones north south east west central street road
    avenue lane drive court place square park hill river lake mount city town county state
    country united kingdom states republic national international global local federal general
    special annual daily weekly monthly quarterly morning afternoon evening night week weekend
    month year quarter spring fall season seasons christmas easter thanksgiving birthday party
    dinner lunch breakfast coffee tea click line ocean interface command beer boom breed burger bus day
    hut land pan pen plant plat rook sap school slim slot storm sun super wind winter wolf northern
    southern eastern western""".split()
)

# Common English surnames that share their spelling with a place or a common word are handled
# by the lists; these Dutch and English street suffixes mark a street, not a surname
# ("Willem de Zwijgerlaan", "Baker Street").
STREET_SUFFIXES = tuple("straat laan weg plein gracht kade singel dijk dreef steeg plantsoen boulevard burgwal".split())
# Street types after a house number ("424 Michele Canyon", "12 Oliver Corners"): USPS
# Publication 28 and British ones. A name between a number and one of these is a street.
EN_STREET_TYPES = frozenset(
    """street streets road roads avenue lane drive drives court courts close place way ways boulevard square
    squares terrace crescent grove groves gardens parkway highway mews alley annex arcade bayou beach bend
    bluff bluffs bottom branch bridge brook brooks burg burgs bypass camp canyon cape causeway center
    centers centre circle circles cliff cliffs club common commons corner corners course cove coves creek
    crest crossing crossroad curve dale dam divide estate estates expressway extension extensions falls
    ferry field fields flat flats ford fords forest forge forges fork forks fort freeway garden gateway glen glens
    green greens harbor harbors haven heights hill hills hollow inlet island islands isle junction
    junctions key keys knoll knolls lake lakes land landing light lights loaf lock locks lodge loop mall
    manor manors meadow meadows mill mills mission motorway mount mountain mountains neck orchard oval
    overpass park parks pass passage path pike pine pines plain plains plaza point points port ports
    prairie radial ramp ranch rapid rapids rest ridge ridges river route row rue run shoal shoals shore
    shores skyway spring springs spur spurs station stravenue stream summit trace track trafficway trail
    tunnel turnpike underpass union unions valley valleys via viaduct view views village villages ville
    vista walk walks wall well wells""".split()
)
STREET_WORDS = frozenset(
    "street st road rd avenue ave lane ln drive dr court ct close place way boulevard blvd square".split()
)
# Institutions, buildings and days named after a person ("Anne Frank Huis", "Emma
# Kinderziekenhuis", "Martin Luther King Day"): the name there is not personal data.
INSTITUTION_WORDS = frozenset(
    """museum huis house arena stadion stadium ziekenhuis kinderziekenhuis hospital theater theatre
    school college hogeschool universiteit university fonds cultuurfonds foundation stichting prijs
    prize award institute instituut centrum center centre hall hal kerk church kathedraal cathedral
    brug bridge tunnel toren tower gebouw building park plein kanaal canal day dag lecture lezing
    medal medaille airport luchthaven station zaal trofee trophy""".split()
)
INSTITUTION_SUFFIXES = tuple(
    "ziekenhuis museum theater theatre fonds kanaal centrum school college stadion instituut kliniek".split()
)

# Countries, continents and large cities (English and Dutch names) next to deduce's Dutch
# places: "Sami Sweden" is a language and a country, not a person.
WORLD_PLACES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
    brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia congo croatia
    cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia ethiopia fiji finland
    france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras
    hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
    kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru
    nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
    peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
    singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
    tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine
    uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe england scotland
    wales britain europe asia africa america antarctica oceania belgië duitsland frankrijk engeland
    spanje italië griekenland zweden noorwegen denemarken polen oostenrijk zwitserland hongarije
    roemenië bulgarije kroatië turkije marokko egypte rusland oekraïne indonesië brazilië
    argentinië australië nederland ierland schotland tsjechië slowakije slovenië servië litouwen
    letland estland ijsland luxemburg irak syrië israël libanon jordanië afrika azië europa oceanië
    nigeria kenia ethiopië somalië tunesië algerije london paris berlin madrid rome lisbon lissabon
    brussels brussel antwerp antwerpen vienna wenen prague praag warsaw warschau budapest athens
    athene dublin edinburgh manchester liverpool birmingham glasgow oxford cambridge bristol leeds
    copenhagen kopenhagen stockholm oslo helsinki zurich zürich geneva genève munich münchen hamburg
    frankfurt cologne keulen düsseldorf milan milaan barcelona florence venice venetië naples napels
    istanbul moscow moskou kyiv kiev tokyo beijing peking shanghai dubai mumbai delhi bangkok
    sydney melbourne toronto vancouver montreal chicago boston seattle denver dallas houston austin
    atlanta miami phoenix philadelphia washington york angeles francisco detroit portland nashville
    memphis orlando springfield columbus jerusalem cairo lagos nairobi johannesburg kaapstad maas
    waal rijn ijssel amstel schelde lek vecht dommel dinkel gouwe rotte zaan spaarne linge merwede
    noordzee waddenzee randstad""".split()
)

# Dutch words that deduce also lists as first names, checked against a Dutch word-frequency list
# (the listed first names most frequent as Dutch text, read by hand, on 2026-12-06). In a line
# without case nothing tells them from a name, so the rule for a re-cased name inside a sentence
# passes them by ("een stevig kader", "de zwaan", "haring met uitjes").
DUTCH_WORD_NAMES = frozenset(
    """koop el kader ouwe vrouwtje maatje kong hee engel zonne parel volken beren zwaan kar emo kam
    sim adel leen anno hok blaas vin haring linde griet peren lok deen hei raaf kik tromp wille kiem
    mille lelie heere verde bink romein botje ingen bor har enne bien roemer kee wende savanne poppe
    pui luit peet kommer stans ran ide terra femme torre bonne homme amer wierd gea fer""".split()
)

# First names that are also common nouns or adjectives, written in lower case as words (flowers,
# gems, virtues, colours, weather, nicknames), so a capital inside a sentence tells the name:
# "I'm on a project with Grace and", "vraag het aan Roos". Read by hand on 2026-12-06 from the
# lexicon's ambiguous first names; left out are the ones whose capitalised use is something else
# as well: places, brands and software ("Sage", "Chase", "Jersey", "Mac"), titles ("King",
# "Duke", "Dean"), languages and nationalities ("Frans", "Danish", "Roman"), deities and faiths,
# and words that open names of things ("Amber alert", "Taylor series", "Mason jar", "Ivy League"
# needs its capital and stays out by that).
CASE_TELLS_NAMES = frozenset(
    """Basil Belle Berry Bliss Blessing Brandy Candy Cherry Clay Daisy Dawn Destiny Dusty Ebony
    Faith Fleur Flora Ginger Grace Hazel Heather Holly Hope Iris Ivy Jade Jewel Joy Kitty Laurel
    Lily Luna Melody Mercy Misty Olive Pearl Penny Pepper Precious Prudence Raven Robin Rose
    Rosemary Rosy Sandy Scarlet Serenity Sky Stella Summer Sunny Violet Willow Woody
    Bob Buddy Cliff Don Frank Glen Guy Jack Kit Lee Nick Rob Sam Sue
    Roos Merel Lente Mees Bas Greet Floor""".split()
)

# English words among the listed first names the lexicon holds as plain names (WordNet, the
# English word list, also lists names as proper nouns: "daniel", "calvin", "scott"; these are
# the common words among them, read by hand on 2026-12-06). Same use as DUTCH_WORD_NAMES.
EN_WORD_NAMES = frozenset(
    """abbey abele ambrosia amine angelica aria aster aura bailey beau benne beryl bijou billy bobby
    bonnie bonny brant brit cain carol cars chevy chi chin chuck cis clary clement cole cornel curt
    dahlia dane dick dickey dicky dixie dolly dong edger elan els emmy erica ester eve fanny fay
    felicity fen fester fey finn fosse franc funs gael gemma goos gosling griffin grit han harper
    hector henna hens herm hin hyacinth ids indie iva jagger jay jazzy jenny jerry jimmy john johnny
    josh kea ken khan kina kirk lam lamina lea lei lev levy lilo lindy lino lode lulu mack madonna
    marlin mart mavis maxim merle merlin mete mick mickey mien miller mina mo molly moos murk nan
    nard noel norma paddy patty pax pebbles peer peke perry phi pia pieta pita pol pom poppy quint
    raj ram rana randy rani rein rhea rick rima roan romany rosette rowan rut saber sally sander
    sang savanna sen shah si sierra sissy soma sonny stein sura sylvan taco tam tamer tames tanner
    tao taro teddy terry thai tiara tin tine ting toby toke tom ton trees troy tung undine vesper
    viola wally wan warren wester yang yaw yen yin yip""".split()
)

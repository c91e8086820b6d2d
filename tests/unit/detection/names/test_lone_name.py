"""lone_name: a first name alone, and how much the sentence must say for each kind of name."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.lone_name import LoneNameRules
from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_lexicon import lexicon


@pytest.mark.parametrize(
    ("name", "tier"),
    [
        ("Sanne", "plain"),
        ("Amina", "plain"),
        ("Milan", "ambiguous"),
        ("Jade", "ambiguous"),
        ("Will", "word"),
        ("Mark", "word"),
        ("May", "month"),
        ("Mei", "month"),
    ],
)
def test_when_a_first_name_is_classified_then_its_tier_says_how_much_evidence_it_needs(name: str, tier: str) -> None:
    assert LoneNameRules(name, lexicon())._tier(name) == tier


def lone(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in NameFinder(text, lexicon()).find()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weak cues: enough for a name that is no word, not for one that is
        ("Kun je het vragen aan Sanne?", ["Sanne"]),
        ("Kun je het vragen aan Milan?", []),  # a place as well (a noun such as "Jade" counts by its capital)
        ("- Sanne is tot mei met verlof", ["Sanne"]),
        ("Sanne's laptop", ["Sanne"]),
        ("Jade's laptop", ["Jade"]),  # a noun's possessive before a thing: a person (not "Dean's list")
        # strong cues: enough for a noun or place, and for a word
        ("Jade van de receptie belt.", ["Jade"]),
        ("Milan from accounting called.", ["Milan"]),
        ("Will (HR) belt terug.", ["Will"]),
        ("Vraag Jade om de cijfers.", ["Jade"]),
        ("Jade, kun je dit checken?", ["Jade"]),
        ("Jade neemt contact op.", ["Jade"]),
        ("Jade to call back before Friday.", ["Jade"]),
        ("en Jade belt morgen terug.", ["Jade"]),
        ("Mail Jade de offerte.", ["Jade"]),
        ("Een bedankmail aan Jade graag.", ["Jade"]),
        ("Mijn collega Jade heeft een vraag.", ["Jade"]),  # a job or relation before it
        ("Het team Milan won.", []),  # a department is no person
        ("Jordan, our new CFO, starts Monday.", ["Jordan"]),  # a role after a comma
        ("Jordan, the capital Amman and Petra", []),
        ("Milan en ik gaan naar de beurs.", ["Milan"]),  # next to the speaker
        ("Morgen gaan ik en Milan naar Utrecht.", ["Milan"]),
        ("Milan zit in een overleg.", ["Milan"]),  # a state only a person is in
        ("Milan zit vol toeristen.", []),
        # a month needs a role, a request or a personal verb; never a message or a contact verb
        ("Een bedankmail aan Mei graag.", []),
        ("Mei van de administratie belt.", ["Mei"]),
        ("Vraag Mei om de cijfers.", ["Mei"]),
        # products and assistants never count alone
        ("Vraag Alexa om een timer.", []),
        ("Julia from accounting called.", []),
        # a Dutch adverb spelled like a name: the subject must not follow the verb
        ("Dan belt Sanne terug.", ["Sanne"]),
    ],
)
def test_when_a_first_name_stands_alone_then_the_cue_must_fit_its_tier(text: str, expected: list[str]) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a common noun, capitalised inside a sentence: as a word it
        # would be written in lower case
        ("I'm on a project with Grace and it's not going well.", ["Grace"]),
        ("Please loop in Holly before we reply to the auditor.", ["Holly"]),
        ("Summarise the notes Ivy took during the workshop.", ["Ivy"]),
        ("Mag ik de mail van Roos doorsturen?", ["Roos"]),
        # ... but not after a determiner, a naming verb, joined to the next word, or in a list of such words
        ("Order a Holly wreath for the table.", []),
        ("De Roos in de tuin bloeit al.", []),
        ("The release name for this sprint is Summer, after the season.", []),
        ("We use Iris for the image recognition step.", []),
        ("The network is still Sky-Guest.", []),
        ("The cocktail menu lists Cherry, Ginger and Pepper as flavours.", []),
        # nor a place that is also a first name
        ("We took the train to Florence last week.", []),
        # an adverb opening the sentence before its subject
        ("Yesterday Heather told me she is expecting a baby.", ["Heather"]),
        ("Unfortunately Curtis can't make it on Friday.", ["Curtis"]),
        # a team in one compound word; "vraag aan" and "zeg tegen"
        ("Kun je Ivy uit het marketingteam toevoegen aan de groep?", ["Ivy"]),
        ("Vraag aan Jet of de printer al gemaakt is.", ["Jet"]),
        ("Zeg tegen Bas dat de taxi om vijf uur komt.", ["Bas"]),
    ],
)
def test_when_a_word_like_first_name_is_written_as_a_name_then_it_counts(text: str, expected: list[str]) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age in apposition, and a note about the person, cue a full name the lists do not vouch for
        ("Oswald Hermighausen, 42 jaar, zoekt een nieuwe baan in de zorg.", ["Oswald Hermighausen"]),
        ("Julia Ullrich, 42 jaar, zoekt een baan.", ["Julia Ullrich"]),  # a product name, with surname and cue
        ("Cora Wutke (42) start maandag.", ["Cora Wutke"]),
        ("Opmerking over Elke Standaert: wil liever mail dan telefoon.", ["Elke Standaert"]),
        ("Note about Marine Gilles: prefers email.", ["Marine Gilles"]),
        # ... and not without them
        ("Julia Programming, a guide for beginners", []),
        ("Julia from accounting called.", []),
        ("Release 42, Grace Period: 30 days", []),
    ],
)
def test_when_an_age_or_a_note_stands_by_a_full_name_then_it_counts(text: str, expected: list[str]) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of first names after a label: the first one too
        ("Attendees: Candace, Melissa and Tracy.", ["Candace", "Melissa", "Tracy"]),
        ("Aanwezig: Eline, Lucas en Nora.", ["Eline", "Lucas", "Nora"]),
        ("{'en': 'Augusta, GA'}", []),  # a place and its state
        # a quoted text opening with the name and its verb
        ("Maak dit vriendelijker: 'Annick is traag en zegt weinig.'", ["Annick"]),
        # "kent", "knows" after a name opening a clause
        ("Ayoub heeft meer ervaring maar Maartje kent de klant.", ["Ayoub", "Maartje"]),
        # a role with one word before it after a comma
        ("You are Robin, the hiring manager, and I am the candidate.", ["Robin"]),
        # a salutation closed by a surname that is also a word
        ("Translate: 'Dear Molly Hall, thank you for your application.'", ["Molly Hall"]),
    ],
)
def test_when_a_prompt_sets_up_people_then_their_names_count(text: str, expected: list[str]) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only a person has these, or is the object of these: a place or word name counts too
        ("Is it okay to forward Georgia's email to the whole team?", ["Georgia"]),
        ("Schedule a 1:1 with Florence for next week.", ["Florence"]),
        ("Please loop in Sydney before we reply.", ["Sydney"]),
        ("Congratulate Jordan on ten years with the company.", ["Jordan"]),
        # ... and not a country's things
        ("Georgia's economy grew by 7 percent.", []),
        ("Schedule a meeting in Florence for next week.", []),
    ],
)
def test_when_only_a_person_fits_then_a_place_or_word_name_counts(text: str, expected: list[str]) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frame of verb and particle that takes only a person
        ("Loop Jade in on the vendor issue.", ["Jade"]),
        ("Please brief Amber on the client's complaints.", ["Amber"]),
        ("Draft a message to introduce Mark to the sales team.", ["Mark"]),
        ("Stefan verzet steeds ons overleg.", ["Stefan"]),
        ("Betrek Laura bij het leveranciersprobleem.", ["Laura"]),
        # a one-to-one in a calendar, a reply, the cc
        ("Calendar: 10:00 1:1 Clive / 14:00 budget review.", ["Clive"]),
        ("Draft a reply to Austin saying the delivery is late.", ["Austin"]),
        ("CRM note: spoke w/ Gary at Acme, wants a quote.", ["Gary"]),  # "w/" is "with"
        ("Zet Fleur even in de cc voordat we antwoorden.", ["Fleur"]),
        # a pronoun that refers back to the name
        ("We need someone to replace Hunter while he is on leave.", ["Hunter"]),
        ("Willow forgot her badge again.", ["Willow"]),
        # a name that is no word opening a quote, a comma, the sentence going on
        ("Is deze toon goed? 'Maria, zoals gezegd is het rapport te laat.'", ["Maria"]),
        # ... and not where the pronoun is someone else's, the word a thing, or the name a place
        ("After the trip to Jordan, she wrote a blog post.", []),
        ("In April, she started at the bank.", []),
        ("Faith keeps her going.", []),
        ("Mark the invoice as paid, and he will see it.", []),
        ("Put Legal in cc please.", []),
        # a surname the parse would not take: the cue is the first name's
        ("Summarize the complaint from Claire Day in two sentences.", ["Claire Day"]),
        ("Kimberly Hall called this morning about the refund.", ["Kimberly Hall"]),
        ("Vergeet niet Sanne Microsoft te bellen.", ["Sanne"]),  # a product is no surname
        ("Meeting with Claire Monday, not Tuesday.", ["Claire"]),
        ("We ordered Ginger Ale and Cherry Coke.", []),
        # a club, a folk hero, a French phrase
        ("Hey Chelsea fans, what a game.", []),
        ("Chelsea's squad flew to Madrid.", []),
        ("The Robin Hood tax debate is back.", []),
        ("Merci de me rappeler si besoin.", []),
        ("Meine Steuer-ID ist bekannt, Sie haben sie.", []),
        # first names that are words, which the lists left out: ambiguous, counted with a cue
        ("Please ask Sherry to send the report.", ["Sherry"]),
        ("My colleague Grant is on leave.", ["Grant"]),
        ("The research grant was approved and she drew up the budget.", []),
        ("In autumn we serve sherry at the office party.", []),
        ("Grant access to the repo for the new service account.", []),
    ],
)
def test_when_a_frame_or_pronoun_makes_it_a_person_then_a_word_like_name_counts(text: str, expected: list[str]) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name alone above a phone's signature; not a word there
        ("Running late, start without me.\n\nGeraldine\nSent from my iPhone", ["Geraldine"]),
        ("Tot zo.\n\nSanne\nVerzonden vanaf mijn iPhone", ["Sanne"]),
        ("See you then.\n\nApple\nSent from my iPhone", []),
        ("Geraldine\nis the name of the boat", []),
        # a rota: a first name closing an entry after a day or a range of days
        ("On call this week: Mon–Wed Steven, Thu–Sun Deborah", ["Steven", "Deborah"]),
        ("Friday: Priya", ["Priya"]),
        ("Sunday Mass at ten", []),
        ("Mon–Wed closed, Thu–Sun open", []),  # "Thu" opens a range of days, no first name here
        # entries closed by a slash; numbered weeks and shifts; a day before a colon is a label
        ("Mon: Keira / Tue: Arjun / Thu: Ravi", ["Keira", "Arjun", "Ravi"]),
        ("On call: week 1 Bronwyn, week 2 Ravi", ["Bronwyn", "Ravi"]),
        ("Sprint 3 Phoenix, sprint 4 Atlas, week 2 Summary", []),
        # a clause after a dash with spaces; a code comment's "//" opens its line
        ("Item 3 — Carolyn reported that the audit is on track.", ["Carolyn"]),
        ("Page 2 – April reported the highest sales.", []),  # a month needs more than a verb
        ("// Ask George before changing the retry limit.", ["George"]),
        # only a person is known for years, or is on a call
        ("I have known Chad for six years.", ["Chad"]),
        ("I have known Python for six years.", []),
        ("Notes from call with Kelly (supplier side).", ["Kelly"]),
        ("Notes from call with support (supplier side).", []),
        # a greeting without its comma before a request; not a word after the greeting
        ("Hi Cody can you check the staging server?", ["Cody"]),
        ("Hi Team can you check the staging server?", []),
        ("Hello World can you explain this program?", []),
    ],
)
def test_when_a_signature_rota_dash_reference_or_chat_greeting_places_a_first_name_then_it_counts(
    text: str, expected: list[str]
) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a guest's plus-one; a paid or owed amount; a message signed after a dash
        ("Guest list:\nCourtney + 1\nJoel +1", ["Courtney", "Joel"]),
        ("Paid Alexis £40 for the tickets.", ["Alexis"]),
        ("Paid April 40 dollars in rent.", []),  # a month needs more than that
        ("Great work on the launch, everyone – Martin", ["Martin"]),
        ("Pricing – Enterprise", []),
        # a rota by hours; a teacher at school; a participle of what is done to a person
        ("Rooster zaterdag\n08:00–12:30 Esila\n12:30–17:00 Jayda", ["Esila", "Jayda"]),
        ("Meester Ward vertelde het in de klas.", ["Ward"]),
        ("Vandaag Jonathan gefeliciteerd met zijn verjaardag.", ["Jonathan"]),
        ("Vandaag gefeliciteerd met de nieuwe website.", []),
    ],
)
def test_when_a_guest_list_a_payment_a_dash_signature_an_hour_rota_or_a_teacher_places_a_first_name_then_it_counts(
    text: str, expected: list[str]
) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed name that is no word, opening a sentence, before a regular past verb or a modal and a verb
        ("Notes: Siobhán opened. Rhys disagreed about the contractor costs.", ["Siobhán", "Rhys"]),
        ("Tyler will circulate the revised figures.", ["Tyler"]),
        ("Tyler can't make it on Friday.", ["Tyler"]),
        # where the person belongs: "van de garage", "from his team"
        ("Kees van de garage zegt dat de stoelen niet verstelbaar zijn.", ["Kees"]),
        ("Joris van het studiebureau komt donderdag langs.", ["Joris"]),
        # a word-like name, a place and a capitalised surname after "van de" stay out
        ("Jordan will host the summit.", []),
        ("Amsterdam van de toekomst.", []),
        ("Het gesprek met Kees van de Berg.", ["Kees van de Berg"]),
    ],
)
def test_when_a_plain_first_name_does_something_or_belongs_to_a_group_then_it_counts(
    text: str, expected: list[str]
) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Actiepunten:\n- Actie Ilse: offerte aanvragen\n- Actie Roel + Marloes: planning",
            ["Ilse", "Roel", "Marloes"],
        ),
        ("Action Tom: book the room", ["Tom"]),
        # a department as the owner, and "actie" before a word
        ("Actie Marketing: folder maken", []),
        ("Actie Rose: een roos planten", ["Rose"]),
    ],
)
def test_when_a_name_owns_an_action_item_then_it_counts(text: str, expected: list[str]) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title after the name, as Indian English writes it; a message opened by its writer
        ("Please ask Priya sir about the BOQ.", ["Priya"]),
        ("Good morning Anjali ji, the files are ready.", ["Anjali"]),
        ("Sanne here, ik ben er morgen niet.", ["Sanne"]),
        ("'Sipho here, locked out of the building'", ["Sipho"]),
        # not a word-name before "here", nor a title without a name
        ("Mark here, then sign below.", []),
        ("Yes sir, right away.", []),
        ("Click here, then Save.", []),
    ],
)
def test_when_a_title_follows_the_name_or_the_writer_opens_with_it_then_it_counts(
    text: str, expected: list[str]
) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # roles only a person has, before a surname or first name set off by commas
        ("His supervisor, Doherty, says it was an oversight.", ["Doherty"]),
        ("The witness, Tremblay, was not available.", ["Tremblay"]),
        ("Our carer, Priya, visits on Mondays.", ["Priya"]),
        # a firm can be a supplier: not a role only a person has
        ("Our supplier, Blokker, says the stock is late.", []),
    ],
)
def test_when_a_role_only_a_person_has_stands_before_the_name_then_it_counts(text: str, expected: list[str]) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source before what follows; a log line's actor after its time; a list's entry after a dash
        ("As Layla mentioned, dietary requirements go to her.", ["Layla"]),
        ("Zoals Sanne aangaf, is de deadline verschoven.", ["Sanne"]),
        ("09:14 Rawiri logged the fault. 10:05 Rawiri confirmed the fix.", ["Rawiri", "Rawiri"]),
        ("Contacts: payroll queries – Sinéad; expenses – Kobus.", ["Sinéad", "Kobus"]),
        ("Day shift – Rohan. Watch the chiller alarm.", ["Rohan"]),
        # a word-name as a source, a product after a time, a plan's tiers after dashes
        ("As Will mentioned, fine.", []),
        ("At 10:30 Deploy started.", []),
        ("Pricing – Enterprise; Support – Premium.", []),
    ],
)
def test_when_a_source_a_timed_actor_or_a_dashed_entry_names_a_first_name_then_it_counts(
    text: str, expected: list[str]
) -> None:
    assert lone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maak dit vriendelijker: @Bakker kun jij vandaag die export draaien?", ["Bakker"]),
        ("cc @Doherty for sign-off", ["Doherty"]),
        ("mail naar info@Bakker.nl", []),  # an address, not a mention
    ],
)
def test_when_a_surname_is_mentioned_with_an_at_sign_then_it_counts(text: str, expected: list[str]) -> None:
    assert lone(text) == expected

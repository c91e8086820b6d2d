"""lone_name: the cues added for a first name or surname alone (commas, pairs, contact verbs after
an auxiliary, meeting verbs, roles set off by commas, a surname with a role)."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_lexicon import lexicon


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in NameFinder(text, lexicon()).find()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject after a comma (a name that is no word)
        ("Lieke presenteert de cijfers, Ruben vraagt om meer detail.", ["Lieke", "Ruben"]),
        ("De cijfers kloppen, Sanne belt de klant.", ["Sanne"]),
        # two lone first names paired
        ("Wie is er bij het overleg? Naomi en Stijn.", ["Naomi", "Stijn"]),
        ("Invite Kyra and Jorge to the review.", ["Kyra", "Jorge"]),
        # an auxiliary or pronoun, the name, fillers, a contact verb
        ("Ik heb Roel gisteren gebeld maar hij nam niet op.", ["Roel"]),
        ("heb je Wim al gesproken?", ["Wim"]),
        ("Ik moet Noah nog terugbellen.", ["Noah"]),
        # a meeting verb and a subject pronoun before it
        ("Vandaag sprak ik Gerrit over de planning.", ["Gerrit"]),
        ("Yesterday I met Priya at the office.", ["Priya"]),
        ("Ik wil Ilias bedanken voor zijn inzet.", ["Ilias"]),
        ("Kun je Sem laten weten dat zijn pas klaarligt?", ["Sem"]),
        # the subject of a subordinate clause
        ("Zet in de notulen dat Thijs de begroting controleert.", ["Thijs"]),
        ("Nadat Jelle de offerte had gestuurd, bleef het stil.", ["Jelle"]),
        ("We waited because Sanne was ill.", ["Sanne"]),
        # a role right before it
        ("Our intern Pablo needs a badge.", ["Pablo"]),
        # a give or help verb as its lead
        ("Geef Sven een compliment voor de presentatie.", ["Sven"]),
        # a role set off by commas
        ("The new hire, Mateo, starts on Monday.", ["Mateo"]),
        # a listed surname alone with a role
        ("Smith from procurement wants the numbers.", ["Smith"]),
        ("Vraag collega Verbeek om de sleutels.", ["Verbeek"]),
        # a relative pronoun for persons after it
        ("Hoe reageer ik op Jasper die steeds te laat komt?", ["Jasper"]),
        ("Priya, who joined in May, leads the review.", ["Priya"]),
        # after a form of address, a surname that is also a place ("De Boer" is a hamlet)
        ("Mevrouw De Boer heeft gebeld over haar factuur.", ["De Boer"]),
        ("Geachte heer De Boer,", ["De Boer"]),
        # the subject after the verb opening a question, maybe after a question word
        ("Kan Esther volgende week invallen voor de nachtdienst?", ["Esther"]),
        ("Wanneer komt Jeroen terug van vakantie?", ["Jeroen"]),
        ("Does Kevin know about the audit?", ["Kevin"]),
        # the object after a pronoun in a subordinate clause, or after a pronoun and a modal
        ("Ik twijfel of ik Lars moet aannemen.", ["Lars"]),
        ("Ik wil Tess feedback geven over haar presentatie.", ["Tess"]),
        # more verbs after a first name opening a sentence
        ("Olivia zit in de ziektewet sinds januari.", ["Olivia"]),
        ("Hannah keeps interrupting me in meetings.", ["Hannah"]),
        # an adverb between the subject and its verb; an English participle after an auxiliary
        ("Sanne still hasn't sent the numbers.", ["Sanne"]),
        ("Daan heeft ook gebeld.", ["Daan"]),
        # more verbs opening a question
        ("Wat bedoelt Koen met deze opmerking?", ["Koen"]),
        ("Waarom zegt Ilse dat niet gewoon?", ["Ilse"]),
        # fillers between a contact auxiliary and its participle
        ("Ik heb Jeroen net gesproken.", ["Jeroen"]),
        # "te" and a verb done to a person after the name; a surname that is also a first name
        ("Vergeet niet Sanne te bellen!", ["Sanne"]),
        ("Vergeet niet Paul Thijs te feliciteren!", ["Paul Thijs"]),
        ("Ik probeer Ayoub Otto te bereiken.", ["Ayoub Otto"]),
        # a product that is also a common surname, after a first name
        ("12345,Debra Jenkins,active,2024-03-01", ["Debra Jenkins"]),
        ("Michael Dell founded the company.", ["Michael Dell"]),
    ],
)
def test_when_a_cue_only_a_person_fits_stands_around_a_lone_name_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Milaan, Milan was de stad van de mode.",  # a comma is enough only for a name that is no word
        "Rose en Jade zijn kleuren.",  # a pair of words, not of confident first names
        "Ik heb Excel gisteren gebruikt.",
        "Vandaag sprak ik over de planning.",
        "Geef Mark the date.",
        "The new hire, as always, started late.",
        "Bel Blokker over de levering.",  # a shop that is a surname: contact verbs are no cue
        "Blokker zegt dat de levering later komt.",
        "Smith & Wesson is a brand.",
        "Philips from Eindhoven sent the parts.",  # a common word and a brand
        "Ik denk dat Excel de beste keuze is.",
        "Ik weet dat April de drukste maand is.",  # a month is no subject here
        "We chose it because Python is easy.",
        "Our intern programme starts in September.",
        "Ik wil Teams bellen vervangen door Zoom.",
        "Ik heb Milan die stad laten zien.",  # a place that is a first name: no relative cue
        "Mark die regel even als gelezen.",  # a word that is a first name
        "De auto die stuk is staat in Den Haag.",
        "Ir. De Bilt",  # after a degree a place stays a place
        "Is Chelsea a good area to live?",  # "is" opens questions about places as often as people
        "Kan Excel dit bestand openen?",
        "Waarom werkt Teams niet meer?",
        "Ik wil Python leren.",
        "Ik twijfel of ik Java moet leren.",
        "Can Docker run on Windows?",
        "Kan Jade ook?",  # a word and a first name: no cue this weak counts for it
        "Ik wil Jordan bezoeken deze zomer.",  # a country
        "Does Alexa work offline?",
        "The server still hasn't sent the file.",
        "Wat bedoelt Excel met deze foutmelding?",
        "Vergeet niet de server te herstarten.",
        "Jenkins build failed again on main.",  # the product alone
        "Configure Jenkins Pipeline for the repo",
        "Dell Latitude 5440 laptop",
    ],
)
def test_when_no_cue_makes_a_lone_word_a_person_then_nothing_is_found(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question with the modal first: the pronoun, the name, a verb in lower case
        ("Wat moet ik Pieter antwoorden?", ["Pieter"]),
        ("Moet ik Sanne nog bellen?", ["Sanne"]),
        ("Hoe kan ik Amina het beste uitleggen dat het stopt?", ["Amina"]),
        # talking or working with someone, also for a name that is a word or place
        ("Ik heb met Jade afgesproken, maar samen met Jordan werk ik aan het rapport.", ["Jade", "Jordan"]),
        ("Ik heb met Valentine afgesproken dat we het uitstellen.", ["Valentine"]),
        ("Heb je al met Frank overlegd?", ["Frank"]),
        ("Ik ben het niet eens met Lore over de planning.", ["Lore"]),
        ("I agreed with Lee to postpone it.", ["Lee"]),
        ("Together with Heather I'm working on the report.", ["Heather"]),
        ("I disagree with Crystal about the timeline.", ["Crystal"]),
    ],
)
def test_an_object_of_a_question_or_someone_worked_with(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source: "volgens", "according to"
        ("Volgens Frank is de deadline vrijdag.", ["Frank"]),
        ("According to Heather the figures are wrong.", ["Heather"]),
        # a message someone sent
        ("Hoe reageer ik op de mail van Lore?", ["Lore"]),
        ("How do I respond to the email from Heather?", ["Heather"]),
        # passing a message on
        ("Forward this to Dean.", ["Dean"]),
        # a state only a person is in
        ("Jordan is off tomorrow, who covers the tasks?", ["Jordan"]),
        ("Job is morgen vrij, wie neemt de taken over?", ["Job"]),
        # what a person said, meant or wants
        ("Maak een samenvatting van wat Riley in de vergadering zei.", ["Riley"]),
        ("Summarise what Dean said in the meeting.", ["Dean"]),
        # a verb done to a person, a pronoun, the name
        ("Hoe vertel ik Koen dat zijn werk beter moet?", ["Koen"]),
        ("Hoe help ik Dominique met de hoge werkdruk?", ["Dominique"]),
        # keeping a person informed
        ("Houd Nina op de hoogte van de wijziging.", ["Nina"]),
        ("Keep Glen in the loop on this change.", ["Glen"]),
        # a message for a person, in one compound word
        ("Schrijf een verjaardagskaartje voor Frank.", ["Frank"]),
        # whom to turn to
        ("Tijdens mijn vakantie kunt u terecht bij Mark.", ["Mark"]),
        ("During my leave please contact Brooke.", ["Brooke"]),
        ("Herinner Frank eraan dat de declaraties vrijdag binnen moeten zijn.", ["Frank"]),
        ("Ik heb onenigheid met Marina over de taakverdeling.", ["Marina"]),
        # a question or clause with the name as its subject
        ("Wanneer is Luca weer terug van verlof?", ["Luca"]),
        ("Is Suus al ingewerkt op de nieuwe afdeling?", ["Suus"]),
        ("Make sure Derek gets the minutes.", ["Derek"]),
        ("Terence won't be in until ten today.", ["Terence"]),
    ],
)
def test_a_source_a_sender_a_recipient_or_a_state_makes_a_word_like_name_a_person(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Volgens Milan zijn de huren gestegen.",  # a city's figures
        "According to Paris the deal is off.",  # a place
        "De brief van Kafka aan zijn vader.",  # a letter is no message sent to us
        "Forward this to Paris.",
        "The email from Google was spam.",
        "The switch is off by default.",
        "Maak een samenvatting van wat Google in het rapport zei.",
        "Summarise what May brings for the garden.",  # a month
        "Houd Excel open op de achtergrond.",
        "Keep Summer in mind for the launch.",
        "Schrijf een verjaardagskaartje voor Parijs.",
        "Is Paris al geboekt voor de reis?",
        "Make sure Docker runs before the tests.",
        "Hoe help ik Windows met het vinden van de printer?",
    ],
)
def test_the_same_cues_around_a_place_or_a_thing_find_nothing(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Moet ik Python installeren?",  # no listed first name
        "Wat moet ik May doen?",  # a month takes no such cue
        "Together with May we close the quarter.",
        "Kan ik Jade Garden boeken?",  # a capitalised word follows: no verb in lower case
        "I agree with the Will of the people.",  # "the" between: no cue
    ],
)
def test_no_object_or_partner_cue(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maak een rooster waarin Aiden op dinsdag werkt.", ["Aiden"]),
        ("Make a schedule where Teresa works on Tuesday.", ["Teresa"]),
        ("Is it okay if Tracey picks up the key?", ["Tracey"]),
        ("Wie kan Agathe vervangen tijdens het verlof?", ["Agathe"]),
        ("My manager wants Gregory to take over.", ["Gregory"]),
        ("My manager wants Jordan to take over.", ["Jordan"]),
        ("The task is assigned to Kelly.", ["Kelly"]),
        ("De taak is toegewezen aan Iris.", ["Iris"]),
        ("Write a birthday wish for Crystal.", ["Crystal"]),
        ("Zet Johan in de cc van het antwoord.", ["Johan"]),
        ("Who can replace Theresa during the leave?", ["Theresa"]),
        ("Vervang Kees door Sanne in het rooster.", ["Kees", "Sanne"]),
    ],
)
def test_subordinate_clauses_questions_wants_assignments_wishes_and_cc(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I want May to be the launch month.",  # a month
        "Zet Excel in de cc-lijst.",  # no listed name
        "We need to replace Will with a trust.",  # a name that is a word takes no weak cue
        "replace May with June in the schedule",
        "Write a birthday wish for Amsterdam.",
    ],
)
def test_no_such_cue_for_months_or_unlisted_words(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is no word or place, capitalised inside a sentence as written
        ("Kun je de offerte die Sanne stuurde nog eens nakijken?", ["Sanne"]),
        ("I forwarded it to Riley yesterday.", ["Riley"]),
        ("De planning, Amina en de rest van het team.", ["Amina"]),
        # not before a number, after a capitalised word, opening a sentence, or for a word-like name
        ("The report is due Jan 2024.", []),
        ("Release Notes Sanne edition", []),
        ("Sanne.", []),
        ("We plant a rose garden behind the office.", []),
        # without case: a plain name that is no common word in either language, after a lower-case word
        ("ik heb de offerte die sanne stuurde", ["sanne"]),
        ("i promised daniel i would send the report today.", ["daniel"]),
        ("willow trees grow fast in wet soil.", []),  # "Trees" is a Dutch name, "trees" a word
        ("een stevig kader richting klanten en toezichthouders", []),  # "Kader" too
        ("i bought a new sander and some tin cans.", []),
    ],
)
def test_a_plain_first_name_inside_a_sentence_is_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without case: a name that is also a noun or place, with a cue only a person fits
        ("teamleider robin wil de cijfers voor vrijdag.", ["robin"]),
        ("our intern hazel starts on monday.", ["hazel"]),
        ("@hannah can you call the client back today?", ["hannah"]),
        ("calvin and i drafted the quote together.", ["calvin"]),
        # ... and the same words without one
        ("the robin sang in the hazel tree.", []),
        ("rob the defence of its best player, the coach said.", []),
        ("een intern ai-beleid klinkt formeel", []),
        ("mail me at @hannah.example or jan@hannah", []),
    ],
)
def test_in_a_line_without_case_a_cued_name_that_is_also_a_word_is_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an @-mention, a possessive, thanks: cues for a name that is also a word or place
        ("@Grace can you call the client back today?", ["Grace"]),
        ("Grace's car is parked in my spot.", ["Grace"]),
        ("Thanks so much Georgia, this really helps!", ["Georgia"]),
        ("Dank je wel Jade!", ["Jade"]),
        # ... and the same shapes around no person
        ("Summer's here, let's plan the outing.", []),
        ("Dean's list students get a scholarship.", []),
        ("The office is closed on King's day.", []),
        ("Thanks so much for the grace period.", []),
        ("Mail me at jan@Mark.com please.", []),
    ],
)
def test_a_mention_a_possessive_or_thanks_make_a_word_like_first_name_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name addressed at a message's start, a to-do line, a role label, "by", "bij ... terecht"
        ("Can you make this friendlier?\n\nBethan, I expect the report by Friday.", ["Bethan"]),
        ("Wout, ik verwacht het rapport uiterlijk vrijdag.", ["Wout"]),
        ("To-do:\n1. offerte nakijken\n2. Nadia bellen over het contract", ["Nadia"]),
        ("Meeting notes\n- New starter: Samantha joins on 1 March", ["Samantha"]),
        ("Nieuwe collega: Dean start op 1 maart", ["Dean"]),
        ("Ticket: printer down. Reported by Guy, priority low.", ["Guy"]),
        ("De storing is gisteren door Jack opgelost.", ["Jack"]),
        ("Voor vragen kun je bij Roos terecht.", ["Roos"]),
        # ... and the same shapes around no person
        ("Paris, I love it there.", []),
        ("Summer, as always, is busy for us.", []),
        ("2. Amsterdam bellen over de vergunning", []),
        ("Reported by Google, the outage lasted an hour.", []),
        ("Nieuwe klant: Albert Heijn wil een offerte.", []),
    ],
)
def test_cues_of_longer_pasted_texts_make_a_lone_first_name_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houd Suzanne Louis op de hoogte van de wijziging.", ["Suzanne Louis"]),
        ("Bel Albert Heijn over de levering.", []),  # a brand
        ("Keep Grace Period in mind for the invoice.", []),
        ("Mail Victoria Station about the lost bag.", []),
    ],
)
def test_a_first_name_with_a_listed_name_as_surname_counts_with_a_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer names themselves
        ("Werner here, quick question about the expense policy.", ["Werner"]),
        ("Fien hier, even een vraag over de declaratieregeling.", ["Fien"]),
        ("Ben hier, even een vraag over mijn rooster.", ["Ben"]),  # Dutch: no instruction reads so
        ("Hi all, Glen here.", ["Glen"]),
        # will or would contracted onto the name
        ("Shannon'll handle the client call, you take the notes.", ["Shannon"]),
        ("I think Carol’d be upset if we skipped the retro.", ["Carol"]),
        # the speaker of a quote
        ('"That won\'t work," Nicholas replied during the meeting.', ["Nicholas"]),
        ('"Klopt," zei Fien.', ["Fien"]),
        # a source after "per"
        ("Per Mitchell, the deadline moved to the 14th.", ["Mitchell"]),
        ("As per Heather's email, the office is closed.", ["Heather"]),
        # the last of a list of names
        ("Nodig Niels, Irena en Guy uit voor de planningssessie.", ["Niels, Irena", "Guy"]),
        # a vocative closing the sentence
        ("Thanks for the quick turnaround, Glen!", ["Glen"]),
        ("Can you send the minutes today, Brandon?", ["Brandon"]),
        # sorry, welcome as a salutation
        ("Sorry Timo, ik kan niet bij de standup zijn.", ["Timo"]),
        # a meal or coffee with someone
        ("I had lunch with Sydney.", ["Sydney"]),
        # a role, then the name set off by commas or brackets
        ("Our team lead, Ben, approved the request.", ["Ben"]),
        ("The new hire (Kelly) starts on Monday.", ["Kelly"]),
        # a question whose subject does what a person does
        ("Why did Dale cancel the vendor meeting?", ["Dale"]),
        # ... and the same shapes around no person
        ("Sydney here is hot in January.", []),  # a place
        ("Mark here, then sign below.", []),  # a function word: an instruction
        ("Sydney'll be crowded during the festival.", []),
        ("We have offices in London, Paris and Sydney.", []),
        ("I love the colour, jade.", []),
        ("Per Amsterdam, the numbers are lower.", []),
        ("Per Diem, the allowance is 40 euros a day.", []),  # Latin, not a source
        ("Did Jordan sign the treaty?", []),
        ("Bring the maps, Summer is coming.", []),
        ("The final grade, Mark.", []),  # a function word needs a sentence of thanks or regret
    ],
)
def test_cues_from_the_syntax_probe_make_a_lone_first_name_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname of the census list alone, with a cue only a person fits
        ("Wheeler approved the budget yesterday.", ["Wheeler"]),
        ("Gibson will review the draft before Friday.", ["Gibson"]),
        ("According to Walters, the shipment is delayed.", ["Walters"]),
        ("The email from Morrow needs a reply today.", ["Morrow"]),
        ("Meeting with Moore at 3 pm about the renewal.", ["Moore"]),
        ("Forward this to Wright.", ["Wright"]),
        ("I spoke to Reilly this morning about the claim.", ["Reilly"]),
        ("Can you summarise Gutierrez's complaint in two lines?", ["Gutierrez"]),
        ("Blokker zegt dat de levering later komt.", []),  # a Dutch-listed surname and a shop
        # ... and not without one, nor a common word, brand or place
        ("Wheeler is a small town.", []),
        ("Price approved by the board is final.", []),
        ("Forward this to Washington.", []),
        ("The email from Philips needs a reply today.", []),
        ("Gibson guitars sound warm.", []),
    ],
)
def test_a_census_surname_alone_counts_with_a_person_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two first names joined by "and" / "en" open the sentence, a verb for both follows
        ("Frank and Sophie are going to the fair together.", ["Frank", "Sophie"]),
        ("Sophie and Frank are going to the fair together.", ["Sophie", "Frank"]),
        ("Guy en Sophie gaan samen naar de beurs.", ["Guy", "Sophie"]),
        ("Heather and Sophie asked for a new date.", ["Heather", "Sophie"]),
        # ... and pairs that are no people
        ("Apple and Google are rivals.", []),
        ("Salt and Pepper are on the table.", []),
        ("Mark and Will are on leave.", []),  # both are words: no name that is none
        ("Rose and Gold are the colours of the logo.", []),
    ],
)
def test_when_two_first_names_are_the_subject_of_a_plural_verb_then_both_are_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a product, with a verb done only to a person
        ("Kun je Hugo even bellen over de offerte?", ["Hugo"]),
        ("De klant heeft Julia gisteren nog gesproken.", ["Julia"]),
        ("Heb je Julia al gemaild?", ["Julia"]),
        # ... not an assistant, and not a verb done to software
        ("Kun je Claude even bellen over de offerte?", []),
        ("Ik heb Julia geinstalleerd op mijn laptop.", []),
        ("Kun je Julia even updaten naar 1.10?", []),
    ],
)
def test_when_a_product_named_first_name_is_called_or_spoken_to_then_it_is_a_person(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hunter asked whether we can shorten the deck.", ["Hunter"]),  # a noun alone, no article
        ("Will asked whether we can shorten the deck.", []),  # also a verb
        ("Mark asked for the numbers.", []),
        ("The hunter asked for a permit.", []),
    ],
)
def test_when_a_noun_named_first_name_opens_a_sentence_before_a_past_verb_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present-tense verb after an adverb in -ly, a past verb after "that", ", who", a birthday
        ("Performance review: Angela consistently exceeds expectations.", ["Angela"]),
        ("Rewrite politely: Scott never answers his emails on time.", ["Scott"]),
        ("Is it okay that Jack worked 60 hours last week?", ["Jack"]),
        ("Write a LinkedIn summary for Dale, who has 10 years of experience.", ["Dale"]),
        ("Happy birthday Mark! Make this sound more fun.", ["Mark"]),
        # ... and the same shapes without a person
        ("Sales increases every year.", []),
        ("Jordan borders Syria.", []),
        ("I think that May worked out well.", []),
        ("Visit Rome, who knows, maybe next year.", []),
    ],
)
def test_when_a_verb_a_relative_or_a_birthday_makes_a_first_name_a_person_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_when_a_listed_surname_has_the_chair_in_brackets_then_it_is_a_person() -> None:
    assert names("Interview panel: Jones (chair), next week") == ["Jones"]
    assert names("Commissie: Willems (voorzitter)") == ["Willems"]
    assert names("Agenda: Budget (chair's proposal)") == []


@pytest.mark.parametrize(
    "text",
    [
        "Laat Lex weten dat de server plat ligt.",
        "Please let Will know the server is back.",
        "Let Jordan know by Friday.",
    ],
)
def test_when_a_word_like_name_is_to_be_let_know_then_it_is_a_person(text: str) -> None:
    assert len(names(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a label, before its verb; after "Gefeliciteerd"; a speaker inside a quoted chat line
        ("Beoordeling: Willem overtreft consequent de verwachtingen.", ["Willem"]),
        ("Herschrijf beleefd: Lieke beantwoordt zijn mails nooit op tijd.", ["Lieke"]),
        ("Gefeliciteerd Joep! Maak dit wat grappiger.", ["Joep"]),
        ("Hier is de chat: 'Kaylee: kunnen we het gesprek verzetten?' Antwoord voor mij.", ["Kaylee"]),
        # ... and the same shapes without a person
        ("Onderwerp: Tesla levert later dan gepland", []),
        ("Beoordeling: Goed, maar te lang.", []),
        ("Gefeliciteerd Nederland!", []),
        ("Hier is de regel: 'Let op: niet roken.'", []),
    ],
)
def test_when_a_label_a_congratulation_or_a_quoted_chat_line_puts_a_first_name_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("performance review: eileen consistently exceeds expectations in client work.", ["eileen"]),
        ("beoordeling: willem werkt altijd hard.", ["willem"]),
        ("rewrite politely: maurice never answers his emails on time.", ["maurice"]),
    ],
)
def test_when_a_text_typed_in_lower_case_puts_a_name_before_its_verb_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write a short story about a girl named Parker who finds a lost dog.", ["Parker"]),
        ("A nurse called Dale helped me.", ["Dale"]),
        ("Schrijf een verhaal over een meisje dat Roos heet.", ["Roos"]),
        ("Een jongen genaamd Bo.", ["Bo"]),
        ("We had a dog named Buddy.", []),
    ],
)
def test_when_a_person_noun_goes_by_a_name_then_the_name_is_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected

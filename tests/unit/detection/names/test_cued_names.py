"""cued_names: names the lists do not know, after a greeting or thanks, a role verb and "by" or
"door", a person label and a colon, or a title; and the same cues before words that are no person."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.names.name_finder import NameFinder
from dlp_proxy.detection.names.name_lexicon import lexicon


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in NameFinder(text, lexicon()).find()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a greeting or thanks opening the line, then the name and a comma, a mark or the line end
        ("Hi Aarav, the report looks good.", ["Aarav"]),
        ("Hello Aarav, the report looks good.", ["Aarav"]),
        ("Hey Aarav, can you check the logs?", ["Aarav"]),
        ("Dear Aarav,\nPlease find attached the contract.", ["Aarav"]),
        ("Beste Nkechi,\nIk stuur je de stukken morgen.", ["Nkechi"]),
        ("Hoi Aarav, kun je even kijken?", ["Aarav"]),
        ("Hallo Aarav, dank voor je bericht.", ["Aarav"]),
        ("Goedemorgen Aarav, de server draait weer.", ["Aarav"]),
        ("Thanks Aarav, that helped a lot.", ["Aarav"]),
        ("Thank you Aarav, that helped a lot.", ["Aarav"]),
        ("Bedankt Aarav, dat scheelt veel werk.", ["Aarav"]),
        ("Dank je Aarav, top geregeld.", ["Aarav"]),
        ("Thanks, Priya! I'll check with Tom", ["Priya", "Tom"]),
        ("Hi Aarav Shah, welcome to the team.", ["Aarav Shah"]),
        ("Hi Siobhan O'Brien, your badge is ready.", ["Siobhan O'Brien"]),
        # a role verb, "by" or "door", two capitalised words
        ("Escalated by Hiroshi Tanaka from the Tokyo office.", ["Hiroshi Tanaka"]),
        ("Reported by Hiroshi Tanaka on Monday.", ["Hiroshi Tanaka"]),
        ("Approved by Oluwaseun Adeyemi, see attached.", ["Oluwaseun Adeyemi"]),
        ("Requested by Bronwyn Gallagher for the Q3 audit.", ["Bronwyn Gallagher"]),
        ("Reported by Aarav Shah (QA)", ["Aarav Shah"]),
        ("Gemeld door Hiroshi Tanaka op maandag.", ["Hiroshi Tanaka"]),
        ("Aangevraagd door Oluwaseun Adeyemi via de portal.", ["Oluwaseun Adeyemi"]),
        ("Het verlof is goedgekeurd door Xiomara Quispe van HR.", ["Xiomara Quispe"]),
        # a person label and a colon
        ("cc: Bronwyn Gallagher", ["Bronwyn Gallagher"]),
        ("Assigned to: Nkechi Eze", ["Nkechi Eze"]),
        ("Toegewezen aan: Nkechi Eze", ["Nkechi Eze"]),
        ("Contactpersoon: Oluwaseun Adeyemi.", ["Oluwaseun Adeyemi"]),
        ("cc: Aarav", ["Aarav"]),
        # a title, after a salutation too
        ("Dear Dr. Abernathy-Smythe,", ["Abernathy-Smythe"]),
        ("Dear Mr. van der Berg,", ["van der Berg"]),
        ("Dear Ms. O'Brien, thank you for your letter.", ["O'Brien"]),
        ("Geachte dhr. Quispe, hierbij de stukken.", ["Quispe"]),
    ],
)
def test_cued_unknown_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hi Team,",
        "Hello World",
        "Dear Sir or Madam,",
        "Dear Customer,",
        "Thanks, Regards",
        "Hi all,",
        "Hoi allemaal,",
        "Beste collega's,",
        "Beste Lezer,",
        "Owner: Finance Department",
        "Assigned to: Backend Team",
        "cc: Legal",
        "Contact: Support",
        "Approved by Management",
        "Reported by Customer Service",
        "Dr. Oetker pizza is on sale.",
        "Dear Diary,",
        "Thanks, Microsoft",
        "Owner: Microsoft Azure",
        "Owner: Contoso Ltd",
        "Contact: Contoso",
        "name: Codecov",
        "Hi Siri, set a timer.",
        "Dear Monday,",
        "Hi January,",
        "Hello Kitty backpacks",
        "Hi Dependabot,",
        "Thanks Bol.com",
        "Hoi Sinterklaas,",
        "Signed by Both Parties",
        "Approved by Change Advisory Board",
        "Escalated by Security to the board.",
        "Toegewezen aan: Servicedesk",
        "Behandelaar: Juridische Zaken",
        "Goedgekeurd door Directie",
        "Assigned to: Unassigned",
        "Owner: TBD",
        "Dear Hiring Manager,",
        "Hallo Wereld",
        "Hi Aarav the report looks good.",  # no comma or line end after the word
        "She said Hi Aarav, then left.",  # the greeting does not open the line
    ],
)
def test_cues_before_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn collega Ruairi is vandaag jarig.", ["Ruairi"]),
        ("My coworker Nkechi keeps interrupting me in meetings.", ["Nkechi"]),
        ("Onze stagiair Xandrine begint maandag.", ["Xandrine"]),
        ("Collega Ruairi belt morgen terug.", ["Ruairi"]),  # capitalised, opening the sentence
        ("my sister Saoirse Ní Bhriain is visiting", ["Saoirse Ní Bhriain"]),
        ("mijn dochter Fleur-Anne en ik gaan op vakantie", ["Fleur-Anne"]),
        ("Ik heb mijn buurvrouw Oumayma gevraagd de post te bewaren.", ["Oumayma"]),
        ("Our new trainee Kwabena starts on Monday.", ["Kwabena"]),
    ],
)
def test_a_relative_or_colleague_before_an_unknown_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De manager Inkoop is akkoord.",  # a department
        "Our manager Operations will decide.",
        "Vraag het aan collega Finance.",
        "De teamleider Klantenservice belt terug.",
        "de patiënt Covid-positief",  # part of a longer word
        "Mijn zus Marokko",  # a place
        "My friend Lagos",
        "Patient Zero",
        "my boss Ops team",
        "de teamleider HR",  # capitals: an abbreviation
        "Mijn collega Amsterdam-Noord",
        "The Manager Dashboard shows errors",  # not a relation word in lower case mid-sentence
    ],
)
def test_a_relation_word_before_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruairi van de receptie heeft de sleutels.", ["Ruairi"]),
        ("Please forward it to Nkechi from finance.", ["Nkechi"]),
        ("Xandrine en ik doen de presentatie.", ["Xandrine"]),
        ("Kwabena and I will run the workshop.", ["Kwabena"]),
        ("Write a farewell message for Nkechi, who retires after 30 years.", ["Nkechi"]),
        ("Oumayma (HR) stuurt de contracten.", ["Oumayma"]),
    ],
)
def test_an_unknown_name_before_a_role_the_speaker_or_who(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kortom, heb je nog tips?",  # a comma and a question: no cue for an unknown word
        "Yo, can you help me with this regex?",
        "Snowflake and I have a love-hate relationship.",  # an English word
        "Customer Success from the Amsterdam office",  # a run of capitalised words
        "Grafana van de ICT-afdeling geeft een foutmelding.",  # no role word after "van de"
        "Jumbo en Lidl hebben allebei een actie.",
        "Postgres, which nobody likes, is the default.",
        "Azure and AWS both offer this.",
    ],
)
def test_an_unknown_word_without_a_person_cue_after_it(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the lists do not know, speaking, asked about, or the object of a person-only verb
        ("Nkechi asked whether the invoice was paid.", ["Nkechi"]),
        ("Yesterday Bongani told me the server was down.", ["Bongani"]),
        ("Can you summarise what Thandiwe said in the meeting?", ["Thandiwe"]),
        ("Draft a reply to Bongani about the delayed order.", ["Bongani"]),
        ("Please congratulate Oluwadamilare on the promotion.", ["Oluwadamilare"]),
        # ... not a product, a word or a system
        ("Okta asked for MFA again.", []),
        ("Kubernetes said the pod was evicted.", []),
        ("What Terraform said was confusing.", []),
        ("Please reply to Zendesk about the ticket.", []),
        ("Nobody asked whether it was paid.", []),
    ],
)
def test_when_an_unknown_name_speaks_or_is_the_object_of_a_person_only_verb_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials without dots and a listed surname after a cue; a form's next field after spaces
        ("Checked by: PJ Jones    Date: 03/11/2025", ["PJ Jones"]),
        ("Report prepared by CA Jenkins for the Q3 steering group.", ["CA Jenkins"]),
        ("Notulist: E Jansen", ["E Jansen"]),
        # ... not a team, a role or a thing in capitals
        ("Approved by: QA Lead", []),
        ("Owner: HR Manager", []),
        ("Checked by: AB Testing", []),
    ],
)
def test_when_initials_without_dots_and_a_listed_surname_follow_a_cue_then_they_are_a_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a greeting of two names: the first is cued; the engine adds the second as its conjunct
        ("Hi Tendai and Gethyn,\n\nquick one.", ["Tendai"]),
        ("Dear Oyelaran & Nkechi\nSee below.", ["Oyelaran", "Nkechi"]),
        # not: words, or a pair that goes on as a sentence
        ("Hi Team and Partners,\nhello", []),
        ("Hi Tendai and Gethyn said no", []),
    ],
)
def test_when_a_greeting_names_two_people_then_the_first_is_cued(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nomsa here, is Andile in today?", ["Nomsa"]),
        ("Oyelaran hier. Ik ben ziek.", ["Oyelaran"]),
        # not: words, or "here" mid-sentence
        ("Click here, then log in.", []),
        ("Everyone here, please read.", []),
        ("Python here, Java there.", []),
        ("We met Nomsa here, at the office.", []),
    ],
)
def test_when_a_writer_names_themselves_with_here_then_the_name_is_taken(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sign-off, then a name the lists do not know, under it or after its comma
        ("Kind regards,\nMorag Buchanan", ["Morag Buchanan"]),
        ("Best,\nThabo Mokoena\nSales Lead", ["Thabo Mokoena"]),
        ("Met vriendelijke groet,\nSenait Tesfay", ["Senait Tesfay"]),
        ("Kind regards, Morag Buchanan", ["Morag Buchanan"]),
        ("The plumber came. Yours faithfully, Morag Buchanan (Mrs)", ["Morag Buchanan"]),
        # one unknown word, when it signs the whole text (signature fields may follow it)
        ("Please review.\n\nKind regards,\nOyelaran", ["Oyelaran"]),
        ("Hi all, the room moved.\n\nBest,\nNgaio | Finance | Wellington", ["Ngaio"]),
        ("Please review.\n\nKind regards,\nOyelaran\n\n", ["Oyelaran"]),
        ("Please review.\n\nKind regards,\nOyelaran  ", ["Oyelaran"]),
        # not: a team, a firm, a one-word sender the lists do not know, a sentence
        ("Kind regards,\nThe Acme Team", []),
        ("Best,\nAcme Corp", []),
        ("Cheers,\nDevOps Guild", []),
        ("Regards,\nZendesk", []),
        ("Regards,\nCoolblue\n\nNext question: what is 2+2?", []),  # one word, mid-text: may be a firm
        ("Please review.\n\nThanks,\nSupport", []),  # a common word
        ("Please review.\n\nCheers,\nIT", []),  # too short
        ("Please review.\n\nBest,\nOyelaran and more text", []),
        ("Thanks for the update Morag sent", []),
        ("I will send it. Thanks, Acme Support", []),
    ],
)
def test_when_a_sign_off_precedes_unknown_name_words_then_a_whole_name_is_taken(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My name is Chidinma Ugwu and I need help.", ["Chidinma Ugwu"]),
        ("Mijn naam is Senait Tesfay en ik woon in Utrecht.", ["Senait Tesfay"]),
        ("Ik heet Merhawi en ik zoek werk.", ["Merhawi"]),
        ("her name is Thandeka Zulu, she starts Monday", ["Thandeka Zulu"]),
        # not: a file's or a thing's name, a name phrase without a name after it
        ("The file name is Report Final.", []),
        ("My name is on the list.", []),
        ("Het bestand heet Jaarverslag Definitief.", []),
    ],
)
def test_when_a_speaker_gives_a_name_then_the_unknown_name_is_taken(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Client: Harpreet Sandhu", ["Harpreet Sandhu"]),
        ("Customer: Wanjiku Otieno", ["Wanjiku Otieno"]),
        ("namens onze cliënt Bayu Latuheru aan de verzekeraar", ["Bayu Latuheru"]),  # the interfix stays out
        # a client may be a firm: one unknown word, or a firm's words, is none
        ("Client: Contoso", []),
        ("Client: Acme Logistics", []),
        ("our client Contoso asked for a demo", []),
        ("Our client Northvale Foods wants pricing", []),
    ],
)
def test_when_a_client_is_named_then_only_a_whole_unknown_name_counts(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who a message to write is from: a listed first name, or two name words, closing the request
        ("draft a thank you email to the distributor for sorting the stock. from Will", ["Will"]),
        ("write a chase email for invoice INV-8842. From Ciara in accounts", ["Ciara"]),
        ("write a reminder about the rent. From Thabo Mokoena at Yarra Property Group", ["Thabo Mokoena"]),
        ("Can you write it? Sign it from me, Morag Buchanan", ["Morag Buchanan"]),
        # not: a firm, a product, a place or a department, nor without a request for something written
        ("Write a summary of the report from Deloitte", []),
        ("Summarise the email from Google about the outage.", []),
        ("write a note about the shipment from Rotterdam", []),
        ("write a message to the team from Marketing", []),
        ("Copy the figures from Will", []),
    ],
)
def test_when_a_request_to_write_closes_with_who_it_is_from_then_that_name_is_taken(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stel een begeleidende brief op voor Senait Tesfay, start 1 januari.", ["Senait Tesfay"]),
        ("Write a thank-you note to Chidinma Ugwu for the flowers.", ["Chidinma Ugwu"]),
        # one unknown word may be a firm; a firm's words are words
        ("Write a letter to Contoso about the delay.", []),
        ("Write a letter to Acme Logistics about the delay.", []),
        ("Send an email to Microsoft Support.", []),
        ("Schrijf een bericht voor Albert Heijn over de levering", []),
    ],
)
def test_when_a_message_is_for_a_whole_unknown_name_then_it_is_taken(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please book a taxi for Adebola Walsh on Friday.", ["Adebola Walsh"]),
        ("Please book a taxi for Adebola Johnson on Friday.", ["Adebola Johnson"]),
        ("Yesterday Adebola Walsh called.", ["Adebola Walsh"]),
        ("Tell Thandeka Jansen that the room is booked.", ["Thandeka Jansen"]),
        # opening a sentence, an unknown word is as often a verb or preposition the lists lack
        ("Volgens Frank is het klaar.", ["Frank"]),
        # a word, a run of capitals, a surname that is also a noun, a firm's longer name
        ("Quarterly Report Walsh attached.", []),
        ("We stayed in Kensington Hall last year.", []),
        ("The Kowloon Walsh Partners office is closed.", []),
        ("Kubernetes Jansen cluster", []),
    ],
)
def test_when_an_unknown_given_name_stands_before_a_listed_surname_then_the_pair_is_a_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Summarise it: Xolani from his team will send the PO.", ["Xolani"]),
        ("Vraag het aan Xolani van haar afdeling.", ["Xolani"]),
        # a thing comes "from the" place too; only a possessive makes an unknown word a person
        ("Install Grafana from our registry.", []),
        ("Pull Zorblax from the registry.", []),
    ],
)
def test_when_an_unknown_name_comes_from_someones_group_then_it_is_taken(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of people after its label, also after another label's colon; items the lists lack
        (
            "Write minutes: Present: Chukwuemeka Obi, Folake Adeyemi-Johnson, Bolaji, Ngozi Eze",
            ["Chukwuemeka Obi", "Folake Adeyemi-Johnson", "Bolaji", "Ngozi Eze"],
        ),
        ("Aanwezig: Jan, Piet, Marketing en Kwabena", ["Jan", "Piet", "Kwabena"]),
        # words are no people, and a team's parts are no list of people
        ("Attendees: Finance, HR team", []),
        ("Team: Platform, Kubernetes, Terraform", []),
    ],
)
def test_when_a_list_of_people_holds_names_the_lists_lack_then_they_are_taken(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Write end-of-term comments: Kayden – good effort; Aaliyah – strong reader; Oisín – needs focus.",
            ["Kayden", "Aaliyah", "Oisín"],
        ),
        # most items must be listed first names; days and components are no people
        ("Release notes: Backend – faster queries; Frontend – new menu; Docs – typo fixes.", []),
        ("Plan: Monday – kick-off; Tuesday – design; Wednesday – build", []),
        # two items are no list
        ("Notes: Kayden – good effort; Oisín – needs focus.", []),
    ],
)
def test_when_an_inline_list_gives_each_person_a_remark_then_the_names_are_taken(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Summarise the call: Venkatesh Raghunathan (client CFO) wants the invoice split.", ["Venkatesh Raghunathan"]),
        ("Bolaji Ayodele from his team will call.", ["Bolaji Ayodele"]),
        # a tool's two words before a bracket that names no role, or a thing from a place
        ("We spoke to Grafana Loki (the logging tool) yesterday.", []),
        ("Microsoft Teams (the chat tool) and Google Drive from our tenant.", []),
    ],
)
def test_when_a_whole_unknown_name_has_a_role_after_it_then_it_is_taken(text: str, expected: list[str]) -> None:
    assert names(text) == expected

"""PersonNameRecognizer: names from deduce's lists plus titles, salutations, sign-offs and labels."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.person_name_recognizer import MEDIUM, STRONG, WEAK, PersonNameRecognizer

RECOGNIZER = PersonNameRecognizer()
THRESHOLD = 0.5  # the engine's default: lower scores are not findings


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["PERSON"]) if r.score >= THRESHOLD]


def scored(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in RECOGNIZER.analyze(text, ["PERSON"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # full names: listed first name + interfix / listed or capitalised surname
        ("Jan de Vries", ["Jan de Vries"]),
        ("Anna van den Berg", ["Anna van den Berg"]),
        ("Pieter Jansen", ["Pieter Jansen"]),
        ("Sanne Bakker-de Wit", ["Sanne Bakker-de Wit"]),
        ("John Smith", ["John Smith"]),
        ("Mary O'Brien", ["Mary O'Brien"]),
        ("Jan-Willem de Boer belt morgen.", ["Jan-Willem de Boer"]),
        ("Het gesprek met Pieter Jansen ging goed.", ["Pieter Jansen"]),
        ("Please forward this to Emma Watson today.", ["Emma Watson"]),
        ("Send John Smith's report to Mary Jane Watson.", ["John Smith", "Mary Jane Watson"]),
        ("John F. Kennedy", ["John F. Kennedy"]),
        ("Fleur van Doorn", ["Fleur van Doorn"]),
        ("Roos Groen", ["Roos Groen"]),
        ("Mark Rutte", ["Mark Rutte"]),  # ambiguous first name, listed surname
        ("Will Smith", ["Will Smith"]),
        # initials
        ("J. de Vries", ["J. de Vries"]),
        ("J.P. Balkenende", ["J.P. Balkenende"]),
        ("A.B.C. Jansen", ["A.B.C. Jansen"]),
        ("Overleg met J. P. Balkenende", ["J. P. Balkenende"]),
        # titles: the span is the name, not the title
        ("dhr. Jansen", ["Jansen"]),
        ("mevrouw De Vries", ["De Vries"]),
        ("mw. van Dijk", ["van Dijk"]),
        ("Mr. Smith", ["Smith"]),
        ("Dr. Bakker", ["Bakker"]),
        ("de heer Jansen", ["Jansen"]),
        ("prof. dr. J. de Vries", ["J. de Vries"]),
        ("t.a.v. dhr. P. Jansen", ["P. Jansen"]),
        # salutations
        ("Beste Anna,", ["Anna"]),
        ("Hoi Piet,", ["Piet"]),
        ("Dear John,", ["John"]),
        ("Hi Sarah,\nCan you check the numbers?", ["Sarah"]),
        ("Hi Will,", ["Will"]),
        ("Geachte heer Jansen,", ["Jansen"]),
        ("Beste mevrouw De Vries,", ["De Vries"]),
        ("Dear Mr Smith,", ["Smith"]),
        # sign-offs
        ("Met vriendelijke groet,\nJan Jansen", ["Jan Jansen"]),
        ("Groeten,\nPiet", ["Piet"]),
        ("Kind regards,\nEmma Wilson", ["Emma Wilson"]),
        ("Thanks!\n\nMark", ["Mark"]),
        ("Groeten, Piet", ["Piet"]),
        ("Met vriendelijke groet,\nJ. de Vries\nTeamleider", ["J. de Vries"]),
        # CSV / CRM exports, e-mail headers and forms
        ("Jan de Vries;jan@example.nl;0612345678", ["Jan de Vries"]),
        ("Naam: Kees van der Berg", ["Kees van der Berg"]),
        ("From: John Smith <john@example.com>", ["John Smith"]),
        ("voornaam,achternaam\nAnna,Jansen\n", ["Anna", "Jansen"]),  # split columns: see below
        # a surname alone, its interfix capitalised as Dutch writes it then
        ("Ik sprak met De Groot over het plan.", ["De Groot"]),
        ("Volgens Van den Heuvel klopt het.", ["Van den Heuvel"]),
        ("Van Dijk zei dat het klopt.", ["Van Dijk"]),
        # surname first
        ("Van der Berg, Jan", ["Van der Berg, Jan"]),
        ("Jansen, Pieter", ["Jansen, Pieter"]),
        ("de Vries, J.", ["de Vries, J."]),
    ],
)
def test_when_text_holds_a_name_then_the_span_is_the_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # sentence-initial words
        "Wat is Kubernetes?",
        "Leg de voordelen van Kubernetes uit.",
        "Schrijf een script.",
        "Maak een planning.",
        "Kun je dit vertalen?",
        "Graag een samenvatting.",
        "Please help.",
        "Will you help me with Google Cloud?",
        "May I ask a question about Visual Studio Code?",
        "Will Kubernetes scale to 1000 nodes?",
        "Mark the items as done.",
        "Dan gaan we naar Amsterdam.",
        "Elke Maandag hebben we overleg.",
        # months and weekdays
        "The report is due Jan 2024.",
        "Mar 15 is the deadline.",
        "Jan Feb Mar Apr",
        # products and tech names
        "We use Microsoft Teams and Power BI.",
        "Google Cloud versus Azure",
        "Visual Studio Code extensions",
        "Kubernetes",
        "Claude Code",
        "Rocky Linux installation",
        "Monte Carlo simulation",
        "Albert Heijn bonus",
        "Ruby on Rails tutorial",
        # places
        "Amsterdam",
        "London",
        "Sierra Leone",
        "Van Amsterdam naar Utrecht",
        "Lees De Telegraaf en ga naar De Efteling.",
        "De trein van Utrecht",
        # Title Case headings
        "Project Plan",
        "Executive Summary",
        "Release Notes",
        "Summer School",
        "Grace Period",
        "Line Interface",
        # names that are ordinary words, without strong evidence
        "Bill Gates Foundation",
        "Rose Garden design",
        "Hope Street",
        "Roos en Bas gaan op vakantie",
        # initials that are abbreviations or enumerations
        "A. Introduction",
        "I. Overview",
        "Plan B. Then we go.",
        "U.S. Army",
        "P.S. Vergeet de bijlage niet.",
        # salutations and labels without a listed name
        "Hello World",
        "Dear Team,",
        "Dear Hiring Manager,",
        "Dear Sir or Madam,",
        "Hi Claude, can you help?",
        "Author: Explosion",
        "name: Checkout",
        "Klant: Gemeente Utrecht",
        "Kind regards,\nThe Support Team",
        # a street named after a person is not a person
        "Willem de Zwijgerlaan",
    ],
)
def test_when_capitalised_words_are_not_a_name_then_no_finding(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pieter Jansen", [("Pieter Jansen", STRONG)]),  # first name + surname, both listed
        ("J.P. Balkenende", [("J.P. Balkenende", STRONG)]),  # initials + surname
        ("Dr. Bakker", [("Bakker", STRONG)]),  # title + capitalised surname
        ("Mary O'Brien", [("Mary O'Brien", MEDIUM)]),  # listed first name + unlisted surname
        ("Beste Anna,", [("Anna", MEDIUM)]),  # salutation + first name alone
        ("Stuur het naar J. Oosterwoldt.", [("J. Oosterwoldt", WEAK)]),  # one initial + unlisted word
    ],
)
def test_when_evidence_is_stronger_then_the_score_is_higher(text: str, expected: list[tuple[str, float]]) -> None:
    assert scored(text) == expected


def test_when_several_names_then_each_is_found_in_order() -> None:
    text = "Overleg met Jan de Vries en mevrouw Bakker; kopie aan A.B. Smit.\n\nMet vriendelijke groet,\nSanne Visser"
    assert found(text) == ["Jan de Vries", "Bakker", "A.B. Smit", "Sanne Visser"]


def test_when_results_are_returned_then_they_name_the_recognizer() -> None:
    (result,) = RECOGNIZER.analyze("Pieter Jansen", ["PERSON"])
    assert result.entity_type == "PERSON"
    assert result.recognition_metadata["recognizer_name"] == "PersonNameRecognizer"
    assert result.recognition_metadata["recognizer_identifier"] == RECOGNIZER.id


def test_when_person_is_not_requested_then_nothing_is_scanned() -> None:
    assert RECOGNIZER.analyze("Pieter Jansen", ["EMAIL_ADDRESS"]) == []
    assert RECOGNIZER.analyze("", ["PERSON"]) == []


HARMLESS_PROMPTS = [
    # Dutch
    "Wat is het verschil tussen een Deployment en een StatefulSet in Kubernetes?",
    "Leg de voordelen van Kubernetes uit voor een klein team.",
    "Schrijf een Python-functie die een CSV-bestand inleest en de kolommen telt.",
    "Maak een Excel-formule die de som van kolom B berekent als kolom A 'Ja' bevat.",
    "Kun je deze SQL-query optimaliseren voor PostgreSQL 16?",
    "Graag een korte samenvatting van het artikel over Azure DevOps.",
    "Hoe configureer ik Microsoft Teams zodat externe gasten kunnen deelnemen?",
    "Vat de notulen van het overleg van Maandag samen in vijf punten.",
    "Agenda: 1. Opening 2. Stand van zaken Project Phoenix 3. Rondvraag",
    "We gaan in Mei met de Trein naar Parijs en daarna naar Rome.",
    "Plan een weekendje weg naar Maastricht met een bezoek aan de Sint-Servaasbasiliek.",
    "Welke Power BI-visualisatie past het best bij maandelijkse omzetcijfers?",
    "Elke Vrijdag is er een Demo van het Sprint Review.",
    "Dan gebruiken we Google Cloud Storage voor de back-ups.",
    "Wil je de functie VERT.ZOEKEN vervangen door X.ZOEKEN in Excel 365?",
    "Door de nieuwe versie van Visual Studio Code werkt de extensie niet meer.",
    "Ben je bekend met de Terraform-provider voor Azure?",
    "Vergelijk Docker Compose en Helm voor een lokale ontwikkelomgeving.",
    "Geef drie ideeën voor een teamuitje in Utrecht of Amsterdam.",
    "Maak een reisschema voor tien dagen Toscane in Juli, met Florence en Siena.",
    "Hoofdstuk 3: Resultaten en Conclusies",
    "Vertaal deze Release Notes naar het Nederlands.",
    "Kan ik in Jira een Epic aan meerdere Sprints koppelen?",
    "Schrijf een vriendelijke herinnering voor de vergadering van Dinsdag om 10:00.",
    "Welke Linux-distributie is geschikt: Ubuntu, Debian of Rocky Linux?",
    "Roos en Bas zijn mooie namen voor een kat, toch?",
    "Het Executive Summary moet op één pagina passen.",
    "Wat kost een abonnement op Claude Pro of ChatGPT Plus per maand?",
    "Help me met een Monte Carlo-simulatie in Julia.",
    "Geef een overzicht van de Feestdagen in Nederland in 2025.",
    # English
    "What is the difference between a Deployment and a DaemonSet in Kubernetes?",
    "Please explain how Microsoft Teams handles guest access.",
    "Will you help me write a Bash script that rotates log files?",
    "May I ask how Google Cloud Run scales to zero?",
    "Write an Excel formula that returns the last non-empty cell in Column C.",
    "Summarize the Project Plan and the Executive Summary in three bullets.",
    "Release Notes for Version 2.4: Bug Fixes and Performance Improvements",
    "Mark the completed tasks in the Sprint Board as done.",
    "Can you compare Visual Studio Code and JetBrains Rider for C# development?",
    "Draft an agenda for Monday's Meeting: Budget Review, Hiring Plan, Any Other Business.",
    "Plan a seven-day trip to London and Paris in April with a day in Bath.",
    "Explain Power BI row-level security with an example.",
    "How does Apache Kafka guarantee ordering within a partition?",
    "Give me a Grace Period policy template for late invoices.",
    "Hi Claude, can you review this Terraform module?",
    "Dear Team, the Quarterly Business Review is moved to Thursday.",
    "Hello World programs in Rust, Go and Swift.",
    "Our Summer School runs from June to August in Amsterdam.",
    "Is Ruby on Rails still a good choice for a new SaaS product?",
    "Create a Jira Dashboard that shows Open Bugs by Priority.",
    "Convert this Jan 2024 sales report into a Pivot Table.",
    "Mar 15 is the deadline for the Tax Return.",
    "Which Amazon Web Services region is closest to Frankfurt?",
    "Step 1: Open Excel. Step 2: Select the Data tab.",
    "A. Introduction B. Methods C. Results",
    "Set up a GitHub Actions workflow:\n  - name: Checkout\n  - name: Build and Test",
    "Bill Payment Reminder: your Electricity Bill is due.",
    "Rose Gold or Space Gray: which MacBook colour sells better?",
    "Hope Street and Victoria Station are on our walking route.",
    "Chase Bank and Wells Fargo offer business accounts.",
    # first names that are places, months, nouns or tools, in sentences about them
    "We vliegen in Mei naar Milan en daarna naar Rome.",
    "Milan is the capital of Lombardy and hosts Fashion Week.",
    "Visit Jordan and Petra in April; the Jordan River flows into the Dead Sea.",
    "Georgia Tech offers a strong Computer Science programme.",
    "Summer Olympics 2028 in Los Angeles",
    "Ask the Help Desk to reset the password.",
    "Vraag Copilot om de code te verbeteren.",
    "Our office in Milan (Italy) opens in May.",
    "Send the report to Jordan in Amman.",
    "Ben van plan om de migratie in Juni te doen.",
    "Elke Maandag hebben we een stand-up; Dan gaan we naar Amsterdam.",
    "Stap B. Open de app en kies Instellingen.",
    # lower case and capitals
    "SELECT NAME, EMAIL FROM USERS WHERE ID = 1",
    "DE VRIES GROEP B.V. KVK 12345678",
    "kan iemand me helpen met python",
    "max de waarde van kolom b",
    "ik ga met de trein naar den haag",
]


@pytest.mark.parametrize("prompt", HARMLESS_PROMPTS)
def test_when_prompt_is_harmless_then_no_person_is_found(prompt: str) -> None:
    assert found(prompt) == []


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        ("Jan " * 25_000)[:100_000],
        ("Jan-" * 25_000)[:100_000],  # hyphenated names: the look-ahead is bounded
        ("A." * 50_000)[:100_000],
        ("A. " * 34_000)[:100_000],
        ("van " * 25_000)[:100_000],
        ("Beste " * 17_000)[:100_000],
        ("Groeten,\n" * 11_200)[:100_000],
        ("Naam: " * 17_000)[:100_000],
        ("dhr. " * 20_000)[:100_000],
        ("Anna Maria Bakker-de Wit, " * 4_000)[:100_000],
        ("[10:02] Piet: " * 7_200)[:100_000],  # chat speakers on one long line
        ("Aanwezig: " + "Jan, " * 20_000)[:100_000],  # one long list of people
        ("naam;voornaam\n" + "Jan;Piet\n" * 11_000)[:100_000],  # a long table
        ("aan Sanne " * 10_000)[:100_000],
        "Jansen" * 16_667,
        "1" * 100_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_when_input_is_long_and_crafted_then_the_scan_still_finishes(text: str) -> None:
    RECOGNIZER.analyze(text, ["PERSON"])


def side_by_side(*cases: tuple[str, list[str], str]) -> list[object]:
    """Positive and negative cases of one rule, listed together, each with its id."""
    return [pytest.param(text, expected, id=name) for text, expected, name in cases]


@pytest.mark.parametrize(
    ("text", "expected"),
    side_by_side(
        # a table: the header says which columns hold names, however far above the cell
        (
            "voornaam;achternaam;email\nFaye;Hagendoorn;f@x.nl\nRowan;Schrant;r@x.nl",
            ["Faye", "Hagendoorn", "Rowan", "Schrant"],
            "split-columns-nl",
        ),
        (
            "first_name,last_name,email\nJudith,Green,j@x.com",
            ["Judith", "Green"],
            "ordinary-word-surname-in-its-column",
        ),
        ("id,name,email\nK1,Melissa Hill,m@x.com", ["Melissa Hill"], "generic-name-column-listed-first-name"),
        ("contactpersoon;email\nYsolde Contreras;y@x.com", ["Ysolde Contreras"], "person-column-unlisted-name"),
        ("werknemer;afdeling\nYsolde Contreras;IT", ["Ysolde Contreras"], "werknemer-column"),
        ("rekeninghouder;iban\nDorian Quint;NL01", ["Dorian Quint"], "account-holder-column"),
        (
            "contact,email\nMary Long,m@x.com\nDaniel Ward,d@x.com\nYsolde Contreras,y@x.com",
            ["Mary Long", "Daniel Ward", "Ysolde Contreras"],
            "column-of-mostly-listed-names",
        ),
        (
            # (an unlisted surname: with a listed one the name stands on its own)
            "contact,via\nSupport Desk,e-mail\nSales Team,phone\nYsolde Quarrendon,phone",
            [],
            "column-of-mostly-non-names",
        ),
        ("| Naam | Functie |\n|---|---|\n| Pieter Jansen | CTO |", ["Pieter Jansen"], "markdown-table"),
        ('naam;adres\n"Jansen, Pieter";"Kerkstraat 1, Breda"', ["Jansen, Pieter"], "quoted-last-first"),
        ("name,price\nGaming Mouse,29.99\nUSB Hub,9.99", [], "product-names-in-a-name-column"),
        ("naam;versie\nKubernetes;1.29\nPostgres;16", [], "tools-in-a-name-column"),
        ("first_name,last_name", [], "header-without-rows"),
        ("voornaam;achternaam\n-;-\n", [], "empty-cells"),
        ("Naam, adres en woonplaats van de klant graag:\nKerkstraat 1", [], "sentence-with-commas-is-no-header"),
        # chat speakers: a name opening its line, a colon after it
        ("[10:02] Piet: kan iemand helpen?", ["Piet"], "speaker-after-time"),
        ("Sanne: ja, klopt", ["Sanne"], "speaker-alone"),
        ("[09:13] Dean: top dank je", ["Dean"], "ambiguous-speaker-after-time"),
        ("12-03-2024 10:02 - Lisa: hoi", ["Lisa"], "speaker-after-date-and-time"),
        ("M. Simpson: me, I'll call", ["M. Simpson"], "speaker-with-initial"),
        ("Mark: done", [], "ambiguous-speaker-without-time"),
        ("Uit het verslag. Tygo: ik wil uitstellen. Nina: eens.", ["Tygo", "Nina"], "speakers-running-on"),
        ("It broke. Mark: done", [], "ambiguous-speaker-running-on"),
        ("It broke. Note: see below", [], "label-word-running-on"),
        ("Reviewer: Bryan\nApprover: Scott Nicholls", ["Bryan", "Scott Nicholls"], "reviewer-label"),
        ("Afwezig met bericht: Sam, Lotte", ["Sam", "Lotte"], "absent-with-notice-list"),
        ("Note: this is important", [], "label-word"),
        ("User: hello\nAssistant: hi", [], "chat-roles"),
        ("[10:02] Python: error", [], "tool-after-time"),
        ("Opmerking: zie bijlage", [], "dutch-label-word"),
        ("Brenda (10:02): wrong again\nMarcus (10:05): which one?", ["Brenda", "Marcus"], "time-after-speaker"),
        ("Mark (10:05): done", ["Mark"], "ambiguous-speaker-time-after"),
        ("Ticket (10:05): open", [], "word-time-after"),
        ("Marcus (10:05) said it", [], "time-after-without-colon"),
        # a task list: a bullet, a first name alone, a dash and the task
        ("* Priya - book travel\n* Josh - chase legal", ["Priya", "Josh"], "task-owner-bullet"),
        ("- Joris – belt de verzekeraar", ["Joris"], "task-owner-en-dash"),
        ("- Milan - Inter 2-1", [], "place-name-before-dash"),
        ("- Mark - done", [], "word-name-before-dash"),
        ("Requester: Aisha\nCategory: access", ["Aisha"], "requester-label"),
        ("Requester: Finance", [], "requester-label-no-name"),
        # an address block: a name alone on its line, a street and house number under it
        ("Customer details:\nGeorgia Tucker\n12 High Street\nLeeds", ["Georgia Tucker"], "address-block-en"),
        ("Aan:\nMark Twain\nKerkstraat 12\n1234 AB Utrecht", ["Mark Twain"], "address-block-nl"),
        ("Victoria Station\n12 Platform Road", [], "address-block-place-and-word"),
        ("Georgia Tucker\nsome notes follow", [], "no-street-line-below"),
        ("Project Alpha\nFase 2", [], "heading-and-phase"),
        # lists of people after a list label
        ("Aanwezig: Jan, Piet en Sanne", ["Jan", "Piet", "Sanne"], "attendees-first-names"),
        (
            "Attendees: Vincent James, Toby Haynes, B. Lane",
            ["Vincent James", "Toby Haynes", "B. Lane"],
            "attendees-full",
        ),
        ("Afwezig: C. Aalts, Ben van Enschot (voorzitter)", ["C. Aalts", "Ben van Enschot"], "absent-with-role"),
        ("Aanwezig: Team Finance, Marketing", [], "attendees-teams"),
        ("Attendees: everyone", [], "attendees-everyone"),
        # action owners and other labels
        ("Actie: Lina belt terug voor vrijdag.", ["Lina"], "action-owner"),
        ("Action owner: Tom", ["Tom"], "action-owner-en"),
        ("Actie: Bellen met leverancier", [], "action-without-owner"),
        ("Aan:\nJ. Mathurin\nLaan van Meerdervoort 158", ["J. Mathurin"], "name-below-label"),
        ("Bill to:\nCarol Cooper\n77 Keith Union", ["Carol Cooper"], "bill-to-block"),
        ("Aan:\nGemeente Utrecht", [], "organisation-below-label"),
        # a lone first name where the words around it make it a person
        ("Kun je het vragen aan Sanne?", ["Sanne"], "after-preposition-nl"),
        ("Dat heb ik met Lisa besproken.", ["Lisa"], "after-met"),
        ("According to Sarah, the deadline moved.", ["Sarah"], "according-to"),
        ("Kan dit door (Bram) worden opgepakt?", ["Bram"], "in-brackets"),
        ("@Pieter kun je hier naar kijken?", ["Pieter"], "mention"),
        ("- Naomi is tot mei met verlof", ["Naomi"], "subject-of-bullet"),
        ("Approved. Vincent to call back before Friday.", ["Vincent"], "subject-to-verb"),
        ("Sanne", [], "alone-without-context"),
        ("Dat heb ik met Python getest.", [], "tool-after-met"),
        ("Kun je het vragen aan Mark?", [], "ambiguous-after-preposition"),
        ("May is the busiest month.", [], "month-before-verb"),
        ("Will is a modal verb.", [], "word-before-verb"),
        ("We reizen met de trein naar Ede.", [], "place-after-naar"),
        ("Upgrade to Angular 17.", [], "product-after-to"),
        ("@Override\npublic void run()", [], "annotation"),
        ("Release (Beta) notes", [], "word-in-brackets"),
        ("Met Lisa", [], "capitalised-lead-word"),
        # a sign-off after a sentence on the same line
        ("Kun je dat sturen? Groet, Rosa", ["Rosa"], "inline-sign-off-nl"),
        ("Please use the new address from now on. Best, Floor", ["Floor"], "inline-sign-off-en"),
        ("This is the best, Floor tiles are cheaper.", [], "lower-case-best"),
        ("Done. Thanks, Team", [], "inline-sign-off-team"),
        # initials: an abbreviation before an interfix, a place name as surname
        ("Voorzitter is A.M. van Mispelen.", ["A.M. van Mispelen"], "abbreviation-initials-before-interfix"),
        ("De lunch van E. Oosterhout op vrijdag.", ["E. Oosterhout"], "place-as-surname-after-initial"),
        ("Stationed with the U.S. Army", [], "abbreviation"),
        # places and streets shaped like names
        ("Het kantoor in Den Haag is dicht.", [], "den-haag"),
        ("Hoe reis ik van Rotterdam naar Den Haag?", [], "den-haag-after-naar"),
        ("Deliver to 424 Michele Canyon, Boston, MA 02108", [], "us-street-after-number"),
        ("Home address: 5883 Oliver Corners, Columbus, OH 43215", [], "us-street-corners"),
        ("Rosa Parks refused to give up her seat.", ["Rosa Parks"], "street-word-surname-without-number"),
    ),
)
def test_when_context_makes_a_name_then_only_that_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    side_by_side(
        # a first name alone where the sentence makes it a person (found) or not (not found)
        ("Schrijf een bedankmail aan Amina van de receptie", ["Amina"], "addressee-with-role-nl"),
        ("Schrijf een bedankmail aan de receptie", [], "addressee-without-name"),
        ("Milan neemt contact op met de leverancier", ["Milan"], "place-name-as-subject-of-action-nl"),
        ("Milan is the capital of Lombardy.", [], "place-name-with-is"),
        ("We vliegen in Mei naar Milan.", [], "place-name-after-naar"),
        ("Jordan will send the contract tomorrow.", ["Jordan"], "subject-of-will-send"),
        ("Jordan is a country in the Middle East.", [], "country-with-is"),
        ("Milan heeft gisteren de offerte gestuurd.", ["Milan"], "perfect-tense-nl"),
        ("Milan heeft veel musea.", [], "perfect-without-personal-verb"),
        ("Mark from accounting approved it.", ["Mark"], "word-name-with-role-en"),
        ("Mark all messages as read.", [], "word-name-as-imperative"),
        ("Mark sent items as read.", [], "word-name-with-participle"),
        ("Can you forward this to Jordan (HR)?", ["Jordan"], "role-in-brackets"),
        ("Release (Beta) notes", [], "word-in-brackets-is-no-role"),
        ("Mei van de administratie belt terug.", ["Mei"], "month-name-with-role"),
        ("In Mei van dit jaar starten we.", [], "month-without-role"),
        ("May said the budget is fine.", ["May"], "month-name-with-personal-verb"),
        ("May I ask a question?", [], "month-name-as-modal"),
        ("Vraag Mark om de cijfers te sturen.", ["Mark"], "asked-to-nl"),
        ("Ask Will to review the PR.", ["Will"], "asked-to-en"),
        ("Will Terraform Cloud replace Atlantis?", [], "word-name-opening-a-question"),
        ("Laat Milan weten dat de levering later komt.", ["Milan"], "let-know-nl"),
        ("Bel Milan even terug.", ["Milan"], "contact-verb-before"),
        ("Stuur een bericht naar Milan over de beurs.", [], "message-to-a-place-name"),
        ("Schrijf een e-mail naar Jade over de planning.", ["Jade"], "message-to-noun-name"),
        ("Jade Garden restaurant menu", [], "noun-name-in-a-heading"),
        ("Milan, kun je dit even checken?", ["Milan"], "vocative-nl"),
        ("Paris, what a city!", [], "place-comma-question-word"),
        ("Sanne's verjaardag is morgen.", ["Sanne"], "possessive"),
        ("Sanne z'n laptop is kapot.", ["Sanne"], "possessive-nl"),
        ("Jordan's economy grew.", [], "possessive-of-a-country"),
        ("Groetjes Milan", ["Milan"], "sign-off-without-comma"),
        ("Thanks Jordan!", ["Jordan"], "thanks-without-comma"),
        ("Best Summer", [], "best-opens-a-heading"),
        ("Thanks May!", [], "month-after-thanks"),
        ("Sam is tot 18 februari met verlof.", ["Sam"], "state-leave-nl"),
        ("Robin on leave until Friday.", ["Robin"], "state-leave-en"),
        ("Dan belt hij terug.", [], "adverb-then-verb-then-subject"),
        ("You can reach me on this number.", [], "function-word-name"),
        ("Ask Jenkins to run the pipeline.", [], "product-after-ask"),
        ("Tell Siri to set a timer.", [], "assistant-after-tell"),
        # a surname the lists do not know, after a confident first name or a cue
        ("Stuur de offerte naar Imke Moet.", ["Imke Moet"], "common-word-surname"),
        ("Hoi Sanne Kun je dit checken?", [], "common-word-opening-a-question"),
        ("Isis Wutke heeft gebeld.", ["Isis Wutke"], "noun-first-name-rare-surname"),
        ("Please invite Jordan Solis to the kickoff.", ["Jordan Solis"], "place-first-name-rare-surname"),
        ("Leg uit hoe de Grace Period werkt.", [], "noun-first-name-english-word"),
        ("Amber Alert systems", [], "noun-first-name-english-word-en"),
        ("Contactpersoon is Emir Lutterveld-Walsteijn.", ["Emir Lutterveld-Walsteijn"], "place-in-double-surname"),
        ("Maak een factuur voor Thom Oosterhout.", ["Thom Oosterhout"], "village-as-surname"),
        ("Sami Sweden", [], "country-after-first-name"),
        ("Schrijf een brief aan Lot Dubois.", ["Lot Dubois"], "word-first-name-with-addressee-cue"),
        ("Joy Vial opent de vergadering.", ["Joy Vial"], "noun-first-name-as-subject"),
        # initials with a surname, also a common word
        ("Graag een reactie van L. Lees voor vrijdag.", ["L. Lees"], "initial-common-word-surname"),
        ("L. Lees belt morgen terug.", ["L. Lees"], "initial-opening-the-line-with-verb"),
        ("Please send the contract to N Chavez by Friday.", ["N Chavez"], "bare-initial-after-to"),
        ("Stuur het contract naar J Bolkesteijn voor vrijdag.", ["J Bolkesteijn"], "bare-initial-unlisted-surname"),
        ("- R Jackson, project lead", ["R Jackson"], "bare-initial-after-bullet"),
        ("- J. Foster, project lead", ["J. Foster"], "initial-with-qualified-role"),
        ("Afspraak met dhr. C van Bergen om 15.00 uur.", ["C van Bergen"], "bare-initial-before-interfix"),
        ("Upgrade to X Pro before Friday.", [], "bare-letter-before-a-word"),
        ("We switched to T Mobile last year.", [], "bare-letter-before-a-brand-word"),
        ("Options are A Smith or I Jones.", [], "bare-letter-that-is-a-word"),
        ("Patient Sanne B. belde over haar uitslag.", ["Sanne B."], "first-name-and-surname-initial"),
        ("Customer John D. complained about the delay.", ["John D."], "first-name-and-surname-initial-en"),
        ("Contactpersoon: L. Lees", ["L. Lees"], "initial-after-label"),
        ("Zie bijlage B. Lees de tekst.", [], "enumeration-then-imperative"),
        ("option C. Check the logs", [], "option-then-imperative"),
        ("A.B. Smith", ["A.B. Smith"], "two-initials-en"),
        ("J.P. de Vries", ["J.P. de Vries"], "two-initials-interfix"),
        ("Vragen kunnen naar H. Le Marec.", ["H. Le Marec"], "initial-capitalised-interfix"),
        ("Klant F. Groen geeft haar nummer.", ["F. Groen"], "person-noun-before-initial"),
        ("Table C. Summary of results", [], "heading-noun-before-initial"),
        # lower case and capitals: listed names, or a label
        ("Plan een call met jan de vries en noor jansen", ["jan de vries", "noor jansen"], "lower-case"),
        ("graag een afspraak met sanne visser", ["sanne visser"], "lower-case-listed-surname"),
        ("elif link.url not in seen:", [], "lower-case-code"),
        ("de vries is een veelvoorkomende achternaam.", [], "lower-case-surname-alone"),
        ("JAN DE VRIES", ["JAN DE VRIES"], "capitals"),
        ("Gesprek met SANNE VISSER over re-integratie.", ["SANNE VISSER"], "capitals-in-a-sentence"),
        ("VAN DEN BERG TRANSPORT BV", [], "capitals-company"),
        ("JAN LINDERS SUPERMARKT", [], "capitals-brand"),
        ("Naam: Jan DE VRIES", ["Jan DE VRIES"], "surname-in-capitals-after-label"),
        ("naam: imke moet", ["imke moet"], "lower-case-after-label"),
        ("NAME: JORDAN SOLIS", ["JORDAN SOLIS"], "capitals-after-label"),
        ("name: will run", [], "label-before-a-word"),
        ("Beste mevrouw de vries,", ["de vries"], "lower-case-after-title"),
        ("(merge 05ac8582bc ak/run-command)", [], "letters-of-a-hash-are-no-title"),
        ("The procedure for Travis CI is documented.", ["Travis"], "acronym-after-first-name"),
        # a product name in a column that holds nothing but people
        (
            "first_name,last_name\nJulia,Preston\nCassandra,Fisher",
            ["Julia", "Preston", "Cassandra", "Fisher"],
            "products-in-name-columns",
        ),
        ("name,price\nJulia,0\nCassandra,0", [], "products-in-an-unsure-column"),
    ),
)
def test_when_the_sentence_vouches_for_a_name_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # keys that hold names, in JSON, YAML, query strings and XML, whatever the case of the value
        ('{"first_name": "Hope", "last_name": "Bates", "role": "analyst"}', ["Hope", "Bates"]),
        ('{"firstName": "hope", "lastName": "bates"}', ["hope", "bates"]),
        ("voornaam: Femke\nachternaam: Wolters", ["Femke", "Wolters"]),
        ("?customer_name=Grant+Underwood&id=4", []),  # "+" for a space: no name shape
        ("name=Hope Bates", ["Hope Bates"]),  # an unsure key: capitals and a listed name
        ("<firstName>Ysolde</firstName><lastName>Contreras</lastName>", ["Ysolde", "Contreras"]),
        # in a table, lower case under a column of people only
        ("first_name,last_name\nannette,cooper\nhugh,clark", ["annette", "cooper", "hugh", "clark"]),
    ],
)
def test_names_under_keys_and_columns_of_people(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "production-db", "owner": "platform-team", "user": "admin"}',
        '{"first_name": "string", "last_name": "string"}',  # a schema's example
        '{"name": "Power BI", "author": "Microsoft"}',
        '{"tenant": "contoso"}',  # an Azure tenant
        '{"first_name": "contoso.onmicrosoft.com"}',
        "name: my-service\nversion: 1.2.3",
        "first_name=${FIRST_NAME}",
        "<author>Anonymous</author>",
        "first_name,last_name\nn/a,n/a",
        "name,role\nadmin,owner",  # lower case under an unsure column: a login
    ],
)
def test_things_and_stand_ins_under_such_keys_are_no_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contact card's name lines
        ("BEGIN:VCARD\nN:Bates;Hope;;;\nFN:Hope Bates\nEND:VCARD", ["Bates", "Hope", "Hope Bates"]),
        ("BEGIN:VCARD\nFN;CHARSET=UTF-8:Ysolde Contreras\nEND:VCARD", ["Ysolde Contreras"]),
        # LDAP and calendar common names
        ("CN=Hope Bates,OU=Users,DC=corp,DC=example,DC=com", ["Hope Bates"]),
        ("ATTENDEE;CN=Grant Underwood;ROLE=REQ-PARTICIPANT:mailto:g@example.com", ["Grant Underwood"]),
        # a display name before an address: listed, or spelled by the address
        ('To: "Bates, Hope" <hope.bates@example.com>', ["Bates, Hope"]),
        ("Okonjo Temitope <t.okonjo@example.com>", ["Okonjo Temitope"]),
        # a transcript's voice tag, and LDIF's surname key
        ("00:00:01.000 --> 00:00:04.000\n<v Dawn Wood>I'll send the figures.</v>", ["Dawn Wood"]),
        ("dn: CN=Ysolde Contreras,OU=Staff\nsn: Porter\ngivenName: Ysolde", ["Ysolde Contreras", "Porter", "Ysolde"]),
        # logfmt: an unquoted value after "=" runs to the next key
        ('level=info user_name="Mark Harper" action=update', ["Mark Harper"]),
        ("level=info user_name=Mark Harper action=update", ["Mark Harper"]),
        # under a key that holds nothing but a name, whatever else the name spells
        ('{"firstName": "Julia", "lastName": "Allen"}', ["Julia", "Allen"]),
        ("Achternaam: Kosten\nVoornaam: Beau", ["Kosten", "Beau"]),
        ("BEGIN:VCARD\nFN:Amber Jenkins\nEND:VCARD", ["Amber Jenkins"]),
    ],
)
def test_names_where_contact_data_keeps_them(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "From: Microsoft Teams <noreply@email.teams.microsoft.com>",
        "From: Support Team <support@example.com>",
        '"Acme Billing" <billing@acme.example>',  # the address spells a common word only
        "CN=svc_backup,OU=Service Accounts,DC=corp",
        "CN=Domain Admins,CN=Users,DC=corp",
        "subject=CN=api.example.com",
        "GitHub <noreply@github.com>",
        "FN:Hope Bates",  # no contact card around it
    ],
)
def test_teams_services_and_hosts_in_those_places_are_no_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "EMP_ID\tNAME\tDEPT\n10482\tOKONJO, CHIDI\tFinance\n10517\tFERREIRA, ANA LUCIA\tCustomer Service\n"
            "10533\tMCALLISTER, ROSE\tFinance\n10541\tKAUR, JASPREET\tOps",
            ["OKONJO, CHIDI", "FERREIRA, ANA LUCIA", "MCALLISTER, ROSE", "KAUR, JASPREET"],
            id="column-of-people-in-capitals",
        ),
        pytest.param(
            "SKU\tNAME\tPRICE\n1\tUSB, HUB\t10\n2\tHDMI, CABLE\t5\n3\tPOWER, BANK\t20", [], id="products-in-capitals"
        ),
        pytest.param("ID\tNAME\n1\tOKONJO, CHIDI\n2\tXYZZY, PLUGH", [], id="too-few-listed-to-be-people"),
    ],
)
def test_when_a_name_column_is_in_capitals_surname_first_then_a_column_of_people_counts(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een mail naar Van Gogh Museum over de rondleiding", []),
        ("Plan een dag: ochtend Van Gogh Museum, middag Anne Frank Huis.", []),
        ("Welke ziekenhuizen: Antonius Ziekenhuis, Máxima Ziekenhuis", []),
        ("Ask Sarah Hall about it.", ["Sarah Hall"]),  # the institution word is the surname here
        ("Mail Jan de Vries about the museum visit", ["Jan de Vries"]),
    ],
)
def test_when_an_institution_word_follows_a_name_then_it_is_the_institution_name(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fietsroute van het Jan Pieterszoon Coenplein naar huis", []),  # a square named after him
        ("ziekenhuizen: Máxima MC en het Catharina Ziekenhuis", []),
        ("Jan de Vries Kerkstraat 12 1234 AB Utrecht", ["Jan de Vries"]),  # his address follows
    ],
)
def test_when_a_street_or_hospital_compound_follows_a_name_then_it_is_that_place(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de inlog van de NAS staat in de kluis", []),
        ("The password for the NAS was reset.", []),
        ("Reboot the NAS tonight.", []),
        ("Jan de VOS belde", ["Jan de VOS"]),  # "de" after a first name is a particle
        ("Bel NAS morgen", ["NAS"]),  # no article: the lists' name stands
    ],
)
def test_when_an_article_stands_before_a_short_word_in_capitals_then_it_is_an_acronym(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

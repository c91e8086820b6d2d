"""Names in the forms prompts write them: lone first names in more sentence roles, lower case
after a lead word or sign-off, capitals after a label or salutation, Flemish and Moroccan
capitalised interfixes. Each case sits beside the look-alike that must stay unflagged."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.person_name_recognizer import PersonNameRecognizer

RECOGNIZER = PersonNameRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["PERSON"]) if r.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone first name: a capitalised lead word opening a sentence, not a heading or preposition
        ("Stuur Thijn een herinnering voor de factuur.", ["Thijn"]),
        ("Met Lisa", []),
        ("For Felix source code, see the docs.", []),
        # a contact verb after "je <name>"
        ("Kun je Jill bellen over de storing?", ["Jill"]),
        ("Kun je Jade Gardiner even mailen?", ["Jade Gardiner"]),
        ("Kun je Jade openen?", []),
        # pairs and roles: after another name, after "tussen", after a pupil or patient noun
        ("Meeting with Kyra and Jorge moved to 14:00.", ["Kyra", "Jorge"]),
        ("Ik zit met een conflict tussen Deddo en Bilal in mijn team.", ["Deddo", "Bilal"]),
        ("Het verschil tussen Python en Ruby", []),
        ("Mijn leerling Nadia uit groep 7 heeft moeite met rekenen.", ["Nadia"]),
        ("Draft a welcome message for our new hire Ahmed, who starts Monday.", ["Ahmed"]),
        # a vocative inside a quotation, not a place and its state
        ("Herschrijf: 'Juul, je bent weer te laat.'", ["Juul"]),
        ("{'en': 'Augusta, GA'}", []),
    ],
)
def test_when_a_lone_first_name_has_a_person_cue_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vraag even aan rüknettin bilir of de offerte al de deur uit is", ["rüknettin bilir"]),
        ("zeg maar tegen mohammed dat het goed is", ["mohammed"]),
        ("vraag even aan kai de vrome of het klopt", ["kai de vrome"]),
        ("groetjes wesley rubben", ["wesley rubben"]),
        ("thx, leah", ["leah"]),
        ("groetjes wesley, tot morgen", ["wesley"]),  # a plain name after a lower-case word
        ("vraag even aan sales of de korting klopt", []),
        ("async with sem as yielded:", []),
        ("# narrows pwd for ty", []),
        ("ask claude to summarise", []),
    ],
)
def test_when_a_lower_case_name_follows_a_lead_word_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAAM: WENSEN, S.C.\nGEBOORTEDATUM: 12-04-1980", ["WENSEN, S.C."]),
        ("AANVRAGER: VAN LUCEL, J.\nBETREFT: VERLOF", ["VAN LUCEL, J."]),
        ("GEACHTE AIT TALEB, I.P.,", ["AIT TALEB, I.P."]),
        ("GEACHTE DANIEL JULIEN,", ["DANIEL JULIEN"]),
        ("TER ATTENTIE VAN BJORN BEKBERGEN", ["BJORN BEKBERGEN"]),
        ("TER ATTENTIE VAN DE ADMINISTRATIE", []),
        ("STATUS: OPEN, P.S. zie bijlage", []),
        ("GEACHTE HEER/MEVROUW,", []),
    ],
)
def test_when_a_name_in_capitals_follows_a_label_or_salutation_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graag een reactie naar Kurt De Ridder over de levering.", ["Kurt De Ridder"]),
        ("Het dossier van Lotte Van den Bossche is compleet.", ["Lotte Van den Bossche"]),
        ("We spraken met Anouk Vander Elst.", ["Anouk Vander Elst"]),
        ("Stuur dit naar Fatima El Amrani.", ["Fatima El Amrani"]),
        ("We use Jade De Novo templates", []),
        ("Mark De Facto", []),
    ],
)
def test_when_a_capitalised_interfix_follows_a_first_name_then_the_surname_is_included(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an initial without its dot, after a title or salutation
        ("Afspraak met dhr. S Riehl om 15.00 uur.", ["S Riehl"]),
        ("Dear M Benitez,\nThank you for your letter.", ["M Benitez"]),
        ("Meeting with Mr A Page at 3pm.", ["A Page"]),
        # ... and a lone capital elsewhere
        ("We chose Plan B Smith suggested last week.", []),
        ("Take vitamin D Every morning.", []),
        ("Section C Brown paper bags are in stock.", []),
        ("Mr T is here.", []),
    ],
)
def test_an_initial_without_its_dot_counts_after_a_title(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname before dotted initials that end the name, listed or not (if no word)
        ("Nerger, M.S. (financiën) vroeg om de cijfers.", ["Nerger, M.S."]),
        ("Jansen, J. (financiën) vroeg om de cijfers.", ["Jansen, J."]),
        # ... not a place, a word, or initials that run on
        ("We met in Washington, D.C. last year.", []),
        ("Long, D.C. (Finance) asked for the figures.", []),
        ("Note, P.S. please call me.", []),
        ("Results: Table, A.B. shows the data.", []),
    ],
)
def test_a_surname_before_dotted_initials_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Welsh "ap" and "ferch", Arabic and Malay "bin", "binti", "ibn" between the given name and the surname
        ("Rhodri ap Gwynfor joined in March.", ["Rhodri ap Gwynfor"]),
        ("Please welcome Ahmad bin Ismail to the team.", ["Ahmad bin Ismail"]),
        ("Siti binti Hassan signed the form.", ["Siti binti Hassan"]),
        # ... and the same words as words
        ("The bin was full, so I left the box beside it.", []),
        ("Ap. 3 of the report covers it.", []),
    ],
)
def test_when_a_patronymic_particle_stands_between_the_names_then_the_surname_is_included(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a register's "SURNAME First", one a line
        ("Voornaam eerst graag:\nPEETERS Dries\nVERMEULEN Koen", ["PEETERS Dries", "VERMEULEN Koen"]),
        ("Deelnemers:\n- EL AMRANI Yousra\n- VAN DEN BERG Anouk", ["EL AMRANI Yousra", "VAN DEN BERG Anouk"]),
        # ... and capitals that are words, or a first name that is a word
        ("Opmerkingen:\nNOTE Anna", []),
        ("Status:\nURGENT Will", []),
        ("Headers:\nHTTP Host", []),
    ],
)
def test_when_a_line_is_a_surname_in_capitals_and_a_first_name_then_it_is_a_name(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name the lists hold without its accents
        ("Refund the deposit to Ms Róisín Farrell by transfer.", ["Róisín Farrell"]),
        ("Please cc Zoë Harcourt and José Ortega.", ["Zoë Harcourt", "José Ortega"]),
        # ... and accented words that are no names stay words
        ("De coördinator heeft één café geopend.", []),
    ],
)
def test_when_a_listed_name_is_written_with_accents_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family by its surname
        ("Bevestig de bezichtiging voor de familie Pattiasina.", ["Pattiasina"]),
        ("Het gezin Jansen komt om drie uur, en fam. van Dijk ook.", ["Jansen", "van Dijk"]),
        ("Please write to the Okafor family and the Smith family.", ["Okafor", "Smith"]),
        # ... and families that are no surname
        ("The Royal family visited; our family Christmas party is on Friday.", []),
        ("Family Law is complex.", []),
    ],
)
def test_when_a_family_is_named_by_its_surname_then_the_surname_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name and a colon in a record of fields is a field, not a speaker
        ("VPN settings:\nPeer: 91.208.14.66\nLocal subnet: 10.20.0.0/16\nIKE: v2, AES256", []),
        ("Config\nVersion: 3\nTyler: 12.4.0\nMode: fast", []),
        # ... and in a chat it is a speaker, beside a role or with a number in the message
        ("Chat:\nCustomer: my card was charged twice\nAnna: sorry, let me check", ["Anna"]),
        ("Notes\nPriya: we need the numbers by Friday\nSanne: 12 of them are done", ["Priya", "Sanne"]),
    ],
)
def test_when_a_first_name_labels_a_field_of_a_record_then_it_is_no_speaker(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bullet's contact and the firm she is at
        (
            "Pipeline:\n- Oksana at Pellar Foods: verbal yes\n- Kenji at Tamura Logistics: demo booked",
            ["Oksana", "Kenji"],
        ),
        # ... not a dish, a place or a show
        ("Menu:\n- Pizza at Dominos\n- Paris at Night: a tour\n- Milan at Home: the show", []),
    ],
)
def test_when_a_bullet_names_a_contact_at_a_firm_then_the_first_name_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names marked by their own form
        ("Please thank Tanaka-san and Sato-sensei for the visit.", ["Tanaka", "Sato"]),
        (
            "Offers: Park Jun-seok (Seoul), Seo-yeon Kim and Ji-woo Park.",
            ["Park Jun-seok", "Seo-yeon Kim", "Ji-woo Park"],
        ),
        ("Attendees: Kim, Ha-rin; Lee Min-jun", ["Kim, Ha-rin", "Lee Min-jun"]),
        ("ada: mr okafor said he'd send the plumber", ["okafor"]),
        # ranks and offices before a name
        (
            "PC Owen Prothero attended with Sgt Hywel Jenkins; Cllr Bethan Rees was told.",
            ["Owen Prothero", "Hywel Jenkins", "Bethan Rees"],
        ),
        # ... and their look-alikes
        ("The co-op in Re-do Park; a follow-up with dr who; the Yoga-san class.", []),
        ("My PC crashed again and the DC Comics film is out.", []),
    ],
)
def test_when_a_name_is_marked_by_its_form_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an initial opening its line: an action item's owner, a signature of a surname that is no word
        ("- P. Okeke to update the DPIA by 15/12", ["P. Okeke"]),
        ("Namens de gemeente:\nF. Bouzidi\nwethouder", ["F. Bouzidi"]),
        ("A. Okonkwo\nB. Zhang", ["A. Okonkwo", "B. Zhang"]),
        # an outline's letters before headings, products and tasks
        ("A. Introduction\nB. Methods", []),
        ("C. Kubernetes\nD. Terraform", []),
        ("A. To be confirmed", []),
    ],
)
def test_when_an_initial_opens_a_line_then_a_task_or_a_signature_makes_it_a_name(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected

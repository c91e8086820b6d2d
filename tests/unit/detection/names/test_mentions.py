"""Later mentions of a found name's words (dlp_proxy.detection.names.mentions)."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.engine import PresidioDetector
from dlp_proxy.detection.names.mentions import address_names, coordinated_names, repeated_mentions
from dlp_proxy.findings import Finding


def person(text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding("PERSON", "personal", start, start + len(name), 0.85, "test")


def mentions(text: str, *names: str, others: tuple[Finding, ...] = ()) -> list[str]:
    findings = [person(text, n) for n in names] + list(others)
    return [text[s:e] for s, e in repeated_mentions(text, findings)]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the surname or first name alone, further on; possessives; a speaker label after a sentence
        (
            "Tobias Wexford presented. Action: Tobias sends it. Wexford approved.",
            ["Tobias Wexford"],
            ["Tobias", "Wexford"],
        ),
        ("Reply to Priya Raman. Raman's team reviews it.", ["Priya Raman"], ["Raman"]),
        ("Dale Whitcombe: the build broke.\nInes: I'll look.\nDale: thanks.", ["Dale Whitcombe"], ["Dale"]),
        ("Mark Green said the Green deal matters.", ["Mark Green"], ["Green"]),  # mid-sentence: taken
        ("JANSEN, PIETER\nDossier van JANSEN", ["JANSEN, PIETER"], ["JANSEN"]),
        ("Hi Amina, can you ask Amina's manager?", ["Amina"], ["Amina"]),
        # a name that is no word, again in another case: typed in lower case, or in capitals
        ("Called Thiago Nascimento. thiago wants a discount.", ["Thiago Nascimento"], ["thiago"]),
        ("ask priya raman about it. Priya has the slides", ["priya raman"], ["Priya"]),
        ("Signed: Ilse Vermeulen\nVERMEULEN, ILSE", ["Ilse Vermeulen"], ["VERMEULEN", "ILSE"]),
        # a name that is also a word, opening a sentence before what a person does
        (
            "Speech for Frank Hollis. Frank has trained us all. Frank started in 1984.",
            ["Frank Hollis"],
            ["Frank", "Frank"],
        ),
        ("Dawn Pritchard retires. Dawn said she will miss us.", ["Dawn Pritchard"], ["Dawn"]),
        ("Invite Bill Henshaw. Bill may bring a colleague.", ["Bill Henshaw"], ["Bill"]),
        ("I met Joy Mensah at uni. Joy and Kwesi met later.", ["Joy Mensah"], ["Joy"]),
        ("Grace Whitmore was on call. Grace followed the runbook.", ["Grace Whitmore"], ["Grace"]),
        # ... and what is no mention
        ("Will Smith joined. Will we meet? Will you send it?", ["Will Smith"], []),
        ("Hope Castellano wrote. Hope this helps.", ["Hope Castellano"], []),
        ("Bill Henshaw called. Bill the client in May.", ["Bill Henshaw"], []),
        ("Will Smith joined. Will you send the slides?", ["Will Smith"], []),  # a word opening a sentence
        ("Mark Green called.\nMark the date in the calendar.", ["Mark Green"], []),
        ("Rose Green called about the green roof and a rose.", ["Rose Green"], []),  # words: as written only
        ("Mevrouw de Vries belde. Mevrouw Bakker ook.", ["Mevrouw de Vries"], []),  # titles and particles
        ("Jo Li wrote. Jo said yes.", ["Jo Li"], []),  # fewer than three letters
        ("Tobias Wexford: mail tobias.Wexford@acme.nl or Wexford.com", ["Tobias Wexford"], []),
        ("Hello world", [], []),  # no person: nothing to extend
    ],
)
def test_when_a_found_name_is_mentioned_again_then_the_mention_is_found(
    text: str, names: list[str], expected: list[str]
) -> None:
    assert mentions(text, *names) == expected


def test_when_a_mention_lies_inside_another_finding_then_it_is_left_to_that_finding() -> None:
    text = "Sanne Visser, Visserstraat 4. Visser belt morgen."
    street = Finding("LOCATION", "personal", text.index("Visserstraat"), text.index(" 4.") + 2, 0.9, "test")
    assert mentions(text, "Sanne Visser", others=(street,)) == ["Visser"]


def test_when_the_engine_finds_a_full_name_then_its_later_mentions_are_persons(detector: PresidioDetector) -> None:
    text = "Meeting notes: Tobias Wexford presented the Q3 numbers. Later Wexford approved the hiring plan."
    found = [(f.entity_type, text[f.start : f.end], f.recognizer) for f in detector.scan(text, "en")]
    assert ("PERSON", "Wexford", "name_mention") in found
    alone = detector.scan("Later Wexford approved the hiring plan.", "en")  # no full name before it: no mention
    assert all(f.recognizer != "name_mention" for f in alone)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("ask priya raman about it. then tell priya the date", ["priya raman"], ["priya"]),
        ("ask will bakker about it. will you tell bakker?", ["will bakker"], ["bakker"]),  # "will" is a word
        ("can rose jansen come? the rose garden is closed", ["rose jansen"], []),
    ],
)
def test_when_a_name_was_typed_in_lower_case_then_its_lower_case_mentions_are_found(
    text: str, names: list[str], expected: list[str]
) -> None:
    assert mentions(text, *names) == expected


def conjuncts(text: str, *names: str) -> list[str]:
    return [text[s:e] for s, e in coordinated_names(text, [person(text, n) for n in names])]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a name joined to a found one, either side, in a chain, with particles and a remark in brackets
        ("Interview panel: Sarah Jones (chair), Castro, Cain", ["Sarah Jones"], ["Castro", "Cain"]),
        ("Sabbe en Sanne de Vries maakten bezwaar.", ["Sanne de Vries"], ["Sabbe"]),
        ("cc: Anna de Vries, van Gelder, Mertens", ["Anna de Vries"], ["van Gelder", "Mertens"]),
        ("Priya Raman and Keltenie will join.", ["Priya Raman"], ["Keltenie"]),
        ("Report prepared by J Smith and M Jones.", ["J Smith"], ["M Jones"]),
        ("Signed: A.B. Chen, K. Okonkwo", ["A.B. Chen"], ["K. Okonkwo"]),
        ("Present: Lori Sanchez, Donald Houston\nApologies: Brian", ["Lori Sanchez"], ["Donald Houston"]),
        ("Hoi Fenna en Tjitske,", ["Tjitske"], ["Fenna"]),  # the greeting is no part of the name
        ("Hi Tendai and Gethyn,", ["Tendai"], ["Gethyn"]),
        # ... and conjuncts that are no person
        ("Pieter Jansen, Amsterdam en Utrecht.", ["Pieter Jansen"], []),  # places
        ("Pieter Jansen, Visit Houston", ["Pieter Jansen"], []),  # no first name before the place
        ("Meeting with Tobias Wexford and Google tomorrow.", ["Tobias Wexford"], []),  # a product
        ("Sanne Visser en Marketing pakken het op.", ["Sanne Visser"], []),  # an English word
        ("Jones and Wade both objected.", ["Jones"], []),  # also a verb
        ("Sanne Visser and Castro Industries", ["Sanne Visser"], []),  # a capitalised word after it
        ("Partijen: Polderlicht Energie en Dave Tielemans", ["Dave Tielemans"], []),  # a firm's name
        ("Hello world and Castro", [], []),  # no person: nothing to extend
    ],
)
def test_when_a_name_is_joined_to_a_found_one_then_it_is_found(
    text: str, names: list[str], expected: list[str]
) -> None:
    assert conjuncts(text, *names) == expected


def email(text: str, address: str) -> Finding:
    start = text.index(address)
    return Finding("EMAIL_ADDRESS", "personal", start, start + len(address), 1.0, "test")


@pytest.mark.parametrize(
    ("text", "address", "expected"),
    [
        # a word of a person's address, capitalised elsewhere in the text
        ("Please ask Brenda to confirm: brenda.walsh@acme.nl", "brenda.walsh@acme.nl", ["Brenda"]),
        ("Contact: j.okafor@example.com. Okafor is on leave.", "j.okafor@example.com", ["Okafor"]),
        ("Walsh's report, sent from b_walsh2@acme.nl", "b_walsh2@acme.nl", ["Walsh"]),
        # ... not a role's mailbox, a product, an ordinary word opening a sentence, or inside the address
        ("Mail info@acme.nl or ask Sales for details.", "info@acme.nl", []),
        ("Write to jira@acme.nl about the Jira ticket", "jira@acme.nl", []),
        ("Mark the date: mark.green@acme.com", "mark.green@acme.com", []),
        ("Brenda.Walsh@acme.nl wrote", "Brenda.Walsh@acme.nl", []),
    ],
)
def test_when_a_word_of_a_persons_address_stands_elsewhere_then_it_is_a_name(
    text: str, address: str, expected: list[str]
) -> None:
    assert [text[s:e] for s, e in address_names(text, [email(text, address)])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other speakers of a chat log once one of them is a found person
        (
            "rachael: anyone know why prod is so slow\njade: db migration still running\nrachael: ok ping me\n",
            ["rachael", "jade", "rachael"],
        ),
        (
            "[12/03/2025, 21:14:02] Samantha Arnold: omw\n[12/03/2025, 21:15:40] Debra May: k see u\n"
            "[12/03/2025, 21:16:02] Samantha Arnold: ok",
            ["Samantha Arnold", "Debra May", "Samantha Arnold"],
        ),
        # ... or when the speakers are first names alone, two of them at least
        ("jade: db migration still running\namber: ok\njade: done\n", ["jade", "amber", "jade"]),
        # ... never a label
        ("Note: the build failed\nSummary: see below\nStatus: red\n", []),
    ],
)
def test_when_a_chat_log_is_between_people_then_its_speakers_are_persons(
    detector: PresidioDetector, text: str, expected: list[str]
) -> None:
    assert [text[f.start : f.end] for f in detector.scan(text, "en") if f.entity_type == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other items of a one-name-a-line list where found names are most of the items
        (
            "Guest list:\nSteven Barrera\nCarlos Perkins\nYsolde Contreras\n",
            ["Steven Barrera", "Carlos Perkins", "Ysolde Contreras"],
        ),
        (
            "Aanwezig:\n- Jan de Vries (vz)\n- Sanne Bakker\n- Xandrine Oyelaran\n",
            ["Jan de Vries", "Sanne Bakker", "Xandrine Oyelaran"],
        ),
        # ... not departments or things, nor in a list that is mostly something else
        ("Team:\n- Jan de Vries\n- Marketing\n- Finance\n- Sales\n", ["Jan de Vries"]),
        ("Shopping list:\n- Milk\n- Bread\n- Eggs\n", []),
        ("Owners:\n- Jan de Vries\n- Kubernetes\n- Sanne Bakker\n", ["Jan de Vries", "Sanne Bakker"]),
        # a longer remark after a spaced dash
        (
            "Shortlist:\n1. Ngozi Okereke-Ibe - 6 yrs payroll, Sage + ADP, currently at a retailer, open to hybrid\n"
            "2. Thabo Mokoena - 4 yrs, very strong Excel, needs visa sponsorship\n3. Krzysztof Wiśniewski - ex-Big 4\n",
            ["Ngozi Okereke-Ibe", "Thabo Mokoena", "Krzysztof Wiśniewski"],
        ),
        (
            "Agenda:\n- Budget review - discussed Q3 numbers and the forecast\n- Hiring plan - two roles\n",
            [],
        ),
    ],
)
def test_when_found_names_make_up_a_list_then_its_other_name_like_items_are_persons(
    detector: PresidioDetector, text: str, expected: list[str]
) -> None:
    assert [text[f.start : f.end] for f in detector.scan(text, "en") if f.entity_type == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other cells of a column that is mostly found names, whatever its header
        (
            "ticket;behandeld door;status\n4411;Jan de Vries;open\n4412;Sanne Bakker;closed\n"
            "4413;Ysolde Contreras;open\n",
            ["Jan de Vries", "Sanne Bakker", "Ysolde Contreras"],
        ),
        # ... not a department in it, nor the cells of a column that is mostly something else
        (
            "ticket;behandeld door;status\n4411;Jan de Vries;open\n4412;Sanne Bakker;closed\n4414;Marketing;open\n",
            ["Jan de Vries", "Sanne Bakker"],
        ),
        ("id;tool\n1;Jira\n2;Slack\n3;Ysolde\n", []),
    ],
)
def test_when_a_column_is_mostly_found_names_then_its_other_name_like_cells_are_persons(
    detector: PresidioDetector, text: str, expected: list[str]
) -> None:
    assert [text[f.start : f.end] for f in detector.scan(text, "en") if f.entity_type == "PERSON"] == expected


def test_when_names_are_joined_by_semicolons_then_the_joined_ones_are_persons_too() -> None:
    """A mail's "To:" line or an attendance list separated by semicolons, as Outlook writes it."""
    text = "To: Jan de Vries; Thijmen Oudendijk; Marketing"
    found = [Finding("PERSON", "personal", 4, 16, 0.85, "test")]
    assert [text[s:e] for s, e in coordinated_names(text, found)] == ["Thijmen Oudendijk"]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # an item between two found names of a list: a name, even one the lists lack
        ("Linh Dang, Hye-jin Seo, Jasper Quennell", ("Linh Dang", "Jasper Quennell"), ["Hye-jin Seo"]),
        ("Ravi Pillai, Chidinma Ugwu and Rocco Benedetti", ("Ravi Pillai", "Rocco Benedetti"), ["Chidinma Ugwu"]),
        # not: ordinary or English words between them, nor an unknown pair at the list's end
        ("Jan de Vries, Project Alpha, Sanne Bakker", ("Jan de Vries", "Sanne Bakker"), []),
        ("Jan de Vries, Red Hat, Sanne Bakker", ("Jan de Vries", "Sanne Bakker"), []),
        ("Linh Dang, Jasper Quennell, Xyzzy Plugh", ("Linh Dang", "Jasper Quennell"), []),
    ],
)
def test_when_an_unknown_pair_stands_between_found_names_of_a_list_then_it_is_a_name(
    text: str, found: tuple[str, ...], expected: list[str]
) -> None:
    assert conjuncts(text, *found) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a first name that is also a word, capitalised beside a found name, is a name too
        ("Acceptatietest met Harm en Ingrid Tjoa op 9 januari.", ["Ingrid Tjoa"], ["Harm"]),
        ("Will and Grace Jansen came to the meeting.", ["Grace Jansen"], ["Will"]),
        # a month stays a month
        ("Planning for May and Ingrid Tjoa's visit.", ["Ingrid Tjoa"], []),
    ],
)
def test_when_a_listed_first_name_that_is_a_word_joins_a_found_name_then_it_is_one(
    text: str, names: list[str], expected: list[str]
) -> None:
    assert conjuncts(text, *names) == expected


def test_when_a_found_names_listed_first_name_opens_a_sentence_then_it_is_mentioned_again() -> None:
    # "tyler" is a rare English word (a lodge's doorkeeper); "Tyler" after "Tyler Jefferson Brooks" is him
    text = "A reference for Tyler Jefferson Brooks. Tyler reports to the CFO."
    assert mentions(text, "Tyler Jefferson Brooks") == ["Tyler"]


def test_when_a_chat_has_first_names_for_speakers_then_they_are_persons_though_none_was_found(
    detector: PresidioDetector,
) -> None:
    text = "Action list please:\nSky: I'll take the venue\nBrook: catering with Rowan\nSky: DJ sorted\nBrook: nice"
    found = [text[f.start : f.end] for f in detector.scan(text, "en") if f.entity_type == "PERSON"]
    assert found.count("Sky") == 2 and found.count("Brook") == 2


@pytest.mark.parametrize(
    "text",
    [
        "<Tahu> anyone seen the build logs?\n<Kiri> yes, on the shared drive\n<Tahu> cheers",
        "[10:02] <tahu> anyone seen the logs?\n[10:03] <kiri> yes\n[10:04] <tahu> thx",
    ],
)
def test_when_an_irc_log_names_its_speakers_in_angle_brackets_then_they_are_persons(
    detector: PresidioDetector, text: str
) -> None:
    found = [text[f.start : f.end].lower() for f in detector.scan(text, "en") if f.entity_type == "PERSON"]
    assert found == ["tahu", "kiri", "tahu"]


@pytest.mark.parametrize(
    "text",
    [
        "<html> a\n<body> b\n<html> c",  # markup, not speakers
        "<User> hi\n<Bot> hello\n<User> bye",
        "Host: db1\nPort: 5432\nHost: db2\nPort: 5433",
        "Jade: build green\nNode: 18\nJade: deploy\nNode: 20",  # "Node" is a word: no chat of people
        "Q: what is it\nA: a thing\nQ: why\nA: because",
    ],
)
def test_when_labels_open_the_lines_of_a_record_then_they_are_no_speakers(
    detector: PresidioDetector, text: str
) -> None:
    assert [f for f in detector.scan(text, "en") if f.entity_type == "PERSON"] == []

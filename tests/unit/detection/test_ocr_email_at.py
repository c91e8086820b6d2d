"""An address whose `@` OCR read as a letter gets its `@` back, only where the screen expects an
address there; host names, URLs and prose stay as they are."""

from __future__ import annotations

import re

import pytest

from dlp_proxy.detection.ocr_email_at import AT_LOOKALIKES, restore_at
from dlp_proxy.detection.ocr_text import repair

ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


@pytest.mark.parametrize(
    ("read", "whole"),
    [  # as read on the OCR benchmark's tuning half 6 (monospaced print), addresses of the same shape
        ("mail: tonyjordangbrightwater.co.uk", "tonyjordangbrightwater.co.uk"),  # an LDAP entry
        (
            "Apr 4 mx1 postfix/smtp[2101]: 4F2A: to=<meike.phillipsenegmail.com>, status=sent",
            "meike.phillipsenegmail.com",
        ),  # a mail log: between angle brackets  # fmt: skip
        ("Van: Diana Chapman <diana.chapmaneblauwehaven.nl>", "diana.chapmaneblauwehaven.nl"),
        ("git config user.email linavanvelthovenexs4all.nl", "linavanvelthovenexs4all.nl"),
        ("E-mailadres\nmees.vranckenalive.nl", "mees.vranckenalive.nl"),  # a form: the label above the box
        (
            "naam;email;afdeling\nJanna die Pelser;janna.diepelsergbrightwater.co.uk;Finance",
            "janna.diepelsergbrightwater.co.uk",
        ),  # a CSV's mail column  # fmt: skip
        ("name,email,team\nAllan Stephenson,a.stephensonablauwehaven.nl,IT", "a.stephensonablauwehaven.nl"),
        ("mai lForwardingAddress: tonyjordangbrightwater.co.uk", "tonyjordangbrightwater.co.uk"),  # "mail" split
        ("E-maiI: anna.devriesegmail.com", "anna.devriesegmail.com"),  # ... or with an `I`
    ],
)
def test_an_at_read_as_a_letter_is_put_back_where_an_address_is_expected(read: str, whole: str) -> None:
    addresses = ADDRESS.findall(restore_at(read))
    assert len(addresses) == 1
    # One look-alike letter of the word became the `@`: an address covering the whole word.
    at = addresses[0].index("@")
    assert len(addresses[0]) == len(whole) and whole[at] in AT_LOOKALIKES
    assert addresses[0][:at] + whole[at] + addresses[0][at + 1 :] == whole


@pytest.mark.parametrize(
    ("read", "restored"),
    [
        ("to=<meike.phillipsenegmail.com>", "to=<meike.phillipsen@gmail.com>"),  # not "phillipsenegm@il.com"
        ("mail: jennabierstraten@bluepeak. io", "mail: jennabierstraten@bluepeak. io"),  # has its `@` already
        ("Email: wendyjansenaziggo. nl", "Email: wendyjansen@ziggo.nl"),  # the dot read with a space after it
        ("Email: wendyjansenaziggo \u201enl", "Email: wendyjansen@ziggo.nl"),  # ... or as a low quote
    ],
)
def test_a_large_mail_providers_domain_decides_the_place(read: str, restored: str) -> None:
    assert restore_at(read) == restored


@pytest.mark.parametrize(
    ("read", "restored"),
    [
        ("naam;email\nLiz Zulrich;lizzulrichegreenfield-logistics.com;IT", "lizzulrich@greenfield-logistics.com"),
        ("Van: Diana Chapman <diana.chapmaneblauwehaven.nl>", "diana.chapman@blauwehaven.nl"),
        ("cn: Jan van der Leek\nmail: j.vanderleekablauwehaven.nl", "j.vanderleek@blauwehaven.nl"),
    ],
)
def test_the_name_beside_the_address_decides_the_place(read: str, restored: str) -> None:
    assert ADDRESS.findall(restore_at(read)) == [restored]


def test_the_other_repairs_then_join_what_is_around_it() -> None:
    assert repair("cn: Senna\nmail: senna. gruijlenoordwind.nl") == "cn: Senna\nmail: senna.gruijl@noordwind.nl"


@pytest.mark.parametrize(
    "text",
    [
        "Website: www.blauwehaven.nl",  # no mail word
        "Mail server: smtp.ziggo.nl",  # a server's name
        "E-mail settings: mail.blauwehaven.nl",
        "Mail ons via https://blauwehaven.nl/contact",  # part of a URL
        "mail: see docs.python.org/3/library",  # a path
        "Mail: noordwind.nl:587",  # a host and port
        "see blauwehaven.nl for mail",  # the mail word after it
        "Email: jan@kpn.nl, also blauwehaven.nl",  # an `@` between the mail word and the word
        "name,team\nAllan,blauwehaven.nl",  # a delimited table without a mail column
        "The domain is blauwehaven.nl",
        "mail: x.nl",  # too short for a local part and a domain
    ],
)
def test_host_names_urls_and_prose_stay_as_they_are(text: str) -> None:
    assert restore_at(text) == text

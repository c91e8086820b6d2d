"""Repairs to e-mail addresses in OCR text: a dot OCR dropped or a domain it wrapped is put back,
only where a known top-level domain confirms it; ordinary text is not touched."""

from __future__ import annotations

import time

import pytest

from dlp_proxy.detection.ocr_email import repair_email


@pytest.mark.parametrize(
    ("read", "repaired"),
    [  # as read on the OCR benchmark's tuning halves (bench/ocr.py), addresses of the same shape
        ("Email: c.weijland@livenl", "Email: c.weijland@live.nl"),  # the dot before the TLD dropped
        ("rafael keijser@bluepeakio and", "rafael keijser@bluepeak.io and"),  # ... a word after it kept
        ("to garyowen@outlookcom.", "to garyowen@outlook.com."),  # the longest TLD: com, not om
        ("Reacties naar ryanhuberts-vandam@xs4all nl", "Reacties naar ryanhuberts-vandam@xs4all.nl"),  # as a space
        ("norah_vandenwittenboer61@northwin\nd.com", "norah_vandenwittenboer61@northwind.com"),  # wrapped
        ("CONTACT_EMAIL=johanna.gemen@out1\n\nook.com", "CONTACT_EMAIL=johanna.gemen@out1ook.com"),
        ("Mail marion. powell@ polderlicht.nl vandaag", "Mail marion.powell@polderlicht.nl vandaag"),
        ("CONTACT_EMAIL=victoriathomas@out look. com", "CONTACT_EMAIL=victoriathomas@outlook.com"),  # a space in it
        ("Contact email: d.adams@icloud,com", "Contact email: d.adams@icloud.com"),  # a comma for the dot
        ("mail j.bos@kpn;nl.", "mail j.bos@kpn.nl."),  # a semicolon for the dot, the sentence's end kept
        ("matthew_dixon04@northwind.\n\ncom", "matthew_dixon04@northwind.com"),  # a table cell wrapped at the dot
        ("phillipeliott@icloud\n\u201ecom", "phillipeliott@icloud.com"),  # ... the dot read as a low quote
        # tuning half 5 (mono shells, CI logs): a space before a dot, a plus-tag or the `@`
        ("Author: Lewis Lee <lewis .lee+dlp@example.nl>", "Author: Lewis Lee <lewis.lee+dlp@example.nl>"),
        ("CC: emily.hermans +work@acme.co.uk", "CC: emily.hermans+work@acme.co.uk"),
        ("Aan: quit.e87 @bedrijf.nl", "Aan: quit.e87@bedrijf.nl"),
        ("(renske-peterse @ziggo.nl)", "(renske-peterse@ziggo.nl)"),
        # spaces after the dots of a domain of several labels; a one-letter piece of a label
        ("Notify: dirk48@ict. outlook. com", "Notify: dirk48@ict.outlook.com"),
        ("cooper.v91@acme.co. uk", "cooper.v91@acme.co.uk"),
        ("Reviewer: jones.o99@support. kpnmail.nl.", "Reviewer: jones.o99@support.kpnmail.nl."),
        ("megan-buckley@bedrij f.nl", "megan-buckley@bedrijf.nl"),
        ("Mail duuk_nieuwstraten/8@live.nl.", "Mail duuk_nieuwstraten78@live.nl."),  # tuning3: `/` for a 7
        ("Van: X <heather.johnson@bedrijf ‚nl>", "Van: X <heather.johnson@bedrijf.nl>"),  # a low quote for a dot
        ("emir.vanberkum+ 2024@outlook.com", "emir.vanberkum+2024@outlook.com"),  # a space after a plus-tag's `+`
        ("mailto:emir.vanberkum+ 2024@out\nlook.com", "mailto:emir.vanberkum+2024@outlook.com"),  # ... and wrapped
        # tuning half 6 (monospaced print): a digit read in the TLD; a space in a label of a longer domain
        ("mail: lise_vanvl11@noordwind.n1", "mail: lise_vanvl11@noordwind.nl"),
        ("maud.roosenboom@br ightwater.co.uk", "maud.roosenboom@brightwater.co.uk"),
        # check draws of tuning halves 4 and 5: a cell wrapped before the `@` and in the TLD; a space in a local part
        ("lee_brooks17\n@northwind.c\nom", "lee_brooks17@northwind.com"),
        ("Contact mohamed_genear t28@icloud.com", "Contact mohamed_geneart28@icloud.com"),
        ("|.vanthouteveen@greenfield-logistics.com", "l.vanthouteveen@greenfield-logistics.com"),  # `|` for `l`
        ("j .vanderleek-vanhaspengouwhesba\nye@icloud.com", "j.vanderleek-vanhaspengouwhesbaye@icloud.com"),
        ("Harris;sandra_harris32@polderlicht.n;Finance", "Harris;sandra_harris32@polderlicht.nl;Finance"),  # cut
        ("mail x.de.vries@polderlicht.c.", "mail x.de.vries@polderlicht.com."),
    ],
)
def test_an_address_ocr_split_or_lost_a_dot_in_is_put_back(read: str, repaired: str) -> None:
    assert repair_email(read) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "root@localhost and admin@localdomain",  # dotless host names people write
        "mail me@home",  # too short a label before a TLD ("ho.me")
        "mail me@home to\nyou",  # "to" is a ccTLD and a word
        "ping @johnsmith now",  # a handle, no address
        "jan@kpn.nl\nnl.com",  # a whole address and the next line's word
        "jan@werk\nmorgen vrij",  # no known TLD on the next line
        "x@zzzzqq",  # no known TLD at its end
        "Meeting @ home. then lunch",
        "mail jan@home, de rest volgt",  # a comma and a space: a sentence, "de" a word
        "jan@kpn.nl;info@example.nl",  # two addresses, the second's name a TLD too
        "mail jan@x.n1.com",  # a digit in a label that is no TLD
        "Thanks Jan\n@piet.nl can you",  # a mention on the next line: no address's marks before it
        "www.blauwehaven.nl info@blauwehaven.nl",  # a domain before an address is no piece of it
        "jan@kpn.nl\nnl.com",  # a whole TLD at the line's end
        "| jan@kpn.nl |",  # table borders
        "Jan Jansen\ninfo@x.nl",  # a name on its own line is no piece of the address below it
        "mail x@a.n.com",  # a one-letter label inside a domain
        "ping jan@host.c0m1",  # no known TLD spelled with letters
        "jan@home\n,de rest",  # a comma at a line's start, a word after it
        "mail me@werk vandaag. de rest volgt",  # a sentence's end: "de" after a spaced dot is a word
        "mail me@work today. then",  # no TLD after the dot
        "send it to me@Home Office.com",  # capitals: words, not a domain's label
        "mail @acme.nl of bel",  # a plain word before a spaced `@`: a handle or a sentence
        "Zie mail jan@x.nl. de rest volgt",  # "de" after a spaced dot ends a sentence
        "mail jan@acme.nl. Daarna bellen",  # a capital after the spaced dot: a new sentence
        "see docs/8@x.zzzq and a/b@x.nl",  # no known TLD; a letter after the `/`
        "Tel 06 @home.nl",  # digits without a letter before a spaced `@`: no local part
    ],
)
def test_ordinary_text_is_left_as_it_is(text: str) -> None:
    assert repair_email(text) == text


@pytest.mark.parametrize("text", ["a@" + "b" * 60 + " " * 3 + "\n" * 2 + "c" * 60 + "." * 20_000, "x@y " * 20_000])
def test_repair_takes_linear_time_on_long_ocr_text(text: str) -> None:
    started = time.monotonic()
    repair_email(text)
    assert time.monotonic() - started < 2.0  # generous: the machine is shared

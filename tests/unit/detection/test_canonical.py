"""canonicalize: the text the recognizers read, and offsets mapped back to the original."""

from __future__ import annotations

import pytest

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.detection.canonical import apply_edits, canonicalize
from tests.unit.detection.recognizers.fakes import body

AWS_ID = "AKIA" + body(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", seed=11)
GHP_BODY = body(36, seed=5)  # a GitHub token's 36 characters after "ghp_"


def canonical(text: str) -> str:
    return canonicalize(text).text


# --- 1, 2: invisible characters, odd spaces, NFKC ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jan\u200b@example.nl", "jan@example.nl"),  # zero-width space
        ("jan\u200c.de\u200dvries", "jan.devries"),  # zero-width non-joiner and joiner
        ("bsn 111\u00ad222\u00ad333", "bsn 111222333"),  # soft hyphens
        ("NL91\u2060ABNA0417164300", "NL91ABNA0417164300"),  # word joiner
        ("\ufeffsk-abc", "sk-abc"),  # byte-order mark
        ("a\u202eb\u2066c\u2067d\u2068e\u2069f", "abcdef"),  # bidi override and isolates
        ("key\ufe0f1", "key1"),  # variation selector
        ("1\ufe0f\u20e32\ufe0f\u20e3", "12"),  # keycap emoji digits
        ("PRIVATE\u00a0KEY", "PRIVATE KEY"),  # no-break space
        ("a\u2009b\u202fc\u3000d", "a b c d"),  # thin, narrow no-break and ideographic spaces
        ("\uff11\uff11\uff11\uff12\uff12\uff12\uff13\uff13\uff13", "111222333"),  # full-width digits
        ("jan\uff20example\uff0enl", "jan@example.nl"),  # full-width @ and full stop
        ("\uff2e\uff2c\uff19\uff11", "NL91"),  # full-width letters
        ("\ufb01le", "file"),  # ligature
        ("SSN 536\u201322\u20138761", "SSN 536-22-8761"),  # en dashes between digits (a word processor's)
        ("06\u201112345678 en 123\u221245", "06-12345678 en 123-45"),  # a non-breaking hyphen, a minus sign
    ],
)
def test_when_text_holds_invisible_or_compatibility_characters_then_canonical_text_drops_or_folds_them(
    text: str, expected: str
) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII prose without anything to undo.",
        "Café, naïve, Ærø, straße, Łódź: accents stay as written.",
        "Привет, как дела? Это обычный текст.",  # Russian prose
        "Καλημέρα, τι κάνεις σήμερα;",  # Greek prose
        "Prijs: 1.234.567,89 euro op 12-03-2024, versie 1.2.3.4, server 192.168.1.10",
        "Bel 06-12345678 of +31 6 1234 5678; België 02 123 45 67",
        "Look at (at) this, meet at 10 at home.",
        "y = x @ w.int  # matrix product",
        "IBAN NL91 ABNA 0417 1643 00 en NL91-ABNA-0417-1643-00",
        "BSN 111222333, 111 222 333, 111.222.333, 1112.22.333",
        "Card 4111 1111 1111 1111 or 4111-1111-1111-1111",
        "Jan \u2013 de directeur \u2013 belt morgen \u2014 of niet.",  # dashes in prose stay
        "Score 3\u2013 en 4 \u2013 vijf \u20136, 4   \u2013 5",  # a digit on one side only, or further
    ],
)
def test_when_nothing_needs_undoing_then_text_is_unchanged_and_map_is_identity(text: str) -> None:
    result = canonicalize(text)
    assert result.text == text
    assert not result.changed
    assert result.to_original(3, 9) == (3, 9)


@pytest.mark.parametrize(
    ("text", "value", "original"),
    [
        # An invisible character inside the span is covered; one at either edge is not.
        ("Mail \u200bjan\u200b@\u200bexample.nl\u200b!", "jan@example.nl", "jan\u200b@\u200bexample.nl"),
        ("BSN \uff11\uff11\uff11\u00ad222333.", "111222333", "\uff11\uff11\uff11\u00ad222333"),
        ("x \ufb01le y", "file", "\ufb01le"),
        ("sleutel A\u041aIA" + AWS_ID[4:] + " klopt", AWS_ID, "A\u041aIA" + AWS_ID[4:]),
        ("mail jan (at) example (dot) nl.", "jan@example.nl", "jan (at) example (dot) nl"),
        ("IBAN n l 9 1 abna 0417 1643 00 graag", "NL91ABNA0417164300", "n l 9 1 abna 0417 1643 00"),
    ],
)
def test_to_original_covers_every_original_character_of_a_span(text: str, value: str, original: str) -> None:
    result = canonicalize(text)
    start = result.text.index(value)
    s, e = result.to_original(start, start + len(value))
    assert text[s:e] == original


@pytest.mark.parametrize(
    ("edits", "span", "expected"),
    [
        ([(2, 3, "")], (0, 4), (0, 5)),  # a deletion inside the span
        ([(2, 3, "")], (2, 4), (3, 5)),  # a deletion just before the span is not covered
        ([(1, 2, "xy")], (1, 2), (1, 2)),  # one character became two
        ([(1, 2, "xy")], (2, 4), (1, 3)),
        ([(0, 6, "@")], (0, 1), (0, 6)),  # six became one
        ([(1, 3, "AB")], (2, 3), (2, 3)),  # same length maps character by character
    ],
)
def test_offset_map_of_single_edits(
    edits: list[tuple[int, int, str]], span: tuple[int, int], expected: tuple[int, int]
) -> None:
    _, offsets = apply_edits("abcdefgh", edits)
    assert offsets.back(*span) == expected


# --- 3: look-alikes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A\u041aIA" + AWS_ID[4:], AWS_ID),  # Cyrillic Ka
        ("\u0410\u041a\u0406\u0410" + AWS_ID[4:], AWS_ID),  # A, Ka, I all Cyrillic, digits after
        ("j\u0430n@ex\u0430mple.nl", "jan@example.nl"),  # Cyrillic a in an address
        ("\u0391\u039aIA" + AWS_ID[4:], AWS_ID),  # Greek Alpha and Kappa
        ("NL91\u0410BN\u04100417164300", "NL91ABNA0417164300"),
        ("p\u0430ssw\u043erdX9", "passwordX9"),
    ],
)
def test_when_a_token_mixes_lookalikes_with_ascii_then_they_fold_to_latin(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Мама мыла раму.", "ΑΒΓ ΕΖΗ οικία", "Москва — столица России, 2024 год."],
)
def test_when_cyrillic_or_greek_is_prose_then_it_stays(text: str) -> None:
    assert canonical(text) == text


# --- 4: obfuscated e-mail addresses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jan (at) example (dot) nl", "jan@example.nl"),
        ("jan[at]example[dot]nl", "jan@example.nl"),
        ("jan {at} example {dot} nl", "jan@example.nl"),
        ("jan <at> example <dot> nl", "jan@example.nl"),
        ("jan @ example . nl", "jan@example.nl"),
        ("jan(at)example.nl", "jan@example.nl"),
        ("jan (AT) example (DOT) nl", "jan@example.nl"),
        ("jan.de.vries [at] mail [dot] example [dot] co [dot] uk", "jan.de.vries@mail.example.co.uk"),
        ("jan at example dot nl", "jan@example.nl"),
        ("Mail jan (at) example (dot) nl. Dank je", "Mail jan@example.nl. Dank je"),
        ("jan@example (dot) nl", "jan@example.nl"),
        # "@" and "." as Dutch, German and French words, also in the local part
        ("jan apenstaartje example punt nl", "jan@example.nl"),
        ("jan punt de punt vries at gmail punt com", "jan.de.vries@gmail.com"),
        ("jan.devries (at) example [punt] nl", "jan.devries@example.nl"),
        ("jan Klammeraffe example Punkt de", "jan@example.de"),
        ("jan arobase example point fr", "jan@example.fr"),
    ],
)
def test_when_an_address_is_obfuscated_then_canonical_text_holds_the_address(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "look at (at) this",  # no domain
        "look at example.com",  # "at" as a word with a plain dot
        "x @ w.int",  # a matrix product in Python
        "meet (at) home (dot) later",  # no known suffix
        "jan@example.nl",  # nothing obfuscated
        "price 2 @ 3.50 each",
        "Dit is een goed punt. Kijk op example punt nl voor meer.",  # no "@" in any form
        "We zijn at home op punt zeven van de agenda.",
    ],
)
def test_when_at_or_dot_is_prose_then_it_stays(text: str) -> None:
    assert canonical(text) == text


# --- 5: separators in BSNs, IBANs and card numbers --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BSN 1112-22-333", "BSN 111222333"),
        ("BSN 1 1 1 2 2 2 3 3 3", "BSN 111222333"),
        ("BSN 111-222-333", "BSN 111222333"),
        ("BSN 111 - 222 - 333", "BSN 111222333"),
        ("BSN 111/222/333", "BSN 111222333"),
        ("IBAN nl91abna0417164300", "IBAN NL91ABNA0417164300"),
        ("IBAN NL91.ABNA.0417.1643.00", "IBAN NL91ABNA0417164300"),
        ("IBAN nl91-abna-0417-1643-00", "IBAN NL91ABNA0417164300"),
        ("IBAN N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0 graag", "IBAN NL91ABNA0417164300 graag"),
        ("IBAN NL91 ABNA.0417-1643 00", "IBAN NL91ABNA0417164300"),
        ("IBAN de89.3704.0044.0532.0130.00", "IBAN DE89370400440532013000"),
        ("card 4111.1111.1111.1111", "card 4111111111111111"),
        ("card 4111 1111-1111 1111", "card 4111111111111111"),
        ("card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "card 4111111111111111"),
        ("amex 3782.822463.10005", "amex 378282246310005"),
        ("BSN 1,1,1,2,2,2,3,3,3", "BSN 111222333"),  # single digits joined by commas
        ("BSN:\n1\n1\n1\n2\n2\n2\n3\n3\n3\n", "BSN:\n111222333\n"),  # one digit a line
        ("card 4;1;1;1;1;1;1;1;1;1;1;1;1;1;1;1", "card 4111111111111111"),
    ],
)
def test_when_an_identifier_with_odd_separators_passes_its_checksum_then_it_is_compacted(
    text: str, expected: str
) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BSN 1112-22-334",  # fails the eleven-test
        "IBAN nl92abna0417164300",  # fails mod 97
        "IBAN NL91.ABNA.0417.1643.01",
        "card 4111.1111.1111.1112",  # fails Luhn
        "card 1111.1111.1111.1117",  # no issuer starts with 1
        "server 192.168.111.222 en 10.0.0.1",
        "geboren 12-03-1985, 2024-01-15, 15.03.1985",
        "bedrag 111.222.333,00 en 1,234,567",
        "bel 02 123 45 67",  # nine digits, but a phone number
        "versie 1.2.3.4.5.6.7.8.9",
        "flags 1,0,0,1,1,0,1,0,1",  # two kinds of digit: no BSN
        "1,2,3,4,5,6,7,8,9,10",  # a count, not nine single digits
        "order nl91abna0417164300x",  # runs on into a word
        # the US SSN's layouts, though 134489895 passes the eleven-test: the layout makes it an SSN
        "nummer 134-48-9895",
        "nummer 134 48 9895",
    ],
)
def test_when_separated_digits_fail_their_checksum_or_are_another_thing_then_they_stay(text: str) -> None:
    assert canonical(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SSN 536 - 22 - 4139", "SSN 536-22-4139"),
        ("SSN 536_22_4139", "SSN 536-22-4139"),
        ("SSN 536/22/4139", "SSN 536-22-4139"),
        ("SSN 536 . 22 . 4139", "SSN 536-22-4139"),
        ("SSN 536 \u2013 22 \u2013 4139", "SSN 536-22-4139"),  # en dashes with spaces
        ("SSN 134 - 48 - 9895", "SSN 134-48-9895"),  # passes the eleven-test too: still the SSN layout
    ],
)
def test_when_three_two_four_digits_have_odd_separators_then_they_take_the_ssn_layout(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "SSN 666 - 22 - 4139",  # area 666 is never issued
        "SSN 936_22_4139",  # nor 9xx
        "SSN 536 - 00 - 4139",  # group 00
        "SSN 536_22_0000",  # serial 0000
        "SSN 536 - 22_4139",  # two kinds of separator
        "room 12 - 22 - 4139",  # other groups
    ],
)
def test_when_three_two_four_digits_are_outside_the_issued_ranges_then_they_stay(text: str) -> None:
    assert canonical(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('key = "AKIA" + "Z7QX4PLM" + "9RT2VWYB"', 'key = "AKIAZ7QX4PLM9RT2VWYB"'),
        ("token = 'ghp_' . 'abc123'", "token = 'ghp_abc123'"),  # PHP
        ('pw = "abc" "def"', 'pw = "abcdef"'),  # Python's implicit joining
        ("x = 'NL91' || 'ABNA0417164300'", "x = 'NL91ABNA0417164300'"),  # SQL
        ('k = "AKIA" +\n    "Z7QX4PLM"', 'k = "AKIAZ7QX4PLM"'),  # over a line break
        # a list handed to a join
        ("k = ''.join(['sk-proj-Ab3', 'dE6gH9'])", "k = ''.join(['sk-proj-Ab3dE6gH9'])"),
        ('k = ["ghp_", "Hq7Rm"].join("")', 'k = ["ghp_Hq7Rm"].join("")'),
        ("SELECT CONCAT('NL91', 'ABNA', '0417164300')", "SELECT CONCAT('NL91ABNA0417164300')"),
    ],
)
def test_when_string_literals_are_joined_then_the_canonical_text_reads_them_as_one(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'greeting = "Hello " + "world"',  # pieces with spaces: prose
        '{"a": "b", "c": "d"}',  # JSON: a colon and a comma join nothing
        "it's Jan's turn",
        'say "yes" or "no"',
        "names = ['Jan', 'Piet', 'Klaas']",  # a list is joined only when it is handed to a join
        "print(', '.join(['Jan', 'Piet']))",  # pieces with spaces
        'parts = ["a", "b"]; sep.join(other)',
    ],
)
def test_when_quoted_pieces_are_prose_or_data_then_they_stay(text: str) -> None:
    assert canonical(text) == text


# --- through the detector ----------------------------------------------------------------------


def findings(detector: PresidioDetector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.scan(text)]


@pytest.mark.parametrize(
    ("text", "entity", "original"),
    [
        ("Mail j\u200ban@example.nl graag", "EMAIL_ADDRESS", "j\u200ban@example.nl"),
        ("Mail jan\uff20example.nl graag", "EMAIL_ADDRESS", "jan\uff20example.nl"),
        ("Mail jan (at) example (dot) nl graag", "EMAIL_ADDRESS", "jan (at) example (dot) nl"),
        ("Mail jan[at]example[dot]nl graag", "EMAIL_ADDRESS", "jan[at]example[dot]nl"),
        ("Mail jan @ example . nl graag", "EMAIL_ADDRESS", "jan @ example . nl"),
        ("Mijn BSN is 1112-22-333.", "NL_BSN", "1112-22-333"),
        ("My SSN is 536 - 22 - 4139.", "US_SSN", "536 - 22 - 4139"),
        ("SSN: 536_22_4139", "US_SSN", "536_22_4139"),
        ("Mijn BSN is 134 - 48 - 9895.", "NL_BSN", "134 - 48 - 9895"),
        # 134489895 passes the eleven-test: in the SSN's layout an SSN, unless the text is about a BSN
        ("The employee's number is 134-48-9895 and she starts Monday.", "US_SSN", "134-48-9895"),
        ("Applicant: John Miller, 134 48 9895", "US_SSN", "134 48 9895"),
        ("BSN van de klant: 134-48-9895", "NL_BSN", "134-48-9895"),
        ("Mijn BSN is 1 1 1 2 2 2 3 3 3.", "NL_BSN", "1 1 1 2 2 2 3 3 3"),
        ("Mijn BSN is 111 222 333.", "NL_BSN", "111 222 333"),
        ("Mijn BSN is 111.222.333.", "NL_BSN", "111.222.333"),
        ("Mijn BSN is \uff11\uff11\uff11\uff12\uff12\uff12\uff13\uff13\uff13.", "NL_BSN", "１１１２２２３３３"),
        ("Rekening nl91abna0417164300 graag", "IBAN_CODE", "nl91abna0417164300"),
        ("Rekening NL91.ABNA.0417.1643.00 graag", "IBAN_CODE", "NL91.ABNA.0417.1643.00"),
        ("Rekening NL91-ABNA-0417-1643-00 graag", "IBAN_CODE", "NL91-ABNA-0417-1643-00"),
        ("Rekening N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0 graag", "IBAN_CODE", "N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0"),
        ("Rekening NL91\u200bABNA\u00ad0417164300 graag", "IBAN_CODE", "NL91\u200bABNA\u00ad0417164300"),
        ("Kaart 4111.1111.1111.1111 verloopt", "CREDIT_CARD", "4111.1111.1111.1111"),
        ("Kaart 4111 1111-1111 1111 verloopt", "CREDIT_CARD", "4111 1111-1111 1111"),
        ("Sleutel A\u041aIA" + AWS_ID[4:] + " klopt", "SECRET", "A\u041aIA" + AWS_ID[4:]),
        ("Sleutel " + AWS_ID[:9] + "\u200b" + AWS_ID[9:] + " klopt", "SECRET", AWS_ID[:9] + "\u200b" + AWS_ID[9:]),
        ("Mail jan\u00a0@example.nl graag", "EMAIL_ADDRESS", "jan\u00a0@example.nl"),
        ("Mail jan@exa\u00a0mple.nl graag", "EMAIL_ADDRESS", "jan@exa\u00a0mple.nl"),
        ("naam bsn_111222333", "NL_BSN", "111222333"),
        ("/v1beta/models/bsn-111222333:generateContent", "NL_BSN", "111222333"),
        ("Sleutel AKIA-QE3G-RN5T-7WJX-K4MZ klopt", "SECRET", "AKIA-QE3G-RN5T-7WJX-K4MZ"),
        # Unicode tag characters: invisible, read by models as ASCII ("ASCII smuggling")
        (
            "Sleutel " + "".join(chr(0xE0000 + ord(c)) for c in AWS_ID),
            "SECRET",
            "".join(chr(0xE0000 + ord(c)) for c in AWS_ID),
        ),
        # escapes a person or model reads through: the value with its escapes is the finding
        ("zie https://x.nl/?to=jan%40voorbeeld.nl&a=1 graag", "EMAIL_ADDRESS", "jan%40voorbeeld.nl"),
        ("zie https://x.nl/?to=jan%2540voorbeeld.nl&a=1 graag", "EMAIL_ADDRESS", "jan%2540voorbeeld.nl"),
        ("IBAN &#78;&#76;91ABNA0417164300 ok", "IBAN_CODE", "&#78;&#76;91ABNA0417164300"),
        ("key \\u0041" + AWS_ID[1:] + " ok", "SECRET", "\\u0041" + AWS_ID[1:]),
        ("mail jan=40voorbeeld=2Enl vandaag", "EMAIL_ADDRESS", "jan=40voorbeeld=2Enl"),
        ("curl 'https://x.nl/a?t=ghp%5F" + GHP_BODY + "&x=1'", "SECRET", "ghp%5F" + GHP_BODY),
        # white space written as an escape, as in a pasted JSON string or log line
        ("Klant:\\nJan de Vries\\nBSN: 111222333", "NL_BSN", "111222333"),
        ("Klant:\\nJan de Vries\\nBSN: 111222333", "PERSON", "Jan de Vries"),
        ("naam:\\tPieter Jansen\\ttel:\\t+31612345678", "PHONE_NUMBER", "+31612345678"),
        ("user=bob\\npassword=Sup3rS3cret!2024\\n", "SECRET", "Sup3rS3cret!2024"),
        ("Regards,\\r\\nAnna Bakker", "PERSON", "Anna Bakker"),
        # HTML tags inside a value or a name, as pasted from a web page or a mail
        ("Het BSN is 111<span>222</span>333, klopt dat?", "NL_BSN", "111<span>222</span>333"),
        ("<td>IBAN</td><td>NL91<b>ABNA</b>0417164300</td>", "IBAN_CODE", "NL91<b>ABNA</b>0417164300"),
        ("Klant <b>Jan</b> <i>de Vries</i> belt morgen", "PERSON", "Jan</b> <i>de Vries"),
        # dots, bullets and styling marks between digits; defanged addresses; an IBAN wrapped over a line
        ("BSN: 111·222·333", "NL_BSN", "111·222·333"),
        ("BSN: 111•222•333", "NL_BSN", "111•222•333"),
        ("BSN: 1\u03321\u03321\u03322\u03322\u03322\u03323\u03323\u03323", "NL_BSN", "1̲1̲1̲2̲2̲2̲3̲3̲3"),
        ("mail jan@example[.]nl vandaag", "EMAIL_ADDRESS", "jan@example[.]nl"),
        ("mail jan[@]example.nl vandaag", "EMAIL_ADDRESS", "jan[@]example.nl"),
        ("IBAN: NL91 ABNA\n0417 1643 00 graag", "IBAN_CODE", "NL91 ABNA\n0417 1643 00"),
        # pipes, colons and tabs between digit groups; Markdown inside a value; escapes and soft breaks
        ("POS: kaart 4903|2226|9317|1621 geweigerd", "CREDIT_CARD", "4903|2226|9317|1621"),
        ("Het BSN is 111:222:333.", "NL_BSN", "111:222:333"),
        ("BSN\t111\t222\t333", "NL_BSN", "111\t222\t333"),
        ("BSN: 111**222**333", "NL_BSN", "111**222**333"),
        ("mail jan\\_jansen@example\\.nl", "EMAIL_ADDRESS", "jan\\_jansen@example\\.nl"),
        ("IBAN NL91\\,ABNA\\,0417\\,1643\\,00", "IBAN_CODE", "NL91\\,ABNA\\,0417\\,1643\\,00"),
        ("IBAN NL91ABNA04=\n17164300 =E2=80=93 graag", "IBAN_CODE", "NL91ABNA04=\n17164300"),
        ("IBAN: NL91·ABNA·0417·1643·00", "IBAN_CODE", "NL91·ABNA·0417·1643·00"),
        ("IBAN: NL91ABNA\n    0417164300", "IBAN_CODE", "NL91ABNA\n    0417164300"),
        ("mail jan<!-- x -->@example.nl", "EMAIL_ADDRESS", "jan<!-- x -->@example.nl"),
        ("db:\n  password: &pw Zomer2024!Tulp\n", "SECRET", "Zomer2024!Tulp"),
        # an escaped value read with the label before it on its line
        ("bsn %31%31%31%32%32%32%33%33%33 graag", "NL_BSN", "%31%31%31%32%32%32%33%33%33"),
    ],
)
def test_when_a_value_is_disguised_then_the_detector_finds_it_at_its_original_offsets(
    detector: PresidioDetector, text: str, entity: str, original: str
) -> None:
    assert (entity, original) in findings(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Server 192.168.1.10 en 10.0.0.1", [("IP_ADDRESS", "192.168.1.10"), ("IP_ADDRESS", "10.0.0.1")]),
        ("Bel me op 06-12345678.", [("PHONE_NUMBER", "06-12345678")]),
        ("Geboortedatum: 12-03-1985", [("DATE_OF_BIRTH", "12-03-1985")]),
        ("Het bedrag is 1.234.567,89 euro, versie 1.2.3.", []),
        ("Regards\nJan Jansen", [("PERSON", "Jan Jansen")]),
        ("Привет, как дела? Это обычный текст.", []),
        # an odd space after a whole address, or before one, is a space
        ("Mail jan@example.nl\u00a0vandaag", [("EMAIL_ADDRESS", "jan@example.nl")]),
        ("E-mail:\u00a0jan@example.nl", [("EMAIL_ADDRESS", "jan@example.nl")]),
        ("order-123456789 is verzonden", []),
        ("a=1&b=2 en 100% zeker &amp; klaar; x=12, y=34", []),
        # backslashes that are no escaped white space, or escape none that hides a value
        ("Open C:\\new\\temp\\report.txt en \\textbf{tabel}", []),
        ("regex: ^\\d{3}\\t\\w+\\n$ en \\r\\n", []),
        ("https://x.nl/zoek?q=caf%C3%A9%20amsterdam&page=2", []),
        # code with angle brackets, numbers in table cells, a bullet list, a wrapped line that fails
        # the IBAN checksum
        ("List<String> names = new ArrayList<>(); if (a<b && c>d) return;", []),
        ("<tr><td>111</td><td>222</td><td>333</td></tr>", []),
        ("Stappen: 1 • 2 • 3 en versie 1·2·3", []),
        ("Regel NL91 ABNA\n0417 1643 01 klopt niet", []),
        ("2019\t2020\t2021\t2022", []),  # a row of figures: tabs never make a card
        ("Tijden 10:15:30 en 12:00:01, ratio 1:2:3", []),
        ("Gebruik **vet** en *schuin* in 2024*2025", []),
        ("anchors: &default\n  adapter: postgres", []),
        ("x = AbCd=\nNL91ABNA0417164300", [("IBAN_CODE", "NL91ABNA0417164300")]),  # padding ends a line
    ],
)
def test_when_text_holds_ordinary_numbers_and_prose_then_findings_are_as_before(
    detector: PresidioDetector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert findings(detector, text) == expected


def test_an_accent_written_as_a_combining_mark_stays_and_an_underline_goes() -> None:
    assert canonicalize("Zoe\u0308 en Rene\u0301").text == "Zoe\u0308 en Rene\u0301"
    assert canonicalize("J\u0332a\u0332n\u0332 en 1\u03012").text == "Jan en 12"


def test_when_one_url_carries_two_escaped_values_then_each_is_its_own_finding(detector: PresidioDetector) -> None:
    text = "https://x.nl/reset?email=jan.devries%40example.nl&iban=NL91%20ABNA%200417%20164300&lang=nl"
    assert findings(detector, text) == [
        ("EMAIL_ADDRESS", "jan.devries%40example.nl"),
        ("IBAN_CODE", "NL91%20ABNA%200417%20164300"),
    ]


def test_when_a_pem_header_holds_an_invisible_character_then_the_key_is_found(detector: PresidioDetector) -> None:
    pem = "-----BEGIN\u00a0RSA PRIVATE\u200b KEY-----\n" + "\n".join(body(64, seed=i) for i in range(4))
    spans = [text for kind, text in findings(detector, f"Werkt dit?\n{pem}\n") if kind == "SECRET"]
    assert spans and spans[0].startswith("-----BEGIN\u00a0RSA PRIVATE\u200b KEY-----")


def test_when_a_finding_is_masked_by_its_offsets_then_no_disguised_character_remains(
    detector: PresidioDetector,
) -> None:
    text = "BSN: 111\u200b222\u00ad333, mail j\u0430n (at) ex\u0430mple (dot) nl."
    masked = text
    for f in sorted(detector.scan(text), key=lambda f: f.start, reverse=True):
        masked = masked[: f.start] + "<" + f.entity_type + ">" + masked[f.end :]
    assert masked == "BSN: <NL_BSN>, mail <EMAIL_ADDRESS>."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a header and its rows: every separating comma, the header's too
        (
            "naam,bsn,geboortedatum\nJan Jansen,111222333,1981-03-12",
            "naam;bsn;geboortedatum\nJan Jansen;111222333;1981-03-12",
        ),
        ("An Peeters,85073003328,3", "An Peeters;85073003328;3"),  # after eight or more digits: the next field
        ("Amber,Gibson,+44 (0)20 3749 8255,x", "Amber;Gibson;+44 (0)20 3749 8255;x"),
        ('"Jansen, Jan",111222333,1981', '"Jansen, Jan";111222333;1981'),  # not inside quotes
        ("a,,b,c", "a;;b;c"),  # an empty field
        ("id,ssn\n1,536904399", "id;ssn\n1;536904399"),  # one comma a line, two such lines
        # a comma a number could hold, in a row that has the header's number of fields with it
        (
            "name,phone,street,city\nKevin Ross,617-482-3390,48 Maple Grove Lane,Newton",
            "name;phone;street;city\nKevin Ross;617-482-3390;48 Maple Grove Lane;Newton",
        ),
        # with it the row would have more fields than the header: a decimal
        ("item,price,qty\nKoffie,3390,48,2", "item;price;qty\nKoffie,3390,48,2"),
    ],
)
def test_comma_separated_records_get_semicolons(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bedrag 111.222.333,00 en 1,234,567",  # thousands and decimals
        "Jan, Piet en Klaas komen, denk ik, morgen.",  # prose: a space after each comma
        "Naam,BSN",  # one comma: not enough to tell
        '{"a":1,"b":2,"c":3}',  # JSON
        "f(x,y,z) = x,y",  # code
        "items 3,4,5",  # small numbers
        "Amsterdam,Rotterdam",  # one comma, one line
    ],
)
def test_prose_numbers_code_and_json_keep_their_commas(text: str) -> None:
    assert canonical(text) == text


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("naam,bsn,geboortedatum\nJan Jansen,111222333,1981-03-12", "111222333", "NL_BSN"),
        ("name,ssn,dob\nJohn Smith,536904399,1981-03-12", "536904399", "US_SSN"),
        ("naam,telefoon,geboortedatum\nJan Jansen,0612345678,1981-03-12", "0612345678", "PHONE_NUMBER"),
        ("naam,rrn,x\nAn Peeters,85073003328,3", "85073003328", "BE_NATIONAL_ID"),
        ("id,ssn\n1,536904399", "536904399", "US_SSN"),
    ],
)
def test_through_the_engine_a_number_with_a_number_in_the_next_field_is_found(
    detector: PresidioDetector, text: str, value: str, entity: str
) -> None:
    assert (entity, value) in [(f.entity_type, text[f.start : f.end]) for f in detector.scan(text)]


def test_when_a_quoted_csv_row_follows_another_then_its_cells_are_not_joined_as_literals() -> None:
    text = '"Group","Notes"\n"Lev","J9C$1hnsSSI"\n'
    assert "\n" in canonicalize(text).text
    assert canonicalize('key = ("AKIA2QX7"\n       "MZ5RNW3KH4TB")').text == 'key = ("AKIA2QX7MZ5RNW3KH4TB")'

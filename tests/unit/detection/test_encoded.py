"""encoded: keys broken over lines rejoined, base64/hex runs decoded, each mapped back to its span."""

from __future__ import annotations

import base64
import gzip
import re

import pytest

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.detection.encoded import (
    MAX_DECODED_RUNS,
    MAX_GUNZIPPED,
    char_code_runs,
    decoded_runs,
    hyphenated_lines,
    joined_lines,
    unescaped_runs,
)
from tests.unit.detection.recognizers.fakes import ALNUM, BASE64, body, pem_body, random_bytes

AWS_ID = "AKIA" + body(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", seed=11)
AWS_SECRET = body(40, BASE64, seed=12)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# --- 6: a key broken over a line -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (f"{AWS_ID[:13]}\n{AWS_ID[13:]}", AWS_ID),
        (f"key: {AWS_ID[:10]}\n{AWS_ID[10:]}\nnext", f"key: {AWS_ID}"),
        (f"secret = {AWS_SECRET[:20]}\\\n    {AWS_SECRET[20:]}", f"secret = {AWS_SECRET}"),
        (f"{AWS_SECRET[:20]}  \r\n  {AWS_SECRET[20:]}", AWS_SECRET),
        (f'"{AWS_SECRET[:20]}\n{AWS_SECRET[20:]}",', f'"{AWS_SECRET}",'),
        ("\n".join(body(64, BASE64, seed=i) for i in range(3)), "".join(body(64, BASE64, seed=i) for i in range(3))),
    ],
)
def test_when_a_key_is_broken_over_lines_then_the_lines_are_rejoined(text: str, joined: str) -> None:
    assert [e.text for e in joined_lines(text)] == [joined]


@pytest.mark.parametrize(
    "text",
    [
        "Regards\nJan Jansen",
        "Met vriendelijke groet,\nJan",
        "Configuration\nDeployment",  # words, not keys
        "K7390771;NL44BUNQ1118990012\nK4787069;Ayoub Roose;06 4637 4427",  # a CSV row goes on after the run
        "2025-03-12T10:14:07Z\n2025-03-12T10:14:08Z INFO",
        "abcdefgh12\nEnd",  # too short together
    ],
)
def test_when_lines_are_prose_or_lists_then_nothing_is_joined(text: str) -> None:
    assert joined_lines(text) == []


def test_a_joined_span_maps_back_over_the_line_break() -> None:
    text = f"key: {AWS_ID[:10]}\n{AWS_ID[10:]}\n"
    (extra,) = joined_lines(text)
    start = extra.text.index(AWS_ID)
    s, e = extra.to_canonical(start, start + len(AWS_ID))
    assert text[s:e] == f"{AWS_ID[:10]}\n{AWS_ID[10:]}"


# --- 7: encoded runs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoded", "kind", "decoded"),
    [
        (b64("Mijn BSN is 111222333"), "base64", "Mijn BSN is 111222333"),
        (b64("Mijn BSN is 111222333").rstrip("="), "base64", "Mijn BSN is 111222333"),
        (base64.urlsafe_b64encode("jan@example.nl ÿ?>".encode()).decode(), "base64", "jan@example.nl ÿ?>"),
        (b"Please mail jan@example.nl today".hex(), "hex", "Please mail jan@example.nl today"),
        (b"Please mail jan@example.nl today".hex().upper(), "hex", "Please mail jan@example.nl today"),
        (pem_body(("line of text number 7. " * 20).encode()), "base64", "line of text number 7. " * 20),
        (base64.b32encode(b"Please mail jan@example.nl today").decode(), "base32", "Please mail jan@example.nl today"),
        (base64.b32encode(b"Mijn BSN is 111222333!").decode(), "base32", "Mijn BSN is 111222333!"),  # padded
        (base64.b32encode(b"Mijn BSN is 111222333!").decode().rstrip("="), "base32", "Mijn BSN is 111222333!"),
        (b64(b64("Mijn BSN is 111222333")), "base64", "Mijn BSN is 111222333"),  # base64 of base64
        (base64.b64encode(gzip.compress(b"Mijn BSN is 111222333")).decode(), "base64", "Mijn BSN is 111222333"),
    ],
)
def test_when_a_run_decodes_to_text_then_the_text_is_an_extra(encoded: str, kind: str, decoded: str) -> None:
    text = f"Wat staat hier?\n{encoded}\nDank."
    (extra,) = decoded_runs(text)
    assert (extra.kind, extra.text) == (kind, decoded)
    assert text[extra.start : extra.end] == encoded


@pytest.mark.parametrize("before", ["prefs=", "?token=", "data=", "x-note: v1="])
def test_a_run_right_after_an_equals_sign_is_decoded_too(before: str) -> None:
    encoded = b64("iban=NL91ABNA0417164300")
    text = f"sess=abc; {before}{encoded}; theme=dark"
    (extra,) = decoded_runs(text)
    assert extra.text == "iban=NL91ABNA0417164300" and text[extra.start : extra.end] == encoded


@pytest.mark.parametrize(
    "text",
    [
        base64.b64encode(b"\x89PNG\r\n\x1a\n" + random_bytes(3000)).decode(),  # an image
        pem_body(random_bytes(600, seed=5)),
        body(40, "0123456789abcdef", seed=3),  # a SHA-1
        "ThisIsAVeryLongCamelCaseIdentifierName",
        "dlp_proxy/detection/recognizers/private_key_recognizer",
        b64("short"),
        body(64, ALNUM, seed=9),  # random characters decode to binary
        base64.b32encode(random_bytes(60, seed=4)).decode(),  # base32 of binary
        body(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", seed=6),  # capitals and digits 2-7 by chance
    ],
)
def test_when_a_run_decodes_to_binary_or_nothing_then_no_extra(text: str) -> None:
    assert decoded_runs(f"zie {text} hier") == []


def test_when_gzip_in_base64_would_inflate_past_the_bound_then_no_extra() -> None:
    bomb = base64.b64encode(gzip.compress(b"A" * (MAX_GUNZIPPED + 1))).decode()
    assert decoded_runs(f"zie\n{bomb}\nhier") == []


def test_decoded_runs_are_bounded() -> None:
    runs = " ".join(b64(f"tekst nummer {i} in base64") for i in range(MAX_DECODED_RUNS + 10))
    assert len(decoded_runs(runs)) == MAX_DECODED_RUNS


# --- through the detector ----------------------------------------------------------------------


def secrets(detector: PresidioDetector, text: str) -> list[tuple[str, str, str]]:
    return [(f.entity_type, text[f.start : f.end], f.recognizer) for f in detector.scan(text)]


def test_when_an_aws_key_is_broken_over_a_line_then_it_is_found_over_the_break(detector: PresidioDetector) -> None:
    text = f"aws_access_key_id = {AWS_ID[:13]}\n{AWS_ID[13:]}\n"
    assert ("SECRET", f"{AWS_ID[:13]}\n{AWS_ID[13:]}", "ApiKeyRecognizer+joined") in secrets(detector, text)


def test_when_a_secret_is_broken_over_a_line_then_the_assignment_is_found(detector: PresidioDetector) -> None:
    text = f"aws_secret_access_key = {AWS_SECRET[:20]}\\\n    {AWS_SECRET[20:]}\n"
    found = [(kind, value) for kind, value, _ in secrets(detector, text)]
    assert ("SECRET", f"{AWS_SECRET[:20]}\\\n    {AWS_SECRET[20:]}") in found


def test_when_a_list_of_ibans_spans_lines_then_each_is_still_found(detector: PresidioDetector) -> None:
    text = "Rekeningen:\nNL91ABNA0417164300\nDE89370400440532013000\n"
    found = [value for kind, value, _ in secrets(detector, text) if kind == "IBAN_CODE"]
    assert found == ["NL91ABNA0417164300", "DE89370400440532013000"]


@pytest.mark.parametrize(
    ("plain", "entity", "recognizer"),
    [
        (f"aws_access_key_id={AWS_ID}\naws_secret_access_key={AWS_SECRET}\n", "SECRET", "+base64"),
        (
            "-----BEGIN PRIVATE KEY-----\n" + pem_body(random_bytes(600)) + "\n-----END PRIVATE KEY-----\n",
            "SECRET",
            "PrivateKeyRecognizer+base64",
        ),
        ("Mijn BSN is 111222333", "NL_BSN", "NlBsnRecognizer+base64"),
    ],
)
def test_when_a_secret_is_base64_encoded_then_the_whole_run_is_the_finding(
    detector: PresidioDetector, plain: str, entity: str, recognizer: str
) -> None:
    encoded = b64(plain)
    text = f"Kun je dit decoderen? {encoded} Dank je."
    found = secrets(detector, text)
    assert any(kind == entity and value == encoded and name.endswith(recognizer) for kind, value, name in found)


def test_when_a_wrapped_base64_block_hides_a_key_then_the_whole_block_is_the_finding(
    detector: PresidioDetector,
) -> None:
    wrapped = pem_body(f"aws_access_key_id={AWS_ID}\naws_secret_access_key={AWS_SECRET}\n".encode())
    assert ("SECRET", wrapped, "ApiKeyRecognizer+base64") in secrets(detector, f"Config:\n{wrapped}\nklopt dit?")


def test_when_an_email_sentence_is_hex_encoded_then_it_is_found(detector: PresidioDetector) -> None:
    encoded = b"Stuur het naar jan.jansen@example.com vandaag".hex()
    assert ("EMAIL_ADDRESS", encoded, "EmailRecognizer+hex") in secrets(detector, f"hex: {encoded}")


def test_when_base64_is_an_image_then_nothing_is_found(detector: PresidioDetector) -> None:
    image = base64.b64encode(b"\x89PNG\r\n\x1a\n" + random_bytes(30_000)).decode()
    assert detector.scan(f"Wat staat er op dit plaatje? data:image/png;base64,{image}") == []


_MAIL = "jan.devries@example.nl"


@pytest.mark.parametrize(
    "text",
    [
        'char *to = "' + "".join(f"\\{b:03o}" for b in _MAIL.encode()) + '";',  # C octal escapes
        "Mail: " + " ".join(f"U+{ord(c):04X}" for c in _MAIL),  # code points, as Unicode writes them
        "Mail: " + ", ".join(f"U+{ord(c):04X}" for c in _MAIL),
    ],
)
def test_octal_escapes_and_code_points_are_read_as_the_text_they_stand_for(text: str) -> None:
    assert any(_MAIL in extra.text for extra in unescaped_runs(text))


@pytest.mark.parametrize("separator", [":", "-", "."])
def test_hex_bytes_with_separators_are_read_as_text(separator: str) -> None:
    text = "dump: " + separator.join(f"{b:02x}" for b in _MAIL.encode())
    assert [extra.text for extra in decoded_runs(text)] == [_MAIL]


@pytest.mark.parametrize(
    "text",
    [
        "mac 00:1a:2b:3c:4d:5e",  # six bytes: an address, not text
        "fe80::1ff:fe23:4567:890a",  # IPv6
        "00:01:02:03:04:05:06:07:08:09:0a",  # bytes that are no text
        "2024-01-02-03-04-05-06-07-08",  # not hex pairs of text
    ],
)
def test_separated_hex_that_is_no_text_is_not_decoded(text: str) -> None:
    assert decoded_runs(text) == []


# --- characters written as their codes -----------------------------------------------------------

_CODES = [ord(c) for c in _MAIL]


@pytest.mark.parametrize(
    "text",
    [
        "const to = String.fromCharCode(" + ",".join(map(str, _CODES)) + ");",  # JavaScript
        "to = bytes([" + ", ".join(f"0x{c:02x}" for c in _CODES) + "]).decode()",  # Python, hex
        "to = " + "+".join(f"chr({c})" for c in _CODES),  # Python calls
        "to = " + " & ".join(f"Chr({c})" for c in _CODES),  # Visual Basic
        "SELECT " + "||".join(f"CHAR({c})" for c in _CODES),  # SQL
        "$to = " + ".".join(f"chr({c})" for c in _CODES) + ";",  # PHP
    ],
)
def test_character_codes_are_read_as_the_text_they_stand_for(text: str) -> None:
    (extra,) = char_code_runs(text)
    assert _MAIL in extra.text
    at = extra.text.index(_MAIL)
    codes = list(re.finditer(r"0x[0-9a-f]{2}|\d{2,3}", text))
    assert extra.to_canonical(at, at + len(_MAIL)) == (codes[0].start(), codes[-1].end())  # the codes only


@pytest.mark.parametrize(
    "text",
    [
        "data = [1, 2, 300, 44, 55, 66, 77, 88]",  # a number outside printable ASCII
        "scores 45, 67, 89",  # too few
        "version 1.2.3.4.5.6.7",  # dots, not codes
        "ids: 1234, 5678, 9012, 3456, 7890, 1234",  # four digits: no character code
        "x = chr(106) + y + chr(97)",  # calls not joined to each other
    ],
)
def test_numbers_that_are_no_character_codes_are_not_decoded(text: str) -> None:
    assert char_code_runs(text) == []


def test_a_bsn_as_character_codes_is_found_with_its_label(detector: PresidioDetector) -> None:
    text = "const bsn = String.fromCharCode(" + ",".join(str(ord(c)) for c in "111222333") + ");"
    findings = [f for f in detector.scan(text) if f.entity_type == "NL_BSN"]
    assert findings and text[findings[0].start : findings[0].end].startswith("49,49")


# --- words broken over lines by a hyphen ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Verslag overleg met Zorg-\ngroep Noorder-\nlicht: zie bijlage.",
            "Verslag overleg met Zorggroep Noorderlicht: zie bijlage.",
        ),
        ("Dear Mr Jan-\n  sen,", "Dear Mr Jansen,"),
        ("a line\nNoorder-\r\nlicht\nnext", "Noorderlicht"),
    ],
)
def test_words_broken_by_a_hyphen_at_a_line_end_are_rejoined(text: str, joined: str) -> None:
    (extra,) = hyphenated_lines(text)
    assert extra.text == joined
    at = joined.index("Noorderlicht") if "Noorderlicht" in joined else joined.index("Jansen")
    start, end = extra.to_canonical(at, at + 6)
    assert text[start:end].replace("-", "").replace("\n", "").replace(" ", "")[:4] == joined[at : at + 4]


@pytest.mark.parametrize(
    "text",
    [
        "- item one\n- item two",  # list dashes
        "Noorder -\nlicht",  # a dash after a space is no broken word
        "Zorg-\nGroep",  # a capital after the break: another word
        "2024-\n2025",  # digits
        "Zorg-groep op een regel",
    ],
)
def test_other_dashes_at_line_ends_are_left_alone(text: str) -> None:
    assert hyphenated_lines(text) == []

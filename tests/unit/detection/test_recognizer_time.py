"""Every recognizer the engine runs, on text crafted against its own patterns, at the largest
text the engine scans at once, finishes in time that grows linearly (issue 19: bounded time on
crafted input).

The engine scans a request as one text of at most `max_chars` characters (1,000,000; a longer
one is refused as a detection error), so that is the size each attack is built at; the spaCy
NER pass reads pieces of at most NER_CHUNK characters, so that is its size. Each case times the
recognizer (CPU time of this process: other processes on a busy machine do not count) at a
quarter of the size and at the full size. Linear time makes the full run about four times the
quarter run; a quadratic pattern makes it sixteen times, and at a megabyte takes minutes to
hours, so both bounds are far from what a linear recognizer needs and far below what a
quadratic one takes. Shown to fail by restoring each quadratic pattern fixed with this file.
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import regex

from dlp_proxy.detection import registry
from dlp_proxy.detection.canonical import canonicalize
from dlp_proxy.detection.encoded import extras
from dlp_proxy.detection.engine import NER_CHUNK, PresidioDetector
from dlp_proxy.detection.factory import client_recognizer, internal_recognizer
from dlp_proxy.detection.names.author_lists import author_list_names, register_line_names
from dlp_proxy.detection.names.name_lexicon import lexicon
from dlp_proxy.detection.split_values import split_bsns, split_cards, split_ibans
from dlp_proxy.policy import Policy
from dlp_proxy.textnorm import tokens

MAX_TEXT = PresidioDetector(entity_classes={}).max_chars  # the engine's scan limit
# Linear growth is 4x from a quarter to the full size; GC and caches add some. Quadratic is 16x.
GROWTH = 8.0
SLACK_SECONDS = 0.05  # timer resolution and noise on runs of a few milliseconds
# CPU seconds at the full size. The slowest linear recognizer (names on a megabyte of first
# names, 250,000 candidates each weighed against every cue) takes about 10 s on the 2-core
# reference machine (21 s before the name scan cached its per-token facts); a quadratic one
# takes minutes.
LIMIT_SECONDS = 20.0
ATTEMPTS = 3

Build = Callable[[int], str]


def fill(unit: str, n: int, head: str = "", tail: str = "") -> str:
    """`head`, then `unit` repeated, then `tail`: exactly `n` characters."""
    body = n - len(head) - len(tail)
    return head + (unit * (body // len(unit) + 1))[:body] + tail


def distinct(make: Callable[[random.Random], str], n: int, head: str = "") -> str:
    """`head`, then pieces from `make` (seeded: the same text every run) up to exactly `n` characters."""
    rnd, parts, size = random.Random(19), [head], len(head)
    while size < n:
        parts.append(make(rnd))
        size += len(parts[-1])
    return "".join(parts)[:n]


def _token(
    rnd: random.Random, length: int, alphabet: str = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
) -> str:
    return "".join(rnd.choice(alphabet) for _ in range(length))


# Recognizer name -> (attack, builder): near-misses of its own patterns, repeated; and the
# hits it reports most of (every hit is judged in Python, and results are merged).
ATTACKS: dict[str, dict[str, Build]] = {
    "EmailRecognizer": {
        "a@a@": lambda n: fill("a@", n),
        "dotted-domain": lambda n: fill("a.", n, head="x@"),
        "addresses": lambda n: distinct(lambda r: f"u{r.randrange(10**6)}@ex{r.randrange(999)}.nl ", n),
    },
    "PhoneRecognizer": {
        "digits-spaced": lambda n: fill("1 ", n, head="+31 "),
        "us-numbers": lambda n: distinct(lambda r: f"{r.randrange(2, 10)}{r.randrange(10**9):09d} ", n),
    },
    "IbanRecognizer": {
        "grouped-run": lambda n: fill("ABNA ", n, head="NL91 "),
        "near-ibans": lambda n: distinct(
            lambda r: f"NL{r.randrange(100):02d} ABNA {r.randrange(10**4):04d} {r.randrange(10**4):04d} 12 ", n
        ),
    },
    "NlBankAccountRecognizer": {
        "labels": lambda n: fill("rekening ", n),
        "labels-and-gaps": lambda n: fill("rekeningnummer " + "x" * 50 + " 12345678 ", n),
        "accounts": lambda n: fill("rekening 417164300 ", n),
    },
    "CreditCardRecognizer": {
        "groups": lambda n: fill("4111 ", n),
        "card-numbers": lambda n: distinct(lambda r: f"4{r.randrange(10**15):015d} ", n),
    },
    "NlBsnRecognizer": {
        "dotted": lambda n: fill("123.456.", n),
        "listed-numbers": lambda n: distinct(lambda r: f"{r.randrange(10**9):09d} of ", n, head="BSN: "),
        "glued-to-the-word": lambda n: fill("bsn12345678 ", n),
    },
    "UsSsnRecognizer": {
        "dash-runs": lambda n: fill("123-45-", n),
        "labelled-list": lambda n: distinct(
            lambda r: f"{r.randrange(1, 899):03d}-{r.randrange(1, 99):02d}-{r.randrange(1, 9999):04d}, ",
            n,
            head="SSN: ",
        ),
    },
    "GbNinoRecognizer": {
        "pairs": lambda n: fill("AB 12 ", n),
        "labelled-list": lambda n: distinct(lambda r: f"AB{r.randrange(10**6):06d}C en ", n, head="NINO: "),
    },
    "GbNhsRecognizer": {
        "grouped-run": lambda n: fill("943 476 ", n, head="NHS number: "),
        "labelled-list": lambda n: distinct(lambda r: f"{r.randrange(10**10):010d}, ", n, head="NHS numbers: "),
    },
    "BeNationalIdRecognizer": {
        "dotted": lambda n: fill("85.07.", n),
        "labelled-list": lambda n: distinct(
            lambda r: (
                f"{r.randrange(100):02d}.{r.randrange(1, 13):02d}.{r.randrange(1, 29):02d}-"
                f"{r.randrange(999):03d}.{r.randrange(99):02d}, "
            ),
            n,
            head="rijksregisternummer: ",
        ),
    },
    "DeTaxIdRecognizer": {
        "labelled-list": lambda n: distinct(
            lambda r: f"{r.randrange(1, 10)}{r.randrange(10**10):010d}, ", n, head="Steuer-ID: "
        ),
    },
    "FrNirRecognizer": {
        "spaced-run": lambda n: fill("1 85 07 75 ", n, head="NIR "),
        "labelled-list": lambda n: distinct(lambda r: f"1{r.randrange(10**14):014d}, ", n, head="NIR: "),
    },
    "PassportRecognizer": {
        "labelled-run": lambda n: fill("A1", n, head="paspoortnummer "),
        "labelled-numbers": lambda n: fill("paspoort NX4FJ8RK2 ", n),
    },
    "MrzRecognizer": {
        "padding": lambda n: fill("<", n, head="P<UTO"),
        "mrz-lines": lambda n: fill("L898902C36UTO7408122F1204159ZE184226B<<<<<10\n", n),
        "td1-lines": lambda n: fill("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n", n),
    },
    "DriverLicenseRecognizer": {
        "dash-groups-then-at": lambda n: fill("A1-", n, head="rijbewijs ", tail="@"),
        "labelled-numbers": lambda n: fill("rijbewijs S123-456-78-901-0 ", n),
        "spaced-groups": lambda n: fill("driver's license 123 ", n),
    },
    "IpRecognizer": {
        "dotted-digits": lambda n: fill("1.", n),
        "hex-colons": lambda n: fill("a:", n),
        "addresses": lambda n: distinct(lambda r: f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(256)} ", n),
    },
    "ApiKeyRecognizer": {
        "akia-almost-keys": lambda n: fill("AKIA" + "A" * 15 + " ", n),
        "sk-run": lambda n: fill("sk-", n),
        "base64-run": lambda n: fill("Ab9+", n),
        "keys": lambda n: distinct(lambda r: "sk-proj-" + _token(r, 48) + " ", n),
        "digit-groups": lambda n: fill("123456-", n),
    },
    "PrivateKeyRecognizer": {
        "begin-without-end": lambda n: fill("A", n, head="-----BEGIN RSA PRIVATE KEY-----\n"),
        "begin-lines": lambda n: fill("-----BEGIN RSA PRIVATE KEY-----\n" + "A" * 64 + "\n", n),
        "putty-lines": lambda n: fill("\nx", n, head="PuTTY-User-Key-File-2: ssh-rsa"),
        "jwk-types": lambda n: fill('"kty": "EC", ', n),
        "jwk-members": lambda n: fill('"d": "' + "A" * 20 + '", ', n),
        "jwk-members-then-type": lambda n: fill('"d": "' + "A" * 20 + '", ', n, tail='"kty": "EC"'),
    },
    "PrivateKeyBodyRecognizer": {
        "m-run": lambda n: fill("M", n),
        "m-lines": lambda n: fill("M" + "A" * 63 + "\n", n),
    },
    "JwtRecognizer": {
        "eyj-run": lambda n: fill("eyJ", n),
        "eyj-segments": lambda n: fill("eyJ" + "a" * 10 + ".", n),
    },
    "ConnectionStringRecognizer": {
        "key-semicolons": lambda n: fill("server=;", n),
    },
    "CredentialAssignmentRecognizer": {
        "assignments": lambda n: distinct(lambda r: f"password={_token(r, 12, 'abcdefXYZ0123!')}\n", n),
        "one-capital-values": lambda n: fill("password=A" + "a" * 510 + "\n", n),
        "user-at-host": lambda n: fill("a:bbbbbb@", n),
        "user-pass-shorthand": lambda n: fill("user " + "a" * 60 + " / pass ", n),
        "passphrase-words": lambda n: fill("The passphrase is a1b2c3d4 " + "word " * 40 + ", ", n),
        "prose-equals": lambda n: fill("pwd for the host = ", n),
        "name-value-fields": lambda n: fill("- name: DB_PASSWORD\n  ", n),
        "name-values": lambda n: fill('name="api_key" value="x" ', n),
        "arrows": lambda n: fill("token -> ", n),
        "colon-lines": lambda n: fill("wachtwoord (x):\n", n),
        "mention-keys": lambda n: fill("client secret ", n),
    },
    "CredentialTableRecognizer": {
        "markdown-rows": lambda n: fill("| x | Wachtwoord |\n|---|---|\n" + "| a | Xk9mQ2vLp |\n" * 50, n),
        "csv-rows": lambda n: fill("user,password\n" + "a,Xk9mQ2vLp!\n" * 50, n),
        "comma-lines": lambda n: fill("password," * 30 + "\n", n),
        "pipes": lambda n: fill("|", n, head="| password |\n|---|\n"),
        "rules": lambda n: fill("|---", n, head="| token |\n"),
    },
    "CredentialFileRecognizer": {
        "colon-fields": lambda n: fill("a:", n),
        "pgpass-lines": lambda n: fill("db:5432:x:y:" + "z" * 100 + "\n", n),
        "digit-hosts": lambda n: fill("1" * 250 + "\n", n),
        "secure-strings": lambda n: fill("ConvertTo-SecureString 'aaaa' ", n),
        "crypt-prefixes": lambda n: fill("$6$", n),
        "argon-heads": lambda n: fill("$argon2id$v=19$m=1,t=1,p=1$aaaaaaaa$", n),
        "sql-passwords": lambda n: fill("user a password set password identified by '", n),
        "net-users": lambda n: fill("net user a net user ", n),
        "service-keys": lambda n: fill('requirepass psk="a', n, head="\n"),
        "device-keywords": lambda n: fill("username a privilege 1 password 7 " + "b" * 40 + " x\n", n),
        "device-no-newline": lambda n: fill(" key-string 7 aaaa RO 1 ", n),
        "device-quotes": lambda n: fill('secret "$9$' + "a" * 300, n),
    },
    "KeywordTokenRecognizer": {
        "token-runs": lambda n: fill("A" * 300 + " ", n),
        "labelled-tokens": lambda n: distinct(lambda r: "key: " + _token(r, 30) + " ", n),
        "alone-tokens": lambda n: distinct(lambda r: "the key?\n" + _token(r, 30) + "\n", n),
    },
    "CredentialContextRecognizer": {
        "cookie-pairs": lambda n: fill("s=a;", n, head="Cookie: "),
        "session-cookies": lambda n: distinct(lambda r: "Cookie: sid=" + _token(r, 24) + "\n", n),
        "pin-words": lambda n: fill("pincode van de ", n),
        "pin-digits": lambda n: fill("pin: 1234-", n),
        "flags": lambda n: fill(" -p 'aaaaaa' -p", n),
    },
    "SecretPlaceholderRecognizer": {
        "x-run": lambda n: fill("x", n),
        "markers": lambda n: fill("xxxx ", n),
        "example-keys": lambda n: fill("sk-EXAMPLE" + "a" * 30 + " ", n),
    },
    "PersonNameRecognizer": {
        "first-names": lambda n: fill("Jan ", n),
        "name-column": lambda n: fill("Jan Jansen;1\n", n, head="naam;nr\n"),
        "address-blocks": lambda n: fill("Anna Bakker\nKerk Laan Weg Pad Dijk Hof\n", n),
        "time-after-speakers": lambda n: fill("Piet (10:02): ", n),
        "task-owners": lambda n: fill("* Priya - ", n),
        "sign-offs": lambda n: fill("Best,\nOyelaran  ", n),
        "sign-offs-signatures": lambda n: fill("Best,\nOyelaran | x ", n),
        "key-values": lambda n: fill('"firstName": "Hope", name=Jan ', n),
        "spelled-addresses": lambda n: distinct(
            lambda r: f"june.l{r.randrange(10**6)}@x.nl june l{r.randrange(10**6)} june.lloyd@x.nl june lloyd ", n
        ),
        "common-names": lambda n: fill("CN=", n),
        "display-names": lambda n: fill("Jan <j@x.nl> ", n),
        "vcard-lines": lambda n: fill("FN:Jan Jansen\nN:Jansen;Jan;;;\n", n, head="BEGIN:VCARD\n"),
        "voices": lambda n: fill("<v Jan Jansen>", n),
    },
    "AddressRecognizer": {
        "streets": lambda n: fill("Kerkstraat 1 ", n),
        "streets-and-postcodes": lambda n: fill("Kerkstraat 1 x 1234 AB ", n),
        "address-column": lambda n: fill("Kerkstraat 1;Breda\n", n, head="adres;plaats\n"),
    },
    "StreetAddressRecognizer": {
        "numbers-capitals": lambda n: fill("1 A ", n),
        "german-hyphens": lambda n: fill("Aa-", n),
    },
    "FrAddressRecognizer": {
        "types-and-names": lambda n: fill("12 rue De La ", n),
        "names-run": lambda n: fill("Aa ", n, head="3 rue "),
        "postcodes": lambda n: fill("rue Aa, 75002 Aa-sur-Aa ", n),
    },
    "DateOfBirthRecognizer": {
        "dashed-digits": lambda n: fill("1-", n),
        "birth-column": lambda n: fill("geboren;01-02-1990\n", n, head="naam;geboortedatum\n"),
    },
    "ClientListRecognizer": {
        "first-words": lambda n: fill("Bakkerij ", n),
        "references": lambda n: fill("KL-12345", n),
        "camel-identifiers": lambda n: fill("ZorggroepNoorderlichtX ", n),
        "one-long-camel": lambda n: fill("aB", n),
        "camel-no-hump-end": lambda n: fill("Zorggroep", n, head="aB"),
    },
    "InternalMarkerRecognizer": {
        "marker-then-spaces": lambda n: fill(" ", n, head="STRIKT"),
        "first-words": lambda n: fill("STRIKT ", n),
    },
    # The statistical pass: the English model on its largest piece, full of capitalised words.
    "SpacyRecognizer": {
        "capitalised-words": lambda n: distinct(lambda r: f"{_token(r, 6, 'abcdefgh').title()} Smith met ", n),
    },
}

# The stages before the recognizers: canonical text, and the joined and decoded extra texts.
STAGES: dict[str, dict[str, Build]] = {
    "canonical": {
        "lookalike-tokens": lambda n: fill("аb ", n),
        "spaced-at": lambda n: fill("a @ ", n),
        "digit-runs": lambda n: fill("1 2 3 ", n),
        "iban-runs": lambda n: fill("nl91 a", n),
        "csv-one-line": lambda n: fill("a1,", n),
        "csv-quoted": lambda n: fill('"a,b",', n),
        "csv-numbers": lambda n: fill("12345678,1,", n),
    },
    "encoded": {
        "base64-lines": lambda n: fill("QUJD" * 20 + "\n", n),
        "escapes": lambda n: fill("%41 ", n),
        "broken-keys": lambda n: fill("AKIA12345678\n", n),
        "markdown-digits": lambda n: fill("**1** _2_ ", n),
        "markdown-one-line": lambda n: fill("`1` " + "x" * 60 + " ", n),
        "snake-names": lambda n: fill("Anna_van_", n),
        "base32-runs": lambda n: fill("MFRGGZDFMZTWQ2LK" * 8 + "\n", n),
        "quoted-characters": lambda n: fill("'a', ", n),
        "quoted-characters-broken": lambda n: fill("'a', 'b' ,'", n),
        "one-a-line": lambda n: fill("a\n", n),
        "one-a-line-spaces": lambda n: fill(" a \n\n", n),
        "word-joined": lambda n: fill("1234 then ", n),
        "word-joined-mixed": lambda n: fill("12 then 34 dan ", n),
        "octal-escapes": lambda n: fill("\\101", n),
        "code-points": lambda n: fill("U+0041 ", n),
        "code-points-broken": lambda n: fill("U+00 U+", n),
        "separated-hex": lambda n: fill("41:", n),
        "separated-hex-mixed": lambda n: fill("41:41-41.4", n),
        "hyphenated-lines": lambda n: fill("ab-\ncd ", n),
        "hyphenated-one-line": lambda n: fill("ab-", n, head="x\n"),
        "char-code-list": lambda n: fill("106, ", n),
        "char-code-list-numbers": lambda n: fill("106, 400, ", n),
        "char-code-calls": lambda n: fill("chr(106)+", n),
        "char-code-calls-broken": lambda n: fill("chr(106)+chr(", n),
    },
    "textnorm": {
        "words": lambda n: fill("Café ", n),
    },
    "author_lists": {
        "authors": lambda n: fill("Okafor JW, ", n),
        "authors-no-end": lambda n: fill("van der Heide A, Bakker-", n),
        "capitals": lambda n: fill("A B, ", n),
        "register-lines": lambda n: fill("Kuijpers J.A.M. - aanwezig\n", n),
        "register-caps": lambda n: fill("DE VRIES, P.A.\n", n),
        "register-near-misses": lambda n: fill("Van Van Van A\n", n),
    },
    "split_values": {
        "iban-heads": lambda n: fill("NL91 ", n),
        "iban-head-many-tails": lambda n: fill("0417 ", n, head="NL91ABNA "),
        "iban-heads-and-tails": lambda n: fill("NL91ABNA 0417164301 ", n),
        "bsn-heads-and-tails": lambda n: fill("BSN begint met 12 1234567 ", n),
        "bsn-words": lambda n: fill("BSN begint met ", n),
        "card-heads": lambda n: fill("kaart begint met 4111 ", n),
        "card-heads-and-tails": lambda n: fill("kaart begint met 41111111 eindigt op 11111112 ", n),
        "card-rest-words": lambda n: fill("card eindigt op ", n),
        "grouped-countries": lambda n: fill("NL;", n),
        "grouped-pieces": lambda n: fill("NL; 91; ", n),
        "grouped-underscores": lambda n: fill("NL91_", n),
    },
}

CASES = [
    pytest.param(name, build, id=f"{name}-{attack}")
    for name, attacks in ATTACKS.items()
    for attack, build in attacks.items()
]
STAGE_CASES = [
    pytest.param(name, build, id=f"{name}-{attack}")
    for name, attacks in STAGES.items()
    for attack, build in attacks.items()
]


@pytest.fixture(scope="module")
def runners(policy: Policy, detector: PresidioDetector) -> Iterator[dict[str, Callable[[str], object]]]:
    """Recognizer name -> a call that runs it alone on a text, as the engine does."""
    out: dict[str, Callable[[str], object]] = {}
    own = [cls() for cls in registry.PATTERN_RECOGNIZERS] + [client_recognizer(policy), internal_recognizer(policy)]
    for recognizer in own:
        recognizer.load()
        out[recognizer.name] = _runner(recognizer)
    analyzer: Any = detector._analyzer
    out["SpacyRecognizer"] = lambda text: analyzer.analyze(text=text, language="en", entities=["PERSON"])
    gc.collect()
    gc.freeze()  # as a detection worker does after loading: collections no longer walk the models and lists
    yield out
    gc.unfreeze()


def _runner(recognizer: Any) -> Callable[[str], object]:
    return lambda text: recognizer.analyze(text, list(recognizer.supported_entities))


def _cpu_seconds(run: Callable[[str], object], text: str) -> float:
    gc.collect()
    start = time.process_time()
    run(text)
    return time.process_time() - start


def _assert_linear(run: Callable[[str], object], build: Build, size: int) -> None:
    """Linear growth from a quarter of `size` to `size`. A run slowed by the machine (another
    process's burst, a collection) is measured again, up to ATTEMPTS times, and the fastest of
    each size counts: a quadratic recognizer is slow every time."""
    quarter_text, full_text = build(size // 4), build(size)
    assert len(full_text) == size
    quarter, full = _cpu_seconds(run, quarter_text), _cpu_seconds(run, full_text)
    for _ in range(ATTEMPTS - 1):
        if full <= GROWTH * quarter + SLACK_SECONDS and full < LIMIT_SECONDS:
            break
        if full >= 2 * LIMIT_SECONDS:
            break  # far too slow to be noise, and measuring again would take as long
        quarter, full = min(quarter, _cpu_seconds(run, quarter_text)), min(full, _cpu_seconds(run, full_text))
    assert full < LIMIT_SECONDS, f"{full:.2f} s at {size} characters"
    assert full <= GROWTH * quarter + SLACK_SECONDS, f"{quarter:.3f} s at {size // 4}, {full:.3f} s at {size}"


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("name", "build"), CASES)
def test_a_recognizer_on_text_crafted_against_it_takes_linear_time(
    runners: dict[str, Callable[[str], object]], name: str, build: Build
) -> None:
    size = NER_CHUNK if name == "SpacyRecognizer" else MAX_TEXT
    _assert_linear(runners[name], build, size)


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("name", "build"), STAGE_CASES)
def test_the_text_preparation_on_crafted_text_takes_linear_time(name: str, build: Build) -> None:
    run: dict[str, Callable[[str], object]] = {
        "canonical": canonicalize,
        "encoded": lambda text: extras(canonicalize(text).text),
        "author_lists": lambda text: (author_list_names(text), register_line_names(text)),
        "split_values": lambda text: (split_ibans(text), split_bsns(text), split_cards(text)),
        "textnorm": tokens,
    }
    _assert_linear(run[name], build, MAX_TEXT)


def test_every_recognizer_the_engine_runs_has_an_attack(detector: PresidioDetector) -> None:
    """A new recognizer without a case here fails: its time on crafted text is unknown."""
    analyzer: Any = detector._analyzer
    assert {r.name for r in analyzer.registry.recognizers} == set(ATTACKS)


@pytest.mark.timeout(300)
def test_the_engine_on_english_text_of_listed_names_takes_linear_time(detector: PresidioDetector) -> None:
    """Before the NER pass the engine checks each capitalised word of an English region against
    the names the lists found; asked of a list, that was quadratic in a text full of names."""
    _assert_linear(detector.scan, lambda n: fill("John Smith and ", n), MAX_TEXT // 4)


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    "unit",
    [
        "Smith Ltd, Jones Ltd, ",
        "Marks & Spencer & ",
        "De Vries Bouw BV. De Vries kwam. ",
        "Anna – x; ",  # one line of inline list items (cued_names._dashed_item reads each line once)
        "Charlotte, Jackson and ",  # a list of places named like people (names.eponyms reads a bounded window)
        "John Lewis and Ted Baker's Law, ",
    ],
)
def test_the_engine_on_text_of_many_firms_takes_linear_time(detector: PresidioDetector, unit: str) -> None:
    """Every PERSON finding is tested against the firms the text names (engine._firm_name), and an
    inline list's line is judged for each of its items: a search of the whole text, of every firm,
    or of the whole line per finding was quadratic in a text full of them."""
    _assert_linear(detector.scan, lambda n: fill(unit, n), MAX_TEXT // 4)


@pytest.mark.timeout(300)
def test_the_name_passes_on_text_of_many_different_names_take_linear_time() -> None:
    """The later mentions, joined names and address names of every found name (names.mentions):
    a search per name word over the whole text was quadratic in a text of thousands of names."""
    from dlp_proxy.detection.names.mentions import address_names, coordinated_names, repeated_mentions
    from dlp_proxy.findings import Finding

    first_names = sorted(lexicon().first_names)

    def build(n: int) -> str:
        return distinct(lambda rng: rng.choice(first_names) + " and " + rng.choice(first_names) + " said yes. ", n)

    def run(text: str) -> object:
        findings = [
            Finding("PERSON", "personal", m.start(), m.end(), 0.8, "test")
            for m in regex.finditer(r"\p{Lu}\p{Ll}+(?= and)", text)
        ]
        return repeated_mentions(text, findings), coordinated_names(text, findings), address_names(text, findings)

    _assert_linear(run, build, MAX_TEXT // 4)


@pytest.mark.timeout(300)
def test_the_list_chat_and_column_passes_take_linear_time() -> None:
    """The other speakers of a chat, items of a list and cells of a column of found names
    (names.mentions) on a text of thousands of such lines."""
    from dlp_proxy.detection.names.mentions import chat_speakers, column_names_of_people, listed_names
    from dlp_proxy.findings import Finding

    first_names = sorted(lexicon().first_names)

    def build(n: int) -> str:
        lines = distinct(
            lambda rng: (
                f"{rng.choice(first_names)}: ok\n<{rng.choice(first_names)}> ok\n- {rng.choice(first_names)} Smith\n"
            ),
            n // 2,
        )
        rows = distinct(lambda rng: f"1;{rng.choice(first_names)} Jones;open\n", n // 2)
        return (lines + "\nid;name;status\n" + rows)[:n]

    def run(text: str) -> object:
        findings = [
            Finding("PERSON", "personal", m.start(), m.end(), 0.8, "test")
            for m in regex.finditer(r"\p{Lu}\p{Ll}+ (?:Smith|Jones)", text)
        ]
        return chat_speakers(text, findings), listed_names(text, findings), column_names_of_people(text, findings)

    _assert_linear(run, build, MAX_TEXT // 4)

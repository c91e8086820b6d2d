"""A probe of personal data in pasted records: exports, config, contact cards, mail headers, chat logs.

    python bench/records_probe.py [--misses] [--seed N]

Written on 2026-12-06 (eighth session) in one go, after that session's record work (CSV rows,
keys in JSON and YAML, vCard, CN=, display names) and before the engine ran on it: its first run
is a fair figure for formats the session's table tests do not hold (tab and semicolon exports
with quotes, JSON arrays, YAML lists, XML, vCard 4 with item groups, WhatsApp and Teams chat
logs, LDIF, calendar invites, booking lines, git logs, Markdown tables). Names from Faker's
en_US, en_GB, nl_NL and de_DE locales; BSNs pass the eleven-test, SSNs are in issued ranges,
IBANs are Faker's. A value counts as found when findings of its type cover half of it. The
benign texts are records of things (products, servers, builds) in the same formats.
"""

# ruff: noqa: E501  (the templates are data)

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# {name} a full name, {first} {last} its parts, then values: {bsn} {ssn} {phone} {email} {iban} {dob}.
# A row template ending in "*" repeats three times with fresh values.
TEMPLATES: list[tuple[str, str, str]] = [
    (
        "tsv",
        "nl",
        "Zet deze export om naar een tabel:\n\nvoornaam\tachternaam\tbsn\ttelefoon\n*{first}\t{last}\t{bsn}\t{phone}",
    ),
    (
        "semicolon_quoted",
        "nl",
        'Controleer deze regels op dubbelingen:\n"Naam";"BSN";"Geboortedatum"\n*"{name}";"{bsn}";"{dob}"',
    ),
    ("csv_quoted", "en", 'Dedupe this list:\n"full_name","email","phone"\n*"{name}","{email}","{phone}"'),
    (
        "csv_ssn",
        "en",
        "Find the rows with a missing zip:\nemployee_id,first_name,last_name,ssn,zip\n*{n},{first},{last},{ssn},{zip}",
    ),
    (
        "json_array",
        "en",
        'Write a TypeScript type for this:\n[\n*  {{"firstName": "{first}", "lastName": "{last}", "email": "{email}"}},\n]',
    ),
    (
        "json_snake",
        "nl",
        'Valideer dit JSON-object:\n{{"klant": {{"voornaam": "{first}", "achternaam": "{last}", "iban": "{iban}", "bsn": "{bsn}"}}}}',
    ),
    ("yaml_list", "en", 'Convert to CSV:\ncontacts:\n*  - name: {name}\n    phone: "{phone}"\n    email: {email}'),
    (
        "xml",
        "nl",
        "Wat is er mis met deze XML?\n<klanten>\n*  <klant><voornaam>{first}</voornaam><achternaam>{last}</achternaam><telefoon>{phone}</telefoon></klant>\n</klanten>",
    ),
    (
        "vcard4",
        "en",
        "Import this contact:\nBEGIN:VCARD\nVERSION:4.0\nN:{last};{first};;;\nFN:{name}\nitem1.EMAIL;TYPE=work:{email}\nTEL;TYPE=cell:{phone}\nEND:VCARD",
    ),
    ("whatsapp", "nl", "Vat dit gesprek samen:\n*[12-03-2025 10:{mm}] {name}: kun je me even bellen op {phone}?"),
    (
        "teams_transcript",
        "en",
        "Summarise the meeting:\n*0:0{mm_short}:12.345 --> 0:0{mm_short}:15.000\n<v {name}>I'll send the figures tonight.</v>\n",
    ),
    (
        "ldif",
        "en",
        "Why does this LDIF fail to import?\ndn: CN={name},OU=Staff,DC=corp,DC=example\nobjectClass: person\ncn: {name}\nsn: {last}\ngivenName: {first}\nmail: {email}",
    ),
    (
        "ics",
        "en",
        "Reply to this invite:\nBEGIN:VEVENT\nSUMMARY:Quarterly review\nORGANIZER;CN={name}:mailto:{email}\n*ATTENDEE;CN={name};RSVP=TRUE:mailto:{email}\nEND:VEVENT",
    ),
    (
        "mail_header",
        "nl",
        "Schrijf een antwoord op deze mail:\nVan: {name} <{email}>\nAan: {name2} <{email2}>\nOnderwerp: rekeningnummer\n\nMijn nieuwe rekening is {iban}.",
    ),
    ("booking", "en", "Check this booking:\nPNR: X7K2LQ\n*PAX {n}: {LAST}/{FIRST} MR  DOB {dob}"),
    (
        "git_log",
        "en",
        "Write release notes from:\n*commit 3f9a1c7e\nAuthor: {name} <{email}>\n    fix invoice rounding\n",
    ),
    (
        "markdown_table",
        "nl",
        "Maak hier een mail van:\n| Medewerker | Telefoon | IBAN |\n|---|---|---|\n*| {name} | {phone} | {iban} |",
    ),
    (
        "key_value_log",
        "en",
        'What does this log line mean?\n*2025-03-12T10:{mm}:00Z level=info user_name="{name}" ssn={ssn} action=update',
    ),
    (
        "hr_form",
        "nl",
        "Vul dit formulier verder in:\nAchternaam: {last}\nVoornaam: {first}\nGeboortedatum: {dob}\nBSN: {bsn}\nIBAN: {iban}",
    ),
    ("patient_line", "en", "Draft a referral letter from:\n*{LAST}, {FIRST}  DOB {dob}  Tel {phone}"),
]
BENIGN = [
    (
        "tsv",
        "Zet om naar een tabel:\n\nsku\tomschrijving\tprijs\tvoorraad\nA-1001\tUSB-hub 4 poorten\t24,95\t120\nA-1002\tHDMI-kabel 2 m\t9,95\t340",
    ),
    (
        "csv",
        "Find the slow builds:\nbuild_id,branch,duration_s,status\n48213,main,412,passed\n48214,release-2.3,1310,failed",
    ),
    (
        "json",
        'Write a type for this:\n[{"name": "api-gateway", "owner": "platform", "replicas": 3}, {"name": "billing-worker", "owner": "payments", "replicas": 2}]',
    ),
    (
        "yaml",
        "Explain this config:\nservices:\n  - name: web\n    image: nginx:1.25\n  - name: cache\n    image: redis:7",
    ),
    ("xml", "Wat is er mis?\n<producten><product><naam>Bureaulamp</naam><prijs>39,95</prijs></product></producten>"),
    (
        "ics",
        "Summarise:\nBEGIN:VEVENT\nSUMMARY:Sprint review\nLOCATION:Room 4.12\nDTSTART:20250312T100000Z\nEND:VEVENT",
    ),
    (
        "git_log",
        "Release notes from:\ncommit 3f9a1c7e\nAuthor: dependabot[bot] <support@github.com>\n    bump requests from 2.31 to 2.32",
    ),
    (
        "markdown",
        "| Server | IP-bereik | Status |\n|---|---|---|\n| web-01 | intern | actief |\n| db-02 | intern | onderhoud |",
    ),
    ("log", "What does this mean?\n2025-03-12T10:02:00Z level=warn service=billing latency_ms=1840 retries=3"),
    ("form", "Vul aan:\nProductnaam: Bureaulamp\nArtikelnummer: 100245\nLeverancier: Lumina BV"),
]
LOCALES = {"en": ("en_US", "en_GB"), "nl": ("nl_NL", "de_DE")}
_SLOT = re.compile(r"\{(\w+)\}")
_TYPES = {
    "name": "PERSON", "name2": "PERSON", "first": "PERSON", "last": "PERSON", "FIRST": "PERSON", "LAST": "PERSON",
    "bsn": "NL_BSN", "ssn": "US_SSN", "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "email2": "EMAIL_ADDRESS",
    "iban": "IBAN_CODE", "dob": "DATE_OF_BIRTH",
}  # fmt: skip


def _bsn(rng: random.Random) -> str:
    from stdnum.nl import bsn

    while True:
        value = f"{rng.randrange(10**8, 10**9)}"
        if bsn.is_valid(value):
            return value


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def _values(fake: Faker, rng: random.Random, lang: str) -> dict[str, str]:
    first, last = fake.first_name(), fake.last_name()
    first2, last2 = fake.first_name(), fake.last_name()
    ascii_ = lambda s: re.sub(r"[^a-z]", "", s.lower())  # noqa: E731
    phone = (
        f"06-{rng.randrange(10**7, 10**8)}"
        if lang == "nl"
        else f"({rng.randrange(201, 990)}) 555-{rng.randrange(1000, 10000)}"
    )
    return {
        "first": first, "last": last, "name": f"{first} {last}", "FIRST": first.upper(), "LAST": last.upper(),
        "name2": f"{first2} {last2}", "email": f"{ascii_(first)}.{ascii_(last)}@example.com",
        "email2": f"{ascii_(first2)}.{ascii_(last2)}@example.nl", "bsn": _bsn(rng), "ssn": _ssn(rng),
        "phone": phone, "iban": Faker("nl_NL").iban(), "dob": fake.date_of_birth(minimum_age=18, maximum_age=80).strftime("%d-%m-%Y"),
        "n": str(rng.randrange(100, 999)), "zip": f"{rng.randrange(10000, 99999)}", "mm": f"{rng.randrange(10, 60)}",
        "mm_short": str(rng.randrange(1, 10)),
    }  # fmt: skip


def _fill(line: str, values: dict[str, str], offset: int, gold: list[tuple[str, int, int]]) -> str:
    out, pos = [], 0
    for m in _SLOT.finditer(line):
        out.append(line[pos : m.start()])
        value = values[m.group(1)]
        start = offset + sum(len(p) for p in out)
        if m.group(1) in _TYPES:
            gold.append((_TYPES[m.group(1)], start, start + len(value)))
        out.append(value)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out)


def build(seed: int) -> list[tuple[str, str, str, list[tuple[str, int, int]]]]:
    """(template, lang, text, gold spans) for five texts per template."""
    rng = random.Random(seed)
    fakes = {loc: Faker(loc) for locs in LOCALES.values() for loc in locs}
    for i, f in enumerate(fakes.values()):
        f.seed_instance(seed + i)
    texts = []
    for name, lang, template in TEMPLATES:
        for _ in range(5):
            fake = fakes[rng.choice(LOCALES[lang])]
            gold: list[tuple[str, int, int]] = []
            text = ""
            for line in template.replace("{{", "\0").replace("}}", "\1").split("\n"):
                rows = 3 if line.startswith("*") else 1
                line = line.lstrip("*")
                for _ in range(rows):
                    filled = _fill(line, _values(fake, rng, lang), len(text), gold)
                    text += filled.replace("\0", "{").replace("\1", "}") + "\n"
            texts.append((name, lang, text, gold))
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--seed", type=int, default=4242)
    args = ap.parse_args()
    from dev_marks import detector

    det = detector()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_template: Counter[str] = Counter()
    for template, lang, text, gold in build(args.seed):
        findings = det.scan(text)
        for kind, start, end in gold:
            covered = sum(max(0, min(end, f.end) - max(start, f.start)) for f in findings if f.entity_type == kind)
            hit = 2 * covered >= end - start
            for key in (kind, f"{kind}/{lang}", "all"):
                total[key] += 1
                found[key] += hit
            if not hit:
                by_template[template] += 1
                if args.misses:
                    print(f"  miss {template:18s} {kind:14s} {text[start:end]!r}")
    for key in sorted(k for k in total if k != "all"):
        print(f"{key:22s} recall {found[key] / total[key]:.3f} ({found[key]}/{total[key]})")
    print(f"{'all':22s} recall {found['all'] / total['all']:.3f} ({found['all']}/{total['all']})")
    print("misses by template:", dict(by_template.most_common()) or "none")
    acted = [(name, sorted({f.entity_type for f in det.scan(text)})) for name, text in BENIGN]
    print(f"benign texts with a finding: {sum(bool(t) for _, t in acted)}/{len(BENIGN)}", [a for a in acted if a[1]])


if __name__ == "__main__":
    main()

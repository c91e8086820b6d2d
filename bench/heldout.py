"""The held-out test corpus (bench/data/heldout.jsonl): texts nobody tunes the recognizers on.

Made by another method than the tuning corpus (bench/corpus.py): every template in
bench/heldout_templates.py is a whole prompt as someone would paste it into ChatGPT, written in
full before any engine ran on it; the values come from this module's own makers, other Faker
seeds and five locales (nl_NL, nl_BE, de_DE, en_US, en_GB; fr_FR for French social security
numbers). Rows have the tuning corpus's format (`id, lang, kind, template, text, gold`), and
every gold span is checked against the value put there.

Do not tune on it: read the aggregate figures `bench/detection.py --corpus heldout` prints, never
the texts or the misses (it stores none). See bench/README.md.

    python bench/heldout.py [--quick] [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import corpus  # bench/ is on sys.path: these run as scripts

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "data" / "heldout.jsonl"
QUICK_OUT = HERE / "data" / "heldout-quick.jsonl"
SEED = 5_170_331  # not the tuning corpus's seed (20261129) nor the seeds its closing notes quote
ROWS = {"full": 6, "quick": 1}

LOCALES = ("nl_NL", "nl_BE", "de_DE", "en_US", "en_GB")
REGION = {"nl_NL": "NL", "nl_BE": "BE", "de_DE": "DE", "en_US": "US", "en_GB": "GB", "fr_FR": "FR"}
# Row locale when the template does not name one: Dutch prompts are mostly Dutch and Flemish
# people, English ones mostly British and American; a German beside both.
DEFAULT_LOCALES = {
    "nl": {"nl_NL": 60, "nl_BE": 25, "de_DE": 15},
    "en": {"en_US": 42, "en_GB": 42, "de_DE": 8, "nl_NL": 8},
}

SLOT = re.compile(r"⟦([a-z_0-9]+?)(?::([A-Za-z0-9]+))?(?:#(\d+))?⟧")

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "_-"
B64 = ALNUM + "+/"


# -- names ---------------------------------------------------------------------------------------

# Beside Faker's lists: first names and less common surnames, so that a name list tuned on
# Faker's cannot carry the figure. Written for this corpus; nothing is taken from the tuning one.
EXTRA_FIRST = {
    "nl_NL": [
        "Mohammed",
        "Yusuf",
        "Fatima",
        "Noor",
        "Priya",
        "Daan",
        "Sem",
        "Fenna",
        "Ilse",
        "Wout",
        "Jip",
        "Mees",
        "Roos",
        "Tijn",
        "Lieke",
        "Bilal",
        "Sanne",
        "Jelte",
        "Hidde",
        "Aukje",
        "Wietske",
        "Siem",
    ],
    "nl_BE": [
        "Wannes",
        "Lotte",
        "Seppe",
        "Ine",
        "Jens",
        "Fien",
        "Warre",
        "Nore",
        "Rune",
        "Amber",
        "Lowie",
        "Yasmina",
        "Karim",
        "Febe",
        "Stijn",
        "Griet",
    ],
    "de_DE": [
        "Lukas",
        "Jannik",
        "Mia",
        "Leonie",
        "Ole",
        "Emre",
        "Svenja",
        "Malte",
        "Frieda",
        "Henrike",
        "Bastian",
        "Ayşe",
        "Till",
        "Wiebke",
    ],
    "en_US": [
        "Jaylen",
        "Destiny",
        "Mateo",
        "Aaliyah",
        "Brayden",
        "Xiomara",
        "Tyrone",
        "Hailey",
        "Dakota",
        "Esperanza",
        "Kwame",
        "Mei",
    ],
    "en_GB": [
        "Callum",
        "Niamh",
        "Rhys",
        "Siobhan",
        "Alfie",
        "Imogen",
        "Tariq",
        "Freya",
        "Declan",
        "Poppy",
        "Ravinder",
        "Bethan",
    ],
    "fr_FR": ["Aurélien", "Maëlle", "Théo", "Clémence", "Yanis", "Inès"],
}
EXTRA_LAST = {
    "nl_NL": [
        "Hooijkaas",
        "Ruijgrok",
        "Zwanenburg",
        "Kloosterboer",
        "Tjoa",
        "Nijboer",
        "Breukelaar",
        "Oudejans",
        "Bosgra",
        "Heijnis",
        "Lanting",
        "Spaargaren",
        "Wigboldus",
        "Aaldering",
        "Poelstra",
        "Snoek",
        "Uiterwijk",
        "Tammes",
        "Klomp",
        "Eisenga",
        "Haitsma",
        "Oosterhof",
        "El Idrissi",
        "Öztürk",
        "Nguyen",
        "Pinas",
        "Kartosen",
    ],
    "nl_BE": [
        "Vanhaesebrouck",
        "Verhaeghe",
        "Demuynck",
        "Dewulf",
        "Vandenbroucke",
        "Lambrechts",
        "Daems",
        "Bogaerts",
        "Van Steenkiste",
        "Callewaert",
        "Vercruysse",
        "Ghekiere",
        "Benali",
    ],
    "de_DE": [
        "Kühnel",
        "Pietsch",
        "Grzesiak",
        "Tschentscher",
        "Häberle",
        "Oberdörfer",
        "Rüdiger",
        "Yılmaz",
        "Kowalczyk",
        "Brösamle",
        "Wendt",
        "Lüdecke",
    ],
    "en_US": [
        "Okonkwo",
        "Nakamura",
        "Bhattacharya",
        "Kowalski",
        "Delacroix",
        "Threlkeld",
        "Oyelaran",
        "Quintanilla",
        "Abernathy",
        "Szymanski",
        "Villanueva",
    ],
    "en_GB": [
        "Featherstone",
        "Pryce",
        "Quayle",
        "Threlfall",
        "Nwosu",
        "Abernethy",
        "Trevelyan",
        "Fairbairn",
        "Loughlin",
        "Mistry",
        "Ashworth",
        "Penhaligon",
    ],
    "fr_FR": ["Lefebvre", "Giraud", "Chevalier", "Marchand", "Benmansour", "Duval"],
}
_BAD_NAME = re.compile(r"(?:\b(?:I{1,3}|IV|MBA|B\.\w+|M\.\w+|Dr|Prof)\b|\.)")


@dataclass
class Person:
    first: str
    last: str
    locale: str
    initials: str  # "J." or "J.P."

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def surname(self) -> str:
        """The surname alone: a Dutch particle takes a capital when no first name precedes it."""
        return self.last[0].upper() + self.last[1:]

    def with_initials(self) -> str:
        return f"{self.initials} {self.last}"

    def reversed(self) -> str:
        """'Dam, Jan van' / 'Smith, John': the order of a sorted export."""
        words = self.last.split()
        particles = [w for w in words if w.islower()]
        core = " ".join(w for w in words if not w.islower())
        return f"{core}, {self.first}" + (f" {' '.join(particles)}" if particles else "")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# -- the values of one row ------------------------------------------------------------------------

_FAKERS: dict[str, Any] = {}


def _faker(locale: str) -> Any:
    if locale not in _FAKERS:
        from faker import Faker

        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


@dataclass
class Row:
    """One text being rendered: its random source, locale and the values drawn so far."""

    key: str
    lang: str
    locale: str
    people_locales: dict[str, str] = field(default_factory=dict)
    rng: random.Random = field(init=False)
    people: dict[str, Person] = field(default_factory=dict)
    cache: dict[tuple[str, str, str], tuple[str | None, str]] = field(default_factory=dict)
    seeded: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.key)

    # helpers
    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        head = str(self.rng.randint(1, 9)) if first_nonzero else ""
        return head + self.chars(string.digits, n - len(head))

    def faker(self, locale: str) -> Any:
        fk = _faker(locale)
        if locale not in self.seeded:  # one seed per row and locale: rows do not depend on each other
            fk.seed_instance(f"{self.key}:{locale}")
            self.seeded.add(locale)
        return fk

    def person(self, idx: str) -> Person:
        if idx not in self.people:
            locale = self.people_locales.get(idx)
            if locale is None:
                locale = self.locale if idx == "1" or self.rng.random() < 0.75 else self.pick(LOCALES)
            self.people[idx] = self._new_person(locale)
        return self.people[idx]

    def _new_person(self, locale: str) -> Person:
        fk = self.faker(locale)
        while True:
            first = self.pick(EXTRA_FIRST[locale]) if self.rng.random() < 0.2 else fk.first_name()
            last = self.pick(EXTRA_LAST[locale]) if self.rng.random() < 0.2 else fk.last_name()
            if not _BAD_NAME.search(first + " " + last) and len(first) > 1:
                break
        if locale == "nl_NL" and self.rng.random() < 0.08:
            other = fk.last_name()
            if not _BAD_NAME.search(other):
                last = f"{last}-{other}"
        initials = first[0] + "."
        if self.rng.random() < 0.35:
            initials += self.pick("ABCDEFGHJKLMNPRSTW") + "."
        return Person(first, last, locale, initials)

    def value(self, base: str, variant: str, idx: str) -> tuple[str | None, str]:
        key = (base, variant, idx)
        if key not in self.cache:
            maker = MAKERS.get(base)
            if maker is None:
                raise KeyError(f"unknown slot {base}")
            taken = {v for (b, _, i), (_, v) in self.cache.items() if b == base and i != idx}
            for _ in range(50):  # two slots of one kind with different indexes: two different values
                made = maker(self, variant, idx)
                if made[1] not in taken:
                    break
            self.cache[key] = made
        return self.cache[key]


# -- persons -------------------------------------------------------------------------------------


def _name_any(r: Row, idx: str) -> str:
    p = r.person(idx)
    roll = r.rng.random()
    if roll < 0.2:
        return p.with_initials()
    if roll < 0.3 and p.locale == "en_US":
        return f"{p.first} {r.pick('ABCDEFGHJKLMNPRSTW')}. {p.last}"
    return p.full()


def _cased(text: str, variant: str) -> str:
    return {"lower": text.lower(), "upper": text.upper()}.get(variant, text)


FREE_MAIL = {
    "nl_NL": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl"],
    "nl_BE": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "proximus.be"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
    "fr_FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
}


def _email(r: Row, idx: str) -> str:
    p = r.person(idx)
    first = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
    last = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
    local = r.pick(
        [
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{first}{last}",
            f"{last}.{first[0]}",
            f"{first}_{last}{r.rng.randint(1, 99)}",
            f"{first}{r.rng.randint(70, 99)}",
            f"{first[0]}{last}",
        ]
    )
    domain = r.pick(FREE_MAIL[p.locale]) if r.rng.random() < 0.5 else r.faker(p.locale).domain_name()
    return f"{local}@{ascii_fold(domain).lower()}"


ROLE_LOCALS = ["info", "klantenservice", "support", "facturen", "hr", "service", "office", "sales", "noreply"]


def _role_email(r: Row, _idx: str) -> str:
    domain = r.faker(r.locale).domain_name()
    return f"{r.pick(ROLE_LOCALS)}@{ascii_fold(domain).lower()}"


# -- phones --------------------------------------------------------------------------------------

NL_AREA2 = [
    "10",
    "13",
    "15",
    "20",
    "23",
    "24",
    "26",
    "30",
    "33",
    "35",
    "36",
    "38",
    "40",
    "43",
    "45",
    "46",
    "50",
    "53",
    "55",
    "58",
    "70",
    "71",
    "72",
    "73",
    "74",
    "75",
    "76",
    "77",
    "78",
    "79",
]
NL_AREA3 = [
    "113",
    "114",
    "162",
    "164",
    "172",
    "180",
    "182",
    "184",
    "187",
    "222",
    "224",
    "227",
    "251",
    "252",
    "255",
    "294",
    "297",
    "299",
    "313",
    "314",
    "318",
    "320",
    "341",
    "342",
    "345",
    "348",
    "411",
    "412",
    "416",
    "475",
    "478",
    "485",
    "487",
    "492",
    "495",
    "499",
    "511",
    "513",
    "515",
    "521",
    "523",
    "524",
    "528",
    "543",
    "546",
    "547",
    "561",
    "566",
    "570",
    "572",
    "575",
    "591",
    "592",
    "594",
    "596",
    "597",
    "599",
]
BE_ZONE1 = ["2", "3", "4", "9"]
BE_ZONE2 = [
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "19",
    "50",
    "51",
    "52",
    "53",
    "54",
    "55",
    "56",
    "57",
    "58",
    "59",
    "60",
    "61",
    "63",
    "64",
    "65",
    "67",
    "69",
    "71",
    "80",
    "81",
    "82",
    "83",
    "84",
    "85",
    "86",
    "87",
    "89",
]
DE_AREAS = [
    "30",
    "40",
    "89",
    "69",
    "221",
    "211",
    "711",
    "341",
    "351",
    "511",
    "421",
    "911",
    "231",
    "201",
    "228",
    "6221",
    "7531",
    "4761",
    "3581",
    "8031",
]
GB_AREAS = [
    ("20", 8),
    ("161", 7),
    ("121", 7),
    ("113", 7),
    ("117", 7),
    ("131", 7),
    ("141", 7),
    ("29", 8),
    ("1223", 6),
    ("1865", 6),
    ("1632", 6),
]
US_NPA = [
    "212",
    "213",
    "305",
    "310",
    "312",
    "404",
    "415",
    "503",
    "512",
    "602",
    "617",
    "646",
    "702",
    "713",
    "718",
    "801",
    "805",
    "818",
    "917",
    "206",
    "303",
    "619",
    "720",
    "984",
]
CA_NPA = ["416", "604", "613", "514", "403", "647", "905", "778"]
CC = {"NL": "31", "BE": "32", "DE": "49", "GB": "44", "US": "1", "FR": "33"}


def _is_valid_phone(region: str, nsn: str) -> bool:
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(f"+{CC[region]}{nsn}"))
    except phonenumbers.NumberParseException:
        return False


def _nsn(r: Row, region: str, mobile: bool) -> tuple[str, str]:
    """A valid national significant number and its area code ('' for mobiles), for a region."""
    for _ in range(200):
        if region == "NL":
            area = "6" if mobile else r.pick(NL_AREA2 if r.rng.random() < 0.6 else NL_AREA3)
            rest = (r.pick("12345") + r.digits(7)) if mobile else (r.pick("2345678") + r.digits(8 - len(area)))
        elif region == "BE":
            area = ("4" + r.pick("5789")) if mobile else r.pick(BE_ZONE1 if r.rng.random() < 0.5 else BE_ZONE2)
            rest = r.digits(7) if mobile else (r.pick("2345678") + r.digits(7 - len(area)))
        elif region == "DE":
            area = (
                r.pick(
                    ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"]
                )
                if mobile
                else r.pick(DE_AREAS)
            )
            rest = r.digits(r.pick([7, 8])) if mobile else (r.pick("23456789") + r.digits(r.pick([5, 6, 7])))
        elif region == "GB":
            if mobile:
                area, rest = "7" + r.pick("1234579") + r.digits(2), r.digits(6)
            else:
                area, n = r.pick(GB_AREAS)
                rest = (r.pick("378") if area == "20" else r.pick("2345678")) + r.digits(n - 1)
        elif region == "FR":
            area, rest = r.pick(["6", "7", "1", "4"]), r.digits(8)
        else:  # US / CA
            area = r.pick(CA_NPA if region == "CA" else US_NPA)
            exchange = r.pick("23456789") + r.digits(2)
            if exchange[1:] == "11" or exchange == "555":
                continue
            rest = exchange + r.digits(4)
        cc_region = "US" if region == "CA" else region
        if _is_valid_phone(cc_region, area + rest):
            return area, rest
    raise RuntimeError(f"no valid {region} number")


def _group(digits: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


def _phone_text(r: Row, region: str, ext: bool = False, e164: bool = False) -> str:
    mobile = r.rng.random() < (0.3 if region in ("US", "CA") else 0.5)
    area, rest = _nsn(r, region, mobile)
    nsn = area + rest
    cc = CC["US" if region == "CA" else region]
    if e164:
        return f"+{cc}{nsn}"
    if region == "NL":
        if mobile:
            forms = [
                f"06-{rest}",
                f"06 {rest}",
                f"06 {rest[:4]} {rest[4:]}",
                f"06 {_group(rest, [2, 2, 2, 2])}",
                f"+31 6 {rest}",
                f"+31 6 {rest[:4]} {rest[4:]}",
                f"+316{rest}",
                f"0031 6 {rest}",
                f"+31 (0)6 {rest}",
                f"(06) {rest}",
            ]
        else:
            a = "0" + area
            forms = [
                f"{a}-{rest}",
                f"{a} {_group(rest, [3, 4] if len(area) == 2 else [3, 3])}",
                f"({a}) {_group(rest, [3, 2, 2] if len(area) == 2 else [2, 2, 2])}",
                f"+31 {area} {rest}",
                f"+31{nsn}",
                f"0031 {area} {rest}",
                f"+31 (0){area} {_group(rest, [3, 4])}",
            ]
    elif region == "BE":
        if mobile:
            forms = [
                f"0{area}{rest[0]} {_group(rest[1:], [2, 2, 2])}",
                f"0{area}{rest[0]}/{_group(rest[1:], [2, 2, 2], '.')}",
                f"0{area}{rest[0]} {rest[1:4]} {rest[4:]}",
                f"+32 {area}{rest[0]} {_group(rest[1:], [2, 2, 2])}",
                f"+32{nsn}",
                f"0032 {area}{rest[0]} {_group(rest[1:], [2, 2, 2])}",
            ]
        else:
            g = [3, 2, 2] if len(area) == 1 else [2, 2, 2]
            forms = [
                f"0{area} {_group(rest, g)}",
                f"0{area}/{_group(rest, g, '.')}",
                f"+32 {area} {_group(rest, g)}",
                f"+32{nsn}",
                f"0{area}/{rest}",
            ]
    elif region == "DE":
        forms = [
            f"0{area} {rest}",
            f"0{area}/{rest}",
            f"0{area}-{rest}",
            f"(0{area}) {rest}",
            f"+49 {area} {rest}",
            f"+49 (0){area} {rest}",
            f"0049 {area} {rest}",
            f"+49{nsn}",
            f"+49 {area} {_group(rest, [3, 4] if len(rest) == 7 else [4, 4])}",
        ]
        if ext and not mobile:
            return f"{r.pick([f'0{area} {rest}', f'+49 {area} {rest}', f'0{area}/{rest}'])}-{r.digits(r.pick([2, 3]))}"
    elif region == "GB":
        if mobile:
            forms = [
                f"0{area} {rest}",
                f"0{area} {rest[:3]} {rest[3:]}",
                f"+44 {area} {rest}",
                f"+44 (0){area} {rest}",
                f"+44{nsn}",
                f"0044 {area} {rest}",
                f"(0{area}) {rest}",
            ]
        else:
            split = {2: [4, 4], 3: [3, 4], 4: [6]}[len(area)]
            local = _group(rest, split)
            forms = [
                f"0{area} {local}",
                f"(0{area}) {local}",
                f"+44 {area} {local}",
                f"+44 (0){area} {local}",
                f"+44{nsn}",
                f"00 44 {area} {local}",
                f"0{area}{rest}",
            ]
        if ext:
            return f"{r.pick(forms)} {r.pick(['ext. ', 'ext ', 'x', 'extension '])}{r.digits(r.pick([2, 3, 4]), True)}"
    elif region == "FR":
        forms = [f"0{area} {_group(rest, [2, 2, 2, 2])}", f"+33 {area} {_group(rest, [2, 2, 2, 2])}", f"+33{nsn}"]
    else:  # US / CA: ten digits, with or without separators, +1, 1- and 001-
        a, x, n = area, rest[:3], rest[3:]
        forms = [
            f"({a}) {x}-{n}",
            f"{a}-{x}-{n}",
            f"{a}.{x}.{n}",
            f"{a}{x}{n}",
            f"+1 {a} {x} {n}",
            f"+1 ({a}) {x}-{n}",
            f"+1{a}{x}{n}",
            f"1-{a}-{x}-{n}",
            f"001-{a}-{x}-{n}",
            f"+1-{a}-{x}-{n}",
            f"{a} {x} {n}",
        ]
        if ext or r.rng.random() < 0.12:
            base = r.pick([f"{a}-{x}-{n}", f"({a}) {x}-{n}", f"{a}.{x}.{n}", f"+1 {a} {x} {n}"])
            return base + r.pick(
                [
                    f"x{r.digits(4, True)}",
                    f" x{r.digits(3, True)}",
                    f" ext. {r.digits(2, True)}",
                    f" ext {r.digits(3, True)}",
                    f"x{r.digits(3, True)}",
                ]
            )
    return r.pick(forms)


def _phone(r: Row, variant: str, idx: str) -> tuple[str, str]:
    if variant in ("NL", "BE", "DE", "GB", "US", "CA", "FR"):
        region = variant
    else:
        region = REGION[r.person(idx).locale]
        if region == "US" and r.rng.random() < 0.15:
            region = "CA"
    if variant == "ext":
        if region not in ("GB", "US", "CA", "DE"):
            region = r.pick(["GB", "US", "DE"])
        return "PHONE_NUMBER", _phone_text(r, region, ext=True)
    return "PHONE_NUMBER", _phone_text(r, region, e164=variant == "e164")


# -- addresses -----------------------------------------------------------------------------------

NL_STREETS = [
    "Kerkstraat",
    "Dorpsstraat",
    "Stationsweg",
    "Molenweg",
    "Julianastraat",
    "Prinses Beatrixlaan",
    "Burgemeester van Roijensingel",
    "Laan van Meerdervoort",
    "Oudegracht",
    "Prinsengracht",
    "Zeestraat",
    "Hoofdstraat",
    "Schoolstraat",
    "Van Oldenbarneveltlaan",
    "'s-Gravendijkwal",
    "Nieuwe Binnenweg",
    "Weerdsingel O.Z.",
    "Tolhuisweg",
    "Graaf Florislaan",
    "Heuvelrug",
]
NL_CITIES = [
    "Amsterdam",
    "Rotterdam",
    "Utrecht",
    "Den Haag",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Haarlem",
    "Arnhem",
    "Zwolle",
    "Leeuwarden",
    "Maastricht",
    "Delft",
    "Alkmaar",
    "Hoorn",
    "Zeist",
    "Bergen op Zoom",
    "Wijk bij Duurstede",
    "'s-Hertogenbosch",
]
BE_STREETS = [
    "Kerkstraat",
    "Stationsstraat",
    "Grote Markt",
    "Kortrijksesteenweg",
    "Brusselsesteenweg",
    "Rue de la Station",
    "Chaussée de Wavre",
    "Avenue Louise",
    "Meir",
    "Veldstraat",
    "Leopoldlaan",
    "Rue des Carmes",
    "Koning Albertlaan",
    "Dendermondsesteenweg",
    "Tiensestraat",
]
BE_CITIES = [
    ("1000", "Brussel"),
    ("2000", "Antwerpen"),
    ("9000", "Gent"),
    ("8000", "Brugge"),
    ("3000", "Leuven"),
    ("2800", "Mechelen"),
    ("3500", "Hasselt"),
    ("8500", "Kortrijk"),
    ("1300", "Wavre"),
    ("4000", "Liège"),
    ("5000", "Namur"),
    ("9300", "Aalst"),
    ("2300", "Turnhout"),
    ("8400", "Oostende"),
    ("1050", "Ixelles"),
]
DE_STREETS = [
    "Hauptstraße",
    "Bahnhofstraße",
    "Schulstraße",
    "Gartenstraße",
    "Lindenallee",
    "Am Markt",
    "Friedrichstr.",
    "Kastanienweg",
    "Goethestraße",
    "Berliner Allee",
    "Mühlenweg",
    "Im Winkel",
    "Karl-Marx-Allee",
    "Schillerplatz",
    "Rheinuferstraße",
]
GB_STREET_TYPES = [
    "Street",
    "Road",
    "Lane",
    "Avenue",
    "Close",
    "Crescent",
    "Drive",
    "Gardens",
    "Way",
    "Terrace",
    "Grove",
    "Mews",
    "Place",
    "Rise",
]
US_STATES = ["CA", "NY", "TX", "FL", "WA", "IL", "MA", "OR", "CO", "GA", "AZ", "NC", "MN", "OH", "PA"]


def _nl_postcode(r: Row) -> str:
    while True:
        letters = r.chars("ABCDEFGHJKLMNPRSTVWXZ", 2)
        if letters not in ("SA", "SD", "SS"):
            return f"{r.rng.randint(1011, 9999)}{r.pick([' ', ' ', ' ', ''])}{letters}"


def _gb_postcode(r: Row) -> str:
    area = r.pick(
        [
            "SW",
            "SE",
            "N",
            "NW",
            "E",
            "W",
            "EC",
            "M",
            "B",
            "LS",
            "BS",
            "EH",
            "G",
            "CF",
            "OX",
            "CB",
            "NE",
            "L",
            "S",
            "BN",
            "YO",
            "GL",
        ]
    )
    return f"{area}{r.rng.randint(1, 28)} {r.rng.randint(1, 9)}{r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}"


def _house_number(r: Row, style: str) -> str:
    n = str(r.rng.choice([r.rng.randint(1, 40), r.rng.randint(1, 250)]))
    roll = r.rng.random()
    if style == "nl" and roll < 0.3:
        n += r.pick(["a", "b", "-2", " II", "-hs", " bis", "A", "-3"])
    elif style == "be" and roll < 0.25:
        n += r.pick([" bus 3", " bus 12", "/2", " b1", "A"])
    elif style == "de" and roll < 0.25:
        n += r.pick(["a", "b", "-5"])
    return n


def _street_name(r: Row, locale: str) -> str:
    fk = r.faker(locale)
    if locale == "nl_NL":
        return r.pick(NL_STREETS) if r.rng.random() < 0.4 else fk.street_name()
    if locale == "nl_BE":
        return r.pick(BE_STREETS) if r.rng.random() < 0.6 else fk.street_name()
    if locale == "de_DE":
        return r.pick(DE_STREETS) if r.rng.random() < 0.4 else fk.street_name()
    if locale == "en_GB":
        return f"{fk.last_name()} {r.pick(GB_STREET_TYPES)}" if r.rng.random() < 0.5 else fk.street_name()
    if locale == "fr_FR":
        return fk.street_name()
    return fk.street_name()


def _address_parts(r: Row, locale: str) -> tuple[str, str]:
    """(street line, postcode-and-place line) in the notation of the locale."""
    fk = r.faker(locale)
    if locale == "nl_NL":
        city = r.pick(NL_CITIES) if r.rng.random() < 0.5 else fk.city()
        return f"{_street_name(r, locale)} {_house_number(r, 'nl')}", f"{_nl_postcode(r)} {city}"
    if locale == "nl_BE":
        pc, city = r.pick(BE_CITIES)
        return f"{_street_name(r, locale)} {_house_number(r, 'be')}", f"{pc} {city}"
    if locale == "de_DE":
        return f"{_street_name(r, locale)} {_house_number(r, 'de')}", f"{fk.postcode()} {fk.city()}"
    if locale == "fr_FR":
        return f"{r.rng.randint(1, 120)}{r.pick(['', '', ' bis'])} {fk.street_name()}", f"{fk.postcode()} {fk.city()}"
    if locale == "en_GB":
        number = str(r.rng.randint(1, 240)) + r.pick(["", "", "", "A", "B"])
        street = f"{number} {_street_name(r, locale)}"
        if r.rng.random() < 0.25:
            street = f"{r.pick(['Flat', 'Flat', 'Apartment', 'Unit'])} {r.rng.randint(1, 30)}, {street}"
        town = (
            r.pick(
                [
                    "London",
                    "Manchester",
                    "Leeds",
                    "Bristol",
                    "Glasgow",
                    "Cardiff",
                    "York",
                    "Brighton",
                    "Norwich",
                    "Sheffield",
                ]
            )
            if r.rng.random() < 0.5
            else fk.city()
        )
        return street, f"{town} {_gb_postcode(r)}"
    # en_US: Faker's street address (house number, street name and type, sometimes a suite).
    street = fk.street_address()
    return street, f"{fk.city()}, {r.pick(US_STATES)} {fk.postcode()}"


def _address(r: Row, variant: str, idx: str) -> tuple[str, str]:
    locale = r.person(idx).locale
    street, place = _address_parts(r, locale)
    if variant == "ml":
        return "LOCATION", f"{street}\n{place}"
    if variant == "street":
        return "LOCATION", street
    sep = ", " if locale in ("en_US", "en_GB", "de_DE", "fr_FR") or r.rng.random() < 0.8 else " "
    if locale == "en_GB" and r.rng.random() < 0.4:  # '12 Mill Lane, York, YO1 7HH'
        town, _, pc = place.rpartition(" ")
        town, _, outward = town.rpartition(" ")
        return "LOCATION", f"{street}, {town}, {outward} {pc}"
    return "LOCATION", f"{street}{sep}{place}"


def _postcode(r: Row, variant: str, idx: str) -> tuple[str, str]:
    locale = r.person(idx).locale
    if locale == "en_GB":
        return "LOCATION", _gb_postcode(r)
    return "LOCATION", _nl_postcode(r)


# -- identifiers with checksums ------------------------------------------------------------------


def _iban(r: Row, variant: str, idx: str) -> tuple[str, str]:
    from stdnum import iban

    country = (
        variant
        if variant in ("NL", "BE", "DE", "GB", "FR")
        else {"nl_NL": "NL", "nl_BE": "BE", "de_DE": "DE", "en_GB": "GB", "fr_FR": "FR"}.get(
            r.person(idx).locale, r.pick(["NL", "GB", "DE"])
        )
    )
    for _ in range(500):
        if country == "NL":
            bban = r.pick(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + r.digits(10)
        elif country == "BE":
            head = r.digits(10, True)
            check = int(head) % 97 or 97
            bban = f"{head}{check:02d}"
        elif country == "DE":
            bban = r.digits(8, True) + r.digits(10)
        elif country == "GB":
            bban = r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + r.digits(6) + r.digits(8)
        else:
            bban = r.digits(5, True) + r.digits(5) + r.digits(11) + r.digits(2)
        number = f"{country}{iban.calc_check_digits(country + '00' + bban)}{bban}"
        if iban.is_valid(number):
            return "IBAN_CODE", iban.format(number) if r.rng.random() < 0.7 else number
    raise RuntimeError(f"no valid {country} IBAN")


def _luhn_complete(r: Row, prefix: str, length: int) -> str:
    from stdnum import luhn

    body = prefix + r.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _card(r: Row, _variant: str, _idx: str) -> tuple[str, str]:
    kind = r.pick(["visa", "visa", "mc", "mc", "amex", "mc2"])
    if kind == "amex":
        n = _luhn_complete(r, r.pick(["34", "37"]), 15)
        return "CREDIT_CARD", r.pick([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    prefix = {"visa": "4", "mc": "5" + r.pick("12345"), "mc2": str(r.rng.randint(2221, 2720))}[kind]
    n = _luhn_complete(r, prefix, 16)
    return "CREDIT_CARD", r.pick([_group(n, [4, 4, 4, 4]), _group(n, [4, 4, 4, 4], "-"), n, _group(n, [4, 4, 4, 4])])


def _bsn_digits(r: Row) -> str:
    while True:
        head = r.digits(8, first_nonzero=r.rng.random() < 0.9)
        total = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10 and head + str(last) != "000000000":
            return head + str(last)


def _bsn(r: Row, _variant: str, _idx: str) -> tuple[str, str]:
    d = _bsn_digits(r)
    return "NL_BSN", r.pick(
        [d, d, d, f"{d[:3]}.{d[3:6]}.{d[6:]}", f"{d[:4]} {d[4:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"]
    )


def _ssn(r: Row, _variant: str, _idx: str) -> tuple[str, str]:
    from stdnum.us import ssn

    while True:
        area, group, serial = r.rng.randint(1, 899), r.rng.randint(1, 99), r.rng.randint(1, 9999)
        number = f"{area:03d}-{group:02d}-{serial:04d}"
        if area != 666 and ssn.is_valid(number):
            d = number.replace("-", "")
            return "US_SSN", r.pick([number, number, number, f"{d[:3]} {d[3:5]} {d[5:]}", d])


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"  # not D F I Q U V
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"  # not D F I O Q U V
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def is_valid_nino(value: str) -> bool:
    v = value.replace(" ", "").upper()
    return bool(re.fullmatch(rf"[{NINO_FIRST}][{NINO_SECOND}]\d{{6}}[ABCD]", v)) and v[:2] not in NINO_BAD_PREFIX


def _nino(r: Row, _variant: str, _idx: str) -> tuple[str, str]:
    while True:
        prefix = r.pick(NINO_FIRST) + r.pick(NINO_SECOND)
        if prefix not in NINO_BAD_PREFIX:
            break
    d, suffix = r.digits(6), r.pick("ABCD")
    return "UK_NINO", r.pick(
        [
            f"{prefix}{d}{suffix}",
            f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}",
            f"{prefix} {d} {suffix}",
            f"{prefix}{d}{suffix}",
        ]
    )


def _rrn(r: Row, _variant: str, _idx: str) -> tuple[str, str]:
    from stdnum.be import nn

    while True:
        year = r.rng.randint(1940, 2006)
        born = f"{year % 100:02d}{r.rng.randint(1, 12):02d}{r.rng.randint(1, 28):02d}"
        serial = f"{r.rng.randint(1, 997):03d}"
        base = int(("2" if year >= 2000 else "") + born + serial)
        number = f"{born}{serial}{97 - base % 97:02d}"
        if nn.is_valid(number):
            d = number
            return "BE_NATIONAL_ID", r.pick(
                [
                    f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
                    d,
                    f"{d[:6]} {d[6:9]} {d[9:]}",
                    f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
                    f"{d[:6]}-{d[6:9]}-{d[9:]}",
                ]
            )


def _taxid(r: Row, _variant: str, _idx: str) -> tuple[str, str]:
    from stdnum.de import idnr
    from stdnum.iso7064 import mod_11_10

    while True:
        digits = [str(r.rng.randint(1, 9))]
        pool = [c for c in string.digits]
        while len(digits) < 10:
            digits.append(r.pick(pool))
        head = "".join(digits)
        number = head + mod_11_10.calc_check_digit(head)
        if idnr.is_valid(number):
            d = number
            return "DE_TAX_ID", r.pick(
                [d, d, f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}", f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"]
            )


def _nir(r: Row, _variant: str, _idx: str) -> tuple[str, str]:
    from stdnum.fr import nir

    while True:
        body = (
            f"{r.pick('12')}{r.rng.randint(50, 99):02d}{r.rng.randint(1, 12):02d}{r.rng.randint(1, 95):02d}"
            f"{r.rng.randint(1, 990):03d}{r.rng.randint(1, 999):03d}"
        )
        if body[5:7] == "20":
            continue
        number = body + nir.calc_check_digits(body)
        if nir.is_valid(number):
            d = number
            return "FR_NIR", r.pick(
                [
                    f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}",
                    d,
                    f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}",
                ]
            )


def _passport(r: Row, _variant: str, idx: str) -> tuple[str, str]:
    locale = r.person(idx).locale
    if locale == "nl_NL":  # two letters, six letters or digits, a digit; no letter O
        letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        v = r.chars(letters, 2) + "".join(r.pick(letters + string.digits) for _ in range(6)) + r.digits(1)
    elif locale == "nl_BE":
        v = r.chars(string.ascii_uppercase, 2) + r.digits(6)
    elif locale == "de_DE":
        v = r.pick("CFGHJK") + r.chars("CFGHJKLMNPRTVWXYZ0123456789", 8)
    elif locale == "fr_FR":
        v = r.digits(2) + r.chars(string.ascii_uppercase, 2) + r.digits(5)
    elif locale == "en_US" and r.rng.random() < 0.5:
        v = r.pick(string.ascii_uppercase) + r.digits(8)
    else:
        v = r.digits(9, True)
    return "PASSPORT_NUMBER", v


def _dvla(r: Row, p: Person) -> str:
    last = re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper())[:5].ljust(5, "9")
    year, month, day = r.rng.randint(1950, 2004), r.rng.randint(1, 12), r.rng.randint(1, 28)
    month += 50 * (r.rng.random() < 0.5)
    initials = ascii_fold(p.first)[0].upper() + r.pick(["9", r.pick(string.ascii_uppercase)])
    check = r.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)
    return f"{last}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}{r.digits(1)}{check}"


def _license(r: Row, _variant: str, idx: str) -> tuple[str, str]:
    p = r.person(idx)
    if p.locale in ("nl_NL", "nl_BE"):
        v = r.pick(["5", "4", "6"]) + r.digits(9)
    elif p.locale == "de_DE":
        v = r.pick("BFJN") + r.digits(3) + r.chars(UPPER_DIGITS, 5) + r.digits(2)
    elif p.locale == "en_GB":
        v = _dvla(r, p)
    elif p.locale == "fr_FR":
        v = r.digits(12, True)
    else:
        v = r.pick(
            [
                r.pick(string.ascii_uppercase) + r.digits(7),  # California
                r.digits(9, True),  # New York
                # Florida
                f"{r.pick(string.ascii_uppercase)}{r.digits(3)}-{r.digits(3)}-{r.digits(2)}-{r.digits(3)}-{r.digits(1)}",
                f"{r.pick(string.ascii_uppercase)}{r.digits(3)}-{r.digits(4)}-{r.digits(4)}",  # Illinois
                r.digits(8, True),  # Texas
            ]
        )
    return "DRIVER_LICENSE", v


def _dob(r: Row, _variant: str, idx: str) -> tuple[str, str]:
    locale = r.person(idx).locale
    y, m, d = r.rng.randint(1948, 2006), r.rng.randint(1, 12), r.rng.randint(1, 28)
    months_nl = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
    months_en = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    if r.lang == "nl":
        forms = [f"{d:02d}-{m:02d}-{y}", f"{d} {months_nl[m - 1]} {y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}"]
        if locale == "de_DE":
            forms.append(f"{d:02d}.{m:02d}.{y}")
    elif locale == "en_US":
        forms = [f"{m:02d}/{d:02d}/{y}", f"{months_en[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}"]
    else:
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} {months_en[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m:02d}.{y}"]
    return "DATE_OF_BIRTH", r.pick(forms)


def _ip(r: Row, variant: str, _idx: str) -> tuple[str, str]:
    if variant == "v6":
        prefix = r.pick(["2a02", "2001", "2a01", "2a00", "2600", "2804", "2c0f"])
        groups = [prefix] + [f"{r.rng.randint(1, 0xFFFF):x}" for _ in range(7)]
        if r.rng.random() < 0.5:  # compressed: '2a02:1f3:9c::4b1:e07'
            return "IP_ADDRESS", ":".join(groups[:3]) + "::" + ":".join(groups[6:])
        return "IP_ADDRESS", ":".join(groups)
    if variant == "private":
        return "IP_ADDRESS", r.pick(
            [
                f"10.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}",
                f"192.168.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}",
                f"172.{r.rng.randint(16, 31)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}",
            ]
        )
    while True:
        a = r.rng.randint(1, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        return "IP_ADDRESS", f"{a}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


# -- secrets -------------------------------------------------------------------------------------


def _mixed(r: Row, n: int, alphabet: str = ALNUM) -> str:
    """A random token with every character class of its alphabet (upper, lower, digits), as keys are."""
    classes = [test for test in (str.isupper, str.islower, str.isdigit) if any(test(c) for c in alphabet)]
    while True:
        s = r.chars(alphabet, n)
        if all(any(test(c) for c in s) for test in classes):
            return s


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(r: Row) -> str:
    header = _b64url(json.dumps({"alg": r.pick(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    payload = {
        "sub": f"{r.rng.getrandbits(32):08x}-{r.rng.getrandbits(16):04x}",
        "iat": 1_760_000_000 + r.rng.randint(0, 9_999_999),
        "scope": r.pick(["orders:read", "admin", "invoices:write"]),
        "iss": r.pick(["auth.internal", "login.example-idp.net"]),
    }
    payload["exp"] = payload["iat"] + 3600
    body = _b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{header}.{body}.{_mixed(r, 43, URLSAFE)}"


def _pem(r: Row) -> str:
    kind = r.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    n_lines = {"RSA PRIVATE KEY": 12, "PRIVATE KEY": 14, "OPENSSH PRIVATE KEY": 7, "EC PRIVATE KEY": 3}[kind]
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    first = "b3BlbnNzaC1rZXktdjEAAAAA" if kind == "OPENSSH PRIVATE KEY" else "MII" + r.pick("EJBC")
    body = first + r.chars(B64, width * n_lines - len(first))
    lines = [body[i : i + width] for i in range(0, len(body), width)] + [r.chars(B64, r.rng.randint(8, 40)) + "="]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def _password(r: Row) -> str:
    words = [
        "Zomer",
        "Winter",
        "Tulp",
        "Fiets",
        "Koffie",
        "Sunshine",
        "Dragon",
        "Monkey",
        "Haven",
        "Molen",
        "Kaas",
        "Sterren",
        "Rocket",
        "Falcon",
    ]
    if r.rng.random() < 0.4:
        return f"{r.pick(words)}{r.rng.randint(1, 2026)}{r.pick(['!', '#', '_', '-', '!!', '?', ''])}"
    return _mixed(r, r.rng.randint(12, 22), ALNUM + "!_-")


SECRETS: dict[str, Callable[[Row], str]] = {
    "aws_id": lambda r: r.pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + r.chars(UPPER_DIGITS, 16),
    "aws_secret": lambda r: _mixed(r, 40, B64),
    "openai": lambda r: r.pick(
        [
            f"sk-proj-{_mixed(r, 40, URLSAFE)}T3BlbkFJ{_mixed(r, 40, URLSAFE)}",
            f"sk-{_mixed(r, 20)}T3BlbkFJ{_mixed(r, 20)}",
            f"sk-svcacct-{_mixed(r, 60, URLSAFE)}",
        ]
    ),
    "anthropic": lambda r: f"sk-ant-api03-{_mixed(r, 93, URLSAFE)}AA",
    "github": lambda r: f"ghp_{_mixed(r, 36)}",
    "github_pat": lambda r: f"github_pat_11{_mixed(r, 20, UPPER_DIGITS)}_{_mixed(r, 59)}",
    "gitlab": lambda r: f"glpat-{_mixed(r, 20, URLSAFE)}",
    "slack": lambda r: f"xoxb-{r.digits(12, True)}-{r.digits(13, True)}-{_mixed(r, 24)}",
    "stripe": lambda r: f"{r.pick(['sk_live_', 'rk_live_'])}{_mixed(r, r.pick([24, 34, 99]))}",
    "google": lambda r: f"AIzaSy{_mixed(r, 33, URLSAFE)}",
    "sendgrid": lambda r: f"SG.{_mixed(r, 22, URLSAFE)}.{_mixed(r, 43, URLSAFE)}",
    "npm": lambda r: f"npm_{_mixed(r, 36)}",
    "mollie": lambda r: f"live_{_mixed(r, 30)}",
    "token": lambda r: _mixed(r, r.pick([32, 36, 40, 40, 48, 64])),
    "hex": lambda r: r.chars("0123456789abcdef", r.pick([32, 40, 64])),
    "b64key": lambda r: base64.b64encode(r.rng.randbytes(32)).decode(),
    "azurekey": lambda r: base64.b64encode(r.rng.randbytes(64)).decode(),
    "django": lambda r: _mixed(r, 50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"),
    "password": _password,
    "dbpass": lambda r: _mixed(r, r.rng.randint(14, 24)),
    "jwt": _jwt,
    "pem": _pem,
}

# Documentation placeholders: credential-shaped, known not to work. The policy must mask them
# (never pass them, never block on them), so they are labelled SECRET_PLACEHOLDER.
PLACEHOLDERS: dict[str, Callable[[Row], str]] = {
    "ph_aws": lambda r: r.pick(
        [
            "AKIAIOSFODNN7EXAMPLE",
            "AKIAI44QH8DHBEXAMPLE",
            "AKIA" + r.chars(UPPER_DIGITS, 9) + "EXAMPLE",
            "AKIAXXXXXXXXXXXXXXXX",
        ]
    ),
    "ph_aws_secret": lambda r: r.pick(
        [
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
            _mixed(r, 30, B64) + "EXAMPLEKEY",
        ]
    ),
    "ph_github": lambda r: r.pick(
        [
            f"ghp_EXAMPLE{_mixed(r, 29)}",
            "ghp_" + "x" * 36,
            "ghp_YOUR_GITHUB_TOKEN_HERE",
            f"ghp_EXAMPLE{'0' * 29}",
            "ghp_your-token-here",
        ]
    ),
    "ph_slack": lambda r: r.pick(
        [
            f"xoxb-{r.digits(11, True)}-{r.digits(12, True)}-EXAMPLE{_mixed(r, 17)}",
            "xoxb-your-bot-token-here",
            f"xoxb-{'0' * 12}-{'0' * 13}-EXAMPLEEXAMPLEEXAMPLE",
            "xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
        ]
    ),
    "ph_openai": lambda r: r.pick(
        [
            "sk-your-key-here",
            "sk-proj-your-api-key-here",
            "sk-...your-key-here",
            "sk-" + "x" * 48,
            "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "sk-REPLACE_ME",
            "sk-ant-api03-your-key-here",
        ]
    ),
    "ph_stripe": lambda r: r.pick(["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_EXAMPLEKEY", "sk_live_your_key_here"]),
}


def _secret(kind: str) -> Callable[[Row, str, str], tuple[str, str]]:
    return lambda r, _v, _i: ("SECRET", SECRETS[kind](r))


def _placeholder(kind: str) -> Callable[[Row, str, str], tuple[str, str]]:
    return lambda r, _v, _i: ("SECRET_PLACEHOLDER", PLACEHOLDERS[kind](r))


# -- unlabelled noise and look-alikes -----------------------------------------------------------

COMPANIES = {
    "nl": [
        "Noorderlicht Facilitair",
        "Polderstroom Energie",
        "Vlinderhof Zorg",
        "Brugwachter Logistiek",
        "Zilverreiger Software",
        "De Groene Kade",
        "Kompasroos Advies",
        "Havenlicht Media",
        "Duinzicht Wonen",
        "Tegelwerk Plus",
    ],
    "en": [
        "Northwind Analytics",
        "Bluebell Logistics",
        "Harbourline Media",
        "Cobalt Ridge Software",
        "Silverfern Health",
        "Lanternfish Labs",
        "Meadowgate Supplies",
        "Quartzline Energy",
        "Tidewater Foods",
    ],
}
BIG_COMPANIES = [
    "Philips",
    "ASML",
    "Heineken",
    "Rabobank",
    "bol.com",
    "Coolblue",
    "KLM",
    "Unilever",
    "Siemens",
    "Deutsche Bahn",
    "Tesco",
    "Vodafone",
    "Microsoft",
    "Salesforce",
    "Proximus",
    "Colruyt",
]
CITIES_ANY = [
    "Utrecht",
    "Amsterdam",
    "Rotterdam",
    "Antwerpen",
    "Gent",
    "Keulen",
    "Düsseldorf",
    "London",
    "Manchester",
    "Boston",
    "Chicago",
    "Eindhoven",
    "Zwolle",
    "Leuven",
    "Hamburg",
    "Leeds",
]
MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
}
DEPTS = {
    "nl": ["Financiën", "Inkoop", "HR", "Klantcontact", "ICT", "Facilitair", "Juridische Zaken"],
    "en": ["Finance", "Procurement", "People", "Customer Success", "IT", "Legal", "Facilities"],
}
JOBS = {
    "nl": [
        "beleidsadviseur",
        "teamleider",
        "servicedeskmedewerker",
        "controller",
        "verpleegkundige",
        "accountmanager",
        "jurist",
    ],
    "en": [
        "project coordinator",
        "support engineer",
        "financial controller",
        "office manager",
        "nurse",
        "account executive",
        "data analyst",
    ],
}


def _date(r: Row) -> str:
    d, m, y = r.rng.randint(1, 28), r.rng.randint(1, 12), r.pick([2024, 2025, 2025, 2026])
    if r.lang == "nl":
        return r.pick(
            [f"{d} {MONTHS['nl'][m - 1]}", f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m - 1]} {y}"]
        )
    return r.pick(
        [f"{d} {MONTHS['en'][m - 1]}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}"]
    )


def _amount(r: Row) -> str:
    v = (
        r.pick([r.rng.randint(5, 400), r.rng.randint(50, 4_000), r.rng.randint(500, 25_000)])
        + r.rng.randint(0, 99) / 100
    )
    if r.lang == "nl":
        whole = f"{int(v):,}".replace(",", ".")
        return r.pick(
            [
                f"€ {whole},{int(round(v * 100)) % 100:02d}",
                f"€{whole},-",
                f"{whole},{int(round(v * 100)) % 100:02d} euro",
            ]
        )
    return r.pick([f"${v:,.2f}", f"£{v:,.2f}", f"€{v:,.2f}", f"{v:,.0f} USD"])


def _non_bsn(r: Row) -> str:
    while True:
        d = r.digits(9, True)
        total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
        if total % 11:
            return d


def _bad_iban(r: Row) -> str:
    from stdnum import iban

    while True:
        v = f"NL{r.rng.randint(10, 99)}{r.pick(['ABNA', 'RABO', 'INGB'])}{r.digits(10)}"
        if not iban.is_valid(v):
            return iban.format(v)


def _bad_card(r: Row) -> str:
    from stdnum import luhn

    while True:
        v = "4" + r.digits(15)
        if not luhn.is_valid(v):
            return _group(v, [4, 4, 4, 4])


def _vat(r: Row, country: str) -> str:
    forms = {
        "NL": f"NL{_non_bsn(r)}B0{r.rng.randint(1, 9)}",
        "BE": f"BE0{r.digits(9, True)}",
        "DE": f"DE{r.digits(9, True)}",
        "GB": f"GB{r.digits(9, True)}",
    }
    return forms.get(country) or r.pick(list(forms.values()))


def _version(r: Row) -> str:
    return f"{r.rng.randint(1, 12)}.{r.rng.randint(0, 30)}.{r.rng.randint(0, 40)}"


def _noise(fn: Callable[[Row], str]) -> Callable[[Row, str, str], tuple[None, str]]:
    return lambda r, _v, _i: (None, fn(r))


def _by_lang(table: dict[str, list[str]]) -> Callable[[Row, str, str], tuple[None, str]]:
    return _noise(lambda r: r.pick(table[r.lang]))


def _domain(r: Row) -> str:
    return r.pick(
        [
            "klantportaal.nl",
            "acme-hosting.net",
            "bluebell-logistics.com",
            "facturatie.be",
            "intern.example.org",
            "shop-backend.io",
            "northwind.app",
            "polderstroom.nl",
        ]
    )


MAKERS: dict[str, Callable[[Row, str, str], tuple[str | None, str]]] = {
    # persons
    "full": lambda r, v, i: ("PERSON", _cased(r.person(i).full(), v)),
    "name": lambda r, v, i: ("PERSON", _cased(_name_any(r, i), v)),
    "first": lambda r, v, i: ("PERSON", _cased(r.person(i).first, v)),
    "last": lambda r, v, i: ("PERSON", _cased(r.person(i).surname(), v)),
    "init": lambda r, v, i: ("PERSON", _cased(r.person(i).with_initials(), v)),
    "rev": lambda r, v, i: ("PERSON", _cased(r.person(i).reversed(), v)),
    "email": lambda r, v, i: ("EMAIL_ADDRESS", _email(r, i)),
    "roleemail": lambda r, v, i: ("EMAIL_ADDRESS", _role_email(r, i)),
    "phone": _phone,
    "address": _address,
    "street": lambda r, v, i: _address(r, "street", i),
    "postcode": _postcode,
    "iban": _iban,
    "card": _card,
    "bsn": _bsn,
    "ip": _ip,
    "dob": _dob,
    "ssn": _ssn,
    "nino": _nino,
    "rrn": _rrn,
    "taxid": _taxid,
    "nir": _nir,
    "passport": _passport,
    "license": _license,
    **{k: _secret(k) for k in SECRETS},
    **{k: _placeholder(k) for k in PLACEHOLDERS},
    # noise: never labelled
    "company": _by_lang(COMPANIES),
    "bigco": _noise(lambda r: r.pick(BIG_COMPANIES)),
    "city": _noise(lambda r: r.pick(CITIES_ANY)),
    "date": _noise(_date),
    "dateiso": _noise(lambda r: f"{r.pick([2025, 2026])}-{r.rng.randint(1, 12):02d}-{r.rng.randint(1, 28):02d}"),
    "time": _noise(lambda r: f"{r.rng.randint(7, 22):02d}:{r.pick(['00', '05', '15', '30', '42', '45'])}"),
    "month": _by_lang(MONTHS),
    "weekday": _by_lang(WEEKDAYS),
    "dept": _by_lang(DEPTS),
    "job": _by_lang(JOBS),
    "year": _noise(lambda r: str(r.rng.randint(2009, 2024))),
    "num": _noise(lambda r: str(r.rng.randint(2, 60))),
    "order": _noise(
        lambda r: r.pick(
            [
                f"ORD-{r.digits(7)}",
                f"#{r.digits(6, True)}",
                f"2025-{r.digits(6)}",
                f"BE{r.digits(8)}",
                f"PO-{r.rng.randint(2024, 2026)}-{r.digits(4)}",
                f"SO{r.digits(6)}",
            ]
        )
    ),
    "invoice": _noise(
        lambda r: r.pick(
            [
                f"F{r.rng.randint(2024, 2026)}-{r.digits(4)}",
                f"INV-{r.digits(6)}",
                f"{r.digits(4, True)}/{r.rng.randint(2024, 2026)}",
            ]
        )
    ),
    "ticket": _noise(lambda r: r.pick([f"INC{r.digits(7)}", f"SD-{r.digits(5)}", f"CHG{r.digits(6)}"])),
    "custno": _noise(lambda r: r.pick([f"K{r.digits(6)}", f"CU-{r.digits(5)}", f"{r.digits(7, True)}"])),
    "policy": _noise(lambda r: f"{r.pick(['AV', 'WA', 'PL'])}-{r.digits(8)}"),
    "plate": _noise(
        lambda r: r.pick(
            [
                f"{r.chars('GHJKLNPRSTXZ', 2)}-{r.digits(3, True)}-{r.chars('BDFGHJKLNPRSTXZ', 1)}",
                f"{r.digits(1, True)}-{r.chars('BDFGHJKLNPRSTXZ', 3)}-{r.digits(2)}",
            ]
        )
    ),
    "amount": _noise(_amount),
    "pct": _noise(lambda r: f"{r.rng.randint(2, 35)}%"),
    "version": _noise(_version),
    "winbuild": _noise(lambda r: f"10.0.{r.pick(['19045', '22621', '22631', '26100'])}.{r.rng.randint(1000, 5999)}"),
    "sha": _noise(lambda r: r.chars("0123456789abcdef", 40)),
    "shortsha": _noise(lambda r: r.chars("0123456789abcdef", 7)),
    "digest": _noise(lambda r: r.chars("0123456789abcdef", 64)),
    "uuid": _noise(lambda r: str(__import__("uuid").UUID(int=r.rng.getrandbits(128), version=4))),
    "kvk": _noise(lambda r: r.digits(8, True)),
    "vat": lambda r, v, _i: (None, _vat(r, v)),
    "crn": _noise(lambda r: r.pick([r.digits(8, True), f"SC{r.digits(6)}"])),
    "nonbsn": _noise(_non_bsn),
    "badiban": _noise(_bad_iban),
    "badcard": _noise(_bad_card),
    "ogm": _noise(lambda r: f"+++{r.digits(3)}/{r.digits(4)}/{r.digits(5)}+++"),
    "pcarea": _noise(
        lambda r: r.pick(
            [
                f"{r.rng.randint(10, 99)}xx",
                f"{r.rng.randint(1011, 9899)}",
                f"{r.rng.randint(1000, 9000) // 100 * 100}-{r.rng.randint(1000, 9000) // 100 * 100 + 99}",
            ]
        )
    ),
    "ukarea": _noise(
        lambda r: ", ".join(
            sorted({f"{r.pick(['LS', 'M', 'BS', 'NE', 'SE'])}{r.rng.randint(1, 28)}" for _ in range(4)})
        )
    ),
    "room": _noise(lambda r: f"{r.pick(['A', 'B', 'C'])}{r.rng.randint(1, 4)}.{r.rng.randint(1, 40):02d}"),
    "domain": _noise(_domain),
    "host": _noise(
        lambda r: r.pick(
            ["db-prod-3.internal", "sql-weu.internal", "pg.eu-central-1.rds.amazonaws.com", "mysql.hosting-ams.nl"]
        )
    ),
    "bucket": _noise(lambda r: r.pick(["rapportages-prod", "klant-uploads", "finance-exports"])),
    "acct": _noise(lambda r: r.pick(["stfacturatieprod", "stlogsweu01", "backupsnorthwind"])),
    "nationality": _noise(lambda r: r.pick(["Dutch", "Belgian", "German", "British", "American"])),
    "q": _noise(lambda r: str(r.rng.randint(1, 4))),
    "fingerprint": _noise(lambda r: " ".join(r.chars("0123456789ABCDEF", 4) for _ in range(10))),
    "file": _noise(lambda r: r.pick(["installer-x64.msi", "backup-tool_2.4.1.tar.gz", "drivers-2025.zip"])),
    "port": _noise(lambda r: r.pick(["3000", "8080", "8000", "5000"])),
    "pgver": _noise(lambda r: r.pick(["13.18", "14.15", "15.10", "16.6"])),
    "ghorg": _noise(lambda r: r.pick(["northwind-dev", "polderstroom", "acme-platform"])),
    "ghuser": _noise(lambda r: r.pick(["ci-bot", "deploy-user", "build-agent"])),
    "rand": _noise(lambda r: r.chars(string.ascii_lowercase + string.digits, 5)),
    "plainamount": _noise(lambda r: str(r.rng.randint(100, 20000))),
}


# -- rendering ----------------------------------------------------------------------------------


def render(body: str, row: Row) -> tuple[str, list[dict[str, Any]]]:
    """Fill the slots; the gold spans carry their value (dropped when written) and are checked."""
    parts: list[str] = []
    gold: list[dict[str, Any]] = []
    pos = last = 0
    for m in SLOT.finditer(body):
        literal = body[last : m.start()]
        parts.append(literal)
        pos += len(literal)
        entity_type, value = row.value(m.group(1), m.group(2) or "", m.group(3) or "1")
        if entity_type is not None:
            gold.append({"entity_type": entity_type, "start": pos, "end": pos + len(value), "value": value})
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(body[last:])
    text = "".join(parts)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unfilled slot in {body[:60]!r}")
    for g in gold:
        if text[g["start"] : g["end"]] != g["value"]:
            raise AssertionError(f"gold span {g} does not point at its value")
    return text, gold


def _row_locale(rng: random.Random, lang: str, locales: tuple[str, ...]) -> str:
    if locales:
        return locales[rng.randrange(len(locales))]
    weights = DEFAULT_LOCALES[lang]
    return rng.choices(list(weights), list(weights.values()))[0]


def make_row(template: Any, index: int, seed: int) -> dict[str, Any]:
    key = f"{seed}:{template.name}:{index}"
    locale = _row_locale(random.Random(key + ":locale"), template.lang, template.locales)
    row = Row(key, template.lang, locale, dict(template.people))
    text, gold = render(template.body, row)
    if template.kind == "benign" and gold:
        raise ValueError(f"benign template {template.name} labels {gold[0]['entity_type']}")
    if template.kind == "sensitive" and not gold:
        raise ValueError(f"sensitive template {template.name} labels nothing")
    return {
        "id": f"ho-{template.name}-{index:03d}",
        "lang": template.lang,
        "kind": template.kind,
        "template": template.name,
        "text": text,
        "gold": gold,
        "_locales": sorted({row.locale} | {p.locale for p in row.people.values()}),  # not written
    }


def generate(seed: int = SEED, quick: bool = False) -> list[dict[str, Any]]:
    """All rows with their gold values, shuffled with the seed (a prefix is a fair sample)."""
    from heldout_templates import TEMPLATES

    rows = [make_row(t, i, seed) for t in TEMPLATES for i in range(ROWS["quick" if quick else "full"])]
    random.Random(seed).shuffle(rows)
    return rows


def public(row: dict[str, Any]) -> dict[str, Any]:
    """The row as written (bench/corpus.py's format): gold spans without the inserted values."""
    gold = [{k: g[k] for k in ("entity_type", "start", "end")} for g in row["gold"]]
    return {**{k: v for k, v in row.items() if not k.startswith("_")}, "gold": gold}


def write(rows: list[dict[str, Any]], out: Path) -> None:
    corpus.write(rows, out, public)  # the tuning corpus's writer, with this corpus's row shape


def summary(rows: list[dict[str, Any]]) -> str:
    kinds = Counter(str(r["kind"]) for r in rows)
    langs = Counter(str(r["lang"]) for r in rows)
    types = Counter(str(g["entity_type"]) for r in rows for g in r["gold"])
    return (
        f"{len(rows)} texts ({kinds['sensitive']} sensitive, {kinds['benign']} benign; {langs['nl']} nl, "
        f"{langs['en']} en), {len({r['template'] for r in rows})} templates, "
        f"{sum(len(str(r['text'])) for r in rows):,} characters, {sum(types.values())} labelled values\n"
        "gold spans: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items()))
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one row per template")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, help=f"output file (default: {DEFAULT_OUT.relative_to(HERE.parent)})")
    args = ap.parse_args(argv)
    out = args.out or (QUICK_OUT if args.quick else DEFAULT_OUT)
    rows = generate(args.seed, args.quick)
    write(rows, out)
    print(f"wrote {out}: {summary(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fake but well-formed values for the benchmark corpus: people, contact data, identifiers, secrets.

Every sensitive value is valid the way a real one is (IBAN and BSN check digits, Luhn, numbers
that libphonenumber accepts), so a miss is the engine's, not the corpus's. Look-alikes for the
benign set fail exactly those checks. Everything draws from one `random.Random` per row.
"""

from __future__ import annotations

import base64
import json
import random
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers  # a dependency of presidio-analyzer, so always installed next to the engine
from faker import Faker
from stdnum import iban as stdnum_iban

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"

# Real-looking streets next to Faker's nl_NL ones (which are first names + a suffix).
NL_STREETS = [
    "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Julianastraat", "Hoofdstraat",
    "Prinsengracht", "Keizersgracht", "Wilhelminalaan", "Beatrixlaan", "Nieuwe Binnenweg", "Oudegracht",
    "Lange Voorhout", "Burgemeester de Withstraat", "Van Heenvlietlaan", "Eikenlaan", "Spoorlaan",
    "Zuiderdiep", "Havenkade", "Meander", "Kruisweg", "Laan van Meerdervoort", "Plein 1944",
]  # fmt: skip
NL_CITIES = [
    "Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Almere",
    "Breda", "Nijmegen", "Haarlem", "Arnhem", "Zwolle", "Leiden", "Amersfoort", "Maastricht", "Delft",
]  # fmt: skip
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "King Street"]
GB_PLACES = [("London", "SW1A 1AA"), ("Manchester", "M1 1AE"), ("Leeds", "LS1 4AP"), ("Bristol", "BS1 5TR"),
             ("Birmingham", "B1 1BB"), ("Glasgow", "G1 2FF"), ("Cambridge", "CB2 1TN")]  # fmt: skip
US_STREETS = ["Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Washington Blvd", "Lakeview Road"]
US_PLACES = [("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Denver", "CO", "80202"),
             ("Portland", "OR", "97205"), ("Boston", "MA", "02108"), ("Columbus", "OH", "43215")]  # fmt: skip
FREE_MAIL = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl", "icloud.com"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "yahoo.com", "icloud.com", "hotmail.co.uk"],
}
# Fictional organisations without a surname in them, so a company is never half a PERSON.
COMPANIES = {
    "nl": ["Noordwind Installatietechniek B.V.", "Blauwe Haven Logistiek", "Groenrijk Tuincentra",
           "Polderlicht Energie", "Stadsbouw Midden B.V.", "Duinzicht Zorg", "Rivierland Mobiliteit"],
    "en": ["Northwind Traders Ltd", "Brightwater Analytics", "Greenfield Logistics Inc.", "Silverline Media",
           "Harbourview Capital", "Redwood Health Partners", "Bluepeak Software"],
}  # fmt: skip
COMPANY_DOMAINS = ["noordwind.nl", "blauwehaven.nl", "polderlicht.nl", "brightwater.co.uk", "northwind.com",
                   "greenfield-logistics.com", "bluepeak.io"]  # fmt: skip
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]
BE_BANKS = ["001", "063", "068", "320", "363", "734", "735"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
EN_MONTHS = "January February March April May June July August September October November December".split()


@dataclass(frozen=True)
class Person:
    first: str
    last: str  # with its tussenvoegsel in lower case: "van der Berg"
    locale: str

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def initial(self) -> str:
        return f"{self.first[0]}. {self.last}"

    def surname(self) -> str:
        """The surname on its own; Dutch capitalises the tussenvoegsel then ("mevrouw Van der Berg")."""
        return self.last[0].upper() + self.last[1:]


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


class Fakes:
    """Value makers for one row: Faker for names and words, the row's rng for everything else."""

    def __init__(self, seed: str) -> None:
        self.rng = random.Random(seed)
        self.faker = {}
        for i, loc in enumerate(("nl_NL", "en_GB", "en_US")):
            f = Faker(loc)
            f.seed_instance(f"{seed}:{i}")
            self.faker[loc] = f

    def pick[T](self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    # --- people -------------------------------------------------------------------------------
    def person(self, locale: str) -> Person:
        f = self.faker[locale]
        last = f.last_name()
        if locale == "nl_NL" and self.rng.random() < 0.1:
            last = f"{last}-{f.last_name()}"  # double-barrelled ("Jansen-van Dijk")
        return Person(f.first_name(), last, locale)

    def person_name(self, p: Person) -> str:
        r = self.rng.random()
        if r < 0.72:
            return p.full()
        if r < 0.9:
            return p.initial()
        if p.locale == "en_US":
            return f"{p.first} {self.rng.choice(string.ascii_uppercase)}. {p.last}"
        return f"{p.first[0]}.{self.rng.choice('ABCDEHJKMPRSTW')}. {p.last}"

    def email(self, p: Person | None, lang: str) -> str:
        if p is None:
            p = self.person("nl_NL" if lang == "nl" else "en_GB")
        first, last = ascii_fold(p.first), ascii_fold(p.last).replace(" ", "").replace("'", "")
        local = self.pick(
            [f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}", f"{first}_{last}{self.digits(2)}"]
        )
        domain = self.pick(FREE_MAIL[lang]) if self.rng.random() < 0.6 else self.pick(COMPANY_DOMAINS)
        return f"{local}@{domain}"

    # --- contact data -------------------------------------------------------------------------
    def phone(self, region: str) -> str:
        for _ in range(100):
            text, parse_region = {"NL": self._nl_phone, "GB": self._gb_phone, "US": self._us_phone}[region]()
            if phonenumbers.is_valid_number(phonenumbers.parse(text, parse_region)):
                return text
        raise RuntimeError(f"no valid {region} phone number in 100 tries")

    def _nl_phone(self) -> tuple[str, str]:
        if self.rng.random() < 0.55:  # mobile: 06 + 8 digits
            n = self.pick("12345") + self.digits(7)
            fmt = self.pick(["+31 6 {a}", "06-{a}", "06 {b} {c}", "06{a}", "+31 (0)6 {b} {c}", "+316{a}", "0031 6 {a}"])
            return fmt.format(a=n, b=n[:4], c=n[4:]), "NL"
        area = self.pick(["20", "10", "30", "70", "40", "50", "13", "24", "26", "35", "71", "73"])
        n = self.pick("2345678") + self.digits(6)
        fmt = self.pick(["0{ar}-{n}", "(0{ar}) {n3} {n4}", "0{ar} {n3} {n4}", "+31 {ar} {n3} {n4}", "0031 {ar} {n}",
                         "0{ar} {n3} {n2a} {n2b}"])  # fmt: skip
        return fmt.format(ar=area, n=n, n3=n[:3], n4=n[3:], n2a=n[3:5], n2b=n[5:]), "NL"

    def _gb_phone(self) -> tuple[str, str]:
        if self.rng.random() < 0.5:
            n = self.pick("456789") + self.digits(2) + self.digits(6)  # 07xxx xxxxxx
            return self.pick([f"07{n[:3]} {n[3:]}", f"+44 7{n[:3]} {n[3:]}", f"+44 (0)7{n[:3]} {n[3:]}"]), "GB"
        n = self.pick("378") + self.digits(7)
        return self.pick([f"020 {n[:4]} {n[4:]}", f"+44 20 {n[:4]} {n[4:]}", f"+44 (0)20 {n[:4]} {n[4:]}"]), "GB"

    def _us_phone(self) -> tuple[str, str]:
        area = self.pick(["212", "415", "312", "617", "206", "512", "303", "646"])
        ex, line = self.pick("23456789") + self.digits(2), self.digits(4)
        return self.pick([f"({area}) {ex}-{line}", f"+1 {area}-{ex}-{line}", f"{area}.{ex}.{line}",
                          f"+1 ({area}) {ex} {line}", f"{area}-{ex}-{line}"]), "US"  # fmt: skip

    def address(self, locale: str, full: bool) -> str:
        """A street address; `full` adds the postcode and place. Multi-line in letters is the template's job."""
        rng = self.rng
        if locale == "nl_NL":
            street = self.pick(NL_STREETS) if rng.random() < 0.6 else self.faker[locale].street_name()
            num = str(rng.randint(1, 250)) + (self.pick(["a", "b", "-2", " A", "-III"]) if rng.random() < 0.2 else "")
            line = f"{street} {num}"
            if not full:
                return line
            city = self.pick(NL_CITIES) if rng.random() < 0.7 else self.faker[locale].city()
            pc = f"{rng.randint(1000, 9999)} {self.chars('ABCDEGHJKLMNPRSTVWXZ', 2)}"
            return f"{line}, {pc} {city}" if rng.random() < 0.8 else f"{line}, {pc.replace(' ', '')} {city.upper()}"
        if locale == "en_GB":
            street = self.pick(GB_STREETS) if rng.random() < 0.6 else self.faker[locale].street_name()
            line = f"{rng.randint(1, 300)} {street}"
            city, pc = self.pick(GB_PLACES)
            pc = pc[:-3] + f"{rng.randint(1, 9)}{self.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}"
            return f"{line}, {city} {pc}" if full else line
        street = self.pick(US_STREETS) if rng.random() < 0.6 else self.faker[locale].street_name()
        line = f"{rng.randint(10, 9999)} {street}" + (f", Apt {rng.randint(1, 40)}" if rng.random() < 0.2 else "")
        city, state, zipc = self.pick(US_PLACES)
        return f"{line}, {city}, {state} {zipc}" if full else line

    def dob(self, lang: str) -> str:
        y, m, d = self.rng.randint(1950, 2005), self.rng.randint(1, 12), self.rng.randint(1, 28)
        if lang == "nl":
            return self.pick(
                [f"{d:02d}-{m:02d}-{y}", f"{d} {NL_MONTHS[m - 1]} {y}", f"{d}-{m}-{y}", f"{y}-{m:02d}-{d:02d}"]
            )
        return self.pick([f"{d} {EN_MONTHS[m - 1]} {y}", f"{EN_MONTHS[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}",
                          f"{y}-{m:02d}-{d:02d}"])  # fmt: skip

    def ip(self) -> str:
        r = self.rng.random()
        if r < 0.12:
            groups = ["2a02", self.chars("0123456789abcdef", 4), self.chars("0123456789abcdef", 3), "1f"]
            return ":".join(groups) + "::" + self.chars("0123456789abcdef", 4)
        if r < 0.45:
            return self.pick(
                [
                    f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                    f"192.168.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                    f"172.{self.rng.randint(16, 31)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                ]
            )
        first = self.pick([31, 45, 62, 77, 81, 84, 86, 89, 145, 185, 188, 194, 212, 213, 217])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    # --- identifiers with check digits ---------------------------------------------------------
    def bsn(self, valid: bool = True) -> str:
        """Nine digits; valid ones pass the eleven-test (9*d1 + 8*d2 + ... + 2*d8 - d9 = 0 mod 11)."""
        while True:
            body = self.pick("1234567") + self.digits(7)
            total = sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=True))
            if valid:
                last = total % 11
                if last > 9:
                    continue
            else:
                last = self.pick([d for d in range(10) if (total - d) % 11])
            return body + str(last)

    def bsn_text(self) -> str:
        n = self.bsn()
        return self.pick([n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])

    def iban(self, country: str, valid: bool = True, spaced: bool | None = None) -> str:
        if country == "NL":
            bban = self.pick(NL_BANKS) + self.digits(10)
        elif country == "DE":
            bban = self.digits(18)
        elif country == "BE":
            first = self.pick(BE_BANKS) + self.digits(7)  # stdnum checks the bank code too
            check = int(first) % 97 or 97
            bban = f"{first}{check:02d}"
        else:
            bban = self.pick(GB_BANKS) + self.digits(14)
        check = stdnum_iban.calc_check_digits(f"{country}00{bban}")
        if not valid:  # any other pair in 02..98 differs mod 97, so the check fails
            check = self.pick([f"{i:02d}" for i in range(2, 99) if f"{i:02d}" != check])
        compact = f"{country}{check}{bban}"
        assert stdnum_iban.is_valid(compact) == valid, compact
        if spaced is None:
            spaced = self.rng.random() < 0.6
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if spaced else compact

    def card(self, valid: bool = True) -> str:
        kind = self.pick(["visa", "visa", "mc", "mc2", "amex"])
        prefix, length = {
            "visa": ("4", 16),
            "mc": (str(self.rng.randint(51, 55)), 16),
            "mc2": (str(self.rng.randint(2221, 2720)), 16),
            "amex": (self.pick(["34", "37"]), 15),
        }[kind]
        body = prefix + self.digits(length - len(prefix) - 1)
        check = luhn_check_digit(body)
        number = body + str(check if valid else (check + self.rng.randint(1, 9)) % 10)
        style = self.rng.random()
        if length == 15:
            return f"{number[:4]} {number[4:10]} {number[10:]}" if style < 0.6 else number
        if style < 0.5:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return "-".join(number[i : i + 4] for i in range(0, 16, 4)) if style < 0.7 else number

    # --- secrets (fake, well-shaped) ---------------------------------------------------------
    def secret(self, kind: str) -> str:
        c = self.chars
        match kind:
            case "openai":
                if self.rng.random() < 0.5:
                    return f"sk-proj-{c(B64URL, 64)}T3BlbkFJ{c(B64URL, 64)}"
                return f"sk-proj-{c(ALNUM, 48)}"
            case "anthropic":
                return f"sk-ant-api03-{c(B64URL, 93)}AA"
            case "awsid":
                return "AKIA" + c(string.ascii_uppercase + "234567", 16)
            case "awssecret":
                return c(ALNUM + "/+", 40)
            case "github":
                return "ghp_" + c(ALNUM, 36)
            case "gitlab":
                return "glpat-" + c(ALNUM + "_-", 20)
            case "slack":
                return f"xoxb-{self.digits(12)}-{self.digits(13)}-{c(ALNUM, 24)}"
            case "stripe":
                return "sk_live_" + c(ALNUM, self.pick([24, 99]))
            case "google":
                return "AIza" + c(B64URL, 35)
            case "azurekey":
                return c(B64, 86) + "=="
            case "jwt":
                return self.jwt()
            case "pem":
                return self.pem()
            case "password":
                return self.password()
        raise ValueError(kind)

    def password(self) -> str:
        if self.rng.random() < 0.5:
            word = self.pick(["Zomer", "Winter", "Welkom", "Voorjaar", "Summer", "Autumn", "Dragon", "Sunshine"])
            return f"{word}{self.rng.randint(2019, 2026)}{self.pick('!#$%&*?')}"
        return self.chars(ALNUM + "!#$%&*?", self.rng.randint(12, 24))

    def jwt(self) -> str:
        def b64(obj: dict[str, object] | bytes) -> str:
            raw = obj if isinstance(obj, bytes) else json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

        header = {"alg": self.pick(["HS256", "RS256"]), "typ": "JWT"}
        payload = {"sub": self.digits(8), "iat": 1_700_000_000 + self.rng.randint(0, 10**7), "role": "user"}
        return f"{b64(header)}.{b64(payload)}.{b64(self.rng.randbytes(32))}"

    def pem(self) -> str:
        label = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        body = base64.b64encode(self.rng.randbytes(self.rng.choice([121, 240, 900]))).decode()
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"

    # --- look-alikes and noise (never labelled) ------------------------------------------------
    def non_bsn(self) -> str:
        return self.bsn(valid=False)

    def uuid(self) -> str:
        h = self.chars("0123456789abcdef", 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def hexstr(self, n: int) -> str:
        return self.chars("0123456789abcdef", n)

    def version(self) -> str:
        r = self.rng
        return self.pick([f"{r.randint(0, 5)}.{r.randint(0, 20)}.{r.randint(0, 30)}",
                          f"v{r.randint(1, 4)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
                          f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}",
                          f"10.0.{r.randint(19041, 22631)}.{r.randint(1000, 4000)}"])  # fmt: skip

    def date(self, lang: str) -> str:
        y, m, d = self.rng.randint(2022, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)
        months = NL_MONTHS if lang == "nl" else EN_MONTHS
        return self.pick(
            [f"{d:02d}-{m:02d}-{y}", f"{d} {months[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {months[m - 1]}"]
        )

    def amount(self, lang: str) -> str:
        v = self.rng.randint(5, 25000) + self.rng.randint(0, 99) / 100
        if lang == "nl":
            return "€ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return self.pick(["£", "$", "€"]) + f"{v:,.2f}"


def luhn_check_digit(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return (10 - total % 10) % 10

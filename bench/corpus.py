"""Deterministic generator of the labelled detection corpus (bench/data/corpus.jsonl).

Templates (corpus_templates.py, corpus_benign.py) are texts with `{{field}}` slots; a row is
rendered by concatenation while the offsets of every labelled value are recorded, so the gold
spans are exact by construction (and asserted). Fixed seeds: the same seed and Faker version
give the same corpus byte for byte.

    python bench/corpus.py [--quick] [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus_values import COMPANIES, GB_PLACES, NL_CITIES, US_PLACES, Fakes, Person

SECRET_KINDS = ("openai", "anthropic", "awsid", "awssecret", "github", "gitlab", "slack", "stripe", "google",
                "azurekey", "jwt", "pem", "password")  # fmt: skip
BIG_COMPANIES = ["Philips", "ASML", "Heineken", "Albert Heijn", "Coolblue", "KLM", "Unilever", "Shell", "Adyen",
                 "Booking.com", "Tesla", "Microsoft"]  # fmt: skip
PRODUCTS = ["Microsoft Teams", "Exact Online", "AFAS Profit", "SharePoint", "Salesforce", "Power BI", "TOPdesk",
            "Jira", "Confluence", "Zoom"]  # fmt: skip
HOSTS = ["db-prod-01.cloudhost.net", "pg-main-02.eu-west-1.rds.amazonaws.com", "sql.northwind.com",
         "db.staging.bluepeak.io", "mysql-03.hosting.nl"]  # fmt: skip

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "data" / "corpus.jsonl"
QUICK_OUT = HERE / "data" / "corpus-quick.jsonl"
SEED = 20261129

SLOT = re.compile(r"\{\{([a-z_]+?)(\d*)\}\}")
Body = str | tuple[str, ...] | Callable[[Fakes], str]

# How many rows each template gives (full corpus, --quick).
ROWS = {"sensitive": (11, 2), "benign": (12, 2)}
LONG_SIZES = {"full": (12_000, 30_000, 60_000, 95_000), "quick": (10_000,)}


@dataclass
class RowState:
    """Values of one row, so a slot used twice ({{name}} ... {{name}}) renders the same value."""

    fakes: Fakes
    lang: str
    locale: str  # Faker locale of the row's people and addresses
    region: str  # phone numbering plan of the row
    people: dict[str, Person] = field(default_factory=dict)
    cache: dict[str, tuple[str | None, str]] = field(default_factory=dict)

    def person(self, idx: str) -> Person:
        if idx not in self.people:
            f = self.fakes
            locale = self.locale if idx == "1" or f.rng.random() < 0.8 else f.pick(["nl_NL", "en_GB", "en_US"])
            self.people[idx] = f.person(locale)
        return self.people[idx]

    def value(self, base: str, idx: str) -> tuple[str | None, str]:
        idx = idx or "1"
        key = base + idx
        if key not in self.cache:
            maker = MAKERS.get(base)
            if maker is None:
                raise KeyError(f"unknown slot {{{{{key}}}}}")
            self.cache[key] = maker(self, idx)
        return self.cache[key]


def _iban_country(s: RowState) -> str:
    weights = {"nl": {"NL": 80, "DE": 8, "BE": 12}, "en_GB": {"GB": 60, "NL": 25, "DE": 15}}.get(
        s.lang if s.lang == "nl" else s.locale, {"NL": 50, "GB": 30, "DE": 20}
    )
    return s.fakes.rng.choices(list(weights), list(weights.values()))[0]


def _loc(s: RowState, idx: str) -> str:
    return s.person(idx).locale


def _multiline_address(s: RowState, idx: str) -> str:
    street, _, rest = s.fakes.address(_loc(s, idx), full=True).partition(", ")
    return f"{street}\n{rest}"


def _noise(fn: Callable[[Fakes, str], str]) -> Callable[[RowState, str], tuple[None, str]]:
    return lambda s, _idx: (None, fn(s.fakes, s.lang))


def _secret(kind: str) -> Callable[[RowState, str], tuple[str, str]]:
    return lambda s, _idx: ("SECRET", s.fakes.secret(kind))


def _words(nl: list[str], en: list[str] | None = None) -> Callable[[RowState, str], tuple[None, str]]:
    """Noise drawn from a word list (one per language, or one for both)."""
    return _noise(lambda f, lang: f.pick(nl if lang == "nl" or en is None else en))


def _city(f: Fakes, lang: str) -> str:
    return f.pick(NL_CITIES) if lang == "nl" or f.rng.random() < 0.3 else f.pick([p[0] for p in GB_PLACES + US_PLACES])


# Slot name (without its index) -> maker. Labelled makers return the canonical entity type.
MAKERS: dict[str, Callable[[RowState, str], tuple[str | None, str]]] = {
    # PERSON: the index ties name, first, last and email to one person.
    "name": lambda s, i: ("PERSON", s.fakes.person_name(s.person(i))),
    "fullname": lambda s, i: ("PERSON", s.person(i).full()),
    "first": lambda s, i: ("PERSON", s.person(i).first),
    "last": lambda s, i: ("PERSON", s.person(i).surname()),
    "email": lambda s, i: ("EMAIL_ADDRESS", s.fakes.email(s.person(i), s.lang)),
    "phone": lambda s, i: ("PHONE_NUMBER", s.fakes.phone(s.region if s.fakes.rng.random() < 0.85 else "NL")),
    "nlphone": lambda s, i: ("PHONE_NUMBER", s.fakes.phone("NL")),
    "iban": lambda s, i: ("IBAN_CODE", s.fakes.iban(_iban_country(s))),
    "card": lambda s, i: ("CREDIT_CARD", s.fakes.card()),
    "bsn": lambda s, i: ("NL_BSN", s.fakes.bsn_text()),
    "ip": lambda s, i: ("IP_ADDRESS", s.fakes.ip()),
    "address": lambda s, i: ("LOCATION", s.fakes.address(_loc(s, i), full=True)),
    "addressml": lambda s, i: ("LOCATION", _multiline_address(s, i)),
    "street": lambda s, i: ("LOCATION", s.fakes.address(_loc(s, i), full=False)),
    "dob": lambda s, i: ("DATE_OF_BIRTH", s.fakes.dob(s.lang)),
    **{k: _secret(k) for k in SECRET_KINDS},
    "dbpass": lambda s, i: ("SECRET", s.fakes.chars("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 18)),
    # Unlabelled noise and look-alikes.
    "company": _noise(lambda f, lang: f.pick(COMPANIES[lang])),
    "bigco": _words(BIG_COMPANIES),
    "city": _noise(_city),
    "date": _noise(lambda f, lang: f.date(lang)),
    "time": _noise(lambda f, lang: f"{f.rng.randint(8, 17)}:{f.pick(['00', '15', '30', '45'])}"),
    "order": _noise(
        lambda f, lang: f.pick([f"ORD-2024-{f.digits(6)}", f"#{f.digits(5)}", f"BST{f.digits(7)}", f"SO-{f.digits(5)}"])
    ),
    "invoice": _noise(lambda f, lang: f.pick([f"F2024-{f.digits(5)}", f"INV-{f.digits(5)}", f"2025/{f.digits(4)}"])),
    "ticket": _noise(lambda f, lang: f.pick([f"INC{f.digits(7)}", f"SD-{f.digits(5)}", f"OPS-{f.digits(4)}"])),
    "custno": _noise(lambda f, lang: f"K{f.digits(7)}"),
    "amount": _noise(lambda f, lang: f.amount(lang)),
    "product": _words(PRODUCTS),
    "version": _noise(lambda f, lang: f.version()),
    "uuid": _noise(lambda f, lang: f.uuid()),
    "sha": _noise(lambda f, lang: f.hexstr(40)),
    "digest": _noise(lambda f, lang: f.hexstr(64)),
    "shortsha": _noise(lambda f, lang: f.hexstr(7)),
    "host": _words(HOSTS),
    "dbuser": _words(["app_user", "svc_backend", "readonly", "postgres", "crm"]),
    "dbname": _words(["orders", "crm_prod", "hr", "billing", "analytics"]),
    "dept": _words(
        ["Inkoop", "Finance", "HR", "Klantenservice", "IT-beheer"],
        ["Procurement", "Finance", "HR", "Customer Care", "IT Operations"],
    ),  # fmt: skip
    "job": _words(
        ["projectmanager", "data-analist", "verpleegkundige", "accountmanager", "beleidsmedewerker"],
        ["project manager", "data analyst", "nurse", "account manager", "software engineer"],
    ),  # fmt: skip
    "year": _noise(lambda f, lang: str(f.rng.randint(2012, 2021))),
    "num": _noise(lambda f, lang: str(f.rng.randint(2, 48))),
    "nonbsn": _noise(lambda f, lang: f.non_bsn()),
    "badiban": _noise(lambda f, lang: f.iban(f.pick(["NL", "NL", "DE", "BE", "GB"]), valid=False)),
    "badcard": _noise(lambda f, lang: f.card(valid=False)),
    "kvk": _noise(lambda f, lang: f.digits(8)),
    "vat": _noise(lambda f, lang: f"NL{f.non_bsn()}B0{f.rng.randint(1, 9)}"),
    "pct": _noise(lambda f, lang: f"{f.rng.randint(1, 99)}{',' if lang == 'nl' else '.'}{f.rng.randint(0, 9)}%"),
    "port": _noise(lambda f, lang: f.pick(["5432", "3306", "6379", "8080", "443"])),
}


def render(body: str, state: RowState) -> tuple[str, list[dict[str, Any]]]:
    """Fill the slots of `body`; the gold spans carry the inserted value (dropped when written)."""
    parts: list[str] = []
    gold: list[dict[str, Any]] = []
    pos = last = 0
    for m in SLOT.finditer(body):
        literal = body[last : m.start()]
        parts.append(literal)
        pos += len(literal)
        entity_type, value = state.value(m.group(1), m.group(2))
        if entity_type is not None:
            gold.append({"entity_type": entity_type, "start": pos, "end": pos + len(value), "value": value})
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(body[last:])
    text = "".join(parts)
    if "{{" in text:
        raise ValueError(f"unfilled slot in {body[:60]!r}")
    for g in gold:  # by construction; checked anyway, since every figure rests on it
        if text[g["start"] : g["end"]] != g["value"]:
            raise AssertionError(f"gold span {g} does not point at its value")
    return text, gold


def _row_state(fakes: Fakes, lang: str) -> RowState:
    if lang == "nl":
        return RowState(fakes, lang, "nl_NL", "NL" if fakes.rng.random() < 0.9 else fakes.pick(["GB", "US"]))
    locale = fakes.pick(["en_GB", "en_US"]) if fakes.rng.random() < 0.85 else "nl_NL"
    return RowState(fakes, lang, locale, {"en_GB": "GB", "en_US": "US", "nl_NL": "NL"}[locale])


def make_row(name: str, lang: str, kind: str, body: Body, index: int, seed: int) -> dict[str, Any]:
    fakes = Fakes(f"{seed}:{name}:{index}")
    state = _row_state(fakes, lang)
    if callable(body):
        body = body(fakes)
    elif isinstance(body, tuple):
        body = body[index % len(body)]
    text, gold = render(body, state)
    if kind == "benign" and gold:
        raise ValueError(f"benign template {name} labels {gold[0]['entity_type']}")
    return {"id": f"{name}-{index:03d}", "lang": lang, "kind": kind, "template": name, "text": text, "gold": gold}


def generate(seed: int = SEED, quick: bool = False) -> list[dict[str, Any]]:
    """All rows, gold spans with their values, shuffled (with the seed) so a prefix is a fair sample."""
    from corpus_benign import BENIGN, BENIGN_LONG
    from corpus_templates import SENSITIVE, SENSITIVE_LONG

    rows = []
    for table, kind in ((SENSITIVE, "sensitive"), (BENIGN, "benign")):
        for name, (lang, body) in table.items():
            rows += [make_row(name, lang, kind, body, i, seed) for i in range(ROWS[kind][1 if quick else 0])]
    for long_table, kind in ((SENSITIVE_LONG, "sensitive"), (BENIGN_LONG, "benign")):
        for name, (lang, document) in long_table.items():
            for i, size in enumerate(LONG_SIZES["quick" if quick else "full"]):
                rows.append(make_row(name, lang, kind, document(size), i, seed))
    random.Random(seed).shuffle(rows)
    return rows


def public(row: dict[str, Any]) -> dict[str, Any]:
    """The row as written: gold spans without the inserted values."""
    gold = [{k: g[k] for k in ("entity_type", "start", "end")} for g in row["gold"]]
    return {**row, "gold": gold}


def write(rows: list[dict[str, Any]], out: Path, shape: Callable[[dict[str, Any]], dict[str, Any]] = public) -> None:
    """One JSON line per row as `shape` writes it, replaced atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(shape(row), ensure_ascii=False) + "\n")
    tmp.replace(out)


def summary(rows: list[dict[str, Any]]) -> str:
    kinds = Counter(str(r["kind"]) for r in rows)
    langs = Counter(str(r["lang"]) for r in rows)
    types = Counter(str(g["entity_type"]) for r in rows for g in r["gold"])
    chars = sum(len(str(r["text"])) for r in rows)
    return (
        f"{len(rows)} texts ({kinds['sensitive']} sensitive, {kinds['benign']} benign; {langs['nl']} nl, "
        f"{langs['en']} en), {len({r['template'] for r in rows})} templates, {chars:,} characters\n"
        f"gold spans: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items()))
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a small corpus for smoke runs")
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

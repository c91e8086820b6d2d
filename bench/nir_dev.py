"""A development probe for FR_NIR: Faker's fr_FR ssn() in 15 sentence shapes and 5 notations.

    python bench/nir_dev.py

Written on 2026-12-06 (fifth session) before the engine ran on it; seed 4242. A value counts as
found when FR_NIR findings cover half of it (bench/scoring.py's rule); misses are printed with
the text's start. First run 0.812 (65/80): the compact fifteen digits without a label and "ID"
before a number (read as another number's label) were the misses.
"""

# ruff: noqa: E501  (the shapes are data: one sentence to a line)

from __future__ import annotations

import sys
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_marks import identifier_probe  # noqa: E402


def spaced(s: str) -> str:
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"


def spaced_key(s: str) -> str:
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} / {s[13:]}"


def dotted(s: str) -> str:
    return f"{s[0]}.{s[1:3]}.{s[3:5]}.{s[5:7]}.{s[7:10]}.{s[10:13]}.{s[13:]}"


def compact(s: str) -> str:
    return s


def thirteen_key(s: str) -> str:
    return f"{s[:13]} {s[13:]}"


FORMS = [spaced, spaced_key, dotted, compact, thirteen_key]
TEMPLATES = [
    "Numéro de sécurité sociale : {v}",
    "Voici mon numéro de sécu {v}, merci de mettre à jour le dossier.",
    "Le NIR de Mme Dubois est {v}.",
    "French social security number: {v}",
    "Please register the new hire from our Lyon office, social security no. {v}, start date 1 March.",
    "Kun je de Franse collega aanmelden? Haar sofinummer (Frans) is {v}.",
    "Employee record\nName: Claire Martin\nCountry: France\nNIR: {v}\nRole: analyst",
    "nom;prénom;nir\nMartin;Claire;{v}\nBernard;Luc;{w}",
    "Carte Vitale n° {v} — à joindre au dossier de remboursement.",
    "Pour la mutuelle il faut le numéro INSEE : {v}",
    "Stuur dit door naar HR Parijs: werknemer Julien Petit, {v}, contract per 1 mei.",
    "Patient ID (FR): {v}",
    "Mon numéro de sécurité sociale c'est le {v} si besoin.",
    "Translate to English: 'Mon numéro de sécurité sociale est {v}.'",
    "The payroll file has a row: Dupont, Marie, {v}, 2450 EUR",
]


def main() -> None:
    fake = Faker("fr_FR")
    fake.seed_instance(4242)
    found, total, misses = identifier_probe("FR_NIR", TEMPLATES, FORMS, fake.ssn)
    print(f"FR_NIR probe recall {found}/{total} = {found / total:.3f}")
    for miss in misses:
        print("  miss", miss)


if __name__ == "__main__":
    main()

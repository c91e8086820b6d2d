"""A development probe for FR_NIR: Faker's fr_FR ssn() in 15 sentence shapes and 5 notations.

    python bench/nir_dev.py

Written on 2026-12-06 (fifth session) before the engine ran on it; seed 4242. A value counts as
found when FR_NIR findings cover half of it (bench/scoring.py's rule); misses are printed with
the text's start. First run 0.812 (65/80): the compact fifteen digits without a label and "ID"
before a number (read as another number's label) were the misses.
"""

# ruff: noqa: E501, E702, E401

import sys
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from dlp_proxy.detection.factory import build_detector  # noqa: E402
from dlp_proxy.detection.workers import for_detection  # noqa: E402
from dlp_proxy.policy.loader import load_policy  # noqa: E402

det = build_detector(for_detection(load_policy(str(ROOT / "rules")))).load()
fk = Faker("fr_FR")
fk.seed_instance(4242)


def spaced(s):
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"


def spaced_key(s):
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} / {s[13:]}"


def dotted(s):
    return f"{s[0]}.{s[1:3]}.{s[3:5]}.{s[5:7]}.{s[7:10]}.{s[10:13]}.{s[13:]}"


def compact(s):
    return s


def thirteen_key(s):
    return f"{s[:13]} {s[13:]}"


FORMS = [spaced, spaced_key, dotted, compact, thirteen_key]
T = [
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
found = total = 0
miss = []
for i, t in enumerate(T):
    for f in FORMS:
        v, w = f(fk.ssn()), f(fk.ssn())
        text = t.format(v=v, w=w)
        res = det.scan(text)
        for val in [v, w] if "{w}" in t else [v]:
            s = text.index(val)
            e = s + len(val)
            cov = sum(max(0, min(e, r.end) - max(s, r.start)) for r in res if r.entity_type == "FR_NIR")
            total += 1
            if cov * 2 >= len(val):
                found += 1
            else:
                miss.append(
                    (
                        i,
                        f.__name__,
                        text[:90].replace("\n", " | "),
                        [(r.entity_type, text[r.start : r.end]) for r in res],
                    )
                )
print(f"FR_NIR probe recall {found}/{total} = {found / total:.3f}")
for m in miss:
    print(m)

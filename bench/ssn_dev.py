"""A development probe for US_SSN: Faker's en_US ssn() in 16 sentence shapes and 4 notations.

    python bench/ssn_dev.py

Written on 2026-12-06 (fifth session) before the engine ran on it; seed 5151. A value counts as
found when US_SSN findings cover half of it (bench/scoring.py's rule); misses are printed with the
text's start. First run 0.882 (60/68): a bracketed "(SSN)" after the label, "Social:" alone,
"SSN/TIN" and "of the insured" between label and value.
"""

# ruff: noqa: E501

import sys
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_marks import identifier_probe  # noqa: E402


def dashed(s: str) -> str:
    return s


def spaced(s: str) -> str:
    return s.replace("-", " ")


def plain(s: str) -> str:
    return s.replace("-", "")


def dotted(s: str) -> str:
    return s.replace("-", ".")


FORMS = [dashed, spaced, plain, dotted]
TEMPLATES = [
    "My SSN is {v}.",
    "Social Security Number (SSN): {v}",
    "Can you fill in the W-4 for our new hire? Name: Mark Evans, SSN {v}, filing status single.",
    "Her social security # is {v} — please update the payroll record.",
    "SS#: {v}",
    "Employee: Jennifer Lopez\nDOB: 04/12/1988\nSocial: {v}\nStart date: 2026-01-05",
    "name,ssn,state\nBrian Cole,{v},TX\nAmy Wu,{w},CA",
    "Kun je deze Amerikaanse collega toevoegen? Zijn social security number is {v}.",
    "Het SSN van de Amerikaanse medewerker: {v}",
    "Rewrite this email: 'Hi Tom, I've attached the I-9 form. My social security number is {v} and my address is 12 Oak St.'",
    "soc sec no {v} for the background check",
    "The applicant's SSN ({v}) does not match the IRS records, what should we do?",
    "Taxpayer: Robert King, SSN/TIN {v}, tax year 2025",
    "please verify ssn {v} against the roster",
    '{{"first_name": "Dana", "last_name": "Reed", "ssn": "{v}"}}',
    "Social Security number of the insured: {v}; policy number PN-4471.",
]


def probe(templates: list[str], seed: int) -> None:
    """Faker's en_US SSNs (seeded) in the templates and the four notations: recall and misses."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    found, total, misses = identifier_probe("US_SSN", templates, FORMS, fake.ssn)
    print(f"US_SSN probe recall {found}/{total} = {found / total:.3f}")
    for miss in misses:
        print("  miss", miss)


def main() -> None:
    probe(TEMPLATES, 5151)


if __name__ == "__main__":
    main()

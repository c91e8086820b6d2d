"""A second development probe for US_SSN: Faker's en_US ssn() in 25 new shapes of pasted US HR
and payroll material (W-2 and 1099 boxes, an I-9 section, a benefits form, CSV, TSV and Markdown
exports, JSON, YAML, XML, logfmt, a lower-case chat, a Dutch sentence) and 4 notations.

    python bench/ssn_dev2.py

Written on 2026-12-07 (eleventh session) in one go, before the engine ran on it, by a different
author than the rules; seed 7070. None of bench/ssn_dev.py's shapes is repeated. A value counts as
found when US_SSN findings cover half of it (bench/scoring.py's rule); misses are printed with the
text's start.

First run: 124/128 = 0.969. Misses, all four in the plain notation: "S.S. No. ........" with dot
leaders, the value alone on the line after the sentence naming it, and both values of the table
whose "Social Security Number" column header stands lines above them. Fixed since: 128/128 (labels
"S.S. No.", a label on the line above ending in a colon, tables aligned with spaces).
"""

# ruff: noqa: E501  (the templates are data)

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ssn_dev import probe  # noqa: E402  (the same four notations and scoring)

TEMPLATES = [
    # A W-2 box layout: the value on the line after its box label.
    "Form W-2 Wage and Tax Statement 2025\na Employee's social security number\n{v}\nb Employer identification number (EIN)\n84-1930572\nc Employer's name, address, and ZIP code\nAcme Logistics Inc, 400 Main St, Denver CO 80202\n1 Wages, tips, other compensation 58,240.00\n2 Federal income tax withheld 6,112.45",
    # A 1099 box layout.
    "Form 1099-NEC (2025)\nPAYER'S TIN: 36-4409821 | RECIPIENT'S TIN: {v}\nRECIPIENT'S name: Carlos Mendez\n1 Nonemployee compensation $12,400.00\n4 Federal income tax withheld $0.00",
    # An I-9 section.
    "Form I-9, Section 1. Employee Information and Attestation\nLast Name (Family Name): Harper  First Name (Given Name): Lena  Middle Initial: J\nDate of Birth (mm/dd/yyyy): 03/22/1991  U.S. Social Security Number: {v}\nEmployee's E-mail Address: lena.harper@example.com",
    # A benefits enrollment form with an employee and a dependent.
    "BENEFITS ENROLLMENT FORM — Plan year 2026\nEmployee name: Marcus Bell    Employee SSN#: {v}\nDependent: Ava Bell (spouse)    Dependent SSN#: {w}\nMedical plan: PPO 500    Dental: Basic    Vision: waived",
    # CSV and TSV exports with the column named in the header.
    "employee_id,full_name,Social Security No.,hire_date\nE1043,Paula Grant,{v},2024-07-15\nE1044,Dev Patel,{w},2025-01-06",
    "emp_no\tlast_name\tss_number\tdept\n20417\tMorris\t{v}\tFinance\n20418\tOkafor\t{w}\tIT",
    "LastName;FirstName;SocialSecurityNumber;State\nKim;Jason;{v};WA\nRuiz;Elena;{w};NM",
    "payee_name,taxpayer_id,amount_paid,form\nTom Greenfield,{v},14500.00,1099-NEC\nSarah Lind,{w},3200.00,1099-MISC",
    # A Markdown table.
    "| Name | Department | SSN | Salary |\n|---|---|---|---|\n| Greg Hall | Sales | {v} | 72,000 |\n| Nina Park | Legal | {w} | 98,500 |",
    # JSON, YAML, XML, logfmt.
    '{{"employee": {{"givenName": "Rachel", "familyName": "Stone", "socialSecurityNumber": "{v}", "payGrade": "B3"}}}}',
    'employee:\n  name: Derek Walsh\n  dob: 1979-11-02\n  social_security_no: "{v}"\n  w4_filing_status: married_joint\n  state: OH',
    "<Employee>\n  <Name>Kevin Brooks</Name>\n  <SSN>{v}</SSN>\n  <PayRate>31.50</PayRate>\n</Employee>",
    'level=info msg="payroll record updated" emp_id=88213 ssn={v} state=GA duration_ms=41',
    # A chat message in lower case.
    "hey can u rerun the background check, her ss number is {v} i think i typo'd it last time",
    # A Dutch sentence about an American colleague.
    "Onze Amerikaanse collega in Boston heeft geen BSN, alleen een Social Security-nummer ({v}). Kan de salarisadministratie daarmee verder?",
    # Abbreviated labels.
    "Applicant: Teresa Nguyen, Soc. Sec. # {v}, prior employer Walgreens, available from 1/5.",
    "Claimant ........ Harold P. Jensen\nS.S. No. ........ {v}\nDate of injury .. 09/14/2025",
    "Social Sec.: {v} / Driver's lic. exp. 08/2029 / Emergency contact: Ruth Ames",
    "Re: wage garnishment order — debtor SSN#: {v}, case no. 2025-CV-01822, withhold 25% of disposable earnings.",
    # A note about masking.
    "Note to HR: the pay stub shows the full SSN ({v}) instead of only the last 4. Please mask it before the next run.",
    # The label after the value.
    "{v} (SSN) — Jordan Reyes, please confirm before we file the amended return.",
    # The value alone on a line, the label in the sentence before it.
    "Please find my wife's social security number below, for the dependent coverage:\n\n{v}\n\nThanks, Linda",
    # A table whose label is a column header several lines above the value.
    "Dependents\nName              Relationship   Social Security Number   DOB\n----------------  -------------  -----------------------  ----------\nEmma Carter       Daughter       {v}              2014-05-09\nNoah Carter       Son            (applied for)            2025-12-01\nLiam Carter       Son            {w}              2017-10-21",
    # A pay stub header and a direct-deposit change request.
    "EARNINGS STATEMENT  Period 11/16/2026-11/30/2026\nEmployee: Olivia Grant   ID 55102   SSN: {v}\nGross 3,250.00  Fed W/H 402.18  FICA 248.63  Net 2,301.44",
    "Subject: Direct deposit change\n\nPlease update my record. Employee #4471 / SSN {v} / new routing 021000021, account 334588901.",
]


def main() -> None:
    probe(TEMPLATES, 7070)


if __name__ == "__main__":
    main()

"""Screens for the OCR benchmark's sixth tuning half (tuning6): e-mail addresses in monospaced
print, several a screen, where people meet them in a terminal: a contacts CSV shown with `grep`,
an LDAP directory entry, a mail server's log. Written for the weak spot holdout4's aggregates
named (every e-mail address it missed was in monospaced print), from that description, not from
the held-out screens; the addresses come from the corpus's own maker (bench/corpus_values.py).

`screen_lines` picks the lines and their gold values (every e-mail address on the screen, and
the key in the shell line); the layouts (registered into ocr_render's LAYOUTS on import) draw
each line in the screen's monospaced font with tuning5's line drawer (ocr_set makes their
fields with tuning5's `fields`).
"""

from __future__ import annotations

import random

from corpus_values import Fakes
from ocr_render import LAYOUTS
from ocr_render_tuning5 import draw_lines

LAYOUT_NAMES = ("csvgrep", "ldap", "maillog")
KINDS = ("openai", "github", "awsid", "stripe", "google", "gitlab", "slack")
PEOPLE = 5  # addresses a screen


def screen_lines(layout: str, lang: str, fakes: Fakes, rng: random.Random) -> tuple[list[str], list[tuple[str, str]]]:
    """The screen's lines and its gold values, (entity type, value)."""
    nl = lang == "nl"
    people = [fakes.person(rng.choice(["nl_NL", "en_GB"])) for _ in range(PEOPLE)]
    addresses = [fakes.email(p, "nl" if p.locale == "nl_NL" else "en") for p in people]
    key = fakes.secret(rng.choice(KINDS))
    gold = [("EMAIL_ADDRESS", a) for a in addresses] + [("SECRET", key)]
    if layout == "csvgrep":
        head = "naam;email;afdeling" if nl else "name,email,team"
        sep = ";" if nl else ","
        teams = ("Verkoop", "ICT", "HR", "Finance") if nl else ("Sales", "IT", "HR", "Finance")
        lines = [f"$ grep -i '{people[0].last.split()[-1][:4].lower()}' klanten.csv" if nl
                 else f"$ grep -i '{people[0].last.split()[-1][:4].lower()}' customers.csv", head]  # fmt: skip
        lines += [f"{p.full()}{sep}{a}{sep}{rng.choice(teams)}" for p, a in zip(people[:3], addresses[:3], strict=True)]
        lines += [f"$ echo 'API_KEY={key}' >> .env", f"$ mutt -s 'export' {addresses[3]} < export.csv",
                  f"{'Verzonden naar' if nl else 'Sent to'} {addresses[3]}, cc {addresses[4]}"]  # fmt: skip
    elif layout == "ldap":
        lines = ["$ ldapsearch -x -LLL '(department=finance)' cn mail"]
        for p, a in zip(people[:3], addresses[:3], strict=True):
            uid = a.split("@")[0].lower()
            lines += [f"dn: uid={uid},ou=people,dc=example,dc=nl", f"cn: {p.full()}", f"mail: {a}", ""]
        lines += [f"# token={key}", f"mailForwardingAddress: {addresses[3]}", f"manager: {addresses[4]}"]
    else:  # maillog
        lines = ["$ tail -n 6 /var/log/mail.log"]
        for i, a in enumerate(addresses):
            queue = fakes.hexstr(10).upper()
            status = "sent (250 2.0.0 OK)" if i % 2 == 0 else "deferred (connection timed out)"
            lines.append(f"Dec  4 09:1{i}:0{i} mx1 postfix/smtp[{2100 + i}]: {queue}: to=<{a}>, status={status}")
        lines += [f"$ export SMTP_PASSWORD={key}"]
    return lines, gold


for _name in LAYOUT_NAMES:  # drawn line by line as tuning5's shells are (no panel)
    LAYOUTS[_name] = draw_lines

"""Screens for the OCR benchmark's fifth tuning half (tuning5): several e-mail addresses and API
keys on each screen, where people meet them: a mail client's header block, a `git log` / `git
config` shell, a contact card with a config snippet, a CI log. Written from that description, not
from the held-out screens.

`screen_lines` picks the lines and their gold values (every e-mail address and key on the screen);
the layouts (registered into ocr_render's LAYOUTS on import) draw `Field`s whose value is one line.
"""

from __future__ import annotations

import random

from corpus_values import Fakes, ascii_fold
from ocr_render import LAYOUTS, Canvas, Field, Screen

LAYOUT_NAMES = ("mailhead", "gitlog", "contact", "cilog")
MONO_LAYOUTS = ("gitlog", "cilog")
KINDS = ("openai", "github", "awsid", "stripe", "google", "gitlab", "slack")
DOMAINS = ("gmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "example.nl", "acme.co.uk", "bedrijf.nl")
SUBDOMAINS = ("mail", "eu", "support", "ict", "dev")
TAGS = ("news", "work", "dlp", "2024", "test")
ENV_NAMES = ("GITHUB_TOKEN", "OPENAI_API_KEY", "STRIPE_KEY", "AWS_ACCESS_KEY_ID", "SLACK_TOKEN", "GITLAB_PAT")


def email(fakes: Fakes, rng: random.Random) -> tuple[str, str]:
    """(display name, address): digits, dots, hyphens, underscores, plus-tags and subdomains."""
    p = fakes.person(rng.choice(["nl_NL", "en_GB"]))
    first, last = ascii_fold(p.first).lower(), ascii_fold(p.last).replace(" ", "").replace("'", "").lower()
    local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{rng.randint(1, 99)}",
                        f"{first}-{last}", f"{first}_{last}", f"{first}.{last}+{rng.choice(TAGS)}",
                        f"{last}.{first[0]}{rng.randint(70, 99)}"])  # fmt: skip
    domain = rng.choice(DOMAINS)
    if rng.random() < 0.35:
        domain = f"{rng.choice(SUBDOMAINS)}.{domain}"
    return p.full(), f"{local}@{domain}"


def screen_lines(layout: str, lang: str, fakes: Fakes, rng: random.Random) -> tuple[list[str], list[tuple[str, str]]]:
    """The screen's lines and its gold values, (entity type, value)."""
    nl = lang == "nl"
    people = [email(fakes, rng) for _ in range(4)]
    keys = [fakes.secret(k) for k in rng.sample(KINDS, 3)]
    gold = [("EMAIL_ADDRESS", a) for _, a in people] + [("SECRET", k) for k in keys]
    (n1, a1), (n2, a2), (_, a3), (n4, a4) = people
    sep = rng.choice(["; ", ", "])
    if layout == "mailhead":
        lines = [f"{'Van' if nl else 'From'}: {n1} <{a1}>", f"{'Aan' if nl else 'To'}: {n2} <{a2}>{sep}{a3}",
                 f"CC: {a4}", f"{'Onderwerp' if nl else 'Subject'}: {'Nieuwe sleutels' if nl else 'New keys'}", "",
                 f"{'Hoi' if nl else 'Hi'} {n2.split()[0]},",
                 (f"De nieuwe sleutel is {keys[0]} en de oude ({keys[1]}) vervalt vrijdag." if nl else
                  f"The new key is {keys[0]} and the old one ({keys[1]}) expires on Friday."),
                 f"Token voor staging: {keys[2]}" if nl else f"Staging token: {keys[2]}",
                 (f"Vragen? Mail naar {a3}." if nl else f"Questions? Mail {a3}."),
                 f"mailto:{a4}"]  # fmt: skip
    elif layout == "gitlog":
        lines = ["$ git config user.email", a1, "$ git log -2 --format=full",
                 f"commit {fakes.hexstr(40)}", f"Author: {n2} <{a2}>", f"Commit: {n4} <{a4}>", "",
                 "    Rotate deploy token", f"    Co-authored-by: <{a3}>",
                 f"$ export {rng.choice(ENV_NAMES)}={keys[0]}",
                 f"$ curl -H \"Authorization: Bearer {keys[1]}\" https://api.example.nl/v1",
                 f"$ git config --global credential.token {keys[2]}"]  # fmt: skip
    elif layout == "contact":
        lines = [n1, f"{'E-mail' if nl else 'Email'}: {a1}", f"{'Werk' if nl else 'Work'}: {a2}",
                 f"{'Privé' if nl else 'Home'} ({a3})", f"mailto:{a4}", "",
                 "config.json", "{", f'  "owner": "{a1}",', f'  "api_key": "{keys[0]}",',
                 f'  "notify": ["{a2}", "{a4}"],', "}", "settings.yaml",
                 f'token: "{keys[1]}"', f"fallback_key: '{keys[2]}'"]  # fmt: skip
    else:  # cilog
        lines = [f"[12:0{rng.randint(0, 9)}:14] Step 3/7: deploy", f"+ export {rng.choice(ENV_NAMES)}={keys[0]}",
                 f"+ curl -sS -H 'Authorization: Bearer {keys[1]}' https://ci.example.nl/hook",
                 f"+ echo \"token={keys[2]}\"", f"Triggered by {n1} <{a1}>",
                 f"Notify: {a2}{sep}{a3}", f"Reviewer: {a4}.", "Job succeeded"]  # fmt: skip
    return lines, gold


def draw_lines(c: Canvas, screen: Screen, left: float, top: float, right: float) -> None:
    """Line by line; a contact card and a CI log sit on a panel."""
    t = c.theme
    y = top + 4
    if screen.layout in ("contact", "cilog"):
        c.rect((left - 8, top - 4, right, c.height - 8), t.panel)
    for f in screen.fields:
        if not f.value:
            y += c.px * 1.0
            continue
        y = c.text(left, y, f.value, right - 8) + 2
        if y > c.height - 10:
            break


for _name in LAYOUT_NAMES:
    LAYOUTS[_name] = draw_lines


def fields(lines: list[str]) -> tuple[Field, ...]:
    return tuple(Field("", line, None) for line in lines)

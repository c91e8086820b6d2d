"""The OCR benchmark's screenshot set, generated deterministically (seeded), never stored.

Halves, scored apart:
  * tuning (seed 20): an error dialog, a chat window, a spreadsheet-like table;
  * tuning2 (seed 21): the same layouts, new values (more misses to learn from);
  * tuning3 (seed 22): a `.env` file in a code editor (mono), a letter page, notification toasts,
    in dark and low-contrast themes at 11-13 px (bench/ocr_render_more.py);
  * held-out (seed 2020): an e-mail client, a web form, a terminal, with other label wording.
    Never tuned on: its figures are the ones to quote;
  * holdout2 (seed 2021): the held-out layouts and labels with a new seed, never run before
    the end of the work it measures;
  * tuning4 (seed 23): a settings page of bordered input boxes, a small-print API key list
    (11-12 px, every vendor's keys), a wide admin table, a command-line session in mono
    (bench/ocr_render_tuning4.py: written for the weak spots holdout2's figures named);
  * holdout3 (seed 2022): the held-out layouts and labels with a new seed, never run before
    the end of the work it measures;
  * tuning5 (seed 24): several e-mail addresses and API keys per screen (a mail header block, a
    git shell, a contact card with a config snippet, a CI log; bench/ocr_render_tuning5.py); its
    gold is every e-mail address and key on the screen;
  * holdout4 (seeds 2023, 2024, 2025 in one half, 144 images, 108 values per type): the held-out
    layouts and labels, never run before the end of the work it measures;
  * tuning6 (seeds 26, 27): five e-mail addresses and a key a screen in monospaced print (a
    contacts CSV shown with grep, an LDAP entry, a mail log; bench/ocr_render_tuning6.py),
    written for holdout4's weak spot (its missed addresses were all in monospaced print);
  * holdout5 (seeds 2026, 2027, 2028, 144 images): the held-out layouts and labels with new
    seeds, never run before the end of the work it measures.
Each half crosses its three layouts (tuning4: four, 48 screenshots) with three screens (1280x800 and 1920x1080 at 1x, a
390x844 phone at 3x), light and dark themes, Dutch and English: 36 screenshots, each holding a
name, an e-mail address, a phone number, an IBAN, a BSN and an API key (valid check digits, from
bench/corpus_values.py), in a font drawn from DejaVu Sans/Serif/Mono and Liberation Sans/Serif/
Mono (mono in the terminal) at 11-16 CSS px. Plus 12 text-free images per half (photo-like,
diagram, noise, shapes at each screen size).

    .venv/bin/python bench/ocr_set.py [--half tuning|tuning2|tuning3|tuning4] [--save DIR]   # PNGs to look at
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_values import Fakes  # noqa: E402  (bench/ is a folder of scripts, not a package)
from ocr_render import MONO, Field, Screen, available_fonts, render, textless  # noqa: E402
from ocr_render_more import EDITOR_MONO  # noqa: E402  (registers the tuning3 layouts and theme)
from ocr_render_tuning4 import KEY_PX  # noqa: E402  (registers the tuning4 layouts)
from ocr_render_tuning4 import fields as tuning4_fields  # noqa: E402
from ocr_render_tuning5 import MONO_LAYOUTS as TUNING5_MONO  # noqa: E402  (registers the tuning5 layouts)
from ocr_render_tuning5 import fields as tuning5_fields  # noqa: E402
from ocr_render_tuning5 import screen_lines as tuning5_lines  # noqa: E402
from ocr_render_tuning6 import screen_lines as tuning6_lines  # noqa: E402  (registers the tuning6 layouts)

# tuning2/tuning3 and holdout2 were added after tuning and holdout had been run: those two keep
# their seeds and images. holdout2 is the held-out layouts with a new seed, run once at the end.
SEEDS = {"tuning": 20, "holdout": 2020, "tuning2": 21, "tuning3": 22, "holdout2": 2021, "tuning4": 23, "holdout3": 2022,
         "tuning5": 24, "holdout4": 2023, "tuning6": 26, "holdout5": 2026}  # fmt: skip
# A half over several seeds, one after the other (holdout4: 108 values per type, not 36).
HALF_SEEDS = {"holdout4": (2023, 2024, 2025), "tuning6": (26, 27), "holdout5": (2026, 2027, 2028)}
LAYOUTS = {
    "tuning": ("dialog", "chat", "table"),
    "holdout": ("mail", "form", "terminal"),
    "tuning2": ("dialog", "chat", "table"),
    "tuning3": ("editor", "letter", "toast"),
    "holdout2": ("mail", "form", "terminal"),
    "tuning4": ("settings", "keys", "admin", "cli"),
    "holdout3": ("mail", "form", "terminal"),
    "tuning5": ("mailhead", "gitlog", "contact", "cilog"),
    "holdout4": ("mail", "form", "terminal"),
    "tuning6": ("csvgrep", "ldap", "maillog"),
    "holdout5": ("mail", "form", "terminal"),
}
# The halves whose misses may be read and tuned on.
TUNING = ("tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6")
SIZES = {"1280x800": (1280, 800, 1), "1920x1080": (1920, 1080, 1), "phone-390x844@3x": (390, 844, 3)}
THEME_NAMES = ("light", "dark")
HALF_THEMES = {"tuning3": ("dark", "lowcontrast")}  # else THEME_NAMES
HALF_PX = {"tuning3": (11, 13)}  # small text; else 11-16
LANGS = ("nl", "en")
TEXTLESS = ("photo", "diagram", "noise", "shapes")
TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "NL_BSN", "SECRET")
SECRET_KINDS = ("openai", "github", "awsid", "stripe", "google", "gitlab", "slack")
# Labels per half and language, in TYPES order (the held-out half words them differently).
LABELS = {
    ("tuning", "nl"): ("Naam", "E-mail", "Telefoon", "IBAN", "BSN", "API-sleutel"),
    ("tuning", "en"): ("Name", "Email", "Phone", "IBAN", "BSN", "API key"),
    ("holdout", "nl"): ("Klantnaam", "E-mailadres", "Mobiel", "Bankrekening", "Burgerservicenummer", "Token"),
    ("holdout", "en"): ("Customer", "E-mail address", "Mobile", "Bank account", "Dutch BSN", "Access token"),
    ("tuning3", "nl"): ("Behandeld door", "Reacties naar", "Bel ons op", "Wij storten op", "Uw BSN", "Sleutel"),
    ("tuning3", "en"): ("Handled by", "Replies to", "Call us on", "We pay into", "Your BSN", "Key"),
    ("tuning4", "nl"): (
        "Weergavenaam",
        "Contact-e-mail",
        "Telefoonnummer",
        "Uitbetaalrekening",
        "BSN-nummer",
        "Geheime sleutel",
    ),
    ("tuning4", "en"): (
        "Display name",
        "Contact email",
        "Phone number",
        "Payout account",
        "Citizen service number",
        "Secret key",
    ),
}
LABELS[("tuning2", "nl")], LABELS[("tuning2", "en")] = LABELS[("tuning", "nl")], LABELS[("tuning", "en")]
LABELS[("holdout2", "nl")], LABELS[("holdout2", "en")] = LABELS[("holdout", "nl")], LABELS[("holdout", "en")]
LABELS[("holdout3", "nl")], LABELS[("holdout3", "en")] = LABELS[("holdout", "nl")], LABELS[("holdout", "en")]
LABELS[("holdout4", "nl")], LABELS[("holdout4", "en")] = LABELS[("holdout", "nl")], LABELS[("holdout", "en")]
LABELS[("holdout5", "nl")], LABELS[("holdout5", "en")] = LABELS[("holdout", "nl")], LABELS[("holdout", "en")]
LABELS[("tuning5", "nl")], LABELS[("tuning5", "en")] = LABELS[("tuning", "nl")], LABELS[("tuning", "en")]  # unused
LABELS[("tuning6", "nl")], LABELS[("tuning6", "en")] = LABELS[("tuning", "nl")], LABELS[("tuning", "en")]  # unused
# A `.env` file's keys in the editor layout (tuning3), in TYPES order.
ENV_KEYS = ("# owner: ", "CONTACT_EMAIL=", "SUPPORT_PHONE=", "PAYOUT_IBAN=", "OWNER_BSN=", "API_KEY=")
# Chat messages: the words before each value, per language (tuning's chat layout).
CHAT = {
    "nl": ("Kun je een brief opstellen voor", "Stuur het daarna naar", "Ze is bereikbaar op",
           "De terugbetaling gaat naar rekening", "Haar BSN is", "De koppeling gebruikt sleutel"),
    "en": ("Can you draft a letter for", "Then send it to", "She can be reached on",
           "The refund goes to account", "Her BSN is", "The integration uses key"),
}  # fmt: skip
TITLES = {
    "nl": ("Fout bij opslaan", "Klantportaal", "Nieuw bericht", "Aanvraag wijzigen", "Servicedesk"),
    "en": ("Error while saving", "Customer portal", "New message", "Change request", "Service desk"),
}
CHROME = {
    "nl": ("Overzicht", "Dossiers", "Berichten", "Instellingen", "Rapportages", "Typ een bericht..."),
    "en": ("Overview", "Cases", "Messages", "Settings", "Reports", "Type a message..."),
}
FILLER = {
    "nl": ("De wijziging kon niet worden opgeslagen. Probeer het later opnieuw.", "Laatst bijgewerkt: gisteren"),
    "en": ("The change could not be saved. Please try again later.", "Last updated: yesterday"),
}


@dataclass(frozen=True)
class Gold:
    entity_type: str
    value: str


@dataclass(frozen=True)
class Shot:
    id: str
    half: str
    kind: str  # "text" or "textless"
    layout: str  # or the text-free kind
    size: str
    font: str
    px: int
    theme: str
    lang: str
    gold: tuple[Gold, ...]
    screen: Screen | None  # None for a text-free image
    seed: int

    def png(self) -> bytes:
        """The image, rendered now (the set is never stored)."""
        if self.screen is not None:
            return render(self.screen)
        width, height, scale = SIZES[self.size]
        return textless(self.layout, width * scale, height * scale, random.Random(self.seed))


def _values(fakes: Fakes, lang: str) -> list[str]:
    person = fakes.person("nl_NL" if lang == "nl" else "en_GB")
    region = "NL" if lang == "nl" or fakes.rng.random() < 0.5 else "GB"
    return [
        person.full(),
        fakes.email(person, lang),
        fakes.phone(region),
        fakes.iban(fakes.pick(["NL", "NL", "BE", "DE", "GB"])),
        fakes.bsn_text(),
        fakes.secret(fakes.pick(SECRET_KINDS)),
    ]


def _fields(half: str, layout: str, lang: str, values: list[str]) -> tuple[Field, ...]:
    labels = CHAT[lang] if layout == "chat" else ENV_KEYS if layout == "editor" else LABELS[(half, lang)]
    found = [Field(label, value, t) for label, value, t in zip(labels, values, TYPES, strict=True)]
    first, last = FILLER[lang]
    if layout == "editor":
        return (Field("", "APP_ENV=production", None), *found, Field("", "LOG_LEVEL=info", None))
    if layout == "dialog":
        return (Field("", first, None), *found, Field("", last, None))
    if layout == "terminal":
        env = {"SECRET": "export API_TOKEN=", "EMAIL_ADDRESS": "git config user.email "}
        lines = [Field(env.get(f.entity_type or "", f"$ echo {f.label}: "), f.value, f.entity_type) for f in found]
        return (Field("$ ", "./sync-klanten.sh --dry-run", None), *lines, Field("", last, None))
    if layout == "mail":  # From (name + address), To, Subject; then the body
        sender = Field("Van" if lang == "nl" else "From", f"{values[0]} <{values[1]}>", None)
        body = [f for f in found[2:]]
        return (sender, Field("Aan" if lang == "nl" else "To", "servicedesk@voorbeeld.nl", None),
                Field("Onderwerp" if lang == "nl" else "Subject", first, None), *found[:2], *body)  # fmt: skip
    return (*found, Field("", last, None))


def generate(half: str, quick: bool = False, seeds: tuple[int, ...] = ()) -> list[Shot]:
    """The half's shots, the same every run: text screenshots then text-free images. `seeds`: a
    check draw of a tuning half's layouts with other seeds (never a held-out half's)."""
    if seeds and (half not in TUNING or set(seeds) & {s for h in SEEDS for s in HALF_SEEDS.get(h, (SEEDS[h],))}):
        raise ValueError("a check draw is of a tuning half, with seeds no half uses")
    shots: list[Shot] = []
    for seed in seeds or HALF_SEEDS.get(half, (SEEDS[half],)):
        _generate_seed(half, seed, shots)
    if quick:  # every layout and text-free kind, fewer screens
        shots = [s for s in shots if s.kind == "textless" and s.size == "1280x800"] + [
            s for i, s in enumerate(shots) if s.kind == "text" and i % 6 == 0
        ]
    return shots


def _generate_seed(half: str, seed: int, shots: list[Shot]) -> None:
    """One seed's text screenshots then text-free images, appended to `shots` (ids run on)."""
    rng = random.Random(seed)
    fonts = [f for f in available_fonts() if f != MONO]
    for layout in LAYOUTS[half]:
        for size, (width, height, scale) in SIZES.items():
            for theme in HALF_THEMES.get(half, THEME_NAMES):
                for lang in LANGS:
                    n = len(shots)
                    fakes = Fakes(f"ocr:{half}:{seed}:{n}")
                    values = _values(fakes, lang)
                    font = MONO if layout == "terminal" else rng.choice(fonts)
                    if layout == "editor":
                        font = rng.choice([f for f in EDITOR_MONO if f in available_fonts()])
                    px = rng.randint(*HALF_PX.get(half, (11, 16)))
                    title = rng.choice(TITLES[lang])
                    if layout in ("keys", "cli"):  # tuning4: small print; mono in the shell
                        font = rng.choice(available_fonts() if layout == "keys" else EDITOR_MONO)
                        px = rng.randint(*KEY_PX) if layout == "keys" else px
                    fields = _fields(half, layout, lang, values)
                    if half == "tuning4":
                        extra = [(k, fakes.secret(k)) for k in rng.sample(SECRET_KINDS, 2)]
                        fields = tuning4_fields(layout, LABELS[(half, lang)], values, extra, FILLER[lang][1])
                    gold = tuple(Gold(t, v) for t, v in zip(TYPES, values, strict=True))
                    if half == "tuning5":  # several e-mail addresses and keys: those are the gold
                        font = rng.choice(EDITOR_MONO) if layout in TUNING5_MONO else font
                        lines, pairs = tuning5_lines(layout, lang, fakes, rng)
                        fields, gold = tuning5_fields(lines), tuple(Gold(t, v) for t, v in pairs)
                    if half == "tuning6":  # e-mail addresses in monospaced print, five a screen
                        font = rng.choice(EDITOR_MONO)
                        lines, pairs = tuning6_lines(layout, lang, fakes, rng)
                        fields, gold = tuning5_fields(lines), tuple(Gold(t, v) for t, v in pairs)
                    screen = Screen(layout, width, height, scale, font, px, theme, title, CHROME[lang], fields)
                    shots.append(Shot(f"{half}-{n:03d}", half, "text", layout, size, font, px, theme, lang, gold,
                                      screen, seed * 1000 + n))  # fmt: skip
    for kind in TEXTLESS:
        for size in SIZES:
            n = len(shots)
            shots.append(
                Shot(f"{half}-{n:03d}", half, "textless", kind, size, "", 0, "", "", (), None, seed * 1000 + n)
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=sorted(SEEDS), default="tuning")
    parser.add_argument("--save", type=Path, required=True, help="folder to write the PNGs to")
    args = parser.parse_args()
    args.save.mkdir(parents=True, exist_ok=True)
    for shot in generate(args.half):
        (args.save / f"{shot.id}-{shot.layout}-{shot.size}-{shot.theme}.png").write_bytes(shot.png())
    print(f"{args.save}: {len(generate(args.half))} images")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

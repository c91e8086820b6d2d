"""A grid probe for the SECRET rules: every credential key name in every file format and language
people paste config in, with several kinds of value; recall per format, per key and per value kind.

    python bench/secret_grid.py [--misses] [--seed N]

Written on 2026-12-06 (third session) before the engine ran on it. Each cell is one short prompt:
a sentence around one line (or a few lines) of config that gives KEY the VALUE in FORMAT. The
benign grid puts the same formats around keys that name no credential ("api_url", "token_count",
"password_min_length") and around credential keys whose value is a reference, not a secret
("${DB_PASSWORD}", "os.environ['API_KEY']"): those must produce no SECRET finding. Values are
drawn at random with the seed, so no real credential is in here. A development probe: it is
scored on whether the value is covered, not on placeholders (bench/secret_dev*.py do those).
"""

# ruff: noqa: E501  (the grid is data: one cell shape to a line)
from __future__ import annotations

import argparse
import random
import string
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_marks import detector as dev_detector  # noqa: E402

KEYS = (
    "DB_PASSWORD", "db_password", "dbPassword", "PGPASSWORD", "smtp_pass", "admin_pwd", "REDIS_PASS",
    "API_KEY", "api_key", "apiKey", "x-api-key", "STRIPE_SECRET", "client_secret", "clientSecret",
    "JWT_SECRET", "session_secret", "SECRET_KEY", "secretKey", "AUTH_TOKEN", "auth_token", "accessToken",
    "refresh_token", "GITHUB_TOKEN", "access_key", "private_key", "encryption_key", "signing_key",
    "master_key", "license_key", "webhook_secret", "app_secret", "consumer_secret", "wachtwoord",
    "api_sleutel", "geheime_sleutel",
)  # fmt: skip
NOT_SECRET_KEYS = (
    "api_url", "token_count", "password_min_length", "key_id_format", "secret_name", "public_key_path",
    "max_tokens", "sort_key", "cache_key", "password_policy", "token_endpoint", "primary_key",
)  # fmt: skip
REFERENCES = (
    "${DB_PASSWORD}",
    "os.environ['API_KEY']",
    "process.env.API_KEY",
    "{{ .Values.secret }}",
    "$(cat /run/secrets/db)",
)

FORMATS = {
    "env": "{k}={v}",
    "env_quoted": '{k}="{v}"',
    "export": "export {k}={v}",
    "yaml": "{k}: {v}",
    "yaml_quoted": '{k}: "{v}"',
    "yaml_nested": "app:\n  settings:\n    {k}: {v}",
    "json": '{{"{k}": "{v}", "region": "eu-west-1"}}',
    "toml": '{k} = "{v}"',
    "ini": "[main]\n{k} = {v}",
    "python": '{k} = "{v}"',
    "js": "const {k} = '{v}';",
    "js_object": "const config = {{ {k}: '{v}', debug: false }};",
    "go": '{k} := "{v}"',
    "java": 'private static final String {k} = "{v}";',
    "csharp": 'var {k} = "{v}";',
    "php": "'{k}' => '{v}',",
    "ruby": "{k} = '{v}'",
    "xml_attr": '<setting name="{k}" value="{v}" />',
    "xml_elem": "<{k}>{v}</{k}>",
    "hcl": '{k} = "{v}"',
    "k8s_env": '- name: {k}\n  value: "{v}"',
    "compose": "environment:\n  - {k}={v}",
    "dockerfile": "ENV {k}={v}",
    "powershell": '$env:{k} = "{v}"',
    "cmd": "set {k}={v}",
    "query": "GET https://api.example.com/v1/items?{k}={v}&page=2",
    "header": "{k}: {v}",
    "cli_flag": "./deploy.sh --{k}={v}",
}
# Prose: a key phrase, a link and the value, in Dutch and English (the --prose grid).
PROSE_KEYS = (
    "het wachtwoord", "mijn wachtwoord", "het nieuwe wachtwoord", "het admin-wachtwoord", "de API-sleutel",
    "mijn API key", "de sleutel", "de geheime sleutel", "het token", "mijn toegangstoken", "de client secret",
    "the password", "my password", "the new password", "the admin password", "the API key", "my API key",
    "the key", "the secret key", "the token", "my access token", "the client secret", "the secret",
    "our GitHub token", "het root-wachtwoord", "the bearer token",
)  # fmt: skip
PROSE_LINKS = (
    "{k} is {v}", "{k}: {v}", "{k} = {v}", "{k} is nu {v}", "{k} is still {v}", "{k} luidt {v}",
    "Hier is {k}: {v}", "Here is {k}: {v}", "{k} staat hieronder:\n{v}", "{k} is below:\n{v}",
    "Gebruik {k} {v} voor de koppeling.", "Use {k} {v} for the integration.", "{k} (geldig tot vrijdag): {v}",
    "{k} -> {v}", "{k} is '{v}'", '{k} is "{v}"',
)  # fmt: skip
# Prose that names a credential without giving one: none of these may be a SECRET finding.
PROSE_BENIGN = (
    "Het wachtwoord is verlopen, hoe reset ik het?", "The API key is invalid according to the logs.",
    "The token -> expired after an hour.", "Use the API key header for the integration.",
    "The secret key is stored in Vault.", "Het token staat hieronder: zie de bijlage.",
    "Map each key -> value in the dictionary.", "API key: see 1Password.", "The client secret (geldig tot vrijdag): opvragen bij IT",
    "Mijn wachtwoord is below the minimum length.", "De sleutel -> kluis in de gang.", "Gebruik de API-sleutel uit de kluis voor de koppeling.",
    "Use the access token endpoint for the integration.", "The token count for gpt-4o: 128000", "het admin-wachtwoord is sterk genoeg",
    "The password is hunter2-style weak, right?", "The bearer token -> Authorization header, correct?",
    "Het wachtwoord staat hieronder:\n(zie het ticket)", "Here is the API key:\nask the team lead", "The key => the primary key of the table",
    "mijn toegangstoken is ongeldig", "the secret is out", "Gebruik the key F5 to refresh.", "The API key Rotation2024 policy applies.",
)  # fmt: skip
INTROS = (
    "Waarom werkt dit niet?\n{c}",
    "Can you review this config?\n\n{c}\n\nThanks!",
    "{c}\nLeg uit wat deze regel doet.",
    "Hier is mijn instelling:\n```\n{c}\n```",
)


def values(rng: random.Random) -> dict[str, str]:
    alnum = string.ascii_letters + string.digits
    return {
        "random32": "".join(rng.choice(alnum) for _ in range(32)),
        "hex40": "".join(rng.choice("0123456789abcdef") for _ in range(40)),
        "b64": "".join(rng.choice(alnum + "+/") for _ in range(42)) + "==",
        "password": rng.choice(["Zomer", "Welkom", "Lente", "Winter", "Spring", "Autumn"]) + str(rng.randint(1000, 9999)) + rng.choice("!#$%"),
        "symbols": "".join(rng.choice(alnum + "!@#%^*-_") for _ in range(20)),
    }  # fmt: skip


def covered(findings: list[tuple[int, int]], start: int, end: int) -> bool:
    hit = sum(max(0, min(e, end) - max(s, start)) for s, e in findings)
    return hit * 2 >= end - start


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list missed cells and benign findings")
    ap.add_argument("--seed", type=int, default=6120)
    ap.add_argument("--prose", action="store_true", help="the prose grid: key phrases and links in sentences")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    detector = dev_detector()
    if args.prose:
        return prose_grid(detector, rng, args.misses)
    by_format: Counter[str] = Counter()
    by_key: Counter[str] = Counter()
    by_value: Counter[str] = Counter()
    totals: dict[str, Counter[str]] = {"format": Counter(), "key": Counter(), "value": Counter()}
    misses: list[str] = []
    for fmt, shape in FORMATS.items():
        for key in KEYS:
            kind, value = rng.choice(sorted(values(rng).items()))
            config = shape.format(k=key, v=value)
            text = rng.choice(INTROS).format(c=config)
            start = text.index(value)
            spans = [
                (f.start, f.end) for f in detector.scan(text, None) if f.entity_type in ("SECRET", "SECRET_PLACEHOLDER")
            ]
            ok = covered(spans, start, start + len(value))
            for name, counter, label in (("format", by_format, fmt), ("key", by_key, key), ("value", by_value, kind)):
                totals[name][label] += 1
                counter[label] += ok
            if not ok:
                misses.append(f"  miss [{fmt} / {key} / {kind}] {config!r}")
    benign: list[str] = []
    n_benign = 0
    for fmt, shape in FORMATS.items():
        for key in NOT_SECRET_KEYS:
            value = rng.choice(
                ["https://api.example.com/v2", "4096", "12", "orders-by-date", "/etc/keys/pub.pem", "id-{n}"]
            )
            quoted = "'{v}'" in shape or '"{v}"' in shape  # a reference in quotes is a string literal
            pairs = [(key, value)] + ([] if quoted else [(rng.choice(KEYS), rng.choice(REFERENCES))])
            for k, v in pairs:
                text = rng.choice(INTROS).format(c=shape.format(k=k, v=v))
                n_benign += 1
                found = [text[f.start : f.end] for f in detector.scan(text, None) if f.entity_type == "SECRET"]
                if found:
                    benign.append(f"  benign [{fmt}] {found} in {shape.format(k=k, v=v)!r}")
    hits, total = sum(by_format.values()), sum(totals["format"].values())
    print(f"SECRET recall {hits / total:.3f} ({hits}/{total})")
    for name, counter in (("format", by_format), ("value", by_value), ("key", by_key)):
        weak = sorted((counter[label] / n, label, counter[label], n) for label, n in totals[name].items())
        short = ", ".join(f"{label} {h}/{n}" for r, label, h, n in weak if r < 1.0)
        print(f"  by {name}: {short or 'all found'}")
    print(f"benign cells with a SECRET finding: {len(benign)}/{n_benign}")
    if args.misses:
        print("\n".join(misses + benign))
    return 0


def prose_grid(detector: object, rng: random.Random, show: bool) -> int:
    """Every key phrase with every link, one random value kind each: recall per link and per phrase."""
    by_link: Counter[str] = Counter()
    by_key: Counter[str] = Counter()
    misses = []
    total = 0
    for link in PROSE_LINKS:
        for key in PROSE_KEYS:
            kind, value = rng.choice(sorted(values(rng).items()))
            sentence = link.format(k=key, v=value)
            text = sentence[0].upper() + sentence[1:]
            start = text.index(value)
            spans = [(f.start, f.end) for f in detector.scan(text, None) if f.entity_type == "SECRET"]  # type: ignore[attr-defined]
            ok = covered(spans, start, start + len(value))
            total += 1
            by_link[link] += ok
            by_key[key] += ok
            if not ok:
                misses.append(f"  miss [{kind}] {text!r}")
    hits = sum(by_link.values())
    print(f"SECRET recall in prose {hits / total:.3f} ({hits}/{total})")
    benign = [
        (t, [t[f.start : f.end] for f in detector.scan(t, None) if f.entity_type == "SECRET"]) for t in PROSE_BENIGN
    ]  # type: ignore[attr-defined]
    flagged = [f"  benign {found} in {t!r}" for t, found in benign if found]
    print(f"benign sentences with a SECRET finding: {len(flagged)}/{len(PROSE_BENIGN)}")
    misses += flagged
    print(
        "  links short of all: "
        + (", ".join(f"{k!r} {n}/{len(PROSE_KEYS)}" for k, n in by_link.items() if n < len(PROSE_KEYS)) or "none")
    )
    print(
        "  phrases short of all: "
        + (", ".join(f"{k!r} {n}/{len(PROSE_LINKS)}" for k, n in by_key.items() if n < len(PROSE_LINKS)) or "none")
    )
    if show:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())

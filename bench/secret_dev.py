"""A small development set for the SECRET rules: recall per kind of secret, and benign look-alikes.

    python bench/secret_dev.py [--misses]

The prompts below were written for this set (Dutch and English: a developer pasting config, a
log, a curl command, an e-mail with a temporary password, a .env, docker-compose, a Kubernetes
secret, code). Key bodies are drawn at random in each vendor's alphabet with a fixed seed, so
no real credential is in here. A secret is marked [[kind:value]] in the text; the marks are
removed before scanning. Kinds: vendor (a vendor-prefixed key), aws, assign (a key = value in
config or code), header (HTTP headers), url (credentials in a connection string or URL), cli
(a command-line flag), prose (a password or key stated in a sentence), keyword (a random token a
key word points at) and placeholder (a documentation stand-in, to be SECRET_PLACEHOLDER). A gold
span counts as found when findings of its entity type cover at least half of its characters
(bench/scoring.py's rule). The benign texts must produce no SECRET or SECRET_PLACEHOLDER finding.
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)
from __future__ import annotations

import argparse
import base64
import random
import re
import sys
import time
from typing import Any

from dev_marks import covered, parse
from dev_marks import detector as dev_detector

MARK = re.compile(r"\[\[(?P<kind>\w+):(?P<value>.+?)\]\]", re.S)
KINDS = ("vendor", "aws", "assign", "header", "url", "cli", "prose", "keyword", "placeholder")
_RNG = random.Random(20261205)
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = B62 + "+/"
URL64 = B62 + "-_"
HEX = "0123456789abcdef"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def r(alphabet: str, n: int) -> str:
    """n characters drawn from the alphabet (seeded: the set is the same on every run)."""
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def jwt() -> str:
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(b'{"sub":"' + r(HEX, 12).encode() + b'","iat":1733400000}').decode().rstrip("=")
    return f"{header}.{body}.{r(URL64, 43)}"


def pem() -> str:
    lines = "\n".join(r(B64, 64) for _ in range(6))
    return f"-----BEGIN RSA PRIVATE KEY-----\n{lines}\n{r(B64, 20)}==\n-----END RSA PRIVATE KEY-----"


def aws() -> str:
    return _RNG.choice(["AKIA", "ASIA"]) + r(UPNUM, 16)


LABELLED = [
    # -- .env, config files, YAML, JSON, TOML --------------------------------------------------
    f"Waarom start mijn app niet? Dit is mijn .env:\n\nDATABASE_URL=postgres://app:[[url:{r(B62, 14)}]]@db.internal:5432/app"
    f"\nSTRIPE_SECRET_KEY=[[vendor:sk_live_{r(B62, 24)}]]\nAWS_ACCESS_KEY_ID=[[aws:{aws()}]]\n"
    f"AWS_SECRET_ACCESS_KEY=[[assign:{r(B64, 40)}]]\nDEBUG=true",
    f"Can you fix this docker-compose file?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
    f"      POSTGRES_USER: app\n      POSTGRES_PASSWORD: [[assign:Tr0mpet-{r(LOWNUM, 6)}!]]\n  api:\n"
    f"    environment:\n      - JWT_SECRET=[[assign:{r(B62, 32)}]]\n      - REDIS_URL=redis://:[[url:{r(B62, 20)}]]@cache:6379/0",
    f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\ntype: Opaque\nstringData:\n"
    f'  api_token: [[assign:{r(B62, 30)}]]\n  client_secret: "[[assign:{r(URL64, 36)}]]"\n'
    f"\nWhy does my pod say 'secret not found'?",
    f'Leg uit wat deze config doet:\n{{\n  "clientId": "web-portal",\n  "clientSecret": "[[assign:{r(B62, 40)}]]",\n'
    f'  "apiKey": "[[assign:{r(HEX, 32)}]]",\n  "retries": 3\n}}',
    f'[database]\nhost = "10.1.2.3"\nuser = "svc_report"\npassword = "[[assign:Kaas&Wijn{r(LOWNUM, 4)}]]"\n\n'
    f"[smtp]\nsmtp_pwd = '[[assign:{r(B62, 16)}]]'\n\nIs this TOML valid?",
    f"In my settings.py I have SECRET_KEY = '[[assign:django-insecure-{r(LOWNUM + '!@#$%^&*(-_=+)', 50)}]]' — is that bad?",
    f"config.yaml:\nopenai:\n  api_key: [[vendor:sk-proj-{r(URL64, 48)}T3BlbkFJ{r(URL64, 48)}]]\n  model: gpt-4o",
    f"export GITHUB_TOKEN=[[vendor:ghp_{r(B62, 36)}]]\nexport HF_TOKEN=[[vendor:hf_{r(B62, 34)}]]\n"
    f"Waarom krijg ik een 401 bij git push?",
    f"My .npmrc:\n//registry.npmjs.org/:_authToken=[[vendor:npm_{r(B62, 36)}]]\nalways-auth=true",
    f"settings.xml snippet:\n<server>\n  <id>nexus</id>\n  <username>deploy</username>\n"
    f"  <password>[[assign:{r(B62, 18)}]]</password>\n</server>",
    f'appsettings.json:\n"ConnectionStrings": {{ "Default": "Server=sql01;Database=crm;User Id=sa;Password=[[url:{r(B62, 12)}!]];" }}',
    f"db_passwd={r('abcdefghjkmnpqrstuvwxyz', 6)}[[assign:{r('23456789', 3)}]] ... sorry, bedoelde: db_passwd=[[assign:Lente2025#x]]",
    f"jdbc.url=jdbc:mysql://db:3306/shop\njdbc.username=shop\njdbc.password=[[assign:{r(B62, 14)}]]",
    f"ENCRYPTION_KEY=[[assign:{r(B64, 43)}=]]\nSESSION_SECRET=[[assign:{r(HEX, 64)}]]\nPORT=8080",
    f"mailgun:\n  domain: mg.example.org\n  key: [[vendor:key-{r(HEX, 32)}]]  # mailgun key",
    f"TWILIO_ACCOUNT_SID=[[assign:AC{r(HEX, 32)}]]\nTWILIO_AUTH_TOKEN=[[assign:{r(HEX, 32)}]]\nTWILIO_API_KEY=[[vendor:SK{r(HEX, 32)}]]",
    f"const sendgrid = require('@sendgrid/mail');\nsendgrid.setApiKey('[[vendor:SG.{r(URL64, 22)}.{r(URL64, 43)}]]');",
    f"DIGITALOCEAN_TOKEN=[[vendor:dop_v1_{r(HEX, 64)}]]\nSHOPIFY_ACCESS_TOKEN=[[vendor:shpat_{r(HEX, 32)}]]",
    f"SLACK_BOT_TOKEN=[[vendor:xoxb-{r('0123456789', 12)}-{r('0123456789', 13)}-{r(B62, 24)}]]",
    f"GITLAB_TOKEN=[[vendor:glpat-{r(URL64, 20)}]] en PYPI_TOKEN=[[vendor:pypi-AgEIcHlwaS5vcmc{r(URL64, 70)}]]",
    f'Anthropic client = Anthropic(api_key="[[vendor:sk-ant-api03-{r(URL64, 93)}AA]]")',
    f'maps.js: const key = "[[vendor:AIza{r(URL64, 35)}]]";',
    f"azure:\n  storage: DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=[[url:{r(B64, 86)}==]];EndpointSuffix=core.windows.net",
    f"AZURE_CLIENT_SECRET=[[vendor:{r(B62, 3)}8Q~{r(B62 + '_~.-', 34)}]]",
    f'Token in de log: session={{"user":"jan"}} auth_token=[[assign:{r(B62, 28)}]] (request 4411)',
    f"os.environ['OPENAI_API_KEY'] = '[[vendor:sk-{r(B62, 48)}]]'\nclient = OpenAI()",
    f"private_key = '''[[vendor:{pem()}]]'''",
    f'FLASK_SECRET = "[[assign:{r(B62 + "!#%&", 24)}]]"  # random gegenereerd',
    f"$ cat ~/.pgpass\ndb.prod:5432:*:report:[[cli:{r(B62, 16)}]]",
    f"webhook_secret: [[vendor:whsec_{r(B62, 32)}]]\nstripe_pk: pk_live_{r(B62, 24)}",
    f'var apiKey = "[[assign:{r(B62, 32)}]]"; // TODO move to vault',
    f"rabbitmq:\n  url: amqp://guest2:[[url:{r(B62, 18)}]]@mq.local:5672/",
    f"firebase_api_token: [[assign:{r(URL64, 40)}]]",
    # -- headers, curl, logs ----------------------------------------------------------------------
    f'curl -H "Authorization: Bearer [[header:{jwt()}]]" https://api.acme.io/v2/orders',
    f"curl -X POST https://api.vendor.com/v1/send -H 'X-API-Key: [[header:{r(B62, 32)}]]' -d '{{\"to\":\"x\"}}'",
    f"Request headers:\nHost: shop.example.nl\nCookie: session=[[header:{r(B62 + '%', 40)}]]; lang=nl\nAccept: */*",
    f"GET /api/v1/me HTTP/1.1\nAuthorization: token [[vendor:gho_{r(B62, 36)}]]\nUser-Agent: curl/8.4",
    f"x-api-key: [[header:{r(LOWNUM, 40)}]]\ncontent-type: application/json",
    f"curl -u admin:[[cli:{r(B62, 12)}]] https://jenkins.local/api/json",
    f"requests.get(url, headers={{'Authorization': 'Basic [[header:{base64.b64encode(b'svc:' + r(B62, 14).encode()).decode()}]]'}})",
    f"fetch(url, {{ headers: {{ 'X-Auth-Token': '[[header:{r(HEX, 40)}]]' }} }})",
    f"2024-11-02 10:14:03 ERROR auth failed for https://deploy:[[url:{r(B62, 24)}]]@github.com/acme/app.git",
    f"git clone https://oauth2:[[vendor:glpat-{r(URL64, 20)}]]@gitlab.com/team/infra.git",
    f"mysql -h db -u root -p'[[cli:{r(B62, 8)}#1]]' shop < dump.sql",
    f"./deploy.sh --password=[[cli:{r(B62, 14)}]] --env prod",
    f"psql \"postgresql://analytics:[[url:{r(B62, 16)}]]@10.0.4.2/dwh\" -c 'select 1'",
    f"docker login -u ci -p [[cli:{r(B62, 20)}]] registry.gitlab.com",
    f"az login --service-principal -u 1b2c --password [[cli:{r(B62 + '~', 34)}]] --tenant x",
    f"Uit de logs: Bearer [[header:{r(URL64, 44)}]] was rejected (401)",
    # -- prose, Dutch and English -----------------------------------------------------------------
    "Hoi Sanne, je tijdelijke wachtwoord is [[prose:Zomer2024!]] — wijzig het na de eerste keer inloggen.",
    "wachtwoord: [[prose:Welkom#88]]",
    "Dear Tom, the password for the shared mailbox is [[prose:Tulip-7734]]. Please don't forward it.",
    "password = [[prose:hunter2]]",
    "Mijn wachtwoord is [[prose:fietsbel99]], kan je kijken waarom ik niet in de portal kom?",
    f"Hier is de sleutel: [[keyword:{r(B62, 40)}]]",
    f"Use this API key for the staging env: [[keyword:{r(B62, 32)}]]",
    f"De api-sleutel voor het test-account: [[keyword:{r(LOWNUM, 36)}]]",
    f"the token is [[keyword:{r(URL64, 30)}]] and it expires tomorrow",
    f"Toegangscode voor de kluis: [[prose:{r('0123456789', 6)}]]",
    f"Ik heb een nieuw secret aangemaakt:\n\n[[keyword:{r(B62, 48)}]]\n\nkun je die in de pipeline zetten?",
    f"Geheime sleutel van de webhook = [[keyword:{r(B64, 44)}]]",
    "De pincode van de bedrijfstelefoon is [[prose:4821]].",
    "Inloggen met beheer / [[prose:Kwart3l!Maan]] op de router.",
    "The wifi password is [[prose:CoffeeBeans#2024]], the network is Guest.",
    f"Can you help me decode this JWT? [[vendor:{jwt()}]]",
    f"Here is my key, please debug: [[keyword:{r(B62, 24)}]]",
    f"Heb je het access token nog? Het was [[keyword:{r(URL64, 40)}]]",
    "user: jan.devries\npass: [[prose:Appel!Taart3]]",
    "Nieuw wachtwoord voor de NAS: [[prose:Rivier2025?]]",
    "Temporary password: [[prose:Qx7!mWp2zR]] (valid 24h)",
    f'pwd = "[[assign:{r(B62, 10)}]]"',
    # -- placeholders -----------------------------------------------------------------------------
    "aws_access_key_id = [[placeholder:AKIAIOSFODNN7EXAMPLE]]\naws_secret_access_key = [[placeholder:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY]]",
    "export GITHUB_TOKEN=[[placeholder:ghp_EXAMPLE1234567890abcdefEXAMPLE12345]]",
    "SLACK_TOKEN=[[placeholder:xoxb-000000000000-0000000000000-EXAMPLEEXAMPLEEXAMPLE]]",
    "OPENAI_API_KEY=[[placeholder:your-api-key-here]]",
    "Set the header like this: Authorization: Bearer [[placeholder:<API_KEY>]]",
    'stripe.api_key = "[[placeholder:sk_test_4eC39HqLyjWDarjtT1zdp7dc]]"',
    "api_key: [[placeholder:YOUR_API_KEY]]",
    "Vervang in de config de regel openai_key: [[placeholder:sk-xxxxxxxxxxxxxxxxxxxxxxxx]] door je eigen sleutel.",
    "ANTHROPIC_API_KEY=[[placeholder:sk-ant-api03-EXAMPLE-KEY-DO-NOT-USE]]",
    "password: [[placeholder:changeme]]",
    'client_secret = "[[placeholder:<client-secret>]]"',
    "DB_PASSWORD=[[placeholder:your_password_here]]",
]

BENIGN = [
    "Please review commit 3f9c2a7b8e1d4f6a0b5c9d2e7f8a1b3c4d5e6f70 before merging.",
    "git log shows commit a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0 as the culprit.",
    "De order met id 550e8400-e29b-41d4-a716-446655440000 is niet verzonden.",
    "request_id: 9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f",
    "Download checked: sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "image: nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac",
    f'<img src="data:image/png;base64,{r(B64, 120)}==">',
    "Check https://www.example.com/search?q=token+economy&utm_source=newsletter&utm_medium=email&page=2",
    "color: #1e90ff; background: #fafafa; border-color: #333;",
    "password_reset_url = https://portal.example.nl/reset",
    "The token economy in crypto is a fascinating topic for my thesis.",
    "Vertrouwen is de sleutel tot succes in elk team.",
    "API_KEY=\nDEBUG=false",
    "api_key: ${API_KEY}",
    'api_key = os.environ["API_KEY"]',
    "token = os.getenv('GITHUB_TOKEN')",
    "version: 3.12.4-beta.2+build.20241105",
    "Bestelnummer 2024-000481-NL is onderweg.",
    "max_tokens: 4096\ntemperature: 0.2",
    "password_min_length: 12\npassword_policy: strict",
    "Het wachtwoord moet minimaal 12 tekens bevatten.",
    "Reset your password via the link in the email.",
    "Type your password and press Enter.",
    "The key to this puzzle is patience.",
    "primary_key = 'id'\nsort_key = 'created_at'",
    "Wat is het verschil tussen een public key en een private key?",
    "Hoe genereer ik een veilig API token in Django?",
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA5kZ1x6sT2 user@laptop",
    "We need a secret santa list for the office party.",
    "De geheime zender werd in 1944 ontdekt.",
    "model = 'gpt-4o-mini-2024-07-18'",
    "The UUID generator returned 123e4567-e89b-12d3-a456-426614174000 again.",
    'Traceback: File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 589',
    "https://docs.python.org/3/library/secrets.html#secrets.token_urlsafe",
    "The csrf_token is rendered by the template tag {% csrf_token %}.",
    "token_count: 1532, prompt_tokens: 800",
    "SECRET_KEY = env('SECRET_KEY')",
    'password: "{{ vault_db_password }}"',
    "DB_PASSWORD=${DB_PASSWORD:?missing}",
    "Kun je uitleggen hoe OAuth2 refresh tokens werken?",
    "Our IBAN is NL91ABNA0417164300, please pay within 30 days.",
    "Build 20241105.3 of pipeline release-candidate passed.",
    "The S3 key is reports/2024/11/summary-final-v2.pdf",
    "Cache key: user:1234:profile:v2",
    "sessionStorage.setItem('theme', 'dark')",
    "ERROR: invalid_grant (token expired)",
    "Tracking number 1Z999AA10123456784 is out for delivery.",
    "Give me a regex for a strong password with at least one digit.",
    "keyboard shortcut key: Ctrl+Shift+P",
    "The translation key is checkout.payment.error.card_declined",
    "Our Jira key is PROJ-4821.",
    "The API key must be sent in the X-API-Key header.",
    "Gebruik altijd een wachtwoordmanager zoals Bitwarden.",
    "hash: $2b$12$abcdefghijklmnopqrstuv",
    'etag: W/"5e8f-1a2b3c4d"',
    "ISBN 978-90-245-6789-1 staat op de achterkant.",
    "Welke sleutel past op de voordeur van kantoor B?",
    "The secret ingredient is love, according to grandma.",
    "export PATH=$HOME/.local/bin:$PATH",
    "Pin the dependency to requests==2.32.3 and urllib3<2.",
    "git rev-parse HEAD -> 5d41402abc4b2a76b9719d911017c592",
    "Zet de token limit op 8000 voor lange documenten.",
    "Deze maand is de toegangscode voor het parkeerterrein veranderd, vraag hem bij de balie.",
    f"Long URL: https://cdn.example.com/assets/{r(LOWNUM, 24)}/bundle.min.js?v=20241105",
    "LinkedIn slug: jan-de-vries-8a7b3c2d1",
    "Zoek het verschil tussen AES-256-GCM en ChaCha20-Poly1305.",
    "password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())",
    'token: ""',
    "my_api_key = get_secret('prod/api_key')",
]


def main() -> int:
    return command(__doc__, LABELLED, BENIGN)


def command(doc: str | None, labelled: list[str], benign: list[str]) -> int:
    """The command of a SECRET development set: `--misses` lists missed secrets and benign findings."""
    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list missed secrets and benign findings")
    return run(labelled, benign, ap.parse_args().misses)


def run(labelled: list[str], benign: list[str], show_misses: bool) -> int:
    """Score the marked texts and the benign ones; print recall per kind (and the misses)."""
    detector: Any = dev_detector()
    started = time.perf_counter()
    totals = {k: [0, 0] for k in KINDS}
    misses: list[str] = []
    wrong_type = 0
    for marked in labelled:
        text, spans = parse(marked, MARK)
        findings = detector.scan(text, None)
        for kind, start, end in spans:
            # bench/scoring.py: a SECRET finding also finds a placeholder (blocked, never passed)
            want = {"SECRET_PLACEHOLDER", "SECRET"} if kind == "placeholder" else {"SECRET"}
            found = [(f.start, f.end) for f in findings if f.entity_type in want]
            hit = covered(start, end, found)
            totals[kind][0] += hit
            totals[kind][1] += 1
            if not hit:
                seen = [(f.entity_type, text[f.start : f.end][:40]) for f in findings]
                misses.append(f"  miss [{kind}] {text[start:end][:60]!r} (found {seen}) in {text[:90]!r}")
        for f in findings:
            if f.entity_type in ("SECRET", "SECRET_PLACEHOLDER") and not any(
                s < f.end and f.start < e for _, s, e in spans
            ):
                wrong_type += 1
                misses.append(f"  extra {f.entity_type} {text[f.start : f.end][:50]!r} in {text[:80]!r}")
    benign_hits = 0
    for text in benign:
        hits = [f for f in detector.scan(text, None) if f.entity_type in ("SECRET", "SECRET_PLACEHOLDER")]
        benign_hits += bool(hits)
        for f in hits:
            misses.append(f"  benign {f.entity_type} {text[f.start : f.end][:50]!r} in {text[:80]!r}")
    hits = sum(t[0] for t in totals.values() if t is not totals["placeholder"])
    gold = sum(t[1] for t in totals.values() if t is not totals["placeholder"])
    print(f"SECRET recall {hits / gold:.3f} ({hits}/{gold})")
    for kind in KINDS:
        n_found, n = totals[kind]
        print(f"  {kind:11s} {n_found / n if n else 0:.3f} ({n_found}/{n})")
    print(f"findings outside gold spans in labelled texts: {wrong_type}")
    print(f"benign texts with a finding: {benign_hits}/{len(benign)}")
    print(f"({time.perf_counter() - started:.1f} s)")
    if show_misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())

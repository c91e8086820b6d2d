"""A third development set for the SECRET rules: the wording and file formats people paste that
the first two sets (bench/secret_dev.py, bench/secret_dev2.py) do not have.

    python bench/secret_dev3.py [--misses]

Written on 2026-12-06 (third session) in one go, before the engine ran on it: Dutch and English
key words the other sets lack ("toegangscode", "inlogcode", "wachtwoordzin", "passphrase",
"pwd", "ww"), passwords in tables, INI, XML, .netrc, .pgpass, Java properties, PowerShell,
docker run and compose flags, a Kubernetes Secret's base64 data, an SSH private key, webhook
URLs with their secret in the path, tokens in query strings, memorable passwords (a word and
digits), and a value on the line after its label. Key bodies are drawn at random with a fixed
seed, so no real credential is in here. Marks and kinds as in secret_dev.py; the benign texts
(ids, hashes, version strings, policy talk) must produce no SECRET or SECRET_PLACEHOLDER finding.
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)
from __future__ import annotations

import base64
import random
import sys

from secret_dev import B62, B64, HEX, LOWNUM, URL64, command

_RNG = random.Random(202612063)


def r(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


_K8S_PW = r(B62, 16)
_SSH = "\n".join(r(B64, 70) for _ in range(5))

LABELLED = [
    # -- Dutch and English key words in prose --------------------------------------------------
    f"De toegangscode voor het serverhok is [[prose:{r('0123456789', 6)}]], zet die in de overdracht.",
    f"Mijn inlogcode voor het portaal is [[prose:{r(B62, 10)}]] maar hij wordt niet geaccepteerd.",
    f"Wachtwoordzin van de kluis: [[prose:{r(LOWNUM, 6)}-{r(LOWNUM, 7)}-{r(LOWNUM, 5)}-{r(LOWNUM, 6)}]]",
    f"The passphrase for the backup key is [[prose:{r(LOWNUM, 7)} {r(LOWNUM, 6)} {r(LOWNUM, 8)} {r(LOWNUM, 5)}]], can you explain how gpg uses it?",
    f"ww van de beheerder: [[prose:{r(B62, 11)}]]",
    f"pwd for the jump host = [[prose:{r(B62, 13)}]]",
    f"Het nieuwe wachtwoord is [[prose:Voorjaar{r('0123456789', 4)}!]] voor iedereen, schrijf een mail aan het team.",
    f"Please reset it, the current password is [[prose:Summer{r('0123456789', 4)}$]] and it's too weak.",
    f"Je kunt erin met gebruiker 'support' en wachtwoord '[[prose:{r(B62, 9)}]]'.",
    f"Use these credentials: username ops-admin, password [[prose:{r(B62, 12)}!]]",
    f"De API key staat hieronder, kun je een curl-voorbeeld maken?\n\n[[keyword:{r(B62, 32)}]]",
    f"Access token (valid 1h):\n[[keyword:{r(URL64, 44)}]]",
    f"My personal access token: [[keyword:{r(B62, 40)}]] — why can't I clone the private repo?",
    # -- file formats --------------------------------------------------------------------------
    f"| Systeem | Gebruiker | Wachtwoord |\n|---|---|---|\n| CRM | beheer | [[assign:{r(B62, 12)}]] |\n| Mail | info | [[assign:{r(B62, 10)}]] |\nMaak hier een nette tabel van.",
    f"[database]\nhost = 10.1.2.3\nuser = report\npassword = [[assign:{r(B62, 15)}]]\n\nWaarom leest configparser dit niet?",
    f"<connection>\n  <server>sql01</server>\n  <username>app</username>\n  <password>[[assign:{r(B62, 14)}]]</password>\n</connection>\nConvert this XML to JSON.",
    f"machine api.example.com login deploy password [[assign:{r(B62, 18)}]]\nIs my .netrc correct?",
    f"db.internal:5432:sales:analyst:[[assign:{r(B62, 16)}]]\nthis .pgpass line is ignored, why?",
    f"mail.smtp.password=[[assign:{r(B62, 12)}]]\nmail.smtp.user=alerts@example.com",
    f'$cred = New-Object PSCredential("svc_backup", (ConvertTo-SecureString "[[assign:{r(B62, 14)}]]" -AsPlainText -Force))',
    f"docker run -d -e POSTGRES_USER=app -e POSTGRES_PASSWORD=[[assign:{r(B62, 16)}]] postgres:16",
    f"services:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_ROOT_PASSWORD: [[assign:{r(B62, 20)}]]\nWaarom start de container niet?",
    f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: [[assign:{b64(_K8S_PW)}]]\nHow do I mount this as an env var?",
    f"-----BEGIN OPENSSH PRIVATE KEY-----\n[[vendor:{_SSH}]]\n-----END OPENSSH PRIVATE KEY-----\nWhy does ssh say 'invalid format'?",
    f"clientSecret: '[[assign:{r(B62 + '~._-', 34)}]]'\ntenantId: 'contoso.onmicrosoft.com'",
    f'{{"username": "etl", "pass": "[[assign:{r(B62, 14)}]]", "host": "ftp.example.com"}}',
    f"export DB_PASS='[[assign:{r(B62, 13)}]]'\nexport DB_HOST=db01",
    f"SMTP_PWD=[[assign:{r(B62, 12)}]]",
    # -- URLs and headers ----------------------------------------------------------------------
    f"Our Slack alerts stopped: https://hooks.slack.com/services/T{r('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8)}/B{r('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10)}/[[url:{r(B62, 24)}]]",
    f"Discord webhook geeft 404: https://discord.com/api/webhooks/{r('0123456789', 18)}/[[url:{r(URL64, 68)}]]",
    f"GET https://api.example.com/v2/report?format=csv&access_token=[[url:{r(B62, 32)}]] returns 401",
    f"X-API-Key: [[header:{r(HEX, 32)}]]\nWhy does the gateway strip this header?",
    f"Authorization: Token [[header:{r(HEX, 40)}]]",
    f"amqp://orders:[[url:{r(B62, 16)}]]@rabbit.internal:5672/prod — connection refused, why?",
    # -- vendors the other sets lack -------------------------------------------------------------
    f"HF_TOKEN=[[vendor:hf_{r(B62, 34)}]]\nWhy can't I download the gated model?",
    f"Mijn Anthropic key [[vendor:sk-ant-api03-{r(URL64, 93)}AA]] werkt niet meer.",
    f"Stripe restricted key: [[vendor:rk_live_{r(B62, 99)}]]",
    f"github_token: [[vendor:github_pat_{r(B62, 22)}_{r(B62, 59)}]]",
    # -- placeholders ---------------------------------------------------------------------------
    "De handleiding zegt: export STRIPE_KEY=[[placeholder:sk_test_xxxxxxxxxxxxxxxxxxxxxxxx]]",
    "In the template: password: [[placeholder:<your-password-here>]]",
]

BENIGN = [
    f"Release {r('0123456789', 1)}.{r('0123456789', 2)}.{r('0123456789', 1)} build {r(HEX, 12)} is live.",
    "Wat is een goede wachtwoordzin volgens het NCSC?",
    "The password field must be at least 12 characters and include a digit.",
    "Zet de toegangscode nooit in de chat, gebruik de kluis.",
    f"Correlation id: {r(HEX, 32)}",
    f"sha1 of the file is {r(HEX, 40)}, does it match the download page?",
    "Our passphrase policy requires four random words.",
    "password: ${DB_PASSWORD}",
    "POSTGRES_PASSWORD_FILE=/run/secrets/db_password",
    "clientSecret: '{{ .Values.auth.secret }}'",
    f"Factuurnummer {r('0123456789', 8)}, klantnummer {r('0123456789', 6)}",
    f"session id {r(LOWNUM, 26)} expired",
    "Het wachtwoord moet elke 90 dagen worden gewijzigd, klopt dat nog?",
    "ww vergeten? Gebruik de resetlink op het intranet.",
    f"Container {r(HEX, 12)} exited with code 137",
    "Kun je uitleggen wat een API key is en waarom je die niet deelt?",
    f"Bestelling {r('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-{r('0123456789', 6)} is verzonden.",
    f"The commit {r(HEX, 40)} reverted the password change.",
    "token: <insert token>",
    f"ISBN 978-{r('0123456789', 2)}-{r('0123456789', 4)}-{r('0123456789', 3)}-{r('0123456789', 1)}",
]


if __name__ == "__main__":
    sys.exit(command(__doc__, LABELLED, BENIGN))

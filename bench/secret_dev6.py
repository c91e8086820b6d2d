"""A sixth development set for the SECRET rules: one grid of config formats by key names, and
prose that puts words between the key word and the value.

    python bench/secret_dev6.py [--misses]

Written on 2026-12-07 (tenth session) in one go, before the engine ran on it, from two lists
rather than from pasted examples: the file formats a developer pastes (JSON, YAML, .env, INI,
TOML, XML, Java properties, HCL, a Python dict, a JS object, a PHP array, a C# appsettings
file, a Go literal, PowerShell, a Dockerfile) and the key names credential scanners match
(`*_key`, `*_secret`, `*_token`, `*password*`, `pwd`, `passwd`, `pass`, `auth`, `credentials`,
`signing_key`, `private_key`, `encryption_key`, `master_key`, `hmac`, camelCase, kebab-case,
dotted). Values are drawn at random with a fixed seed: generated keys, memorable passwords and
weak ones ("welkom123"). The prose texts put a qualifier, a time or a name between the key word
and its value, the value on the next line or in brackets. Benign texts carry the same formats
and key names around values that are no credential. Marks and kinds as in secret_dev.py.
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)

from __future__ import annotations

import random
import sys

from secret_dev import B62, HEX, URL64, command

_RNG = random.Random(2026120706)
B64 = B62 + "+/"
SYM = B62 + "!#$%&*?@^"


def r(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def memorable(word: str) -> str:
    return f"{word}{_RNG.randint(10, 9999)}{_RNG.choice('!#$%&*?@')}"


def b64(n: int) -> str:
    body = r(B64, n)
    return body + "=" * (-len(body) % 4)


LABELLED = [
    # -- the formats, each with a key name of its own ------------------------------------------------
    f'{{"service": "billing", "stripeWebhookSigningKey": "[[assign:{r(B62, 32)}]]", "retries": 3}}\nwhy does verify() fail?',
    f"spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: app\n    password: [[assign:{memorable('Tulp')}]]\nfix the pool size please",
    f"export SENDGRID_KEY=[[assign:{r(B62, 40)}]]\nexport SMTP_PASS='[[assign:{memorable('Haven')}]]'\nmail komt niet aan",
    f"[database]\nhost = 10.0.0.5\nuser = report\npasswd = [[assign:{r(SYM, 14)}]]\n\nWhy does configparser choke on the % sign?",
    f'[auth]\nsigning_key = "[[assign:{r(HEX, 64)}]]"\nissuer = "acme"\n# TOML for our jwt service, is this valid?',
    f'<connectionStrings>\n  <add name="Main" providerName="System.Data.SqlClient" />\n</connectionStrings>\n<appSettings>\n  <add key="ApiSecret" value="[[assign:{r(B62, 28)}]]" />\n</appSettings>\nconvert to appsettings.json',
    f"mail.smtp.host=smtp.office365.com\nmail.smtp.user=noreply@acme.nl\nmail.smtp.password=[[assign:{memorable('Zomer')}]]\nKrijg AuthenticationFailedException",
    f'variable "db_password" {{\n  default = "[[assign:{r(SYM, 18)}]]"\n}}\nterraform plan zegt dat de variabele sensitive moet zijn',
    f"settings = {{\n    'DEBUG': False,\n    'ENCRYPTION_KEY': b'[[assign:{b64(32)}]]',\n}}\nhow to rotate this Fernet key?",
    f"const cfg = {{ region: 'eu-west-1', secretAccessKey: '[[assign:{r(B62 + '/+', 40)}]]', bucket: 'invoices' }};\nwhy AccessDenied?",
    f"<?php\nreturn [\n    'db_host' => 'localhost',\n    'db_pass' => '[[assign:{memorable('Kaas')}]]',\n];\nmigratie faalt op utf8mb4",
    f'{{\n  "Jwt": {{\n    "Issuer": "acme",\n    "Key": "[[assign:{r(B62, 48)}]]"\n  }}\n}}\nappsettings.json: how to load Jwt:Key in .NET 8?',
    f'client := &http.Client{{}}\nreq.Header.Set("X-Auth-Token", "[[header:{r(HEX, 40)}]]")\nresp, err := client.Do(req) // 401, why?',
    f'$cred = New-Object PSCredential("svc_backup", (ConvertTo-SecureString "[[assign:{memorable("Winter")}]]" -AsPlainText -Force))\nInvoke-Command fails',
    f"FROM python:3.12-slim\nENV HF_TOKEN=[[assign:{r(B62, 37)}]]\nRUN pip install -r requirements.txt\nhow do I keep this out of the image?",
    f"redis:\n  host: cache.internal\n  auth: [[assign:{r(B62, 24)}]]\nthe client says NOAUTH",
    f"credentials:\n  client_id: 7f1c2a90-app\n  client-secret: [[assign:{r(URL64, 34)}]]\nwaarom invalid_client?",
    f"WEBHOOK_HMAC=[[assign:{r(HEX, 40)}]]\nhoe verifieer ik de signature header in Flask?",
    f"master_key: [[assign:{r(B62, 32)}]]\nmeili_env: production\nMeilisearch won't start",
    f"private_key = '[[assign:{r(HEX, 64)}]]'\nw3 = Web3(HTTPProvider(url))\nhow to sign a tx with this?",
    f"app.config['SECRET_KEY'] = '[[assign:{r(SYM, 30)}]]'\nsession cookie is not set in Flask",
    f"pwd: [[assign:{memorable('Fiets')}]]\nuser: beheerder\nhost: nas.local\nkun je dit in een ansible inventory zetten?",
    "DB_PASSWORD=[[assign:welkom123]]\nDB_USER=root\nis dit veilig genoeg voor productie?",
    f'"api-token": "[[assign:{r(B62, 40)}]]",\n"endpoint": "https://api.acme.io"\nmissing comma somewhere?',
    f"ldap.bind.credentials=[[assign:{memorable('Bosrand')}]]\nldap.bind.dn=cn=svc,dc=acme,dc=nl\nLDAP 49 invalid credentials",
    # -- prose: words between the key word and the value ---------------------------------------------
    f"Het root wachtwoord was tot gisteren [[prose:{r(SYM, 16)}]], nu niet meer.",
    f"The admin password until last week was [[prose:{memorable('Orchard')}]] – should I tell the auditor?",
    f"het app-wachtwoord voor Outlook is [[prose:{r('abcdefghijklmnopqrstuvwxyz', 16)}]]",
    f"pass is [[prose:{r(B62, 11)}]] btw",
    f"Heb je het access token nog? Het was [[keyword:{r(B62, 40)}]]",
    f"De API-sleutel (productie):\n[[prose:{r(B62, 40)}]]\nGraag niet doorsturen.",
    f"Token voor de staging omgeving → [[prose:{r(URL64, 43)}]]",
    f"Wachtwoord van de gedeelde mailbox (info@) is sinds maandag [[prose:{memorable('Duin')}]]",
    f"my gmail app password: [[prose:{r('abcdefghijklmnopqrstuvwxyz', 4)} {r('abcdefghijklmnopqrstuvwxyz', 4)} {r('abcdefghijklmnopqrstuvwxyz', 4)} {r('abcdefghijklmnopqrstuvwxyz', 4)}]]",
    f"Secret for the webhook (don't share): [[prose:{r(B62, 32)}]]",
    f"De sleutel die Piet gisteren stuurde, [[prose:{r(B62, 36)}]], werkt niet meer.",
    f"The new key, [[prose:{r(HEX, 32)}]], replaces the one from March.",
    f"Herstelcodes 2FA: [[prose:{r('0123456789', 4)}-{r('0123456789', 4)}]] [[prose:{r('0123456789', 4)}-{r('0123456789', 4)}]] [[prose:{r('0123456789', 4)}-{r('0123456789', 4)}]]",
    f"Personal access token (exp. 30 days) = [[prose:{r(B62, 40)}]]",
    f"ik heb het wachtwoord veranderd in [[prose:{memorable('Sneeuw')}]], kun je een betere bedenken?",
    f"I changed the password to [[prose:{r(SYM, 12)}]] but the login still fails",
    f"Het nieuwe wachtwoord wordt [[prose:{memorable('Appel')}]] vanaf volgende week.",
    f"Use this bearer: [[prose:{r(URL64, 48)}]]",
]

BENIGN = [
    '{"service": "billing", "signingKeyId": "kid-2024-11", "retries": 3}\nwhich field names the key?',
    "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: app\n    password: ${DB_PASSWORD}\nfix the pool size please",
    "export SENDGRID_KEY=$(vault kv get -field=key secret/sendgrid)\nmail komt niet aan",
    "[database]\nhost = 10.0.0.5\nuser = report\npasswd = %(DB_PASS)s\n\nWhy does configparser choke on the % sign?",
    '[auth]\nsigning_key = { env = "JWT_SIGNING_KEY" }\nissuer = "acme"',
    '<appSettings>\n  <add key="ApiSecretName" value="acme-prod-api" />\n</appSettings>',
    "mail.smtp.host=smtp.office365.com\nmail.smtp.password.file=/run/secrets/smtp\nKrijg AuthenticationFailedException",
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}',
    "settings = {'DEBUG': False, 'ENCRYPTION_KEY': os.environ['ENCRYPTION_KEY']}",
    "const cfg = { region: 'eu-west-1', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };",
    "'db_pass' => env('DB_PASSWORD'),",
    '{"Jwt": {"Issuer": "acme", "KeyLength": 256}}',
    'req.Header.Set("X-Auth-Token", token) // where token comes from login()',
    "ConvertTo-SecureString $env:SVC_PASS -AsPlainText -Force",
    "ENV HF_HOME=/cache/huggingface\nhow do I keep the token out of the image?",
    "redis:\n  host: cache.internal\n  auth: true\nthe client says NOAUTH",
    "credentials:\n  client_id: 7f1c2a90-app\n  client-secret: from-keyvault\nwaarom invalid_client?",
    "master_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256",
    "Het wachtwoord was tot gisteren verlopen, nu werkt het weer.",
    "The admin password until last week was shared by mail, should I tell the auditor?",
    "Het app-wachtwoord voor Outlook is aangemaakt, maar de app vraagt het steeds opnieuw.",
    "The boarding pass is in my inbox.",
    "Heb je het access token nog? Het was verlopen.",
    "De API-sleutel (productie):\nstaat in de kluis onder 'Billing'.",
    "Token voor de staging omgeving → vraag het aan Kees.",
    "Wachtwoord van de gedeelde mailbox (info@) is sinds maandag gewijzigd",
    "The new key, a YubiKey 5 NFC, replaces the one from March.",
    "I changed the password to something longer but the login still fails",
    "Het nieuwe wachtwoord wordt vanaf volgende week verplicht 14 tekens.",
    "Personal access token (exp. 30 days) = not enough for our pipeline, any alternative?",
]


def main() -> int:
    return command(__doc__, LABELLED, BENIGN)


if __name__ == "__main__":
    sys.exit(main())

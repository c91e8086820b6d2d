"""A second development set for the SECRET rules: vendors, placements and phrasings the first set
(bench/secret_dev.py) does not have.

    python bench/secret_dev2.py [--misses]

Written on 2026-12-06 in one go, before the engine ran on it: SendGrid, Mailgun, Twilio, Datadog,
Shopify, npm, PyPI, Docker Hub, Vault, Google API keys, Azure storage connection strings and SAS
tokens, a GCP service-account file, Basic auth, credentials in git remotes, .npmrc and pip index
URLs, passwords on the command line of docker, mysql and kubectl, and Dutch and English prose
("het wachtwoord van de wifi is ..."). Key bodies are drawn at random in each vendor's alphabet
(seed 20261206), so no real credential is in here. Marks and kinds as in secret_dev.py; the
benign texts (hashes, digests, ids, checksums) must produce no SECRET or SECRET_PLACEHOLDER finding.
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)
from __future__ import annotations

import base64
import random
import sys

from secret_dev import B62, B64, HEX, LOWNUM, URL64, command

_RNG = random.Random(20261206)


def r(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


_SA_KEY = "\\n".join(r(B64, 64) for _ in range(4))
_PW1, _PW2, _PW3 = r(B62, 12) + "!", "Zomer" + r(LOWNUM, 5) + "#", r(B62 + "-_", 18)

LABELLED = [
    # -- vendors the first set does not have ----------------------------------------------------
    f"Mijn mails komen niet aan via SendGrid. Config:\nSENDGRID_API_KEY=[[vendor:SG.{r(URL64, 22)}.{r(URL64, 43)}]]\nFROM_EMAIL=noreply@example.com",
    f"mailgun geeft 401, dit is wat ik gebruik: requests.post(url, auth=('api', '[[vendor:key-{r(HEX, 32)}]]'), data=msg)",
    f"Twilio setup:\nTWILIO_ACCOUNT_SID=AC{r(HEX, 32)}\nTWILIO_AUTH_TOKEN=[[assign:{r(HEX, 32)}]]\nWhy do SMS fail with error 20003?",
    f"datadog agent won't report. datadog.yaml:\napi_key: [[assign:{r(HEX, 32)}]]\nsite: datadoghq.eu",
    f"Shopify Admin API call returns 403:\ncurl -H 'X-Shopify-Access-Token: [[vendor:shpat_{r(HEX, 32)}]]' https://shop.myshopify.com/admin/api/2024-10/orders.json",
    f"Kan iemand kijken waarom npm publish faalt? .npmrc:\n//registry.npmjs.org/:_authToken=[[vendor:npm_{r(B62, 36)}]]",
    f"twine upload fails with 403. ~/.pypirc:\n[pypi]\nusername = __token__\npassword = [[vendor:pypi-AgEIcHlwaS5vcmc{r(URL64, 60)}]]",
    f"docker login werkt niet in CI: echo [[vendor:dckr_pat_{r(URL64, 27)}]] | docker login -u deploybot --password-stdin",
    f"Vault returns permission denied for this token: [[vendor:hvs.{r(B62, 24)}]] — which policy is missing?",
    f'Google Maps laadt niet op onze site: <script src="https://maps.googleapis.com/maps/api/js?key=[[vendor:AIza{r(URL64, 35)}]]&callback=initMap"></script>',
    f"Azure blob upload geeft AuthenticationFailed. Connection string:\nDefaultEndpointsProtocol=https;AccountName=prodfiles;AccountKey=[[assign:{r(B64, 86)}==]];EndpointSuffix=core.windows.net",
    f"This SAS URL expired too soon, why? https://prodfiles.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-07T10:00:00Z&st=2026-12-06T10:00:00Z&spr=https&sig=[[url:{r(B62, 40)}%2B{r(B62, 8)}%3D]]",
    '{\n  "type": "service_account",\n  "project_id": "dwh-prod",\n  "private_key_id": "[[assign:'
    + r(HEX, 40)
    + ']]",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n[[vendor:'
    + _SA_KEY
    + ']]\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "etl@dwh-prod.iam.gserviceaccount.com"\n}\nWaarom kan BigQuery dit bestand niet lezen?',
    # -- headers, URLs, command lines ------------------------------------------------------------
    f"Our webhook receiver rejects this, what's wrong?\nPOST /hooks/deploy HTTP/1.1\nAuthorization: Basic [[header:{basic('deploy', _PW1)}]]\nContent-Type: application/json",
    f"git push vraagt steeds om een wachtwoord, remote is https://oauth2:[[url:glpat-{r(URL64, 20)}]]@gitlab.example.com/team/app.git",
    f"pip install -r requirements.txt --index-url https://ci-reader:[[url:{r(B62, 24)}]]@artifactory.example.com/api/pypi/pypi/simple",
    f"Waarom werkt dit niet? mysql -h db01 -u root -p[[cli:{_PW2}]] -e 'show databases'",
    f"kubectl create secret generic smtp --from-literal=username=mailer --from-literal=password=[[cli:{_PW3}]] -n prod\nis this the right way?",
    f"curl -u admin:[[cli:{r(B62, 14)}]] https://jenkins.example.com/job/build/api/json gives 403",
    f"sshpass -p '[[cli:{r(B62, 10)}9!]]' ssh deploy@10.0.4.12 'systemctl restart app' — how do I make this safer?",
    # -- config in code ----------------------------------------------------------------------------
    f'const client = new Client({{ host: "db.prod", user: "api", password: "[[assign:{r(B62, 16)}]]" }});\n// why does this time out?',
    f"spring.datasource.url=jdbc:postgresql://db:5432/shop\nspring.datasource.username=shop\nspring.datasource.password=[[assign:{r(B62, 14)}]]\nLeg uit hoe ik dit in een vault zet.",
    f'resource "aws_db_instance" "main" {{\n  username = "admin"\n  password = "[[assign:{r(B62, 20)}]]"\n}}\nterraform plan shows a diff every time, why?',
    f'<add key="SmtpPassword" value="[[assign:{r(B62, 12)}]]" />\nIs web.config a safe place for this?',
    f"ENV REDIS_PASSWORD=[[assign:{r(B62, 22)}]]\nENV APP_ENV=production\nReview this Dockerfile please.",
    f"$password = '[[assign:{r(B62, 11)}#4]]'; $conn = new PDO($dsn, 'webuser', $password);",
    # -- prose ----------------------------------------------------------------------------------
    f"Het wachtwoord van de gastenwifi is [[prose:{r(LOWNUM, 10)}]], kun je daar een bordje van maken?",
    f"Kun je deze mail herschrijven? 'Je kunt inloggen met gebruikersnaam j.devries en het tijdelijke wachtwoord [[prose:{r(B62, 9)}7!]]. Wijzig het na de eerste keer.'",
    f"The admin password for the staging router is [[prose:{r(B62, 12)}]], please put it in the handover doc.",
    f"Mijn token is [[prose:{r(B62, 32)}]] maar de API zegt dat hij ongeldig is.",
    f"Login details for the new hire: user m.jansen / pass [[prose:{r(B62, 10)}]] - write a welcome email",
    f"Voor het inloggen op de NAS gebruik je admin met als wachtwoord [[prose:{r(B62, 8)}2024]].",
    # -- a random token pointed at by a key word ------------------------------------------------
    f"Hier is de API-sleutel die ik van de leverancier kreeg:\n[[keyword:{r(B62, 40)}]]\nHoe zet ik die in Postman?",
    f"secret:\n[[keyword:{r(URL64, 48)}]]\nWhat format is this?",
    f"Gebruik deze client secret voor de koppeling: [[keyword:{r(B62 + '~._-', 34)}]]",
    f"the webhook signing secret is [[keyword:whsec_{r(B62, 32)}]]",
    # -- placeholders (documentation stand-ins) -------------------------------------------------
    "Example from the docs: OPENAI_API_KEY=[[placeholder:sk-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]]",
    "In de README staat AWS_SECRET_ACCESS_KEY=[[placeholder:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY]], moet ik die vervangen?",
]

BENIGN = [
    f"git checkout {r(HEX, 40)} geeft 'reference is not a tree', wat betekent dat?",
    f"The image digest is sha256:{r(HEX, 64)}; how do I pin it in my compose file?",
    f"request id {r(HEX, 8)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 12)} failed with 502",
    f'"integrity": "sha512-{r(B64, 86)}==" — wat controleert npm hiermee?',
    f"md5sum: {r(HEX, 32)}  backup.tar.gz — hoe vergelijk ik dat met de bron?",
    "The token expired after an hour, how do I refresh it with the refresh_token grant?",
    "Ons wachtwoordbeleid vraagt minimaal 12 tekens, is dat genoeg volgens de BIO?",
    "password = os.environ['DB_PASSWORD']",
    "api_key = settings.API_KEY  # from the vault",
    f"Order {r('0123456789', 10)} is stuck in 'processing', can you draft a reply?",
    f"Ticket PROJ-{r('0123456789', 4)}: login page shows 'invalid credentials' for every user",
    f'etag: "{r(HEX, 32)}" — why does the CDN keep serving the old file?',
    f'resourceVersion: "{r("0123456789", 8)}" in my kubectl output, what is it for?',
    "Hoe genereer ik een sterk wachtwoord in Python met het secrets-module?",
    f"commit {r(HEX, 7)} broke the build, how do I revert it?",
    "Set SECRET_KEY from an environment variable instead of hardcoding it in settings.py.",
    f"Build {r(LOWNUM, 12)} finished in 4m 12s",
    "De pincode van de printer staat op de sticker aan de achterkant.",
    f"video id: {r(URL64, 11)} — embed this YouTube video in the page",
    f"Tracking number 1Z{r('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)} shows no updates since Monday.",
]


if __name__ == "__main__":
    sys.exit(command(__doc__, LABELLED, BENIGN))

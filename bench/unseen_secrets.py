# ruff: noqa: E501
"""Unseen secrets: credentials as office workers and developers paste them into a chat assistant.

Who: written by a different author than the detection rules, 2026-12-07, thirteenth session, without
reading the engine's rules (dlp_proxy/detection/) or the other secret corpora of bench/.

How: all 120 labelled texts (60 Dutch, 60 English) and 40 benign texts were written in full before
the engine first ran on them; random parts were drawn once with Python's `random.Random` under a
fixed seed (or with openssl/ssh-keygen for the keys) and then pasted in as literal text. Not
adversarial and not obfuscated: ordinary carelessness. Each labelled text holds one to three
secrets marked [[SECRET:value]], the value being exactly the characters of the secret (only the
password of a user:password pair or URL, the whole PEM block of a private key, both halves of a key
pair when both are secret; an AWS access key id counts as a secret; password hashes are not
secrets). Scored with bench/dev_marks.py's `red_team` (kind SECRET, a value found when SECRET
findings cover half of it).

What it covers: vendor tokens (OpenAI project, service-account and legacy keys, Anthropic, GitHub
classic/fine-grained/OAuth, GitLab personal and runner tokens, Slack bot/user tokens and webhooks,
Stripe secret/restricted/webhook secrets, Twilio, SendGrid, Mailgun old and new, AWS AKIA/ASIA with
secret and session token, Google AIza, Azure storage AccountKey and SAS sig, Azure AD client
secrets, Azure DevOps PAT, Atlassian, npm, PyPI, Docker Hub, Hugging Face, Discord, Telegram, JWTs
including a Supabase service key, Shopify, Datadog, Heroku old and new, DigitalOcean, Firebase
Cloud Messaging server key, Okta SSWS, Mollie); generic passwords in prose, chat, tickets, handover
notes, onboarding mails, account lists with a password column, wifi, PIN codes, changed and
temporary passwords, Gmail app passwords; secrets in Python, JS, C#, Java, PHP, Go, Dart, shell,
PowerShell, curl -u and Authorization headers (Bearer and Basic), .env, YAML, JSON appsettings,
docker-compose, Kubernetes Secrets (base64 data and stringData), Terraform, GitHub Actions,
.npmrc/.pypirc/.netrc/.pgpass, and connection strings for SQL Server, Postgres, MySQL, MongoDB,
Redis and AMQP; private keys (RSA PKCS#1, PKCS#8 inside a service-account JSON, EC, OpenSSH).
Benign: UUIDs, commit SHAs, checksums, bcrypt/argon2 hashes, base64 image data, SRI and npm
integrity hashes, image digests, placeholders (YOUR_API_KEY, <token>, sk-..., ${DB_PASSWORD},
xxxxx, ${{ secrets.X }}), masked keys, password policies, public keys and certificates, ids of
requests, traces, orders, parcels and Stripe objects, version strings, CSS colours, minified JS.

Usage: python bench/unseen_secrets.py [--misses]

First run (2026-12-07, the only run; texts and marks unchanged since; the working tree then held
uncommitted changes to the credential recognizers, measured as they stood; on the engine of
6effe20, the session's start, the figures are the same, miss for miss): SECRET recall 0.881
(133/151), nl 0.895 (68/76), en 0.867 (65/75), any-type recall 0.881; benign texts with a SECRET
finding 2/40 (the bcrypt hashes of a users dump under a password_hash column, and an argon2id hash
as the value of a "password" JSON key).

Misses by kind of shape: every vendor-prefixed token, every private key, every JWT and every value
under a credential key in config (.env, YAML, JSON, TOML, Terraform, Kubernetes, .npmrc/.pypirc/
.netrc/.pgpass, Password= in connection strings, user:password@ in URLs) was found. Seventeen of the
eighteen misses are plain passwords that stand without a key=value label: in prose after a verb or
a pronoun ("het is X", "gereset naar X", "reset ... to X", "changed ... to X", "and password X"
in a running sentence, a chat answer "it's X" to a question about the "vpn pw"), the second login
of a handover note whose first one was found ("wachtwoord X" after a comma, "user / X"), passwords
passed as positional arguments in code (PHP mysqli and PDO, Java DriverManager.getConnection, C#
NetworkCredential), the password in a Go MySQL DSN (user:pass@tcp(...), not a URL), the quoted
Password column of a KeePass CSV export, a Gmail app password with its spaces, and a six-digit phone
passcode in a bullet list (the Dutch four-digit alarm code was found). The one unprefixed vendor
secret missed is a Twilio API key secret (32 alphanumerics) passed positionally, while the engine
flagged the SK... key id and the AC... account id beside it, which are identifiers.

Since (same session, rules by the engine's author): 0.974 (147/151); benign 2/40,
the same two texts. Decided: a password hash under a password key stays a finding (masked or
blocked): bcrypt and argon2 hashes are cracked offline, and a DLP tool that passes them leaks the
password in all but name. Still missed: "het is X" after a sentence about a password, a chat answer
"it's X", a six-digit PIN, and the Twilio secret passed by position.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_marks import red_team_command  # noqa: E402

LABELLED: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Dutch
    (
        "nl",
        "python OpenAI client with project key",
        """Hoi! Ik krijg steeds een AuthenticationError als ik dit script draai, kun je zien wat er mis is?

from openai import OpenAI

client = OpenAI(api_key="[[SECRET: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]]")
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Vat deze offerte samen in drie zinnen"}],
)
print(resp.choices[0].message.content)""",
    ),
    (
        "nl",
        "prose: shared mailbox password in parentheses",
        """Outlook op mijn laptop blijft om het wachtwoord vragen van de gedeelde mailbox info@bakkerijvandam.nl. Ik heb het gewoon ingevuld (het is [[SECRET:Zomerzon2025!]]) maar na een paar minuten komt de popup weer terug. Hoe los ik dit op? We hebben Microsoft 365 Business Standard.""",
    ),
    (
        "nl",
        "handover note with ww: and wachtwoord",
        """Kun je van deze overdrachtsnotitie een nette checklist maken voor de nieuwe collega?

Overdracht website kapsalon Lotte
- Hosting zit bij TransIP, inloggen met beheer@studio-kwast.nl, ww: [[SECRET:Kw@st-Hosting!19]]
- FTP: ftp.kapsalonlotte.nl, gebruiker kapsalon_ftp, wachtwoord [[SECRET:vaQqrpxCCduF]]
- WordPress admin gaat via SSO, daar hoef je niks voor te doen
- Domein verloopt in maart, herinnering staat in de agenda""",
    ),
    (
        "nl",
        "Laravel .env with APP_KEY, DB and SendGrid passwords",
        """Mijn Laravel app stuurt geen mails meer sinds de verhuizing naar de nieuwe server. Dit is mijn .env, zie jij iets geks?

APP_NAME=Urenregistratie
APP_ENV=production
APP_KEY=base64:[[SECRET:aP87o/vkghw0MzTd5eIGfDNOCM0IVcb00H+0nELu/Dg=]]
APP_DEBUG=false
APP_URL=https://uren.installatiebedrijf-mulder.nl

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=uren
DB_USERNAME=uren_app
DB_PASSWORD=[[SECRET:HdKCRGD4fc2jDmt9]]

MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD=[[SECRET: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]]
MAIL_ENCRYPTION=tls""",
    ),
    (
        "nl",
        "docker-compose postgres and pgadmin passwords",
        """Waarom kan pgadmin niet verbinden met de database? Foutmelding: "could not translate host name". Hier mijn compose:

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: voorraad
      POSTGRES_PASSWORD: [[SECRET:r7HiKRkf3hlrHs]]
      POSTGRES_DB: voorraad
    ports:
      - "5432:5432"
  pgadmin:
    image: dpage/pgadmin4
    environment:
      PGADMIN_DEFAULT_EMAIL: it@groothandel-peters.nl
      PGADMIN_DEFAULT_PASSWORD: [[SECRET:Peters2024!pgadmin]]
    ports:
      - "8080:80\"""",
    ),
    (
        "nl",
        "guest wifi notice",
        """Kun je dit bericht wat vriendelijker formuleren voor op het whiteboard bij de receptie?

'Gasten wifi: netwerk Kantoor-Gast, wachtwoord [[SECRET:Koffie&Stroopwafel24]]. Niet doorgeven aan leveranciers aub.'""",
    ),
    (
        "nl",
        "onboarding mail with temporary password",
        """Kun je deze welkomstmail wat warmer maken?

Beste Sanne,

Welkom bij Van Leeuwen Accountants! Je account is aangemaakt. Je gebruikersnaam is s.dekker@vanleeuwen-acc.nl en je tijdelijke wachtwoord is [[SECRET:Welkom!4829]]. Bij de eerste keer inloggen word je gevraagd dit te wijzigen en MFA in te stellen.

Groet,
Martijn (ICT)""",
    ),
    (
        "nl",
        "semicolon CSV of accounts with password column",
        """Ik wil van deze lijst een Excel-formule maken die aangeeft welke accounts langer dan 90 dagen niet gewijzigd zijn. Kolom D is de datum. Hoe doe ik dat?

Systeem;Gebruiker;Wachtwoord;Laatst gewijzigd
Exact Online;administratie@dewit-bv.nl;[[SECRET:DeWit#Exact2023]];12-03-2025
Bol.com partner;verkoop@dewit-bv.nl;[[SECRET:3JD61rztPeHmI1g]];04-09-2025
Mijn KPN zakelijk;dewitbv;[[SECRET:Kpn-Zak!7781]];28-11-2024""",
    ),
    (
        "nl",
        "GitHub Actions workflow with hardcoded AWS key pair",
        """Mijn workflow faalt met 'The security token included in the request is invalid'. Dit is de workflow:

name: deploy-site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: [[SECRET:AKIABTY5BQRIDONV3WIV]]
      AWS_SECRET_ACCESS_KEY: [[SECRET: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]]
      AWS_DEFAULT_REGION: eu-west-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./public s3://www.fietsenmakerij-jansen.nl --delete""",
    ),
    (
        "nl",
        "curl with GitHub classic token as Bearer",
        """Waarom geeft deze curl 'Bad credentials'? Ik heb de token net aangemaakt.

curl -H "Authorization: Bearer [[SECRET:ghp_H034WmnytgAtmh7vaV18tTb2iE3LONAwtRWq]]" -H "Accept: application/vnd.github+json" https://api.github.com/repos/gemeente-tool/parkeervergunning/issues""",
    ),
    (
        "nl",
        "python backup script with Slack webhook",
        """Ik wil dat mijn backupscript een melding in Slack zet als het mislukt. Klopt dit zo?

import requests

WEBHOOK = "https://hooks.slack.com/services/[[SECRET:T05IJ6GX8M/B0JUW4TKBJT/E9JUa7mVkDCjz1Mms5JOX2ns]]"

def meld(tekst):
    requests.post(WEBHOOK, json={"text": f":warning: Backup NAS: {tekst}"})""",
    ),
    (
        "nl",
        "appsettings.json SQL Server connection string",
        """De API start niet op de testserver: 'Login failed for user sa'. Dit is appsettings.Production.json:

{
  "ConnectionStrings": {
    "Default": "Server=SQLTST01\\\\ERP;Database=Planning;User Id=sa;Password=[[SECRET:IA33N$bEI3p_85]];TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}""",
    ),
    (
        "nl",
        "alarm code as a PIN in an instruction",
        """Kun je een korte instructie schrijven voor de schoonmakers? Ze komen voortaan om 6 uur. Punten: achteringang gebruiken, alarmcode is [[SECRET:7306]] gevolgd door het hekje, en bij vertrek het alarm weer aanzetten met dezelfde code.""",
    ),
    (
        "nl",
        "python-telegram-bot token",
        """Mijn telegram bot reageert niet, wat doe ik fout?

from telegram.ext import ApplicationBuilder, CommandHandler

app = ApplicationBuilder().token("[[SECRET:7405475898:AA7ozTD5kjsbcqXROW5RdE4jKWwylE8wfZK]]").build()

async def start(update, context):
    await update.message.reply_text("Hallo! Ik ben de roosterbot.")

app.add_handler(CommandHandler("start", start))
app.run_polling()""",
    ),
    (
        "nl",
        "discord.js bot login",
        """Kan je deze discord bot uitbreiden zodat hij ook op !rooster reageert?

const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.on('messageCreate', msg => {
  if (msg.content === '!ping') msg.reply('pong');
});

client.login('[[SECRET:MTE3Nzk3ODk5MTY2NjE3ODk4OA.iw4XFI.PDOO_fwlBVDXgJeC110zfrjGSIh4s4iespkgMS]]');""",
    ),
    (
        "nl",
        "C# Azure blob connection string with AccountKey",
        """Ik wil pdf's uploaden naar blob storage vanuit onze .NET 8 app. Is dit de goede manier?

var conn = "DefaultEndpointsProtocol=https;AccountName=facturenprod;AccountKey=[[SECRET:7JtEgAmm3s3IkiVUgaGsEsVaaoVGMaAQ0/gOmp4nGPKf/o0fP19fDDOWJYRmSvN9UHk+MY2f1ZZT5+x1YsI8WQ==]];EndpointSuffix=core.windows.net";
var container = new BlobContainerClient(conn, "facturen");
await container.UploadBlobAsync($"{factuur.Nummer}.pdf", stream);""",
    ),
    (
        "nl",
        "PowerShell upload to a SAS URL",
        """Deze PowerShell-regel werkte vorige week nog maar nu krijg ik 403 AuthenticationFailed. Is de SAS verlopen?

Invoke-WebRequest -Uri "https://backupsdewit.blob.core.windows.net/export/klanten.csv?sv=2022-11-02&ss=b&srt=o&sp=rwl&se=2026-12-31T23:00:00Z&st=2026-11-01T08:00:00Z&spr=https&sig=[[SECRET:23sX1RxDQcJttQNcH%2FuiEQlMDQ1OJADgy3eSyXGtVgI%3D]]" -Method Put -InFile .\\klanten.csv -Headers @{"x-ms-blob-type"="BlockBlob"}""",
    ),
    (
        "nl",
        "AzureAd section with client secret",
        """Ik krijg AADSTS7000215: Invalid client secret provided. Dit staat in mijn config:

"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "3f1c9b2e-7a4d-4c1e-9b0f-2d6a8e5c1f3a",
  "ClientId": "47aa2dba-d9e2-4c8d-809f-001680289e32",
  "ClientSecret": "[[SECRET:67W8Q~qbRVCsiNwHNaQhSM87zqwyXCfGrb2AxrCr]]",
  "CallbackPath": "/signin-oidc"
}

Heb ik misschien de Secret ID gebruikt in plaats van de waarde?""",
    ),
    (
        "nl",
        "PHP mysqli connect",
        """<?php
$mysqli = new mysqli("localhost", "webshop_user", "[[SECRET:v5L2ug3oIaCfCh]]", "webshop");
if ($mysqli->connect_errno) {
    die("Verbinding mislukt: " . $mysqli->connect_error);
}

Ik krijg 'Access denied for user webshop_user@localhost'. Het wachtwoord klopt echt, want in phpMyAdmin kan ik er wel mee inloggen. Wat kan het zijn?""",
    ),
    (
        "nl",
        "MongoDB Atlas URI in .env",
        """Mijn Node-app kan ineens niet meer bij Atlas, "MongoServerSelectionError: connection timed out". Dit is mijn .env:

PORT=3000
MONGODB_URI=mongodb+srv://rapportage:[[SECRET:YoD0hN450itDEF30uU]]@cluster0.x7kq2.mongodb.net/rapportage?retryWrites=true&w=majority
SESSION_TTL=3600

Moet ik mijn IP opnieuw whitelisten?""",
    ),
    (
        "nl",
        "Redis URL with password in config.js",
        """Hoe zet ik hier TLS aan? We gaan van de lokale Redis naar de managed variant.

module.exports = {
  redis: {
    url: 'redis://:[[SECRET:okZ8BWep9ckwAq5Hu]]@redis-prod.intern.vanbeek-logistiek.nl:6379/0',
    keyPrefix: 'planning:'
  }
};""",
    ),
    (
        "nl",
        "Celery broker AMQP URL",
        """Celery workers blijven hangen op 'Connection refused'. Klopt de broker url zo?

# celeryconfig.py
broker_url = "amqp://orders:[[SECRET:O2hcxlHw7AkvWbg7]]@rabbitmq.intern:5672/orders"
result_backend = "rpc://"
task_acks_late = True""",
    ),
    (
        "nl",
        "Kubernetes Secret with base64 data",
        """Kun je uitleggen waarom mijn pod 'CreateContainerConfigError' geeft? Dit is de secret die ik heb toegepast:

apiVersion: v1
kind: Secret
metadata:
  name: boekhouding-db
  namespace: finance
type: Opaque
data:
  username: Ym9la2hvdWRpbmc=
  password: [[SECRET:UG9zdGdyZXMtUHJvZCMyMjkx]]
  api-token: [[SECRET:clQ4dksybVF4OUxwVzR6Tg==]]""",
    ),
    (
        "nl",
        "Terraform DigitalOcean provider token",
        """Terraform zegt 'Unable to authenticate you'. Moet de token ergens anders staan?

terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.0"
    }
  }
}

provider "digitalocean" {
  token = "[[SECRET:dop_v1_32ad65ee64f32497bfbb1ed6b0ea0c414c0184966b01e18f0c99645ba900c798]]"
}

resource "digitalocean_droplet" "web" {
  image  = "ubuntu-24-04-x64"
  name   = "web-ams3"
  region = "ams3"
  size   = "s-1vcpu-2gb"
}""",
    ),
    (
        "nl",
        "RSA private key pasted for an ssh error",
        """ssh zegt 'Load key "id_rsa": invalid format'. Dit is de sleutel die ik van de leverancier kreeg, klopt er iets niet aan het formaat?

[[SECRET:-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEApVsttBpx0XTjfE8IVLbgX7Ho8vo9uvXXjUVRkUU3/xhLAoWc
J3mdFQuVuofMSiRCBNYIQVQAfrQn91Bx8RkA4WHkYE59Muoxddh0DKbZ7XWWA9is
0G+TRrajRB4L0SrF8HFE8uqzaR5duMapqCFCUVmHPkYCHV6ZagxE0+ltqKZQTjwd
SXruIjTASKEtBO0xeEGrGo/5//57nM+Gwd+wV63nRG63D6EGacvIcc2BwA2zcAR2
EJECdU9cQtm+/wJl7CcB7w7ecyEegtcYMVbBqurpGY65CCRFS6NG3D/I8VDZPUL3
tRxpiS+rFJdZHKLBHoRzfgPYEEwutqE2fPy6ZQIDAQABAoIBAB58kBGbqo52oZaC
r8OGsBmUoKFjt8vnlaVLOX2yKF/U58eAQMkaZ/bAWwu4C9dDlhR0LbN1vF2f85pq
b4eHF512QffroLOpcBMNJGBMxvM78bul0D7hw2KPO8zMSVt4KmRpTdAHq6pe2eK+
ZftEnoiHHCNEHxGxJlHiDzKO4BPuwY2q4qoUZ3hfymvKSl1CgBLv58p26vVP3fxG
afF75YzyG9cId8Obuib+ajoYM1j5SzL7zTt3ll/qTPp45ftu4J2uVGxtvxWRlOjV
2uquQ9kQ4hM3WX+LGz5MNeW882LJ4rtgta40l19pq06viTVLiJ7w4dddFJErcf4Z
OvMS6GECgYEA5105vWu1YKu2OTyVomVegj3c1H/9LNyZxOeFqc+SPsZ0i9i9giGQ
icJhalMUTpyWUEhUKR8JfCA7x9aXzEuqSQLCaBos+McI7wgAlktI+/3J/fZsqI/j
ebZ16TOXlLkltQdjQ9l886ERa68ra4NTpjfzoG6Io4hgQ1vO2zJw+a0CgYEAtvai
uvL0/9V4F1EZVLD0X79HI+KoNlNoCKJsf7Shk10Rw3dLyjXgkUZN7iiAr2qj8IHm
6mB3necPc1rogkwwTUpdtoYK8kAiN8a2em32lSbJ8Zjb68FbHR9DWoY15guxEsSk
a7KOoEJPN1veorpzW4KjXhU+6LgkdqV6r0TpypkCgYBL2DfRbLms0x2NbdrvvaNZ
tsXps3tfdYHDFtKudClRAuW54nddbXtgbaRZopqJmrN75foQ8Oe/FSIDxMlGY5eT
D6CDV/FeLIE1Or5Whp+KXAwXgOzl5SWBBNtqc0tBqeA+lAlqeKWJiEeZsXbea9LE
LptjAFkyosZLzpDlMofukQKBgFTqAnxhZfOWTzYDHY6A0eneDFZLS2ZrL01SlKhw
XMzX1Pay1ynx91d1GZX+ljrTc2Kb51+/hcRzCGixOFfApGo6qWOcslfcDAV25BnO
DzMJ3Y+TMf4orvDFIa1RvJIXuwbK3MRfCnK2U62NpbZAcml2J/vyQFAhpkqqYlYV
1auBAoGBALpMpmThgH1gbBX1w1iZHK6XyDC7m9x1sJhNX0hx5koT8BQMXrRjDnrf
Mhgrd/3r3HLbjxyxgrXG0IOOkG0nBpqNGBeR7qbV9035qVDTjmo57Dun2StPP+7p
rmp2XYLhNLqCXq1caljaeuWsoaeUcWLkKYJtZdVHJzpphRMJI0sr
-----END RSA PRIVATE KEY-----]]""",
    ),
    (
        "nl",
        "prose SMTP settings with username and password",
        """De scanner op de tweede verdieping kan niet meer scannen naar e-mail. Instellingen die erin staan: smtp.office365.com, poort 587, STARTTLS, gebruiker scanner@notariskantoor-hendriks.nl en wachtwoord [[SECRET:Scan2Mail!2026]]. Sinds gisteren krijgen we 'authentication unsuccessful'. Heeft Microsoft iets veranderd?""",
    ),
    (
        "nl",
        "prose: password changed to X",
        """Ik heb vanochtend het wachtwoord van ons Ziggo-account veranderd naar [[SECRET:Lente2026!Bloem]] maar de app op de tablet in de wachtkamer blijft het oude gebruiken en logt steeds uit. Hoe forceer ik dat hij opnieuw vraagt?""",
    ),
    (
        "nl",
        "Node Stripe secret key",
        """Ik wil een betaallink maken vanuit ons boekingssysteem. Is dit genoeg?

const stripe = require('stripe')('[[SECRET: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]]');

const link = await stripe.paymentLinks.create({
  line_items: [{ price: 'price_1QfXk2LzA9', quantity: 1 }],
});
console.log(link.url);""",
    ),
    (
        "nl",
        "Mollie live API key in PHP",
        """Hoe krijg ik iDEAL als enige betaalmethode in deze code?

$mollie = new \\Mollie\\Api\\MollieApiClient();
$mollie->setApiKey("[[SECRET:live_38AibNyyurlGFb0EkjKWREhbiGjlvh]]");
$payment = $mollie->payments->create([
    "amount" => ["currency" => "EUR", "value" => "24.95"],
    "description" => "Bestelling #10482",
    "redirectUrl" => "https://www.theehuisjevanlier.nl/bedankt",
]);""",
    ),
    (
        "nl",
        "python requests to Jira with Atlassian token",
        """Ik wil alle open tickets van ons project exporteren naar Excel. Dit geeft een 401, waarom?

import requests

auth = ("p.smit@zorggroep-eemland.nl", "[[SECRET:ATATT3xFfGF0a0p4cMAcGhNTTVZMaNtplo6R6fLeVDqo1Rsy2acGVAjHE2wadr6zf0GSpJ-K2TX076cg6YBWn0f245KN05Ja4B3lBnTvkTbeWvgZYai0bRnVQjzB02WjUphRw9hUP_SIbR06H9FniQLr_AzNxlX16bXBOTpM38AzaMcbChY5pV=839FEA27]]")
r = requests.get(
    "https://zorggroep-eemland.atlassian.net/rest/api/3/search",
    params={"jql": "project = ICT AND statusCategory != Done"},
    auth=auth,
)
print(r.status_code)""",
    ),
    (
        "nl",
        "prose: Hugging Face token for a notebook",
        """Ik probeer Llama te downloaden in Colab maar krijg 'Access to model is restricted'. Ik heb toegang aangevraagd en die is goedgekeurd. Ik log in met huggingface-cli login en plak dan mijn token [[SECRET: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]], dat lukt wel. Wat mis ik nog?""",
    ),
    (
        "nl",
        ".npmrc with npm automation token",
        """We publiceren een interne package maar npm zegt 'E404 Not Found - PUT'. Dit is de .npmrc in de repo:

@zuidas-digital:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=[[SECRET:npm_NDapBdus1TqBRQj33Rrvsk2TnVTvvkHdlplz]]
always-auth=true""",
    ),
    (
        "nl",
        ".pypirc with PyPI token",
        """twine upload geeft 403 Invalid or non-existent authentication information. Mijn ~/.pypirc:

[distutils]
index-servers = pypi

[pypi]
username = __token__
password = [[SECRET:pypi-AgEIcHlwaS5vcmc5KMApN59oV1o3HAxshpw8HngqmbBW8MqjTcJiOprJe-QNX-tsAKg5VcttXDbzgsckVtBc0NDGOTYZnAoKH_d5F_NtEmaR6DFXENWFS6Bl2RJhX28kjw4j9x-qIXtw3Npp2zBUEbvAchzRoVXqrJJH3utttQrnrGP]]""",
    ),
    (
        "nl",
        "docker login with Docker Hub PAT",
        """Als ik dit in onze build-server draai krijg ik 'unauthorized: incorrect username or password':

docker login -u bouwbedrijfkok -p [[SECRET:dckr_pat_GKLwG3_P0P5htQy5-Tqc7wRuzGX]]
docker push bouwbedrijfkok/planning-api:1.4.2

Moet ik die token anders meegeven?""",
    ),
    (
        "nl",
        "prose: router login admin / password",
        """Ik wil port forwarding instellen voor de camera's. Router is een Fritzbox 7590, login is admin / [[SECRET:Xs4all2019rdam]]. Welke poort moet ik doorzetten voor RTSP en is dat veilig?""",
    ),
    (
        "nl",
        "wp-config.php database password",
        """Na de update naar PHP 8.3 krijg ik 'Error establishing a database connection'. Relevante stuk van wp-config.php:

define( 'DB_NAME', 'wp_schilder' );
define( 'DB_USER', 'wp_schilder' );
define( 'DB_PASSWORD', '[[SECRET:6ytTBURaHyx49]]' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );""",
    ),
    (
        "nl",
        "HTML script tag with Google Maps key",
        """De kaart op onze contactpagina is grijs met 'This page can't load Google Maps correctly'. Dit is de code:

<div id="kaart" style="height:400px"></div>
<script src="https://maps.googleapis.com/maps/api/js?key=[[SECRET:AIzaD07F9_Vn7CBICJtAwbAonramBbO7fDPuENK]]&callback=initKaart" async defer></script>""",
    ),
    (
        "nl",
        "curl to FCM legacy API with server key",
        """Onze app-pushmeldingen werken niet meer. Deze curl geeft 404:

curl -X POST https://fcm.googleapis.com/fcm/send \\
  -H "Authorization: key=[[SECRET:AAAAYe1b-1e:APA91bAcacbcnyVLnGl4K1LgMyiiVe2a-B1us0C2WkAHjA8DGkydIWlOC_c_GVs_ZJxRhHISpj8GlAdqIXJ12LVOn1ZVlG6trzswUfROPSOm3BYiu9ONIntSXXlv9q5nLbNrhojmuAoP]]" \\
  -H "Content-Type: application/json" \\
  -d '{"to": "/topics/nieuws", "notification": {"title": "Nieuwe dienstregeling"}}'

Moet ik over naar HTTP v1?""",
    ),
    (
        "nl",
        "git clone URL with GitLab token",
        """Op de nieuwe server lukt het clonen niet meer, hij blijft om een wachtwoord vragen:

git clone https://oauth2:[[SECRET:glpat-ae-AorPLnN9nNRBX1TbB]]@gitlab.com/gemeente-weststad/zaaksysteem-koppeling.git

Wat doe ik fout?""",
    ),
    (
        "nl",
        "prose: JWT from Postman",
        """Waarom krijg ik 403 Forbidden op /api/facturen terwijl mijn token gewoon geldig is? Ik stuur dit mee als Bearer: [[SECRET:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxIiwibmFtZSI6InN2Yy1wb3J0YWwiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjQ5MjE2MDAsImV4cCI6MTc2NTAwODAwMH0.9ZZ46HlPYnEpnYCVY67P_2dv8p95hYHV2orsR6A36uU]]""",
    ),
    (
        "nl",
        "python Twilio client with auth token",
        """We willen sms-herinneringen sturen voor afspraken. Werkt dit ook met een Nederlands nummer als afzender?

from twilio.rest import Client

account_sid = "AC50f141a85ff37ea387f7578af13aa2cb"
auth_token = "[[SECRET:16208f8cce6b274eed36d0c09e47ea74]]"
client = Client(account_sid, auth_token)
client.messages.create(to="+31612345678", from_="Fysio", body="Herinnering: morgen 10:30 afspraak")""",
    ),
    (
        "nl",
        "Django settings with Mailgun key (new format)",
        """Django stuurt geen wachtwoord-resetmails. Dit staat in settings.py:

ANYMAIL = {
    "MAILGUN_API_KEY": "[[SECRET:89d49404cd7a094a4c2b9b135d0044c3-a2b3feff-47b998ec]]",
    "MAILGUN_SENDER_DOMAIN": "mg.sportschool-fitfabriek.nl",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
}
EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend\"""",
    ),
    (
        "nl",
        "python Shopify Admin API access token",
        """Ik wil de voorraad uit ons magazijnsysteem naar Shopify zetten. Klopt deze aanroep?

import requests

SHOP = "kaashandel-de-graaf.myshopify.com"
headers = {"X-Shopify-Access-Token": "[[SECRET: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]]", "Content-Type": "application/json"}
r = requests.post(f"https://{SHOP}/admin/api/2024-10/inventory_levels/set.json", json={"location_id": 655441, "inventory_item_id": 808950810, "available": 42}, headers=headers)""",
    ),
    (
        "nl",
        "git clone with Azure DevOps PAT",
        """Hoe zet ik dit in een script zonder dat hij om inlog vraagt? Nu doe ik:

git clone https://build:[[SECRET:kw7r4f6qkks6rfgy356o7og422opxnyftdng3ab3nq37n3wpk3ay]]@dev.azure.com/waterschap-rivierland/Peilbeheer/_git/peilbeheer-api

en dat werkt, maar alleen handmatig.""",
    ),
    (
        "nl",
        "prose: ssh login with user and password",
        """Kun je een Ansible-playbook maken dat nginx installeert op onze testserver? Je kunt ervan uitgaan dat ik met ssh naar 10.0.4.12 ga als gebruiker deploy, wachtwoord: [[SECRET:gFtvXUeTpH1gQLY4]], en dat deploy sudo mag.""",
    ),
    (
        "nl",
        "OpenSSH private key for a deploy key",
        """Ik heb deze deploy key als secret in GitHub gezet maar de action zegt 'Permission denied (publickey)'. Is dit het juiste deel van de sleutel?

[[SECRET:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBmBtQAxqI+Hkvwe0ib2zOKHyXObHdcTqns9YSmnZN29AAAAJh4fkW5eH5F
uQAAAAtzc2gtZWQyNTUxOQAAACBmBtQAxqI+Hkvwe0ib2zOKHyXObHdcTqns9YSmnZN29A
AAAED/w4FxyBZDJNcTzgsxE2VEATDlKMes5GIt6uDZFL2jVWYG1ADGoj4eS/B7SJvbM4of
Jc5sd1xOqez1hKadk3b0AAAAFWdpdGh1Yi1hY3Rpb25zLWRlcGxveQ==
-----END OPENSSH PRIVATE KEY-----]]""",
    ),
    (
        "nl",
        "markdown table of logins",
        """Zet deze tabel om naar een nette Word-tabel met de kolommen in een andere volgorde (Systeem, Wachtwoord, Gebruiker):

| Gebruiker | Systeem | Wachtwoord |
|---|---|---|
| receptie | Kassasysteem | [[SECRET:Receptie@2025]] |
| planning | Rooster-app | [[SECRET:h3P9Zb9C2ITvrhqLks]] |
| beheer | NAS | [[SECRET:Q!Ye6U$a_mnabfIo]] |""",
    ),
    (
        "nl",
        "Next.js .env.local with Anthropic key",
        """Ik bouw een chatbot voor onze klantenservice in Next.js. In development werkt het, op Vercel niet ('invalid x-api-key'). .env.local:

ANTHROPIC_API_KEY=[[SECRET:sk-ant-api03-yDu7U8WKNQwGtYMFxyB1PkNyg7nwDkQuyAegOBjl-uD6g5Twsrx5lT0BVGxWP5bZczrDHUWQS-0o9wnOh4iM0Mk8KsXm1AA]]
NEXT_PUBLIC_SITE_NAME=Klantenservice Groenwonen""",
    ),
    (
        "nl",
        "datadog env vars API and app key",
        """Ik wil via de Datadog API een dashboard exporteren. Welke endpoint heb ik nodig? Mijn variabelen:

export DD_SITE="datadoghq.eu"
export DD_API_KEY="[[SECRET:85a7fe47f05bb3af160e3f717dc00f10]]"
export DD_APP_KEY="[[SECRET:bf3d28c85d42e625c975fd08f0057fb22388ca03]]\"""",
    ),
    (
        "nl",
        "GitHub Actions Heroku deploy with API key (UUID form)",
        """De deploy naar Heroku faalt met 'Invalid credentials provided'. Stukje uit de workflow:

      - uses: akhileshns/heroku-deploy@v3.13.15
        with:
          heroku_api_key: "[[SECRET:e92ab13f-4278-4f22-9929-95e00767a348]]"
          heroku_app_name: "reserveringen-dejonge"
          heroku_email: "dev@restaurantdejonge.nl\"""",
    ),
    (
        "nl",
        "Spring application.properties with datasource password and JWT secret",
        """Na het upgraden naar Spring Boot 3.3 start de app niet meer, 'Failed to configure a DataSource'. application.properties:

spring.datasource.url=jdbc:postgresql://db01.intern:5432/ledenadministratie
spring.datasource.username=leden_app
spring.datasource.password=[[SECRET:r5AFhMUgQSqbtIzA9Xr]]
spring.jpa.hibernate.ddl-auto=validate
app.jwt.secret=[[SECRET:orfQ31Smexz1wUXQ3tqWPas9I+czEVfh10ttQ3PBCIAwfXVmdTg3tG/xQ8hK1mgP]]
app.jwt.expiration-ms=3600000""",
    ),
    (
        "nl",
        "Go MySQL DSN",
        """Waarom krijg ik 'invalid DSN: missing the slash separating the database name'?

db, err := sql.Open("mysql", "rooster:[[SECRET:U&9z+4mgYake#B]]@tcp(10.20.0.15:3306)rooster?parseTime=true")
if err != nil {
    log.Fatal(err)
}""",
    ),
    (
        "nl",
        "chat message: ww printer",
        """Kun je dit appje even netjes maken voor in de teamchat? "ff voor iedereen: ww printer beheer is nu [[SECRET:Canon-MF743!]], oude werkt niet meer. papier ligt in de kast bij de kluis\"""",
    ),
    (
        "nl",
        "PowerShell with Basic auth header",
        """Dit script haalt de orders op uit ons oude ERP. Kan ik het omzetten naar Python?

$headers = @{ Authorization = "Basic [[SECRET:YXBpLXVzZXI6RmlldHNwb21wITg4]]" }
$orders = Invoke-RestMethod -Uri "https://erp.intern.lokaal/api/v1/orders?status=open" -Headers $headers
$orders | Export-Csv -Path .\\orders.csv -NoTypeInformation""",
    ),
    (
        "nl",
        "KeePass CSV export",
        """Ik heb onze KeePass geëxporteerd en wil het in Bitwarden importeren, maar de kolommen kloppen niet. Hoe moet ik deze CSV aanpassen?

"Group","Title","Username","Password","URL","Notes"
"Leveranciers","Makro","inkoop@cafedehoek.nl","[[SECRET:J9C$1hnsSSI]]","https://www.makro.nl",""
"Overheid","Mijn Belastingdienst Zakelijk","cafedehoek","[[SECRET:Hoek!Btw2024q3]]","https://mijn.belastingdienst.nl",""
""",
    ),
    (
        "nl",
        "prose: Synology NAS admin",
        """Onze Synology DS920+ geeft een melding over een nieuwe DSM-versie. Kan ik die veilig installeren zonder dat de gedeelde mappen verdwijnen? Inloggen doe ik met gebruiker beheerder en wachtwoord [[SECRET:icsONUggbjrqkCC]] via http://192.168.1.20:5000.""",
    ),
    (
        "nl",
        "python slack_sdk with bot token",
        """Hoe laat ik deze bot elke maandag om 9 uur het weekmenu posten?

from slack_sdk import WebClient

client = WebClient(token="[[SECRET:xoxb-251242259141-3703948648937-GJ05LBBJ165Ve4kKUum2UfAR]]")
client.chat_postMessage(channel="#kantine", text="Weekmenu: ...")""",
    ),
    (
        "nl",
        "~/.aws/credentials with temporary STS credentials",
        """aws s3 ls geeft 'ExpiredToken'. Dit is mijn credentials-bestand, moet ik iets verversen?

[default]
aws_access_key_id = [[SECRET:ASIAJKXW2FE2IAX3OUYY]]
aws_secret_access_key = [[SECRET:uh6j7KsWfx4mAGkaCV4YLvcXDZi/jefLT1IA0f9G]]
aws_session_token = [[SECRET:IQoJb3JpZ2luX2VjEHMEohBiNxB1RaLX1ZFFZqpSjzajuE7X2SanDipdAuJT6kqjb+t2OBUhtc5MCEVDq6PFUYxTTQBeRVvAYrVEv+N8UZxErkYd3RpTcMWfB7/iGk84M1goOv4tGZq/rb8blmBhqjkbJ7IcLHCqPYcx5y6BeQj1CPqWhEJHI4UU13kcMiFUBCECWAMAFiLizJ7cXR4K0LcqB4UScxtn8z3j42mDaHSiQYjRMP3hAweV9vXpcgoqDKbsKuVYZeH2hTKMNE31RdP8AebVquAFx3E6b4mEZRF+EfDA87/JtJB6XNLPR]]
region = eu-central-1""",
    ),
    (
        "nl",
        "Django settings.py SECRET_KEY and mail password",
        """Moet ik DEBUG uitzetten voordat ik dit live zet? En wat moet er nog meer anders? Dit is mijn settings.py (ingekort):

SECRET_KEY = '[[SECRET:3x&sh88(jbbld63inouxjugn33$bsrp(wg&l**@ii*eje!xgb=]]'
DEBUG = True
ALLOWED_HOSTS = ['*']
EMAIL_HOST = 'smtp.strato.com'
EMAIL_HOST_USER = 'website@dierenartspraktijk-bos.nl'
EMAIL_HOST_PASSWORD = '[[SECRET:Dierenarts#Bos88]]'""",
    ),
    (
        "nl",
        "helpdesk ticket with reset password",
        """Kun je van dit ticket een korte samenvatting maken voor het weekrapport?

Ticket #2291 - Inlogprobleem j.bakker
Status: Opgelost
Actie: account ontgrendeld in AD, wachtwoord gereset naar [[SECRET:Tijdelijk!2026]], gebruiker moet dit bij eerste login wijzigen. MFA-registratie opnieuw verstuurd.
Tijd: 15 min""",
    ),
    # ------------------------------------------------------------------ English
    (
        "en",
        "python Anthropic client",
        """Getting a 401 with this, any idea why? The key is brand new.

import anthropic

client = anthropic.Anthropic(api_key="[[SECRET:sk-ant-api03-NWZ_H34xGqazCIMSe_LWGzRBkSs5yzQMl542k_mAtbkP8u73C629fXkQRe74AWAxOJPsHocb8ymEB0BwSsXgMq3rFrD9nAA]]")
msg = client.messages.create(
    model="claude-sonnet-4-5",
    max_tokens=512,
    messages=[{"role": "user", "content": "Summarise this contract"}],
)
print(msg.content[0].text)""",
    ),
    (
        "en",
        "JS fetch with OpenAI service-account key",
        """Why does this return CORS errors in the browser? Works fine in Postman.

const res = await fetch("https://api.openai.com/v1/chat/completions", {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "Authorization": "Bearer [[SECRET: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]]"
  },
  body: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] })
});""",
    ),
    (
        "en",
        "git remote URL with fine-grained GitHub PAT",
        """git push keeps failing with 'remote: Permission to acme-ops/infra.git denied'. Here's my remote:

$ git remote -v
origin  https://mbrennan:[[SECRET: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]]@github.com/acme-ops/infra.git (fetch)
origin  https://mbrennan:[[SECRET: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]]@github.com/acme-ops/infra.git (push)

Do fine-grained tokens need some extra permission for push?""",
    ),
    (
        "en",
        "gh CLI hosts.yml with OAuth token",
        """gh auth status says I'm logged in but gh pr create fails with 'HTTP 401: Bad credentials'. My ~/.config/gh/hosts.yml:

github.com:
    users:
        dkowalski:
            oauth_token: [[SECRET:gho_YVXL5jND4bqsJ5yWGQGr2dyIrxkw9oI9cbI7]]
    git_protocol: https
    user: dkowalski
    oauth_token: [[SECRET:gho_YVXL5jND4bqsJ5yWGQGr2dyIrxkw9oI9cbI7]]""",
    ),
    (
        "en",
        "curl to GitLab API with PRIVATE-TOKEN",
        """How do I paginate this so I get all projects, not just the first 20?

curl --header "PRIVATE-TOKEN: [[SECRET:glpat-IWpBH1EFaW1CXLJJxaqY]]" "https://gitlab.northwind-health.com/api/v4/projects?membership=true\"""",
    ),
    (
        "en",
        "curl with Slack user token",
        """Trying to export a channel's history, but I get 'missing_scope'. Which scope do I need?

curl -s -H "Authorization: Bearer [[SECRET:xoxp-709257741241-283530044593-2854339787509-91dab5448c5830db9a401d9f453a21d5]]" "https://slack.com/api/conversations.history?channel=C04QF2M8ZLK&limit=200\"""",
    ),
    (
        "en",
        "GitHub Actions step posting to Slack webhook",
        """This step never posts anything and doesn't error either. Thoughts?

      - name: Notify Slack
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Nightly build failed on ${{ github.ref_name }}"}' \\
            https://hooks.slack.com/services/[[SECRET:T0FFAN9F9W/B04JSHS6X5Y/w7t9zdsmM36TjUDlsQytRaLc]]""",
    ),
    (
        "en",
        "Express Stripe restricted key and webhook secret",
        """My webhook handler always throws 'No signatures found matching the expected signature'. Code:

const stripe = require('stripe')('[[SECRET: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]]');
const endpointSecret = '[[SECRET:whsec_pju1uHIPvuFxlmE11R95BVGFgsg5vjZ4]]';

app.post('/webhook', express.json(), (req, res) => {
  const sig = req.headers['stripe-signature'];
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  res.json({ received: true });
});""",
    ),
    (
        "en",
        "C# SendGrid client",
        """Emails send fine locally but on the Azure App Service I get 403 Forbidden. What's different?

var client = new SendGridClient("[[SECRET: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]]");
var msg = MailHelper.CreateSingleEmail(
    new EmailAddress("no-reply@harbourview-dental.co.uk", "Harbourview Dental"),
    new EmailAddress(patient.Email), "Your appointment", plain, html);
var response = await client.SendEmailAsync(msg);""",
    ),
    (
        "en",
        "Node Twilio API key and secret",
        """We switched from the auth token to an API key as recommended, now getting 'Authenticate' error 20003:

const client = require('twilio')(
  'SK37cfdfe052a3fa93acf1fd3de8615573',
  '[[SECRET:a2dIGAvtcz5INzueMnRSYAC4vFRMkc8m]]',
  { accountSid: 'AC50f141a85ff37ea387f7578af13aa2cb' }
);""",
    ),
    (
        "en",
        "boto3 client with access key pair",
        """This lambda-ish script runs fine on my laptop. Can you convert it to use pagination for list_objects_v2?

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="[[SECRET:AKIAG67ZOFZ5SXQOTQES]]",
    aws_secret_access_key="[[SECRET: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]]",
    region_name="us-east-2",
)
resp = s3.list_objects_v2(Bucket="ridgeline-invoices-2026")
for obj in resp["Contents"]:
    print(obj["Key"])""",
    ),
    (
        "en",
        "~/.aws/credentials named profile",
        """Why does `aws sts get-caller-identity --profile billing` say 'The config profile (billing) could not be found'? Here's ~/.aws/credentials:

[default]
region = us-west-2

[billing ]
aws_access_key_id = [[SECRET:AKIA5RMJJIP5RW5QPLQG]]
aws_secret_access_key = [[SECRET: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]]""",
    ),
    (
        "en",
        "Terraform AWS provider with static keys",
        """Terraform plan takes ages then times out. Is the provider block OK?

provider "aws" {
  region     = "eu-west-2"
  access_key = "[[SECRET:AKIAXXOVZ2S4MVZZEEFQ]]"
  secret_key = "[[SECRET: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]]"
}""",
    ),
    (
        "en",
        "curl to Gemini with key query parameter",
        """Getting 'models/gemini-pro is not found for API version v1beta'. Which model name should I use now?

curl "https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=[[SECRET:AIzamU4qUbEmBB03jby0mV8CLok18lQuGuBJ0tV]]" \\
  -H 'Content-Type: application/json' \\
  -d '{"contents":[{"parts":[{"text":"Write a haiku about invoices"}]}]}'""",
    ),
    (
        "en",
        "MSAL python with Entra client secret",
        """Trying to read a SharePoint list with app-only auth. Token call works but Graph returns 403. Code:

app = msal.ConfidentialClientApplication(
    client_id="7f453a0e-f509-4b4f-95de-6e91074206e2",
    client_credential="[[SECRET:x288Q~AKcX9WbOlbLH-kehbjBjyo6wz.Hnly4OhJ]]",
    authority="https://login.microsoftonline.com/cascadeplumbing.onmicrosoft.com",
)
token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])""",
    ),
    (
        "en",
        "Azure Functions local.settings.json",
        """My timer trigger doesn't fire locally, just says 'The listener for function was unable to start'. local.settings.json:

{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stpayrollsync;AccountKey=[[SECRET:WEo6Y8cEQSnMpoRll2tOcqrmrJFjwElLUx8wONmbj4SYKwSnBuezSy5GGyPwdA0skjRkov2Gvemx0I2aph4uyg==]];EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "python"
  }
}""",
    ),
    (
        "en",
        "azcopy with SAS URL",
        """azcopy copy hangs at 0%. Command:

azcopy copy "./exports/*" "https://stmarketingassets.blob.core.windows.net/campaigns?sp=racwl&st=2026-12-01T09:00:00Z&se=2027-01-31T17:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=[[SECRET:%2FbYqQGjL40RMbQcX03UHrjpQz%2FD5Tex6%2FgX4YuD53cw%3D]]" --recursive""",
    ),
    (
        "en",
        "curl -u with Atlassian API token",
        """How do I bulk-move these Confluence pages under a new parent? I can at least list them with:

curl -u "t.okafor@brightlane.io:[[SECRET:ATATT3xFfGF0gulKiUF4PAbNCzcm9iU6IgzKwN1lacmefKnw5UE6tMsKoaQ4AlLjLVy4-WuHX6Wxxr1fekm1cY7Kj3ia4_6to712iiDZS7WHeUoAkG33eh1D8fNwl86_5NfxhGBKHIWcuDP9T0JWcyrr8geny0vobgN5YqtzfB4l4Ma_CS1Nb_=37FAE2A2]]" \\
  "https://brightlane.atlassian.net/wiki/rest/api/content?spaceKey=OPS&limit=100\"""",
    ),
    (
        "en",
        "config.toml of a GitLab runner",
        """The runner shows as offline in the UI even though the service is running. /etc/gitlab-runner/config.toml:

concurrent = 4

[[runners]]
  name = "build-01"
  url = "https://gitlab.com"
  token = "[[SECRET:glrt-__nYGNjPa_Crgskgaev6]]"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false""",
    ),
    (
        "en",
        "python huggingface_hub login",
        """Is there a way to make this not prompt in a Docker build?

from huggingface_hub import login, snapshot_download

login(token="[[SECRET: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]]")
snapshot_download("mistralai/Mistral-7B-Instruct-v0.3", local_dir="/models/mistral")""",
    ),
    (
        "en",
        "curl to Telegram Bot API with token in URL",
        """Our alert script uses this and suddenly gets 'Bad Request: chat not found'. Nothing changed on our side.

curl -s "https://api.telegram.org/bot[[SECRET:1804696866:AAZ8ta3ccWnfyQNa--67b6LjiszN5qAj63O]]/sendMessage" -d chat_id=-1002231190456 -d text="Disk usage above 90% on db-02\"""",
    ),
    (
        "en",
        "prose: decode this JWT",
        """Can you decode this access token and tell me which scopes it has? I think the API rejects it because of the audience.

[[SECRET:eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLm1pY3Jvc29mdG9ubGluZS5jb20vM2YxYzliMmUtN2E0ZC00YzFlLTliMGYtMmQ2YThlNWMxZjNhL3YyLjAiLCJhdWQiOiJhcGk6Ly9mYWN0dXJhdGllIiwib2lkIjoiOWQyZiIsInNjcCI6Ikludm9pY2VzLlJlYWQiLCJleHAiOjE3NjUwMTE2MDB9.j23-jN9xHgV5ghqKLigO7YuzV246uTPR1bvYL1SOIRdwSvVc3FQV0XRC1L3_1YHlsG1SVdCmmBtIG_wGWG5ppX4JdW-A-fdPcE_SoWSTYfKPiflK1wm22wQ2FEN4f6SuSXqoZvctZJYvo4FZNR6yxzE1m-52ldE6RwI0YP1mztYsW7nGVgiDhJem-B3_Xbu6CEDrMmg5e96tutV4YFCJxFfioNi3V8PLPyv6wDSkzpQY4d8j5Fb-_sGNv07gHdLAs4BulS5ipoTm4OhNrmyscn3TA4u6Gqv9bKnBUnS0yXdIjJ2nhPknjmY8raLq7JMJzPbEOrYG2J42cPDW3KIM7A]]""",
    ),
    (
        "en",
        "supabase-js client with service role key",
        """Row level security doesn't seem to apply at all — every user sees every row. Here's my client:

import { createClient } from '@supabase/supabase-js'

export const supabase = createClient(
  'https://kqzvbnxtlmwrpyhd.supabase.co',
  '[[SECRET:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImtxenZibnh0bG13cnB5aGQiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzMzNDAwMDAwLCJleHAiOjIwNDg5NzYwMDB9.sOT-HZFm5xD1LvXF_mmEdd0VZuNYnDYpChfivEfcsCM]]'
)""",
    ),
    (
        "en",
        "python requests to Okta with SSWS",
        """I need to deactivate all users from a CSV. This gets a single user fine; how do I loop over the file?

import requests

OKTA = "https://pinecrest-schools.okta.com"
headers = {"Authorization": "SSWS [[SECRET:00Yku3GKFoy3Bg6TfBayCxkBnLDNseJCXCMKjkVzBO]]", "Accept": "application/json"}
u = requests.get(f"{OKTA}/api/v1/users/jmorales@pinecrest.org", headers=headers).json()""",
    ),
    (
        "en",
        "docker run with Datadog API key",
        """The agent container starts but no hosts show up in the Datadog UI:

docker run -d --name dd-agent \\
  -e DD_API_KEY=[[SECRET:25b2916f2a0bf5798e253e05aef4625e]] \\
  -e DD_SITE="us5.datadoghq.com" \\
  -v /var/run/docker.sock:/var/run/docker.sock:ro \\
  gcr.io/datadoghq/agent:7""",
    ),
    (
        "en",
        ".netrc with new-format Heroku key",
        """heroku CLI keeps asking me to log in on the CI box. I put this in ~/.netrc, what's wrong?

machine api.heroku.com
  login ci@lumenfield.io
  password [[SECRET:HRKU-AAb0fYsT-V9AGysJZkHM1XVCKq7l49jU79EkwB-3Bb5OslHlxZrOBdqMCzYy]]
machine git.heroku.com
  login ci@lumenfield.io
  password [[SECRET:HRKU-AAb0fYsT-V9AGysJZkHM1XVCKq7l49jU79EkwB-3Bb5OslHlxZrOBdqMCzYy]]""",
    ),
    (
        "en",
        "LangChain script setting OPENAI_API_KEY in os.environ",
        """Why does my RAG chain return answers that ignore the retrieved docs?

import os
os.environ["OPENAI_API_KEY"] = "[[SECRET: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]]"

from langchain_openai import ChatOpenAI, OpenAIEmbeddings
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)""",
    ),
    (
        "en",
        "Heroku config DATABASE_URL postgres",
        """Running `heroku config` shows this, but my local app can't connect with the same URL ('SSL off'):

=== shiftboard-prod Config Vars
DATABASE_URL: postgres://u4f8k2mdqz1a:[[SECRET:691b6b6734017961fe2438335bd774993dfdc52d807ff23aee31993f004e1c22]]@ec2-52-71-23-198.compute-1.amazonaws.com:5432/d9fk3l2m1n0p
PAPERTRAIL_API_TOKEN: [[SECRET:WfqUyHRSIf8NFmAUNLnY]]""",
    ),
    (
        "en",
        "PHP PDO MySQL",
        """Getting SQLSTATE[HY000] [2002] Connection refused after moving to the new VPS:

$pdo = new PDO('mysql:host=127.0.0.1;dbname=crm;charset=utf8mb4', 'crm_user', '[[SECRET:R2a-yVcLCr=R9&Q+]]', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);""",
    ),
    (
        "en",
        "mongoose connect URI",
        """mongoose.connect hangs forever, no error:

await mongoose.connect('mongodb://inventory_rw:[[SECRET:EA6Gk8htj!wf^0g=]]@10.1.4.21:27017,10.1.4.22:27017/inventory?replicaSet=rs0&authSource=admin');""",
    ),
    (
        "en",
        "python redis client password",
        """How do I make this use a connection pool?

import redis

r = redis.Redis(host="cache-prod.internal.corvid.io", port=6380, password="[[SECRET:32ohADlp7UTgC7S0]]", ssl=True)
r.set("feature:new_checkout", "on")""",
    ),
    (
        "en",
        "Celery app broker URL AMQP",
        """Tasks go into the queue but never run:

app = Celery(
    "billing",
    broker="amqp://billing:[[SECRET:k*99n+eEC7]]@mq.internal.fernhill.co.uk:5672/billing",
    backend="redis://localhost:6379/1",
)""",
    ),
    (
        "en",
        "appsettings SQL Server connection string with named instance",
        """EF Core migrations fail with 'A network-related or instance-specific error'. Connection string:

"ConnectionStrings": {
  "Erp": "Data Source=SQLPROD01\\\\ERP;Initial Catalog=Sage200;User ID=sage_reader;Password=[[SECRET:EsXs-Reader#31]];Encrypt=False"
}""",
    ),
    (
        "en",
        "EC private key pasted",
        """Our vendor sent this key for signing API requests. Which curve is it and how do I load it in Java?

[[SECRET:-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIDCZeOlZT3m06rJoGLFXKRaG9TAKPKziMxMSW4aCYL+goAoGCCqGSM49
AwEHoUQDQgAEdlxvkxA2fzPpu2He4mxHDfbFK2BPfs07xg1vK5UOhK/CgXLhQ3tD
kdGhEulch+ixNBnof+CEDmjzqOv7UuD7CA==
-----END EC PRIVATE KEY-----]]""",
    ),
    (
        "en",
        "Google service account JSON with private_key",
        r"""BigQuery client says 'invalid_grant: Invalid JWT Signature'. Here's the service account file:

{
  "type": "service_account",
  "project_id": "harlow-analytics-prod",
  "private_key_id": "8fa94c5263ea071e379551166b860d8dc4235ac7",
  "private_key": "[[SECRET:-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDIg9uf+QsWImVi\nrH6Cws2+MPMD9horIbjAtp+d+Z5IqCTDdyKUbQFkqALCOg2So+w4YmCBWBhVrg6i\nVsKUG323E0ytO0xRu4E9r+YioTeGgZYCAr+Yt6ZJXbJiQryhAAxAu2xj9iwZjmW0\nCazrROAK7XE1B9fW5hb0jS/3D+VwcfWRsOAgD6JBVRmMqHiXaDGtIoOjDa+s21sL\nfrIzYwWcgDJc/PnX5R06A2kRRGLsfcoXI0P9vy0yppW3yAPfnhWjKVAo+wT31UPe\n6qe7ttcEeJ01Gub4CoUuOqdCiIAnU+826MbtZeDq3ALhqFDPfXttyWUUyRbkDZq8\nMU2NzeeHAgMBAAECggEAIN1HwnUJpaOWlXErPRhbq2gPdJ9CE76vrtpf1/8hO8xf\nVjAxGT2yhEJrTVVBgz7dyTIKmjiLqINiP6ZTtv24gaimoR/+dsjyOl+ZqyRcWu3j\nXcoAiDHVjeHPCn7gtsywtW1iqxGekcO+lJ8fWeJMjE31h5kU/dJxgbygV3CiDOc+\ncCsv1cHbNY7KAlcKo04StLsavedPV8uwmwy/D9ZoTltrcxqynMxPEsI5zBZ4WvrC\nv1rB4QQtndXlaUeP/C/oxWzb00GAPV7f2r5uqPu0CSrchuNlcGeIQPfrBDN+hd+W\n4LmCskcp8YlqcfMnIwd1gjLFIal13L++sIb2/fnLxQKBgQDk6sFbqyFCfCT5BovK\nvgjVHSX2pkseIJaojaeQggUJVRbWnxeqi+xQuWkZ1r9wT6vyOxCGuKJe9apoG3Ui\nz1xfvK/i+v3fF9fgNAZFfYkMw/PxwDVfi1LFFYzIlLaT6mcUZlaEQNqu8yhny2sY\nZWBljEDrq7DLeh5/1e37aRFL4wKBgQDgPON7VIOUg6jl7YiC2LM9p+5b5D8sJhWe\nLiivTinxcM3CNde7V8Ve59beBvl6wjXpZdm5yKsPd+AoJhP0SmY5L+yFYQ4FjIAz\nwsQIdG//Ql4jr+iPVHsCO36rWiqorNdjJ5l1t4u//o6O4z8c7lLjGfl1K38xLko1\nGN5E9BZPDQKBgCf68CZIbxijgfmUMRoJspU18Alx5bCvVGC/zMIqUyLcH48AXivF\nIFLA7yA6J1lAMPGvayV8Xa9kDIz+LqkTujhmRfnIiEpMacGYlHfSgvsdxh80yJ2V\nQbF2IA5wGqsexz4C2Z1jjk373dSy7FNocTuLEVOXutruyyDchiHgqcqtAoGAchWo\navPZqfK+OJT8Mg4MS18n/yqGFXEe6IZ1fpNW9Za9qIR6SL9kFGAByp5jyVgL075U\n4pe8qDcGHYcZ+dzsW0YNoOJ7HsmX5D3APMj4vjbG7IMv39RMbRtV29oZAA5H2xOn\nmOOUP09Eul/VmWOLWi255CoIIT561L7dPtmsi/UCgYEAqzOI0aF2c5RBA8vdUtlJ\nqbLiWjgDHAJdM8xnyjpA/jCkTNSysxBuNlFMhSksLLIo9KzgEJiUiRoBqLeyOjT5\nUFWD/YflyW9fGAKZxdYsg028XX5Udc0nKjqXnhqVXpctt6gkSf8Pd91oUu9jGS/b\n8GV8zKjGLmvh0eMzYn2rrvA=\n-----END PRIVATE KEY-----]]\n",
  "client_email": "bq-loader@harlow-analytics-prod.iam.gserviceaccount.com",
  "client_id": "104829365510297781234",
  "token_uri": "https://oauth2.googleapis.com/token"
}""",
    ),
    (
        "en",
        "bash script with sshpass",
        """Can you rewrite this so it works for a list of hosts from a file?

#!/bin/bash
sshpass -p '[[SECRET:2dQp7!wLm4Rz]]' ssh -o StrictHostKeyChecking=no admin@172.16.8.31 'sudo systemctl restart kiosk.service'""",
    ),
    (
        "en",
        "prose FTP credentials from a client",
        """Client just emailed me their FTP details so I can fix the contact form: host ftp.oakleafbakery.com, user oakleaf_web, pass [[SECRET:#RrwlI@M5dcJjWp]]. What's the safest way to connect from a Mac — FileZilla with SFTP or plain FTP?""",
    ),
    (
        "en",
        "smtplib with Gmail app password",
        """This worked last month, now I get 'Username and Password not accepted'. I'm using an app password, not my normal one:

import smtplib
server = smtplib.SMTP_SSL("smtp.gmail.com", 465)
server.login("reports.tidewater@gmail.com", "[[SECRET:ofin gwrf grso mepd]]")
server.sendmail(sender, recipients, msg.as_string())""",
    ),
    (
        "en",
        "IT ticket: password reset to a temporary value",
        """Please rewrite this ticket update so it's clearer for the user:

INC0048213 - Cannot log in to Citrix
Reset jsmith's AD password to [[SECRET:Spring2026!!]] (temp), must change at next logon. Unlocked account. Asked user to re-enrol in Authenticator. Closing if no reply in 48h.""",
    ),
    (
        "en",
        "onboarding email with temporary password",
        """Make this welcome email a bit friendlier please:

Hi Priya,

Your laptop is ready for collection at the front desk. Sign in with priya.natarajan@kestrel-legal.co.uk and the temporary password [[SECRET:Tx9-mLq4-Vw2]]. You'll be asked to choose a new password and set up MFA.

Thanks,
IT Service Desk""",
    ),
    (
        "en",
        "Teams chat: the VPN pw",
        """Can you turn this chat into a short how-to for the wiki?

[09:12] Gary Holt: anyone know the vpn pw for the warehouse router?
[09:14] Dana Price: it's [[SECRET:Forklift_2024_wh]] — same for both sites
[09:14] Gary Holt: cheers, connected now""",
    ),
    (
        "en",
        "guest WiFi sign text",
        """Can you make a nice printable sign from this, A5, with a QR code suggestion?

Guest WiFi
Network: Maple-Guest
Password: [[SECRET:bluebird-canyon-47]]""",
    ),
    (
        "en",
        "CSV of service accounts with password column",
        """I need a PowerShell script that checks each of these accounts can still authenticate against AD. Columns are name,password,owner.

name,password,owner
svc_backup,[[SECRET:Veeam#Backup2025]],infra
svc_sql,[[SECRET:Mssql!Svc-2291]],dba
svc_print,[[SECRET:PaperCut!77]],servicedesk""",
    ),
    (
        "en",
        "curl with Basic auth header to Jenkins",
        """I want to trigger a parameterised build from cron. This returns 403 'No valid crumb':

curl -X POST "https://jenkins.internal.halcyon.io/job/nightly-export/buildWithParameters?ENV=prod" \\
  -H "Authorization: Basic [[SECRET:c3ZjX2plbmtpbnM6S3c3I3BMcjJ2UTl4VHo=]]\"""",
    ),
    (
        "en",
        "curl -u to Elasticsearch",
        """How do I delete indices older than 30 days? I can list them with:

curl -k -u elastic:[[SECRET:hyW__lBVHLwCezq]] "https://10.0.12.5:9200/_cat/indices/logs-*?v&s=index\"""",
    ),
    (
        "en",
        "Kubernetes Secret with stringData",
        """helm upgrade says the secret is 'immutable'. How do I update it?

apiVersion: v1
kind: Secret
metadata:
  name: notifier
type: Opaque
immutable: true
stringData:
  SENDGRID_API_KEY: "[[SECRET: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]]"
  DB_PASSWORD: "[[SECRET:cgVs%KMR_S9nm3_A0]]\"""",
    ),
    (
        "en",
        "docker-compose MySQL root and user passwords",
        """WordPress container says 'Error establishing a database connection' on first start:

services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: [[SECRET:eqwR40sAR6xDNBj9c]]
      MYSQL_DATABASE: wordpress
      MYSQL_USER: wp
      MYSQL_PASSWORD: [[SECRET:tlhlvEpkNP7Koau]]
  wordpress:
    image: wordpress:6.7
    depends_on: [db]""",
    ),
    (
        "en",
        "Java JDBC getConnection",
        """Is there a leak here? The app runs out of connections after a few hours.

public Connection open() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://pg-reports.internal:5432/reports",
        "reports_app",
        "[[SECRET:Ledger&Lamp-9041]]");
}""",
    ),
    (
        "en",
        "C# SmtpClient NetworkCredential",
        """SmtpClient is obsolete apparently — what should I use instead? Current code:

var smtp = new SmtpClient("smtp.office365.com", 587)
{
    EnableSsl = true,
    Credentials = new NetworkCredential("alerts@brookfield-vets.com", "[[SECRET:Vets!Alerts2025]]")
};
smtp.Send(message);""",
    ),
    (
        "en",
        "Go const with Stripe secret key",
        """Is it fine to keep this in a const for a small internal tool?

package billing

const stripeKey = "[[SECRET:sk_live_oGDy13thKre45N5v0zIVXHjI]]"

func NewClient() *client.API {
    sc := &client.API{}
    sc.Init(stripeKey, nil)
    return sc
}""",
    ),
    (
        "en",
        "Node mailgun.js client",
        """Getting 'Forbidden' from Mailgun even though the domain is verified. We're in the EU region if that matters.

const mailgun = new Mailgun(formData);
const mg = mailgun.client({ username: 'api', key: '[[SECRET:key-576adaaf1af6567f26ebe0298991c5aa]]' });
await mg.messages.create('mg.thimbleandthread.co.uk', { from: 'orders@thimbleandthread.co.uk', to, subject, html });""",
    ),
    (
        "en",
        "OpenSSH ed25519 private key",
        """Is this key passphrase protected? I can't tell from the file and ssh-add isn't prompting.

[[SECRET:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBa+pTJo2XJXjTZKde11m+bpb+ljP5ZYfQePF6DSa5Z/wAAAJhOgP71ToD+
9QAAAAtzc2gtZWQyNTUxOQAAACBa+pTJo2XJXjTZKde11m+bpb+ljP5ZYfQePF6DSa5Z/w
AAAEA44Q3ong+dvcXkvh+aI2QcbEmEAG3JbuKd+y5DgBJUwVr6lMmjZcleNNkp17XWb5ul
v6WM/llh9B48XoNJrln/AAAADmRlcGxveUBidWlsZDAxAQIDBAUGBw==
-----END OPENSSH PRIVATE KEY-----]]""",
    ),
    (
        "en",
        "Dart Gemini client with API key",
        """My Flutter app crashes on release builds when calling Gemini. Debug is fine.

final model = GenerativeModel(
  model: 'gemini-1.5-flash',
  apiKey: '[[SECRET:AIzaUNHtww8eYMNN9QuAKUWSsGbd1VTH0WWTlVR]]',
);
final response = await model.generateContent([Content.text(prompt)]);""",
    ),
    (
        "en",
        "prose: admin password changed",
        """I changed the WordPress admin password to [[SECRET:Harbour-Lights-2026]] this morning but the mobile app still logs in with the old one somehow. Is it caching a session or an application password?""",
    ),
    (
        "en",
        ".pgpass file",
        """psql still prompts for a password even though I made ~/.pgpass. Contents:

db-analytics.internal:5432:warehouse:etl_loader:[[SECRET:S9nm3_A0cgVsKMR]]
db-analytics.internal:5432:*:readonly:[[SECRET:ReadOnly!Wh42]]

Permissions are 644.""",
    ),
    (
        "en",
        "phone passcode as a PIN",
        """Please tidy up these on-call handover notes:

- On-call phone is in the top drawer, charger too. Passcode [[SECRET:492815]].
- Escalate P1s to Marcus after 20 min
- The UPS alarm in the comms room is a known false alarm, ignore""",
    ),
    (
        "en",
        "curl with x-api-key header to an internal API",
        """How do I do the same request in Python with retries?

curl -s https://api.pricing.ridgewayfoods.com/v2/quotes \\
  -H "x-api-key: [[SECRET:Zq4vH8mT2xLb7NcR9wKe3JpYs6DgAf1U]]" \\
  -H "Content-Type: application/json" \\
  -d '{"sku": "RF-20413", "qty": 250}'""",
    ),
    (
        "en",
        "Slack message: shared admin login",
        """Can you help me word a reply to this Slack message? I don't think we should share logins like this.

"hey can you log into the shopify admin for me and refund order #4471? user ops@willowandvine.com, pw [[SECRET:Willow&Vine2025]] — thx!\"""",
    ),
    (
        "en",
        "Rails production env with secret_key_base and master key",
        """Render keeps failing the deploy with 'ActiveSupport::MessageEncryptor::InvalidMessage'. These are the env vars I set:

RAILS_ENV=production
RAILS_MASTER_KEY=[[SECRET:d65488e5dc5affe5e4ba2c5444cf46bf]]
SECRET_KEY_BASE=[[SECRET:ce0513ae8d021d81fb72b52b827c444dee2afaf24ddd37989f4a630e0ed207347640a9d379f2042e2ce88c50b1c25c1b7858078e9336ef6c7b9885e811227396]]
RAILS_SERVE_STATIC_FILES=true""",
    ),
    (
        "en",
        "out-of-office handover note with two logins",
        """Can you turn this into a tidy handover doc while I'm on leave?

- Mailchimp: marketing@fernandfable.co.uk / [[SECRET:Fable-Mail#2025]] (2FA codes go to the shared phone)
- Canva: Google sign-in, nothing needed
- 123-reg (domains): login admin@fernandfable.co.uk, password [[SECRET:Sq7!renewals]], renewals due Feb
- Newsletter goes out Thursdays 10am""",
    ),
]

BENIGN: list[tuple[str, str]] = [
    (
        "UUIDs in a log line",
        """Why does this request fail? Log: 2026-12-03T10:14:22Z ERROR correlationId=3ce1268c-9c80-42e3-bfec-3fee8ed2305d tenant=a93f32a9-a172-4102-8e4e-dc90253d9e30 msg="Tenant not provisioned\"""",
    ),
    (
        "git commit SHAs",
        """Can you explain what happened here? I ran git revert 1cbf342ce940ddcafb0c38d0357ff4308363df81 and then cherry-picked aff86aff1005f0d5333978630ad5d02ea777dc54 onto release/2.3, now CI fails.""",
    ),
    (
        "SHA-256 checksum of an ISO",
        """De checksum klopt niet na het downloaden. Verwacht: fc75123164ef66125712b9142fb36bd839d93b3393b17db2d6fc628f7ce0b1e6  ubuntu-24.04.1-live-server-amd64.iso. Ik krijg 3e3d097058f066984c724ab46130eb89b0518813a0698f196a9ce8d664d828cd. Is de download corrupt?""",
    ),
    (
        "SQL dump of users with bcrypt hashes",
        """Ik wil deze gebruikers migreren naar Keycloak. Kan Keycloak bcrypt-hashes importeren?

INSERT INTO users (id, email, password_hash, created_at) VALUES
(1, 'admin@intranet.local', '$2b$12$zV6WuhgqwtfFAZZFRMunjunPmUGUTY.wU9ET.B6RvAN.ZpOuQR176', '2024-02-11'),
(2, 'planning@intranet.local', '$2b$12$uIR7NgYlfE9rDesBUWRKaOMGZxB/wOZRdWFidJsYZn008zfapG6WS', '2024-05-03'),
(3, 'receptie@intranet.local', '$2b$12$pdTgaTVJdAJgrmy2/QEpneTqDJmT6V45ZkHoUJ1b0Sth.uE1rRfWS', '2025-01-20');""",
    ),
    (
        "argon2 hash in a user record",
        """Which argon2 parameters are these? {"username": "kiosk", "password": "$argon2id$v=19$m=65536,t=3,p=4$PdOSzALQskDflW5TBjGDMg$rPuQPbL6cDFqBZPSL7KN8By9dB28z9VKI6fqeeio+vM"} Is m=65536 enough in 2026?""",
    ),
    (
        "base64 PNG data URI",
        """Why doesn't this tiny image show in Outlook? <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAP0lEQVR4nAE0AMv/APoc8TBLmC8I+LTUAAAf9koNBHot7jrH8zQARXqFayxSVEwMGXfCANX6iTTx1JeNk+hgCTU2FoOdE1zOAAAAAElFTkSuQmCC" width="4" height="4">""",
    ),
    (
        "API docs with YOUR_API_KEY",
        """Translate this README section into Dutch:

## Authentication
Pass your key in the header of every request:

curl https://api.example-weather.com/v1/forecast?city=Utrecht -H "X-Api-Key: YOUR_API_KEY"

Replace YOUR_API_KEY with the key from your dashboard.""",
    ),
    (
        "Bearer <token> placeholder",
        """How do I document this endpoint in OpenAPI 3.1? Request: GET /v2/invoices HTTP/1.1, Host: api.boekhoudtool.nl, Authorization: Bearer <token>, Accept: application/json""",
    ),
    (
        ".env.example with sk-... and empty values",
        """Is this .env.example complete for a new developer?

OPENAI_API_KEY=sk-...
ANTHROPIC_API_KEY=sk-ant-...
DATABASE_URL=postgres://user:password@localhost:5432/app
STRIPE_SECRET_KEY=
SENTRY_DSN=""",
    ),
    (
        "docker-compose with ${DB_PASSWORD}",
        """Leest docker compose deze variabelen uit mijn .env bestand?

services:
  app:
    image: ghcr.io/verhuurportaal/app:2.8.1
    environment:
      DB_HOST: db
      DB_PASSWORD: ${DB_PASSWORD}
      JWT_SECRET: ${JWT_SECRET:?jwt secret ontbreekt}""",
    ),
    (
        "masked password in a config dump",
        """De support-tool van onze leverancier toont dit. Wat betekent 'pool_size'?

[database]
host = db01.intern
user = planning
password = ********
pool_size = 20""",
    ),
    (
        "password policy (Dutch)",
        """Kun je dit wachtwoordbeleid korter formuleren? Wachtwoorden moeten minimaal 14 tekens lang zijn, mogen niet eerder gebruikt zijn, en moeten elke 365 dagen gewijzigd worden. Gebruik bij voorkeur een wachtzin, zoals vier losse woorden. Deel je wachtwoord nooit, ook niet met ICT.""",
    ),
    (
        "password policy (English)",
        """Summarise our password standard for the staff newsletter: minimum 12 characters, no reuse of the last 10 passwords, lockout after 5 failed attempts for 15 minutes, and MFA required for all remote access. Passwords must never be written down or shared by email.""",
    ),
    (
        "order and invoice numbers",
        """Customer says order ORD-2026-118734 was charged twice, invoice INV-0045521 and INV-0045522. Can you draft a reply apologising and confirming the refund of £84.50?""",
    ),
    (
        "version strings",
        """We draaien nog Node v18.20.4, npm 10.7.0, next@14.2.15 en react 18.3.1. Welke versies moet ik nemen om naar Next 15.1.0 te gaan zonder breaking changes in app router?""",
    ),
    (
        "authorized_keys with public keys",
        """Which of these public keys is ed25519? I want to remove the RSA one.

ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC5+K9di0pc+K1W+LKXGNdA25ugAYGnK5XtfZ2oK9eNdygrvssuk0nw20ir8+Tnn2DydCKaPxkMp1IO1B9Kx9riGnLaYgTabnXgmC7wLQpq3RLxEWrmc2Qda2q0hAsOgik8+yPpT7zRzZHoY1cD9MEL3x8ysne55oP2gayXysWKQQC0eBlFi3hOVqShqHllSIYhxD/1qyOW32gDbi6vfEiq6x/lYoRFdlo67f7x/sVkFdbozVBK/l5oGI7Kqf6ZXDjtkKqYuZFqJT3RGSqBWUcnU5sXqF1fvtnlZYdAIaFdoDNDRqCTXzWvQU+hcTxLkhv9KQuGjTMYHko5CfA/eZE+j901D5bt1FwxD8syzmQVpMDg78ksSemGn4ad2nJLb2DnxsSq8bGfsyL/RDs6unnA0i0r9nRLjvc6IzDWLx15SWP74/yZKVD5fOqvR1vCkGoEtjUiBQ2gOcEElgSQY9FSYri1MaTOJdc7f/0qVc7Q9k/fejwQBp1/v2XgyaB5HrM= j.devries@LT-0417
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGYG1ADGoj4eS/B7SJvbM4ofJc5sd1xOqez1hKadk3b0 github-actions-deploy""",
    ),
    (
        "PEM public key",
        """Hoe verifieer ik met deze publieke sleutel de handtekening van de webhook in Python?

-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyIPbn/kLFiJlYqx+gsLN
vjDzA/YaKyG4wLafnfmeSKgkw3cilG0BZKgCwjoNkqPsOGJggVgYVa4OolbClBt9
txNMrTtMUbuBPa/mIqE3hoGWAgK/mLemSV2yYkK8oQAMQLtsY/YsGY5ltAms60Tg
Cu1xNQfX1uYW9I0v9w/lcHH1kbDgIA+iQVUZjKh4l2gxrSKDow2vrNtbC36yM2MF
nIAyXPz51+UdOgNpEURi7H3KFyND/b8tMqaVt8gD354VoylQKPsE99VD3uqnu7bX
BHidNRrm+AqFLjqnQoiAJ1PvNujG7WXg6twC4ahQz317bcllFMkW5A2avDFNjc3n
hwIDAQAB
-----END PUBLIC KEY-----""",
    ),
    (
        "PEM certificate",
        """Browsers say this certificate is not trusted. Is it self-signed?

-----BEGIN CERTIFICATE-----
MIIBhzCCAS2gAwIBAgIUDs+S7BBsA61lVpodFuLUz0KC/VswCgYIKoZIzj0EAwIw
GTEXMBUGA1UEAwwOaW50cmFuZXQubG9jYWwwHhcNMjYxMjA3MTAyNDAzWhcNMjcx
MjA3MTAyNDAzWjAZMRcwFQYDVQQDDA5pbnRyYW5ldC5sb2NhbDBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABHZcb5MQNn8z6bth3uJsRw32xStgT37NO8YNbyuVDoSv
woFy4UN7Q5HRoRLpXIfosTQZ6H/ghA5o86jr+1Lg+wijUzBRMB0GA1UdDgQWBBSU
WAlOHBgtDgAaauSxhY/2OvffJTAfBgNVHSMEGDAWgBSUWAlOHBgtDgAaauSxhY/2
OvffJTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIF+uLehgY+KO
HrbXuv8w4blwi9I+oDLyyC5MBlWQ93DEAiEA7S3PvMwbiUGqEV87+yNLi8dT9mAK
GQ4m4wc5zsdaKcY=
-----END CERTIFICATE-----""",
    ),
    (
        "trace and span ids",
        """In Jaeger I see traceID 768eed7e649ee9a1acde190ae428efbe with spanID 8b46a95b8fac99c2 taking 4.2 s in the payment-service. How do I find which DB query that was?""",
    ),
    (
        "request id in an error response",
        """De API geeft dit terug, wat betekent het? {"error": "rate_limited", "request_id": "req_7DFUF7NWLTGG4G4LFYPMZC2B", "retry_after": 30}""",
    ),
    (
        "Docker image digests",
        """Why does docker pull give a different digest than our pinned one? Pinned: nginx@sha256:9af24c187304af93c0b81376f7facdd36a0b4f148c65b7ea98db14c87c81c0c8, pulled: sha256:a0a6b889d0a226f9790c421b82cb9c45abaddb71149a87a0561adfc6e96173eb""",
    ),
    (
        "package-lock integrity hashes",
        """npm ci fails with EINTEGRITY on these two entries from package-lock.json:

"node_modules/left-pad": {
  "version": "1.3.0",
  "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",
  "integrity": "sha512-TGlTjfukpfnZUBkffjv2WSmW1e/n6JuHydFvDpEXBNSpxNXXxs+SxXxWWflQQ3FnbllFwJ3UH5UYVSTy9BQImw=="
},
"node_modules/ms": {
  "version": "2.1.3",
  "integrity": "sha512-Aozth34qcD8g0Ro45RCakozs53hZrBNnUF33vBNxaiOAH73EZofJzbtRY2LjXUYDYXd+8h/iHfy3HfwIgxxfDQ=="
}""",
    ),
    (
        "script tag with SRI hash",
        """Moet ik crossorigin erbij zetten? <script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.7/dist/chart.umd.min.js" integrity="sha384-LpOClwL6i3x6rhwSYXkgCZLY0ATL1jC8H/stJOMmQgKmXAYX3XKcqKqm1ODgYPob" crossorigin="anonymous"></script>""",
    ),
    (
        "CSS colours",
        """Make these brand colours accessible for text on white: --primary: #1f6feb; --accent: #e3b341; --muted: #8b949e; --danger: #da3633; --bg-subtle: #f6f8fa;""",
    ),
    (
        "minified JS",
        """Wat doet deze geminificeerde code? !function(e,t){var n=t.createElement("script");n.async=!0,n.src="https://cdn.analytics.voorbeeld.nl/a.js?v=3f9c2b",e.qZ7x=e.qZ7x||[],e.qZ7x.push(["init","NL-4821-A"]),t.head.appendChild(n)}(window,document);""",
    ),
    (
        "prose about a forgotten password (Dutch)",
        """Een collega is haar wachtwoord vergeten en de resetlink in de mail werkt niet, ze krijgt 'token verlopen'. Hoe lang is zo'n resetlink normaal geldig in Microsoft 365, en kan ik als beheerder een nieuwe sturen?""",
    ),
    (
        "secrets read from environment",
        """Is this a good pattern for config in FastAPI?

import os
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
DB_PASSWORD = os.getenv("DB_PASSWORD", "")
GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN")""",
    ),
    (
        "Kubernetes secretKeyRef",
        """Why is the env var empty in the pod?

env:
  - name: DATABASE_PASSWORD
    valueFrom:
      secretKeyRef:
        name: api-db
        key: password
  - name: OPENAI_API_KEY
    valueFrom:
      secretKeyRef:
        name: llm-keys
        key: openai""",
    ),
    (
        "GitHub Actions secrets references",
        """Waarom zijn de secrets leeg in een pull request van een fork?

      - name: Configure AWS
        uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-1""",
    ),
    (
        "Key Vault reference in app settings",
        """Does this Key Vault reference syntax look right for an App Service setting? Name: SqlPassword, Value: @Microsoft.KeyVault(SecretUri=https://kv-payroll-prod.vault.azure.net/secrets/SqlPassword/ec8fa642f024b2885cea3b784753793432d0c039)""",
    ),
    (
        "password-changed notification",
        """Is this a phishing mail? 'Your password for account m.jansen@example-hosting.nl was changed on 3 December 2026 at 14:02. If this wasn't you, reset it at https://account.example-hosting.nl/security.'""",
    ),
    (
        "Git LFS pointer",
        """Waarom staat dit in mijn bestand in plaats van de afbeelding?

version https://git-lfs.github.com/spec/v1
oid sha256:70e069fb60da17b566e35cbde20d4836fc003ebe3b3a3154c6d788d9fccf7716
size 482113""",
    ),
    (
        "Stripe object ids",
        """A customer disputes a charge. Which of these should I look up first? payment_intent pi_3QfXk2LzA9bYc7Ud0aR1mN2s, charge ch_3QfXk2LzA9bYc7Ud0kT8pQvW, customer cus_RkP2xW8mZ4qLnT""",
    ),
    (
        "Azure app registration ids without secret",
        """Which of these do I put in the 'Application ID URI' field? Tenant ID: 3f1c9b2e-7a4d-4c1e-9b0f-2d6a8e5c1f3a, Client ID: 7f453a0e-f509-4b4f-95de-6e91074206e2, Object ID: 47aa2dba-d9e2-4c8d-809f-001680289e32""",
    ),
    (
        "masked OpenAI key from the dashboard",
        """I have two keys in the OpenAI dashboard, 'sk-proj-...4n0iX0R' and 'sk-...hEt8'. Which one is the old user key that I should delete?""",
    ),
    (
        "docs on token prefixes",
        """Maak een tabel van deze uitleg: GitHub-tokens beginnen met ghp_ (classic) of github_pat_ (fine-grained), GitLab-tokens met glpat-, Slack-bottokens met xoxb- en Stripe-sleutels met sk_live_ of sk_test_. Zo kun je in logs snel zien welk soort token er gelekt is.""",
    ),
    (
        "python generating a password",
        """Is this secure enough to generate temporary passwords for new staff?

import secrets, string
alphabet = string.ascii_letters + string.digits + "!#%"
temp_password = "".join(secrets.choice(alphabet) for _ in range(14))
send_welcome_mail(user, temp_password)""",
    ),
    (
        "MD5 checksum in Dutch",
        """Het bestand op de USB-stick heeft MD5 70a2654578f0acec46658375d9bf27d4, de leverancier noemt 020219ca7ea73b4c0088ffabbd9f0784. Betekent dat dat het bestand aangepast is?""",
    ),
    (
        "PIN policy without a PIN",
        """Herschrijf deze regel voor de personeelsgids: de pincode van je toegangspas bestaat uit 4 cijfers, mag niet 1234 of je geboortejaar zijn en moet je bij verlies van de pas direct laten blokkeren bij de receptie.""",
    ),
    (
        "xxxx placeholders in a config sample",
        """Voorbeeldconfig uit de handleiding van de leverancier, welke velden zijn verplicht?

api:
  client_id: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
  client_secret: xxxxxxxxxxxxxxxxxxxxxxxx
  endpoint: https://api.leverancier.nl/v3""",
    ),
]


def main() -> int:
    return red_team_command(__doc__, LABELLED, BENIGN, ("SECRET",))


if __name__ == "__main__":
    sys.exit(main())

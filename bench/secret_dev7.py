"""A seventh development set for the SECRET rules: credentials the way they leak when people paste
into a chat assistant, after public leaked-secret write-ups and the rule sets of secret scanners
(gitleaks, TruffleHog, detect-secrets), and benign prompts with the look-alikes those scanners
have to let pass.

    python bench/secret_dev7.py [--misses]

Written on 2026-12-07 (eleventh session) in one go, before the engine ran on it, by a different
author than the rules. Source idea: not a grid of formats but whole prompts, the ask plus the
pasted material, in the places where scanners and incident write-ups find credentials: a vendor
token in the middle of a chat message, a Markdown code fence, the quoted source line of a
traceback, a log line, a URL query parameter, a git remote, a curl command (-u, -H, --header),
`docker run -e`, `kubectl create secret generic --from-literal`, a GitHub Actions log, shell
history, dotfiles (.npmrc, .pypirc, .netrc, pip.conf, ~/.aws/credentials, a kubeconfig, gh's
hosts.yml), a GCP service-account JSON, Azure connection strings and SAS URLs, Slack and Discord
webhooks, a Telegram bot; and generic passwords given the way people give them, in Dutch and
English ("ww: ...", "inloggen met admin / ...", "login: jan / ...", the value on the line after
the sentence, a Markdown table, a CSV export, an Excel paste, a forwarded chat). Key layouts
follow the scanners' published rules (prefix, alphabet, length: sk-proj- 74+T3BlbkFJ+74,
sk-ant-api03- 93+AA, github_pat_ 22_59, hvs. 91, Telegram digits:AA+33, Atlassian ATATT3 186,
Stripe's long sk_live_51 form 99); bodies are drawn at random with a fixed seed, so no real
credential is in here. AWS key ids use TruffleHog's [A-Z0-9] alphabet with at least one of
0, 1, 8, 9 in each. Marks and kinds as in secret_dev.py. Decisions: a Twilio Account SID next
to its auth token is marked (as in secret_dev.py); a GCP private_key_id, Slack channel, user and
team ids, a Stripe publishable pk_live_ key (Stripe publishes it in every checkout page) and
masked keys ("sk-proj-****abcd", "***") are not secrets. Placeholders in angle brackets (<your-api-key>,
<jouw-api-key>) are counted benign here, unlike secret_dev.py, which marks `<API_KEY>` as a
placeholder: a SECRET_PLACEHOLDER finding on one counts as a benign hit in this set.

First run: 0.880 (81/92), benign 4/37. Misses: a Telegram token in the Bot API's URL, a Mollie
test-mode key, a password in an INI section with letters only, a password and a UUID key alone under
the line naming them, an AWS secret in the chat line after its key id, two passwords with a "$" in a
CSV password column, "pass <letters and symbols>" and a router password in capitals. Benign: an SSH
key fingerprint; the rest are angle-bracket placeholders and a masked key, which the engine reports
as SECRET_PLACEHOLDER by design (masked, never blocked). Fixed since: 1.000 (92/92), benign 3/37
(the three placeholders).
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)

from __future__ import annotations

import base64
import json
import sys

from secret_dev import B62, HEX, URL64, command
from secret_draw import B64, LOWER, LOWNUM, UPPER, UPPER_NUM, SecretDraw

_DRAW = SecretDraw(2026120701)
_RNG = _DRAW.rng
r, tok, digits, raw_b64, uid, aws = _DRAW.r, _DRAW.tok, _DRAW.digits, _DRAW.raw_b64, _DRAW.uid, _DRAW.aws
SYM = B62 + "!#$%&*?@^"
LETTERS = UPPER + LOWER


def memorable(word: str) -> str:
    """A password as people choose them: a word, a number, a sign."""
    return f"{word}{_RNG.randint(1, 2025)}{_RNG.choice('!#?*@.$')}"


def jwt(claims: dict[str, object], alg: str = "HS256", sig: int = 43) -> str:
    def enc(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    header: dict[str, object] = {"alg": alg, "typ": "JWT"}
    if alg.startswith("RS"):
        header["kid"] = r(URL64, 43)
    return f"{enc(header)}.{enc(claims)}.{tok(URL64, sig)}"


def pem(label: str = "RSA PRIVATE KEY", lines: int = 12, sep: str = "\n", start: str = "") -> str:
    """A PEM block of random base64; a sep of backslash-n gives the one-line form of a JSON file."""
    body = start + r(B64, 64 * lines - len(start))
    rows = [body[i : i + 64] for i in range(0, len(body), 64)] + [r(B64, 38) + "=="]
    return f"-----BEGIN {label}-----{sep}{sep.join(rows)}{sep}-----END {label}-----"


def openssh() -> str:
    """An unencrypted OpenSSH ed25519 private key: the fixed openssh-key-v1 header, random rest."""
    rows = [
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
        "QyNTUxOQAAACA" + r(B64, 57),
        r(B64, 70),
        r(B64, 70),
        r(B64, 38) + "AAAAEWRlcGxveUBvbGQtc2VydmVyAQI=",
    ]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def sas_sig() -> str:
    """The sig= value of an Azure SAS URL: base64 of an HMAC-SHA256, URL-encoded."""
    return raw_b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def openai_key() -> str:
    return f"sk-proj-{r(URL64, 74)}T3BlbkFJ{tok(URL64, 74)}"


def vault_token() -> str:
    return "hvs.CAESI" + tok(URL64, 86)


# values that occur twice in one text
GH_REMOTE = "ghp_" + r(B62, 36)
TG_TOKEN = f"{digits(10)}:AA{tok(URL64, 33)}"
GCP_KEY = pem("PRIVATE KEY", 25, "\\n", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC")
SVG = base64.b64encode(
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg>'
).decode()
PK_LIVE = "pk_live_51" + r(B62, 97)
GA_ID = "G-" + r(UPPER_NUM, 10)

LABELLED = [
    # -- vendor tokens in chat messages, code fences, tracebacks, logs -------------------------------
    f"Mijn collega stuurde dit in Teams: 'gebruik deze maar even, is mijn eigen token' [[vendor:ghp_{r(B62, 36)}]] — kan ik daarmee via de API de issues van ons private repo ophalen? Graag een Python voorbeeld.",
    f'I keep getting "invalid_auth" from Slack. My code:\n\n```python\nfrom slack_sdk import WebClient\nclient = WebClient(token="[[vendor:xoxb-{digits(12)}-{digits(13)}-{r(B62, 24)}]]")\nclient.chat_postMessage(channel="#deploys", text="done")\n```\n\nWhat am I doing wrong?',
    f'Traceback (most recent call last):\n  File "/home/sam/bot/main.py", line 8, in <module>\n    client = anthropic.Anthropic(api_key="[[vendor:sk-ant-api03-{r(URL64, 93)}AA]]")\n  File "/home/sam/bot/.venv/lib/python3.12/site-packages/anthropic/_client.py", line 114, in __init__\nTypeError: __init__() got an unexpected keyword argument \'proxies\'\n\nhow do I fix this, pin httpx?',
    f'Ik krijg een 429 terwijl ik nog tegoed heb. Dit is mijn script:\n\n```\nimport openai\nopenai.api_key = "[[vendor:{openai_key()}]]"\nresp = openai.chat.completions.create(model="gpt-4o-mini", messages=msgs)\n```\nWat doe ik fout?',
    f'2025-03-14T09:12:44.118Z INFO  httpx - HTTP Request: GET https://maps.googleapis.com/maps/api/geocode/json?address=Damrak+1+Amsterdam&key=[[vendor:AIza{tok(URL64, 35)}]] "HTTP/1.1 200 OK"\n2025-03-14T09:12:44.120Z WARN  geocoder - partial_match=true\nWhy do I get partial matches for Dutch addresses?',
    f"This call worked yesterday and now returns error 190:\nhttps://graph.facebook.com/v19.0/me/accounts?fields=name,access_token&access_token=[[url:EAA{r(B62, 180)}]]\nWhat does code 190 mean?",
    f"git push geeft 'Permission denied'. Output van git remote -v:\norigin\thttps://[[vendor:{GH_REMOTE}]]@github.com/bakkerij-devries/webshop.git (fetch)\norigin\thttps://[[vendor:{GH_REMOTE}]]@github.com/bakkerij-devries/webshop.git (push)\nMoet ik de remote opnieuw instellen?",
    f"Our Jenkins job does\n\n  git clone https://x-access-token:[[vendor:ghs_{r(B62, 36)}]]@github.com/acme/infra.git\n\nand fails with 'Authentication failed' after about an hour. Why would an installation token expire?",
    f"Clone van onze interne GitLab werkt niet via https:\n$ git clone https://j.vermeulen:[[url:{memorable('Voorjaar')}]]@gitlab.intern.bakker.nl/ops/ansible.git\nfatal: unable to access: SSL certificate problem: unable to get local issuer certificate\nHoe zet ik sslVerify uit voor alleen deze host?",
    f"Jira API returns 401 for me but the same account works in the browser:\n\ncurl -s -u m.jansen@acme.nl:[[vendor:ATATT3xFfGF0{r(URL64, 171)}={r('0123456789ABCDEF', 8)}]] -H 'Accept: application/json' https://acme.atlassian.net/rest/api/3/myself\n\nAny idea?",
    f'Waarom krijg ik {{"detail":"Invalid token"}} terug?\n\ncurl -X GET "https://api.boekhoudpakket.nl/v2/administraties" -H "Accept: application/json" -H "Authorization: Bearer [[header:{tok(URL64, 96)}]]"',
    f'curl --header "PRIVATE-TOKEN: [[vendor:glpat-{tok(URL64, 20)}]]" "https://gitlab.com/api/v4/projects/4711/pipelines?status=failed" | jq \'.[0]\'\nreturns [] although the UI shows failed pipelines. Pagination?',
    f"curl -u admin:[[cli:{memorable('Bluebird')}]] -X POST http://jenkins.internal:8080/job/deploy-prod/build\ngives 403 'No valid crumb was included in the request'. How do I fetch the crumb first?",
    f'Container stopt meteen na het starten:\ndocker run -d -p 8000:8000 -e DATABASE_URL=postgres://shop:[[url:{r(B62, 18)}]]@db:5432/shop -e MOLLIE_API_KEY=[[vendor:live_{r(B62, 30)}]] ghcr.io/bakkerij-devries/shop:latest\ndocker logs zegt: could not translate host name "db"',
    f"kubectl create secret generic smtp-creds --from-literal=username=apikey --from-literal=password=[[vendor:SG.{tok(URL64, 22)}.{tok(URL64, 43)}]] -n mail\nThe pod still can't authenticate to smtp.sendgrid.net:587, is 'apikey' right as the username?",
    f"kubectl create secret generic mysql-root --from-literal=MYSQL_ROOT_PASSWORD='[[cli:{r(SYM, 16)}]]' --dry-run=client -o yaml > secret.yaml\nHoe versleutel ik die yaml met sealed-secrets voordat hij in git gaat?",
    f"Our publish step fails. Log:\n\nRun npm publish --access public\n  npm publish --access public\n  shell: /usr/bin/bash -e {{0}}\n  env:\n    NODE_AUTH_TOKEN: [[vendor:npm_{r(B62, 36)}]]\nnpm ERR! code E403\nnpm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fui\n\nWhy isn't the token masked as *** in the log?",
    f"##[group]Run aws s3 sync ./dist s3://bakkerij-site --delete\n  env:\n    AWS_ACCESS_KEY_ID: [[aws:{aws()}]]\n    AWS_SECRET_ACCESS_KEY: [[assign:{r(B64, 40)}]]\n    AWS_REGION: eu-central-1\n##[endgroup]\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation\nWelke IAM-rechten mis ik?",
    f"Something broke my python env, here's my history:\n  497  pyenv install 3.12.2\n  498  export OPENAI_API_KEY=[[vendor:{openai_key()}]]\n  499  pip install -U openai\n  500  mysql -u root -p[[cli:{memorable('Geheim')}]] shop < dump.sql\n  501  vault login [[vendor:{vault_token()}]]\n  502  python -m venv .venv\nwhich of these could have changed PATH?",
    f"Mijn .npmrc:\n\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=[[vendor:ghp_{r(B62, 36)}]]\n//registry.npmjs.org/:_authToken=[[vendor:npm_{r(B62, 36)}]]\n\nnpm install geeft 404 op @acme/ui, wat mis ik?",
    f"[distutils]\nindex-servers =\n    pypi\n    nexus\n\n[pypi]\nusername = __token__\npassword = [[vendor:pypi-AgEIcHlwaS5vcmc{tok(URL64, 150)}]]\n\n[nexus]\nrepository = https://nexus.acme.io/repository/pypi-internal/\nusername = deployer\npassword = [[assign:{r(SYM, 14)}]]\n\ntwine upload -r nexus dist/* says 400 Bad Request, why?",
    f"Ik heb een ~/.netrc zodat curl niet steeds vraagt:\nmachine files.bakker.nl\nlogin backup\npassword [[assign:{memorable('Kievit')}]]\nmachine github.com\nlogin jdevries\npassword [[vendor:gho_{r(B62, 36)}]]\n\nWerkt wget ook met dit bestand?",
    f"pip.conf on the build agents:\n[global]\nindex-url = https://ci-reader:[[url:{r(B62, 22)}]]@artifactory.acme.io/artifactory/api/pypi/pypi-remote/simple\ntrusted-host = artifactory.acme.io\n\npip install hangs on 'Looking in indexes'. Proxy issue?",
    f"cat ~/.aws/credentials\n[default]\naws_access_key_id = [[aws:{aws()}]]\naws_secret_access_key = [[assign:{r(B64, 40)}]]\n\n[klant-prod]\naws_access_key_id = [[aws:{aws('ASIA')}]]\naws_secret_access_key = [[assign:{r(B64, 40)}]]\naws_session_token = [[assign:IQoJb3JpZ2luX2VjE{r(B64, 320)}]]\n\nHoe gebruik ik het tweede profiel in boto3?",
    f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.20.0.4:6443\n  name: prod\nusers:\n- name: ci-deployer\n  user:\n    token: [[vendor:{jwt({'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', 'sub': 'system:serviceaccount:ci:deployer'}, 'RS256', 342)}]]\n\nkubectl says 'You must be logged in to the server (Unauthorized)'. Expired?",
    f'{{\n  "type": "service_account",\n  "project_id": "acme-analytics-prod",\n  "private_key_id": "{r(HEX, 40)}",\n  "private_key": "[[vendor:{GCP_KEY}]]\\n",\n  "client_email": "bq-loader@acme-analytics-prod.iam.gserviceaccount.com",\n  "client_id": "{digits(21)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}}\n\nbigquery.Client.from_service_account_json() raises "Could not deserialize key data". Is the JSON broken?',
    f'Mijn Azure Function start niet lokaal. local.settings.json:\n{{\n  "IsEncrypted": false,\n  "Values": {{\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stbakkerfunc01;AccountKey=[[url:{raw_b64(64)}]];EndpointSuffix=core.windows.net",\n    "FUNCTIONS_WORKER_RUNTIME": "python"\n  }}\n}}\nFout: Microsoft.Azure.WebJobs.Host: Error indexing method',
    f"Can you download this with Python requests and stream it to disk? The vendor gave us the link:\nhttps://vendorexports.blob.core.windows.net/acme/2025-03/orders.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-04-30T17:00:00Z&st=2025-03-01T09:00:00Z&spr=https&sig=[[url:{sas_sig()}]]",
    f'Waarom komt mijn bericht niet aan in #alerts?\n\nimport requests\nrequests.post("https://hooks.slack.com/services/[[url:T0{r(UPPER_NUM, 9)}/B0{r(UPPER_NUM, 9)}/{r(B62, 24)}]]", json={{"text": "Backup klaar"}})\n\nDe status is 200 maar ik zie niks.',
    f"my uptime-kuma notifications stopped. webhook: https://discord.com/api/webhooks/[[url:{digits(19)}/{tok(URL64, 68)}]] does discord rate limit webhooks?",
    f'Ik heb een botje gemaakt met BotFather, dit is de code:\n\n```python\nTOKEN = "[[vendor:{TG_TOKEN}]]"\nbot = telebot.TeleBot(TOKEN)\n```\nHoe laat ik hem reageren op /start? Als ik in de browser https://api.telegram.org/bot[[vendor:{TG_TOKEN}]]/getMe open werkt het wel.',
    f"Why does this return 404?\nhttps://api.telegram.org/bot[[vendor:{digits(10)}:AA{tok(URL64, 33)}]]/sendMessage?chat_id=-100{digits(10)}&text=hello",
    f'SMS sending fails with error 20003:\n\n```python\nfrom twilio.rest import Client\naccount_sid = "[[assign:AC{r(HEX, 32)}]]"\nauth_token = "[[assign:{r(HEX, 32)}]]"\nclient = Client(account_sid, auth_token)\nclient.messages.create(to="+31612345678", from_="+3197010203040", body="Uw code is 4821")\n```',
    f"Het Vault token van Henk werkt niet meer: [[vendor:{vault_token()}]] — kun je uitleggen hoe token TTL en renew bij Vault werken?",
    f"Is it safe to put this in my React app?\nconst stripe = require('stripe')('[[vendor:sk_live_51{r(B62, 97)}]]');\nI need to create a PaymentIntent from the frontend.",
    f"Voor de koppeling met ons boekhoudpakket heb ik een restricted key aangemaakt: [[vendor:rk_live_{r(B62, 24)}]]. Welke permissies moet die minimaal hebben om alleen payouts te lezen?",
    f"In de .env van de webshop staat:\nMOLLIE_KEY_TEST=[[vendor:test_{r(B62, 30)}]]\nMOLLIE_KEY_LIVE=[[vendor:live_{r(B62, 30)}]]\nHoe schakel ik in Laravel tussen die twee op basis van APP_ENV?",
    f"@devops the fine-grained token for the release bot is [[vendor:github_pat_11{r(UPPER_NUM, 20)}_{r(B62, 59)}]], it only has contents:write on acme/app. Can you add it as RELEASE_TOKEN to the repo secrets?",
    f"~/.config/gh/hosts.yml:\ngithub.com:\n    user: marieke-b\n    oauth_token: [[vendor:gho_{r(B62, 36)}]]\n    git_protocol: https\n\ngh pr list geeft 'HTTP 401: Bad credentials', moet ik opnieuw inloggen?",
    f"Ansible can't connect: Load key \"/home/deploy/.ssh/id_ed25519\": invalid format. Here's the key file I copied from the old server:\n\n[[vendor:{openssh()}]]\n\nIs something wrong with the line endings?",
    f"Na de deploy krijg ik 'The MAC is invalid'. De .env op productie:\nAPP_NAME=Webshop\nAPP_ENV=production\nAPP_KEY=[[assign:base64:{raw_b64(32)}]]\nAPP_DEBUG=false\nDB_PASSWORD=[[assign:{memorable('Tulpen')}]]\nMoet ik de key opnieuw genereren?",
    f"can you decode this and tell me when it expires? [[vendor:{jwt({'sub': uid(), 'email': 'dev@acme.io', 'role': 'admin', 'iat': 1741939200, 'exp': 1741942800})}]]",
    f"Uit de netwerktab van Chrome (copy as cURL):\ncurl 'https://mijn.verzekeraar.nl/api/polissen' \\\n  -H 'accept: application/json' \\\n  -H 'authorization: Bearer [[header:{jwt({'sub': digits(9), 'scope': 'polis.read', 'exp': 1741946400}, 'RS256', 342)}]]' \\\n  -H 'cookie: ASP.NET_SessionId=[[header:{r('abcdefghijklmnopqrstuvwxyz012345', 24)}]]' \\\n  --compressed\nKan ik hier een Python scraper van maken?",
    f"In Colab:\n!huggingface-cli login --token [[vendor:hf_{r(LETTERS, 34)}]]\nthen from_pretrained('meta-llama/Llama-3.1-8B') still says it's a gated repo. Why?",
    f'De Databricks SQL connector geeft 403:\nfrom databricks import sql\nconn = sql.connect(server_hostname="adb-{digits(16)}.2.azuredatabricks.net", http_path="/sql/1.0/warehouses/{r(HEX, 16)}", access_token="[[vendor:dapi{r(HEX, 32)}]]")\nMoet de token een andere scope hebben?',
    f"I exported my Postman collection with curl https://api.getpostman.com/collections -H 'X-Api-Key: [[vendor:PMAK-{r(HEX, 24)}-{r(HEX, 34)}]]' — how do I turn it into pytest tests?",
    f"[09:41] Ruben: hier zijn de keys voor de backup-bucket\n[09:41] Ruben: [[aws:{aws()}]]\n[09:42] Ruben: [[prose:{r(B64, 40)}]]\n[09:44] Ruben: regio is eu-west-1\n\nKun je hiermee een rclone config voor me maken?",
    f"botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation.\nI'm creating the client like this: boto3.client('s3', aws_access_key_id='[[aws:{aws()}]]', aws_secret_access_key='[[assign:{r(B64, 40)}]]', region_name='eu-west-1')",
    f"De KvK API geeft 401:\nrequests.get('https://api.kvk.nl/api/v2/zoeken', params={{'naam': 'bakkerij'}}, headers={{'apikey': '[[header:l7{r(HEX, 30)}]]'}})\nKlopt de header naam?",
    # -- generic passwords and tokens, given the way people give them ----------------------------------
    f"Kun je een nette welkomstbrief voor onze gasten maken? Het wachtwoord van de wifi is [[prose:{memorable('Zeemeeuw')}]] en het netwerk heet Pension-Duinzicht.",
    f"Ik moet de router resetten. Inloggen met admin / [[prose:{memorable('Kwartel')}]] werkt niet meer, wat is het standaard IP van een FRITZ!Box?",
    f"hey can you write me a selenium script that logs in to our intranet\nurl: https://intranet.acme.local/login\nuser: sjansen\npw: [[prose:{memorable('Falcon')}]]\nand downloads the monthly report as PDF",
    f"Zet dit even in een nette tabel voor de overdracht:\nNAS - gebruiker beheer ww: [[prose:{memorable('Zolder')}]]\nPrinter - geen ww\nCamera's - admin ww: [[prose:{r(LOWNUM, 10)}]]",
    "Voor de demo morgen: login: jan / [[prose:Zomer2024!]] op https://demo.bakker.nl — kun je een korte handleiding voor de klant schrijven?",
    f"Build a small Node script that lists our Vercel deployments, use this token: [[keyword:{r(B62, 24)}]]",
    f"Ik wil met Python producten ophalen uit ons kassasysteem. De API key staat hieronder:\n\n[[keyword:{uid()}]]\n\nDe documentatie zegt iets over een X-Api-Key header.",
    f"The new VPN password (valid from Monday):\n\n[[prose:{r(SYM, 14)}]]\n\nCan you draft an email to the team announcing the change, without the password in it?",
    f"| Systeem | Gebruikersnaam | Wachtwoord |\n|---|---|---|\n| Synology NAS | beheer | [[assign:{memorable('Regenboog')}]] |\n| UniFi controller | admin | [[assign:{r(SYM, 12)}]] |\n| Exact Online | boekhouding@bakker.nl | [[assign:{memorable('Appeltaart')}]] |\n\nMaak hier een advies voor een wachtwoordbeleid van.",
    f"Exported from our old CRM, can you turn this into SQL inserts?\n\nid,username,email,password,created\n1,jdoe,jdoe@example.com,[[assign:{memorable('summer')}]],2021-04-02\n2,msmith,msmith@example.com,[[assign:{r(LOWNUM, 9)}]],2022-11-17\n3,akhan,akhan@example.com,[[assign:{memorable('Liverpool')}]],2023-01-09",
    f"Naam\tAccount\tWachtwoord\tOpmerking\nPieter\tp.smit\t[[assign:{memorable('Welkom')}]]\tnieuwe laptop\nFatima\tf.elamrani\t[[assign:{memorable('Welkom')}]]\tthuiswerker\n\nDit komt uit Excel, kun je er een PowerShell script van maken dat de AD-accounts aanmaakt?",
    f"My email password is [[prose:{memorable('Sunflower')}]] and Outlook keeps asking for it since the Microsoft 365 migration. Which server settings should I use?",
    f"Here's the staging WordPress: https://staging.bloomflowers.com/wp-admin — username editor, password [[prose:{r(SYM, 16)}]]. Can you write a checklist to test the checkout?",
    f"[14:02, 3-3-2025] Kees: het wachtwoord van het kassasysteem is nu [[prose:{memorable('Croissant')}]]\n[14:03, 3-3-2025] Kees: niet doorsturen hè\n[14:05, 3-3-2025] Anouk: 👍\nKun je van dit gesprek een samenvatting maken voor de ploegleiders?",
    f"The vendor's support guy read me our API key over the phone: [[keyword:{r(LOWNUM, 32)}]] — can you write a Python snippet that calls their /v2/orders endpoint with it?",
    f"Inloggegevens voor de webmail van de vereniging: secretaris@vvdebrug.nl, wachtwoord [[prose:{memorable('Brugwachter')}]]. Hoe zet ik dit in de Mail-app op mijn iPhone?",
    f"temporary creds for the auditor: user audit-2025, pass [[prose:{r(SYM, 12)}]], expires Friday. Write a polite email to send them along.",
    f"Voor het Ziggo-modem: inloggen met admin en wachtwoord [[prose:{r(UPPER_NUM, 8)}]] (staat op de sticker). Hoe open ik poort 25565 voor Minecraft?",
    # -- documentation placeholders ------------------------------------------------------------------
    "The AWS docs example:\n[default]\naws_access_key_id = [[placeholder:AKIAIOSFODNN7EXAMPLE]]\naws_secret_access_key = [[placeholder:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY]]\nregion = eu-west-1\nDo I need quotes around the values?",
    "In de README staat OPENAI_API_KEY=[[placeholder:sk-your-key-here]] — moet ik daar mijn eigen key neerzetten of in een apart bestand?",
    "GITHUB_TOKEN=[[placeholder:ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]] is in our template .env. Is that a sensible placeholder?",
    "In de docs: SLACK_BOT_TOKEN=[[placeholder:xoxb-your-bot-token]] — waar vind ik het echte token in de Slack app settings?",
    "De voorbeeldconfig van de plugin:\nmollie:\n  api_key: [[placeholder:test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]]\nMoet ik die vervangen door mijn live key?",
]

BENIGN = [
    f"Can you explain what commit {r(HEX, 40)} changed? git show only says 'Merge pull request #412 from acme/fix-login'.",
    f"docker pull python:3.12-slim geeft:\nDigest: sha256:{r(HEX, 64)}\nStatus: Downloaded newer image for python:3.12-slim\nIs dit de goede image voor productie?",
    f"In our workflow:\n  AZURE_TENANT_ID: {uid()}\n  AZURE_SUBSCRIPTION_ID: {uid()}\n  AZURE_CLIENT_ID: {uid()}\n  AZURE_CLIENT_SECRET: ${{{{ secrets.AZURE_CLIENT_SECRET }}}}\nazure/login@v2 says AADSTS700016, which of the IDs is wrong?",
    f'Waarom toont Safari dit icoon niet?\n.icon {{ background-image: url("data:image/svg+xml;base64,{SVG}"); }}',
    f"gpg --list-secret-keys --keyid-format=long shows\nsec   ed25519/{r(HEX, 16).upper()} 2024-02-11 [SC]\n      {r(HEX, 40).upper()}\nuid   [ultimate] Jan de Vries <jan@example.nl>\nHow do I tell git to sign commits with this key?",
    f"Bij het eerste ssh-contact krijg ik:\nED25519 key fingerprint is SHA256:{tok(B64, 43)}.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?\nHoe controleer ik of dit de goede server is?",
    "```yaml\nservices:\n  api:\n    environment:\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}\n```\nDoes compose read these from .env automatically?",
    'In Python doe ik api_key = os.environ["API_KEY"] en in de Node-service const token = process.env.TOKEN; hoe zorg ik dat beide dezelfde .env gebruiken?',
    "Write instructions for our users: go to Settings > Security, click 'Reset password', enter the code from the SMS and choose a new password of at least 12 characters.",
    "Mijn zoon spaart tokens bij de speelhal en in zijn klas werken ze met een token economy voor goed gedrag. Is dat pedagogisch verstandig?",
    "How many tokens is 'Hallo, hoe gaat het?' in the GPT-4 tokenizer, and why do Dutch texts use more tokens than English ones?",
    "Ik ben de sleutel van de fietskluis kwijt, het sleutelnummer 4471-B staat op het label. Hoe vraag ik bij de gemeente een nieuwe aan?",
    f"Chrome blocks my inline script: Refused to execute inline script because it violates the following Content Security Policy directive: \"script-src 'self' 'sha256-{raw_b64(32)}'\". How do I compute the right hash?",
    f'In package-lock.json staat:\n"node_modules/lodash": {{\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-{raw_b64(64)}"\n}}\nWaarom verandert die integrity na npm install?',
    "We're on Node v20.11.1, npm 10.2.4, next@14.1.0-canary.67 and build 2025.03.14-rc2+g7a1c9e3. What's the upgrade path to Next 15?",
    f"Mijn bestelling 1089-4471-2231 is niet aangekomen, PostNL track & trace 3S{r(UPPER, 4)}{digits(9)}. Kun je een klachtmail opstellen?",
    'The docs say to run: curl https://api.example.com/v1/items -H "Authorization: Bearer <your-api-key>". Should I keep the angle brackets?',
    "In de handleiding staat:\nMOLLIE_API_KEY=<jouw-api-key>\nWEBHOOK_SECRET=<webhook-secret>\nWaar vind ik die waardes in het dashboard?",
    f"Summarize this talk for me: https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s and the follow-up https://youtu.be/{tok(URL64, 11)}",
    f"Onze gtag-snippet: <script async src=\"https://www.googletagmanager.com/gtag/js?id={GA_ID}\"></script> met gtag('config', '{GA_ID}'); en de container GTM-{r(UPPER_NUM, 7)}. Waarom zie ik geen realtime bezoekers?",
    f"Our checkout page does:\nconst stripe = Stripe('{PK_LIVE}');\nconst elements = stripe.elements();\nThe card field doesn't render on Safari, any idea?",
    f"Ik krijg: openai.AuthenticationError: Error code: 401 - {{'error': {{'message': 'Incorrect API key provided: sk-proj-********************{r(B62, 4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}}}\nBetekent dit dat mijn key is ingetrokken?",
    'Run curl -sf -H "Authorization: token ***" https://api.github.com/repos/acme/app/releases\ncurl: (22) The requested URL returned error: 404\nWhy a 404 if the repo exists?',
    "kubectl describe secret db-creds\nName:         db-creds\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  8 bytes\nHoe lees ik de waarde uit zonder dat die in mijn shell history komt?",
    f"Should I add this to authorized_keys on the server? ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{tok(B64, 43)} jan@laptop",
    f"docker ps toont container {r(HEX, 12)} (image {r(HEX, 12)}) steeds als 'Restarting (1) 5 seconds ago'. Hoe zie ik waarom?",
    f"The role ARN is arn:aws:iam::{digits(12)}:role/github-oidc-deploy and the KMS key id is {uid()}. Why does AssumeRoleWithWebIdentity fail with 'Not authorized'?",
    "Mijn moeder is haar DigiD-wachtwoord vergeten. Welke stappen moet ze doorlopen om een nieuw wachtwoord aan te vragen als ze geen sms-controle heeft?",
    "Our .npmrc:\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nalways-auth=true\nIn CI the variable is set but npm still says ENEEDAUTH.",
    "pip.conf:\n[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://nexus.intern.nl/repository/pypi-group/simple\nHoe voorkom ik dependency confusion?",
    'kubectl create secret generic api --from-literal=token="$(openssl rand -hex 32)" --from-literal=password="$DB_PASS" — is the value visible in ps output while it runs?',
    'curl -u "$JIRA_USER:$JIRA_TOKEN" -H "Authorization: Bearer $TOKEN" https://acme.atlassian.net/rest/api/3/myself — werkt dit in PowerShell ook?',
    f"After the deploy the browser still loads main.{r(HEX, 8)}.js and styles.{r(HEX, 20)}.css, with class names like .css-{r(LOWNUM, 7)}. Cache busting issue?",
    "Na git clone is APP_KEY= leeg in de .env. Moet ik php artisan key:generate draaien en wat doet dat precies?",
    f"Our bot posts to channel C0{r(UPPER_NUM, 9)} and mentions user U0{r(UPPER_NUM, 9)} in team T0{r(UPPER_NUM, 9)}. How do I get the channel name from the ID?",
    "Wat is het verschil tussen HS256 en RS256 voor JWT's, en waar dient de kid-header voor?",
    f"Is this public key safe to commit?\n{pem('PUBLIC KEY', 5)}",
]


def main() -> int:
    return command(__doc__, LABELLED, BENIGN)


if __name__ == "__main__":
    sys.exit(main())

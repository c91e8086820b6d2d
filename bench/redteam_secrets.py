"""A red-team set for the SECRET rules: credentials put into an AI chat in a form a person or a
language model can still reassemble or read, but a scanner that looks for the key as one plain
run of characters would not; and benign prompts in the same shapes without a credential.

    python bench/redteam_secrets.py [--misses]

Written on 2026-12-07 (twelfth session) in one go, before the engine ran on it, by a different
author than the rules, without reading the rules. Source ideas: the ways developers and attackers
get a key past a pre-commit hook, a repo scanner or a chat filter, half Dutch and half English,
each shape used at most twice: string concatenation (Python `+` and implicit literal adjacency,
a JS template literal, Java StringBuilder, Go strings.Join, Rust concat!, C #define adjacency,
bash "$A$B", shell quote adjacency in a curl header, PowerShell -join, SQL || and CONCAT, T-SQL
CHAR()+CHAR(), an Excel formula joining two cells, a Python f-string assembling a Slack token,
a JSON array of parts, a Swift array joined with "."), characters and codes (String.fromCharCode,
a chr() list, bytes([..]), a Java char[]), reversal ([::-1], split/reverse/join), encodings with
their decode call next to them (base64.b64decode, atob, bytes.fromhex, xxd -r -p, codecs rot13,
tr rot13, full percent-encoding, \\x, \\u and octal escapes, decimal and hex HTML entities),
splits (two env vars, two Dockerfile ENV values, two table cells, two chat messages in a pasted
Slack and Teams transcript, a list of chunks), grouping (spaces every 4, dashes every 4, a space
after every character, a password spelled with dashes), places (a code comment, a commented-out
.env line, a docstring, a commit message, a git diff, a Python traceback with locals, a Java
stack trace, a curl header, .netrc, Dockerfile ARG, Jupyter cell output and .ipynb JSON, YAML
anchors), look-alikes (a zero-width space, a soft hyphen, Cyrillic letters in AKIA and sk_live_,
full-width characters), PEM keys without their header lines or with an altered header, a key
wrapped at 30 characters, a PEM key quoted in an e-mail reply ("> " before each line), and human
passwords (leetspeak, Dutch "het ww is", a percent-encoded password in a URL and a form body).
Vendor layouts: AWS AKIA + 16 of [A-Z2-7] with a 40-character base64 secret, ghp_ + 36,
github_pat_ 22_59, sk-proj- 74 T3BlbkFJ 74, sk-ant-api03- 93 AA, xoxb- 12-13-24, sk_live_ + 24
and sk_live_51 + 97, rk_live_ + 24, glpat- + 20, AIza + 35, hf_ + 34, npm_ + 36, SG. 22.43,
Mollie live_ + 30, DigitalOcean dop_v1_ + 64 hex, Mailgun key- + 32 hex, JWTs and PEM keys
(RSA PKCS#1, OpenSSH). Bodies are drawn at random with a fixed seed; no real credential is here.

Decisions: the value is marked as written, obfuscation included (the base64, the hex, the list of
codes, the entities, the escapes, the reversed string, the key with its spaces, zero-width or
Cyrillic characters). A key broken by other text (quotes and an operator, a cell border, a
variable name, a chat message header) is marked as one value per piece, every piece with the
kind of the whole, however little a piece says on its own (a JWT's header, a Slack token's team
id); a key broken only by line breaks (wrapped, a PEM body, the e-mail-quoted PEM with its "> ")
is one value, as a PEM key is in secret_dev.py. Kinds: `vendor` where the vendor's layout is
readable as written (the pieces of a split vendor key included, a look-alike or full-width one
too), `aws` for an access key id in any form, `assign` for an encoded or assembled value given to
a variable, `header` in a header, `url` in a URL or query string, `cli` on a command line or a
form body, `prose` for a password in a sentence, `keyword` for a random token after a key word.
A password described only in words (the dog's name Bello, the year 2024 and an exclamation
mark) is not marked: the text does not state the literal value; the text stays in the labelled
list, so a finding on it shows up as a finding outside gold. A password stated literally next to
its description is marked. A Sentry DSN is public and not marked. Benign: hashes (file sha256,
image digests, commit SHAs), UUIDs as resource ids, public keys, certificates, a PGP fingerprint
and an IBAN in groups of four, decodes of harmless text (base64, hex, rot13, char codes, escapes,
entities), variable names without values and code reading secrets from the environment.
Placeholders (<YOUR_API_KEY>, "sk-...", ghp_xxxx..., AWS's AKIAIOSFODNN7EXAMPLE, a masked key
in a notebook output) are in the benign list: a SECRET_PLACEHOLDER finding on one counts as a
benign hit in the figure but is acceptable by design (masked, never blocked), as in
secret_dev7.py and secret_dev8.py; a SECRET finding on one is a false positive.

First run: 0.449 (57/127) (vendor 31/62, aws 6/11, assign 12/34, header 1/3, url 2/2, cli 1/1,
prose 2/12, keyword 2/2), findings outside gold 3, benign 4/35. Misses (70): pieces of split keys
without the vendor prefix, and most prefixed first pieces too (JS template literal, StringBuilder
pieces 2-3, Go strings.Join, bash "$A$B", PowerShell -join, MySQL CONCAT, Rust
concat! first piece, Excel cells, C #define, the Slack f-string's team and bot ids, JSON token_parts,
the Swift JWT parts, a Python list of AWS id halves); every list of character codes
(fromCharCode, chr list, bytes([..]), Java char[], T-SQL CHAR()); split/reverse/join; hex piped
to xxd; \\u00XX-escaped signs in a password; octal escapes; decimal HTML entities; the second
halves of keys split over env vars, Dockerfile ENV, table cells, a chat transcript and a quoted
curl header; AWS secrets split in halves; a Teams password in two messages; an AWS secret with
spaces every 4; ghp_ with dashes every 4; a password spelled with dashes; a password in a Dutch
commit message and behind a YAML anchor (&pw); passwords in sentences (Rex2019#, Lindelaan42?,
two leetspeak ones, "ww zeeuwsmeisje77", a full-width one); a PEM body without header lines and a
PEM with an altered header. Found: Python +, SQL ||, implicit literal adjacency, [::-1],
b64decode, atob, rot13, percent-encoding, \\x and full \\u escapes, hex entities, the zero-width,
soft-hyphen, Cyrillic and full-width keys, the 30-wide and e-mail-quoted keys. Outside gold: the macro name MQTT_PASS_1 and two commit SHAs in a git
log. Benign: only SECRET_PLACEHOLDER findings (<YOUR_API_KEY>, ghp_xxxx..., AWS's EXAMPLE pair, the
masked sk-proj-****Q2xA), acceptable by design; no SECRET finding on a benign text.

Fixed since (same session, rules by the engine's author): 0.575 (73/127) (vendor 38/62, aws 8/11,
assign 17/34, prose 4/12), outside gold 0, benign 4/35 (the same placeholders). New: lists handed
to a join with nothing between (Python ''.join, JS [...].join(""), CONCAT, Rust concat!, Go
strings.Join, PowerShell -join (...)), keys read out in groups of four (both cases and digits),
an OpenSSH key body under altered or no armour (its "openssh-key-v1" magic), a PKCS#1 body cut
short, a YAML anchor before a password, "gebr: ... ww <password>", a password "aangepast naar"
with words between; the commit SHAs near an AWS key id and the constant MQTT_PASS_1 are no longer
secrets. Left: character-code lists, reversal, hex piped to xxd, octal escapes, pieces in
variables or cells joined elsewhere ("$A$B", a template literal, #define adjacency, Excel),
passwords described in sentences, leetspeak passwords, a password split over two chat messages.
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)

from __future__ import annotations

import base64
import codecs
import json
import sys
from urllib.parse import quote

from secret_dev import B62, HEX, UPNUM, URL64, command
from secret_draw import B64, SecretDraw

_DRAW = SecretDraw(2026120712)
_RNG = _DRAW.rng
r, tok, digits, raw_b64, uid = _DRAW.r, _DRAW.tok, _DRAW.digits, _DRAW.raw_b64, _DRAW.uid


# -- vendor layouts -----------------------------------------------------------------------------
def aws32(prefix: str = "AKIA") -> str:
    """An access key id as AWS issues them: prefix + 16 of base32 [A-Z2-7]."""
    return prefix + r(UPNUM, 16)


def aws_secret() -> str:
    return r(B64, 40)


def ghp() -> str:
    return "ghp_" + r(B62, 36)


def openai_key() -> str:
    return f"sk-proj-{r(URL64, 74)}T3BlbkFJ{tok(URL64, 74)}"


def anthropic_key() -> str:
    return f"sk-ant-api03-{r(URL64, 93)}AA"


def slack_parts() -> tuple[str, str, str]:
    return digits(12), digits(13), r(B62, 24)


def slack() -> str:
    return "xoxb-" + "-".join(slack_parts())


def stripe(prefix: str = "sk_live_") -> str:
    return prefix + r(B62, 24)


def stripe_long() -> str:
    return "sk_live_51" + tok(B62, 97)


def glpat() -> str:
    return "glpat-" + tok(URL64, 20)


def gapi() -> str:
    return "AIza" + tok(URL64, 35)


def sendgrid() -> str:
    return f"SG.{tok(URL64, 22)}.{tok(URL64, 43)}"


def jwt(claims: dict[str, object]) -> str:
    def enc(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc(claims)}.{tok(URL64, 43)}"


def pem_body(start: str, total: int, width: int) -> list[str]:
    body = start + r(B64, total - len(start))
    return [body[i : i + width] for i in range(0, len(body), width)]


def memorable(word: str, signs: str = "!#?*@.") -> str:
    return f"{word}{_RNG.randint(1, 2025)}{_RNG.choice(signs)}"


# -- obfuscations ---------------------------------------------------------------------------------
def thirds(s: str) -> tuple[str, str, str]:
    a, b = len(s) // 3, 2 * len(s) // 3
    return s[:a], s[a:b], s[b:]


def halves(s: str) -> tuple[str, str]:
    return s[: len(s) // 2], s[len(s) // 2 :]


def codes(s: str) -> str:
    return ", ".join(str(ord(c)) for c in s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def hexs(s: str) -> str:
    return s.encode().hex()


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def xesc(s: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in s)


def uesc(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def uesc_signs(s: str) -> str:
    """JSON-escaped as some loggers do: letters and digits kept, every other character as \\u00XX."""
    return "".join(c if c.isalnum() else f"\\u{ord(c):04x}" for c in s)


def octesc(s: str) -> str:
    return "".join(f"\\{ord(c):03o}" for c in s)


def html_dec(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def html_hex(s: str) -> str:
    return "".join(f"&#x{ord(c):x};" for c in s)


def pct_all(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def groups(s: str, k: int, sep: str) -> str:
    return sep.join(s[i : i + k] for i in range(0, len(s), k))


def wrap(s: str, width: int) -> str:
    return "\n".join(s[i : i + width] for i in range(0, len(s), width))


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def inject(s: str, ch: str, at: tuple[int, ...]) -> str:
    """The string with an invisible character inserted before each position in `at`."""
    out = s
    for i in sorted(at, reverse=True):
        out = out[:i] + ch + out[i:]
    return out


def charlist(s: str) -> str:
    return ", ".join(f"'{c}'" for c in s)


def tsql_chars(s: str) -> str:
    return "+".join(f"CHAR({ord(c)})" for c in s)


# -- values used in pieces or twice ---------------------------------------------------------------
G1a, G1b, G1c = thirds(ghp())
S1a, S1b = halves(stripe())
SL1a, SL1b, SL1c = thirds(slack())
GA1a, GA1b, GA1c = thirds(gapi())
GL1a, GL1b = halves(glpat())
AK1, SK1 = aws32(), aws_secret()
S2a, S2b = halves(stripe())
G2 = ghp()
AK2, SK2 = aws32(), aws_secret()
O1 = openai_key()
SG1 = sendgrid()
G3 = ghp()
S3 = stripe()
SL2 = slack()
P4a, P4b = "Zandloper", f"{_RNG.randint(1950, 2010)}!"
P6 = memorable("Vuurtoren")
P9 = memorable("Kruidnoot")
S4 = stripe()
GL2 = glpat()
P10 = f"Harbour@{_RNG.randint(10, 99)}#Light!"
G4 = ghp()
AK3, SK3 = aws32(), aws_secret()
A1 = anthropic_key()
GA2 = gapi()
P13 = memorable("Tuinhek")
O3a, O3b = halves(openai_key())
AK4, SK4 = aws32(), aws_secret()
S5 = stripe_long()
MOL1a, MOL1b = halves("live_" + r(B62, 30))
SG2a, SG2b = halves(sendgrid())
AK5, SK5 = aws32(), aws_secret()
SL3a, SL3b = halves(slack())
P16a, P16b = "Stormvogel", f"#{_RNG.randint(1000, 9999)}kust"
AK7, SK7 = aws32(), aws_secret()
G5 = ghp()
AK8, SK8 = aws32(), aws_secret()
GL3 = glpat()
O5a, O5b = halves(openai_key())
HF1 = "hf_" + r(B62, 34)
S7 = stripe()
G7 = ghp()
SL4 = slack()
AK9 = "\u0410\u041aIA" + r(UPNUM, 16)  # Cyrillic А and К
S8 = stripe()
STRIPE_CYR = "sk_liv\u0435_" + r(B62, 24)  # Cyrillic е
P34 = memorable("Sakura")
O8 = openai_key()
J2h, J2p, J2s = jwt({"sub": "svc-mobile", "scope": "orders:write", "iat": 1764547200}).split(".")
SL5 = slack_parts()
GA3a, GA3b = halves(gapi())
RK1 = stripe("rk_live_")
RK2a, RK2b = halves(stripe_long())
P39a, P39b = "Weeg", f"Schaal{_RNG.randint(10, 99)}$IoT"
GL4a, GL4b, GL4c = thirds(glpat())
AK10, SK10 = aws32(), aws_secret()
P38 = memorable("Tulpenveld")
G8 = ghp()
MG1 = "key-" + r(HEX, 32)
P42 = f"Zomer&Zee{_RNG.randint(10, 99)}%!"
P43 = f"Fjord/{_RNG.randint(100, 999)}+Vik"

RSA_BODY = "\n".join(pem_body("MIIEowIBAAKCAQEA", 64 * 12 + 40, 64))
SSH_BODY = "\n".join(
    pem_body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 70 * 5 + 30, 70)
)
QUOTED_PEM = "\n".join(
    "> " + line
    for line in [
        "-----BEGIN RSA PRIVATE KEY-----",
        *pem_body("MIIEpAIBAAKCAQEA", 48 * 16 + 20, 48),
        "-----END RSA PRIVATE KEY-----",
    ]
)
CERT_BODY = "\n".join(pem_body("MIIDvjCCA0SgAwIBAgISA", 64 * 10 + 30, 64))
PUB_BODY = "\n".join(pem_body("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 64 * 5 + 56, 64))

LABELLED = [
    # -- concatenation in code ------------------------------------------------------------------
    f'Why does PyGithub still say "Bad credentials"? I split the token so the secret scanner in our pre-commit hook would stop complaining:\n\nfrom github import Github\n\nTOKEN = "[[vendor:{G1a}]]" + "[[vendor:{G1b}]]" + "[[vendor:{G1c}]]"\ngh = Github(TOKEN)\nrepo = gh.get_repo("acme/infra")\nprint(repo.get_branch("main").commit.sha)\n\nDoes the + break something?',
    f"Waarom krijg ik 'Invalid API Key provided' van Stripe? Ik heb de key in twee stukken gezet zodat hij niet in één keer in de bundle staat:\n\nconst deelA = '[[vendor:{S1a}]]';\nconst deelB = '[[vendor:{S1b}]]';\nconst stripe = require('stripe')(`${{deelA}}${{deelB}}`);\n\nmodule.exports = async (req, res) => {{\n  const intent = await stripe.paymentIntents.create({{ amount: 1999, currency: 'eur' }});\n  res.json({{ clientSecret: intent.client_secret }});\n}};",
    f'Our Java bot posts nothing and chat.postMessage returns "invalid_auth". This is how the token is built (legacy code, don\'t ask):\n\nString token = new StringBuilder()\n    .append("[[vendor:{SL1a}]]")\n    .append("[[vendor:{SL1b}]]")\n    .append("[[vendor:{SL1c}]]")\n    .toString();\nMethodsClient client = Slack.getInstance().methods(token);\nChatPostMessageResponse resp = client.chatPostMessage(r -> r.channel("#deploys").text("build ok"));\n\nIs StringBuilder adding something invisible?',
    f'Mijn Go-service krijgt "API key not valid. Please pass a valid API key." van de Geocoding API:\n\nvar mapsKey = strings.Join([]string{{"[[vendor:{GA1a}]]", "[[vendor:{GA1b}]]", "[[vendor:{GA1c}]]"}}, "")\n\nfunc geocode(addr string) (*http.Response, error) {{\n\tu := "https://maps.googleapis.com/maps/api/geocode/json?address=" + url.QueryEscape(addr) + "&key=" + mapsKey\n\treturn http.Get(u)\n}}\n\nKlopt de manier van joinen?',
    f'This script worked until last week, now the API gives 401:\n\n#!/usr/bin/env bash\nset -euo pipefail\nA="[[vendor:{GL1a}]]"\nB="[[vendor:{GL1b}]]"\ncurl -sf --header "PRIVATE-TOKEN: $A$B" \\\n  "https://gitlab.acme.io/api/v4/projects/112/pipelines?ref=main" | jq \'.[0].status\'\n\nDid GitLab change the token format?',
    f"Dit PowerShell-script geeft 'The security token included in the request is invalid':\n\n$ak = -join ('[[aws:{AK1[:8]}]]', '[[aws:{AK1[8:]}]]')\n$sk = -join ('[[assign:{SK1[:14]}]]', '[[assign:{SK1[14:27]}]]', '[[assign:{SK1[27:]}]]')\nSet-AWSCredential -AccessKey $ak -SecretKey $sk -StoreAs backup\nWrite-S3Object -BucketName bakker-backup -File D:\\export\\dump.bak -Region eu-west-1 -ProfileName backup\n\nIs -join hier de goede manier voor?",
    f"Our settings table got garbled after a migration. Can you tell me why the app reads an empty key?\n\nUPDATE app_settings\n   SET value = '[[vendor:{S2a}]]' || '[[vendor:{S2b}]]'\n WHERE name = 'stripe_secret_key';\n\nSELECT name, length(value) FROM app_settings;\n\nThe SELECT shows length 32, so it looks fine to me.",
    f"MySQL-vraag: ik zet het wachtwoord van de servicegebruiker via een script, maar inloggen lukt daarna niet.\n\nSET @pw = CONCAT('[[assign:{P4a}]]', '[[assign:{P4b}]]');\nSET @sql = CONCAT('ALTER USER ''rapportage''@''%'' IDENTIFIED BY ''', @pw, '''');\nPREPARE stmt FROM @sql;\nEXECUTE stmt;\n\nMoeten de quotes anders?",
    f'Is this compiled into the binary in plain text? I thought concat! would hide it.\n\nconst API_KEY: &str = concat!("[[vendor:{GA3a}]]", "[[vendor:{GA3b}]]");\n\nfn main() {{\n    let url = format!("https://generativelanguage.googleapis.com/v1beta/models?key={{}}", API_KEY);\n    println!("{{}}", reqwest::blocking::get(url).unwrap().status());\n}}',
    f"Een collega heeft de API-sleutel in onze Excel-koppeling over twee cellen verdeeld. Kun je uitleggen wat de formule doet en of dit veilig is?\n\nBlad 'Instellingen':\nA2: [[vendor:{RK1[:16]}]]\nB2: [[vendor:{RK1[16:]}]]\nC2: =TEKST.SAMENVOEGEN(A2;B2)\n\nDe macro leest C2 en stuurt die als Bearer-token naar api.stripe.com.",
    f'Black reformatted my settings module and now the key looks like this. Is it still one valid string?\n\nSTRIPE_KEY = (\n    "[[vendor:{RK2a}]]"\n    "[[vendor:{RK2b}]]"\n)\nstripe.api_key = STRIPE_KEY',
    f'In de firmware van onze weegschaal staat dit. Wordt dat één string?\n\n#define MQTT_PASS_1 "[[assign:{P39a}]]"\n#define MQTT_PASS_2 "[[assign:{P39b}]]"\nconst char *mqtt_pass = MQTT_PASS_1 MQTT_PASS_2;\nmqtt.connect("weegschaal-07", "iot", mqtt_pass);',
    f"Kun je deze functie herschrijven met de slack_sdk?\n\nTEAM = \"[[vendor:{SL5[0]}]]\"\nBOT = \"[[vendor:{SL5[1]}]]\"\nGEHEIM = \"[[vendor:{SL5[2]}]]\"\n\ndef post(tekst):\n    token = f\"xoxb-{{TEAM}}-{{BOT}}-{{GEHEIM}}\"\n    requests.post('https://slack.com/api/chat.postMessage', headers={{'Authorization': f'Bearer {{token}}'}}, json={{'channel': '#magazijn', 'text': tekst}})",
    f'This config from a vendor appliance has the token in parts. What joins arrays like this, and what is the full token?\n\n{{\n  "auth": {{\n    "scheme": "bearer",\n    "token_parts": ["[[vendor:{GL4a}]]", "[[vendor:{GL4b}]]", "[[vendor:{GL4c}]]"]\n  }}\n}}',
    f'Our mobile app builds the service JWT from three constants (long story). Can you decode what\'s in it?\n\nlet h = "[[vendor:{J2h}]]"\nlet p = "[[vendor:{J2p}]]"\nlet s = "[[vendor:{J2s}]]"\nlet serviceToken = [h, p, s].joined(separator: ".")',
    f"Kun je deze code vereenvoudigen?\n\nSLEUTEL_DELEN = ['[[aws:{AK10[:10]}]]', '[[aws:{AK10[10:]}]]']\nGEHEIM_DELEN = ['[[assign:{SK10[:20]}]]', '[[assign:{SK10[20:]}]]']\nSLEUTEL_ID = ''.join(SLEUTEL_DELEN)\nGEHEIM = ''.join(GEHEIM_DELEN)\ns3 = boto3.client('s3', aws_access_key_id=SLEUTEL_ID, aws_secret_access_key=GEHEIM)",
    # -- characters and character codes --------------------------------------------------------
    f"Een collega heeft dit in onze Chrome-extensie gezet om de token te 'verbergen'. Werkt dat?\n\nconst t = String.fromCharCode([[assign:{codes(G2)}]]);\nfetch('https://api.github.com/repos/bakker/extensie/issues', {{\n  headers: {{ Authorization: 'token ' + t }},\n}}).then(r => r.json()).then(console.log);\n\nIn de console zie ik 401 Bad credentials.",
    f"Is this enough to keep the key out of our repo scan?\n\n_K = [[[assign:{codes(SK2)}]]]\nAWS_SECRET_ACCESS_KEY = ''.join(chr(c) for c in _K)\nAWS_ACCESS_KEY_ID = ''.join(chr(c) for c in [[[aws:{codes(AK2)}]]])\n\nsession = boto3.Session(aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY, region_name='eu-central-1')",
    f"Mijn Python-script voor de NAS-backup geeft 'Authentication failed'. Het wachtwoord heb ik als bytes erin gezet:\n\nimport paramiko\n\nWW = bytes([[[assign:{codes(P6)}]]]).decode()\nssh = paramiko.SSHClient()\nssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nssh.connect('nas01.thuis.lan', username='backup', password=WW)\n\nKlopt de decode?",
    f'Is a char[] safer than a String for a password in Java? This is what we have:\n\nchar[] pw = {{[[assign:{charlist(P38)}]]}};\nDataSource ds = DataSourceBuilder.create().url("jdbc:postgresql://db:5432/hr").username("hr_app").password(new String(pw)).build();\nArrays.fill(pw, \'\\0\');',
    f"Legacy stored procedure, can you explain what it does?\n\nDECLARE @k NVARCHAR(64) = [[assign:{tsql_chars(MG1)}]];\nEXEC dbo.usp_send_mail_via_api @apiKey = @k, @to = 'ops@acme.io', @subject = 'Nightly export done';",
    # -- reversal --------------------------------------------------------------------------------
    f'Funny trick from a tutorial, but the OpenAI client says 401 "Incorrect API key provided":\n\nfrom openai import OpenAI\n\nclient = OpenAI(api_key="[[assign:{O1[::-1]}]]"[::-1])\nprint(client.models.list())\n\nDid I reverse it wrong?',
    f"Waarom faalt de mail? In onze Node-code staat de SendGrid-key omgedraaid:\n\nconst sgMail = require('@sendgrid/mail');\nconst k = '[[assign:{SG1[::-1]}]]'.split('').reverse().join('');\nsgMail.setApiKey(k);\nawait sgMail.send({{ to: 'klant@voorbeeld.nl', from: 'noreply@bakker.nl', subject: 'Factuur', text: 'Zie bijlage' }});\n\nDe foutmelding: 'The provided authorization grant is invalid, expired, or revoked'.",
    # -- encodings with their decode -------------------------------------------------------------
    f'Our CI image decodes the token at runtime. Why does git clone still prompt for a password?\n\nimport base64, subprocess\n\nTOKEN = base64.b64decode("[[assign:{b64(G3)}]]").decode()\nsubprocess.run(["git", "clone", f"https://x-access-token:{{TOKEN}}@github.com/acme/deploy-scripts.git"], check=True)',
    f"In de frontend van een klant vond ik dit, is dit erg?\n\n<script>\n  const sk = atob('[[assign:{b64(S3)}]]');\n  fetch('https://api.stripe.com/v1/charges?limit=3', {{ headers: {{ Authorization: 'Bearer ' + sk }} }})\n    .then(r => r.json()).then(d => console.log(d));\n</script>\n\nHet is toch base64, dus niet leesbaar?",
    f'Is hex encoding good enough for a token in a public repo? This is in our bot:\n\nSLACK_TOKEN = bytes.fromhex("[[assign:{hexs(SL2)}]]").decode()\napp = App(token=SLACK_TOKEN, signing_secret=os.environ["SLACK_SIGNING_SECRET"])\n\nif __name__ == "__main__":\n    app.start(port=3000)',
    f"Ons deploy-script doet dit, maar mysql zegt 'Access denied for user deploy':\n\nPW=$(echo '[[assign:{hexs(P9)}]]' | xxd -r -p)\nmysql -h db01.intern -u deploy -p\"$PW\" webshop < migratie.sql\n\nMoet er een newline achter?",
    f'Our junior "encrypted" the key with rot13. Please tell me this is a bad idea and how to fix it properly:\n\nimport codecs\nimport stripe\n\nstripe.api_key = codecs.decode("[[assign:{rot13(S4)}]]", "rot13")\ncustomers = stripe.Customer.list(limit=5)',
    f"Kun je uitleggen wat deze regel in onze .bashrc doet? Ik snap de tr niet.\n\nexport GITLAB_TOKEN=$(echo '[[assign:{rot13(GL2)}]]' | tr 'A-Za-z' 'N-ZA-Mn-za-m')\nalias mrs='glab mr list --assignee=@me'",
    f'psql connects fine with the same password, but SQLAlchemy says "password authentication failed". The password has special characters so I encoded it:\n\nengine = create_engine("postgresql+psycopg2://reporting:[[url:{quote(P10, safe="")}]]@db.internal:5432/analytics")\n\nDid I encode it right?',
    f"Onze monitoring-tool zet dit in de logs, is dat gevaarlijk?\n\n2026-11-30 08:14:22 GET /api/hook?source=github&access_token=[[url:{pct_all(G4)}]]&ref=main 200 31ms\n\nHet is toch percent-encoded?",
    f"Why does this login request return 302 back to /login?\n\ncurl -i -X POST https://intranet.acme.io/login -d 'username=jdoe&password=[[cli:{quote(P42, safe='')}]]&remember=1'\n\nThe same credentials work in the browser.",
    f'Reverse engineering a firmware dump for a client, I found this in `strings`. Is it what I think it is?\n\nstatic const char *ak = "[[aws:{xesc(AK3)}]]";\nstatic const char *sk = "[[assign:{xesc(SK3)}]]";\n\nIt is used in an upload_logs() function that talks to s3.eu-west-1.amazonaws.com.',
    f'Deze config komt uit een mobiele app die we laten auditen. Wat staat hier eigenlijk?\n\n{{\n  "endpoint": "https://api.anthropic.com/v1/messages",\n  "model": "claude-sonnet-4",\n  "x_api_key": "[[assign:{uesc(A1)}]]"\n}}',
    f'Our API gateway logs the body like this. Which field makes the request fail validation?\n\n2026-11-30 10:11:02 WARN body="{{\\"user\\":\\"svc-export\\",\\"password\\":\\"[[assign:{uesc_signs(P43)}]]\\",\\"mfa\\":null}}" status=422',
    f"Waarom doet deze curl het wel in bash maar niet in sh?\n\ncurl -s -H $'PRIVATE-TOKEN: [[header:{octesc(GL3)}]]' https://gitlab.bakker.nl/api/v4/user\n\nIn sh krijg ik 401.",
    f'View-source on our marketing site shows this, the agency says it is "obfuscated". Is it?\n\n<div id="map" data-key="[[assign:{html_dec(GA2)}]]"></div>\n<script>\n  const key = document.getElementById("map").dataset.key;\n  loadGoogleMaps({{ key, libraries: ["places"] }});\n</script>',
    f"Onze nieuwsbrieftool verstuurt dit welkomstmailtje, kun je de HTML netter maken?\n\n<p>Beste nieuwe collega,</p>\n<p>Je account voor het intranet staat klaar. Gebruikersnaam: <b>m.jansen</b>, tijdelijk wachtwoord: <b>[[prose:{html_hex(P13)}]]</b></p>\n<p>Groet, ICT</p>",
    # -- splits over variables, cells, messages, lines -------------------------------------------
    f"We split the key over two variables because the platform limits values to 100 characters. Is that why the client says the key is malformed?\n\nOPENAI_KEY_PART1=[[vendor:{O3a}]]\nOPENAI_KEY_PART2=[[vendor:{O3b}]]\n\nkey = os.environ['OPENAI_KEY_PART1'] + os.environ['OPENAI_KEY_PART2']\nclient = OpenAI(api_key=key)",
    f'Ik heb de AWS-gegevens over twee variabelen verdeeld in Coolify omdat de UI ze afkapte:\n\nAWS_ACCESS_KEY_ID=[[aws:{AK4}]]\nAWS_SK_1=[[assign:{SK4[:20]}]]\nAWS_SK_2=[[assign:{SK4[20:]}]]\n\nen in de entrypoint: export AWS_SECRET_ACCESS_KEY="${{AWS_SK_1}}${{AWS_SK_2}}"\n\nToch krijg ik SignatureDoesNotMatch.',
    f'Kun je deze Dockerfile kleiner maken?\n\nFROM python:3.12-slim\nENV HF_A=[[vendor:{HF1[:17]}]] \\\n    HF_B=[[vendor:{HF1[17:]}]]\nRUN pip install --no-cache-dir huggingface_hub && \\\n    HF_TOKEN="$HF_A$HF_B" huggingface-cli download bakker/factuur-ocr --local-dir /models\nCOPY app/ /app\nCMD ["python", "/app/main.py"]',
    f"My terminal wrapped the key when I copied it, so in the .env it ended up like this:\n\nSTRIPE_SECRET_KEY=[[vendor:{S5[:60]}\n{S5[60:]}]]\nSTRIPE_WEBHOOK_TOLERANCE=300\n\nand now dotenv only reads the first line. How do I fix the file?",
    f"Kun je deze tabel met toegangsgegevens omzetten naar een .env-bestand? De sleutels waren te lang voor één kolom, dus ze lopen door in de volgende cel.\n\n| dienst | sleutel (deel 1) | sleutel (deel 2) |\n|---|---|---|\n| Mollie | [[vendor:{MOL1a}]] | [[vendor:{MOL1b}]] |\n| SendGrid | [[vendor:{SG2a}]] | [[vendor:{SG2b}]] |",
    f"Can you turn this spreadsheet paste into a ~/.aws/credentials file? The secret didn't fit in one column so ops put it in two.\n\nprofile\taccess key id\tsecret (1)\tsecret (2)\nbackup\t[[aws:{AK5}]]\t[[assign:{SK5[:20]}]]\t[[assign:{SK5[20:]}]]",
    f"Here's the Slack thread where Dan sent me the bot token. Can you write the Python to post to #alerts with it?\n\n[09:41] Dan Whitfield: ok here it comes in two parts so it doesn't unfurl\n[09:41] Dan Whitfield: [[vendor:{SL3a}]]\n[09:42] Dan Whitfield: [[vendor:{SL3b}]]\n[09:42] Dan Whitfield: just glue them together\n[09:43] me: thx!",
    f"Kun je uit dit Teams-gesprek halen wat ik moet invullen bij de VPN-client?\n\nSanne de Wit 10:02\nHet wachtwoord stuur ik in twee delen\nSanne de Wit 10:02\n[[prose:{P16a}]]\nSanne de Wit 10:03\n[[prose:{P16b}]]\nSanne de Wit 10:03\nzonder spatie ertussen\nJij 10:05\ntop, dank je",
    # -- grouping ---------------------------------------------------------------------------------
    f"I read the key out loud from the console on a call and my colleague typed this. Is it right?\n\nAccess key ID: [[aws:{groups(AK7, 4, ' ')}]]\nSecret: [[assign:{groups(SK7, 4, ' ')}]]\n\nHe gets InvalidClientTokenId.",
    f"Mijn collega dicteerde het token zo, in blokjes van vier:\n\n[[vendor:{groups(G5, 4, '-')}]]\n\nKun je er een geldige git remote-URL van maken voor github.com/bakker/planning?",
    f"Our on-call engineer pasted the token into the incident channel with spaces so the bot wouldn't catch it:\n\n[[vendor:{' '.join(G8)}]]\n\nCan you write a one-liner to revoke it through the GitHub API?",
    "Ik moest het wachtwoord voorlezen aan de helpdesk, ik heb het zo gespeld: [[prose:K-a-a-s-b-o-e-r-1-9-8-7-!]]. Ze zeggen dat het niet klopt, maar ik weet zeker dat dit mijn wachtwoord is.",
    # -- places: comments, docstrings, commits, traces, headers, dotfiles ------------------------
    f'Can you refactor this function to use httpx instead of requests?\n\nimport requests\n\n# old key, rotated? [[vendor:{stripe()}]]\n# new one is in Vault under payments/stripe\ndef refund(charge_id: str, key: str) -> dict:\n    r = requests.post("https://api.stripe.com/v1/refunds", data={{"charge": charge_id}}, auth=(key, ""))\n    r.raise_for_status()\n    return r.json()',
    f"Welke regels in deze .env worden eigenlijk nog gebruikt?\n\n# --- oud ---\n#GITHUB_TOKEN=[[vendor:github_pat_{r(B62, 22)}_{r(B62, 59)}]]\n#SENTRY_DSN=https://{r(HEX, 32)}@o{digits(6)}.ingest.sentry.io/{digits(7)}\n# --- nieuw ---\nGITHUB_APP_ID={digits(6)}\nGITHUB_APP_PRIVATE_KEY_PATH=/run/secrets/gh_app.pem\nLOG_LEVEL=info",
    f'Please write unit tests for this function.\n\ndef fetch_invoices(since: date) -> list[dict]:\n    """Fetch invoices from the billing API.\n\n    Uses the service token [[keyword:{r(B62, 40)}]] (billing-prod, ask Priya\n    before rotating). Pagination is cursor-based.\n    """\n    ...',
    f'Kun je type hints toevoegen aan deze klasse?\n\nclass Betaling:\n    """Wrapper om de Mollie API.\n\n    Sleutel voor productie: [[vendor:live_{r(B62, 30)}]]\n    De testsleutel staat in 1Password.\n    """\n\n    def __init__(self, client):\n        self.client = client',
    f"Can you summarise these commits for the release notes?\n\ncommit {r(HEX, 40)}\nAuthor: Sam Lee <sam@acme.io>\nDate:   Tue Nov 25 14:02:11 2026 +0100\n\n    Fix S3 upload: use new key [[aws:{AK8}]] / [[keyword:{SK8}]]\n\ncommit {r(HEX, 40)}\nAuthor: Priya Nair <priya@acme.io>\nDate:   Mon Nov 24 09:13:40 2026 +0100\n\n    Add retry to webhook sender",
    f"Wat is er in deze commit veranderd? git show --stat:\n\ncommit {r(HEX, 40)}\nAuthor: Jeroen Bakker <jeroen@bakker.nl>\nDate:   Fri Nov 28 16:44:09 2026 +0100\n\n    Wachtwoord SFTP-koppeling leverancier aangepast naar [[prose:{memorable('Grachtenpand')}]] (was verlopen)\n\n config/sftp.yml | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)",
    f'Review this diff please, is the fix complete?\n\ndiff --git a/deploy/settings.py b/deploy/settings.py\nindex {r(HEX, 7)}..{r(HEX, 7)} 100644\n--- a/deploy/settings.py\n+++ b/deploy/settings.py\n@@ -12,7 +12,7 @@ DATABASES = {{\n-DO_TOKEN = "[[vendor:dop_v1_{r(HEX, 64)}]]"\n+DO_TOKEN = os.environ["DO_TOKEN"]\n REGION = "ams3"',
    f"Why do I hit the rate limit on the very first call? Traceback from loguru with diagnose=True:\n\nTraceback (most recent call last):\n  File \"/app/summarise.py\", line 18, in summarise\n    return client.chat.completions.create(model=model, messages=msgs)\n           │                              │            └ [{{'role': 'user', 'content': 'Summarise: ...'}}]\n           │                              └ 'gpt-4o-mini'\n           └ <openai.OpenAI object at 0x7f3c2a1b9e50>\n  File \"/app/summarise.py\", line 9, in make_client\n    return OpenAI(api_key=key)\n                          └ '[[vendor:{openai_key()}]]'\n\nopenai.RateLimitError: Error code: 429 - {{'error': {{'message': 'You exceeded your current quota'}}}}",
    f'Kun je deze Java-exception uitleggen?\n\norg.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: "{{\\"error\\":\\"invalid_token\\",\\"token\\":\\"[[vendor:{jwt({"sub": "planning-svc", "roles": ["rooster.lezen"], "exp": 1764633600})}]]\\"}}"\n\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)\n\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:183)\n\tat nl.bakker.planning.client.RoosterClient.haalRooster(RoosterClient.java:57)',
    f"This curl works in bash but not when pasted into our Jenkins sh step:\n\ncurl -s https://api.openai.com/v1/models \\\n  -H 'Authorization: Bearer '\"[[header:{O5a}]]\"'[[header:{O5b}]]'\n\nWhy the quote mess? Someone wrote it that way to get past the leak scanner.",
    f"git keeps asking for my password even though I have a .netrc. Permissions are 600.\n\n$ cat ~/.netrc\nmachine github.com\n  login jdoe-acme\n  password [[vendor:{ghp()}]]\nmachine api.heroku.com\n  login jdoe@acme.io\n  password [[assign:{uid()}]]\n\nIs the indentation a problem?",
    f'Why is my image 1.2 GB, and is the token still in it?\n\nFROM node:20-alpine AS build\nWORKDIR /app\nARG NPM_TOKEN=[[vendor:npm_{r(B62, 36)}]]\nCOPY package*.json ./\nRUN echo "//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}" > .npmrc && npm ci && rm .npmrc\nCOPY . .\nRUN npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html',
    f"Why does this notebook cell print the key? I thought load_dotenv hides it.\n\nIn [3]:\nfrom dotenv import load_dotenv\nload_dotenv()\nos.environ['ANTHROPIC_API_KEY']\n\nOut[3]:\n'[[vendor:{anthropic_key()}]]'\n\nIn [4]:\nclient = anthropic.Anthropic()",
    f'Ik wil dit notebook op GitHub zetten, kun je checken of er niets geheims in staat?\n\n{{\n "cells": [\n  {{\n   "cell_type": "code",\n   "source": [\n    "import openai\\n",\n    "openai.api_key = \\"[[vendor:{openai_key()}]]\\"\\n",\n    "openai.models.list()"\n   ],\n   "outputs": []\n  }}\n ],\n "nbformat": 4\n}}',
    f"Does the anchor get merged into both services? docker-compose.yml:\n\nx-stripe: &stripe_key [[vendor:{S7}]]\n\nservices:\n  api:\n    image: acme/api:4.1\n    environment:\n      STRIPE_SECRET_KEY: *stripe_key\n  worker:\n    image: acme/worker:4.1\n    environment:\n      STRIPE_SECRET_KEY: *stripe_key",
    f"Waarom krijgt de tweede database een leeg wachtwoord? config.yml:\n\ndefaults: &db\n  user: app\n  pass: &pw [[assign:{memorable('Schelpenpad')}]]\n\nprimary:\n  <<: *db\n  host: pg01\nreplica:\n  <<: *db\n  host: pg02\n  pass: *pw",
    # -- human passwords ----------------------------------------------------------------------------
    "I forgot how I built my laptop password: it is my dog's name followed by the year we got him and a hash sign, [[prose:Rex2019#]]. Windows says it is wrong since the update. Could the keyboard layout have changed?",
    "Mijn wachtwoord voor DigiD is de naam van mijn hond, Bello, met daarachter het jaartal 2024 en een uitroepteken. Moet ik dat veranderen nu ik het hier heb getypt?",
    "Het wachtwoord van de wifi thuis is makkelijk: onze straatnaam met hoofdletter, het huisnummer en een vraagteken, dus [[prose:Lindelaan42?]]. Kun je een sterker voorstel doen dat ik ook kan onthouden?",
    "Is my password strong enough? It's [[prose:M4nch3st3r_Un1t3d!]] and I used leetspeak, so it should be fine, right? It's for my work email.",
    "Voor het beheerdersaccount van de router gebruik ik [[prose:W1ndm0l3n#Z33l4nd]], dat is toch veilig genoeg met al die cijfers?",
    f"hoi, het ww van de gedeelde mailbox facturen@ is [[prose:{memorable('Pepernoot')}]] , kun je een mailtje opstellen aan de nieuwe collega waarin staat hoe ze kan inloggen (zonder het ww erin)?",
    "kan je me helpen inloggen op de portal van de zorgverzekeraar? gebr: r.vandijk ww [[prose:zeeuwsmeisje77]] hij zegt steeds ongeldige combinatie",
    # -- look-alikes and invisible characters --------------------------------------------------------
    f"Weird: this token works when I type it but not when I paste it from our wiki. Is there something invisible in it?\n\nGITHUB_TOKEN=[[vendor:{inject(G7, chr(0x200B), (9, 25))}]]\n\ngh auth status says the token is invalid.",
    f"Deze token uit Confluence geeft 'invalid_auth'. Zit er iets raars in?\n\nSLACK_BOT_TOKEN=[[vendor:{inject(SL4, chr(0xAD), (5, 18, 40))}]]\n\nAls ik hem overtyp werkt hij wel.",
    f"Our log scanner flagged nothing, but a pentester says there is an AWS key in this log line. Where?\n\n2026-11-29T22:10:04Z INFO uploader starting with access_key=[[aws:{AK9}]] secret=[[assign:{aws_secret()}]] region=eu-west-1",
    f"Mijn Stripe-key werkt niet, de support zegt dat er 'een vreemd teken' in zit:\n\nstripe.api_key = '[[vendor:{STRIPE_CYR}]]'\n\nIk zie niks geks.",
    f"I copied this key from a PDF in a Japanese vendor portal and the SDK rejects it. What's wrong with it?\n\n[[vendor:{fullwidth(S8)}]]",
    f"Op mijn telefoon (Japans toetsenbord) typte ik mijn wachtwoord zo en nu lukt inloggen op de laptop niet: [[prose:{fullwidth(P34)}]] — is dat een ander wachtwoord?",
    # -- PEM keys and wrapped keys --------------------------------------------------------------------
    f"I only have the body of the key our old sysadmin left in the wiki, no BEGIN/END lines. Can you add them back so openssl accepts it?\n\n[[vendor:{RSA_BODY}]]",
    f"Waarom zegt ssh 'invalid format' bij deze key? Ik heb de kopregel aangepast zodat onze scanner niet afgaat.\n\n[[vendor:-----BEGIN OPENSSH PR1VATE K3Y-----\n{SSH_BODY}\n-----END OPENSSH PR1VATE K3Y-----]]",
    f"Our ticket system wrapped the key at 30 characters. Can you give me a one-liner to join it back and export it?\n\n[[vendor:{wrap(O8, 30)}]]",
    f"Een leverancier mailde ons de private key (ja, ik weet het). Kun je er een bruikbaar .pem-bestand van maken?\n\n> Hierbij de sleutel voor de SFTP-koppeling:\n>\n[[vendor:{QUOTED_PEM}]]\n>\n> Met vriendelijke groet,\n> Leverancier B.V.",
]

BENIGN = [
    # the same shapes without a credential
    'How do I combine two env vars into one token in Python without the + looking ugly?\n\nTOKEN = os.environ["GH_TOKEN_A"] + os.environ["GH_TOKEN_B"]\ngh = Github(TOKEN)',
    "Wat print dit stukje JavaScript? Het is een vraag uit een sollicitatietest.\n\nconst w = String.fromCharCode(72, 97, 108, 108, 111, 32, 119, 101, 114, 101, 108, 100);\nconsole.log(w.split('').reverse().join(''));",
    'What does this print?\n\nimport base64\nprint(base64.b64decode("SGVsbG8sIHdvcmxkIQ==").decode())\nprint(bytes.fromhex("48656c6c6f").decode())',
    "Ik zie deze bytes aan het begin van het bestand, wat voor bestand is het?\n\n$ xxd -l 16 upload.bin\n00000000: 8950 4e47 0d0a 1a0a 0000 000d 4948 4452  .PNG........IHDR",
    'Why is this True?\n\nword = "stressed"\nprint(word[::-1] == "desserts")\nprint("".join(reversed("level")) == "level")',
    "Een grapje van mijn collega in rot13, wat staat er?\n\nimport codecs\nprint(codecs.decode('Jnnebz ybbcg rra cebtenzzrhe anne ohvgra? Bz rra ohtwr gr iunatra.', 'rot13'))",
    "Why does this search URL show weird characters in the logs?\n\nGET /search?q=caf%C3%A9%20amsterdam%20centrum&page=2&sort=rating%3Adesc HTTP/1.1",
    'Onze API geeft JSON met escapes terug, hoe krijg ik daar gewone tekst van?\n\n{"naam": "Caf\\u00e9 \\u00c9\\u00e9n", "plaats": "Ter Aar", "prijs": "\\u20ac 12,50"}',
    "How do I stop my CMS from double-escaping these entities?\n\n<p>&copy; 2026 Smith &amp; Sons &mdash; prices from &#8364;12 &#x2013; &#8364;40</p>",
    f'Kun je deze Dockerfile controleren? Het wachtwoord geef ik pas mee bij docker run.\n\nFROM debian:12-slim\nARG KUBECTL_VERSION=v1.31.2\nARG KUBECTL_SHA256={r(HEX, 64)}\nARG DB_PASSWORD\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/${{KUBECTL_VERSION}}/bin/linux/amd64/kubectl \\\n && echo "${{KUBECTL_SHA256}}  /usr/local/bin/kubectl" | sha256sum -c -',
    f'Can you write a changelog entry for this?\n\ncommit {r(HEX, 40)}\nAuthor: Priya Nair <priya@acme.io>\n\n    Revert "Add retry to webhook sender"\n\n    This reverts commit {r(HEX, 40)}.\n    Breaks idempotency, see #4821.',
    f"Kun je deze tabel omzetten naar Terraform-variabelen?\n\n| omgeving | subscription | resource group id |\n|---|---|---|\n| test | {uid()} | {uid()} |\n| prod | {uid()} | {uid()} |",
    f"Which of these can I remove from authorized_keys?\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{tok(B64, 43)} jdoe@laptop\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{tok(B64, 43)} ci@runner-03",
    f"Is dit certificaat nog geldig? Ik heb alleen de PEM:\n\n-----BEGIN CERTIFICATE-----\n{CERT_BODY}\n-----END CERTIFICATE-----",
    f"How do I verify a JWT signature with this public key in Node?\n\n-----BEGIN PUBLIC KEY-----\n{PUB_BODY}\n-----END PUBLIC KEY-----",
    'How do I call the API from Postman? The docs say:\n\ncurl https://api.acme.io/v1/orders -H "Authorization: Bearer <YOUR_API_KEY>"',
    "Mijn key begint met sk-... en eindigt op ...Xk3q, hoe zie ik in het dashboard welk project dat is?",
    "The README tells me to put this in ~/.config/gh/hosts.yml, is that still right?\n\ngithub.com:\n  oauth_token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  user: your-username",
    "In de AWS-documentatie staat dit voorbeeld, moet ik dat letterlijk overnemen?\n\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    'Is it fine to build the key from two env vars in Go?\n\nkey := os.Getenv("MAPS_KEY_A") + os.Getenv("MAPS_KEY_B")\nif key == "" {\n\tlog.Fatal("MAPS_KEY_A/MAPS_KEY_B not set")\n}',
    "Waarom vraagt git nog om een wachtwoord? Ik gebruik de credential helper.\n\n$ cat ~/.netrc\nmachine github.com\n  login jan-bakker\n\n$ git config --global credential.helper\nmanager",
    "Is it safe to share this notebook output?\n\nIn [2]:\nmask(os.environ['OPENAI_API_KEY'])\n\nOut[2]:\n'sk-proj-****************************Q2xA'",
    "het ww van mijn werkaccount is verlopen, hoe reset ik het zonder de helpdesk te bellen?",
    "Ons wachtwoordbeleid: minimaal 12 tekens, een hoofdletter, een cijfer en een uitroepteken of vraagteken. Kun je dat in een regex zetten?",
    "Do both services get the same limits with this anchor?\n\nx-limits: &limits\n  cpus: '0.5'\n  memory: 512M\n\nservices:\n  api:\n    deploy:\n      resources:\n        limits: *limits\n  worker:\n    deploy:\n      resources:\n        limits: *limits",
    f"What does this Java exception mean?\n\njava.lang.IllegalStateException: Order {uid()} already settled (build {r(HEX, 12)})\n\tat com.acme.billing.Settlement.apply(Settlement.java:88)\n\tat com.acme.billing.SettlementJob.run(SettlementJob.java:41)",
    "Mijn zoon wil 'xX_N1nj4_D4v3_Xx' als gamertag, is dat een goed idee of zegt dat te veel over hem? En 1337 betekent toch gewoon 'leet'?",
    "Why does our invoice template render the company name in wide letters: ＡＣＭＥ　Ｔｒａｄｉｎｇ　Ｃｏ．？ Is it a font issue?",
    f"Klopt deze kubeconfig? Hij gebruikt de service-account token uit de pod.\n\napiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://10.0.0.1:6443\n    certificate-authority-data: {b64(CERT_BODY)[:200]}\nusers:\n- name: sa\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token",
    "How do I pass the npm token without it ending up in a layer?\n\n# syntax=docker/dockerfile:1\nFROM node:20-alpine\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\nENV NODE_ENV=production",
    f'Wat betekent deze traceback?\n\nTraceback (most recent call last):\n  File "/app/sync.py", line 31, in <module>\n    r.raise_for_status()\nrequests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.github.com/repos/bakker/planning/commits/{r(HEX, 40)}',
    "What does this T-SQL do?\n\nSELECT 'Line one' + CHAR(13) + CHAR(10) + 'Line two' AS body;",
    "Hoe plak ik voor- en achternaam aan elkaar in MySQL?\n\nSELECT CONCAT(voornaam, ' ', achternaam) AS naam FROM klanten WHERE plaats = 'Delft';",
    f"Is this the right fingerprint of the release signing key?\n\npub   rsa4096 2021-03-01 [SC]\n      {groups(r(HEX, 40).upper(), 4, ' ')}\nuid   Acme Release Team <release@acme.io>",
    "Klopt dit IBAN-formaat voor de factuur? NL91 ABNA 0417 1643 00",
]


def main() -> int:
    return command(__doc__, LABELLED, BENIGN)


if __name__ == "__main__":
    sys.exit(main())

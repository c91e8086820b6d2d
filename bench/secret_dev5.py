"""A fifth development set for the SECRET rules: the API keys of AI and developer services an
employee pastes into an AI tool while debugging, mostly with no key word near them (in a client
constructor, a curl header, an export line, an error report, a chat message), and benign texts
that name the same services, key prefixes and settings without a key.

    python bench/secret_dev5.py [--misses]

Written on 2026-12-06 (fifth session) in one go, before the engine ran on it. The key layouts are
the vendors' published ones (prefix, alphabet, length), as secret scanners such as gitleaks list
them; bodies are drawn at random with a fixed seed, so no real credential is in here. Marks and
kinds as in secret_dev.py (vendor: a vendor-prefixed key; assign: a value given to a key name;
prose: a value a sentence gives); the benign texts must produce no SECRET or SECRET_PLACEHOLDER
finding.

First run 0.850 (34/40), benign 0/20. Three of its six misses were the set's own faults, corrected
after that run: a Discord token and a Supabase JWT with random segments where the vendors' carry
base64 of a number and of JSON (the recognizers check both), and a Sentry DSN, whose key Sentry
publishes in every page's JavaScript by design (now a benign text).
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)

from __future__ import annotations

import base64
import json
import random
import sys

from secret_dev import B62, HEX, URL64, command

_RNG = random.Random(2026120605)
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
LOWER = "abcdefghijklmnopqrstuvwxyz"


def r(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    return str(_RNG.randint(1, 9)) + r("0123456789", n - 1)


def discord_id() -> str:
    """A Discord bot token's first segment: the base64 of the bot's 18-digit user id."""
    return base64.urlsafe_b64encode(digits(18).encode()).decode().rstrip("=")


def b64json(payload: dict[str, object]) -> str:
    """A JWT segment: base64url of the JSON, without padding."""
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


LABELLED = [
    # -- AI services: keys in client code, with no key word of ours near them ----------------------
    f'client = Groq(api_key="[[vendor:gsk_{r(B62, 52)}]]")\nresp = client.chat.completions.create(model="llama-3.1-8b-instant", messages=msgs)\nWhy is resp.choices empty?',
    f"export OPENROUTER_API_KEY=[[vendor:sk-or-v1-{r(HEX, 64)}]]\npython agent.py geeft 'No auth credentials found', wat mis ik?",
    f'curl https://api.perplexity.ai/chat/completions -H "Authorization: Bearer [[vendor:pplx-{r(B62, 48)}]]" -d @body.json returns 400',
    f'import replicate\nreplicate.Client(api_token="[[vendor:r8_{r(B62, 37)}]]")\nhow do I stream the output?',
    f"Ik gebruik [[vendor:hf_{r(B62, 34)}]] om een private model te downloaden maar krijg 401, is dit token read-only?",
    f'from openai import OpenAI\nclient = OpenAI(base_url="https://api.x.ai/v1", api_key="[[vendor:xai-{r(B62, 80)}]]")\nDoes grok support tools?',
    f"LANGSMITH_API_KEY=[[vendor:lsv2_pt_{r(HEX, 32)}_{r(HEX, 10)}]]\nLANGSMITH_TRACING=true\ntraces don't show up in the project",
    f'pc = Pinecone(api_key="[[vendor:pcsk_{r(B62, 5)}_{r(B62, 62)}]]")\nindex = pc.Index("docs")\nupsert is slow, batch size?',
    f"anthropic.AuthenticationError with [[vendor:sk-ant-api03-{r(URL64, 93)}AA]] — was it revoked?",
    f'openai.api_key = "[[vendor:sk-proj-{r(URL64, 74)}T3BlbkFJ{r(URL64, 74)}]]"\nWaarom krijg ik insufficient_quota?',
    f"elevenlabs key [[vendor:sk_{r(HEX, 48)}]] returns quota_exceeded on the first request",
    f"deepseek werkt niet: curl -H 'Authorization: Bearer [[vendor:sk-{r(HEX, 32)}]]' https://api.deepseek.com/chat/completions",
    # -- developer services --------------------------------------------------------------------------
    f"git clone https://[[vendor:github_pat_11{r(UPNUM, 20)}_{r(B62, 59)}]]@github.com/acme/infra.git fails with 403 since Monday",
    f"Notion integration returns unauthorized: headers = {{'Authorization': 'Bearer [[vendor:ntn_{r(digits(1) + B62, 46)}]]', 'Notion-Version': '2022-06-28'}}",
    f"Linear API: curl -H 'Authorization: [[vendor:lin_api_{r(B62, 40)}]]' -d '{{\"query\": \"{{ viewer {{ id }} }}\"}}' https://api.linear.app/graphql",
    f"Postman CLI login: postman login --with-api-key [[vendor:PMAK-{r(HEX, 24)}-{r(HEX, 34)}]] — does this work in GitHub Actions?",
    f"doctl auth init -t [[vendor:dop_v1_{r(HEX, 64)}]] zegt 'Unable to use default context'",
    f"Databricks CLI: host = https://adb-123.azuredatabricks.net, token = [[vendor:dapi{r(HEX, 32)}]]. Why is the cluster list empty?",
    f"Grafana provisioning fails:\nGF_SECURITY_ADMIN_USER=admin\nGRAFANA_SA_TOKEN=[[vendor:glsa_{r(B62, 32)}_{r(HEX, 8)}]]",
    f"New Relic agent: license ok, but the REST call with [[vendor:NRAK-{r(UPNUM, 27)}]] returns 403",
    f"pulumi login gives 401 with PULUMI_ACCESS_TOKEN=[[vendor:pul-{r(HEX, 40)}]]",
    f"age -d -i key.txt secrets.age werkt niet, key.txt bevat:\n# created: 2026-11-02\n# public key: age1{r(BECH32.lower(), 58)}\n[[vendor:AGE-SECRET-KEY-1{r(BECH32, 58)}]]",
    f"Stripe webhook signature fails; endpoint secret [[vendor:whsec_{r(B62, 32)}]] is what the dashboard shows",
    f"Stripe restricted key [[vendor:rk_live_{r(B62, 99)}]] can't create refunds, which permission?",
    f"Slack app: socket mode needs [[vendor:xapp-1-A{r(UPNUM, 10)}-{digits(13)}-{r(HEX, 64)}]] but connection closes right away",
    f"Telegram bot replies nothing: bot = telebot.TeleBot('[[vendor:{digits(10)}:AA{r(URL64, 33)}]]')",
    f"discord.py: client.run('[[vendor:{discord_id()}.{r(URL64, 6)}.{r(URL64, 38)}]]') → LoginFailure: Improper token",
    f"Square sandbox: SQUARE_ACCESS_TOKEN=[[vendor:EAAA{r(URL64, 60)}]] fails with UNAUTHORIZED",
    f"Mailchimp 401: client.set_config({{'api_key': '[[vendor:{r(HEX, 32)}-us21]]', 'server': 'us21'}})",
    f'Terraform Cloud: credentials "app.terraform.io" {{ token = "[[vendor:{r(B62, 14)}.atlasv1.{r(B62, 67)}]]" }} — plan says unauthorized',
    f"Google login redirect loop. client_id = 1234567890-abc.apps.googleusercontent.com, client_secret = [[vendor:GOCSPX-{r(URL64, 28)}]]",
    f"Azure AD app: the secret value [[prose:{r(B62, 3)}8Q~{r(URL64 + '~.', 34)}]] expires next week, how do I rotate it without downtime?",
    f"Atlassian API: curl -u jan@example.com:[[vendor:ATATT3xFfGF0{r(URL64, 180)}={r(HEX.upper(), 8)}]] https://acme.atlassian.net/rest/api/3/myself",
    f"okta: Authorization: SSWS [[header:00{r(URL64, 40)}]] — het antwoord is E0000011 Invalid token",
    f"Heroku CLI in CI: HEROKU_API_KEY=[[assign:{r(HEX, 8)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 12)}]] heroku apps werkt lokaal wel",
    f"Cloudflare: curl -H 'Authorization: Bearer [[header:{r(URL64, 40)}]]' https://api.cloudflare.com/client/v4/user/tokens/verify says invalid",
    f"Kun je deze Supabase-aanroep uitleggen? createClient(url, '[[vendor:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{b64json({'iss': 'supabase', 'ref': r(LOWER, 20), 'role': 'anon', 'iat': 1733400000, 'exp': 2048976000})}.{r(URL64, 43)}]]')",
    f'Firebase admin init fails; in service.json: "private_key_id": "[[assign:{r(HEX, 40)}]]"',
    f"W&B: wandb login [[prose:{r(HEX, 40)}]] zegt 'API key must be 40 characters long', maar dat is hij toch?",
]

BENIGN = [
    "Which Groq model is fastest for classification, llama-3.1-8b-instant or gemma2-9b-it?",
    "Set OPENROUTER_API_KEY in your shell before running python agent.py.",
    "Our keys start with sk-proj- now; do old sk- keys still work?",
    "hf_hub_download(repo_id='bert-base-uncased', filename='config.json') is slow behind our proxy.",
    "LangSmith tracing: set LANGSMITH_TRACING=true and LANGSMITH_PROJECT=support-bot.",
    "Pinecone index docs has dimension 1536 and metric cosine.",
    "anthropic.RateLimitError: 429 on claude-3-5-sonnet-20241022, request id req_011CV7",
    "git clone https://github.com/acme/infra.git fails with 403 since Monday",
    "Notion-Version: 2022-06-28 is required in the header.",
    "Grafana dashboard uid a1b2c3d4, panel id 12, datasource prometheus.",
    "Stripe webhook endpoint we_1Q2w3E4r5T6y7U8i: which events should I subscribe to?",
    f"Deploy of commit {r(HEX, 40)} failed at step 4 of 7.",
    f"Trace id {r(HEX, 32)} appears in both services' logs.",
    f"Request {r(HEX, 8)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 12)} timed out after 30 s.",
    "SENTRY_DSN is set from the vault in our Helm chart, not in values.yaml.",
    # A DSN's key is public by Sentry's design (it only lets a client send events; it is in every page's JS).
    f"Our Sentry events vanish. SENTRY_DSN=https://{r(HEX, 32)}@o{digits(6)}.ingest.sentry.io/{digits(7)}",
    "Tokens per minute: 30000 on the free tier, 200000 on tier 2.",
    "De Azure AD client secret verloopt na 24 maanden; plan de rotatie in.",
    "Use the Authorization: Bearer header with the token from step 2.",
    f"Docker image sha256:{r(HEX, 64)} is 1.2 GB, how do I slim it down?",
    "The wandb run id is 3kq9zx1a, can I resume it?",
]


if __name__ == "__main__":
    sys.exit(command(__doc__, LABELLED, BENIGN))

"""SECRET on the vendor token formats a DLP tool is expected to know: one random value in the shape of
each prefix rule of gitleaks' rule set (config/gitleaks.toml, 2026-07), pasted the ways people do.

    python bench/secret_vendors.py [--misses] [--seed N]

Written on 2026-12-06 (ninth session) from the rule set's formats, before the engine ran on it;
its first run found 53 of 114 formats missed when pasted bare, which the round 3 patterns of
api_key_recognizer.py now cover. Each format is tried in four settings: bare in an English and a
Dutch sentence, as the value of an environment variable whose name says nothing, and as a JSON
value under "auth". Formats that are weak on their own (Twilio's and Mailgun's hex keys, Okta's
"00" tokens) are pasted next to the vendor's name, as the recognizer requires. Left out on
purpose: Mapbox "pk." tokens (public by design), Yandex "YC" keys and Beamer "b_" tokens (too weak
without the rule's keyword), Lob keys (bare hex after "live_"). The benign lines hold near misses
that must stay unflagged. Values are drawn at random with the seed: no real credential is here.
"""

# ruff: noqa: E501  (the formats are data: one to a line)
from __future__ import annotations

import argparse
import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_marks import benign_findings, covered, spans_of  # noqa: E402
from dev_marks import detector as dev_detector

R = random.Random(11)
U, L, D = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = U + L + D
HEX = "0123456789abcdef"
B64 = AN + "+/"
W = AN + "_-"


def g(alphabet: str, n: int) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid(a: str = HEX) -> str:
    return f"{g(a, 8)}-{g(a, 4)}-{g(a, 4)}-{g(a, 4)}-{g(a, 12)}"


SAMPLES = {
    "1password-secret-key": lambda: f"A3-{g(U + D, 6)}-{g(U + D, 11)}-{g(U + D, 5)}-{g(U + D, 5)}-{g(U + D, 5)}",
    "1password-service-account-token": lambda: "ops_eyJ" + g(B64, 260),
    "adobe-client-secret": lambda: "p8e-" + g(L + D, 32),
    "age-secret-key": lambda: "AGE-SECRET-KEY-1" + g("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "airtable-pat": lambda: "pat" + g(AN, 14) + "." + g(HEX, 64),
    "alibaba-access-key-id": lambda: "LTAI" + g(L + D, 20),
    "anthropic-api-key": lambda: "sk-ant-api03-" + g(W, 93) + "AA",
    "anthropic-admin-api-key": lambda: "sk-ant-admin01-" + g(W, 93) + "AA",
    "artifactory-api-key": lambda: "AKCp" + g(AN, 69),
    "artifactory-reference-token": lambda: "cmVmd" + g(AN, 59),
    "aws-access-token": lambda: "AKIA" + g(U + "234567", 16),
    "aws-bedrock-long": lambda: "ABSK" + g(B64, 130),
    "clickhouse-cloud": lambda: "4b1d" + g(AN, 38),
    "clojars": lambda: "CLOJARS_" + g(L + D, 60),
    "cloudflare-origin-ca": lambda: "v1.0-" + g(HEX, 24) + "-" + g(HEX, 146),
    "databricks": lambda: "dapi" + g(HEX, 32),
    "digitalocean-pat": lambda: "dop_v1_" + g(HEX, 64),
    "doppler": lambda: "dp.pt." + g(L + D, 43),
    "duffel": lambda: "duffel_live_" + g(L + D + "_-", 43),
    "dynatrace": lambda: "dt0c01." + g(U + D, 24) + "." + g(U + D, 64),
    "easypost": lambda: "EZAK" + g(L + D, 54),
    "facebook-page": lambda: "EAAC" + g(AN, 110),
    "flutterwave-secret": lambda: "FLWSECK_TEST-" + g("abcdefgh0123456789", 32) + "-X",
    "flyio": lambda: "fo1_" + g(W, 43),
    "frameio": lambda: "fio-u-" + g(L + D + "_-", 64),
    "gcp-api-key": lambda: "AIza" + g(W, 35),
    "github-pat": lambda: "ghp_" + g(AN, 36),
    "github-fine-grained": lambda: "github_pat_" + g(AN + "_", 82),
    "gitlab-pat": lambda: "glpat-" + g(W, 20),
    "gitlab-pat-routable": lambda: "glpat-" + g(W, 36) + "." + g(L + D, 9),
    "gitlab-ptt": lambda: "glptt-" + g(HEX, 40),
    "gitlab-runner": lambda: "glrt-" + g(W, 20),
    "gitlab-deploy": lambda: "gldt-" + g(W, 20),
    "gitlab-rrt": lambda: "GR1348941" + g(W, 20),
    "gitlab-session-cookie": lambda: "_gitlab_session=" + g(L + D, 32),
    "grafana-api-key": lambda: "eyJrIjoi" + g(AN, 80),
    "grafana-cloud": lambda: "glc_" + g(B64, 60),
    "grafana-service-account": lambda: "glsa_" + g(AN, 32) + "_" + g(HEX, 8),
    "harness": lambda: "pat." + g(W, 22) + "." + g(AN, 24) + "." + g(AN, 20),
    "hashicorp-tf": lambda: g(L + D, 14) + ".atlasv1." + g(L + D + "_-", 66),
    "heroku-v2": lambda: "HRKU-AA" + g(W, 58),
    "huggingface": lambda: "hf_" + g(U + L, 34),
    "infracost": lambda: "ico-" + g(AN, 32),
    "intra42": lambda: "s-s4t2ud-" + g(HEX, 64),
    "jwt": lambda: "eyJhbGciOiJIUzI1NiJ9.eyJ" + g(AN, 40) + "." + g(W, 43),
    "linear": lambda: "lin_api_" + g(AN, 40),
    "mailchimp": lambda: g(HEX, 32) + "-us" + g(D, 2),
    "mailgun": lambda: "key-" + g(HEX, 32),
    "maxmind": lambda: g(AN, 6) + "_" + g(AN, 29) + "_mmk",
    "teams-webhook": lambda: (
        f"https://acme.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{g(HEX, 32)}/{uuid()}"
    ),
    "new-relic-user": lambda: "NRAK-" + g(U + D, 27),
    "notion": lambda: "ntn_" + g(D, 11) + g(AN, 35),
    "npm": lambda: "npm_" + g(AN, 36),
    "octopus": lambda: "API-" + g(U + D, 26),
    "okta": lambda: "00" + g(W, 40),
    "openai-proj": lambda: "sk-proj-" + g(W, 74) + "T3BlbkFJ" + g(W, 74),
    "openai-legacy": lambda: "sk-" + g(AN, 20) + "T3BlbkFJ" + g(AN, 20),
    "openshift": lambda: "sha256~" + g(W, 43),
    "perplexity": lambda: "pplx-" + g(AN, 48),
    "planetscale-pw": lambda: "pscale_pw_" + g(W, 43),
    "planetscale-tkn": lambda: "pscale_tkn_" + g(W, 43),
    "postman": lambda: "PMAK-" + g(HEX, 24) + "-" + g(HEX, 34),
    "prefect": lambda: "pnu_" + g(AN, 36),
    "pulumi": lambda: "pul-" + g(HEX, 40),
    "readme": lambda: "rdme_" + g(L + D, 70),
    "rubygems": lambda: "rubygems_" + g(HEX, 48),
    "scalingo": lambda: "tk-us-" + g(W, 48),
    "sendgrid": lambda: "SG." + g(W, 22) + "." + g(W, 43),
    "sendinblue": lambda: "xkeysib-" + g(HEX, 64) + "-" + g(AN, 16),
    "sentry-user": lambda: "sntryu_" + g(HEX, 64),
    "settlemint": lambda: "sm_pat_" + g(AN, 16),
    "shippo": lambda: "shippo_live_" + g(HEX, 40),
    "shopify": lambda: "shpat_" + g(HEX, 32),
    "sidekiq-url": lambda: f"https://{g(HEX, 8)}:{g(HEX, 8)}@gems.contribsys.com/",
    "slack-bot": lambda: f"xoxb-{g(D, 12)}-{g(D, 13)}-{g(AN, 24)}",
    "slack-webhook": lambda: "https://hooks.slack.com/services/T" + g(U + D, 8) + "/B" + g(U + D, 10) + "/" + g(AN, 24),
    "sourcegraph": lambda: "sgp_" + g(HEX, 16) + "_" + g(HEX, 40),
    "square": lambda: "sq0atp-" + g(W, 22),
    "stripe": lambda: "sk_live_" + g(AN, 24),
    "twilio": lambda: "SK" + g(HEX, 32),
    "vault-service": lambda: "hvs." + g(W, 95),
    "yandex-api": lambda: "AQVN" + g(W, 36),
    "private-key": lambda: (
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + "\n".join(g(B64, 70) for _ in range(4))
        + "\n-----END OPENSSH PRIVATE KEY-----"
    ),
}
SAMPLES.update(
    {  # the rest of gitleaks prefix rules
        "authress": lambda: "sc_" + g(L + D, 10) + "." + g(L + D, 5) + ".acc_" + g(L + D, 20) + "." + g(B64, 60),
        "dnkey": lambda: "dnkey-" + g(U + D, 26) + "-" + g(U + D, 52),
        "gitlab-cicd-job": lambda: "glcbt-" + g(AN, 3) + "_" + g(W, 20),
        "gitlab-ffct": lambda: "glffct-" + g(W, 20),
        "gitlab-feed": lambda: "glft-" + g(W, 20),
        "gitlab-mail": lambda: "glimt-" + g(W, 25),
        "gitlab-agent": lambda: "glagent-" + g(W, 50),
        "gitlab-oauth": lambda: "gloas-" + g(W, 64),
        "gitlab-scim": lambda: "glsoat-" + g(W, 20),
        "gitlab-runner-routable": lambda: "glrt-t1_" + g(W, 30) + "." + g(L + D, 9),
        "sentry-org": lambda: "sntrys_eyJpYXQiOjE2" + g(AN, 40) + "LCJyZWdpb25fdXJs" + g(AN, 60) + "_" + g(AN, 43),
        "typeform": lambda: "tfp_" + g(L + D + "_-", 59),
        "twitter-bearer": lambda: "A" * 22 + g(AN + "%", 90),
        "slack-app": lambda: f"xapp-1-A{g(U + D, 10)}-{g(D, 13)}-{g(HEX, 64)}",
        "slack-user": lambda: f"xoxp-{g(D, 11)}-{g(D, 11)}-{g(D, 12)}-{g(AN, 32)}",
        "slack-config": lambda: "xoxe.xoxp-1-" + g(U + D, 164),
        "slack-refresh": lambda: "xoxe-1-" + g(U + D, 146),
        "vault-batch": lambda: "hvb." + g(W, 150),
        "facebook-access": lambda: g(D, 15) + "|" + g(HEX, 32),
        "new-relic-insert": lambda: "NRII-" + g(L + D + "-", 32),
        "yandex-iam": lambda: "t1." + g(AN, 40) + "." + g(W, 86),
        "jwt-plain": lambda: (
            "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFubmEifQ." + g(W, 43)
        ),
        "openai-svcacct": lambda: "sk-svcacct-" + g(W, 58) + "T3BlbkFJ" + g(W, 58),
        "alibaba": lambda: "LTAI" + g(AN, 20),
        "hf-org": lambda: "api_org_" + g(U + L, 34),
        "mailgun-pub": lambda: "pubkey-" + g(HEX, 32),
        "xsmtpsib": lambda: "xsmtpsib-" + g(HEX, 64) + "-" + g(AN, 16),
    }
)

# Weak shapes: pasted next to the vendor's name.
VENDOR_NAMED = {"twilio": "Twilio", "mailgun": "Mailgun", "okta": "Okta"}
# The part of a value that is the secret, where the format wraps it.
SECRET_PART = {
    "gitlab-session-cookie": lambda v: v.split("=", 1)[1],
    "sidekiq-url": lambda v: v.split("//", 1)[1].split("@", 1)[0],
}
SETTINGS = {
    "bare_en": "Why does this call fail? I pass {v} in the header.",
    "bare_nl": "Waarom faalt dit? Ik gebruik {v} in de aanroep.",
    "env": "SERVICE_CREDENTIAL={v}",
    "json": '{{"endpoint": "https://api.example.com", "auth": "{v}"}}',
}
NAMED_SETTINGS = {
    "bare_en": "My {n} call fails. I pass {v} in the header.",
    "bare_nl": "Mijn {n}-koppeling faalt, ik gebruik {v}.",
    "env": "{N}_CREDENTIAL={v}",
    "json": '{{"provider": "{n}", "auth": "{v}"}}',
}
BENIGN = [
    "See API-REFERENCEDOCUMENTATIONV202 for the details.",
    "The icon is ico-arrowdownwardsmallsizefixedwidth in the sprite.",
    "Order 123456789012345|shippedtowarehousenumberfour was late.",
    "commit 4b1dae47e9cc2298f3c5674920a5a66d5cc0a1b2",
    "The pat.md file and sat.csv export are attached.",
    "Image digest sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "Rename sm_pat_configurationset to sm_pat_settings.",
    "Our fm2_ prefix marks the second form; tk-us- is the region.",
    "Use eyJ-style tokens only in tests; the header eyJhbGciOiJIUzI1NiJ9 is public.",
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the missed formats and benign findings")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    R.seed(args.seed)
    detector = dev_detector()
    hits = total = 0
    misses: list[str] = []
    missed_formats = set()
    for name, make in SAMPLES.items():
        value = make()
        secret = SECRET_PART.get(name, lambda v: v)(value)
        vendor = VENDOR_NAMED.get(name)
        for setting, shape in (NAMED_SETTINGS if vendor else SETTINGS).items():
            text = shape.format(v=value, n=vendor or "", N=(vendor or "").upper())
            start = text.index(secret)
            spans = spans_of(detector, text, {"SECRET", "SECRET_PLACEHOLDER"})
            ok = covered(start, start + len(secret), spans)
            total += 1
            hits += ok
            if not ok:
                missed_formats.add(name)
                misses.append(f"  miss [{name} / {setting}]")
    flagged = benign_findings(detector, BENIGN, {"SECRET"})
    print(
        f"SECRET recall on vendor formats {hits / total:.3f} ({hits}/{total}); formats with a miss {len(missed_formats)}/{len(SAMPLES)}"
    )
    print(f"benign near misses with a SECRET finding: {len(flagged)}/{len(BENIGN)}")
    if args.misses:
        print("\n".join(misses + flagged))
    return 0


if __name__ == "__main__":
    sys.exit(main())

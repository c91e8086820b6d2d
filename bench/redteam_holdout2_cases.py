"""Second, independent red-team hold-out set for bench/redteam_holdout.py (`--cases redteam_holdout2_cases`).

Written from the vendors' public request formats and everyday office and developer habits only,
without reading the proxy's detection code, its bypass tests or the first hold-out set. The focus
is what a careless employee or a curious developer actually sends: values inside ordinary text
(signatures, invoices, HR notes, .env files, config dumps, curl commands, stack traces, meeting
notes), in the prompt field and in the other places a request carries text (system prompts, tool
results and definitions, history, prefill, file parts, metadata, query strings, headers), with the
light obfuscation a person still reads. Tricks no reasonable DLP can undo are marked beyond scope.

Every value is fake and generated here with valid checksums (IBAN mod-97, BSN eleven-test, Luhn,
GitHub token CRC32); the PEM keys are generated per run. Benign cases whose outcome is a product
choice rather than a plain right or wrong (public figures' names, a company's own public address
or IBAN, role and example.com addresses, private IP ranges) carry "[debatable]" in their note.
"""

from __future__ import annotations

import base64
import codecs
import gzip
import io
import json
import random
import re
import string
import uuid
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

DECOY = "static.decoy-cdn.example"  # not used by these cases; the harness puts it in its certificate
OAI_IP = "162.159.140.245"

R = random.Random(20260611)
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


# -- the shapes the harness reads ------------------------------------------------------------


@dataclass
class Req:
    host: str
    path: str
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    method: str = "POST"
    mode: str = "connect"  # CONNECT + HTTP/1.1; "h2"; "absolute-http"/"absolute-https"
    connect: str | None = None
    sni: Any = ...  # ...: the CONNECT host
    url_host: str | None = None
    port: int = 443
    chunked: bool = False


@dataclass
class Value:
    kind: str  # "secret" or "personal"
    needles: tuple[tuple[str, ...], ...]  # canonical form (lower-case letters and digits); any group all present = leak


@dataclass
class Case:
    id: str
    cls: str
    note: str
    req: Req
    value: str | None = None
    beyond: bool = False
    reveal: Callable[[str], str] | None = None
    debatable: bool = False


def canon(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isascii() and ch.isalnum())


# -- fake values with valid checksums ---------------------------------------------------------


def rnd(alphabet: str, n: int) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def nl_account() -> str:
    while True:
        acc = "0" + rnd(string.digits, 9)
        if sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0:
            return acc


def bsn() -> str:
    while True:
        d = rnd(string.digits, 9)
        if d[0] != "0" and (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0:
            return d


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def card(prefix: str) -> str:
    while True:
        n = prefix + rnd(string.digits, 15 - len(prefix))
        for last in string.digits:
            if luhn_ok(n + last):
                return n + last


def b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token() -> str:
    body = rnd(B62, 30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()), 6)


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def pem_keys() -> dict[str, str]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    gcp_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ed = ed25519.Ed25519PrivateKey.generate()
    ec_key = ec.generate_private_key(ec.SECP256R1())
    pem = serialization.Encoding.PEM
    return {
        "rsa": rsa_key.private_bytes(pem, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode(),
        "gcp": gcp_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode(),
        "ssh": ed.private_bytes(pem, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()).decode(),
        "enc": ec_key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                    serialization.BestAvailableEncryption(b"hunter2-but-longer")).decode(),
    }  # fmt: skip


def pem_needles(key: str) -> tuple[tuple[str, ...], ...]:
    body = "".join(ln for ln in key.splitlines() if ln and not ln.startswith("-----"))
    c = canon(body)
    mid = len(c) // 2
    return ((c[40:72],), (c[mid : mid + 32],), (c[-72:-40],))


KEYS = pem_keys()

AWS_ID = "AKIA" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
AWS_SECRET = rnd(string.ascii_letters + string.digits + "+/", 40)
GHP = github_token()
OAI_KEY = "sk-proj-" + rnd(B62 + "-_", 74) + "T3BlbkFJ" + rnd(B62 + "-_", 74)
ANT_KEY = "sk-ant-api03-" + rnd(B62 + "-_", 93) + "AA"
SLACK = f"xoxb-{rnd(string.digits, 12)}-{rnd(string.digits, 13)}-{rnd(B62, 24)}"
STRIPE = "sk_live_51" + rnd(B62, 97)
GKEY = "AIzaSy" + rnd(B62 + "-_", 33)
AZURE_KEY = base64.b64encode(R.randbytes(64)).decode()
JWT = ".".join(
    base64.urlsafe_b64encode(p).decode().rstrip("=")
    for p in (b'{"alg":"HS256","typ":"JWT"}',
              json.dumps({"sub": "svc-billing", "scope": "invoices:write", "iat": 1760000000, "exp": 1790000000}).encode(),
              R.randbytes(32))
)  # fmt: skip
PG_PW = "Vuurtoren#Texel82"
MYSQL_PW = "Drop!TheB4se_2025"
MONGO_PW = "kX9vQ2mLr7Tz"
NL_PW = "Zomer2025!Tulp"
ENC_PW = "Kr@ntenbol!77x"
AMP_PW = "Fiets&Regen3481"

IBAN_NL = iban("NL", "RABO" + nl_account())
IBAN_NL2 = iban("NL", "INGB" + nl_account())
IBAN_BE = iban("BE", rnd(string.digits, 12))
IBAN_DE = iban("DE", rnd(string.digits, 18))
BSN1, BSN2 = bsn(), bsn()
CARD = card("5413")
EMAIL = "femke.vdlinden84@gmail.com"
EMAIL2 = "ollie.pemberton77@outlook.com"
PHONE_NL = "06 41 83 27 96"
PHONE_UK = "+44 7700 900458"
NAME_NL = "Femke van der Linden"
NAME_NL2 = "Noor El Amrani"
NAME_EN = "Oliver Pemberton"
NAME_EN2 = "Priya Raghunathan"
ADDRESS = "Van Ostadestraat 112-3, 1072 SZ Amsterdam"
DOB = "14-03-1987"
IP = "83.162.44.17"

VALUES: dict[str, Value] = {
    "aws": Value("secret", ((canon(AWS_ID),), (canon(AWS_SECRET),))),
    "aws_id": Value("secret", ((canon(AWS_ID),),)),
    "aws_secret": Value("secret", ((canon(AWS_SECRET),),)),
    "rsa_key": Value("secret", pem_needles(KEYS["rsa"])),
    "gcp_key": Value("secret", pem_needles(KEYS["gcp"])),
    "ssh_key": Value("secret", pem_needles(KEYS["ssh"])),
    "enc_key": Value("secret", pem_needles(KEYS["enc"])),
    "github": Value("secret", ((canon(GHP),),)),
    "openai_key": Value("secret", ((canon(OAI_KEY)[:60],), (canon(OAI_KEY)[-60:],))),
    "anthropic_key": Value("secret", ((canon(ANT_KEY)[:50],), (canon(ANT_KEY)[-50:],))),
    "slack": Value("secret", ((canon(SLACK),),)),
    "stripe": Value("secret", ((canon(STRIPE)[:40],), (canon(STRIPE)[-40:],))),
    "google_key": Value("secret", ((canon(GKEY),),)),
    "azure_key": Value("secret", ((canon(AZURE_KEY)[:40],), (canon(AZURE_KEY)[-40:],))),
    "jwt": Value("secret", ((canon(JWT.split(".")[2]),),)),
    "pg_pw": Value("secret", ((canon(PG_PW),),)),
    "mysql_pw": Value("secret", ((canon(MYSQL_PW),),)),
    "mongo_pw": Value("secret", ((canon(MONGO_PW),),)),
    "nl_pw": Value("secret", ((canon(NL_PW),),)),
    "enc_pw": Value("secret", ((canon(ENC_PW),),)),
    "amp_pw": Value("secret", ((canon(AMP_PW),),)),
    "iban_nl": Value("personal", ((canon(IBAN_NL),), (canon(IBAN_NL)[4:],))),
    "iban_nl2": Value("personal", ((canon(IBAN_NL2),), (canon(IBAN_NL2)[4:],))),
    "iban_be": Value("personal", ((canon(IBAN_BE)[4:],),)),
    "iban_de": Value("personal", ((canon(IBAN_DE)[4:],),)),
    "bsn1": Value("personal", ((BSN1,),)),
    "bsn2": Value("personal", ((BSN2,),)),
    "card": Value("personal", ((CARD,),)),
    "email": Value("personal", (("femkevdlinden84",),)),
    "email2": Value("personal", (("olliepemberton77",),)),
    "phone_nl": Value("personal", (("641832796",),)),
    "phone_uk": Value("personal", (("7700900458",),)),
    "name_nl": Value("personal", (("vanderlinden",),)),
    "name_nl2": Value("personal", (("elamrani",),)),
    "name_en": Value("personal", (("pemberton",),)),
    "name_en2": Value("personal", (("raghunathan",),)),
    "address": Value("personal", (("vanostadestraat112",),)),
    "dob": Value("personal", (("14031987",),)),
    "ip": Value("personal", (("8316244",),)),
}


# -- request builders (the vendors' public formats) -------------------------------------------

VENDOR_OAI = "sk-proj-" + rnd(B62 + "-_", 74) + "T3BlbkFJ" + rnd(B62 + "-_", 74)  # the employee's own API key
VENDOR_ANT = "sk-ant-api03-" + rnd(B62 + "-_", 93) + "AA"
VENDOR_GEM = "AIzaSy" + rnd(B62 + "-_", 33)


def jdump(obj: Any, ascii_only: bool = False) -> bytes:
    return json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":")).encode("utf-8")


def oai_headers(extra: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    return [("Accept", "application/json"), ("Content-Type", "application/json"), ("User-Agent", "OpenAI/Python 1.59.7"),
            ("X-Stainless-Lang", "python"), ("X-Stainless-Package-Version", "1.59.7"), ("X-Stainless-Runtime", "CPython"),
            ("Authorization", f"Bearer {VENDOR_OAI}"), *(extra or [])]  # fmt: skip


def oai(messages: list[dict[str, Any]], *, model: str = "gpt-4o-mini", extra: dict[str, Any] | None = None,
        headers: list[tuple[str, str]] | None = None, mode: str = "connect", ascii_only: bool = False,
        path: str = "/v1/chat/completions", hdrs: list[tuple[str, str]] | None = None) -> Req:  # fmt: skip
    body = {"model": model, "messages": messages, **(extra or {})}
    return Req("api.openai.com", path, jdump(body, ascii_only), hdrs or oai_headers(headers), mode=mode)


def oai_raw(path: str, body: dict[str, Any], headers: list[tuple[str, str]] | None = None) -> Req:
    return Req("api.openai.com", path, jdump(body), oai_headers(headers))


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": text}


def ant(body: dict[str, Any], path: str = "/v1/messages", extra_headers: list[tuple[str, str]] | None = None,
        mode: str = "connect") -> Req:  # fmt: skip
    body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, **body}
    headers = [("Accept", "application/json"), ("Content-Type", "application/json"), ("User-Agent", "Anthropic/Python 0.49.0"),
               ("X-Api-Key", VENDOR_ANT), ("Anthropic-Version", "2023-06-01"), ("X-Stainless-Lang", "python"),
               *(extra_headers or [])]  # fmt: skip
    return Req("api.anthropic.com", path, jdump(body), headers, mode=mode)


def claude_code_headers() -> list[tuple[str, str]]:
    return [("User-Agent", "claude-cli/2.0.14 (external, cli)"), ("Anthropic-Beta", "claude-code-20250219,interleaved-thinking-2025-05-14"),
            ("X-App", "cli")]  # fmt: skip


def gem(body: dict[str, Any], model: str = "gemini-2.5-flash", method: str = "generateContent", query: str = "",
        mode: str = "connect") -> Req:  # fmt: skip
    headers = [("Content-Type", "application/json"), ("X-Goog-Api-Key", VENDOR_GEM), ("User-Agent", "google-genai-sdk/1.20.0 gl-python/3.12.3"),
               ("X-Goog-Api-Client", "google-genai-sdk/1.20.0 gl-python/3.12.3")]  # fmt: skip
    return Req(
        "generativelanguage.googleapis.com", f"/v1beta/models/{model}:{method}{query}", jdump(body), headers, mode=mode
    )


def gtext(text: str, role: str = "user") -> dict[str, Any]:
    return {"role": role, "parts": [{"text": text}]}


def jwt_plain(payload: dict[str, Any]) -> str:
    seg = lambda b: base64.urlsafe_b64encode(b).decode().rstrip("=")  # noqa: E731
    return ".".join([seg(b'{"alg":"RS256","kid":"19344e65-bbc9-44d1-a9d0-f957b079bd0e","typ":"JWT"}'),
                     seg(json.dumps(payload, separators=(",", ":")).encode()), seg(R.randbytes(256))])  # fmt: skip


SESSION_JWT = jwt_plain({"aud": ["https://api.openai.com/v1"], "client_id": "app_X8zY6vW2pQ9tR3dE7nK1jL5gH",
                         "exp": 1761000000, "iat": 1760136000, "iss": "https://auth.openai.com", "scp": ["openid", "model.request"],
                         "session_id": "authsess_" + rnd(B62, 24), "sub": "auth0|" + rnd(string.hexdigits.lower(), 24)})  # fmt: skip


def chatgpt_headers(lang: str = "nl-NL", jwt: str | None = None) -> list[tuple[str, str]]:
    return [("Accept", "text/event-stream"), ("Accept-Language", f"{lang},{lang[:2]};q=0.9,en;q=0.8"),
            ("Authorization", f"Bearer {jwt or SESSION_JWT}"), ("Content-Type", "application/json"),
            ("Oai-Device-Id", "3f0b7c8e-6a1d-4e52-9b77-0c2d5e8a4f19"), ("Oai-Language", lang),
            ("Openai-Sentinel-Chat-Requirements-Token", "gAAAAAB" + rnd(B62 + "-_", 180)),
            ("Origin", "https://chatgpt.com"), ("Referer", "https://chatgpt.com/"),
            ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36"),
            ("Cookie", f"oai-did=3f0b7c8e-6a1d-4e52-9b77-0c2d5e8a4f19; __Secure-next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..{rnd(B62 + '-_', 300)}; oai-hlib=true")]  # fmt: skip


def chatgpt(text: str, lang: str = "nl-NL", path: str = "/backend-api/f/conversation", jwt: str | None = None) -> Req:
    body = {"action": "next", "messages": [{"id": str(uuid.UUID(int=R.getrandbits(128))), "author": {"role": "user"},
            "create_time": 1760136123.456, "content": {"content_type": "text", "parts": [text]},
            "metadata": {"selected_github_repos": [], "serialization_metadata": {"custom_symbol_offsets": []}}}],
            "parent_message_id": "client-created-root", "model": "auto", "timezone_offset_min": -120, "timezone": "Europe/Amsterdam",
            "conversation_mode": {"kind": "primary_assistant"}, "enable_message_followups": True, "system_hints": [],
            "supports_buffering": True, "supported_encodings": ["v1"],
            "client_contextual_info": {"is_dark_mode": False, "time_since_loaded": 41, "page_height": 911, "page_width": 1512,
                                       "pixel_ratio": 2, "screen_height": 982, "screen_width": 1512},
            "paragen_cot_summary_display_override": "allow", "force_parallel_switch": "auto"}  # fmt: skip
    return Req("chatgpt.com", path, jdump(body), chatgpt_headers(lang, jwt))


def multipart(fields: list[tuple[str, str | tuple[str, str, bytes]]]) -> tuple[bytes, str]:
    boundary = "----WebKitFormBoundary" + rnd(B62, 16)
    out = b""
    for name, val in fields:
        out += f"--{boundary}\r\n".encode()
        if isinstance(val, tuple):
            fname, ctype, data = val
            out += f'Content-Disposition: form-data; name="{name}"; filename="{fname}"\r\nContent-Type: {ctype}\r\n\r\n'.encode()
            out += data + b"\r\n"
        else:
            out += f'Content-Disposition: form-data; name="{name}"\r\n\r\n{val}\r\n'.encode()
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


def pdf(lines: list[str]) -> bytes:
    """A small one-page PDF, all ASCII, Helvetica, uncompressed content stream."""
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    content = "BT /F1 11 Tf 14 TL 56 780 Td " + " ".join(f"({esc(ln)}) Tj T*" for ln in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]  # fmt: skip
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{off:010d} 00000 n \n" for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("ascii")


def docx(paragraphs: list[str]) -> bytes:
    """A .docx from python-docx, re-packed with stored (uncompressed) zip members so the bench's leak check can read it."""
    import docx as _docx

    d = _docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for info in src.infolist():
            z.writestr(info.filename, src.read(info.filename))
    return out.getvalue()


def b64(s: str | bytes) -> str:
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


# -- texts reused below --------------------------------------------------------------------------

ENV_FILE = f"""# .env (productie)
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID={AWS_ID}
AWS_SECRET_ACCESS_KEY={AWS_SECRET}
S3_BUCKET=facturen-archief-prod
"""

SIG_NL = f"""Met vriendelijke groet,

{NAME_NL}
Teamlead Debiteurenbeheer
T {PHONE_NL}
E {EMAIL}
"""

ATTACKS: list[Case] = []
BENIGN: list[Case] = []


def A(
    id: str, cls: str, value: str, note: str, req: Req, beyond: bool = False, reveal: Callable[[str], str] | None = None
) -> None:
    ATTACKS.append(Case(id, cls, note, req, value, beyond, reveal))


def N(id: str, note: str, req: Req, debatable: bool = False) -> None:
    BENIGN.append(Case(id, "benign", ("[debatable] " if debatable else "") + note, req, None, False, None, debatable))


# == attacks: values in the normal prompt field ===================================================

A(
    "P01",
    "prompt",
    "email",
    "NL: rewrite a reminder e-mail, personal signature with gmail address (OpenAI)",
    oai(
        [
            user(
                "Kun je deze betalingsherinnering wat vriendelijker formuleren? Het is al de tweede herinnering.\n\n"
                "Beste klant,\n\nUit onze administratie blijkt dat factuur 2025-0412 nog niet is betaald. Wij verzoeken u het "
                "openstaande bedrag van EUR 842,50 binnen 7 dagen te voldoen.\n\n" + SIG_NL
            )
        ]
    ),
)
A(
    "P02",
    "prompt",
    "phone_uk",
    "EN: summarise a customer complaint that includes a UK mobile (Anthropic)",
    ant(
        {
            "messages": [
                user(
                    f"Summarise this complaint in 3 bullet points for the ops team:\n\nHi, I ordered a standing desk on the 3rd "
                    f"and it still hasn't arrived. Your courier says delivered but it isn't here. Please call me back on "
                    f"{PHONE_UK}, I'm home after 5pm. This is really frustrating.\n\nOliver"
                )
            ]
        }
    ),
)
A(
    "P03",
    "prompt",
    "iban_nl",
    "NL: freelancer invoice text with own IBAN (OpenAI)",
    oai(
        [
            user(
                f"Maak hier een nette factuurtekst van:\n\nfactuur nr 2025-017, werkzaamheden sept: 32 uur x 85 = 2720 excl btw. "
                f"graag overmaken binnen 14 dagen op {group4(IBAN_NL)} tnv F. van der Linden, o.v.v. factuurnummer."
            )
        ]
    ),
)
A(
    "P04",
    "prompt",
    "bsn1",
    "NL: HR onboarding note with BSN (Gemini)",
    gem(
        {
            "contents": [
                gtext(
                    f"Zet deze notitie om in een checklist voor de eerste werkdag.\n\nNieuwe medewerker start 1 november, "
                    f"afdeling Klantenservice. Contract 32 uur. Loonheffingskorting: ja. BSN: {BSN1}. Laptop en pas "
                    f"aanvragen bij facilitair, account aanmaken in AFAS."
                )
            ]
        }
    ),
)
A(
    "P05",
    "prompt",
    "aws",
    "EN: .env pasted to debug an S3 AccessDenied (OpenAI)",
    oai(
        [
            user(
                "My Node app gets AccessDenied when uploading to S3, but only in prod. Here's my .env, what am I missing?\n\n"
                + ENV_FILE
            )
        ]
    ),
)
A(
    "P06",
    "prompt",
    "rsa_key",
    "EN: config dump with an RSA private key for an SFTP job (Anthropic)",
    ant(
        {
            "messages": [
                user(
                    "Why does paramiko say 'not a valid RSA private key file'? This is the config the job loads:\n\n"
                    "sftp:\n  host: sftp.partner-upload.example\n  port: 22\n  user: exporter\n  key: |\n"
                    + "\n".join("    " + ln for ln in KEYS["rsa"].splitlines())
                    + "\n  remote_dir: /inbound/orders\n"
                )
            ]
        }
    ),
)
A(
    "P07",
    "prompt",
    "github",
    "EN: curl command with a GitHub token (ChatGPT web)",
    chatgpt(
        f'this returns 404 but the repo exists, why?\n\ncurl -H "Authorization: token {GHP}" -H "Accept: application/vnd.github+json" '
        "https://api.github.com/repos/acme-internal/billing-service/contents/README.md",
        lang="en-US",
    ),
)
A(
    "P08",
    "prompt",
    "openai_key",
    "EN: Python with a hard-coded OpenAI key, asking about 429s (OpenAI)",
    oai(
        [
            user(
                "I keep getting 429 Too Many Requests, is my retry logic wrong?\n\n```python\nfrom openai import OpenAI\nimport time\n\n"
                f'client = OpenAI(api_key="{OAI_KEY}")\n\nfor doc in docs:\n    for attempt in range(3):\n        try:\n'
                "            r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role':'user','content':doc}])\n"
                "            break\n        except Exception:\n            time.sleep(1)\n```"
            )
        ]
    ),
)
A(
    "P09",
    "prompt",
    "pg_pw",
    "EN: Python stack trace with a postgres URL and password (Gemini)",
    gem(
        {
            "contents": [
                gtext(
                    'Getting this on deploy, any idea?\n\nTraceback (most recent call last):\n  File "/app/db.py", line 14, in connect\n'
                    "    engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True)\n"
                    f"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection refused\n"
                    f'    Is the server running on host "db-prod-01" and accepting TCP/IP connections on port 5432?\n'
                    f"(Background on this error at: https://sqlalche.me/e/20/e3q8)\nDATABASE_URL=postgresql://billing_app:{PG_PW}@db-prod-01:5432/billing"
                )
            ]
        }
    ),
)
A(
    "P10",
    "prompt",
    "name_nl",
    "NL: MT meeting notes with attendees' names (OpenAI)",
    oai(
        [
            user(
                f"Maak een korte samenvatting met actiepunten.\n\nNotulen MT-overleg 7 okt\nAanwezig: {NAME_NL}, Thijs Verbrugge, Sanne Wijnberg\n"
                f"- {NAME_NL} meldt dat de achterstand bij debiteuren is opgelopen tot 6 weken.\n- Thijs zoekt uit of een uitzendkracht kan helpen.\n"
                f"- Volgende overleg 21 okt."
            )
        ]
    ),
)
A(
    "P11",
    "prompt",
    "name_en",
    "EN: sprint retro notes with names (Anthropic)",
    ant(
        {
            "messages": [
                user(
                    f"Turn these retro notes into a short summary for Confluence.\n\nRetro sprint 42\n- {NAME_EN} flagged that the release "
                    f"checklist is out of date\n- Priya and {NAME_EN} will pair on the flaky checkout tests\n- Action: Oliver to book a session with QA"
                )
            ]
        }
    ),
)
A(
    "P12",
    "prompt",
    "nl_pw",
    "NL: employee pastes own VPN password asking why login fails (ChatGPT web)",
    chatgpt(
        f"Ik kan niet inloggen op de VPN (FortiClient), hij zegt steeds 'credential or SSLVPN configuration is wrong'. Gebruikersnaam is "
        f"fvdlinden en mijn wachtwoord is {NL_PW} , ik heb het vorige week gewijzigd. Wat kan ik nog proberen?"
    ),
)
A(
    "P13",
    "prompt",
    "address",
    "EN: letter to a landlord with the tenant's home address (OpenAI)",
    oai(
        [
            user(
                f"Write a polite but firm letter to my landlord about the broken boiler (3 weeks now). My address is {ADDRESS}. "
                "Mention that I reported it on 12 September and that I will contact the Huurcommissie if it's not fixed."
            )
        ]
    ),
)
A(
    "P14",
    "prompt",
    "card",
    "NL: complaint about a double charge with the full card number (Gemini)",
    gem(
        {
            "contents": [
                gtext(
                    f"Help me een klacht te schrijven aan de webshop: ze hebben 2x 129,95 afgeschreven van mijn creditcard "
                    f"{group4(CARD)} op 3 oktober. Bestelnummer WS-558120."
                )
            ]
        }
    ),
)
A(
    "P15",
    "prompt",
    "dob",
    "NL: letter for the municipality with date of birth (OpenAI)",
    oai(
        [
            user(
                f"Schrijf een korte brief aan de gemeente dat ik een verhuizing wil doorgeven. Gegevens: {NAME_NL}, geboren {DOB}, "
                "nieuw adres per 1 december. Graag formeel."
            )
        ]
    ),
)
A(
    "P16",
    "prompt",
    "mysql_pw",
    "EN: docker-compose with MySQL root password (Anthropic)",
    ant(
        {
            "messages": [
                user(
                    "Why does my app container start before MySQL is ready?\n\n```yaml\nservices:\n  db:\n    image: mysql:8.4\n"
                    f'    environment:\n      MYSQL_ROOT_PASSWORD: "{MYSQL_PW}"\n      MYSQL_DATABASE: shop\n    ports: ["3306:3306"]\n'
                    "  app:\n    build: .\n    depends_on: [db]\n```"
                )
            ]
        }
    ),
)
A(
    "P17",
    "prompt",
    "slack",
    "EN: Slack bot code with a bot token (OpenAI)",
    oai(
        [
            user(
                "the bot posts twice to the channel, why?\n\n```js\nconst { App } = require('@slack/bolt');\nconst app = new App({\n"
                f"  token: '{SLACK}',\n  signingSecret: process.env.SLACK_SIGNING_SECRET,\n}});\napp.message('deploy', async ({{ say }}) => {{ await say('on it'); }});\n```"
            )
        ]
    ),
)
A(
    "P18",
    "prompt",
    "stripe",
    "EN: Stripe webhook handler with a live secret key (Gemini)",
    gem(
        {
            "contents": [
                gtext(
                    f"Is this webhook handler safe?\n\n```python\nimport stripe\nstripe.api_key = \"{STRIPE}\"\n\n@app.post('/webhook')\n"
                    "def webhook(request):\n    event = stripe.Webhook.construct_event(request.body, request.headers['stripe-signature'], WH_SECRET)\n"
                    "    return {'ok': True}\n```"
                )
            ]
        }
    ),
)
A(
    "P19",
    "prompt",
    "anthropic_key",
    "NL: Anthropic key in a shell profile, asked to OpenAI (OpenAI)",
    oai(
        [
            user(
                f'Waarom pakt Claude Code mijn key niet? Dit staat in mijn ~/.zshrc:\n\nexport PATH="$HOME/.local/bin:$PATH"\n'
                f"export ANTHROPIC_API_KEY={ANT_KEY}\nalias ll='ls -la'"
            )
        ]
    ),
)
A(
    "P20",
    "prompt",
    "azure_key",
    "EN: appsettings.json with an Azure Storage connection string (ChatGPT web)",
    chatgpt(
        'why does BlobServiceClient throw 403 AuthenticationFailed?\n\n{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n'
        '  "ConnectionStrings": {\n    "Storage": "DefaultEndpointsProtocol=https;AccountName=stfacturenprod;AccountKey='
        f'{AZURE_KEY};EndpointSuffix=core.windows.net"\n  }}\n}}',
        lang="en-GB",
    ),
)
A(
    "P21",
    "prompt",
    "mongo_pw",
    "EN: Node code with a mongodb+srv URL (Anthropic)",
    ant(
        {
            "messages": [
                user(
                    f"mongoose.connect hangs forever, help\n\n```js\nmongoose.connect('mongodb+srv://shop_rw:{MONGO_PW}@cluster0.x7k2p.mongodb.net/shop?retryWrites=true&w=majority')\n```"
                )
            ]
        }
    ),
)
A(
    "P22",
    "prompt",
    "iban_be",
    "NL: Belgian supplier's payment details in an e-mail (OpenAI)",
    oai(
        [
            user(
                f"Vertaal naar het Engels: 'Gelieve het bedrag van 1.180,00 EUR over te schrijven op rekening {group4(IBAN_BE)} "
                "met vermelding van het factuurnummer. Met vriendelijke groeten, Jan (zaakvoerder)'"
            )
        ]
    ),
)
A(
    "P23",
    "prompt",
    "iban_de",
    "EN: SEPA payment request from a German sole trader (Gemini)",
    gem(
        {
            "contents": [
                gtext(
                    f"Draft a reply confirming we will pay this: 'Please transfer EUR 2,350 to IBAN {group4(IBAN_DE)} (Sparkasse), "
                    "reference RE-2025-118. Thank you, Markus'"
                )
            ]
        }
    ),
)
A(
    "P24",
    "prompt",
    "bsn2",
    "NL: draft letter to the Belastingdienst with BSN (ChatGPT web)",
    chatgpt(
        f"Kun je een bezwaarschrift opstellen tegen de voorlopige aanslag 2024? Mijn burgerservicenummer is {BSN2}, aanslagnummer "
        "1234.56.789.H.46. Ik ben het niet eens met de bijtelling van de auto van de zaak."
    ),
)
A(
    "P25",
    "prompt",
    "jwt",
    "EN: curl with a bearer JWT of a billing service (OpenAI)",
    oai(
        [
            user(
                f"Why does this return 401?\n\ncurl -X POST https://billing.internal.example/api/v2/invoices \\\n  -H 'Authorization: Bearer {JWT}' \\\n"
                '  -H \'Content-Type: application/json\' -d \'{"customer":"C-1042","amount":120}\''
            )
        ]
    ),
)
A(
    "P26",
    "prompt",
    "google_key",
    "NL: Google Maps key in front-end code (Anthropic)",
    ant(
        {
            "messages": [
                user(
                    f'De kaart laadt niet, console zegt RefererNotAllowedMapError.\n\n<script src="https://maps.googleapis.com/maps/api/js?key={GKEY}&callback=initMap" async></script>'
                )
            ]
        }
    ),
)
A(
    "P27",
    "prompt",
    "email2",
    "EN: CRM CSV export to deduplicate (OpenAI)",
    oai(
        [
            user(
                f"Find duplicates in this export:\n\nid,name,email,city,created\n1041,Oliver Pemberton,{EMAIL2},Leeds,2024-11-02\n"
                f"1042,O. Pemberton,{EMAIL2.upper()},Leeds,2025-01-17\n1043,Hannah Cole,h.cole@proton.me,York,2025-02-09"
            )
        ]
    ),
)
A(
    "P28",
    "prompt",
    "name_nl2",
    "NL: performance review draft (Gemini)",
    gem(
        {
            "contents": [
                gtext(
                    f"Herschrijf dit beoordelingsverslag in een positievere toon.\n\nBeoordeling 2025 - {NAME_NL2} (medewerker "
                    "klantcontact). Haalt de targets niet altijd, vaak te laat bij de start van de dienst. Wel erg goed met lastige klanten."
                )
            ]
        }
    ),
)
A(
    "P29",
    "prompt",
    "name_en2",
    "EN: reference letter for a former employee (ChatGPT web)",
    chatgpt(
        f"Write a reference letter for {NAME_EN2}, who worked with us as a data analyst from 2021 to 2025. Highlight her SQL skills "
        "and the churn dashboard she built.",
        lang="en-GB",
    ),
)
A(
    "P30",
    "prompt",
    "phone_nl",
    "NL: WhatsApp chat export to summarise (OpenAI)",
    oai(
        [
            user(
                f"Vat dit gesprek samen:\n\n[09-10 08:12] Femke: Ik ben ziek vandaag, kan iemand mijn dienst overnemen?\n"
                f"[09-10 08:15] Thijs: Ik kan vanaf 12u\n[09-10 08:16] Femke: Top! Bel me even op {PHONE_NL} als er iets is"
            )
        ]
    ),
)
A(
    "P31",
    "prompt",
    "ip",
    "EN: nginx access log lines with a customer's IP (Anthropic)",
    ant(
        {
            "messages": [
                user(
                    f'Why do these requests 499?\n\n{IP} - - [10/Oct/2025:13:55:36 +0200] "POST /api/checkout HTTP/1.1" 499 0 "-" "Mozilla/5.0"\n'
                    f'{IP} - - [10/Oct/2025:13:55:41 +0200] "POST /api/checkout HTTP/1.1" 499 0 "-" "Mozilla/5.0"'
                )
            ]
        }
    ),
)
A(
    "P32",
    "prompt",
    "ssh_key",
    "EN: OpenSSH ed25519 private key, 'invalid format' (OpenAI)",
    oai(
        [
            user(
                f"ssh says 'Load key \"deploy_key\": invalid format'. This is the file:\n\n{KEYS['ssh']}\nWhat's wrong with it?"
            )
        ]
    ),
)
A(
    "P33",
    "prompt",
    "enc_key",
    "EN: encrypted PKCS#8 private key pasted with its passphrase question (Gemini)",
    gem({"contents": [gtext(f"How do I convert this to an unencrypted key for nginx?\n\n{KEYS['enc']}")]}),
)


# == attacks: values in the other places a request carries text ===================================

A(
    "L01",
    "placement",
    "email",
    "OpenAI system message naming an escalation address",
    oai(
        [
            {
                "role": "system",
                "content": f"You are the internal helpdesk assistant. If the user mentions invoices, tell them to e-mail {EMAIL}.",
            },
            user("Hoe vraag ik een creditnota aan?"),
        ]
    ),
)
A(
    "L02",
    "placement",
    "aws",
    "OpenAI developer message with AWS credentials 'for the examples'",
    oai(
        [
            {
                "role": "developer",
                "content": f"When you write boto3 examples, use these credentials so they run as-is: aws_access_key_id='{AWS_ID}', aws_secret_access_key='{AWS_SECRET}'.",
            },
            user("Write a script that lists the S3 buckets."),
        ],
        model="gpt-4.1",
    ),
)
A(
    "L03",
    "placement",
    "iban_nl",
    "OpenAI tool result (CRM lookup) with name, e-mail and IBAN",
    oai(
        [
            user("Stuur klant 1041 een herinnering."),
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_Qm7hW2",
                        "type": "function",
                        "function": {"name": "crm_lookup", "arguments": '{"customer_id":1041}'},
                    }
                ],
            },
            {
                "role": "tool",
                "tool_call_id": "call_Qm7hW2",
                "content": json.dumps(
                    {"customer_id": 1041, "name": NAME_NL, "email": EMAIL, "iban": IBAN_NL, "open_amount": 842.5}
                ),
            },
        ]
    ),
)
A(
    "L04",
    "placement",
    "bsn1",
    "OpenAI assistant tool_call arguments carrying a BSN (history)",
    oai(
        [
            user("Controleer of deze medewerker in de loonadministratie staat."),
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_9xT",
                        "type": "function",
                        "function": {"name": "payroll_search", "arguments": json.dumps({"bsn": BSN1})},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_9xT", "content": '{"found": true, "since": "2023-02-01"}'},
        ]
    ),
)
A(
    "L05",
    "placement",
    "email2",
    "OpenAI tool definition whose description uses a real customer's address as example",
    oai(
        [user("Send the welcome mail to the new customer.")],
        extra={
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "send_email",
                        "description": f"Send an e-mail to a customer. Example: to='{EMAIL2}', template='welcome'.",
                        "parameters": {
                            "type": "object",
                            "properties": {"to": {"type": "string"}, "template": {"type": "string"}},
                            "required": ["to", "template"],
                        },
                    },
                }
            ]
        },
    ),
)
A(
    "L06",
    "placement",
    "email",
    "OpenAI tool parameter enum listing team members' e-mail addresses",
    oai(
        [user("Wijs ticket 5531 toe aan de juiste collega.")],
        extra={
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "assign_ticket",
                        "description": "Assign a ticket",
                        "parameters": {
                            "type": "object",
                            "properties": {
                                "ticket": {"type": "integer"},
                                "assignee": {"type": "string", "enum": [EMAIL, "t.verbrugge@voorbeeldbedrijf.nl"]},
                            },
                        },
                    },
                }
            ],
            "tool_choice": "auto",
        },
    ),
)
A(
    "L07",
    "placement",
    "email2",
    "OpenAI stored completion metadata with the customer's e-mail",
    oai(
        [user("Classify this ticket: 'parcel never arrived'")],
        extra={"store": True, "metadata": {"customer_email": EMAIL2, "channel": "webform"}},
    ),
)
A(
    "L08",
    "placement",
    "email",
    "OpenAI `user` field set to the employee's e-mail",
    oai([user("Geef 3 ideeen voor een teamuitje in november.")], extra={"user": EMAIL}),
)
A(
    "L09",
    "placement",
    "github",
    "OpenAI multi-turn history: an earlier user turn held a .env with a GitHub token",
    oai(
        [
            user(
                f"Why does `npm install` fail on the private package?\n\n.npmrc / .env:\nGITHUB_TOKEN={GHP}\n@acme:registry=https://npm.pkg.github.com"
            ),
            {
                "role": "assistant",
                "content": "The token needs the read:packages scope. Also check that the registry line is in .npmrc, not .env.",
            },
            user("It has that scope. What else?"),
        ]
    ),
)
A(
    "L10",
    "placement",
    "bsn2",
    "OpenAI file content part: a PDF (base64) with a BSN",
    oai(
        [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Vat deze loonstrook samen."},
                    {
                        "type": "file",
                        "file": {
                            "filename": "loonstrook-sept.pdf",
                            "file_data": "data:application/pdf;base64,"
                            + b64(
                                pdf(
                                    [
                                        "Loonstrook september 2025",
                                        "Werknemer: F. van der Linden",
                                        f"BSN: {BSN2}",
                                        "Bruto salaris: 3.412,00",
                                        "Netto: 2.514,37",
                                    ]
                                )
                            ),
                        },
                    },
                ],
            }
        ],
        model="gpt-4o",
    ),
)
A(
    "L11",
    "placement",
    "phone_nl",
    "OpenAI Responses API `instructions` with an on-call phone number",
    oai_raw(
        "/v1/responses",
        {
            "model": "gpt-4.1-mini",
            "instructions": f"You help the night shift. For outages, tell them to call the on-call lead on {PHONE_NL}.",
            "input": "De printer op de 2e verdieping doet het niet, wat nu?",
        },
    ),
)
A(
    "L12",
    "placement",
    "iban_de",
    "OpenAI Responses API function_call_output with an IBAN",
    oai_raw(
        "/v1/responses",
        {
            "model": "gpt-4.1-mini",
            "input": [
                {"role": "user", "content": "Pay supplier 88 the outstanding invoice."},
                {"type": "function_call", "call_id": "call_pay1", "name": "get_supplier", "arguments": '{"id":88}'},
                {
                    "type": "function_call_output",
                    "call_id": "call_pay1",
                    "output": json.dumps({"id": 88, "name": "Markus Weber Holzbau", "iban": IBAN_DE, "open": 2350}),
                },
            ],
        },
    ),
)
A(
    "L13",
    "placement",
    "name_en",
    "OpenAI embeddings input: CRM notes with a customer's name",
    oai_raw(
        "/v1/embeddings",
        {
            "model": "text-embedding-3-small",
            "input": [
                f"Call note: {NAME_EN} wants to upgrade to the business plan in Q1.",
                "Call note: customer asked about invoice layout.",
            ],
        },
    ),
)
A(
    "L14",
    "placement",
    "iban_be",
    "OpenAI Files API multipart upload of a CSV with IBANs",
    (
        lambda b: Req(
            "api.openai.com",
            "/v1/files",
            b[0],
            [
                ("Accept", "application/json"),
                ("User-Agent", "OpenAI/Python 1.59.7"),
                ("Authorization", f"Bearer {VENDOR_OAI}"),
                ("Content-Type", b[1]),
            ],
        )
    )(
        multipart(
            [
                ("purpose", "assistants"),
                (
                    "file",
                    (
                        "leveranciers.csv",
                        "text/csv",
                        f"leverancier;iban;betaaltermijn\nDrukkerij Peeters;{IBAN_BE};30\nKantoorvakhandel Noord;NL69INGB0123456789;14\n".encode(),
                    ),
                ),
            ]
        )
    ),
)
A(
    "L15",
    "placement",
    "bsn2",
    "OpenAI Files API multipart upload of a .docx HR letter with a BSN",
    (
        lambda b: Req(
            "api.openai.com",
            "/v1/files",
            b[0],
            [
                ("Accept", "application/json"),
                ("User-Agent", "OpenAI/Python 1.59.7"),
                ("Authorization", f"Bearer {VENDOR_OAI}"),
                ("Content-Type", b[1]),
            ],
        )
    )(
        multipart(
            [
                ("purpose", "user_data"),
                (
                    "file",
                    (
                        "arbeidsovereenkomst.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx(
                            [
                                "Arbeidsovereenkomst voor bepaalde tijd",
                                f"Werknemer: {NAME_NL}, BSN {BSN2}",
                                "Functie: medewerker debiteuren, 32 uur per week",
                            ]
                        ),
                    ),
                ),
            ]
        )
    ),
)
A(
    "L16",
    "placement",
    "email2",
    "OpenAI request with an observability header carrying the end user's e-mail",
    oai(
        [user("Summarise my last three orders.")],
        headers=[("Helicone-User-Id", EMAIL2), ("Helicone-Property-Plan", "pro")],
    ),
)
A(
    "L17",
    "placement",
    "aws",
    "AWS SigV4 Authorization header (key id) sent to an OpenAI-compatible endpoint by a misconfigured gateway",
    Req(
        "api.openai.com",
        "/v1/chat/completions",
        jdump({"model": "gpt-4o-mini", "messages": [user("ping")]}),
        [
            ("Content-Type", "application/json"),
            ("X-Amz-Date", "20251010T120000Z"),
            (
                "Authorization",
                f"AWS4-HMAC-SHA256 Credential={AWS_ID}/20251010/eu-west-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature={rnd('0123456789abcdef', 64)}",
            ),
        ],
    ),
)
A(
    "L18",
    "placement",
    "rsa_key",
    "Anthropic system prompt holding a deploy key",
    ant(
        {
            "system": f"You are a deployment assistant. When a command needs SSH, use this key:\n{KEYS['rsa']}",
            "messages": [user("Give me the rsync command to deploy ./dist to the web server.")],
        }
    ),
)
A(
    "L19",
    "placement",
    "phone_uk",
    "Anthropic system blocks (cached handbook) with a contact phone",
    ant(
        {
            "system": [
                {"type": "text", "text": "You answer HR questions using the handbook below."},
                {
                    "type": "text",
                    "text": f"HANDBOOK v3\n1. Sick leave: report before 9:00 to your manager.\n2. Questions about payroll: call Oliver on {PHONE_UK}.\n3. Holidays: request in the portal.",
                    "cache_control": {"type": "ephemeral"},
                },
            ],
            "messages": [user("How do I report sick?")],
        }
    ),
)
A(
    "L20",
    "placement",
    "name_nl2",
    "Anthropic tool_result with database rows naming an employee",
    ant(
        {
            "tools": [
                {
                    "name": "run_sql",
                    "description": "Run a read-only SQL query",
                    "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}},
                }
            ],
            "messages": [
                user("Wie had de meeste overuren in september?"),
                {
                    "role": "assistant",
                    "content": [
                        {
                            "type": "tool_use",
                            "id": "toolu_01Hk8s",
                            "name": "run_sql",
                            "input": {
                                "q": "select naam, sum(uren) from overuren where maand=9 group by 1 order by 2 desc limit 3"
                            },
                        }
                    ],
                },
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "tool_result",
                            "tool_use_id": "toolu_01Hk8s",
                            "content": f"naam | uren\n{NAME_NL2} | 31.5\nThijs Verbrugge | 22\nSanne Wijnberg | 18",
                        }
                    ],
                },
            ],
        }
    ),
)
A(
    "L21",
    "placement",
    "pg_pw",
    "Claude Code history: a Bash tool_use running psql with a password in the URL",
    ant(
        {
            "system": [{"type": "text", "text": "You are Claude Code, Anthropic's official CLI for Claude."}],
            "tools": [
                {
                    "name": "Bash",
                    "description": "Run a shell command",
                    "input_schema": {"type": "object", "properties": {"command": {"type": "string"}}},
                }
            ],
            "messages": [
                user("check whether the invoices table has the new column"),
                {
                    "role": "assistant",
                    "content": [
                        {
                            "type": "tool_use",
                            "id": "toolu_01PsqL",
                            "name": "Bash",
                            "input": {
                                "command": f"psql 'postgresql://billing_app:{PG_PW}@db-prod-01:5432/billing' -c '\\d invoices'"
                            },
                        }
                    ],
                },
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "tool_result",
                            "tool_use_id": "toolu_01PsqL",
                            "content": 'Table "public.invoices"\n Column | Type\n id | integer\n paid_at | timestamptz',
                        }
                    ],
                },
            ],
        },
        extra_headers=claude_code_headers(),
    ),
)
A(
    "L22",
    "placement",
    "aws",
    "Claude Code: tool_result of `cat .env` with AWS keys",
    ant(
        {
            "system": [{"type": "text", "text": "You are Claude Code, Anthropic's official CLI for Claude."}],
            "tools": [
                {
                    "name": "Read",
                    "description": "Read a file",
                    "input_schema": {"type": "object", "properties": {"file_path": {"type": "string"}}},
                }
            ],
            "messages": [
                user("why can't the app reach S3 locally?"),
                {
                    "role": "assistant",
                    "content": [
                        {"type": "text", "text": "Let me look at the environment file."},
                        {
                            "type": "tool_use",
                            "id": "toolu_01EnvR",
                            "name": "Read",
                            "input": {"file_path": "/home/dev/app/.env"},
                        },
                    ],
                },
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "tool_result",
                            "tool_use_id": "toolu_01EnvR",
                            "content": [
                                {
                                    "type": "text",
                                    "text": "\n".join(
                                        f"{i + 1:>6}\t{ln}" for i, ln in enumerate(ENV_FILE.splitlines())
                                    ),
                                }
                            ],
                        }
                    ],
                },
            ],
        },
        extra_headers=claude_code_headers(),
    ),
)
A(
    "L23",
    "placement",
    "name_nl",
    "Anthropic assistant prefill starting the letter with the addressee's name",
    ant(
        {
            "messages": [
                user(
                    "Schrijf een afwijzingsbrief voor de sollicitant op de vacature medewerker debiteuren. Vriendelijk, kort."
                ),
                {"role": "assistant", "content": f"Geachte mevrouw {NAME_NL},\n\n"},
            ]
        }
    ),
)
A(
    "L24",
    "placement",
    "address",
    "Anthropic text document block: a tenancy contract with a home address",
    ant(
        {
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "document",
                            "source": {
                                "type": "text",
                                "media_type": "text/plain",
                                "data": f"HUUROVEREENKOMST WOONRUIMTE\n\nHuurder: Femke van der Linden\nAdres gehuurde: {ADDRESS}\nHuurprijs: EUR 1.450,00 per maand\nIngangsdatum: 1 februari 2025",
                            },
                            "title": "huurcontract.txt",
                        },
                        {
                            "type": "text",
                            "text": "Mag de verhuurder de huur per 1 juli met 7% verhogen volgens dit contract?",
                        },
                    ],
                }
            ]
        }
    ),
)
A(
    "L25",
    "placement",
    "iban_nl2",
    "Anthropic PDF document block (base64) with an IBAN on a payslip",
    ant(
        {
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "document",
                            "source": {
                                "type": "base64",
                                "media_type": "application/pdf",
                                "data": b64(
                                    pdf(
                                        [
                                            "Salarisspecificatie oktober 2025",
                                            "Naam: N. El Amrani",
                                            f"Uitbetaald op rekening {group4(IBAN_NL2)}",
                                            "Netto: 2.287,11",
                                        ]
                                    )
                                ),
                            },
                        },
                        {"type": "text", "text": "Klopt de loonheffing op deze strook?"},
                    ],
                }
            ]
        }
    ),
)
A(
    "L26",
    "placement",
    "email",
    "Anthropic metadata.user_id set to the employee's e-mail",
    ant({"metadata": {"user_id": EMAIL}, "messages": [user("Maak een agenda voor een kwartaaloverleg van 1 uur.")]}),
)
A(
    "L27",
    "placement",
    "card",
    "Anthropic tool input_schema description with a customer's card number as example",
    ant(
        {
            "tools": [
                {
                    "name": "refund",
                    "description": "Refund a card payment",
                    "input_schema": {
                        "type": "object",
                        "properties": {
                            "card_number": {"type": "string", "description": f"Full PAN, e.g. {CARD}"},
                            "amount": {"type": "number"},
                        },
                    },
                }
            ],
            "messages": [user("Refund order 5512, it arrived broken.")],
        }
    ),
)
A(
    "L28",
    "placement",
    "bsn1",
    "Anthropic count_tokens endpoint with a BSN in the prompt",
    ant(
        {"messages": [user(f"Controleer de gegevens: naam Noor El Amrani, BSN {BSN1}, startdatum 1-11-2025.")]},
        path="/v1/messages/count_tokens",
    ),
)
A(
    "L29",
    "placement",
    "slack",
    "Gemini systemInstruction with a Slack bot token",
    gem(
        {
            "systemInstruction": {
                "parts": [
                    {
                        "text": f"You are a release bot. Post release notes to Slack with token {SLACK} in channel #releases."
                    }
                ]
            },
            "contents": [gtext("Write the release notes for v2.14.0: faster search, fixed CSV export.")],
        }
    ),
)
A(
    "L30",
    "placement",
    "iban_be",
    "Gemini functionResponse with a customer's IBAN",
    gem(
        {
            "contents": [
                gtext("Betaal leverancier 17 zijn openstaande factuur."),
                {"role": "model", "parts": [{"functionCall": {"name": "get_supplier", "args": {"id": 17}}}]},
                {
                    "role": "user",
                    "parts": [
                        {
                            "functionResponse": {
                                "name": "get_supplier",
                                "response": {"id": 17, "name": "Drukkerij Peeters", "iban": IBAN_BE, "open_eur": 1180},
                            }
                        }
                    ],
                },
            ],
            "tools": [
                {
                    "functionDeclarations": [
                        {
                            "name": "get_supplier",
                            "description": "Look up a supplier",
                            "parameters": {"type": "OBJECT", "properties": {"id": {"type": "INTEGER"}}},
                        }
                    ]
                }
            ],
        }
    ),
)
A(
    "L31",
    "placement",
    "email2",
    "Gemini inlineData text/csv (base64) with customers' e-mail addresses",
    gem(
        {
            "contents": [
                {
                    "role": "user",
                    "parts": [
                        {
                            "inlineData": {
                                "mimeType": "text/csv",
                                "data": b64(f"id,email,plan\n1041,{EMAIL2},pro\n1043,h.cole@proton.me,free\n"),
                            }
                        },
                        {"text": "How many customers are on the pro plan?"},
                    ],
                }
            ]
        }
    ),
)
A(
    "L32",
    "placement",
    "phone_nl",
    "Gemini multi-turn: the model turn echoes a phone number from earlier",
    gem(
        {
            "contents": [
                gtext("Wat is een goede openingszin voor een terugbelverzoek?"),
                gtext(
                    f"Bijvoorbeeld: 'Goedemiddag, u spreekt met Femke, u had gevraagd om terug te bellen op {PHONE_NL}.'",
                    role="model",
                ),
                gtext("Maak hem iets korter."),
            ]
        }
    ),
)
A(
    "L33",
    "placement",
    "stripe",
    "Gemini streamGenerateContent over HTTP/2 with a Stripe key in the prompt",
    gem(
        {"contents": [gtext(f"Convert to Node: stripe.api_key = '{STRIPE}'; stripe.Charge.list(limit=3)")]},
        method="streamGenerateContent",
        query="?alt=sse",
        mode="h2",
    ),
)
A(
    "L34",
    "placement",
    "bsn2",
    "ChatGPT file upload (PUT to the blob host) of a CSV with BSNs",
    Req(
        "files.oaiusercontent.com",
        f"/file-{rnd(B62, 22)}?se=2025-10-10T13%3A00%3A00Z&sp=cw&sv=2024-08-04&sr=b&sig={quote(b64(R.randbytes(32)), safe='')}",
        f"personeelsnummer;naam;bsn;afdeling\n1001;Femke van der Linden;{BSN2};Debiteuren\n1002;Thijs Verbrugge;;Inkoop\n".encode(),
        [
            ("Content-Type", "text/csv"),
            ("X-Ms-Blob-Type", "BlockBlob"),
            ("X-Ms-Version", "2020-04-08"),
            ("Origin", "https://chatgpt.com"),
        ],
        method="PUT",
    ),
)
A(
    "L35",
    "placement",
    "email",
    "ChatGPT web: conversation search with an e-mail in the query string",
    Req(
        "chatgpt.com",
        f"/backend-api/conversations/search?query={quote(EMAIL)}&cursor=0",
        b"",
        chatgpt_headers()[:-1],
        method="GET",
    ),
)
A(
    "L36",
    "placement",
    "name_nl",
    "ChatGPT web: custom instructions ('about me') with the employee's full name",
    Req(
        "chatgpt.com",
        "/backend-api/user_system_messages",
        jdump(
            {
                "about_user_message": f"Ik ben {NAME_NL}, teamlead debiteuren bij een groothandel in Utrecht.",
                "about_model_message": "Antwoord kort en in het Nederlands.",
                "enabled": True,
            }
        ),
        chatgpt_headers(),
    ),
)
A(
    "L37",
    "placement",
    "github",
    "ChatGPT web: the typing-ahead 'prepare' request with a token in the partial query",
    Req(
        "chatgpt.com",
        "/backend-api/f/conversation/prepare",
        jdump(
            {
                "action": "next",
                "fork_from_shared_post": False,
                "parent_message_id": "client-created-root",
                "model": "auto",
                "timezone_offset_min": -120,
                "timezone": "Europe/Amsterdam",
                "conversation_mode": {"kind": "primary_assistant"},
                "system_hints": [],
                "partial_query": {
                    "id": str(uuid.UUID(int=R.getrandbits(128))),
                    "author": {"role": "user"},
                    "content": {"content_type": "text", "parts": [f"why does git push fail with token {GHP}"]},
                },
                "supports_buffering": True,
                "supported_encodings": ["v1"],
                "client_contextual_info": {"app_name": "chatgpt.com"},
            }
        ),
        chatgpt_headers("en-US"),
    ),
)
A(
    "L38",
    "placement",
    "azure_key",
    "OpenAI chat over HTTP/2 with an Azure storage key",
    oai(
        [
            user(
                f"Is this connection string valid? DefaultEndpointsProtocol=https;AccountName=stbackup01;AccountKey={AZURE_KEY};EndpointSuffix=core.windows.net"
            )
        ],
        mode="h2",
    ),
)
A(
    "L39",
    "placement",
    "mysql_pw",
    "OpenAI Predicted Outputs: the .env file as `prediction` content",
    oai(
        [
            user("Change DB_HOST to db-staging in this file and return the whole file."),
            user(f"DB_HOST=db-prod\nDB_USER=shop\nDB_PASSWORD={MYSQL_PW}\nDB_NAME=shop"),
        ],
        model="gpt-4o",
        extra={
            "prediction": {
                "type": "content",
                "content": f"DB_HOST=db-staging\nDB_USER=shop\nDB_PASSWORD={MYSQL_PW}\nDB_NAME=shop",
            }
        },
    ),
)
A(
    "L40",
    "placement",
    "email2",
    "OpenAI structured output: json_schema description with a customer's address as example",
    oai(
        [user("Extract the sender from this e-mail: 'Hi, parcel still missing, Ollie'")],
        extra={
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "sender",
                    "schema": {
                        "type": "object",
                        "properties": {"email": {"type": "string", "description": f"sender e-mail, e.g. {EMAIL2}"}},
                    },
                },
            }
        },
    ),
)


# == attacks: light obfuscation a person still reads =============================================

A(
    "O01",
    "obfuscation",
    "email",
    "NL: e-mail written with (at) and (punt)",
    oai(
        [
            user(
                "Zet in de uitnodiging dat mensen zich kunnen aanmelden bij femke.vdlinden84 (at) gmail (punt) com voor 1 november."
            )
        ]
    ),
)
A(
    "O02",
    "obfuscation",
    "email2",
    "EN: e-mail with [at] and [dot]",
    ant({"messages": [user("Add to the flyer: questions? write to ollie.pemberton77 [at] outlook [dot] com")]}),
)
A(
    "O03",
    "obfuscation",
    "email",
    "e-mail in upper case in a pasted letterhead",
    gem({"contents": [gtext(f"Maak dit briefhoofd netter:\n\nF. VAN DER LINDEN | {EMAIL.upper()} | UTRECHT")]}),
)
A(
    "O04",
    "obfuscation",
    "email2",
    "e-mail with a full-width at sign (pasted from a PDF)",
    oai([user("Reply to this customer politely: " + EMAIL2.replace("@", "＠") + " wrote that the parcel is late.")]),
)
A(
    "O05",
    "obfuscation",
    "email",
    "e-mail with Cyrillic 'е' letters in the local part",
    oai([user("Wat is het juiste e-mailadres, " + EMAIL.replace("e", "е", 2) + " of femke.vdlinden@gmail.com?")]),
)
A(
    "O06",
    "obfuscation",
    "iban_nl",
    "IBAN in lower case without spaces",
    ant({"messages": [user(f"check even of dit iban klopt: {IBAN_NL.lower()}")]}),
)
A(
    "O07",
    "obfuscation",
    "iban_de",
    "IBAN grouped with dashes",
    gem({"contents": [gtext(f"Please confirm the transfer to {group4(IBAN_DE, '-')} was received.")]}),
)
A(
    "O08",
    "obfuscation",
    "iban_nl",
    "IBAN broken over two lines (copied from a PDF column)",
    oai(
        [
            user(
                f"Uit de pdf gekopieerd, maak er een zin van:\nRekeningnummer: {IBAN_NL[:8]}\n{IBAN_NL[8:]}\nt.n.v. F. van der Linden"
            )
        ]
    ),
)
A(
    "O09",
    "obfuscation",
    "iban_be",
    "IBAN with non-breaking spaces between groups",
    oai([user(f"Betaalgegevens: {group4(IBAN_BE, chr(0xA0))} (KBC). Maak er een betaalverzoek van.")]),
)
A(
    "O10",
    "obfuscation",
    "bsn1",
    "BSN written with dots (4.2.3 groups)",
    chatgpt(
        f"In het HR-systeem staat BSN {BSN1[:4]}.{BSN1[4:6]}.{BSN1[6:]} maar op de loonstrook een ander nummer. Wat moet ik doen?"
    ),
)
A(
    "O11",
    "obfuscation",
    "bsn2",
    "BSN in groups of three with spaces",
    oai([user(f"Mag ik het BSN {BSN2[:3]} {BSN2[3:6]} {BSN2[6:]} in een Excel bij de salarisadministratie zetten?")]),
)
A(
    "O12",
    "obfuscation",
    "bsn1",
    "BSN in full-width digits",
    gem(
        {
            "contents": [
                gtext(
                    "burgerservicenummer: "
                    + BSN1.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
                    + " - klopt het format?"
                )
            ]
        }
    ),
)
A(
    "O13",
    "obfuscation",
    "bsn2",
    "BSN with zero-width spaces between the digits",
    ant(
        {
            "messages": [
                user("BSN van de nieuwe collega: " + "\u200b".join(BSN2) + ", graag in het onboardingformulier zetten.")
            ]
        }
    ),
)
A(
    "O14",
    "obfuscation",
    "phone_nl",
    "phone written +31 (0)6 - with dashes",
    oai([user("Zet mijn nummer in de handtekening: +31 (0)6 - 4183 2796")]),
)
A(
    "O15",
    "obfuscation",
    "aws_id",
    "AWS key id with a zero-width joiner inside",
    oai([user(f"Which IAM user owns the key {AWS_ID[:8]}\u200d{AWS_ID[8:]}? It shows up in CloudTrail.")]),
)
A(
    "O16",
    "obfuscation",
    "aws_secret",
    "AWS secret wrapped over two lines of terminal output",
    ant(
        {
            "messages": [
                user(
                    "aws configure list output, the secret looks cut off?\n\n      Name                    Value             Type    Location\n"
                    f"access_key     ****************{AWS_ID[-4:]} shared-credentials-file\nsecret_key = {AWS_SECRET[:27]}\n{AWS_SECRET[27:]}\n    region                eu-west-1      config-file    ~/.aws/config"
                )
            ]
        }
    ),
)
A(
    "O17",
    "obfuscation",
    "rsa_key",
    "private key inside a quoted e-mail reply ('> ' prefixes, CRLF)",
    oai(
        [
            user(
                "Can you tell me what my colleague sent me here and if it's safe to use?\r\n\r\nOn Mon, Oct 6, 2025 Thijs wrote:\r\n> here is the key for the sftp box\r\n"
                + "\r\n".join("> " + ln for ln in KEYS["rsa"].splitlines())
                + "\r\n> cheers"
            )
        ]
    ),
)
A(
    "O18",
    "obfuscation",
    "gcp_key",
    "GCP service-account JSON pasted as text (private_key with \\n escapes)",
    gem(
        {
            "contents": [
                gtext(
                    "Why does the client say 'invalid_grant: Invalid JWT Signature'?\n\n"
                    + json.dumps(
                        {
                            "type": "service_account",
                            "project_id": "facturatie-prod-4471",
                            "private_key_id": rnd("0123456789abcdef", 40),
                            "private_key": KEYS["gcp"],
                            "client_email": "exporter@facturatie-prod-4471.iam.gserviceaccount.com",
                            "client_id": rnd(string.digits, 21),
                            "token_uri": "https://oauth2.googleapis.com/token",
                        },
                        indent=2,
                    )
                )
            ]
        }
    ),
)
A(
    "O19",
    "obfuscation",
    "rsa_key",
    "PEM key body pasted without its BEGIN/END lines",
    oai(
        [
            user(
                "I removed the header lines, is this still a valid RSA key?\n\n"
                + "\n".join(ln for ln in KEYS["rsa"].splitlines() if not ln.startswith("-----"))
            )
        ]
    ),
)
A(
    "O20",
    "obfuscation",
    "mysql_pw",
    "Kubernetes Secret YAML (kubectl get -o yaml) with base64 data",
    ant(
        {
            "messages": [
                user(
                    "Why does the pod get CreateContainerConfigError?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-db\n  namespace: prod\ntype: Opaque\ndata:\n"
                    f"  DB_USER: {b64('shop')}\n  DB_PASSWORD: {b64(MYSQL_PW)}\n  DB_HOST: {b64('mysql.prod.svc.cluster.local')}\n"
                )
            ]
        }
    ),
)
A(
    "O21",
    "obfuscation",
    "github",
    "GitHub token wrapped by the terminal in the middle",
    oai(
        [
            user(
                f"git says authentication failed:\n\n$ git remote -v\norigin  https://x-access-token:{GHP[:21]}\n{GHP[21:]}@github.com/acme/billing.git (fetch)"
            )
        ]
    ),
)
A(
    "O22",
    "obfuscation",
    "enc_pw",
    "URL-encoded password in a DATABASE_URL (special characters escaped)",
    gem(
        {
            "contents": [
                gtext(
                    f'Prisma says P1000 authentication failed:\nDATABASE_URL="postgresql://app:{quote(ENC_PW, safe="")}@db.internal:5432/app?schema=public"'
                )
            ]
        }
    ),
)
A(
    "O23",
    "obfuscation",
    "email2",
    "HTML e-mail signature with the address as &#64; and &#46; entities",
    oai(
        [
            user(
                'Clean up this HTML signature:\n<p>Ollie Pemberton<br><a href="mailto:'
                + EMAIL2.replace("@", "&#64;").replace(".", "&#46;")
                + '">Mail me</a></p>'
            )
        ]
    ),
)
A(
    "O24",
    "obfuscation",
    "amp_pw",
    "Go client: JSON escapes & as \\u0026 inside a password",
    Req(
        "api.openai.com",
        "/v1/chat/completions",
        (
            '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"config.yaml fails to parse:\\n\\nsmtp:\\n  host: smtp.office365.com\\n  user: noreply-facturen\\n  password: '
            + AMP_PW.replace("&", "\\u0026")
            + '\\n"}]}'
        ).encode(),
        [
            ("Content-Type", "application/json"),
            ("Authorization", f"Bearer {VENDOR_OAI}"),
            ("User-Agent", "Go-http-client/1.1"),
        ],
    ),
)
A(
    "O25",
    "obfuscation",
    "iban_de",
    "raw .eml source: IBAN split by a quoted-printable soft line break",
    oai(
        [
            user(
                'Explain this raw email:\n\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
                f"Bitte =C3=BCberweisen Sie den Betrag auf das Konto {IBAN_DE[:11]}=\n{IBAN_DE[11:]} bis zum 31.10."
            )
        ]
    ),
)
A(
    "O26",
    "obfuscation",
    "name_en",
    "name with a soft hyphen inside (pasted from a web page)",
    ant({"messages": [user("Write a thank-you note to Oliver Pem\u00adberton for covering my shift last weekend.")]}),
)
A(
    "O27",
    "obfuscation",
    "name_nl",
    "name typed in lower case in a chat-style prompt",
    oai(
        [
            user(
                "kun je een mailtje opstellen naar femke van der linden dat haar contract per 1 jan niet verlengd wordt, wel netjes graag"
            )
        ]
    ),
)
A(
    "O28",
    "obfuscation",
    "name_en2",
    "name in capitals in a letter heading",
    chatgpt(
        f"Fix the grammar:\n\nRE: PROBATION REVIEW - {NAME_EN2.upper()}\nShe have met all of the goals, but communication with stakeholder need improve.",
        lang="en-GB",
    ),
)
A(
    "O29",
    "obfuscation",
    "card",
    "card number with dashes",
    ant({"messages": [user(f"Klant belt: pas {group4(CARD, '-')} is geblokkeerd na 3x verkeerde pin. Wat zeg ik?")]}),
)
A(
    "O30",
    "obfuscation",
    "phone_nl",
    "phone written with dots",
    gem(
        {"contents": [gtext("Maak een visitekaartje: Femke, debiteuren, " + ".".join(["06", "41", "83", "27", "96"]))]}
    ),
)
A(
    "O31",
    "obfuscation",
    "aws_id",
    "AWS key id with Cyrillic look-alike letters (А, К)",
    oai([user("Is this an access key or a session key: " + AWS_ID.replace("A", "А").replace("K", "К") + " ?")]),
)
A(
    "O32",
    "obfuscation",
    "google_key",
    "whole .env base64-encoded, 'what's in here?'",
    oai(
        [
            user(
                "A colleague sent me this base64 blob, what is it?\n\n"
                + b64(f"MAPS_KEY={GKEY}\nMAPS_REGION=eu\nFEATURE_NEW_MAP=true\n")
            )
        ]
    ),
)
A(
    "O33",
    "obfuscation",
    "slack",
    "token as a hex string (from a debugger's memory view)",
    ant(
        {
            "messages": [
                user("The debugger shows this bytes value for the header, what does it say?\n\n" + SLACK.encode().hex())
            ]
        }
    ),
)
A(
    "O34",
    "obfuscation",
    "aws_id",
    "AWS key id built by string concatenation in code",
    oai(
        [
            user(
                f'Is it ok to split the key like this so scanners don\'t flag it?\n\nKEY_ID = "{AWS_ID[:10]}" + "{AWS_ID[10:]}"'
            )
        ]
    ),
)
A(
    "O35",
    "obfuscation",
    "iban_nl",
    "IBAN with letters spaced out ('N L 9 1 ...')",
    oai([user("Voorgelezen door de klant, noteer netjes: " + " ".join(IBAN_NL))]),
)
A(
    "O36",
    "obfuscation",
    "email",
    "e-mail with spaces around the @ and dots",
    ant({"messages": [user("Zet dit adres in het CRM: femke.vdlinden84 @ gmail . com")]}),
)
A(
    "O37",
    "obfuscation",
    "bsn1",
    "BSN split over two content parts of one message",
    oai(
        [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": f"BSN klant: {BSN1[:5]}"},
                    {"type": "text", "text": f"{BSN1[5:]} - graag controleren met de elfproef."},
                ],
            }
        ]
    ),
    reveal=lambda t: t.replace('"},{"type":"text","text":"', ""),
)

# beyond scope: what no reasonable DLP reads back
_NL_DIGITS = {
    "nul": "0",
    "een": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
}
_EN_DIGITS = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "oh": "0",
}


def _words_to_digits(table: dict[str, str]) -> Callable[[str], str]:
    pat = re.compile(r"\b(" + "|".join(table) + r")\b", re.I)
    return lambda t: pat.sub(lambda m: table[m.group(1).lower()], t)


def _gunzip_b64(t: str) -> str:
    out = []
    for run in re.findall(r"[A-Za-z0-9+/]{24,}={0,2}", t):
        try:
            out.append(gzip.decompress(base64.b64decode(run)).decode("utf-8", "replace"))
        except Exception:  # noqa: BLE001
            pass
    return "\n".join(out)


def _caesar_back(t: str) -> str:
    return "".join(
        chr((ord(c) - 97 - 1) % 26 + 97) if "a" <= c <= "z" else chr((ord(c) - 48 - 1) % 10 + 48) if c.isdigit() else c
        for c in t
    )


A(
    "X01",
    "obfuscation",
    "email",
    "e-mail in ROT13",
    oai([user("Decode this ROT13 and add it to the list: " + codecs.encode(EMAIL, "rot13"))]),
    beyond=True,
    reveal=lambda t: codecs.encode(t, "rot13"),
)
A(
    "X02",
    "obfuscation",
    "iban_nl",
    "IBAN written backwards",
    ant({"messages": [user("Lees achterstevoren en controleer: " + IBAN_NL[::-1])]}),
    beyond=True,
    reveal=lambda t: t[::-1],
)
A(
    "X03",
    "obfuscation",
    "bsn2",
    "BSN spelled out in Dutch words",
    oai(
        [
            user(
                "BSN voorgelezen: "
                + " ".join(k for d in BSN2 for k, v in _NL_DIGITS.items() if v == d)
                + ". Noteer als cijfers."
            )
        ]
    ),
    beyond=True,
    reveal=_words_to_digits(_NL_DIGITS),
)
A(
    "X04",
    "obfuscation",
    "aws_secret",
    "AWS secret base64-encoded twice",
    gem({"contents": [gtext("double base64, decode twice: " + b64(b64(f"aws_secret_access_key={AWS_SECRET}")))]}),
    beyond=True,
)
A(
    "X05",
    "obfuscation",
    "github",
    ".env gzipped then base64 (gzip | base64)",
    oai(
        [
            user(
                "gzip+base64 of my env, please decompress: "
                + b64(gzip.compress(f"GITHUB_TOKEN={GHP}\n".encode(), mtime=0))
            )
        ]
    ),
    beyond=True,
    reveal=_gunzip_b64,
)
A(
    "X06",
    "obfuscation",
    "phone_uk",
    "phone number spelled out in English words",
    ant({"messages": [user("Note the number: plus four four, seven seven oh oh, nine oh oh, four five eight.")]}),
    beyond=True,
    reveal=_words_to_digits(_EN_DIGITS),
)
A(
    "X07",
    "obfuscation",
    "name_en2",
    "name given as a Caesar-shifted string",
    chatgpt(
        "Shift each letter back by one: "
        + "".join(chr((ord(c) - 97 + 1) % 26 + 97) if "a" <= c <= "z" else c for c in NAME_EN2.lower()),
        lang="en-GB",
    ),
    beyond=True,
    reveal=_caesar_back,
)


# == benign: what real clients send, that should pass byte for byte ==============================

N(
    "B01",
    "Python refactor with UUIDs and a version string",
    oai(
        [
            user(
                "Refactor to a dataclass:\n\nclass Job:\n    def __init__(self):\n        self.id = '7c9e6679-7425-40de-944b-e07fc1f90ae7'\n"
                "        self.parent = 'f47ac10b-58cc-4372-a567-0e02b2c3d479'\n        self.version = '2.14.3'\n        self.retries = 3"
            )
        ]
    ),
)
N(
    "B02",
    "git log with commit SHAs, asking for release notes",
    oai(
        [
            user(
                "Write release notes from this:\n\n9fceb02d0ae598e95dc970b74767f19372d61af8 fix: CSV export escapes semicolons\n"
                "e83c5163316f89bfbde7d9ab23ca2e25604af290 feat: faster search on invoices (#412)\nb1e5d2a fix(deps): bump axios to 1.7.7\n"
                "3a7bd3e2360a3d29eea436fcfb7e44c735d117c4 chore: release v2.14.0"
            )
        ],
        model="gpt-4.1",
    ),
)
N(
    "B03",
    "Dockerfile with sha256 digest pins",
    ant(
        {
            "messages": [
                user(
                    "Can this Dockerfile be smaller?\n\nFROM python:3.12-slim@sha256:2b5c2e59b0d5b6e8f3c1a0c3d8e2f1a9b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2\n"
                    "RUN pip install --no-cache-dir poetry==1.8.3\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --only main\n"
                    'COPY . .\nCMD ["gunicorn", "-w", "4", "app:app"]'
                )
            ]
        }
    ),
)
_BAD_IBAN = IBAN_NL[:2] + f"{(int(IBAN_NL[2:4]) + 7) % 97:02d}" + IBAN_NL[4:]
N(
    "B04",
    "test fixture with an IBAN whose check digits are wrong and a BSN failing the eleven-test",
    oai(
        [
            user(
                "Write pytest cases that check our validator rejects these:\n\nINVALID = [\n"
                f"    ('iban', '{_BAD_IBAN}'),\n    ('iban', 'NL00ABNA0000000000'),\n    ('bsn', '123456789'),\n    ('bsn', '111111111'),\n]"
            )
        ]
    ),
)
N(
    "B05",
    "NL: validation code for postcodes and IBAN (patterns only)",
    gem(
        {
            "contents": [
                gtext(
                    "Klopt deze regex voor een Nederlandse postcode en IBAN?\n\nPOSTCODE = r'^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$'\n"
                    "IBAN_NL = r'^NL\\d{2}[A-Z]{4}\\d{10}$'\n\ndef mod97(s): return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1"
                )
            ]
        }
    ),
)
N(
    "B06",
    "SQL with dates and amounts",
    oai(
        [
            user(
                "Optimise:\n\nSELECT customer_id, SUM(amount_eur) AS total\nFROM invoices\nWHERE issued_at BETWEEN '2025-01-01' AND '2025-09-30'\n"
                "  AND amount_eur > 1250.00 AND status IN ('open','overdue')\nGROUP BY customer_id HAVING COUNT(*) >= 3\nORDER BY total DESC LIMIT 50;"
            )
        ]
    ),
)
N(
    "B07",
    "NL: planning e-mail to the team with dates and amounts, no names",
    chatgpt(
        "Herschrijf deze mail zodat hij korter is:\n\nHoi allemaal, de Q4-planning staat. Deadline voor de begroting is vrijdag 14 november, "
        "het budget voor trainingen is verhoogd naar EUR 12.500. De teamdag is op 11 december in Utrecht. Reageer uiterlijk 31 oktober als je niet kunt."
    ),
)
N(
    "B08",
    "NL: invoice text with invoice number, VAT and due date, no IBAN",
    oai(
        [
            user(
                "Maak een nette factuurregel: factuur 2025-0412, datum 01-10-2025, 12 uur advies a EUR 95,00, btw 21%, totaal EUR 1.379,40, vervaldatum 31-10-2025."
            )
        ]
    ),
)
N(
    "B09",
    "EN: support reply with order and tracking numbers",
    ant(
        {
            "messages": [
                user(
                    "Write a short reply: order ORD-2025-118273 shipped on 8 Oct with PostNL, tracking 3SABCD1234567, expected 10-11 Oct. Apologise for the delay."
                )
            ]
        }
    ),
)
N(
    "B10",
    "Kubernetes deployment YAML with resources and image tags",
    oai(
        [
            user(
                "Why is this pod OOMKilled?\n\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: search-api\nspec:\n  replicas: 3\n  template:\n    spec:\n"
                "      containers:\n        - name: api\n          image: ghcr.io/acme/search-api:2.14.0\n          resources:\n            requests: {cpu: 250m, memory: 256Mi}\n"
                "            limits: {cpu: '1', memory: 512Mi}\n          env:\n            - name: JAVA_OPTS\n              value: -Xmx768m"
            )
        ]
    ),
)
N(
    "B11",
    "requirements.txt with pinned versions and hashes",
    gem(
        {
            "contents": [
                gtext(
                    "Which of these are outdated?\n\nrequests==2.32.3 --hash=sha256:70761cfe03c773ceb22aa2f671b4757976145175cdfca038c02654d061d6dcc6\n"
                    "urllib3==2.2.3\nnumpy==1.26.4\npandas==2.2.3\nopenpyxl==3.1.5"
                )
            ]
        }
    ),
)
N(
    "B12",
    "Java stack trace with line numbers and hex addresses",
    oai(
        [
            user(
                'What causes this?\n\njava.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null\n\tat com.acme.billing.Parser.parse(Parser.java:88)\n'
                "\tat com.acme.billing.Job.run(Job.java:41)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\n# SIGSEGV (0xb) at pc=0x00007f3a2c1d4e8b, pid=31337, tid=0x00007f39f4bff700"
            )
        ]
    ),
)
N(
    "B13",
    "log lines with request ids and durations",
    ant(
        {
            "messages": [
                user(
                    "Which endpoint is slow?\n\n2025-10-10T12:01:03.114Z INFO req=5f2b8c1e-3d4a-4b7e-9f01-2c3d4e5f6a7b GET /api/orders 200 812ms\n"
                    "2025-10-10T12:01:03.530Z INFO req=a1b2c3d4-e5f6-4789-abcd-ef0123456789 GET /api/health 200 3ms\n"
                    "2025-10-10T12:01:04.002Z WARN req=0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f POST /api/export 200 4210ms"
                )
            ]
        }
    ),
)
N(
    "B14",
    "Terraform with AWS ARNs and an account id",
    oai(
        [
            user(
                'Is this IAM policy too broad?\n\nresource "aws_iam_role_policy" "deploy" {\n  role = "arn:aws:iam::418295736012:role/github-deploy"\n'
                '  policy = jsonencode({Statement = [{Effect = "Allow", Action = ["s3:*"], Resource = "arn:aws:s3:::facturen-archief-prod/*"}]})\n}'
            )
        ]
    ),
)
N(
    "B15",
    "EN: news summary naming public figures",
    oai(
        [
            user(
                "Summarise in two sentences: 'Prime Minister Dick Schoof met European Commission President Ursula von der Leyen in Brussels on Tuesday "
                "to discuss the migration pact. ASML CEO Christophe Fouquet warned about export rules the same day.'"
            )
        ]
    ),
    debatable=True,
)
N(
    "B16",
    "NL: news about companies only (no people)",
    gem(
        {
            "contents": [
                gtext(
                    "Vat samen: 'ASML en Philips rapporteerden hogere kwartaalcijfers. De AEX steeg 1,2 procent naar 912 punten; ING en Ahold Delhaize daalden licht.'"
                )
            ]
        }
    ),
)
N(
    "B17",
    "EN: a company's public head-office address on a delivery note",
    ant(
        {
            "messages": [
                user(
                    "Format as an address label: Koninklijke Philips N.V., Amstelplein 2, 1096 BC Amsterdam, The Netherlands"
                )
            ]
        }
    ),
    debatable=True,
)
N(
    "B18",
    "company role address (support@) in a template",
    oai(
        [
            user(
                "Make this footer shorter: 'Questions about your invoice? Contact support@exactonline.example or see our FAQ.'"
            )
        ]
    ),
    debatable=True,
)
N(
    "B19",
    "example.com addresses in a unit-test fixture",
    oai(
        [
            user(
                "Add a test for duplicate emails:\n\nUSERS = [{'email': 'alice@example.com'}, {'email': 'bob@example.org'}]"
            )
        ]
    ),
    debatable=True,
)
N(
    "B20",
    "Claude Code: tool_use ids, `git status` tool result",
    ant(
        {
            "system": [{"type": "text", "text": "You are Claude Code, Anthropic's official CLI for Claude."}],
            "tools": [
                {
                    "name": "Bash",
                    "description": "Run a shell command",
                    "input_schema": {"type": "object", "properties": {"command": {"type": "string"}}},
                }
            ],
            "messages": [
                user("commit my changes with a good message"),
                {
                    "role": "assistant",
                    "content": [
                        {
                            "type": "tool_use",
                            "id": "toolu_01A09q90qw90lq917835lq9",
                            "name": "Bash",
                            "input": {"command": "git status --short && git diff --stat"},
                        }
                    ],
                },
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "tool_result",
                            "tool_use_id": "toolu_01A09q90qw90lq917835lq9",
                            "content": " M src/export/csv.py\n M tests/test_csv.py\n 2 files changed, 31 insertions(+), 6 deletions(-)",
                        }
                    ],
                },
            ],
        },
        extra_headers=claude_code_headers(),
    ),
)
N(
    "B21",
    "Anthropic history with a thinking block and its signature",
    ant(
        {
            "thinking": {"type": "enabled", "budget_tokens": 2048},
            "max_tokens": 4096,
            "messages": [
                user("Is 2027 a prime?"),
                {
                    "role": "assistant",
                    "content": [
                        {
                            "type": "thinking",
                            "thinking": "Check divisibility by primes up to 45: 3? 2+0+2+7=11 no...",
                            "signature": "EqQBCkgIARABGAIiQL" + b64(R.randbytes(180)),
                        },
                        {"type": "text", "text": "2027 = 2027; it is prime."},
                    ],
                },
                user("And 2029?"),
            ],
        }
    ),
)
N(
    "B22",
    "Anthropic system prompt: a style guide",
    ant(
        {
            "system": "You are an editor for our Dutch customer newsletter. Use 'je', short sentences, no jargon, max 120 words per paragraph.",
            "messages": [
                user(
                    "Redigeer: 'Middels deze nieuwsbrief informeren wij u omtrent de wijzigingen in onze dienstverlening per 1 januari aanstaande.'"
                )
            ],
        }
    ),
)
N(
    "B23",
    "Gemini history with a thoughtSignature",
    gem(
        {
            "contents": [
                gtext("Plan a 3-day trip to Maastricht."),
                {
                    "role": "model",
                    "parts": [
                        {
                            "text": "Day 1: Vrijthof and the Basilica of Saint Servatius...",
                            "thoughtSignature": b64(R.randbytes(240)),
                        }
                    ],
                },
                gtext("Make day 2 more relaxed."),
            ]
        },
        model="gemini-2.5-pro",
    ),
)
N(
    "B24",
    "Gemini REST with the API key in the `key` query parameter (the documented curl form)",
    Req(
        "generativelanguage.googleapis.com",
        f"/v1beta/models/gemini-2.5-flash:generateContent?key={VENDOR_GEM}",
        jdump({"contents": [{"parts": [{"text": "Explain how AI works in a few words"}]}]}),
        [("Content-Type", "application/json"), ("User-Agent", "curl/8.5.0")],
    ),
)
N(
    "B25",
    "Gemini with systemInstruction and a function declaration",
    gem(
        {
            "systemInstruction": {"parts": [{"text": "Answer in Dutch."}]},
            "contents": [gtext("Wat voor weer wordt het morgen in Utrecht?")],
            "tools": [
                {
                    "functionDeclarations": [
                        {
                            "name": "get_forecast",
                            "description": "Weather forecast for a city",
                            "parameters": {
                                "type": "OBJECT",
                                "properties": {"city": {"type": "STRING"}, "days": {"type": "INTEGER"}},
                                "required": ["city"],
                            },
                        }
                    ]
                }
            ],
        }
    ),
)
N(
    "B26",
    "ChatGPT web: everyday Dutch question with browser headers and session cookie",
    chatgpt("Wat is het verschil tussen een nulurencontract en een min-maxcontract? Leg het kort uit."),
)
N(
    "B27",
    "ChatGPT web: the session JWT carries the user's own e-mail claim (as the real access token does)",
    chatgpt(
        "Give me five name ideas for a bakery that also sells coffee.",
        lang="en-US",
        jwt=jwt_plain(
            {
                "aud": ["https://api.openai.com/v1"],
                "exp": 1761000000,
                "iat": 1760136000,
                "iss": "https://auth.openai.com",
                "https://api.openai.com/profile": {"email": "medewerker@voorbeeldbedrijf.nl", "email_verified": True},
                "https://api.openai.com/auth": {"chatgpt_plan_type": "team", "user_id": "user-" + rnd(B62, 24)},
                "scp": ["openid", "email", "profile", "model.request"],
            }
        ),
    ),
)
N(
    "B28",
    "ChatGPT web: prepare request for a partial query",
    Req(
        "chatgpt.com",
        "/backend-api/f/conversation/prepare",
        jdump(
            {
                "action": "next",
                "fork_from_shared_post": False,
                "parent_message_id": "client-created-root",
                "model": "auto",
                "timezone_offset_min": -120,
                "timezone": "Europe/Amsterdam",
                "conversation_mode": {"kind": "primary_assistant"},
                "system_hints": [],
                "partial_query": {
                    "id": "9b2f6c1e-4d3a-4f7b-8e21-6a5c4b3d2e1f",
                    "author": {"role": "user"},
                    "content": {"content_type": "text", "parts": ["hoe maak ik een draaitabel in ex"]},
                },
                "supports_buffering": True,
                "supported_encodings": ["v1"],
            }
        ),
        chatgpt_headers(),
    ),
)
N(
    "B29",
    "OpenAI embeddings of product descriptions",
    oai_raw(
        "/v1/embeddings",
        {
            "model": "text-embedding-3-small",
            "input": [
                "Ergonomische bureaustoel, verstelbare armleuningen, 5 jaar garantie",
                "Standing desk 160x80 cm, electric, memory presets",
                "USB-C dock, 2x HDMI, 100 W PD",
            ],
        },
    ),
)
N(
    "B30",
    "OpenAI Responses API with an encrypted reasoning item sent back (store=false)",
    oai_raw(
        "/v1/responses",
        {
            "model": "o4-mini",
            "store": False,
            "include": ["reasoning.encrypted_content"],
            "input": [
                {"role": "user", "content": "How many weekdays are there in November 2025?"},
                {
                    "type": "reasoning",
                    "id": "rs_68e8f1c2a4d08190b2c3d4e5f6a7b8c9",
                    "summary": [],
                    "encrypted_content": "gAAAAABo6PHC" + base64.urlsafe_b64encode(R.randbytes(600)).decode(),
                },
                {"role": "assistant", "content": "20 weekdays."},
                {"role": "user", "content": "And December?"},
            ],
        },
    ),
)
N(
    "B31",
    "bcrypt hashes in a seed-data fixture",
    oai(
        [
            user(
                "Is it fine to commit this seed file?\n\nusers:\n  - username: demo\n    password_hash: $2b$12$KIXQJtQ1o2bq8mFvBq7uUeXcFqk5r0b8E5a1pC3nZ4wL6yT9sVd2W\n"
                "  - username: viewer\n    password_hash: $2b$12$9sJd8Lw0vQeYh3pT6mN1ZuR4cB7xK2fG5aD0sE8wQ1yU3iO6lP9mK"
            )
        ]
    ),
    debatable=True,
)
N(
    "B32",
    "NL: Excel formula with cell references and amounts",
    chatgpt(
        "Welke formule geeft het totaal van kolom D als kolom B 'open' is en de datum in C voor 01-10-2025 ligt? Bedragen zoals 1.234,56."
    ),
)
N(
    "B33",
    "cron expressions and ISO timestamps",
    gem(
        {
            "contents": [
                gtext(
                    "Explain these crons: '0 2 * * 1-5', '*/15 8-18 * * *', '30 23 L * *'. Next run after 2025-10-10T23:59:59+02:00?"
                )
            ]
        }
    ),
)
N(
    "B34",
    "EN: pricing e-mail to a vendor, percentages and dates",
    ant(
        {
            "messages": [
                user(
                    "Make this firmer: 'We accept the 4.5% increase from 1 January 2026 only if the SLA moves to 99.9% and invoices are sent within 5 working days.'"
                )
            ]
        }
    ),
)
N(
    "B35",
    "NL: HR policy question without personal data",
    oai(
        [
            user(
                "Hoeveel vakantiedagen heb je wettelijk bij een contract van 32 uur per week, en hoe zit het met bovenwettelijke dagen?"
            )
        ]
    ),
)
N(
    "B36",
    "CSS with hex colours and an SVG path",
    oai(
        [
            user(
                "Make this button accessible:\n\n.btn { background:#1a73e8; color:#ffffff; border:1px solid #0b57d0; }\n"
                '<svg viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5zm0 13.5L4.5 11 2 12.25l10 5 10-5L19.5 11 12 15.5z"/></svg>'
            )
        ]
    ),
)
N(
    "B37",
    "EAN-13 barcodes in a product list",
    ant(
        {
            "messages": [
                user(
                    "Check the EAN-13 check digits:\n8710398503120 Koffiebonen 1kg\n8712100649519 Stroopwafels\n5449000000996 Cola 1,5L\n4006381333931 Stabilo pen"
                )
            ]
        }
    ),
)
N(
    "B38",
    "NL: invoice footer with KvK and VAT number (its 9 digits pass the eleven-test, as real RSINs do)",
    oai(
        [
            user(
                "Zet in de voettekst van de factuur: Voorbeeld Groothandel BV - KvK 12345678 - btw-nr NL801234566B01 - Leveringsvoorwaarden op aanvraag."
            )
        ]
    ),
)
N(
    "B39",
    "network config with private IPv4 ranges and documentation IPv6",
    gem(
        {
            "contents": [
                gtext(
                    "Review this wireguard config:\n[Interface]\nAddress = 10.8.0.1/24, fd00:8::1/64\nListenPort = 51820\n[Peer]\nAllowedIPs = 10.8.0.2/32, 192.168.178.0/24\nEndpoint = vpn.example.net:51820"
                )
            ]
        }
    ),
    debatable=True,
)
N(
    "B40",
    "Windows build numbers and OIDs",
    oai(
        [
            user(
                "Which Windows version is build 10.0.22631.4460, and what is OID 1.3.6.1.4.1.311.20.2.3 in a certificate?"
            )
        ]
    ),
)
N(
    "B41",
    ".env.example with placeholders",
    ant(
        {
            "messages": [
                user(
                    "Write a README section for this .env.example:\n\nAWS_ACCESS_KEY_ID=<your-access-key-id>\nAWS_SECRET_ACCESS_KEY=<your-secret>\nDATABASE_URL=postgresql://user:password@localhost:5432/app\nOPENAI_API_KEY=sk-...\nDEBUG=false"
                )
            ]
        }
    ),
    debatable=True,
)
N(
    "B42",
    "AWS's documented example access key in a docs snippet",
    oai(
        [
            user(
                "Is this from the AWS docs? aws_access_key_id = AKIAIOSFODNN7EXAMPLE / aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
            )
        ]
    ),
    debatable=True,
)
N(
    "B43",
    "an SSH public key for authorized_keys",
    oai(
        [
            user(
                "Where do I put this so the deploy user can log in?\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG7j1QmT3kXv9pL2sW8rN4cF6yB0aE5dH1uK3oZ7iJ2q deploy@ci"
            )
        ]
    ),
)
N(
    "B44",
    "a public X.509 certificate (PEM)",
    ant(
        {
            "messages": [
                user(
                    "What's the expiry of this cert?\n\n-----BEGIN CERTIFICATE-----\n"
                    + "\n".join(b64(R.randbytes(600))[i : i + 64] for i in range(0, 800, 64))
                    + "\n-----END CERTIFICATE-----"
                )
            ]
        }
    ),
)
N(
    "B45",
    "HTML with a tiny PNG data URI",
    oai(
        [
            user(
                'Why doesn\'t this image show?\n<img alt="dot" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==">'
            )
        ]
    ),
)
N(
    "B46",
    "Markdown table of sprint metrics",
    chatgpt(
        "Maak hier een korte conclusie bij:\n\n| sprint | velocity | bugs | uptime |\n|---|---|---|---|\n| 40 | 34 | 7 | 99.95% |\n| 41 | 29 | 11 | 99.90% |\n| 42 | 38 | 4 | 99.98% |"
    ),
)
N(
    "B47",
    "NL: legal references (article numbers, ECLI)",
    oai([user("Wat zegt artikel 7:610 BW, en is ECLI:NL:HR:2023:1234 relevant voor een proeftijdontslag?")]),
)
N(
    "B48",
    "ChatGPT web: Dutch text with diacritics and emoji",
    chatgpt(
        "Schrijf een korte felicitatie voor de collega's van het café-team 🎉: ze hebben de crème brûlée-actie gewonnen, € 250 voor een uitje."
    ),
)
N(
    "B49",
    "OpenAI streaming request with stream_options",
    oai(
        [user("Give me a haiku about Mondays.")],
        extra={"stream": True, "stream_options": {"include_usage": True}, "temperature": 0.7},
    ),
)
N(
    "B50",
    "Anthropic tool definitions (benign schema)",
    ant(
        {
            "tools": [
                {
                    "name": "get_stock",
                    "description": "Stock level for a SKU",
                    "input_schema": {
                        "type": "object",
                        "properties": {"sku": {"type": "string", "pattern": "^[A-Z]{3}-\\d{5}$"}},
                        "required": ["sku"],
                    },
                }
            ],
            "tool_choice": {"type": "auto"},
            "messages": [user("Hebben we nog SKU KAN-10442 op voorraad?")],
        }
    ),
)
N(
    "B51",
    "Gemini generationConfig with a responseSchema",
    gem(
        {
            "contents": [gtext("List three Dutch provinces with their capitals.")],
            "generationConfig": {
                "responseMimeType": "application/json",
                "temperature": 0.2,
                "responseSchema": {
                    "type": "ARRAY",
                    "items": {
                        "type": "OBJECT",
                        "properties": {"province": {"type": "STRING"}, "capital": {"type": "STRING"}},
                    },
                },
            },
        }
    ),
)
N(
    "B52",
    "NL: agenda with event dates (not birth dates)",
    oai(
        [
            user(
                "Maak een agenda: 14-03-2026 kick-off, 28-03-2026 workshop, 11-04-2026 evaluatie. Locatie: kantoor Utrecht, zaal 2."
            )
        ]
    ),
)
N(
    "B53",
    "public customer-service phone number of a company",
    gem(
        {
            "contents": [
                gtext(
                    "Zet in de FAQ: 'Storing? Bel de klantenservice van je provider, bijvoorbeeld KPN via 0800-0402 (gratis).'"
                )
            ]
        }
    ),
    debatable=True,
)
N(
    "B54",
    "Stripe's public test card number in a test",
    oai(
        [
            user(
                "Why does this Stripe test fail?\n\ncard = {'number': '4242424242424242', 'exp_month': 12, 'exp_year': 2030, 'cvc': '123'}"
            )
        ]
    ),
    debatable=True,
)
N(
    "B55",
    "OpenAI request with an Accept-Language and organisation headers",
    oai(
        [user("Translate to English: 'De vergadering is verplaatst naar donderdag om 10 uur.'")],
        headers=[
            ("OpenAI-Organization", "org-" + rnd(B62, 24)),
            ("OpenAI-Project", "proj_" + rnd(B62, 24)),
            ("Accept-Language", "nl-NL"),
        ],
    ),
)
# Added after the development run (which showed PDF parts in JSON ending as `unreadable_body`): the benign
# set had no file part at all, so two plain attachments without personal data, disclosed as late additions.
N(
    "B56",
    "OpenAI file content part: a PDF product sheet without personal data (added after the dev run)",
    oai(
        [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Maak hier drie verkoopargumenten van."},
                    {
                        "type": "file",
                        "file": {
                            "filename": "productblad.pdf",
                            "file_data": "data:application/pdf;base64,"
                            + b64(
                                pdf(
                                    [
                                        "Productblad ErgoDesk 160",
                                        "Afmetingen: 160 x 80 cm",
                                        "Hoogte: 62-128 cm, elektrisch",
                                        "Garantie: 5 jaar",
                                    ]
                                )
                            ),
                        },
                    },
                ],
            }
        ],
        model="gpt-4o",
    ),
)
N(
    "B57",
    "OpenAI Files API multipart upload of a product CSV (added after the dev run)",
    (
        lambda b: Req(
            "api.openai.com",
            "/v1/files",
            b[0],
            [
                ("Accept", "application/json"),
                ("User-Agent", "OpenAI/Python 1.59.7"),
                ("Authorization", f"Bearer {VENDOR_OAI}"),
                ("Content-Type", b[1]),
            ],
        )
    )(
        multipart(
            [
                ("purpose", "assistants"),
                (
                    "file",
                    (
                        "producten.csv",
                        "text/csv",
                        b"sku;omschrijving;prijs\nKAN-10442;Bureaustoel Ergo;249,00\nKAN-10443;Standing desk 160;599,00\n",
                    ),
                ),
            ]
        )
    ),
)

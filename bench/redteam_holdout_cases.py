"""Case tables for bench/redteam_holdout.py: the sensitive values, the attack set and the benign set.

Held out: written from the vendors' public request formats and general knowledge of DLP evasion,
without reading the proxy's own bypass tests or its canonicalisation code. Every value here is
fake (made up, with valid check digits where the format has them); the PEM key is generated per
run. Nothing here is printed by the bench: tables show case ids and entity types only.

A case is one HTTP request (`Req`) plus what it carries (`value`: a key of `VALUES`), its class,
and, for tricks no DLP can be expected to undo (ROT13, reversed text, spelled-out digits, ...),
`beyond=True` and a `reveal` function that undoes the trick so the leak check still sees the value.
"""

from __future__ import annotations

import base64
import codecs
import gzip
import json
import random
import re
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import brotli
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

RNG = random.Random(20261201)
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def _rand(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def _b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def _bsn() -> str:
    while True:
        d = [RNG.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:  # last digit = s makes sum - last divisible by 11
            return "".join(map(str, d)) + str(s)


def _iban_nl(bank: str) -> str:
    while True:
        acct = [RNG.randrange(10) for _ in range(10)]
        if sum(x * (10 - i) for i, x in enumerate(acct)) % 11 == 0 and acct[0] != 0:
            break
    bban = bank + "".join(map(str, acct))
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bban}"


# -- the values --------------------------------------------------------------------------------

AWS_KEY_ID = "AKIA" + _rand(string.ascii_uppercase + "234567", 16)
AWS_SECRET = _rand(string.ascii_letters + string.digits + "/+", 40)
_ghp_body = _rand(B62, 30)
GITHUB_TOKEN = "ghp_" + _ghp_body + _b62(zlib.crc32(_ghp_body.encode()), 6)
BSN = _bsn()
IBAN = _iban_nl("RABO")
IBAN_SPACED = " ".join(IBAN[i : i + 4] for i in range(0, len(IBAN), 4))
EMAIL = "annelies.kuipers87@gmail.com"
PHONE = "+31 6 4823 1957"
NAME = "Joost van der Meulen"


def _pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    ).decode()


PEM = _pem()
PEM_BODY = "".join(ln for ln in PEM.splitlines() if not ln.startswith("-----"))


@dataclass(frozen=True)
class Value:
    kind: str  # "secret" (the policy blocks it) or "personal" (the policy masks it)
    text: str  # how a user pastes it, with its usual label
    raw: str  # the bare value
    # Leak needles, in the canonical form (see redteam_holdout.canonical): the value leaked when
    # every needle of any one group is found in some decoding of what reached the upstream.
    needles: tuple[tuple[str, ...], ...]


def _c(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


VALUES: dict[str, Value] = {
    "aws": Value(
        "secret",
        f"aws_access_key_id = {AWS_KEY_ID}\naws_secret_access_key = {AWS_SECRET}",
        f"{AWS_KEY_ID} {AWS_SECRET}",
        ((_c(AWS_KEY_ID),), (_c(AWS_SECRET),)),
    ),
    "pem": Value(
        "secret",
        PEM,
        PEM,
        ((_c(PEM_BODY[100:164]),), (_c(PEM_BODY[800:864]),), (_c(PEM_BODY[-120:-56]),)),
    ),
    "ghp": Value("secret", f"GITHUB_TOKEN={GITHUB_TOKEN}", GITHUB_TOKEN, ((_c(GITHUB_TOKEN[4:]),),)),
    "bsn": Value("personal", f"BSN {BSN}", BSN, ((BSN,),)),
    "iban": Value("personal", f"IBAN {IBAN_SPACED}", IBAN, ((_c(IBAN),), (_c(IBAN[4:]),))),
    "email": Value("personal", f"e-mail {EMAIL}", EMAIL, ((_c(EMAIL),), (_c(EMAIL.split("@")[0]),))),
    "phone": Value("personal", f"telefoon {PHONE}", PHONE, (("648231957",),)),
    "name": Value("personal", f"de heer {NAME}", NAME, ((_c(NAME),), ("joost", "meulen"))),
}

SECRET_PROMPT = "Mijn deploy-script faalt met AccessDenied. Dit staat in de config:\n{v}\nWat doe ik fout?"
PERSONAL_PROMPT = (
    "Schrijf een korte bevestiging van de afspraak van morgen voor de klant. Gegevens: {v}. Houd het vriendelijk."
)


def prompt(value: str, inner: str | None = None) -> str:
    """A realistic prompt carrying `inner` (default: the value with its label)."""
    v = VALUES[value]
    return (SECRET_PROMPT if v.kind == "secret" else PERSONAL_PROMPT).format(v=v.text if inner is None else inner)


# -- requests ----------------------------------------------------------------------------------


@dataclass
class Req:
    host: str  # Host header / :authority
    path: str
    body: bytes = b""
    method: str = "POST"
    headers: list[tuple[str, str]] = field(default_factory=list)  # after Host, in order
    mode: str = "tunnel"  # tunnel | absolute-http | absolute-https | h2
    connect: str | None = None  # CONNECT target host (default: host)
    sni: Any = ...  # TLS server name (default: the CONNECT host; None: no SNI)
    port: int = 443
    url_host: str | None = None  # absolute-form: host in the request line (default: host)
    chunked: bool = False  # send the body chunked (no content-length)


@dataclass
class Case:
    id: str
    cls: str
    value: str | None  # key of VALUES (attacks); None for benign
    req: Req
    note: str
    beyond: bool = False
    reveal: Callable[[str], str] | None = None


# Realistic client headers (fake keys in the vendors' formats: the client's own credentials).
OPENAI_KEY = (
    "sk-proj-"
    + _rand(string.ascii_letters + string.digits + "_-", 56)
    + "T3BlbkFJ"
    + _rand(string.ascii_letters + string.digits + "_-", 56)
)
ANTHROPIC_KEY = "sk-ant-api03-" + _rand(string.ascii_letters + string.digits + "_-", 93) + "AA"
GOOGLE_KEY = "AIza" + _rand(string.ascii_letters + string.digits + "_-", 35)

OPENAI_HEADERS = [
    ("accept", "application/json"),
    ("accept-encoding", "gzip, deflate"),
    ("authorization", f"Bearer {OPENAI_KEY}"),
    ("content-type", "application/json"),
    ("user-agent", "OpenAI/Python 1.109.1"),
    ("x-stainless-lang", "python"),
    ("x-stainless-package-version", "1.109.1"),
    ("x-stainless-os", "Linux"),
    ("x-stainless-arch", "x64"),
    ("x-stainless-runtime", "CPython"),
    ("x-stainless-runtime-version", "3.12.7"),
    ("x-stainless-async", "false"),
    ("x-stainless-retry-count", "0"),
    ("x-stainless-read-timeout", "600"),
]
ANTHROPIC_HEADERS = [
    ("accept", "application/json"),
    ("accept-encoding", "gzip, deflate"),
    ("anthropic-version", "2023-06-01"),
    ("content-type", "application/json"),
    ("user-agent", "Anthropic/Python 0.69.0"),
    ("x-api-key", ANTHROPIC_KEY),
    ("x-stainless-arch", "x64"),
    ("x-stainless-async", "false"),
    ("x-stainless-lang", "python"),
    ("x-stainless-os", "Linux"),
    ("x-stainless-package-version", "0.69.0"),
    ("x-stainless-retry-count", "0"),
    ("x-stainless-runtime", "CPython"),
    ("x-stainless-runtime-version", "3.12.7"),
    ("x-stainless-timeout", "600"),
]
GEMINI_HEADERS = [
    ("accept", "*/*"),
    ("accept-encoding", "gzip, deflate"),
    ("content-type", "application/json"),
    ("user-agent", "google-genai-sdk/1.41.0 gl-python/3.12.7"),
    ("x-goog-api-client", "google-genai-sdk/1.41.0 gl-python/3.12.7"),
    ("x-goog-api-key", GOOGLE_KEY),
]


def _uuid() -> str:
    h = _rand("0123456789abcdef", 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _b64(n_bytes: int) -> str:
    return base64.b64encode(bytes(RNG.randrange(256) for _ in range(n_bytes))).decode()


def _b64url(n_bytes: int) -> str:
    return base64.urlsafe_b64encode(bytes(RNG.randrange(256) for _ in range(n_bytes))).decode().rstrip("=")


def _jwt_like(payload: dict[str, Any]) -> str:
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")  # noqa: E731
    return f"{enc({'alg': 'RS256', 'kid': _rand('0123456789abcdef', 16), 'typ': 'JWT'})}.{enc(payload)}.{_b64url(256)}"


DEVICE_ID = _uuid()
CHATGPT_ACCESS = _jwt_like(
    {"aud": ["https://api.openai.com/v1"], "client_id": "app_" + _rand(B62, 24), "exp": 1796000000, "iat": 1795100000,
     "iss": "https://auth.openai.com", "jti": _uuid(), "nbf": 1795100000, "scp": ["openid", "profile", "offline_access"],
     "session_id": "authsess_" + _rand(B62, 24), "sub": "auth0|" + _rand("0123456789abcdef", 24)}
)  # fmt: skip
CHATGPT_HEADERS = [
    ("sec-ch-ua-full-version-list", '"Chromium";v="142.0.7444.60", "Google Chrome";v="142.0.7444.60", "Not_A Brand";v="99.0.0.0"'),
    ("sec-ch-ua-platform", '"Windows"'),
    ("sec-ch-ua", '"Chromium";v="142", "Google Chrome";v="142", "Not_A Brand";v="99"'),
    ("sec-ch-ua-mobile", "?0"),
    ("oai-device-id", DEVICE_ID),
    ("oai-language", "nl-NL"),
    ("oai-client-version", "prod-" + _rand("0123456789abcdef", 40)),
    ("authorization", f"Bearer {CHATGPT_ACCESS}"),
    ("user-agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36"),
    ("accept", "text/event-stream"),
    ("content-type", "application/json"),
    ("openai-sentinel-chat-requirements-token", "gAAAAAB" + _b64url(700)),
    ("openai-sentinel-proof-token", "gAAAAAB" + base64.b64encode(json.dumps(
        [3008, "Mon Dec 01 2026 10:12:44 GMT+0100 (Midden-Europese standaardtijd)", 4294705152, 7,
         "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "https://cdn.oaistatic.com/assets/i5bamk05qmvsi6c3.js",
         "prod-" + _rand("0123456789abcdef", 40), "nl-NL", "nl-NL,nl,en-US,en", 44, "webkitTemporaryStorage"]).encode()).decode()),
    ("openai-sentinel-turnstile-token", _b64(1100)),
    ("origin", "https://chatgpt.com"),
    ("sec-fetch-site", "same-origin"),
    ("sec-fetch-mode", "cors"),
    ("sec-fetch-dest", "empty"),
    ("referer", f"https://chatgpt.com/c/{_uuid()}"),
    ("accept-encoding", "gzip, deflate, br, zstd"),
    ("accept-language", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("cookie", f"oai-did={DEVICE_ID}; __Host-next-auth.csrf-token={_rand('0123456789abcdef', 64)}%7C{_rand('0123456789abcdef', 64)}; "
               f"__Secure-next-auth.callback-url=https%3A%2F%2Fchatgpt.com; cf_clearance={_rand(B62 + '._-', 180)}; "
               f"__cf_bm={_rand(B62 + '._-', 120)}; _cfuvid={_rand(B62 + '._-', 60)}; "
               f"__Secure-next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..{_b64url(12)}.{_b64url(2400)}.{_b64url(16)}; "
               f"oai-sc={_b64url(90)}; oai-hlib=true; _dd_s=rum=0&expire=1796000000000"),
]  # fmt: skip


def jdump(obj: Any, ensure_ascii: bool = False) -> bytes:
    return json.dumps(obj, ensure_ascii=ensure_ascii, separators=(",", ":")).encode()


def oai(body: Any, path: str = "/v1/chat/completions", **kw: Any) -> Req:
    b = body if isinstance(body, bytes) else jdump(body)
    return Req("api.openai.com", path, b, headers=list(OPENAI_HEADERS), **kw)


def chat(content: Any, **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": content}], **extra}


def anth(body: Any, path: str = "/v1/messages", **kw: Any) -> Req:
    b = body if isinstance(body, bytes) else jdump(body)
    return Req("api.anthropic.com", path, b, headers=list(ANTHROPIC_HEADERS), **kw)


def amsg(content: Any, **extra: Any) -> dict[str, Any]:
    return {
        "model": "claude-sonnet-4-5",
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": content}],
        **extra,
    }


def gem(body: Any, path: str = "/v1beta/models/gemini-2.5-flash:generateContent", **kw: Any) -> Req:
    b = body if isinstance(body, bytes) else jdump(body)
    return Req("generativelanguage.googleapis.com", path, b, headers=list(GEMINI_HEADERS), **kw)


def gcontent(text: str, **extra: Any) -> dict[str, Any]:
    return {"contents": [{"role": "user", "parts": [{"text": text}]}], **extra}


def cgpt_body(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "action": "next",
        "messages": [{"id": _uuid(), "author": {"role": "user"}, "create_time": 1796123456.789,
                      "content": {"content_type": "text", "parts": [text]},
                      "metadata": {"selected_github_repos": [], "selected_all_github_repos": False,
                                   "serialization_metadata": {"custom_symbol_offsets": []}}}],
        "parent_message_id": "client-created-root",
        "model": "auto",
        "timezone_offset_min": -60,
        "timezone": "Europe/Amsterdam",
        "conversation_mode": {"kind": "primary_assistant"},
        "enable_message_followups": True,
        "system_hints": [],
        "supports_buffering": True,
        "supported_encodings": ["v1"],
        "client_contextual_info": {"is_dark_mode": False, "time_since_loaded": 23, "page_height": 963, "page_width": 1536,
                                   "pixel_ratio": 1.25, "screen_height": 1080, "screen_width": 1920, "app_name": "chatgpt.com"},
        "paragen_cot_summary_display_override": "allow",
        "force_parallel_switch": "auto",
        **extra,
    }  # fmt: skip


def cgpt(body: Any, path: str = "/backend-api/f/conversation", **kw: Any) -> Req:
    b = body if isinstance(body, bytes) else jdump(body)
    return Req("chatgpt.com", path, b, headers=list(CHATGPT_HEADERS), **kw)


def with_headers(
    req: Req, replace: dict[str, str | None] | None = None, add: list[tuple[str, str]] | None = None
) -> Req:
    """A copy of `req` with some headers replaced (None removes them) and others appended."""
    replace = {k.lower(): v for k, v in (replace or {}).items()}
    hs = [(k, replace[k.lower()]) if k.lower() in replace else (k, v) for k, v in req.headers]
    hs = [(k, v) for k, v in hs if v is not None]
    req.headers = hs + list(add or [])
    return req


# -- obfuscations ------------------------------------------------------------------------------

HOMOGLYPHS = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у",
                            "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р",
                            "C": "С", "T": "Т", "X": "Х", "I": "І", "S": "Ѕ", "N": "Ν", "Z": "Ζ"})  # fmt: skip


def zw_join(s: str, mark: str, every: int = 1) -> str:
    return mark.join(s[i : i + every] for i in range(0, len(s), every))


def tag_chars(s: str) -> str:
    return "".join(chr(0xE0000 + ord(ch)) if 0x20 <= ord(ch) < 0x7F else ch for ch in s)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def math_bold(s: str) -> str:
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7CE + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


NL_DIGITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
NATO = {c: w for c, w in zip(string.ascii_uppercase, "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo "
        "lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split(), strict=True)}  # fmt: skip
NATO_DIGITS = dict(zip(string.digits, "zero one two three four five six seven eight nine".split(), strict=True))
LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7", "l": "1"})


def spelled_nl(digits: str) -> str:
    return " ".join(NL_DIGITS[int(d)] for d in digits if d.isdigit())


def unspell_nl(text: str) -> str:
    words = {w: str(i) for i, w in enumerate(NL_DIGITS)}
    return "".join(words.get(w.strip(".,;:"), " ") for w in text.split())


def nato(s: str) -> str:
    return " ".join(NATO.get(ch.upper()) or NATO_DIGITS.get(ch, "") for ch in s if ch.isalnum())


def unnato(text: str) -> str:
    rev = {w: c for c, w in NATO.items()} | {w: d for d, w in NATO_DIGITS.items()}
    return "".join(rev.get(w.strip(".,;:"), " ") for w in text.split())


def unleet(text: str) -> str:
    return text.translate(str.maketrans({"4": "a", "3": "e", "0": "o", "1": "l", "5": "s", "7": "t"}))


def gunzip_b64(text: str) -> str:
    out = []
    for run in re.findall(r"[A-Za-z0-9+/]{40,}={0,2}", text):
        try:
            out.append(gzip.decompress(base64.b64decode(run)).decode("utf-8", "replace"))
        except Exception:  # noqa: BLE001 - not every run is ours
            pass
    return "\n".join(out)


def unsplit(text: str) -> str:
    """For the leak check of split values: the JSON keys and labels between the pieces removed
    (applied to the JSON strings joined without separators)."""
    return re.sub(r"role|user|content|type|text", "", text)


def html_entities(s: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in s)


def url_all(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def js_escapes(s: str) -> str:
    return "".join(f"\\u{ord(ch):04x}" for ch in s)


# -- the attack set ----------------------------------------------------------------------------

OAI_IP = "162.159.140.245"  # an address api.openai.com resolved to (public DNS, 2025-26)
DECOY = "cdn.assets-decoy.test"


def _attacks() -> list[Case]:
    cases: list[Case] = []

    def add(cid: str, cls: str, value: str, req: Req, note: str, beyond: bool = False,
            reveal: Callable[[str], str] | None = None) -> None:  # fmt: skip
        cases.append(Case(cid, cls, value, req, note, beyond, reveal))

    # ---------------- host identity ----------------
    H = "host"
    add(
        "H01-ip-connect-sni",
        H,
        "aws",
        oai(chat(prompt("aws")), connect=OAI_IP, sni="api.openai.com"),
        "CONNECT to an IP literal of api.openai.com, SNI and Host api.openai.com",
    )
    add(
        "H02-ip-connect-no-sni",
        H,
        "email",
        oai(chat(prompt("email")), connect=OAI_IP, sni=None),
        "CONNECT to an IP literal, no SNI, Host api.openai.com (needs decrypting every IP tunnel)",
        beyond=True,
    )
    add(
        "H03-decoy-connect-ai-sni",
        H,
        "ghp",
        oai(chat(prompt("ghp")), connect=DECOY, sni="api.openai.com"),
        "CONNECT to a non-AI name, SNI api.openai.com",
    )
    add(
        "H04-domain-fronting",
        H,
        "aws",
        oai(chat(prompt("aws")), connect=DECOY, sni=DECOY),
        "CONNECT and SNI a non-AI name, Host api.openai.com inside (domain fronting)",
        beyond=True,
    )
    add(
        "H05-trailing-dot",
        H,
        "aws",
        oai(chat(prompt("aws")), connect="api.openai.com.", sni="api.openai.com."),
        "api.openai.com. (fully qualified, trailing dot) in CONNECT and SNI",
    )
    add("H06-uppercase-host", H, "email", with_headers(oai(chat(prompt("email")), connect="API.OPENAI.COM", sni="API.OpenAI.com"),
        ), "upper-case CONNECT host and SNI")  # fmt: skip
    r = oai(chat(prompt("iban")), connect="api.openai.com")
    r.host = "api.openai.com:443"
    add("H07-host-with-port", H, "iban", r, "Host header with explicit :443")
    add("H08-host-claude-in-openai-tunnel", H, "email",
        Req("claude.ai", f"/api/organizations/{_uuid()}/chat_conversations/{_uuid()}/completion",
            jdump({"prompt": prompt("email"), "timezone": "Europe/Amsterdam", "attachments": [], "files": []}),
            headers=[("content-type", "application/json"), ("accept", "text/event-stream")], connect="api.openai.com",
            sni="api.openai.com"),
        "tunnel to api.openai.com, Host claude.ai with a claude.ai completion body")  # fmt: skip
    r = oai(chat(prompt("aws")), connect="chatgpt.com", sni="chatgpt.com")
    add("H09-openai-body-in-chatgpt-tunnel", H, "aws", r, "tunnel to chatgpt.com, Host api.openai.com, OpenAI body")
    r = oai(chat(prompt("phone")), connect="api.anthropic.com", sni="api.anthropic.com")
    add("H10-openai-body-in-anthropic-tunnel", H, "phone", r, "tunnel to api.anthropic.com, Host api.openai.com")
    add(
        "H11-absolute-http",
        H,
        "aws",
        oai(chat(prompt("aws")), mode="absolute-http", port=80),
        "plain HTTP absolute-form POST http://api.openai.com/...",
    )
    add(
        "H12-absolute-https-no-connect",
        H,
        "email",
        oai(chat(prompt("email")), mode="absolute-https"),
        "absolute-form POST https://api.openai.com/... sent to the proxy without CONNECT",
    )
    add(
        "H13-absolute-http-decoy-url-ai-host",
        H,
        "ghp",
        oai(chat(prompt("ghp")), mode="absolute-http", port=80, url_host=DECOY),
        "plain HTTP absolute-form to a non-AI name, Host header api.openai.com (all visible in clear text)",
    )
    add(
        "H14-absolute-https-ip",
        H,
        "bsn",
        oai(chat(prompt("bsn")), mode="absolute-https", url_host=OAI_IP),
        "absolute-form https://<IP>/v1/chat/completions, Host api.openai.com",
    )
    add(
        "H15-ipv6-connect-sni",
        H,
        "aws",
        oai(chat(prompt("aws")), connect="[2606:4700:4400::ac40:9bd1]", sni="api.openai.com"),
        "CONNECT to an IPv6 literal, SNI api.openai.com",
    )
    add("H16-regional-openai-host", H, "aws", Req("eu.api.openai.com", "/v1/chat/completions", jdump(chat(prompt("aws"))),
        headers=list(OPENAI_HEADERS)), "eu.api.openai.com (OpenAI's European data-residency API host)")  # fmt: skip
    add("H17-h2-baseline", H, "aws", oai(chat(prompt("aws")), mode="h2"), "HTTP/2 to api.openai.com")
    add("H18-h2-authority-mismatch", H, "email",
        Req("generativelanguage.googleapis.com", "/v1beta/models/gemini-2.5-flash:generateContent",
            jdump(gcontent(prompt("email"))), headers=list(GEMINI_HEADERS), mode="h2", connect="api.openai.com",
            sni="api.openai.com"),
        "HTTP/2 in an api.openai.com tunnel, :authority generativelanguage.googleapis.com, Gemini body")  # fmt: skip
    add("H19-vertex-regional", H, "ghp",
        Req("europe-west4-aiplatform.googleapis.com",
            "/v1/projects/acme-ml/locations/europe-west4/publishers/google/models/gemini-2.5-pro:generateContent",
            jdump(gcontent(prompt("ghp"))), headers=[("authorization", "Bearer ya29." + _b64url(120)), ("content-type", "application/json")]),
        "Vertex AI regional host")  # fmt: skip
    add(
        "H20-decoy-connect-anthropic-sni",
        H,
        "pem",
        anth(amsg(prompt("pem")), connect=DECOY, sni="api.anthropic.com"),
        "CONNECT to a non-AI name, SNI api.anthropic.com",
    )

    # ---------------- parser tricks ----------------
    P = "parser"
    benign_msgs = '[{"role":"user","content":"Wat is de hoofdstad van Frankrijk?"}]'
    bad_msgs = json.dumps([{"role": "user", "content": prompt("aws")}])
    add(
        "P01-dup-key-secret-first",
        P,
        "aws",
        oai(f'{{"model":"gpt-4.1-mini","messages":{bad_msgs},"messages":{benign_msgs}}}'.encode()),
        'duplicate "messages" key, secret in the first (last one wins in Python)',
    )
    add(
        "P02-dup-key-secret-last",
        P,
        "aws",
        oai(f'{{"model":"gpt-4.1-mini","messages":{benign_msgs},"messages":{bad_msgs}}}'.encode()),
        'duplicate "messages" key, secret in the last',
    )
    add("P03-dup-content-key", P, "email",
        oai(('{"model":"gpt-4.1-mini","messages":[{"role":"user","content":' + json.dumps(prompt("email"))
             + ',"content":"Hallo"}]}').encode()), "duplicate \"content\" key inside one message")  # fmt: skip
    add(
        "P04-key-case-variant",
        P,
        "ghp",
        oai(jdump({"model": "gpt-4.1-mini", "Messages": [{"Role": "user", "Content": prompt("ghp")}]})),
        "case variants of the keys (Messages/Role/Content)",
    )
    add("P05-utf8-bom", P, "aws", oai(b"\xef\xbb\xbf" + jdump(chat(prompt("aws")))), "UTF-8 BOM before the JSON")
    add(
        "P06-json-comment",
        P,
        "ghp",
        oai(
            b'{"model":"gpt-4.1-mini", /* '
            + VALUES["ghp"].text.encode()
            + b' */ "messages":[{"role":"user","content":"Hoi"}]}'
        ),
        "a /* comment */ inside the JSON holding the value",
    )
    add(
        "P07-trailing-second-doc",
        P,
        "pem",
        oai(jdump(chat("Hallo")) + b"\n" + jdump({"note": prompt("pem")})),
        "a second JSON document after the first",
    )
    add("P08-nan-infinity", P, "email",
        oai(('{"model":"gpt-4.1-mini","temperature":NaN,"top_p":Infinity,"messages":[{"role":"user","content":'
             + json.dumps(prompt("email")) + "}]}").encode()), "NaN and Infinity literals")  # fmt: skip
    add("P09-huge-int", P, "aws",
        oai(('{"model":"gpt-4.1-mini","max_tokens":1' + "0" * 5000 + ',"messages":[{"role":"user","content":'
             + json.dumps(prompt("aws")) + "}]}").encode()), "a 5001-digit integer (over Python's int-parse limit)")  # fmt: skip
    add("P10-huge-float", P, "bsn",
        oai(('{"model":"gpt-4.1-mini","temperature":1e99999,"messages":[{"role":"user","content":'
             + json.dumps(prompt("bsn")) + "}]}").encode()), "1e99999 float")  # fmt: skip
    deep = (
        '{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"Hoi"}],"metadata":'
        + '{"a":' * 3000
        + json.dumps(prompt("aws"))
        + "}" * 3000
        + "}"
    )
    add("P11-deep-nesting", P, "aws", oai(deep.encode()), "value 3000 objects deep (recursion limit)")
    add(
        "P12-gzip",
        P,
        "aws",
        with_headers(oai(gzip.compress(jdump(chat(prompt("aws"))))), add=[("content-encoding", "gzip")]),
        "gzip content-encoding",
    )
    add("P13-deflate", P, "email", with_headers(oai(zlib.compress(jdump(chat(prompt("email"))))), add=[("content-encoding", "deflate")]),
        "deflate content-encoding")  # fmt: skip
    add(
        "P14-brotli",
        P,
        "ghp",
        with_headers(oai(brotli.compress(jdump(chat(prompt("ghp"))))), add=[("content-encoding", "br")]),
        "brotli content-encoding",
    )
    add(
        "P15-gzip-twice",
        P,
        "aws",
        with_headers(
            oai(gzip.compress(gzip.compress(jdump(chat(prompt("aws")))))), add=[("content-encoding", "gzip, gzip")]
        ),
        "gzip applied twice, content-encoding: gzip, gzip",
    )
    add(
        "P16-encoding-lies",
        P,
        "iban",
        with_headers(oai(jdump(chat(prompt("iban")))), add=[("content-encoding", "gzip")]),
        "content-encoding: gzip on a plain JSON body",
    )
    add(
        "P17-encoding-unknown",
        P,
        "aws",
        with_headers(oai(jdump(chat(prompt("aws")))), add=[("content-encoding", "x-identity")]),
        "unknown content-encoding token on a plain body",
    )
    add(
        "P18-utf16le-charset",
        P,
        "aws",
        with_headers(
            oai(json.dumps(chat(prompt("aws"))).encode("utf-16-le")),
            {"content-type": "application/json; charset=utf-16le"},
        ),
        "UTF-16LE body, no BOM, charset in the content type",
    )
    add(
        "P19-utf16-bom-no-charset",
        P,
        "email",
        oai(json.dumps(chat(prompt("email"))).encode("utf-16")),
        "UTF-16 body with BOM, plain application/json",
    )
    add("P20-utf32", P, "ghp", oai(json.dumps(chat(prompt("ghp"))).encode("utf-32")), "UTF-32 body with BOM")
    add(
        "P21-text-plain",
        P,
        "aws",
        with_headers(oai(chat(prompt("aws"))), {"content-type": "text/plain"}),
        "JSON body labelled text/plain",
    )
    add(
        "P22-no-content-type",
        P,
        "pem",
        with_headers(oai(chat(prompt("pem"))), {"content-type": None}),
        "JSON body without a content type",
    )
    add(
        "P23-form-label",
        P,
        "email",
        with_headers(oai(chat(prompt("email"))), {"content-type": "application/x-www-form-urlencoded"}),
        "JSON body labelled as a form",
    )
    add("P24-chunked", P, "aws", oai(chat(prompt("aws")), chunked=True), "chunked transfer encoding, no content-length")
    add("P25-json-unicode-escapes", P, "ghp", oai(json.dumps(chat(prompt("ghp"))).replace(GITHUB_TOKEN, js_escapes(GITHUB_TOKEN)).encode()),
        "the value written as JSON \\uXXXX escapes (decodes to the plain value)")  # fmt: skip
    add("P26-lone-surrogate", P, "aws",
        oai(('{"model":"gpt-4.1-mini","user":"\\udc80","messages":[{"role":"user","content":' + json.dumps(prompt("aws")) + "}]}").encode()),
        "a lone surrogate escape in another field")  # fmt: skip
    add(
        "P27-whitespace-padding",
        P,
        "aws",
        oai(b" " * 2_000_000 + jdump(chat(prompt("aws")))),
        "2 MB of JSON whitespace before the object",
    )
    add("P28-latin1-charset", P, "name",
        with_headers(oai(json.dumps(chat(prompt("name", "de heer Joost van der Meulen, café-eigenaar")), ensure_ascii=False).encode("latin-1")),
                     {"content-type": "application/json; charset=iso-8859-1"}), "Latin-1 body declared in the charset")  # fmt: skip

    # ---------------- fields ----------------
    F = "fields"
    fn_tool = lambda desc, props=None: {"type": "function", "function": {"name": "lookup", "description": desc,  # noqa: E731
                                        "parameters": props or {"type": "object", "properties": {}}}}  # fmt: skip
    add(
        "F01-oai-tool-description",
        F,
        "aws",
        oai(chat("Roep de tool aan.", tools=[fn_tool(VALUES["aws"].text)])),
        "tools[].function.description",
    )
    add("F02-oai-tool-schema-enum", F, "email",
        oai(chat("Vul het formulier in.", tools=[fn_tool("send mail", {"type": "object", "properties": {
            "to": {"type": "string", "enum": [EMAIL], "description": "recipient"}}})])), "tool parameter schema enum")  # fmt: skip
    add("F03-oai-response-format-schema", F, "iban",
        oai(chat("Geef JSON.", response_format={"type": "json_schema", "json_schema": {"name": "pay", "schema": {
            "type": "object", "properties": {"iban": {"type": "string", "default": IBAN}}}}})), "response_format schema default")  # fmt: skip
    add(
        "F04-oai-metadata-value",
        F,
        "bsn",
        oai(chat("Hoi", metadata={"ticket": VALUES["bsn"].text}, store=True)),
        "metadata value",
    )
    add("F05-oai-metadata-key", F, "email", oai(chat("Hoi", metadata={EMAIL: "x"}, store=True)), "metadata key")
    add("F06-oai-stop", F, "phone", oai(chat("Hoi", stop=[PHONE])), "stop sequence")
    add("F07-oai-logit-bias-key", F, "bsn", oai(chat("Hoi", logit_bias={BSN: 1})), "logit_bias key")
    add("F08-oai-seed-string", F, "bsn", oai(chat("Hoi", seed=BSN)), "seed as a string")
    add("F09-oai-user-field", F, "email", oai(chat("Hoi", user=EMAIL)), "user field")
    add(
        "F10-oai-message-name",
        F,
        "name",
        oai(
            {"model": "gpt-4.1-mini", "messages": [{"role": "user", "name": NAME.replace(" ", "_"), "content": "Hoi"}]}
        ),
        "messages[].name (as the API requires: no spaces)",
    )
    add("F11-oai-tool-call-arguments", F, "iban",
        oai({"model": "gpt-4.1-mini", "messages": [
            {"role": "user", "content": "Betaal de factuur."},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_" + _rand(B62, 24), "type": "function",
             "function": {"name": "pay", "arguments": json.dumps({"iban": IBAN, "amount": 120})}}]},
        ]}), "assistant tool_calls[].function.arguments (JSON in a string)")  # fmt: skip
    add(
        "F12-oai-prediction",
        F,
        "aws",
        oai(chat("Herschrijf.", prediction={"type": "content", "content": VALUES["aws"].text})),
        "prediction.content",
    )
    add(
        "F13-oai-safety-identifier",
        F,
        "email",
        oai(chat("Hoi", safety_identifier=EMAIL, prompt_cache_key=EMAIL)),
        "safety_identifier and prompt_cache_key",
    )
    add(
        "F14-header-custom",
        F,
        "aws",
        with_headers(oai(chat("Hoi")), add=[("x-debug-note", VALUES["aws"].raw)]),
        "a custom request header",
    )
    add(
        "F15-header-user-agent",
        F,
        "email",
        with_headers(oai(chat("Hoi")), {"user-agent": f"my-tool/1.0 (contact {EMAIL})"}),
        "the user-agent header",
    )
    add(
        "F16-query-string", F, "ghp", oai(chat("Hoi"), path=f"/v1/chat/completions?note={GITHUB_TOKEN}"), "query string"
    )
    add("F17-path-segment", F, "ghp", oai(b"", path=f"/v1/models/{GITHUB_TOKEN}", method="GET"), "a path segment (GET)")
    add(
        "F18-cookie",
        F,
        "aws",
        with_headers(oai(chat("Hoi")), add=[("cookie", f"k={AWS_KEY_ID}; s={AWS_SECRET}")]),
        "cookie header",
    )
    add(
        "F19-resp-instructions",
        F,
        "aws",
        oai({"model": "gpt-5-mini", "instructions": prompt("aws"), "input": "Help"}, path="/v1/responses"),
        "Responses instructions",
    )
    add("F20-resp-input-file-data", F, "pem",
        oai({"model": "gpt-5-mini", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": "Wat staat er in dit bestand?"},
            {"type": "input_file", "filename": "deploy.txt",
             "file_data": "data:text/plain;base64," + base64.b64encode(PEM.encode()).decode()}]}]}, path="/v1/responses"),
        "Responses input_file file_data (base64 text file)")  # fmt: skip
    add("F21-resp-input-filename", F, "email",
        oai({"model": "gpt-5-mini", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": "Vat samen."},
            {"type": "input_file", "filename": f"cv-{EMAIL}.txt", "file_data": "data:text/plain;base64," + base64.b64encode(b"Curriculum vitae").decode()}]}]},
            path="/v1/responses"), "Responses input_file filename")  # fmt: skip
    add("F22-resp-encrypted-content", F, "aws",
        oai({"model": "gpt-5-mini", "input": [
            {"type": "reasoning", "id": "rs_" + _rand("0123456789abcdef", 48), "summary": [],
             "encrypted_content": base64.b64encode(VALUES["aws"].text.encode()).decode()},
            {"role": "user", "content": "Ga verder."}], "include": ["reasoning.encrypted_content"], "store": False},
            path="/v1/responses"), "Responses reasoning.encrypted_content carrying base64 of the value")  # fmt: skip
    add("F23-resp-text-format-schema", F, "phone",
        oai({"model": "gpt-5-mini", "input": "Geef JSON.", "text": {"format": {"type": "json_schema", "name": "c",
             "schema": {"type": "object", "properties": {"tel": {"type": "string", "description": PHONE}}}}}},
            path="/v1/responses"), "Responses text.format schema description")  # fmt: skip
    add(
        "F24-oai-embeddings",
        F,
        "email",
        oai({"model": "text-embedding-3-small", "input": [prompt("email")]}, path="/v1/embeddings"),
        "embeddings input",
    )
    add(
        "F25-oai-legacy-completions",
        F,
        "aws",
        oai({"model": "gpt-3.5-turbo-instruct", "prompt": prompt("aws")}, path="/v1/completions"),
        "legacy completions prompt",
    )
    add(
        "F26-oai-audio-speech",
        F,
        "name",
        oai(
            {"model": "gpt-4o-mini-tts", "voice": "alloy", "input": f"Welkom {NAME}, uw afspraak is bevestigd."},
            path="/v1/audio/speech",
        ),
        "text-to-speech input",
    )
    add(
        "F27-oai-images",
        F,
        "email",
        oai({"model": "gpt-image-1", "prompt": f"Een visitekaartje met {EMAIL}"}, path="/v1/images/generations"),
        "image generation prompt",
    )
    add(
        "F28-oai-assistants-instructions",
        F,
        "ghp",
        with_headers(
            oai({"model": "gpt-4.1", "name": "helper", "instructions": prompt("ghp")}, path="/v1/assistants"),
            add=[("openai-beta", "assistants=v2")],
        ),
        "Assistants instructions",
    )
    add(
        "F29-oai-conversations-items",
        F,
        "iban",
        oai(
            {
                "items": [
                    {"type": "message", "role": "user", "content": [{"type": "input_text", "text": prompt("iban")}]}
                ]
            },
            path=f"/v1/conversations/conv_{_rand('0123456789abcdef', 48)}/items",
        ),
        "Conversations API items",
    )
    mp_boundary = "----rt" + _rand(B62, 16)
    mp = (f"--{mp_boundary}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nuser_data\r\n"
          f"--{mp_boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
          f"Content-Type: text/plain\r\n\r\n{prompt('aws')}\r\n--{mp_boundary}--\r\n").encode()  # fmt: skip
    add(
        "F30-oai-files-upload",
        F,
        "aws",
        with_headers(oai(mp, path="/v1/files"), {"content-type": f"multipart/form-data; boundary={mp_boundary}"}),
        "Files API multipart upload of a text file",
    )
    add("F31-anth-system", F, "iban", anth(amsg("Hoi", system=prompt("iban"))), "Anthropic system string")
    add("F32-anth-tool-schema", F, "aws",
        anth(amsg("Hoi", tools=[{"name": "deploy", "description": VALUES["aws"].text, "input_schema": {"type": "object", "properties": {}}}])),
        "Anthropic tools[].description")  # fmt: skip
    add(
        "F33-anth-metadata-user-id",
        F,
        "email",
        anth(amsg("Hoi", metadata={"user_id": EMAIL})),
        "Anthropic metadata.user_id",
    )
    add("F34-anth-stop-sequences", F, "phone", anth(amsg("Hoi", stop_sequences=[PHONE])), "Anthropic stop_sequences")
    tid = "toolu_01" + _rand(B62, 22)
    add("F35-anth-tool-use-input", F, "bsn",
        anth({"model": "claude-sonnet-4-5", "max_tokens": 512, "messages": [
            {"role": "user", "content": "Zoek de klant op."},
            {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": "lookup", "input": {"bsn": BSN}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": "niet gevonden"}]}]}),
        "Anthropic assistant tool_use.input")  # fmt: skip
    add("F36-anth-tool-result-nested", F, "name",
        anth({"model": "claude-sonnet-4-5", "max_tokens": 512, "messages": [
            {"role": "user", "content": "Zoek de klant op."},
            {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": "lookup", "input": {"q": "klant"}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": [
                {"type": "text", "text": json.dumps({"klant": {"naam": NAME, "status": "actief"}})}]}]}]}),
        "Anthropic tool_result content blocks (JSON text)")  # fmt: skip
    add(
        "F37-anth-document-text",
        F,
        "pem",
        anth(
            amsg(
                [
                    {
                        "type": "document",
                        "source": {"type": "text", "media_type": "text/plain", "data": PEM},
                        "title": "key.txt",
                    },
                    {"type": "text", "text": "Wat is dit?"},
                ]
            )
        ),
        "Anthropic document source text",
    )
    add("F38-anth-document-base64", F, "aws",
        anth(amsg([{"type": "document", "source": {"type": "base64", "media_type": "text/plain",
                                                   "data": base64.b64encode(VALUES["aws"].text.encode()).decode()}},
                   {"type": "text", "text": "Wat is dit?"}])), "Anthropic document base64 text/plain")  # fmt: skip
    add("F39-anth-document-title-context", F, "email",
        anth(amsg([{"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "Notulen"},
                    "title": f"Notulen van {EMAIL}", "context": f"Opgesteld door {EMAIL}"},
                   {"type": "text", "text": "Vat samen."}])), "Anthropic document title and context")  # fmt: skip
    add("F40-anth-mcp-token", F, "ghp",
        with_headers(anth(amsg("Lijst mijn issues.", mcp_servers=[{"type": "url", "url": "https://mcp.example.com/sse",
                                                              "name": "gh", "authorization_token": GITHUB_TOKEN}])),
                     add=[("anthropic-beta", "mcp-client-2025-04-04")]), "Anthropic mcp_servers authorization_token")  # fmt: skip
    add("F41-anth-thinking-history", F, "iban",
        anth({"model": "claude-sonnet-4-5", "max_tokens": 2048, "thinking": {"type": "enabled", "budget_tokens": 1024},
              "messages": [{"role": "user", "content": "Welke rekening?"},
                           {"role": "assistant", "content": [{"type": "thinking", "thinking": f"De rekening is {IBAN}.",
                                                              "signature": _b64(300)}, {"type": "text", "text": "Zie boven."}]},
                           {"role": "user", "content": "Ga door."}]}), "Anthropic thinking block text in history")  # fmt: skip
    add(
        "F42-anth-batches",
        F,
        "email",
        anth({"requests": [{"custom_id": "r1", "params": amsg(prompt("email"))}]}, path="/v1/messages/batches"),
        "Anthropic message batches",
    )
    add("F43-anth-legacy-complete", F, "aws",
        anth({"model": "claude-2.1", "max_tokens_to_sample": 300, "prompt": f"\n\nHuman: {prompt('aws')}\n\nAssistant:"},
             path="/v1/complete"), "Anthropic legacy text completions")  # fmt: skip
    add(
        "F44-gem-system-instruction",
        F,
        "email",
        gem(gcontent("Hoi", systemInstruction={"parts": [{"text": prompt("email")}]})),
        "Gemini systemInstruction",
    )
    add("F45-gem-function-declaration", F, "aws",
        gem(gcontent("Hoi", tools=[{"functionDeclarations": [{"name": "deploy", "description": VALUES["aws"].text,
                                                              "parameters": {"type": "OBJECT", "properties": {}}}]}])),
        "Gemini functionDeclarations description")  # fmt: skip
    add("F46-gem-function-response", F, "iban",
        gem({"contents": [{"role": "user", "parts": [{"text": "Zoek op."}]},
                          {"role": "model", "parts": [{"functionCall": {"name": "lookup", "args": {"q": "klant"}}}]},
                          {"role": "user", "parts": [{"functionResponse": {"name": "lookup", "response": {"iban": IBAN}}}]}]}),
        "Gemini functionResponse.response")  # fmt: skip
    add("F47-gem-function-call-args", F, "bsn",
        gem({"contents": [{"role": "user", "parts": [{"text": "Zoek op."}]},
                          {"role": "model", "parts": [{"functionCall": {"name": "lookup", "args": {"bsn": BSN}}}]}]}),
        "Gemini functionCall.args")  # fmt: skip
    add("F48-gem-inline-text", F, "aws",
        gem({"contents": [{"role": "user", "parts": [{"text": "Wat staat hierin?"}, {"inlineData": {
            "mimeType": "text/plain", "data": base64.b64encode(VALUES["aws"].text.encode()).decode()}}]}]}),
        "Gemini inlineData text/plain")  # fmt: skip
    add(
        "F49-gem-stop-sequences",
        F,
        "phone",
        gem(gcontent("Hoi", generationConfig={"stopSequences": [PHONE]})),
        "Gemini generationConfig.stopSequences",
    )
    add("F50-gem-snake-case", F, "ghp",
        gem({"contents": [{"role": "user", "parts": [{"text": "Hoi"}]}], "system_instruction": {"parts": [{"text": prompt("ghp")}]}}),
        "Gemini snake_case system_instruction")  # fmt: skip
    add(
        "F51-gem-count-tokens",
        F,
        "aws",
        gem(gcontent(prompt("aws")), path="/v1beta/models/gemini-2.5-flash:countTokens"),
        "Gemini countTokens",
    )
    add("F52-gem-cached-contents", F, "pem",
        gem({"model": "models/gemini-2.5-flash", "contents": [{"role": "user", "parts": [{"text": prompt("pem")}]}], "ttl": "300s"},
            path="/v1beta/cachedContents"), "Gemini cachedContents create")  # fmt: skip
    add("F53-gem-query-key-param", F, "email", gem(gcontent(prompt("email")), path="/v1beta/models/gemini-2.5-flash:generateContent?alt=json&$fields=candidates"),
        "Gemini with extra query parameters")  # fmt: skip
    add(
        "F54-cgpt-conversation", F, "email", cgpt(cgpt_body(prompt("email"))), "ChatGPT f/conversation parts (baseline)"
    )
    cb = cgpt_body("Wat staat er in de bijlage?")
    cb["messages"][0]["metadata"]["attachments"] = [{"id": "file-" + _rand(B62, 22), "size": 1200, "name": f"{BSN}-loonstrook.pdf",
                                                     "mime_type": "application/pdf"}]  # fmt: skip
    add("F55-cgpt-attachment-name", F, "bsn", cgpt(cb), "ChatGPT attachment file name in message metadata")
    add("F56-cgpt-custom-instructions", F, "phone",
        cgpt({"about_user_message": f"Ik ben bereikbaar op {PHONE}.", "about_model_message": "Antwoord kort.", "enabled": True},
             path="/backend-api/user_system_messages"), "ChatGPT custom instructions")  # fmt: skip
    add(
        "F57-cgpt-rename-title",
        F,
        "email",
        with_headers(
            cgpt({"title": f"Mail voor {EMAIL}"}, path=f"/backend-api/conversation/{_uuid()}", method="PATCH")
        ),
        "ChatGPT conversation title (PATCH)",
    )
    add("F58-cgpt-multimodal-parts", F, "aws",
        cgpt(cgpt_body("x") | {"messages": [{"id": _uuid(), "author": {"role": "user"}, "content": {
            "content_type": "multimodal_text", "parts": [{"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-" + _rand(B62, 22),
                                                          "size_bytes": 1000, "width": 10, "height": 10}, prompt("aws")]}}]}),
        "ChatGPT multimodal_text parts")  # fmt: skip

    # ---------------- text obfuscation ----------------
    O = "obfuscation"
    add(
        "O01-homoglyph-email",
        O,
        "email",
        oai(chat(prompt("email", EMAIL.translate(HOMOGLYPHS)))),
        "Cyrillic look-alikes in the e-mail",
    )
    add("O02-homoglyph-aws", O, "aws", oai(chat(prompt("aws", f"{AWS_KEY_ID.translate(HOMOGLYPHS)} {AWS_SECRET.translate(HOMOGLYPHS)}"))),
        "Cyrillic/Greek look-alikes in the AWS key pair")  # fmt: skip
    add("O03-fullwidth-bsn", O, "bsn", oai(chat(prompt("bsn", "BSN " + fullwidth(BSN)))), "full-width digits")
    add(
        "O04-math-bold-ghp",
        O,
        "ghp",
        oai(chat(prompt("ghp", math_bold(GITHUB_TOKEN)))),
        "mathematical bold letters and digits",
    )
    add(
        "O05-zwsp-iban",
        O,
        "iban",
        oai(chat(prompt("iban", "IBAN " + zw_join(IBAN, "\u200b")))),
        "zero-width space between every character",
    )
    add(
        "O06-zwj-email",
        O,
        "email",
        oai(chat(prompt("email", zw_join(EMAIL, "\u200d", 3)))),
        "zero-width joiners inside the e-mail",
    )
    add(
        "O07-soft-hyphen-phone",
        O,
        "phone",
        oai(chat(prompt("phone", "telefoon " + zw_join(PHONE, "\u00ad", 2)))),
        "soft hyphens in the number",
    )
    add(
        "O08-combining-name",
        O,
        "name",
        oai(chat(prompt("name", "de heer " + "".join(ch + "\u0336" for ch in NAME)))),
        "combining long stroke on every letter",
    )
    add(
        "O09-tag-chars",
        O,
        "aws",
        oai(chat(prompt("aws", "(zie onzichtbare tekst)" + tag_chars(VALUES["aws"].text)))),
        "the value in Unicode tag characters (invisible, read by LLMs)",
    )
    add(
        "O10-base64-aws",
        O,
        "aws",
        oai(chat(prompt("aws", base64.b64encode(VALUES["aws"].text.encode()).decode()))),
        "base64",
    )
    add(
        "O11-base64-pem",
        O,
        "pem",
        oai(chat(prompt("pem", base64.b64encode(PEM.encode()).decode()))),
        "whole PEM base64-encoded",
    )
    add(
        "O12-base32-ghp", O, "ghp", oai(chat(prompt("ghp", base64.b32encode(GITHUB_TOKEN.encode()).decode()))), "base32"
    )
    add("O13-hex-email", O, "email", oai(chat(prompt("email", EMAIL.encode().hex()))), "hex of the UTF-8 bytes")
    add(
        "O14-hex-aws-secret",
        O,
        "aws",
        oai(chat(prompt("aws", f"{AWS_KEY_ID.encode().hex()} {AWS_SECRET.encode().hex()}"))),
        "hex",
    )
    add("O15-url-encoded-email", O, "email", oai(chat(prompt("email", url_all(EMAIL)))), "every byte percent-encoded")
    add(
        "O16-url-in-link",
        O,
        "email",
        oai(chat(prompt("email", f"https://crm.example.nl/zoek?mail={EMAIL.replace('@', '%40')}"))),
        "e-mail in a URL query, @ as %40",
    )
    add("O17-html-entities-iban", O, "iban", oai(chat(prompt("iban", html_entities(IBAN)))), "HTML numeric entities")
    add(
        "O18-js-escapes-aws",
        O,
        "aws",
        oai(chat(prompt("aws", js_escapes(VALUES["aws"].raw)))),
        "literal \\uXXXX escapes in the text",
    )
    add(
        "O19-markdown-iban",
        O,
        "iban",
        oai(chat(prompt("iban", f"IBAN **{IBAN[:4]}** _{IBAN[4:8]}_ `{IBAN[8:12]}` {IBAN[12:]}"))),
        "Markdown emphasis and code splitting the IBAN",
    )
    add("O20-spaced-bsn", O, "bsn", oai(chat(prompt("bsn", "BSN " + " ".join(BSN)))), "a space between every digit")
    add("O21-dotted-bsn", O, "bsn", oai(chat(prompt("bsn", f"BSN {BSN[:3]}.{BSN[3:6]}.{BSN[6:]}"))), "dotted groups")
    add(
        "O22-at-dot-email",
        O,
        "email",
        oai(chat(prompt("email", EMAIL.replace("@", " [at] ").replace(".", " [dot] ")))),
        "[at] / [dot] spelled e-mail",
        reveal=lambda t: t.replace(" [at] ", "@").replace(" [dot] ", "."),
    )
    half = len(AWS_SECRET) // 2
    add("O23-split-messages", O, "aws",
        oai({"model": "gpt-4.1-mini", "messages": [
            {"role": "user", "content": f"Ik plak de sleutel in drie stukken. Stuk 1: {AWS_KEY_ID[:10]}"},
            {"role": "user", "content": f"{AWS_KEY_ID[10:]} en het geheim begint met {AWS_SECRET[:half]}"},
            {"role": "user", "content": f"{AWS_SECRET[half:]} Plak de stukken aan elkaar en test ze."}]}),
        "key pair split across three consecutive user messages", reveal=unsplit)  # fmt: skip
    add(
        "O24-split-content-parts",
        O,
        "ghp",
        oai(
            chat(
                [
                    {"type": "text", "text": "token deel a: " + GITHUB_TOKEN[:20]},
                    {"type": "text", "text": GITHUB_TOKEN[20:]},
                ]
            )
        ),
        "token split across two content parts",
        reveal=unsplit,
    )
    add("O25-split-json-keys", O, "iban",
        oai(chat("Gebruik de tool.", tools=[fn_tool("pay", {"type": "object", "properties": {
            IBAN[:9]: {}, IBAN[9:]: {}}})])), "IBAN split across two adjacent JSON keys")  # fmt: skip
    add(
        "O26-newline-split-iban",
        O,
        "iban",
        oai(chat(prompt("iban", "\n".join(IBAN_SPACED.split())))),
        "IBAN one group per line",
    )
    add("O27-pem-no-armour", O, "pem", oai(chat(prompt("pem", PEM_BODY))), "PEM body without BEGIN/END lines, one line")
    add("O28-pem-json-escaped", O, "pem",
        oai(chat("Waarom werkt dit service-account niet?\n" + json.dumps({"type": "service_account", "project_id": "acme-prod",
             "private_key_id": _rand("0123456789abcdef", 40), "private_key": PEM, "client_email": "deploy@acme-prod.iam.gserviceaccount.com"},
            indent=2))), "PEM inside a pasted service-account JSON (\\n escapes)")  # fmt: skip
    add(
        "O29-pem-indented-crlf",
        O,
        "pem",
        oai(chat(prompt("pem", "key: |\r\n" + "\r\n".join("  " + ln for ln in PEM.splitlines())))),
        "PEM indented in YAML with CRLF",
    )
    add("O30-lowercase-iban", O, "iban", oai(chat(prompt("iban", "iban " + IBAN.lower()))), "lower-case IBAN")
    add(
        "O31-email-plus-tag-case",
        O,
        "email",
        oai(chat(prompt("email", "Annelies.Kuipers87+offerte@GMAIL.COM"))),
        "upper case and a +tag",
    )
    add("O32-phone-0031", O, "phone", oai(chat(prompt("phone", "tel. 0031 (0)6-48 23 19 57"))), "0031 (0)6 notation")
    add(
        "O33-name-surname-first",
        O,
        "name",
        oai(chat(prompt("name", "Meulen, J. (Joost) van der"))),
        "surname first, initial",
    )
    add(
        "O34-quoted-printable",
        O,
        "email",
        oai(chat(prompt("email", EMAIL.replace("@", "=40").replace(".", "=2E")))),
        "quoted-printable",
    )
    add("O35-in-code-block", O, "aws",
        oai(chat("Review deze code:\n```python\nimport boto3\ns3 = boto3.client('s3', aws_access_key_id='" + AWS_KEY_ID
                 + "', aws_secret_access_key='" + AWS_SECRET + "')\n```")), "AWS pair in a Python code block")  # fmt: skip
    # beyond scope: nobody can be expected to undo these
    add(
        "O36-rot13-email",
        O,
        "email",
        oai(chat(prompt("email", codecs.encode(EMAIL, "rot13")))),
        "ROT13",
        beyond=True,
        reveal=lambda t: codecs.encode(t, "rot13"),
    )
    add(
        "O37-reversed-aws",
        O,
        "aws",
        oai(chat(prompt("aws", VALUES["aws"].raw[::-1]))),
        "reversed text",
        beyond=True,
        reveal=lambda t: t[::-1],
    )
    add(
        "O38-spelled-bsn",
        O,
        "bsn",
        oai(chat(prompt("bsn", "BSN " + spelled_nl(BSN)))),
        "digits spelled out in Dutch",
        beyond=True,
        reveal=unspell_nl,
    )
    add(
        "O39-leet-name",
        O,
        "name",
        oai(chat(prompt("name", NAME.lower().translate(LEET)))),
        "leetspeak",
        beyond=True,
        reveal=unleet,
    )
    add(
        "O40-nato-iban",
        O,
        "iban",
        oai(chat(prompt("iban", nato(IBAN)))),
        "NATO spelling alphabet",
        beyond=True,
        reveal=unnato,
    )
    add(
        "O41-gzip-base64-pem",
        O,
        "pem",
        oai(chat(prompt("pem", base64.b64encode(gzip.compress(PEM.encode())).decode()))),
        "gzip then base64",
        beyond=True,
        reveal=gunzip_b64,
    )
    add(
        "O42-double-base64-ghp",
        O,
        "ghp",
        oai(chat(prompt("ghp", base64.b64encode(base64.b64encode(GITHUB_TOKEN.encode())).decode()))),
        "base64 of base64",
        beyond=True,
    )
    add(
        "O43-phone-spelled",
        O,
        "phone",
        oai(chat(prompt("phone", "nul zes " + spelled_nl("48231957")))),
        "phone digits spelled out",
        beyond=True,
        reveal=unspell_nl,
    )
    return cases


# -- the benign set ----------------------------------------------------------------------------


def _png(width: int = 48, height: int = 32) -> bytes:
    import struct

    raw = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (x * 5 % 256, y * 7 % 256, (x + y) * 3 % 256))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


PNG_B64 = base64.b64encode(_png()).decode()
SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
COMMIT = "3f4e2a9c1b7d8e6f5a4b3c2d1e0f9a8b7c6d5e4f"
STACKTRACE = """Traceback (most recent call last):
  File "/home/runner/work/inventory/inventory/src/inventory/sync.py", line 214, in run
    batch = self.client.fetch(page=page, since=cursor)
  File "/opt/venv/lib/python3.12/site-packages/httpx/_client.py", line 1054, in send
    raise exc
httpx.ConnectTimeout: timed out after 10.0s (pool 4/10, http2=False, httpx 0.28.1, h11 0.16.0)
During handling of the above exception, another exception occurred:
  File "/home/runner/work/inventory/inventory/src/inventory/retry.py", line 51, in wrapper
    raise RetryError(f"gave up after {attempts} attempts") from exc
inventory.retry.RetryError: gave up after 5 attempts"""
WEATHER_TOOL = {"type": "function", "function": {"name": "get_weather", "description": "Get the current weather for a city.",
                "parameters": {"type": "object", "properties": {"city": {"type": "string", "description": "City name, e.g. Utrecht"},
                               "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["city"],
                               "additionalProperties": False}, "strict": True}}  # fmt: skip


def _benign() -> list[Case]:
    cases: list[Case] = []

    def add(cid: str, req: Req, note: str) -> None:
        cases.append(Case(cid, "benign", None, req, note))

    call = "call_" + _rand(B62, 24)
    # ---- OpenAI chat completions ----
    add(
        "B01-oai-tools",
        oai(
            chat(
                "What's the weather like in Utrecht today? Answer in one sentence.",
                tools=[WEATHER_TOOL],
                tool_choice="auto",
                parallel_tool_calls=True,
                temperature=0.2,
            )
        ),
        "chat with a function tool",
    )
    add("B02-oai-tool-roundtrip", oai({"model": "gpt-4.1-mini", "messages": [
        {"role": "system", "content": "You are a concise assistant for an operations team."},
        {"role": "user", "content": "Weather in Utrecht?"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": call, "type": "function",
         "function": {"name": "get_weather", "arguments": "{\"city\":\"Utrecht\",\"unit\":\"celsius\"}"}}]},
        {"role": "tool", "tool_call_id": call, "content": "{\"temp\": 7.5, \"conditions\": \"light rain\", \"wind_kmh\": 22}"}],
        "tools": [WEATHER_TOOL]}), "tool call and tool result with call_ ids")  # fmt: skip
    add("B03-oai-json-schema", oai(chat("Extract the product and quantity from: 'Please send 12 boxes of A4 paper.'",
        response_format={"type": "json_schema", "json_schema": {"name": "order_line", "strict": True, "schema": {
            "type": "object", "properties": {"product": {"type": "string"}, "quantity": {"type": "integer", "minimum": 1}},
            "required": ["product", "quantity"], "additionalProperties": False}}})), "structured output schema")  # fmt: skip
    add(
        "B04-oai-stream",
        oai(
            chat(
                "Give me three tips for writing clear commit messages.",
                stream=True,
                stream_options={"include_usage": True},
                max_completion_tokens=400,
            )
        ),
        "streaming request",
    )
    add("B05-oai-image-png", oai(chat([{"type": "text", "text": "What colours dominate this chart?"},
                                       {"type": "image_url", "image_url": {"url": "data:image/png;base64," + PNG_B64, "detail": "low"}}])),
        "base64 PNG content part")  # fmt: skip
    add(
        "B06-oai-stacktrace",
        oai(chat("Why does this fail intermittently in CI?\n\n" + STACKTRACE)),
        "Python stack trace",
    )
    add(
        "B07-oai-versions",
        oai(
            chat(
                "Our fleet runs Chrome/142.0.7444.60, Firefox 145.0.1 and Edge 142.0.3595.53 on "
                "Windows 10.0.19045.6456; nginx 1.27.3.1 fails the TLS handshake for the oldest build. "
                "Which of these versions supports TLS 1.3 with X25519MLKEM768?"
            )
        ),
        "IP-like version strings",
    )
    add(
        "B08-oai-hashes-uuids",
        oai(
            chat(
                f"Explain why `git cat-file -p {COMMIT}` shows a different tree than {COMMIT[:12]} "
                f"on the release branch. The artifact digest is sha256:{SHA256} and the build id is "
                f"{_uuid()}; the previous build {_uuid()} had the same digest."
            )
        ),
        "commit ids, sha256, UUIDs",
    )
    add("B09-oai-base64-fixture", oai(chat("This unit test fails with 'not a PNG'. What is wrong?\n```python\n"
                                           f"FIXTURE = \"{PNG_B64}\"\n\ndef test_decode():\n    img = decode_png(base64.b64decode(FIXTURE))\n"
                                           "    assert img.size == (48, 32)\n```")), "long base64 test fixture in code")  # fmt: skip
    add("B10-oai-sql", oai(chat("Optimise this query:\nSELECT o.order_id, o.created_at, SUM(l.qty * l.unit_price) AS total\n"
                                "FROM orders o JOIN order_lines l ON l.order_id = o.order_id\nWHERE o.created_at >= '2026-01-01' "
                                "AND o.status IN ('paid','shipped')\nGROUP BY o.order_id, o.created_at\nORDER BY total DESC LIMIT 50;")),
        "SQL")  # fmt: skip
    add("B11-oai-env-placeholders", oai(chat("Is this docker-compose snippet correct?\n```yaml\nservices:\n  db:\n    image: postgres:16.4\n"
                                             "    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n"
                                             "      POSTGRES_DB: app\n  api:\n    image: ghcr.io/acme/api@sha256:" + SHA256 + "\n"
                                             "    environment:\n      DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD}@db:5432/app\n```")),
        "compose file with env placeholders and an image digest")  # fmt: skip
    add("B12-oai-k8s", oai(chat("Why is this pod stuck in CrashLoopBackOff?\n```\nNAME                         READY   STATUS             RESTARTS      AGE\n"
                                "api-7d9f8b6c5d-x2k4q         0/1     CrashLoopBackOff   14 (2m ago)   48m\nEvents:\n  Warning  BackOff  "
                                "kubelet  Back-off restarting failed container api in pod api-7d9f8b6c5d-x2k4q_default("
                                + _uuid() + ")\n```")), "kubectl output")  # fmt: skip
    add("B13-oai-embeddings", oai({"model": "text-embedding-3-small", "input": [
        "Stainless steel water bottle, 750 ml, keeps drinks cold for 24 hours.",
        "Ergonomic office chair with adjustable lumbar support and 4D armrests.",
        "USB-C docking station with two HDMI outputs and 100 W power delivery."], "encoding_format": "float"},
        path="/v1/embeddings"), "embeddings of product descriptions")  # fmt: skip
    add("B14-oai-org-project-headers", with_headers(oai(chat("Summarise the difference between TCP and UDP in two sentences.")),
        add=[("openai-organization", "org-" + _rand(B62, 24)), ("openai-project", "proj_" + _rand(B62, 24)),
             ("x-request-id", _uuid())]), "organisation/project headers")  # fmt: skip
    add("B15-oai-models-get", oai(b"", path="/v1/models", method="GET"), "GET /v1/models")
    add("B16-oai-nl-prose", oai(chat("Herschrijf deze alinea in eenvoudig Nederlands: 'Met ingang van 1 januari 2027 wordt het "
                                     "tarief voor de jaarlijkse onderhoudsbeurt verhoogd van € 89,50 naar € 94,75. Bestellingen die "
                                     "vóór 15 december 2026 zijn geplaatst, worden nog tegen het oude tarief uitgevoerd.'")),
        "Dutch prose with dates and amounts")  # fmt: skip
    # ---- OpenAI Responses ----
    add("B17-resp-reasoning-items", oai({"model": "gpt-5-mini", "store": False, "include": ["reasoning.encrypted_content"],
        "reasoning": {"effort": "medium", "summary": "auto"}, "input": [
            {"role": "user", "content": [{"type": "input_text", "text": "Plan a three-step migration from cron jobs to a queue."}]},
            {"type": "reasoning", "id": "rs_" + _rand("0123456789abcdef", 48), "summary": [{"type": "summary_text",
             "text": "**Outlining migration steps**\n\nI'll describe inventory, dual-run and cut-over."}],
             "encrypted_content": "gAAAAABo" + _b64url(1800)},
            {"type": "message", "id": "msg_" + _rand("0123456789abcdef", 48), "role": "assistant", "status": "completed",
             "content": [{"type": "output_text", "annotations": [], "text": "1. Inventory the jobs. 2. Dual-run. 3. Cut over."}]},
            {"role": "user", "content": [{"type": "input_text", "text": "Expand step 2."}]}]}, path="/v1/responses"),
        "Responses with reasoning encrypted_content")  # fmt: skip
    add("B18-resp-function-call", oai({"model": "gpt-5-mini", "previous_response_id": "resp_" + _rand("0123456789abcdef", 48),
        "input": [{"type": "function_call_output", "call_id": call, "output": "{\"temp\": 7.5, \"conditions\": \"light rain\"}"}],
        "tools": [{"type": "function", "name": "get_weather", "description": "Get the weather.", "parameters":
                   WEATHER_TOOL["function"]["parameters"], "strict": True}]}, path="/v1/responses"), "function_call_output")  # fmt: skip
    add("B19-resp-text-format", oai({"model": "gpt-5-mini", "input": "List three EU capitals with their population in millions.",
        "text": {"format": {"type": "json_schema", "name": "capitals", "strict": True, "schema": {"type": "object",
            "properties": {"items": {"type": "array", "items": {"type": "object", "properties": {"city": {"type": "string"},
            "population_m": {"type": "number"}}, "required": ["city", "population_m"], "additionalProperties": False}}},
            "required": ["items"], "additionalProperties": False}}}}, path="/v1/responses"), "Responses json_schema format")  # fmt: skip
    add("B20-resp-web-search", oai({"model": "gpt-5", "tools": [{"type": "web_search"}], "input":
        "What changed in the EU AI Act obligations that apply from 2 August 2026?", "stream": True}, path="/v1/responses"),
        "Responses with web_search tool")  # fmt: skip
    # ---- Anthropic ----
    tid = "toolu_01" + _rand(B62, 22)
    add("B21-anth-tool-use", anth({"model": "claude-sonnet-4-5", "max_tokens": 1024,
        "tools": [{"name": "get_weather", "description": "Get the current weather in a given city.",
                   "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}],
        "messages": [{"role": "user", "content": "Is it raining in Utrecht?"},
                     {"role": "assistant", "content": [{"type": "text", "text": "Let me check."},
                      {"type": "tool_use", "id": tid, "name": "get_weather", "input": {"city": "Utrecht"}}]},
                     {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": "7.5 °C, light rain"}]}]}),
        "tool_use / tool_result with toolu ids")  # fmt: skip
    add("B22-anth-thinking", anth({"model": "claude-sonnet-4-5", "max_tokens": 4096, "thinking": {"type": "enabled", "budget_tokens": 2048},
        "messages": [{"role": "user", "content": "Is 1,000,003 prime?"},
                     {"role": "assistant", "content": [{"type": "thinking", "thinking": "Check small divisors up to 1000: none divide it.",
                       "signature": "Eq" + _b64(420)}, {"type": "redacted_thinking", "data": "EmwKAhgBEgy" + _b64(300)},
                      {"type": "text", "text": "Yes, 1,000,003 is prime."}]},
                     {"role": "user", "content": "And 1,000,005?"}]}), "thinking blocks with signatures")  # fmt: skip
    add("B23-anth-cache-beta", with_headers(anth({"model": "claude-sonnet-4-5", "max_tokens": 1024,
        "system": [{"type": "text", "text": "You are a code reviewer. Be direct and specific.", "cache_control": {"type": "ephemeral"}}],
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Review:\n```go\nfunc Sum(xs []int) (s int) {\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn\n}\n```"}]}]}),
        add=[("anthropic-beta", "prompt-caching-2024-07-31,fine-grained-tool-streaming-2025-05-14")]), "system array with cache_control")  # fmt: skip
    add(
        "B24-anth-count-tokens",
        anth(
            {"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "Hello, Claude"}]},
            path="/v1/messages/count_tokens",
        ),
        "count_tokens",
    )
    cc_user = f"user_{'%064x' % RNG.getrandbits(256)}_account__session_{_uuid()}"
    add("B25-anth-claude-code", with_headers(anth({"model": "claude-sonnet-4-5", "max_tokens": 32000, "stream": True,
        "metadata": {"user_id": cc_user},
        "system": [{"type": "text", "text": "You are Claude Code, Anthropic's official CLI for Claude."},
                   {"type": "text", "text": "<env>\nWorking directory: /home/dev/projects/inventory\nIs directory a git repo: Yes\n"
                    "Platform: linux\nOS Version: Linux 6.8.0-49-generic\nToday's date: 2026-12-01\n</env>\n"
                    f"gitStatus: Current branch: feature/retry-backoff\nMain branch: main\nRecent commits:\n{COMMIT[:7]} Add retry with jitter\n"
                    f"{SHA256[:7]} Bump httpx to 0.28.1", "cache_control": {"type": "ephemeral"}}],
        "tools": [{"name": "Bash", "description": "Executes a given bash command in a persistent shell session.",
                   "input_schema": {"type": "object", "properties": {"command": {"type": "string"}, "timeout": {"type": "number"}},
                                    "required": ["command"], "additionalProperties": False, "$schema": "http://json-schema.org/draft-07/schema#"}},
                  {"name": "Read", "description": "Reads a file from the local filesystem.", "input_schema": {"type": "object",
                   "properties": {"file_path": {"type": "string"}, "offset": {"type": "number"}, "limit": {"type": "number"}},
                   "required": ["file_path"]}}],
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Run the tests and fix the flaky retry test."}]}]}),
        {"user-agent": "claude-cli/2.0.55 (external, cli)"}, add=[("anthropic-beta", "claude-code-20250219,interleaved-thinking-2025-05-14"),
        ("x-app", "cli"), ("anthropic-dangerous-direct-browser-access", "true")]), "Claude Code style request")  # fmt: skip
    add("B26-anth-document-text", anth(amsg([{"type": "document", "source": {"type": "text", "media_type": "text/plain",
        "data": "Release notes 4.2.0\n- Faster start-up (about 30 %).\n- Fixed a crash when the cache directory is read-only.\n"
                "- Dropped support for Python 3.9."}, "title": "release-notes-4.2.0.txt"},
        {"type": "text", "text": "Write a two-line summary for the changelog page."}])), "text document block")  # fmt: skip
    add(
        "B27-anth-image",
        anth(
            amsg(
                [
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG_B64}},
                    {"type": "text", "text": "Describe this gradient."},
                ]
            )
        ),
        "base64 PNG image block",
    )
    add("B28-anth-models-get", anth(b"", path="/v1/models?limit=20", method="GET"), "GET /v1/models")
    add("B29-anth-nl-prose", anth(amsg("Maak een planning voor de verhuizing van ons kantoor naar Stationsplein 12, 3511 ED "
                                       "Utrecht op vrijdag 16 januari 2026: inpakken, IT-apparatuur, sleuteloverdracht om 16:00.")),
        "Dutch prose with an office address")  # fmt: skip
    # ---- Gemini ----
    add("B30-gem-function-decl", gem(gcontent("What's the weather in Utrecht?", tools=[{"functionDeclarations": [
        {"name": "get_weather", "description": "Get the current weather for a city.", "parameters": {"type": "OBJECT",
         "properties": {"city": {"type": "STRING", "description": "City name"}}, "required": ["city"]}}]}],
        toolConfig={"functionCallingConfig": {"mode": "AUTO"}})), "functionDeclarations")  # fmt: skip
    add("B31-gem-thought-signature", gem({"contents": [
        {"role": "user", "parts": [{"text": "What's the weather in Utrecht?"}]},
        {"role": "model", "parts": [{"functionCall": {"name": "get_weather", "args": {"city": "Utrecht"}}, "thoughtSignature": "Cv4B" + _b64(900)}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "get_weather", "response": {"temp": 7.5, "conditions": "light rain"}}}]}],
        "generationConfig": {"thinkingConfig": {"thinkingBudget": 1024, "includeThoughts": True}}}), "thoughtSignature blob")  # fmt: skip
    add(
        "B32-gem-stream-sse",
        gem(
            gcontent("Write a haiku about version control."),
            path="/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        ),
        "streamGenerateContent alt=sse",
    )
    add("B33-gem-query-key", with_headers(gem(gcontent("Translate 'good morning' into Dutch, French and German."),
        path=f"/v1beta/models/gemini-2.5-flash:generateContent?key={GOOGLE_KEY}"), {"x-goog-api-key": None}), "API key in ?key=")  # fmt: skip
    add(
        "B34-gem-inline-png",
        gem(
            {
                "contents": [
                    {
                        "role": "user",
                        "parts": [
                            {"inlineData": {"mimeType": "image/png", "data": PNG_B64}},
                            {"text": "What is in this image?"},
                        ],
                    }
                ]
            }
        ),
        "inlineData PNG",
    )
    add("B35-gem-response-schema", gem(gcontent("Give two Dutch provinces and their capitals.", generationConfig={
        "responseMimeType": "application/json", "responseSchema": {"type": "ARRAY", "items": {"type": "OBJECT",
        "properties": {"province": {"type": "STRING"}, "capital": {"type": "STRING"}}}}, "temperature": 0.4})), "responseSchema")  # fmt: skip
    add("B36-gem-safety-system", gem(gcontent("Summarise the plot of a heist movie in three sentences.",
        systemInstruction={"parts": [{"text": "Answer in British English."}]}, safetySettings=[
            {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "threshold": "BLOCK_ONLY_HIGH"}])), "systemInstruction and safetySettings")  # fmt: skip
    add(
        "B37-gem-models-get",
        with_headers(
            gem(b"", path=f"/v1beta/models?pageSize=50&key={GOOGLE_KEY}", method="GET"), {"x-goog-api-key": None}
        ),
        "GET models with ?key=",
    )
    add("B38-gem-embed", gem({"model": "models/gemini-embedding-001", "content": {"parts": [{"text": "How do I reset my router?"}]},
                              "taskType": "RETRIEVAL_QUERY"}, path="/v1beta/models/gemini-embedding-001:embedContent"), "embedContent")  # fmt: skip
    # ---- ChatGPT web ----
    add(
        "B39-cgpt-conversation-en",
        cgpt(cgpt_body("Explain the difference between a mutex and a semaphore with a short example.")),
        "f/conversation, English",
    )
    add(
        "B40-cgpt-conversation-nl",
        cgpt(cgpt_body("Wat is een goede indeling voor een projectplan van tien pagina's?")),
        "f/conversation, Dutch",
    )
    add(
        "B41-cgpt-followup",
        cgpt(cgpt_body("Kun je het korter maken?", conversation_id=_uuid(), parent_message_id=_uuid())),
        "follow-up with conversation_id",
    )
    add("B42-cgpt-prepare", cgpt({"action": "next", "fork_from_shared_post": False, "parent_message_id": "client-created-root",
                                  "model": "auto", "timezone_offset_min": -60, "timezone": "Europe/Amsterdam",
                                  "conversation_mode": {"kind": "primary_assistant"}, "system_hints": [], "supports_buffering": True,
                                  "supported_encodings": ["v1"], "partial_query": {"id": _uuid(), "author": {"role": "user"},
                                  "content": {"content_type": "text", "parts": ["Explain the difference between a mutex"]}},
                                  "client_contextual_info": {"app_name": "chatgpt.com"}}, path="/backend-api/f/conversation/prepare"),
        "f/conversation/prepare with a partial query")  # fmt: skip
    add("B43-cgpt-sentinel", cgpt({"p": "gAAAAAC" + base64.b64encode(json.dumps([4880, "Mon Dec 01 2026 10:12:44 GMT+0100",
                                   4294705152, 0.71, "Mozilla/5.0", None, "prod-" + _rand("0123456789abcdef", 40), "nl-NL"]).encode()).decode()},
                                  path="/backend-api/sentinel/chat-requirements"), "sentinel chat-requirements")  # fmt: skip
    mm = cgpt_body("x")
    mm["messages"][0]["content"] = {"content_type": "multimodal_text", "parts": [
        {"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-" + _rand(B62, 22), "size_bytes": 48213,
         "width": 1024, "height": 768}, "What does this dashboard screenshot show?"]}  # fmt: skip
    mm["messages"][0]["metadata"]["attachments"] = [{"id": "file-" + _rand(B62, 22), "size": 48213, "name": "dashboard.png",
                                                    "mime_type": "image/png", "width": 1024, "height": 768}]  # fmt: skip
    add("B44-cgpt-multimodal", cgpt(mm), "multimodal_text with an asset pointer")
    add(
        "B45-cgpt-code", cgpt(cgpt_body("Why does this crash?\n```\n" + STACKTRACE + "\n```")), "stack trace in ChatGPT"
    )
    add(
        "B46-cgpt-get-conversations",
        cgpt(b"", path="/backend-api/conversations?offset=0&limit=28&order=updated&is_archived=false", method="GET"),
        "GET conversation list",
    )
    # ---- prose, code, business text ----
    prose = [
        (
            "B47-nl-order",
            "Mijn bestelling 4012-883175 van 28 november 2026 (totaal € 1.249,95, 3 artikelen) is nog niet bezorgd. "
            "Schrijf een korte, vriendelijke klacht aan de webwinkel; hun klantenservice zit aan de Papendorpseweg 100, "
            "3528 BJ Utrecht.",
        ),
        (
            "B48-nl-invoice",
            "Factuur 2026-00417 van Drukkerij Snel B.V. (KvK 30218847, btw NL809173625B01) bedraagt € 3.480,00 excl. btw "
            "en vervalt op 31 december 2026. Maak een herinnering voor de crediteurenadministratie.",
        ),
        (
            "B49-en-meeting",
            "Draft an agenda for the quarterly planning meeting on Tuesday 13 January 2026, 09:30-11:00 CET, room 4.12: "
            "Q4 results (revenue up 8.4 %), hiring plan for two backend roles, and the office move on 1 March.",
        ),
        (
            "B50-en-recipe",
            "Scale this recipe from 4 to 10 servings: 250 g flour, 2 eggs, 300 ml milk, a pinch of salt, 25 g butter.",
        ),
        (
            "B51-nl-law",
            "Leg artikel 6 lid 1 onder f AVG (gerechtvaardigd belang) uit aan de hand van camerabewaking op een "
            "bedrijventerrein. Noem de drie toetsen die de Autoriteit Persoonsgegevens hanteert.",
        ),
        (
            "B52-en-release",
            "Write release notes for version 4.2.0 (build 20261201.3, commit " + COMMIT[:10] + "): faster start-up, "
            "a fix for read-only cache directories, and Python 3.9 support dropped.",
        ),
        (
            "B53-nl-logistics",
            "Zending 1Z999AA10123456784 is op 2 december om 14:12 vertrokken uit het depot in Tilburg (postcode "
            "5048 AB). Hoe lang duurt bezorging naar een bedrijf in Groningen normaal?",
        ),
        (
            "B54-en-finance",
            "Our SaaS costs went from $12,400 per month in Q2 to $15,950 in Q3 2026. Seat count grew from 84 to 97. "
            "Compute cost per seat for both quarters and the percentage change.",
        ),
        (
            "B55-nl-hr-policy",
            "Herschrijf onze thuiswerkregeling: medewerkers krijgen € 2,40 per thuiswerkdag en eenmalig € 350 "
            "voor een bureaustoel; aanvragen via het HR-portaal vóór 1 februari 2027.",
        ),
        (
            "B56-en-sql-log",
            "These log lines repeat every 30 s:\n2026-12-01T09:14:03.412Z WARN pool-3 [req " + _uuid() + "] slow query "
            "2148 ms: SELECT * FROM jobs WHERE state='queued' ORDER BY priority DESC LIMIT 100\n"
            "2026-12-01T09:14:33.409Z WARN pool-3 [req " + _uuid() + "] slow query 2203 ms. How do I index this?",
        ),
        (
            "B57-en-regex",
            "Write a regex that matches semantic versions like 1.2.3, 10.20.30-rc.1 and 2.0.0+build.7, but not 1.2 or 01.2.3.",
        ),
        (
            "B58-nl-planning",
            "Plan een sprint van twee weken (5 t/m 16 januari 2026) voor een team van 6 met 48 storypoints capaciteit; "
            "de release staat gepland op maandag 19 januari om 07:00.",
        ),
    ]
    for cid, text in prose:
        add(cid, oai(chat(text)), "prose")
    add("B59-anth-git-diff", anth(amsg("Review this diff:\n```diff\ndiff --git a/src/retry.py b/src/retry.py\nindex "
                                       f"{COMMIT[:7]}..{SHA256[:7]} 100644\n--- a/src/retry.py\n+++ b/src/retry.py\n@@ -48,7 +48,8 @@ def wrapper(*a, **kw):\n"
                                       "-            time.sleep(2 ** attempt)\n+            delay = min(30.0, 2 ** attempt)\n"
                                       "+            time.sleep(delay * random.uniform(0.5, 1.0))\n```")), "git diff")  # fmt: skip
    add(
        "B60-gem-nl-prose",
        gem(
            gcontent(
                "Schrijf een korte nieuwsbrieftekst: ons magazijn in Venlo (Celsiusweg 40, 5928 PR) is "
                "vanaf 5 januari 2026 op zaterdag open van 08:00 tot 13:00."
            )
        ),
        "Dutch prose with a company address",
    )
    return cases


ATTACKS = _attacks()
BENIGN = _benign()

"""Red-team wire probe: does a sensitive value reach an AI upstream unmasked through dlp-proxy?

    .venv/bin/python bench/redteam_wire.py [--verbose] [--only ID[,ID...]]

Starts a recording fake upstream (real TLS, a certificate per SNI name, plain HTTP too, WebSocket),
the real `dlp-proxy run` with the bundled policy (rules/), a temporary decision log and CA, and a
redirect addon that sends every upstream connection of the proxy (decrypted or tunnelled) to the
fake upstream. Then sends request variants through the proxy as a forward proxy (CONNECT + TLS,
plain HTTP, HTTP/2, WebSocket), each with a fresh canary value the bundled policy must mask
(personal data to a low-risk tool) or block (secrets, client data, unlisted/forbidden tools).

Verdict per variant: LEAK = the value (or a trivially decodable form: URL/HTML/JSON escapes,
base64/hex, gzip/deflate/br/zstd, UTF-16/32, spaced/split/reversed/spelled/full-width/homoglyph
forms) reached the upstream; masked = the upstream got the request without it; blocked = the
upstream got nothing. ERROR = the harness could not judge (e.g. 502 from a redirect fault).
A probe, not a test: it always exits 0.

Final run: 2026-12-07, 178 variants: blocked 66, masked 91, LEAK 21, ERROR 0 (171 s). LEAKs by class:
host 5, shape 6, text 10. The decision log held no canary value. LEAK variants:

  oa-header-name          IBAN inside a request header's *name* (`X-Acct-<IBAN>: 1`), forwarded as is
  oa-auth-basic-email     e-mail in `Authorization: Basic base64(email:password)`: not decoded, forwarded
  oa-cookie-b64           IBAN base64-encoded inside a Cookie value: forwarded (Cookie gets the narrow scan only)
  cg-blob-azure           ChatGPT upload PUT straight to oaisdmntpr*.blob.core.windows.net: tunnelled, BSN in
                          the file reaches it (README says this host cannot be listed)
  notion-ai               Notion AI runInferenceTranscript on www.notion.so: host not in any catalogue, tunnelled
  graph-copilot-chat      M365 Copilot Chat API on graph.microsoft.com: host not in the catalogue, AWS key passes
  azure-cognitive-host    Azure OpenAI on *.cognitiveservices.azure.com: tunnelled, AWS key passes
  host-ip-nosni-nohost    CONNECT to an IP, no SNI, Host = the IP: no AI name at all (a real vendor would not route it)
  host-fronting           domain fronting, CONNECT+SNI non-AI, Host api.openai.com [README: documented non-goal]
  host-ip-sni-nonai       CONNECT IP with a non-AI SNI, Host api.openai.com [README: documented non-goal]
  host-absolute-uri       tunnel to example.org carrying an absolute https://api.openai.com request (fronting again)
  txt-reversed-email      e-mail written backwards [README: documented non-goal]
  txt-rot13               e-mail in ROT13 [README: documented non-goal]
  txt-char-list           IBAN as a Python list of single characters ['N','L',...], no join call
  txt-vertical            IBAN one character per line
  txt-bsn-no-label        valid BSN next to the weak word "nummer" (detection miss, not a wire trick)
  txt-card-in-words-mixed card number in four groups joined by the word "then"
  txt-iban-word-sep       IBAN in groups joined by the Dutch word "dan"
  txt-split-two-messages  IBAN's first half in one user message, second half in a later user message
  txt-split-fields        BSN's first 5 digits in the prompt, last 4 in the top-level `user` field
  txt-split-requests      IBAN halves in two separate requests on one keep-alive connection
"""

from __future__ import annotations

import argparse
import base64
import binascii
import codecs
import contextlib
import datetime as dt
import gzip
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import signal
import socket
import ssl
import string
import sys
import tempfile
import threading
import time
import unicodedata
import urllib.parse
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

FAKE_IP = "203.0.113.7"  # TEST-NET-3: an "IP literal" CONNECT target, redirected like every host
START_TIMEOUT_S = 240
IO_TIMEOUT_S = 30

# ---------------------------------------------------------------------------------------------
# Canary values (fresh per variant so the proxy's pseudonym vault never helps it)
# ---------------------------------------------------------------------------------------------

FIRST = ["Hendrika", "Wilhelmus", "Geertruida", "Cornelis", "Annelies", "Bartholomeus", "Jozefien", "Reinier"]
LAST = ["Groenewegen", "Vermeulen", "Oosterhuis", "Brinkhorst", "Zwanenburg", "Kloosterman", "Hagedoorn"]
DOMAINS = ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "xs4all.nl", "planet.nl", "zeelandnet.nl"]
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


class Canary:
    """Checksum-valid personal identifiers and well-formed secrets, derived from the variant id."""

    def __init__(self, vid: str) -> None:
        self.rng = random.Random(hashlib.sha256(vid.encode()).digest())
        r = self.rng
        self.first, self.last = r.choice(FIRST), r.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.email = f"{self.first.lower()}.{self.last.lower()}{r.randint(10, 99)}@{r.choice(DOMAINS)}"
        self.bsn = self._bsn()
        self.iban = self._iban()
        self.card = self._card()
        self.aws = "AKIA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
        self.aws_secret = "".join(r.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))
        body = "".join(r.choice(B62) for _ in range(30))
        crc, chk = binascii.crc32(body.encode()), ""
        while crc:
            crc, m = divmod(crc, 62)
            chk = B62[m] + chk
        self.ghp = "ghp_" + body + chk.rjust(6, "0")
        self.client = "Zorggroep Noorderlicht"
        self.client_ref = f"KL-{r.randint(100000, 999999)}"
        self._pem: str | None = None

    @property
    def pem(self) -> str:
        if self._pem is None:
            from cryptography.hazmat.primitives import serialization
            from cryptography.hazmat.primitives.asymmetric import ec

            key = ec.generate_private_key(ec.SECP256R1())
            self._pem = key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            ).decode()
        return self._pem

    @property
    def pem_body(self) -> str:
        return "".join(ln for ln in self.pem.splitlines() if not ln.startswith("-----"))

    def _bsn(self) -> str:
        while True:
            d = [self.rng.randint(1, 9)] + [self.rng.randint(0, 9) for _ in range(7)]
            last = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
            if last <= 9:
                return "".join(map(str, [*d, last]))

    def _iban(self) -> str:
        bank = self.rng.choice(["ABNA", "RABO", "INGB", "SNSB"])
        while True:  # also the old Dutch 11-test on the account number
            acct = [self.rng.randint(0, 9) for _ in range(10)]
            if acct[0] and sum(x * w for x, w in zip(acct, range(10, 0, -1), strict=True)) % 11 == 0:
                break
        acct_s = "".join(map(str, acct))
        num = "".join(str(int(ch, 36)) for ch in bank + acct_s + "NL00")
        check = 98 - int(num) % 97
        return f"NL{check:02d}{bank}{acct_s}"

    def _card(self) -> str:
        digits = [4] + [self.rng.randint(0, 9) for _ in range(14)]
        total = 0
        for i, d in enumerate(reversed(digits)):
            d2 = d * 2 if i % 2 == 0 else d
            total += d2 - 9 if d2 > 9 else d2
        return "".join(map(str, [*digits, (10 - total % 10) % 10]))


def grouped(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------------------------------------
# Searching what the upstream received: raw bytes and every decoded form
# ---------------------------------------------------------------------------------------------

HOMOGLYPHS = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
        "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "ӏ": "l", "ո": "n", "ս": "u",
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
        "χ": "x", "ζ": "z", "η": "n", "μ": "u", "ⅰ": "i", "ı": "i", "ℓ": "l",
    }
)  # fmt: skip
DIGIT_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "nul": "0", "een": "1", "één": "1", "twee": "2", "drie": "3", "vier": "4",
    "vijf": "5", "zes": "6", "zeven": "7", "acht": "8", "negen": "9", "niner": "9",
}  # fmt: skip
NATO = {
    w: w[0]
    for w in "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike "
    "november oscar papa quebec romeo sierra tango uniform victor whiskey xray x-ray yankee zulu".split()
}
WORD_RE = re.compile(r"[a-zA-Zé-]+")
B64_RE = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
HEX_RE = re.compile(r"(?:[0-9a-fA-F]{2}){12,}")
UESC_RE = re.compile(r"\\u([0-9a-fA-F]{4})")


def skeleton(text: str) -> str:
    """Lower-case ASCII letters and digits only, after NFKC, without format/combining characters,
    look-alike letters folded and digits of any script as 0-9."""
    t = unicodedata.normalize("NFKC", text)
    if t.isascii():
        return re.sub(r"[^0-9a-z]", "", t.lower())
    out = []
    for ch in unicodedata.normalize("NFD", t).translate(HOMOGLYPHS).lower():
        if ch.isascii():
            if ch.isalnum():
                out.append(ch)
        elif ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        else:
            folded = unicodedata.normalize("NFKD", ch)
            folded = "".join(c for c in folded if c.isascii() and c.isalnum())
            out.append(folded.lower())
    return "".join(out)


def decompressions(data: bytes) -> list[bytes]:
    out: list[bytes] = []
    attempts: list[Callable[[bytes], bytes]] = [
        gzip.decompress,
        zlib.decompress,
        lambda b: zlib.decompress(b, -15),
        lambda b: zlib.decompress(b, 47),
    ]
    with contextlib.suppress(ImportError):
        import brotli

        attempts.append(brotli.decompress)
    with contextlib.suppress(ImportError):
        from backports import zstd

        attempts.append(zstd.decompress)
    for fn in attempts:
        try:
            got = fn(data)
        except Exception:  # noqa: BLE001 - any failure means "not this encoding"
            continue
        if got and got != data:
            out.append(got)
    if data[:4] == b"PK\x03\x04":  # a zip (Office files): every member, one level
        with contextlib.suppress(zipfile.BadZipFile, OSError, ValueError, RuntimeError):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                out.extend(z.read(i)[:5_000_000] for i in z.infolist()[:200])
    return out


def texts_of(data: bytes) -> list[str]:
    """Every plausible text reading of some bytes."""
    out = [data.decode("utf-8", "ignore"), data.decode("latin-1")]
    if data.count(b"\x00") > len(data) // 8:
        for enc in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            out.append(data.decode(enc, "ignore"))
    return out


def json_strings(value: Any, depth: int = 0) -> list[str]:
    acc: list[str] = []
    stack = [(value, depth)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            for k, x in v.items():
                acc.append(str(k))
                stack.append((x, d))
        elif isinstance(v, list):
            stack.extend((x, d) for x in v)
        elif isinstance(v, str):
            acc.append(v)
            if d < 3 and v[:1] in "[{":
                with contextlib.suppress(ValueError, RecursionError):
                    acc.extend(json_strings(json.loads(v), d + 1))
        elif v is not None:
            acc.append(str(v))
    return acc


def expand_text(text: str, depth: int = 0) -> list[str]:
    views = [text]
    views.append(urllib.parse.unquote_plus(urllib.parse.unquote_plus(text)))
    views.append(html.unescape(text))
    if "<" in text:
        views.append(re.sub(r"<[^>]{0,200}>", "", text))
    views.append(UESC_RE.sub(lambda m: chr(int(m.group(1), 16)), text))
    with contextlib.suppress(ValueError):
        views.append(quopri.decodestring(text.encode("latin-1", "ignore")).decode("utf-8", "ignore"))
    stripped = text.strip()
    if stripped[:1] in '[{"':
        with contextlib.suppress(ValueError, RecursionError):
            views.append("\n".join(json_strings(json.loads(stripped))))
    if depth < 2 and len(text) < 8_000_000:
        for m in B64_RE.finditer(text):
            run = m.group(0)
            for dec in (base64.b64decode, base64.urlsafe_b64decode):
                try:
                    raw = dec(run + "=" * (-len(run) % 4))
                except (ValueError, binascii.Error):
                    continue
                for blob in [raw, *decompressions(raw)]:
                    t = blob.decode("utf-8", "ignore")
                    if sum(c.isprintable() for c in t) > 0.6 * max(1, len(t)):
                        views.extend(expand_text(t, depth + 1))
        for m in HEX_RE.finditer(text):
            with contextlib.suppress(ValueError):
                views.extend(expand_text(bytes.fromhex(m.group(0)).decode("utf-8", "ignore"), depth + 1))
    return views


def word_views(text: str) -> list[str]:
    """Spelled-out digits and NATO letters turned back into characters, and ROT13."""
    if len(text) > 2_000_000:
        return []
    digits = WORD_RE.sub(lambda m: DIGIT_WORDS.get(m.group(0).lower(), m.group(0)), text)
    nato = WORD_RE.sub(lambda m: NATO.get(m.group(0).lower(), DIGIT_WORDS.get(m.group(0).lower(), m.group(0))), text)
    return [digits, nato, codecs.decode(text, "rot13")]


@dataclass
class Record:
    """One request the fake upstream received (or one WebSocket connection and its messages)."""

    sni: str | None
    head: bytes
    raw_body: bytes  # as received (chunked framing included)
    body: bytes  # de-chunked
    ws_messages: list[bytes] = field(default_factory=list)

    @property
    def request_line(self) -> str:
        return self.head.split(b"\r\n", 1)[0].decode("latin-1")

    def header(self, name: str) -> str:
        for line in self.head.split(b"\r\n")[1:]:
            k, _, v = line.decode("latin-1").partition(":")
            if k.strip().lower() == name:
                return v.strip()
        return ""

    def skeletons(self) -> list[str]:
        blobs = [self.head, self.raw_body, self.body, *self.ws_messages]
        enc = [e.strip().lower() for e in self.header("content-encoding").split(",") if e.strip()]
        if enc:
            with contextlib.suppress(Exception):
                b = self.body
                for e in reversed(enc):
                    b = _decode_one(e, b)
                blobs.append(b)
        for b in list(blobs[1:]):
            blobs.extend(decompressions(b))
            for inner in decompressions(b):
                blobs.extend(decompressions(inner))
        seen: set[str] = set()
        out: list[str] = []
        for blob in blobs:
            for t in texts_of(blob):
                for v in expand_text(t):
                    for w in [v, *word_views(v)]:
                        sk = skeleton(w)
                        if sk and sk not in seen:
                            seen.add(sk)
                            out.append(sk)
        return out


def _decode_one(enc: str, b: bytes) -> bytes:
    if enc in ("gzip", "x-gzip"):
        return gzip.decompress(b)
    if enc == "deflate":
        try:
            return zlib.decompress(b)
        except zlib.error:
            return zlib.decompress(b, -15)
    if enc == "br":
        import brotli

        return brotli.decompress(b)
    if enc == "zstd":
        from backports import zstd

        return zstd.decompress(b)
    return b


def judge(records: list[Record], needles: list[list[str]]) -> tuple[str, str]:
    """('LEAK'|'clean', detail) over everything the upstream received for one variant."""
    skels: list[str] = []
    for r in records:
        skels.extend(r.skeletons())
    for group in needles:
        parts = [skeleton(p) for p in group]
        if all(any(p in s or p[::-1] in s for s in skels) for p in parts if p):
            return "LEAK", "whole value" if len(group) == 1 else f"all {len(group)} pieces"
    # Digits separated by words ("4906 then 6161 ...") or split over fields: a value with 9+ digits
    # counts as leaked when all its digits arrive in a row, whatever stands between them.
    digit_views = [re.sub(r"[^0-9]", "", s) for s in skels]
    for group in needles:
        digits = re.sub(r"[^0-9]", "", "".join(skeleton(p) for p in group))
        if len(digits) >= 9 and any(digits in d or digits[::-1] in d for d in digit_views):
            return "LEAK", "all digits in a row (words or fields between them)"
    for group in needles:  # a large part of a value (e.g. all but the check digits) is a leak too
        if len(group) != 1:
            continue
        p = skeleton(group[0])
        w = max(10, -(-len(p) * 7 // 10))
        if len(p) > w:
            for i in range(len(p) - w + 1):
                piece = p[i : i + w]
                if any(piece in s for s in skels):
                    return "LEAK", f"partial ({w}/{len(p)} chars)"
    return "clean", ""


# ---------------------------------------------------------------------------------------------
# The fake upstream: TLS (certificate minted per SNI) or plain HTTP on one port; records all
# ---------------------------------------------------------------------------------------------


class CertFactory:
    def __init__(self, folder: Path) -> None:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        self.x509, self.hashes, self.ser, self.ec, self.NameOID = x509, hashes, serialization, ec, NameOID
        self.folder = folder
        self.lock = threading.Lock()
        self.contexts: dict[str, ssl.SSLContext] = {}
        now = dt.datetime.now(dt.UTC)
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "redteam wire upstream CA")])
        self.ca = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self.ca_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=7))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.ca_key.public_key()), critical=False)
            .sign(self.ca_key, hashes.SHA256())
        )  # fmt: skip
        self.ca_pem = folder / "upstream-ca.pem"
        self.ca_pem.write_bytes(self.ca.public_bytes(serialization.Encoding.PEM))

    def context(self, host: str | None) -> ssl.SSLContext:
        key = (host or "").lower().rstrip(".") or "_default"
        with self.lock:
            if key in self.contexts:
                return self.contexts[key]
            import ipaddress

            x509, NameOID = self.x509, self.NameOID
            now = dt.datetime.now(dt.UTC)
            leaf_key = self.ec.generate_private_key(self.ec.SECP256R1())
            sans: list[Any] = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                               x509.IPAddress(ipaddress.ip_address(FAKE_IP))]  # fmt: skip
            if key != "_default":
                try:
                    sans.append(x509.IPAddress(ipaddress.ip_address(key)))
                except ValueError:
                    sans.append(x509.DNSName(key))
            cert = (
                x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, key[:60])]))
                .issuer_name(self.ca.subject).public_key(leaf_key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=7))
                .add_extension(x509.SubjectAlternativeName(sans), critical=False)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.ca_key.public_key()),
                               critical=False)
                .sign(self.ca_key, self.hashes.SHA256())
            )  # fmt: skip
            tag = hashlib.sha1(key.encode()).hexdigest()[:12]
            cert_f, key_f = self.folder / f"{tag}.pem", self.folder / f"{tag}.key"
            cert_f.write_bytes(cert.public_bytes(self.ser.Encoding.PEM))
            key_f.write_bytes(leaf_key.private_bytes(self.ser.Encoding.PEM, self.ser.PrivateFormat.PKCS8,
                                                     self.ser.NoEncryption()))  # fmt: skip
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(cert_f, key_f)
            ctx.set_alpn_protocols(["http/1.1"])
            self.contexts[key] = ctx
            return ctx


def _answer_for(path: str, body: bytes) -> tuple[str, bytes]:
    """A plausible 200 for the API the path belongs to: (content type, body)."""
    stream = b'"stream":true' in body.replace(b" ", b"") or "alt=sse" in path
    p = path.split("?", 1)[0]
    if p.endswith("/chat/completions") or p.endswith("/completions") or p in ("/api/chat", "/api/generate"):
        if stream:
            chunk = {"id": "chatcmpl-rt", "object": "chat.completion.chunk", "created": 1700000000,
                     "model": "gpt-4o-mini", "choices": [{"index": 0, "delta": {"content": "Prima."}}]}  # fmt: skip
            return "text/event-stream", f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()
        return "application/json", json.dumps(
            {"id": "chatcmpl-rt", "object": "chat.completion", "created": 1700000000, "model": "gpt-4o-mini",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Prima, afgehandeld."},
                          "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}}
        ).encode()  # fmt: skip
    if p.endswith("/responses"):
        resp = {"id": "resp_rt", "object": "response", "status": "completed", "model": "gpt-4.1",
                "output": [{"type": "message", "role": "assistant",
                            "content": [{"type": "output_text", "text": "Prima."}]}]}  # fmt: skip
        if stream:
            ev = {"type": "response.completed", "response": resp}
            return "text/event-stream", f"event: response.completed\ndata: {json.dumps(ev)}\n\n".encode()
        return "application/json", json.dumps(resp).encode()
    if p.endswith("/messages"):
        msg = {"id": "msg_rt", "type": "message", "role": "assistant", "model": "claude-sonnet-4",
               "content": [{"type": "text", "text": "Prima."}], "stop_reason": "end_turn",
               "usage": {"input_tokens": 1, "output_tokens": 1}}  # fmt: skip
        if stream:
            return "text/event-stream", (
                f"event: message_start\ndata: {json.dumps({'type': 'message_start', 'message': msg})}\n\n"
                'event: message_stop\ndata: {"type":"message_stop"}\n\n'
            ).encode()
        return "application/json", json.dumps(msg).encode()
    if "generateContent" in p or "GenerateContent" in p:
        cand = {"candidates": [{"content": {"role": "model", "parts": [{"text": "Prima."}]}, "finishReason": "STOP"}]}
        if stream:
            return "text/event-stream", f"data: {json.dumps(cand)}\n\n".encode()
        return "application/json", json.dumps(cand).encode()
    if "conversation" in p:
        return "text/event-stream", b'event: delta_encoding\ndata: "v1"\n\ndata: [DONE]\n\n'
    if p.endswith("/embeddings") or p.endswith("/embed"):
        return "application/json", b'{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1]}]}'
    return "application/json", b'{"ok":true}'


class Upstream:
    """A threaded server on 127.0.0.1 that speaks TLS or plain HTTP/1.1 (by the first byte) and
    WebSocket, records every request, and answers each with a plausible 200."""

    def __init__(self, certs: CertFactory) -> None:
        self.certs = certs
        self.records: list[Record] = []
        self.lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.port = self.sock.getsockname()[1]
        self.stopped = threading.Event()
        self.base_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.base_ctx.load_cert_chain(*self._default_files())
        self.base_ctx.set_alpn_protocols(["http/1.1"])
        self.base_ctx.sni_callback = self._sni
        threading.Thread(target=self._accept, name="rt-upstream", daemon=True).start()

    def _default_files(self) -> tuple[Path, Path]:
        self.certs.context(None)
        tag = hashlib.sha1(b"_default").hexdigest()[:12]
        return self.certs.folder / f"{tag}.pem", self.certs.folder / f"{tag}.key"

    def _sni(self, sslobj: ssl.SSLObject, name: str | None, _ctx: ssl.SSLContext) -> None:
        sslobj.context = self.certs.context(name)
        sslobj.sni_seen = name  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.stopped.set()
        with contextlib.suppress(OSError):
            self.sock.close()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(IO_TIMEOUT_S)
        sni: str | None = None
        try:
            first = conn.recv(1, socket.MSG_PEEK)
            if not first:
                return
            if first == b"\x16":
                conn = self.base_ctx.wrap_socket(conn, server_side=True)
                sni = getattr(conn, "sni_seen", None) or getattr(conn._sslobj, "sni_seen", None)  # type: ignore
            reader = conn.makefile("rb")
            while True:
                head = _read_head(reader)
                if head is None:
                    return
                headers = _parse_headers(head)
                raw_body, body = _read_body(reader, headers)
                rec = Record(sni, head, raw_body, body)
                with self.lock:
                    self.records.append(rec)
                if headers.get("upgrade", "").lower() == "websocket":
                    self._websocket(conn, reader, headers, rec)
                    return
                path = head.split(b" ", 2)[1].decode("latin-1")
                ctype, answer = _answer_for(path, body)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: " + ctype.encode() + b"\r\ncontent-length: "
                    + str(len(answer)).encode() + b"\r\n\r\n" + answer
                )  # fmt: skip
                if headers.get("connection", "").lower() == "close":
                    return
        except (OSError, ValueError, ssl.SSLError):
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _websocket(self, conn: socket.socket, reader: Any, headers: dict[str, str], rec: Record) -> None:
        accept = base64.b64encode(
            hashlib.sha1((headers.get("sec-websocket-key", "") + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode())
            .digest()
        )  # fmt: skip
        extra = b""
        if "sec-websocket-protocol" in headers:
            extra = b"sec-websocket-protocol: " + headers["sec-websocket-protocol"].split(",")[0].encode() + b"\r\n"
        conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n"
                     b"sec-websocket-accept: " + accept + b"\r\n" + extra + b"\r\n")  # fmt: skip
        conn.settimeout(8)
        while True:
            try:
                frame = _read_ws_frame(reader)
            except (OSError, ValueError):
                return
            if frame is None:
                return
            opcode, payload = frame
            if opcode == 8:
                with contextlib.suppress(OSError):
                    conn.sendall(b"\x88\x00")
                return
            if opcode in (0, 1, 2):
                with self.lock:
                    rec.ws_messages.append(payload)
                with contextlib.suppress(OSError):
                    conn.sendall(_ws_frame(1, b'{"event":"received"}', mask=False))


def _read_head(reader: Any) -> bytes | None:
    lines = []
    while True:
        line = reader.readline(65536)
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            if not lines:
                continue
            return b"".join(lines) + b"\r\n"
        lines.append(line)


def _parse_headers(head: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.decode("latin-1").partition(":")
        if k:
            out[k.strip().lower()] = v.strip()
    return out


def _read_body(reader: Any, headers: dict[str, str]) -> tuple[bytes, bytes]:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raw, body = [], []
        while True:
            size_line = reader.readline(65536)
            raw.append(size_line)
            size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while True:  # trailers
                    t = reader.readline(65536)
                    raw.append(t)
                    if t in (b"\r\n", b"\n", b""):
                        break
                return b"".join(raw), b"".join(body)
            chunk = reader.read(size)
            body.append(chunk)
            raw.append(chunk + reader.read(2))
    n = int(headers.get("content-length", "0") or 0)
    data = reader.read(n) if n else b""
    return data, data


def _ws_frame(opcode: int, payload: bytes, *, mask: bool = True, fin: bool = True) -> bytes:
    b0 = (0x80 if fin else 0) | opcode
    n = len(payload)
    if n < 126:
        head = bytes([b0, (0x80 if mask else 0) | n])
    elif n < 65536:
        head = bytes([b0, (0x80 if mask else 0) | 126]) + n.to_bytes(2, "big")
    else:
        head = bytes([b0, (0x80 if mask else 0) | 127]) + n.to_bytes(8, "big")
    if not mask:
        return head + payload
    key = os.urandom(4)
    return head + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


def _read_ws_frame(reader: Any) -> tuple[int, bytes] | None:
    h = reader.read(2)
    if len(h) < 2:
        return None
    opcode, masked, n = h[0] & 0x0F, h[1] & 0x80, h[1] & 0x7F
    if n == 126:
        n = int.from_bytes(reader.read(2), "big")
    elif n == 127:
        n = int.from_bytes(reader.read(8), "big")
    key = reader.read(4) if masked else b""
    data = reader.read(n)
    if masked:
        data = bytes(b ^ key[i % 4] for i, b in enumerate(data))
    return opcode, data


REDIRECT_ADDON = '''
"""Red-team probe: every upstream connection (decrypted or tunnelled, any host, any port) goes to
the recording fake upstream on 127.0.0.1:$DLP_REDTEAM_UPSTREAM; SNI stays what it was."""
import os

from mitmproxy.proxy import server_hooks

PORT = int(os.environ["DLP_REDTEAM_UPSTREAM"])
ORIGINAL = {}


class RedteamRedirect:
    def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        if not data.server.address or data.server.address == ("127.0.0.1", PORT):
            return
        host, port = data.server.address
        ORIGINAL[id(data.server)] = (host, port)
        data.server.address = ("127.0.0.1", PORT)
        if data.server.sni is None and data.server.tls and not host.replace(".", "").isdigit():
            data.server.sni = host

    def server_connected(self, data: server_hooks.ServerConnectionHookData) -> None:
        orig = ORIGINAL.pop(id(data.server), None)
        if orig is not None:
            object.__setattr__(data.server, "address", orig)


addons = [RedteamRedirect()]
'''


# ---------------------------------------------------------------------------------------------
# Clients: HTTP/1.1 over CONNECT (+TLS) or plain, HTTP/2, WebSocket
# ---------------------------------------------------------------------------------------------


@dataclass
class Env:
    proxy_port: int


@dataclass
class Outcome:
    status: str  # client-side: HTTP status, "closed", "ws-open", ...
    note: str = ""
    body: bytes = b""


def client_ctx(alpn: list[str] | None = None) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False  # an attacker's client checks nothing; SNI is set explicitly
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_alpn_protocols(alpn or ["http/1.1"])
    return ctx


def open_tunnel(env: Env, connect: str, sni: str | None, alpn: list[str] | None = None) -> tuple[Any, str]:
    """CONNECT through the proxy, then TLS with `sni` (None: no SNI). Returns (socket, CONNECT status)."""
    s = socket.create_connection(("127.0.0.1", env.proxy_port), timeout=IO_TIMEOUT_S)
    s.sendall(f"CONNECT {connect} HTTP/1.1\r\nHost: {connect}\r\n\r\n".encode())
    reader = s.makefile("rb")
    head = _read_head(reader)
    if head is None:
        s.close()
        return None, "closed"
    status = head.split(b" ", 2)[1].decode()
    if status != "200":
        s.close()
        return None, f"CONNECT {status}"
    ts = client_ctx(alpn).wrap_socket(s, server_hostname=sni)
    return ts, status


def read_response(reader: Any) -> tuple[str, dict[str, str], bytes]:
    head = _read_head(reader)
    if head is None:
        return "closed", {}, b""
    status = head.split(b" ", 2)[1].decode("latin-1")
    headers = _parse_headers(head)
    if "chunked" in headers.get("transfer-encoding", "").lower() or "content-length" in headers:
        _, body = _read_body(reader, headers)
    elif status in ("101", "204", "304"):
        body = b""
    else:
        body = reader.read()
    return status, headers, body


@dataclass
class H1:
    """One or more raw HTTP/1.1 requests on one connection."""

    host: str
    path: str
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    method: str = "POST"
    connect: str | None = None  # CONNECT target, default host:443
    sni: str | None = "="  # "=": same as host; None: no SNI
    host_header: str | None = None  # default host
    plain: bool = False  # plain HTTP, absolute-form request line to the proxy
    chunks: list[bytes] | None = None  # send the body chunked in these pieces
    trailers: dict[str, str] | None = None
    version: str = "HTTP/1.1"
    extra: list[H1] = field(default_factory=list)  # more requests on the same connection (pipelined)
    raw_head_extra: str = ""

    def build(self) -> bytes:
        hh = self.host_header if self.host_header is not None else self.host
        target = f"http://{hh}{self.path}" if self.plain else self.path
        lines = [f"{self.method} {target} {self.version}"]
        if hh:
            lines.append(f"Host: {hh}")
        hdrs = {"User-Agent": "redteam-wire/1.0", "Accept": "application/json", "Accept-Language": "en"}
        hdrs.update(self.headers)
        for k, v in hdrs.items():
            lines.append(f"{k}: {v}")
        if self.chunks is not None:
            lines.append("Transfer-Encoding: chunked")
            if self.trailers:
                lines.append("Trailer: " + ", ".join(self.trailers))
            body = b"".join(f"{len(c):x}\r\n".encode() + c + b"\r\n" for c in self.chunks if c) + b"0\r\n"
            body += "".join(f"{k}: {v}\r\n" for k, v in (self.trailers or {}).items()).encode() + b"\r\n"
        else:
            if self.body or self.method in ("POST", "PUT", "PATCH"):
                lines.append(f"Content-Length: {len(self.body)}")
            body = self.body
        head = "\r\n".join(lines) + "\r\n" + self.raw_head_extra + "\r\n"
        return head.encode("utf-8") + body

    def run(self, env: Env) -> Outcome:
        payload = self.build() + b"".join(x.build() for x in self.extra)
        n = 1 + len(self.extra)
        if self.plain:
            s: Any = socket.create_connection(("127.0.0.1", env.proxy_port), timeout=IO_TIMEOUT_S)
        else:
            sni = self.host if self.sni == "=" else self.sni
            s, st = open_tunnel(env, self.connect or f"{self.host}:443", sni)
            if s is None:
                return Outcome(st)
        with contextlib.closing(s):
            s.settimeout(IO_TIMEOUT_S)
            try:
                s.sendall(payload)
                reader = s.makefile("rb")
                statuses, last_body = [], b""
                for _ in range(n):
                    st, hdrs, last_body = read_response(reader)
                    statuses.append(st + (f"/{hdrs['x-dlp-action']}" if "x-dlp-action" in hdrs else ""))
                    if st == "closed":
                        break
            except (OSError, ssl.SSLError) as e:
                return Outcome("closed", f"{type(e).__name__}")
        return Outcome(",".join(statuses), body=last_body)


@dataclass
class H2:
    host: str
    path: str
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    method: str = "POST"
    authority: str | None = None
    data_chunks: list[bytes] | None = None
    connect: str | None = None
    sni: str | None = "="

    def run(self, env: Env) -> Outcome:
        import h2.config
        import h2.connection
        import h2.events

        sni = self.host if self.sni == "=" else self.sni
        s, st = open_tunnel(env, self.connect or f"{self.host}:443", sni, alpn=["h2"])
        if s is None:
            return Outcome(st)
        with contextlib.closing(s):
            if s.selected_alpn_protocol() != "h2":
                return Outcome("no-h2", f"ALPN {s.selected_alpn_protocol()}")
            conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
            conn.initiate_connection()
            hdrs = [(":method", self.method), (":scheme", "https"), (":authority", self.authority or self.host),
                    (":path", self.path), ("user-agent", "redteam-wire/1.0"), ("accept-language", "en")]  # fmt: skip
            hdrs += [(k.lower(), v) for k, v in self.headers.items()]
            chunks = self.data_chunks if self.data_chunks is not None else ([self.body] if self.body else [])
            if chunks:
                hdrs.append(("content-length", str(sum(map(len, chunks)))))
            conn.send_headers(1, hdrs, end_stream=not chunks)
            s.sendall(conn.data_to_send())
            for i, c in enumerate(chunks):
                conn.send_data(1, c, end_stream=i == len(chunks) - 1)
                s.sendall(conn.data_to_send())
            status, body, done = "closed", b"", False
            s.settimeout(IO_TIMEOUT_S)
            while not done:
                try:
                    data = s.recv(65536)
                except (OSError, ssl.SSLError):
                    break
                if not data:
                    break
                for ev in conn.receive_data(data):
                    if isinstance(ev, h2.events.ResponseReceived):
                        status = dict(ev.headers).get(":status", "?")
                    elif isinstance(ev, h2.events.DataReceived):
                        body += ev.data
                        conn.acknowledge_received_data(ev.flow_controlled_length, ev.stream_id)
                    elif isinstance(ev, (h2.events.StreamEnded, h2.events.StreamReset, h2.events.ConnectionTerminated)):
                        if isinstance(ev, h2.events.StreamReset):
                            status = "reset"
                        done = True
                s.sendall(conn.data_to_send())
            return Outcome(status, body=body)


@dataclass
class WS:
    host: str
    path: str
    messages: list[tuple[int, bytes, bool]]  # (opcode, payload, fin)
    headers: dict[str, str] = field(default_factory=dict)

    def run(self, env: Env) -> Outcome:
        s, st = open_tunnel(env, f"{self.host}:443", self.host)
        if s is None:
            return Outcome(st)
        with contextlib.closing(s):
            s.settimeout(IO_TIMEOUT_S)
            key = base64.b64encode(os.urandom(16)).decode()
            extra = "".join(f"{k}: {v}\r\n" for k, v in self.headers.items())
            s.sendall((f"GET {self.path} HTTP/1.1\r\nHost: {self.host}\r\nUpgrade: websocket\r\n"
                       f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                       f"Origin: https://{self.host}\r\n{extra}\r\n").encode())  # fmt: skip
            reader = s.makefile("rb")
            try:
                status, _, _ = read_response(reader)
            except (OSError, ssl.SSLError):
                return Outcome("closed")
            if status != "101":
                return Outcome(status)
            try:
                for opcode, payload, fin in self.messages:
                    s.sendall(_ws_frame(opcode, payload, fin=fin))
                got = 0
                s.settimeout(3)
                with contextlib.suppress(OSError, ValueError):
                    while _read_ws_frame(reader) is not None:
                        got += 1
                s.settimeout(2)
                with contextlib.suppress(OSError):
                    s.sendall(_ws_frame(8, b"\x03\xe8"))
            except (OSError, ssl.SSLError) as e:
                return Outcome("101", f"ws error {type(e).__name__}")
            return Outcome("101", f"{got} server msgs")


# ---------------------------------------------------------------------------------------------
# Variants
# ---------------------------------------------------------------------------------------------

OA = "api.openai.com"
AUTH = {"Authorization": "Bearer sk-proj-redteamprobeplaceholder", "Content-Type": "application/json"}
AN_AUTH = {"x-api-key": "sk-ant-redteam-placeholder", "anthropic-version": "2023-06-01",
           "Content-Type": "application/json"}  # fmt: skip
GM_AUTH = {"x-goog-api-key": "redteam-placeholder-key", "Content-Type": "application/json"}


def jdump(obj: Any, **kw: Any) -> bytes:
    return json.dumps(obj, **kw).encode()


def chat(text: str | list[Any], *, system: str | None = None, extra: dict[str, Any] | None = None,
         stream: bool = False) -> dict[str, Any]:  # fmt: skip
    msgs: list[dict[str, Any]] = []
    if system is not None:
        msgs.append({"role": "system", "content": system})
    msgs.append({"role": "user", "content": text})
    d: dict[str, Any] = {"model": "gpt-4o-mini", "messages": msgs}
    if stream:
        d["stream"] = True
    d.update(extra or {})
    return d


def oa_chat(body: bytes, **kw: Any) -> H1:
    return H1(OA, "/v1/chat/completions", body, headers={**AUTH, **kw.pop("headers", {})}, **kw)


@dataclass
class Variant:
    vid: str
    cls: str
    desc: str
    expect: str  # "mask" or "block" (what the bundled policy should do)
    make: Callable[[Canary], tuple[Any, list[list[str]]]]


VARIANTS: list[Variant] = []


def variant(vid: str, cls: str, expect: str, desc: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def deco(fn: Callable[[Canary], tuple[Any, list[list[str]]]]) -> Callable[..., Any]:
        VARIANTS.append(Variant(vid, cls, desc, expect, fn))
        return fn

    return deco


def P_IBAN(c: Canary) -> str:  # noqa: N802
    return f"Stuur een betalingsherinnering; het rekeningnummer van de klant is {c.iban}."


def P_EMAIL(c: Canary) -> str:  # noqa: N802
    return f"Write a polite reply to {c.email} about the delayed order."


def P_BSN(c: Canary) -> str:  # noqa: N802
    return f"Vul het formulier in, mijn BSN is {c.bsn}."


def P_CARD(c: Canary) -> str:  # noqa: N802
    return f"My credit card number is {grouped(c.card)}, expiry 09/28, please check the format."


def P_AWS(c: Canary) -> str:  # noqa: N802
    return f"Why does this fail? aws_access_key_id = {c.aws}\naws_secret_access_key = {c.aws_secret}"


def P_GHP(c: Canary) -> str:  # noqa: N802
    return f"Our CI uses GITHUB_TOKEN={c.ghp} and the push fails, why?"


# -- A. baselines: the canaries in the plainest place -------------------------------------------


@variant("base-email", "baseline", "mask", "OpenAI chat, e-mail address in the user message")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_EMAIL(c)))), [[c.email]]


@variant("base-iban", "baseline", "mask", "OpenAI chat, Dutch IBAN in the user message")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c)))), [[c.iban]]


@variant("base-bsn", "baseline", "mask", "OpenAI chat, BSN with its label in the user message")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_BSN(c)))), [[c.bsn]]


@variant("base-card", "baseline", "mask", "OpenAI chat, Visa card number (Luhn-valid) grouped by four")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_CARD(c)))), [[c.card]]


@variant("base-name", "baseline", "mask", "OpenAI chat, a person's full name with context")
def _(c: Canary) -> Any:
    text = f"Schrijf een afwijzingsbrief aan mevrouw {c.name}, die vorige week solliciteerde."
    return oa_chat(jdump(chat(text))), [[c.name]]


@variant("base-aws", "baseline", "block", "OpenAI chat, AWS access key id + secret key")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_AWS(c)))), [[c.aws], [c.aws_secret]]


@variant("base-ghp", "baseline", "block", "OpenAI chat, GitHub personal access token")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_GHP(c)))), [[c.ghp]]


@variant("base-pem", "baseline", "block", "OpenAI chat, a PEM private key")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Is this key valid?\n" + c.pem))), [[c.pem_body[:60]]]


@variant("base-client", "baseline", "block", "OpenAI chat, a client name from clients.yaml")
def _(c: Canary) -> Any:
    text = f"Vat het dossier van {c.client} samen, referentie {c.client_ref}."
    return oa_chat(jdump(chat(text))), [[c.client_ref]]


# -- B. API shapes and fields ---------------------------------------------------------------------


@variant("oa-responses-input", "shape", "mask", "OpenAI Responses API, input string")
def _(c: Canary) -> Any:
    return H1(OA, "/v1/responses", jdump({"model": "gpt-4.1", "input": P_IBAN(c)}), headers=AUTH), [[c.iban]]


@variant("oa-responses-instructions", "shape", "mask", "Responses API, value in `instructions`")
def _(c: Canary) -> Any:
    body = {"model": "gpt-4.1", "instructions": f"Always cc {c.email} in drafts.", "input": "Draft a memo."}
    return H1(OA, "/v1/responses", jdump(body), headers=AUTH), [[c.email]]


@variant("oa-responses-parts-stream", "shape", "mask", "Responses API, input_text part, stream:true")
def _(c: Canary) -> Any:
    body = {"model": "gpt-4.1", "stream": True,
            "input": [{"role": "user", "content": [{"type": "input_text", "text": P_BSN(c)}]}]}  # fmt: skip
    return H1(OA, "/v1/responses", jdump(body), headers=AUTH), [[c.bsn]]


@variant("oa-system", "shape", "mask", "Chat, value in the system message")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Draft the letter.", system=P_IBAN(c)))), [[c.iban]]


@variant("oa-developer", "shape", "mask", "Chat, value in a developer-role message")
def _(c: Canary) -> Any:
    body = {"model": "o3", "messages": [{"role": "developer", "content": P_EMAIL(c)},
                                        {"role": "user", "content": "Go."}]}  # fmt: skip
    return oa_chat(jdump(body)), [[c.email]]


@variant("oa-tool-result", "shape", "mask", "Chat, value in a role:tool result")
def _(c: Canary) -> Any:
    msgs = [
        {"role": "user", "content": "Look up the customer."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": json.dumps({"iban": c.iban, "status": "late"})},
    ]
    return oa_chat(jdump({"model": "gpt-4o", "messages": msgs})), [[c.iban]]  # fmt: skip


@variant("oa-tool-args", "shape", "mask", "Chat, value inside assistant tool_calls[].function.arguments")
def _(c: Canary) -> Any:
    args = json.dumps({"to": c.email, "subject": "Invoice"})
    msgs = [
        {"role": "user", "content": "Send it."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "send_mail", "arguments": args}}],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "sent"},
    ]
    return oa_chat(jdump({"model": "gpt-4o", "messages": msgs})), [[c.email]]  # fmt: skip


@variant("oa-tool-description", "shape", "block", "Chat, secret inside tools[].function.description")
def _(c: Canary) -> Any:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "deploy",
                "description": f"Deploys with token {c.ghp}",
                "parameters": {"type": "object", "properties": {}},
            },
        }
    ]
    return oa_chat(jdump(chat("Deploy please.", extra={"tools": tools}))), [[c.ghp]]  # fmt: skip


@variant("oa-metadata", "shape", "mask", "Chat, value in `metadata` (store:true)")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi", extra={"store": True, "metadata": {"customer": c.email}}))), [[c.email]]


@variant("oa-user-field", "shape", "mask", "Chat, value in the `user` field")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi", extra={"user": c.email}))), [[c.email]]


@variant("oa-unknown-field", "shape", "mask", "Chat, value deep in an unknown extra field")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi", extra={"x_ctx": {"a": [{"b": {"note": P_IBAN(c)}}]}}))), [[c.iban]]


@variant("oa-json-in-string", "shape", "mask", "Chat, JSON document serialized inside the content string")
def _(c: Canary) -> Any:
    inner = json.dumps({"customer": {"iban": c.iban, "note": "late"}})
    return oa_chat(jdump(chat(f"Parse this: {json.dumps(inner)}"))), [[c.iban]]


@variant("oa-stop-field", "shape", "mask", "Chat, value in the `stop` sequences")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi", extra={"stop": [c.email]}))), [[c.email]]


@variant("oa-bsn-number", "shape", "mask", "Chat, BSN as a JSON number under key `bsn` in metadata")
def _(c: Canary) -> Any:
    body = jdump(chat("Fill the form.", extra={"metadata": {"bsn": int(c.bsn)}}))
    return oa_chat(body), [[c.bsn]]


@variant("oa-file-data-txt", "shape", "mask", "Chat, file part with data:text/plain base64 file_data")
def _(c: Canary) -> Any:
    data = base64.b64encode(f"Klantenlijst\n{c.name};{c.iban};betaalt laat\n".encode()).decode()
    part = {"type": "file", "file": {"filename": "klanten.txt", "file_data": f"data:text/plain;base64,{data}"}}
    return oa_chat(jdump(chat([{"type": "text", "text": "Summarise"}, part]))), [[c.iban]]


@variant("oa-image-url-text", "shape", "mask", "Chat, image_url part whose data: URL is text/plain (odd)")
def _(c: Canary) -> Any:
    data = base64.b64encode(P_EMAIL(c).encode()).decode()
    part = {"type": "image_url", "image_url": {"url": f"data:text/plain;base64,{data}"}}
    return oa_chat(jdump(chat([{"type": "text", "text": "See image"}, part]))), [[c.email]]


@variant("oa-image-octet", "shape", "mask", "Chat, image_url data:application/octet-stream holding text")
def _(c: Canary) -> Any:
    data = base64.b64encode(("note.txt contents: " + P_IBAN(c)).encode()).decode()
    part = {"type": "image_url", "image_url": {"url": f"data:application/octet-stream;base64,{data}"}}
    return oa_chat(jdump(chat([{"type": "text", "text": "Read it"}, part]))), [[c.iban]]


@variant("oa-completions", "shape", "mask", "Legacy /v1/completions prompt")
def _(c: Canary) -> Any:
    body = jdump({"model": "gpt-3.5-turbo-instruct", "prompt": P_EMAIL(c), "max_tokens": 5})
    return H1(OA, "/v1/completions", body, headers=AUTH), [[c.email]]


@variant("oa-embeddings", "shape", "mask", "/v1/embeddings input list")
def _(c: Canary) -> Any:
    body = jdump({"model": "text-embedding-3-small", "input": ["hello", P_IBAN(c)]})
    return H1(OA, "/v1/embeddings", body, headers=AUTH), [[c.iban]]


@variant("oa-files-multipart", "shape", "mask", "/v1/files multipart upload, JSONL file holding the value")
def _(c: Canary) -> Any:
    line = json.dumps({"messages": [{"role": "user", "content": P_BSN(c)}]})
    b = "rtBoundary7MA4YWxk"
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n"
            f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"train.jsonl\"\r\n"
            f"Content-Type: application/jsonl\r\n\r\n{line}\n\r\n--{b}--\r\n").encode()  # fmt: skip
    hdrs = {"Authorization": AUTH["Authorization"], "Content-Type": f"multipart/form-data; boundary={b}"}
    return H1(OA, "/v1/files", body, headers=hdrs), [[c.bsn]]


@variant("oa-multipart-b64-part", "shape", "mask", "/v1/files multipart, part with Content-Transfer-Encoding base64")
def _(c: Canary) -> Any:
    data = base64.encodebytes(f"naam;iban\n{c.name};{c.iban}\n".encode()).decode()
    b = "rtB64Boundary"
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n"
            f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"k.csv\"\r\nContent-Type: text/csv\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{data}\r\n--{b}--\r\n").encode()  # fmt: skip
    hdrs = {"Authorization": AUTH["Authorization"], "Content-Type": f"multipart/form-data; boundary={b}"}
    return H1(OA, "/v1/files", body, headers=hdrs), [[c.iban]]


@variant("oa-multipart-filename", "shape", "mask", "/v1/files multipart, value only in the part's filename")
def _(c: Canary) -> Any:
    b = "rtFnBoundary"
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n"
            f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{c.email}.txt\"\r\n"
            f"Content-Type: text/plain\r\n\r\nhello\r\n--{b}--\r\n").encode()  # fmt: skip
    hdrs = {"Authorization": AUTH["Authorization"], "Content-Type": f"multipart/form-data; boundary={b}"}
    return H1(OA, "/v1/files", body, headers=hdrs), [[c.email]]


@variant("oa-form-urlencoded", "shape", "mask", "Chat body sent as application/x-www-form-urlencoded")
def _(c: Canary) -> Any:
    body = urllib.parse.urlencode({"model": "gpt-4o-mini", "prompt": P_EMAIL(c)}).encode()
    hdrs = {"Authorization": AUTH["Authorization"], "Content-Type": "application/x-www-form-urlencoded"}
    return H1(OA, "/v1/completions", body, headers=hdrs), [[c.email]]


@variant("oa-query", "shape", "mask", "Value in the URL query string")
def _(c: Canary) -> Any:
    path = "/v1/chat/completions?" + urllib.parse.urlencode({"note": P_IBAN(c)})
    return H1(OA, path, jdump(chat("Hi")), headers=AUTH), [[c.iban]]


@variant("oa-path-segment", "shape", "mask", "Value as a URL path segment (GET /v1/files/<value>)")
def _(c: Canary) -> Any:
    return H1(OA, f"/v1/files/{urllib.parse.quote(c.email)}", method="GET", headers=AUTH), [[c.email]]


@variant("oa-header-custom", "shape", "mask", "Value in a custom request header")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi")), headers={"X-Customer-Iban": c.iban}), [[c.iban]]


@variant("oa-header-secret", "shape", "block", "GitHub token in a custom request header")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi")), headers={"X-Debug-Token": c.ghp}), [[c.ghp]]


@variant("oa-cookie-iban", "shape", "mask", "IBAN in the Cookie header (README: counts there)")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi")), headers={"Cookie": f"sess=abc; acct={c.iban}"}), [[c.iban]]


@variant("oa-header-openai-org", "shape", "mask", "E-mail in the OpenAI-Project header (a vendor header)")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi")), headers={"OpenAI-Project": c.email}), [[c.email]]


@variant("oa-message-name", "shape", "mask", "Chat, person's name in messages[].name as First_Last")
def _(c: Canary) -> Any:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "name": f"{c.first}_{c.last}", "content": "Hi"}]}
    return oa_chat(jdump(body)), [[c.name]]


@variant("oa-json-key", "shape", "mask", "Chat, e-mail as an object key in metadata (README: cannot be masked)")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi", extra={"metadata": {c.email: "vip"}}))), [[c.email]]


@variant("oa-query-name", "shape", "mask", "Value as a query parameter name (`?<iban>=1`)")
def _(c: Canary) -> Any:
    return H1(OA, f"/v1/chat/completions?{c.iban}=1", jdump(chat("Hi")), headers=AUTH), [[c.iban]]


@variant("oa-header-name", "shape", "mask", "Value inside a header name (`X-Acct-<iban>: 1`)")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("Hi")), headers={f"X-Acct-{c.iban}": "1"}), [[c.iban]]


@variant(
    "oa-auth-basic-email",
    "shape",
    "mask",
    "Authorization: Basic base64(email:password) (OpenAI would reject Basic; other gateways accept it)",
)
def _(c: Canary) -> Any:
    basic = base64.b64encode(f"{c.email}:Zomer2026".encode()).decode()
    hdrs = {"Authorization": f"Basic {basic}", "Content-Type": "application/json"}
    return H1(OA, "/v1/chat/completions", jdump(chat("Hi")), headers=hdrs), [[c.email]]


@variant("oa-cookie-b64", "shape", "mask", "IBAN base64-encoded inside a Cookie value")
def _(c: Canary) -> Any:
    val = base64.b64encode(f"iban={c.iban}".encode()).decode()
    return oa_chat(jdump(chat("Hi")), headers={"Cookie": f"sess=abc; prefs={val}"}), [[c.iban]]


@variant("oa-docx-file", "shape", "mask", "Chat file part: a .docx (python-docx) whose body holds the IBAN")
def _(c: Canary) -> Any:
    import docx

    d = docx.Document()
    d.add_paragraph(f"Betaalgegevens klant: {c.iban}")
    buf = io.BytesIO()
    d.save(buf)
    data = base64.b64encode(buf.getvalue()).decode()
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    part = {"type": "file", "file": {"filename": "brief.docx", "file_data": f"data:{mime};base64,{data}"}}
    return oa_chat(jdump(chat([{"type": "text", "text": "Summarise"}, part]))), [[c.iban]]


@variant("oa-batch-upload-jsonl", "shape", "block", "/v1/uploads/{id}/parts multipart chunk with a secret")
def _(c: Canary) -> Any:
    b = "rtPartBoundary"
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"data\"; filename=\"blob\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n{P_AWS(c)}\r\n--{b}--\r\n").encode()  # fmt: skip
    hdrs = {"Authorization": AUTH["Authorization"], "Content-Type": f"multipart/form-data; boundary={b}"}
    return H1(OA, "/v1/uploads/upload_abc/parts", body, headers=hdrs), [[c.aws]]


@variant("an-messages", "shape", "block", "Anthropic messages (unlisted tool), system + user text")
def _(c: Canary) -> Any:
    body = {"model": "claude-sonnet-4", "max_tokens": 64, "system": P_EMAIL(c),
            "messages": [{"role": "user", "content": "Hi"}]}  # fmt: skip
    return H1("api.anthropic.com", "/v1/messages", jdump(body), headers=AN_AUTH), [[c.email]]


@variant("an-tool-result-stream", "shape", "block", "Anthropic messages, tool_result block, stream:true")
def _(c: Canary) -> Any:
    body = {
        "model": "claude-sonnet-4",
        "max_tokens": 64,
        "stream": True,
        "messages": [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": P_IBAN(c)}]}],
    }
    return H1("api.anthropic.com", "/v1/messages", jdump(body), headers=AN_AUTH), [[c.iban]]


@variant("gm-generate", "shape", "block", "Gemini generateContent (unlisted), contents[].parts[].text")
def _(c: Canary) -> Any:
    body = {"contents": [{"role": "user", "parts": [{"text": P_BSN(c)}]}]}
    return H1("generativelanguage.googleapis.com", "/v1beta/models/gemini-2.5-flash:generateContent", jdump(body),
              headers=GM_AUTH), [[c.bsn]]  # fmt: skip


@variant("gm-stream-sse", "shape", "block", "Gemini streamGenerateContent?alt=sse, systemInstruction")
def _(c: Canary) -> Any:
    body = {"systemInstruction": {"parts": [{"text": P_EMAIL(c)}]}, "contents": [{"parts": [{"text": "Hi"}]}]}
    return H1("generativelanguage.googleapis.com",
              "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", jdump(body),
              headers=GM_AUTH), [[c.email]]  # fmt: skip


@variant("vertex-regional", "shape", "block", "Vertex AI regional host europe-west4-aiplatform.googleapis.com")
def _(c: Canary) -> Any:
    body = {"contents": [{"role": "user", "parts": [{"text": P_IBAN(c)}]}]}
    path = "/v1/projects/p/locations/europe-west4/publishers/google/models/gemini-2.5-pro:generateContent"
    return H1(
        "europe-west4-aiplatform.googleapis.com",
        path,
        jdump(body),
        headers={"Content-Type": "application/json", "Authorization": "Bearer ya29.redteam"},
    ), [[c.iban]]


@variant("ghc-chat-secret", "shape", "block", "GitHub Copilot chat/completions (medium tool) with an AWS key")
def _(c: Canary) -> Any:
    hdrs = {**AUTH, "Copilot-Integration-Id": "vscode-chat", "Editor-Version": "vscode/1.99.0"}
    return H1("api.githubcopilot.com", "/chat/completions", jdump(chat(P_AWS(c))), headers=hdrs), [[c.aws]]


@variant("ghc-inline-pem", "shape", "block", "Copilot inline completion on proxy.business host, PEM in prefix")
def _(c: Canary) -> Any:
    body = {"prompt": "# config.py\nKEY = '''" + c.pem + "'''\n", "suffix": "", "max_tokens": 50,
            "extra": {"language": "python"}}  # fmt: skip
    return H1("proxy.business.githubcopilot.com", "/v1/engines/copilot-codex/completions", jdump(body),
              headers=AUTH), [[c.pem_body[:60]]]  # fmt: skip


@variant("ghc-web-chat", "shape", "block", "github.com Copilot chat on api.individual.githubcopilot.com, content")
def _(c: Canary) -> Any:
    body = {"content": P_GHP(c), "intent": "conversation", "references": [], "streaming": True}
    hdrs = {"Authorization": "GitHub-Bearer redteam", "Content-Type": "application/json"}
    return H1("api.individual.githubcopilot.com", "/github/chat/threads/t1/messages", jdump(body),
              headers=hdrs), [[c.ghp]]  # fmt: skip


@variant("ghc-telemetry-secret", "shape", "block", "copilot-telemetry.githubusercontent.com event with a secret")
def _(c: Canary) -> Any:
    body = [{"ver": 1, "name": "agent/error", "data": {"baseData": {"properties": {"snippet": P_AWS(c)}}}}]
    return H1(
        "copilot-telemetry.githubusercontent.com",
        "/telemetry",
        jdump(body),
        headers={"Content-Type": "application/json"},
    ), [[c.aws]]


@variant("cg-conversation", "shape", "mask", "ChatGPT web /backend-api/f/conversation parts")
def _(c: Canary) -> Any:
    body = {"action": "next", "model": "auto", "parent_message_id": "client-created-root",
            "messages": [{"id": "m1", "author": {"role": "user"},
                          "content": {"content_type": "text", "parts": [P_IBAN(c)]}}]}  # fmt: skip
    hdrs = {"Content-Type": "application/json", "Accept": "text/event-stream", "Authorization": "Bearer eyJrt"}
    return H1("chatgpt.com", "/backend-api/f/conversation", jdump(body), headers=hdrs), [[c.iban]]


@variant("cg-blob-put", "shape", "mask", "ChatGPT attachment PUT to files.oaiusercontent.com (raw text file)")
def _(c: Canary) -> Any:
    hdrs = {"Content-Type": "text/plain", "x-ms-blob-type": "BlockBlob"}
    body = f"Naam;BSN\n{c.name};{c.bsn}\n".encode()
    return H1("files.oaiusercontent.com", "/file-abc?se=2026&sig=x", body, method="PUT", headers=hdrs), [[c.bsn]]


@variant(
    "cg-blob-azure",
    "host",
    "mask",
    "ChatGPT upload straight to oaisdmntpr*.blob.core.windows.net (README: cannot be listed)",
)
def _(c: Canary) -> Any:
    hdrs = {"Content-Type": "text/plain", "x-ms-blob-type": "BlockBlob"}
    body = f"Naam;BSN\n{c.name};{c.bsn}\n".encode()
    return H1("oaisdmntprwesteurope.blob.core.windows.net", "/files/file-abc?se=2026&sig=x", body, method="PUT",
              headers=hdrs), [[c.bsn]]  # fmt: skip


@variant("cg-unknown-endpoint", "shape", "mask", "ChatGPT web, endpoint no adapter knows (/backend-api/memories)")
def _(c: Canary) -> Any:
    hdrs = {"Content-Type": "application/json", "Authorization": "Bearer eyJrt"}
    body = jdump({"memory": f"User's email is {c.email}"})
    return H1("chatgpt.com", "/backend-api/memories", body, headers=hdrs), [[c.email]]


@variant("cg-codex", "shape", "block", "ChatGPT Codex /backend-api/codex/responses with a GitHub token")
def _(c: Canary) -> Any:
    body = {"model": "gpt-5-codex", "instructions": "You are Codex.", "stream": True,
            "input": [{"role": "user", "content": [{"type": "input_text", "text": P_GHP(c)}]}]}  # fmt: skip
    hdrs = {"Content-Type": "application/json", "Authorization": "Bearer eyJrt"}
    return H1("chatgpt.com", "/backend-api/codex/responses", jdump(body), headers=hdrs), [[c.ghp]]


@variant("deepseek-api", "shape", "block", "DeepSeek API (forbidden), OpenAI shape")
def _(c: Canary) -> Any:
    return H1("api.deepseek.com", "/chat/completions", jdump(chat(P_EMAIL(c))), headers=AUTH), [[c.email]]


@variant("mistral-api", "shape", "block", "Mistral API api.mistral.ai (not in tools.yaml; bundled catalogue?)")
def _(c: Canary) -> Any:
    return H1("api.mistral.ai", "/v1/chat/completions", jdump(chat(P_IBAN(c))), headers=AUTH), [[c.iban]]


@variant("codestral-fim", "shape", "block", "codestral.mistral.ai FIM completion with a GitHub token")
def _(c: Canary) -> Any:
    body = {"model": "codestral-latest", "prompt": f"TOKEN = '{c.ghp}'\n", "suffix": ""}
    return H1("codestral.mistral.ai", "/v1/fim/completions", jdump(body), headers=AUTH), [[c.ghp]]


@variant("cohere-v2", "shape", "block", "Cohere api.cohere.com /v2/chat")
def _(c: Canary) -> Any:
    body = {"model": "command-r", "messages": [{"role": "user", "content": P_EMAIL(c)}]}
    return H1("api.cohere.com", "/v2/chat", jdump(body), headers=AUTH), [[c.email]]


@variant("cohere-legacy-host", "shape", "block", "Cohere legacy host api.cohere.ai /v1/chat `message`")
def _(c: Canary) -> Any:
    body = {"model": "command-r", "message": P_IBAN(c), "preamble": "Be brief."}
    return H1("api.cohere.ai", "/v1/chat", jdump(body), headers=AUTH), [[c.iban]]


@variant("perplexity-api", "shape", "block", "Perplexity API api.perplexity.ai chat/completions")
def _(c: Canary) -> Any:
    return H1("api.perplexity.ai", "/chat/completions", jdump(chat(P_BSN(c))), headers=AUTH), [[c.bsn]]


@variant("notion-ai", "shape", "block", "Notion AI runInferenceTranscript on www.notion.so")
def _(c: Canary) -> Any:
    body = {"traceId": "t", "transcript": [{"id": "1", "type": "user", "value": [[P_AWS(c)]]}],
            "isPartialTranscript": True}  # fmt: skip
    return H1(
        "www.notion.so",
        "/api/v3/runInferenceTranscript",
        jdump(body),
        headers={"Content-Type": "application/json", "Accept": "application/x-ndjson"},
    ), [[c.aws]]


@variant("aistudio-makersuite", "shape", "block", "Gemini AI Studio back end alkalimakersuite-pa.clients6.google.com")
def _(c: Canary) -> Any:
    body = jdump([["gemini-2.5-pro", [[[[None, P_EMAIL(c)]], "user"]]]])
    return H1("alkalimakersuite-pa.clients6.google.com",
              "/$rpc/google.internal.alkali.applications.makersuite.v1.MakerSuiteService/GenerateContent",
              body, headers={"Content-Type": "application/json+protobuf"}), [[c.email]]  # fmt: skip


@variant("graph-copilot-chat", "shape", "block", "M365 Copilot Chat API on graph.microsoft.com with an AWS key")
def _(c: Canary) -> Any:
    body = {"message": {"text": P_AWS(c)}, "locationHint": {"timeZone": "Europe/Amsterdam"}}
    return H1(
        "graph.microsoft.com",
        "/beta/copilot/conversations/c1/chat",
        jdump(body),
        headers={"Content-Type": "application/json", "Authorization": "Bearer eyJrt"},
    ), [[c.aws]]


@variant("azure-own-tenant", "shape", "block", "Azure OpenAI own tenant (client-ai, high) with a GitHub token")
def _(c: Canary) -> Any:
    path = "/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21"
    hdrs = {"api-key": "redteam-placeholder", "Content-Type": "application/json"}
    return H1("voorbeeld-klant.openai.azure.com", path, jdump(chat(P_GHP(c))), headers=hdrs), [[c.ghp]]


@variant("azure-other-tenant", "shape", "block", "Azure OpenAI, another tenant (*.openai.azure.com unlisted)")
def _(c: Canary) -> Any:
    path = "/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21"
    hdrs = {"api-key": "redteam-placeholder", "Content-Type": "application/json"}
    return H1("privé-lab.openai.azure.com".replace("é", "e"), path, jdump(chat(P_EMAIL(c))), headers=hdrs), [[c.email]]


@variant("azure-foundry-host", "shape", "block", "Azure AI Foundry host *.services.ai.azure.com (ai-endpoints.md)")
def _(c: Canary) -> Any:
    hdrs = {"api-key": "redteam-placeholder", "Content-Type": "application/json"}
    return H1("mylab.services.ai.azure.com", "/openai/v1/chat/completions", jdump(chat(P_EMAIL(c))),
              headers=hdrs), [[c.email]]  # fmt: skip


@variant("azure-cognitive-host", "shape", "block", "Azure OpenAI on *.cognitiveservices.azure.com (ai-endpoints.md)")
def _(c: Canary) -> Any:
    hdrs = {"api-key": "redteam-placeholder", "Content-Type": "application/json"}
    path = "/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21"
    return H1("mylab.cognitiveservices.azure.com", path, jdump(chat(P_AWS(c))), headers=hdrs), [[c.aws]]


@variant("ollama-plain-secret", "shape", "block", "Internal Ollama over plain HTTP /api/chat, AWS key")
def _(c: Canary) -> Any:
    body = {"model": "llama3", "messages": [{"role": "user", "content": P_AWS(c)}], "stream": False}
    return H1("ollama.voorbeeld.local:11434", "/api/chat", jdump(body), plain=True,
              headers={"Content-Type": "application/json"}), [[c.aws]]  # fmt: skip


@variant("ollama-embed-path", "shape", "block", "Internal Ollama /api/embed (real endpoint, not in the tool's paths)")
def _(c: Canary) -> Any:
    body = {"model": "nomic-embed-text", "input": P_GHP(c)}
    return H1("ollama.voorbeeld.local:11434", "/api/embed", jdump(body), plain=True,
              headers={"Content-Type": "application/json"}), [[c.ghp]]  # fmt: skip


@variant(
    "content-push-encoded-path",
    "host",
    "block",
    "content-push.googleapis.com /%75pload (percent-encoded 'u'), Gemini upload",
)
def _(c: Canary) -> Any:
    hdrs = {"Content-Type": "text/plain", "X-Tenant-Id": "bard-storage", "Push-ID": "feeds/mcudyrk2a4khkz"}
    return H1("content-push.googleapis.com", "/%75pload/", P_IBAN(c).encode(), headers=hdrs), [[c.iban]]


# -- C. encodings -----------------------------------------------------------------------------------


def _enc_variant(vid: str, desc: str, encode: Callable[[bytes], bytes], header: str) -> None:
    @variant(vid, "encoding", "mask", desc)
    def _(c: Canary) -> Any:
        body = encode(jdump(chat(P_IBAN(c))))
        return oa_chat(body, headers={"Content-Encoding": header}), [[c.iban]]


def _br(b: bytes) -> bytes:
    import brotli

    return bytes(brotli.compress(b))


def _raw_deflate(b: bytes) -> bytes:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return co.compress(b) + co.flush()


def _zstd(b: bytes) -> bytes:
    from backports import zstd

    return bytes(zstd.compress(b))


_enc_variant("enc-gzip", "Content-Encoding: gzip", gzip.compress, "gzip")
_enc_variant("enc-deflate-zlib", "Content-Encoding: deflate (zlib wrapper)", zlib.compress, "deflate")
_enc_variant(
    "enc-deflate-raw", "Content-Encoding: deflate as raw deflate (no zlib header)", lambda b: _raw_deflate(b), "deflate"
)
_enc_variant("enc-br", "Content-Encoding: br", _br, "br")
_enc_variant("enc-zstd", "Content-Encoding: zstd", _zstd, "zstd")
_enc_variant("enc-stacked", "Content-Encoding: gzip, br (stacked)", lambda b: _br(gzip.compress(b)), "gzip, br")
_enc_variant(
    "enc-gzip-members",
    "gzip, two members (benign half + value half)",
    lambda b: gzip.compress(b[: len(b) // 2]) + gzip.compress(b[len(b) // 2 :]),
    "gzip",
)
_enc_variant("enc-x-gzip-upper", "Content-Encoding: X-GZIP (alias, upper case)", gzip.compress, "X-GZIP")


@variant("enc-gzip-no-header", "encoding", "mask", "gzip body without Content-Encoding (vendor would reject)")
def _(c: Canary) -> Any:
    return oa_chat(gzip.compress(jdump(chat(P_IBAN(c))))), [[c.iban]]


@variant("enc-chunked-split", "encoding", "mask", "Transfer-Encoding: chunked, value split across chunks")
def _(c: Canary) -> Any:
    body = jdump(chat(P_IBAN(c)))
    i = body.index(c.iban.encode()) + 7
    return oa_chat(b"", chunks=[body[:i], body[i : i + 3], body[i + 3 :]]), [[c.iban]]


@variant("enc-chunked-trailer", "encoding", "mask", "Chunked body + value in a trailer header")
def _(c: Canary) -> Any:
    return oa_chat(b"", chunks=[jdump(chat("Hi"))], trailers={"X-Note": c.iban}), [[c.iban]]


@variant("enc-cl-te-both", "encoding", "mask", "Both Content-Length and chunked (smuggling shape)")
def _(c: Canary) -> Any:
    body = jdump(chat(P_EMAIL(c)))
    framed = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    return oa_chat(framed, headers={"Transfer-Encoding": "chunked"}), [[c.email]]


@variant("enc-utf16le-bom", "encoding", "mask", "Body in UTF-16LE with BOM, charset=utf-16")
def _(c: Canary) -> Any:
    body = json.dumps(chat(P_IBAN(c))).encode("utf-16")
    return oa_chat(body, headers={"Content-Type": "application/json; charset=utf-16"}), [[c.iban]]


@variant("enc-utf16be-nobom", "encoding", "mask", "Body in UTF-16BE without BOM, charset=utf-16be")
def _(c: Canary) -> Any:
    body = json.dumps(chat(P_IBAN(c))).encode("utf-16-be")
    return oa_chat(body, headers={"Content-Type": "application/json; charset=utf-16be"}), [[c.iban]]


@variant("enc-utf32", "encoding", "mask", "Body in UTF-32LE (RFC 4627 allowed it), charset=utf-32")
def _(c: Canary) -> Any:
    body = json.dumps(chat(P_EMAIL(c))).encode("utf-32")
    return oa_chat(body, headers={"Content-Type": "application/json; charset=utf-32"}), [[c.email]]


@variant("enc-utf8-bom", "encoding", "mask", "UTF-8 BOM before the JSON")
def _(c: Canary) -> Any:
    return oa_chat(b"\xef\xbb\xbf" + jdump(chat(P_IBAN(c)))), [[c.iban]]


@variant("enc-latin1-charset", "encoding", "mask", "charset=iso-8859-1, é in the text as byte 0xE9")
def _(c: Canary) -> Any:
    body = json.dumps(chat("Café-rekening: " + P_IBAN(c)), ensure_ascii=False).encode("latin-1")
    return oa_chat(body, headers={"Content-Type": "application/json; charset=iso-8859-1"}), [[c.iban]]


@variant("enc-invalid-utf8", "encoding", "mask", "Invalid UTF-8 bytes right around the value (strict parsers refuse)")
def _(c: Canary) -> Any:
    body = jdump(chat(f"IBAN:XX{c.iban}YY")).replace(b"XX", b"\xff\xfe").replace(b"YY", b"\xc3")
    return oa_chat(body), [[c.iban]]


@variant("enc-json-uescape", "encoding", "mask", "Every character of the prompt as a JSON \\u escape")
def _(c: Canary) -> Any:
    esc = "".join(f"\\u{ord(ch):04x}" for ch in P_EMAIL(c))
    body = ('{"model":"gpt-4o-mini","messages":[{"role":"user","content":"' + esc + '"}]}').encode()
    return oa_chat(body), [[c.email]]


@variant("enc-json-uescape-key", "encoding", "mask", "Key `messages` and `content` written with \\u escapes")
def _(c: Canary) -> Any:
    body = ('{"model":"gpt-4o-mini","\\u006dessages":[{"role":"user","\\u0063ontent":' + json.dumps(P_IBAN(c))
            + "}]}").encode()  # fmt: skip
    return oa_chat(body), [[c.iban]]


@variant("enc-dup-messages", "encoding", "mask", "Duplicate `messages` key: benign first, value second (last wins)")
def _(c: Canary) -> Any:
    body = ('{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}],"messages":'
            + json.dumps([{"role": "user", "content": P_IBAN(c)}]) + "}").encode()  # fmt: skip
    return oa_chat(body), [[c.iban]]


@variant("enc-dup-content", "encoding", "mask", "Duplicate `content` key inside one message, value first")
def _(c: Canary) -> Any:
    body = ('{"model":"gpt-4o-mini","messages":[{"role":"user","content":' + json.dumps(P_EMAIL(c))
            + ',"content":"Hi"}]}').encode()  # fmt: skip
    return oa_chat(body), [[c.email]]


@variant("enc-dup-escaped-key", "encoding", "mask", "Duplicate key where the second is \\u-escaped (`m\\u0065ssages`)")
def _(c: Canary) -> Any:
    body = ('{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}],"m\\u0065ssages":'
            + json.dumps([{"role": "user", "content": P_IBAN(c)}]) + "}").encode()  # fmt: skip
    return oa_chat(body), [[c.iban]]


@variant("enc-deep-nesting", "encoding", "mask", "Value 400 levels deep in an unknown field")
def _(c: Canary) -> Any:
    inner = json.dumps(P_IBAN(c))
    deep = '{"a":' * 400 + inner + "}" * 400
    body = ('{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}],"x":' + deep + "}").encode()
    return oa_chat(body), [[c.iban]]


@variant("enc-huge-padding", "encoding", "mask", "4 MB of JSON whitespace before the value")
def _(c: Canary) -> Any:
    body = (
        b'{"model":"gpt-4o-mini",'
        + b" " * 4_000_000
        + b'"messages":'
        + jdump([{"role": "user", "content": P_IBAN(c)}])
        + b"}"
    )
    return oa_chat(body), [[c.iban]]


@variant("enc-huge-text-padding", "encoding", "mask", "2 MB of prose in a system message, value at the end")
def _(c: Canary) -> Any:
    pad = ("Dit is een lange alinea zonder bijzonderheden. " * 45000)[:2_000_000]
    return oa_chat(jdump(chat(pad + " " + P_EMAIL(c)))), [[c.email]]


@variant("enc-text-plain-ctype", "encoding", "mask", "JSON body sent with Content-Type: text/plain")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), headers={"Content-Type": "text/plain"}), [[c.iban]]


@variant("enc-nul-in-string", "encoding", "mask", "A \\u0000 right before the value inside the JSON string")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat("IBAN:\u0000" + c.iban))), [[c.iban]]


# -- D. transports ------------------------------------------------------------------------------------


@variant("h2-chat", "transport", "mask", "HTTP/2 chat completion")
def _(c: Canary) -> Any:
    return H2(OA, "/v1/chat/completions", jdump(chat(P_IBAN(c))), headers=AUTH), [[c.iban]]


@variant("h2-data-split", "transport", "mask", "HTTP/2, value split across three DATA frames")
def _(c: Canary) -> Any:
    body = jdump(chat(P_EMAIL(c)))
    i = body.index(c.email.encode()) + 4
    return H2(OA, "/v1/chat/completions", data_chunks=[body[:i], body[i : i + 5], body[i + 5 :]],
              headers=AUTH), [[c.email]]  # fmt: skip


@variant("h2-header", "transport", "mask", "HTTP/2, value in a custom header")
def _(c: Canary) -> Any:
    return H2(OA, "/v1/chat/completions", jdump(chat("Hi")), headers={**AUTH, "x-note": c.iban}), [[c.iban]]


@variant("h2-gzip", "transport", "mask", "HTTP/2 with Content-Encoding gzip")
def _(c: Canary) -> Any:
    return H2(OA, "/v1/chat/completions", gzip.compress(jdump(chat(P_BSN(c)))),
              headers={**AUTH, "content-encoding": "gzip"}), [[c.bsn]]  # fmt: skip


@variant("h2-authority-mismatch", "host", "block", "HTTP/2, CONNECT and SNI api.openai.com, :authority example.org")
def _(c: Canary) -> Any:
    return H2(OA, "/v1/chat/completions", jdump(chat(P_GHP(c))), headers=AUTH, authority="example.org"), [[c.ghp]]


@variant("plain-http-openai", "transport", "mask", "Plain HTTP (no TLS) absolute-form to api.openai.com")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), plain=True), [[c.iban]]


@variant("plain-http-anthropic", "transport", "block", "Plain HTTP to api.anthropic.com")
def _(c: Canary) -> Any:
    body = {"model": "claude-sonnet-4", "max_tokens": 8, "messages": [{"role": "user", "content": P_EMAIL(c)}]}
    return H1("api.anthropic.com", "/v1/messages", jdump(body), headers=AN_AUTH, plain=True), [[c.email]]


@variant("http10", "transport", "mask", "HTTP/1.0 request inside the tunnel")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), version="HTTP/1.0"), [[c.iban]]


@variant("pipelined", "transport", "mask", "Two pipelined requests on one connection, the second carries the value")
def _(c: Canary) -> Any:
    second = oa_chat(jdump(chat(P_EMAIL(c))))
    return oa_chat(jdump(chat("Hello")), extra=[second]), [[c.email]]


@variant("expect-100", "transport", "mask", "Expect: 100-continue header, body sent at once")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), headers={"Expect": "100-continue"}), [[c.iban]]


@variant("method-override", "transport", "mask", "GET with a JSON body and X-HTTP-Method-Override: POST")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_EMAIL(c))), method="GET", headers={"X-HTTP-Method-Override": "POST"}), [[c.email]]


@variant("ws-realtime", "transport", "mask", "WebSocket /v1/realtime on api.openai.com, conversation.item.create")
def _(c: Canary) -> Any:
    ev = {"type": "conversation.item.create", "item": {"type": "message", "role": "user",
          "content": [{"type": "input_text", "text": P_EMAIL(c)}]}}  # fmt: skip
    return WS(
        OA,
        "/v1/realtime?model=gpt-4o-realtime-preview",
        [(1, jdump(ev), True)],
        headers={"Authorization": AUTH["Authorization"], "OpenAI-Beta": "realtime=v1"},
    ), [[c.email]]


@variant("ws-realtime-fragmented", "transport", "block", "WebSocket realtime, secret split over two frame fragments")
def _(c: Canary) -> Any:
    ev = jdump({"type": "conversation.item.create", "item": {"type": "message", "role": "user",
                "content": [{"type": "input_text", "text": P_GHP(c)}]}})  # fmt: skip
    i = ev.index(b"ghp_") + 10
    return WS(OA, "/v1/realtime?model=gpt-4o-realtime-preview", [(1, ev[:i], False), (0, ev[i:], True)],
              headers={"Authorization": AUTH["Authorization"]}), [[c.ghp]]  # fmt: skip


@variant("ws-realtime-binary", "transport", "block", "WebSocket realtime, JSON event sent as a binary frame")
def _(c: Canary) -> Any:
    ev = {"type": "session.update", "session": {"instructions": P_AWS(c)}}
    return WS(OA, "/v1/realtime?model=gpt-4o-realtime-preview", [(2, jdump(ev), True)],
              headers={"Authorization": AUTH["Authorization"]}), [[c.aws]]  # fmt: skip


@variant("ws-m365-signalr", "transport", "block", "M365 Copilot chat hub SignalR invocation with an AWS key")
def _(c: Canary) -> Any:
    hs = b'{"protocol":"json","version":1}\x1e'
    inv = (
        jdump(
            {
                "type": 4,
                "invocationId": "0",
                "target": "chat",
                "arguments": [
                    {"source": "officeweb", "message": {"author": "user", "text": P_AWS(c), "messageType": "Chat"}}
                ],
            }
        )
        + b"\x1e"
    )
    return WS("substrate.office.com", "/m365Copilot/Chathub/oid@tid?access_token=x", [(1, hs, True),
              (1, inv, True)]), [[c.aws]]  # fmt: skip


@variant("ws-m365-metrics", "transport", "block", "M365 chat hub, secret inside a `Metrics` record (passes unjudged?)")
def _(c: Canary) -> Any:
    hs = b'{"protocol":"json","version":1}\x1e'
    met = jdump({"type": 1, "target": "Metrics", "arguments": [{"Timestamps": {"note": P_AWS(c)}}]}) + b"\x1e"
    return WS("substrate.office.com", "/m365Copilot/Chathub/oid@tid?access_token=x", [(1, hs, True),
              (1, met, True)]), [[c.aws]]  # fmt: skip


@variant("ws-copilot-consumer", "transport", "block", "Copilot consumer WebSocket send (unlisted tool)")
def _(c: Canary) -> Any:
    ev = {"event": "send", "conversationId": "c1", "content": [{"type": "text", "text": P_EMAIL(c)}], "mode": "chat"}
    return WS("copilot.microsoft.com", "/c/api/chat?api-version=2", [(1, jdump(ev), True)]), [[c.email]]


@variant("ws-perplexity-socketio", "transport", "block", "Perplexity Socket.IO WebSocket frame (unlisted tool)")
def _(c: Canary) -> Any:
    frame = b"42" + jdump(["perplexity_ask", P_IBAN(c), {"source": "default"}])
    return WS("www.perplexity.ai", "/socket.io/?EIO=4&transport=websocket", [(1, b"40", True),
              (1, frame, True)]), [[c.iban]]  # fmt: skip


# -- E. host tricks --------------------------------------------------------------------------------


@variant("host-upper", "host", "mask", "Upper-case CONNECT target, SNI and Host")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), connect="API.OPENAI.COM:443", sni="API.OPENAI.COM",
                   host_header="API.OPENAI.COM"), [[c.iban]]  # fmt: skip


@variant(
    "host-trailing-dot",
    "host",
    "mask",
    "Trailing dot on CONNECT, SNI and Host (upstream TLS set-up fails on the dotted SNI)",
)
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), connect="api.openai.com.:443", sni="api.openai.com.",
                   host_header="api.openai.com."), [[c.iban]]  # fmt: skip


@variant("host-header-dot", "host", "mask", "CONNECT and SNI api.openai.com, Host header api.openai.com. (dot)")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), host_header="api.openai.com."), [[c.iban]]


@variant("host-connect-dot", "host", "mask", "CONNECT api.openai.com.:443 (dot), SNI and Host without the dot")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), connect="api.openai.com.:443"), [[c.iban]]


@variant("host-ip-sni", "host", "mask", "CONNECT to an IP literal, SNI api.openai.com")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_EMAIL(c))), connect=f"{FAKE_IP}:443", sni=OA), [[c.email]]


@variant("host-ip-nosni", "host", "mask", "CONNECT to an IP literal, no SNI, Host api.openai.com")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_EMAIL(c))), connect=f"{FAKE_IP}:443", sni=None), [[c.email]]


@variant(
    "host-ip-nosni-nohost",
    "host",
    "mask",
    "IP literal, no SNI, Host header is the IP too (real OpenAI would not route it)",
)
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_EMAIL(c))), connect=f"{FAKE_IP}:443", sni=None, host_header=FAKE_IP), [[c.email]]


@variant("host-header-mismatch", "host", "block", "CONNECT+SNI api.openai.com, Host header example.org")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_GHP(c))), host_header="example.org"), [[c.ghp]]


@variant("host-sni-nonai", "host", "block", "CONNECT api.openai.com, SNI example.org, Host api.openai.com")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_GHP(c))), sni="example.org"), [[c.ghp]]


@variant("host-connect-nonai-sni-ai", "host", "block", "CONNECT example.org, SNI and Host api.openai.com")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_GHP(c))), connect="example.org:443"), [[c.ghp]]


@variant(
    "host-fronting",
    "host",
    "block",
    "Domain fronting: CONNECT+SNI cdn.example.net, Host api.openai.com [README: documented non-goal]",
)
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_GHP(c))), connect="cdn.example.net:443", sni="cdn.example.net"), [[c.ghp]]


@variant(
    "host-ip-sni-nonai",
    "host",
    "block",
    "CONNECT IP literal, SNI example.org, Host api.openai.com [README: documented non-goal]",
)
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_GHP(c))), connect=f"{FAKE_IP}:443", sni="example.org"), [[c.ghp]]


@variant("host-regional-eu", "host", "mask", "Regional host eu.api.openai.com")
def _(c: Canary) -> Any:
    return H1("eu.api.openai.com", "/v1/chat/completions", jdump(chat(P_IBAN(c))), headers=AUTH), [[c.iban]]


@variant("host-port-8443", "host", "mask", "api.openai.com on port 8443 (CONNECT and Host with port)")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), connect="api.openai.com:8443", host_header="api.openai.com:8443"), [[c.iban]]


@variant("host-host-port-443", "host", "mask", "Host header api.openai.com:443")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), host_header="api.openai.com:443"), [[c.iban]]


@variant(
    "host-absolute-uri",
    "host",
    "block",
    "Tunnel to example.org, absolute https://api.openai.com request line "
    "(fronting again: a real example.org would not forward it)",
)
def _(c: Canary) -> Any:
    h = H1("example.org", "https://api.openai.com/v1/chat/completions", jdump(chat(P_GHP(c))), headers=AUTH,
           host_header=OA)  # fmt: skip
    return h, [[c.ghp]]


@variant("host-no-host-header", "host", "mask", "HTTP/1.1 inside the tunnel without any Host header")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(P_IBAN(c))), host_header=""), [[c.iban]]


@variant("host-anthropic-ip-nosni", "host", "block", "IP literal, no SNI, Host api.anthropic.com (unlisted)")
def _(c: Canary) -> Any:
    body = {"model": "claude-sonnet-4", "max_tokens": 8, "messages": [{"role": "user", "content": P_EMAIL(c)}]}
    return H1("api.anthropic.com", "/v1/messages", jdump(body), headers=AN_AUTH, connect=f"{FAKE_IP}:443",
              sni=None), [[c.email]]  # fmt: skip


@variant("host-claude-upper-dot", "host", "block", "Claude.ai completion with CLAUDE.AI. (case + dot)")
def _(c: Canary) -> Any:
    body = {"prompt": P_IBAN(c), "timezone": "Europe/Amsterdam", "attachments": [], "files": []}
    return H1("claude.ai", "/api/organizations/o1/chat_conversations/c1/completion", jdump(body),
              headers={"Content-Type": "application/json"}, connect="CLAUDE.AI.:443", sni="CLAUDE.AI.",
              host_header="CLAUDE.AI."), [[c.iban]]  # fmt: skip


@variant("host-copilot-plan", "host", "block", "api.enterprise.githubcopilot.com (per-plan host), GitHub token")
def _(c: Canary) -> Any:
    return H1("api.enterprise.githubcopilot.com", "/chat/completions", jdump(chat(P_GHP(c))),
              headers=AUTH), [[c.ghp]]  # fmt: skip


@variant("host-gemini-google-tld", "host", "block", "gemini.google (the new TLD host) StreamGenerate form")
def _(c: Canary) -> Any:
    inner = json.dumps([[P_EMAIL(c), 0, None, [], None, None, 0]])
    form = urllib.parse.urlencode({"f.req": json.dumps([None, inner]), "at": "AJvLN6redteam"}).encode()
    path = "/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate?bl=boq&_reqid=1&rt=c"
    return H1(
        "gemini.google", path, form, headers={"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"}
    ), [[c.email]]


# -- F. text a model still reads ------------------------------------------------------------------


def _text_variant(vid: str, desc: str, text: Callable[[Canary], str], needle: Callable[[Canary], list[list[str]]],
                  expect: str = "mask") -> None:  # fmt: skip
    @variant(vid, "text", expect, desc)
    def _(c: Canary) -> Any:
        return oa_chat(jdump(chat(text(c)))), needle(c)


def _nib(c: Canary) -> list[list[str]]:
    return [[c.iban]]


def _nem(c: Canary) -> list[list[str]]:
    return [[c.email]]


def _nbsn(c: Canary) -> list[list[str]]:
    return [[c.bsn]]


def _ncard(c: Canary) -> list[list[str]]:
    return [[c.card]]


FULLWIDTH = {ord(ch): ord(ch) + 0xFEE0 for ch in string.ascii_letters + string.digits}
CYR = str.maketrans({"A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С",
                     "T": "Т", "X": "Х", "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
                     "i": "і"})  # fmt: skip
EN_DIG = "zero one two three four five six seven eight nine".split()
NL_DIG = "nul een twee drie vier vijf zes zeven acht negen".split()
NATO_W = {
    ch: w
    for w in "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November "
    "Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu".split()
    for ch in w[0]
}


def _spell(s: str, words: list[str]) -> str:
    return " ".join(words[int(ch)] if ch.isdigit() else NATO_W[ch.upper()] for ch in s)


_text_variant(
    "txt-spaced-bsn", "BSN with a space between every digit", lambda c: f"Mijn BSN is {' '.join(c.bsn)}.", _nbsn
)
_text_variant("txt-dotted-iban", "IBAN with dots between groups", lambda c: f"IBAN: {grouped(c.iban, 4, '.')}", _nib)
_text_variant(
    "txt-fullwidth-card",
    "Card number in full-width digits",
    lambda c: f"Card: {grouped(c.card).translate(FULLWIDTH)} exp 09/28",
    _ncard,
)
_text_variant(
    "txt-zero-width-email",
    "Zero-width spaces between every character of the e-mail",
    lambda c: "Mail " + "\u200b".join(c.email) + " today.",
    _nem,
)
_text_variant(
    "txt-homoglyph-iban",
    "IBAN letters as Cyrillic look-alikes",
    lambda c: f"Rekening {c.iban[:2]}{c.iban[2:4]}{c.iban[4:8].translate(CYR)}{c.iban[8:]}",
    _nib,
)
_text_variant(
    "txt-homoglyph-email",
    "E-mail with Cyrillic look-alike letters",
    lambda c: f"Mail {c.email.translate(CYR)} please.",
    _nem,
)
_text_variant(
    "txt-reversed-email",
    "E-mail written backwards, ask the model to reverse it [README: documented non-goal]",
    lambda c: f"Reverse this and mail it: {c.email[::-1]}",
    _nem,
)
_text_variant(
    "txt-spelled-bsn-en",
    "BSN spelled out as English digit words",
    lambda c: f"My social security number (BSN) is {_spell(c.bsn, EN_DIG)}.",
    _nbsn,
)
_text_variant(
    "txt-spelled-iban-nl",
    "IBAN spelled: NATO letters and Dutch digit words",
    lambda c: f"Mijn IBAN: {_spell(c.iban, NL_DIG)}",
    _nib,
)
_text_variant(
    "txt-card-en-dash", "Card number grouped with en dashes", lambda c: f"Card {grouped(c.card, 4, '–')}", _ncard
)
_text_variant(
    "txt-email-at-dot",
    "E-mail as `name (at) domain (dot) nl`",
    lambda c: "Mail " + c.email.replace("@", " (at) ").replace(".", " (dot) "),
    _nem,
)
_text_variant(
    "txt-base64",
    "Prompt holds base64 of `IBAN: ...`",
    lambda c: "Decode and use: " + base64.b64encode(f"IBAN: {c.iban}".encode()).decode(),
    _nib,
)
_text_variant("txt-hex", "Prompt holds hex of the e-mail", lambda c: "Decode hex: " + c.email.encode().hex(), _nem)
_text_variant(
    "txt-rot13",
    "E-mail in ROT13 [README: documented non-goal]",
    lambda c: "ROT13-decode and reply to: " + codecs.encode(c.email, "rot13"),
    _nem,
)
_text_variant(
    "txt-url-encoded",
    "E-mail percent-encoded in prose",
    lambda c: "Mail " + urllib.parse.quote(c.email, safe="").replace(".", "%2E"),
    _nem,
)
_text_variant(
    "txt-html-entities",
    "E-mail as HTML numeric entities",
    lambda c: "Mail " + "".join(f"&#{ord(ch)};" for ch in c.email),
    _nem,
)
_text_variant(
    "txt-combining",
    "BSN digits each with a combining low line (U+0332)",
    lambda c: "BSN: " + "".join(d + "\u0332" for d in c.bsn),
    _nbsn,
)
_text_variant(
    "txt-math-digits",
    "Card in mathematical bold digits (U+1D7CE..)",
    lambda c: "Card " + "".join(chr(0x1D7CE + int(d)) for d in c.card) + " exp 09/28",
    _ncard,
)
_text_variant(
    "txt-char-list", "IBAN as a Python list of characters, no join", lambda c: "acct = " + repr(list(c.iban)), _nib
)
_text_variant("txt-vertical", "IBAN one character per line", lambda c: "IBAN:\n" + "\n".join(c.iban), _nib)
_text_variant(
    "txt-arabic-indic",
    "BSN in Arabic-Indic digits",
    lambda c: "BSN " + "".join(chr(0x0660 + int(d)) for d in c.bsn),
    _nbsn,
)
_text_variant(
    "txt-bsn-no-label",
    "BSN alone with a weak context word (`nummer`)",
    lambda c: f"Controleer dit nummer: {c.bsn}",
    _nbsn,
)
_text_variant(
    "txt-email-split-concat",
    "E-mail as `local` + `@` + `domain` in a JS expression",
    lambda c: f"const to = '{c.email.split('@')[0]}' + '@' + '{c.email.split('@')[1]}';",
    _nem,
)
_text_variant(
    "txt-card-in-words-mixed",
    "Card digits in groups separated by the word `then`",
    lambda c: "Card: " + " then ".join(grouped(c.card).split()),
    _ncard,
)
_text_variant(
    "txt-iban-word-sep",
    "IBAN groups separated by the Dutch word `dan`",
    lambda c: "Rekening: " + " dan ".join(grouped(c.iban).split()),
    _nib,
)
_text_variant(
    "txt-email-words",
    "E-mail as `name dot name at domain dot nl` (no brackets)",
    lambda c: "Mail " + c.email.replace("@", " at ").replace(".", " dot "),
    _nem,
)
_text_variant(
    "txt-b64-gzip",
    "Prompt holds base64(gzip(IBAN text))",
    lambda c: "Unpack: " + base64.b64encode(gzip.compress(f"IBAN {c.iban}".encode())).decode(),
    _nib,
)
_text_variant(
    "txt-secret-spaced",
    "AWS key id letter-spaced",
    lambda c: "key: " + " ".join(c.aws) + "  secret: " + " ".join(c.aws_secret),
    lambda c: [[c.aws]],
    "block",
)
_text_variant(
    "txt-ghp-split-concat",
    "GitHub token split in two string pieces joined with +",
    lambda c: f'token = "{c.ghp[:20]}" + "{c.ghp[20:]}"',
    lambda c: [[c.ghp[:20], c.ghp[20:]]],
    "block",
)
_text_variant(
    "txt-pem-no-header",
    "PEM private key body without BEGIN/END lines",
    lambda c: "Load this key material:\n" + c.pem_body,
    lambda c: [[c.pem_body[:60]]],
    "block",
)
_text_variant(
    "txt-client-homoglyph",
    "Client name with Cyrillic look-alikes",
    lambda c: f"Vat het dossier van {c.client.translate(CYR)} samen.",
    lambda c: [[c.client]],
    "block",
)


@variant("txt-split-two-messages", "text", "mask", "IBAN first half in message 1, second half in message 2")
def _(c: Canary) -> Any:
    msgs = [{"role": "user", "content": f"Onthoud het begin van het rekeningnummer: {c.iban[:8]}"},
            {"role": "assistant", "content": "Ok."},
            {"role": "user", "content": f"En het einde is {c.iban[8:]}. Plak ze aan elkaar."}]  # fmt: skip
    return oa_chat(jdump({"model": "gpt-4o", "messages": msgs})), [[c.iban[:8], c.iban[8:]]]


@variant("txt-split-parts", "text", "mask", "E-mail split over two content parts of one message")
def _(c: Canary) -> Any:
    local, dom = c.email.split("@")
    parts = [{"type": "text", "text": f"Mail {local}"}, {"type": "text", "text": f"@{dom} today"}]
    return oa_chat(jdump(chat(parts))), [[local, dom]]


@variant("txt-split-fields", "text", "mask", "BSN split between the prompt and the `user` field")
def _(c: Canary) -> Any:
    return oa_chat(jdump(chat(f"BSN begint met {c.bsn[:5]}", extra={"user": c.bsn[5:]}))), [[c.bsn]]


@variant(
    "txt-split-requests",
    "text",
    "mask",
    "IBAN halves in two separate requests on one connection (stateless API: each request alone holds half)",
)
def _(c: Canary) -> Any:
    second = oa_chat(jdump(chat(f"Tweede deel: {c.iban[9:]}")))
    return oa_chat(jdump(chat(f"Eerste deel van mijn rekening: {c.iban[:9]}")), extra=[second]), [
        [c.iban[:9], c.iban[9:]]
    ]


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------


def start_proxy(work: Path, upstream: Upstream, certs: CertFactory) -> Any:
    from proxy_latency import free_port, launch, wait_ready

    addon = work / "redteam_redirect.py"
    addon.write_text(REDIRECT_ADDON, encoding="utf-8")
    port = free_port()
    script = Path(sys.executable).with_name("dlp-proxy")
    prefix = [str(script)] if script.exists() else [sys.executable, "-m", "dlp_proxy.cli"]
    cmd = [
        *prefix, "run",
        "--listen-host", "127.0.0.1", "--listen-port", str(port),
        "--policy", str(ROOT / "rules"),
        "--audit-log", str(work / "decisions.jsonl"),
        "--certs", str(work / "certs"),
        "--nlp-config", str(ROOT / "models" / "nlp.yaml"),
        "--admin-port", "0",
        "--set", f"ssl_verify_upstream_trusted_ca={certs.ca_pem}",
        "--script", str(addon),
    ]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k.upper() not in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")}
    env.update({"PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1", "HF_HUB_OFFLINE": "1",
                "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "DLP_REDTEAM_UPSTREAM": str(upstream.port)})  # fmt: skip
    proxy = launch("dlp", cmd, ROOT, env, port, work / "certs" / "mitmproxy-ca-cert.pem", work / "proxy.out")
    proxy.audit_log = work / "decisions.jsonl"
    return proxy, wait_ready


@dataclass
class Result:
    v: Variant
    verdict: str
    client: str
    upstream: int
    detail: str


def run_variant(v: Variant, env: Env, upstream: Upstream, verbose: bool) -> Result:
    canary = Canary(v.vid)
    try:
        sender, needles = v.make(canary)
    except Exception as e:  # noqa: BLE001 - a harness bug in one variant must not stop the others
        return Result(v, "ERROR", "-", 0, f"build: {type(e).__name__}: {e}")
    mark = len(upstream.records)
    try:
        out = sender.run(env)
    except Exception as e:  # noqa: BLE001
        out = Outcome("exception", f"{type(e).__name__}: {e}")
    time.sleep(0.3)
    with upstream.lock:
        got = list(upstream.records[mark:])
    verdict, detail = judge(got, needles)
    if verdict != "LEAK":
        if got:
            verdict = "masked"
        elif out.status.startswith("502") or out.status == "exception":
            verdict, detail = "ERROR", f"no upstream request; client {out.status} {out.note} {out.body[:120]!r}"
        else:
            verdict = "blocked"
    if verbose:
        print(f"--- {v.vid}: {verdict} client={out.status} {out.note}", file=sys.stderr)
        for r in got:
            print(
                f"    upstream sni={r.sni} {r.request_line[:150]} body={len(r.body)}B ws={len(r.ws_messages)}",
                file=sys.stderr,
            )
            if r.body and len(r.body) < 1500:
                print(f"      {r.body[:600]!r}", file=sys.stderr)
            for m in r.ws_messages[:3]:
                print(f"      ws {m[:300]!r}", file=sys.stderr)
        if not got and out.body:
            print(f"    client body {out.body[:300]!r}", file=sys.stderr)
    note = " ".join(x for x in (detail, out.note) if x)
    return Result(v, verdict, out.status, len(got), note)


def log_leaks(audit_log: Path, results: list[Result]) -> list[str]:
    """Variants whose canary value shows up in the decision log (README: it never should)."""
    if not audit_log.exists():
        return []
    sk = skeleton(audit_log.read_text(encoding="utf-8", errors="replace"))
    hits = []
    for r in results:
        c = Canary(r.v.vid)
        for value in (c.email, c.iban, c.bsn, c.card, c.aws, c.ghp):
            if skeleton(value) in sk:
                hits.append(r.v.vid)
                break
    return hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="show what the upstream received per variant")
    ap.add_argument("--only", help="comma-separated variant ids")
    args = ap.parse_args(argv)
    chosen = VARIANTS
    if args.only:
        want = set(args.only.split(","))
        chosen = [v for v in VARIANTS if v.vid in want]
    ids = Counter(v.vid for v in VARIANTS)
    dupes = [k for k, n in ids.items() if n > 1]
    if dupes:
        sys.exit(f"duplicate variant ids: {dupes}")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    from proxy_latency import stop_group

    results: list[Result] = []
    log_hits: list[str] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="dlp-redteam-wire-") as tmp:
        work = Path(tmp)
        (work / "upstream-tls").mkdir()
        certs = CertFactory(work / "upstream-tls")
        upstream = Upstream(certs)
        proxy = None
        try:
            proxy, wait_ready = start_proxy(work, upstream, certs)
            ready = wait_ready(proxy, ["listening at", "dlp-proxy: policy", "loaded"])
            print(f"proxy ready in {ready:.1f} s on :{proxy.port}; upstream :{upstream.port}; "
                  f"{len(chosen)} variants", file=sys.stderr)  # fmt: skip
            env = Env(proxy.port)
            for i, v in enumerate(chosen, 1):
                res = run_variant(v, env, upstream, args.verbose)
                results.append(res)
                print(f"  [{i}/{len(chosen)}] {v.vid}: {res.verdict}", file=sys.stderr)
                if proxy.process.poll() is not None:
                    print("proxy died:\n" + proxy.output_tail(), file=sys.stderr)
                    break
            log_hits = log_leaks(work / "decisions.jsonl", results)
        finally:
            if proxy is not None:
                stop_group(proxy.process)
            upstream.stop()
    report(results, log_hits, time.monotonic() - started)
    return 0


def report(results: list[Result], log_hits: list[str], wall: float) -> None:
    w = max(len(r.v.vid) for r in results) if results else 10
    print(f"\n{'variant':<{w}}  {'class':<9} {'expect':<6} {'verdict':<8} {'client':<16} up  description / detail")
    for r in results:
        print(
            f"{r.v.vid:<{w}}  {r.v.cls:<9} {r.v.expect:<6} {r.verdict:<8} {r.client[:16]:<16} {r.upstream:>2}  "
            f"{r.v.desc}" + (f"  [{r.detail}]" if r.detail else "")
        )
    counts = Counter(r.verdict for r in results)
    print(f"\n{len(results)} variants: " + ", ".join(f"{k} {counts[k]}" for k in ("blocked", "masked", "LEAK", "ERROR")
                                                   if counts[k]) + f"  ({wall:.0f} s)")  # fmt: skip
    by_class = Counter(r.v.cls for r in results if r.verdict == "LEAK")
    print("LEAKs by class: " + (", ".join(f"{k} {n}" for k, n in sorted(by_class.items())) or "none"))
    for r in results:
        if r.verdict == "LEAK":
            print(f"  LEAK {r.v.vid}: {r.v.desc} ({r.detail})")
    print("canary values in the decision log: " + (", ".join(log_hits) if log_hits else "none"))


if __name__ == "__main__":
    sys.exit(main())

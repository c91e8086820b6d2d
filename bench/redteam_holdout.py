"""Held-out red-team benchmark: attacks that try to get secrets and personal data past the real
proxy, and benign requests real clients send, judged by what reaches a recording fake upstream.

    .venv/bin/python bench/redteam_holdout.py [--repo PATH] [--only ID_PREFIX,...] [--out PATH] [--cases MODULE]

Starts a recording fake upstream over TLS (and a plain-HTTP one for port 80) that answers for
every name, and `dlp-proxy run` with a copy of the bundled policy in which the Anthropic and
Gemini APIs are approved for low risk (as OpenAI and ChatGPT are), plus a throw-away mitmproxy
addon that sends *every* upstream connection to the fake upstream, so nothing leaves the machine.
Then sends each case of bench/redteam_holdout_cases.py (or of `--cases MODULE`, another module in
bench/ of the same shape) as raw HTTP/1.1 (or HTTP/2) through the proxy, one at a time, and
records: what reached the upstream, whether a value leaked (raw bytes,
content-decoded body, JSON strings, URL-decoded path and headers, base64/base32/hex runs, HTML,
JSON and quoted-printable escapes, in a canonical form: NFKD without marks, tag characters and
common look-alikes mapped to ASCII, NFKC, casefold, letters and digits only), the HTTP status,
and the new decision records (action, rule, entity types). Prints a table per attack class and
one for the benign set; never prints a value. Results: bench/results/redteam-holdout.json.
A benchmark, not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import datetime as dt
import gzip
import html
import ipaddress
import json
import os
import platform
import quopri
import re
import shutil
import signal
import socket
import ssl
import sys
import tempfile
import threading
import time
import unicodedata
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from proxy_latency import Proxy, free_port, launch, wait_ready  # noqa: E402

DEFAULT_CASES = "redteam_holdout_cases"
_pre = argparse.ArgumentParser(add_help=False)
_pre.add_argument("--cases", default=DEFAULT_CASES)
CASES = _pre.parse_known_args()[0].cases  # the case module (in bench/), read before the rest of the options
cases_mod = __import__(CASES)
ATTACKS, BENIGN, VALUES, Case, Req = (
    cases_mod.ATTACKS,
    cases_mod.BENIGN,
    cases_mod.VALUES,
    cases_mod.Case,
    cases_mod.Req,
)

ROOT = HERE.parent
RESULTS = HERE / "results"
CASE_TIMEOUT_S = 20
APPROVE = ("anthropic-api", "gemini-api")
UPSTREAM_NAMES = [
    "api.openai.com", "eu.api.openai.com", "us.api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com",
    "europe-west4-aiplatform.googleapis.com", "aiplatform.googleapis.com", "chatgpt.com", "chat.openai.com", "claude.ai",
    "gemini.google.com", cases_mod.DECOY, "*.openai.com", "*.googleapis.com", "*.chatgpt.com",
]  # fmt: skip
UPSTREAM_IPS = [cases_mod.OAI_IP, "2606:4700:4400::ac40:9bd1", "127.0.0.1"]

# The throw-away addon the proxy loads: every upstream connection goes to the fake upstream
# (port 80 to the plain one), so no case can reach the real internet whatever the proxy decides.
REDIRECT_ADDON = """
import os
from mitmproxy.proxy import server_hooks

TLS_PORT = int(os.environ["RT_TLS_PORT"])
PLAIN_PORT = int(os.environ["RT_PLAIN_PORT"])


class RedTeamRedirect:
    def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        if not data.server.address:
            return
        host, port = data.server.address[0], data.server.address[1]
        if host == "127.0.0.1" and port in (TLS_PORT, PLAIN_PORT):
            return
        data.server.address = ("127.0.0.1", PLAIN_PORT if port == 80 else TLS_PORT)


addons = [RedTeamRedirect()]
"""


# -- TLS material and the recording upstream ---------------------------------------------------


def make_tls(folder: Path) -> tuple[Path, Path, Path]:
    """A CA and one server certificate for every upstream name and IP; (ca, cert, key) PEM paths."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    name = lambda cn: x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])  # noqa: E731
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder().subject_name(name("redteam upstream CA")).issuer_name(name("redteam upstream CA"))
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=7))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    sans: list[x509.GeneralName] = [x509.DNSName(n) for n in UPSTREAM_NAMES]
    sans += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in UPSTREAM_IPS]
    cert = (
        x509.CertificateBuilder().subject_name(name("api.openai.com")).issuer_name(ca.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=7))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    paths = folder / "upstream-ca.pem", folder / "upstream.pem", folder / "upstream.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    paths[2].chmod(0o600)
    return paths


@dataclass
class Recording:
    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes
    tls: bool
    sni: str | None


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: list[Recording] = []

    def add(self, rec: Recording) -> None:
        with self.lock:
            self.items.append(rec)

    def since(self, n: int) -> list[Recording]:
        with self.lock:
            return list(self.items[n:])

    def count(self) -> int:
        with self.lock:
            return len(self.items)


RECORDER = Recorder()
SNI_SEEN: dict[int, str | None] = {}


def _answer_for(path: str) -> bytes:
    if path.startswith("/v1/messages"):
        return json.dumps({"id": "msg_rt", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5",
                           "content": [{"type": "text", "text": "OK"}], "stop_reason": "end_turn",
                           "usage": {"input_tokens": 1, "output_tokens": 1}}).encode()  # fmt: skip
    if ":generateContent" in path or ":streamGenerateContent" in path or path.startswith("/v1/projects"):
        return json.dumps(
            {"candidates": [{"content": {"role": "model", "parts": [{"text": "OK"}]}, "finishReason": "STOP"}]}
        ).encode()
    return json.dumps({"id": "chatcmpl-rt", "object": "chat.completion", "created": 1700000000, "model": "gpt-4.1-mini",
                       "choices": [{"index": 0, "message": {"role": "assistant", "content": "OK"}, "finish_reason": "stop"}],
                       "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()  # fmt: skip


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("transfer-encoding") or "").lower():
            out = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return out
                out += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("content-length") or 0))

    def _handle(self) -> None:
        body = self._read_body()
        tls = isinstance(self.connection, ssl.SSLSocket)
        RECORDER.add(Recording(self.command, self.path, list(self.headers.items()), body, tls,
                               SNI_SEEN.get(id(self.connection)) if tls else None))  # fmt: skip
        answer = _answer_for(self.path)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(answer)))
        self.send_header("connection", "close")
        self.end_headers()
        self.wfile.write(answer)
        self.close_connection = True

    do_POST = do_GET = do_PUT = do_PATCH = do_DELETE = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], (OSError, ValueError)):
            super().handle_error(request, client_address)


def start_upstreams(cert: Path, key: Path) -> tuple[_Server, _Server]:
    tls_server = _Server(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.set_alpn_protocols(["http/1.1"])

    def on_sni(sock: ssl.SSLObject | ssl.SSLSocket, name: str | None, _ctx: ssl.SSLContext) -> None:
        SNI_SEEN[id(sock)] = name

    context.sni_callback = on_sni  # type: ignore[assignment]
    tls_server.socket = context.wrap_socket(tls_server.socket, server_side=True)
    plain_server = _Server(("127.0.0.1", 0), _Handler)
    for s, n in ((tls_server, "rt-upstream-tls"), (plain_server, "rt-upstream-plain")):
        threading.Thread(target=s.serve_forever, name=n, daemon=True).start()
    return tls_server, plain_server


# -- the proxy ---------------------------------------------------------------------------------


def policy_copy(repo: Path, folder: Path) -> Path:
    """rules/ copied, with the Anthropic and Gemini APIs approved for low risk (tests/e2e/conftest.py's edit)."""
    rules = folder / "rules"
    shutil.copytree(repo / "rules", rules)
    tools = rules / "tools.yaml"
    text = tools.read_text(encoding="utf-8")
    for tool_id in APPROVE:
        entry = re.compile(rf"(  - id: {re.escape(tool_id)}\n(?:    .*\n)*?)    status: unlisted\n")
        text, n = entry.subn(r"\1    status: approved\n    approved_for: low\n", text, count=1)
        if n != 1:
            sys.exit(f"redteam: tool {tool_id} not found unlisted in {tools}")
    tools.write_text(text, encoding="utf-8")
    return rules


def start_proxy(work: Path, repo: Path, rules: Path, upstream_ca: Path, tls_port: int, plain_port: int) -> Proxy:
    port, certs, audit_log = free_port(), work / "dlp-certs", work / "decisions.jsonl"
    addon = work / "redteam_redirect.py"
    addon.write_text(REDIRECT_ADDON, encoding="utf-8")
    script = Path(sys.executable).with_name("dlp-proxy")
    prefix = [str(script)] if script.exists() else [sys.executable, "-m", "dlp_proxy.cli"]
    cmd = [
        *prefix, "run", "--listen-host", "127.0.0.1", "--listen-port", str(port), "--policy", str(rules),
        "--audit-log", str(audit_log), "--certs", str(certs), "--nlp-config", str(repo / "models" / "nlp.yaml"),
        "--admin-port", "0", "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca}", "--script", str(addon),
    ]  # fmt: skip
    env = {
        k: v for k, v in os.environ.items() if k.upper() not in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
    }
    env.update({"PYTHONPATH": str(repo), "PYTHONUNBUFFERED": "1", "HF_HUB_OFFLINE": "1", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
                "RT_TLS_PORT": str(tls_port), "RT_PLAIN_PORT": str(plain_port)})  # fmt: skip
    proxy = launch("dlp", cmd, repo, env, port, certs / "mitmproxy-ca-cert.pem", work / "dlp.out")
    proxy.audit_log = audit_log
    return proxy


# -- the raw client ----------------------------------------------------------------------------


@dataclass
class Reply:
    status: int | None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None
    transport: str = ""


HOP = {"connection", "proxy-connection", "keep-alive", "te", "transfer-encoding", "upgrade", "content-length"}


def _client_ctx(alpn: list[str]) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # the attacker does not care whose certificate it is
    ctx.set_alpn_protocols(alpn)
    return ctx


def _recv_until(sock: socket.socket, marker: bytes, buf: bytes = b"") -> tuple[bytes, bytes]:
    while marker not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            break
        buf += chunk
    head, sep, rest = buf.partition(marker)
    return head + sep, rest


def _read_http1(sock: socket.socket) -> Reply:
    head, rest = _recv_until(sock, b"\r\n\r\n")
    if not head:
        return Reply(None, error="connection closed without a response")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers: dict[str, str] = {}
    for ln in lines[1:]:
        if ":" in ln:
            k, v = ln.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    body = rest
    if "content-length" in headers:
        need = int(headers["content-length"])
        while len(body) < need:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    elif "chunked" in headers.get("transfer-encoding", ""):
        while not body.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        body = _dechunk(body)
    else:
        while chunk := sock.recv(65536):
            body += chunk
    return Reply(status, headers, body)


def _dechunk(data: bytes) -> bytes:
    out, i = b"", 0
    while i < len(data):
        j = data.find(b"\r\n", i)
        if j < 0:
            break
        size = int(data[i:j].split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += data[j + 2 : j + 2 + size]
        i = j + 2 + size + 2
    return out


def _request_bytes(req: Req, target: str) -> bytes:
    lines = [f"{req.method} {target} HTTP/1.1", f"Host: {req.host}"]
    names = {k.lower() for k, _ in req.headers}
    lines += [f"{k}: {v}" for k, v in req.headers]
    if req.chunked:
        lines.append("Transfer-Encoding: chunked")
    elif req.body or req.method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(req.body)}")
    if "connection" not in names:
        lines.append("Connection: close")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    if req.chunked:
        body = b"".join(f"{len(req.body[i:i + 97]):x}\r\n".encode() + req.body[i : i + 97] + b"\r\n"
                        for i in range(0, len(req.body), 97)) + b"0\r\n\r\n"  # fmt: skip
        return head + body
    return head + req.body


def send(proxy_port: int, req: Req) -> Reply:
    try:
        sock = socket.create_connection(("127.0.0.1", proxy_port), timeout=CASE_TIMEOUT_S)
    except OSError as exc:
        return Reply(None, error=f"proxy connect: {exc}")
    try:
        sock.settimeout(CASE_TIMEOUT_S)
        if req.mode in ("absolute-http", "absolute-https"):
            scheme = "http" if req.mode == "absolute-http" else "https"
            uhost = req.url_host or req.host
            uhost = f"[{uhost}]" if ":" in uhost and not uhost.startswith("[") else uhost
            sock.sendall(_request_bytes(req, f"{scheme}://{uhost}{req.path}"))
            reply = _read_http1(sock)
            reply.transport = f"{scheme} absolute-form"
            return reply
        connect = req.connect or req.host
        sock.sendall(f"CONNECT {connect}:{req.port} HTTP/1.1\r\nHost: {connect}:{req.port}\r\n\r\n".encode())
        head, _ = _recv_until(sock, b"\r\n\r\n")
        status = int(head.split(b" ")[1]) if head.startswith(b"HTTP/") else None
        if status != 200:
            return Reply(status, error=f"CONNECT answered {status}", transport="connect")
        sni = connect.strip("[]") if req.sni is ... else req.sni
        try:
            ipaddress.ip_address(sni or "")
            sni = None  # no SNI for an IP literal (RFC 6066)
        except ValueError:
            pass
        ctx = _client_ctx(["h2", "http/1.1"] if req.mode == "h2" else ["http/1.1"])
        tls = ctx.wrap_socket(sock, server_hostname=sni)
        sock = tls
        if req.mode == "h2" and tls.selected_alpn_protocol() == "h2":
            reply = _send_h2(tls, req)
            reply.transport = "h2"
            return reply
        tls.sendall(_request_bytes(req, req.path))
        reply = _read_http1(tls)
        reply.transport = "http/1.1" + (" (h2 refused)" if req.mode == "h2" else "")
        return reply
    except (OSError, ValueError, ssl.SSLError) as exc:
        return Reply(None, error=f"{type(exc).__name__}: {exc}")
    finally:
        try:
            sock.close()
        except OSError:
            pass


def _send_h2(tls: ssl.SSLSocket, req: Req) -> Reply:
    import h2.config
    import h2.connection
    import h2.events

    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
    conn.initiate_connection()
    tls.sendall(conn.data_to_send())
    sid = conn.get_next_available_stream_id()
    hs = [(":method", req.method), (":authority", req.host), (":scheme", "https"), (":path", req.path)]
    hs += [(k.lower(), v) for k, v in req.headers if k.lower() not in HOP and k.lower() != "host"]
    if req.body:
        hs.append(("content-length", str(len(req.body))))
    conn.send_headers(sid, hs, end_stream=not req.body)
    tls.sendall(conn.data_to_send())
    pending = req.body
    reply = Reply(None)
    done = False
    while not done:
        while pending and conn.local_flow_control_window(sid) > 0:
            n = min(len(pending), conn.local_flow_control_window(sid), conn.max_outbound_frame_size, 1000)
            conn.send_data(sid, pending[:n], end_stream=len(pending) == n)
            pending = pending[n:]
            tls.sendall(conn.data_to_send())
        data = tls.recv(65536)
        if not data:
            reply.error = reply.error or "h2 connection closed"
            break
        for ev in conn.receive_data(data):
            if isinstance(ev, h2.events.ResponseReceived) and ev.stream_id == sid:
                hd = {
                    k if isinstance(k, str) else k.decode(): v if isinstance(v, str) else v.decode()
                    for k, v in ev.headers
                }
                reply.status = int(hd.get(":status", "0"))
                reply.headers = {k: v for k, v in hd.items() if not k.startswith(":")}
            elif isinstance(ev, h2.events.DataReceived) and ev.stream_id == sid:
                reply.body += ev.data
                conn.acknowledge_received_data(ev.flow_controlled_length, sid)
            elif isinstance(ev, (h2.events.StreamEnded,)) and ev.stream_id == sid:
                done = True
            elif isinstance(ev, h2.events.StreamReset) and ev.stream_id == sid:
                reply.error, done = f"h2 stream reset ({ev.error_code})", True
            elif isinstance(ev, h2.events.ConnectionTerminated):
                reply.error, done = "h2 connection terminated", True
        tls.sendall(conn.data_to_send())
    return reply


# -- the leak check ----------------------------------------------------------------------------

CONFUSABLES = str.maketrans({"а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
                             "т": "t", "у": "y", "х": "x", "і": "i", "ѕ": "s", "ј": "j", "ԁ": "d", "ν": "n", "ζ": "z",
                             "ο": "o", "α": "a", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ε": "e"})  # fmt: skip
TAGS = {cp: cp - 0xE0000 for cp in range(0xE0020, 0xE007F)}


def canonical(text: str) -> str:
    """NFKD without marks and format characters, tag characters and look-alikes to ASCII, NFKC,
    casefold, letters and digits only (any script's digits as ASCII)."""
    t = text.translate(TAGS)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if unicodedata.category(ch) not in ("Mn", "Me", "Cf"))
    t = unicodedata.normalize("NFKC", t).casefold().translate(CONFUSABLES)
    out = []
    for ch in t:
        if ch.isascii():
            if ch.isalnum():
                out.append(ch)
        elif ch.isdigit():
            d = unicodedata.digit(ch, None)
            if d is not None:
                out.append(str(d))
        elif ch.isalnum():
            out.append(ch)
    return "".join(out)


B64_RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
B32_RUN = re.compile(r"[A-Z2-7]{16,}={0,6}")
HEX_RUN = re.compile(r"(?:[0-9a-fA-F]{2}){8,}")
JSON_ESC = re.compile(r"\\(u[0-9a-fA-F]{4}|[nrtbf\"\\/])")


def _printable(b: bytes) -> str | None:
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        return None
    good = sum(ch.isprintable() or ch in "\r\n\t" for ch in s)
    return s if s and good / len(s) > 0.85 else None


def _unjson(m: re.Match[str]) -> str:
    g = m.group(1)
    if g[0] == "u":
        return chr(int(g[1:], 16))
    return {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}.get(g, g)


def decodings(text: str) -> list[str]:
    """One level of the obvious decodings of `text` (each result is a whole new text)."""
    out: list[str] = []
    if "%" in text:
        out.append(unquote(text))
    if "&" in text:
        out.append(html.unescape(text))
    if "\\" in text:
        out.append(JSON_ESC.sub(_unjson, text))
    if re.search(r"=[0-9A-F]{2}", text):
        try:
            out.append(quopri.decodestring(text.encode("utf-8", "replace")).decode("utf-8", "replace"))
        except (ValueError, binascii.Error):
            pass
    decoded: list[str] = []
    for run in B64_RUN.findall(text)[:300]:
        for alt in (run, run.replace("-", "+").replace("_", "/")):
            try:
                s = _printable(base64.b64decode(alt + "=" * (-len(alt) % 4), validate=False))
            except (binascii.Error, ValueError):
                s = None
            if s:
                decoded.append(s)
                break
    for run in B32_RUN.findall(text)[:100]:
        try:
            s = _printable(base64.b32decode(run + "=" * (-len(run) % 8)))
        except (binascii.Error, ValueError):
            s = None
        if s:
            decoded.append(s)
    for run in HEX_RUN.findall(text)[:100]:
        s = _printable(bytes.fromhex(run))
        if s:
            decoded.append(s)
    if decoded:
        out.append("\n".join(decoded))
    return out


def _json_strings(obj: Any, out: list[str], depth: int = 0) -> None:
    if depth > 200:
        return
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.append(k)
            _json_strings(v, out, depth + 1)
    elif isinstance(obj, list):
        for v in obj:
            _json_strings(v, out, depth + 1)
    elif obj is not None and not isinstance(obj, bool):
        out.append(str(obj))


def _body_variants(body: bytes, headers: list[tuple[str, str]]) -> list[bytes]:
    variants = [body]
    enc = [e.strip().lower() for h, v in headers if h.lower() == "content-encoding" for e in v.split(",") if e.strip()]
    cur = body
    for e in reversed(enc):
        try:
            if e in ("gzip", "x-gzip"):
                cur = gzip.decompress(cur)
            elif e == "deflate":
                cur = zlib.decompress(cur)
            elif e == "br":
                import brotli

                cur = brotli.decompress(cur)
            else:
                continue
            variants.append(cur)
        except Exception:  # noqa: BLE001 - a lying header: keep what we have
            break
    for fn in (gzip.decompress, zlib.decompress):  # compressed without saying so
        try:
            variants.append(fn(body))
        except Exception:  # noqa: BLE001
            pass
    return variants


def _texts(b: bytes) -> list[str]:
    out = [b.decode("utf-8", "replace")]
    if b[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        out.append(b.decode("utf-32", "replace"))
    elif b[:2] in (b"\xff\xfe", b"\xfe\xff"):
        out.append(b.decode("utf-16", "replace"))
    elif b.count(b"\x00") > len(b) // 4:
        out += [b.decode("utf-16-le", "replace"), b.decode("utf-16-be", "replace"), b.decode("utf-32-le", "replace")]
    if b.startswith(b"\xef\xbb\xbf"):
        out.append(b[3:].decode("utf-8", "replace"))
    try:
        out.append(b.decode("latin-1"))
    except UnicodeDecodeError:
        pass
    return out


def blobs(rec: Recording) -> list[tuple[str, str]]:
    out = [("path", rec.path), ("path", unquote(rec.path))]
    for k, v in rec.headers:
        out += [(f"header {k.lower()}", v), (f"header {k.lower()}", unquote(v))]
    for b in _body_variants(rec.body, rec.headers):
        for t in _texts(b):
            out.append(("body", t))
            strings: list[str] = []
            for candidate in (t.lstrip("\ufeff \r\n\t"),):
                try:
                    _json_strings(json.loads(candidate), strings)
                except (ValueError, RecursionError):
                    try:
                        obj, _ = json.JSONDecoder().raw_decode(candidate)
                        _json_strings(obj, strings)
                    except (ValueError, RecursionError):
                        pass
            if strings:
                out += [("json strings", "\n".join(strings)), ("json strings joined", "".join(strings))]
    return out


def _found(text: str, needles: tuple[tuple[str, ...], ...]) -> bool:
    c = canonical(text)
    return any(all(n in c for n in group) for group in needles)


def leak_where(recs: list[Recording], case: Case) -> str | None:
    """Where the case's value shows in what reached the upstream (None: nowhere)."""
    needles = VALUES[case.value].needles  # type: ignore[index]
    for rec in recs:
        seen: dict[str, int] = {}  # text -> the lowest depth it was looked at
        for where, text in blobs(rec):
            level = [text]
            for depth in range(3):  # the text, one and two levels of decoding
                nxt: list[str] = []
                for t in level:
                    if seen.get(t, 99) <= depth:
                        continue
                    seen[t] = depth
                    if _found(t, needles):
                        return where + ("" if depth == 0 else f" (decoded x{depth})")
                    if case.reveal is not None and _found(case.reveal(t), needles):
                        return where + " (case's own inverse)"
                    if depth < 2:
                        nxt += decodings(t)
                level = nxt
    return None


def checker_self_test(selected: list[Case]) -> list[str]:
    """Attack ids whose value the leak check would not find even in the request as sent (should be none)."""
    blind = []
    for case in selected:
        if case.value is not None:
            rec = Recording(
                case.req.method, case.req.path, [*case.req.headers, ("host", case.req.host)], case.req.body, True, None
            )
            if leak_where([rec], case) is None:
                blind.append(case.id)
    return blind


# -- running the cases -------------------------------------------------------------------------


def read_records(path: Path | None) -> list[dict[str, Any]]:
    if path is None or not path.exists():
        return []
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def run_case(proxy: Proxy, case: Case) -> dict[str, Any]:
    n_rec, n_log = RECORDER.count(), len(read_records(proxy.audit_log))
    started = time.monotonic()
    reply = send(proxy.port, case.req)
    ms = (time.monotonic() - started) * 1000
    time.sleep(0.05)
    recs = RECORDER.since(n_rec)
    records = read_records(proxy.audit_log)[n_log:]
    decisions = [r for r in records if r.get("event", "decision") == "decision"]
    entities: Counter[str] = Counter()
    for r in decisions:
        entities.update(r.get("entities") or {})
    out: dict[str, Any] = {
        "id": case.id, "class": case.cls, "note": case.note, "status": reply.status, "error": reply.error,
        "transport": reply.transport, "ms": round(ms, 1), "forwarded": len(recs),
        "upstream_sni": [r.sni for r in recs], "upstream_tls": [r.tls for r in recs],
        "x_dlp_action": reply.headers.get("x-dlp-action"),
        "records": len(records), "actions": [r.get("action") for r in decisions],
        "rules": [r.get("rule_id") for r in decisions], "tools": [r.get("tool") for r in decisions],
        "entities": dict(entities), "fail_reasons": [r.get("fail_reason") for r in decisions if r.get("fail_reason")],
    }  # fmt: skip
    if case.value is not None:  # an attack
        v = VALUES[case.value]
        where = leak_where(recs, case)
        changed = any(benign_outcome(case, [r])["diff"] for r in recs)  # body, path or a header differs
        out.update({
            "value": case.value, "value_kind": v.kind, "beyond_scope": case.beyond,
            "expected": "block" if v.kind == "secret" else "mask (or block)",
            "leaked": where is not None, "leak_where": where,
            "outcome": "leaked" if where else ("blocked" if not recs else ("masked" if changed else "forwarded, value not found")),
        })  # fmt: skip
    else:
        out.update(benign_outcome(case, recs))
    return out


def benign_outcome(case: Case, recs: list[Recording]) -> dict[str, Any]:
    if not recs:
        return {"outcome": "blocked", "diff": []}
    rec = recs[0]
    diff = []
    if rec.body != case.req.body:
        diff.append("body")
    if rec.path != case.req.path:
        diff.append("path")
    up = defaultdict(list)
    for k, v in rec.headers:
        up[k.lower()].append(v)
    for k, v in case.req.headers:
        if k.lower() not in HOP and v not in up.get(k.lower(), []):
            diff.append(f"header {k.lower()}")
    if len(recs) > 1:
        diff.append(f"{len(recs)} upstream requests")
    return {"outcome": "identical" if not diff else "changed", "diff": diff}


# -- report ------------------------------------------------------------------------------------


def tables(results: list[dict[str, Any]]) -> str:
    attacks = [r for r in results if r["class"] != "benign"]
    benign = [r for r in results if r["class"] == "benign"]
    lines = ["attacks (a value 'leaked' when it reached the upstream in any decoding the bench tries)", ""]
    hdr = f"  {'class':<13}{'n':>4}{'in-scope':>10}{'leaked':>8}{'beyond':>8}{'beyond leaked':>15}{'blocked':>9}{'masked':>8}{'no record':>11}"
    lines.append(hdr)
    classes = list(dict.fromkeys(r["class"] for r in attacks)) + ["all"]
    for cls in classes:
        rs = attacks if cls == "all" else [r for r in attacks if r["class"] == cls]
        ins = [r for r in rs if not r["beyond_scope"]]
        bey = [r for r in rs if r["beyond_scope"]]
        lines.append(
            f"  {cls:<13}{len(rs):>4}{len(ins):>10}{sum(r['leaked'] for r in ins):>8}{len(bey):>8}"
            f"{sum(r['leaked'] for r in bey):>15}{sum(r['outcome'] == 'blocked' for r in rs):>9}"
            f"{sum(r['outcome'] == 'masked' for r in rs):>8}{sum(r['records'] == 0 for r in rs):>11}"
        )
    leaks = [r for r in attacks if r["leaked"]]
    if leaks:
        lines += ["", "  leaks (in scope first):"]
        for r in sorted(leaks, key=lambda r: (r["beyond_scope"], r["id"])):
            ent = ",".join(sorted(r["entities"])) or "-"
            lines.append(
                f"    {'[beyond] ' if r['beyond_scope'] else ''}{r['id']}: {r['value']} ({r['value_kind']}), expected "
                f"{r['expected']}; HTTP {r['status']}, forwarded {r['forwarded']}, records {r['records']} "
                f"actions {','.join(map(str, r['actions'])) or '-'} entities {ent}; leaked in {r['leak_where']}"
            )
    odd = [r for r in attacks if not r["leaked"] and r["outcome"] == "forwarded, value not found"]
    if odd:
        lines += [
            "",
            "  forwarded unchanged but the value not found (check the case): " + ", ".join(r["id"] for r in odd),
        ]
    lines += ["", "benign (the ideal: forwarded byte for byte)", ""]
    lines.append(f"  {'set':<13}{'n':>4}{'identical':>11}{'changed':>9}{'blocked':>9}")
    lines.append(
        f"  {'benign':<13}{len(benign):>4}{sum(r['outcome'] == 'identical' for r in benign):>11}"
        f"{sum(r['outcome'] == 'changed' for r in benign):>9}{sum(r['outcome'] == 'blocked' for r in benign):>9}"
    )
    for r in benign:
        if r["outcome"] != "identical":
            ent = ",".join(sorted(r["entities"])) or "-"
            lines.append(
                f"    {r['id']}: {r['outcome']} (HTTP {r['status']}; actions {','.join(map(str, r['actions'])) or '-'}; "
                f"rules {','.join(map(str, r['rules'])) or '-'}; entities {ent}; differs in {', '.join(r['diff']) or '-'})"
            )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", type=Path, default=ROOT, help="the dlp-proxy checkout to run (default: this one)")
    ap.add_argument("--only", default="", help="comma-separated case id prefixes")
    ap.add_argument("--cases", default=DEFAULT_CASES, help="module in bench/ with the cases (default: %(default)s)")
    ap.add_argument(
        "--out", type=Path, default=None, help="default: results/redteam-holdout.json, or named after --cases"
    )
    args = ap.parse_args()
    if args.out is None:
        stem = "redteam-holdout" if CASES == DEFAULT_CASES else CASES.removesuffix("_cases").replace("_", "-")
        args.out = RESULTS / f"{stem}.json"
    repo = args.repo.resolve()
    selected = ATTACKS + BENIGN
    if args.only:
        prefixes = tuple(p.strip() for p in args.only.split(",") if p.strip())
        selected = [c for c in selected if c.id.startswith(prefixes)]
    t0 = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="redteam-holdout-"))
    proxy: Proxy | None = None
    servers: tuple[_Server, _Server] | None = None
    previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP)}

    def on_signal(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    for s in previous:
        signal.signal(s, on_signal)
    try:
        blind = checker_self_test(selected)
        if blind:
            print(
                f"redteam: the leak check cannot see the value in these cases' own requests: {blind}", file=sys.stderr
            )
        ca, cert, key = make_tls(work / "tls")
        servers = start_upstreams(cert, key)
        rules = policy_copy(repo, work)
        proxy = start_proxy(work, repo, rules, ca, servers[0].server_address[1], servers[1].server_address[1])
        startup = wait_ready(proxy, ["listening at", "dlp-proxy: policy", "loaded"])
        print(f"redteam: proxy ready in {startup:.1f} s; {len(selected)} cases", file=sys.stderr)
        results = []
        for i, case in enumerate(selected, 1):
            results.append(run_case(proxy, case))
            if i % 25 == 0:
                print(f"  {i}/{len(selected)}", file=sys.stderr)
        if proxy.process.poll() is not None:
            print(f"redteam: the proxy exited during the run:\n{proxy.output_tail()}", file=sys.stderr)
        text = tables(results)
        print(text)
        summary = {
            "setup": {"repo": str(repo), "python": platform.python_version(), "startup_s": round(startup, 1),
                      "wall_s": round(time.monotonic() - t0, 1), "approved_for_low": ["openai-api", "chatgpt", *APPROVE],
                      "cases": len(selected), "leak_check_blind_cases": blind},
            "table": text.splitlines(),
            "results": results,
        }  # fmt: skip
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwall time {time.monotonic() - t0:.0f} s; results: {args.out}", file=sys.stderr)
        return 0
    finally:
        if proxy is not None:
            proxy.stop()
        if servers is not None:
            for s in servers:
                s.shutdown()
                s.server_close()
        for s, h in previous.items():
            signal.signal(s, h)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())

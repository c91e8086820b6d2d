"""Restore benchmark: what putting values back in a streamed answer costs, against plain passthrough.

    .venv/bin/python bench/stream_restore.py [--requests N] [--piece C] [--gap-ms G] [--repo PATH] [--out PATH]

A fake api.openai.com over real TLS (this file) answers every streamed chat completion by echoing
the prompt it received, C characters per SSE event (default 4, so placeholders arrive cut across
events), G ms apart (default 5). Each event carries the upstream's send time (CLOCK_MONOTONIC,
shared by the processes of one machine) and how much text has been sent. Three paths, in one run,
interleaved request by request, each over its own keep-alive connection:

- `bare`: bare mitmdump streaming every body (`stream_large_bodies=1`), the prompt with values
  (plain passthrough, the baseline);
- `dlp-plain`: dlp-proxy, a prompt of the same shape without values (allowed, streamed untouched);
- `dlp-restore`: dlp-proxy, the prompt with values (pseudonymised; the answer is restored).

Per path: time to the first byte of the answer; per event, the time from the upstream's send to
its arrival at the client; per character of the upstream's text, the time from its send until the
client has it (restored), which includes any time it was held back; and the held-back tail:
upstream characters sent (their events arrived) but not yet released to the client, at each
arrival. A benchmark, not a test: nothing asserts a time. Results: bench/results/stream-restore.json.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import ssl
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from latency_upstream import TlsFiles, make_tls  # bench/ is on sys.path: these run as scripts
from proxy_latency import Proxy, client_for, percentile, start_bare, start_dlp, wait_ready

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
URL = "https://api.openai.com/v1/chat/completions"
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9_]*_\d+\]")

# (with values, the same shape without): each value is replaced by neutral words of its length.
PROMPTS = [
    (
        "Schrijf een korte bevestiging aan Jan de Vries (jan.devries@voorbeeldklant.nl) dat het bedrag "
        "naar NL91ABNA0417164300 is overgemaakt, en vraag of Fatima el Amrani de factuur ook heeft ontvangen.",
        "Schrijf een korte bevestiging aan onze klant (de vaste contactpersoon van hun afdeling) dat het bedrag "
        "naar de bekende rekening is overgemaakt, en vraag of hun administratie de factuur ook heeft ontvangen.",
    ),
    (
        "Please draft a reply to Emily Carter at emily.carter@example.org: her refund of 120 euro goes to "
        "GB82WEST12345698765432 this week, and call +31 6 12345678 if anything is unclear.",
        "Please draft a reply to the customer at the address on file: their refund of 120 euro goes to the "
        "account they gave us this week, and call the service desk line if anything is unclear.",
    ),
]


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    piece = 4
    gap = 0.005

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))))
        text = str(body["messages"][-1]["content"])
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        # What the upstream received (placeholders), for the client to line its answer up with.
        self.send_header("x-bench-upstream-text", base64.b64encode(text.encode()).decode())
        self.end_headers()
        for start in range(0, len(text), self.piece):
            time.sleep(self.gap)
            piece = text[start : start + self.piece]
            data = {
                "choices": [{"index": 0, "delta": {"content": piece}}],
                "t": time.monotonic(),
                "n": start + len(piece),
            }
            self._chunk(f"data: {json.dumps(data, ensure_ascii=False)}\n\n".encode())
        self._chunk(b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n')
        self.wfile.write(b"0\r\n\r\n")

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()


def start_upstream(files: TlsFiles, piece: int, gap: float) -> ThreadingHTTPServer:
    handler = type("Echo", (_Echo,), {"piece": piece, "gap": gap})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(files.cert_pem, files.key_pem)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def aligner(upstream: str, shown: str) -> Any:
    """Maps how much of the client's text (values) has arrived to how much of the upstream's text
    (placeholders) that stands for: literals one for one, a value as its placeholder, and only whole."""
    pieces = PLACEHOLDER.split(upstream)
    pattern = "(.+?)".join(re.escape(p) for p in pieces)
    m = re.fullmatch(pattern, shown, re.DOTALL)
    if m is None:
        raise RuntimeError("the client's answer does not line up with what the upstream sent")
    spans = [(m.start(g), m.end(g)) for g in range(1, len(pieces))]  # values, in the client's text
    holders = [ph.span() for ph in PLACEHOLDER.finditer(upstream)]  # their placeholders, upstream

    def upstream_length(released: int) -> int:
        shift = 0  # upstream length minus client length before `released`
        for (vs, ve), (_, pe) in zip(spans, holders, strict=True):
            if released < ve:
                return (vs + shift) if released > vs else released + shift
            shift = pe - ve
        return released + shift

    return upstream_length


def one(client: Any, prompt: str) -> dict[str, Any]:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}], "stream": True}
    headers = {"authorization": "Bearer bench-placeholder", "accept": "text/event-stream"}
    started = time.monotonic()
    seen: list[tuple[float, float, int, int]] = []  # (arrival, upstream send time, upstream chars sent, client chars)
    shown, first, buf = "", None, b""
    with client.stream("POST", URL, json=body, headers=headers) as response:
        if response.status_code != 200:
            raise RuntimeError(f"{response.status_code}: {response.read()[:300]!r}")
        upstream = base64.b64decode(response.headers["x-bench-upstream-text"]).decode()
        for chunk in response.iter_raw():
            now = time.monotonic()
            first = first if first is not None else now
            buf += chunk
            *done, buf = buf.split(b"\n\n")
            for raw in done:
                line = raw.decode().partition("data: ")[2]
                if not line.startswith("{"):
                    continue
                data = json.loads(line)
                shown += data["choices"][0]["delta"].get("content") or ""
                if "t" in data:
                    seen.append((now, data["t"], data["n"], len(shown)))
    if shown != prompt:
        raise RuntimeError("the client's answer is not the prompt: restore failed or a value was changed")
    to_upstream = aligner(upstream, shown)
    released = [(arrival, to_upstream(n_client)) for arrival, _, _, n_client in seen]
    held = [n_sent - r for (_, _, n_sent, _), (_, r) in zip(seen, released, strict=True)]
    text_latency = []
    for _, sent_at, n_sent, _ in seen:  # when did the client have the upstream's text up to n?
        got = next((t for t, r in released if r >= n_sent), seen[-1][0])
        text_latency.append((got - sent_at) * 1000)
    return {
        "ttfb_ms": ((first or started) - started) * 1000,
        "event_ms": [(arrival - sent_at) * 1000 for arrival, sent_at, _, _ in seen],
        "text_ms": text_latency,
        "held_chars": held,
    }


def stats(values: list[float]) -> dict[str, float]:
    return {"p50": statistics.median(values), "p95": percentile(values, 95), "max": max(values)}


def run(args: argparse.Namespace, repo: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="dlp-restore-bench-") as tmp:
        work = Path(tmp)
        files = make_tls(work / "tls")
        upstream = start_upstream(files, args.piece, args.gap_ms / 1000)
        port = upstream.server_address[1]
        # Bare mitmdump buffers a body unless told to stream it; dlp-proxy streams event streams.
        proxies: dict[str, Proxy] = {"bare": start_bare(work, files.ca_pem, port, ["--set", "stream_large_bodies=1"])}
        proxies["dlp"] = start_dlp(work, repo, files.ca_pem, port)
        try:
            wait_ready(proxies["bare"], ["listening at"])
            wait_ready(proxies["dlp"], ["listening at", "dlp-proxy: policy"])
            clients = {"bare": client_for(proxies["bare"]), "dlp": client_for(proxies["dlp"])}
            paths = {"bare": ("bare", 0), "dlp-plain": ("dlp", 1), "dlp-restore": ("dlp", 0)}
            samples: dict[str, list[dict[str, Any]]] = {p: [] for p in paths}
            for i in range(args.requests + 2):  # the first two rounds warm up
                order = list(paths) if i % 2 == 0 else list(reversed(paths))
                for path in order:
                    proxy, which = paths[path]
                    got = one(clients[proxy], PROMPTS[i % len(PROMPTS)][which])
                    if i >= 2:
                        samples[path].append(got)
        finally:
            for p in proxies.values():
                p.stop()
            upstream.shutdown()
    out: dict[str, Any] = {"requests": args.requests, "piece_chars": args.piece, "gap_ms": args.gap_ms, "paths": {}}
    for path, runs in samples.items():
        out["paths"][path] = {
            "ttfb_ms": stats([r["ttfb_ms"] for r in runs]),
            "event_ms": stats([x for r in runs for x in r["event_ms"]]),
            "text_ms": stats([x for r in runs for x in r["text_ms"]]),
            "held_chars": stats([float(x) for r in runs for x in r["held_chars"]]),
        }
    return out


def table(result: dict[str, Any]) -> str:
    paths = result["paths"]
    base = paths["bare"]
    rows = [
        f"{'path':<12} {'ttfb p50':>9} {'event p50':>10} {'event p95':>10} {'text p50':>9} {'text p95':>9} "
        f"{'text max':>9} {'held max':>9} {'held p50':>9}"
    ]
    for name, p in paths.items():
        rows.append(
            f"{name:<12} {p['ttfb_ms']['p50']:>9.2f} {p['event_ms']['p50']:>10.2f} {p['event_ms']['p95']:>10.2f} "
            f"{p['text_ms']['p50']:>9.2f} {p['text_ms']['p95']:>9.2f} {p['text_ms']['max']:>9.2f} "
            f"{p['held_chars']['max']:>9.0f} {p['held_chars']['p50']:>9.0f}"
        )
    r = paths["dlp-restore"]
    rows.append(
        f"restore over bare: event p50 +{r['event_ms']['p50'] - base['event_ms']['p50']:.2f} ms, "
        f"text p50 +{r['text_ms']['p50'] - base['text_ms']['p50']:.2f} ms, "
        f"ttfb p50 +{r['ttfb_ms']['p50'] - base['ttfb_ms']['p50']:.2f} ms (includes detection of the prompt)"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=30, help="streamed answers per path (default 30)")
    ap.add_argument("--piece", type=int, default=4, help="characters per upstream event (default 4)")
    ap.add_argument("--gap-ms", type=float, default=5.0, help="milliseconds between upstream events (default 5)")
    ap.add_argument("--repo", type=Path, default=ROOT, help="the dlp-proxy checkout to run (default: this one)")
    ap.add_argument("--out", type=Path, default=RESULTS / "stream-restore.json")
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    result = run(args, args.repo.resolve())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))
    print(f"\nresults: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

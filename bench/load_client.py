"""The load generator: N keep-alive clients through an HTTP proxy, in a process of its own.

    .venv/bin/python bench/load_client.py --port P --ca CA.pem --clients N --seconds S [--warmup W]

Each client opens a connection to the proxy, sends `CONNECT api.openai.com:443`, starts TLS
inside the tunnel (trusting the proxy's CA, ALPN http/1.1) and then posts chat completions one
after another on that connection, rotating through bench/proxy_latency.py's plain prompts (the
allow path). A connection error is counted and the client connects again.

Prints JSON lines on stdout: {"event": "window_start"} when the warm-up is over,
{"event": "window_end"} when the measured window closes (the parent reads the proxy's metrics,
memory and CPU at both), and last {"event": "result", ...}. Requests that end inside the window
are measured; the warm-up and the requests still in flight at its end are not, but every answer
is counted in `ok_total` (what the proxy forwarded, for the decision-log check).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import ssl
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from load_http import read_body, read_head
from proxy_latency import make_prompts, percentile

HOST = "api.openai.com"
PATH = "/v1/chat/completions"
UPSTREAM_MARK = b"chatcmpl-bench"  # in the fake upstream's answer: the request went all the way
REQUEST_TIMEOUT_S = 30.0
DRAIN_TIMEOUT_S = 10.0  # how long requests in flight at the window's end may take to finish
RECONNECT_PAUSE_S = 0.05  # after a connection error, so a dead proxy is not hammered in a loop
Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]


def build_requests() -> list[bytes]:
    """One complete HTTP/1.1 request per plain prompt, built once."""
    out = []
    for prompt in make_prompts()["plain"]:
        body = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]}).encode()
        head = (
            f"POST {PATH} HTTP/1.1\r\nhost: {HOST}\r\ncontent-type: application/json\r\n"
            f"authorization: Bearer bench-placeholder\r\nuser-agent: dlp-proxy-load-bench\r\n"
            f"content-length: {len(body)}\r\n\r\n"
        )
        out.append(head.encode("latin-1") + body)
    return out


@dataclass
class Window:
    """The measured window on the event loop's clock; no client starts a request after `end`."""

    start: float
    end: float

    def holds(self, t: float) -> bool:
        return self.start <= t < self.end


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)  # 200 answers that ended in the window
    statuses: Counter[int] = field(default_factory=Counter)  # every answer in the window
    errors: Counter[str] = field(default_factory=Counter)  # in the window: non-200, bad body, connection errors
    warmup_errors: int = 0
    ok_total: int = 0  # 200 answers from the upstream, warm-up and drain included
    connects: int = 0

    def error(self, kind: str, now: float, window: Window) -> None:
        if window.holds(now):
            self.errors[kind] += 1
        elif now < window.start:
            self.warmup_errors += 1


async def connect(port: int, context: ssl.SSLContext) -> Streams:
    """A TLS connection to api.openai.com through the proxy's CONNECT tunnel."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"CONNECT {HOST}:443 HTTP/1.1\r\nhost: {HOST}:443\r\n\r\n".encode())
        head = await read_head(reader)
        if head.status != 200:
            raise ConnectionError(f"CONNECT answered {head.start!r}")
        await writer.start_tls(context, server_hostname=HOST)
    except BaseException:
        writer.close()
        raise
    return reader, writer


async def exchange(streams: Streams, request: bytes) -> tuple[int, bytes, bool]:
    """Send one request, read its answer: status, body, and whether the connection stays usable."""
    reader, writer = streams
    writer.write(request)
    await writer.drain()
    head = await read_head(reader)
    framed = "content-length" in head.headers or "transfer-encoding" in head.headers
    body = await read_body(reader, head, to_eof=True)
    return head.status, body, framed and head.keep_alive


async def client(index: int, port: int, context: ssl.SSLContext, requests: list[bytes], window: Window,
                 tally: Tally) -> None:  # fmt: skip
    """One keep-alive client until the window closes; client i starts at prompt i."""
    loop = asyncio.get_running_loop()
    streams: Streams | None = None
    n = index
    while loop.time() < window.end:
        try:
            if streams is None:
                tally.connects += 1
                streams = await asyncio.wait_for(connect(port, context), REQUEST_TIMEOUT_S)
            started = loop.time()
            status, body, reusable = await asyncio.wait_for(
                exchange(streams, requests[n % len(requests)]), REQUEST_TIMEOUT_S
            )
            n += 1
        except (OSError, EOFError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ValueError, IndexError) as e:  # fmt: skip
            tally.error(type(e).__name__, loop.time(), window)
            _close(streams)
            streams = None
            await asyncio.sleep(RECONNECT_PAUSE_S)
            continue
        _record(tally, window, loop.time(), started, status, body)
        if not reusable:
            _close(streams)
            streams = None
    _close(streams)


def _record(tally: Tally, window: Window, ended: float, started: float, status: int, body: bytes) -> None:
    ok = status == 200 and UPSTREAM_MARK in body
    tally.ok_total += ok
    if not window.holds(ended):
        if not ok and ended < window.start:
            tally.warmup_errors += 1
        return
    tally.statuses[status] += 1
    if ok:
        tally.latencies_ms.append((ended - started) * 1000)
    else:
        tally.errors[f"http {status}" if status != 200 else "200 without the upstream's answer"] += 1


def _close(streams: Streams | None) -> None:
    if streams is not None:
        streams[1].close()


def emit(event: str, **fields: Any) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


async def phases(window: Window) -> None:
    """Tell the parent when the measured window opens and closes."""
    loop = asyncio.get_running_loop()
    await asyncio.sleep(window.start - loop.time())
    emit("window_start")
    await asyncio.sleep(window.end - loop.time())
    emit("window_end")


async def run(port: int, ca: Path, clients: int, seconds: float, warmup: float) -> dict[str, Any]:
    context = ssl.create_default_context(cafile=str(ca))
    context.set_alpn_protocols(["http/1.1"])
    requests = build_requests()
    loop = asyncio.get_running_loop()
    now = loop.time()
    window = Window(now + warmup, now + warmup + seconds)
    tally = Tally()
    signals = asyncio.create_task(phases(window))
    tasks = [asyncio.create_task(client(i, port, context, requests, window, tally)) for i in range(clients)]
    await signals
    _, pending = await asyncio.wait(tasks, timeout=DRAIN_TIMEOUT_S)
    for task in pending:  # stuck past the drain time: not measured, not waited for
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return summary(tally, clients, seconds, warmup)


def summary(tally: Tally, clients: int, seconds: float, warmup: float) -> dict[str, Any]:
    lat = tally.latencies_ms
    stats = {f"p{p}_ms": percentile(lat, p) if lat else None for p in (50, 95, 99)}
    return {
        "clients": clients,
        "seconds": seconds,
        "warmup_s": warmup,
        "requests": len(lat),
        "rps": len(lat) / seconds,
        **stats,
        "max_ms": max(lat, default=None),
        "mean_ms": sum(lat) / len(lat) if lat else None,
        "errors": sum(tally.errors.values()),
        "error_kinds": dict(tally.errors),
        "statuses": {str(k): v for k, v in sorted(tally.statuses.items())},
        "warmup_errors": tally.warmup_errors,
        "ok_total": tally.ok_total,
        "connects": tally.connects,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, required=True, help="the proxy's port on 127.0.0.1")
    ap.add_argument("--ca", type=Path, required=True, help="the proxy's CA certificate (PEM)")
    ap.add_argument("--clients", type=int, required=True)
    ap.add_argument("--seconds", type=float, required=True, help="the measured window")
    ap.add_argument("--warmup", type=float, default=3.0, help="seconds of load before it, not measured")
    args = ap.parse_args()
    result = asyncio.run(run(args.port, args.ca, args.clients, args.seconds, args.warmup))
    emit("result", **result)


if __name__ == "__main__":
    main()

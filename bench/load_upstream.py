"""The load bench's fake api.openai.com, in a process of its own so it never competes with the
load generator's event loop: asyncio streams over TLS, keep-alive, TCP_NODELAY (asyncio sets it
on every TCP transport), the same small chat completion for every POST /v1/chat/completions.

    .venv/bin/python bench/load_upstream.py --cert CERT --key KEY     # prints {"port": N}, serves

Certificates come from bench/latency_upstream.py's `make_tls` (the parent makes them); the answer
is its `ANSWER`, so both latency benches send the same bytes back.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import ssl
import subprocess
import sys
from pathlib import Path

from latency_upstream import ANSWER, TlsFiles
from load_http import Head, read_body, read_head

HERE = Path(__file__).resolve().parent
CHAT_PATH = "/v1/chat/completions"
START_TIMEOUT_S = 30


def _response(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    return head.encode("latin-1") + body


OK = _response("200 OK", ANSWER)
NOT_FOUND = _response("404 Not Found", b'{"error": {"message": "the bench upstream knows chat completions only"}}')


def answer(head: Head) -> bytes:
    method, target = head.start.split(" ", 2)[:2]
    return OK if method == "POST" and target.split("?", 1)[0] == CHAT_PATH else NOT_FOUND


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """One connection: answer request after request until the proxy closes it."""
    try:
        while True:
            head = await read_head(reader)
            await read_body(reader, head)
            writer.write(answer(head))
            await writer.drain()
            if not head.keep_alive:
                break
    except (OSError, EOFError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, IndexError):
        pass  # the proxy went away, or sent something this bench does not speak: drop the connection
    finally:
        writer.close()


async def main_async(cert: Path, key: Path) -> None:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.set_alpn_protocols(["http/1.1"])
    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=context, backlog=1024)
    print(json.dumps({"port": server.sockets[0].getsockname()[1]}), flush=True)
    async with server:
        await server.serve_forever()


def start(tls: TlsFiles, output: Path) -> tuple[subprocess.Popen[bytes], int]:
    """Run this module as a child process in a session of its own (stop it with proxy_latency's
    `stop_group`); returns it and its port once it listens."""
    cmd = [sys.executable, str(Path(__file__)), "--cert", str(tls.cert_pem), "--key", str(tls.key_pem)]
    with output.open("wb") as err:
        process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, start_new_session=True)
    assert process.stdout is not None
    line = process.stdout.readline()  # the {"port": N} line, or nothing when it died
    if not line:
        process.wait(START_TIMEOUT_S)
        raise RuntimeError(f"the load upstream exited: {output.read_text(errors='replace')[-2000:]}")
    return process, int(json.loads(line)["port"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cert", type=Path, required=True)
    ap.add_argument("--key", type=Path, required=True)
    args = ap.parse_args()
    try:
        asyncio.run(main_async(args.cert, args.key))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()

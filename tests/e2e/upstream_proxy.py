"""A local upstream ("corporate") HTTP CONNECT proxy for chaining tests: it records every CONNECT it
was asked for, can require Basic credentials, and routes named hosts to local ports."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import threading
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Connect:
    target: str  # host:port as the CONNECT line named it
    user: str | None  # from Proxy-Authorization, None when absent or not Basic
    status: int  # what this proxy answered


@dataclass
class UpstreamProxy:
    routes: dict[str, int]  # host -> local port that serves it
    credentials: tuple[str, str] | None = None
    connects: list[Connect] = field(default_factory=list)
    port: int = 0
    _loop: asyncio.AbstractEventLoop | None = None
    _server: asyncio.Server | None = None

    def start(self) -> UpstreamProxy:
        ready = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            self._server = loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()

        threading.Thread(target=serve, daemon=True).start()
        if not ready.wait(10):
            raise RuntimeError("upstream proxy did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._server is not None:
            self._loop.call_soon_threadsafe(self._server.close)
            self._loop.call_soon_threadsafe(self._loop.stop)

    def clear(self) -> None:
        self.connects.clear()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            writer.close()
            return
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = (lines[0].split(" ") + ["", ""])[:3]
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        user, password = _basic(headers.get("proxy-authorization", ""))
        if method != "CONNECT":
            status = 405
        elif self.credentials is not None and (user, password) != self.credentials:
            status = 407
        elif target.rpartition(":")[0] not in self.routes:
            status = 502
        else:
            status = 200
        self.connects.append(Connect(target, user, status))
        if status != 200:
            extra = 'Proxy-Authenticate: Basic realm="corp"\r\n' if status == 407 else ""
            writer.write(f"HTTP/1.1 {status} No\r\n{extra}Content-Length: 0\r\nConnection: close\r\n\r\n".encode())
            await writer.drain()
            writer.close()
            return
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.routes[target.rpartition(":")[0]])
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))


def _basic(value: str) -> tuple[str | None, str | None]:
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "basic":
        return None, None
    try:
        user, _, password = base64.b64decode(token).decode("utf-8").partition(":")
    except ValueError:
        return None, None
    return user, password


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError, asyncio.CancelledError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(Exception):
        writer.close()

"""A small HTTP/1.1 server on asyncio streams for the admin endpoints: GET and HEAD, one request
per connection, a routing table of handlers that return a Reply. Runs in mitmproxy's event loop.

Paths outside the table go to an optional async fallback (the employee portal's pages), which
also takes POST with a body of at most MAX_BODY bytes and a content-length (its forms)."""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from urllib.parse import parse_qsl

logger = logging.getLogger(__name__)

MAX_HEAD = 16 * 1024  # request line plus headers
MAX_BODY = 64 * 1024  # a POST to the fallback (a portal form); more is refused unread
READ_TIMEOUT = 10.0
FALLBACK_METHODS = ("GET", "HEAD", "POST")


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # without the query string
    headers: Mapping[str, str]  # lower-cased names
    query: Mapping[str, str] = field(default_factory=dict)  # first value of each name
    body: bytes = b""
    client: str = ""  # the peer's address


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Reply]
Fallback = Callable[[Request], Awaitable[Reply]]


def text(status: int, message: str) -> Reply:
    return Reply(status, (message + "\n").encode("utf-8"))


def authorized(request: Request, token: str | None) -> bool:
    """Whether the request carries `Authorization: Bearer <token>` (always, when there is no token)."""
    if not token:
        return True
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def token_required(routes: Mapping[str, Handler], paths: Collection[str], token: str | None) -> dict[str, Handler]:
    """`routes` with each of `paths` answering 401 unless the request carries the bearer token."""

    def guard(handler: Handler) -> Handler:
        def guarded(request: Request) -> Reply:
            if authorized(request, token):
                return handler(request)
            return Reply(401, b"a bearer token is required\n", headers={"www-authenticate": 'Bearer realm="dlp-proxy"'})

        return guarded

    return {path: guard(h) if path in paths and token else h for path, h in routes.items()}


def parse_head(head: bytes) -> Request | None:
    """The request line and headers, or None when they are not HTTP/1.x."""
    try:
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ")
    except ValueError:
        return None
    if not version.startswith("HTTP/1.") or not method.isalpha():
        return None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            return None
        headers[name.lower()] = value.strip()
    if target.startswith(("http://", "https://")):  # absolute form: keep the path
        target = "/" + target.split("://", 1)[1].partition("/")[2]
    target = target.split("#", 1)[0]
    path, _, raw_query = target.partition("?")
    query: dict[str, str] = {}
    for name, value in parse_qsl(raw_query, keep_blank_values=True, max_num_fields=64, errors="replace"):
        query.setdefault(name, value)
    return Request(method, path, headers, query)


def respond(routes: Mapping[str, Handler], request: Request | None) -> Reply:
    """Route one request: 400 unparsable, 405 not GET/HEAD, 404 unknown path, 500 a crashed handler."""
    if request is None:
        return text(400, "bad request")
    if request.method not in ("GET", "HEAD"):
        return Reply(405, b"method not allowed: GET or HEAD only\n", headers={"allow": "GET, HEAD"})
    handler = routes.get(request.path)
    if handler is None:
        return text(404, f"not found; endpoints: {', '.join(sorted(routes))}")
    try:
        return handler(request)
    except Exception:  # an endpoint bug must not take the admin port (or the proxy) down
        logger.exception("dlp-proxy: admin endpoint %s crashed", request.path)
        return text(500, "internal error")


def serialize(reply: Reply, head_only: bool) -> bytes:
    reason = HTTPStatus(reply.status).phrase if reply.status in HTTPStatus._value2member_map_ else ""
    lines = [
        f"HTTP/1.1 {reply.status} {reason}",
        f"content-type: {reply.content_type}",
        f"content-length: {len(reply.body)}",
        "cache-control: no-store",
        "x-content-type-options: nosniff",
        "connection: close",
        *(f"{k}: {v}" for k, v in reply.headers.items()),
    ]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if head_only else head + reply.body


class AdminServer:
    """Serves `routes` on host:port until stopped."""

    def __init__(self, routes: Mapping[str, Handler], fallback: Fallback | None = None) -> None:
        self.routes = routes
        self.fallback = fallback
        self._server: asyncio.Server | None = None

    @property
    def address(self) -> tuple[str, int] | None:
        if self._server is None or not self._server.sockets:
            return None
        host, port = self._server.sockets[0].getsockname()[:2]
        return str(host), int(port)

    async def start(self, host: str, port: int) -> None:
        self._server = await asyncio.start_server(self._serve, host, port, limit=MAX_HEAD)

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            await server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            try:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT)
                request = parse_head(head[:-4])
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError):
                request = None
            if request is not None:
                peer = writer.get_extra_info("peername")
                request = replace(request, client=str(peer[0]) if peer else "")
            if request is None or self.fallback is None or request.path in self.routes:
                reply = respond(self.routes, request)
            else:
                reply = await self._fall_back(self.fallback, request, reader)
            writer.write(serialize(reply, head_only=request is not None and request.method == "HEAD"))
            await writer.drain()
        except (ConnectionError, OSError):
            pass  # the client went away
        finally:
            writer.close()

    async def _fall_back(self, fallback: Fallback, request: Request, reader: asyncio.StreamReader) -> Reply:
        """A request for the fallback: its body read first (POST: a content-length up to MAX_BODY)."""
        if request.method not in FALLBACK_METHODS:
            return Reply(405, b"method not allowed\n", headers={"allow": ", ".join(FALLBACK_METHODS)})
        if request.method == "POST":
            length = request.headers.get("content-length", "").strip()
            if "transfer-encoding" in request.headers or not length.isdigit():
                return text(411, "a POST needs a content-length")
            if int(length) > MAX_BODY:
                return text(413, "request body too large")
            try:
                body = await asyncio.wait_for(reader.readexactly(int(length)), READ_TIMEOUT)
            except (asyncio.IncompleteReadError, TimeoutError):
                return text(400, "bad request")
            request = replace(request, body=body)
        try:
            return await fallback(request)
        except Exception:  # a page bug must not take the admin port (or the proxy) down
            logger.exception("dlp-proxy: admin fallback crashed")
            return text(500, "internal error")

"""A small HTTP/1.1 server on asyncio streams for the admin endpoints: GET and HEAD, one request
per connection, a routing table of handlers that return a Reply. Runs in mitmproxy's event loop."""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus

logger = logging.getLogger(__name__)

MAX_HEAD = 16 * 1024  # request line plus headers
READ_TIMEOUT = 10.0


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # without the query string
    headers: Mapping[str, str]  # lower-cased names


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Reply]


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
    return Request(method, target.split("?", 1)[0].split("#", 1)[0], headers)


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

    def __init__(self, routes: Mapping[str, Handler]) -> None:
        self.routes = routes
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
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
                request = None
            reply = respond(self.routes, request)
            writer.write(serialize(reply, head_only=request is not None and request.method == "HEAD"))
            await writer.drain()
        except (ConnectionError, OSError):
            pass  # the client went away
        finally:
            writer.close()

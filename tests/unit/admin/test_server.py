"""The admin HTTP server: request parsing, routing, and a real socket in an asyncio loop."""

from __future__ import annotations

import asyncio

import pytest

from dlp_proxy.admin.server import AdminServer, Reply, Request, parse_head, respond, serialize, text


def routes() -> dict[str, object]:
    def boom(request: Request) -> Reply:
        raise RuntimeError("bug")

    return {"/ok": lambda r: text(200, f"hi {r.method}"), "/boom": boom}


@pytest.mark.parametrize(
    ("head", "method", "path"),
    [
        (b"GET /metrics HTTP/1.1\r\nHost: x", "GET", "/metrics"),
        (b"HEAD /healthz?verbose=1 HTTP/1.0", "HEAD", "/healthz"),
        (b"GET http://127.0.0.1:9090/readyz HTTP/1.1", "GET", "/readyz"),
        (b"GET /ca.pem#frag HTTP/1.1\r\nAccept: */*\r\n", "GET", "/ca.pem"),
    ],
)
def test_parse_head_takes_method_and_path_without_query(head: bytes, method: str, path: str) -> None:
    request = parse_head(head)
    assert request is not None and (request.method, request.path) == (method, path)


def test_parse_head_lower_cases_header_names() -> None:
    request = parse_head(b"GET / HTTP/1.1\r\nHost: proxy.voorbeeld.nl:9090\r\nX-Thing:  a ")
    assert request is not None and request.headers == {"host": "proxy.voorbeeld.nl:9090", "x-thing": "a"}


@pytest.mark.parametrize(
    "head", [b"", b"GET /", b"GET / HTTP/2", b"G=T / HTTP/1.1", b"GET / HTTP/1.1\r\nno colon", b"\x16\x03\x01 x y"]
)
def test_parse_head_refuses_what_is_not_http1(head: bytes) -> None:
    assert parse_head(head) is None


def test_respond_routes_and_answers_errors_by_status() -> None:
    table = routes()
    assert respond(table, Request("GET", "/ok", {})).body == b"hi GET\n"  # type: ignore[arg-type]
    assert respond(table, None).status == 400  # type: ignore[arg-type]
    not_found = respond(table, Request("GET", "/nope", {}))  # type: ignore[arg-type]
    assert not_found.status == 404 and b"/ok" in not_found.body
    post = respond(table, Request("POST", "/ok", {}))  # type: ignore[arg-type]
    assert post.status == 405 and post.headers["allow"] == "GET, HEAD"
    assert respond(table, Request("GET", "/boom", {})).status == 500  # type: ignore[arg-type]


def test_head_gets_the_headers_of_get_without_the_body() -> None:
    reply = Reply(200, b"0123456789", "text/plain")
    full, head = serialize(reply, head_only=False), serialize(reply, head_only=True)
    assert full.startswith(b"HTTP/1.1 200 OK\r\n") and full.endswith(b"\r\n\r\n0123456789")
    assert head == full[: -len(b"0123456789")]
    assert b"content-length: 10\r\n" in head


async def _fetch(port: int, raw: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(raw)
    await writer.drain()
    data = await reader.read()
    writer.close()
    return data


def test_server_answers_over_a_real_socket_and_survives_garbage() -> None:
    async def run() -> list[bytes]:
        server = AdminServer(routes())  # type: ignore[arg-type]
        await server.start("127.0.0.1", 0)
        assert server.address is not None
        port = server.address[1]
        try:
            return [
                await _fetch(port, b"GET /ok HTTP/1.1\r\nHost: x\r\n\r\n"),
                await _fetch(port, b"\x16\x03\x01garbage\r\n\r\n"),
                await _fetch(port, b"HEAD /ok HTTP/1.1\r\n\r\n"),
                await _fetch(port, b"GET /boom HTTP/1.1\r\n\r\n"),
                await _fetch(port, b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\n\r\n"),
            ]
        finally:
            await server.stop()
            assert server.address is None

    ok, garbage, head, boom, huge = asyncio.run(run())
    assert ok.startswith(b"HTTP/1.1 200 ") and ok.endswith(b"hi GET\n")
    assert garbage.startswith(b"HTTP/1.1 400 ")
    assert head.startswith(b"HTTP/1.1 200 ") and head.endswith(b"\r\n\r\n")
    assert boom.startswith(b"HTTP/1.1 500 ") and b"bug" not in boom
    assert huge.startswith(b"HTTP/1.1 400 ")


def test_a_token_guards_only_the_paths_it_is_asked_to() -> None:
    from dlp_proxy.admin.server import Reply, Request, respond, token_required

    def ok(request: Request) -> Reply:
        return Reply(200, b"ok")

    routes = token_required({"/metrics": ok, "/healthz": ok}, ("/metrics",), "s3cret-token")

    def get(path: str, auth: str | None = None) -> Reply:
        return respond(routes, Request("GET", path, {"authorization": auth} if auth else {}))

    assert get("/metrics").status == 401 and get("/metrics").headers["www-authenticate"].startswith("Bearer")
    assert get("/metrics", "Bearer wrong").status == 401
    assert get("/metrics", "Basic s3cret-token").status == 401
    assert b"s3cret" not in get("/metrics", "Bearer wrong").body
    assert get("/metrics", "Bearer s3cret-token").status == 200
    assert get("/metrics", "bearer  s3cret-token").status == 200
    assert get("/healthz").status == 200  # load balancers' checks need no token
    assert token_required({"/metrics": ok}, ("/metrics",), None)["/metrics"] is ok  # no token: open

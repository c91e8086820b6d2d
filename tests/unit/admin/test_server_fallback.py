"""The admin server's fallback (the portal's pages on the admin port): every path outside the
table, the query string and the peer's address handed on, POST with a bounded body, fixed
endpoints unchanged (GET and HEAD only)."""

from __future__ import annotations

import asyncio

from dlp_proxy.admin.server import MAX_BODY, AdminServer, Reply, Request, parse_head, text


async def _fetch(port: int, raw: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(raw)
    await writer.drain()
    data = await reader.read()
    writer.close()
    return data


def test_the_query_string_is_parsed_first_value_first() -> None:
    request = parse_head(b"GET /request/tool?tool=claude&d=ab%20c&tool=x HTTP/1.1\r\nHost: y")
    assert request is not None
    assert request.path == "/request/tool" and request.query == {"tool": "claude", "d": "ab c"}


def test_paths_outside_the_table_go_to_the_fallback_with_query_body_and_client() -> None:
    seen: list[Request] = []

    async def fallback(request: Request) -> Reply:
        seen.append(request)
        if request.path == "/boom":
            raise RuntimeError("page bug")
        return Reply(200, b"portal " + request.method.encode())

    async def run() -> list[bytes]:
        server = AdminServer({"/healthz": lambda r: text(200, "ok")}, fallback)
        await server.start("127.0.0.1", 0)
        assert server.address is not None
        port = server.address[1]
        big = MAX_BODY + 1
        try:
            return [
                await _fetch(port, b"GET /?lang=en HTTP/1.1\r\n\r\n"),
                await _fetch(port, b"POST /request/tool HTTP/1.1\r\ncontent-length: 7\r\n\r\na=b&c=d"),
                await _fetch(port, b"POST /x HTTP/1.1\r\ncontent-length: %d\r\n\r\n" % big + b"x" * 100),
                await _fetch(port, b"POST /x HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n"),
                await _fetch(port, b"PUT /x HTTP/1.1\r\n\r\n"),
                await _fetch(port, b"POST /healthz HTTP/1.1\r\ncontent-length: 0\r\n\r\n"),
                await _fetch(port, b"GET /boom HTTP/1.1\r\n\r\n"),
                await _fetch(port, b"HEAD /page HTTP/1.1\r\n\r\n"),
            ]
        finally:
            await server.stop()

    index, post, huge, chunked, put, fixed_post, boom, head = asyncio.run(run())
    assert index.startswith(b"HTTP/1.1 200 ") and index.endswith(b"portal GET")
    assert post.startswith(b"HTTP/1.1 200 ") and post.endswith(b"portal POST")
    assert huge.startswith(b"HTTP/1.1 413 ")
    assert chunked.startswith(b"HTTP/1.1 411 ")
    assert put.startswith(b"HTTP/1.1 405 ")
    assert fixed_post.startswith(b"HTTP/1.1 405 ") and b"allow: GET, HEAD" in fixed_post  # as before
    assert boom.startswith(b"HTTP/1.1 500 ") and b"page bug" not in boom
    assert head.startswith(b"HTTP/1.1 200 ") and head.endswith(b"\r\n\r\n")
    first, second = seen[0], seen[1]
    assert first.query == {"lang": "en"} and first.client == "127.0.0.1"
    assert second.body == b"a=b&c=d"
    assert [r.path for r in seen] == ["/", "/request/tool", "/boom", "/page"]  # refused ones never reach it

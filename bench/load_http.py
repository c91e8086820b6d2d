"""HTTP/1.1 framing on asyncio streams for the load bench: one message head, one body.

Shared by the load generator (bench/load_client.py, reading answers) and the fake upstream
(bench/load_upstream.py, reading requests). Just enough HTTP for a benchmark: a head up to the
blank line, a body by Content-Length or chunked, or up to the end of the stream.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Head:
    start: str  # the request or status line
    headers: dict[str, str]  # lower-cased names; a repeated name keeps its last value

    @property
    def status(self) -> int:
        """The status code of a response head ("HTTP/1.1 200 OK" -> 200)."""
        return int(self.start.split(" ", 2)[1])

    @property
    def keep_alive(self) -> bool:
        return "close" not in self.headers.get("connection", "").lower()


async def read_head(reader: asyncio.StreamReader) -> Head:
    """The start line and headers; asyncio.IncompleteReadError when the peer closed first."""
    raw = await reader.readuntil(b"\r\n\r\n")
    lines = raw[:-4].decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Head(lines[0], headers)


async def read_body(reader: asyncio.StreamReader, head: Head, *, to_eof: bool = False) -> bytes:
    """The body after `head`: chunked, Content-Length, or (`to_eof`, a response without either) the
    rest of the stream. A request without either has no body."""
    if "chunked" in head.headers.get("transfer-encoding", "").lower():
        return await _read_chunked(reader)
    if "content-length" in head.headers:
        return await reader.readexactly(int(head.headers["content-length"]))
    return await reader.read() if to_eof else b""


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while size := int((await reader.readuntil(b"\r\n")).split(b";", 1)[0], 16):
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)  # the CRLF after each chunk
    while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers, up to the blank line
        pass
    return b"".join(parts)

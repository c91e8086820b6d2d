"""Pseudonymised values back in answers, on mitmproxy's flows (the logic: dlp_proxy.respond.restore).

Streamed answers are rewritten chunk by chunk; a compressed stream is decoded, restored and
encoded again with the same coding, flushed per chunk, so nothing waits for the whole answer.
A whole (not streamed) JSON answer is restored in one go. WebSocket server messages are
restored per message (SignalR records, separated by 0x1e, each on its own).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from mitmproxy import http

from dlp_proxy.respond.restore import PayloadRestorer, Restorer, restore_document, streamer_for

logger = logging.getLogger(__name__)

RECORD_SEPARATOR = "\x1e"  # SignalR's JSON protocol (Microsoft 365 Copilot)


class _Codec(Protocol):
    def decode(self, data: bytes) -> bytes: ...
    def encode(self, data: bytes, last: bool) -> bytes: ...


class _Zlib:
    def __init__(self, wbits: int) -> None:
        self._d = zlib.decompressobj(wbits=47 if wbits == 31 else wbits)  # 47: gzip or zlib header
        self._c = zlib.compressobj(wbits=wbits)

    def decode(self, data: bytes) -> bytes:
        return self._d.decompress(data)

    def encode(self, data: bytes, last: bool) -> bytes:
        return self._c.compress(data) + self._c.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


class _Brotli:
    def __init__(self) -> None:
        import brotli

        self._d, self._c = brotli.Decompressor(), brotli.Compressor()

    def decode(self, data: bytes) -> bytes:
        return bytes(self._d.process(data))

    def encode(self, data: bytes, last: bool) -> bytes:
        out = self._c.process(data)
        return bytes(out + (self._c.finish() if last else self._c.flush()))


class _Zstd:
    def __init__(self) -> None:
        try:
            from compression import zstd  # type: ignore[import-not-found,unused-ignore]  # Python 3.14
        except ImportError:
            from backports import zstd  # type: ignore[import-not-found,no-redef,unused-ignore]
        self._z = zstd
        self._d, self._c = zstd.ZstdDecompressor(), zstd.ZstdCompressor()

    def decode(self, data: bytes) -> bytes:
        return bytes(self._d.decompress(data))

    def encode(self, data: bytes, last: bool) -> bytes:
        mode = self._z.ZstdCompressor.FLUSH_FRAME if last else self._z.ZstdCompressor.FLUSH_BLOCK
        return bytes(self._c.compress(data, mode))


def _codec(coding: str) -> _Codec | None:
    coding = coding.strip().lower()
    if coding in ("", "identity"):
        return None
    if coding in ("gzip", "x-gzip"):
        return _Zlib(31)
    if coding == "deflate":
        return _Zlib(15)
    if coding == "br":
        return _Brotli()
    if coding == "zstd":
        return _Zstd()
    raise ValueError(coding)


def stream_modifier(
    response: http.Response,
    mapping: Mapping[str, str],
    prefix: bytes | None,
    client_http1: bool,
    adapter: str | None = None,
) -> Callable[[bytes], bytes] | None:
    """The chunk rewriter for a streamed answer: the prefix (a mask note) first, placeholders
    restored; None when the answer's format or coding is not one we can rewrite."""
    content_type = response.headers.get("content-type", "")
    stream = streamer_for(content_type, Restorer(mapping), adapter) if mapping else None
    if stream is None and prefix is None:
        return None
    try:
        codec = _codec(response.headers.get("content-encoding", ""))
    except ValueError:
        logger.warning("dlp-proxy: streamed answer in an unknown coding; placeholders stay in it")
        return None
    if "content-length" in response.headers:  # the length changes: framed by chunks (HTTP/1) or frames
        del response.headers["content-length"]
        if client_http1:
            response.headers["transfer-encoding"] = "chunked"
    pending = [prefix] if prefix else []

    def modify(chunk: bytes) -> bytes:
        last = chunk == b""
        plain = codec.decode(chunk) if codec and chunk else chunk
        out = (pending.pop() if pending else b"") + (stream.feed(plain) if stream else plain)
        if last and stream is not None:
            out += stream.end()
        return codec.encode(out, last) if codec else out

    return modify


def restore_whole(response: http.Response, mapping: Mapping[str, str]) -> None:
    """A JSON answer that was not streamed, restored (encoded again with its coding)."""
    if not mapping or "json" not in response.headers.get("content-type", "").lower():
        return
    try:
        body = response.get_content()
    except ValueError:
        return  # a coding mitmproxy cannot undo: left as it is
    if body is None:
        return
    restored = restore_document(Restorer(mapping), body)
    if restored != body:
        response.set_content(restored)


class MessageRestorer:
    """The server messages of one WebSocket, restored in order."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}
        self._payloads: PayloadRestorer | None = None
        # Once a message had to be replaced by injected ones, every later server message goes the
        # same way: mitmproxy delivers injected messages after messages it has already read, so
        # mixing the two paths could reorder the answer.
        self.injecting = False

    def learn(self, mapping: Mapping[str, str]) -> None:
        if mapping and any(self.mapping.get(k) != v for k, v in mapping.items()):
            self.mapping.update(mapping)
            held = self._payloads.carries if self._payloads else {}
            self._payloads = PayloadRestorer(Restorer(self.mapping))
            self._payloads.carries.update(held)

    def message(self, text: str) -> list[str]:
        """What to send instead of one server message (usually one message; held tails first)."""
        if self._payloads is None:
            return [text]
        if RECORD_SEPARATOR in text:
            records = text.split(RECORD_SEPARATOR)
            parts: list[str] = []
            for record in records[:-1]:
                parts += [p + RECORD_SEPARATOR for p in self._payloads.payload(record)]
            return ["".join(parts) + records[-1]]  # SignalR: records may share one message
        return self._payloads.payload(text)


def restorer_of(flow: Any) -> MessageRestorer:
    found: MessageRestorer | None = flow.metadata.get("dlp_restore_ws")
    if found is None:
        found = flow.metadata["dlp_restore_ws"] = MessageRestorer()
    return found


def restore_server_message(flow: Any, message: Any) -> tuple[str | bytes, ...]:
    """Pseudonymised values back in one server WebSocket message, in place. When held tails of
    split placeholders must go first, the message is dropped and the messages to send in its
    place are returned (the caller injects them, in order); from then on every server message
    of the socket is (MessageRestorer.injecting)."""
    restorer: MessageRestorer | None = flow.metadata.get("dlp_restore_ws")
    if restorer is None or not (restorer.mapping or restorer.injecting):
        return ()
    if not message.is_text:
        if not restorer.injecting:
            return ()
        message.drop()
        return (message.content,)
    out = restorer.message(message.text)
    if len(out) == 1 and not restorer.injecting:
        if out[0] != message.text:
            message.text = out[0]
        return ()
    restorer.injecting = True
    message.drop()
    return tuple(out)

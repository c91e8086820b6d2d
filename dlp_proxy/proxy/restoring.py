"""Pseudonymised values back in answers, on mitmproxy's flows (the logic: dlp_proxy.respond.restore).

Streamed answers are rewritten chunk by chunk; a compressed stream is decoded, restored and
encoded again with the same coding, flushed per chunk, so nothing waits for the whole answer.
A whole (not streamed) JSON answer is restored in one go. WebSocket server messages are
restored per message (SignalR records, separated by 0x1e, each on its own).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Protocol

from mitmproxy import http
from mitmproxy.net import encoding

from dlp_proxy.pipeline.body import BodyError, decode_content
from dlp_proxy.respond.restore import PayloadRestorer, Restorer, StreamRestorer, restore_document, streamer_for

logger = logging.getLogger(__name__)

RECORD_SEPARATOR = "\x1e"  # SignalR's JSON protocol (Microsoft 365 Copilot)


# Decoded bytes handled at once: a small compressed chunk that inflates to gigabytes is decoded,
# restored and encoded again piece by piece, never held whole.
PIECE_BYTES = 1024 * 1024
WHOLE_LIMIT = 64 * 1024 * 1024  # a whole (not streamed) answer larger than this decoded is not restored


class _Codec(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]: ...
    def encode(self, data: bytes, last: bool) -> bytes: ...


class _Zlib:
    """gzip (also several members one after the other) and deflate (zlib-wrapped, or raw as some
    servers send it), encoded again with the header the answer came with."""

    def __init__(self, wbits: int) -> None:
        self._wbits = 47 if wbits == 31 else wbits  # 47: a gzip or zlib header
        self._d = zlib.decompressobj(wbits=self._wbits)
        self._c = zlib.compressobj(wbits=wbits)
        self._started = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        while data:
            try:
                yield self._d.decompress(data, PIECE_BYTES)
            except zlib.error:
                if self._started or self._wbits != 15:
                    raise
                self._wbits, self._d = -15, zlib.decompressobj(wbits=-15)  # raw deflate
                self._c = zlib.compressobj(wbits=-15)
                continue
            self._started = True
            while self._d.unconsumed_tail:
                yield self._d.decompress(self._d.unconsumed_tail, PIECE_BYTES)
            data = self._d.unused_data if self._d.eof else b""
            if data:  # the next gzip member
                self._d = zlib.decompressobj(wbits=self._wbits)

    def encode(self, data: bytes, last: bool) -> bytes:
        return self._c.compress(data) + self._c.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


class _Brotli:
    def __init__(self) -> None:
        import brotli

        self._d, self._c = brotli.Decompressor(), brotli.Compressor()

    def decode(self, data: bytes) -> Iterator[bytes]:
        yield bytes(self._d.process(data, output_buffer_limit=PIECE_BYTES))
        while not self._d.can_accept_more_data():
            yield bytes(self._d.process(b"", output_buffer_limit=PIECE_BYTES))

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

    def decode(self, data: bytes) -> Iterator[bytes]:
        while data:
            yield bytes(self._d.decompress(data, PIECE_BYTES))
            while not self._d.needs_input and not self._d.eof:
                yield bytes(self._d.decompress(b"", PIECE_BYTES))
            data = self._d.unused_data if self._d.eof else b""
            if self._d.eof:  # the next frame
                self._d = self._z.ZstdDecompressor()

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
    gave_up: Callable[[], None] = lambda: None,
) -> Callable[[bytes], bytes | list[bytes]] | None:
    """The chunk rewriter for a streamed answer: the prefix (a mask note) first, placeholders
    restored; None when the answer's format or coding is not one we can rewrite. `gave_up` is
    called when the restorer gives up on the stream (adapter drift, dlp_proxy.proxy.drift)."""
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
    restoring: list[StreamRestorer] = [stream] if stream is not None else []

    def restored(plain: bytes, last: bool) -> bytes:
        out = pending.pop() if pending else b""
        if not restoring:
            return out + plain
        try:
            out += restoring[0].feed(plain)
            return out + (restoring[0].end() if last else b"")
        except Exception as e:  # a bug, or an event too long to hold: the rest passes as it comes
            # The type only: an exception's text can quote the answer, and values are in it now.
            logger.error("dlp-proxy: restoring an answer failed (%s); the rest passes unrestored", type(e).__name__)
            gave_up()
            return out + restoring.pop().abandon()  # what it held, `plain` included

    def modify(chunk: bytes) -> bytes | list[bytes]:  # mitmproxy sends each item of a list in turn
        last = chunk == b""
        if codec is None:
            return restored(chunk, last)
        try:
            out = [codec.encode(restored(p, False), False) for p in (codec.decode(chunk) if chunk else ())]
        except Exception:  # the upstream's own stream is corrupt: the client gets it as it came
            logger.warning("dlp-proxy: a compressed answer does not decode; passed on as it came")
            return chunk
        if last:
            out.append(codec.encode(restored(b"", True), True))
        return out

    return modify


def _sendable(pieces: bytes | Iterable[bytes]) -> list[bytes]:
    return [p for p in ([pieces] if isinstance(pieces, bytes) else pieces) if p]


def never_empty(modify: Callable[[bytes], bytes | Iterable[bytes]]) -> Callable[[bytes], list[bytes]]:
    """`modify` without empty pieces: mitmproxy frames an empty piece to an HTTP/1 client as the
    chunk that ends a chunked answer ("0" CRLF CRLF), which cut the answer off wherever a restorer
    held back a whole chunk (an event split across chunks)."""
    return lambda chunk: _sendable(modify(chunk))


def whole_or_pass(response: http.Response, mapping: Mapping[str, str], limit: int) -> Callable[[bytes], list[bytes]]:
    """The chunk rewriter for an answer of unknown length that mitmproxy would otherwise hold
    whole: held up to `limit` bytes and, when it ends within them, restored like a whole answer
    (restore_whole); from the chunk that passes the limit on, everything passes as it comes."""
    held: list[bytes] = []  # the chunks as they came: passed on without a copy
    size = 0
    passing = False
    content_type, coding = response.headers.get("content-type", ""), response.headers.get("content-encoding")

    def modify(chunk: bytes) -> list[bytes]:
        nonlocal passing, size
        if passing:
            return _sendable(chunk)
        if chunk and size + len(chunk) <= limit:
            held.append(chunk)
            size += len(chunk)
            return []
        out = [*held, chunk]
        held.clear()
        if chunk:  # past the limit: not restored (as a whole answer that large is not)
            passing = True
            return _sendable(out)
        raw = b"".join(out)
        return _sendable(_restored(raw, content_type, coding, mapping) or raw)

    return modify


def restore_whole(response: http.Response, mapping: Mapping[str, str]) -> None:
    """A JSON answer that was not streamed, restored (encoded again with its coding)."""
    if not mapping or not _restorable(response.headers.get("content-type", ""), response.raw_content):
        return
    body = _decoded(response.raw_content or b"", response.headers.get("content-encoding"))
    restored = restore_document(Restorer(mapping), body) if body is not None else None
    if restored is not None and restored != body:
        try:  # encoded again the way it came (mitmproxy knows one layer of each coding)
            response.set_content(restored)
        except ValueError:
            response.headers.pop("content-encoding", None)
            response.set_content(restored)


def _restorable(content_type: str, raw: bytes | None) -> bool:
    return "json" in content_type.lower() and bool(raw)


def _decoded(raw: bytes, coding: str | None) -> bytes | None:
    try:  # bounded while decoding: a small compressed answer cannot take the proxy's memory
        return decode_content(raw, coding, WHOLE_LIMIT)
    except BodyError:
        logger.warning("dlp-proxy: an answer too large or undecodable to restore; passed on as it came")
        return None


def _restored(raw: bytes, content_type: str, coding: str | None, mapping: Mapping[str, str]) -> bytes | None:
    """The raw bytes of a whole JSON answer with its placeholders restored, encoded again with its
    coding; None when nothing changes or it cannot be (its headers are gone already)."""
    if not mapping or not _restorable(content_type, raw):
        return None
    body = _decoded(raw, coding)
    restored = restore_document(Restorer(mapping), body) if body is not None else None
    if restored is None or restored == body:
        return None
    try:
        return encoding.encode(restored, coding or "identity")
    except ValueError:  # stacked codings: mitmproxy encodes one layer; sent as it came
        logger.warning("dlp-proxy: an answer in stacked codings cannot be restored; passed on as it came")
        return None


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

"""Values back in the answer: placeholders the proxy issued (action pseudonymise) restored.

The answer is rewritten where text lives, and nowhere else: inside the JSON strings of each
event (SSE `data:` lines, NDJSON lines, WebSocket messages, a whole JSON body). An event with
nothing to restore leaves byte for byte; in one that has, only the strings that change are
re-encoded. Framing, other fields and other events are untouched.

A placeholder can arrive split across events (`"[PER"` then `"SON_1]"`). Per text channel
(the string's JSON path plus the indices that name its choice, block or item) the shortest
tail that could still begin an issued placeholder is held back and put in front of the
channel's next string. When the channel does not continue (the next event is another kind:
a finish chunk, `content_block_stop`, `[DONE]`), the held tail is sent first, in a copy of
the event it was cut from. Only placeholders this proxy issued are restored: text the model
invents that looks like one stays as it is.

Tool-call arguments stream as JSON text inside a JSON string (`arguments`, `partial_json`):
there a value is escaped for that inner JSON first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9_]*_\d+\]")
# An event or line still without its end after this many bytes is not ours to hold: the stream
# restorer gives up (the caller passes the rest through as it comes) rather than buffer it all.
MAX_PENDING = 8 * 1024 * 1024
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')
# Fields that tell two text channels with the same path apart (choices, content blocks, items).
DISCRIMINATORS = ("index", "output_index", "content_index", "item_id")

Path = tuple[str | int, ...]


def json_strings(doc: str) -> Iterator[tuple[Path, int, int]]:
    """(path, start, end) of every string value in a JSON text (object keys are not values)."""
    stack: list[list[Any]] = []  # [kind, key or index, expecting a key]
    for m in _TOKEN.finditer(doc):
        c = doc[m.start()]
        if c == "{":
            stack.append(["o", None, True])
        elif c == "[":
            stack.append(["a", 0, False])
        elif c in "}]":
            if stack:
                stack.pop()
        elif c == ",":
            if stack:
                if stack[-1][0] == "o":
                    stack[-1][2] = True
                else:
                    stack[-1][1] += 1
        elif c == ":":
            if stack:
                stack[-1][2] = False
        elif c == '"':
            if stack and stack[-1][0] == "o" and stack[-1][2]:
                stack[-1][1] = m.group()[1:-1]  # a key: compared as written, escapes are rare in keys
            else:
                yield tuple(f[1] for f in stack), m.start(), m.end()


class Restorer:
    """The placeholders of one answer and what they stand for."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = dict(mapping)
        self._prefixes = {ph[:i] for ph in self.mapping for i in range(1, len(ph))}
        self.longest_hold = 0  # the most characters held back at once (bench figure)

    def restore(self, text: str, inner_json: bool = False, before: str = "") -> str:
        """`text` with every issued placeholder replaced, except inside a URL (`before`: the
        channel's text just before `text`, where a URL may have begun)."""

        def value(m: re.Match[str]) -> str:
            v = self.mapping.get(m.group(0))
            if v is None or in_url(before + text[: m.start()]):
                return m.group(0)
            return json.dumps(v, ensure_ascii=False)[1:-1] if inner_json else v

        return PLACEHOLDER.sub(value, text) if "[" in text else text

    def hold_from(self, text: str) -> int:
        """Where the shortest tail that could still begin an issued placeholder starts (len: none)."""
        i = text.rfind("[")
        if i < 0 or text[i:] not in self._prefixes:
            return len(text)
        self.longest_hold = max(self.longest_hold, len(text) - i)
        return i


_URL_START = re.compile(r"[a-z][a-z0-9+.-]*://|www\.", re.IGNORECASE)


def in_url(before: str) -> bool:
    """Whether text that follows `before` is part of a URL: a value is never put back into a link
    or an image address, where a prompt-injected answer could carry it to another site."""
    run = before[-2048:].split()[-1] if before.strip() else ""
    return bool(run) and not before[-1:].isspace() and _URL_START.search(run) is not None


@dataclass
class _Carry:
    text: str  # held back, not yet sent
    template: str  # the payload it was cut from
    span: tuple[int, int]  # the string in `template`
    wrap: tuple[str, str]  # what comes before and after the payload in its event
    patch: str | None = None  # a JSON-patch op's path: the tail goes out as an append of its own


RECENT = 2048  # characters of each channel's text kept to tell whether a URL is open


class PayloadRestorer:
    """Restores a sequence of JSON payloads (events of one answer), holding split placeholders."""

    def __init__(self, restorer: Restorer) -> None:
        self.r = restorer
        self.carries: dict[tuple[Any, ...], _Carry] = {}
        self.recent: dict[tuple[Any, ...], str] = {}  # each channel's latest text (URL context)
        self.last_patch: str | None = None  # the path `{"v": ...}` continues (ChatGPT, DeepSeek)

    def payload(self, payload: str, wrap: tuple[str, str] = ("", ""), final: bool = False) -> list[str]:
        """The event texts to send for one payload: held tails that end here first, then the event."""
        if not self.carries and "[" not in payload and "\\u005" not in payload:
            self._note_patch_only(payload)
            return [wrap[0] + payload + wrap[1]]
        try:
            doc = json.loads(payload)
        except (ValueError, RecursionError):  # not JSON ([DONE], a keep-alive): held tails go first
            return self.flush() + [wrap[0] + payload + wrap[1]]
        edits: list[tuple[int, int, str]] = []
        seen: set[tuple[Any, ...]] = set()
        for path, start, end in json_strings(payload):
            raw = payload[start:end]
            key, patch = self._channel(doc, path)
            carry = self.carries.pop(key, None)
            original = json.loads(raw)
            if carry is None and "[" not in original:
                self._remember(key, original)
                continue
            seen.add(key)
            text = (carry.text if carry else "") + original
            cut = len(text) if final else self.r.hold_from(text)
            sent = self.r.restore(text[:cut], _inner_json(doc, path), self.recent.get(key, ""))
            self._remember(key, text[:cut])
            if cut < len(text):
                self.carries[key] = _Carry(text[cut:], payload, (start, end), wrap, patch)
            if sent != original:
                edits.append((start, end, _encode(sent)))
        self._note_patch(doc)
        ended = [k for k in self.carries if k not in seen and not _heartbeat(doc)]
        out = [self._flush_one(self.carries.pop(k)) for k in ended]
        for start, end, new in reversed(edits):
            payload = payload[:start] + new + payload[end:]
        return out + [wrap[0] + payload + wrap[1]]

    def passes(self, raw: bytes) -> bool:
        """Whether events in `raw` can go as they are without being read: nothing held, no '[' (no
        placeholder can begin), no JSON-patch path to note."""
        return not self.carries and b"[" not in raw and b"\\u005" not in raw and b'"p"' not in raw

    def flush(self) -> list[str]:
        """Every held tail, each in a copy of the event it was cut from (the answer ends)."""
        out = [self._flush_one(c) for c in self.carries.values()]
        self.carries.clear()
        return out

    def _flush_one(self, c: _Carry) -> str:
        if c.patch is not None:  # an append op of its own, not a copy of a batch (nothing doubled)
            op = json.dumps({"p": c.patch, "o": "append", "v": c.text}, ensure_ascii=False)
            return c.wrap[0] + op + c.wrap[1]
        start, end = c.span
        return c.wrap[0] + c.template[:start] + _encode(c.text) + c.template[end:] + c.wrap[1]

    def _remember(self, key: tuple[Any, ...], text: str) -> None:
        if text:
            self.recent[key] = (self.recent.get(key, "") + text)[-RECENT:]

    def _channel(self, doc: Any, path: Path) -> tuple[tuple[Any, ...], str | None]:
        """The text channel of the string at `path`, and the JSON-patch path it appends to, if any.

        A JSON-patch op (`{"p": path, "o": op, "v": text}`, ChatGPT's and DeepSeek's delta streams)
        is its path's channel wherever it stands (alone, or in a batch), and `{"v": text}` continues
        the last path; anything else is its JSON path plus the indices on the way to it."""
        marks: list[Any] = [doc.get("type") if isinstance(doc, dict) else None]
        node = doc
        for depth, step in enumerate(path):
            if isinstance(node, dict):
                if path[depth:] == ("v",) and isinstance(node.get("p"), str):
                    return ("patch", node["p"]), node["p"]
                if depth == 0 and path == ("v",) and "p" not in node and self.last_patch is not None:
                    return ("patch", self.last_patch), self.last_patch
                marks += [node.get(k) for k in DISCRIMINATORS if isinstance(node.get(k), (int, str))]
                node = node.get(step) if isinstance(step, str) else None
            elif isinstance(node, list) and isinstance(step, int) and step < len(node):
                node = node[step]
            else:
                break
        return (path, tuple(marks)), None

    def _note_patch(self, doc: Any) -> None:
        """The path later `{"v": text}` events continue: the last op's that appended text."""
        ops: list[Any] = doc["v"] if isinstance(doc, dict) and isinstance(doc.get("v"), list) else [doc]
        for op in ops:
            if isinstance(op, dict) and isinstance(op.get("p"), str) and isinstance(op.get("v"), str):
                self.last_patch = op["p"]

    def _note_patch_only(self, payload: str) -> None:
        if '"p"' in payload:  # cheap: only events that name a path are read
            try:
                self._note_patch(json.loads(payload))
            except (ValueError, RecursionError):
                pass


def _encode(text: str) -> str:
    """A JSON string for `text`; escaped to ASCII when it holds a lone surrogate UTF-8 cannot carry
    (one half of an emoji that JavaScript cut in two), so the event can still be sent."""
    lone = any("\ud800" <= c <= "\udfff" and not "\udc80" <= c <= "\udcff" for c in text)
    return json.dumps(text, ensure_ascii=lone)


def _inner_json(doc: Any, path: Path) -> bool:
    """Whether the string at `path` is JSON text (streamed tool-call arguments)."""
    if not path or not isinstance(path[-1], str):
        return False
    if path[-1] == "partial_json":
        return True
    kind = doc.get("type") if isinstance(doc, dict) else None
    calling = isinstance(kind, str) and ("arguments" in kind or "function_call" in kind)
    if path[-1] == "arguments":
        return calling or any(step in ("function", "function_call", "tool_calls") for step in path)
    return path[-1] == "delta" and calling


def _heartbeat(doc: Any) -> bool:
    """A ping between text events ({"type":"ping"}): it neither continues nor ends a channel."""
    return (
        isinstance(doc, dict)
        and set(doc) <= {"type", "sequence_number"}
        and doc.get("type") in ("ping", "heartbeat", "keepalive")
    )


# --- framings --------------------------------------------------------------------------

_SSE_END = re.compile(r"\r\n\r\n|\n\n|\r\r")
_SSE_END_B = re.compile(rb"\r\n\r\n|\n\n|\r\r")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$")
_LF_LINE = re.compile(r"[^\n]*\n|[^\n]+$")


class SseRestorer:
    """Server-sent events: each `data:` line of JSON is a payload; events pass whole or not at all."""

    def __init__(self, restorer: Restorer) -> None:
        self.p = PayloadRestorer(restorer)
        self._buf = b""
        self._searched = 0  # the buffer before this holds no event end: not searched again

    def feed(self, chunk: bytes) -> bytes:
        # Split on bytes: no byte of a multi-byte UTF-8 sequence is CR or LF. The buffer gives up
        # what it held only once that is rewritten (abandon() after a failure loses nothing).
        self._buf += chunk
        ends = [m.end() for m in _SSE_END_B.finditer(self._buf, max(0, self._searched - 3))]
        if not ends:
            self._searched = len(self._buf)
            if len(self._buf) > MAX_PENDING:
                raise ValueError("an event longer than the restorer holds")
            return b""
        complete, rest = self._buf[: ends[-1]], self._buf[ends[-1] :]
        if self.p.passes(complete):
            self._buf, self._searched = rest, 0
            return complete
        text = complete.decode("utf-8", errors="surrogateescape")
        out: list[str] = []
        pos = 0
        for m in _SSE_END.finditer(text):
            out += self._event(text[pos : m.end()])
            pos = m.end()
        sent = "".join(out).encode("utf-8", errors="surrogateescape")
        self._buf, self._searched = rest, 0
        return sent

    def end(self) -> bytes:
        rest, self._buf = self._buf, b""
        return "".join(self.p.flush()).encode("utf-8", errors="surrogateescape") + rest

    def abandon(self) -> bytes:
        """What is held, as it came: cut tails first, then the buffer (restoring stops)."""
        return self.end()

    def _event(self, event: str) -> list[str]:
        lines = _LINE.findall(event)
        if lines and lines[0].startswith("\ufeff"):  # a byte order mark before the first event
            out = self._event(event[1:])
            return ["\ufeff" + out[0], *out[1:]] if out else [event]
        data = [i for i, line in enumerate(lines) if line.startswith("data:")]
        if len(data) != 1:  # no data, or data over several lines: passes as it is
            return ([] if any(x.startswith(":") for x in lines) or not data else self.p.flush()) + [event]
        i = data[0]
        line = lines[i]
        body = line.rstrip("\r\n")
        head = "data: " if body.startswith("data: ") else "data:"
        before = "".join(lines[:i]) + head
        after = line[len(body) :] + "".join(lines[i + 1 :])
        return self.p.payload(body[len(head) :], (before, after))


class LineRestorer:
    """NDJSON / JSON lines: each line is a payload; `prefixed`: lines `<channel>:<json>` (Le Chat)."""

    def __init__(self, restorer: Restorer, prefixed: bool = False) -> None:
        self.p = PayloadRestorer(restorer)
        self._buf = b""
        self._prefixed = prefixed

    def feed(self, chunk: bytes) -> bytes:
        self._buf += chunk
        cut = self._buf.rfind(b"\n")
        if cut < 0:
            if len(self._buf) > MAX_PENDING:
                raise ValueError("a line longer than the restorer holds")
            return b""
        complete, rest = self._buf[: cut + 1], self._buf[cut + 1 :]
        if self.p.passes(complete):
            self._buf = rest
            return complete
        out: list[str] = []
        # Lines end at LF only: JSON may hold U+2028 or U+0085 raw, which str.splitlines() splits at.
        for line in _LF_LINE.findall(complete.decode("utf-8", errors="surrogateescape")):
            body = line.rstrip("\r\n")
            head = _CHANNEL.match(body) if self._prefixed else None
            start = head.end() if head else 0
            out += self.p.payload(body[start:], (body[:start], line[len(body) :])) if body.strip() else [line]
        sent = "".join(out).encode("utf-8", errors="surrogateescape")
        self._buf = rest
        return sent

    def abandon(self) -> bytes:
        """What is held, as it came: cut tails first, then the buffer (restoring stops)."""
        rest, self._buf = self._buf, b""
        return "".join(self.p.flush()).encode("utf-8", errors="surrogateescape") + rest

    def end(self) -> bytes:
        rest, self._buf = self._buf, b""
        out = "".join(self.p.flush()).encode("utf-8", errors="surrogateescape")
        if rest.strip():
            text = rest.decode("utf-8", errors="surrogateescape")
            out += "".join(self.p.payload(text, final=True)).encode("utf-8", errors="surrogateescape")
            return out
        return out + rest


def restore_document(restorer: Restorer, body: bytes) -> bytes:
    """A whole JSON answer (not streamed): every placeholder in every string restored."""
    if b"[" not in body:
        return body
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return body
    return "".join(PayloadRestorer(restorer).payload(text, final=True)).encode("utf-8")


_CHANNEL = re.compile(r"[0-9a-z]{1,8}:")
# Adapters whose answer streams as `<channel>:<json>` lines in text/plain.
PREFIXED_LINES = frozenset({"lechat_web"})


class StreamRestorer(Protocol):
    def feed(self, chunk: bytes) -> bytes: ...
    def end(self) -> bytes: ...
    def abandon(self) -> bytes: ...


def streamer_for(content_type: str, restorer: Restorer, adapter: str | None = None) -> StreamRestorer | None:
    """The streaming restorer for an answer's content type, or None when the format is not one we read."""
    ct = content_type.lower()
    if adapter == "gemini_web":
        from dlp_proxy.respond.restore_gemini import GeminiWebRestorer  # it builds on this module

        return GeminiWebRestorer(restorer)
    if adapter in PREFIXED_LINES and "text/plain" in ct:
        return LineRestorer(restorer, prefixed=True)
    if "text/event-stream" in ct:
        return SseRestorer(restorer)
    if "ndjson" in ct or "jsonl" in ct or "json-seq" in ct:
        return LineRestorer(restorer)
    return None

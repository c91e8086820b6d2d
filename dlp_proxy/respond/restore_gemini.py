"""Placeholders restored in Gemini web's answer (StreamGenerate).

The answer is `)]}'`, then frames `<length>\\n<json>\\n`, the length counting UTF-16 units from
the newline after the digits (dlp_proxy.adapters.gemini_web). A frame's envelope
`["wrb.fr", null, "<inner json>"]` carries the candidates, and each frame holds the whole answer
so far, so a placeholder cut at the end of one frame is whole in the next: each frame is
restored on its own, nothing is held back across frames. A frame with a placeholder gets its
inner JSON's changed strings re-encoded and a new length; the closing `["e", ..., total]` frame
gets the answer's new total. Frames without a placeholder pass byte for byte.
"""

from __future__ import annotations

import codecs
import json
import re

from dlp_proxy.respond.restore import MAX_PENDING, PayloadRestorer, Restorer, json_strings

_DIGITS = re.compile(r"\d+")


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def _end_of(text: str, start: int, units: int) -> int | None:
    """The index in `text` where `units` UTF-16 units from `start` end; None when not all here yet."""
    if len(text) - start < units:  # every character is at least one unit: not all here yet
        return None
    guess = text[start : start + units]
    if len(guess) == units and utf16_units(guess) == units:
        return start + units
    count, i = 0, start
    while count < units:
        if i >= len(text):
            return None
        count += 2 if ord(text[i]) > 0xFFFF else 1
        i += 1
    return i


class GeminiWebRestorer:
    """Restores Gemini web's frames as they stream (feed/end, like the other stream restorers)."""

    def __init__(self, restorer: Restorer) -> None:
        self.r = restorer
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
        self._buf = ""
        self._delta = 0  # UTF-16 units added to the answer so far

    def feed(self, chunk: bytes) -> bytes:
        self._buf += self._decoder.decode(chunk)
        out: list[str] = []
        buf, delta = self._buf, self._delta  # committed only when every frame here is rewritten
        while True:
            m = _DIGITS.search(buf)
            if m is None:
                break
            end = _end_of(buf, m.end(), int(m.group()))
            if end is None and len(buf) > MAX_PENDING:
                self._delta = delta
                raise ValueError("a frame longer than the restorer holds")
            if end is None:
                out.append(buf[: m.start()])  # the prefix and blank lines before the frame
                buf = buf[m.start() :]
                break
            try:
                out.append(buf[: m.start()] + self._frame(m.group(), buf[m.end() : end]))
            except Exception:
                self._delta = delta
                raise
            buf = buf[end:]
        self._buf = buf
        return "".join(out).encode("utf-8", errors="surrogateescape")

    def end(self) -> bytes:
        rest, self._buf = self._buf + self._decoder.decode(b"", final=True), ""
        return rest.encode("utf-8", errors="surrogateescape")

    def abandon(self) -> bytes:
        """What is buffered, as it came (restoring stops)."""
        return self.end()

    def _frame(self, digits: str, payload: str) -> str:
        body = payload.strip()
        closing = self._delta != 0 and '"e"' in body
        if "[" not in payload[1:] and not closing:  # the JSON's own bracket aside: nothing to restore
            return digits + payload
        try:
            envelopes = json.loads(body)
        except ValueError:
            return digits + payload
        if closing and self._is_closing(envelopes):
            own = 0  # the closing frame counts itself too: its new length may have more digits
            for _ in range(3):
                framed = payload.replace(body, self._closing(envelopes, self._delta + own), 1)
                size = utf16_units(framed)
                grown = size + len(str(size)) - (int(digits) + len(digits))
                if grown == own:
                    break
                own = grown
            return f"{size}{framed}"
        new = self._restored(body, envelopes)
        if new == body:
            return digits + payload
        framed = payload.replace(body, new, 1)
        size = utf16_units(framed)
        self._delta += size + len(str(size)) - (int(digits) + len(digits))
        return f"{size}{framed}"

    def _restored(self, body: str, envelopes: object) -> str:
        edits: list[tuple[int, int, str]] = []
        for path, start, end in json_strings(body):
            if len(path) != 2 or path[1] != 2 or not isinstance(envelopes, list):
                continue
            envelope = envelopes[path[0]] if isinstance(path[0], int) else None
            if not (isinstance(envelope, list) and envelope and envelope[0] == "wrb.fr"):
                continue
            token = body[start:end]
            inner = json.loads(token)
            restored = "".join(PayloadRestorer(self.r).payload(inner, final=True))
            if restored != inner:
                edits.append((start, end, json.dumps(restored, ensure_ascii=token.isascii())))
        for start, end, text in reversed(edits):
            body = body[:start] + text + body[end:]
        return body

    @staticmethod
    def _is_closing(envelopes: object) -> bool:
        return isinstance(envelopes, list) and any(
            isinstance(e, list) and len(e) >= 5 and e[0] == "e" and isinstance(e[4], int) for e in envelopes
        )

    @staticmethod
    def _closing(envelopes: list[list[object]], delta: int) -> str:
        """The closing frame with the answer's total length moved by what restoring added."""
        out = []
        for e in envelopes:
            if isinstance(e, list) and len(e) >= 5 and e[0] == "e" and isinstance(e[4], int):
                e = [*e[:4], e[4] + delta, *e[5:]]
            out.append(e)
        return json.dumps(out, separators=(",", ":"))

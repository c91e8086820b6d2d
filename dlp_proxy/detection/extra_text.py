"""An extra text to scan besides the canonical text, and how a finding in it maps back.

`encoded` (joined lines, decoded runs, undone escapes) and `unmarked` (Markdown marks, names with
underscores) both make them; the engine scans each and maps its findings back to the canonical text.
"""

from __future__ import annotations

from dataclasses import dataclass

from dlp_proxy.detection.canonical import ChainedMap, OffsetMap

MAX_DECODED_RUNS = 64  # extra texts of one kind made from one text, at most


@dataclass(frozen=True, slots=True)
class Extra:
    """A text to scan besides the canonical text, standing for canonical[start:end]."""

    text: str
    # "joined", "base64", "base32", "hex", "escaped", "unmarked", "spaced" or "spelled": suffixed
    # to the recognizer name
    kind: str
    start: int
    end: int
    # joined lines and undone escapes map precisely; a base64, base32 or hex text maps as a whole
    offsets: OffsetMap | ChainedMap | None = None

    def to_canonical(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return self.start, self.end
        s, e = self.offsets.back(start, end)
        return self.start + s, self.start + e

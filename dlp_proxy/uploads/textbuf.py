"""Collects extracted text line by line and refuses to grow past the limit."""

from __future__ import annotations

from dlp_proxy.errors import UploadError


class TextBuffer:
    """Lines of extracted text, at most `limit` characters in all (more is an UploadError)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        if not line:
            return
        self.size += len(line) + 1
        if self.size > self.limit:
            raise UploadError("file_too_large", f"the file holds more than {self.limit} characters of text")
        self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines)

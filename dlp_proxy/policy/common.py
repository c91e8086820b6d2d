"""The policy schema's shared pieces: the strict base model, bilingual texts, and the literal
types both the settings (settings_section.py) and the rest of the schema use."""

from __future__ import annotations

import posixpath
from typing import Literal
from urllib.parse import unquote

from pydantic import BaseModel, ConfigDict

Mode = Literal["enforce", "monitor"]
Risk = Literal["low", "medium", "high"]
Language = Literal["nl", "en"]
FailMode = Literal["block", "allow"]
# What becomes of an image in a request (issue 20): ocr = its text is read and judged like typed
# text; block = any image is refused (image_refused); allow = images pass unread.
Images = Literal["ocr", "block", "allow"]
# The name of the environment variable a key is read from (keys never stand in the policy).
ENV_NAME = r"^[A-Z_][A-Z0-9_]*$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Texts(Strict):
    """A text in both supported languages."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


def path_forms(path: str) -> tuple[str, str]:
    """A request path as sent (query dropped) and as a lenient server may read it: percent-decoded
    (twice over), backslashes as slashes, `;params` dropped, repeated slashes and dot segments
    resolved, lower case. A path limit (`host_paths`) owns a path when either form matches, so
    `//Upload/%2e%2e/upload` cannot slip past a limit of `/upload`."""
    raw = path.split("?", 1)[0]
    loose = unquote(unquote(raw)).replace("\\", "/").split("?", 1)[0]
    loose = "/".join(part.split(";", 1)[0] for part in loose.split("/"))
    loose = posixpath.normpath("/" + loose.lstrip("/")).lower()
    return raw, "/" if loose == "//" else loose

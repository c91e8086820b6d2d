"""Cross-site request forgery protection for the portal's forms.

Two checks, both required for a POST: the form carries a token bound to the user, the form and
a time window (HMAC with the portal's shared secret), and the browser says the POST came from a
page of the same origin (`Sec-Fetch-Site: same-origin`, or an `Origin` header equal to the
portal's; a POST with neither is refused). A token is valid for the window it was issued in and
the next one (two hours at most).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Mapping

WINDOW_SECONDS = 3600


def _mac(secret: bytes, user: str, form: str, window: int) -> str:
    msg = f"{user}\x00{form}\x00{window}".encode()
    return base64.urlsafe_b64encode(hmac.new(secret, msg, hashlib.sha256).digest()[:18]).decode()


def issue(secret: bytes, user: str, form: str, now: float | None = None) -> str:
    """A token for `form` (a name such as "request_tool") filled in by `user`."""
    return _mac(secret, user, form, int((now if now is not None else time.time()) // WINDOW_SECONDS))


def verify(secret: bytes, user: str, form: str, token: str, now: float | None = None) -> bool:
    window = int((now if now is not None else time.time()) // WINDOW_SECONDS)
    return any(hmac.compare_digest(_mac(secret, user, form, w), token) for w in (window, window - 1))


def same_origin(headers: Mapping[str, str], origins: tuple[str, ...]) -> bool:
    """Whether the browser says the request came from a page of one of `origins`
    (lower-cased header names)."""
    site = headers.get("sec-fetch-site", "").lower()
    if site:
        return site == "same-origin"
    origin = headers.get("origin", "")
    return bool(origin) and origin.rstrip("/") in origins

"""The portal's addresses (host, paths, absolute links): core level, so the notices and the block
page (dlp_proxy.respond) and the PAC file (dlp_proxy.deploy) link to the portal without importing
it; dlp_proxy.portal.web re-exports every name."""

from __future__ import annotations

from urllib.parse import quote, urlencode

# The reserved host name: it resolves only through the proxy (the proxy answers it itself and
# never connects upstream); the PAC file routes it to the proxy.
PORTAL_HOST = "dlp-proxy.local"
PORTAL_ORIGIN = f"http://{PORTAL_HOST}"

# Paths, one place: notices, the block page and the forms link to these.
CHEATSHEET = "/cheatsheet"
DECISION = "/d/"  # + decision id
CA_HELP = "/ca"
PAC = "/proxy.pac"
REQUEST_TOOL = "/request/tool"  # ?tool=<tool id>&d=<decision id>
REQUEST_EXCEPTION = "/request/exception"  # ?d=<decision id>
ACKNOWLEDGE = "/acknowledge"  # POST from the first-contact page


def url(path: str, origin: str = PORTAL_ORIGIN, **query: str | None) -> str:
    """An absolute portal address, query values encoded (None values left out)."""
    q = {k: v for k, v in query.items() if v is not None}
    return origin + path + ("?" + urlencode(q) if q else "")


def decision_url(decision_id: str, origin: str = PORTAL_ORIGIN) -> str:
    return origin + DECISION + quote(decision_id, safe="")


def cheatsheet_url(origin: str = PORTAL_ORIGIN) -> str:
    return origin + CHEATSHEET

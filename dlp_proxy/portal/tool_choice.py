"""Which tool a tool-assessment request is about, when the employee names it themselves.

The block page links to the form with the tool's id. The cheat sheet links to the bare form
(`/request/tool`): then the employee first types the tool's web address. A host the policy knows
(the organisation's tools, the bundled catalogue) leads to that tool's form; any other host is
asked about as itself, `host:<name>`, so a tool nobody has catalogued yet can be asked for too.
Only the host name is kept (never a path or query: an address can carry a prompt).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from dlp_proxy.policy.schema import Policy, Tool

HOST_PREFIX = "host:"
MAX_ADDRESS = 2048
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")


def host_of(address: str) -> str | None:
    """The host name of a typed web address ("https://poe.com/chat", "poe.com", "www.Poe.com:443");
    None when it is not a public-looking host name (an IP address, a single label, junk)."""
    text = address.strip()
    if not text or len(text) > MAX_ADDRESS or any(c.isspace() for c in text):
        return None
    if "://" not in text:
        text = "https://" + text
    try:
        host = (urlsplit(text).hostname or "").rstrip(".")
    except ValueError:
        return None
    try:
        host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    return host if _HOST.match(host) else None


def unknown_tool(host: str) -> Tool:
    """A host no catalogue knows, as a tool the policy could list: unlisted, read generically."""
    return Tool.model_construct(
        id=HOST_PREFIX + host,
        name=host,
        vendor="",
        hosts=[host],
        paths=["/*"],
        adapter="generic",
        category="general_use",
        status="unlisted",
        approved_for=None,
        owner="",
        reviewed=dt.date.today(),
        alternative=None,
        fail_mode=None,
        mode=None,
        notes=None,
        confidence=None,
        answer_note=True,
        kind=None,
        country=None,
        source="organisation",
    )


def requested_tool(policy: Policy, tool_id: str) -> Tool | None:
    """The tool a form's `tool` value names: a known tool's id, or `host:<name>` for a host (the
    tool that covers it when there is one); None when it names nothing usable."""
    if tool_id.startswith(HOST_PREFIX):
        host = host_of(tool_id.removeprefix(HOST_PREFIX))
        if host is None:
            return None
        return policy.tool_for_host(host) or unknown_tool(host)
    return next((x for x in policy.known_tools() if x.id == tool_id), None)


def choice_for(policy: Policy, address: str) -> str | None:
    """The `tool` value for a typed address: the known tool's id or `host:<name>`; None when the
    address is not usable."""
    host = host_of(address)
    if host is None:
        return None
    known = policy.tool_for_host(host)
    return known.id if known is not None else HOST_PREFIX + host

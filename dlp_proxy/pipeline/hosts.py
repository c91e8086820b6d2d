"""One host identity per flow: which catalogue tool a request belongs to, by every name it carries.

A request names its destination up to three times: the CONNECT target (or the host of an
absolute-form URL, where the proxy connects), the TLS SNI (what the certificate is issued
for) and the Host header or HTTP/2 `:authority` (what the server routes on). A client that
makes them disagree can hide an AI request behind a harmless name, or the reverse. So:

- a flow belongs to a catalogue tool when ANY of its names is a catalogue host;
- an IP literal names nothing (it cannot be checked against the catalogue), unless the
  catalogue lists that address itself;
- when two of the names differ and one of them is a catalogue host, the request is refused
  (`host_mismatch`): the proxy cannot know which name the far end will act on.

Pure functions over `Policy`; the mitmproxy glue is in dlp_proxy/proxy/interceptor.py.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import socket
from dataclasses import dataclass

from dlp_proxy.policy import Policy, Tool


@dataclass(frozen=True)
class HostNames:
    """The names one request carries; None where it carries none (no SNI on plain HTTP)."""

    target: str | None
    sni: str | None = None
    host_header: str | None = None


@dataclass(frozen=True)
class HostIdentity:
    """The tool a request belongs to, the name it was matched on, and whether the names agree."""

    tool: Tool | None
    host: str
    mismatch: bool = False


def normalise(name: str | None) -> str | None:
    """'API.OpenAI.com.:443' -> 'api.openai.com'; '[::1]:8443' -> '::1'; '' -> None."""
    if not name:
        return None
    name = name.strip().lower()
    if name.startswith("["):  # [v6]:port
        name = name[1:].split("]", 1)[0]
    elif name.count(":") == 1:  # host:port (a bare v6 address has several colons)
        name = name.split(":", 1)[0]
    name = name.rstrip(".")
    return name or None


@functools.lru_cache(maxsize=1024)  # a pure function of the name; parsing (a ValueError for most) was per call
def is_ip_literal(name: str | None) -> bool:
    if not name:
        return False
    name = normalise(name) or ""
    try:
        ipaddress.ip_address(name)
    except ValueError:
        # What the system resolver also reads as an IPv4 address (inet_aton): one integer
        # ("3405803783"), hexadecimal or octal parts ("0xcb.0.113.7"), fewer than four parts.
        return _NUMERIC_HOST.fullmatch(name) is not None and _inet_aton(name)
    return True


_NUMERIC_HOST = re.compile(r"(?i)(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}")


def _inet_aton(name: str) -> bool:
    try:
        socket.inet_aton(name)
    except OSError:
        return False
    return True


def tool_for_host(policy: Policy, host: str, path: str) -> Tool | None:
    """The catalogue tool for a host and path; on a catalogue host whose tools are all scoped
    to other paths, the first tool of that host (an unknown endpoint is still that vendor's).
    None on a shared host's paths no tool owns (`host_paths`): another product's, passed unjudged."""
    tool = policy.tool_for(host, path)
    if tool is not None:
        return tool
    return policy.owner_of(host, path)


# identify_host's answers for the current policy: the proxy asks it up to four times per request
# (request headers, request, answer, drift) with the same names. Keyed by the Policy object, a
# frozen model, so a reload (a new object) starts afresh; bounded, since clients choose the names.
_MEMO_SIZE = 1024
_memo: tuple[Policy | None, dict[tuple[HostNames, str], HostIdentity]] = (None, {})


def identify_host(policy: Policy, names: HostNames, path: str) -> HostIdentity:
    """The tool of a request judged by all its names, SNI first, then Host, then the target."""
    global _memo
    if _memo[0] is not policy:
        _memo = (policy, {})
    answers = _memo[1]
    key = (names, path)
    identity = answers.get(key)
    if identity is None:
        if len(answers) >= _MEMO_SIZE:
            answers.clear()
        identity = answers[key] = _identify(policy, names, path)
    return identity


def _identify(policy: Policy, names: HostNames, path: str) -> HostIdentity:
    ordered = [n for n in (normalise(names.sni), normalise(names.host_header), normalise(names.target)) if n]
    listed = [n for n in ordered if policy.intercepts(n)]
    if not listed:
        return HostIdentity(None, normalise(names.target) or "")
    host = listed[0]
    # An IP literal that is not itself in the catalogue says nothing about the destination's name.
    meaningful = {n for n in ordered if not is_ip_literal(n) or policy.intercepts(n)}
    return HostIdentity(tool_for_host(policy, host, path), host, mismatch=len(meaningful) > 1)


def intercept_connection(policy: Policy, sni: str | None, target: str | None) -> bool:
    """Whether to decrypt a TLS connection, judged at its ClientHello (no Host header yet).

    Decrypted when the SNI or the CONNECT target is a catalogue host (a mismatch between the
    two is refused per request), or when an IP literal is reached without SNI: such a client
    names its destination only in the Host header, which is read once decrypted.
    """
    sni_n, target_n = normalise(sni), normalise(target)
    if sni_n and policy.intercepts(sni_n):
        return True
    if target_n and policy.intercepts(target_n):
        return True
    return sni_n is None and is_ip_literal(target_n)

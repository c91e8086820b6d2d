"""Who sent a request: proxy authentication, a trusted header, an address map, or the address."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping

from dlp_proxy.policy.schema import Policy


def _trusted(address: str, proxies: list[str]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    for entry in proxies:
        try:
            if ip in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def identify(
    policy: Policy, client_address: str, headers: Mapping[str, str], proxy_user: str | None = None
) -> tuple[str, str]:
    """(user, source). A trusted header counts only from the configured proxy addresses."""
    if proxy_user:
        return proxy_user, "proxy_auth"
    spec = policy.identity
    if spec.trusted_header:
        value = headers.get(spec.trusted_header.lower(), "").strip()
        if value and _trusted(client_address, spec.trusted_proxies):
            return value, "trusted_header"
    if client_address in spec.addresses:
        return spec.addresses[client_address], "address_map"
    return client_address, "client_address"

"""The portal as the proxy and the admin port serve it: every module's routes in one table."""

from __future__ import annotations

from dlp_proxy.portal import first_contact, pages, requests
from dlp_proxy.portal.web import Portal


def build_portal() -> Portal:
    portal = Portal()
    for register in (pages.register, requests.register, first_contact.register):
        register(portal)
    return portal
